"""Latency of every saved query on a synthetic graph (100k entities, 500k relations by default).

Builds a :class:`graph.model.Graph` with the ontology's labels and relationship
types (banks with branches and borrowers, zones inside zones, plans covering
zones, ...), loads it into each store, then runs each saved query many times
with parameters drawn from the graph and prints the median and 95th
percentile. Targets: lookups and neighbourhoods p50 <= 50 ms, aggregates
p50 <= 500 ms.

The embedded store runs in a temporary folder (or --data-dir, kept between
runs). Neo4j is measured when NEO4J_URI is set; the bench clears that
database, so it refuses one holding anything but an earlier bench graph.

    python bench/query.py                       # 100k / 500k, both stores when NEO4J_URI is set
    python bench/query.py --entities 20000 --relations 100000 --runs 20
    python bench/query.py --data-dir /tmp/kg-bench --stores embedded   # reuses the loaded graph
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


from policy_kg.cypher.library import list_saved
from policy_kg.cypher.runner import run_saved
from policy_kg.graph import open_store
from policy_kg.graph.model import Document, Entity, Evidence, Graph, Mention, Relation
from policy_kg.graph.store import GraphStore

BENCH_PREFIX = "bench-"
GENERATOR_VERSION = 2  # bump when build_graph changes
AGGREGATES = {"schema_summary", "top_connected", "single_evidence_facts", "relations_of_type", "search_entities",
              "documents", "zone_industries", "relation_links"}
TARGET_MS = {"lookup": 50.0, "aggregate": 500.0}

# Share of the entities per label, and of the relations per type.
LABEL_SHARE = {"Enterprise": 0.40, "Plan": 0.20, "Project": 0.15, "Zone": 0.12, "Agency": 0.08, "Industry": 0.05}
TYPE_SHARE = {
    "FINANCED_BY": 0.18, "LOCATED_IN": 0.14, "PART_OF": 0.10, "IN_INDUSTRY": 0.12, "FOCUSES_ON": 0.12,
    "COVERS": 0.08, "APPROVED_BY": 0.10, "ISSUED_BY": 0.06, "COORDINATED_BY": 0.05, "SUPERVISED_BY": 0.05,
}
# type -> (source labels, target labels); banks are the first enterprises.
ENDPOINTS = {
    "FINANCED_BY": (("Enterprise", "Project"), ("Bank",)),
    "LOCATED_IN": (("Enterprise", "Project", "Zone"), ("Zone",)),
    "PART_OF": (("Zone", "Project"), ("Zone",)),
    "IN_INDUSTRY": (("Enterprise",), ("Industry",)),
    "FOCUSES_ON": (("Zone", "Plan"), ("Industry",)),
    "COVERS": (("Plan",), ("Zone",)),
    "APPROVED_BY": (("Plan", "Zone", "Project"), ("Agency",)),
    "ISSUED_BY": (("Plan",), ("Agency",)),
    "COORDINATED_BY": (("Zone", "Plan"), ("Agency",)),
    "SUPERVISED_BY": (("Enterprise",), ("Agency",)),
}
NAME_STEM = {"Enterprise": "企业{}有限公司", "Plan": "关于推进{}的实施方案", "Project": "重点项目{}号",
             "Zone": "示范区{}", "Agency": "管理局{}", "Industry": "产业{}"}
INSTRUMENTS = ("流动资金贷款", "出口卖方信贷", "融资性保函", "项目贷款")


@dataclass
class Synthetic:
    graph: Graph
    names: dict[str, list[str]] = field(default_factory=dict)  # by label, plus "Bank"


def build_graph(n_entities: int, n_relations: int, seed: int = 7) -> Synthetic:
    """A reproducible graph of about ``n_entities`` entities and exactly ``n_relations`` relations."""
    rng = random.Random(seed)
    graph = Graph()
    n_documents = max(1, n_entities // 10)
    for d in range(n_documents):
        graph.add_document(Document(id=f"{BENCH_PREFIX}{d:06d}", title=f"合成文档{d}", kind="article",
                                    source=fingerprint(n_entities, n_relations, seed)))
    names: dict[str, list[str]] = {}
    for label, share in LABEL_SHARE.items():
        names[label] = [NAME_STEM[label].format(f"{i:06d}") for i in range(max(2, int(n_entities * share)))]
        for i, name in enumerate(names[label]):
            aliases = {f"{name[:2]}简称{i:06d}"} if i % 5 == 0 else set()
            documents = rng.sample(range(n_documents), k=min(n_documents, 1 + i % 3))
            graph.add_entity(Entity(label, name, aliases, None, {Mention(f"{BENCH_PREFIX}{d:06d}", 0, 4) for d in documents}))
    names["Bank"] = names["Enterprise"][: max(2, len(names["Enterprise"]) // 40)]
    names["Document"] = sorted(graph.documents)
    _add_relations(graph, names, n_relations, n_documents, rng)
    return Synthetic(graph, names)


def fingerprint(n_entities: int, n_relations: int, seed: int) -> str:
    """Stored as each document's source, so a later run knows whether the store holds this very graph."""
    return f"bench/query.py v{GENERATOR_VERSION} entities={n_entities} relations={n_relations} seed={seed}"


def _add_relations(graph: Graph, names: dict[str, list[str]], total: int, n_documents: int, rng: random.Random) -> None:
    for rel_type, share in TYPE_SHARE.items():
        sources, targets = ENDPOINTS[rel_type]
        wanted = len(graph.relations) + int(total * share) if rel_type != "SUPERVISED_BY" else total
        while len(graph.relations) < wanted:
            source_label = rng.choice(sources)
            target_label = rng.choice(targets)
            source_name = rng.choice(names[source_label])
            target_name = _skewed(names[target_label], rng)
            if rel_type == "PART_OF" and source_label == "Zone":
                target_name = _bigger_zone(names["Zone"], source_name, rng)
            source, target = _entity_id(source_label, source_name), _entity_id(target_label, target_name)
            if source == target or (source, rel_type, target) in graph.relations:
                continue
            props: dict[str, Any] = {}
            if rel_type == "FINANCED_BY":
                props = {"instrument": rng.choice(INSTRUMENTS), "amount": f"{rng.randint(1, 90)}亿元"}
            doc = f"{BENCH_PREFIX}{rng.randrange(n_documents):06d}"
            graph.add_relation(Relation(source, rel_type, target, props,
                                        {Evidence(doc, 10, 30, f"{source}与{target}的合成证据句。", "synthetic")}))


def _entity_id(label: str, name: str) -> str:
    return f"{'Enterprise' if label == 'Bank' else label}:{name}"


def _bigger_zone(zones: list[str], part: str, rng: random.Random) -> str:
    # Zones nest as in reality (district in city in region): a zone is part of one with a smaller number.
    index = int(part[len("示范区"):])  # NAME_STEM["Zone"]
    return zones[rng.randrange(max(1, index // 4))]


def _skewed(names: list[str], rng: random.Random) -> str:
    # Targets are skewed (some agencies, banks, industries are hubs), as in real policy text.
    return names[min(len(names) - 1, int(rng.paretovariate(1.2)) - 1)] if rng.random() < 0.2 else rng.choice(names)


# ------------------------------------------------------------------ parameters
Maker = Callable[[random.Random], dict[str, Any]]


def cases(names: dict[str, list[str]]) -> dict[str, tuple[str, Maker]]:
    """Row label -> (saved query, its parameter maker); every query once, some twice with other parameters."""
    makers = param_makers(names)
    rows = {name: (name, make) for name, make in makers.items()}
    rows["neighbourhood depth=2"] = ("neighbourhood", lambda rng: {**makers["neighbourhood"](rng), "depth": 2})
    rows["shortest_path max_depth=3"] = ("shortest_path", lambda rng: {**makers["shortest_path"](rng), "max_depth": 3})
    return rows


def param_makers(names: dict[str, list[str]]) -> dict[str, Maker]:
    """For each saved query, a function drawing realistic parameters from the graph."""
    def pick(label: str) -> Callable[[random.Random], str]:
        return lambda rng: rng.choice(names[label])

    any_label = lambda rng: rng.choice(names[rng.choice(list(LABEL_SHARE))])

    def any_id(rng: random.Random) -> str:
        label = rng.choice(list(LABEL_SHARE))
        return _entity_id(label, rng.choice(names[label]))

    return {
        "approvals": lambda rng: {"name": rng.choice(names["Plan"] + names["Zone"])},
        "plans_covering_zone": lambda rng: {"zone": pick("Zone")(rng)},
        "zone_layout": lambda rng: {"zone": pick("Zone")(rng)},
        "focus_industries": lambda rng: {"name": rng.choice(names["Plan"] + names["Zone"])},
        "zones_by_industry": lambda rng: {"industry": pick("Industry")(rng)},
        "bank_borrowers": lambda rng: {"bank": pick("Bank")(rng)},
        "lenders": lambda rng: {"name": rng.choice(names["Enterprise"] + names["Project"])},
        "industry_enterprises": lambda rng: {"industry": pick("Industry")(rng)},
        "agency_portfolio": lambda rng: {"agency": pick("Agency")(rng)},
        "neighbourhood": lambda rng: {"name": any_label(rng)},
        "shortest_path": lambda rng: {"source": pick("Enterprise")(rng), "target": pick("Agency")(rng)},
        "documents_mentioning": lambda rng: {"name": any_label(rng)},
        "relation_evidence": lambda rng: {"source": pick("Enterprise")(rng), "target": pick("Bank")(rng)},
        "top_connected": lambda rng: {"label": rng.choice([None, *LABEL_SHARE]), "limit": 20},
        "co_mentioned": lambda rng: {"name": any_label(rng)},
        "search_entities": lambda rng: {"text": f"{rng.randrange(1000):03d}", "limit": 20},
        "schema_summary": lambda rng: {},
        "single_evidence_facts": lambda rng: {"limit": 100},
        "relations_of_type": lambda rng: {"type": rng.choice(list(TYPE_SHARE)), "limit": 100},
        "entity_profile": lambda rng: {"name": any_label(rng)},
        "entity_relations": lambda rng: {"name": any_label(rng)},
        "documents": lambda rng: {"limit": 1000},
        "zone_industries": lambda rng: {"limit": 10000},
        "relation_links": lambda rng: {},
        "entity_card": lambda rng: {"id": any_id(rng)},
        "entity_facts": lambda rng: {"id": any_id(rng)},
        "expand": lambda rng: {"ids": [any_id(rng)], "limit": 100},
        "relations_among": lambda rng: {"ids": [any_id(rng) for _ in range(5)]},
        "document_card": lambda rng: {"id": pick("Document")(rng)},
        "document_spans": lambda rng: {"id": pick("Document")(rng)},
    }


# --------------------------------------------------------------------- running
def open_stores(kinds: list[str], data_dir: str | None) -> list[GraphStore]:
    stores: list[GraphStore] = []
    if "embedded" in kinds:
        from policy_kg.graph.embedded import EmbeddedStore

        stores.append(EmbeddedStore(data_dir or tempfile.mkdtemp(prefix="kg-bench-"), graph="bench",
                                    batch_size=10_000))
    if "neo4j" in kinds and os.environ.get("NEO4J_URI"):
        stores.append(open_store("neo4j", batch_size=10_000))
    return stores


def ensure_loaded(store: GraphStore, synthetic: Synthetic, force: bool) -> str:
    """Load the synthetic graph unless the store already holds exactly it."""
    first = min(synthetic.graph.documents)
    stored = store.query("MATCH (d:Document {id: $id}) RETURN d.source AS source", {"id": first})
    if stored and stored[0]["source"] == synthetic.graph.documents[first].source:
        return "reused"
    foreign = store.query("MATCH (d:Document) WHERE NOT d.id STARTS WITH $p RETURN count(d) AS n", {"p": BENCH_PREFIX})
    if store.name == "neo4j" and foreign[0]["n"] and not force:
        return ("skipped: the database holds documents that are not the bench's; "
                "point NEO4J_URI at a scratch database or pass --force to clear it")
    store.clear()
    started = time.perf_counter()
    store.load(synthetic.graph)
    return f"loaded in {time.perf_counter() - started:.0f} s"


def measure(store: GraphStore, name: str, make: Maker, runs: int, warmup: int) -> list[float]:
    rng = random.Random(name)
    for _ in range(warmup):
        run_saved(name, make(rng), store)
    timings = []
    for _ in range(runs):
        params = make(rng)
        started = time.perf_counter()
        run_saved(name, params, store)
        timings.append((time.perf_counter() - started) * 1000)
    return timings


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def bench_arguments(description: str, runs_of: str) -> argparse.ArgumentParser:
    """The options of this bench and bench/serve.py: the synthetic graph's size, the stores, the timed runs."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--entities", type=int, default=100_000)
    parser.add_argument("--relations", type=int, default=500_000)
    parser.add_argument("--runs", type=int, default=30, help=f"timed {runs_of} (default 30)")
    parser.add_argument("--warmup", type=int, default=3)
    parser.add_argument("--stores", default="embedded,neo4j", help="comma-separated (neo4j only when NEO4J_URI is set)")
    parser.add_argument("--data-dir", help="embedded store folder (kept, so a second run skips loading)")
    parser.add_argument("--force", action="store_true", help="clear a Neo4j database that holds other data")
    return parser


def main(argv: list[str] | None = None) -> None:
    parser = bench_arguments(__doc__.splitlines()[0], "runs per query")
    parser.add_argument("--only", help="comma-separated saved query names")
    args = parser.parse_args(argv)

    started = time.perf_counter()
    synthetic = build_graph(args.entities, args.relations)
    print(f"synthetic graph: {len(synthetic.graph.entities)} entities, {len(synthetic.graph.relations)} relations, "
          f"{len(synthetic.graph.documents)} documents (built in {time.perf_counter() - started:.0f} s)", flush=True)
    rows = cases(synthetic.names)
    wanted = [q.name for q in list_saved() if not args.only or q.name in args.only.split(",")]
    unknown = [name for name in wanted if name not in rows]
    if unknown:
        print(f"no parameter maker for {', '.join(unknown)}: add one to param_makers; skipped", file=sys.stderr)
    labels = [label for label, (query, _) in rows.items() if query in wanted]
    results: Results = {}
    for store in loaded_stores(args, synthetic):
        for label in labels:
            query, make = rows[label]
            record(results, label, store.name, measure(store, query, make, args.runs, args.warmup))
    print_table(results)


Results = dict[str, dict[str, tuple[float, float]]]  # what was timed -> store -> (p50, p95) in ms


def loaded_stores(args: argparse.Namespace, synthetic: Synthetic) -> Iterator[GraphStore]:
    """Each store of --stores, open and holding the synthetic graph; one that refused it is skipped."""
    for store in open_stores(args.stores.split(","), args.data_dir):
        with store:
            state = ensure_loaded(store, synthetic, args.force)
            print(f"{store.name}: {state}", flush=True)
            if not state.startswith("skipped"):
                yield store


def record(results: Results, what: str, store: str, timings: list[float]) -> None:
    results.setdefault(what, {})[store] = (statistics.median(timings), percentile(timings, 0.95))
    print(f"  {what}: p50 {results[what][store][0]:.1f} ms", file=sys.stderr, flush=True)


def print_table(results: dict[str, dict[str, tuple[float, float]]]) -> None:
    stores = sorted({s for by_store in results.values() for s in by_store})
    header = f"{'query':<28}{'kind':<10}{'target':>8}" + "".join(f"{s + ' p50':>14}{s + ' p95':>14}" for s in stores)
    print(header)
    print("-" * len(header))
    for name, by_store in results.items():
        kind = "aggregate" if name.split()[0] in AGGREGATES else "lookup"
        target = TARGET_MS[kind]
        cells = ""
        for s in stores:
            p50, p95 = by_store.get(s, (float("nan"), float("nan")))
            flag = "" if p50 <= target else "!"
            cells += f"{p50:>12.1f}{flag:<2}{p95:>14.1f}"
        print(f"{name:<28}{kind:<10}{target:>8.0f}{cells}")
    print("(milliseconds; ! marks a p50 above its target)")


if __name__ == "__main__":
    main()
