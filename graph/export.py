"""Writing a graph as exchange JSON, GraphML, CSV files or a Cypher script."""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import networkx as nx

from .errors import QueryError
from .files import atomic_write
from . import queries as Q
from .model import Graph, write_exchange
from .store import write_statements

FORMATS = ("json", "graphml", "csv", "cypher")


def export_graph(graph: Graph, fmt: str, path: str | Path) -> list[Path]:
    """Write ``graph`` in ``fmt`` to ``path`` (a folder for csv); returns the files written."""
    path = Path(path)
    if fmt == "json":
        return [write_exchange(graph, path)]
    if fmt == "graphml":
        return [_write_graphml(graph, path)]
    if fmt == "csv":
        return _write_csv(graph, path)
    if fmt == "cypher":
        return [atomic_write(path, cypher_script(graph))]
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


# neo4j-admin's array delimiter is ';' by default, and evidence sentences hold ';' (a folded '；').
ARRAY_DELIMITER = "|"


def _array(values: list) -> str:
    return ARRAY_DELIMITER.join(str(v).replace(ARRAY_DELIMITER, "/") for v in values)


def csv_tables(graph: Graph) -> dict[str, tuple[list[str], list[list]]]:
    """The graph in the layout ``neo4j-admin database import`` reads (``:ID``, ``:LABEL``, ``:START_ID``,
    ``:END_ID``, ``:TYPE``, typed array columns), storage properties included: file name -> (header, rows)."""
    data = graph.to_exchange()
    documents = [[d["id"], "Document", d.get("title", ""), d.get("source", ""), _array(d.get("authors", [])),
                  d.get("kind", ""), json.dumps({k: v for k, v in d.items()
                                                 if k not in ("id", "title", "source", "authors", "kind")},
                                                ensure_ascii=False, sort_keys=True)]
                 for d in data["documents"]]
    entities = [[e["id"], f"Entity;{e['label']}", e["name"], _array(e["aliases"]), e["kind"] or "",
                 json.dumps(e.get("properties", {}), ensure_ascii=False, sort_keys=True)] for e in data["entities"]]
    mentions = []
    for e in data["entities"]:
        by_doc: dict[str, list[dict]] = {}
        for m in e["mentions"]:
            by_doc.setdefault(m["document"], []).append(m)
        mentions += [[doc, e["id"], "MENTIONS", _array([m["start"] for m in ms]), _array([m["end"] for m in ms])]
                     for doc, ms in sorted(by_doc.items())]
    relations = [[r["source"], r["target"], r["type"], json.dumps(r["properties"], ensure_ascii=False, sort_keys=True),
                  *(_array([ev[f] for ev in r["evidence"]]) for f in ("document", "sentence", "start", "end", "rule"))]
                 for r in data["relations"]]
    return {
        "documents.csv": (["id:ID", ":LABEL", "title", "source", "authors:string[]", "kind", "extra"], documents),
        "entities.csv": (["id:ID", ":LABEL", "name", "aliases:string[]", "kind", "properties"], entities),
        "mentions.csv": ([":START_ID", ":END_ID", ":TYPE", "starts:int[]", "ends:int[]"], mentions),
        "relations.csv": ([":START_ID", ":END_ID", ":TYPE", "properties", "evidence_document:string[]",
                           "evidence_sentence:string[]", "evidence_start:int[]", "evidence_end:int[]",
                           "evidence_rule:string[]"], relations),
    }


def _write_csv(graph: Graph, folder: Path) -> list[Path]:
    tables = csv_tables(graph)
    tmp = folder.with_name(folder.name + ".part")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    for name, (header, rows) in tables.items():
        with open(tmp / name, "w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(header)
            writer.writerows([[spreadsheet_safe(cell) for cell in row] for row in rows])
    if folder.exists():
        shutil.rmtree(folder)
    tmp.replace(folder)
    return [folder / name for name in tables]


def cypher_script(graph: Graph, batch_size: int = 500) -> str:
    """A script for cypher-shell that rebuilds ``graph`` in an empty Neo4j: the schema, then each batch as
    a ``:param rows => ...`` line and the ``UNWIND $rows`` statement the stores themselves run."""
    lines = ["// policy-kg graph: cypher-shell -u neo4j -p PASSWORD -f graph.cypher", ""]
    lines += [f"{statement};" for statement in Q.neo4j_schema()]
    for cypher, params in write_statements(graph, batch_size):
        lines += ["", f":param rows => {Q.cypher_literal(params['rows'])}", " ".join(cypher.split()) + ";"]
    return "\n".join(lines) + "\n"
