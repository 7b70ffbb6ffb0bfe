"""The facts `make eval` compares, in one shape for a draft and for a truth.

A draft is read from its rendered fact file (TOML, as `factsheet draft` writes it), so a fact
counts only where the fact file's structure puts it: a member only as a ``[[memberships]]``
entry, a person only as an ``[[attendees]]`` entry, a quote only as a ``[[statements]]`` entry
of kind "quote". A truth is either a corpus report's hand-written ``.truth.toml``
(benchmarks/corpus/README.md) or a hand-checked fact file (seeds/, tests/data/).

Names are compared folded (case, accents and curly marks ignored). A country is its ISO code
when the gazetteer knows its name, else its folded name or abbreviation without full stops.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from db.draft.countries import gazetteer
from db.draft.forms_of_address import burmese_honorific
from db.draft.naming import REGNAL_TITLES, name_with_own_title
from db.factfile.folding import fold

Names = frozenset[str]
"""Every folded spelling of one person, country or organization."""

_QUOTE_EDGES = " .,;:!?\"'…-"


@dataclass(frozen=True)
class Quote:
    speaker: Names
    """Folded spellings of who said it; empty when nobody named said it."""
    words: str


@dataclass(frozen=True)
class Facts:
    organization: Names
    """The organization's folded names; empty when the sheet has none."""
    memberships: tuple[tuple[Names, str], ...]
    """(member, status) for each membership."""
    countries: tuple[Names, ...]
    """Every country and body the sheet lists, whatever else it says of them."""
    attendees: tuple[Names, ...]
    quotes: tuple[Quote, ...]


def person_names(name: str, variants: Iterable[str] = ()) -> Names:
    """Folded spellings, each also without a regnal title the drafter keeps as part of a name
    ("King Aldric" is "Aldric" too) or an honorific it leaves out: a truth may write the one
    and a draft the other."""
    spellings = [spelling.strip() for spelling in (name, *variants) if spelling.strip()]
    spellings += [bare for spelling in spellings if (bare := _bare_name(spelling))]
    return frozenset(fold(spelling) for spelling in spellings)


def _bare_name(name: str) -> str | None:
    """ "King Aldric" → "Aldric"; "U Ola Brekke" → "Ola Brekke", as the drafter writes a name
    after a Burmese honorific."""
    words = name.split()
    if burmese_honorific(words) or (
        len(words) >= 2
        and words[0].casefold() in REGNAL_TITLES
        and name_with_own_title(words[0], " ".join(words[1:]))
    ):
        return " ".join(words[1:])
    return None


def party_names(
    name: str, abbreviation: str | None = None, *, may_be_country: bool = True
) -> Names:
    """A country's ISO code, or a body's folded name and abbreviation.

    A drafted body is never looked up as a country: a country drafted under ``[[bodies]]`` is
    in the wrong place, and does not count as the country.
    """
    country = gazetteer().country_named(name.strip()) if may_be_country else None
    if country is not None and country.code:
        return frozenset({country.code})
    return frozenset(
        fold(given).replace(".", "").strip() for given in (name, abbreviation) if given
    )


def quote_words(words: str) -> str:
    """Quoted words as compared: folded, white space made single, the edges' punctuation gone."""
    return " ".join(fold(words).split()).strip(_QUOTE_EDGES)


def facts_of_fact_file(text: str) -> Facts:
    """The facts of a fact file's text: a rendered draft or a hand-checked file."""
    document = tomllib.loads(text)
    parties = {entry["key"]: party_names(entry["name"]) for entry in document.get("countries", [])}
    parties |= {
        entry["key"]: party_names(entry["name"], entry.get("abbreviation"), may_be_country=False)
        for entry in document.get("bodies", [])
    }
    people = {
        entry["key"]: person_names(entry["name"], entry.get("variants", []))
        for entry in document.get("people", [])
    }
    # A person described but not named ("his foreign minister") is no named speaker.
    unnamed = {entry["key"] for entry in document.get("people", []) if not entry.get("named", True)}
    organization = document.get("organization")
    return Facts(
        organization=_organization_names(
            [organization["name"], organization.get("abbreviation") or ""] if organization else []
        ),
        memberships=tuple(
            (parties[entry["member"]], entry["status"]) for entry in document.get("memberships", [])
        ),
        countries=tuple(parties.values()),
        attendees=tuple(people[entry["person"]] for entry in document.get("attendees", [])),
        quotes=tuple(
            Quote(
                speaker=frozenset() if entry["speaker"] in unnamed else people[entry["speaker"]],
                words=quote_words(entry["text"]),
            )
            for entry in document.get("statements", [])
            if entry["kind"] == "quote"
        ),
    )


TRUTH_FIELDS = {
    "memberships": {"country", "status"},
    "attendees": {"name", "country", "role"},
    "quotes": {"speaker", "words"},
}
"""The fields of each kind of entry in a hand-written truth (benchmarks/corpus/README.md)."""


def misplaced_truth_field(text: str) -> str | None:
    """Why a truth's entries hold a field their kind has not, or None when none do.

    TOML gives a line such as ``quotes = []`` written below an ``[[attendees]]`` entry to that
    entry, so the truth would silently say nothing about quotes.
    """
    truth: Mapping[str, Any] = tomllib.loads(text)
    for section, fields in TRUTH_FIELDS.items():
        for number, entry in enumerate(truth.get(section, []), start=1):
            if extra := sorted(set(entry) - fields):
                return (
                    f"[[{section}]] entry {number} holds {', '.join(extra)}, which belongs "
                    "above the first [[…]] entry"
                )
    return None


def facts_of_truth(text: str) -> Facts:
    """The facts of a corpus report's hand-written truth (benchmarks/corpus/README.md)."""
    truth: Mapping[str, Any] = tomllib.loads(text)
    names = list(truth.get("organization_names", []))
    if truth.get("organization"):
        names.append(truth["organization"])
    memberships = tuple(
        (party_names(entry["country"]), entry["status"]) for entry in truth.get("memberships", [])
    )
    return Facts(
        organization=_organization_names(names),
        memberships=memberships,
        countries=tuple(member for member, _status in memberships),
        attendees=tuple(person_names(entry["name"]) for entry in truth.get("attendees", [])),
        quotes=tuple(
            Quote(speaker=person_names(entry["speaker"]), words=quote_words(entry["words"]))
            for entry in truth.get("quotes", [])
        ),
    )


def _organization_names(names: Iterable[str]) -> Names:
    return frozenset(fold(name).replace(".", "").strip() for name in names if name.strip())
