"""How long `kg report --overview` takes on a large graph: 100k entities, 300k relations by default.

bench/load.py's synthetic graph is loaded into each available store (embedded
always; Neo4j when NEO4J_URI is set), then the overview report is written in
both formats. Prints the seconds of the whole report (target < 60 s) and of
its heavy steps (reading every relationship with saved query relation_links,
networkx's betweenness and communities), measured separately; asserts nothing.

    python bench/report.py [--entities 100000] [--relations 300000] [--keep out/bench-report]
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from collections import Counter
from pathlib import Path


import networkx as nx

from load import synthetic_graph
from policy_kg.cypher.runner import run_saved
from policy_kg.graph import GraphStore, open_store
from policy_kg.viz.report import Words, write_report
from policy_kg.viz.report.overview import SEED, betweenness_of, communities_of


def seconds(action: object) -> tuple[float, object]:
    start = time.perf_counter()
    result = action()  # type: ignore[operator]
    return time.perf_counter() - start, result


def measure(store: GraphStore, out: Path) -> dict[str, float]:
    figures: dict[str, float] = {}
    figures["report"], written = seconds(lambda: write_report(store, out, overview=True))
    figures["links"], rows = seconds(lambda: run_saved("relation_links", {"limit": 10**9}, store))
    links = nx.Graph((row["source"], row["target"]) for row in rows)
    degree = Counter(row["source"] for row in rows) + Counter(row["target"] for row in rows)
    figures["betweenness"], (_, sample) = seconds(lambda: betweenness_of(links))
    figures["communities"], (_, core, _) = seconds(lambda: communities_of(links, degree))
    words = Words("en")
    size = sum(p.stat().st_size for p in written.paths)
    print(f"  betweenness: {words.betweenness_method(sample, SEED)}\n"
          f"  communities: {words.community_method(core, links.number_of_nodes())}\n"
          f"  files: {', '.join(p.name for p in written.paths)} ({size / 1e6:.1f} MB)")
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entities", type=int, default=100_000)
    parser.add_argument("--relations", type=int, default=300_000)
    parser.add_argument("--keep", type=Path, help="write the report here instead of a temporary folder")
    args = parser.parse_args()
    graph = synthetic_graph(args.entities, args.relations)
    print(f"graph: {len(graph.entities):,} entities, {len(graph.relations):,} relations, {len(graph.documents)} documents")
    stores = ["embedded"] + (["neo4j"] if os.environ.get("NEO4J_URI") else [])
    for kind in stores:
        # the embedded server may still be closing its files when the folder goes
        with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as home, open_store(kind, data_dir=home) as store:
            store.clear()
            load_time, _ = seconds(lambda: store.load(graph))
            print(f"{kind}: loaded in {load_time:.1f} s")
            figures = measure(store, args.keep or Path(home) / "report")
            store.clear()
        target = "ok" if figures["report"] < 60 else "OVER the 60 s target"
        print(f"  overview report: {figures['report']:.1f} s ({target}); of which, measured apart: "
              f"relation_links {figures['links']:.1f} s, "
              f"betweenness {figures['betweenness']:.1f} s, communities {figures['communities']:.1f} s")
    if len(stores) == 1:
        print("neo4j: skipped (set NEO4J_URI, e.g. eval \"$(bash scripts/neo4j.sh env)\")")


if __name__ == "__main__":
    main()
