"""Which part of the graph a view shows: a neighbourhood, the paths between two entities, a query's rows, or all.

Neighbourhoods and paths are the rows of the saved queries ``neighbourhood``
and ``shortest_path`` (as in ``kg query``, reports and ``kg serve``), drawn
with the stored graph's full nodes and relations. A view keeps the documents
that mention its entities, for their nodes and the titles of the evidence.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from policy_kg.cypher.runner import run_saved
from policy_kg.graph.errors import QueryError
from policy_kg.graph.model import Entity, Graph, Relation
from policy_kg.graph.ontology import RELATION_TYPES
from policy_kg.graph.store import GraphStore

from .render import render

MAX_PATHS = 100
MAX_DEPTH = 3  # the saved query neighbourhood's
DEFAULT_DIR = Path("out")


def find_entity(graph: Graph, name: str) -> Entity:
    """The entity whose id, name or alias is ``name``; QueryError if none or several."""
    if name in graph.entities:
        return graph.entities[name]
    found = [e for e in graph.entities.values() if e.name == name] or \
            [e for e in graph.entities.values() if name in e.aliases]
    if len(found) == 1:
        return found[0]
    if found:
        raise QueryError(f"{name!r} names {len(found)} entities: {', '.join(sorted(e.id for e in found))}",
                         hint="give the id (Label:name) of the one you mean")
    if not graph.entities:
        raise QueryError(f"no entity named {name!r}: the graph is empty", hint="load documents first: kg load PATH")
    similar = sorted(e.name for e in graph.entities.values() if name in e.name)[:5]
    raise QueryError(f"no entity named {name!r}", hint=f"did you mean {', '.join(similar)}?" if similar
                     else f"look for it with: kg query search_entities -p text={name[:4]}")


def neighbourhood(store: GraphStore, name: str, depth: int = 1, *, graph: Graph | None = None) -> Graph:
    """The relationships within ``depth`` (1 to 3) of the entity ``name`` (id, name or alias), MENTIONS left out,
    as the saved query ``neighbourhood`` finds them; ``graph`` is the store's export when the caller has it."""
    if not 1 <= depth <= MAX_DEPTH:
        raise QueryError(f"depth must be 1 to {MAX_DEPTH}, got {depth}", hint="use --depth 1, 2 or 3")
    graph = graph or store.export()
    centre = find_entity(graph, name)
    rows = run_saved("neighbourhood", {"name": centre.id, "depth": depth, "limit": max(len(graph.relations), 1)}, store)
    return from_rows(graph, rows) if rows else subgraph(graph, {centre.id}, ())


def shortest_paths(store: GraphStore, source: str, target: str, *, graph: Graph | None = None) -> Graph:
    """All shortest paths (at most 100, of at most 4 relationships, MENTIONS left out, either direction) between
    two entities, as the saved query ``shortest_path`` finds them."""
    graph = graph or store.export()
    a, b = find_entity(graph, source).id, find_entity(graph, target).id
    rows = run_saved("shortest_path", {"source": a, "target": b}, store, max_rows=MAX_PATHS)
    if not rows:
        raise QueryError(f"no path between {source!r} and {target!r} of at most 4 relationships",
                         hint="they are far apart or in separate parts of the graph; view each with --entity")
    # Only the path column: the names beside it would join every pair of a row's entities.
    return from_rows(graph, [{"path": row["path"]} for row in rows])


def from_rows(graph: Graph, rows: list[dict[str, Any]], params: dict[str, Any] | None = None) -> Graph:
    """The entities a query's rows name, and the relations between entities of the same row.

    Rows hold node dicts ({"label", "id", ...}), relationship dicts ({"type", ...}, no endpoints),
    paths (lists of both) or plain names, so a node is a node dict, an entity id or an exact entity
    name, and a relation is recovered from two nodes that share a row (a parameter naming an entity,
    such as the bank of bank_borrowers, belongs to every row). When a row names relationship types,
    by relationship dicts or by a value such as "FINANCED_BY", only relations of those types count.
    """
    by_pair: dict[frozenset[str], list[Relation]] = defaultdict(list)
    for relation in graph.relations.values():
        by_pair[frozenset((relation.source, relation.target))].append(relation)
    names = _names(graph)
    given = _row_items((params or {}).values(), names)[0]
    entities: set[str] = set()
    documents: set[str] = set()
    relations: dict[tuple[str, str, str], Relation] = {}
    for row in rows:
        nodes, types = _row_items(row.values(), names)
        row_entities = {n for n in nodes | given if n in graph.entities}
        entities |= row_entities
        documents |= {n for n in nodes if n in graph.documents}
        for a, b in itertools.combinations(sorted(row_entities), 2):
            relations.update((r.key, r) for r in by_pair[frozenset((a, b))] if not types or r.type in types)
    if not entities and not documents:
        raise QueryError("the query's rows name no entity or document to draw",
                         hint="view a query that returns entities or paths (neighbourhood, shortest_path, ...)")
    return subgraph(graph, entities, relations.values(), documents)


def _names(graph: Graph) -> dict[str, set[str]]:
    """Node ids by every string that stands for them: entity ids and names, document ids."""
    names: dict[str, set[str]] = defaultdict(set)
    for entity in graph.entities.values():
        names[entity.id].add(entity.id)
        names[entity.name].add(entity.id)
    for doc_id in graph.documents:
        names[doc_id].add(doc_id)
    return names


def _row_items(values: Iterable[Any], names: dict[str, set[str]]) -> tuple[set[str], set[str]]:
    """Node ids and relationship types anywhere in a row's values (paths and lists included)."""
    nodes: set[str] = set()
    types: set[str] = set()
    for value in _walk(values):
        if isinstance(value, dict) and "label" in value and "id" in value:
            nodes.add(value["id"])
        elif isinstance(value, dict) and "type" in value:
            types.add(value["type"])
        elif isinstance(value, str) and value in RELATION_TYPES:
            types.add(value)
        elif isinstance(value, str):
            nodes |= names.get(value, set())
    return nodes, types


def _walk(values: Iterable[Any]) -> Iterator[Any]:
    for value in values:
        if isinstance(value, list):
            yield from _walk(value)
        else:
            yield value


def subgraph(graph: Graph, entity_ids: set[str], relations: Iterable[Relation],
             document_ids: Iterable[str] = ()) -> Graph:
    """A graph of these entities and relations, with the documents that mention the entities."""
    part = Graph()
    part.entities = {i: graph.entities[i] for i in sorted(entity_ids)}
    part.relations = {r.key: r for r in relations}
    wanted = {m.document for e in part.entities.values() for m in e.mentions} | set(document_ids)
    part.documents = {d: graph.documents[d] for d in sorted(wanted) if d in graph.documents}
    return part


def view_from_store(store: GraphStore, out: str | Path | None = None, *, entity: str | None = None, depth: int = 1,
                    path: tuple[str, str] | None = None, query: str | None = None,
                    params: dict[str, Any] | None = None, whole: bool = False, documents: bool = True,
                    user_dir: str | Path | None = None) -> Path:
    """Write the page of one view of the stored graph; ``out`` defaults to out/<view>.html.

    Give exactly one of ``entity`` (with ``depth``), ``path`` (two names), ``query`` (a saved
    query's name, with ``params``; built in or in the folder ``user_dir``) or ``whole=True``.
    """
    chosen = [mode for mode, given in (("entity", entity), ("path", path), ("query", query), ("all", whole)) if given]
    if len(chosen) != 1:
        raise QueryError(f"choose one view, got {', '.join(chosen) or 'none'}",
                         hint="give one of --entity NAME, --path A B, --query NAME or --all")
    graph = store.export()
    if query:
        part = from_rows(graph, run_saved(query, params, store, user_dir=user_dir), params)
        title = " ".join([f"query {query}", *(f"{k}={v}" for k, v in sorted((params or {}).items()))])
    elif entity:
        part, title = neighbourhood(store, entity, depth, graph=graph), f"{entity} · neighbourhood, depth {depth}"
    elif path:
        part, title = shortest_paths(store, *path, graph=graph), f"{path[0]} → {path[1]} · shortest paths"
    else:
        part, title = graph, "whole graph"
    return render(part, out or default_path(title), title=title, documents=documents)


def default_path(title: str) -> Path:
    """out/<title as a file name>.html"""
    slug = re.sub(r"[^\w]+", "-", title).strip("-")[:80] or "graph"
    return DEFAULT_DIR / f"{slug}.html"

