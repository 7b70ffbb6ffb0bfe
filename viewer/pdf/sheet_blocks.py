"""The printed fact sheet as a sequence of small blocks, each laid out on its own.

Every fact of the sheet appears here; the paginator decides where pages break.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Generic, TypeVar

from db.factfile.vocabulary import TABLE_NAMES, MembershipStatus, StatementKind, is_full_member
from db.rows import AttendeeRow, MemberRow, SheetContent, StatementRow
from viewer.map.member_map import HOST
from viewer.map.sheet_map import sheet_map
from viewer.pdf.template import Markup, PrintTemplate
from viewer.text.sheet_text import (
    absence_sentence,
    absence_summary,
    date_line,
    host_line,
    organization_line,
    paragraph_label,
    slip_sentence,
    source_line,
    subtitle_line,
)

RowT = TypeVar("RowT")
HEADING_SPACE = 9.0
PARAGRAPH_SPACE = 3.0


class Style(StrEnum):
    """How a run of text in a table cell looks; each names a class in the template."""

    CELL = "cell"
    SMALL = "cell-small"
    PARAPHRASE = "cell-paraphrase"
    HEADER = "cell-header"
    LABEL = "cell-label"


class Shade(StrEnum):
    HEADER = "row-header"
    ODD = "row-odd"
    EVEN = "row-even"
    KEY_FACT = "row-key-fact"
    RULE = "row-rule"
    """Not a row's shade: the colour of the lines around outlined cells."""


class Headers(StrEnum):
    """Which cells of a row head others, so that the tagged PDF can say so to a screen reader."""

    NONE = "none"
    ALL = "all"
    """A header row: each cell heads its column."""
    FIRST = "first"
    """The first cell heads its row, as a label does."""


@dataclass(frozen=True)
class Run:
    text: str
    style: Style = Style.CELL
    """Each run starts a line of its own in its cell."""


Cell = tuple[Run, ...]


@dataclass(frozen=True)
class TableRow:
    """One row of a table: drawn cell by cell, since laying out HTML per row costs too much."""

    widths: tuple[int, ...]
    """Percent of the text width, one per cell."""
    cells: tuple[Cell, ...]
    shade: Shade
    headers: Headers = Headers.NONE
    outlined: bool = False
    """Cells drawn with lines around them, as in a boxed table of key facts."""


@dataclass(frozen=True)
class Figure:
    """A vector drawing the width of the text, with the words a screen reader says for it."""

    svg: str
    aspect: float
    """Height over width."""
    alt: str


@dataclass(frozen=True)
class Block:
    """A small rich-text document (``html``), a table row (``row``) or a drawing (``figure``)."""

    html: Markup | None = None
    row: TableRow | None = None
    figure: Figure | None = None
    header: TableRow | None = None
    """For a table row: the header row, repeated at the top of a page the table continues on."""
    keep_with_next: bool = False
    space_before: float = 0.0
    """Points of space above the block, as above a heading; dropped at the top of a page."""
    list_item: bool = False
    """One item of a list: consecutive items make one list for a screen reader."""
    bookmark: str = ""
    """The title of the block's entry in the PDF's bookmarks (a section's heading), if any."""


@dataclass(frozen=True)
class PrintColumn(Generic[RowT]):
    title: str
    width: int
    """Percent of the text width."""
    cell: Callable[[RowT], Cell]


def _plain(getter: Callable[[RowT], str]) -> Callable[[RowT], Cell]:
    return lambda row: (Run(getter(row)),)


def sheet_blocks(content: SheetContent, template: PrintTemplate) -> Iterator[Block]:
    detail = content.detail

    def ref(fact_id: int | None) -> str:
        return paragraph_label(content.paragraphs.get(fact_id, ())) if fact_id is not None else ""

    def ref_cell(row: MemberRow | AttendeeRow | StatementRow) -> Cell:
        return (Run(ref(row.fact_id)),)

    yield Block(
        html=template.fill(
            "title",
            title=detail.title,
            subtitle=subtitle_line(content),
            summary=detail.summary,
        )
    )
    yield from _key_fact_rows(_key_facts(content, ref))
    yield from _map(content, template)

    member_rows = [row for rows in content.members_by_status().values() for row in rows]
    member_columns: Sequence[PrintColumn[MemberRow]] = (
        PrintColumn("Member", 16, _plain(lambda row: row.name)),
        PrintColumn("Status", 19, _plain(lambda row: row.status_label)),
        PrintColumn("Joined", 18, _plain(lambda row: row.joined or "—")),
        PrintColumn("Represented by", 37, _plain(lambda row: row.represented_by or "—")),
        PrintColumn("Source", 10, ref_cell),
    )
    yield from _table(template, TABLE_NAMES["members"], member_columns, member_rows)

    attendee_columns: Sequence[PrintColumn[AttendeeRow]] = (
        PrintColumn("Name", 25, _attendee_name),
        PrintColumn("Title", 17, _plain(lambda row: row.title)),
        PrintColumn("Represents", 17, _plain(lambda row: row.represents)),
        PrintColumn("Role", 31, _attendee_role),
        PrintColumn("Source", 10, ref_cell),
    )
    yield from _table(template, TABLE_NAMES["attendees"], attendee_columns, content.attendees)

    statement_columns: Sequence[PrintColumn[StatementRow]] = (
        PrintColumn("Speaker", 17, _plain(lambda row: row.speaker)),
        PrintColumn("Statement", 52, _statement_cell),
        PrintColumn("When and where", 21, _when_and_where),
        PrintColumn("Source", 10, ref_cell),
    )
    yield from _table(template, TABLE_NAMES["statements"], statement_columns, content.statements)

    notes = [f"{absence_sentence(row)} ({ref(row.fact_id)})" for row in content.absences] + sorted(
        {row.note for row in content.members if row.note}
    )
    if notes:
        yield heading(template, "Absences and notes")
        yield from (
            Block(
                html=template.fill("paragraph", text=note),
                space_before=PARAGRAPH_SPACE,
                list_item=True,
            )
            for note in notes
        )
    if content.slips:
        yield heading(template, "Slips in the article")
        yield from (
            Block(
                html=template.fill(
                    "paragraph", text=f"{slip_sentence(slip)} ({ref(slip.fact_id)})"
                ),
                space_before=PARAGRAPH_SPACE,
                list_item=True,
            )
            for slip in content.slips
        )
    source = detail.source
    yield heading(template, "Source")
    yield Block(
        template.fill("paragraph", text=f"{source_line(content)} {ref(detail.source_fact_id)}")
    )
    yield Block(html=template.fill("note", text=source.copyright))
    yield Block(
        html=template.fill(
            "note",
            text=f"¶ n is paragraph n of the article, counting the headline as ¶ 1. "
            f"Article file {source.file_name}, SHA-256 {source.sha256}.",
        )
    )


def _map(content: SheetContent, template: PrintTemplate) -> Iterator[Block]:
    """The map of the sheet's countries, its legend, and the countries it cannot show."""
    drawn = sheet_map(content)
    if drawn is None:
        return
    yield Block(
        figure=Figure(drawn.svg, drawn.aspect, drawn.alt),
        keep_with_next=True,
        space_before=HEADING_SPACE,
    )
    items = [(entry.colour, entry.label) for entry in drawn.legend]
    if drawn.host_city:
        items.append((HOST, f"Host city ({drawn.host_city})"))
    legend = "".join(
        template.fill("legend_item", colour=colour, label=label) for colour, label in items
    )
    yield Block(html=template.fill("legend", items=Markup(legend)))
    if drawn.unmapped:
        yield Block(
            html=template.fill(
                "note",
                text=f"Not on the map, which does not have them: {', '.join(drawn.unmapped)}.",
            )
        )


def heading(template: PrintTemplate, title: str) -> Block:
    return Block(
        html=template.fill("heading", text=title),
        keep_with_next=True,
        space_before=HEADING_SPACE,
        bookmark=title,
    )


def _key_facts(content: SheetContent, ref: Callable[[int | None], str]) -> list[tuple[str, str]]:
    detail = content.detail
    facts: list[tuple[str, str]] = []
    if detail.organization:
        organization = detail.organization
        # a purpose is a sentence of its own, and ends as one; a name alone ends with no stop
        purpose = f". Purpose: {organization.purpose.rstrip('.')}." if organization.purpose else ""
        facts.append(
            (
                "Organization",
                f"{organization_line(organization)}{purpose} {ref(organization.fact_id)}",
            )
        )
    facts.append(("Event", f"{detail.event} {ref(detail.fact_ids.get('event'))}"))
    if detail.place:
        facts.append(("Place", detail.place))
    if detail.day or detail.date_iso:
        basis = f" {detail.date_basis}" if detail.date_inferred and detail.date_basis else ""
        facts.append(("Date", f"{date_line(content)} {ref(detail.fact_ids.get('date'))}{basis}"))
    host = content.host()
    if host:
        facts.append(("Host", f"{host_line(host)} {ref(host.fact_id)}"))
    members = content.full_members()
    if members:
        facts.append(("Members", f"{len(members)}: " + ", ".join(row.name for row in members)))
    for status, grouped in content.members_by_status().items():
        if status == MembershipStatus.NEW_MEMBER or not is_full_member(status):
            facts.append((grouped[0].status_label, ", ".join(row.name for row in grouped)))
    if content.absences:
        facts.append(("Absent", "; ".join(absence_summary(row) for row in content.absences)))
    facts.append(("Source", source_line(content)))
    return facts


KEY_FACT_WIDTHS = (22, 78)


def _key_fact_rows(facts: list[tuple[str, str]]) -> Iterator[Block]:
    """The key facts as a boxed table of two columns, each row headed by its label."""
    for label, value in facts:
        yield Block(
            row=TableRow(
                KEY_FACT_WIDTHS,
                ((Run(label, Style.LABEL),), (Run(value),)),
                Shade.KEY_FACT,
                headers=Headers.FIRST,
                outlined=True,
            )
        )


def _table(
    template: PrintTemplate, title: str, columns: Sequence[PrintColumn[RowT]], rows: Sequence[RowT]
) -> Iterator[Block]:
    if not rows:
        return
    yield heading(template, f"{title} ({len(rows)})")
    yield from table(columns, rows)


def table(columns: Sequence[PrintColumn[RowT]], rows: Sequence[RowT]) -> Iterator[Block]:
    """A header row, then a row for each of ``rows``; the header repeats on each new page."""
    widths = tuple(column.width for column in columns)
    header = TableRow(
        widths,
        tuple((Run(column.title, Style.HEADER),) for column in columns),
        Shade.HEADER,
        headers=Headers.ALL,
    )
    yield Block(row=header, keep_with_next=True)
    for number, row in enumerate(rows):
        shade = Shade.ODD if number % 2 == 0 else Shade.EVEN
        yield Block(
            row=TableRow(widths, tuple(column.cell(row) for column in columns), shade),
            header=header,
        )


def _attendee_name(row: AttendeeRow) -> Cell:
    runs = [Run(row.name)]
    if row.other_spellings:
        runs.append(Run(f"also spelled {', '.join(row.other_spellings)}", Style.SMALL))
    if not row.named:
        runs.append(Run("not named in the article", Style.SMALL))
    return tuple(runs)


def _attendee_role(row: AttendeeRow) -> Cell:
    return (Run(row.role_label), *((Run(row.note, Style.SMALL),) if row.note else ()))


def _statement_cell(row: StatementRow) -> Cell:
    runs = [Run(row.context, Style.SMALL)] if row.context else []
    if row.kind is StatementKind.QUOTE:
        runs.append(Run(f"“{row.text}”"))
    else:
        runs.append(Run(f"Paraphrase: {row.text}", Style.PARAPHRASE))
    if row.via:
        runs.append(Run(f"Reported via: {row.via}", Style.SMALL))
    return tuple(runs)


def _when_and_where(row: StatementRow) -> Cell:
    return tuple(Run(part) for part in (row.said_when, row.said_where) if part)
