"""Turn one checked fact file into the rows of one sheet, and take a sheet out again.

Each field of the fact file is written to the column db/factfile_shape.py names for it, so a
field added there and to the schema is stored with no change here. The caller owns the
transaction: a sheet is written whole or not at all.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any, NamedTuple

from sqlalchemy import Connection, Table, delete, exists, func, insert, select, update

from db import statement_index
from db.entity_keys import EntityKey, party_entity, person_entity
from db.factfile import FactFile, Record
from db.factfile_shape import SECTIONS, text_columns
from db.rows import Evidence
from db.schema import (
    absence_table,
    attendance_table,
    entity_table,
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
from db.search_texts import fact_search_text, statement_search
from db.vocabulary import PartyKind

_TABLES: dict[str, Table] = {
    "organization": organization_table,
    "memberships": membership_table,
    "attendees": attendance_table,
    "absences": absence_table,
    "slips": slip_table,
}
"""Sections whose every field is stored as it is, in the order they are written."""


def now_iso() -> str:
    """This moment in UTC, to the second, as facts record when they were changed."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def find_sheet_id(connection: Connection, slug: str) -> int | None:
    found: int | None = connection.scalar(
        select(sheet_table.c.id).where(sheet_table.c.slug == slug)
    )
    return found


def delete_sheet(connection: Connection, sheet_id: int) -> None:
    """Remove a sheet with everything it owns (its rows cascade), its source included, and the
    entities no other sheet names."""
    source_id = connection.scalar(
        select(sheet_table.c.source_id).where(sheet_table.c.id == sheet_id)
    )
    named = (
        select(person_table.c.entity_id)
        .where(person_table.c.sheet_id == sheet_id)
        .union(select(party_table.c.entity_id).where(party_table.c.sheet_id == sheet_id))
    )
    entity_ids: list[int] = list(connection.execute(named).scalars())
    statement_index.unindex_sheet(connection, sheet_id)
    connection.execute(delete(sheet_table).where(sheet_table.c.id == sheet_id))
    connection.execute(delete(source_table).where(source_table.c.id == source_id))
    entity = entity_table.c.id
    connection.execute(
        delete(entity_table).where(
            entity.in_(entity_ids),
            ~exists().where(person_table.c.entity_id == entity),
            ~exists().where(party_table.c.entity_id == entity),
        )
    )


class FactMark(NamedTuple):
    """A fact's stamp and who last changed it when, kept across a rewrite of its sheet while
    the fact itself stays as it was."""

    stamp: str
    changed_by: str
    changed_at: str


def write_sheet(
    connection: Connection,
    fact_file: FactFile,
    *,
    changed_by: str = "",
    kept: Mapping[str, FactMark] | None = None,
) -> int:
    """Write the sheet; returns its id. Its facts are marked changed by ``changed_by`` now,
    except those ``kept`` names with their stamp unchanged, which keep their marks."""
    writer = _SheetWriter(connection, fact_file)
    writer.changed_by, writer.kept = changed_by, kept or {}
    sheet_id = writer.write()
    statement_index.index_sheet(connection, sheet_id)
    return sheet_id


def evidence_row(fact_id: int, evidence: Evidence) -> dict[str, Any]:
    """The values of an evidence row that quotes ``evidence`` for the fact ``fact_id``."""
    return {"fact_id": fact_id, **evidence._asdict()}


def one(fact_file: FactFile, section: str) -> Record:
    """A section the reader guarantees is there."""
    record = fact_file.one(section)
    if record is None:
        raise ValueError(f"fact file has no [{section}]")
    return record


class _SheetWriter:
    """Turns the records of one fact file into rows of one sheet."""

    def __init__(self, connection: Connection, fact_file: FactFile) -> None:
        self.connection = connection
        self.fact_file = fact_file
        self.ids: dict[str, dict[str, int]] = {"people": {}, "countries": {}, "bodies": {}}
        """The new row id of each person, country and body, by its key in the fact file."""
        self.people = {person.text("key"): person for person in fact_file.many("people")}
        self.sheet_id = 0
        self.changed_at = now_iso()
        self.changed_by = ""
        self.kept: Mapping[str, FactMark] = {}

    def write(self) -> int:
        source_id = self._write_source()
        self._write_sheet(source_id)
        for section, kind in (("countries", PartyKind.COUNTRY), ("bodies", PartyKind.BODY)):
            for record in self.fact_file.many(section):
                self.ids[section][record.text("key")] = self._insert(
                    party_table,
                    sheet_id=self.sheet_id,
                    kind=kind.value,
                    entity_id=self._entity(party_entity(record, kind)),
                    **self._stored(record),
                )
        for section in ("organization", "memberships"):
            for record in self.fact_file.many(section):
                self._add(_TABLES[section], record)
        slug = one(self.fact_file, "sheet").text("slug")
        for record in self.fact_file.many("people"):
            self.ids["people"][record.text("key")] = self._add(
                person_table, record, entity_id=self._entity(person_entity(record, slug))
            )
        for section in ("attendees", "absences"):
            for record in self.fact_file.many(section):
                self._add(_TABLES[section], record)
        for record in self.fact_file.many("statements"):
            self._add(statement_table, record, **self._statement_search(record))
        for record in self.fact_file.many("slips"):
            self._add(slip_table, record)
        self._store_counts()
        return self.sheet_id

    def _stored(self, record: Record) -> dict[str, Any]:
        """Each field of ``record`` under its column, with references turned into row ids."""
        values: dict[str, Any] = {}
        for name, field in SECTIONS[record.section].fields.items():
            value = record.values.get(name)
            if field.refers_to:
                found = (self.ids[target].get(str(value)) for target in field.refers_to)
                value = next((row_id for row_id in found if row_id is not None), None)
            elif field.kind is str:
                value = record.text(name)
            elif field.kind is list:
                value = list(value or [])
            values[field.stored_as(name)] = value
        return values

    def _add(self, table: Table, record: Record, **extra: Any) -> int:
        """A row of the sheet that is a fact, with its fact and evidence; returns its id."""
        fact_id = self._fact(record)
        values = {
            column: value
            for column, value in {**self._stored(record), **extra}.items()
            if column in table.c and value is not None
        }
        return self._insert(table, sheet_id=self.sheet_id, fact_id=fact_id, **values)

    def _insert(self, table: Table, **values: Any) -> int:
        """Insert one row; returns its new id."""
        # The values as parameters, not baked into the statement: the statement is then compiled
        # once per table and set of columns rather than once per row.
        primary_key = self.connection.execute(insert(table), values).inserted_primary_key
        if primary_key is None:  # only for inserts of several rows at once
            raise RuntimeError(f"no id for the new row of {table.name}")
        new_id: int = primary_key[0]
        return new_id

    def _entity(self, wanted: EntityKey) -> int:
        """The entity's id, made the first time any sheet names it."""
        entity = entity_table.c
        found: int | None = self.connection.scalar(
            select(entity.id).where(entity.kind == wanted.kind, entity.key == wanted.key)
        )
        if found is not None:
            return found
        return self._insert(entity_table, kind=wanted.kind, key=wanted.key, name=wanted.name)

    def _fact(self, record: Record) -> int:
        fact_id = self._insert(
            fact_table,
            sheet_id=self.sheet_id,
            key=record.key,
            kind=record.section,
            reviewed=record.reviewed,
            reviewed_by=record.text("reviewed_by"),
            reviewed_at=record.text("reviewed_at"),
            **self._mark(record),
            search_text=self._fact_search_text(record),
        )
        if record.evidence:
            self.connection.execute(
                insert(evidence_table),
                [evidence_row(fact_id, evidence) for evidence in record.evidence],
            )
        return fact_id

    def _mark(self, record: Record) -> dict[str, str]:
        """The fact's stamp, and who corrected it when: kept while the fact is as it was; a
        sheet added or seeded records no one (nobody corrected its facts)."""
        stamp = record.stamp
        kept = self.kept.get(record.key)
        if kept is not None and kept.stamp == stamp:
            return kept._asdict()
        when = self.changed_at if self.changed_by else ""
        return {"stamp": stamp, "changed_by": self.changed_by, "changed_at": when}

    def _write_source(self) -> int:
        record = one(self.fact_file, "source")
        stored = self._stored(record)
        return self._insert(
            source_table,
            file_name=stored.pop("file"),
            text=self.fact_file.article,
            **{column: value for column, value in stored.items() if value is not None},
        )

    def _write_sheet(self, source_id: int) -> None:
        sheet = one(self.fact_file, "sheet")
        event = one(self.fact_file, "event")
        dated = self.fact_file.one("date")
        self.sheet_id = self._insert(
            sheet_table,
            slug=sheet.text("slug"),
            title=sheet.text("title"),
            summary=sheet.text("summary"),
            language=sheet.text("language") or "en",
            event=event.text("name"),
            place=event.text("place"),
            day=event.text("day"),
            date_iso=dated.text("value") if dated else None,
            date_inferred=bool(dated.values.get("inferred")) if dated else False,
            date_basis=dated.text("basis") if dated else "",
            source_id=source_id,
            seed_digest=self.fact_file.digest,
            fact_file=self.fact_file.text,
        )
        # The source's fact first: its id tells this writing of the sheet from another.
        for section in ("source", "event", "date"):
            record = self.fact_file.one(section)
            if record is not None:
                self._fact(record)

    def _fact_search_text(self, record: Record) -> str:
        """The fact's words as a search of all sheets finds them (db/search_texts.py)."""
        values = {
            name: self._name_of(field.refers_to, str(value))
            if field.refers_to and value is not None
            else value
            for name, field in SECTIONS[record.section].fields.items()
            if (value := record.values.get(name)) is not None
        }
        return fact_search_text(record.section, values)

    def _name_of(self, sections: tuple[str, ...], key: str) -> str:
        for section in sections:
            for record in self.fact_file.many(section):
                if record.text("key") == key:
                    return record.text("name")
        return ""

    def _statement_search(self, record: Record) -> dict[str, str]:
        """What a statement is sorted and searched by, which the fact file does not state."""
        speaker = self.people[record.text("speaker")]
        return statement_search(
            speaker=speaker.text("name"),
            spellings=speaker.values.get("variants", []),
            kind=record.text("kind"),
            texts=[record.text(name) for name in text_columns("statements")],
        )

    def _store_counts(self) -> None:
        store_counts(self.connection, self.sheet_id)


def store_counts(connection: Connection, sheet_id: int) -> None:
    """Each table's row count, kept with the sheet so listing many sheets counts nothing."""

    def count(table: Table) -> Any:
        return (
            select(func.count())
            .select_from(table)
            .where(table.c.sheet_id == sheet_id)
            .scalar_subquery()
        )

    connection.execute(
        update(sheet_table)
        .where(sheet_table.c.id == sheet_id)
        .values(
            member_count=count(membership_table),
            attendee_count=count(attendance_table),
            statement_count=count(statement_table),
        )
    )
