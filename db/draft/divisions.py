"""The first-level divisions of countries by name: states, provinces, regions and the
constituent countries of the United Kingdom (resources/places/divisions.tsv), with the
abbreviations news writes for US states and Canadian provinces, so the drafter knows
"TORONTO, Ontario", "SEA ISLAND, Ga." and "Huntsville, Ont" name a city and its country."""

from __future__ import annotations

from functools import cache

from db.draft.cities import folded
from resources import read_text

DIVISIONS_FILE = "places/divisions.tsv"


@cache
def _divisions() -> dict[str, frozenset[str]]:
    """The country codes of each folded name."""
    found: dict[str, set[str]] = {}
    for line in read_text(DIVISIONS_FILE).splitlines():
        name, code = line.split("\t")
        found.setdefault(_key(name), set()).add(code)
    return {name: frozenset(codes) for name, codes in found.items()}


def _key(words: str) -> str:
    """The words folded, without a last full stop: an abbreviation's, which some papers leave
    out ("Ont"), or the sentence's ("in Paris, Texas.")."""
    return folded(words.removesuffix("."))


def division_countries(words: str) -> frozenset[str]:
    """The ISO codes of the countries with a first-level division of that name (two for
    "Punjab"), ignoring case and accents; none for words that name no division."""
    return _divisions().get(_key(words), frozenset())
