"""Bad databases: each gets one plain sentence naming the file (or the server's database) and the
fault, and loses nothing."""

from __future__ import annotations

import hashlib
import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import make_url, update

from db.errors import DatabaseError
from db.store.environment import LOCK_TIMEOUT_VARIABLE
from db.store.queries import list_sheets, sheet_titles
from db.store.schema import meta_table
from db.store.seed import seed_database
from db.store.session import CONNECT_TIMEOUT_SECONDS, make_engine, open_database
from db.store.sheet_writer import delete_sheet, find_sheet_id
from tests.conftest import PROJECT, database_contents
from tests.postgres_server import TestServer
from viewer.cli import main

DATA = PROJECT / "tests" / "data"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _cli_fails(argv: list[str], capsys: pytest.CaptureFixture[str], *fragments: str) -> str:
    assert main(argv) == 1
    error = capsys.readouterr().err
    assert len(error.strip().splitlines()) == 1, error
    assert "Traceback" not in error
    for fragment in fragments:
        assert fragment in error
    return error


def test_an_explicit_missing_database_is_an_error_not_an_empty_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "typo.sqlite3"
    for command in ("list", "export"):
        extra = ["-o", str(tmp_path / "out.pdf")] if command == "export" else []
        _cli_fails([command, "--db", f"sqlite:///{missing}", *extra], capsys, str(missing), "seed")
    assert list(tmp_path.iterdir()) == []


def test_the_default_database_is_created_and_seeded() -> None:
    from db.store.seed import open_or_seed
    from db.store.session import default_database_path, resolve_url

    url, is_default = resolve_url(None)
    assert is_default and not default_database_path().exists()
    try:
        database = open_or_seed(url, is_default=is_default)
        assert list_sheets(database)
        database.close()
    finally:
        default_database_path().unlink()


def test_a_default_database_of_an_older_schema_is_upgraded_not_rebuilt(seeded_url: str) -> None:
    from db.store.seed import open_or_seed

    path = Path(seeded_url.removeprefix("sqlite:///"))
    shutil.copyfile(Path(__file__).parents[2] / "data" / "releases" / "schema3.sqlite3", path)
    database = open_or_seed(seeded_url, is_default=True)
    assert "from schema 3 to" in database.notice
    assert list_sheets(database)
    database.close()
    assert path.with_name("factsheet.schema3.sqlite3").exists()


def test_a_database_from_before_any_release_is_left_alone(seeded_url: str) -> None:
    from db.store.seed import open_or_seed

    _set_schema_version(seeded_url, "0")
    path = Path(seeded_url.removeprefix("sqlite:///"))
    before = _digest(path)
    for is_default in (True, False):
        with pytest.raises(DatabaseError, match="from before the first release"):
            open_or_seed(seeded_url, is_default=is_default)
    assert _digest(path) == before
    assert [item.name for item in path.parent.iterdir()] == [path.name]


def test_a_folder_is_not_a_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _cli_fails(["list", "--db", f"sqlite:///{tmp_path}"], capsys, str(tmp_path), "folder")


@pytest.mark.parametrize(
    "content",
    [b"This is a text file, not a database.\n" * 50, b"SQLite format 3\x00" + b"\xff" * 5000],
    ids=["text-file", "bad-header"],
)
def test_a_file_that_is_not_a_database(
    content: bytes, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(content)
    _cli_fails(["list", "--db", f"sqlite:///{path}"], capsys, str(path), "not a Factsheet database")
    _cli_fails(["seed", "--db", f"sqlite:///{path}"], capsys, str(path))
    assert path.read_bytes() == content


def test_a_truncated_database(
    seeded_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "cut.sqlite3"
    data = seeded_file.read_bytes()
    path.write_bytes(data[: len(data) // 3])
    before = _digest(path)
    _cli_fails(["list", "--db", f"sqlite:///{path}"], capsys, str(path))
    _cli_fails(
        ["export", "--db", f"sqlite:///{path}", "-o", str(tmp_path / "x.pdf")], capsys, str(path)
    )
    assert _digest(path) == before
    assert not (tmp_path / "x.pdf").exists()


def _set_schema_version(url: str, version: str) -> None:
    engine = make_engine(url)
    with engine.begin() as connection:
        connection.execute(
            update(meta_table).where(meta_table.c.key == "schema_version").values(value=version)
        )
    engine.dispose()


@pytest.mark.parametrize(
    ("version", "fragment"), [("99", "newer Factsheet"), ("0", "before the first release")]
)
def test_a_database_of_another_schema_version_is_left_alone(
    version: str, fragment: str, seeded_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _set_schema_version(seeded_url, version)
    path = Path(seeded_url.removeprefix("sqlite:///"))
    before = _digest(path)
    _cli_fails(["list", "--db", seeded_url], capsys, str(path), fragment)
    _cli_fails(["seed", "--db", seeded_url], capsys, str(path), fragment)
    assert _digest(path) == before


def test_an_older_schema_is_rebuilt_by_reset(seeded_url: str) -> None:
    _set_schema_version(seeded_url, "0")
    seed_database(seeded_url, reset=True)
    database = open_database(seeded_url)
    assert list_sheets(database)
    database.close()


def test_a_read_only_database_can_still_be_browsed(seeded_file: Path, tmp_path: Path) -> None:
    copy = tmp_path / "shared.sqlite3"
    shutil.copyfile(seeded_file, copy)
    read_only = f"sqlite:///file:{copy}?mode=ro&uri=true"
    database = open_database(read_only)
    assert list_sheets(database)
    database.close()
    before = _digest(copy)
    with pytest.raises(DatabaseError, match="read-only"):
        seed_database(read_only, reset=True)
    assert _digest(copy) == before


def as_a_person(*argv: str) -> subprocess.CompletedProcess[str]:
    """Run `factsheet` as a person without an administrator's powers over files, so that
    permissions apply (as root, without the capabilities that override them)."""
    if os.geteuid() != 0:
        command = [sys.executable, "-m", "viewer.cli", *argv]
    elif shutil.which("setpriv") is not None:
        overrides = "--bounding-set=-dac_override,-dac_read_search"
        command = ["setpriv", overrides, sys.executable, "-m", "viewer.cli", *argv]
    else:
        pytest.skip("as root, permissions apply only to a program run through setpriv")
    return subprocess.run(command, capture_output=True, text=True, cwd=PROJECT, check=False)


def test_a_database_file_that_may_not_be_read_is_named_as_the_cause(
    seeded_file: Path, tmp_path: Path
) -> None:
    copy = tmp_path / "private.sqlite3"
    shutil.copyfile(seeded_file, copy)
    copy.chmod(0o000)

    listed = as_a_person("list", "--db", f"sqlite:///{copy}")

    assert listed.returncode == 1
    assert listed.stderr.count("\n") == 1, listed.stderr
    assert f"{copy}: cannot be read (permission denied)" in listed.stderr


def test_a_writable_database_in_a_read_only_folder_is_not_called_read_only(
    seeded_file: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    copy = folder / "team.sqlite3"
    shutil.copyfile(seeded_file, copy)
    before = _digest(copy)
    folder.chmod(0o555)
    try:
        added = as_a_person(
            "add",
            str(DATA / "state_visit.txt"),
            str(DATA / "state_visit.toml"),
            "--db",
            f"sqlite:///{copy}",
        )
    finally:
        folder.chmod(0o755)

    assert added.returncode == 1
    assert added.stderr.count("\n") == 1, added.stderr
    assert f"{copy}: cannot be changed, its folder is read-only" in added.stderr
    assert "is read-only, so" not in added.stderr
    assert _digest(copy) == before


SHORT_WAIT = "0.2"
"""Seconds a writer waits for a lock in the tests of giving up, rather than a user's five."""


@pytest.fixture
def locked(seeded_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The seeded database with another program holding its write lock."""
    monkeypatch.setenv(LOCK_TIMEOUT_VARIABLE, SHORT_WAIT)
    holder = sqlite3.connect(seeded_url.removeprefix("sqlite:///"))
    holder.execute("BEGIN EXCLUSIVE")
    yield seeded_url
    holder.rollback()
    holder.close()


def test_a_database_locked_by_another_writer(locked: str) -> None:
    with pytest.raises(DatabaseError, match="locked by another program"):
        seed_database(locked, reset=True)


@pytest.fixture
def engine_options(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """The options the test's last make_engine created its engine with."""
    import db.store.session

    captured: dict[str, Any] = {}
    real_create_engine = db.store.session.create_engine

    def spy(url: Any, **options: Any) -> Any:
        captured.update(options)
        return real_create_engine(url, **options)

    monkeypatch.setattr(db.store.session, "create_engine", spy)
    return captured


def test_the_wait_for_a_lock_is_the_one_the_environment_sets(
    monkeypatch: pytest.MonkeyPatch,
    engine_options: dict[str, Any],
    seeded_url: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    make_engine(seeded_url).dispose()
    assert engine_options["connect_args"]["timeout"] == 5
    monkeypatch.setenv(LOCK_TIMEOUT_VARIABLE, SHORT_WAIT)
    make_engine(seeded_url).dispose()
    assert engine_options["connect_args"]["timeout"] == float(SHORT_WAIT)

    for wrong in ("soon", "0", "-1", "inf"):
        monkeypatch.setenv(LOCK_TIMEOUT_VARIABLE, wrong)
        assert main(["list", "--db", seeded_url]) == 2
        error = capsys.readouterr().err
        assert error.count("\n") == 1 and "Traceback" not in error
        assert f"{LOCK_TIMEOUT_VARIABLE}={wrong}: is not a number of seconds" in error


def test_an_unreachable_server_fails_fast_with_a_sentence(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"postgresql+psycopg://factsheet@127.0.0.1:{port}/factsheet"
    outcome: list[int] = []
    worker = threading.Thread(target=lambda: outcome.append(main(["list", "--db", url])))
    worker.start()
    worker.join(timeout=CONNECT_TIMEOUT_SECONDS * 4)
    assert outcome == [1], "the command should have given up by itself"
    error = capsys.readouterr().err
    assert "127.0.0.1" in error and "cannot be reached" in error
    assert "Traceback" not in error


def test_a_server_connection_has_a_timeout(engine_options: dict[str, Any]) -> None:
    make_engine("postgresql+psycopg://factsheet@192.0.2.1/factsheet").dispose()
    assert 0 < engine_options["connect_args"]["connect_timeout"] <= 10


KILL_MIDWAY = """
import os, signal, sys
import db.store.seed as seed
import db.store.sheet_writer as writer
def die(self, *_arguments):
    os.kill(os.getpid(), signal.SIGKILL)
writer._SheetWriter._entities = die
seed.seed_database(sys.argv[1], reset=len(sys.argv) > 2)
"""


def test_a_seed_killed_midway_leaves_no_database(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    run = subprocess.run(
        [sys.executable, "-c", KILL_MIDWAY, f"sqlite:///{path}"], capture_output=True, check=False
    )
    assert run.returncode != 0
    assert not path.exists()
    assert list(tmp_path.glob(".new.sqlite3.*.building")), "the killed seed left its build"
    seed_database(f"sqlite:///{path}")
    assert path.exists()
    assert sorted(item.name for item in tmp_path.iterdir()) == ["new.sqlite3"], "and it is gone"


def test_a_reset_killed_midway_leaves_the_previous_database(seeded_url: str) -> None:
    database = open_database(seeded_url)
    before = list_sheets(database)
    database.close()
    run = subprocess.run(
        [sys.executable, "-c", KILL_MIDWAY, seeded_url, "reset"], capture_output=True, check=False
    )
    assert run.returncode != 0
    database = open_database(seeded_url)
    assert list_sheets(database) == before
    database.close()


def test_errors_are_logged_with_details(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from viewer.logs import log_path

    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"not a database" * 100)
    error = _cli_fails(["list", "--db", f"sqlite:///{path}"], capsys, str(log_path()))
    log = log_path().read_text(encoding="utf-8")
    assert str(path) in log
    assert "Traceback" in log, "the log keeps the details the user is spared"
    assert "Traceback" not in error


SERVER_STOPS_DURING_ADD = """
import logging, sys
from db import errors
from db.store import sheets
from viewer.cli import main

def server_stopped(*_args, **_kwargs):
    logging.getLogger("psycopg").warning("error ignored in rollback: server closed")
    raise errors.DatabaseError("the database: the connection to the database server was lost")

sheets.add_sheet = server_stopped
sys.exit(main(sys.argv[1:]))
"""


def test_a_warning_of_the_database_driver_goes_to_the_log_not_beside_the_sentence(
    seeded_url: str,
) -> None:
    """A driver logs a warning of its own as a server stops (psycopg: "error ignored in
    rollback"); Python prints a warning no handler takes on the terminal. The add is a real
    process, whose database layer meets the stopped server as the driver reports it."""
    from viewer.logs import log_path

    argv = ["add", str(DATA / "state_visit.txt"), str(DATA / "state_visit.toml")]
    added = subprocess.run(
        [sys.executable, "-c", SERVER_STOPS_DURING_ADD, *argv, "--db", seeded_url],
        capture_output=True,
        text=True,
        cwd=PROJECT,
        check=False,
    )

    assert added.returncode == 1
    assert added.stderr.startswith("factsheet: the database: the connection"), added.stderr
    assert added.stderr.count("\n") == 1, added.stderr
    assert "error ignored in rollback: server closed" in log_path().read_text(encoding="utf-8")


def test_a_full_log_is_moved_aside_when_logging_starts(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import logging

    from viewer import logs

    monkeypatch.setattr(logs, "log_path", lambda: tmp_path / "factsheet.log")
    monkeypatch.setattr(logging.getLogger(logs.LOGGER_NAME), "handlers", [])
    full = "old line\n" * (logs.MAX_LOG_BYTES // 9 + 1)
    (tmp_path / "factsheet.log").write_text(full, encoding="utf-8")

    assert logs.configure_logging() == tmp_path / "factsheet.log"
    logs.logger().error("a new problem")
    for handler in logs.logger().handlers:
        handler.close()

    assert (tmp_path / "factsheet.log.1").read_text(encoding="utf-8") == full
    assert (tmp_path / "factsheet.log").read_text(encoding="utf-8").endswith("a new problem\n")


def test_the_window_explains_a_bad_database_in_one_dialog(
    qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from viewer.logs import log_path
    from viewer.window.app import run_window

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"not a database" * 100)
    assert run_window(f"sqlite:///{path}") == 1
    (message,) = shown
    assert str(path) in message and str(log_path()) in message
    assert "Traceback" not in message


# -- a database on a PostgreSQL server ------------------------------------------------------------


def test_a_wrong_password_is_one_sentence_that_shows_no_password(
    postgres: TestServer, capsys: pytest.CaptureFixture[str]
) -> None:
    wrong = make_url(postgres.url).set(password="not-the-password")
    url = wrong.render_as_string(hide_password=False)
    error = _cli_fails(["list", "--db", url], capsys, "refused the user name or password")
    assert "not-the-password" not in error


def test_a_database_missing_on_the_server_is_one_sentence(
    postgres: TestServer, capsys: pytest.CaptureFixture[str]
) -> None:
    url = postgres.url_of("factsheet_no_such_database")
    for command in (["list"], ["seed"]):
        _cli_fails(
            [*command, "--db", url], capsys, "factsheet_no_such_database", "no such database"
        )


def test_a_write_cut_off_by_the_server_changes_nothing(postgres: TestServer) -> None:
    url = postgres.copy_of("seeded", seed_database)
    database = open_database(url)
    before = database_contents(url)
    ((slug, _title),) = sheet_titles(database)

    with pytest.raises(DatabaseError) as raised, database.write() as connection:
        delete_sheet(connection, find_sheet_id(connection, slug) or 0)
        assert postgres.end_connections(url) == 1, "the server ends the writer's session"

    assert str(raised.value).startswith(database.location)
    assert "connection to the database server was lost; nothing was changed" in str(raised.value)
    assert database_contents(url) == before
    assert sheet_titles(database), "the next command connects again"
    database.close()
    postgres.drop(url)


def test_a_server_database_locked_by_another_program(
    postgres: TestServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another program (a person in psql, a maintenance job) holds a table Factsheet must
    write: Factsheet waits a few seconds, then says so in one sentence and writes nothing."""
    monkeypatch.setenv(LOCK_TIMEOUT_VARIABLE, SHORT_WAIT)
    url = postgres.copy_of("seeded", seed_database)
    before = database_contents(url)
    engine = make_engine(url)
    with engine.begin() as other_program:
        other_program.exec_driver_sql("LOCK TABLE sheet IN EXCLUSIVE MODE")
        with pytest.raises(DatabaseError, match="is locked by another program"):
            seed_database(url, reset=True)
    engine.dispose()
    assert database_contents(url) == before
    postgres.drop(url)


def test_a_reset_by_a_teammate_who_does_not_own_the_tables_is_one_sentence(
    postgres: TestServer, capsys: pytest.CaptureFixture[str]
) -> None:
    url = postgres.copy_of("seeded", seed_database)
    teammate = postgres.teammate_of(url)
    before = database_contents(url)
    try:
        error = _cli_fails(
            ["seed", "--reset", "--db", teammate],
            capsys,
            "this database user does not own its tables, so it may not rebuild them",
        )
        assert "must be owner" not in error
        assert database_contents(url) == before
    finally:
        postgres.drop(url)
        postgres.drop_teammate(teammate)


def test_a_nul_character_postgresql_cannot_store_is_one_sentence_and_writes_nothing(
    postgres: TestServer, seed_copy: Path
) -> None:
    """SQLite stores any text; PostgreSQL refuses the NUL character in text."""
    text = seed_copy.read_text(encoding="utf-8")
    seed_copy.write_text(text.replace('topic = "', 'topic = "\\u0000', 1), encoding="utf-8")
    url = postgres.copy_of("seeded", seed_database)
    before = database_contents(url)
    with pytest.raises(DatabaseError, match=r"cannot hold the NUL character \(\\u0000\)"):
        seed_database(url, [seed_copy])
    assert database_contents(url) == before
    postgres.drop(url)
