"""Extraction throughput: text files in, exchange JSON out, in Chinese characters per second.

Builds a corpus of about 10 MB by repeating the seed page with its places and
firms swapped for generated names (so the pipeline cannot lean on repeats),
then runs the whole pipeline -- read, normalise, split articles, extract,
merge, serialise exchange JSON -- on one core. Prints figures; asserts nothing.
``--real`` builds it from the real pages of tests/data/real instead (each
copied as many times as the size asks, under its own name).

    python bench/extract.py [--megabytes 10] [--real] [--keep DIR]

Targets: >= 100k Chinese characters per second per core; < 1 GB peak memory.
"""

from __future__ import annotations

import argparse
import random
import re
import resource
import tempfile
import time
from pathlib import Path

from policy_kg.loaders.extract import extract_files

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "examples" / "000_023085569cee03f2.txt"
REAL = ROOT / "tests" / "data" / "real"
# Names of the seed swapped in each copy: the bench may know them, the extractor must not.
SWAPPED = ["重庆", "宗申", "隆鑫", "迪马", "智飞", "华邦", "科瑞", "千信", "果园", "渝巴", "金凤", "仙桃", "彭水",
           "两江", "渝北", "星展", "渝涪", "南部新城", "中美"]
SYLLABLES = "安宝昌成达东丰福光海汉和华吉嘉建江金锦京凯兰利联隆茂明南宁鹏平启庆荣瑞山盛泰天通威祥新信兴阳益永裕远泽中众"
PLACES = ["成都", "西安", "武汉", "杭州", "合肥", "长沙", "郑州", "贵阳", "昆明", "南宁", "福州", "济南", "沈阳"]
_CJK = re.compile(r"[\u4e00-\u9fff]")


def variant(text: str, rng: random.Random) -> str:
    mapping = {name: "".join(rng.choice(SYLLABLES) for _ in name) for name in SWAPPED}
    mapping["重庆"] = rng.choice(PLACES)
    pattern = re.compile("|".join(sorted(mapping, key=len, reverse=True)))
    return pattern.sub(lambda m: mapping[m.group()], text)


def build_corpus(folder: Path, megabytes: float, seed: int = 11) -> list[Path]:
    rng = random.Random(seed)
    text = SEED.read_text(encoding="utf-8")
    files, size, i = [], 0, 0
    while size < megabytes * 1024 * 1024:
        path = folder / f"page_{i:05d}.txt"
        path.write_text(variant(text, rng), encoding="utf-8")
        size += path.stat().st_size
        files.append(path)
        i += 1
    return files


def build_real_corpus(folder: Path, megabytes: float) -> list[Path]:
    pages = sorted(REAL.glob("*/*.txt"))
    files, size, i = [], 0, 0
    while size < megabytes * 1024 * 1024:
        page = pages[i % len(pages)]
        path = folder / f"{i:05d}_{page.name}"
        path.write_bytes(page.read_bytes())
        size += path.stat().st_size
        files.append(path)
        i += 1
    return files


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=10.0)
    parser.add_argument("--real", action="store_true", help="the real pages of tests/data/real, repeated")
    parser.add_argument("--keep", type=Path, default=None, help="build the corpus here and keep it")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        files = build_real_corpus(folder, args.megabytes) if args.real else build_corpus(folder, args.megabytes)
        chars = sum(len(_CJK.findall(p.read_text(encoding="utf-8"))) for p in files)
        total_bytes = sum(p.stat().st_size for p in files)
        started = time.process_time()
        wall = time.perf_counter()
        result = extract_files([folder])
        exchange = result.graph.dumps()
        cpu = time.process_time() - started
        wall = time.perf_counter() - wall
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    graph = result.graph
    print(f"corpus: {len(files)} files, {total_bytes / 1e6:.1f} MB, {chars:,} Chinese characters")
    print(f"graph: {len(graph.documents)} documents, {len(graph.entities)} entities, "
          f"{len(graph.relations)} relations, {len(exchange) / 1e6:.1f} M characters of JSON, "
          f"{len(result.failures)} failures")
    print(f"time: {cpu:.1f} s CPU, {wall:.1f} s wall")
    print(f"speed: {chars / cpu:,.0f} Chinese characters/s per core (target >= 100,000)")
    print(f"peak memory: {peak_mb:,.0f} MB (target < 1,024)")


if __name__ == "__main__":
    main()
