"""What a report is made of, whatever its subject: sections of text, tables, quoted facts and figures.

The three kinds of report (entity, relationship type, overview) build these
blocks from their data; the Markdown and HTML writers turn the same blocks
into text, so both formats always say the same thing. Every string here is
plain text: the writers escape it for their format.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any

from policy_kg.graph.model import Graph

from .ui import Words


def file_slug(text: str) -> str:
    """``text`` as a file-name stem: runs of anything but letters, digits and _ become one -."""
    return re.sub(r"[^\w]+", "-", text).strip("-")[:80] or "report"


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

    def cite(self, words: Words) -> str:
        """How a quote names its source: the title, and for an article its place on the page."""
        name = self.title or self.id
        if self.article is not None and self.page:
            return words("citation", title=name, article=self.article, page=self.page)
        return name


@dataclass(frozen=True)
class Quote:
    """One evidence sentence and the document it comes from."""

    sentence: str
    document: DocumentRef
    provenance: str = ""  # "curated by WHO at WHEN: NOTE" for a fact an analyst added
    above: str = ""  # the heading of the fact that quotes this sentence first, if another does


@dataclass(frozen=True)
class Fact:
    """One relationship as a report lists it: a heading, its properties, its evidence."""

    heading: str
    properties: tuple[tuple[str, Any], ...] = ()
    quotes: tuple[Quote, ...] = ()
    highlight: tuple[str, ...] = ()  # the names its quotes show marked


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
    words: Words = field(default_factory=Words)

    def __post_init__(self) -> None:
        quote_once(self.sections)

    @property
    def figures(self) -> list[Figure]:
        return [b for s in self.sections for b in s.blocks if isinstance(b, Figure)]


def quote_once(sections: list[Section]) -> None:
    """A sentence that is evidence of several facts is quoted under the first; the others point to it.

    One sentence often states many facts (a bank financing fourteen borrowers):
    quoting it each time would bury the report in repeats.
    """
    first: dict[tuple[str, str], str] = {}
    for section in sections:
        for n, block in enumerate(section.blocks):
            if isinstance(block, Facts):
                section.blocks[n] = Facts(tuple(replace(fact, quotes=tuple(_once(q, fact.heading, first)
                                                                           for q in fact.quotes))
                                                for fact in block.items))


def _once(quote: Quote, heading: str, first: dict[tuple[str, str], str]) -> Quote:
    key = (quote.document.id, quote.sentence)
    if key in first:
        return replace(quote, above=first[key])
    first[key] = heading
    return quote
