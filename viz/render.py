"""One self-contained HTML page per view, rendered by pyvis with our own template.

pyvis's "remote" mode fetches vis-network from a CDN and its "local" mode
writes a lib/ folder beside the page; both fail offline or when the file is
moved. Our template (viz/assets/graph.html) inlines vis-network 9.1.2 from
pyvis's own package folder, our stylesheet and script, and a
Content-Security-Policy that forbids any fetch, so the page works anywhere.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2
import networkx as nx
import pyvis
from pyvis.network import Network

from policy_kg.graph.files import atomic_write
from policy_kg.graph.model import Graph

from .view import STYLES, View, as_graph, build_view

ASSETS = Path(__file__).parent / "assets"
PYVIS_TEMPLATES = Path(pyvis.__file__).parent / "templates"
FONT = '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif'
SYMBOLS = {"square": "■", "dot": "●", "triangle": "▲", "diamond": "◆", "star": "★", "hexagon": "⬢", "triangleDown": "▼"}
DEFAULT_TITLE = "policy-kg graph"


def to_html(subgraph: Graph | nx.MultiDiGraph, *, title: str | None = None, documents: bool = True) -> str:
    """The page for ``subgraph`` as one HTML document (documents and MENTIONS shown unless ``documents=False``)."""
    view = build_view(as_graph(subgraph), documents=documents)
    net = Network(directed=True, heading=title or DEFAULT_TITLE, cdn_resources="in_line")
    # handed over whole: pyvis's add_edge looks endpoints up in a list, quadratic at 20,000 edges
    net.nodes, net.edges = view.nodes, view.edges
    net.options = vis_options(view)
    net.templateEnv, net.path = _environment(), "graph.html"
    return net.generate_html()


def render(subgraph: Graph | nx.MultiDiGraph, path: str | Path, *, title: str | None = None,
           documents: bool = True) -> Path:
    """Write the page for ``subgraph`` to ``path`` (atomically) and return the path."""
    return atomic_write(path, to_html(subgraph, title=title, documents=documents))


@dataclass(frozen=True)
class InlinePage:
    """A page for a notebook cell: Jupyter shows ``_repr_html_``, as it does for IPython.display.HTML."""

    page: str = field(repr=False)
    height: int = 720

    def _repr_html_(self) -> str:
        # an iframe of its own (srcdoc) keeps the page's script and styles apart from the notebook's
        return (f'<div><iframe srcdoc="{html.escape(self.page, quote=True)}" style="width:100%;'
                f'height:{int(self.height)}px;border:1px solid #ddd" sandbox="allow-scripts"></iframe></div>')


def show(subgraph: Graph | nx.MultiDiGraph, *, title: str | None = None, documents: bool = True,
         height: int = 720) -> InlinePage:
    """The page inline in a notebook: make it a cell's last expression (or pass it to IPython's display)."""
    return InlinePage(to_html(subgraph, title=title, documents=documents), height)


def vis_options(view: View) -> dict[str, Any]:
    """vis-network options: physics for small views; fixed positions, straight edges for large ones."""
    options: dict[str, Any] = {
        "nodes": {"font": {"face": FONT, "size": 14}, "borderWidth": 1},
        "edges": {"font": {"face": FONT, "size": 10, "color": "#555555", "strokeWidth": 3, "align": "middle"},
                  "arrows": {"to": {"scaleFactor": 0.5}}, "width": 1},
        "interaction": {"hover": True, "tooltipDelay": 150},
    }
    if view.physics:
        options["physics"] = {"enabled": True, "solver": "forceAtlas2Based",
                              "forceAtlas2Based": {"gravitationalConstant": -80, "springLength": 120},
                              "stabilization": {"iterations": 300}}
        options["layout"] = {"randomSeed": 7}
    else:
        options["physics"] = {"enabled": False}
        options["layout"] = {"improvedLayout": False}
        options["edges"]["smooth"] = False
        options["interaction"].update({"hideEdgesOnDrag": True, "hideEdgesOnZoom": True})
    return options


@lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    """Our template first, then pyvis's folder for the vis-network files it includes."""
    env = jinja2.Environment(loader=jinja2.FileSystemLoader([str(ASSETS), str(PYVIS_TEMPLATES)]), autoescape=True)
    env.globals["legend"] = [{"label": label, "color": colour, "symbol": SYMBOLS[shape]}
                             for label, (colour, shape) in STYLES.items()]
    return env
