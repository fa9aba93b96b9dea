"""What the page draws: vis-network node and edge records built from a Graph.

Every text shown in the page comes from these records. Tooltips (``title``)
are plain strings, which vis-network 9 shows as text (``innerText``), never as
HTML; the page's own script writes names with ``textContent``. So document
text cannot inject markup anywhere.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from typing import Any

import networkx as nx

from policy_kg.graph.corrections import CURATED
from policy_kg.graph.model import Entity, Graph, Relation
from policy_kg.graph.ontology import DOCUMENT, MENTIONS

from .facts import property_lines
from .layout import radial_layout

# Above this many nodes the browser's physics is too slow to settle: positions come from Python.
PHYSICS_LIMIT = 500

# label -> (colour, vis-network shape); shapes that draw the name below them, so size can show degree.
STYLES: dict[str, tuple[str, str]] = {
    "Plan": ("#4e79a7", "square"),
    "Zone": ("#59a14f", "dot"),
    "Industry": ("#edc948", "triangle"),
    "Enterprise": ("#e15759", "diamond"),
    "Project": ("#b07aa1", "star"),
    "Agency": ("#f28e2b", "hexagon"),
    DOCUMENT: ("#9c9c9c", "triangleDown"),
}
EDGE_COLOUR = "#8c8c8c"
MENTION_COLOUR = "#d4d4d4"  # lighter: provenance, not a fact about the entities (not dashed: 10x slower to draw)
MAX_LABEL_CHARS = 24
MAX_EVIDENCE = 5
MAX_SENTENCE_CHARS = 300


@dataclass
class View:
    """The records the page's script turns into a vis-network."""

    nodes: list[dict[str, Any]]
    edges: list[dict[str, Any]]

    @property
    def physics(self) -> bool:
        return len(self.nodes) <= PHYSICS_LIMIT


def as_graph(subgraph: Graph | nx.MultiDiGraph) -> Graph:
    """Accept a Graph or the MultiDiGraph of :meth:`Graph.to_networkx`."""
    if isinstance(subgraph, Graph):
        return subgraph
    if isinstance(subgraph, nx.MultiDiGraph):
        return Graph.from_networkx(subgraph)
    raise TypeError(f"expected a graph.model.Graph or networkx.MultiDiGraph, got {type(subgraph).__name__}")


def build_view(graph: Graph, *, documents: bool = True) -> View:
    """Nodes and edges of ``graph``, styled, with tooltips; documents and their MENTIONS unless told not to."""
    titles = {doc_id: doc.title or doc_id for doc_id, doc in graph.documents.items()}
    edges = [_relation_edge(r, titles) for r in sorted(graph.relations.values(), key=lambda r: r.key)]
    nodes = [_entity_node(e) for e in sorted(graph.entities.values(), key=lambda e: e.id)]
    if documents:
        nodes += [_node(doc_id, DOCUMENT, titles[doc_id], doc.kind, [], "\n".join([f"id: {doc_id}", *property_lines(
                      {k: v for k, v in doc.extra.items() if k in ("published", "published_basis")})]))
                  for doc_id, doc in sorted(graph.documents.items())]
        edges += _mention_edges(graph)
    for i, edge in enumerate(edges):
        edge["id"] = f"e{i}"
    _size_by_degree(nodes, edges)
    view = View(nodes, edges)
    if not view.physics:
        positions = radial_layout([n["id"] for n in nodes], [(e["from"], e["to"]) for e in edges])
        for node in nodes:
            node["x"], node["y"] = positions[node["id"]]
    return view


def _entity_node(entity: Entity) -> dict[str, Any]:
    aliases = sorted(entity.aliases - {entity.name})
    lines = ([f"aliases: {', '.join(aliases)}"] if aliases else []) + property_lines(entity.properties)
    return _node(entity.id, entity.label, entity.name, entity.kind, aliases, "\n".join(lines))


def _node(node_id: str, label: str, name: str, kind: str | None, aliases: list[str], extra: str) -> dict[str, Any]:
    colour, shape = STYLES[label]
    heading = f"{label} · {kind}" if kind else label
    tooltip = "\n".join(line for line in (name, heading, extra) if line)
    return {"id": node_id, "label": _short(name), "title": tooltip, "color": colour, "shape": shape,
            "kg_label": label, "name": name, "aliases": aliases}


def _relation_edge(relation: Relation, titles: dict[str, str]) -> dict[str, Any]:
    lines = [relation.type] + property_lines(relation.properties)
    evidence = sorted(relation.evidence)
    for ev in evidence[:MAX_EVIDENCE]:
        sentence = ev.sentence if len(ev.sentence) <= MAX_SENTENCE_CHARS else ev.sentence[:MAX_SENTENCE_CHARS] + "…"
        lines += ["", f"《{titles.get(ev.document, ev.document)}》", sentence]
        if ev.rule.startswith(CURATED):
            lines.append(f"({ev.rule})")
    if len(evidence) > MAX_EVIDENCE:
        lines += ["", f"… and {len(evidence) - MAX_EVIDENCE} more sentences"]
    return _edge(relation.source, relation.target, relation.type, "\n".join(lines))


def _mention_edges(graph: Graph) -> list[dict[str, Any]]:
    counts = Counter((m.document, e.id) for e in graph.entities.values() for m in e.mentions)
    return [{**_edge(doc, entity, MENTIONS, f"{MENTIONS} ({n}×)"), "color": MENTION_COLOUR}
            for (doc, entity), n in sorted(counts.items())]


def _edge(source: str, target: str, rel_type: str, tooltip: str) -> dict[str, Any]:
    return {"from": source, "to": target, "label": rel_type, "title": tooltip, "kg_type": rel_type,
            "arrows": "to", "color": EDGE_COLOUR}


def _size_by_degree(nodes: list[dict[str, Any]], edges: list[dict[str, Any]]) -> None:
    degree = Counter(e["from"] for e in edges) + Counter(e["to"] for e in edges)
    for node in nodes:
        node["degree"] = degree[node["id"]]
        node["size"] = round(min(10 + 4 * math.sqrt(node["degree"]), 48), 1)


def _short(name: str) -> str:
    return name if len(name) <= MAX_LABEL_CHARS else name[: MAX_LABEL_CHARS - 1] + "…"
