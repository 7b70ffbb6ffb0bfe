"""Where the database lives and how it is opened.

The default is a SQLite file in the user's data directory; ``--db URL`` or ``FACTSHEET_DB`` name
any SQLAlchemy URL instead. Opening checks that the file really is a Factsheet database of a
schema this version understands, so a wrong file gets a plain sentence rather than a traceback.
"""

from __future__ import annotations

import os
import sqlite3
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import Connection, Engine, create_engine, event, insert, inspect, select
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, SQLAlchemyError

from db import statement_index
from db.environment import DATABASE_VARIABLE, refuse_vanishing
from db.errors import DatabaseError, OlderSchemaError, UsageError
from db.schema import SCHEMA_VERSION, meta_table, metadata

APP_NAME = "factsheet"
CONNECT_TIMEOUT_SECONDS = 5


def default_database_path() -> Path:
    return platformdirs.user_data_path(APP_NAME, appauthor=False) / "factsheet.sqlite3"


def resolve_url(explicit: str | None = None) -> tuple[str, bool]:
    """The database URL to use, and whether it is the default (which may be created and seeded).

    An empty ``explicit`` URL is refused rather than read as "none given"; an empty
    environment variable counts as unset, as shells usually mean it.
    """
    if explicit is not None:
        return check_url(explicit), False
    from_environment = os.environ.get(DATABASE_VARIABLE)
    if from_environment:
        return check_url(from_environment), False
    return f"sqlite:///{default_database_path()}", True


def check_url(url: str) -> str:
    """``url`` if it is a database URL that names a database outliving the command."""
    refuse_vanishing(url)
    try:
        make_url(url)
    except ArgumentError:
        raise UsageError(f"{url}: is not a database URL like sqlite:///path/to/file.db") from None
    return url


def sqlite_file(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for in-memory and other databases."""
    try:
        return _sqlite_path(make_url(url))
    except ArgumentError:
        return None


def _sqlite_path(parsed: URL) -> Path | None:
    database = parsed.database or ""
    if parsed.get_backend_name() != "sqlite" or database in ("", ":memory:"):
        return None
    if parsed.query.get("uri") == "true" and database.startswith("file:"):
        database = database.removeprefix("file:")
    return Path(database)


def describe(url: str) -> str:
    """How to name the database to a person: its path, or the URL without a password."""
    path = sqlite_file(url)
    if path is not None:
        return str(path)
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def _enable_sqlite_rules(dbapi_connection: Any, _record: Any) -> None:
    # Let SQLAlchemy, not the driver, decide when a transaction begins, so that schema changes
    # (a reset) share one transaction with the data and an interruption undoes both.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.close()


BEGIN_HOLDING_WRITE_LOCK = "BEGIN IMMEDIATE"
"""How a transaction begins that must keep other writers out from its first statement: give it
as the ``sqlite_begin`` execution option of a connection."""


def _begin_sqlite_transaction(connection: Any) -> None:
    connection.exec_driver_sql(connection.get_execution_options().get("sqlite_begin", "BEGIN"))


def _opened_without_creating(parsed: URL) -> URL:
    """The same SQLite file, opened so that a file moved away while in use gives an error
    instead of a new, empty database in its place."""
    path = _sqlite_path(parsed)
    if path is None or parsed.query.get("uri") == "true":
        return parsed  # in memory, or a URI that already says how to open the file
    return parsed.set(
        database=f"file:{urllib.request.pathname2url(str(path))}",
        query={**parsed.query, "uri": "true", "mode": "rw"},
    )


def make_engine(url: str, *, may_create: bool = True) -> Engine:
    """An engine for ``url``; with ``may_create`` false a missing SQLite file is an error."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise DatabaseError(
            f"{url}: is not a database URL like sqlite:///path/to/file.db"
        ) from None
    if not may_create:
        parsed = _opened_without_creating(parsed)
    backend = parsed.get_backend_name()
    connect_args: dict[str, Any] = {}
    if backend == "sqlite":
        connect_args["timeout"] = CONNECT_TIMEOUT_SECONDS
    elif backend == "postgresql":
        connect_args["connect_timeout"] = CONNECT_TIMEOUT_SECONDS
    try:
        engine = create_engine(parsed, connect_args=connect_args)
    except (NoSuchModuleError, ImportError) as error:
        raise DatabaseError(
            f"{describe(url)}: this kind of database is not supported ({error})"
        ) from None
    if backend == "sqlite":
        event.listen(engine, "connect", _enable_sqlite_rules)
        event.listen(engine, "begin", _begin_sqlite_transaction)
    return engine


@dataclass
class Database:
    """An open database: its URL and engine."""

    url: str
    engine: Engine

    @property
    def location(self) -> str:
        return describe(self.url)

    @contextmanager
    def read(self) -> Iterator[Connection]:
        """A connection for reading; any error of the database, whether it comes through
        SQLAlchemy or straight from the driver's cursor, becomes one plain DatabaseError."""
        driver_error = self.engine.dialect.loaded_dbapi.Error
        try:
            with self.engine.connect() as connection:
                yield connection
        except (SQLAlchemyError, driver_error) as error:
            raise DatabaseError(f"{self.location}: {self.explain(error)}") from error

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """One transaction that changes the database, committed when the block ends; other
        writers wait for it (SQLite: it holds the write lock from its start). A driver error
        becomes one plain DatabaseError and changes nothing."""
        driver_error = self.engine.dialect.loaded_dbapi.Error
        try:
            with (
                self.engine.connect().execution_options(
                    sqlite_begin=BEGIN_HOLDING_WRITE_LOCK
                ) as connection,
                connection.begin(),
            ):
                yield connection
        except (SQLAlchemyError, driver_error) as error:
            raise DatabaseError(f"{self.location}: {self.explain(error)}") from error

    def explain(self, error: BaseException) -> str:
        """One plain phrase for ``error``, noticing a database file that has gone away."""
        path = sqlite_file(self.url)
        if path is not None and not path.exists():
            return "is no longer there; it was moved or deleted while Factsheet had it open"
        return explain(error)

    def close(self) -> None:
        self.engine.dispose()


def open_database(url: str, *, create: bool = False) -> Database:
    """Open ``url``; with ``create`` a missing SQLite file and an empty schema are made."""
    location = describe(url)
    path = sqlite_file(url)
    if path is not None:
        if path.is_dir():
            raise DatabaseError(f"{location}: is a folder, not a database file")
        if not path.exists():
            if not create:
                raise DatabaseError(
                    f"{location}: no database there; run `factsheet seed --db {url}` to make one"
                )
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                raise DatabaseError(
                    f"{location}: cannot create its folder ({error.strerror})"
                ) from None
    engine = make_engine(url, may_create=create)
    try:
        _check_schema(engine, location, create=create)
    except BaseException:
        engine.dispose()
        raise
    return Database(url=url, engine=engine)


def _check_schema(engine: Engine, location: str, *, create: bool) -> None:
    try:
        tables = set(inspect(engine).get_table_names())
        if not tables:
            if not create:
                raise DatabaseError(f"{location}: is empty; run `factsheet seed` to fill it")
            create_schema(engine)
            return
        if "meta" not in tables:
            raise DatabaseError(f"{location}: is not a Factsheet database")
        with engine.connect() as connection:
            stored = connection.scalar(
                select(meta_table.c.value).where(meta_table.c.key == "schema_version")
            )
    except DatabaseError:
        raise
    except (DBAPIError, sqlite3.Error) as error:
        raise DatabaseError(f"{location}: {explain(error)}") from None
    except SQLAlchemyError as error:
        raise DatabaseError(f"{location}: cannot be read ({error.__class__.__name__})") from None
    version = int(stored) if stored and stored.isdigit() else 0
    if version > SCHEMA_VERSION:
        raise DatabaseError(
            f"{location}: was made by a newer Factsheet (schema {version}; "
            f"this one reads up to {SCHEMA_VERSION}); update Factsheet to open it"
        )
    if version < SCHEMA_VERSION:
        raise OlderSchemaError(
            f"{location}: has an older schema ({version}) that this Factsheet cannot read; "
            "run `factsheet seed --reset` to rebuild it from the seeds"
        )


def create_schema(engine: Engine) -> None:
    with engine.begin() as connection:
        create_schema_in(connection)


def create_schema_in(connection: Connection) -> None:
    metadata.create_all(connection)
    statement_index.create_index(connection)
    connection.execute(insert(meta_table).values(key="schema_version", value=str(SCHEMA_VERSION)))


def explain(error: BaseException) -> str:
    """One plain phrase for a database driver's error."""
    original = getattr(error, "orig", None) or error
    text = str(original).lower()
    if "not a database" in text or "malformed" in text:
        return "is not a Factsheet database, or it is damaged"
    if "disk is full" in text or "no space left" in text:
        return "cannot be written, the disk is full"
    if "locked" in text or "busy" in text:
        return "is locked by another program; close it and try again"
    if "readonly" in text or "read-only" in text:
        return "is read-only, so it cannot be changed"
    if "unable to open" in text:
        return "cannot be opened (check the folder exists and may be read)"
    if "could not connect" in text or "connection refused" in text or "timeout" in text:
        return "the database server cannot be reached"
    first_line = str(original).splitlines()[0] if str(original) else type(original).__name__
    return f"cannot be used ({first_line})"
