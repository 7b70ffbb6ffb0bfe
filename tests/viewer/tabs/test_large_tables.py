"""A sheet too large to hold: the statements table paged from the database, as a person uses it.

A generated sheet of a few thousand statements is opened with a low ``large_table_rows`` so that
its statements tab pages rows in chunks from worker threads; the seeded article's sheet is opened
the same way to check that real facts behave as they do in the ordinary, held-whole table.
Each runs on SQLite and on PostgreSQL. Expected values come from the database itself (plain SQL,
db.store.queries, db.search.statement_pages).
"""

from __future__ import annotations

import csv
import importlib
import random
import re
import shutil
import sqlite3
import threading
import unicodedata
import warnings
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import closing
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import create_engine, text

from db.rows import StatementRow
from db.search import statement_index, statement_pages, trigram_index
from db.store import queries
from db.store.session import Database, open_database
from tests.conftest import DATABASE_KINDS, finish_background_work
from tests.plain_text import plain
from tests.postgres_server import TestServer
from viewer.models.columns import DRAFT_COLUMN_KEY, STATEMENT_COLUMNS
from viewer.models.roles import FACT_ID_ROLE
from viewer.tabs import lazy_table
from viewer.tabs.lazy_table import (
    CHUNK_ROWS,
    KEPT_CHUNKS,
    PLACEHOLDER,
    LazyStatementModel,
    LazyTableTab,
)
from viewer.tabs.table_tab import TableTab
from viewer.window.main_window import MainWindow

PROJECT = Path(__file__).resolve().parents[3]

# benchmarks/ is not an installed package: import its generator from the project folder.
with pytest.MonkeyPatch.context() as _path:
    _path.syspath_prepend(str(PROJECT))
    _generator = importlib.import_module("benchmarks.generate")

SLUG: str = _generator.SLUG
COMMON_WORD: str = _generator.COMMON_WORD
RARE_WORD: str = _generator.RARE_WORD


def generate(path: Path, statements: int) -> str:
    url: str = _generator.generate(path, statements)
    return url


STATEMENTS = 3_000
"""Enough for a dozen chunks, so rows past the first are fetched by id."""
LARGE_AT = 100
TAB = 3
"""The statements tab's index: Overview, Members, Attendees, Key statements, Article."""
TITLE = "Key statements"
SPEAKER = next(number for number, column in enumerate(STATEMENT_COLUMNS) if column.key == "speaker")


# -- the data -----------------------------------------------------------------------------------


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def sql(url: str, query: str, **parameters: object) -> list[tuple[Any, ...]]:
    """Ask the database directly, without the application's queries."""
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            return [tuple(row) for row in connection.execute(text(query), parameters)]
    finally:
        engine.dispose()


def generated_database(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, statements: int
) -> Iterator[str]:
    """The URL of a generated sheet of ``statements``, on the kind of database of the fixture's
    parameter."""
    if request.param == "sqlite":
        path = tmp_path_factory.mktemp("generated") / "synthetic.sqlite3"
        yield generate(path, statements)
        return
    server: TestServer = request.getfixturevalue("postgres")
    url = server.copy_of(f"generated-{statements}", partial(_generator.fill, statements=statements))
    yield url
    server.drop(url)


@pytest.fixture(scope="module", params=DATABASE_KINDS)
def generated_url(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    yield from generated_database(request, tmp_path_factory, STATEMENTS)


@pytest.fixture(scope="module")
def generated_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The generated sheet as a SQLite file, for what only a file allows (opening it from the
    File menu, copying it)."""
    path = tmp_path_factory.mktemp("generated-file") / "synthetic.sqlite3"
    generate(path, STATEMENTS)
    return path


@pytest.fixture(scope="module")
def generated_rows(generated_url: str) -> list[StatementRow]:
    """Every statement of the generated sheet, in id order."""
    database = open_database(generated_url)
    try:
        return queries.statements(database, SLUG)
    finally:
        database.close()


def search_texts_of(url: str) -> list[tuple[int, str]]:
    """(fact id, indexed text) of every generated statement, in id order."""
    return [
        (fact_id, text)
        for fact_id, text in sql(url, "SELECT fact_id, search_text FROM statement ORDER BY id")
    ]


@pytest.fixture(scope="module")
def search_texts(generated_url: str) -> list[tuple[int, str]]:
    return search_texts_of(generated_url)


@pytest.fixture(scope="module")
def file_search_texts(generated_file: Path) -> list[tuple[int, str]]:
    return search_texts_of(sqlite_url(generated_file))


@pytest.fixture
def generated(generated_url: str) -> Iterator[Database]:
    database = open_database(generated_url)
    yield database
    database.close()


@pytest.fixture(scope="module", params=DATABASE_KINDS)
def twelve_thousand_url(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    """More rows than one batch of ids (10,000), to see a read stop between batches."""
    yield from generated_database(request, tmp_path_factory, 12_000)


# -- what a person would have seen in dialogs --------------------------------------------------


@pytest.fixture(autouse=True)
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Error dialogs recorded instead of shown; file dialogs fail unless a test answers them."""
    shown: list[str] = []

    def critical(
        _parent: QWidget | None, _title: str, text: str, *_args: object
    ) -> QMessageBox.StandardButton:
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    def unexpected_file_dialog(*_args: object, **_kwargs: object) -> tuple[str, str]:
        raise AssertionError("a file dialog opened that the test did not expect")

    monkeypatch.setattr(QMessageBox, "critical", critical)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", unexpected_file_dialog)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", unexpected_file_dialog)
    return shown


def answer_save_dialog(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    def chosen(*_args: object, **_kwargs: object) -> tuple[str, str]:
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", chosen)


# -- windows --------------------------------------------------------------------------------------


def open_window(
    qtbot: QtBot, database: Database, settings: QSettings, large_table_rows: int = LARGE_AT
) -> MainWindow:
    window = MainWindow(database, settings, large_table_rows=large_table_rows)
    qtbot.addWidget(window)  # closed after the test, which shuts the paged table's workers down
    return window


def lazy_tab(window: MainWindow) -> LazyTableTab:
    tab = window.statements_tab
    assert isinstance(tab, LazyTableTab)
    return tab


def counted(qtbot: QtBot, window: MainWindow) -> LazyTableTab:
    """The paged tab once its first page is in and every matching row is counted."""
    tab = lazy_tab(window)
    qtbot.waitUntil(lambda: tab.model.is_counted)
    return tab


@pytest.fixture
def window(qtbot: QtBot, generated: Database, settings: QSettings) -> MainWindow:
    window = open_window(qtbot, generated, settings)
    counted(qtbot, window)
    return window


def title(window: MainWindow) -> str:
    return window.tabs.tabText(TAB)


def search(qtbot: QtBot, window: MainWindow, text: str) -> LazyTableTab:
    window.search.setText(text)
    window.search.emit_now()
    return counted(qtbot, window)


def show_statements(window: MainWindow) -> None:
    window.actions_by_name[f"tab_{TAB + 1}"].trigger()
    assert window.tabs.currentIndex() == TAB


# -- rows as the view reads them ------------------------------------------------------------------


EXPORTED_COLUMNS = [column for column in STATEMENT_COLUMNS if column.key != DRAFT_COLUMN_KEY]
"""The columns shown, which Copy and CSV write: a sheet with no drafts leaves out the Draft
column."""


def exported_texts(row: StatementRow) -> list[str]:
    return [column.text(row) for column in EXPORTED_COLUMNS]


def shown_texts(model: LazyStatementModel, row: int) -> list[str]:
    return [model.index(row, column).data() for column in range(model.columnCount())]


def fill(qtbot: QtBot, model: LazyStatementModel, row: int) -> None:
    """Read a row as a view would, and wait until its chunk has arrived."""
    qtbot.waitUntil(lambda: model.index(row, 0).data() != PLACEHOLDER)


def shown_fact_ids(qtbot: QtBot, model: LazyStatementModel) -> list[int]:
    """The fact id of every row, chunk by chunk, as scrolling through the table would show."""
    found: list[int] = []
    for first in range(0, model.rowCount(), CHUNK_ROWS):
        fill(qtbot, model, first)
        last = min(first + CHUNK_ROWS, model.rowCount())
        found.extend(model.index(row, 0).data(FACT_ID_ROLE) for row in range(first, last))
    return found


def column_values(model: Any, key: str) -> list[str]:
    number = next(n for n, column in enumerate(STATEMENT_COLUMNS) if column.key == key)
    return [model.index(row, number).data() for row in range(model.rowCount())]


def proxy_fact_ids(tab: TableTab[Any]) -> list[int]:
    return [tab.proxy.index(row, 0).data(FACT_ID_ROLE) for row in range(tab.proxy.rowCount())]


# -- what a search should find, worked out here independently ---------------------------------


_TOKEN = re.compile(r"[^\W_]+")
QUOTE_MARKS = "\"'«»‹›„‚“”‘’"


def matcher(query: str) -> Callable[[str], bool]:
    """The documented search, written here on its own: control and formatting characters are
    ignored, and so are quotation marks around a word; a row matches when its text, without
    accents or case, contains every word anywhere ("raine" finds "Ukraine")."""
    readable = "".join(c for c in query if unicodedata.category(c) not in ("Cc", "Cf"))
    terms = [plain(term).strip(QUOTE_MARKS) for term in readable.split()]
    terms = [term for term in terms if term]
    return lambda text: all(term in plain(text) for term in terms)


def matching(search_texts: Sequence[tuple[int, str]], query: str) -> list[int]:
    finds = matcher(query)
    return [fact_id for fact_id, text in search_texts if finds(text)]


# -- 1. the tab -----------------------------------------------------------------------------------


def test_a_large_sheet_gets_a_paged_statements_tab_named_for_screen_readers(
    window: MainWindow, generated_url: str
) -> None:
    ((count,),) = sql(generated_url, "SELECT count(*) FROM statement")
    tab = lazy_tab(window)

    assert window.tabs.indexOf(tab) == TAB
    assert window.table_tabs[-1] is tab
    assert isinstance(tab.model, LazyStatementModel)
    assert tab.view.model() is tab.model
    assert tab.view.objectName() == "statementsView"
    assert tab.view.accessibleName() == "Key statements"
    assert tab.total == tab.shown == count
    assert title(window) == f"{TITLE} ({count:,})" == "Key statements (3,000)"
    assert isinstance(window.members_tab, TableTab)
    assert isinstance(window.attendees_tab, TableTab)


def titles_through_a_search(qtbot: QtBot, window: MainWindow) -> dict[str, str]:
    """The statements tab's title at each step of a search typed and cleared, first pages
    included: each is read when the page's arrival is announced."""
    titles = {"opened": title(window)}
    tab = lazy_tab(window)
    # The opening's first page, unless it came before this line could listen; not a search's.
    tab.model.first_page_shown.connect(
        lambda: tab.query or titles.setdefault("first page", title(window))
    )
    counted(qtbot, window)
    search(qtbot, window, "jose")
    # The cleared search's first page may be shown before the search returns, or after.
    tab.model.first_page_shown.connect(
        lambda: tab.query or titles.setdefault("first page again", title(window))
    )
    window.search.setText("")
    window.search.emit_now()
    titles["search cleared"] = title(window)
    counted(qtbot, window)
    titles["counted"] = title(window)
    return titles


def test_without_a_search_the_title_counts_every_statement_even_while_loading(
    qtbot: QtBot, generated: Database, settings: QSettings
) -> None:
    titles = titles_through_a_search(qtbot, open_window(qtbot, generated, settings))

    # A partial count ("0+ of 3,000", "3,000+ of 3,000") claims a search is narrowing the table.
    assert titles == dict.fromkeys(titles, f"{TITLE} ({STATEMENTS:,})")


class DoneAtOnce(ThreadPoolExecutor):
    """A worker so quick that every answer is ready before the model asks to hear of it, as
    happens when the window's thread is kept waiting on a busy machine."""

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        future: Future[Any] = Future()
        try:
            future.set_result(fn(*args, **kwargs))
        except Exception as error:
            future.set_exception(error)
        return future


def test_an_answer_ready_at_once_is_shown_after_the_window_listens_for_it(
    qtbot: QtBot, generated: Database, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(lazy_table, "ThreadPoolExecutor", DoneAtOnce)

    titles = titles_through_a_search(qtbot, open_window(qtbot, generated, settings))

    assert set(titles) == {"opened", "first page", "search cleared", "first page again", "counted"}
    assert titles == dict.fromkeys(titles, f"{TITLE} ({STATEMENTS:,})")


# -- 2. Qt's model tester -------------------------------------------------------------------------


def test_the_paged_model_passes_the_model_tester(
    qtbot: QtBot, window: MainWindow, qtmodeltester: ModelTester
) -> None:
    # pytest-qt fails the test on any warning of Qt's model tester (category qt.modeltest).
    tab = lazy_tab(window)
    qtmodeltester.check(tab.model)  # counted, every row a placeholder or a fetched row

    with qtbot.waitSignal(tab.model.first_page_shown):
        window.search.setText("jose")
        window.search.emit_now()
    qtmodeltester.check(tab.model)  # the first page only
    counted(qtbot, window)  # rows inserted, watched by the tester
    assert tab.model.rowCount() > CHUNK_ROWS
    qtmodeltester.check(tab.model)

    tab.view.sortByColumn(SPEAKER, Qt.SortOrder.DescendingOrder)
    search(qtbot, window, "")
    qtmodeltester.check(tab.model)
    fill(qtbot, tab.model, tab.model.rowCount() - 1)


# -- 3. scrolling -------------------------------------------------------------------------------


def test_rows_past_the_first_chunk_show_a_placeholder_then_fill_in(
    qtbot: QtBot, window: MainWindow, generated_rows: list[StatementRow]
) -> None:
    model = lazy_tab(window).model
    last = model.rowCount() - 1
    assert last == len(generated_rows) - 1 > CHUNK_ROWS

    assert model.index(last, 0).data() == PLACEHOLDER
    assert model.index(last, 0).data(FACT_ID_ROLE) is None
    fill(qtbot, model, last)

    assert shown_texts(model, last) == exported_texts(generated_rows[-1])
    assert model.index(last, 0).data(FACT_ID_ROLE) == generated_rows[-1].fact_id


def test_scrolling_the_shown_view_to_the_bottom_fetches_the_last_rows(
    qtbot: QtBot, window: MainWindow, generated_rows: list[StatementRow]
) -> None:
    window.show()
    qtbot.waitExposed(window)
    show_statements(window)
    tab = lazy_tab(window)

    tab.view.scrollToBottom()

    last = tab.model.rowCount() - 1
    fill(qtbot, tab.model, last)
    assert shown_texts(tab.model, last) == exported_texts(generated_rows[-1])


def test_every_row_is_the_databases_statement_in_id_order(
    qtbot: QtBot, window: MainWindow, generated_rows: list[StatementRow]
) -> None:
    model = lazy_tab(window).model

    assert shown_fact_ids(qtbot, model) == [row.fact_id for row in generated_rows]
    middle = len(generated_rows) // 2
    assert shown_texts(model, middle) == exported_texts(generated_rows[middle])
    assert len(model._chunks) <= KEPT_CHUNKS


def test_at_most_the_kept_number_of_chunks_is_held_least_recently_used_dropped(
    qtbot: QtBot,
    window: MainWindow,
    generated_rows: list[StatementRow],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # 3,000 rows are 12 chunks, fewer than KEPT_CHUNKS: the bound is lowered to see it hold.
    kept = 3
    monkeypatch.setattr(lazy_table, "KEPT_CHUNKS", kept)
    model = lazy_tab(window).model
    chunks = range(0, model.rowCount(), CHUNK_ROWS)

    for first in chunks:
        fill(qtbot, model, first)
        assert len(model._chunks) <= kept

    assert list(model._chunks) == [first // CHUNK_ROWS for first in chunks][-kept:]
    oldest = next(iter(model._chunks))
    model.row_at(oldest * CHUNK_ROWS)  # used again: now the most recent
    assert model.index(0, 0).data() == PLACEHOLDER  # dropped long ago, asked for again
    fill(qtbot, model, 0)
    assert len(model._chunks) == kept
    assert oldest in model._chunks
    assert shown_texts(model, 0) == exported_texts(generated_rows[0])


def test_a_chunk_asked_for_while_a_new_sort_loads_is_not_shown_in_the_new_order(
    qtbot: QtBot, window: MainWindow, generated_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The view paints (so asks for) a row between a header click and the new first page.

    The chunk is fetched with the old order's ids; it must not be kept as the new order's rows.
    """
    model = lazy_tab(window).model
    target = 5 * CHUNK_ROWS + 7
    by_speaker = [
        fact_id
        for (fact_id,) in sql(
            generated_url, "SELECT fact_id FROM statement ORDER BY speaker_sort, id"
        )
    ]
    by_id = [
        fact_id for (fact_id,) in sql(generated_url, "SELECT fact_id FROM statement ORDER BY id")
    ]
    assert by_speaker[target] != by_id[target]

    first_page_shown = threading.Event()
    asked_while_loading = threading.Event()
    answered = threading.Event()
    real_rows_in_order = model.source.rows_in_order

    def rows_in_order(ids: Sequence[int]) -> list[StatementRow | None]:
        # The old order's chunk is answered only once the new order's first page is shown.
        if first_page_shown.is_set():
            return real_rows_in_order(ids)
        asked_while_loading.set()
        first_page_shown.wait(timeout=60)
        try:
            return real_rows_in_order(ids)
        finally:
            answered.set()

    painted = threading.Event()
    real_first_page = model.source.first_page

    def first_page(view: Any) -> Sequence[StatementRow]:
        # The new order's first page comes after the paint, not within the sort's short wait.
        painted.wait(timeout=60)
        return real_first_page(view)

    monkeypatch.setattr(model.source, "rows_in_order", rows_in_order)
    monkeypatch.setattr(model.source, "first_page", first_page)
    model.first_page_shown.connect(first_page_shown.set)

    lazy_tab(window).view.sortByColumn(SPEAKER, Qt.SortOrder.AscendingOrder)
    assert model.loading
    model.index(target, 0).data()  # a paint while the new order loads
    painted.set()

    qtbot.waitUntil(
        lambda: model.is_counted and (answered.is_set() or not asked_while_loading.is_set())
    )
    fill(qtbot, model, target)
    assert model.index(target, 0).data(FACT_ID_ROLE) == by_speaker[target]


# -- 4. search ----------------------------------------------------------------------------------


def first_page_threads(model: LazyStatementModel, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The name of the thread that reads each first page from now on."""
    threads: list[str] = []
    real_first_page = model.source.first_page

    def first_page(view: statement_pages.StatementView) -> Sequence[StatementRow]:
        threads.append(threading.current_thread().name)
        return real_first_page(view)

    monkeypatch.setattr(model.source, "first_page", first_page)
    return threads


def test_a_search_the_index_answers_shows_its_first_screen_before_the_search_returns(
    qtbot: QtBot, window: MainWindow, generated: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLite's full-text index reads a screen of a search in its own order, so the window
    reads it itself, at once. PostgreSQL's trigram index gives no order (a screen may mean
    sorting every match), so there the worker reads it. Either way the rows are those the
    database orders first."""
    model = lazy_tab(window).model
    threads = first_page_threads(model, monkeypatch)
    view = statement_pages.StatementView(SLUG, COMMON_WORD)

    window.search.setText(COMMON_WORD)
    window.search.emit_now()

    here = threading.current_thread().name
    if generated.engine.dialect.name == "sqlite":
        assert not model.loading, "shown before the search returned"
        assert threads == [here]
    else:
        counted(qtbot, window)
        assert threads and here not in threads
    ids = statement_pages.ordered_ids(generated, view)[:CHUNK_ROWS]
    expected = [row for row in statement_pages.rows_in_order(generated, ids) if row is not None]
    assert len(expected) == CHUNK_ROWS
    assert [shown_texts(model, row) for row in range(CHUNK_ROWS)] == [
        exported_texts(row) for row in expected
    ]
    assert [model.index(row, 0).data(FACT_ID_ROLE) for row in range(CHUNK_ROWS)] == [
        row.fact_id for row in expected
    ]


def test_a_new_search_is_shown_while_the_last_ones_count_is_still_being_read(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A count can take a server a while before its first batch (when it may first stop);
    the next search's first screen does not queue behind it."""
    tab = lazy_tab(window)
    counting, release = threading.Event(), threading.Event()
    real_ordered_ids = tab.model.source.ordered_ids

    def ordered_ids(view: statement_pages.StatementView, superseded: Any) -> Any:
        counting.set()
        release.wait(timeout=60)
        return real_ordered_ids(view, superseded)

    monkeypatch.setattr(tab.model.source, "ordered_ids", ordered_ids)
    speaker = next(n for n, column in enumerate(STATEMENT_COLUMNS) if column.key == "speaker")
    tab.view.sortByColumn(speaker, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(counting.is_set)

    window.search.setText(COMMON_WORD)
    window.search.emit_now()
    qtbot.waitUntil(lambda: not tab.model.loading)

    assert not release.is_set(), "the sort's count is still being read"
    assert tab.query == COMMON_WORD and tab.shown > 0
    release.set()
    counted(qtbot, window)


@pytest.mark.parametrize("query, sort", [("xi", None), (COMMON_WORD, "speaker")])
def test_a_first_screen_that_may_scan_or_sort_every_match_is_read_by_the_worker(
    qtbot: QtBot,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    search_texts: list[tuple[int, str]],
    query: str,
    sort: str | None,
) -> None:
    """A word too short for the index is scanned for, and a sort orders every match first:
    neither is read on the window's own thread, however quick it turns out to be."""
    tab = lazy_tab(window)
    threads = first_page_threads(tab.model, monkeypatch)
    if sort is not None:
        column = next(n for n, column in enumerate(STATEMENT_COLUMNS) if column.key == sort)
        tab.view.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    search(qtbot, window, query)

    assert threads and threading.current_thread().name not in threads
    assert tab.model.rowCount() == len(matching(search_texts, query))


def test_searching_without_accents_finds_accented_speakers_counting_as_it_goes(
    qtbot: QtBot, window: MainWindow, search_texts: list[tuple[int, str]]
) -> None:
    expected = matching(search_texts, "jose")
    assert len(expected) > CHUNK_ROWS, "enough matches to need counting past the first page"
    tab = lazy_tab(window)
    titles: list[str] = []
    tab.model.first_page_shown.connect(lambda: titles.append(title(window)))

    search(qtbot, window, "jose")

    assert titles == [f"{TITLE} ({CHUNK_ROWS:,}+ of {STATEMENTS:,})"]
    assert title(window) == f"{TITLE} ({len(expected):,} of {STATEMENTS:,})"
    assert shown_fact_ids(qtbot, tab.model) == expected
    speakers = set(column_values(tab.model, "speaker"))
    assert speakers and all(speaker.startswith("José ") for speaker in speakers)


def test_a_persons_other_spelling_finds_their_statements(
    qtbot: QtBot,
    window: MainWindow,
    generated: Database,
    generated_rows: list[StatementRow],
    search_texts: list[tuple[int, str]],
) -> None:
    spelled = [row for row in queries.attendees(generated, SLUG) if row.other_spellings]
    person = next(row for row in spelled if row.other_spellings[0] != row.name)
    other = person.other_spellings[0]
    said = [row.fact_id for row in generated_rows if row.speaker == person.name]
    assert said and other not in {row.speaker for row in generated_rows}

    tab = search(qtbot, window, other)

    assert shown_fact_ids(qtbot, tab.model) == said == matching(search_texts, other)
    assert title(window) == f"{TITLE} ({len(said):,} of {STATEMENTS:,})"


def test_every_search_word_must_match(
    qtbot: QtBot, window: MainWindow, search_texts: list[tuple[int, str]]
) -> None:
    both = matching(search_texts, "jose energy")
    assert both
    assert set(both) < set(matching(search_texts, "jose"))
    assert set(both) < set(matching(search_texts, "energy"))

    tab = search(qtbot, window, "jose energy")
    assert shown_fact_ids(qtbot, tab.model) == both
    tab = search(qtbot, window, "  ENERGY   José ")
    assert shown_fact_ids(qtbot, tab.model) == both


def test_rare_and_common_words_find_as_many_rows_as_the_database_holds(
    qtbot: QtBot, window: MainWindow, generated_url: str, search_texts: list[tuple[int, str]]
) -> None:
    for word in (RARE_WORD, COMMON_WORD):
        ((count,),) = sql(
            generated_url,
            "SELECT count(*) FROM statement WHERE text LIKE :pattern",
            pattern=f"%{word}%",
        )
        tab = search(qtbot, window, word)
        assert tab.shown == count > 0, word
        assert title(window) == f"{TITLE} ({count:,} of {STATEMENTS:,})"
        assert shown_fact_ids(qtbot, tab.model) == matching(search_texts, word)


HOSTILE_QUERIES = [
    "'",
    '"',
    '"jose',
    'jose"',
    "jose*",
    "*",
    "(jose",
    "jose)",
    "()",
    "AND",
    "jose AND aberg",
    "jose OR zoe",
    "NOT jose",
    "NEAR(jose aberg, 2)",
    "^jose",
    "speaker:jose",
    "search_text:jose",
    "{jose}",
    "-jose",
    "+jose",
    "'; DROP TABLE statement; --",
    "' OR 1=1 --",
    "jose' OR '1'='1",
    "%",
    "_",
    "jose%",
    "\\",
    "jose-aberg",
    "x" * 10_000,
    "jose " * 2_000,
    "jose\x00aberg",
    "\x00",
    "\x01\x07\x1b",
    "\x1f",
    "jose\u200b",
    "\t\n",
]


def hostile_id(query: str) -> str:
    shown = query if len(query) <= 24 else f"{query[:12]}…({len(query)} chars)"
    return shown.encode("unicode_escape").decode("ascii")


@pytest.mark.parametrize("query", HOSTILE_QUERIES, ids=hostile_id)
def test_search_syntax_and_odd_characters_are_matched_as_text(
    query: str, generated: Database, search_texts: list[tuple[int, str]]
) -> None:
    view = statement_pages.StatementView(SLUG, query.strip())
    ids = statement_pages.ordered_ids(generated, view)
    rows = statement_pages.rows_by_id(generated, ids)
    found = [rows[statement_id].fact_id for statement_id in ids]
    first = [row.fact_id for row in statement_pages.first_page(generated, view, CHUNK_ROWS)]

    assert found == matching(search_texts, query)
    assert first == found[:CHUNK_ROWS]


def test_hostile_searches_in_the_window_show_no_error_and_an_honest_count(
    qtbot: QtBot, window: MainWindow, generated_url: str, errors: list[str]
) -> None:
    tab = lazy_tab(window)
    for query in HOSTILE_QUERIES:
        window.apply_search(query)
        qtbot.waitUntil(lambda: not tab.model.loading)
        counted(qtbot, window)
        assert errors == [], query
        assert 0 <= tab.shown <= tab.total == STATEMENTS
        if not query.strip():
            assert title(window) == f"{TITLE} ({STATEMENTS:,})"
        elif tab.shown == 0:
            assert title(window) == f"{TITLE} (0 of {STATEMENTS:,})"
            assert tab.currentWidget() is tab.empty_label
            assert query.strip()[:79] in tab.empty_label.text()
            assert len(tab.empty_label.text()) < 200
        else:
            assert title(window) == f"{TITLE} ({tab.shown:,} of {STATEMENTS:,})"
            assert tab.currentWidget() is tab.view
    assert sql(generated_url, "SELECT count(*) FROM statement") == [(STATEMENTS,)]


def test_a_search_without_matches_says_so_and_clearing_it_shows_every_row(
    qtbot: QtBot, window: MainWindow, generated_rows: list[StatementRow]
) -> None:
    query = "qqxz nothing-like-this"
    tab = search(qtbot, window, query)

    assert tab.model.rowCount() == 0
    assert tab.currentWidget() is tab.empty_label
    assert query in tab.empty_label.text()
    assert title(window) == f"{TITLE} (0 of {STATEMENTS:,})"

    qtbot.keyClick(window.search, Qt.Key.Key_Escape)
    tab = counted(qtbot, window)

    assert window.search.text() == ""
    assert tab.currentWidget() is tab.view
    assert tab.shown == tab.model.rowCount() == len(generated_rows)
    assert title(window) == f"{TITLE} ({STATEMENTS:,})"
    fill(qtbot, tab.model, tab.shown - 1)
    assert shown_texts(tab.model, tab.shown - 1) == exported_texts(generated_rows[-1])


# -- 5. sorting ---------------------------------------------------------------------------------


def speaker_order(rows: Sequence[StatementRow], *, descending: bool = False) -> list[int]:
    """Fact ids by folded speaker name, ties in id (here, fact id) order."""
    ordered = sorted(rows, key=lambda row: (plain(row.speaker), row.fact_id), reverse=descending)
    return [row.fact_id for row in ordered]


def test_sorting_by_speaker_both_ways(
    qtbot: QtBot, window: MainWindow, generated_rows: list[StatementRow]
) -> None:
    tab = lazy_tab(window)
    ascending = speaker_order(generated_rows)

    tab.view.sortByColumn(SPEAKER, Qt.SortOrder.AscendingOrder)
    counted(qtbot, window)
    assert [tab.model.index(row, 0).data(FACT_ID_ROLE) for row in range(CHUNK_ROWS)] == ascending[
        :CHUNK_ROWS
    ]
    assert shown_fact_ids(qtbot, tab.model) == ascending

    tab.view.sortByColumn(SPEAKER, Qt.SortOrder.DescendingOrder)
    counted(qtbot, window)
    assert shown_fact_ids(qtbot, tab.model) == ascending[::-1]
    assert tab.view.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.DescendingOrder


def test_sorting_a_search_keeps_only_its_matches(
    qtbot: QtBot,
    window: MainWindow,
    generated_rows: list[StatementRow],
    search_texts: list[tuple[int, str]],
) -> None:
    wanted = set(matching(search_texts, "energy"))
    expected = [
        fact_id for fact_id in speaker_order(generated_rows, descending=True) if fact_id in wanted
    ]
    assert len(expected) > CHUNK_ROWS
    tab = lazy_tab(window)

    tab.view.sortByColumn(SPEAKER, Qt.SortOrder.DescendingOrder)
    search(qtbot, window, "energy")

    assert shown_fact_ids(qtbot, tab.model) == expected
    assert title(window) == f"{TITLE} ({len(expected):,} of {STATEMENTS:,})"


# -- 6. evidence ----------------------------------------------------------------------------------


def test_selecting_a_fetched_row_shows_its_evidence_and_the_article_highlights_it(
    qtbot: QtBot,
    window: MainWindow,
    generated: Database,
    generated_rows: list[StatementRow],
) -> None:
    show_statements(window)
    tab = lazy_tab(window)
    row = 7 * CHUNK_ROWS + 3
    statement = generated_rows[row]
    quotes = queries.evidence_for(generated, [statement.fact_id])[statement.fact_id]
    article = queries.sheet_detail(generated, SLUG).source.text
    assert quotes
    fill(qtbot, tab.model, row)

    tab.view.selectRow(row)

    assert list(window.evidence.quotes) == quotes
    assert window.evidence.heading.text() == f"Evidence for {statement.speaker}"
    for quote in window.evidence.quotes:
        assert article[quote.start : quote.end] == quote.exact
        assert quote.exact in window.evidence.browser.toPlainText()

    window.actions_by_name["show_in_article"].trigger()

    assert window.tabs.currentWidget() is window.article_view
    assert window.article_view.highlighted_text() == [quote.exact for quote in quotes]


def test_a_row_selected_before_its_chunk_arrives_shows_its_evidence_once_it_does(
    qtbot: QtBot,
    window: MainWindow,
    generated: Database,
    generated_rows: list[StatementRow],
) -> None:
    """Say, Ctrl+End in a long table: the last row is selected while it is still a placeholder."""
    show_statements(window)
    tab = lazy_tab(window)
    row = len(generated_rows) - 1
    statement = generated_rows[row]
    quotes = queries.evidence_for(generated, [statement.fact_id])[statement.fact_id]
    assert tab.model.index(row, 0).data() == PLACEHOLDER

    tab.view.selectRow(row)
    fill(qtbot, tab.model, row)

    assert tab.current_fact_id() == statement.fact_id
    assert list(window.evidence.quotes) == quotes


# -- 7. copy and export -------------------------------------------------------------------------


def tab_separated(rows: Sequence[StatementRow]) -> list[str]:
    header = "\t".join(column.title for column in EXPORTED_COLUMNS)
    return [header] + [
        "\t".join(" ".join(cell.split()) for cell in exported_texts(row)) for row in rows
    ]


def select_rows(tab: LazyTableTab, rows: Sequence[int]) -> None:
    tab.view.selectRow(rows[0])
    for row in rows[1:]:
        tab.view.selectionModel().select(
            tab.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )


def test_copy_puts_two_selected_rows_with_headers_on_the_clipboard(
    qtbot: QtBot, window: MainWindow, generated_rows: list[StatementRow]
) -> None:
    show_statements(window)
    tab = lazy_tab(window)
    fetched = [5, 4 * CHUNK_ROWS + 1]
    for row in fetched:
        fill(qtbot, tab.model, row)
    select_rows(tab, fetched)
    QGuiApplication.clipboard().clear()

    window.actions_by_name["copy"].trigger()
    finish_background_work(qtbot, window)

    expected = tab_separated([generated_rows[row] for row in fetched])
    assert QGuiApplication.clipboard().text().splitlines() == expected


def test_copy_of_rows_not_yet_fetched_reads_them_at_once(
    qtbot: QtBot, window: MainWindow, generated_rows: list[StatementRow]
) -> None:
    show_statements(window)
    tab = lazy_tab(window)
    unfetched = [9 * CHUNK_ROWS + 2, len(generated_rows) - 1]
    select_rows(tab, unfetched)
    QGuiApplication.clipboard().clear()

    window.actions_by_name["copy"].trigger()
    finish_background_work(qtbot, window)

    expected = tab_separated([generated_rows[row] for row in unfetched])
    assert QGuiApplication.clipboard().text().splitlines() == expected


def read_csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as file:
        return list(csv.reader(file))


def test_export_csv_of_a_search_writes_exactly_its_matching_rows(
    qtbot: QtBot,
    window: MainWindow,
    generated_url: str,
    generated_rows: list[StatementRow],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    errors: list[str],
) -> None:
    target = tmp_path / "statements.csv"
    answer_save_dialog(monkeypatch, target)
    ((count,),) = sql(
        generated_url,
        "SELECT count(*) FROM statement JOIN person ON person.id = statement.speaker_id "
        "WHERE person.name LIKE :pattern",
        pattern="José %",
    )
    expected = [row for row in generated_rows if row.speaker.startswith("José ")]
    assert len(expected) == count > CHUNK_ROWS
    show_statements(window)
    search(qtbot, window, "jose")

    window.actions_by_name["export_csv"].trigger()
    finish_background_work(qtbot, window)

    assert errors == []
    lines = read_csv(target)
    assert lines[0] == [column.title for column in EXPORTED_COLUMNS]
    assert len(lines) - 1 == count
    assert lines[1:] == [exported_texts(row) for row in expected]


def test_export_csv_right_after_a_search_writes_that_searchs_rows(
    qtbot: QtBot,
    window: MainWindow,
    generated_rows: list[StatementRow],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Ctrl+Shift+C straight after typing, before the search's rows are counted (its first
    screen may already be shown)."""
    target = tmp_path / "statements.csv"
    answer_save_dialog(monkeypatch, target)
    expected = [exported_texts(row) for row in generated_rows if row.speaker.startswith("José ")]
    show_statements(window)
    window.search.setText("jose")
    window.search.emit_now()
    assert not lazy_tab(window).model.is_counted

    window.actions_by_name["export_csv"].trigger()
    finish_background_work(qtbot, window)

    counted(qtbot, window)  # let the search finish before the window closes
    assert read_csv(target)[1:] == expected


# -- 8. swapping sheets -------------------------------------------------------------------------


def test_a_small_database_after_a_large_one_gets_a_held_table_back(
    qtbot: QtBot, window: MainWindow, seeded_url: str, errors: list[str]
) -> None:
    show_statements(window)
    seeded_path = Path(seeded_url.removeprefix("sqlite:///"))
    reference = open_database(seeded_url)
    try:
        (sheet,) = queries.list_sheets(reference)
        statements = queries.statements(reference, sheet.slug)
    finally:
        reference.close()
    assert len(statements) <= LARGE_AT

    window.open_database_file(seeded_path)

    assert errors == []
    tab = window.statements_tab
    assert isinstance(tab, TableTab)
    assert tab.view.model() is tab.proxy
    assert tab.proxy.sourceModel() is tab.model
    assert window.tabs.indexOf(tab) == TAB
    assert window.tabs.currentIndex() == TAB
    assert window.table_tabs[-1] is tab
    assert tab.view.objectName() == "statementsView"
    assert title(window) == f"{TITLE} ({len(statements):,})"
    assert proxy_fact_ids(tab) == [row.fact_id for row in statements]


def test_a_large_database_after_a_small_one_gets_a_paged_table_keeping_the_search(
    qtbot: QtBot,
    database: Database,
    settings: QSettings,
    generated_file: Path,
    file_search_texts: list[tuple[int, str]],
    errors: list[str],
) -> None:
    window = open_window(qtbot, database, settings)
    assert isinstance(window.statements_tab, TableTab)
    window.tabs.setCurrentIndex(TAB)
    window.search.setText("jose")
    window.search.emit_now()

    window.open_database_file(generated_file)

    tab = counted(qtbot, window)
    assert errors == []
    assert window.tabs.indexOf(tab) == TAB
    assert window.tabs.currentIndex() == TAB
    assert window.table_tabs[-1] is tab
    assert tab.view.objectName() == "statementsView"
    expected = matching(file_search_texts, "jose")
    assert title(window) == f"{TITLE} ({len(expected):,} of {STATEMENTS:,})"
    assert shown_fact_ids(qtbot, tab.model) == expected

    window.search.setText("")
    window.search.emit_now()
    counted(qtbot, window)
    assert title(window) == f"{TITLE} ({STATEMENTS:,})"


def test_a_large_sheet_after_a_large_one_replaces_the_paged_table(
    qtbot: QtBot, window: MainWindow, generated_rows: list[StatementRow]
) -> None:
    old = lazy_tab(window)

    window.load_sheet(SLUG)
    assert window.tabs.indexOf(old) == -1  # before the old tab is deleted

    tab = counted(qtbot, window)
    assert tab is not old
    assert window.tabs.indexOf(tab) == TAB
    assert title(window) == f"{TITLE} ({STATEMENTS:,})"
    assert shown_fact_ids(qtbot, tab.model) == [row.fact_id for row in generated_rows]


def test_opening_another_sheet_while_a_search_loads_raises_nothing(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The old table is shut down while its search's first page is on its way back."""
    old = lazy_tab(window).model
    started, release = threading.Event(), threading.Event()
    real_first_page = old.source.first_page

    def first_page(view: Any) -> Sequence[StatementRow]:
        started.set()
        release.wait(timeout=60)
        return real_first_page(view)

    monkeypatch.setattr(old.source, "first_page", first_page)

    with qtbot.captureExceptions() as exceptions:
        window.search.setText("jose")
        window.search.emit_now()
        qtbot.waitUntil(started.is_set)
        release.set()
        window.load_sheet(SLUG)  # the old table's workers are shut down here
        counted(qtbot, window)
        # A search started now is answered after anything the old table still had queued.
        search(qtbot, window, "zoe")

    assert [f"{kind.__name__}: {value}" for kind, value, _trace in exceptions] == []
    assert title(window).startswith(f"{TITLE} (")


# -- the seeded article's sheet, paged: real facts behave as in the held table -----------------


@pytest.fixture
def seeded_slug(any_database: Database) -> str:
    (sheet,) = queries.list_sheets(any_database)
    return sheet.slug


@pytest.fixture
def paged(qtbot: QtBot, any_database: Database, tmp_path: Path) -> MainWindow:
    """The seeded sheet with its statements paged, as if it were very large."""
    settings = QSettings(str(tmp_path / "paged.ini"), QSettings.Format.IniFormat)
    window = open_window(qtbot, any_database, settings, large_table_rows=5)
    counted(qtbot, window)
    return window


@pytest.fixture
def held(qtbot: QtBot, any_seeded_url: str, tmp_path: Path) -> MainWindow:
    """The same sheet in an ordinary window, every statement held."""
    settings = QSettings(str(tmp_path / "held.ini"), QSettings.Format.IniFormat)
    window = open_window(qtbot, open_database(any_seeded_url), settings, large_table_rows=10_000)
    assert isinstance(window.statements_tab, TableTab)
    return window


def held_tab(window: MainWindow) -> TableTab[Any]:
    """The held statements tab, on show (a table not on show filters when it is shown)."""
    tab = window.statements_tab
    assert isinstance(tab, TableTab)
    window.tabs.setCurrentWidget(tab)
    return tab


def test_the_seeded_sheet_paged_shows_every_statement_as_the_database_has_it(
    qtbot: QtBot,
    paged: MainWindow,
    any_database: Database,
    seeded_slug: str,
    qtmodeltester: ModelTester,
) -> None:
    statements = queries.statements(any_database, seeded_slug)
    tab = lazy_tab(paged)
    assert 5 < len(statements) < CHUNK_ROWS

    assert tab.view.objectName() == "statementsView"
    assert tab.view.accessibleName() == "Key statements"
    assert title(paged) == f"{TITLE} ({len(statements):,})"
    assert [shown_texts(tab.model, row) for row in range(tab.shown)] == [
        exported_texts(row) for row in statements
    ]
    qtmodeltester.check(tab.model)
    search(qtbot, paged, "putin")
    qtmodeltester.check(tab.model)


def held_search_text(row: StatementRow) -> str:
    """What the held table searches: the shown columns, the speaker's other spellings, and the
    statement's context and go-between (shown in its tooltip)."""
    return " ".join([*exported_texts(row), *row.speaker_spellings, row.context, row.via])


def words_of(fields: Sequence[str]) -> set[str]:
    return {word for field in fields for word in _TOKEN.findall(field) if len(word) >= 4}


def compare_searches(
    qtbot: QtBot, paged: MainWindow, held: MainWindow, words: Sequence[str]
) -> dict[str, tuple[list[int], list[int]]]:
    """Each word searched in both windows: {word: (paged fact ids, held fact ids)} where they differ."""
    differences: dict[str, tuple[list[int], list[int]]] = {}
    for query in words:
        tab = search(qtbot, paged, query)
        held.search.setText(query)
        held.search.emit_now()
        paged_ids = [tab.model.index(row, 0).data(FACT_ID_ROLE) for row in range(tab.shown)]
        held_ids = proxy_fact_ids(held_tab(held))
        if paged_ids != held_ids:
            differences[query] = (paged_ids, held_ids)
    return differences


def test_the_seeded_sheet_finds_the_same_statements_paged_or_held(
    qtbot: QtBot, paged: MainWindow, held: MainWindow, any_database: Database, seeded_slug: str
) -> None:
    """Every word of the shown columns, as a person might type it, finds the same statements.

    Words that also occur inside longer words are left out: the paged table matches word
    beginnings ("line" does not find "deadline"), by design of its full-text index.
    """
    statements = queries.statements(any_database, seeded_slug)
    shown = [held_search_text(row) for row in statements]
    words = [
        word
        for word in sorted(words_of(shown), key=str.casefold)
        if [plain(word) in plain(text) for text in shown] == [matcher(word)(text) for text in shown]
    ]
    assert len(words) > 50

    differences = compare_searches(qtbot, paged, held, words)

    assert differences == {}, "word: (paged fact ids, held fact ids)"


def test_words_only_in_a_statements_context_or_source_find_the_same_rows_paged_or_held(
    qtbot: QtBot, paged: MainWindow, held: MainWindow, any_database: Database, seeded_slug: str
) -> None:
    """Context and "via" are not columns (only the tooltip shows them), yet both tables search
    them. Words that also occur inside longer words are left out, as above."""
    statements = queries.statements(any_database, seeded_slug)
    searched = [held_search_text(row) for row in statements]
    hidden = words_of([field for row in statements for field in (row.context, row.via)])
    words = [
        word
        for word in sorted(hidden, key=str.casefold)
        if [plain(word) in plain(text) for text in searched]
        == [matcher(word)(text) for text in searched]
    ]
    assert "Xinhua" in words

    differences = compare_searches(qtbot, paged, held, words)

    assert differences == {}, "word: (paged fact ids, held fact ids)"


SORTED_LIKE_HELD = [column.key for column in STATEMENT_COLUMNS if column.key != "text"]


@pytest.mark.parametrize("key", SORTED_LIKE_HELD)
def test_the_seeded_sheet_sorts_the_same_paged_or_held(
    qtbot: QtBot, paged: MainWindow, held: MainWindow, key: str
) -> None:
    number = next(n for n, column in enumerate(STATEMENT_COLUMNS) if column.key == key)
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        lazy_tab(paged).view.sortByColumn(number, order)
        tab = counted(qtbot, paged)
        held_tab(held).view.sortByColumn(number, order)
        assert column_values(tab.model, key) == column_values(held_tab(held).proxy, key), order


def test_sorting_the_seeded_sheet_paged_by_statement_ignores_case(
    qtbot: QtBot, paged: MainWindow, any_database: Database, seeded_slug: str
) -> None:
    """The held table sorts without regard to case; "the real challenges…" is not after "We…"."""
    statements = queries.statements(any_database, seeded_slug)
    text_of = {row.fact_id: row.text for row in statements}
    assert any(text[0].islower() for text in text_of.values())
    tab = lazy_tab(paged)
    number = next(n for n, column in enumerate(STATEMENT_COLUMNS) if column.key == "text")

    tab.view.sortByColumn(number, Qt.SortOrder.AscendingOrder)
    counted(qtbot, paged)

    shown = [plain(text_of[tab.model.index(row, 0).data(FACT_ID_ROLE)]) for row in range(tab.shown)]
    assert shown == sorted(shown)


def select_rows_in(tab: Any, rows: Sequence[int]) -> None:
    model = tab.view.model()
    tab.view.selectRow(rows[0])
    for row in rows[1:]:
        tab.view.selectionModel().select(
            model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )


def test_the_seeded_sheet_paged_copies_exports_and_shows_evidence_as_held(
    qtbot: QtBot,
    paged: MainWindow,
    held: MainWindow,
    any_database: Database,
    seeded_slug: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    errors: list[str],
) -> None:
    statements = queries.statements(any_database, seeded_slug)
    article = queries.sheet_detail(any_database, seeded_slug).source.text
    rows = [1, len(statements) - 2]
    for window in (paged, held):
        show_statements(window)
        select_rows_in(window.statements_tab, rows)
    copies = []
    for window in (paged, held):
        QGuiApplication.clipboard().clear()
        window.actions_by_name["copy"].trigger()
        finish_background_work(qtbot, window)
        copies.append(QGuiApplication.clipboard().text())
    assert copies[0] == copies[1]
    assert copies[0].splitlines() == tab_separated([statements[row] for row in rows])

    for window in (paged, held):
        window.statements_tab.view.selectRow(rows[0])
    fact_id = statements[rows[0]].fact_id
    quotes = queries.evidence_for(any_database, [fact_id])[fact_id]
    assert quotes
    assert list(paged.evidence.quotes) == list(held.evidence.quotes) == quotes
    assert all(article[quote.start : quote.end] == quote.exact for quote in quotes)
    paged.actions_by_name["show_in_article"].trigger()
    assert paged.article_view.highlighted_text() == [quote.exact for quote in quotes]

    exported = []
    for name, window in (("paged", paged), ("held", held)):
        target = tmp_path / f"{name}.csv"
        answer_save_dialog(monkeypatch, target)
        show_statements(window)
        window.search.setText("putin")
        window.search.emit_now()
        if window is paged:
            counted(qtbot, window)
        window.actions_by_name["export_csv"].trigger()
        finish_background_work(qtbot, window)
        exported.append(read_csv(target))
    assert errors == []
    assert exported[0] == exported[1]
    putin = [row for row in statements if "putin" in plain(" ".join(exported_texts(row)))]
    assert exported[0][1:] == [exported_texts(row) for row in putin]
    assert putin


# -- 9. without the full-text index -------------------------------------------------------------


@pytest.fixture
def with_index(generated_file: Path) -> Iterator[Database]:
    database = open_database(sqlite_url(generated_file))
    yield database
    database.close()


@pytest.fixture
def without_index(generated_file: Path, tmp_path: Path) -> Iterator[Database]:
    """A copy of the generated database whose full-text table was dropped."""
    copy = tmp_path / "no-fts.sqlite3"
    shutil.copyfile(generated_file, copy)
    with closing(sqlite3.connect(copy)) as connection:
        connection.execute(f"DROP TABLE {statement_index.FTS_TABLE}")
        connection.commit()
    database = open_database(sqlite_url(copy))
    yield database
    database.close()


FALLBACK_VIEWS = [
    statement_pages.StatementView(SLUG, "jose"),
    statement_pages.StatementView(SLUG, "JOSÉ åberg"),
    statement_pages.StatementView(SLUG, "jose energy", "speaker", True),
    statement_pages.StatementView(SLUG, "zoe", "topic"),
    statement_pages.StatementView(SLUG, RARE_WORD),
]


@pytest.mark.parametrize("view", FALLBACK_VIEWS, ids=lambda view: f"{view.query}-{view.sort_key}")
def test_without_the_index_searches_still_fold_accents(
    view: statement_pages.StatementView, without_index: Database, with_index: Database
) -> None:
    with without_index.read() as connection:
        assert not statement_index.has_index(connection)

    ids = statement_pages.ordered_ids(without_index, view)
    first = statement_pages.first_page(without_index, view, 50)

    assert list(ids) == list(statement_pages.ordered_ids(with_index, view))
    assert ids
    assert list(first) == statement_pages.rows_in_order(without_index, ids[:50])


def test_without_the_index_the_window_still_finds_accented_speakers(
    qtbot: QtBot,
    without_index: Database,
    settings: QSettings,
    file_search_texts: list[tuple[int, str]],
    errors: list[str],
) -> None:
    window = open_window(qtbot, without_index, settings)
    counted(qtbot, window)

    tab = search(qtbot, window, "jose")

    assert errors == []
    assert shown_fact_ids(qtbot, tab.model) == matching(file_search_texts, "jose")


# -- 10. the paging queries ---------------------------------------------------------------------


DB_VIEWS = [
    statement_pages.StatementView(SLUG),
    statement_pages.StatementView(SLUG, descending=True),
    statement_pages.StatementView(SLUG, sort_key="speaker"),
    statement_pages.StatementView(SLUG, sort_key="speaker", descending=True),
    statement_pages.StatementView(SLUG, sort_key="kind"),
    statement_pages.StatementView(SLUG, sort_key="when", descending=True),
    statement_pages.StatementView(SLUG, "jose"),
    statement_pages.StatementView(SLUG, COMMON_WORD, "speaker"),
    statement_pages.StatementView(SLUG, "jose energy", "topic", True),
    statement_pages.StatementView(SLUG, "qqxz"),
]


def view_id(view: statement_pages.StatementView) -> str:
    order = f"{view.sort_key or 'id'}{'-desc' if view.descending else ''}"
    return f"{view.query or 'all'}:{order}"


@pytest.mark.parametrize("view", DB_VIEWS, ids=view_id)
def test_ordered_ids_follow_the_first_pages_order(
    view: statement_pages.StatementView,
    generated: Database,
    search_texts: list[tuple[int, str]],
) -> None:
    shown = 300
    ids = statement_pages.ordered_ids(generated, view)
    first = statement_pages.first_page(generated, view, shown)

    assert list(first) == statement_pages.rows_in_order(generated, ids[:shown])
    assert len(first) == min(shown, len(ids))
    assert len(ids) == len(set(ids)) == len(matching(search_texts, view.query))


def test_paging_queries_use_nothing_sqlalchemy_has_deprecated(generated: Database) -> None:
    """An unsearched view must not build an empty and_(), which SQLAlchemy will refuse."""
    view = statement_pages.StatementView(SLUG)
    with warnings.catch_warnings():
        warnings.simplefilter("error", DeprecationWarning)
        statement_pages.first_page(generated, view, 10)
        statement_pages.ordered_ids(generated, view)


def test_rows_come_in_the_order_asked_and_a_gone_row_keeps_its_place(
    generated: Database, generated_url: str
) -> None:
    fact_of = dict(sql(generated_url, "SELECT id, fact_id FROM statement"))
    asked = random.Random(7).sample(sorted(fact_of), 600)

    rows = statement_pages.rows_in_order(generated, asked)

    assert [row.fact_id if row else None for row in rows] == [
        fact_of[statement_id] for statement_id in asked
    ]
    unknown = max(fact_of) + 1
    in_order = statement_pages.rows_in_order(generated, [asked[1], unknown, asked[0]])
    assert [row.fact_id if row else None for row in in_order] == [
        fact_of[asked[1]],
        None,
        fact_of[asked[0]],
    ]
    assert statement_pages.rows_in_order(generated, []) == []


def test_reading_ids_stops_when_superseded(generated: Database) -> None:
    view = statement_pages.StatementView(SLUG)

    with pytest.raises(statement_pages.Superseded):
        statement_pages.ordered_ids(generated, view, superseded=lambda: True)

    nothing = statement_pages.StatementView(SLUG, "qqxz")
    assert list(statement_pages.ordered_ids(generated, nothing, superseded=lambda: True)) == []


def test_reading_ids_is_asked_between_batches_whether_to_go_on(twelve_thousand_url: str) -> None:
    database = open_database(twelve_thousand_url)
    try:
        view = statement_pages.StatementView(SLUG)
        asked: list[int] = []

        def superseded_after(batches: int) -> Callable[[], bool]:
            def superseded() -> bool:
                asked.append(1)
                return len(asked) > batches

            return superseded

        assert (
            len(statement_pages.ordered_ids(database, view, superseded=superseded_after(9)))
            == 12_000
        )
        assert len(asked) == 2  # 10,000 then 2,000
        asked.clear()
        with pytest.raises(statement_pages.Superseded):
            statement_pages.ordered_ids(database, view, superseded=superseded_after(1))
        assert len(asked) == 2
    finally:
        database.close()


def test_a_search_that_drops_the_selected_row_clears_its_evidence(
    qtbot: QtBot, window: MainWindow
) -> None:
    show_statements(window)
    tab = lazy_tab(window)
    tab.view.selectRow(0)
    qtbot.waitUntil(lambda: bool(window.evidence.quotes))

    search(qtbot, window, "nothingmatchesthis")

    assert tab.shown == 0
    assert window.evidence.quotes == ()


def test_a_failing_search_shows_no_stale_rows_and_one_error(
    qtbot: QtBot, window: MainWindow, errors: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from db.errors import DatabaseError

    tab = search(qtbot, window, "zephyrine")
    assert tab.shown > 0

    def locked(*_args: object) -> list[StatementRow]:
        raise DatabaseError("db: is locked by another program; close it and try again")

    answering = tab.model.source.first_page
    monkeypatch.setattr(tab.model.source, "first_page", locked)
    window.search.setText("cooperation")
    window.search.emit_now()
    qtbot.waitUntil(lambda: not tab.model.loading)

    assert tab.shown == 0
    assert len(errors) == 1 and "locked" in errors[0]
    monkeypatch.setattr(tab.model.source, "first_page", answering)
    window.search.setText("cooperation")
    window.search.emit_now()
    counted(qtbot, window)
    assert tab.shown > 0, "the same search is tried again once the database answers"


def test_a_rare_word_on_postgresql_is_looked_up_in_the_trigram_index(postgres: TestServer) -> None:
    """The search is a LIKE scan that the trigram index can answer. A change to the query
    (lower() around the column, say) would lose the index without changing a single result.

    Until a freshly filled table is vacuumed (autovacuum does it soon after a bulk write), the
    planner prices its trigram index from incomplete statistics; and on a table this small,
    reading every row, or the rows in id order, may cost it about as much as the index. So the
    table is vacuumed first and those two ways are priced out: the plan then shows whether the
    index can be used at all."""
    url = postgres.copy_of(
        f"generated-{STATEMENTS}", partial(_generator.fill, statements=STATEMENTS)
    )
    database = open_database(url)
    view = statement_pages.StatementView(SLUG, RARE_WORD)
    assert statement_pages.first_page(database, view, CHUNK_ROWS)
    search, parameters = statement_pages.first_page_query(database, view, CHUNK_ROWS)
    assert " LIKE " in search
    with database.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as admin:
        admin.exec_driver_sql("VACUUM ANALYZE statement")
    with database.read() as connection:
        connection.exec_driver_sql("SET LOCAL enable_seqscan = off")
        connection.exec_driver_sql("SET LOCAL enable_indexscan = off")
        plan = "\n".join(connection.exec_driver_sql(f"EXPLAIN {search}", parameters).scalars())
    database.close()
    postgres.drop(url)
    assert trigram_index.INDEX in plan, plan
