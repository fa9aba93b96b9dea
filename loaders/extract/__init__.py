"""Extraction: documents in, entities and relations with evidence out.

Public entry points: :func:`extract_file` (one source file, all its articles),
:func:`extract_files` (many, collecting failures instead of stopping), and the
article-level :func:`~.pipeline.extract_article` / :func:`~.pipeline.extract_documents`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from graph.errors import KGError
from graph.model import Graph

from ..articles import extract_page
from ..reading import DEFAULT_MAX_BYTES, DEFAULT_PDF_TIMEOUT, SUPPORTED_SUFFIXES
from ..sources import collect_files
from .pipeline import extract_article, extract_documents

__all__ = ["ExtractResult", "extract_article", "extract_documents", "extract_file", "extract_files"]


def extract_file(path: str | Path, encoding: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
                 pdf_timeout: float = DEFAULT_PDF_TIMEOUT) -> Graph:
    """The graph of one source file: one Document per article, merged entities, relations with evidence."""
    return extract_documents(extract_page(path, encoding=encoding, max_bytes=max_bytes, pdf_timeout=pdf_timeout))


@dataclass
class ExtractResult:
    """The merged graph of the files that could be read, and why the others could not."""

    graph: Graph = field(default_factory=Graph)
    files: list[Path] = field(default_factory=list)
    failures: list[tuple[Path, KGError]] = field(default_factory=list)


def extract_files(paths: Iterable[str | Path], encoding: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
                  pdf_timeout: float = DEFAULT_PDF_TIMEOUT) -> ExtractResult:
    """Extract every supported file named or under a named folder; a bad file is a failure, not an abort."""
    result = ExtractResult()
    for raw in paths:
        try:
            files = collect_files([raw], SUPPORTED_SUFFIXES)
        except KGError as exc:
            result.failures.append((Path(raw), exc))
            continue
        for path in files:
            try:
                graph = extract_file(path, encoding, max_bytes, pdf_timeout)
            except KGError as exc:
                result.failures.append((path, exc))
                continue
            result.graph.merge(graph)
            result.files.append(path)
    return result
