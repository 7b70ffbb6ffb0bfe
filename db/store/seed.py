"""Write checked fact files into a database, all in one transaction.

Seeding is idempotent: a sheet whose fact file has not changed is left alone; a changed one is
replaced whole. A new SQLite file, and a SQLite file being reset, is built under a temporary
name and moved into place, so an interrupted seed leaves either no database or the previous
one, never half of one; any other database (a server's) is seeded, or reset, in one
transaction that holds its write lock, so two seeds at once take turns. A reset touches only a
database that is empty or Factsheet's own, and never one holding sheets it could not rebuild.
"""

from __future__ import annotations

import contextlib
import importlib.resources
import os
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, inspect, make_url, select
from sqlalchemy.exc import SQLAlchemyError

from db.atomic_file import sync_folder
from db.errors import DatabaseError, OlderSchemaError
from db.factfile.reading import FactFile, read_fact_file
from db.search import statement_index
from db.store.schema import SCHEMA_VERSION, meta_table, metadata, sheet_table
from db.store.session import (
    Database,
    check_schema,
    create_schema_in,
    describe,
    explain,
    make_engine,
    newer_schema_sentence,
    open_database,
    sqlite_file,
    stored_schema_version,
    writing,
)
from db.store.sheet_writer import delete_sheet, one, write_sheet
from db.store.upgrade import upgrade_database


@dataclass(frozen=True)
class SeedOutcome:
    slug: str
    changed: bool


def bundled_fact_files() -> list[Path]:
    """The fact files shipped in the ``seeds`` package, in name order."""
    folder = Path(str(importlib.resources.files("seeds")))
    return sorted(folder.glob("*.toml"))


def open_or_seed(url: str, *, is_default: bool) -> Database:
    """Open the database; the default one is created and seeded on first run, and a SQLite
    file of an older schema is upgraded (its ``notice`` says so, and names the copy of the old
    file). Any other database must exist, and a server's be upgraded by `factsheet upgrade`."""
    path = sqlite_file(url)
    if is_default and path is not None and not path.exists():
        seed_database(url)
    try:
        return open_database(url)
    except OlderSchemaError:
        if path is None:
            raise
    upgraded = upgrade_database(url)
    database = open_database(url)
    database.notice = str(upgraded)
    return database


def upgrade_older_file(url: str) -> str:
    """Upgrade the SQLite file at ``url`` if an older Factsheet made it, before it is seeded;
    the line telling so, or "" if there was nothing to upgrade. Any other fault of the file is
    left for the seed, which meets and tells it (an empty file it fills)."""
    try:
        open_database(url).close()
    except OlderSchemaError:
        return str(upgrade_database(url))
    except DatabaseError:
        pass
    return ""


def seed_database(
    url: str, fact_paths: Sequence[Path] | None = None, *, reset: bool = False
) -> list[SeedOutcome]:
    """Check every fact file first, then write them all; nothing is written if any is faulty."""
    fact_files = [read_fact_file(path) for path in (fact_paths or bundled_fact_files())]
    path = sqlite_file(url)
    if path is not None and path.is_dir():
        raise DatabaseError(f"{path}: is a folder, not a database file")
    if path is not None and not path.exists():
        return _build_sqlite_file(path, fact_files)
    if path is not None and reset:
        with _held_for_reset(url, fact_files):
            return _build_sqlite_file(path, fact_files, replacing=True)
    if reset:
        return _reset_in_place(url, fact_files)
    return _seed_in_place(url, fact_files)


def build_new_database(path: Path, fact_files: Sequence[FactFile]) -> list[SeedOutcome]:
    """A new SQLite database at ``path`` holding the sheets of ``fact_files``, and no others."""
    return _build_sqlite_file(path, fact_files)


def _build_sqlite_file(
    path: Path, fact_files: Sequence[FactFile], *, replacing: bool = False
) -> list[SeedOutcome]:
    """Build the database in a temporary file beside ``path``, then move it into place.

    Errors name ``path``, the file the person asked for, never the temporary one, which is
    removed whatever happens. A link is followed: the file it points to is the database, and
    a rebuilt one keeps its permissions, owner and group (or is refused if it cannot)."""
    real = path.resolve()
    folder = real.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise DatabaseError(f"{path}: cannot create its folder ({error.strerror})") from None
    if not os.access(folder, os.W_OK):
        raise DatabaseError(f"{path}: cannot be written, its folder is read-only")
    _remove_abandoned_builds(real)
    building = real.with_name(f".{real.name}.{os.getpid()}.building")
    engine = make_engine(f"sqlite:///{building}")
    try:
        try:
            with engine.begin() as connection:
                create_schema_in(connection)
                outcomes = [_write_sheet(connection, fact_file) for fact_file in fact_files]
        # A sheet's rows go on the driver's cursor (db/store/driver_cursor.py), so its errors
        # come as the driver's own as well as through SQLAlchemy.
        except (SQLAlchemyError, sqlite3.Error) as error:
            raise DatabaseError(f"{path}: {explain(error)}") from None
        engine.dispose()
        try:
            if replacing:
                _keep_owner_and_mode(building, real.stat(), path)
            os.replace(building, real)
            sync_folder(folder)
        except OSError as error:
            raise DatabaseError(f"{path}: cannot be written ({error.strerror})") from None
        return outcomes
    finally:
        engine.dispose()
        for leftover in (building, building.with_name(building.name + "-journal")):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()


def _keep_owner_and_mode(building: Path, kept: os.stat_result, path: Path) -> None:
    """Give the rebuilt file the permissions, owner and group of the one it replaces: a team's
    shared file must not become the resetter's own. Only root, or an owner keeping a group of
    theirs, may do so; anyone else is refused before the file is touched."""
    os.chmod(building, kept.st_mode & 0o777)
    built = building.stat()
    if not hasattr(os, "chown") or (built.st_uid, built.st_gid) == (kept.st_uid, kept.st_gid):
        return
    try:
        os.chown(building, kept.st_uid, kept.st_gid)
    except PermissionError:
        raise DatabaseError(
            f"{path}: a reset would give it to you instead of its owner and group "
            f"({kept.st_uid}:{kept.st_gid}), which only they or root can keep; ask its owner "
            "to reset it"
        ) from None


@contextlib.contextmanager
def _held_for_reset(url: str, fact_files: Sequence[FactFile]) -> Iterator[None]:
    """Check that the SQLite file at ``url`` may be reset, and hold its write lock meanwhile,
    so no other program writes to it between the check and the swap."""
    location = describe(url)
    path = sqlite_file(url)
    opened_read_only = make_url(url).query.get("mode") == "ro"
    if opened_read_only or (path is not None and not os.access(path, os.W_OK)):
        raise DatabaseError(f"{location}: is read-only, so it cannot be changed")
    engine = make_engine(url, may_create=False)
    try:
        with writing(engine) as connection:
            _check_resettable(connection, location, fact_files)
            yield
    except SQLAlchemyError as error:
        raise DatabaseError(f"{location}: {explain(error)}") from None
    finally:
        engine.dispose()


def _seed_in_place(url: str, fact_files: Sequence[FactFile]) -> list[SeedOutcome]:
    """Seeding a database that is already there (a server's, or a SQLite file): the schema if
    it is empty, and every sheet, in one transaction."""
    database = Database(url=url, engine=make_engine(url, may_create=False))
    try:
        with database.write() as connection:
            check_schema(connection, database.location, create=True)
            return [_write_sheet(connection, fact_file) for fact_file in fact_files]
    finally:
        database.close()


def _reset_in_place(url: str, fact_files: Sequence[FactFile]) -> list[SeedOutcome]:
    """A reset of a server database: the check, the drop and the rebuild in one transaction."""
    database = Database(url=url, engine=make_engine(url))
    try:
        with database.write() as connection:
            _check_resettable(connection, database.location, fact_files)
            statement_index.drop_index(connection)
            metadata.drop_all(connection)
            create_schema_in(connection)
            return [_write_sheet(connection, fact_file) for fact_file in fact_files]
    finally:
        database.close()


def _check_resettable(
    connection: Connection, location: str, fact_files: Sequence[FactFile]
) -> None:
    """Refuse to reset a database that is not Factsheet's, or that holds sheets the reset
    would not write again (sheets added from a person's own articles)."""
    tables = set(inspect(connection).get_table_names())
    if not tables:
        return
    has_version = "meta" in tables and connection.scalar(
        select(meta_table.c.value).where(meta_table.c.key == "schema_version")
    )
    if not has_version:
        raise DatabaseError(
            f"{location}: is not a Factsheet database, so a reset leaves it as it is"
        )
    version = stored_schema_version(connection, location, tables=tables)
    if version > SCHEMA_VERSION:
        raise DatabaseError(newer_schema_sentence(location, version))
    if "sheet" not in tables:
        return
    kept = {one(fact_file, "sheet").text("slug") for fact_file in fact_files}
    stored: list[str] = list(connection.execute(select(sheet_table.c.slug)).scalars())
    lost = sorted(slug for slug in stored if slug not in kept)
    if lost:
        raise DatabaseError(
            f"{location}: holds sheets that a reset would lose ({', '.join(lost)}); "
            "remove them first with `factsheet remove SLUG`"
        )


def _remove_abandoned_builds(path: Path) -> None:
    """Delete what a seed that was killed left behind: a build whose process is gone."""
    for leftover in path.parent.glob(f".{path.name}.*.building*"):
        pid = leftover.name.removeprefix(f".{path.name}.").split(".")[0]
        if pid.isdigit() and not _process_running(int(pid)):
            with contextlib.suppress(OSError):
                leftover.unlink()


def _process_running(pid: int) -> bool:
    if os.name != "posix":
        return True  # os.kill(pid, 0) would end the process on Windows; leave the file be
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # it exists, though it is not ours to signal
    return True


def _write_sheet(connection: Connection, fact_file: FactFile) -> SeedOutcome:
    """Write the sheet, replacing the one of the same slug unless its fact file is unchanged."""
    slug = one(fact_file, "sheet").text("slug")
    existing = connection.execute(
        select(sheet_table.c.id, sheet_table.c.seed_digest).where(sheet_table.c.slug == slug)
    ).first()
    if existing is not None:
        if existing.seed_digest == fact_file.digest:
            return SeedOutcome(slug=slug, changed=False)
        delete_sheet(connection, existing.id)
    write_sheet(connection, fact_file)
    return SeedOutcome(slug=slug, changed=True)
