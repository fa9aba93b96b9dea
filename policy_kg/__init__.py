"""policy-kg: Chinese policy and news documents in, a knowledge graph out.

The library behind the ``kg`` command, for notebooks and scripts::

    import policy_kg as pk

    graph = pk.extract_files(["examples/"]).graph          # documents -> Graph (nothing stored)
    with pk.open_store("embedded", data_dir=".kg") as store:   # or "neo4j" (NEO4J_URI ...)
        store.load(graph)                                   # idempotent: a document replaces itself
        rows = pk.run_saved("bank_borrowers", {"bank": "中国进出口银行重庆分行"}, store)
        g = store.export().to_networkx()                    # networkx MultiDiGraph
        pk.view_from_store(store, "out/bank.html", entity="中国进出口银行重庆分行")
        pk.write_report(store, "out", entity="中国进出口银行重庆分行")
        pk.show(pk.neighbourhood(store, "两江新区"))         # the view inline in a notebook cell

The package is laid out as the repository is: ``policy_kg.graph`` (model,
ontology, stores), ``policy_kg.loaders`` (documents in, entities and
relations out), ``policy_kg.cypher`` (saved queries), ``policy_kg.viz``
(views, reports) and ``policy_kg.cli`` (the ``kg`` command). Every error it
raises on purpose is a :class:`KGError` with a stable code and a fix.
"""

from __future__ import annotations

from policy_kg.cypher.library import list_saved
from policy_kg.cypher.runner import run_cypher, run_saved
from policy_kg.graph import Graph, GraphStore, KGError, LoadSummary, open_store, read_exchange, write_exchange
from policy_kg.loaders import extract_files, read_graph
from policy_kg.loaders.evaluate import evaluate_file
from policy_kg.viz import neighbourhood, render, shortest_paths, show, view_from_store
from policy_kg.viz.report import write_report

__version__ = "0.1.0"

__all__ = [
    "Graph", "GraphStore", "KGError", "LoadSummary", "evaluate_file", "extract_files", "list_saved", "neighbourhood",
    "open_store", "read_exchange", "read_graph", "render", "run_cypher", "run_saved", "shortest_paths", "show",
    "view_from_store", "write_exchange", "write_report",
]
