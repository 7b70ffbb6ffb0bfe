"""Folding text for search: the same words whichever way a text is spelled or quoted."""

from __future__ import annotations

import string

from hypothesis import given
from hypothesis import strategies as st

from db.factfile.folding import fold, fold_lines
from tests.plain_text import plain

QUOTED = st.text(alphabet=string.printable + "“”", max_size=60)
"""Plain text with the curly quotes wire copy puts around what someone said."""


@given(QUOTED)
def test_text_with_curly_quotes_folds_as_a_person_compares_it(text: str) -> None:
    assert fold(text) == plain(text)


@given(QUOTED, st.sampled_from(["é", "Ø", "\u200b", "ß"]))
def test_a_quoted_text_folds_the_same_with_an_accented_letter_added(text: str, letter: str) -> None:
    """Quotes alone take a quicker way than accents; both ways fold quotes alike."""
    assert fold(text + letter) == fold(text) + fold(letter)


def test_single_quotes_and_dashes_fold_to_the_ones_on_a_keyboard() -> None:
    assert fold("‘Yes’ – she said — “NO”") == "'yes' - she said - \"no\""
    assert fold("‘Café’ – “Øresund”") == "'cafe' - \"oresund\""


def test_a_typeset_hyphen_in_a_name_folds_to_the_one_on_a_keyboard() -> None:
    assert fold("Frank\u2010Walter Steinmeier") == "frank-walter steinmeier"
    assert fold("Jean\u2011Marc Ayrault") == fold("Jean-Marc Ayrault") == "jean-marc ayrault"


@given(st.lists(st.text(), max_size=6))
def test_a_text_folded_line_by_line_reads_as_the_whole_text_folded(parts: list[str]) -> None:
    """Search text is folded a part at a time (a name met in many facts, once); a search must
    find in it whatever it finds in the same text folded whole, accents, quotes and all."""
    assert fold_lines(parts) == fold("\n".join(part for part in parts if part))
