"""Anchor a verbatim quote in the article, W3C Web Annotation style.

A quote is stored with ~32 characters of context either side and its offsets, so a reader can
find it again even by eye, and a position is trusted only while the text there equals the quote.
"""

from __future__ import annotations

import bisect
import re

from db.rows import Evidence

CONTEXT_CHARS = 32
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


class QuoteNotFound(ValueError):
    pass


class QuoteAmbiguous(ValueError):
    def __init__(self, count: int) -> None:
        super().__init__(f"occurs {count} times")
        self.count = count


def paragraph_starts(text: str) -> list[int]:
    """Offsets where each paragraph (a block between blank lines) begins; ¶ 1 is the first."""
    starts = [0]
    starts.extend(match.end() for match in _PARAGRAPH_BREAK.finditer(text))
    return starts


def paragraph_of(starts: list[int], offset: int) -> int:
    return bisect.bisect_right(starts, offset)


def occurrences(text: str, quote: str) -> list[int]:
    found = []
    position = text.find(quote)
    while position != -1:
        found.append(position)
        position = text.find(quote, position + 1)
    return found


class QuoteFinder:
    """Every occurrence of each of many quotes in one text, in time that grows with the text
    and the quotes rather than with their product.

    Scanning the whole text for each quote is what proving a quote unique takes, and a long
    article has thousands of quotes. Instead, the text's ``GRAM``-character pieces at every
    ``STEP``-th offset are indexed once: an occurrence of a quote of ``GRAM + STEP - 1``
    characters or more covers exactly one indexed offset, at most ``STEP - 1`` characters in,
    so looking up the quote's first ``STEP`` pieces finds every occurrence. Shorter quotes,
    and short texts, are searched for directly."""

    GRAM = 12
    STEP = 8
    INDEXED_FROM = 100_000
    """Texts shorter than this are searched directly: a scan costs less than the index."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._index: dict[str, list[int]] | None = None

    def occurrences(self, quote: str) -> list[int]:
        """Where ``quote`` begins in the text, in order."""
        if len(self.text) < self.INDEXED_FROM or len(quote) < self.GRAM + self.STEP - 1:
            return occurrences(self.text, quote)
        index = self._built()
        found = set()
        for shift in range(self.STEP):
            for indexed in index.get(quote[shift : shift + self.GRAM], ()):
                start = indexed - shift
                if start >= 0 and self.text.startswith(quote, start):
                    found.add(start)
        return sorted(found)

    def _built(self) -> dict[str, list[int]]:
        if self._index is None:
            self._index = {}
            text, gram = self.text, self.GRAM
            for offset in range(0, len(text) - gram + 1, self.STEP):
                self._index.setdefault(text[offset : offset + gram], []).append(offset)
        return self._index


def anchor_quote(
    text: str,
    quote: str,
    *,
    occurrence: int | None = None,
    starts: list[int] | None = None,
    finder: QuoteFinder | None = None,
) -> Evidence:
    """Locate ``quote`` in ``text``; ``occurrence`` (1-based) picks one of several matches.
    A ``finder`` of ``text`` finds the quotes of a long text sooner."""
    if not quote:
        raise QuoteNotFound("is empty")
    found = finder.occurrences(quote) if finder is not None else occurrences(text, quote)
    if not found:
        raise QuoteNotFound("is not in the article")
    if occurrence is None:
        if len(found) > 1:
            raise QuoteAmbiguous(len(found))
        occurrence = 1
    if not 1 <= occurrence <= len(found):
        raise QuoteNotFound(f"has no occurrence {occurrence} (it occurs {len(found)} times)")
    start = found[occurrence - 1]
    end = start + len(quote)
    return Evidence(
        exact=quote,
        prefix=text[max(0, start - CONTEXT_CHARS) : start],
        suffix=text[end : end + CONTEXT_CHARS],
        start=start,
        end=end,
        paragraph=paragraph_of(starts if starts is not None else paragraph_starts(text), start),
    )


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|(?<=[.!?][”\"])\s+|\n\s*\n")


def sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The whole sentence (or sentences) around ``text[start:end]``, for showing a quote in context."""
    sentence_start = 0
    for match in _SENTENCE_END.finditer(text, 0, start):
        sentence_start = match.end()
    following = _SENTENCE_END.search(text, end)
    sentence_end = following.start() if following else len(text)
    return sentence_start, max(sentence_end, end)
