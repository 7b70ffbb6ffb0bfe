"""Shared fixtures. Qt runs offscreen and nothing touches the user's own folders."""

from __future__ import annotations

import contextlib
import functools
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

os.environ["QT_QPA_PLATFORM"] = "offscreen"
_SANDBOX = Path(tempfile.mkdtemp(prefix="factsheet-tests-"))
for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
    os.environ[variable] = str(_SANDBOX / variable.lower())
os.environ.pop("FACTSHEET_DB", None)

from sqlalchemy import inspect  # noqa: E402

from db.store.seed import bundled_fact_files, seed_database  # noqa: E402
from db.store.session import Database, make_engine, open_database  # noqa: E402
from tests.postgres_server import REQUIRED_VARIABLE, SERVER_VARIABLE, TestServer  # noqa: E402

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings
    from pytestqt.qtbot import QtBot

    from viewer.window.main_window import MainWindow

PROJECT = Path(__file__).resolve().parent.parent
SEEDS = PROJECT / "seeds"
POSTGRESQL = pytest.mark.postgresql
"""Marks a test that needs the PostgreSQL server (given to every test that asks for it)."""
DATABASE_KINDS = ["sqlite", pytest.param("postgresql", marks=POSTGRESQL)]
"""The databases Factsheet supports; fixtures named any_… give a test one of each."""
SERVER_ADVICE = "`bash .ci/with-postgres make test` starts one for the tests"


@functools.cache
def postgres_fault() -> str | None:
    """Why the tests cannot use a PostgreSQL server here, or None if they can."""
    url = os.environ.get(SERVER_VARIABLE)
    if not url:
        return f"{SERVER_VARIABLE} names no PostgreSQL server"
    try:
        server = TestServer(url)
        try:
            server.check()
        finally:
            server.admin.dispose()
    except Exception as error:
        first_line = str(getattr(error, "orig", None) or error).splitlines()[0]
        return f"the PostgreSQL server of {SERVER_VARIABLE} cannot be used ({first_line})"
    return None


_LEFT_OUT = pytest.StashKey[str]()
"""The line that says which tests did not run for want of a server, and why."""


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "postgresql: needs the PostgreSQL server of FACTSHEET_TEST_PG"
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Without a server, leave out the tests that need one, and say so once at the end; where
    one is required (CI), keep them, so that they fail."""
    for item in items:
        if isinstance(item, pytest.Function) and "postgres" in item.fixturenames:
            item.add_marker(POSTGRESQL)
    fault = postgres_fault()
    if fault is None or os.environ.get(REQUIRED_VARIABLE):
        return
    left_out = [item for item in items if item.get_closest_marker("postgresql")]
    if left_out:
        items[:] = [item for item in items if not item.get_closest_marker("postgresql")]
        config.hook.pytest_deselected(items=left_out)
        config.stash[_LEFT_OUT] = (
            f"{len(left_out)} tests need PostgreSQL and did not run: {fault}; {SERVER_ADVICE}"
        )


def pytest_terminal_summary(
    terminalreporter: pytest.TerminalReporter, config: pytest.Config
) -> None:
    if _LEFT_OUT in config.stash:
        terminalreporter.write_line(config.stash[_LEFT_OUT], yellow=True)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item: pytest.Item) -> Iterator[None]:
    """Delete the test's windows before the next test begins.

    pytest-qt closes them and asks Qt to delete them later, which it would do inside the next
    test's event loop, perhaps while that test's export runs on a worker thread; a window
    being deleted calls back into Python while holding a lock of Qt's that the worker may be
    waiting for, so each would wait for the other for ever."""
    outcome = yield
    from PySide6.QtCore import QCoreApplication, QEvent

    if QCoreApplication.instance() is not None:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return outcome


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The text of every error dialog, recorded instead of shown."""
    from PySide6.QtWidgets import QMessageBox, QWidget

    shown: list[str] = []

    def critical(_parent: QWidget | None, _title: str, text: str, *_args: object) -> Any:
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "critical", critical)
    return shown


@pytest.fixture(scope="session")
def seeded_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One seeded database, built once; tests that change it take a copy."""
    path = tmp_path_factory.mktemp("seeded") / "factsheet.sqlite3"
    seed_database(f"sqlite:///{path}")
    return path


@pytest.fixture
def seeded_url(seeded_file: Path, tmp_path: Path) -> str:
    copy = tmp_path / "factsheet.sqlite3"
    shutil.copyfile(seeded_file, copy)
    return f"sqlite:///{copy}"


@pytest.fixture
def database(seeded_url: str) -> Iterator[Database]:
    opened = open_database(seeded_url)
    yield opened
    opened.close()


@pytest.fixture
def settings_path(tmp_path: Path) -> Path:
    """Where the window remembers things: a file of the test's own, never the user's."""
    return tmp_path / "settings.ini"


@pytest.fixture
def settings(settings_path: Path) -> QSettings:
    from PySide6.QtCore import QSettings

    return QSettings(str(settings_path), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot: QtBot, database: Database, settings: QSettings) -> MainWindow:
    """The main window on ``database`` (a file may give its own), not yet shown. A test file
    that needs more (shown, a sheet loaded) asks for this one in a fixture of the same name."""
    from viewer.window.main_window import MainWindow

    window = MainWindow(database, settings)
    qtbot.addWidget(window)
    return window


@pytest.fixture(scope="session")
def postgres() -> Iterator[TestServer]:
    """The PostgreSQL server of FACTSHEET_TEST_PG (tests that need it run only where there is
    one, or where FACTSHEET_TEST_PG_REQUIRED is set, as in CI: then a missing one fails)."""
    fault = postgres_fault()
    if fault is not None:
        pytest.fail(f"{fault}; {SERVER_ADVICE}", pytrace=False)
    server = TestServer(os.environ[SERVER_VARIABLE])
    yield server
    server.close()


@pytest.fixture(params=DATABASE_KINDS)
def database_kind(request: pytest.FixtureRequest) -> str:
    kind: str = request.param
    return kind


@pytest.fixture
def any_seeded_url(database_kind: str, request: pytest.FixtureRequest) -> Iterator[str]:
    """A seeded database of its own for the test, once on each kind of database."""
    if database_kind == "sqlite":
        yield request.getfixturevalue("seeded_url")
        return
    server: TestServer = request.getfixturevalue("postgres")
    url = server.copy_of("seeded", seed_database)
    yield url
    server.drop(url)


@pytest.fixture
def any_empty_url(
    database_kind: str, request: pytest.FixtureRequest, tmp_path: Path
) -> Iterator[str]:
    """A database with nothing in it yet, once on each kind: an empty SQLite file, or an empty
    database on the server (as its administrator makes one for a team)."""
    if database_kind == "sqlite":
        path = tmp_path / "empty.sqlite3"
        path.touch()
        yield f"sqlite:///{path}"
        return
    server: TestServer = request.getfixturevalue("postgres")
    url = server.new_database()
    yield url
    server.drop(url)


@pytest.fixture
def any_database(any_seeded_url: str) -> Iterator[Database]:
    opened = open_database(any_seeded_url)
    yield opened
    opened.close()


def database_contents(url: str) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, read directly: what "the database is as it was" compares."""
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            return {
                table: sorted(
                    map(tuple, connection.exec_driver_sql(f'SELECT * FROM "{table}"')), key=repr
                )
                for table in sorted(inspect(connection).get_table_names())
            }
    finally:
        engine.dispose()


@pytest.fixture
def seed_copy(tmp_path: Path) -> Path:
    """A writable copy of seeds/ to break in a test; returns the fact file's path."""
    folder = tmp_path / "seeds"
    shutil.copytree(SEEDS, folder, ignore=shutil.ignore_patterns("__init__.py", "__pycache__"))
    return folder / bundled_fact_files()[0].name


class SmallDisk:
    """A real file system of a few kilobytes, mounted for one test, so a test meets a full or
    read-only disk exactly as the program would."""

    def __init__(self, mount_point: Path) -> None:
        self.path = mount_point

    def fill(self) -> None:
        """Take up every free byte."""
        filler = (self.path / "filler").open("wb", buffering=0)
        with contextlib.suppress(OSError), filler:
            while True:
                filler.write(b"\0" * 4096)

    def make_read_only(self) -> None:
        _mount("-o", "remount,ro", str(self.path))


def _mount(*arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["mount", *arguments], capture_output=True, text=True, check=False)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[SmallDisk]:
    """A 128 KB tmpfs; skipped where this process may not mount one (not root, or no mount)."""
    mount_point = tmp_path / "small-disk"
    mount_point.mkdir()
    if os.name != "posix" or os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small tmpfs needs root; the short-write tests cover the same code")
    mounted = _mount("-t", "tmpfs", "-o", "size=128k", "tmpfs", str(mount_point))
    if mounted.returncode != 0:
        pytest.skip(f"a small tmpfs cannot be mounted here: {mounted.stderr.strip()}")
    try:
        yield SmallDisk(mount_point)
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], capture_output=True, check=False)


def finish_background_work(qtbot: Any, widget: Any, *, timeout_ms: int = 20_000) -> None:
    """Wait until every job ``widget`` started on a worker thread has ended (long, since the
    machine running the tests may be busy: this bounds a hang, it times nothing)."""
    from viewer.widgets.background import BackgroundJob

    qtbot.waitUntil(
        lambda: not [job for job in widget.findChildren(BackgroundJob) if job.running],
        timeout=timeout_ms,
    )
