"""The article as paragraphs and sentences, each a span of character offsets into its text.

Offsets, not copies, are passed around, so that every piece of evidence a draft writes is the
article's own characters.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property

from db.draft.lazy_regex import lazy_compile

# Capital letters of the Latin script, accented ones included (Þ, Ø, Ś…), as ranges for a
# character class: names in English news are written in it, and Python's re has no class for
# "an upper-case letter". Latin Extended-A and -B and Latin Extended Additional interleave
# capitals with small letters (Ā ā Ă ă …), so their ranges hold both: listing their 346
# capitals one by one made the class so long that parsing it in the drafter's ninety patterns
# was a quarter of a draft's time, and a word of English news that starts with a small ā or ş
# is no name either way.
UPPER = "A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ"
_PARAGRAPH_BREAK = lazy_compile(r"\n[ \t\r\f\v]*\n\s*")
# … or no space where a copy lost it ("opened today.The leaders"): a lower-case word, then a name
_SENTENCE_END = lazy_compile(r"[.!?][”\"’)]*\s+|(?<=[a-z]{2})[.!?][”\"’)]*(?=[A-Z][a-z])")
# a line that opens on a label, as a box of facts sets them one under another ("…at a
# glance\nFounded: 1991\nMembers: A, B\nObservers: C"): the line break before it ends a sentence
# … its label in capitals too, after a bullet or before a count: "* Members: A",
# "OBSERVERS: B", "Members (3): A"
LABELLED_LINE = (
    r"(?:[*•·][ ])?(?:[A-Z][a-z]+(?:[ ][a-z]+){0,2}|[A-Z]{3,}(?:[ ][A-Z]{2,}){0,2})"
    r"(?:[ ]\(\d+\))?:[ ]\S"
)
_LABEL_LINE = lazy_compile(rf"\n(?={LABELLED_LINE})")
_INITIALS = lazy_compile(r"(?:\b[A-Z]\.)+$")
# … military ranks among them, as communiqués title officers: "Maj. Gen. X", "Brig. Y"
_ABBREVIATION_WORDS = (
    "Mr Mrs Ms Miss Dr St Gen Sen Rep Gov Lt Col Sgt Capt Jr Sr Sra Srta Prof Hon Rt Amb No Inc Corp Ltd Co vs etc "
    "Maj Brig Adm Cmdr Cdr "
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec"
)
_ABBREVIATIONS = frozenset(_ABBREVIATION_WORDS.split())


@dataclass(frozen=True)
class Span:
    start: int
    end: int

    def __contains__(self, offset: int) -> bool:
        return self.start <= offset < self.end


class Text:
    """An article's text with its paragraphs (blocks between blank lines) and sentences."""

    def __init__(self, text: str) -> None:
        self.text = text

    def __getitem__(self, span: Span) -> str:
        return self.text[span.start : span.end]

    @cached_property
    def paragraphs(self) -> list[Span]:
        spans = []
        start = len(self.text) - len(self.text.lstrip())
        for match in _PARAGRAPH_BREAK.finditer(self.text):
            if match.start() > start:
                spans.append(Span(start, _rstrip(self.text, start, match.start())))
            start = match.end()
        end = _rstrip(self.text, start, len(self.text))
        if end > start:
            spans.append(Span(start, end))
        return spans

    @cached_property
    def sentences(self) -> list[Span]:
        spans = []
        for paragraph in self.paragraphs:
            start = paragraph.start
            ends = [
                *(match.end() for match in self._sentence_ends(paragraph)),
                *(
                    match.end()
                    for match in _LABEL_LINE.finditer(self.text, paragraph.start, paragraph.end)
                ),
            ]
            for end in sorted(set(ends)):
                if end > start:
                    spans.append(Span(start, _rstrip(self.text, start, end)))
                    start = end
            if start < paragraph.end:
                spans.append(Span(start, paragraph.end))
        return spans

    def _sentence_ends(self, paragraph: Span) -> Iterator[re.Match[str]]:
        """The ends of the paragraph's sentences that a full stop or its like marks."""
        for match in _SENTENCE_END.finditer(self.text, paragraph.start, paragraph.end):
            if self._ends_sentence(match):
                yield match

    def _ends_sentence(self, match: re.Match[str]) -> bool:
        """A full stop after an abbreviation (U.N., Mr.) does not end the sentence; one before
        a quote opening with two apostrophes for a double mark ("… August.\n''Twelve …") does."""
        following = self.text[match.end() : match.end() + 1]
        if not following or not (
            following.isupper() or following in '“"‘„«' or self.text.startswith("''", match.end())
        ):
            return False
        if self.text[match.start()] != ".":
            return True
        before = self.text[max(0, match.start() - 12) : match.start() + 1]
        word = before.split()[-1] if before.split() else ""
        # the last of abbreviations run together: "The Rt.Hon. X", "Maj-Gen. X"
        last = re.split(r"[.-]", word.rstrip("."))[-1]
        return not (_INITIALS.search(word) or last in _ABBREVIATIONS)

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [span.start for span in self.sentences]

    def sentence_at(self, offset: int) -> Span:
        index = max(0, bisect.bisect_right(self._sentence_starts, offset) - 1)
        return self.sentences[index]

    def sentence_index(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self._sentence_starts, offset) - 1)

    @cached_property
    def _paragraph_starts(self) -> list[int]:
        return [span.start for span in self.paragraphs]

    def paragraph_at(self, offset: int) -> Span:
        return self.paragraphs[self.paragraph_index(offset)]

    def paragraph_index(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self._paragraph_starts, offset) - 1)


# a word in capitals beside another: "… MEETING OF THE CONFERENCE …", a heading set in capitals
_CAPITALS_BEFORE = lazy_compile(r"(?<![\w’'-])[A-Z]{2,}[ ]$")
_CAPITALS_AFTER = lazy_compile(r"[ ][A-Z]{2,}(?![\w’'-])")


def set_in_capitals(text: str, start: int, end: int) -> bool:
    """Whether the word in capitals at ``start``–``end`` stands beside another word in
    capitals: a heading set in capitals ("MEETING OF THE CONFERENCE OF …", "OPENING SESSION")
    is words, not a body's initials, however often its "the" or "of" stands before "summit",
    nor whose a title after it is."""
    return bool(
        _CAPITALS_BEFORE.search(text, max(0, start - 20), start) or _CAPITALS_AFTER.match(text, end)
    )


def _rstrip(text: str, start: int, end: int) -> int:
    """``end`` moved back over trailing white space, never before ``start``."""
    while end > start and text[end - 1].isspace():
        end -= 1
    return end
