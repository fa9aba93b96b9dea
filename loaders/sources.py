"""Which files a command was pointed at."""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from policy_kg.graph.errors import DocumentConflictError, InputError

EXCHANGE_SUFFIXES = (".json",)


Failure = tuple[Path, InputError]


@dataclass(frozen=True)
class SourceFile:
    """A file to read, and the id its document gets: unique per source, stable across re-loads.

    The id is the file's path below the folder that was named, without its
    suffix (``2024/report`` for ``corpus/2024/report.txt`` from ``corpus/``),
    or the file's stem when the file itself was named.
    """

    path: Path
    doc_id: str


def collect_files(paths: Iterable[str | Path], suffixes: tuple[str, ...]) -> tuple[list[SourceFile], list[Failure]]:
    """The files named, plus the files under named folders whose suffix is in ``suffixes`` (sorted);
    and every path that was passed over, with why (missing, not a regular file, unreadable, a link loop)."""
    found: list[SourceFile] = []
    skipped: list[Failure] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found += _walk(path, suffixes, skipped)
        elif path.is_file():
            found.append(SourceFile(path, path.stem))
        elif path.exists() or path.is_symlink():
            skipped.append((path, InputError(f"{path}: not a regular file (a FIFO, a device or a broken link)",
                                             hint="name a document file")))
        else:
            skipped.append((path, InputError(f"{path}: no such file or folder", hint="check the path")))
    return found, skipped


def _walk(root: Path, suffixes: tuple[str, ...], skipped: list[Failure]) -> list[SourceFile]:
    """The documents below ``root``, following links to folders once each (a loop is reported, not walked)."""
    found = []
    seen: set[tuple[int, int]] = set()

    def unreadable(exc: OSError) -> None:
        skipped.append((Path(exc.filename or root), InputError(f"{exc.filename}: folder cannot be read ({exc.strerror})",
                                                               hint="check its permissions")))

    for folder, subfolders, names in os.walk(root, onerror=unreadable, followlinks=True):
        where = os.stat(folder)
        if (where.st_dev, where.st_ino) in seen:
            skipped.append((Path(folder), InputError(f"{folder}: a link back to a folder already read (a loop)",
                                                     hint="remove the link, or name the folders you mean")))
            subfolders.clear()
            continue
        seen.add((where.st_dev, where.st_ino))
        subfolders.sort()
        for name in sorted(names):
            path = Path(folder) / name
            if path.suffix.lower() not in suffixes:
                continue
            if path.is_file():
                found.append(SourceFile(path, path.relative_to(root).with_suffix("").as_posix()))
            else:
                skipped.append((path, InputError(f"{path}: not a regular file (a FIFO, a device or a broken link)",
                                                 hint="name a document file")))
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
