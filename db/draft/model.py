"""What a draft holds before it is written: facts with the spans of text that support them."""

from __future__ import annotations

from dataclasses import dataclass, field

from db.draft.naming import short_forms
from db.draft.text import Span


@dataclass(frozen=True)
class Party:
    """A country, or another body (a city, an international organization) people represent."""

    key: str
    name: str
    is_country: bool
    code: str | None = None
    abbreviation: str | None = None
    kind: str | None = None


@dataclass
class Person:
    key: str
    name: str
    introduced: Span  # where the article first names (or describes) the person
    title: str | None = None
    party: Party | None = None
    variants: list[str] = field(default_factory=list)
    named: bool = True

    @property
    def short_forms(self) -> tuple[str, ...]:
        """How the article may name the person again: the family name, the first word, …"""
        return short_forms(self.name) if self.named else ()


@dataclass(frozen=True)
class Mention:
    span: Span
    person: Person


@dataclass(frozen=True)
class Source:
    title: str
    title_span: Span
    publisher: str | None = None
    year: int | None = None
    copyright: str | None = None
    credit_span: Span | None = None


@dataclass(frozen=True)
class Organization:
    name: str
    evidence: tuple[Span, ...]
    abbreviation: str | None = None
    founded: int | None = None
    purpose: str | None = None
    member_kind: str | None = None  # what its members are when they are not countries


@dataclass(frozen=True)
class Event:
    name: str
    evidence: tuple[Span, ...]
    place: str | None = None
    day: str | None = None


@dataclass(frozen=True)
class Membership:
    member: Party
    status: str
    joined: str
    evidence: Span


@dataclass(frozen=True)
class Attendee:
    person: Person
    title: str | None
    represents: Party
    role: str
    evidence: tuple[Span, ...]
    note: str | None = None


@dataclass(frozen=True)
class Absence:
    person: Person
    title: str
    represents: Party
    evidence: tuple[Span, ...]
    sent: Person | None = None
    reason: str | None = None


@dataclass(frozen=True)
class Statement:
    speaker: Person
    text: str
    evidence: Span
    via: str | None = None  # who relayed the words, when someone else spoke them


@dataclass(frozen=True)
class Slip:
    text: str
    correction: str
    evidence: Span


@dataclass
class Draft:
    source: Source
    event: Event
    organization: Organization | None
    parties: list[Party]
    memberships: list[Membership]
    people: list[Person]
    attendees: list[Attendee]
    absences: list[Absence]
    statements: list[Statement]
    slips: list[Slip]
