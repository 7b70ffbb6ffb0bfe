"""Cities by name: the list of cities of 15,000 people or more that the map marks a host city
from (resources/places/cities.tsv), so the drafter knows "Lima" or "LIMA" names a city
in Peru and "Monday" names none."""

from __future__ import annotations

import unicodedata
from functools import cache
from typing import NamedTuple

from resources import read_text

CITIES_FILE = "places/cities.tsv"


class City(NamedTuple):
    name: str
    code: str
    """The ISO 3166-1 alpha-2 code of its country."""


@cache
def _cities() -> dict[str, City]:
    """Each folded name's most populous city (the file lists the most populous first)."""
    found: dict[str, City] = {}
    lines = read_text(CITIES_FILE)
    for line in lines.splitlines():
        name, code, _rest = line.split("\t", 2)
        found.setdefault(_key(name), City(name, code))
    return found


def _key(name: str) -> str:
    """The name without case or accents (a third as costly as a full fold, for 33,000 names)."""
    if name.isascii():
        return name.casefold()
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().casefold()


def city_named(words: str) -> City | None:
    """The most populous city of that name, ignoring case and accents ("BELEM" is Belém)."""
    return _cities().get(_key(words))
