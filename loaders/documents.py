"""A stored document's text and source file, found again from what its node records."""

from __future__ import annotations

from pathlib import Path

from policy_kg.graph.errors import CorrectionError, KGError
from policy_kg.graph.model import Document, Graph

from .normalize import normalize
from .reading import read_source


def source_file(document: Document) -> Path | None:
    """The file ``document`` was read from (its ``file``, else its ``source``), if it is still there."""
    for candidate in (document.extra.get("file"), document.source):
        if isinstance(candidate, str) and candidate and Path(candidate).is_file():
            return Path(candidate)
    return None


def document_text(document: Document) -> str | None:
    """The normalised text evidence offsets count in: an article's slice of its page, else the page; None
    when the source file is gone, or is exchange JSON."""
    path = source_file(document)
    if path is None or path.suffix.lower() == ".json":
        return None
    try:
        text = normalize(read_source(path).text).text
    except KGError:
        return None
    start, end = document.extra.get("start"), document.extra.get("end")
    if document.kind == "article" and isinstance(start, int) and isinstance(end, int):
        return text[start:end]
    return text


def locate_sentence(document: Document, sentence: str) -> tuple[str, int, int] | None:
    """Where ``sentence`` (normalised as documents are) occurs in ``document``: (sentence, start, end);
    None when the text cannot be read; CorrectionError when it does not occur."""
    text = document_text(document)
    if text is None:
        return None
    wanted = normalize(sentence).text.strip()
    at = text.find(wanted)
    if not wanted or at < 0:
        raise CorrectionError(f"the sentence does not occur in document {document.id!r}",
                              hint="copy it from the document as it is (kg query relation_evidence shows sentences)")
    return wanted, at, at + len(wanted)


def reread(document: Document) -> Graph | None:
    """The graph of the page ``document`` came from, read and extracted again; None without its file."""
    from . import read_graph

    path = source_file(document)
    if path is None:
        return None
    page = document.extra.get("page")
    return read_graph(path, page_id=page if isinstance(page, str) else document.id)
