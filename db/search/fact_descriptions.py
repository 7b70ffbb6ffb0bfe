"""One line for any fact of any sheet, and where it stands in its article: what a list of facts
drawn from many sheets shows (a search of all sheets, a person's appearances)."""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import Any

from sqlalchemy import Connection, Select, func, select

from db.factfile.vocabulary import StatementKind, role_label, slip_label, status_label
from db.rows import Evidence
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


def _joined(*parts: str) -> str:
    return ", ".join(part for part in parts if part)


def _attendee(row: Any) -> str:
    return f"{_joined(row.name, row.title, row.party)} ({role_label(row.role)})"


def _absence(row: Any) -> str:
    return f"{_joined(row.name, row.title, row.party)}: did not attend"


def _membership(row: Any) -> str:
    return f"{row.party}: {status_label(row.status)}"


def _statement(row: Any) -> str:
    said = f"“{row.text}”" if row.kind == StatementKind.QUOTE else row.text
    return f"{row.name}: {said}"


person, party, fact = person_table.c, party_table.c, fact_table.c

_QUERIES: dict[str, tuple[Select[Any], Callable[[Any], str]]] = {
    "attendees": (
        select(
            attendance_table.c.fact_id,
            person.name,
            attendance_table.c.title,
            party.name.label("party"),
            attendance_table.c.role,
        )
        .join(person_table, attendance_table.c.person_id == person.id)
        .join(party_table, attendance_table.c.party_id == party.id),
        _attendee,
    ),
    "absences": (
        select(
            absence_table.c.fact_id, person.name, absence_table.c.title, party.name.label("party")
        )
        .join(person_table, absence_table.c.person_id == person.id)
        .join(party_table, absence_table.c.party_id == party.id),
        _absence,
    ),
    "memberships": (
        select(
            membership_table.c.fact_id, party.name.label("party"), membership_table.c.status
        ).join(party_table, membership_table.c.party_id == party.id),
        _membership,
    ),
    "statements": (
        select(
            statement_table.c.fact_id,
            person.name,
            statement_table.c.text,
            statement_table.c.kind,
        ).join(person_table, statement_table.c.speaker_id == person.id),
        _statement,
    ),
    "people": (select(person.fact_id, person.name), lambda row: row.name),
    "organization": (
        select(organization_table.c.fact_id, organization_table.c.name),
        lambda row: row.name,
    ),
    "slips": (
        select(slip_table.c.fact_id, slip_table.c.kind, slip_table.c.text),
        lambda row: f"{slip_label(row.kind)}: “{row.text}”",
    ),
}
"""For each kind of fact held in a table of its own: the row to read and how to say it."""

_OF_SHEET: dict[str, Callable[[Any], str]] = {
    "event": lambda sheet: _joined(sheet.event, sheet.place),
    "date": lambda sheet: sheet.date_iso or sheet.day,
    "source": lambda sheet: sheet.source_title,
}
"""Kinds of fact that are said by the sheet itself."""


def describe_facts(connection: Connection, fact_ids: Collection[int]) -> dict[int, str]:
    """A line for each fact, in the words the window uses for it."""
    kinds: dict[str, list[int]] = {}
    for row in connection.execute(select(fact.id, fact.kind).where(fact.id.in_(list(fact_ids)))):
        kinds.setdefault(row.kind, []).append(row.id)
    found: dict[int, str] = {}
    for kind, ids in kinds.items():
        if kind in _QUERIES:
            query, say = _QUERIES[kind]
            owner = query.selected_columns[0]
            for row in connection.execute(query.where(owner.in_(ids))):
                found[row.fact_id] = say(row)
        elif kind in _OF_SHEET:
            say_of_sheet = _OF_SHEET[kind]
            rows = connection.execute(
                select(fact.id, sheet_table, source_table.c.title.label("source_title"))
                .join(sheet_table, fact.sheet_id == sheet_table.c.id)
                .join(source_table, sheet_table.c.source_id == source_table.c.id)
                .where(fact.id.in_(ids))
            )
            for row in rows:
                found[row.id] = say_of_sheet(row)
    return found


def first_evidence(connection: Connection, fact_ids: Collection[int]) -> dict[int, Evidence]:
    """The first quote (in article order) behind each fact."""
    evidence = evidence_table.c
    first = (
        select(evidence.fact_id, func.min(evidence.start).label("start"))
        .where(evidence.fact_id.in_(list(fact_ids)))
        .group_by(evidence.fact_id)
        .subquery()
    )
    rows = connection.execute(
        select(evidence.fact_id, *(evidence[name] for name in Evidence._fields)).join(
            first, (evidence.fact_id == first.c.fact_id) & (evidence.start == first.c.start)
        )
    )
    return {row.fact_id: Evidence._make(row[1:]) for row in rows}
