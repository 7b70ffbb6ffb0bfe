"""The article read with plain spaces and hyphens, and a draft's spans taken back to its text.

Text copied from a page keeps what the page set between words: runs of spaces and tabs ("the
presidents of member states  Peru,  Chile"), no-break spaces, no-break hyphens inside names
("Jean\u2011Marc"), and soft hyphens and zero-width spaces that show nothing. The drafter's
patterns, like the news they read, have one plain space and a plain hyphen, and know a title
spelt out ("Governor X") where American papers abbreviate it ("Gov. X"). So the drafter reads
a copy written that way, and every span it drafts is then taken back to the article's own
characters: evidence stays the article's exact words.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import fields, is_dataclass, replace
from typing import TypeVar

from db.draft.lazy_regex import lazy_compile
from db.draft.model import Draft, Person
from db.draft.text import Span

# A line of running text broken before its sentence ends, the next line going on with it; an
# article is hard-wrapped when it has a few of them.
_WRAPPED_LINE = lazy_compile(r"(?m)^[^\n]{50,100}[\w,]\n(?=[^\W\d_])")
_WRAPS_OF_A_WRAPPED_TEXT = 5
# what a page sets between words, read as a space; inside names, as a hyphen; or as nothing
# … and a title before a name abbreviated as American papers write it ("Gov. X", "Lt. Gov. Y",
# "Sen. Z"), which the drafter's titles know only spelt out
_ABBREVIATED_TITLES = {"Gov.": "Governor", "Lt. Gov.": "Lieutenant Governor", "Sen.": "Senator"}
_UNPLAIN = lazy_compile(
    r"(?P<space>[ \t\u00a0\u2007\u202f]{2,}|[\t\u00a0\u2007\u202f])"
    r"|(?P<hyphen>[\u2010\u2011])"
    r"|\b(?P<title>Lt\.[ ]Gov\.|Gov\.|Sen\.)(?=[ ][A-Z])"
    r"|[\u00ad\u200b\ufeff]"
)

T = TypeVar("T")


class PlainCopy:
    """An article with one plain space between words and plain hyphens, and the way back."""

    def __init__(self, article: str) -> None:
        self.article = article
        unwrapped = _unwrapped(article)
        pieces: list[str] = []
        self._origins: list[int] = []  # the article's offset of each character of the copy
        start = 0
        for unplain in _UNPLAIN.finditer(unwrapped):
            pieces.append(unwrapped[start : unplain.start()])
            self._origins.extend(range(start, unplain.start()))
            plain = _plain(unplain)
            pieces.append(plain)
            # each character of the copy's words from one of the article's: "Governor" from
            # "Gov." letter by letter, then its stop
            last = unplain.end() - 1
            self._origins.extend(min(unplain.start() + at, last) for at in range(len(plain)))
            start = unplain.end()
        self.changed = start > 0 or unwrapped != article
        pieces.append(unwrapped[start:])
        self._origins.extend(range(start, len(article)))
        self.text = "".join(pieces)

    def in_article(self, span: Span) -> Span:
        """The article's span for a span of the copy: from its first character to its last."""
        if span.end <= span.start:
            at = self._origin(span.start)
            return Span(at, at)
        return Span(self._origin(span.start), self._origins[span.end - 1] + 1)

    def _origin(self, offset: int) -> int:
        return self._origins[offset] if offset < len(self._origins) else len(self.article)

    def draft_in_article(self, draft: Draft) -> Draft:
        """The draft with every span taken back to the article; people are changed in place,
        since attendees, absences and statements share them."""
        for person in draft.people:
            person.introduced = self.in_article(person.introduced)
        return _with_spans(draft, self.in_article)


def _plain(unplain: re.Match[str]) -> str:
    if unplain["space"]:
        return " "
    if unplain["hyphen"]:
        return "-"
    if unplain["title"]:
        return _ABBREVIATED_TITLES[unplain["title"]]
    return ""


def _unwrapped(article: str) -> str:
    """The article with the line breaks of a hard-wrapped text made spaces, so that a name or
    a country the wrapping split ("Uzbek President Islam⏎Karimov", "Trinidad and⏎Tobago") is
    read whole; a line that ends a sentence, or a short one (a headline, a byline, a caption),
    keeps its break."""
    wraps = [found.end() - 1 for found in _WRAPPED_LINE.finditer(article)]
    if len(wraps) < _WRAPS_OF_A_WRAPPED_TEXT:
        return article
    characters = list(article)
    for offset in wraps:
        characters[offset] = " "
    return "".join(characters)


def _with_spans(value: T, change: Callable[[Span], Span]) -> T:
    """``value`` with ``change`` applied to each span in it, through dataclasses, lists and
    tuples; a person is left as it is (its span is changed once, where it is kept)."""
    if isinstance(value, Span):
        return change(value)  # type: ignore[return-value]
    if isinstance(value, Person):
        return value
    if isinstance(value, list):
        return [_with_spans(item, change) for item in value]  # type: ignore[return-value]
    if isinstance(value, tuple):
        return tuple(_with_spans(item, change) for item in value)  # type: ignore[return-value]
    if is_dataclass(value) and not isinstance(value, type):
        changes = {
            each.name: _with_spans(getattr(value, each.name), change) for each in fields(value)
        }
        return replace(value, **changes)
    return value
