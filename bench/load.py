"""Load throughput of each store: UNWIND batches versus one statement per row.

A synthetic graph (100k entities, 300k relations by default) is loaded into
each available store (embedded always; Neo4j when NEO4J_URI is set) with the
default batch size; the naive way (one statement, so one transaction, per
row) is timed on a smaller graph of the same shape, since a full per-row load
would take hours. Prints figures;
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

from policy_kg.graph import Document, Entity, Evidence, Graph, Mention, Relation, open_store
from policy_kg.graph.store import DEFAULT_BATCH_SIZE, GraphStore

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


def entities_only(graph: Graph) -> Graph:
    """The documents and entities of ``graph``, without its relations."""
    return Graph(documents=graph.documents, entities=graph.entities)


def seconds(store: GraphStore, graph: Graph) -> float:
    store.clear()
    start = time.perf_counter()
    store.load(graph)
    return time.perf_counter() - start


def per_row_seconds(store: GraphStore, graph: Graph) -> tuple[float, float]:
    """Seconds for the naive way: every row its own statement (and transaction)."""
    store.clear()
    store.batch_size = 1
    statements = store.write_statements(graph)
    store.batch_size = DEFAULT_BATCH_SIZE
    n_entity_statements = len(graph.documents) + len(graph.entities) + sum(
        len({m.document for m in e.mentions}) for e in graph.entities.values())
    start = time.perf_counter()
    for i, (cypher, params) in enumerate(statements):
        if i == n_entity_statements:
            entities_done = time.perf_counter()
        store.query(cypher, params, write=True)
    return entities_done - start, time.perf_counter() - entities_done


def measure(store: GraphStore, graph: Graph, sample: Graph) -> dict[str, float]:
    """Rates of the batched load, and of one statement per row on ``sample``."""
    t_entities = seconds(store, entities_only(graph))
    t_all = seconds(store, graph)
    p_entities, p_relations = per_row_seconds(store, sample)
    store.clear()
    return {
        "batched entities/s": len(graph.entities) / t_entities,
        "batched relations/s": len(graph.relations) / max(t_all - t_entities, 1e-9),
        "per-row entities/s": len(sample.entities) / p_entities,
        "per-row relations/s": len(sample.relations) / p_relations,
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
        speedup = r["batched relations/s"] / r["per-row relations/s"]
        print(f"{kind:10} {r['batched entities/s']:12,.0f} {r['batched relations/s']:12,.0f} "
              f"{r['per-row entities/s']:14,.0f} {r['per-row relations/s']:14,.0f} {speedup:8.0f}x")
    if len(stores) == 1:
        print("neo4j: skipped (set NEO4J_URI, e.g. eval \"$(scripts/neo4j.sh env)\")")


if __name__ == "__main__":
    main()
