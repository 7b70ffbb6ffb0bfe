"""Turn one checked fact file into the rows of one sheet, and take a sheet out again.

Each field of the fact file is written to the column db/factfile/shape.py names for it, so a
field added there and to the schema is stored with no change here. The caller owns the
transaction: a sheet is written whole or not at all.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from functools import lru_cache
from itertools import chain
from typing import Any, NamedTuple

from sqlalchemy import (
    CompoundSelect,
    Connection,
    Dialect,
    Select,
    Table,
    bindparam,
    delete,
    exists,
    func,
    literal_column,
    select,
    union_all,
    update,
)

from db.factfile.reading import FactFile, Record
from db.factfile.shape import SECTIONS, text_columns
from db.factfile.vocabulary import PartyKind
from db.rows import Evidence
from db.search import statement_index
from db.search.texts import fact_search_text, statement_search
from db.store.bulk_insert import insert_rows
from db.store.driver_cursor import driver_cursor, driver_select
from db.store.entity_keys import EntityKey, party_entity, person_entity
from db.store.schema import (
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
    with driver_cursor(connection) as cursor:
        writer = _SheetWriter(connection.dialect, cursor, fact_file)
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


_REFERRED = ("people", "countries", "bodies")
"""The sections whose entries other facts name by key."""

_STATEMENT_TEXTS = tuple(text_columns("statements"))
"""The text fields of a statement, which it is searched by."""

_STORED = {
    section: tuple(
        (name, field.stored_as(name), field.refers_to, field.kind)
        for name, field in shape.fields.items()
    )
    for section, shape in SECTIONS.items()
}
"""Each section's fields: the name, its column, the sections it names by key, its kind."""

_FACT_TABLES: dict[str, Table] = {
    "organization": organization_table,
    "memberships": membership_table,
    "people": person_table,
    "attendees": attendance_table,
    "absences": absence_table,
    "statements": statement_table,
    "slips": slip_table,
}
"""Sections whose records are facts with a row of their own, in the order they are written:
each refers only to rows written before it."""


@lru_cache(maxsize=32)
def _reserving(dialect_name: str, tables: tuple[Table, ...]) -> Select[Any] | CompoundSelect[Any]:
    """The one statement that reserves ids for ``tables`` (see ``_SheetWriter._reserve``),
    built once rather than for every sheet. On PostgreSQL it takes each table's count as the
    parameter ``count_`` + the table's name."""
    if dialect_name == "postgresql":
        return union_all(
            *(
                select(
                    # The schema's own table names, written into the SQL as they are.
                    literal_column(f"'{table.name}'").label("name"),
                    func.nextval(func.pg_get_serial_sequence(table.name, "id")).label("id"),
                ).select_from(func.generate_series(1, bindparam(f"count_{table.name}")))
                for table in tables
            )
        )
    return select(*(select(func.max(table.c.id)).scalar_subquery() for table in tables))


@lru_cache(maxsize=128)
def _entities_named(kinds: int, keys: int) -> Select[Any]:
    """The entities already made of any of ``kinds`` kinds under any of ``keys`` keys (the
    parameters ``kind_0``…, ``key_0``…): the kinds named too, so that the look-up goes through
    the index of kind and key rather than reading every entity of the database. One statement
    for each number of kinds and keys, so that each is compiled once."""
    return select(entity_table.c.id, entity_table.c.kind, entity_table.c.key).where(
        entity_table.c.kind.in_([bindparam(f"kind_{number}") for number in range(kinds)]),
        entity_table.c.key.in_([bindparam(f"key_{number}") for number in range(keys)]),
    )


class _SheetWriter:
    """Turns the records of one fact file into rows of one sheet, one bulk insert per table
    (db/store/bulk_insert.py), so a sheet costs about fifteen statements whatever its size,
    each sent on the driver's ``cursor`` (db/store/driver_cursor.py)."""

    def __init__(self, dialect: Dialect, cursor: Any, fact_file: FactFile) -> None:
        self.dialect = dialect
        self.cursor = cursor
        self.fact_file = fact_file
        self.ids: dict[str, dict[str, int]] = {section: {} for section in _REFERRED}
        """The new row id of each person, country and body, by its key in the fact file."""
        self.referred = {
            section: {record.text("key"): record for record in fact_file.many(section)}
            for section in _REFERRED
        }
        """Each person, country and body of the fact file, by its key."""
        self.sheet_id = 0
        self._reserved: dict[str, list[int]] = {}
        """Ids set aside for the rows of each table about to be written."""
        self.changed_at = now_iso()
        self.changed_by = ""
        self.kept: Mapping[str, FactMark] = {}

    def write(self) -> int:
        # The source's fact first: its id tells this writing of the sheet from another.
        header = [
            record
            for section in ("source", "event", "date")
            if (record := self.fact_file.one(section)) is not None
        ]
        sections = {section: self.fact_file.many(section) for section in _FACT_TABLES}
        facts = [*header, *chain.from_iterable(sections.values())]
        slug = one(self.fact_file, "sheet").text("slug")
        parties = {
            section: [
                (record, party_entity(record, kind)) for record in self.fact_file.many(section)
            ]
            for section, kind in (("countries", PartyKind.COUNTRY), ("bodies", PartyKind.BODY))
        }
        people = [(record, person_entity(record, slug)) for record in sections["people"]]
        entities, new_entities = self._entities(
            [entity for pairs in [*parties.values(), people] for _record, entity in pairs]
        )
        self._reserve(
            {
                source_table: 1,
                sheet_table: 1,
                fact_table: len(facts),
                entity_table: len(new_entities),
                party_table: sum(len(pairs) for pairs in parties.values()),
                person_table: len(people),
            }
        )
        self._write_sheet(self._write_source())
        new_ids = self._insert_many(entity_table, new_entities)
        entities.update(
            ((row["kind"], row["key"]), new_id)
            for row, new_id in zip(new_entities, new_ids, strict=True)
        )
        fact_ids = iter(self._write_facts(facts)[len(header) :])
        for section, kind in (("countries", PartyKind.COUNTRY), ("bodies", PartyKind.BODY)):
            rows = [
                {
                    "sheet_id": self.sheet_id,
                    "kind": kind.value,
                    "entity_id": entities[entity.kind, entity.key],
                    **self._stored(record),
                }
                for record, entity in parties[section]
            ]
            self._keep_ids(section, parties[section], self._insert_many(party_table, rows))
        person_entities = {
            record.key: entities[entity.kind, entity.key] for record, entity in people
        }
        for section, table in _FACT_TABLES.items():
            rows = [
                self._fact_row(record, next(fact_ids), **self._extra(record, person_entities))
                for record in sections[section]
            ]
            ids = self._insert_many(table, rows, with_ids=section == "people")
            if section == "people":
                self._keep_ids(section, people, ids)
        return self.sheet_id

    def _extra(self, record: Record, person_entities: dict[str, int]) -> dict[str, Any]:
        """What a row holds beside the fields of its record."""
        if record.section == "people":
            return {"entity_id": person_entities[record.key]}
        if record.section == "statements":
            return self._statement_search(record)
        return {}

    def _keep_ids(
        self, section: str, written: list[tuple[Record, EntityKey]], ids: list[int]
    ) -> None:
        for (record, _entity), row_id in zip(written, ids, strict=True):
            self.ids[section][record.text("key")] = row_id

    def _stored(self, record: Record) -> dict[str, Any]:
        """Each field of ``record`` under its column, with references turned into row ids."""
        values: dict[str, Any] = {}
        for name, column, refers_to, kind in _STORED[record.section]:
            value = record.values.get(name)
            if refers_to:
                value = self._id_of(refers_to, str(value))
            elif kind is str:
                value = "" if value is None else str(value)
            elif kind is list:
                value = list(value or [])
            values[column] = value
        return values

    def _id_of(self, sections: tuple[str, ...], key: str) -> int | None:
        """The new row id of the person, country or body of one of ``sections`` with ``key``."""
        for section in sections:
            if (row_id := self.ids[section].get(key)) is not None:
                return row_id
        return None

    def _fact_row(self, record: Record, fact_id: int, **extra: Any) -> dict[str, Any]:
        """The row of a fact's own table: its stored fields and ``extra`` (those the table has
        no column for are left out by the insert)."""
        return {"sheet_id": self.sheet_id, "fact_id": fact_id, **self._stored(record), **extra}

    def _insert_many(
        self, table: Table, rows: list[dict[str, Any]], *, with_ids: bool = True
    ) -> list[int]:
        """Insert ``rows`` with one executemany; with ``with_ids``, gives them (in place) the
        ids reserved for ``table`` and returns those, in the order of ``rows``."""
        ids: list[int] = []
        if with_ids:
            reserved = self._reserved[table.name]
            ids, reserved[:] = reserved[: len(rows)], reserved[len(rows) :]
            for row, row_id in zip(rows, ids, strict=True):
                row["id"] = row_id
        insert_rows(self.cursor, self.dialect, table, rows, with_ids=with_ids)
        return ids

    def _reserve(self, counts: dict[Table, int]) -> None:
        """Set aside unused ids for the rows about to be written, in one statement, so that
        no row needs a statement of its own to learn its id: from each table's sequence on
        PostgreSQL, else the ones after its largest, which no other writer can take while this
        transaction holds the write lock (SQLite)."""
        self._reserved = {table.name: [] for table in counts}
        wanted = {table: count for table, count in counts.items() if count}
        if not wanted:
            return
        counted = {f"count_{table.name}": count for table, count in wanted.items()}
        reserving = driver_select(self.dialect, _reserving(self.dialect.name, tuple(wanted)))
        if self.dialect.name == "postgresql":
            for name, row_id in reserving.rows(self.cursor, counted):
                self._reserved[name].append(int(row_id))
            return
        (largest,) = reserving.rows(self.cursor, {})
        for (table, count), last in zip(wanted.items(), largest, strict=True):
            first = (last or 0) + 1
            self._reserved[table.name] = list(range(first, first + count))

    def _entities(
        self, wanted: list[EntityKey]
    ) -> tuple[dict[tuple[str, str], int], list[dict[str, Any]]]:
        """The id of each entity already made, by kind and key, and the rows of the entities
        this sheet names first (the first of several names of one entity kept)."""
        if not wanted:
            return {}, []
        kinds = sorted({key.kind for key in wanted})
        keys = sorted({key.key for key in wanted})
        named = driver_select(self.dialect, _entities_named(len(kinds), len(keys)))
        found = {
            (kind, key): entity_id
            for entity_id, kind, key in named.rows(
                self.cursor,
                {
                    **{f"kind_{number}": kind for number, kind in enumerate(kinds)},
                    **{f"key_{number}": key for number, key in enumerate(keys)},
                },
            )
        }
        new: dict[tuple[str, str], dict[str, Any]] = {}
        for key in wanted:
            if (key.kind, key.key) not in found:
                new.setdefault(
                    (key.kind, key.key), {"kind": key.kind, "key": key.key, "name": key.name}
                )
        return found, list(new.values())

    def _write_facts(self, records: list[Record]) -> list[int]:
        """A fact row for each record and its evidence rows; returns the facts' ids."""
        fact_ids = self._insert_many(
            fact_table,
            [
                {
                    "sheet_id": self.sheet_id,
                    "key": record.key,
                    "kind": record.section,
                    "reviewed": record.reviewed,
                    "reviewed_by": record.text("reviewed_by"),
                    "reviewed_at": record.text("reviewed_at"),
                    **self._mark(record),
                    "search_text": self._fact_search_text(record),
                }
                for record in records
            ],
        )
        evidence = [
            evidence_row(fact_id, quoted)
            for record, fact_id in zip(records, fact_ids, strict=True)
            for quoted in record.evidence
        ]
        if evidence:
            self._insert_many(evidence_table, evidence, with_ids=False)
        return fact_ids

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
        row = {**stored, "file_name": stored.pop("file"), "text": self.fact_file.article}
        (source_id,) = self._insert_many(source_table, [row])
        return source_id

    def _write_sheet(self, source_id: int) -> None:
        sheet = one(self.fact_file, "sheet")
        event = one(self.fact_file, "event")
        dated = self.fact_file.one("date")
        row = {
            "slug": sheet.text("slug"),
            "title": sheet.text("title"),
            "summary": sheet.text("summary"),
            "language": sheet.text("language") or "en",
            "event": event.text("name"),
            "place": event.text("place"),
            "day": event.text("day"),
            "date_iso": dated.text("value") if dated else None,
            "date_inferred": bool(dated.values.get("inferred")) if dated else False,
            "date_basis": dated.text("basis") if dated else "",
            "source_id": source_id,
            "seed_digest": self.fact_file.digest,
            "fact_file": self.fact_file.text,
            # Each table's row count, kept with the sheet so listing many sheets counts nothing.
            "member_count": len(self.fact_file.many("memberships")),
            "attendee_count": len(self.fact_file.many("attendees")),
            "statement_count": len(self.fact_file.many("statements")),
        }
        (self.sheet_id,) = self._insert_many(sheet_table, [row])

    def _fact_search_text(self, record: Record) -> str:
        """The fact's words as a search of all sheets finds them (db/search/texts.py)."""
        named = {
            name: self._name_of(refers_to, str(key))
            for name, _column, refers_to, _kind in _STORED[record.section]
            if refers_to and (key := record.values.get(name)) is not None
        }
        return fact_search_text(record.section, {**record.values, **named})

    def _name_of(self, sections: tuple[str, ...], key: str) -> str:
        for section in sections:
            if (record := self.referred[section].get(key)) is not None:
                return record.text("name")
        return ""

    def _statement_search(self, record: Record) -> dict[str, str]:
        """What a statement is sorted and searched by, which the fact file does not state."""
        speaker = self.referred["people"][record.text("speaker")]
        return statement_search(
            speaker=speaker.text("name"),
            spellings=speaker.values.get("variants", []),
            kind=record.text("kind"),
            texts=[record.text(name) for name in _STATEMENT_TEXTS],
        )


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
