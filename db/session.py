"""Where the database lives and how it is opened.

The default is a SQLite file in the user's data directory; ``--db URL`` or ``FACTSHEET_DB`` name
any SQLAlchemy URL instead. Opening checks that the file really is a Factsheet database of a
schema this version understands, so a wrong file gets a plain sentence rather than a traceback.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import Connection, Engine, create_engine, event, insert, inspect, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, SQLAlchemyError

from db import statement_index
from db.errors import DatabaseError, OlderSchemaError
from db.schema import SCHEMA_VERSION, meta_table, metadata

APP_NAME = "factsheet"
ENVIRONMENT_VARIABLE = "FACTSHEET_DB"
CONNECT_TIMEOUT_SECONDS = 5


def default_database_path() -> Path:
    return platformdirs.user_data_path(APP_NAME, appauthor=False) / "factsheet.sqlite3"


def resolve_url(explicit: str | None = None) -> tuple[str, bool]:
    """The database URL to use, and whether it is the default (which may be created and seeded)."""
    if explicit:
        return explicit, False
    from_environment = os.environ.get(ENVIRONMENT_VARIABLE)
    if from_environment:
        return from_environment, False
    return f"sqlite:///{default_database_path()}", True


def sqlite_file(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for in-memory and other databases."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        return None
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


def _begin_sqlite_transaction(connection: Any) -> None:
    connection.exec_driver_sql("BEGIN")


def make_engine(url: str) -> Engine:
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise DatabaseError(
            f"{url}: is not a database URL like sqlite:///path/to/file.db"
        ) from None
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
        """A connection for reading; a driver error becomes one plain DatabaseError."""
        try:
            with self.engine.connect() as connection:
                yield connection
        except SQLAlchemyError as error:
            raise DatabaseError(f"{self.location}: {explain(error)}") from error

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
    engine = make_engine(url)
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


def open_or_seed(url: str, *, is_default: bool) -> Database:
    """Open the database; the default one is created and seeded on first run, and rebuilt from
    the bundled seeds when an older Factsheet made it. Any other database must exist."""
    path = sqlite_file(url)
    if is_default and path is not None and not path.exists():
        from db.seed import seed_database

        seed_database(url)
    try:
        return open_database(url)
    except OlderSchemaError:
        if not is_default:
            raise
    from db.seed import seed_database

    seed_database(url, reset=True)
    return open_database(url)


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
