"""The event an article reports: what kind of gathering, where, and on which day.

The kind is the first of a short list of gathering words the article uses (a summit before a
meeting); the place comes from "in Norway's capital of Oslo", "in Oslo, Norway", a dateline
("OSLO, Norway (…) —") or "a visit to Norway"; the day is the weekday first named beside it.
"""

from __future__ import annotations

import re

from db.draft.countries import Gazetteer
from db.draft.model import Event, Organization
from db.draft.text import UPPER, Span, Text

_KINDS = (
    "state visit",
    "official visit",
    "summit",
    "assembly",
    "conference",
    "congress",
    "forum",
    "visit",
    "talks",
    "meeting",
)
_YEARLY = re.compile(
    r"\b(?:annual|yearly)[ ](?:summit|meeting|assembly|conference|congress|forum|gathering)\b",
    re.IGNORECASE,
)
_WEEKDAY = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_PLACE_WORD = rf"[{UPPER}][^\W\d_]*(?:[- ][{UPPER}][^\W\d_]*)*"
_CAPITAL_OF = re.compile(
    rf"\bin[ ](?P<country>{_PLACE_WORD})['’]s[ ]capital(?:[ ]of|,)[ ](?P<city>{_PLACE_WORD})"
)
_CITY_COUNTRY = re.compile(rf"\bin[ ](?P<city>{_PLACE_WORD}),[ ](?P<country>{_PLACE_WORD})")
_DATELINE = re.compile(
    rf"^(?P<city>[{UPPER}][{UPPER} .-]+),[ ](?P<country>{_PLACE_WORD})[ ](?:\(|[—–-])",
    re.MULTILINE,
)
_VISIT_TO = re.compile(rf"\b(?:visit|trip)[ ]to[ ](?P<city>{_PLACE_WORD})")


def find_event(text: Text, organization: Organization | None, countries: Gazetteer) -> Event:
    kind, sentence = _kind(text)
    place, place_span = _place(text, countries)
    day, day_sentence = _day(text, sentence)
    if organization is not None:
        name = f"{kind.capitalize()} of the {organization.name}"
        if _YEARLY.search(text.text):
            name = f"Annual {name[0].lower()}{name[1:]}"
    elif kind.endswith("visit") and place:
        name = f"{kind.capitalize()} to {place.split(', ')[-1]}"
    else:
        name = f"{kind.capitalize()} in {place}" if place else kind.capitalize()
    evidence = [span for span in (sentence, place_span, day_sentence) if span is not None]
    if not evidence:
        evidence = [text.sentences[0]]
    return Event(name=name, evidence=tuple(dict.fromkeys(evidence)), place=place, day=day)


def _kind(text: Text) -> tuple[str, Span | None]:
    body = text.sentences[1:] or text.sentences
    for kind in _KINDS:
        pattern = re.compile(rf"\b{kind}\b", re.IGNORECASE)
        for sentence in body:
            if pattern.search(text[sentence]):
                return kind, sentence
    return "meeting", None


def _place(text: Text, countries: Gazetteer) -> tuple[str | None, Span | None]:
    for pattern in (_CAPITAL_OF, _DATELINE, _CITY_COUNTRY):
        for match in pattern.finditer(text.text):
            country = countries.country_named(match.group("country"))
            if country is not None:
                city = (
                    match.group("city").title()
                    if match.group("city").isupper()
                    else match.group("city")
                )
                return f"{city}, {country.name}", Span(match.start(), match.end("country"))
    visit = _VISIT_TO.search(text.text)
    if visit:
        return visit.group("city"), Span(visit.start(), visit.end())
    return None, None


def _day(text: Text, sentence: Span | None) -> tuple[str | None, Span | None]:
    """The weekday in the event's sentence, else the first one the article names."""
    candidates = ([sentence] if sentence else []) + text.sentences[1:]
    for candidate in candidates:
        found = _WEEKDAY.search(text[candidate])
        if found:
            return found.group(0), candidate
    return None, None
