"""Does re-loading a corpus again and again slow the embedded store down?

The real pages of tests/data/real/ are extracted once, twice over under
other ids (--copies) for a corpus of about 160 documents, one exchange-JSON
file per page (so that each load stores page by page as `kg load` of the
pages would), then loaded into a fresh embedded store once, and nine times
more. After the first load and after the tenth, the server is stopped and a
cold `kg stats` (start, replay the append-only file, count, stop) is timed,
best of three. Prints figures; asserts nothing.

    python bench/reload.py [--reloads 10] [--copies 2] [--pages 'tests/data/real/*/*.txt']

Target: the cold `kg stats` after ten loads within 20% of the one after one.
"""

from __future__ import annotations

import argparse
import glob
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from policy_kg.graph import write_exchange
from policy_kg.graph.embedded import EmbeddedServer
from policy_kg.loaders import extract_file


def kg(*args: str, home: Path) -> float:
    """Run kg on the embedded store of ``home``; the seconds it took."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    env.update(KG_HOME=str(home), KG_STORE="embedded")
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "policy_kg.cli", *args], env=env, check=True, capture_output=True)
    return time.perf_counter() - started


def cold_stats(home: Path, runs: int = 3) -> float:
    EmbeddedServer(home).stop()
    return min(kg("stats", "--format", "json", home=home) for _ in range(runs))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reloads", type=int, default=10)
    parser.add_argument("--copies", type=int, default=2)
    parser.add_argument("--pages", default="tests/data/real/*/*.txt")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus, home = Path(tmp) / "corpus", Path(tmp) / "home"
        documents = 0
        pages = sorted(glob.glob(args.pages))
        for copy in range(args.copies):
            for page in pages:
                page_id = f"{Path(page).stem}-{copy}"
                graph = extract_file(page, page_id=page_id)
                documents += len(graph.documents)
                write_exchange(graph, corpus / f"{page_id}.json")
        print(f"corpus: {len(pages)} pages x {args.copies}, {documents} documents")
        times = {}
        for n in range(1, args.reloads + 1):
            took = kg("load", str(corpus), home=home)
            if n in (1, args.reloads):
                times[n] = cold_stats(home)
                size = EmbeddedServer(home).status().file_bytes
                print(f"after load {n:2d} (the load took {took:.1f} s): cold kg stats {times[n]:.2f} s, "
                      f"append-only file {size / 1e6:.2f} MB")
        print(f"cold kg stats after {args.reloads} loads / after 1: {times[args.reloads] / times[1]:.2f}")


if __name__ == "__main__":
    main()
