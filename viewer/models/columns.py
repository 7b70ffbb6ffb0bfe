"""The columns of each table, described as data: a title, how to get the text, and a width hint."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

from db.factfile.country_names import country_named, country_with_code
from viewer.text.wording import counted

if TYPE_CHECKING:
    from db.rows import (
        Appearance,
        AttendeeRow,
        EntitySummary,
        MemberRow,
        SheetSummary,
        StatementRow,
    )


RowT = TypeVar("RowT")


@dataclass(frozen=True)
class Column(Generic[RowT]):
    key: str
    title: str
    text: Callable[[RowT], str]
    width: int = 16
    """Preferred width in average characters; the last column stretches."""
    wraps: bool = False
    tooltip: Callable[[RowT], str] | None = None
    searchable_extra: Callable[[RowT], Sequence[str]] | None = None
    """Text that search matches although it is not shown, such as other spellings of a name."""
    field: str = ""
    """The fact file field a correction of this column changes ("person.name": the name of
    the row's person); "" for a column that cannot be edited."""
    choices: str = ""
    """The values the field takes (Choices in viewer/tabs/fact_editor.py): a closed or known
    vocabulary offered in a list; "" for free text."""
    value: Callable[[RowT], str] | None = None
    """The field's value as the fact file writes it, where the cell shows a label."""


class Reviewable(Protocol):
    @property
    def reviewed(self) -> bool: ...


DRAFT_COLUMN_KEY = "draft"
DRAFT_LABEL = "Draft"
DRAFT_TIP = "Drafted from the article and not yet checked: right-click the row to mark it reviewed"


def draft_text(row: Reviewable) -> str:
    return "" if row.reviewed else DRAFT_LABEL


def _draft_tip(row: Reviewable) -> str:
    return "" if row.reviewed else DRAFT_TIP


def draft_column() -> Column[Any]:
    """Marks the rows drafted from the article that nobody has reviewed yet; each table shows
    it only while its sheet has such rows."""
    return Column(DRAFT_COLUMN_KEY, DRAFT_LABEL, draft_text, width=7, tooltip=_draft_tip)


def quoted(row: StatementRow) -> str:
    return f"“{row.text}”" if row.kind.value == "quote" else row.text


def _statement_tooltip(row: StatementRow) -> str:
    lines = [f"{row.speaker} — {row.kind.label}"]
    if row.context:
        lines.append(row.context)
    lines.append(quoted(row))
    if row.via:
        lines.append(f"Reported via: {row.via}")
    return "\n".join(lines)


def _joined(*parts: str) -> str:
    return ", ".join(part for part in parts if part)


def _country_names(row: MemberRow) -> Sequence[str]:
    """The member's other names in the country table, and the ways news writes them, so
    "Türkiye", "UK" or "Sierra-Leone" finds it as the drafter reads it."""
    country = country_with_code(row.code) if row.code else country_named(row.name)
    return country.spellings if country is not None else ()


def _representative_spellings(row: MemberRow) -> Sequence[str]:
    return row.representative.other_spellings if row.representative else ()


MEMBER_COLUMNS: tuple[Column[MemberRow], ...] = (
    Column("name", "Member", lambda row: row.name, width=14, searchable_extra=_country_names),
    Column(
        "status",
        "Status",
        lambda row: row.status_label,
        width=26,
        field="status",
        choices="status",
        value=lambda row: row.status,
    ),
    Column("joined", "Joined", lambda row: row.joined, width=20, field="joined"),
    Column(
        "represented_by",
        "Represented by",
        lambda row: row.represented_by or "—",
        width=40,
        tooltip=lambda row: (
            row.represented_by or "Not represented at the event, as far as the article says"
        ),
        searchable_extra=_representative_spellings,
    ),
    Column(
        "note", "Note", lambda row: row.note, width=30, tooltip=lambda row: row.note, field="note"
    ),
    draft_column(),
)

ATTENDEE_COLUMNS: tuple[Column[AttendeeRow], ...] = (
    Column(
        "name",
        "Name",
        lambda row: row.name,
        width=26,
        tooltip=lambda row: _joined(
            row.name,
            f"also spelled {', '.join(row.other_spellings)}" if row.other_spellings else "",
            "" if row.named else "not named in the article",
        ),
        searchable_extra=lambda row: row.other_spellings,
        field="person.name",
    ),
    Column("title", "Title", lambda row: row.title, width=18, field="title"),
    Column(
        "represents",
        "Represents",
        lambda row: row.represents,
        width=16,
        field="represents",
        choices="party",
    ),
    Column(
        "role",
        "Role",
        lambda row: row.role_label,
        width=20,
        field="role",
        choices="role",
        value=lambda row: row.role,
    ),
    Column(
        "note", "Note", lambda row: row.note, width=30, tooltip=lambda row: row.note, field="note"
    ),
    draft_column(),
)

STATEMENT_COLUMNS: tuple[Column[StatementRow], ...] = (
    Column(
        "speaker",
        "Speaker",
        lambda row: row.speaker,
        width=20,
        searchable_extra=lambda row: row.speaker_spellings,
        field="speaker",
        choices="person",
    ),
    Column(
        "text",
        "Statement",
        quoted,
        width=60,
        wraps=True,
        tooltip=_statement_tooltip,
        searchable_extra=lambda row: (row.context, row.via),
        field="text",
        value=lambda row: row.text,
    ),
    Column(
        "kind",
        "Kind",
        lambda row: row.kind.label,
        width=12,
        field="kind",
        choices="kind",
        value=lambda row: row.kind.value,
    ),
    Column("when", "When", lambda row: row.said_when, width=14, field="when"),
    Column("where", "Where", lambda row: row.said_where, width=24, field="where"),
    Column("topic", "Topic", lambda row: row.topic, width=16, field="topic"),
    draft_column(),
)

SHEET_COLUMNS: tuple[Column[SheetSummary], ...] = (
    Column("title", "Sheet", lambda row: row.title, width=40),
    Column("organization", "Organization", lambda row: row.organization, width=24),
    Column("place", "Place", lambda row: row.place, width=18),
    Column("when", "Date", lambda row: row.when, width=11),
    Column("members", "Members and partners", lambda row: f"{row.members:,}", width=8),
    Column("attendees", "Attendees", lambda row: f"{row.attendees:,}", width=8),
    Column("statements", "Key statements", lambda row: f"{row.statements:,}", width=8),
)
"""The sheet chooser's columns: what a person looks for a sheet by, and how large it is."""

ENTITY_COLUMNS: tuple[Column[EntitySummary], ...] = (
    Column(
        "name",
        "Name",
        lambda row: row.name,
        width=26,
        tooltip=lambda row: (
            f"{row.name}, also named {', '.join(row.other_names)}" if row.other_names else row.name
        ),
        searchable_extra=lambda row: row.other_names,
    ),
    Column("sheets", "Sheets", lambda row: f"{row.sheets:,}", width=7),
    Column("statements", "Statements", lambda row: f"{row.statements:,}", width=11),
    Column("roles", "Roles", lambda row: ", ".join(row.roles), width=26),
)
"""People across sheets: how many sheets each is in, in what roles, saying how much."""

PARTY_COLUMNS: tuple[Column[EntitySummary], ...] = (
    ENTITY_COLUMNS[0],
    ENTITY_COLUMNS[1],
    Column(
        "represented", "Represented by", lambda row: counted(row.statements, "person"), width=12
    ),
    Column("statuses", "Statuses", lambda row: ", ".join(row.roles), width=26),
)
"""Countries and bodies across sheets: in how many sheets, with what status, sent whom."""

APPEARANCE_COLUMNS: tuple[Column[Appearance], ...] = (
    Column(
        "sheet", "Sheet", lambda row: row.sheet_title, width=30, tooltip=lambda row: row.sheet_title
    ),
    Column("when", "Date", lambda row: row.when, width=10),
    Column("kind", "As", lambda row: row.kind_label, width=11),
    Column("text", "Fact", lambda row: row.text, width=44, tooltip=lambda row: row.text),
    Column(
        "evidence",
        "Evidence",
        lambda row: f"¶ {row.paragraph}: {row.evidence}" if row.paragraph else row.evidence,
        width=50,
        wraps=True,
    ),
)
"""A fact of one of many sheets, with the article's words that support it."""
