"""Positions for graphs too big for the browser's physics: a radial tree layout in near-linear time.

networkx's force-directed layouts need numpy and take seconds per few
iterations on 5,000 nodes, so large views use this instead: each connected
component is drawn as rings around its best-connected node (its BFS tree,
each subtree getting an angle in proportion to its size), and the components
are packed in rows, largest first.
"""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Hashable, Iterable

Node = Hashable
Point = tuple[float, float]


def radial_layout(nodes: Iterable[Node], edges: Iterable[tuple[Node, Node]], spacing: float = 80.0) -> dict[Node, Point]:
    """Positions (x, y) for every node; ``spacing`` is the gap between neighbouring rings and nodes."""
    neighbours: dict[Node, list[Node]] = {n: [] for n in nodes}
    for a, b in edges:
        if a != b:
            neighbours[a].append(b)
            neighbours[b].append(a)
    by_degree = sorted(neighbours, key=lambda n: -len(neighbours[n]))
    placed: set[Node] = set()
    components = []
    for root in by_degree:
        if root not in placed:
            components.append(_component_layout(root, neighbours, placed, spacing))
    return _pack(components, spacing)


def _component_layout(root: Node, neighbours: dict[Node, list[Node]], placed: set[Node],
                      spacing: float) -> dict[Node, Point]:
    """Rings around ``root``: depth d on ring d, subtrees in proportional wedges."""
    order, parent, depth = _bfs(root, neighbours, placed)
    children: dict[Node, list[Node]] = {n: [] for n in order}
    for node in order[1:]:
        children[parent[node]].append(node)
    weight = {n: 1 for n in order}
    for node in reversed(order[1:]):
        weight[parent[node]] += weight[node]
    radius = _ring_radii(order, depth, spacing)
    wedge: dict[Node, tuple[float, float]] = {root: (0.0, 2 * math.pi)}
    positions: dict[Node, Point] = {}
    for node in order:
        start, end = wedge[node]
        angle, r = (start + end) / 2, radius[depth[node]]
        positions[node] = (r * math.cos(angle), r * math.sin(angle))
        span, total = end - start, weight[node] - 1
        for child in children[node]:
            share = span * weight[child] / total
            wedge[child] = (start, start + share)
            start += share
    return positions


def _bfs(root: Node, neighbours: dict[Node, list[Node]], placed: set[Node]
         ) -> tuple[list[Node], dict[Node, Node], dict[Node, int]]:
    order, parent, depth = [root], {}, {root: 0}
    placed.add(root)
    queue = deque([root])
    while queue:
        node = queue.popleft()
        for other in neighbours[node]:
            if other not in placed:
                placed.add(other)
                parent[other], depth[other] = node, depth[node] + 1
                order.append(other)
                queue.append(other)
    return order, parent, depth


def _ring_radii(order: list[Node], depth: dict[Node, int], spacing: float) -> list[float]:
    """Each ring far enough out that its nodes, spread evenly, are ``spacing`` apart."""
    counts = [0] * (max(depth.values()) + 1)
    for node in order:
        counts[depth[node]] += 1
    radii = [0.0]
    for count in counts[1:]:
        radii.append(max(radii[-1] + spacing, count * spacing / (2 * math.pi)))
    return radii


def _pack(components: list[dict[Node, Point]], spacing: float) -> dict[Node, Point]:
    """Lay the components out in rows, largest first, each centred in its cell."""
    sizes = [2 * max(math.hypot(x, y) for x, y in c.values()) + spacing for c in components]
    row_width = max(sizes[0], math.sqrt(sum(s * s for s in sizes))) if sizes else 0.0
    positions: dict[Node, Point] = {}
    x = y = row_height = 0.0
    for component, size in zip(components, sizes):
        if x > 0 and x + size > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        cx, cy = x + size / 2, y + size / 2
        for node, (px, py) in component.items():
            positions[node] = (round(cx + px), round(cy + py))  # whole pixels, as vis-network reports them
        x += size
        row_height = max(row_height, size)
    return positions
