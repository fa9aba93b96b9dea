"""Extraction: documents in, entities and relations with evidence out.

Public entry points: :func:`extract_file` (one source file, all its articles),
:func:`extract_files` (many, collecting failures instead of stopping), and the
article-level :func:`~.pipeline.extract_article` / :func:`~.pipeline.extract_documents`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from policy_kg.graph.errors import KGError
from policy_kg.graph.model import Graph

from ..articles import Article, extract_page
from ..dates import date_relations
from ..llm.errors import ModelUnavailableError
from ..reading import DEFAULT_MAX_BYTES, DEFAULT_PARSE_TIMEOUT, SUPPORTED_SUFFIXES
from ..sources import collect_files, id_conflicts
from .pipeline import extract_article, extract_documents

__all__ = ["Extract", "ExtractResult", "extract_article", "extract_documents", "extract_file", "extract_files"]

# How a page's articles become a graph: extract_documents (the rules) unless another extractor is given.
Extract = Callable[[list[Article]], Graph]


def extract_file(path: str | Path, encoding: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
                 parse_timeout: float = DEFAULT_PARSE_TIMEOUT, page_id: str | None = None,
                 extract: Extract | None = None) -> Graph:
    """The graph of one source file: one Document per article, merged entities, relations with evidence and dates."""
    articles = extract_page(path, encoding=encoding, max_bytes=max_bytes, parse_timeout=parse_timeout, page_id=page_id)
    return date_relations((extract or extract_documents)(articles))


@dataclass
class ExtractResult:
    """The merged graph of the files that could be read, and why the others could not."""

    graph: Graph = field(default_factory=Graph)
    files: list[Path] = field(default_factory=list)
    failures: list[tuple[Path, KGError]] = field(default_factory=list)


def extract_files(paths: Iterable[str | Path], encoding: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
                  parse_timeout: float = DEFAULT_PARSE_TIMEOUT, extract: Extract | None = None) -> ExtractResult:
    """Extract every supported file named or under a named folder; a bad file is a failure, not an abort."""
    result = ExtractResult()
    files, skipped = collect_files(paths, SUPPORTED_SUFFIXES)
    result.failures += skipped
    conflicts = id_conflicts(files)
    for source in files:
        try:
            if source.path in conflicts:
                raise conflicts[source.path]
            graph = extract_file(source.path, encoding, max_bytes, parse_timeout, source.doc_id, extract)
        except ModelUnavailableError:
            raise  # the model cannot serve any file: stop rather than fail each the same way
        except KGError as exc:
            result.failures.append((source.path, exc))
            continue
        result.graph.merge(graph)
        result.files.append(source.path)
    return result
