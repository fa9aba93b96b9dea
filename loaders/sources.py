"""Which files a command was pointed at."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from policy_kg.graph.errors import DocumentConflictError, InputError

EXCHANGE_SUFFIXES = (".json",)


@dataclass(frozen=True)
class SourceFile:
    """A file to read, and the id its document gets: unique per source, stable across re-loads.

    The id is the file's path below the folder that was named, without its
    suffix (``2024/report`` for ``corpus/2024/report.txt`` from ``corpus/``),
    or the file's stem when the file itself was named.
    """

    path: Path
    doc_id: str


def collect_files(paths: Iterable[str | Path], suffixes: tuple[str, ...]) -> list[SourceFile]:
    """Files named directly, plus the files under named folders whose suffix is in ``suffixes``, sorted."""
    found: list[SourceFile] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found += [SourceFile(p, p.relative_to(path).with_suffix("").as_posix())
                      for p in sorted(path.rglob("*")) if p.is_file() and p.suffix.lower() in suffixes]
        elif path.is_file():
            found.append(SourceFile(path, path.stem))
        else:
            raise InputError(f"{path}: no such file or folder", hint="check the path")
    return found


def id_conflicts(files: Iterable[SourceFile]) -> dict[Path, DocumentConflictError]:
    """The files whose id an earlier, different file of the same run already has."""
    first: dict[str, Path] = {}
    conflicts = {}
    for source in files:
        seen = first.setdefault(source.doc_id, source.path)
        if seen.resolve() != source.path.resolve():
            conflicts[source.path] = DocumentConflictError(
                f"{source.path}: document id {source.doc_id!r} is already taken by {seen}",
                hint="name the folder that holds both files (ids then include the sub-folders), or rename one",
            )
    return conflicts
