"""Which files a command was pointed at."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from graph.errors import InputError

EXCHANGE_SUFFIXES = (".json",)


def collect_files(paths: Iterable[str | Path], suffixes: tuple[str, ...]) -> list[Path]:
    """Files named directly, plus the files under named folders whose suffix is in ``suffixes``, sorted."""
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found += sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in suffixes)
        elif path.is_file():
            found.append(path)
        else:
            raise InputError(f"{path}: no such file or folder", hint="check the path")
    return found

