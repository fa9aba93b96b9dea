"""Interactive HTML views of the graph: one self-contained page per view (pyvis, vis-network inlined)."""

from .render import render, show, to_html
from .select import find_entity, from_rows, neighbourhood, shortest_paths, subgraph, view_from_store

__all__ = ["find_entity", "from_rows", "neighbourhood", "render", "shortest_paths", "show", "subgraph", "to_html",
           "view_from_store"]
