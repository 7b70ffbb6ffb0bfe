"""Evidence quotes as a fact file wants them: the article's exact words, found once.

A quote that occurs more than once is written ``{ quote = …, occurrence = N }``, so seeding
anchors it where the draft found it.
"""

from __future__ import annotations

from db.draft.text import Span
from db.factfile.anchoring import QuoteFinder

Evidence = str | dict[str, str | int]


def evidence(finder: QuoteFinder, span: Span) -> Evidence:
    """The words of ``span`` as an evidence item, with its occurrence when they recur."""
    quote = finder.text[span.start : span.end]
    found = finder.occurrences(quote)
    if len(found) == 1:
        return quote
    return {"quote": quote, "occurrence": found.index(span.start) + 1}
