"""Several people writing to one database at once, on SQLite and on PostgreSQL: one waits for
the other, and nobody's sheet is lost.

Each writer is a real `factsheet` process. The test holds the database's write lock while they
start, so they certainly meet: both wait for it, then each writes in turn.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import Connection, text

from db.store import queries
from db.store.environment import LOCK_TIMEOUT_VARIABLE
from db.store.queries import AttendeeRow, list_sheets, sheet_content
from db.store.seed import seed_database
from db.store.session import make_engine, open_database, sqlite_file, writing
from db.store.sheets import remove_sheet
from tests.conftest import PROJECT, database_contents
from tests.postgres_server import TestServer

DATA = PROJECT / "tests" / "data"
SEEDED_SLUG = "sco-summit-astana-2024"


def start(*arguments: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "viewer.cli", *arguments],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=PROJECT,
    )


def add(url: str, name: str) -> subprocess.Popen[str]:
    return start("add", str(DATA / f"{name}.txt"), str(DATA / f"{name}.toml"), "--db", url)


def waiting_writers(url: str, processes: Sequence[subprocess.Popen[str]]) -> int:
    """How many of ``processes`` wait for the database's write lock: on PostgreSQL as the
    server's lock table shows; on SQLite, those that have the file open (the next thing they
    do is wait for the lock)."""
    path = sqlite_file(url)
    if path is None:
        engine = make_engine(url)
        with engine.connect() as connection:
            waiting = connection.scalar(
                text(
                    "SELECT count(*) FROM pg_locks JOIN pg_database ON pg_database.oid = database"
                    " WHERE datname = current_database() AND locktype = 'advisory' AND NOT granted"
                )
            )
        engine.dispose()
        return int(waiting or 0)
    return sum(_has_open(process.pid, path) for process in processes)


def _has_open(pid: int, path: Path) -> bool:
    descriptors = Path(f"/proc/{pid}/fd")
    try:
        return any(os.path.realpath(link) == str(path.resolve()) for link in descriptors.iterdir())
    except OSError:
        return False


@contextmanager
def lock_held_until_waiting(url: str, processes: Sequence[subprocess.Popen[str]]) -> Iterator[None]:
    """Hold the write lock as a writer would, until every process waits for it (or has ended,
    which the caller's assertions then show)."""
    engine = make_engine(url)
    try:
        with writing(engine):
            yield
            while waiting_writers(url, processes) < len(processes) and all(
                process.poll() is None for process in processes
            ):
                time.sleep(0.05)
    finally:
        engine.dispose()


def finish(process: subprocess.Popen[str]) -> tuple[int, str, str]:
    out, err = process.communicate(timeout=120)
    return process.returncode, out, err


def slugs(url: str) -> list[str]:
    database = open_database(url)
    try:
        return sorted(sheet.slug for sheet in list_sheets(database))
    finally:
        database.close()


def test_two_people_adding_sheets_at_once_both_keep_their_sheet(any_seeded_url: str) -> None:
    writers: list[subprocess.Popen[str]] = []
    with lock_held_until_waiting(any_seeded_url, writers):
        writers += [add(any_seeded_url, "state_visit"), add(any_seeded_url, "harbour_cities")]

    outcomes = [finish(writer) for writer in writers]

    assert [status for status, _out, _err in outcomes] == [0, 0], outcomes
    assert all(out.startswith("added ") for _status, out, _err in outcomes)
    assert slugs(any_seeded_url) == sorted(
        [
            SEEDED_SLUG,
            "denmark-state-visit-iceland",
            "harbour-cities-network-assembly-rotterdam-2025",
        ]
    )


def test_two_people_adding_the_same_sheet_at_once_get_one_sheet_and_one_sentence(
    any_seeded_url: str,
) -> None:
    writers: list[subprocess.Popen[str]] = []
    with lock_held_until_waiting(any_seeded_url, writers):
        writers += [add(any_seeded_url, "state_visit"), add(any_seeded_url, "state_visit")]

    outcomes = sorted(finish(writer) for writer in writers)

    (added, _out, _err), (refused, _out2, err) = outcomes
    assert (added, refused) == (0, 2), outcomes
    assert err.strip().endswith(
        "already holds a sheet called 'denmark-state-visit-iceland'; add --replace to replace it"
    )
    assert "Traceback" not in err
    assert slugs(any_seeded_url) == ["denmark-state-visit-iceland", SEEDED_SLUG]


def test_two_seeds_of_an_empty_database_at_once_make_it_once(any_empty_url: str) -> None:
    seeds: list[subprocess.Popen[str]] = []
    with lock_held_until_waiting(any_empty_url, seeds):
        seeds += [start("seed", "--db", any_empty_url) for _ in range(2)]

    outcomes = [finish(seed) for seed in seeds]

    assert [status for status, _out, _err in outcomes] == [0, 0], outcomes
    reports = sorted(out.split(":")[1].split(" in ")[0].strip() for _s, out, _e in outcomes)
    assert reports == ["already up to date", "seeded"]
    assert slugs(any_empty_url) == [SEEDED_SLUG]


def test_a_writer_kept_waiting_too_long_gives_up_in_one_sentence_and_changes_nothing(
    any_seeded_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(LOCK_TIMEOUT_VARIABLE, "0.2")  # the writer started below waits this long
    before = database_contents(any_seeded_url)
    engine = make_engine(any_seeded_url)
    try:
        with writing(engine):
            status, _out, err = finish(add(any_seeded_url, "state_visit"))
    finally:
        engine.dispose()

    assert status == 1
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "is locked by another program; close it and try again" in err
    assert database_contents(any_seeded_url) == before


def test_a_sheet_removed_by_a_teammate_while_it_is_read_comes_out_whole(
    postgres: TestServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A sheet is read in several queries; on the server each reader must see the database as
    it was at its first query, or a sheet removed in between comes out with its members but
    none of its attendees. (SQLite gives this by its file lock: no writer commits while a
    reader reads.)"""
    url = postgres.copy_of("seeded", seed_database)
    reader, teammate = open_database(url), open_database(url)
    try:
        whole = sheet_content(reader, SEEDED_SLUG)
        read_attendees = queries._attendees

        def removed_first(connection: Connection, sheet_id: int) -> list[AttendeeRow]:
            remove_sheet(teammate, SEEDED_SLUG)  # commits before the reader reads on
            return read_attendees(connection, sheet_id)

        monkeypatch.setattr(queries, "_attendees", removed_first)
        during_removal = sheet_content(reader, SEEDED_SLUG)
        assert list_sheets(reader) == [], "the teammate's removal took effect"
        assert during_removal == whole
    finally:
        reader.close()
        teammate.close()
        postgres.drop(url)


def _sleeping(pid: int) -> bool:
    """Whether the process sleeps in a timed wait, as SQLite's busy handler does."""
    try:
        return "sleep" in Path(f"/proc/{pid}/wchan").read_text()
    except OSError:
        return False


def _reset_stopped_while_building(path: Path) -> subprocess.Popen[str] | None:
    """A `seed --reset` of ``path``, stopped while it holds the file's write lock and builds
    its replacement aside; None if it got past that point before it could be stopped."""
    original = path.stat().st_ino
    reset = start("seed", "--reset", "--db", f"sqlite:///{path}")
    building = path.with_name(f".{path.name}.{reset.pid}.building")
    while not building.exists() and reset.poll() is None:
        time.sleep(0.001)
    os.kill(reset.pid, signal.SIGSTOP)
    if building.exists() and path.stat().st_ino == original:
        return reset
    os.kill(reset.pid, signal.SIGCONT)
    finish(reset)
    return None


def test_an_add_waiting_for_a_reset_of_a_sqlite_file_adds_to_the_new_file(
    seeded_file: Path, tmp_path: Path
) -> None:
    path = tmp_path / "factsheet.sqlite3"
    for _attempt in range(5):
        shutil.copyfile(seeded_file, path)
        reset = _reset_stopped_while_building(path)
        if reset is not None:
            break
    else:
        pytest.fail("the reset could not be stopped while it built the new file")
    url = f"sqlite:///{path}"
    adding = add(url, "state_visit")
    while not (_has_open(adding.pid, path) and _sleeping(adding.pid)) and adding.poll() is None:
        time.sleep(0.01)
    os.kill(reset.pid, signal.SIGCONT)

    reset_outcome, add_outcome = finish(reset), finish(adding)

    assert reset_outcome[0] == 0, reset_outcome
    assert add_outcome[0] == 0, add_outcome
    assert slugs(url) == ["denmark-state-visit-iceland", SEEDED_SLUG]
