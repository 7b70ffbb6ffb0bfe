"""A draft written as a fact file (TOML), every drafted entry marked ``reviewed = false``,
in the hand-written fact files' layout (db/factfile/writing.py)."""

from __future__ import annotations

import hashlib
from collections.abc import Collection
from typing import Any

from db.draft.evidence import evidence
from db.draft.keys import unique_key
from db.draft.model import Draft
from db.draft.text import Span
from db.factfile.anchoring import QuoteFinder
from db.factfile.folding import slug
from db.factfile.writing import toml_text

HEADER = """\
# DRAFT fact file, written by `factsheet draft` from the article by general rules.
# Check every entry against the article before you rely on it: names, titles, roles,
# statuses and speakers may be wrong or missing. Each drafted entry says `reviewed = false`;
# delete that line once you have checked it. Evidence quotes are the article's exact words.

"""


def render(draft: Draft, article: str, file_name: str, *, taken_slugs: Collection[str] = ()) -> str:
    """The fact file's text for ``draft`` of ``article``, stored beside it as ``file_name``;
    its sheet gets a slug none of ``taken_slugs`` has."""
    return HEADER + toml_text(_document(draft, article, file_name, taken_slugs))


def _document(
    draft: Draft, article: str, file_name: str, taken_slugs: Collection[str]
) -> dict[str, Any]:
    finder = QuoteFinder(article)

    def quotes(*spans: Span | None) -> list[Any]:
        unique = dict.fromkeys(span for span in spans if span is not None and span.end > span.start)
        return [evidence(finder, span) for span in unique]

    source = draft.source
    document: dict[str, Any] = {
        "source": _entry(
            file=file_name,
            sha256=hashlib.sha256(article.encode("utf-8")).hexdigest(),
            title=source.title,
            publisher=source.publisher,
            year=source.year,
            copyright=source.copyright,
            evidence=quotes(source.title_span, source.credit_span),
        ),
        "sheet": _sheet(draft, taken_slugs),
        "event": _entry(
            name=draft.event.name,
            place=draft.event.place,
            day=draft.event.day,
            evidence=quotes(*draft.event.evidence),
        ),
    }
    organization = draft.organization
    if organization is not None:
        document["organization"] = _entry(
            name=organization.name,
            abbreviation=organization.abbreviation,
            founded=organization.founded,
            purpose=organization.purpose,
            evidence=quotes(*organization.evidence),
        )
    countries = [party for party in draft.parties if party.is_country]
    bodies = [party for party in draft.parties if not party.is_country]
    document["countries"] = [
        {"key": party.key, "name": party.name, **({"code": party.code} if party.code else {})}
        for party in countries
    ]
    document["bodies"] = [
        _plain(key=party.key, name=party.name, abbreviation=party.abbreviation, kind=party.kind)
        for party in bodies
    ]
    document["memberships"] = _once(
        "member",
        [
            _entry(
                member=membership.member.key,
                status=membership.status,
                joined=membership.joined,
                evidence=quotes(membership.evidence),
            )
            for membership in draft.memberships
        ],
    )
    document["people"] = [
        _entry(
            key=person.key,
            name=person.name,
            variants=person.variants or None,
            named=None if person.named else False,
            # The same person in other sheets, by name: a reviewer can change it to keep two
            # people of one name apart.
            entity=person.name if person.named else None,
            evidence=quotes(person.introduced),
        )
        for person in draft.people
    ]
    document["attendees"] = _once(
        "person",
        [
            _entry(
                person=attendee.person.key,
                title=attendee.title,
                represents=attendee.represents.key,
                role=attendee.role,
                note=attendee.note,
                evidence=quotes(*attendee.evidence),
            )
            for attendee in draft.attendees
        ],
    )
    document["absences"] = _once(
        "person",
        [
            _entry(
                person=absence.person.key,
                title=absence.title,
                represents=absence.represents.key,
                sent=absence.sent.key if absence.sent else None,
                reason=absence.reason,
                evidence=quotes(*absence.evidence),
            )
            for absence in draft.absences
        ],
    )
    statement_keys: set[str] = set()
    document["statements"] = [
        _entry(
            key=unique_key(
                slug(f"{statement.speaker.key} {' '.join(statement.text.split()[:4])}"),
                statement_keys,
            ),
            speaker=statement.speaker.key,
            kind="quote",
            text=statement.text,
            via=statement.via,
            evidence=quotes(statement.evidence),
        )
        for statement in draft.statements
    ]
    document["slips"] = _once(
        "text",
        [
            _entry(
                kind="spelling-variant",
                text=slip.text,
                correction=slip.correction,
                evidence=quotes(slip.evidence),
            )
            for slip in draft.slips
        ],
    )
    return {name: value for name, value in document.items() if value != []}


def _once(identity: str, entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The first entry for each value of ``identity``: a fact the article gives twice (one
    absence told in two sentences) is one entry, as a fact file lists each fact once."""
    first: dict[Any, dict[str, Any]] = {}
    for entry in entries:
        first.setdefault(entry[identity], entry)
    return list(first.values())


def _sheet(draft: Draft, taken_slugs: Collection[str]) -> dict[str, Any]:
    """The sheet's title, and a slug from the organization (its abbreviation where it has one),
    the city and the year: "sco-astana-2024". Without an organization the event stands in for
    it; an event with no place ("Summit") gives way to the headline's first words."""
    organization = draft.organization
    event = draft.event
    city = event.place.split(", ")[0] if event.place else None
    year = draft.source.year
    when = " ".join(str(part) for part in (city, year) if part)
    if organization is not None:
        named_for_the_body = event.name.removeprefix("Annual ") == organization.name
        kind = event.name.split(" of the ")[0].removeprefix("Annual ").lower()
        # the body is the meeting ("East Asia Summit") where the event's name is the body's
        meeting = organization.name if named_for_the_body else f"{organization.name} {kind}"
        title = meeting + (f", {when}" if when else "")
        name = f"{organization.abbreviation or organization.name} {when or kind}"
    elif event.place:  # the event's name says where: "Summit in Oslo, Norway"
        title = name = f"{event.name}, {year}" if year else event.name
    else:
        title = draft.source.title or event.name
        name = " ".join([*title.split()[:_HEADLINE_WORDS], str(year or "")])
    return _plain(
        slug=unique_key(slug(name) or slug(event.name) or "draft", set(taken_slugs)),
        title=title,
    )


_HEADLINE_WORDS = 6
"""How many of the headline's words name a sheet that has nothing better to be named by."""


def _plain(**values: Any) -> dict[str, Any]:
    """The fields that have a value, in the order given."""
    return {name: value for name, value in values.items() if value is not None}


def _entry(**values: Any) -> dict[str, Any]:
    """A drafted fact: its fields, then ``reviewed = false``, then its evidence."""
    evidence_quotes = values.pop("evidence")
    return {**_plain(**values), "reviewed": False, "evidence": evidence_quotes}
