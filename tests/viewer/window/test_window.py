"""The main window as a person uses it: tabs, search, sorting, evidence, copy, export, settings."""

from __future__ import annotations

import csv
import tomllib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from importlib.metadata import version
from pathlib import Path
from typing import Any

import pytest
from PySide6 import QtGui
from PySide6.QtCore import QItemSelectionModel, QSettings, QSize, Qt, QUrl, qVersion
from PySide6.QtGui import QGuiApplication, QKeySequence, QTextDocument
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from db.rows import SheetSummary
from db.store import queries
from db.store.queries import AttendeeRow, Evidence, MemberRow, StatementRow
from db.store.seed import seed_database
from db.store.session import Database, open_database
from tests.conftest import finish_background_work
from tests.plain_text import plain
from viewer.dialogs.sheet_chooser import SheetChooser
from viewer.models.columns import (
    ATTENDEE_COLUMNS,
    DRAFT_COLUMN_KEY,
    MEMBER_COLUMNS,
    STATEMENT_COLUMNS,
    Column,
)
from viewer.models.roles import FACT_ID_ROLE
from viewer.tabs.overview import FACT_SCHEME, overview_html
from viewer.tabs.table_tab import TableTab
from viewer.widgets import settings as stored
from viewer.window.main_window import MainWindow

APP_SUFFIX = " — Factsheet"


# -- helpers ----------------------------------------------------------------------------------


def statements_tab(window: MainWindow) -> TableTab[Any]:
    """The statements tab of a sheet small enough to be held whole."""
    tab = window.statements_tab
    assert isinstance(tab, TableTab)
    return tab


def matches(fields: Sequence[str], query: str) -> bool:
    haystack = plain(" ".join(fields))
    return all(plain(word) in haystack for word in query.split())


def attendee_fields(row: AttendeeRow) -> list[str]:
    return [row.name, *row.other_spellings, row.title, row.represents, row.role_label, row.note]


def statement_fields(row: StatementRow) -> list[str]:
    return [
        row.speaker,
        *row.speaker_spellings,
        row.text,
        row.kind.label,
        row.said_when,
        row.said_where,
        row.topic,
    ]


def search(window: MainWindow, text: str) -> None:
    window.search.setText(text)
    window.search.emit_now()


def on_show(tab: TableTab[Any]) -> TableTab[Any]:
    """The tab brought on show, as a person looks at a table (one not on show filters when
    it is shown)."""
    window = tab.window()
    assert isinstance(window, MainWindow)
    window.tabs.setCurrentWidget(tab)
    return tab


def shown_fact_ids(tab: TableTab[Any]) -> list[int]:
    on_show(tab)
    return [tab.proxy.index(row, 0).data(FACT_ID_ROLE) for row in range(tab.proxy.rowCount())]


def shown_column(tab: TableTab[Any], key: str) -> list[str]:
    column = column_number(on_show(tab).model.columns, key)
    return [tab.proxy.index(row, column).data() for row in range(tab.proxy.rowCount())]


def shown_row(tab: TableTab[Any], row: int) -> list[str]:
    """The cells of a row as the table shows them, hidden columns left out."""
    return [
        tab.proxy.index(row, column).data()
        for column in range(tab.proxy.columnCount())
        if not tab.view.isColumnHidden(column)
    ]


def column_number(columns: Sequence[Column[Any]], key: str) -> int:
    return next(number for number, column in enumerate(columns) if column.key == key)


def proxy_row_of(tab: TableTab[Any], fact_id: int) -> int:
    return shown_fact_ids(tab).index(fact_id)


def member_named(database: Database, slug: str, country: str) -> MemberRow:
    return next(row for row in queries.members(database, slug) if row.name == country)


def painted(window: MainWindow) -> list[str]:
    """The words the article view actually marks, read from its extra selections."""
    selections = window.article_view.extraSelections()
    return [selection.cursor.selectedText() for selection in selections]


def member_evidence(database: Database, member: MemberRow) -> list[Evidence]:
    """The quotes behind a member's row, in article order: its own and its representative's."""
    found = queries.evidence_for(database, member.evidence_fact_ids)
    quotes = {quote.start: quote for ids in member.evidence_fact_ids for quote in found[ids]}
    return [quotes[start] for start in sorted(quotes)]


def dialog_sentence(message: str) -> str:
    """The first line a message box shows, whether the message is plain or rich text."""
    document = QTextDocument()
    if QtGui.Qt.mightBeRichText(message):
        document.setHtml(message)
    else:
        document.setPlainText(message)
    return next(line for line in document.toPlainText().splitlines() if line.strip())


def assert_one_error_naming(message_boxes: Dialogs, window: MainWindow, path: Path) -> None:
    """Exactly one error dialog, over the window, with one sentence that names ``path``."""
    assert len(message_boxes.critical) == 1
    parent, message = message_boxes.critical[0]
    sentence = dialog_sentence(message)
    assert parent is window
    assert str(path) in sentence
    assert sentence.rstrip(".").count(". ") == 0 and "Traceback" not in message


def press_ctrl(qtbot: QtBot, widget: QWidget, key: Qt.Key) -> None:
    """Ctrl+key, then a bare Ctrl release: QTest otherwise leaves Ctrl held for later tests."""
    try:
        qtbot.keyClick(widget, key, Qt.KeyboardModifier.ControlModifier)
    finally:
        qtbot.keyRelease(widget, Qt.Key.Key_Control)
    assert QGuiApplication.keyboardModifiers() == Qt.KeyboardModifier.NoModifier


@dataclass
class Dialogs:
    """What the window would have shown in message boxes, recorded instead of blocking."""

    critical: list[tuple[QWidget | None, str]] = field(default_factory=list)
    about: list[tuple[QWidget | None, str]] = field(default_factory=list)


@pytest.fixture(autouse=True)
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    seen = Dialogs()

    def critical(
        parent: QWidget | None, _title: str, text: str, *_args: object
    ) -> QMessageBox.StandardButton:
        seen.critical.append((parent, text))
        return QMessageBox.StandardButton.Ok

    def about(parent: QWidget | None, _title: str, text: str) -> None:
        seen.about.append((parent, text))

    def unexpected_file_dialog(*_args: object, **_kwargs: object) -> tuple[str, str]:
        raise AssertionError("a file dialog opened that the test did not expect")

    monkeypatch.setattr(QMessageBox, "critical", critical)
    monkeypatch.setattr(QMessageBox, "about", about)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", unexpected_file_dialog)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", unexpected_file_dialog)
    return seen


def answer_file_dialog(monkeypatch: pytest.MonkeyPatch, name: str, path: Path) -> list[str]:
    """Make QFileDialog.<name> return ``path``; the returned list records each call's caption."""
    captions: list[str] = []

    def chosen(_parent: QWidget | None, caption: str, *_args: object) -> tuple[str, str]:
        captions.append(caption)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, name, chosen)
    return captions


def settings_at(path: Path) -> QSettings:
    return QSettings(str(path), QSettings.Format.IniFormat)


@pytest.fixture
def slug(database: Database) -> str:
    (sheet,) = queries.list_sheets(database)
    return sheet.slug


@pytest.fixture
def shown(qtbot: QtBot, window: MainWindow) -> MainWindow:
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def table_tabs(window: MainWindow) -> Iterator[tuple[TableTab[Any], str, int]]:
    """Each table tab with its title word and the index of its tab."""
    yield window.members_tab, "Members and partners", 1
    yield window.attendees_tab, "Attendees", 2
    yield statements_tab(window), "Key statements", 3


def database_rows(database: Database, slug: str) -> list[Sequence[object]]:
    return [
        queries.members(database, slug),
        queries.attendees(database, slug),
        queries.statements(database, slug),
    ]


# -- 1. names a screen reader and a test can find ---------------------------------------------


SPOKEN_NAMES = {
    "searchField": "Search",
    "tabs": "Parts of the sheet",
    "overviewView": "Overview",
    "membersView": "Members and partners",
    "attendeesView": "Attendees",
    "statementsView": "Key statements",
    "articleView": "Article",
    "evidencePanel": "Evidence",
}
"""Each control's object name, which tests find it by, and the words a screen reader says."""


def test_title_names_the_sheet_and_widgets_have_names_in_words(
    window: MainWindow, database: Database, slug: str
) -> None:
    assert window.windowTitle() == queries.sheet_detail(database, slug).title + APP_SUFFIX
    for object_name, spoken in SPOKEN_NAMES.items():
        found = window.findChild(QWidget, object_name)
        assert found is not None, object_name
        assert found.accessibleName() == spoken, object_name


# -- models under Qt's own model tester ---------------------------------------------------------


def test_every_table_model_and_proxy_passes_the_model_tester(
    window: MainWindow, slug: str, qtmodeltester: ModelTester
) -> None:
    # pytest-qt fails the test on any warning of Qt's model tester (category qt.modeltest).
    for tab, _title, _index in table_tabs(window):
        qtmodeltester.check(tab.model)
        window.load_sheet(slug)  # a model reset, watched by the tester
        qtmodeltester.check(tab.proxy)
        query = tab.proxy.index(0, 0).data()
        search(window, query)  # rows filtered out, watched by the tester
        assert 0 < on_show(tab).proxy.rowCount() < tab.model.rowCount(), query
        qtmodeltester.check(tab.model)
        qtmodeltester.check(tab.proxy)
        tab.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # a re-sort of the filtered rows
        search(window, "")
        assert tab.proxy.rowCount() == tab.model.rowCount()
        tab.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)


# -- 2. counts in the tab titles ----------------------------------------------------------------


def test_tab_titles_count_all_rows_then_the_rows_a_search_leaves(
    window: MainWindow, database: Database, slug: str
) -> None:
    all_rows = database_rows(database, slug)
    for (tab, title, index), rows in zip(table_tabs(window), all_rows, strict=True):
        assert window.tabs.tabText(index) == f"{title} ({len(rows)})"
        assert tab.total == len(rows)

    search(window, "president")

    narrowed = 0
    for (tab, title, index), rows in zip(table_tabs(window), all_rows, strict=True):
        shown = on_show(tab).proxy.rowCount()
        assert window.tabs.tabText(index) == f"{title} ({shown} of {len(rows)})"
        narrowed += shown < len(rows)
    assert narrowed, "the search word should leave out some rows somewhere"
    attendees = queries.attendees(database, slug)
    expected = [row.fact_id for row in attendees if matches(attendee_fields(row), "president")]
    assert 0 < len(expected) < len(attendees)
    assert window.tabs.tabText(2) == f"Attendees ({len(expected)} of {len(attendees)})"


def test_a_table_not_on_show_is_counted_at_once_and_filtered_when_shown(
    window: MainWindow, database: Database, slug: str
) -> None:
    """Filtering a table nobody sees is work the search need not wait for: its title counts
    the matches, and its rows are filtered once it is shown."""
    attendees = queries.attendees(database, slug)
    expected = [row.fact_id for row in attendees if matches(attendee_fields(row), "president")]
    window.tabs.setCurrentIndex(0)
    search(window, "president")
    assert window.tabs.tabText(2) == f"Attendees ({len(expected)} of {len(attendees)})"
    assert window.attendees_tab.proxy.rowCount() == len(attendees), "not filtered while hidden"
    assert shown_fact_ids(window.attendees_tab) == expected


# -- 3. search ----------------------------------------------------------------------------------


def test_search_ignores_case(window: MainWindow, database: Database, slug: str) -> None:
    person = queries.attendees(database, slug)[0]
    for typed in (person.name.upper(), person.name.lower(), person.name.swapcase()):
        search(window, typed)
        assert person.fact_id in shown_fact_ids(window.attendees_tab), typed


def test_search_ignores_accents(window: MainWindow, database: Database, slug: str) -> None:
    attendees = queries.attendees(database, slug)
    expected = [row.fact_id for row in attendees if "antonio guterres" in plain(row.name)]
    assert expected, "the article names someone whose name carries an accent"
    assert all(
        plain(row.name) != row.name.casefold() for row in attendees if row.fact_id in expected
    )

    search(window, "antonio guterres")

    assert shown_fact_ids(window.attendees_tab) == expected


def test_search_finds_other_spellings_of_a_name(
    window: MainWindow, database: Database, slug: str
) -> None:
    attendees = queries.attendees(database, slug)
    statements = queries.statements(database, slug)
    spelled = [row for row in attendees if matches(row.other_spellings, "Mokhbar")]
    assert spelled and all("mokhbar" not in plain(row.name) for row in spelled)
    said = [row.fact_id for row in statements if matches(row.speaker_spellings, "Mokhbar")]
    assert said and all("mokhbar" not in plain(row.speaker) for row in statements)

    search(window, "Mokhbar")

    assert shown_fact_ids(window.attendees_tab) == [row.fact_id for row in spelled]
    assert shown_fact_ids(statements_tab(window)) == said


def test_search_words_must_all_match(window: MainWindow, database: Database, slug: str) -> None:
    statements = queries.statements(database, slug)

    def found(query: str) -> list[int]:
        return [row.fact_id for row in statements if matches(statement_fields(row), query)]

    both = found("putin security")
    assert both and set(both) < set(found("putin")) and set(both) < set(found("security"))

    search(window, "putin security")
    assert shown_fact_ids(statements_tab(window)) == both
    search(window, "  SECURITY   putin ")
    assert shown_fact_ids(statements_tab(window)) == both


def test_search_finds_a_quoted_statement(window: MainWindow, database: Database, slug: str) -> None:
    statements = queries.statements(database, slug)
    expected = [row.fact_id for row in statements if "Cold War" in row.text]
    assert expected

    search(window, "cold war")

    assert shown_fact_ids(statements_tab(window)) == expected


def test_a_search_without_matches_says_so_instead_of_a_blank_table(
    window: MainWindow, database: Database, slug: str
) -> None:
    query = "qqxz nothing-like-this"

    search(window, query)

    for (tab, title, index), rows in zip(
        table_tabs(window), database_rows(database, slug), strict=True
    ):
        assert on_show(tab).proxy.rowCount() == 0
        assert tab.currentWidget() is tab.empty_label
        assert query in tab.empty_label.text()
        assert window.tabs.tabText(index) == f"{title} (0 of {len(rows)})"


def test_escape_in_the_search_field_clears_it_and_shows_every_row(
    qtbot: QtBot, window: MainWindow, database: Database, slug: str
) -> None:
    search(window, "qqxz nothing-like-this")
    assert on_show(window.attendees_tab).currentWidget() is window.attendees_tab.empty_label

    qtbot.keyClick(window.search, Qt.Key.Key_Escape)

    assert window.search.text() == ""
    for (tab, title, index), rows in zip(
        table_tabs(window), database_rows(database, slug), strict=True
    ):
        assert on_show(tab).currentWidget() is tab.view
        assert tab.proxy.rowCount() == len(rows)
        assert window.tabs.tabText(index) == f"{title} ({len(rows)})"


def test_search_waits_for_typing_to_pause_then_filters(
    qtbot: QtBot, window: MainWindow, database: Database, slug: str
) -> None:
    attendees = queries.attendees(database, slug)
    expected = [row.fact_id for row in attendees if "antonio" in plain(row.name)]

    window.search.setText("antonio")

    qtbot.waitUntil(lambda: shown_fact_ids(window.attendees_tab) == expected)


# -- 4. sorting ---------------------------------------------------------------------------------


def test_sorting_by_country_both_ways(window: MainWindow, database: Database, slug: str) -> None:
    countries = sorted((row.name for row in queries.members(database, slug)), key=plain)
    tab = window.members_tab
    column = column_number(tab.model.columns, "name")

    tab.view.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    ascending = shown_column(tab, "name")
    tab.view.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    descending = shown_column(tab, "name")

    assert sorted(ascending) == sorted(countries)
    assert (ascending[0], ascending[-1]) == (countries[0], countries[-1])
    assert (descending[0], descending[-1]) == (countries[-1], countries[0])
    assert descending == ascending[::-1]


# -- 5. evidence and the article --------------------------------------------------------------


def select_member(window: MainWindow, member: MemberRow) -> None:
    window.actions_by_name["tab_2"].trigger()
    tab = window.members_tab
    tab.view.selectRow(proxy_row_of(tab, member.fact_id))


def test_selecting_a_member_shows_its_evidence_from_the_article(
    window: MainWindow, database: Database, slug: str
) -> None:
    member = member_named(database, slug, "India")
    article = queries.sheet_detail(database, slug).source.text
    expected = member_evidence(database, member)
    own = queries.evidence_for(database, [member.fact_id])[member.fact_id]
    assert own and all(quote in expected for quote in own)

    select_member(window, member)

    assert list(window.evidence.quotes) == expected
    for quote in window.evidence.quotes:
        assert article[quote.start : quote.end] == quote.exact
        assert quote.exact in window.evidence.browser.toPlainText()
    assert window.evidence.show_button.isEnabled()


def test_show_in_article_action_highlights_the_evidence(
    window: MainWindow, database: Database, slug: str
) -> None:
    member = member_named(database, slug, "India")
    quotes = member_evidence(database, member)
    select_member(window, member)

    window.actions_by_name["show_in_article"].trigger()

    assert window.tabs.currentWidget() is window.article_view
    assert window.article_view.highlighted_text() == [quote.exact for quote in quotes]
    assert painted(window) == [quote.exact for quote in quotes]


def test_return_key_on_a_row_shows_it_in_the_article(
    qtbot: QtBot, shown: MainWindow, database: Database, slug: str
) -> None:
    window = shown
    member = member_named(database, slug, "India")
    quotes = member_evidence(database, member)
    select_member(window, member)
    window.members_tab.view.setFocus()
    qtbot.waitUntil(window.members_tab.view.hasFocus)

    qtbot.keyClick(window.members_tab.view, Qt.Key.Key_Return)

    assert window.tabs.currentWidget() is window.article_view
    assert window.article_view.highlighted_text() == [quote.exact for quote in quotes]


def test_double_clicking_a_row_shows_it_in_the_article(
    window: MainWindow, database: Database, slug: str
) -> None:
    member = member_named(database, slug, "India")
    quotes = member_evidence(database, member)
    select_member(window, member)

    window.members_tab.view.doubleClicked.emit(window.members_tab.view.currentIndex())

    assert window.tabs.currentWidget() is window.article_view
    assert window.article_view.highlighted_text() == [quote.exact for quote in quotes]


def test_show_in_article_without_a_selection_stays_put(window: MainWindow) -> None:
    window.actions_by_name["tab_2"].trigger()

    window.actions_by_name["show_in_article"].trigger()

    assert window.tabs.currentWidget() is window.members_tab
    assert window.article_view.highlighted_text() == []


def test_an_overview_link_shows_that_facts_evidence_in_the_article(
    window: MainWindow, database: Database, slug: str
) -> None:
    fact_id = queries.sheet_detail(database, slug).fact_ids["event"]
    quotes = queries.evidence_for(database, [fact_id])[fact_id]
    link = QUrl(f"{FACT_SCHEME}:{fact_id}")
    assert link.toString() in window.overview.toHtml()

    window.overview.anchorClicked.emit(link)
    window.evidence.show_button.click()

    assert window.tabs.currentWidget() is window.article_view
    assert window.article_view.highlighted_text() == [quote.exact for quote in quotes]


def test_article_markup_stays_literal(window: MainWindow) -> None:
    text = "A <b>bold</b> claim & an <img src=x> tag.\n\nSecond paragraph."

    window.article_view.set_article(text)

    assert window.article_view.toPlainText() == text


def test_highlight_after_an_emoji_marks_the_evidence_words(window: MainWindow) -> None:
    """Spans count characters as Python does; Qt counts UTF-16 units, two for an emoji."""
    text = "Leaders smiled 😀 at the summit. They signed the accord on Thursday."
    start = text.index("signed the accord")
    window.article_view.set_article(text)

    window.article_view.highlight([(start, start + len("signed the accord"))])

    assert window.article_view.highlighted_text() == ["signed the accord"]
    assert painted(window) == ["signed the accord"]


def test_article_tab_shows_the_source_text_exactly(
    window: MainWindow, database: Database, slug: str
) -> None:
    source = queries.sheet_detail(database, slug).source.text

    assert window.article_view.displayed_text() == source
    assert window.article_view.article_text() == source


# -- 6. the members table -----------------------------------------------------------------------


def test_member_represented_by_an_envoy_names_who_sent_them(
    window: MainWindow, database: Database, slug: str
) -> None:
    member = member_named(database, slug, "India")
    (absence,) = [row for row in queries.absences(database, slug) if row.represents == member.name]
    tab = window.members_tab
    row = proxy_row_of(tab, member.fact_id)
    column = column_number(tab.model.columns, "represented_by")

    shown = tab.proxy.index(row, column).data()

    assert "sent by" in shown
    assert absence.name in shown
    assert absence.sent_title in shown


# -- 7. copy ------------------------------------------------------------------------------------


def test_copy_puts_the_selected_rows_with_headers_on_the_clipboard(
    qtbot: QtBot, window: MainWindow, database: Database, slug: str
) -> None:
    members = queries.members(database, slug)
    window.actions_by_name["tab_2"].trigger()
    tab = window.members_tab
    first, second = proxy_row_of(tab, members[0].fact_id), proxy_row_of(tab, members[2].fact_id)
    tab.view.selectRow(first)
    tab.view.selectionModel().select(
        tab.proxy.index(second, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    QGuiApplication.clipboard().clear()

    window.actions_by_name["copy"].trigger()
    finish_background_work(qtbot, window)

    lines = QGuiApplication.clipboard().text().splitlines()
    assert lines == [
        "\t".join(column.title for column in tab.shown_columns()),
        "\t".join(shown_row(tab, first)),
        "\t".join(shown_row(tab, second)),
    ]
    assert [line.split("\t")[0] for line in lines[1:]] == [members[0].name, members[2].name]


# -- 8. CSV export ------------------------------------------------------------------------------


def test_export_csv_saves_the_filtered_rows(
    qtbot: QtBot,
    window: MainWindow,
    database: Database,
    slug: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    message_boxes: Dialogs,
) -> None:
    target = tmp_path / "attendees.csv"
    captions = answer_file_dialog(monkeypatch, "getSaveFileName", target)
    attendees = queries.attendees(database, slug)
    expected = [row for row in attendees if matches(attendee_fields(row), "president")]
    assert 0 < len(expected) < len(attendees)
    window.actions_by_name["tab_3"].trigger()
    search(window, "president")

    window.actions_by_name["export_csv"].trigger()
    finish_background_work(qtbot, window)

    assert len(captions) == 1
    assert message_boxes.critical == []
    with target.open(encoding="utf-8-sig", newline="") as file:
        lines = list(csv.reader(file))
    tab = window.attendees_tab
    assert lines[0] == [column.title for column in tab.shown_columns()]
    assert lines[1:] == [shown_row(tab, row) for row in range(tab.proxy.rowCount())]
    assert [line[0] for line in lines[1:]] == [row.name for row in expected]


def test_export_csv_into_a_missing_folder_says_so_and_leaves_no_file(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, message_boxes: Dialogs
) -> None:
    target = tmp_path / "no-such-folder" / "attendees.csv"
    answer_file_dialog(monkeypatch, "getSaveFileName", target)
    window.actions_by_name["tab_3"].trigger()
    search(window, "president")
    before = sorted(tmp_path.rglob("*"))

    window.actions_by_name["export_csv"].trigger()

    assert_one_error_naming(message_boxes, window, target)
    assert not target.exists()
    assert sorted(tmp_path.rglob("*")) == before


# -- 9. settings --------------------------------------------------------------------------------


def test_tab_size_and_splitter_come_back_in_a_new_window(
    qtbot: QtBot, shown: MainWindow, seeded_url: str, settings_path: Path
) -> None:
    window = shown
    # 900 x 600, or less where the screen is smaller (offscreen's is 800 wide): restoring a
    # geometry larger than the screen is shrunk to fit, by design.
    screen = window.screen().availableGeometry()
    size = QSize(min(900, screen.width() - 50), min(600, screen.height() - 50))
    assert size != window.size()
    window.actions_by_name["tab_3"].trigger()
    window.resize(size)
    qtbot.waitUntil(lambda: window.size() == size)
    total = sum(window.splitter.sizes())
    window.splitter.setSizes([total - 250, 250])
    qtbot.waitUntil(lambda: window.splitter.sizes()[1] == 250)
    sizes = window.splitter.sizes()
    window.close()

    again = MainWindow(open_database(seeded_url), settings_at(settings_path))
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)

    assert again.tabs.currentIndex() == 2
    assert again.tabs.currentWidget() is again.attendees_tab
    assert again.size() == size
    assert again.splitter.sizes() == sizes


# -- 10. shortcuts ------------------------------------------------------------------------------


def test_view_actions_have_ctrl_number_shortcuts_and_switch_tabs(window: MainWindow) -> None:
    for number in (5, 4, 3, 2, 1):
        action = window.actions_by_name[f"tab_{number}"]
        assert action.shortcut() == QKeySequence(f"Ctrl+{number}")
        action.trigger()
        assert window.tabs.currentIndex() == number - 1


def test_ctrl_number_key_switches_tab(qtbot: QtBot, shown: MainWindow) -> None:
    press_ctrl(qtbot, shown, Qt.Key.Key_4)
    assert shown.tabs.currentWidget() is statements_tab(shown)
    press_ctrl(qtbot, shown, Qt.Key.Key_1)
    assert shown.tabs.currentIndex() == 0


def test_ctrl_c_in_a_table_copies_whole_rows_with_headers(qtbot: QtBot, shown: MainWindow) -> None:
    window = shown
    window.actions_by_name["tab_3"].trigger()
    tab = window.attendees_tab
    tab.view.selectRow(1)
    tab.view.setFocus()
    qtbot.waitUntil(tab.view.hasFocus)
    QGuiApplication.clipboard().clear()

    press_ctrl(qtbot, tab.view, Qt.Key.Key_C)
    finish_background_work(qtbot, window)

    assert QGuiApplication.clipboard().text().splitlines() == [
        "\t".join(column.title for column in tab.shown_columns()),
        "\t".join(shown_row(tab, 1)),
    ]


@pytest.mark.parametrize(
    ("name", "standard"),
    [
        ("copy", QKeySequence.StandardKey.Copy),
        ("open", QKeySequence.StandardKey.Open),
        ("quit", QKeySequence.StandardKey.Quit),
        ("find", QKeySequence.StandardKey.Find),
    ],
)
def test_standard_shortcuts(
    window: MainWindow, name: str, standard: QKeySequence.StandardKey
) -> None:
    bindings = QKeySequence.keyBindings(standard) or [QKeySequence("Ctrl+Q")]
    assert window.actions_by_name[name].shortcuts() == bindings


def test_find_focuses_the_search_field_and_selects_its_text(
    qtbot: QtBot, shown: MainWindow
) -> None:
    window = shown
    window.search.setText("putin")
    window.members_tab.view.setFocus()
    qtbot.waitUntil(window.members_tab.view.hasFocus)

    window.actions_by_name["find"].trigger()

    qtbot.waitUntil(lambda: window.search.hasFocus())
    assert QApplication.focusWidget() is window.search
    assert window.search.selectedText() == "putin"


def test_quit_closes_the_window_and_remembers_the_tab(
    shown: MainWindow, settings_path: Path
) -> None:
    shown.actions_by_name["tab_4"].trigger()

    shown.actions_by_name["quit"].trigger()

    assert not shown.isVisible()
    assert settings_at(settings_path).value(stored.TAB) in (3, "3")


# -- 11. opening another database ---------------------------------------------------------------


def test_opening_a_file_that_is_not_a_database_keeps_the_sheet(
    window: MainWindow,
    database: Database,
    slug: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    message_boxes: Dialogs,
) -> None:
    bogus = tmp_path / "notes.sqlite3"
    bogus.write_bytes(b"These are notes, not a database.\n" * 200)
    answer_file_dialog(monkeypatch, "getOpenFileName", bogus)
    title = window.windowTitle()

    window.actions_by_name["open"].trigger()

    assert_one_error_naming(message_boxes, window, bogus)
    assert window.windowTitle() == title
    assert window.database is database
    assert window.attendees_tab.total == len(queries.attendees(window.database, slug))


def test_opening_another_seeded_database_shows_its_sheet(
    window: MainWindow,
    seed_copy: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    message_boxes: Dialogs,
) -> None:
    facts = tomllib.loads(seed_copy.read_text(encoding="utf-8"))
    old_title = facts["sheet"]["title"]
    new_title = f"{old_title} (second copy)"
    seed_copy.write_text(
        seed_copy.read_text(encoding="utf-8").replace(
            f'title = "{old_title}"', f'title = "{new_title}"'
        ),
        encoding="utf-8",
    )
    second = tmp_path / "second" / "factsheet.sqlite3"
    seed_database(f"sqlite:///{second}", [seed_copy])
    answer_file_dialog(monkeypatch, "getOpenFileName", second)

    window.actions_by_name["open"].trigger()

    assert message_boxes.critical == []
    assert window.windowTitle() == new_title + APP_SUFFIX
    assert window.database is not None
    assert window.database.location == str(second)
    opened = open_database(f"sqlite:///{second}")
    try:
        slug = facts["sheet"]["slug"]
        assert window.attendees_tab.total == len(queries.attendees(opened, slug))
    finally:
        opened.close()


# -- 12. about ----------------------------------------------------------------------------------


def test_about_names_versions_and_the_source_copyright(
    window: MainWindow, database: Database, slug: str, message_boxes: Dialogs
) -> None:
    window.actions_by_name["about"].trigger()

    assert len(message_boxes.about) == 1
    parent, text = message_boxes.about[0]
    assert parent is window
    document = QTextDocument()
    document.setHtml(text)
    shown = document.toRawText()
    assert version("factsheet") in shown
    assert qVersion() in shown
    assert queries.sheet_detail(database, slug).source.copyright in shown


# -- 13. markup in the data stays text ----------------------------------------------------------


def test_overview_shows_markup_in_the_data_literally(database: Database, slug: str) -> None:
    content = queries.sheet_content(database, slug)
    hostile = content._replace(
        detail=content.detail._replace(
            title="<b>x</b>",
            summary="Tom & Jerry <img src=x> &amp; more",
            source=content.detail.source._replace(publisher="<i>Press</i>"),
        ),
        members=[content.members[0]._replace(name="<img src=x>"), *content.members[1:]],
    )
    document = QTextDocument()

    document.setHtml(overview_html(hostile))

    text = document.toPlainText()
    for literal in ("<b>x</b>", "<img src=x>", "Tom & Jerry", "&amp; more", "<i>Press</i>"):
        assert literal in text, literal
    assert "<img" not in document.toHtml()


# -- table headers ------------------------------------------------------------------------------


def test_table_headers_are_the_column_titles(window: MainWindow) -> None:
    expected: list[tuple[TableTab[Any], Sequence[Column[Any]]]] = [
        (window.members_tab, MEMBER_COLUMNS),
        (window.attendees_tab, ATTENDEE_COLUMNS),
        (statements_tab(window), STATEMENT_COLUMNS),
    ]
    for tab, columns in expected:
        assert tab.model.all_columns == tuple(columns)
        # The seeded sheet has no drafts: its tables leave out the Draft column.
        shown = [column for column in columns if column.key != DRAFT_COLUMN_KEY]
        assert [
            tab.proxy.headerData(n, Qt.Orientation.Horizontal)
            for n in range(tab.proxy.columnCount())
        ] == [column.title for column in shown]


def choose_in_sheet_chooser(
    monkeypatch: pytest.MonkeyPatch, choose: Callable[[SheetChooser], str]
) -> list[list[SheetSummary]]:
    """Answer File ▸ Open sheet with ``choose``'s sheet; returns the sheets each chooser listed."""
    listed: list[list[SheetSummary]] = []

    def chosen(dialog: SheetChooser) -> int:
        listed.append(list(dialog.sheets))
        slug = choose(dialog)
        row = next(number for number, sheet in enumerate(dialog.sheets) if sheet.slug == slug)
        dialog.view.selectRow(dialog.proxy.mapFromSource(dialog.model.index(row, 0)).row())
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(SheetChooser, "exec", chosen)
    return listed


def test_a_database_of_several_sheets_offers_a_chooser_that_switches(
    qtbot: QtBot,
    tmp_path: Path,
    seed_copy: Path,
    settings_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from db.store.seed import bundled_fact_files, seed_database
    from db.store.session import open_database

    text = seed_copy.read_text(encoding="utf-8")
    old = ('slug = "sco-summit-astana-2024"', 'title = "Shanghai Cooperation Organization summit')
    assert all(line in text for line in old)
    seed_copy.write_text(
        text.replace(old[0], 'slug = "second-sheet"').replace(old[1], 'title = "A second sheet'),
        encoding="utf-8",
    )
    url = f"sqlite:///{tmp_path / 'two.sqlite3'}"
    seed_database(url, [bundled_fact_files()[0], seed_copy])
    window = MainWindow(open_database(url), settings_at(settings_path))
    qtbot.addWidget(window)

    assert window.sheet_button_action.isVisible()
    assert window.content is not None
    assert window.sheet_button.text().startswith(window.content.detail.title)
    chooser = choose_in_sheet_chooser(monkeypatch, lambda dialog: dialog.sheets[-1].slug)
    window.actions_by_name["open_sheet"].trigger()

    (sheets,) = chooser
    titles = {sheet.slug: sheet.title for sheet in sheets}
    assert len(titles) == 2
    other = sheets[-1].slug
    assert window.content is not None and window.content.detail.slug == other
    assert window.windowTitle().startswith(titles[other])
    assert window.sheet_button.text().startswith(titles[other])
    second = MainWindow(open_database(url), settings_at(settings_path))
    qtbot.addWidget(second)
    assert second.content is not None and second.content.detail.slug == other, "remembered"


def test_a_single_sheet_needs_no_chooser_in_the_toolbar(window: MainWindow) -> None:
    assert not window.sheet_button_action.isVisible()


def test_a_search_that_hides_the_selected_row_clears_its_evidence(window: MainWindow) -> None:
    window.actions_by_name["tab_3"].trigger()
    window.attendees_tab.view.selectRow(0)
    assert window.evidence.quotes

    search(window, "nothingmatchesthis")

    assert window.attendees_tab.shown == 0
    assert window.evidence.quotes == ()


def test_only_the_tab_on_show_speaks_for_the_evidence_pane(
    window: MainWindow, database: Database, slug: str
) -> None:
    window.actions_by_name["tab_3"].trigger()
    window.attendees_tab.view.selectRow(0)
    shown = (window.evidence.heading.text(), window.evidence.quotes)
    assert shown[1]

    window.members_tab.set_rows(queries.members(database, slug))  # a hidden tab resets

    assert (window.evidence.heading.text(), window.evidence.quotes) == shown


def test_a_database_that_fails_part_way_leaves_the_window_as_it_was(
    window: MainWindow, message_boxes: Dialogs, tmp_path: Path, seeded_url: str
) -> None:
    import shutil
    import sqlite3

    broken = tmp_path / "broken.sqlite3"
    shutil.copyfile(seeded_url.removeprefix("sqlite:///"), broken)
    with sqlite3.connect(broken) as connection:
        connection.execute("PRAGMA foreign_keys = OFF")
        connection.execute("DELETE FROM source")
    title, location = window.windowTitle(), window.database_label.text()

    window.open_database_file(broken)

    assert len(message_boxes.critical) == 1
    assert (window.windowTitle(), window.database_label.text()) == (title, location)
    assert window.database is not None
    assert window.content is not None
    assert window.attendees_tab.total == len(
        queries.attendees(window.database, window.content.detail.slug)
    )
