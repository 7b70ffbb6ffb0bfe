"""Where the database lives and how it is opened.

The default is a SQLite file in the user's data directory; ``--db URL`` or ``FACTSHEET_DB`` name
any SQLAlchemy URL instead. Opening checks that the file really is a Factsheet database of a
schema this version understands, so a wrong file gets a plain sentence rather than a traceback.
"""

from __future__ import annotations

import functools
import os
import urllib.parse
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import Connection, Engine, create_engine, event, insert, inspect, select
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, SQLAlchemyError

from db.errors import DatabaseError, OlderSchemaError, UsageError
from db.search import statement_index
from db.store.driver_faults import CANNOT_OPEN, READ_ONLY, explain
from db.store.environment import DATABASE_VARIABLE, lock_timeout_seconds, refuse_vanishing
from db.store.schema import SCHEMA_VERSION, meta_table, metadata

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
    """How to name the database to a person: its path, or the URL without a password (and
    with a socket folder written as a path: ?host=/run/postgresql, not ?host=%2Frun%2F…)."""
    path = sqlite_file(url)
    if path is not None:
        return str(path)
    try:
        return urllib.parse.unquote(make_url(url).render_as_string(hide_password=True))
    except ArgumentError:
        return url


OPENED_FILE = "factsheet_opened_file"
"""The key, in a SQLite connection's info, of the path it opened and that file's identity."""


def _file_identity(path: Path | None) -> tuple[int, int] | None:
    """The device and inode of the file at ``path`` now, or None where there is none."""
    try:
        found = os.stat(path) if path is not None else None
    except OSError:
        return None
    return (found.st_dev, found.st_ino) if found is not None else None


def _enable_sqlite_rules(path: Path | None, dbapi_connection: Any, record: Any) -> None:
    # Let SQLAlchemy, not the driver, decide when a transaction begins, so that schema changes
    # (a reset) share one transaction with the data and an interruption undoes both.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.close()
    record.info[OPENED_FILE] = (path, _file_identity(path))


WRITER = "factsheet_writer"
"""The execution option, set true on a connection, of a transaction that changes the database:
it waits for other writers to finish, then keeps them out from its first statement to its
commit (``writing`` sets it)."""

POSTGRESQL_WRITE_LOCK = 0x66616374_73686565
"""The number of the advisory lock every Factsheet writer of a PostgreSQL database holds until
it commits (PostgreSQL lets programs agree on such numbers; this one spells "factshee")."""


def _is_writer(connection: Connection) -> bool:
    return bool(connection.get_execution_options().get(WRITER, False))


class _FileReplaced(Exception):
    """The SQLite file a writer waited for was replaced meanwhile (by a reset)."""


def _begin_sqlite_transaction(connection: Connection) -> None:
    # BEGIN IMMEDIATE takes the file's write lock at once, waiting up to the connection's
    # timeout for another writer to commit. A reset replaces the file while holding the old
    # one's lock, so a writer that waited may hold the lock of a file no longer in its place,
    # which SQLite then calls read-only: that writer lets go, and `writing` opens the new file.
    if not _is_writer(connection):
        connection.exec_driver_sql("BEGIN")
        return
    connection.exec_driver_sql("BEGIN IMMEDIATE")
    path, identity = connection.info.get(OPENED_FILE, (None, None))
    if identity is not None and identity != _file_identity(path):
        connection.exec_driver_sql("ROLLBACK")
        raise _FileReplaced(path)


def _begin_postgresql_transaction(connection: Connection) -> None:
    # Writers take turns on one advisory lock, so two people adding sheets at once never both
    # read "no sheet of that name" or "no such person yet" and then clash: the second waits and
    # then sees the first's sheet. Readers never wait for it.
    if _is_writer(connection):
        # Both in one message to the server: one round trip, not two, for every write.
        milliseconds = max(1, round(lock_timeout_seconds() * 1000))
        connection.exec_driver_sql(
            f"SET LOCAL lock_timeout = '{milliseconds}ms'; "
            f"SELECT pg_advisory_xact_lock({POSTGRESQL_WRITE_LOCK})"
        )


REOPENINGS = 3
"""How many times a writer opens a SQLite file again that was replaced while it waited."""


@contextmanager
def writing(engine: Engine) -> Iterator[Connection]:
    """A transaction that changes the database, holding its write lock from the start (see
    WRITER); committed when the block ends, rolled back if it raises."""
    replaced: _FileReplaced | None = None
    for _attempt in range(REOPENINGS):
        connection = engine.connect().execution_options(**{WRITER: True})
        try:
            transaction = connection.begin()
        except _FileReplaced as error:
            replaced = error
            connection.invalidate()
            connection.close()
            continue
        except BaseException:
            connection.close()
            raise
        with connection, transaction:
            yield connection
        return
    raise DatabaseError(
        f"{replaced}: was replaced by another program while Factsheet waited to write to it; "
        "try again"
    )


def _opened_without_creating(parsed: URL) -> URL:
    """The same SQLite file, opened so that a file moved away while in use gives an error
    instead of a new, empty database in its place."""
    path = _sqlite_path(parsed)
    if path is None or parsed.query.get("uri") == "true":
        return parsed  # in memory, or a URI that already says how to open the file
    return parsed.set(
        # A file: URI with its characters escaped (urllib.request's pathname2url would do the
        # same, but importing urllib.request brings http and email along: some 90 ms).
        database=f"file:{urllib.parse.quote(path.as_posix(), safe='/:')}",
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
    path = _sqlite_path(parsed)
    if not may_create:
        parsed = _opened_without_creating(parsed)
    backend = parsed.get_backend_name()
    options: dict[str, Any] = {}
    connect_args: dict[str, Any] = {}
    if backend == "sqlite":
        # How long a statement waits for another program's lock, a writer's included.
        connect_args["timeout"] = lock_timeout_seconds()
    elif backend == "postgresql":
        connect_args["connect_timeout"] = CONNECT_TIMEOUT_SECONDS
        if parsed.get_driver_name() == "psycopg":
            # Plan each search for its own words: a plan prepared once for any word scans the
            # whole table for a rare one instead of looking it up in the trigram index.
            connect_args["prepare_threshold"] = None
        # A window left open while the server restarted reconnects instead of failing once.
        options["pool_pre_ping"] = True
    try:
        engine = create_engine(parsed, connect_args=connect_args, **options)
    except (NoSuchModuleError, ImportError) as error:
        raise DatabaseError(
            f"{describe(url)}: this kind of database is not supported ({error})"
        ) from None
    if backend == "sqlite":
        event.listen(engine, "connect", functools.partial(_enable_sqlite_rules, path))
        event.listen(engine, "begin", _begin_sqlite_transaction)
    elif backend == "postgresql":
        event.listen(engine, "begin", _begin_postgresql_transaction)
    return engine


@dataclass
class Database:
    """An open database: its URL and engine."""

    url: str
    engine: Engine
    notice: str = ""
    """A line to tell the person once, on opening: that the file was just upgraded."""

    @property
    def location(self) -> str:
        return describe(self.url)

    @contextmanager
    def read(self) -> Iterator[Connection]:
        """A connection for reading; any error of the database, whether it comes through
        SQLAlchemy or straight from the driver's cursor, becomes one plain DatabaseError.

        Every query in it sees the database as it was at the first, so a sheet that someone
        replaces or removes meanwhile comes out whole, never half old and half gone. SQLite's
        readers have this already (no writer may commit while a reader holds the file); a
        PostgreSQL reader asks for it, read-only so that it never needs to retry. (Not with
        SQLAlchemy's connection options: handing the connection back would then mark the next
        transaction read-write, overriding a database that its administrator made read-only.)"""
        driver_error = self.engine.dialect.loaded_dbapi.Error
        try:
            with self.engine.connect() as connection:
                if connection.dialect.name == "postgresql":
                    connection.exec_driver_sql(
                        "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"
                    )
                yield connection
        except (SQLAlchemyError, driver_error) as error:
            raise DatabaseError(f"{self.location}: {self.explain(error)}") from error

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """One transaction that changes the database, committed when the block ends; it holds
        the write lock from its start, so other writers wait for it. A driver error becomes one
        plain DatabaseError and changes nothing."""
        driver_error = self.engine.dialect.loaded_dbapi.Error
        try:
            with writing(self.engine) as connection:
                yield connection
        except (SQLAlchemyError, driver_error) as error:
            raise DatabaseError(f"{self.location}: {self.explain(error)}") from error

    def explain(self, error: BaseException) -> str:
        """One plain phrase for ``error``; for a SQLite file that cannot be opened or changed,
        the cause found on the disk (SQLite's own words blame the folder for an unreadable
        file, and the file for a read-only folder)."""
        path = sqlite_file(self.url)
        if path is not None and not path.exists():
            return "is no longer there; it was moved or deleted while Factsheet had it open"
        phrase = explain(error)
        if path is not None and phrase in (CANNOT_OPEN, READ_ONLY):
            return _file_fault(path) or phrase
        return phrase

    def close(self) -> None:
        self.engine.dispose()


def _file_fault(path: Path) -> str | None:
    """What the file system stops SQLite doing with the file at ``path``, if anything: it must
    read and write the file, and write a journal file beside it while it changes the file."""
    if not os.access(path, os.R_OK):
        return "cannot be read (permission denied)"
    if not os.access(path, os.W_OK):
        return READ_ONLY
    if not os.access(path.parent, os.W_OK | os.X_OK):
        return "cannot be changed, its folder is read-only (SQLite writes a journal file beside it)"
    return None


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
    database = Database(url=url, engine=make_engine(url, may_create=create))
    try:
        if create:
            with database.write() as connection:
                check_schema(connection, location, create=True)
        else:
            with database.read() as connection:
                check_schema(connection, location)
    except BaseException:
        database.close()
        raise
    return database


def check_schema(connection: Connection, location: str, *, create: bool = False) -> None:
    """Refuse a database that is not Factsheet's, or whose schema this version cannot read;
    with ``create``, give an empty database the schema (in the caller's transaction)."""
    tables = set(inspect(connection).get_table_names())
    if not tables:
        if not create:
            raise DatabaseError(f"{location}: is empty; run `factsheet seed` to fill it")
        create_schema_in(connection)
        return
    version = stored_schema_version(connection, location, tables=tables)
    if version > SCHEMA_VERSION:
        raise DatabaseError(newer_schema_sentence(location, version))
    if version < SCHEMA_VERSION:
        raise OlderSchemaError(
            f"{location}: has schema {version}, older than this Factsheet's {SCHEMA_VERSION}; "
            "run `factsheet upgrade` with the same --db to upgrade it",
            version=version,
        )


def stored_schema_version(
    connection: Connection, location: str, *, tables: set[str] | None = None
) -> int:
    """The schema number a Factsheet database records; 0 if it records none it can read."""
    if tables is None:
        tables = set(inspect(connection).get_table_names())
    if "meta" not in tables:
        raise DatabaseError(f"{location}: is not a Factsheet database")
    stored = connection.scalar(
        select(meta_table.c.value).where(meta_table.c.key == "schema_version")
    )
    return int(stored) if stored and stored.isdigit() else 0


def newer_schema_sentence(location: str, version: int) -> str:
    return (
        f"{location}: was upgraded by a newer Factsheet (schema {version}; this one reads up "
        f"to {SCHEMA_VERSION}), so this Factsheet must be updated to open it"
    )


def create_schema_in(connection: Connection) -> None:
    metadata.create_all(connection)
    statement_index.create_index(connection)
    connection.execute(insert(meta_table).values(key="schema_version", value=str(SCHEMA_VERSION)))
