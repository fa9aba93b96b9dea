"""The working state of one article as the pipeline components pass it along.

Each component reads and extends an :class:`ArticleDoc`: recognisers add
:class:`Span` s, resolution fills in canonical names, relation rules add
:class:`Found` relations. Offsets are into the article's normalised text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

# One private-use character per label: relation rules run over a "templated"
# sentence where every entity occurrence is a single such character.
LABEL_CHARS: dict[str, str] = {
    "Plan": "\ue010", "Zone": "\ue011", "Industry": "\ue012",
    "Enterprise": "\ue013", "Project": "\ue014", "Agency": "\ue015",
}
CHAR_LABELS: dict[str, str] = {c: label for label, c in LABEL_CHARS.items()}

_SENTENCE = re.compile(r"[^。！？；!?;\n]+[。！？；!?;]?")


def find_words(text: str, words: Iterable[str], not_before: str = "") -> list[tuple[int, int]]:
    """Where ``words`` occur in ``text``, as an alternation of them (longest first) finds them from left to right:
    at each place the longest word that fits, then on past it. A word followed by a character of ``not_before``
    does not fit. For words that change with each article: finding them costs less than compiling a pattern."""
    found = []
    for word in filter(None, set(words)):
        at = text.find(word)
        while at >= 0:
            follower = text[at + len(word):at + len(word) + 1]
            if not (follower and follower in not_before):
                found.append((at, at + len(word)))
            at = text.find(word, at + 1)
    taken: list[tuple[int, int]] = []
    for start, end in sorted(found, key=lambda m: (m[0], -m[1])):
        if not taken or start >= taken[-1][1]:
            taken.append((start, end))
    return taken


@dataclass(eq=False)
class Span:
    """One occurrence of an entity in the text."""

    start: int
    end: int
    label: str
    kind: str | None
    rule: str
    name: str = ""          # canonical name, set by resolution
    priority: int = 0       # which recogniser wins an overlap (higher first)
    antecedent: Span | None = None   # what a short form or reference stands for
    facts: dict[str, str | int | float] = field(default_factory=dict)  # typed facts read about it (investment)

    @property
    def key(self) -> tuple[str, str]:
        return (self.label, self.name)


@dataclass
class Sentence:
    start: int
    end: int
    text: str


@dataclass
class Found:
    """A relation read from one sentence."""

    source: Span
    type: str
    target: Span
    sentence: Sentence
    rule: str
    properties: dict[str, str | int | float] = field(default_factory=dict)


@dataclass
class ArticleDoc:
    id: str
    text: str
    written: str = ""   # the text as the page wrote it, when ``text`` is its simplified form (same offsets)
    spans: list[Span] = field(default_factory=list)      # non-overlapping occurrences, in text order
    titles: list[Span] = field(default_factory=list)     # 《》 titles; may contain spans
    aliases: dict[tuple[str, str], set[str]] = field(default_factory=dict)
    relations: list[Found] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    defined: dict[str, Span] = field(default_factory=dict)   # "(以下简称X)": X -> what it stands for
    main_zone: Span | None = None
    main_plan: Span | None = None
    main_bank: Span | None = None
    _starts_of: list[Span] | None = field(default=None, repr=False)   # which list _starts indexes
    _starts: list[int] = field(default_factory=list, repr=False)
    _sentence_starts: list[int] = field(default_factory=list, repr=False)

    def tokens(self) -> list[Span]:
        """Titles and the spans outside them: what relation rules see, in text order."""
        inside = {id(s) for t in self.titles for s in self.spans_within(t.start, t.end)}
        return sorted([s for s in self.spans if id(s) not in inside] + self.titles, key=lambda s: s.start)

    def spans_within(self, start: int, end: int) -> list[Span]:
        """The spans (not titles) lying inside ``[start, end)``; ``spans`` is kept in text order."""
        if self._starts_of is not self.spans:  # components replace the list, never edit it in place
            self._starts_of, self._starts = self.spans, [s.start for s in self.spans]
        i = bisect_right(self._starts, start - 1)
        found = []
        while i < len(self.spans) and self.spans[i].start < end:
            if self.spans[i].end <= end:
                found.append(self.spans[i])
            i += 1
        return found

    def surface(self, span: Span) -> str:
        return self.text[span.start:span.end]

    def templated(self) -> Iterator[Templated]:
        """Each sentence with its entity occurrences replaced by label characters."""
        tokens = self.tokens()
        i = 0
        for sentence in self.sentences:
            while i < len(tokens) and tokens[i].start < sentence.start:
                i += 1
            j = i
            while j < len(tokens) and tokens[j].end <= sentence.end:
                j += 1
            yield template(sentence, tokens[i:j])

    def sentence_at(self, offset: int) -> Sentence:
        return self.sentences[bisect_right(self._sentence_starts, offset) - 1]

    def split_sentences(self) -> None:
        self.sentences = [Sentence(m.start(), m.end(), m.group()) for m in _SENTENCE.finditer(self.text)
                          if m.group().strip()]
        self._sentence_starts = [s.start for s in self.sentences]


def select(spans: list[Span]) -> list[Span]:
    """Non-overlapping spans: higher priority first, then longer, then earlier."""
    chosen: list[Span] = []
    taken: set[int] = set()
    for span in sorted(spans, key=lambda s: (-s.priority, s.start - s.end, s.start)):
        cells = range(span.start, span.end)
        if not any(i in taken for i in cells):
            taken.update(cells)
            chosen.append(span)
    return sorted(chosen, key=lambda s: s.start)


@dataclass
class Templated:
    """A sentence with every entity occurrence replaced by its label character.

    Relation rules match over :attr:`text`; :meth:`spans_between` and
    :meth:`raw` map what they matched back to spans and offsets.
    """

    sentence: Sentence
    text: str
    raw_start: list[int]         # templated index -> raw offset of its first character
    raw_end: list[int]           # templated index -> raw offset after its last character
    tokens: dict[int, Span]      # templated index of a label character -> its span

    def spans_between(self, i: int, j: int) -> list[Span]:
        return [self.tokens[k] for k in range(i, j) if k in self.tokens]

    def raw(self, i: int, j: int) -> tuple[int, int]:
        return self.raw_start[i], self.raw_end[j - 1]


def template(sentence: Sentence, spans: list[Span]) -> Templated:
    """``spans``: the non-overlapping occurrences inside ``sentence``, in text order."""
    parts: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    tokens: dict[int, Span] = {}
    at = sentence.start
    for span in spans:
        parts.append(sentence.text[at - sentence.start:span.start - sentence.start])
        starts.extend(range(at, span.start))
        ends.extend(range(at + 1, span.start + 1))
        tokens[len(starts)] = span
        parts.append(LABEL_CHARS[span.label])
        starts.append(span.start)
        ends.append(span.end)
        at = span.end
    parts.append(sentence.text[at - sentence.start:])
    starts.extend(range(at, sentence.end))
    ends.extend(range(at + 1, sentence.end + 1))
    return Templated(sentence, "".join(parts), starts, ends, tokens)
