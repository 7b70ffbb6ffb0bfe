"""Write checked fact files into a database, all in one transaction.

Seeding is idempotent: a sheet whose fact file has not changed is left alone; a changed one is
replaced whole. A new SQLite file, and a SQLite file being reset, is built under a temporary
name and moved into place, so an interrupted seed leaves either no database or the previous
one, never half of one. A reset touches only a database that is empty or Factsheet's own, and
never one holding sheets it could not rebuild.
"""

from __future__ import annotations

import contextlib
import importlib.resources
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Table, delete, insert, inspect, make_url, select, update
from sqlalchemy.exc import SQLAlchemyError

from db import statement_index
from db.anchoring import Anchor
from db.atomic_file import sync_folder
from db.errors import DatabaseError, OlderSchemaError
from db.factfile import FactFile, Record, read_fact_file
from db.schema import (
    absence_table,
    attendance_table,
    evidence_table,
    fact_table,
    membership_table,
    meta_table,
    metadata,
    organization_table,
    party_table,
    person_table,
    sheet_table,
    slip_table,
    source_table,
    statement_table,
)
from db.session import (
    BEGIN_HOLDING_WRITE_LOCK,
    Database,
    create_schema_in,
    describe,
    explain,
    make_engine,
    open_database,
    sqlite_file,
)
from db.text_folding import fold
from db.vocabulary import PartyKind, StatementKind


@dataclass(frozen=True)
class SeedOutcome:
    slug: str
    changed: bool


def bundled_fact_files() -> list[Path]:
    """The fact files shipped in the ``seeds`` package, in name order."""
    folder = Path(str(importlib.resources.files("seeds")))
    return sorted(folder.glob("*.toml"))


def open_or_seed(url: str, *, is_default: bool) -> Database:
    """Open the database; the default one is created and seeded on first run, and rebuilt from
    the bundled seeds when an older Factsheet made it. Any other database must exist."""
    path = sqlite_file(url)
    if is_default and path is not None and not path.exists():
        seed_database(url)
    try:
        return open_database(url)
    except OlderSchemaError:
        if not is_default:
            raise
    seed_database(url, reset=True)
    return open_database(url)


def seed_database(
    url: str, fact_paths: Sequence[Path] | None = None, *, reset: bool = False
) -> list[SeedOutcome]:
    """Check every fact file first, then write them all; nothing is written if any is faulty."""
    fact_files = [read_fact_file(path) for path in (fact_paths or bundled_fact_files())]
    path = sqlite_file(url)
    if path is not None and not path.exists():
        return _build_sqlite_file(path, fact_files)
    if path is not None and reset:
        with _held_for_reset(url, fact_files):
            return _build_sqlite_file(path, fact_files, replacing=True)
    if reset:
        return _reset_in_place(url, fact_files)
    database = open_database(url, create=True)
    try:
        return _write(database, fact_files)
    finally:
        database.close()


def _build_sqlite_file(
    path: Path, fact_files: Sequence[FactFile], *, replacing: bool = False
) -> list[SeedOutcome]:
    """Build the database in a temporary file beside ``path``, then move it into place.

    Errors name ``path``, the file the person asked for, never the temporary one, which is
    removed whatever happens."""
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise DatabaseError(f"{path}: cannot create its folder ({error.strerror})") from None
    if not os.access(folder, os.W_OK):
        raise DatabaseError(f"{path}: cannot be written, its folder is read-only")
    _remove_abandoned_builds(path)
    building = path.with_name(f".{path.name}.{os.getpid()}.building")
    engine = make_engine(f"sqlite:///{building}")
    try:
        try:
            with engine.begin() as connection:
                create_schema_in(connection)
                outcomes = [_write_sheet(connection, fact_file) for fact_file in fact_files]
        except SQLAlchemyError as error:
            raise DatabaseError(f"{path}: {explain(error)}") from None
        engine.dispose()
        try:
            if replacing:
                os.chmod(building, path.stat().st_mode & 0o777)
            os.replace(building, path)
            sync_folder(folder)
        except OSError as error:
            raise DatabaseError(f"{path}: cannot be written ({error.strerror})") from None
        return outcomes
    finally:
        engine.dispose()
        for leftover in (building, building.with_name(building.name + "-journal")):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()


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
        holding = engine.connect().execution_options(sqlite_begin=BEGIN_HOLDING_WRITE_LOCK)
        with holding as connection, connection.begin():
            _check_resettable(connection, location, fact_files)
            yield
    except SQLAlchemyError as error:
        raise DatabaseError(f"{location}: {explain(error)}") from None
    finally:
        engine.dispose()


def _reset_in_place(url: str, fact_files: Sequence[FactFile]) -> list[SeedOutcome]:
    """A reset of a server database: the check, the drop and the rebuild in one transaction."""
    database = Database(url=url, engine=make_engine(url))
    try:
        with database.engine.begin() as connection:
            _check_resettable(connection, database.location, fact_files)
            statement_index.drop_index(connection)
            metadata.drop_all(connection)
            create_schema_in(connection)
            return [_write_sheet(connection, fact_file) for fact_file in fact_files]
    except SQLAlchemyError as error:
        raise DatabaseError(f"{database.location}: {explain(error)}") from None
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
    if "sheet" not in tables:
        return
    kept = {_required(fact_file, "sheet").text("slug") for fact_file in fact_files}
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


def _write(database: Database, fact_files: Sequence[FactFile]) -> list[SeedOutcome]:
    """One transaction for every sheet."""
    try:
        with database.engine.begin() as connection:
            return [_write_sheet(connection, fact_file) for fact_file in fact_files]
    except SQLAlchemyError as error:
        raise DatabaseError(f"{describe(database.url)}: {explain(error)}") from None


def _write_sheet(connection: Connection, fact_file: FactFile) -> SeedOutcome:
    sheet_record = _required(fact_file, "sheet")
    slug = sheet_record.text("slug")
    existing = connection.execute(
        select(sheet_table.c.id, sheet_table.c.source_id, sheet_table.c.seed_digest).where(
            sheet_table.c.slug == slug
        )
    ).first()
    if existing is not None:
        if existing.seed_digest == fact_file.digest:
            return SeedOutcome(slug=slug, changed=False)
        statement_index.unindex_sheet(connection, existing.id)
        connection.execute(delete(sheet_table).where(sheet_table.c.id == existing.id))
        connection.execute(delete(source_table).where(source_table.c.id == existing.source_id))
    sheet_id = _SheetWriter(connection, fact_file).write()
    statement_index.index_sheet(connection, sheet_id)
    return SeedOutcome(slug=slug, changed=True)


def _required(fact_file: FactFile, section: str) -> Record:
    record = fact_file.one(section)
    if record is None:  # read_fact_file guarantees the required sections
        raise ValueError(f"fact file has no [{section}]")
    return record


class _SheetWriter:
    """Turns the records of one fact file into rows of one sheet."""

    def __init__(self, connection: Connection, fact_file: FactFile) -> None:
        self.connection = connection
        self.fact_file = fact_file
        self.party_ids: dict[str, int] = {}
        self.person_ids: dict[str, int] = {}
        self.sheet_id = 0

    def write(self) -> int:
        """Write the sheet; returns its id."""
        source_id = self._write_source()
        self._write_sheet(source_id)
        self._write_parties()
        self._write_organization()
        for record in self.fact_file.many("memberships"):
            self._add(
                membership_table,
                record,
                party_id=self.party_ids[record.text("country")],
                status=record.text("status"),
                joined=record.text("joined"),
                note=record.text("note"),
            )
        self._write_people()
        for record in self.fact_file.many("attendees"):
            self._add(
                attendance_table,
                record,
                person_id=self.person_ids[record.text("person")],
                party_id=self.party_ids[record.text("represents")],
                title=record.text("title"),
                role=record.text("role"),
                note=record.text("note"),
            )
        for record in self.fact_file.many("absences"):
            sent = record.values.get("sent")
            self._add(
                absence_table,
                record,
                person_id=self.person_ids[record.text("person")],
                party_id=self.party_ids[record.text("represents")],
                sent_person_id=self.person_ids[sent] if sent else None,
                title=record.text("title"),
                reason=record.text("reason"),
            )
        people = {record.text("key"): record for record in self.fact_file.many("people")}
        statements = self.fact_file.many("statements")
        for record in statements:
            speaker = people[record.text("speaker")]
            kind = StatementKind(record.text("kind"))
            self._add(
                statement_table,
                record,
                speaker_id=self.person_ids[record.text("speaker")],
                kind=kind.value,
                text=record.text("text"),
                context=record.text("context"),
                said_when=record.text("when"),
                said_where=record.text("where"),
                via=record.text("via"),
                topic=record.text("topic"),
                speaker_sort=fold(speaker.text("name")),
                search_text=statement_index.searchable_text(
                    speaker=speaker.text("name"),
                    spellings=list(speaker.values.get("variants", [])),
                    kind=kind,
                    statement=record.text("text"),
                    context=record.text("context"),
                    said_when=record.text("when"),
                    said_where=record.text("where"),
                    via=record.text("via"),
                    topic=record.text("topic"),
                ),
            )
        for record in self.fact_file.many("slips"):
            self._add(
                slip_table,
                record,
                kind=record.text("kind"),
                text=record.text("text"),
                correction=record.text("correction"),
                note=record.text("note"),
            )
        self.connection.execute(
            update(sheet_table)
            .where(sheet_table.c.id == self.sheet_id)
            .values(statement_count=len(statements))
        )
        return self.sheet_id

    def _insert(self, table: Table, **values: Any) -> int:
        """Insert one row; returns its new id."""
        primary_key = self.connection.execute(insert(table).values(**values)).inserted_primary_key
        if primary_key is None:  # only for inserts of several rows at once
            raise RuntimeError(f"no id for the new row of {table.name}")
        new_id: int = primary_key[0]
        return new_id

    def _write_source(self) -> int:
        record = _required(self.fact_file, "source")
        return self._insert(
            source_table,
            file_name=record.text("file"),
            title=record.text("title"),
            publisher=record.text("publisher"),
            year=int(record.values["year"]),
            copyright=record.text("copyright"),
            text=self.fact_file.article,
            sha256=record.text("sha256"),
        )

    def _write_sheet(self, source_id: int) -> None:
        sheet_record = _required(self.fact_file, "sheet")
        event = _required(self.fact_file, "event")
        dated = self.fact_file.one("date")
        self.sheet_id = self._insert(
            sheet_table,
            slug=sheet_record.text("slug"),
            title=sheet_record.text("title"),
            summary=sheet_record.text("summary"),
            event=event.text("name"),
            place=event.text("place"),
            day=event.text("day"),
            date_iso=dated.text("value") if dated else None,
            date_inferred=bool(dated.values.get("inferred")) if dated else False,
            date_basis=dated.text("basis") if dated else "",
            source_id=source_id,
            seed_digest=self.fact_file.digest,
        )
        for section in ("source", "event", "date"):
            record = self.fact_file.one(section)
            if record is not None:
                self._fact(record)

    def _write_parties(self) -> None:
        for section, kind in (("countries", PartyKind.COUNTRY), ("bodies", PartyKind.BODY)):
            for record in self.fact_file.many(section):
                key = record.text("key")
                self.party_ids[key] = self._insert(
                    party_table,
                    sheet_id=self.sheet_id,
                    key=key,
                    kind=kind.value,
                    name=record.text("name"),
                    abbreviation=record.text("abbreviation"),
                )

    def _write_organization(self) -> None:
        record = _required(self.fact_file, "organization")
        self._add(
            organization_table,
            record,
            name=record.text("name"),
            abbreviation=record.text("abbreviation"),
            founded=int(record.values["founded"]),
            purpose=record.text("purpose"),
            description=record.text("description"),
        )

    def _write_people(self) -> None:
        for record in self.fact_file.many("people"):
            key = record.text("key")
            self.person_ids[key] = self._add(
                person_table,
                record,
                key=key,
                name=record.text("name"),
                named=bool(record.values.get("named", True)),
                variants=list(record.values.get("variants", [])),
            )

    def _add(self, table: Table, record: Record, **values: Any) -> int:
        """A row of the sheet that is a fact, with its fact and evidence; returns its id."""
        fact_id = self._fact(record)
        return self._insert(table, sheet_id=self.sheet_id, fact_id=fact_id, **values)

    def _fact(self, record: Record) -> int:
        fact_id = self._insert(
            fact_table, sheet_id=self.sheet_id, key=record.key, kind=record.section
        )
        if record.evidence:
            self.connection.execute(
                insert(evidence_table),
                [evidence_row(fact_id, anchor) for anchor in record.evidence],
            )
        return fact_id


def evidence_row(fact_id: int, anchor: Anchor) -> dict[str, Any]:
    """The values of an evidence row that quotes ``anchor`` for the fact ``fact_id``."""
    return {
        "fact_id": fact_id,
        "exact": anchor.exact,
        "prefix": anchor.prefix,
        "suffix": anchor.suffix,
        "start": anchor.start,
        "end": anchor.end,
        "paragraph": anchor.paragraph,
    }
