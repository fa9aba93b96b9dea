"""Writing a graph as exchange JSON, GraphML or CSV files."""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import networkx as nx

from .errors import QueryError
from .files import atomic_write
from .model import Graph, write_exchange

FORMATS = ("json", "graphml", "csv")


def export_graph(graph: Graph, fmt: str, path: str | Path) -> list[Path]:
    """Write ``graph`` in ``fmt`` to ``path`` (a folder for csv); returns the files written."""
    path = Path(path)
    if fmt == "json":
        return [write_exchange(graph, path)]
    if fmt == "graphml":
        return [_write_graphml(graph, path)]
    if fmt == "csv":
        return _write_csv(graph, path)
    raise QueryError(f"unknown export format {fmt!r}", hint=f"use one of {', '.join(FORMATS)}")


def _flat(value: object) -> str | int | float | bool:
    # GraphML and CSV cells hold scalars only: lists and maps go as JSON text.
    if isinstance(value, (str, int, float, bool)):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: object) -> object:
    """A CSV cell a spreadsheet will not run: text that opens like a formula (=1+2, @SUM) gets a leading '."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _write_graphml(graph: Graph, path: Path) -> Path:
    """GraphML as Gephi and yEd read it: a node's ``label`` is its name (the ontology label is its
    ``type``), every edge has an id of its own and a ``label`` (its type), values keep their types."""
    g = graph.to_networkx()
    flat = nx.MultiDiGraph()
    for node, attrs in g.nodes(data=True):
        values = {k: _flat(v) for k, v in attrs.items() if v is not None}
        values["type"], values["label"] = values.pop("label"), str(values.pop("name", node))
        flat.add_node(node, **values)
    for s, t, key, attrs in g.edges(keys=True, data=True):
        flat.add_edge(s, t, key=f"{s}|{key}|{t}", label=key, **{k: _flat(v) for k, v in attrs.items()})
    return atomic_write(path, lambda tmp: nx.write_graphml(flat, tmp))


def _write_csv(graph: Graph, folder: Path) -> list[Path]:
    data = graph.to_exchange()
    tables = {
        "documents.csv": (["id", "title", "source", "authors", "kind"], data["documents"]),
        "entities.csv": (["id", "label", "name", "aliases", "kind", "mentions"], data["entities"]),
        "relations.csv": (["source", "type", "target", "properties", "evidence"], data["relations"]),
    }
    tmp = folder.with_name(folder.name + ".part")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    for name, (columns, rows) in tables.items():
        with open(tmp / name, "w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(columns)
            writer.writerows([[spreadsheet_safe(_flat(row[c])) if row.get(c) is not None else "" for c in columns]
                              for row in rows])
    if folder.exists():
        shutil.rmtree(folder)
    tmp.replace(folder)
    return [folder / name for name in tables]
