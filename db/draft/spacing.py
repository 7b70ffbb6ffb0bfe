"""The article read with one space between words, and a draft's spans taken back to its text.

Text copied from a page keeps the runs of spaces and the tabs the page set between words
("the presidents of member states  Peru,  Chile"), where the drafter's patterns, like the
news they read, have one space. So the drafter reads a copy with each run as one space, and
every span it drafts is then taken back to the article's own characters: evidence stays the
article's exact words, runs of spaces included.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import fields, is_dataclass, replace
from typing import TypeVar

from db.draft.model import Draft, Person
from db.draft.text import Span

_SPACES = re.compile(r"[ \t]{2,}|\t")

T = TypeVar("T")


class SingleSpaced:
    """An article with each run of spaces and tabs inside a line as one space."""

    def __init__(self, article: str) -> None:
        self.article = article
        pieces: list[str] = []
        self._origins: list[int] = []  # the article's offset of each character of the copy
        start = 0
        for run in _SPACES.finditer(article):
            pieces.append(article[start : run.start()])
            self._origins.extend(range(start, run.start()))
            pieces.append(" ")
            self._origins.append(run.start())
            start = run.end()
        pieces.append(article[start:])
        self._origins.extend(range(start, len(article)))
        self.text = "".join(pieces)

    @property
    def changed(self) -> bool:
        return len(self.text) != len(self.article) or "\t" in self.article

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
