"""The one table of countries: ISO code, English name, other names and adjectives.

The map finds a country's outline by any of its names, search matches a member by them, and
the drafter recognises a country in a text by them, so all three agree that "Türkiye",
"Viet Nam", "UK" and "Burma" name the countries they do. The table is
resources/places/countries.json, written by resources/places/build.py.
"""

from __future__ import annotations

import json
import re
import unicodedata
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

    @property
    def spellings(self) -> tuple[str, ...]:
        """Its names and the other ways news writes them, which search matches as the drafter
        reads them."""
        return (
            *self.names,
            *(spelling for name in self.names for spelling in news_spellings(name)),
        )


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


def news_spellings(form: str) -> list[str]:
    """Other ways news writes a name: "Congo, Democratic Republic of the" turned round,
    without its "the", with a curly apostrophe or none ("Cote d Ivoire"), without accents
    ("Cote d'Ivoire"), with a space for its hyphen ("Guinea Bissau"), a hyphen for its space
    ("Sierra-Leone"), a hyphen for the "and" of a name of two words ("Trinidad-Tobago"),
    "Saint" shortened as a Caribbean paper may write it ("St Lucia", "St. Lucia", "St.Lucia",
    "St-Lucia"), "and" written "&" ("Antigua & Barbuda"), or "Republic of X" as "X Republic"."""
    saint = form.startswith("Saint ")
    republic = form.startswith("Republic of ")
    joined = " and " in form
    two_words = re.fullmatch(_TWO_WORDS, form) is not None
    if (
        form.isascii()
        and not set(form) & set(",'-")
        and " of the " not in form
        and not (saint or republic or joined or two_words)
    ):
        return []  # nothing to turn round, drop or replace: most names
    head, comma, tail = form.partition(", ")
    turned = f"{tail} {head}" if comma and tail.split()[-1:] in (["of"], ["the"]) else form
    variants = {turned, turned.replace(" of the ", " of "), turned.replace("-", " ")}
    variants.add(turned.replace("'", " "))  # "Cote d Ivoire": the apostrophe lost
    if two_words:  # "Sierra-Leone", "Burkina-Faso"
        variants.add(turned.replace(" ", "-"))
    if republic:  # "Benin Republic", "Congo Republic", as West African papers write them
        variants.add(f"{turned.removeprefix('Republic of ').removeprefix('the ')} Republic")
    if joined:
        variants |= {variant.replace(" and ", " & ") for variant in variants}
        if re.fullmatch(r"\S+ and \S+", turned):  # "Serbia-Montenegro", "Trinidad-Tobago"
            variants.add(turned.replace(" and ", "-"))
    if saint:
        variants |= {
            f"{short}{variant.removeprefix('Saint ')}"
            for short in ("St ", "St. ", "St.", "St-")
            for variant in variants
            if variant.startswith("Saint ")
        }
    variants |= {variant.replace("'", "’") for variant in variants}
    # "Côte d’ivoire": the word after an elided article, as some papers write it, in lower case
    variants |= {re.sub(_ELIDED_CAPITAL, _lowered, variant) for variant in variants}
    variants |= {without_accents(variant) for variant in variants}
    return sorted(variants - {form})


# Pattern strings, which re compiles at their first use: nothing to compile on the way to
# the window, which reads this table for the map and search.
_ELIDED_CAPITAL = r"(?<=\b[dl]['’])[A-Z]"
_TWO_WORDS = r"[A-Z][a-z]+[ ][A-Z][a-z]+"


def _lowered(capital: re.Match[str]) -> str:
    return capital.group(0).lower()


def without_accents(form: str) -> str:
    """The name as a page without accents prints it ("Cote d'Ivoire"), case and marks kept."""
    decomposed = unicodedata.normalize("NFKD", form)
    return "".join(char for char in decomposed if not unicodedata.combining(char))
