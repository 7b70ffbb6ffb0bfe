"""Read-only questions the viewer and the exporters ask, answered with named tuples.

Each answer is read in one connection that is closed before it is returned.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypeVar

from sqlalchemy import Connection, Row, Select, func, or_, select

from db.errors import DatabaseError
from db.factfile.shape import text_columns
from db.factfile.vocabulary import StatementKind
from db.rows import (
    AbsenceRow,
    AttendeeRow,
    Evidence,
    MemberRow,
    OrganizationInfo,
    Representative,
    SheetContent,
    SheetDetail,
    SheetIdentity,
    SheetSummary,
    SlipRow,
    SourceInfo,
    StatementRow,
)
from db.store.schema import (
    absence_table,
    attendance_table,
    evidence_table,
    fact_table,
    membership_table,
    organization_table,
    party_table,
    person_table,
    sheet_table,
    slip_table,
    source_table,
    statement_table,
)
from db.store.session import Database

ReadT = TypeVar("ReadT")
SelectT = TypeVar("SelectT", bound=Select[Any])


def find_sheet(connection: Connection, slug: str) -> Row[Any]:
    sheet = connection.execute(select(sheet_table).where(sheet_table.c.slug == slug)).first()
    if sheet is None:
        raise DatabaseError(f"there is no sheet called {slug!r} in this database")
    return sheet


def sheet_titles(database: Database) -> list[tuple[str, str]]:
    """(slug, title) of every sheet, by title: what a sheet picker needs, without counting."""
    with database.read() as connection:
        rows = connection.execute(
            select(sheet_table.c.slug, sheet_table.c.title).order_by(sheet_table.c.title)
        )
        return [(row.slug, row.title) for row in rows]


def list_sheets(database: Database) -> list[SheetSummary]:
    """Every sheet with where and when its event was and the size of each of its tables (kept
    with the sheet, so nothing is counted), the latest event first."""
    sheet = sheet_table.c
    with database.read() as connection:
        rows = connection.execute(
            select(
                sheet.slug,
                sheet.title,
                sheet.member_count,
                sheet.attendee_count,
                sheet.statement_count,
                sheet.event,
                sheet.place,
                sheet.day,
                sheet.date_iso,
                func.coalesce(organization_table.c.name, "").label("organization"),
            )
            .outerjoin(organization_table, organization_table.c.sheet_id == sheet.id)
            .order_by(sheet.date_iso.is_(None), sheet.date_iso.desc(), sheet.title)
        )
        return [
            SheetSummary(
                slug=row.slug,
                title=row.title,
                members=row.member_count,
                attendees=row.attendee_count,
                statements=row.statement_count,
                event=row.event,
                place=row.place,
                day=row.day,
                date_iso=row.date_iso,
                organization=row.organization,
            )
            for row in rows
        ]


def fact_file_text(database: Database, slug: str) -> str:
    """The fact file the sheet was seeded from, as it was written."""
    with database.read() as connection:
        text: str = find_sheet(connection, slug).fact_file
        return text


def sheet_detail(database: Database, slug: str) -> SheetDetail:
    with database.read() as connection:
        return _sheet_detail(connection, find_sheet(connection, slug))


def _sheet_detail(connection: Connection, sheet: Row[Any]) -> SheetDetail:
    source = connection.execute(
        select(source_table).where(source_table.c.id == sheet.source_id)
    ).one()
    organization = connection.execute(
        select(organization_table).where(organization_table.c.sheet_id == sheet.id)
    ).first()
    fact_ids = {
        row.key: row.id
        for row in connection.execute(
            select(fact_table.c.key, fact_table.c.id).where(
                fact_table.c.sheet_id == sheet.id,
                fact_table.c.key.in_(("source", "event", "date")),
            )
        )
    }
    drafts: Iterable[int] = connection.execute(
        select(fact_table.c.id).where(
            fact_table.c.sheet_id == sheet.id, fact_table.c.reviewed.is_(False)
        )
    ).scalars()
    return SheetDetail(
        slug=sheet.slug,
        title=sheet.title,
        event=sheet.event,
        summary=sheet.summary,
        place=sheet.place,
        day=sheet.day,
        date_iso=sheet.date_iso,
        date_inferred=sheet.date_inferred,
        date_basis=sheet.date_basis,
        language=sheet.language,
        source=SourceInfo(
            file_name=source.file_name,
            title=source.title,
            publisher=source.publisher,
            year=source.year,
            copyright=source.copyright,
            text=source.text,
            sha256=source.sha256,
        ),
        organization=(
            OrganizationInfo(
                fact_id=organization.fact_id,
                name=organization.name,
                abbreviation=organization.abbreviation,
                founded=organization.founded,
                purpose=organization.purpose,
                description=organization.description,
            )
            if organization
            else None
        ),
        fact_ids=fact_ids,
        statement_count=sheet.statement_count,
        identity=SheetIdentity(
            slug=sheet.slug,
            sheet_id=sheet.id,
            first_fact_id=fact_ids.get("source"),
            digest=sheet.seed_digest,
        ),
        draft_fact_ids=frozenset(drafts),
    )


def _sheet_rows(database: Database, slug: str, read: Callable[[Connection, int], ReadT]) -> ReadT:
    """``read`` applied to the sheet called ``slug``, in one connection."""
    with database.read() as connection:
        return read(connection, find_sheet(connection, slug).id)


def members(database: Database, slug: str) -> list[MemberRow]:
    """Members, then observers and partners, each with who represented it at the event."""
    return _sheet_rows(database, slug, _members)


_reviewed = fact_table.c.reviewed
_marks = (fact_table.c.key.label("fact_key"), fact_table.c.stamp)
"""The columns of a row's fact that a correction of it names."""


def with_fact(statement: SelectT, owner: Any) -> SelectT:
    """``statement`` joined to the fact each row of ``owner`` is, for ``_reviewed``."""
    return statement.join(fact_table, owner.c.fact_id == fact_table.c.id)


def _members(connection: Connection, sheet_id: int) -> list[MemberRow]:
    representatives = _representatives(connection, sheet_id)
    membership, party = membership_table.c, party_table.c
    rows = connection.execute(
        with_fact(
            select(membership_table, party.name, party.code, _reviewed, *_marks),
            membership_table,
        )
        .join(party_table, membership.party_id == party.id)
        .where(membership.sheet_id == sheet_id)
        .order_by(membership.id)
    )
    return [
        MemberRow(
            fact_id=row.fact_id,
            name=row.name,
            code=row.code,
            status=row.status,
            joined=row.joined,
            note=row.note,
            representative=representatives.get(row.party_id),
            reviewed=row.reviewed,
            fact_key=row.fact_key,
            stamp=row.stamp,
        )
        for row in rows
    ]


def _representatives(connection: Connection, sheet_id: int) -> dict[int, Representative]:
    sent_by: dict[int, str] = {}
    absence = absence_table.c
    leader = person_table.alias("leader")
    for row in connection.execute(
        select(absence.sent_person_id, absence.title, leader.c.name)
        .join(leader, absence.person_id == leader.c.id)
        .where(absence.sheet_id == sheet_id, absence.sent_person_id.is_not(None))
    ):
        sent_by[row.sent_person_id] = f"{row.title} {row.name}".strip()
    attendance, person = attendance_table.c, person_table.c
    found: dict[int, Representative] = {}
    for row in connection.execute(
        select(
            attendance.party_id,
            attendance.fact_id,
            attendance.title,
            attendance.role,
            person.id.label("person_id"),
            person.name,
            person.named,
            person.variants,
        )
        .join(person_table, attendance.person_id == person.id)
        .where(attendance.sheet_id == sheet_id)
        .order_by(attendance.id)
    ):
        found.setdefault(
            row.party_id,
            Representative(
                fact_id=row.fact_id,
                name=row.name,
                named=row.named,
                title=row.title,
                role=row.role,
                sent_by=sent_by.get(row.person_id, ""),
                other_spellings=tuple(row.variants or ()),
            ),
        )
    return found


def attendees(database: Database, slug: str) -> list[AttendeeRow]:
    return _sheet_rows(database, slug, _attendees)


def _attendees(connection: Connection, sheet_id: int) -> list[AttendeeRow]:
    attendance, person = attendance_table.c, person_table.c
    rows = connection.execute(
        with_fact(
            select(
                attendance.fact_id,
                attendance.title,
                attendance.role,
                attendance.note,
                person.name,
                person.variants,
                person.named,
                party_table.c.name.label("represents"),
                _reviewed,
                *_marks,
            ),
            attendance_table,
        )
        .join(person_table, attendance.person_id == person.id)
        .join(party_table, attendance.party_id == party_table.c.id)
        .where(attendance.sheet_id == sheet_id)
        .order_by(attendance.id)
    )
    return [
        AttendeeRow(
            fact_id=row.fact_id,
            name=row.name,
            other_spellings=tuple(row.variants or ()),
            named=row.named,
            title=row.title,
            represents=row.represents,
            role=row.role,
            note=row.note,
            reviewed=row.reviewed,
            fact_key=row.fact_key,
            stamp=row.stamp,
        )
        for row in rows
    ]


def statements(database: Database, slug: str) -> list[StatementRow]:
    return _sheet_rows(database, slug, _statements)


_statement = statement_table.c
STATEMENT_TEXT_COLUMNS = tuple(text_columns("statements").values())
"""The statement's own text columns, each a field of the row of the same name."""

STATEMENT_ROW_COLUMNS = (
    _statement.id,
    _statement.fact_id,
    _statement.kind,
    *(_statement[name] for name in STATEMENT_TEXT_COLUMNS),
    _statement.search_text,
    person_table.c.name.label("speaker"),
    person_table.c.variants,
    _reviewed,
    *_marks,
)
"""A statement's columns with its speaker's name and other spellings: a whole row."""


def with_speaker(statement: SelectT) -> SelectT:
    """``statement`` joined to each statement's speaker and fact, for STATEMENT_ROW_COLUMNS."""
    joined = statement.join(person_table, _statement.speaker_id == person_table.c.id)
    return with_fact(joined, statement_table)


def _statements(connection: Connection, sheet_id: int) -> list[StatementRow]:
    rows = connection.execute(
        with_speaker(select(*STATEMENT_ROW_COLUMNS))
        .where(_statement.sheet_id == sheet_id)
        .order_by(_statement.id)
    )
    return [statement_row(row) for row in rows]


def statement_row(row: Any) -> StatementRow:
    """The row a table shows, from a result row of STATEMENT_ROW_COLUMNS."""
    return StatementRow(
        fact_id=row.fact_id,
        speaker=row.speaker,
        speaker_spellings=tuple(row.variants or ()),
        kind=StatementKind(row.kind),
        search_text=row.search_text,
        reviewed=row.reviewed,
        fact_key=row.fact_key,
        stamp=row.stamp,
        **{name: getattr(row, name) for name in STATEMENT_TEXT_COLUMNS},
    )


def absences(database: Database, slug: str) -> list[AbsenceRow]:
    return _sheet_rows(database, slug, _absences)


def _absences(connection: Connection, sheet_id: int) -> list[AbsenceRow]:
    absence, person = absence_table.c, person_table.c
    sent = person_table.alias("sent")
    sent_attendance = attendance_table.alias("sent_attendance")
    rows = connection.execute(
        with_fact(
            select(
                absence.fact_id,
                absence.title,
                absence.reason,
                person.name,
                party_table.c.name.label("represents"),
                sent.c.name.label("sent"),
                sent_attendance.c.title.label("sent_title"),
                _reviewed,
                *_marks,
            ),
            absence_table,
        )
        .join(person_table, absence.person_id == person.id)
        .join(party_table, absence.party_id == party_table.c.id)
        .outerjoin(sent, absence.sent_person_id == sent.c.id)
        .outerjoin(
            sent_attendance,
            (sent_attendance.c.person_id == sent.c.id) & (sent_attendance.c.sheet_id == sheet_id),
        )
        .where(absence.sheet_id == sheet_id)
        .order_by(absence.id)
    )
    return [
        AbsenceRow(
            fact_id=row.fact_id,
            name=row.name,
            title=row.title,
            represents=row.represents,
            sent=row.sent or "",
            sent_title=row.sent_title or "",
            reason=row.reason,
            reviewed=row.reviewed,
            fact_key=row.fact_key,
            stamp=row.stamp,
        )
        for row in rows
    ]


def slips(database: Database, slug: str) -> list[SlipRow]:
    return _sheet_rows(database, slug, _slips)


def _slips(connection: Connection, sheet_id: int) -> list[SlipRow]:
    rows = connection.execute(
        select(slip_table).where(slip_table.c.sheet_id == sheet_id).order_by(slip_table.c.id)
    )
    return [
        SlipRow(
            fact_id=row.fact_id,
            kind=row.kind,
            text=row.text,
            correction=row.correction,
            note=row.note,
        )
        for row in rows
    ]


def evidence_for(database: Database, fact_ids: Sequence[int]) -> dict[int, list[Evidence]]:
    """The quotes behind each fact, in article order."""
    found: dict[int, list[Evidence]] = defaultdict(list)
    if not fact_ids:
        return found
    evidence = evidence_table.c
    with database.read() as connection:
        rows = connection.execute(
            select(evidence.fact_id, *(evidence[name] for name in Evidence._fields))
            .where(evidence.fact_id.in_(list(fact_ids)))
            .order_by(evidence.fact_id, evidence.start)
        )
        for row in rows:
            found[row.fact_id].append(Evidence._make(row[1:]))
    return found


STATEMENT_KIND = "statements"
"""The kind of fact a statement is (its section in the fact file)."""


def _paragraphs_by_fact(
    connection: Connection, sheet_id: int, *, statements: bool
) -> dict[int, tuple[int, ...]]:
    evidence, fact = evidence_table.c, fact_table.c
    query = (
        select(evidence.fact_id, evidence.paragraph)
        .join(fact_table, evidence.fact_id == fact.id)
        .where(fact.sheet_id == sheet_id)
        .distinct()
        .order_by(evidence.fact_id, evidence.paragraph)
    )
    if not statements:
        # Two ranges rather than "!=", so the (sheet_id, kind) index skips the statements.
        query = query.where(or_(fact.kind < STATEMENT_KIND, fact.kind > STATEMENT_KIND))
    found: dict[int, list[int]] = defaultdict(list)
    for row in connection.execute(query):
        found[row.fact_id].append(row.paragraph)
    return {fact_id: tuple(paragraphs) for fact_id, paragraphs in found.items()}


def sheet_content(
    database: Database, slug: str, *, statements_up_to: int | None = None
) -> SheetContent:
    """The whole sheet, read in one connection; its statements only if there are at most
    ``statements_up_to`` of them (a window pages through more than that instead of holding
    them)."""
    with database.read() as connection:
        sheet = find_sheet(connection, slug)
        detail = _sheet_detail(connection, sheet)
        with_statements = statements_up_to is None or detail.statement_count <= statements_up_to
        return SheetContent(
            detail=detail,
            members=_members(connection, sheet.id),
            attendees=_attendees(connection, sheet.id),
            statements=_statements(connection, sheet.id) if with_statements else [],
            absences=_absences(connection, sheet.id),
            slips=_slips(connection, sheet.id),
            paragraphs=_paragraphs_by_fact(connection, sheet.id, statements=with_statements),
        )
