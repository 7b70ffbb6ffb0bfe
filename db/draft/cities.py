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
def _cities() -> dict[str, list[City]]:
    """Each folded name's cities, most populous first (as the file lists them)."""
    found: dict[str, list[City]] = {}
    lines = read_text(CITIES_FILE)
    for line in lines.splitlines():
        name, code, _rest = line.split("\t", 2)
        found.setdefault(folded(name), []).append(City(name, code))
    return found


def folded(name: str) -> str:
    """The name without case, accents or apostrophes, which the list writes curled ("Xi’an",
    "Nuku‘alofa") and a dateline straight ("XI'AN"), and with "St." written out as "Saint"; a
    third as costly as a full fold, for 33,000 names."""
    if name.isascii():
        plain = name.casefold().replace("'", "") if "'" in name else name.casefold()
    else:
        plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().casefold()
    return _saint(plain) if plain.startswith("st") else plain


def _saint(name: str) -> str:
    """ "st. petersburg" and "st petersburg" → "saint petersburg", as the list has both: one
    spelling finds the most populous city of either."""
    for short in ("st. ", "st "):
        if name.startswith(short):
            return "saint " + name[len(short) :]
    return name


def city_named(words: str) -> City | None:
    """The most populous city of that name, ignoring case and accents ("BELEM" is Belém)."""
    cities = _cities().get(folded(words))
    return cities[0] if cities else None


def city_in(words: str, code: str) -> City | None:
    """The city of that name in the country of ISO code ``code`` ("Huntsville" in Canada, not
    the more populous one in the US)."""
    return next((city for city in _cities().get(folded(words), ()) if city.code == code), None)
