"""Latency of `kg serve`'s API on the synthetic graph of bench/query.py (100k entities, 500k relations by default).

Each request goes through the whole application (routing, the saved queries,
JSON), in process through Starlette's test client, so the figures are the
API's own, without a network. Targets (issue #11): search suggestions p50
<= 50 ms, expanding a node p50 <= 150 ms, the document view p50 <= 200 ms.
The synthetic documents have no files: the document view is measured with a
text of 5,000 characters given by the bench.

    python bench/serve.py                                   # both stores when NEO4J_URI is set
    python bench/serve.py --entities 20000 --relations 100000 --runs 20
    python bench/serve.py --data-dir /tmp/kg-bench --stores embedded    # reuses bench/query.py's loaded graph
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

from query import LABEL_SHARE, Results, bench_arguments, build_graph, loaded_stores, record
from starlette.testclient import TestClient

from policy_kg.viz.serve import create_app

TEXT = "合成文档的正文。" * 625  # 5,000 characters
TARGET_MS = {"search": 50.0, "expand": 150.0, "entity": 150.0, "document": 200.0}

Request = Callable[[random.Random], str]


def requests(names: dict[str, list[str]]) -> dict[str, Request]:
    """Endpoint -> a function drawing one URL from the graph."""
    def any_id(rng: random.Random) -> str:
        label = rng.choice(list(LABEL_SHARE))
        return f"{label}:{rng.choice(names[label])}"

    return {
        # what a person types: the first characters of a name, a few digits of its number
        "search": lambda rng: "/api/search?q=" + quote(rng.choice(names[rng.choice(list(LABEL_SHARE))])[:4]),
        "expand": lambda rng: "/api/neighbourhood?id=" + quote(any_id(rng)),
        "entity": lambda rng: "/api/entities/" + quote(any_id(rng), safe=""),
        "document": lambda rng: "/api/documents/" + quote(rng.choice(names["Document"]), safe=""),
    }


def measure(client: TestClient, make: Request, runs: int, warmup: int, seed: str) -> list[float]:
    rng = random.Random(seed)
    for _ in range(warmup):
        client.get(make(rng)).raise_for_status()
    timings = []
    for _ in range(runs):
        url = make(rng)
        started = time.perf_counter()
        client.get(url).raise_for_status()
        timings.append((time.perf_counter() - started) * 1000)
    return timings


def main(argv: list[str] | None = None) -> None:
    args = bench_arguments(__doc__.splitlines()[0], "requests per endpoint").parse_args(argv)

    synthetic = build_graph(args.entities, args.relations)
    print(f"synthetic graph: {len(synthetic.graph.entities)} entities, {len(synthetic.graph.relations)} relations",
          flush=True)
    results: Results = {}
    for store in loaded_stores(args, synthetic):
        client = TestClient(create_app(store, text_of=lambda _: TEXT))
        for endpoint, make in requests(synthetic.names).items():
            record(results, endpoint, store.name, measure(client, make, args.runs, args.warmup, endpoint))
    print_table(results)


def print_table(results: dict[str, dict[str, Any]]) -> None:
    stores = sorted({s for by_store in results.values() for s in by_store})
    header = f"{'endpoint':<12}{'target':>8}" + "".join(f"{s + ' p50':>14}{s + ' p95':>14}" for s in stores)
    print(header)
    print("-" * len(header))
    for endpoint, by_store in results.items():
        target = TARGET_MS[endpoint]
        cells = ""
        for s in stores:
            p50, p95 = by_store.get(s, (float("nan"), float("nan")))
            cells += f"{p50:>12.1f}{'' if p50 <= target else '!':<2}{p95:>14.1f}"
        print(f"{endpoint:<12}{target:>8.0f}{cells}")
    print("(milliseconds; ! marks a p50 above its target)")


if __name__ == "__main__":
    main()
