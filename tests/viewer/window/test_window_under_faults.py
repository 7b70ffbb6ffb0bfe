"""The window when the database goes wrong under it, and while long work runs on a worker:
one plain sentence for every fault, a window that keeps answering, rows never mixed up."""

from __future__ import annotations

import csv
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing
from functools import partial
from pathlib import Path
from typing import NamedTuple

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from benchmarks.generate import fill, generate
from db.store.session import Database, describe, open_database
from tests.conftest import POSTGRESQL, finish_background_work
from tests.postgres_server import TestServer
from viewer.models.roles import FACT_ID_ROLE
from viewer.tabs.lazy_table import CHUNK_ROWS, GONE, LazyTableTab
from viewer.window.main_window import MainWindow

PAGED_AT = 100
"""Sheets with more statements than this are paged in these tests."""


PAGED_STATEMENTS = 3_000


@pytest.fixture(scope="module")
def paged_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("paged") / "sheets.sqlite3"
    generate(path, PAGED_STATEMENTS)
    return path


@pytest.fixture
def paged_copy(paged_file: Path, tmp_path: Path) -> Path:
    """A copy to break."""
    copy = tmp_path / "sheets.sqlite3"
    shutil.copyfile(paged_file, copy)
    return copy


def open_paged_window(qtbot: QtBot, url: str, tmp_path: Path) -> MainWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(open_database(url), settings, large_table_rows=PAGED_AT)
    qtbot.addWidget(window)
    window.actions_by_name["tab_4"].trigger()
    tab = window.statements_tab
    assert isinstance(tab, LazyTableTab)
    qtbot.waitUntil(lambda: tab.model.is_counted)
    return window


def damage(path: Path) -> None:
    """Write over the database's header, as a program gone wrong or a bad disk would."""
    with path.open("r+b") as file:
        file.write(b"this is no longer a database " * 4)


def pull_away(window: MainWindow, path: Path) -> None:
    """Move the file away; the connections kept open meanwhile are closed, as a pool does."""
    path.rename(path.with_name("moved.sqlite3"))
    assert window.database is not None
    window.database.engine.dispose()


def save_as(monkeypatch: pytest.MonkeyPatch, target: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))


def select_last_row(window: MainWindow) -> None:
    """Select a row whose chunk has not been fetched (the copy then reads it from the database)."""
    window.statements_tab.view.selectRow(len_rows(window) - 1)


def search_for_a_word(window: MainWindow) -> None:
    window.search.setText("zephyrine")
    window.search.emit_now()


def nothing(_window: MainWindow) -> None:
    """No preparation before the fault."""


Command = Callable[[MainWindow], None]

COMMANDS: dict[str, tuple[Command, Command]] = {
    "select a row": (nothing, lambda window: window.statements_tab.view.selectRow(9 * CHUNK_ROWS)),
    "copy rows not fetched yet": (
        select_last_row,
        lambda window: window.actions_by_name["copy"].trigger(),
    ),
    "export the table as CSV": (
        nothing,
        lambda window: window.actions_by_name["export_csv"].trigger(),
    ),
    "export the PDF": (nothing, lambda window: window.actions_by_name["export_pdf"].trigger()),
    "print preview": (nothing, lambda window: window.actions_by_name["print_preview"].trigger()),
    "search": (nothing, search_for_a_word),
}
"""What a person does: (what they did before the database failed, the command that meets it)."""


def len_rows(window: MainWindow) -> int:
    return window.statements_tab.view.model().rowCount()


class Fault(NamedTuple):
    """A database that fails under an open window, and the sentence a person should see."""

    url: str
    strike: Callable[[MainWindow], None]
    location: str
    expected: str


@pytest.fixture
def failing(fault: str, request: pytest.FixtureRequest) -> Iterator[Fault]:
    if fault == "server stops serving it":
        server: TestServer = request.getfixturevalue("postgres")
        url = server.copy_of(
            f"generated-{PAGED_STATEMENTS}", partial(fill, statements=PAGED_STATEMENTS)
        )

        def stop_serving(_window: MainWindow) -> None:
            """End every session on the database and let none in, as a server going down
            for maintenance does."""
            server.allow_connections(url, False)
            server.end_connections(url)

        yield Fault(url, stop_serving, describe(url), "is not accepting connections now")
        server.drop(url)
        return
    copy: Path = request.getfixturevalue("paged_copy")
    if fault == "damaged":
        yield Fault(
            f"sqlite:///{copy}",
            lambda _window: damage(copy),
            str(copy),
            "is not a Factsheet database, or it is damaged",
        )
    else:
        yield Fault(
            f"sqlite:///{copy}",
            lambda window: pull_away(window, copy),
            str(copy),
            "is no longer there; it was moved or deleted",
        )


@pytest.mark.parametrize(
    "fault", ["damaged", "pulled away", pytest.param("server stops serving it", marks=POSTGRESQL)]
)
@pytest.mark.parametrize("command", list(COMMANDS))
def test_a_database_that_fails_under_an_open_window_gives_one_sentence(
    qtbot: QtBot,
    failing: Fault,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    dialogs: list[str],
    command: str,
) -> None:
    window = open_paged_window(qtbot, failing.url, tmp_path)
    monkeypatch.setattr(QPrintPreviewDialog, "exec", lambda _self: 0)
    save_as(monkeypatch, tmp_path / ("out.pdf" if command == "export the PDF" else "out.csv"))
    prepare, act = COMMANDS[command]
    prepare(window)
    current = window.statements_tab.view.currentIndex()
    qtbot.waitUntil(lambda: not current.isValid() or current.data(FACT_ID_ROLE) is not None)
    finish_background_work(qtbot, window)
    failing.strike(window)

    act(window)
    qtbot.waitUntil(lambda: bool(dialogs))
    finish_background_work(qtbot, window)

    assert len(dialogs) == 1, dialogs
    assert failing.location in dialogs[0]
    assert failing.expected in dialogs[0]
    assert "Something unexpected" not in dialogs[0]
    assert not (tmp_path / "out.csv").exists() and not (tmp_path / "out.pdf").exists()


def test_a_window_open_while_the_server_restarts_goes_on_without_a_word(
    qtbot: QtBot, postgres: TestServer, tmp_path: Path, dialogs: list[str]
) -> None:
    url = postgres.copy_of(
        f"generated-{PAGED_STATEMENTS}", partial(fill, statements=PAGED_STATEMENTS)
    )
    window = open_paged_window(qtbot, url, tmp_path)
    assert postgres.end_connections(url) > 0, "the window kept connections open"

    search_for_a_word(window)
    tab = window.statements_tab
    assert isinstance(tab, LazyTableTab)
    qtbot.waitUntil(lambda: tab.model.is_counted)

    assert dialogs == []
    assert tab.shown == 1
    window.close()
    postgres.drop(url)


@pytest.fixture(scope="module")
def hundred_thousand_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("large") / "sheets.sqlite3"
    generate(path, 100_000)
    return path


def test_the_window_keeps_answering_while_100000_statements_are_exported_as_csv(
    qtbot: QtBot,
    hundred_thousand_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    dialogs: list[str],
) -> None:
    window = open_paged_window(qtbot, f"sqlite:///{hundred_thousand_file}", tmp_path)
    target = tmp_path / "statements.csv"
    save_as(monkeypatch, target)
    ticks: list[int] = []
    heartbeat = QTimer(window)
    heartbeat.setInterval(10)
    heartbeat.timeout.connect(lambda: ticks.append(len(ticks)))
    heartbeat.start()

    job = window.export_csv()
    assert job is not None
    ticks_at_start = len(ticks)
    finish_background_work(qtbot, window, timeout_ms=180_000)
    heartbeat.stop()

    assert dialogs == []
    assert len(ticks) - ticks_at_start >= 10, "the event loop stood still during the export"
    with target.open(encoding="utf-8-sig", newline="") as file:
        assert sum(1 for _row in csv.reader(file)) == 100_000 + 1


@pytest.fixture
def paged_window(qtbot: QtBot, paged_copy: Path, tmp_path: Path) -> Iterator[MainWindow]:
    yield open_paged_window(qtbot, f"sqlite:///{paged_copy}", tmp_path)


def test_a_row_deleted_while_shown_never_lends_its_place_to_another(
    qtbot: QtBot, paged_window: MainWindow, paged_copy: Path, dialogs: list[str]
) -> None:
    """Another program re-seeds part of the sheet while the window pages through it."""
    model = paged_window.statements_tab.view.model()
    deleted_position = 5 * CHUNK_ROWS + 3
    with closing(sqlite3.connect(paged_copy)) as connection:
        ids = [row for (row,) in connection.execute("SELECT id FROM statement ORDER BY id")]
        facts = dict(connection.execute("SELECT id, fact_id FROM statement"))
        connection.execute("DELETE FROM statement WHERE id = ?", (ids[deleted_position],))
        connection.commit()

    for position in (deleted_position, deleted_position + 1):
        model.index(position, 0).data()
    qtbot.waitUntil(lambda: model.index(deleted_position + 1, 0).data(FACT_ID_ROLE) is not None)

    assert model.index(deleted_position, 0).data() == GONE
    assert model.index(deleted_position, 0).data(FACT_ID_ROLE) is None
    for position in (deleted_position - 1, deleted_position + 1):
        assert model.index(position, 0).data(FACT_ID_ROLE) == facts[ids[position]]
    assert dialogs == []


def test_the_database_is_opened_so_a_file_gone_missing_is_not_made_again(
    seeded_url: str,
) -> None:
    database: Database = open_database(seeded_url)
    path = Path(seeded_url.removeprefix("sqlite:///"))
    path.unlink()
    database.engine.dispose()
    with pytest.raises(Exception, match="is no longer there"):
        from db.store.queries import sheet_titles

        sheet_titles(database)
    assert not path.exists(), "no empty database was left in its place"
    database.close()
