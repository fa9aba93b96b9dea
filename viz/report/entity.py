"""The report on one entity: profile, relationships by type with evidence, closest entities, neighbourhood."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from policy_kg.cypher.runner import run_saved
from policy_kg.graph.model import Graph
from policy_kg.graph.store import GraphStore

from ..facts import money
from .content import DocumentRef, Fact, Facts, Figure, Interactive, Report, Section, Table, Text, file_slug
from .figures import network_png
from .sources import Link, documents, properties, quotes, resolve_entity, view_graph
from .ui import Words

MAX_RELATED = 15
# co_mentioned rows read to count the documents shared with each related entity
MAX_CO_MENTIONED = 500


@dataclass(frozen=True)
class Related:
    """An entity close to the subject: by direct relationships, then by documents both are named in."""

    name: str
    label: str
    relationships: int
    shared_documents: int


@dataclass
class EntityData:
    name: str
    label: str
    kind: str | None
    aliases: list[str]
    documents: list[DocumentRef]
    relationships: int
    links: list[Link]  # every relationship, out-going first, by type then other end
    related: list[Related]
    timeline: list[dict[str, Any]] = field(default_factory=list)  # dated facts, earliest first (saved query timeline)
    financing: list[dict[str, Any]] = field(default_factory=list)  # a lender's loans per currency (financing_by_lender)

    def by_type(self) -> dict[str, list[Link]]:
        grouped: dict[str, list[Link]] = {}
        for link in sorted(self.links, key=lambda k: k.type):
            grouped.setdefault(link.type, []).append(link)
        return grouped

    def view(self) -> Graph:
        return view_graph(self.links, extra=[(self.label, self.name)])


def entity_data(store: GraphStore, name: str) -> EntityData:
    """Everything the entity report says, from saved queries (entity_profile, entity_relations, co_mentioned...)."""
    profile = resolve_entity(store, name)
    # the queries after this one are given the id: another label's entity may carry the same name
    key, canonical, label = profile["id"], profile["name"], profile["label"]
    docs = documents(store)
    mentioning = [docs[row["document"]] for row in run_saved("documents_mentioning", {"name": key,
                                                                                     "limit": max(len(docs), 1)}, store)]
    links = [_link(row, (label, canonical), docs) for row in run_saved("entity_relations", {"name": key}, store)]
    co_mentioned = run_saved("co_mentioned", {"name": key, "limit": MAX_CO_MENTIONED}, store)
    timeline = [row for row in run_saved("timeline", {"name": key}, store) if row["date"]]
    financing = run_saved("financing_by_lender", {"lender": key}, store) if label == "Enterprise" else []
    return EntityData(canonical, label, profile["kind"], sorted(profile["aliases"] or []), mentioning,
                      profile["relationships"], links, _related(links, (label, canonical), co_mentioned),
                      timeline, financing)


def _link(row: dict[str, Any], centre: tuple[str, str], docs: dict[str, DocumentRef]) -> Link:
    other = (row["other_label"], row["other"])
    source, target = (centre, other) if row["direction"] == "out" else (other, centre)
    return Link(source, row["type"], target, properties(row), quotes(row["documents"], row["sentences"], docs, row["rules"]))


def _related(links: list[Link], centre: tuple[str, str], co_mentioned: list[dict[str, Any]]) -> list[Related]:
    direct = Counter(link.target if link.source == centre else link.source for link in links)
    shared = {(row["label"], row["entity"]): row["documents"] for row in co_mentioned}
    ranked = sorted(set(direct) | set(shared), key=lambda k: (-direct[k], -shared.get(k, 0), k[1], k[0]))
    return [Related(name, label, direct[(label, name)], shared.get((label, name), 0))
            for label, name in ranked[:MAX_RELATED]]


def entity_report(data: EntityData, words: Words = Words()) -> Report:
    """The sections of the entity report, in the language of ``words``."""
    slug = file_slug(f"entity-{data.name}")
    profile = Table(("", ""), (
        (words("label"), data.label), (words("kind"), data.kind or "—"),
        (words("aliases"), "、".join(data.aliases) or "—"), (words("relationships"), data.relationships),
        (words("documents"), "; ".join(f"{d.cite(words)} [{d.id}]" for d in data.documents) or "—"),
    ))
    sections = [Section(words("profile"), [profile])]
    grouped = data.by_type()
    sections.append(Section(words("relations"), [Text(words("relations_text", n=len(data.links), types=len(grouped)))]))
    names = (data.name, *data.aliases)
    for rel_type, links in grouped.items():
        facts = tuple(Fact(_heading(link, (data.label, data.name)), link.properties, link.quotes, names) for link in links)
        sections.append(Section(f"{rel_type} ({len(links)})", [Facts(facts)], level=3))
    sections += _time_and_money(data, words)
    sections.append(Section(words("closest"), [
        Text(words("closest_text")),
        Table((words("entity"), words("label"), words("relationships"), words("shared_documents")),
              tuple((r.name, r.label, r.relationships, r.shared_documents) for r in data.related)),
    ]))
    view = data.view()
    caption = words("neighbourhood_caption", name=data.name, n=len(view.entities) - 1)
    sections.append(Section(words("neighbourhood"), [
        Figure(f"{slug}-neighbourhood.png", caption, network_png(view, centre=(data.label, data.name))),
        Interactive(caption, view),
    ]))
    return Report(f"{data.name} ({data.label})", slug, sections, words)


def _time_and_money(data: EntityData, words: Words) -> list[Section]:
    """A timeline of the dated facts, and a lender's loans summed per currency, where there are any."""
    sections = []
    if data.timeline:
        rows = tuple((r["date"], words.basis(r["basis"]), f"{r['source']} {r['type']} {r['target']}",
                      money(r["amount"], r["amount_value"], r["currency"]) if r["amount"] else "—") for r in data.timeline)
        sections.append(Section(words("timeline"), [
            Text(words("timeline_text", n=len(rows))),
            Table((words("date"), words("date_from"), words("fact"), words("amount")), rows)]))
    if data.financing:
        rows = tuple((r["currency"] or words("not_stated"), r["loans"], r["with_amount"], f"{r['total']:,}")
                     for r in data.financing)
        sections.append(Section(words("financing"), [
            Text(words("financing_text")),
            Table((words("currency"), words("loans"), words("with_amount"), words("total")), rows)]))
    return sections


def _heading(link: Link, centre: tuple[str, str]) -> str:
    if link.source == centre:
        return f"→ {link.target[1]} ({link.target[0]})"
    return f"← {link.source[1]} ({link.source[0]})"
