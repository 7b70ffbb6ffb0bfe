"""Countries named in a text, by name, alternative spelling, demonym or possessive.

The names, spellings, demonyms and ISO codes come from countryinfo; the adjective a demonym list
lacks for some countries (a people named after its language, as a "-stan" country's often is)
comes from the ISO 639 names in pycountry.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import Any

from db.draft.text import Span
from db.text_folding import slug


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
    possessive: bool  # "Norway's"


class Gazetteer:
    """Every written form of every country, and one pattern that finds them in a text."""

    def __init__(
        self, forms: dict[str, tuple[Country, bool]], after_the: frozenset[str] = frozenset()
    ) -> None:
        self.forms = forms
        anywhere = sorted(set(forms) - after_the, key=len, reverse=True)
        alternatives = "|".join(re.escape(form) for form in anywhere)
        codes = "|".join(re.escape(code) for code in sorted(after_the))
        after = rf"|(?<=\bthe[ ])(?:{codes})" if codes else ""
        self.pattern = re.compile(rf"(?<![\w.])({alternatives}{after})(?![\w])(['’]s\b)?")

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
                )
            )
        return found

    def country_named(self, words: str) -> Country | None:
        """The country ``words`` name exactly (a name or demonym), if any."""
        entry = self.forms.get(words)
        return entry[0] if entry else None


@cache
def gazetteer() -> Gazetteer:
    """Built once per process from the data packages (about 0.15 s)."""
    from countryinfo import CountryInfo

    records: list[dict[str, Any]] = [
        dict(record) for record in CountryInfo.all().values() if record.get("population")
    ]
    by_code: dict[str, list[dict[str, Any]]] = {}
    for record in records:
        by_code.setdefault(_code(record) or record["name"], []).append(record)
    claims: dict[str, list[tuple[int, Country, bool]]] = {}
    after_the: set[str] = set()
    for same_country in by_code.values():
        # countryinfo lists a few countries twice under two names (Burma and Myanmar); the
        # record with more people gives the name, the other's names become spellings of it.
        same_country.sort(key=lambda record: record["population"], reverse=True)
        main = same_country[0]
        country = Country(key=slug(main["name"]), name=main["name"], code=_code(main))
        for record in same_country:
            for form, adjective in _written_forms(record):
                claims.setdefault(form, []).append((main["population"], country, adjective))
            code = _initials_code(record)
            if code:
                claims.setdefault(code, []).append((main["population"], country, False))
                after_the.add(code)
    # A form several places claim ("Danish", "Norwegian") names the most populous of them.
    return Gazetteer(
        {form: max(claimed, key=lambda claim: claim[0])[1:] for form, claimed in claims.items()},
        frozenset(after_the),
    )


def _initials_code(record: dict[str, Any]) -> str | None:
    """An ISO code that spells the name's initials ("US"): a country's name after "the", where
    a word in capitals seldom stands."""
    initials = "".join(word[0] for word in record["name"].split())
    codes = (record.get("ISO") or {}).values()
    return initials if len(initials) >= 2 and initials in codes else None


def _code(record: dict[str, Any]) -> str | None:
    iso = record.get("ISO") or {}
    code = iso.get("alpha2")
    return code if isinstance(code, str) and len(code) == 2 else None


def _written_forms(record: dict[str, Any]) -> list[tuple[str, bool]]:
    """(form, is-adjective) pairs: the name, English spellings, dotted codes, demonyms."""
    name: str = record["name"]
    forms = [(name, False)]
    for spelling in record.get("altSpellings") or []:
        if spelling.isupper() and spelling.isalpha() and len(spelling) <= 3:
            # "U.S." is safe to look for; a bare ISO code is often a word in capitals ("CAN").
            forms.append(("".join(f"{letter}." for letter in spelling), False))
            if spelling not in (record.get("ISO") or {}).values():
                forms.append((spelling, False))
        elif " " in spelling or spelling[:3].casefold() == name[:3].casefold():
            # Multi-word official names and close spellings ("Turkiye"); single words in the
            # country's own language can be English words ("Island" for Iceland).
            forms.append((spelling, False))
    forms.extend((spelling, False) for spelling in _iso_names(record))
    demonym = record.get("demonym")
    if demonym:
        forms.append((demonym, True))
    language = _language_named_after(record)
    if language:
        forms.append((language, True))
    forms += [(variant, adjective) for form, adjective in forms for variant in _variants(form)]
    return [(form, adjective) for form, adjective in forms if form and not set(form) & set(",()")]


def _variants(form: str) -> list[str]:
    """Other ways news writes a name: "Congo, Democratic Republic of the" turned round,
    without its "the", with a curly apostrophe, or without accents ("Cote d'Ivoire")."""
    if form.isascii() and not set(form) & set(",'") and " of the " not in form:
        return []  # nothing to turn round, drop or replace: most names
    head, comma, tail = form.partition(", ")
    turned = f"{tail} {head}" if comma and tail.split()[-1:] in (["of"], ["the"]) else form
    variants = {turned, turned.replace(" of the ", " of ")}
    variants |= {variant.replace("'", "’") for variant in variants}
    variants |= {_without_accents(variant) for variant in variants}
    return sorted(variants - {form})


def _without_accents(form: str) -> str:
    decomposed = unicodedata.normalize("NFKD", form)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _iso_names(record: dict[str, Any]) -> list[str]:
    """ISO 3166 names of the country, which follow the countries' own choices ("Türkiye")."""
    import pycountry

    code = _code(record)
    iso = pycountry.countries.get(alpha_2=code) if code else None
    if iso is None:
        return []
    return [getattr(iso, field) for field in ("name", "common_name") if hasattr(iso, field)]


def _language_named_after(record: dict[str, Any]) -> str | None:
    """The first language's name when it is the country's own word for its people.

    "Icelandic" for Iceland, "Turkmen" for Turkmenistan: a language whose name begins as the
    country's name does serves as the adjective where the demonym list gives another form.
    """
    import pycountry

    codes = record.get("languages") or []
    if not codes or not isinstance(codes[0], str) or len(codes[0]) != 2:
        return None
    language = pycountry.languages.get(alpha_2=codes[0])
    if language is None:
        return None
    name: str = record["name"]
    for candidate in language.name.split("; "):
        if candidate[:4].casefold() == name[:4].casefold() and candidate != name:
            return candidate
    return None
