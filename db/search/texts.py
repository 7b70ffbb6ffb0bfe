"""What a fact is found by in a search of all sheets, and what a statement is sorted and searched
by: one definition for a sheet being written and for the rows of a sheet being upgraded, so an
upgraded sheet is found exactly as the same sheet written afresh."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from db.factfile.folding import fold, fold_lines
from db.factfile.shape import SECTIONS
from db.factfile.vocabulary import StatementKind, role_label, status_label
from db.search import statement_index

_NOT_WORDS = frozenset({"key", "entity"})
"""Fields that name a fact for linking, not words of it: a person's ``entity`` is stored only
as the key it folds to, so an upgraded sheet could not search by its words as written."""


def fact_search_text(section: str, values: Mapping[str, Any]) -> str:
    """The words of a fact of ``section`` given its ``values`` by field name, each reference
    already turned into the name it refers to: its text, those names and the labels of its
    codes. A statement is searched through its own row, so it has none here."""
    if section == "statements":
        return ""
    words: list[str] = []
    for name in SECTIONS[section].fields:
        value = values.get(name)
        if value is None or isinstance(value, bool) or name in _NOT_WORDS:
            continue
        if isinstance(value, list):
            words.extend(str(item) for item in value)
        else:
            words.append(str(value))
    if section == "memberships":
        words.append(status_label(str(values.get("status") or "")))
    if section == "attendees":
        words.append(role_label(str(values.get("role") or "")))
    return fold_lines(words)


def statement_search(
    *, speaker: str, spellings: Iterable[str], kind: str, texts: Iterable[str]
) -> dict[str, str]:
    """A statement's ``speaker_sort`` and ``search_text`` columns, which no fact file states."""
    return {
        "speaker_sort": fold(speaker),
        "search_text": statement_index.searchable_text(
            speaker=speaker, spellings=spellings, kind=StatementKind(kind), texts=texts
        ),
    }
