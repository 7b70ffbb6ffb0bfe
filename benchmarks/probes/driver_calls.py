"""Statements as the database driver receives them, in the order sent.

A sheet is written on the driver's own cursor (db/store/driver_cursor.py), past SQLAlchemy's
events, so what the import figure replays as its floor, and what the tests count of a sheet's
statements, is recorded by the driver's cursors themselves: SQLite's and psycopg's.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, event

Call = tuple[str, Any, bool]
"""A statement sent to the driver, its parameters, and whether it went as an executemany."""


@contextmanager
def recorded_at_the_driver() -> Iterator[list[Call]]:
    """Every statement sent on the connections that engines open inside the block (they go on
    recording after it, as long as they are open)."""
    calls: list[Call] = []

    def connect(dialect: Any, _record: Any, _arguments: Any, options: dict[str, Any]) -> None:
        if dialect.driver == "pysqlite":
            options["factory"] = _sqlite_connection(calls)
        elif dialect.driver == "psycopg":
            options["cursor_factory"] = _psycopg_cursor(calls)
        else:
            raise NotImplementedError(f"no recording cursor for {dialect.driver}")

    event.listen(Engine, "do_connect", connect)
    try:
        yield calls
    finally:
        event.remove(Engine, "do_connect", connect)


def _sqlite_connection(calls: list[Call]) -> type[sqlite3.Connection]:
    class Cursor(sqlite3.Cursor):
        def execute(self, sql: str, parameters: Any = (), /) -> Cursor:
            calls.append((sql, parameters, False))
            return super().execute(sql, parameters)

        def executemany(self, sql: str, parameters: Any, /) -> Cursor:
            parameters = list(parameters)
            calls.append((sql, parameters, True))
            return super().executemany(sql, parameters)

    class Connection(sqlite3.Connection):
        def cursor(self, factory: Any = Cursor) -> Any:
            return super().cursor(factory)

    return Connection


def _psycopg_cursor(calls: list[Call]) -> type[Any]:
    import psycopg

    class Cursor(psycopg.Cursor[Any]):
        def execute(self, query: Any, params: Any = None, **options: Any) -> Any:
            calls.append((query, params, False))
            return super().execute(query, params, **options)

        def executemany(self, query: Any, params_seq: Any, **options: Any) -> None:
            params_seq = list(params_seq)
            calls.append((query, params_seq, True))
            super().executemany(query, params_seq, **options)

    return Cursor
