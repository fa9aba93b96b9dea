"""Load throughput of each store: UNWIND batches versus one statement per row.

A synthetic graph (100k entities, 300k relations by default) is loaded into
each available store (embedded always; Neo4j when NEO4J_URI is set) with the
default batch size; the per-row mode (batch size 1) is timed on a slice of
the same graph, since a full per-row load would take hours. Prints figures;
asserts nothing.

    python bench/load.py [--entities 100000] [--relations 300000] [--per-row-sample 3000]

Targets on a 2-core machine: batched >= 20k relations/s into Neo4j and
>= 50k/s into the embedded store, batched >= 50x faster than per-row.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time

from graph import Document, Entity, Evidence, Graph, Mention, Relation, open_store
from graph.store import DEFAULT_BATCH_SIZE, GraphStore

# (type, source label, target label), drawn in turn for the synthetic relations
SHAPES = [
    ("FINANCED_BY", "Enterprise", "Enterprise"),
    ("LOCATED_IN", "Enterprise", "Zone"),
    ("IN_INDUSTRY", "Enterprise", "Industry"),
    ("FOCUSES_ON", "Zone", "Industry"),
    ("PART_OF", "Zone", "Zone"),
]
SHARES = {"Enterprise": 0.6, "Zone": 0.3, "Industry": 0.1}
DOCUMENTS = 20


def synthetic_graph(n_entities: int, n_relations: int, seed: int = 7) -> Graph:
    rng = random.Random(seed)
    g = Graph()
    for d in range(DOCUMENTS):
        g.add_document(Document(f"doc{d}", f"合成文档{d}", "bench"))
    names: dict[str, list[str]] = {}
    for label, share in SHARES.items():
        names[label] = [f"{label}{i:07d}" for i in range(int(n_entities * share))]
        for i, name in enumerate(names[label]):
            g.add_entity(Entity(label, name, set(), None, {Mention(f"doc{i % DOCUMENTS}", i, i + 5)}))
    while len(g.relations) < n_relations:
        rel_type, s_label, t_label = SHAPES[len(g.relations) % len(SHAPES)]
        s, t = rng.choice(names[s_label]), rng.choice(names[t_label])
        if s == t:
            continue
        doc = f"doc{rng.randrange(DOCUMENTS)}"
        g.add_relation(Relation(f"{s_label}:{s}", rel_type, f"{t_label}:{t}", {},
                                {Evidence(doc, 0, 20, f"{s}与{t}的合成证据句。", "bench")}))
    return g


def timed_load(store: GraphStore, graph: Graph) -> tuple[float, float]:
    """Seconds spent writing entities (documents, nodes, mentions) and relations."""
    entity_rows = len(graph.documents) + len(graph.entities) + sum(
        len({m.document for m in e.mentions}) for e in graph.entities.values())
    marks = {"written": 0, "entities_done": None}
    start = time.perf_counter()

    def progress(rows: int) -> None:
        marks["written"] += rows
        if marks["entities_done"] is None and marks["written"] >= entity_rows:
            marks["entities_done"] = time.perf_counter()

    store.load(graph, progress=progress)
    end = time.perf_counter()
    entities_done = marks["entities_done"] or end
    return entities_done - start, end - entities_done


def measure(store: GraphStore, graph: Graph, sample: Graph) -> dict[str, float]:
    store.clear()
    store.batch_size = DEFAULT_BATCH_SIZE
    t_ent, t_rel = timed_load(store, graph)
    store.clear()
    store.batch_size = 1
    s_ent, s_rel = timed_load(store, sample)
    store.batch_size = DEFAULT_BATCH_SIZE
    store.clear()
    return {
        "entities/s": len(graph.entities) / t_ent,
        "relations/s": len(graph.relations) / t_rel,
        "per-row entities/s": len(sample.entities) / s_ent,
        "per-row relations/s": len(sample.relations) / s_rel,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entities", type=int, default=100_000)
    parser.add_argument("--relations", type=int, default=300_000)
    parser.add_argument("--per-row-sample", type=int, default=3_000, help="relations in the per-row sample")
    args = parser.parse_args()
    graph = synthetic_graph(args.entities, args.relations)
    sample = synthetic_graph(args.per_row_sample // 3, args.per_row_sample)
    stores = ["embedded"] + (["neo4j"] if __import__("os").environ.get("NEO4J_URI") else [])
    print(f"graph: {len(graph.entities)} entities, {len(graph.relations)} relations; "
          f"per-row sample: {len(sample.entities)} entities, {len(sample.relations)} relations")
    print(f"{'store':10} {'entities/s':>12} {'relations/s':>12} {'per-row ent/s':>14} {'per-row rel/s':>14} {'speed-up':>9}")
    for kind in stores:
        with tempfile.TemporaryDirectory() as home, open_store(kind, data_dir=home) as store:
            r = measure(store, graph, sample)
        speedup = r["relations/s"] / r["per-row relations/s"]
        print(f"{kind:10} {r['entities/s']:12,.0f} {r['relations/s']:12,.0f} {r['per-row entities/s']:14,.0f} "
              f"{r['per-row relations/s']:14,.0f} {speedup:8.0f}x")
    if len(stores) == 1:
        print("neo4j: skipped (set NEO4J_URI, e.g. eval \"$(scripts/neo4j.sh env)\")")


if __name__ == "__main__":
    main()
