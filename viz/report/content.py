"""What a report is made of, whatever its subject: sections of text, tables, quoted facts and figures.

The three kinds of report (entity, relationship type, overview) build these
blocks from their data; the Markdown and HTML writers turn the same blocks
into text, so both formats always say the same thing. Every string here is
plain text: the writers escape it for their format.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from policy_kg.graph.model import Graph


def file_slug(text: str) -> str:
    """``text`` as a file-name stem: runs of anything but letters, digits and _ become one -."""
    return re.sub(r"[^\w]+", "-", text).strip("-")[:80] or "report"


def plural(n: int, word: str) -> str:
    """``1 relationship``, ``2 relationships``, ``2 entities``."""
    if n == 1:
        return f"{n} {word}"
    return f"{n} {word[:-1]}ies" if word.endswith("y") else f"{n} {word}s"


@dataclass(frozen=True)
class DocumentRef:
    """A loaded document as the ``documents`` saved query returns it."""

    id: str
    title: str = ""
    kind: str | None = None
    source: str | None = None
    authors: tuple[str, ...] = ()
    page: str | None = None
    article: int | None = None
    entities: int = 0

    @property
    def citation(self) -> str:
        """How a quote names its source: the title, and for an article its place on the page."""
        name = self.title or self.id
        if self.article is not None and self.page:
            return f"{name} (article {self.article} of page {self.page})"
        return name


@dataclass(frozen=True)
class Quote:
    """One evidence sentence and the document it comes from."""

    sentence: str
    document: DocumentRef
    provenance: str = ""  # "curated by WHO at WHEN: NOTE" for a fact an analyst added


@dataclass(frozen=True)
class Fact:
    """One relationship as a report lists it: a heading, its properties, its evidence."""

    heading: str
    properties: tuple[tuple[str, Any], ...] = ()
    quotes: tuple[Quote, ...] = ()


@dataclass(frozen=True)
class Text:
    text: str


@dataclass(frozen=True)
class Table:
    columns: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]


@dataclass(frozen=True)
class Facts:
    items: tuple[Fact, ...]


@dataclass(frozen=True)
class Figure:
    """A PNG picture; ``name`` is its file name beside the Markdown report."""

    name: str
    caption: str
    png: bytes = field(repr=False)


@dataclass(frozen=True)
class Interactive:
    """A graph the HTML report shows as an interactive view (the Markdown report has the PNG instead)."""

    title: str
    graph: Graph = field(repr=False)


Block = Text | Table | Facts | Figure | Interactive


@dataclass
class Section:
    title: str
    blocks: list[Block] = field(default_factory=list)
    level: int = 2


@dataclass
class Report:
    """A titled list of sections; ``slug`` names its files (``<slug>.md``, ``<slug>.html``, ``<slug>-*.png``)."""

    title: str
    slug: str
    sections: list[Section]

    @property
    def figures(self) -> list[Figure]:
        return [b for s in self.sections for b in s.blocks if isinstance(b, Figure)]
