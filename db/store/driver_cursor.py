"""The statements a sheet is written with, sent on the driver's own cursor.

A sheet takes about fifteen statements, and SQLAlchemy's execute of each (an execution
context, its events, a result) cost about a fifth of what the driver's work on the sheet did
(0.23 ms a sheet against some 1.5 ms of the driver's). So the writer (db/store/sheet_writer.py)
compiles each statement once per database kind and sends it on a cursor of the connection's
driver, in the connection's transaction; the driver's errors become DatabaseErrors as
SQLAlchemy's do (``Database.write``).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from sqlalchemy import Connection, Dialect
from sqlalchemy.sql import ClauseElement


@contextmanager
def driver_cursor(connection: Connection) -> Iterator[Any]:
    """A cursor of the driver's connection under ``connection``, closed when the block ends."""
    driver_connection = connection.connection.driver_connection
    if driver_connection is None:
        raise RuntimeError("the database connection is closed")
    cursor = driver_connection.cursor()
    try:
        yield cursor
    finally:
        cursor.close()


@dataclass(frozen=True)
class DriverSelect:
    """A select compiled for one dialect: its SQL, the values it holds itself (a literal), and
    the order a positional driver (SQLite's) takes its parameters in."""

    sql: str
    fixed: Mapping[str, Any]
    positions: tuple[str, ...] | None

    def rows(self, cursor: Any, given: Mapping[str, Any]) -> list[tuple[Any, ...]]:
        """The rows of the select with the parameters ``given`` by name, as the driver reads
        them (the writer selects only numbers and text, which need no reading)."""
        values = {**self.fixed, **given}
        if self.positions is None:
            cursor.execute(self.sql, values)
        else:
            cursor.execute(self.sql, tuple(values[name] for name in self.positions))
        rows: list[tuple[Any, ...]] = cursor.fetchall()
        return rows


@lru_cache(maxsize=128)
def driver_select(dialect: Dialect, statement: ClauseElement) -> DriverSelect:
    """``statement`` compiled for ``dialect``, once."""
    compiled = statement.compile(dialect=dialect)
    positions = getattr(compiled, "positiontup", None) if dialect.positional else None
    return DriverSelect(
        sql=str(compiled),
        fixed=dict(compiled.params),
        positions=tuple(positions) if positions is not None else None,
    )
