"""Documents in, graphs out: readers, normalisation, article splitting, extraction, scoring."""

from .extract import ExtractResult, extract_file, extract_files

__all__ = ["ExtractResult", "extract_file", "extract_files"]
