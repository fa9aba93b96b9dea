"""Long articles go to the model in pieces cut at sentence ends, each repeating the previous one's last sentences.

The overlap keeps a fact whose sentences straddle a cut whole in at least one
piece; facts found twice merge, as every fact of the graph does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

CHUNK_CHARS = 3000  # about 2,000 tokens of Chinese: room for the answer in any model's context
OVERLAP_CHARS = 300
# Sentence ends of the normalised text (full-width !?; are folded to ASCII there).
_SENTENCE = re.compile(r"[^。!?;\n]*(?:[。!?;\n]+|$)")


@dataclass(frozen=True)
class Chunk:
    """A piece of an article's text and where it starts in it."""

    start: int
    text: str

    @property
    def end(self) -> int:
        return self.start + len(self.text)


def sentence_spans(text: str, limit: int = CHUNK_CHARS) -> list[tuple[int, int]]:
    """(start, end) of each sentence; a sentence longer than ``limit`` is cut into pieces of ``limit``."""
    spans = []
    for match in _SENTENCE.finditer(text):
        for start in range(match.start(), match.end(), limit):
            spans.append((start, min(start + limit, match.end())))
    return spans


def chunks(text: str, size: int = CHUNK_CHARS, overlap: int = OVERLAP_CHARS) -> list[Chunk]:
    """``text`` in pieces of at most ``size`` characters, cut at sentence ends, overlapping by up to ``overlap``."""
    if len(text) <= size:
        return [Chunk(0, text)]
    sentences = sentence_spans(text, size)
    found: list[Chunk] = []
    first = 0
    while first < len(sentences):
        last = first
        while last + 1 < len(sentences) and sentences[last + 1][1] - sentences[first][0] <= size:
            last += 1
        start, end = sentences[first][0], sentences[last][1]
        found.append(Chunk(start, text[start:end]))
        if last + 1 == len(sentences):
            break
        # the next piece opens with the last sentences of this one that fit in the overlap
        # and still leave room for the first new sentence
        following, new_end = last + 1, sentences[last + 1][1]
        while (following - 1 > first and end - sentences[following - 1][0] <= overlap
               and new_end - sentences[following - 1][0] <= size):
            following -= 1
        first = following
    return found
