"""Reading the store for a report: saved queries only, plus what the rows are turned into.

Reports never send Cypher of their own: every figure in a report is a row of
a saved query (``kg query NAME`` shows the same) or networkx arithmetic on
such rows or on the exported graph.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from policy_kg.cypher.runner import run_saved
from policy_kg.graph.corrections import CURATED
from policy_kg.graph.errors import QueryError
from policy_kg.graph.model import Document, Entity, Evidence, Graph, Relation
from policy_kg.graph.ontology import LABELS, MENTIONS, RELATION_TYPES, entity_id
from policy_kg.graph.store import GraphStore

from .content import DocumentRef, Quote

PROPERTY_COLUMNS = ("role", "instrument", "amount")
MAX_SUGGESTIONS = 5


def documents(store: GraphStore) -> dict[str, DocumentRef]:
    """Every loaded document by id (saved query ``documents``)."""
    total = counts(store)[0].get("Document", 0)
    rows = run_saved("documents", {"limit": max(total, 1)}, store)
    return {row["document"]: DocumentRef(row["document"], row["title"] or "", row["kind"], row["source"],
                                         tuple(row["authors"] or ()), row["page"], row["article"], row["entities"])
            for row in rows}


def counts(store: GraphStore) -> tuple[dict[str, int], dict[str, int]]:
    """Nodes by label and relationships by type, zeros included (saved query ``schema_summary``)."""
    labels = dict.fromkeys(LABELS, 0)
    types = dict.fromkeys((*RELATION_TYPES, MENTIONS), 0)
    for row in run_saved("schema_summary", {}, store):
        (labels if row["kind"] == "label" else types)[row["name"]] = row["count"]
    return labels, types


def quotes(document_ids: list[str] | None, sentences: list[str] | None, docs: dict[str, DocumentRef],
           rules: list[str] | None = None) -> tuple[Quote, ...]:
    """The evidence lists of a relationship row as quotes, in document then sentence order.

    A sentence read twice (at two offsets, or by two rules) is quoted once; one
    an analyst added (kg correct) says who, when and why.
    """
    curated: dict[tuple[str, str], str] = {}
    for doc, sentence, rule in zip(document_ids or [], sentences or [], rules or [""] * len(sentences or [])):
        if rule.startswith(CURATED):
            curated[doc, sentence] = rule
    pairs = sorted(set(zip(document_ids or [], sentences or [])))
    return tuple(Quote(sentence, docs.get(doc) or DocumentRef(doc), curated.get((doc, sentence), ""))
                 for doc, sentence in pairs)


def properties(row: dict[str, Any]) -> tuple[tuple[str, Any], ...]:
    """The relationship properties a row carries (role, instrument, amount), those that are set."""
    return tuple((key, row[key]) for key in PROPERTY_COLUMNS if row.get(key) not in (None, ""))


def resolve_entity(store: GraphStore, name: str) -> dict[str, Any]:
    """The ``entity_profile`` row of the one entity with the id, name or alias ``name``; QueryError with close
    matches otherwise."""
    rows = run_saved("entity_profile", {"name": name}, store)
    if len(rows) == 1:
        return rows[0]
    if rows:
        raise QueryError(f"{name!r} names {len(rows)} entities: {', '.join(r['id'] for r in rows)}",
                         hint=f"name one of them by its id, e.g. --entity {rows[0]['id']}")
    close = close_matches(store, name)
    raise QueryError(f"no entity named {name!r}",
                     hint=f"did you mean {', '.join(close)}?" if close else
                     "list names with `kg query search_entities --param text=...`")


def close_matches(store: GraphStore, name: str) -> list[str]:
    """Names containing ``name`` (saved query ``search_entities``), else the most similar names."""
    found = [row["name"] for row in run_saved("search_entities", {"text": name, "limit": MAX_SUGGESTIONS}, store)]
    if found:
        return found
    everyone = run_saved("search_entities", {"text": "", "limit": max(sum(counts(store)[0].values()), 1)}, store)
    return difflib.get_close_matches(name, sorted({row["name"] for row in everyone}), n=MAX_SUGGESTIONS, cutoff=0.4)


@dataclass(frozen=True)
class Link:
    """A relationship between two named entities, as the rows of several saved queries describe one."""

    source: tuple[str, str]  # (label, name)
    type: str
    target: tuple[str, str]
    properties: tuple[tuple[str, Any], ...] = ()
    quotes: tuple[Quote, ...] = ()


def view_graph(links: Iterable[Link], extra: Iterable[tuple[str, str]] = ()) -> Graph:
    """A Graph of these links (and of the ``extra`` (label, name) entities) for the pictures and views.

    Offsets of evidence are not in the rows a report reads; the view only shows the sentences.
    """
    graph = Graph()
    for label, name in extra:
        graph.add_entity(Entity(label, name))
    for link in links:
        for label, name in (link.source, link.target):
            graph.add_entity(Entity(label, name))
        for quote in link.quotes:
            graph.add_document(Document(quote.document.id, quote.document.title, kind=quote.document.kind or "article"))
        evidence = {Evidence(q.document.id, 0, 0, q.sentence, "") for q in link.quotes}
        graph.add_relation(Relation(entity_id(*link.source), link.type, entity_id(*link.target),
                                    dict(link.properties), evidence))
    return graph


def check_type(rel_type: str) -> str:
    """``rel_type`` if the ontology knows it; QueryError listing the types otherwise."""
    if rel_type not in RELATION_TYPES:
        close = difflib.get_close_matches(rel_type.upper(), list(RELATION_TYPES), n=1)
        raise QueryError(f"unknown relationship type {rel_type!r}",
                         hint=(f"did you mean {close[0]}? " if close else "") + f"types: {', '.join(RELATION_TYPES)}")
    return rel_type
