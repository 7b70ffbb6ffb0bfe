"""Write checked fact files into a database, all in one transaction.

Seeding is idempotent: a sheet whose fact file has not changed is left alone; a changed one is
replaced whole. A new SQLite file is built under a temporary name and moved into place, so an
interrupted seed leaves either no database or the previous one, never half of one.
"""

from __future__ import annotations

import contextlib
import importlib.resources
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from sqlalchemy import delete, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from db import statement_index
from db.anchoring import Anchor
from db.errors import DatabaseError
from db.factfile import FactFile, Record, read_fact_file
from db.models import (
    Absence,
    Attendance,
    Base,
    Evidence,
    Fact,
    Membership,
    Organization,
    Party,
    Person,
    Sheet,
    Slip,
    Source,
    Statement,
)
from db.session import (
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

RowT = TypeVar("RowT", bound=Base)


@dataclass(frozen=True)
class SeedOutcome:
    slug: str
    changed: bool


def bundled_fact_files() -> list[Path]:
    """The fact files shipped in the ``seeds`` package, in name order."""
    folder = Path(str(importlib.resources.files("seeds")))
    return sorted(folder.glob("*.toml"))


def seed_database(
    url: str, fact_paths: Sequence[Path] | None = None, *, reset: bool = False
) -> list[SeedOutcome]:
    """Check every fact file first, then write them all; nothing is written if any is faulty."""
    fact_files = [read_fact_file(path) for path in (fact_paths or bundled_fact_files())]
    path = sqlite_file(url)
    if path is not None and not path.exists():
        return _seed_new_sqlite_file(path, fact_files)
    database = open_database(url, create=True) if not reset else _open_for_reset(url)
    try:
        return _write(database, fact_files, reset=reset)
    finally:
        database.close()


def _open_for_reset(url: str) -> Database:
    """Open without the schema check, since a reset is how an old schema gets rebuilt."""
    engine = make_engine(url)
    return Database(url=url, engine=engine, sessions=sessionmaker(engine, expire_on_commit=False))


def _seed_new_sqlite_file(path: Path, fact_files: Sequence[FactFile]) -> list[SeedOutcome]:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise DatabaseError(f"{path}: cannot create its folder ({error.strerror})") from None
    _remove_abandoned_builds(path)
    building = path.with_name(f".{path.name}.{os.getpid()}.building")
    database = open_database(f"sqlite:///{building}", create=True)
    try:
        outcomes = _write(database, fact_files, reset=False)
        database.close()
        os.replace(building, path)
        return outcomes
    finally:
        database.close()
        for leftover in (building, building.with_name(building.name + "-journal")):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()


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


def _write(database: Database, fact_files: Sequence[FactFile], *, reset: bool) -> list[SeedOutcome]:
    """One transaction for everything, a reset's dropped tables included."""
    try:
        with database.engine.begin() as connection:
            if reset:
                statement_index.drop_index(connection)
                Base.metadata.drop_all(connection)
                create_schema_in(connection)
            with Session(bind=connection) as session:
                outcomes = [_write_sheet(session, fact_file) for fact_file in fact_files]
                session.flush()
            return outcomes
    except SQLAlchemyError as error:
        raise DatabaseError(f"{describe(database.url)}: {explain(error)}") from None


def _write_sheet(session: Session, fact_file: FactFile) -> SeedOutcome:
    sheet_record = _required(fact_file, "sheet")
    slug = sheet_record.text("slug")
    existing = session.scalar(select(Sheet).where(Sheet.slug == slug))
    if existing is not None:
        if existing.seed_digest == fact_file.digest:
            return SeedOutcome(slug=slug, changed=False)
        source_id = existing.source_id
        statement_index.unindex_sheet(session.connection(), existing.id)
        session.execute(delete(Sheet).where(Sheet.id == existing.id))
        session.execute(delete(Source).where(Source.id == source_id))
    sheet_id = _SheetWriter(session, fact_file).write()
    session.flush()
    statement_index.index_sheet(session.connection(), sheet_id)
    return SeedOutcome(slug=slug, changed=True)


def _required(fact_file: FactFile, section: str) -> Record:
    record = fact_file.one(section)
    if record is None:  # read_fact_file guarantees the required sections
        raise ValueError(f"fact file has no [{section}]")
    return record


class _SheetWriter:
    """Turns the records of one fact file into rows of one sheet."""

    def __init__(self, session: Session, fact_file: FactFile) -> None:
        self.session = session
        self.fact_file = fact_file
        self.party_ids: dict[str, int] = {}
        self.person_ids: dict[str, int] = {}
        self.sheet_id = 0

    def write(self) -> int:
        """Write the sheet; returns its id."""
        source = self._write_source()
        self._write_sheet(source)
        self._write_parties()
        self._write_organization()
        for record in self.fact_file.many("memberships"):
            self._add(
                Membership,
                record,
                party_id=self.party_ids[record.text("country")],
                status=record.text("status"),
                joined=record.text("joined"),
                note=record.text("note"),
            )
        self._write_people()
        for record in self.fact_file.many("attendees"):
            self._add(
                Attendance,
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
                Absence,
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
                Statement,
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
                Slip,
                record,
                kind=record.text("kind"),
                text=record.text("text"),
                correction=record.text("correction"),
                note=record.text("note"),
            )
        self.session.get_one(Sheet, self.sheet_id).statement_count = len(statements)
        return self.sheet_id

    def _write_source(self) -> Source:
        record = _required(self.fact_file, "source")
        source = Source(
            file_name=record.text("file"),
            title=record.text("title"),
            publisher=record.text("publisher"),
            year=int(record.values["year"]),
            copyright=record.text("copyright"),
            text=self.fact_file.article,
            sha256=record.text("sha256"),
        )
        self.session.add(source)
        self.session.flush()
        return source

    def _write_sheet(self, source: Source) -> None:
        sheet_record = _required(self.fact_file, "sheet")
        event = _required(self.fact_file, "event")
        dated = self.fact_file.one("date")
        sheet = Sheet(
            slug=sheet_record.text("slug"),
            title=sheet_record.text("title"),
            summary=sheet_record.text("summary"),
            event=event.text("name"),
            place=event.text("place"),
            day=event.text("day"),
            date_iso=dated.text("value") if dated else None,
            date_inferred=bool(dated.values.get("inferred")) if dated else False,
            date_basis=dated.text("basis") if dated else "",
            source_id=source.id,
            seed_digest=self.fact_file.digest,
        )
        self.session.add(sheet)
        self.session.flush()
        self.sheet_id = sheet.id
        for section in ("source", "event", "date"):
            record = self.fact_file.one(section)
            if record is not None:
                self._fact(record)

    def _write_parties(self) -> None:
        for section, kind in (("countries", PartyKind.COUNTRY), ("bodies", PartyKind.BODY)):
            for record in self.fact_file.many(section):
                party = Party(
                    sheet_id=self.sheet_id,
                    key=record.text("key"),
                    kind=kind.value,
                    name=record.text("name"),
                    abbreviation=record.text("abbreviation"),
                )
                self.session.add(party)
                self.session.flush()
                self.party_ids[party.key] = party.id

    def _write_organization(self) -> None:
        record = _required(self.fact_file, "organization")
        self._add(
            Organization,
            record,
            name=record.text("name"),
            abbreviation=record.text("abbreviation"),
            founded=int(record.values["founded"]),
            purpose=record.text("purpose"),
            description=record.text("description"),
        )

    def _write_people(self) -> None:
        for record in self.fact_file.many("people"):
            person = self._add(
                Person,
                record,
                key=record.text("key"),
                name=record.text("name"),
                named=bool(record.values.get("named", True)),
                variants=list(record.values.get("variants", [])),
            )
            self.person_ids[person.key] = person.id

    def _add(self, model: type[RowT], record: Record, **values: object) -> RowT:
        fact_id = self._fact(record)
        row = model(sheet_id=self.sheet_id, fact_id=fact_id, **values)
        self.session.add(row)
        self.session.flush()
        return row

    def _fact(self, record: Record) -> int:
        fact = Fact(sheet_id=self.sheet_id, key=record.key, kind=record.section)
        self.session.add(fact)
        self.session.flush()
        self.session.add_all(_evidence_rows(fact.id, record.evidence))
        return fact.id


def _evidence_rows(fact_id: int, anchors: Iterable[Anchor]) -> list[Evidence]:
    return [
        Evidence(
            fact_id=fact_id,
            exact=anchor.exact,
            prefix=anchor.prefix,
            suffix=anchor.suffix,
            start=anchor.start,
            end=anchor.end,
            paragraph=anchor.paragraph,
        )
        for anchor in anchors
    ]
