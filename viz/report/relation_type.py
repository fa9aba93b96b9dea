"""The report on one relationship type: every pair with its properties and evidence, grouped by target."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from policy_kg.cypher.runner import run_saved
from policy_kg.graph.model import Graph
from policy_kg.graph.store import GraphStore

from .content import Fact, Facts, Figure, Interactive, Report, Section, Table, Text
from .figures import network_png
from .sources import Link, check_type, counts, documents, properties, quotes, view_graph
from .ui import Words

# A picture of more pairs than this is a hairball: it shows the targets with the most pairs.
MAX_DRAWN_PAIRS = 150


@dataclass
class TypeData:
    type: str
    links: list[Link]  # by source, then target (as relations_of_type orders them)

    def by_target(self) -> dict[tuple[str, str], list[Link]]:
        sizes = Counter(link.target for link in self.links)
        grouped: dict[tuple[str, str], list[Link]] = {}
        for link in sorted(self.links, key=lambda k: (-sizes[k.target], k.target[1], k.target[0])):
            grouped.setdefault(link.target, []).append(link)
        return grouped

    def view(self, limit: int = MAX_DRAWN_PAIRS) -> Graph:
        drawn: list[Link] = []
        for links in self.by_target().values():
            if len(drawn) + len(links) > limit and drawn:
                break
            drawn += links[:limit]
        return view_graph(drawn)


def type_data(store: GraphStore, rel_type: str) -> TypeData:
    """Every relationship of ``rel_type`` (saved query relations_of_type, limit = the type's count)."""
    check_type(rel_type)
    total = counts(store)[1][rel_type]
    docs = documents(store)
    rows = run_saved("relations_of_type", {"type": rel_type, "limit": max(total, 1)}, store)
    return TypeData(rel_type, [Link((row["source_label"], row["source"]), rel_type, (row["target_label"], row["target"]),
                                    properties(row), quotes(row["documents"], row["sentences"], docs, row["rules"])) for row in rows])


def type_report(data: TypeData, words: Words = Words()) -> Report:
    """The sections of the relationship-type report, in the language of ``words``."""
    slug = f"type-{data.type}"
    grouped = data.by_target()
    shapes = Counter((link.source[0], link.target[0]) for link in data.links)
    columns = _property_names(data.links)
    sections = [Section(words("summary"), [
        Text(words("type_text", n=len(data.links), type=data.type, sources=len({k.source for k in data.links}),
                   targets=len(grouped))),
        Table((words("source_label"), words("target_label"), words("relationships")),
              tuple((s, t, n) for (s, t), n in sorted(shapes.items(), key=lambda kv: (-kv[1], kv[0])))),
        Table((words("source"), words("target"), *columns),
              tuple((f"{k.source[1]} ({k.source[0]})", f"{k.target[1]} ({k.target[0]})",
                     *(dict(k.properties).get(p, "") for p in columns)) for k in data.links)),
    ])]
    for target, links in grouped.items():
        facts = tuple(Fact(f"{k.source[1]} ({k.source[0]})", k.properties, k.quotes, (k.source[1], target[1]))
                      for k in links)
        sections.append(Section(f"→ {target[1]} ({target[0]}): {len(links)}", [Facts(facts)], level=3))
    if data.links:
        view = data.view()
        caption = words("type_caption", shown=len(view.relations), total=len(data.links), type=data.type)
        sections.append(Section(words("picture"), [Figure(f"{slug}-network.png", caption, network_png(view)),
                                                   Interactive(caption, view)]))
    return Report(words("type_title", type=data.type), slug, sections, words)


def _property_names(links: list[Link]) -> list[str]:
    """The property columns some pair of this type has, in a fixed order."""
    order = {"role": 0, "instrument": 1, "amount": 2}
    return sorted({key for k in links for key, _ in k.properties}, key=lambda p: (order.get(p, 9), p))
