"""The plain, frozen answers the data layer gives: what the viewer and the exporters show.

Kept apart from the queries so the window can be built before SQLAlchemy is imported.
"""

from __future__ import annotations

from dataclasses import dataclass

from db.vocabulary import MembershipStatus, Role, SlipKind, StatementKind


@dataclass(frozen=True)
class SheetSummary:
    slug: str
    title: str
    members: int
    attendees: int
    statements: int


@dataclass(frozen=True)
class EvidenceQuote:
    exact: str
    prefix: str
    suffix: str
    start: int
    end: int
    paragraph: int


@dataclass(frozen=True)
class Representative:
    """Who stood for a country at the event, and whether they were sent in a leader's place."""

    fact_id: int
    name: str
    named: bool
    title: str
    role: Role
    sent_by: str = ""

    @property
    def described(self) -> str:
        if not self.named:
            text = f"{self.title} (name not given)"
        else:
            text = f"{self.name} ({self.title})" if self.title else self.name
        return f"{text}, sent by {self.sent_by}" if self.sent_by else text


@dataclass(frozen=True)
class MemberRow:
    fact_id: int
    country: str
    status: MembershipStatus
    joined: str
    note: str
    representative: Representative | None

    @property
    def represented_by(self) -> str:
        return self.representative.described if self.representative else ""

    @property
    def evidence_fact_ids(self) -> tuple[int, ...]:
        """The membership's evidence, then the evidence of who represented the member."""
        if self.representative is None:
            return (self.fact_id,)
        return (self.fact_id, self.representative.fact_id)


@dataclass(frozen=True)
class AttendeeRow:
    fact_id: int
    name: str
    other_spellings: tuple[str, ...]
    named: bool
    title: str
    represents: str
    role: Role
    note: str


@dataclass(frozen=True)
class StatementRow:
    fact_id: int
    speaker: str
    speaker_spellings: tuple[str, ...]
    kind: StatementKind
    text: str
    context: str
    said_when: str
    said_where: str
    via: str
    topic: str


@dataclass(frozen=True)
class AbsenceRow:
    fact_id: int
    name: str
    title: str
    represents: str
    sent: str
    sent_title: str
    reason: str


@dataclass(frozen=True)
class SlipRow:
    fact_id: int
    kind: SlipKind
    text: str
    correction: str
    note: str


@dataclass(frozen=True)
class SourceInfo:
    file_name: str
    title: str
    publisher: str
    year: int
    copyright: str
    text: str
    sha256: str


@dataclass(frozen=True)
class OrganizationInfo:
    fact_id: int
    name: str
    abbreviation: str
    founded: int | None
    purpose: str
    description: str


@dataclass(frozen=True)
class SheetDetail:
    """Everything about one sheet except its (possibly very many) table rows."""

    slug: str
    title: str
    event: str
    summary: str
    place: str
    day: str
    date_iso: str | None
    date_inferred: bool
    date_basis: str
    source: SourceInfo
    organization: OrganizationInfo | None
    fact_ids: dict[str, int]
    statement_count: int

    @property
    def source_fact_id(self) -> int | None:
        return self.fact_ids.get("source")


@dataclass(frozen=True)
class SheetContent:
    """One sheet in full, as the window and the exporters show it."""

    detail: SheetDetail
    members: list[MemberRow]
    attendees: list[AttendeeRow]
    statements: list[StatementRow]
    absences: list[AbsenceRow]
    slips: list[SlipRow]
    paragraphs: dict[int, tuple[int, ...]]
    """The article paragraphs (¶) that each fact's evidence comes from."""

    def host(self) -> AttendeeRow | None:
        return next((row for row in self.attendees if row.role is Role.HOST), None)

    def members_by_status(self) -> dict[MembershipStatus, list[MemberRow]]:
        grouped: dict[MembershipStatus, list[MemberRow]] = {
            status: [] for status in MembershipStatus
        }
        for row in self.members:
            grouped[row.status].append(row)
        return grouped
