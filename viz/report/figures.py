"""Static PNG pictures for the reports, drawn by matplotlib with a CJK font.

matplotlib's default font has no Chinese glyphs and draws empty boxes; the
pictures use the first installed CJK font of :data:`CJK_FONTS` (Debian's
fonts-noto-cjk, which scripts/setup.sh installs), falling back to DejaVu Sans
for Latin letters and symbols only.
"""

from __future__ import annotations

import io
import math
from functools import cache
from typing import Any

import networkx as nx

from policy_kg.graph.errors import KGError
from policy_kg.graph.model import Graph
from policy_kg.graph.ontology import entity_id

from ..view import STYLES

CJK_FONTS = ("Noto Sans CJK SC", "Source Han Sans SC", "Noto Serif CJK SC", "WenQuanYi Zen Hei", "WenQuanYi Micro Hei",
             "Noto Sans CJK TC", "Noto Sans CJK JP", "Droid Sans Fallback")
MAX_LABEL_CHARS = 14
DPI = 110
# colours of communities in the overview picture (tab20, then grey for the rest)
GROUP_COLOURS = ("#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f",
                 "#bab0ac", "#86bcb6", "#d37295")
OTHER_COLOUR = "#b4b4b4"


class FontMissingError(KGError):
    """No font able to draw Chinese is installed, so pictures would show empty boxes."""

    code = "E400"
    exit_code = 69


@cache
def cjk_font() -> str:
    """The family name of the CJK font the pictures use; FontMissingError if none is installed."""
    from matplotlib import font_manager

    installed = {f.name for f in font_manager.fontManager.ttflist}
    for family in CJK_FONTS:
        if family in installed:
            return family
    raise FontMissingError(
        "no CJK font found for the report pictures (tried " + ", ".join(CJK_FONTS) + ")",
        hint="install one: apt-get install fonts-noto-cjk (scripts/setup.sh does), then remove ~/.cache/matplotlib "
             "so matplotlib sees it")


def _figure(width: float, height: float) -> Any:
    from matplotlib.figure import Figure

    return Figure(figsize=(width, height), dpi=DPI)


def _png(figure: Any) -> bytes:
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", bbox_inches="tight", facecolor="white")
    return buffer.getvalue()


def _fonts() -> dict[str, Any]:
    return {"font.family": [cjk_font(), "DejaVu Sans"], "axes.unicode_minus": False}


def short(name: str) -> str:
    return name if len(name) <= MAX_LABEL_CHARS else name[: MAX_LABEL_CHARS - 1] + "…"


def network_png(graph: Graph, *, centre: tuple[str, str] | None = None, groups: dict[str, int] | None = None) -> bytes:
    """The entities and relations of ``graph``; nodes coloured by label, or by ``groups`` (id -> community) if given.

    With a ``centre`` (label, name) the others are placed on rings around it, else by a spring layout.
    """
    from matplotlib import rc_context
    from matplotlib.lines import Line2D

    links = nx.MultiDiGraph()
    links.add_nodes_from(graph.entities)
    links.add_edges_from((r.source, r.target, r.type) for r in graph.relations.values())
    centre_id = entity_id(*centre) if centre else None
    positions = _positions(links, centre_id)
    n = links.number_of_nodes()
    side = min(18.0, max(7.0, 2.2 * math.sqrt(n)))
    with rc_context(_fonts()):
        figure = _figure(side, side * 0.8)
        ax = figure.add_subplot()
        ax.set_axis_off()
        ax.margins(0.12)
        nodes = sorted(graph.entities)
        colours = [_colour(graph, i, groups) for i in nodes]
        sizes = [900 if i == centre_id else 160 + 60 * min(links.degree(i), 12) for i in nodes]
        nx.draw_networkx_edges(links, positions, ax=ax, edge_color="#9a9a9a", width=0.8, arrowsize=9,
                               node_size=sizes, nodelist=nodes, connectionstyle="arc3,rad=0.06")
        nx.draw_networkx_nodes(links, positions, ax=ax, nodelist=nodes, node_color=colours, node_size=sizes,
                               edgecolors="white", linewidths=0.8)
        nx.draw_networkx_labels(links, _below(positions), ax=ax, labels={i: short(graph.entities[i].name) for i in nodes},
                                font_family=cjk_font(), font_size=9 if n <= 60 else 7, clip_on=False,
                                verticalalignment="top",
                                bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.7})
        types = {r.type for r in graph.relations.values()}
        # type names only where they tell something: not one type throughout, nor the overview's communities
        if n <= 40 and groups is None and len(types) > 1:
            labels = {(u, v): "/".join(sorted(t for a, b, t in links.edges(keys=True) if (a, b) == (u, v)))
                      for u, v in set(links.edges())}
            nx.draw_networkx_edge_labels(links, positions, ax=ax, edge_labels=labels, font_size=6, font_color="#555555",
                                         font_family=cjk_font(), rotate=False, bbox={"alpha": 0}, clip_on=False)
        if groups is None:
            shown = sorted({e.label for e in graph.entities.values()})
            handles = [Line2D([], [], marker="o", linestyle="", color=STYLES[label][0], markersize=8, label=label)
                       for label in shown]
            ax.legend(handles=handles, loc="lower left", fontsize=8, frameon=False)
        return _png(figure)


def _positions(links: nx.MultiDiGraph, centre: str | None) -> dict[str, Any]:
    undirected = nx.Graph(links)
    if centre is None or centre not in undirected:
        return _packed_spring(undirected)
    others = sorted(n for n in undirected if n != centre)
    ring = 24  # nodes on the first ring; outer rings hold more
    shells, start = [[centre]], 0
    while start < len(others):
        size = ring * len(shells)
        shells.append(others[start:start + size])
        start += size
    return nx.shell_layout(undirected, shells)


def _packed_spring(graph: nx.Graph) -> dict[str, Any]:
    """A spring layout of each connected part, the parts side by side in rows (one spring layout
    of them all pushes the parts far apart and crowds each one)."""
    parts = sorted(nx.connected_components(graph), key=lambda c: (-len(c), min(c)))
    row_width = 1.5 * math.sqrt(graph.number_of_nodes())
    positions: dict[str, Any] = {}
    x = y = row_height = 0.0
    for part in parts:
        side = math.sqrt(len(part)) + 0.5  # a part's square grows with its size
        if x > 0 and x + side > row_width:
            x, y, row_height = 0.0, y - row_height, 0.0
        sub = graph.subgraph(part)
        layout = (nx.spring_layout(sub, seed=7, k=3 / math.sqrt(len(part)), iterations=200) if len(part) > 1
                  else {next(iter(part)): (0.0, 0.0)})
        for node, (px, py) in _fill_square(layout).items():
            positions[node] = (x + side / 2 + px * side * 0.42, y - side / 2 + py * side * 0.42)
        x, row_height = x + side, max(row_height, side)
    return positions


def _fill_square(layout: dict[str, Any]) -> dict[str, tuple[float, float]]:
    """Positions stretched to [-1, 1] on each axis: an elongated layout would leave its square half empty."""
    xs, ys = [p[0] for p in layout.values()], [p[1] for p in layout.values()]

    def scale(value: float, low: float, high: float) -> float:
        return 0.0 if high == low else 2 * (value - low) / (high - low) - 1

    return {node: (scale(px, min(xs), max(xs)), scale(py, min(ys), max(ys))) for node, (px, py) in layout.items()}


def _below(positions: dict[str, Any]) -> dict[str, tuple[float, float]]:
    """Where the names go: just below their nodes, so that a name never hides its node's colour."""
    ys = [y for _, y in positions.values()]
    gap = 0.025 * ((max(ys) - min(ys)) or 1.0)
    return {node: (x, y - gap) for node, (x, y) in positions.items()}


def _colour(graph: Graph, node: str, groups: dict[str, int] | None) -> str:
    if groups is not None:
        index = groups.get(node)
        return GROUP_COLOURS[index] if index is not None and index < len(GROUP_COLOURS) else OTHER_COLOUR
    return STYLES[graph.entities[node].label][0]


def counts_png(labels: dict[str, int], types: dict[str, int], titles: tuple[str, str]) -> bytes:
    """Two bar charts: nodes by label, relationships by type, under these ``titles``."""
    from matplotlib import rc_context

    with rc_context(_fonts()):
        figure = _figure(10, 4.2)
        for position, (title, data) in enumerate(zip(titles, (labels, types)), 1):
            ax = figure.add_subplot(1, 2, position)
            names = list(data)[::-1]
            bars = ax.barh(names, [data[k] for k in names], color="#4e79a7")
            ax.bar_label(bars, padding=2, fontsize=8)
            ax.set_title(title, fontsize=10)
            ax.tick_params(labelsize=8)
            ax.spines[["top", "right"]].set_visible(False)
        figure.tight_layout()
        return _png(figure)
