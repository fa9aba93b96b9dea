"""Hostile shapes: extraction time per 100k characters, and the bounded readers.

The shapes a security probe found quadratic (a number of 300,000 digits, a list
of 180,000 districts, 200,000 nested <div>s, a .docx zip bomb). Extraction
must stay linear: the time per 100k characters should not grow with the size.
Prints figures; asserts nothing.

    python bench/hostile.py
"""

from __future__ import annotations

import tempfile
import time
import zipfile
from pathlib import Path

from policy_kg.graph.errors import InputError
from policy_kg.loaders.extract.pipeline import extract_article
from policy_kg.loaders.reading import read_source

SHAPES = {
    "digits": lambda n: "重庆" + "1" * n + "亿元。",
    "district list": lambda n: "两江新区、" * (n // 5),
    "commas": lambda n: "重庆，" * (n // 3),
    "plain sentences": lambda n: "重庆市人民政府批复同意两江新区建设方案。" * (n // 20),
}


class _Article:
    def __init__(self, text: str) -> None:
        self.id, self.text = "bench", text


def extraction() -> None:
    print("extraction, seconds per 100k characters")
    for name, make in SHAPES.items():
        figures = []
        for size in (30_000, 100_000, 300_000):
            text = make(size)
            started = time.perf_counter()
            extract_article(_Article(text))
            figures.append(f"{size // 1000}k: {(time.perf_counter() - started) * 100_000 / len(text):.2f}")
        print(f"  {name:16} " + "  ".join(figures))


def readers(folder: Path) -> None:
    page = folder / "nested.html"
    page.write_text("<html><body>" + "<div>" * 200_000 + "重庆" + "</div>" * 200_000, encoding="utf-8")
    bomb = folder / "bomb.docx"
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", " " * 300_000_000)
    for path, options in ((page, {"parse_timeout": 5.0}), (bomb, {})):
        started = time.perf_counter()
        try:
            read_source(path, **options)
            outcome = "read"
        except InputError as exc:
            outcome = exc.code
        print(f"  {path.name:16} {path.stat().st_size:>12,} bytes  {outcome} in {time.perf_counter() - started:.2f} s")


if __name__ == "__main__":
    extraction()
    print("readers")
    with tempfile.TemporaryDirectory() as tmp:
        readers(Path(tmp))
