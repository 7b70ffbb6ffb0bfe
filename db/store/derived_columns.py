"""Recompute, from the facts already stored, every column and index that the facts determine:
what statements and facts are sorted and searched by, each sheet's counts, and the search
indexes. An upgrade ends with this, so an upgraded sheet reads, sorts and is found exactly as
the same sheet written afresh by this version, whatever an older version stored there.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Row, Table, bindparam, select, update

from db.factfile.shape import SECTIONS, text_columns
from db.search import statement_index
from db.search.texts import fact_search_text, statement_search
from db.store.schema import (
    absence_table,
    attendance_table,
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
from db.store.sheet_writer import store_counts

_ROW_TABLES: dict[str, Table] = {
    "organization": organization_table,
    "memberships": membership_table,
    "people": person_table,
    "attendees": attendance_table,
    "absences": absence_table,
    "slips": slip_table,
}
"""The sections whose facts are each one row of a table (a statement's is searched through
its own row; the source, event and date are columns of the sheet and its source)."""

_REFERRED: dict[tuple[str, ...], Table] = {("people",): person_table}
"""The table a reference to these sections names a row of; any other names a party."""


def refresh(connection: Connection) -> None:
    statement_index.drop_index(connection)
    _refresh_statements(connection)
    _refresh_facts(connection)
    sheet_ids: list[int] = list(connection.execute(select(sheet_table.c.id)).scalars())
    for sheet_id in sheet_ids:
        store_counts(connection, sheet_id)
    statement_index.create_index(connection)
    for sheet_id in sheet_ids:
        statement_index.index_sheet(connection, sheet_id)


def _refresh_statements(connection: Connection) -> None:
    statement, speaker = statement_table.c, person_table.c
    rows = connection.execute(
        select(statement.id, statement.kind, speaker.name, speaker.variants)
        .add_columns(*(statement[column] for column in text_columns("statements").values()))
        .join_from(statement_table, person_table, statement.speaker_id == speaker.id)
    ).all()
    _update(
        connection,
        statement_table,
        [
            {
                "row_id": row.id,
                **statement_search(
                    speaker=row.name,
                    spellings=row.variants or [],
                    kind=row.kind,
                    texts=[row._mapping[column] for column in text_columns("statements").values()],
                ),
            }
            for row in rows
        ],
    )


def _refresh_facts(connection: Connection) -> None:
    names: dict[Table, dict[int, str]] = {
        table: {row.id: row.name for row in connection.execute(select(table.c.id, table.c.name))}
        for table in (person_table, party_table)
    }
    values_of_fact: dict[int, tuple[str, dict[str, Any]]] = {}
    for section, table in _ROW_TABLES.items():
        for row in connection.execute(select(table)).all():
            values_of_fact[row.fact_id] = (section, _field_values(section, row, names))
    sheets = select(sheet_table, source_table.c.file_name, *_source_columns()).join_from(
        sheet_table, source_table, sheet_table.c.source_id == source_table.c.id
    )
    sheet_values = {row.id: _sheet_sections(row) for row in connection.execute(sheets).all()}
    updates = []
    for fact in connection.execute(
        select(fact_table.c.id, fact_table.c.sheet_id, fact_table.c.kind)
    ):
        section, values = values_of_fact.get(fact.id) or (
            fact.kind,
            sheet_values[fact.sheet_id].get(fact.kind, {}),
        )
        updates.append({"row_id": fact.id, "search_text": fact_search_text(section, values)})
    _update(connection, fact_table, updates)


def _field_values(
    section: str, row: Row[Any], names: dict[Table, dict[int, str]]
) -> dict[str, Any]:
    """A stored fact's values by field name, each reference turned into the name it names."""
    values: dict[str, Any] = {}
    for name, field in SECTIONS[section].fields.items():
        column = field.stored_as(name)
        if column not in row._mapping:
            continue
        value = row._mapping[column]
        if field.refers_to and value is not None:
            value = names[_REFERRED.get(field.refers_to, party_table)].get(value, "")
        values[name] = value
    return values


def _source_columns() -> list[Any]:
    return [
        source_table.c[name].label(f"source_{name}")
        for name in SECTIONS["source"].fields
        if name != "file"
    ]


def _sheet_sections(row: Row[Any]) -> dict[str, dict[str, Any]]:
    """The values of a sheet's source, event and date facts, which live in its columns."""
    stored = row._mapping
    return {
        "source": {
            "file": stored["file_name"],
            **{
                name: stored[f"source_{name}"]
                for name in SECTIONS["source"].fields
                if name != "file"
            },
        },
        "event": {"name": stored["event"], "place": stored["place"], "day": stored["day"]},
        "date": {"value": stored["date_iso"], "basis": stored["date_basis"]},
    }


def _update(connection: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """Set columns of many rows by id at once; each dict holds ``row_id`` and the new values."""
    if not rows:
        return
    columns = [name for name in rows[0] if name != "row_id"]
    connection.execute(
        update(table)
        .where(table.c.id == bindparam("row_id"))
        .values({column: bindparam(f"new_{column}") for column in columns}),
        [
            {f"new_{name}" if name != "row_id" else name: value for name, value in row.items()}
            for row in rows
        ],
    )
