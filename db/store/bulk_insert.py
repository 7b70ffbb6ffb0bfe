"""Rows written in bulk: one table's INSERT compiled once per database kind and sent as one
executemany on the driver's cursor (db/store/driver_cursor.py). Writing a sheet
(db/store/sheet_writer.py) sends one per table."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from sqlalchemy import Column, ColumnDefault, Dialect, Table, insert


@dataclass(frozen=True)
class BulkInsert:
    """One table's INSERT of all its columns, compiled once for a dialect, its rows given to
    the driver as plain tuples (or mappings, for a driver that names its parameters).

    Through SQLAlchemy's own execute, every executemany worked its statement's cache key out
    again and passed each row's values through the compiled statement. A row leaves out a
    column, or gives None for it, to take the column's default (SQLAlchemy would send a None
    as NULL, which the schema's columns with defaults refuse), so every row of a table has
    the same columns and a table is one executemany."""

    sql: str
    keys: tuple[str, ...]
    """The columns in the order of the statement's parameters."""
    defaults: tuple[Any, ...]
    """What a column takes when a row leaves it out or gives None."""
    writers: tuple[Callable[[Any], Any] | None, ...]
    """How each value is given to the driver (a list as JSON on SQLite), as SQLAlchemy would."""
    positional: bool

    def parameters(self, rows: list[dict[str, Any]]) -> list[Any]:
        fields = list(zip(self.keys, self.defaults, strict=True))
        written = [(place, writer) for place, writer in enumerate(self.writers) if writer]
        sent: list[Any] = []
        for row in rows:
            values = [value if (value := row.get(key)) is not None else d for key, d in fields]
            for place, writer in written:
                if values[place] is not None:
                    values[place] = writer(values[place])
            sent.append(
                tuple(values) if self.positional else dict(zip(self.keys, values, strict=True))
            )
        return sent


@lru_cache(maxsize=64)
def bulk_insert(dialect: Dialect, table: Table, *, with_ids: bool) -> BulkInsert:
    """The insert of every column of ``table`` (the id too, ``with_ids``) for ``dialect``."""
    columns = [column for column in table.c if with_ids or not column.primary_key]
    compiled = insert(table).compile(dialect=dialect, column_keys=[c.key for c in columns])
    order = getattr(compiled, "positiontup", None) if dialect.positional else None
    by_key = {column.key: column for column in columns}
    keys = tuple(order) if order is not None else tuple(by_key)
    if set(keys) != set(by_key):
        raise RuntimeError(f"the insert into {table.name} does not name its columns by key")
    return BulkInsert(
        sql=str(compiled),
        keys=keys,
        defaults=tuple(_default_of(by_key[key]) for key in keys),
        writers=tuple(
            by_key[key].type.dialect_impl(dialect).bind_processor(dialect) for key in keys
        ),
        positional=order is not None,
    )


def _default_of(column: Column[Any]) -> Any:
    """The column's default if it is a plain value; a column whose default a function makes
    (a person's list of other spellings) is always given by the writer."""
    default = column.default
    return default.arg if isinstance(default, ColumnDefault) and default.is_scalar else None


def insert_rows(
    cursor: Any, dialect: Dialect, table: Table, rows: list[dict[str, Any]], *, with_ids: bool
) -> None:
    """Insert ``rows`` into ``table`` with one executemany on the driver's ``cursor``; each
    row names its columns (a name the table has no column for is not written)."""
    if rows:
        bulk = bulk_insert(dialect, table, with_ids=with_ids)
        cursor.executemany(bulk.sql, bulk.parameters(rows))
