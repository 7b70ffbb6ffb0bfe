"""The quote finder of long articles finds exactly what a scan of the whole text finds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from db.factfile.anchoring import QuoteFinder, occurrences


class IndexedAtAnySize(QuoteFinder):
    INDEXED_FROM = 0


TEXTS = st.text(alphabet="ab c.", min_size=0, max_size=400)


@settings(max_examples=300, deadline=None)
@given(text=TEXTS, start=st.integers(0, 400), length=st.integers(1, 60), other=TEXTS)
def test_every_occurrence_is_found_as_a_scan_finds_it(
    text: str, start: int, length: int, other: str
) -> None:
    finder = IndexedAtAnySize(text)
    for quote in (text[start : start + length], other[:length]):
        if quote:
            assert finder.occurrences(quote) == occurrences(text, quote)
