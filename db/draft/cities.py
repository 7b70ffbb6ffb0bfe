"""Cities by name: the list of cities of 15,000 people or more that the map marks a host city
from (resources/places/cities.tsv), so the drafter knows "Lima" or "LIMA" names a city
in Peru and "Monday" names none."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import cache
from typing import NamedTuple

from db.draft.lazy_regex import lazy_compile
from resources import read_text

CITIES_FILE = "places/cities.tsv"
_SAINT = lazy_compile(r"^st\.? ", re.MULTILINE)


class City(NamedTuple):
    name: str
    code: str
    """The ISO 3166-1 alpha-2 code of its country."""


class _Cities:
    """The list folded in one pass and searched as one text: folding its 33,000 names one by
    one into a dictionary took 55 ms of each draft, which looks up a few dozen."""

    def __init__(self, listing: str) -> None:
        self._lines = listing.splitlines()
        self._folded = "\n" + folded(listing)

    def named(self, words: str) -> Iterator[City]:
        """The cities so named, most populous first (as the file lists them); else those so
        named but for a hyphen written for a space, as papers join a name's words ("Nay
        Pyi-Taw" of "Nay Pyi Taw"), which is no match where a city has the name as written."""
        name = folded(words)
        if "\n" in name or "\t" in name:  # no city's name holds them
            return
        found = self._found(name)
        first = next(found, None)
        if first is None and "-" in name:
            yield from self._found(name.replace("-", " "))
        elif first is not None:
            yield first
            yield from found

    def _found(self, name: str) -> Iterator[City]:
        key = f"\n{name}\t"
        start = self._folded.find(key)
        while start != -1:
            line = self._lines[self._folded.count("\n", 0, start)]
            yield City(*line.split("\t", 2)[:2])
            start = self._folded.find(key, start + 1)


@cache
def _cities() -> _Cities:
    return _Cities(read_text(CITIES_FILE))


def folded(name: str) -> str:
    """The name without case, accents or apostrophes, which the list writes curled ("Xi’an",
    "Nuku‘alofa") and a dateline straight ("XI'AN"), and with "St." written out as "Saint"
    ("st. petersburg" and "st petersburg" are both "saint petersburg", as the list has both:
    one spelling finds the most populous city of either)."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().casefold()
    return _SAINT.sub("saint ", plain.replace("'", ""))


def city_named(words: str) -> City | None:
    """The most populous city of that name, ignoring case and accents ("BELEM" is Belém)."""
    return next(_cities().named(words), None)


def city_in(words: str, code: str) -> City | None:
    """The city of that name in the country of ISO code ``code`` ("Huntsville" in Canada, not
    the more populous one in the US)."""
    return next((city for city in _cities().named(words) if city.code == code), None)
