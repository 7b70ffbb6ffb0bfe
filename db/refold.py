"""Bring a database's stored search text up to the current folding (db/text_folding.py).

A sheet's search text is folded when the sheet is written, so a database written before the
folding learnt something (letters such as ø, zero-width spaces) holds text folded the old way,
and a search folded the new way misses it. ``refold_search_text`` folds the stored text again
and refills SQLite's full-text indexes; PostgreSQL's trigram indexes follow their columns.
"""

from __future__ import annotations

from sqlalchemy import Connection, Table, bindparam, select, update

from db import statement_index
from db.schema import fact_table, sheet_table, statement_table
from db.text_folding import fold

FOLDED_COLUMNS: tuple[tuple[Table, tuple[str, ...]], ...] = (
    (fact_table, ("search_text",)),
    (statement_table, ("speaker_sort", "search_text")),
)


def refold_search_text(connection: Connection) -> int:
    """Fold every stored search text again, inside the caller's writing transaction (an
    upgrade step); returns how many rows changed. Folding is idempotent, so running it on a
    database already up to date changes nothing."""
    indexes = [index for index in statement_index.INDEXES if index.exists(connection)]
    for index in indexes:
        # The index must forget the old text before the rows change: it stores none of its own.
        connection.exec_driver_sql(f"INSERT INTO {index.name}({index.name}) VALUES ('delete-all')")
    changed = sum(_refold_table(connection, table, columns) for table, columns in FOLDED_COLUMNS)
    sheet_ids: list[int] = list(connection.execute(select(sheet_table.c.id)).scalars())
    for index in indexes:
        for sheet_id in sheet_ids:
            index.add_sheet(connection, sheet_id)
    return changed


def _refold_table(connection: Connection, table: Table, columns: tuple[str, ...]) -> int:
    rows = connection.execute(select(table.c.id, *(table.c[name] for name in columns)))
    changes = []
    for row in rows:
        stored = row._mapping
        folded = {name: fold(stored[name]) for name in columns}
        if any(folded[name] != stored[name] for name in columns):
            changes.append({"row_id": row.id, **{f"new_{name}": folded[name] for name in columns}})
    if changes:
        statement = (
            update(table)
            .where(table.c.id == bindparam("row_id"))
            .values({name: bindparam(f"new_{name}") for name in columns})
        )
        connection.execute(statement, changes)
    return len(changes)
