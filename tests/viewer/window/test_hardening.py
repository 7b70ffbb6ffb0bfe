"""Hostile input: odd searches, markup in facts, failing disks, and no network, ever."""

from __future__ import annotations

import errno
import re
import socket
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QTextDocument
from pytestqt.qtbot import QtBot

from db.errors import ExportError, SeedError
from db.factfile.folding import fold
from db.factfile.reading import MAX_ARTICLE_BYTES, fact_file_limit, read_fact_file
from db.store import queries
from db.store.queries import SheetContent
from db.store.session import Database
from viewer.models.columns import STATEMENT_COLUMNS
from viewer.models.roles import SEARCH_TEXT_ROLE
from viewer.models.table_text import write_csv
from viewer.pdf import render as pdf
from viewer.pdf.render import write_pdf
from viewer.tabs.table_tab import TableTab
from viewer.window.main_window import MainWindow

HOSTILE_QUERIES = [
    '" * ( ) AND OR NOT NEAR ^ :',
    "NEAR(putin xi, 3)",
    "xi*",
    "'; DROP TABLE statement; --",
    "%' OR '1'='1",
    "_%",
    "a" * 10_000,
    "\x00\x01\x1b[31m\x7f",
    "\u202eniwtuP\u202c",
    "بوتين",
    "普京",
    "\U0001f600",
    "   ",
]


def statements_tab(window: MainWindow) -> TableTab[Any]:
    """The statements tab of a sheet small enough to be held whole."""
    tab = window.statements_tab
    assert isinstance(tab, TableTab)
    return tab


@pytest.fixture
def content(database: Database) -> SheetContent:
    (sheet,) = queries.list_sheets(database)
    return queries.sheet_content(database, sheet.slug)


# -- search -----------------------------------------------------------------------------------


@pytest.mark.parametrize("query", HOSTILE_QUERIES, ids=range(len(HOSTILE_QUERIES)))
def test_any_search_string_gives_a_sensible_result(window: MainWindow, query: str) -> None:
    window.search.setText(query)
    window.search.emit_now()
    for tab in window.table_tabs:
        window.tabs.setCurrentWidget(tab)  # a table not on show filters when it is shown
        folded_words = [fold(word) for word in query.split()]
        shown = tab.view.model()
        for row in range(shown.rowCount()):
            text = shown.index(row, 0).data(SEARCH_TEXT_ROLE)
            assert all(word in text for word in folded_words)
        if tab.shown == 0 and query.strip():
            assert tab.currentWidget() is tab.empty_label
    window.search.clear()
    window.search.emit_now()
    assert all(tab.shown == tab.total for tab in window.table_tabs)


def test_search_never_fails_and_only_narrows(window: MainWindow) -> None:
    totals = [tab.total for tab in window.table_tabs]

    @settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(st.text(max_size=60))
    def check(query: str) -> None:
        window.apply_search(query)
        for tab, total in zip(window.table_tabs, totals, strict=True):
            assert 0 <= tab.shown <= total

    check()


def test_a_search_for_any_cell_finds_its_row(window: MainWindow) -> None:
    tab = statements_tab(window)
    cells = [
        tab.model.index(row, column).data()
        for row in range(tab.model.rowCount())
        for column in range(tab.model.columnCount())
    ]

    @settings(max_examples=60, deadline=None)
    @given(st.sampled_from([cell for cell in cells if cell.strip()]))
    def check(cell: str) -> None:
        window.apply_search(cell.upper())
        shown = [
            tab.proxy.index(row, column).data()
            for row in range(tab.proxy.rowCount())
            for column in range(tab.proxy.columnCount())
        ]
        assert cell in shown

    check()


# -- markup and scripts in the facts ----------------------------------------------------------

MARKUP = "<b>bold</b> & <img src='http://example.invalid/x.png'> <a href='https://x.invalid'>x</a>"


def _marked(content: SheetContent) -> SheetContent:
    statement = content.statements[0]._replace(text=MARKUP, context=MARKUP)
    attendee = content.attendees[0]._replace(name=MARKUP, note=MARKUP)
    return content._replace(
        statements=[statement, *content.statements[1:]],
        attendees=[attendee, *content.attendees[1:]],
    )


def _as_plain(rich: str) -> str:
    document = QTextDocument()
    document.setHtml(rich)
    return document.toPlainText()


def test_markup_in_a_fact_shows_as_text_in_tables_and_tooltips(
    window: MainWindow, content: SheetContent
) -> None:
    marked = _marked(content)
    statements_tab(window).set_rows(marked.statements)
    window.attendees_tab.set_rows(marked.attendees)
    for tab in (statements_tab(window), window.attendees_tab):
        index = tab.model.index(0, 0 if tab is window.attendees_tab else 1)
        assert MARKUP in index.data()
        assert MARKUP in _as_plain(index.data(Qt.ItemDataRole.ToolTipRole))


def test_markup_in_a_fact_shows_as_text_in_the_evidence_pane(
    window: MainWindow, content: SheetContent
) -> None:
    quote = queries.Evidence(
        exact=MARKUP, prefix="", suffix="", start=0, end=len(MARKUP), paragraph=1
    )
    window.evidence.show_quotes(MARKUP, [quote], MARKUP)
    assert window.evidence.heading.text().endswith(MARKUP)
    assert window.evidence.heading.textFormat() == Qt.TextFormat.PlainText
    assert MARKUP in window.evidence.browser.toPlainText()


def test_non_latin_scripts_and_long_values_reach_the_pdf(
    qapp: Any, content: SheetContent, tmp_path: Path
) -> None:
    from pypdf import PdfReader

    scripts = "Привет мир — Γειά σου κόσμε"
    long_text = " ".join(f"token{number}" for number in range(3000))
    statement = content.statements[0]._replace(text=f"{scripts} {long_text} end")
    target = tmp_path / "scripts.pdf"
    write_pdf(target, content._replace(statements=[statement]))
    pages = [page.extract_text() for page in PdfReader(target).pages]
    assert scripts in " ".join(" ".join(page.split()) for page in pages)
    # Without spaces, since text extraction may split a word at a page's first line.
    unbroken = "".join("".join(pages).split())
    found = sorted(int(number) for number in re.findall(r"token(\d+)", unbroken))
    assert found == list(range(3000)), "a value longer than a page goes on over the next pages"


# -- exports that fail ------------------------------------------------------------------------


@pytest.fixture
def existing(tmp_path: Path) -> Path:
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "sheet.pdf"
    target.write_bytes(b"%PDF-1.4 the colleague's copy")
    return target


def _only(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


def test_a_folder_without_permission_is_a_clear_error(
    content: SheetContent, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refused(*_args: Any, **_kwargs: Any) -> tuple[int, str]:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refused)
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "statements.csv"
    with pytest.raises(ExportError, match="permission denied"):
        write_csv(target, STATEMENT_COLUMNS, content.statements)
    assert _only(target.parent) == []


def test_an_interrupted_export_leaves_nothing_behind(
    qapp: Any, content: SheetContent, existing: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(*_args: Any, **_kwargs: Any) -> int:
        raise KeyboardInterrupt

    monkeypatch.setattr(pdf, "render", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_pdf(existing, content)
    assert existing.read_bytes() == b"%PDF-1.4 the colleague's copy"
    assert _only(existing.parent) == ["sheet.pdf"]


# -- seeds ------------------------------------------------------------------------------------


def test_a_huge_fact_file_is_refused_before_it_is_read(seed_copy: Path, tmp_path: Path) -> None:
    """Larger than a fact file of the largest article may be: refused before it is read."""
    with seed_copy.open("a", encoding="utf-8") as handle:  # sparse: no need to write it all
        handle.truncate(fact_file_limit(MAX_ARTICLE_BYTES) + 1)
    with pytest.raises(SeedError, match="more than a fact file may be") as raised:
        read_fact_file(seed_copy)
    assert seed_copy.name in str(raised.value)


def test_a_fact_file_nested_too_deep_is_refused(seed_copy: Path) -> None:
    seed_copy.write_text(
        seed_copy.read_text(encoding="utf-8") + "\ndeep = " + "[" * 100_000 + "]" * 100_000 + "\n",
        encoding="utf-8",
    )
    with pytest.raises(SeedError) as raised:
        read_fact_file(seed_copy)
    assert seed_copy.name in str(raised.value)
    assert "nested too deeply" in str(raised.value)


def _toml_string(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace('"', '\\"')
    return (
        '"'
        + "".join(
            f"\\u{ord(char):04x}" if ord(char) < 0x20 or ord(char) == 0x7F else char
            for char in escaped
        )
        + '"'
    )


def test_any_text_in_a_fact_is_seeded_exactly_or_refused_clearly(
    seed_copy: Path, tmp_path: Path
) -> None:
    from db.store.seed import seed_database
    from db.store.session import open_database

    original = seed_copy.read_text(encoding="utf-8")
    line = 'topic = "Solidarity"'
    assert original.count(line) == 1

    @settings(max_examples=40, deadline=None)
    @given(st.text(alphabet=st.characters(exclude_categories=["Cs"]), max_size=80))
    def check(value: str) -> None:
        seed_copy.write_text(
            original.replace(line, f"topic = {_toml_string(value)}"), encoding="utf-8"
        )
        with tempfile.TemporaryDirectory(dir=tmp_path) as folder:
            url = f"sqlite:///{Path(folder) / 'sheet.sqlite3'}"
            try:
                (outcome,) = seed_database(url, [seed_copy])
            except SeedError as error:
                assert seed_copy.name in str(error) and "\n" not in str(error)
                assert not any(Path(folder).iterdir())
                return
            database = open_database(url)
            topics = {row.topic for row in queries.statements(database, outcome.slug)}
            database.close()
            assert value in topics

    check()


# -- network ----------------------------------------------------------------------------------


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[object]]:
    """Any attempt to open a network connection is recorded and refused."""
    attempts: list[object] = []
    real_connect = socket.socket.connect

    def connect(self: socket.socket, address: Any) -> None:
        if self.family in (socket.AF_INET, socket.AF_INET6):
            attempts.append(address)
            raise OSError(errno.ENETUNREACH, "network blocked by the test")
        real_connect(self, address)

    def create_connection(address: Any, *_args: Any, **_kwargs: Any) -> socket.socket:
        attempts.append(address)
        raise OSError(errno.ENETUNREACH, "network blocked by the test")

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket, "create_connection", create_connection)
    yield attempts


def test_the_window_and_an_export_open_no_network_connection(
    no_network: list[object],
    qtbot: QtBot,
    database: Database,
    tmp_path: Path,
    content: SheetContent,
) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(database, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    for number in range(window.tabs.count()):
        window.tabs.setCurrentIndex(number)
    window.attendees_tab.view.selectRow(0)
    window.show_in_article()
    window.overview.set_content(_marked(content))
    write_pdf(tmp_path / "sheet.pdf", _marked(content))
    assert no_network == []
    assert not window.overview.openExternalLinks()
    assert not window.evidence.browser.openExternalLinks()


def test_a_row_taller_than_a_page_in_two_columns_loses_no_line(
    qapp: Any, content: SheetContent, tmp_path: Path
) -> None:
    from pypdf import PdfReader

    statement = content.statements[0]._replace(
        text=" ".join(f"s{number:04d}" for number in range(2500)),
        said_when=" ".join(f"w{number:04d}" for number in range(1500)),
        context="Some context words here",
    )
    target = tmp_path / "tall.pdf"
    write_pdf(target, content._replace(statements=[statement]))
    unbroken = "".join("".join(page.extract_text().split()) for page in PdfReader(target).pages)
    assert sorted({int(n) for n in re.findall(r"s(\d{4})", unbroken)}) == list(range(2500))
    assert sorted({int(n) for n in re.findall(r"w(\d{4})", unbroken)}) == list(range(1500))
