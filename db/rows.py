"""The plain, immutable answers the data layer gives: what the viewer and the exporters show.

Kept apart from the queries so the window can be built before SQLAlchemy is imported. They are
named tuples rather than frozen dataclasses because a dataclass costs about 0.8 ms to define
(it compiles six methods), a named tuple a seventh of that, and the window defines these at
start-up.
"""

from typing import NamedTuple

from db.factfile.vocabulary import (
    FACT_KIND_LABELS,
    Role,
    StatementKind,
    is_full_member,
    role_label,
    slip_label,
    status_label,
    status_order,
)


class Evidence(NamedTuple):
    """A verbatim quote of the article, shaped like the W3C Web Annotation selectors
    (TextQuoteSelector: exact, prefix, suffix; TextPositionSelector: start, end)."""

    exact: str
    prefix: str
    suffix: str
    start: int
    end: int
    paragraph: int


class SheetSummary(NamedTuple):
    """One sheet as a list of many sheets shows it, read without counting any rows."""

    slug: str
    title: str
    members: int
    """Rows of the members table: members, observers and partners alike."""
    attendees: int
    statements: int
    event: str = ""
    place: str = ""
    day: str = ""
    date_iso: str | None = None
    organization: str = ""

    @property
    def when(self) -> str:
        """The calendar date where it is known, which sorts as text; else the day as given."""
        return self.date_iso or self.day


class Representative(NamedTuple):
    """Who stood for a member at the event, and whether they were sent in a leader's place."""

    fact_id: int
    name: str
    named: bool
    title: str
    role: str
    sent_by: str = ""
    other_spellings: tuple[str, ...] = ()

    @property
    def described(self) -> str:
        if not self.named:
            text = f"{self.title} (name not given)"
        else:
            text = f"{self.name} ({self.title})" if self.title else self.name
        return f"{text}, sent by {self.sent_by}" if self.sent_by else text


class MemberRow(NamedTuple):
    fact_id: int
    name: str
    code: str
    """ISO 3166 code of a country, or "" (a body, or a country the fact file gives no code)."""
    status: str
    joined: str
    note: str
    representative: Representative | None
    reviewed: bool = True
    fact_key: str = ""
    """The fact's key in its sheet, which outlives the row (a corrected sheet gets new rows)."""
    stamp: str = ""
    """The fact as read: a correction made from this row is refused once it has moved on."""

    @property
    def status_label(self) -> str:
        return status_label(self.status)

    @property
    def is_full_member(self) -> bool:
        return is_full_member(self.status)

    @property
    def represented_by(self) -> str:
        return self.representative.described if self.representative else ""

    @property
    def evidence_fact_ids(self) -> tuple[int, ...]:
        """The membership's evidence, then the evidence of who represented the member."""
        if self.representative is None:
            return (self.fact_id,)
        return (self.fact_id, self.representative.fact_id)


class AttendeeRow(NamedTuple):
    fact_id: int
    name: str
    other_spellings: tuple[str, ...]
    named: bool
    title: str
    represents: str
    role: str
    note: str
    reviewed: bool = True
    fact_key: str = ""
    """The fact's key in its sheet, which outlives the row (a corrected sheet gets new rows)."""
    stamp: str = ""
    """The fact as read: a correction made from this row is refused once it has moved on."""

    @property
    def role_label(self) -> str:
        return role_label(self.role)


class StatementRow(NamedTuple):
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
    search_text: str
    """Every searchable word of the row, folded: what a search of any size of table matches."""
    reviewed: bool = True
    fact_key: str = ""
    """The fact's key in its sheet, which outlives the row (a corrected sheet gets new rows)."""
    stamp: str = ""
    """The fact as read: a correction made from this row is refused once it has moved on."""


class AbsenceRow(NamedTuple):
    fact_id: int
    name: str
    title: str
    represents: str
    sent: str
    sent_title: str
    reason: str
    reviewed: bool = True
    fact_key: str = ""
    """The fact's key in its sheet, which outlives the row (a corrected sheet gets new rows)."""
    stamp: str = ""
    """The fact as read: a correction made from this row is refused once it has moved on."""


class SlipRow(NamedTuple):
    fact_id: int
    kind: str
    text: str
    correction: str
    note: str

    @property
    def kind_label(self) -> str:
        return slip_label(self.kind)


class SourceInfo(NamedTuple):
    file_name: str
    title: str
    publisher: str
    year: int | None
    copyright: str
    text: str
    sha256: str


class OrganizationInfo(NamedTuple):
    fact_id: int
    name: str
    abbreviation: str
    founded: int | None
    purpose: str
    description: str


class SheetIdentity(NamedTuple):
    """One sheet as written once: a sheet removed and added again, or replaced, is another.

    Row ids alone do not tell (SQLite gives a removed sheet's ids to the next sheet added), so
    the sheet is also known by the id of its first fact and the digest of its fact file."""

    slug: str
    sheet_id: int
    first_fact_id: int | None
    digest: str


class SheetDetail(NamedTuple):
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
    language: str
    source: SourceInfo
    organization: OrganizationInfo | None
    fact_ids: dict[str, int]
    statement_count: int
    identity: SheetIdentity
    draft_fact_ids: frozenset[int] = frozenset()
    """Facts of the sheet not yet reviewed (drafted from the article and not checked)."""

    @property
    def source_fact_id(self) -> int | None:
        return self.fact_ids.get("source")


class SheetContent(NamedTuple):
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
        return next((row for row in self.attendees if row.role == Role.HOST), None)

    def members_by_status(self) -> dict[str, list[MemberRow]]:
        """Members grouped by status: the known statuses in their order, then any other."""
        grouped: dict[str, list[MemberRow]] = {}
        for row in sorted(self.members, key=lambda row: status_order(row.status)):
            grouped.setdefault(row.status, []).append(row)
        return grouped

    def full_members(self) -> list[MemberRow]:
        return [row for row in self.members if row.is_full_member]


class EntitySummary(NamedTuple):
    """One person, country or body across the sheets it appears in."""

    id: int
    kind: str
    name: str
    other_names: tuple[str, ...]
    sheets: int
    roles: tuple[str, ...]
    """A person's roles at the events; a country's or body's statuses."""
    statements: int
    """A person's statements; for a country or body, the people who represented it."""


class Appearance(NamedTuple):
    """One fact of one sheet: where an entity appears, or what a search found."""

    slug: str
    sheet_title: str
    when: str
    fact_id: int
    kind: str
    text: str
    evidence: str
    paragraph: int | None

    @property
    def kind_label(self) -> str:
        return FACT_KIND_LABELS.get(self.kind, self.kind)


class SearchResult(NamedTuple):
    hits: list[Appearance]
    more: bool
    """Whether more facts match than are shown."""
