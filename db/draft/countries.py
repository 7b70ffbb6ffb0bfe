"""Countries named in a text, by name, alternative spelling, demonym or possessive.

The names, spellings, adjectives and ISO codes are those of the one country table
(db/factfile/country_names.py), which the map and search read too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, cached_property
from itertools import groupby
from operator import itemgetter
from os.path import commonprefix

from db.draft.lazy_regex import lazy_compile
from db.draft.text import Span
from db.draft.titles import TITLE
from db.factfile.country_names import CountryNames, country_table, news_spellings, without_accents
from db.factfile.folding import slug


@dataclass(frozen=True)
class Country:
    key: str
    name: str
    code: str | None


@dataclass(frozen=True)
class CountryMention:
    span: Span
    country: Country
    adjective: bool  # a demonym, "Norwegian" rather than "Norway"
    possessive: bool  # "Norway's", "the Philippines'"
    name_end: int  # where the name ends, before a possessive's mark


_COMPASS_WORDS = ("North", "Northern", "South", "Southern", "East", "Eastern", "West", "Western")


class Gazetteer:
    """Every written form of every country, and one pattern that finds them in a text."""

    def __init__(
        self,
        forms: dict[str, tuple[Country, bool]],
        after_the: frozenset[str] = frozenset(),
        before_a_title: frozenset[str] = frozenset(),
    ) -> None:
        self.forms = forms
        alternatives = _longest_first(sorted(set(forms) - after_the))
        codes = "|".join(re.escape(code) for code in sorted(after_the))
        after = rf"|(?<=\b[Tt]he[ ])(?:{codes})" if codes else ""
        titled = "|".join(re.escape(code) for code in sorted(before_a_title))
        if titled:  # "US President X", "NZ Prime Minister Y"
            after += rf"|(?:{titled})(?=[ ][A-Z])(?=[ ](?i:{TITLE})\b)"
        # "Norway's", and a plural name's bare apostrophe: "the Philippines' president"
        possessive = r"['’]s\b|(?<=s)['’](?![\w'’])"
        # a place a compass word names apart from the country it ends with, not that country:
        # "Northern Ireland", "North Cyprus"; one the table knows is found whole ("South Sudan")
        compass = "".join(rf"(?<!{word}[ ])" for word in _COMPASS_WORDS)
        self.pattern = re.compile(
            rf"(?<![\w.]){compass}({alternatives}{after})(?![\w])({possessive})?"
        )

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[CountryMention]:
        found = []
        for match in self.pattern.finditer(text, start, len(text) if end is None else end):
            country, adjective = self.forms[match.group(1)]
            found.append(
                CountryMention(
                    span=Span(match.start(), match.end()),
                    country=country,
                    adjective=adjective,
                    possessive=match.group(2) is not None,
                    name_end=match.end(1),
                )
            )
        return found

    def country_named(self, words: str) -> Country | None:
        """The country ``words`` name exactly (a name or demonym), if any."""
        entry = self.forms.get(words)
        return entry[0] if entry else None

    def is_demonym(self, word: str) -> bool:
        """Whether ``word`` is a country's people's adjective ("Italian"), not its name."""
        entry = self.forms.get(word)
        return entry is not None and entry[1]

    @cached_property
    def names(self) -> tuple[str, ...]:
        """Every form that names a country, not its demonyms: where a misspelt name is sought."""
        return tuple(form for form, (_country, adjective) in self.forms.items() if not adjective)


@cache
def gazetteer() -> Gazetteer:
    """Built once per process from the country table."""
    claims: dict[str, list[tuple[int, Country, bool]]] = {}
    after_the: set[str] = set()
    initials_of: dict[str, set[str]] = {}  # which countries a code or initials could be
    plurals: dict[str, tuple[int, Country, bool]] = {}  # "the Marshalls"
    for entry in country_table():
        country = Country(key=slug(entry.name), name=entry.name, code=entry.code or None)
        for form, adjective in _written_forms(entry):
            claims.setdefault(form, []).append((entry.population, country, adjective))
            if form == entry.alpha3:  # "USA", "FSM": a code, read where a code is
                after_the.add(form)
                initials_of.setdefault(form, set()).add(country.key)
        if plural := _islands_in_the_plural(entry.name):
            plurals[plural] = (entry.population, country, False)
        initials = _initials(entry.name)
        initials_of.setdefault(initials, set()).add(country.key)
        if len(initials) >= 2 and initials in (entry.code, entry.alpha3):
            claims.setdefault(initials, []).append((entry.population, country, False))
            after_the.add(initials)
    plurals = {plural: claim for plural, claim in plurals.items() if plural not in claims}
    for plural, claim in plurals.items():  # not "Maldives", a name of its own
        claims[plural] = [claim]
    # A form several places claim ("Danish", "Norwegian") names the most populous of them,
    # save a union of two ("Serbia and Montenegro") a part of which claims it ("Serbian").
    return Gazetteer(
        {form: _claimant(claimed) for form, claimed in claims.items()},
        frozenset(after_the | plurals.keys()),
        frozenset(code for code in after_the if len(initials_of[code]) == 1),
    )


def _claimant(claimed: list[tuple[int, Country, bool]]) -> tuple[Country, bool]:
    """The place a form names of those that claim it, with whether it is their adjective."""

    def union_of_another(claim: tuple[int, Country, bool]) -> bool:
        parts = claim[1].name.split(" and ")
        return len(parts) == 2 and any(other[1].name in parts for other in claimed)

    _population, country, adjective = max(
        claimed, key=lambda claim: (not union_of_another(claim), claim[0])
    )
    return country, adjective


def _longest_first(forms: list[str]) -> str:
    """A pattern of the forms, in sorted order, that prefers the longest of those that match
    ("Guinea-Bissau", not "Guinea"), written as a tree of shared beginnings ("Nig(?:er(?:ia)?)"):
    a flat list of 1,700 alternatives had the engine try each in turn at every capital letter,
    a quarter of a draft's matching time."""
    ends_here = forms[0] == ""
    branches = []
    for _first, group in groupby(forms[ends_here:], key=itemgetter(0)):
        same_start = list(group)
        shared = commonprefix(same_start)
        rests = [form[len(shared) :] for form in same_start]
        branches.append(re.escape(shared) + (_longest_first(rests) if rests != [""] else ""))
    if len(branches) == 1 and not ends_here:
        return branches[0]
    # a longer form is tried first: "?" is greedy, so the shorter ends only if the rest fails
    return f"(?:{'|'.join(branches)})" + ("?" if ends_here else "")


_ISLANDS = lazy_compile(r"(?P<name>[A-Z][a-z]+(?:[ ][A-Z][a-z]+)?)(?<!s)[ ]Islands")


def _islands_in_the_plural(name: str) -> str | None:
    """ "the Marshalls", "the Solomons": news writes islands as a plural after "the", which
    alone, a family name's plural ("Marshalls"), names no country."""
    islands = _ISLANDS.fullmatch(name)
    return f"{islands['name']}s" if islands else None


def _initials(name: str) -> str:
    """A name's initials: an ISO code that spells them ("US") is the country's name after
    "the" (or "The" opening a sentence), where a word in capitals seldom stands, and before a title ("US President") when
    no other country's name has those initials ("SL" is Sierra Leone's and Sri Lanka's)."""
    return "".join(word[0] for word in name.split())


def _written_forms(country: CountryNames) -> list[tuple[str, bool]]:
    """(form, is-adjective) pairs: the country's names and adjectives as the table gives them
    and as news writes them."""
    forms = [(name, False) for name in country.names]
    forms += [(short, False) for name in country.names if (short := _accented_name(country, name))]
    forms += [(adjective, True) for adjective in country.adjectives]
    forms += [(variant, adjective) for form, adjective in forms for variant in news_spellings(form)]
    return [(form, adjective) for form, adjective in forms if form and not set(form) & set(",()")]


# The name a country gives itself as a republic, in Spanish, Portuguese or French: the words
# after it are its short name in that language ("República del Perú", "République d'Haïti").
_NATIVE_REPUBLIC = lazy_compile(
    r"[ ]*(?:Rep[úu]blica[ ]d[eoa]l?|République[ ](?:de|du)|République[ ]d['’])[ ]?"
    r"(?P<short>[A-ZÀ-Þ][^\W\d_]+(?:[ -][^\W\d_]+)?)"
)


def _accented_name(country: CountryNames, name: str) -> str | None:
    """The short name in its own language of a country the table names as a republic in it,
    where it is the English name with accents ("Perú", "Haïti", "Panamá"), as a caption in
    that language writes it; None for others. A short name spelt otherwise ("Maurice" of
    Mauritius) may be a person's."""
    native = _NATIVE_REPUBLIC.fullmatch(name)
    short = native.group("short") if native else None
    if short and not short.isascii() and without_accents(short) in country.names:
        return short
    return None
