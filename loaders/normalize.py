"""Normalise the text of a page: one width for punctuation, broken lines repaired.

Canonical form (what the extractors can rely on):

* Characters of the Halfwidth and Fullwidth Forms block become what Unicode
  NFKC makes of them: full-width ASCII becomes ASCII (``，：；？！（）％`` ->
  ``,:;?!()%``, ``０-９`` -> ``0-9``, ``Ａ`` -> ``A``), half-width ``｡､`` become
  ``。、``. The ideographic space and other Unicode spaces become an ASCII
  space; zero-width characters are dropped. Chinese-only punctuation
  (``。、《》“”…``) is kept as it is. This matches the NFKC the scoring uses on
  names, without NFKC's other rewrites (``…`` -> ``...``, ``①`` -> ``1``).
* One paragraph per line, paragraphs separated by one blank line, no
  whitespace at either end of a paragraph; spaces inside a line are kept.
* A paragraph the page layout broke in two is joined again (see
  :func:`continues`); headlines, subheads, bylines and captions stay apart.
  Where lines are broken by a single newline (a PDF's text layer), a line that
  fills the column and does not end a sentence also runs on into the next.

Each normalised character maps back to the original text
(:meth:`NormalText.to_original`), so evidence can be shown in place.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field

PARAGRAPH_BREAK = "\n\n"
# A line this long that lacks final punctuation is body text cut short: a
# headline or subhead in a newspaper is shorter than this.
BODY_MIN_CHARS = 40
# Lines broken by a single newline (a PDF's text layer) continue when they fill
# the column: at least this share of the usual line width, itself this long.
WRAP_FULL_SHARE = 0.9
MIN_WRAP_CHARS = 12


# Radicals-supplement forms that PDF text layers use for whole characters (⻓ for 长) and that
# NFKC leaves alone; radicals with no character of their own (⻈ for 讠) are left as they are.
_RADICAL_SUPPLEMENT = dict(zip(
    "⺠⺟⻄⻅⻉⻋⻓⻔⻘⻙⻚⻛⻜⻝⻢⻣⻤⻥⻦⻧⻨⻩⻪⻬⻮⻰⻳",
    "民母西见贝车长门青韦页风飞食马骨鬼鱼鸟卤麦黄黾齐齿龙龟",
))


def _width_table() -> dict[int, str]:
    """One character for one: full-width forms, Kangxi radicals and compatibility ideographs to what
    NFKC makes of them, odd spaces to a space."""
    table = {ord(radical): char for radical, char in _RADICAL_SUPPLEMENT.items()}
    for code in (*range(0xFF01, 0xFFEF), *range(0x2F00, 0x2FD6), *range(0xF900, 0xFB00), *range(0x2F800, 0x2FA20)):
        folded = unicodedata.normalize("NFKC", chr(code))
        if len(folded) == 1 and folded != chr(code):
            table[code] = folded
    for code in (0x00A0, 0x1680, *range(0x2000, 0x200B), 0x202F, 0x205F, 0x3000, 0x0009, 0x000B, 0x000C):
        table[code] = " "
    return table


_WIDTH = _width_table()
_ZERO_WIDTH = re.compile("[\u200b-\u200d\u2060\ufeff]+")
_LINE = re.compile(r"[^\r\n\x85\u2028\u2029]+")

# A paragraph ends with sentence-final punctuation, possibly followed by closing quotes or brackets.
_COMPLETE = re.compile(r"[。.!?;…][\"'”’」』)\]》]*$")
# Last characters that promise more: an enumeration comma, a comma, an opening bracket or quote.
_OPEN_END = re.compile(r"[、,(\[《“‘「『]$")
# First characters no sentence or headline starts with.
_CLOSING_START = re.compile(r"^[,、。.;:!?)\]》”’」』%…]")
# An item number opening a paragraph: (一), 1), 一、, 1. (not 2.5).
ENUMERATOR = r"\(?[一二三四五六七八九十\d]{1,3}\)|[一二三四五六七八九十]{1,3}、|\d{1,2}[.、](?!\d)"
# Starts of a new item: a bullet, a box (bylines), an enumerator.
_NEW_ITEM_START = re.compile(rf"^(?:[□■◇◆●○▲△★☆※•·\-*]|{ENUMERATOR})")
_ASCII_WORD_CHAR = re.compile(r"[A-Za-z0-9]")


def is_complete(paragraph: str) -> bool:
    """True when ``paragraph`` ends a sentence (。!?;… maybe followed by a closing quote or bracket)."""
    return _COMPLETE.search(paragraph) is not None


def is_headline_like(paragraph: str) -> bool:
    """A short line without sentence-final punctuation: a headline, subhead, byline or caption."""
    return len(paragraph) < BODY_MIN_CHARS and not is_complete(paragraph)


def continues(previous: str, following: str, *, length: int | None = None) -> bool:
    """True when ``following`` is the rest of ``previous``, cut off by the page layout.

    ``previous`` is the paragraph so far, or its last line when ``length``
    gives the whole paragraph's length. It continues when it ends with
    a comma, enumeration comma or opening bracket, or when ``following``
    starts with punctuation no sentence starts with. Otherwise a long
    paragraph lacking final punctuation continues into a following line that
    is body text too (ends a sentence or is long); a following short line
    without final punctuation is a headline and stays apart. Bullets, boxes
    (bylines) and enumerators always start a paragraph of their own.
    """
    if _NEW_ITEM_START.match(following):
        return False
    if _OPEN_END.search(previous) or _CLOSING_START.match(following):
        return True
    if is_complete(previous) or (len(previous) if length is None else length) < BODY_MIN_CHARS:
        return False
    return is_complete(following) or len(following) >= BODY_MIN_CHARS


@dataclass(frozen=True)
class NormalText:
    """Normalised text plus the way back to the original offsets.

    The mapping is piecewise linear: segment ``k`` starts at ``text`` offset
    ``starts[k]`` and at original offset ``origins[k]``; inside it offsets
    advance together, up to ``limits[k]`` in the original (a paragraph break
    stands for the whole gap it replaced).
    """

    text: str
    original: str = field(repr=False)
    starts: list[int] = field(repr=False)
    origins: list[int] = field(repr=False)
    limits: list[int] = field(repr=False)

    def to_original(self, index: int) -> int:
        """The original offset of normalised offset ``index`` (0 <= index <= len(text))."""
        if not self.starts:
            return 0
        if index >= len(self.text):
            return self.limits[-1]
        k = bisect_right(self.starts, index) - 1
        return min(self.origins[k] + index - self.starts[k], self.limits[k])

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The original span holding normalised ``text[start:end]``."""
        if end <= start:
            at = self.to_original(start)
            return at, at
        return self.to_original(start), self.to_original(end - 1) + 1

    def original_text(self, start: int, end: int) -> str:
        """The original text behind normalised ``text[start:end]``."""
        begin, finish = self.original_span(start, end)
        return self.original[begin:finish]


class _Builder:
    """Collects the normalised pieces and their segments, in order."""

    def __init__(self) -> None:
        self.pieces: list[str] = []
        self.starts: list[int] = []
        self.origins: list[int] = []
        self.limits: list[int] = []
        self.length = 0

    def add(self, piece: str, origin: int, limit: int) -> None:
        self.pieces.append(piece)
        self.starts.append(self.length)
        self.origins.append(origin)
        self.limits.append(limit)
        self.length += len(piece)

    def add_line(self, folded: str, start: int, end: int) -> None:
        """A line of ``folded`` text (same offsets as the original), zero-width characters dropped."""
        for match in _ZERO_WIDTH.finditer(folded, start, end):
            if match.start() > start:
                self.add(folded[start : match.start()], start, match.start())
            start = match.end()
        if end > start:
            self.add(folded[start:end], start, end)


def _paragraph_lines(folded: str) -> list[tuple[int, int]]:
    """Spans of the non-blank lines, surrounding whitespace left out."""
    spans = []
    for match in _LINE.finditer(folded):
        line = match.group()
        stripped = line.strip()
        if stripped and not _ZERO_WIDTH.fullmatch(stripped):
            start = match.start() + len(line) - len(line.lstrip())
            spans.append((start, start + len(stripped)))
    return spans


def normalize(text: str) -> NormalText:
    """``text`` in canonical form (see the module docstring), mappable back to ``text``."""
    folded = text.translate(_WIDTH)  # one character for one: offsets unchanged
    lines = _paragraph_lines(folded)
    wrap = wrap_width([end - start for start, end in lines])
    builder = _Builder()
    last_line, paragraph_length = "", 0  # the paragraph being built, to judge continuations
    previous_end = 0
    for start, end in lines:
        line = _ZERO_WIDTH.sub("", folded[start:end])
        if not last_line:
            paragraph_length = len(line)
        elif continues(last_line, line, length=paragraph_length) or _wrapped(folded[previous_end:start], last_line, line, wrap):
            if _ASCII_WORD_CHAR.match(last_line[-1]) and _ASCII_WORD_CHAR.match(line[0]):
                builder.add(" ", previous_end, start)
            paragraph_length += len(line)
        else:
            builder.add(PARAGRAPH_BREAK, previous_end, start)
            paragraph_length = len(line)
        last_line = line
        builder.add_line(folded, start, end)
        previous_end = end
    return NormalText(
        text="".join(builder.pieces),
        original=text,
        starts=builder.starts,
        origins=builder.origins,
        limits=builder.limits,
    )


def wrap_width(lengths: list[int]) -> int:
    """The width a layout wrapped its lines at: the length that nine lines in ten do not exceed."""
    ordered = sorted(lengths)
    return ordered[(len(ordered) - 1) * 9 // 10] if ordered else 0


def _wrapped(gap: str, previous: str, following: str, wrap: int) -> bool:
    """True when a single line break ends a full, unfinished line: text wrapped at the column edge (PDF)."""
    single_break = gap.count("\n") + gap.count("\r") - gap.count("\r\n") == 1
    full = wrap >= MIN_WRAP_CHARS and len(previous) >= WRAP_FULL_SHARE * wrap
    return single_break and full and not is_complete(previous) and not _NEW_ITEM_START.match(following)
