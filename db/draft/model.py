"""What a draft holds before it is written: facts with the spans of text that support them."""

from __future__ import annotations

import bisect
from collections.abc import Iterator
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
    party_inferred: bool = False  # the one country of their sentence, not one said to be theirs

    @property
    def short_forms(self) -> tuple[str, ...]:
        """How the article may name the person again: the family name, the first word, …"""
        return short_forms(self.name) if self.named else ()


@dataclass(frozen=True)
class Mention:
    span: Span
    person: Person


class Mentions:
    """Mentions in reading order (they never overlap), found by offset with a binary search
    rather than a walk through every one: an article names people thousands of times."""

    def __init__(self, mentions: list[Mention]) -> None:
        self.all = mentions
        self._starts = [mention.span.start for mention in mentions]
        self._ends = [mention.span.end for mention in mentions]

    def __iter__(self) -> Iterator[Mention]:
        return iter(self.all)

    def starting_in(self, span: Span) -> list[Mention]:
        """The mentions that begin inside ``span``, in order."""
        first = bisect.bisect_left(self._starts, span.start)
        return self.all[first : bisect.bisect_left(self._starts, span.end, lo=first)]

    def ending_by(self, offset: int) -> Iterator[Mention]:
        """The mentions that end at or before ``offset``, the nearest first."""
        last = bisect.bisect_right(self._ends, offset)
        return (self.all[index] for index in range(last - 1, -1, -1))


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
    joined: str | None  # in the article's words; None where it does not say when
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
