"""Read-only questions the viewer and the exporters ask, answered with frozen dataclasses.

Sessions close before the answer is returned, so no caller can trigger lazy SQL later.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any, Protocol

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, aliased

from db.errors import DatabaseError
from db.models import (
    Absence,
    Attendance,
    Evidence,
    Fact,
    Membership,
    Organization,
    Party,
    Person,
    Sheet,
    Slip,
    Source,
    Statement,
)
from db.rows import (
    AbsenceRow,
    AttendeeRow,
    EvidenceQuote,
    MemberRow,
    OrganizationInfo,
    Representative,
    SheetContent,
    SheetDetail,
    SheetSummary,
    SlipRow,
    SourceInfo,
    StatementRow,
)
from db.session import Database
from db.vocabulary import MembershipStatus, Role, SlipKind, StatementKind


def find_sheet(session: Session, slug: str) -> Sheet:
    sheet = session.scalar(select(Sheet).where(Sheet.slug == slug))
    if sheet is None:
        raise DatabaseError(f"there is no sheet called {slug!r} in this database")
    return sheet


def _counts(session: Session, column: Any, *conditions: Any) -> dict[int, int]:
    rows = session.execute(select(column, func.count()).where(*conditions).group_by(column))
    return dict(rows.all())


def sheet_titles(database: Database) -> list[tuple[str, str]]:
    """(slug, title) of every sheet, by title: what a sheet picker needs, without counting."""
    with database.read() as session:
        rows = session.execute(select(Sheet.slug, Sheet.title).order_by(Sheet.title))
        return [(slug, title) for slug, title in rows]


def list_sheets(database: Database) -> list[SheetSummary]:
    with database.read() as session:
        member_counts = _counts(
            session,
            Membership.sheet_id,
            Membership.status != MembershipStatus.OBSERVER_OR_PARTNER.value,
        )
        attendees = _counts(session, Attendance.sheet_id)
        sheets = session.scalars(select(Sheet).order_by(Sheet.title)).all()
        return [
            SheetSummary(
                slug=sheet.slug,
                title=sheet.title,
                members=member_counts.get(sheet.id, 0),
                attendees=attendees.get(sheet.id, 0),
                statements=sheet.statement_count,
            )
            for sheet in sheets
        ]


def sheet_detail(database: Database, slug: str) -> SheetDetail:
    with database.read() as session:
        sheet = find_sheet(session, slug)
        source = session.get_one(Source, sheet.source_id)
        organization = session.scalar(select(Organization).where(Organization.sheet_id == sheet.id))
        fact_ids = dict(
            session.execute(
                select(Fact.key, Fact.id).where(
                    Fact.sheet_id == sheet.id, Fact.key.in_(("source", "event", "date"))
                )
            ).all()
        )
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
        )


def members(database: Database, slug: str) -> list[MemberRow]:
    """Members, then observers and partners, each with who represented it at the event."""
    with database.read() as session:
        sheet = find_sheet(session, slug)
        representatives = _representatives(session, sheet.id)
        rows = session.execute(
            select(Membership, Party.name)
            .join(Party, Membership.party_id == Party.id)
            .where(Membership.sheet_id == sheet.id)
            .order_by(Membership.id)
        )
        return [
            MemberRow(
                fact_id=membership.fact_id,
                country=country,
                status=MembershipStatus(membership.status),
                joined=membership.joined,
                note=membership.note,
                representative=representatives.get(membership.party_id),
            )
            for membership, country in rows
        ]


def _representatives(session: Session, sheet_id: int) -> dict[int, Representative]:
    sent_by: dict[int, str] = {}
    leader = aliased(Person)
    for sent_person_id, title, name in session.execute(
        select(Absence.sent_person_id, Absence.title, leader.name)
        .join(leader, Absence.person_id == leader.id)
        .where(Absence.sheet_id == sheet_id, Absence.sent_person_id.is_not(None))
    ):
        if sent_person_id is not None:
            sent_by[sent_person_id] = f"{title} {name}".strip()
    found: dict[int, Representative] = {}
    for attendance, person in session.execute(
        select(Attendance, Person)
        .join(Person, Attendance.person_id == Person.id)
        .where(Attendance.sheet_id == sheet_id)
        .order_by(Attendance.id)
    ):
        found.setdefault(
            attendance.party_id,
            Representative(
                fact_id=attendance.fact_id,
                name=person.name,
                named=person.named,
                title=attendance.title,
                role=Role(attendance.role),
                sent_by=sent_by.get(person.id, ""),
            ),
        )
    return found


def attendees(database: Database, slug: str) -> list[AttendeeRow]:
    with database.read() as session:
        sheet = find_sheet(session, slug)
        rows = session.execute(
            select(Attendance, Person, Party.name)
            .join(Person, Attendance.person_id == Person.id)
            .join(Party, Attendance.party_id == Party.id)
            .where(Attendance.sheet_id == sheet.id)
            .order_by(Attendance.id)
        )
        return [
            AttendeeRow(
                fact_id=attendance.fact_id,
                name=person.name,
                other_spellings=tuple(person.variants or ()),
                named=person.named,
                title=attendance.title,
                represents=represents,
                role=Role(attendance.role),
                note=attendance.note,
            )
            for attendance, person, represents in rows
        ]


def statements(database: Database, slug: str) -> list[StatementRow]:
    with database.read() as session:
        sheet = find_sheet(session, slug)
        rows = session.execute(
            select(Statement, Person.name, Person.variants)
            .join(Person, Statement.speaker_id == Person.id)
            .where(Statement.sheet_id == sheet.id)
            .order_by(Statement.id)
        )
        return [statement_row(statement, name, variants) for statement, name, variants in rows]


class StatementFields(Protocol):
    """What a statement row is built from: an ORM object or a row of its columns."""

    fact_id: int
    kind: str
    text: str
    context: str
    said_when: str
    said_where: str
    via: str
    topic: str


STATEMENT_COLUMNS = (
    Statement.id,
    Statement.fact_id,
    Statement.kind,
    Statement.text,
    Statement.context,
    Statement.said_when,
    Statement.said_where,
    Statement.via,
    Statement.topic,
)
"""The columns of a statement that a row shows, for reading many rows without ORM objects."""


def statement_row(
    statement: StatementFields, speaker: str, variants: Sequence[str] | None
) -> StatementRow:
    return StatementRow(
        fact_id=statement.fact_id,
        speaker=speaker,
        speaker_spellings=tuple(variants or ()),
        kind=StatementKind(statement.kind),
        text=statement.text,
        context=statement.context,
        said_when=statement.said_when,
        said_where=statement.said_where,
        via=statement.via,
        topic=statement.topic,
    )


def absences(database: Database, slug: str) -> list[AbsenceRow]:
    with database.read() as session:
        sheet = find_sheet(session, slug)
        sent = aliased(Person)
        sent_attendance = aliased(Attendance)
        rows = session.execute(
            select(Absence, Person.name, Party.name, sent.name, sent_attendance.title)
            .join(Person, Absence.person_id == Person.id)
            .join(Party, Absence.party_id == Party.id)
            .outerjoin(sent, Absence.sent_person_id == sent.id)
            .outerjoin(
                sent_attendance,
                (sent_attendance.person_id == sent.id) & (sent_attendance.sheet_id == sheet.id),
            )
            .where(Absence.sheet_id == sheet.id)
            .order_by(Absence.id)
        )
        return [
            AbsenceRow(
                fact_id=absence.fact_id,
                name=name,
                title=absence.title,
                represents=represents,
                sent=sent_name or "",
                sent_title=sent_title or "",
                reason=absence.reason,
            )
            for absence, name, represents, sent_name, sent_title in rows
        ]


def slips(database: Database, slug: str) -> list[SlipRow]:
    with database.read() as session:
        sheet = find_sheet(session, slug)
        rows = session.scalars(select(Slip).where(Slip.sheet_id == sheet.id).order_by(Slip.id))
        return [
            SlipRow(
                fact_id=slip.fact_id,
                kind=SlipKind(slip.kind),
                text=slip.text,
                correction=slip.correction,
                note=slip.note,
            )
            for slip in rows
        ]


def evidence_for(database: Database, fact_ids: Sequence[int]) -> dict[int, list[EvidenceQuote]]:
    """The quotes behind each fact, in article order."""
    found: dict[int, list[EvidenceQuote]] = defaultdict(list)
    if not fact_ids:
        return found
    with database.read() as session:
        rows = session.scalars(
            select(Evidence)
            .where(Evidence.fact_id.in_(list(fact_ids)))
            .order_by(Evidence.fact_id, Evidence.start)
        )
        for row in rows:
            found[row.fact_id].append(
                EvidenceQuote(
                    exact=row.exact,
                    prefix=row.prefix,
                    suffix=row.suffix,
                    start=row.start,
                    end=row.end,
                    paragraph=row.paragraph,
                )
            )
    return found


STATEMENT_KIND = "statements"
"""The kind of fact a statement is (its section in the fact file)."""


def paragraphs_by_fact(
    database: Database, slug: str, *, statements: bool = True
) -> dict[int, tuple[int, ...]]:
    with database.read() as session:
        sheet = find_sheet(session, slug)
        query = (
            select(Evidence.fact_id, Evidence.paragraph)
            .join(Fact, Evidence.fact_id == Fact.id)
            .where(Fact.sheet_id == sheet.id)
            .distinct()
            .order_by(Evidence.fact_id, Evidence.paragraph)
        )
        if not statements:
            # Two ranges rather than "!=", so the (sheet_id, kind) index skips the statements.
            query = query.where(or_(Fact.kind < STATEMENT_KIND, Fact.kind > STATEMENT_KIND))
        rows = session.execute(query)
        found: dict[int, list[int]] = defaultdict(list)
        for fact_id, paragraph in rows:
            found[fact_id].append(paragraph)
    return {fact_id: tuple(paragraphs) for fact_id, paragraphs in found.items()}


def sheet_content(
    database: Database, slug: str, *, statements_up_to: int | None = None
) -> SheetContent:
    """The whole sheet; its statements only if there are at most ``statements_up_to`` of them
    (a window pages through more than that instead of holding them)."""
    detail = sheet_detail(database, slug)
    with_statements = statements_up_to is None or detail.statement_count <= statements_up_to
    return SheetContent(
        detail=detail,
        members=members(database, slug),
        attendees=attendees(database, slug),
        statements=statements(database, slug) if with_statements else [],
        absences=absences(database, slug),
        slips=slips(database, slug),
        paragraphs=paragraphs_by_fact(database, slug, statements=with_statements),
    )
