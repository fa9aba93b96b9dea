"""Interactive HTML views of the graph: one self-contained page per view (pyvis, vis-network inlined)."""

from .render import render, show, to_html

__all__ = ["render", "show", "to_html"]
