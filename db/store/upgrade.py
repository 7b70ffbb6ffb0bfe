"""Bring a database of an older schema up to this one, keeping every sheet.

A person's own SQLite file is upgraded as it is opened, once a copy of the old file is kept
beside it (``factsheet.schema2.sqlite3`` for ``factsheet.sqlite3`` of schema 2). A server's
database is upgraded only by `factsheet upgrade`, so that a teammate still on the older
Factsheet meets a sentence saying it was upgraded rather than a schema it cannot read. The
steps (db/store/schema_upgrades.py) and the recomputed columns (db/store/derived_columns.py) run in one
transaction holding the write lock: other writers wait, and a failure leaves the database,
and the folder, as they were.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, update
from sqlalchemy.exc import SQLAlchemyError

from db.errors import DatabaseError
from db.store import derived_columns
from db.store.driver_faults import explain
from db.store.schema import SCHEMA_VERSION, meta_table
from db.store.schema_upgrades import OLDEST, STEPS
from db.store.session import (
    WRITER,
    describe,
    make_engine,
    newer_schema_sentence,
    sqlite_file,
    stored_schema_version,
)


@dataclass(frozen=True)
class Upgraded:
    """What an upgrade did, told in one line."""

    location: str
    old: int
    new: int
    kept_as: Path | None = None
    """The copy of the old file, for a SQLite file."""

    def __str__(self) -> str:
        if self.old == self.new:
            return f"{self.location}: already at schema {self.new}"
        kept = f"; the old file is kept beside it as {self.kept_as.name}" if self.kept_as else ""
        return f"Upgraded {self.location} from schema {self.old} to {self.new}{kept}"


def upgrade_database(url: str) -> Upgraded:
    """Upgrade the database at ``url`` to this Factsheet's schema, if it is older."""
    location = describe(url)
    path = sqlite_file(url)
    if path is not None and not path.exists():
        raise DatabaseError(f"{location}: no database there to upgrade")
    engine = make_engine(url, may_create=False)
    driver_error = engine.dialect.loaded_dbapi.Error
    old = 0
    kept_as: Path | None = None
    try:
        with engine.connect().execution_options(**{WRITER: True}) as connection:
            if path is not None:
                # Before the transaction begins, as SQLite ignores it within one: a table
                # rebuilt by a step must not take the rows pointing at it along (db/store/table_changes.py).
                connection.connection.driver_connection.execute("PRAGMA foreign_keys = OFF")  # type: ignore[union-attr]
            with connection.begin():
                old = _version_to_upgrade(connection, location)
            if old == SCHEMA_VERSION:
                return Upgraded(location, old, old)
            if path is not None:
                kept_as = _keep_copy(path, old)
            with connection.begin():
                # Read again under the write lock: another program may have upgraded it since.
                if _version_to_upgrade(connection, location) != old:
                    _discard(kept_as)
                    return Upgraded(location, SCHEMA_VERSION, SCHEMA_VERSION)
                _run_steps(connection, old)
    except (SQLAlchemyError, driver_error) as error:
        _discard(kept_as)
        raise DatabaseError(
            f"{location}: could not be upgraded from schema {old}, and is left as it was: "
            f"{explain(error)}"
        ) from error
    except BaseException:
        _discard(kept_as)
        raise
    finally:
        engine.dispose()
    return Upgraded(location, old, SCHEMA_VERSION, kept_as)


def _version_to_upgrade(connection: Connection, location: str) -> int:
    version = stored_schema_version(connection, location)
    if version > SCHEMA_VERSION:
        raise DatabaseError(newer_schema_sentence(location, version))
    if version < OLDEST:
        raise DatabaseError(
            f"{location}: has schema {version}, from before the first release, which no "
            f"Factsheet upgrades (it upgrades schema {OLDEST} and later)"
        )
    return version


def _run_steps(connection: Connection, old: int) -> None:
    for version in range(old, SCHEMA_VERSION):
        STEPS[version](connection)
    derived_columns.refresh(connection)
    connection.execute(
        update(meta_table)
        .where(meta_table.c.key == "schema_version")
        .values(value=str(SCHEMA_VERSION))
    )
    if connection.dialect.name == "sqlite":
        broken = connection.exec_driver_sql("PRAGMA foreign_key_check").first()
        if broken is not None:
            raise DatabaseError(f"a row of {broken[0]} points at a missing row of {broken[2]}")


def _keep_copy(path: Path, version: int) -> Path:
    """Copy the file as it stands, through SQLite's backup, which copies one consistent state
    of it even while other programs write, to a free name beside it, with its permissions.
    (Not within the upgrade's write transaction: SQLite's backup then waits on itself.)"""
    copy = _free_name(path, version)
    try:
        source = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            target = sqlite3.connect(copy)
            try:
                source.backup(target)
            finally:
                target.close()
        finally:
            source.close()
        os.chmod(copy, path.stat().st_mode & 0o777)
    except (OSError, sqlite3.Error) as error:
        _discard(copy)
        reason = error.strerror if isinstance(error, OSError) else str(error)
        raise DatabaseError(
            f"{path}: cannot keep a copy of it as {copy.name} before upgrading it ({reason}); "
            "it is left as it was"
        ) from None
    return copy


def _free_name(path: Path, version: int) -> Path:
    for number in range(1, 1000):
        tail = f".schema{version}" if number == 1 else f".schema{version}-{number}"
        candidate = path.with_name(f"{path.stem}{tail}{path.suffix}")
        if not candidate.exists():
            return candidate
    raise DatabaseError(f"{path}: too many copies of older schemas beside it; move some away")


def _discard(copy: Path | None) -> None:
    if copy is not None:
        with contextlib.suppress(FileNotFoundError):
            copy.unlink()
