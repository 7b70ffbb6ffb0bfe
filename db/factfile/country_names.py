"""The one table of countries: ISO code, English name, other names and adjectives.

The map finds a country's outline by any of its names, search matches a member by them, and
the drafter recognises a country in a text by them, so all three agree that "Türkiye",
"Viet Nam", "UK" and "Burma" name the countries they do. The table is
resources/places/countries.json, written by resources/places/build.py.
"""

from __future__ import annotations

import json
from functools import cache
from typing import NamedTuple

from db.factfile.folding import fold
from resources import read_text

TABLE_FILE = "places/countries.json"


class CountryNames(NamedTuple):
    code: str
    """ISO 3166-1 alpha-2 in capitals; "" for the few places without one."""
    alpha3: str
    name: str
    """Its common English name."""
    population: int
    """Which country a name that two places share stands for: the more populous one."""
    other_names: tuple[str, ...]
    """Official and ISO names, spellings, dotted abbreviations ("U.K.")."""
    adjectives: tuple[str, ...]
    """Demonyms and adjectives ("British", "Icelandic")."""

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.other_names)


@cache
def country_table() -> tuple[CountryNames, ...]:
    return tuple(
        CountryNames(
            entry["code"],
            entry["alpha3"],
            entry["name"],
            entry["population"],
            tuple(entry["names"]),
            tuple(entry["adjectives"]),
        )
        for entry in json.loads(read_text(TABLE_FILE))
    )


@cache
def _by_name() -> dict[str, CountryNames]:
    found: dict[str, CountryNames] = {}
    for country in sorted(country_table(), key=lambda country: country.population):
        for name in country.names:
            found[fold(name)] = country  # the more populous country keeps a shared name
    return found


@cache
def _by_code() -> dict[str, CountryNames]:
    return {country.code: country for country in country_table() if country.code}


def country_named(name: str) -> CountryNames | None:
    """The country ``name`` names, ignoring case, accents and spaces around it."""
    return _by_name().get(fold(name.strip()))


def country_with_code(code: str) -> CountryNames | None:
    """The country of an ISO 3166-1 alpha-2 code, in either case."""
    return _by_code().get(code.strip().upper())
