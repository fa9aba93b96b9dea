"""Score extraction on the real pages (tests/data/real/*/): one row per page, one per batch.

    python scripts/score_real.py [BATCH ...] [--json FILE]

Prints a Markdown table (entity and relation precision, recall, F1 per page,
micro-averaged per batch), the form docs/extraction.md records blind first
scores and tuned scores in.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from policy_kg.loaders.evaluate import Counts, Score, evaluate_file

REAL = Path(__file__).resolve().parent.parent / "tests" / "data" / "real"


def pages(batch: Path) -> list[tuple[Path, Path]]:
    return [(gold.with_name(gold.name.replace(".gold.yaml", ".txt")), gold) for gold in sorted(batch.glob("*.gold.yaml"))]


def cells(c: Counts) -> str:
    return f"{c.precision:.2f} | {c.recall:.2f} | **{c.f1:.2f}**"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("batches", nargs="*", help="folder names under tests/data/real (default: all)")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON")
    args = parser.parse_args()
    names = args.batches or sorted(p.name for p in REAL.iterdir() if p.is_dir())
    print("| page | ent P | ent R | ent F1 | rel P | rel R | rel F1 |")
    print("|---|---|---|---|---|---|---|")
    figures: dict[str, dict] = {}
    for name in names:
        total: Score | None = None
        for text, gold in pages(REAL / name):
            score = evaluate_file(text, gold)
            total = score if total is None else total + score
            figures[text.stem] = {"entities": score.entity_total.to_dict(), "relations": score.relation_total.to_dict()}
            print(f"| {text.stem[:40]} | {cells(score.entity_total)} | {cells(score.relation_total)} |")
        if total is not None:
            figures[name] = {"entities": total.entity_total.to_dict(), "relations": total.relation_total.to_dict()}
            print(f"| **{name}** ({total.documents} pages) | {cells(total.entity_total)} | {cells(total.relation_total)} |")
    if args.json:
        args.json.write_text(json.dumps(figures, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
