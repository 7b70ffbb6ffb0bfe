"""Evidence quotes as a fact file wants them: the article's exact words, found once.

A quote that occurs more than once is written ``{ quote = …, occurrence = N }``, so seeding
anchors it where the draft found it.
"""

from __future__ import annotations

from db.draft.text import Span
from db.factfile.anchoring import occurrences

Evidence = str | dict[str, str | int]


def evidence(text: str, span: Span) -> Evidence:
    """The words of ``span`` as an evidence item, with its occurrence when they recur."""
    quote = text[span.start : span.end]
    found = occurrences(text, quote)
    if len(found) == 1:
        return quote
    return {"quote": quote, "occurrence": found.index(span.start) + 1}
