"""Documents in, graphs out: readers, normalisation, article splitting, extraction, scoring."""

from __future__ import annotations

from pathlib import Path

from policy_kg.graph.model import Graph, read_exchange

from .extract import Extract, ExtractResult, extract_file, extract_files
from .reading import DEFAULT_MAX_BYTES, DEFAULT_PARSE_TIMEOUT, SUPPORTED_SUFFIXES
from .sources import EXCHANGE_SUFFIXES

LOADABLE_SUFFIXES = SUPPORTED_SUFFIXES + EXCHANGE_SUFFIXES

__all__ = ["LOADABLE_SUFFIXES", "ExtractResult", "extract_file", "extract_files", "read_graph"]


def read_graph(path: Path, encoding: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
               parse_timeout: float = DEFAULT_PARSE_TIMEOUT, page_id: str | None = None,
               extract: Extract | None = None) -> Graph:
    """The graph of one file: exchange JSON as it is, any other document through extraction."""
    if path.suffix.lower() in EXCHANGE_SUFFIXES:
        return read_exchange(path)
    return extract_file(path, encoding, max_bytes, parse_timeout, page_id, extract)
