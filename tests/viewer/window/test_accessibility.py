"""The window as a keyboard and a screen reader use it: Tab leaves tables and reaches every pane,
controls and tables are named in words, focus shows, colours reach WCAG AA and counts read
right. (tests/viewer/window/test_screen_reader.py reads the running window through AT-SPI itself.)"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QColor, QPalette
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from db.factfile.anchoring import paragraph_starts
from db.store.session import Database
from viewer.dialogs.sheet_chooser import SheetChooser
from viewer.tabs.table_tab import FactTableTab
from viewer.text.wording import counted
from viewer.widgets.contrast import GRAPHIC_CONTRAST, TEXT_CONTRAST, contrast_ratio
from viewer.widgets.focus_marks import focus_colour
from viewer.widgets.search_marks import utf16_position
from viewer.window.main_window import MainWindow

ROLE = QPalette.ColorRole


@pytest.fixture
def window(qtbot: QtBot, window: MainWindow) -> Iterator[MainWindow]:
    """The window on screen and active, so keys and focus behave as for a person."""
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    yield window
    # QTest leaves a modifier held after a chord; release it for the next test.
    for key in (Qt.Key.Key_Control, Qt.Key.Key_Shift):
        qtbot.keyRelease(window, key)


def tables(window: MainWindow) -> list[tuple[int, FactTableTab[Any]]]:
    return [(1, window.members_tab), (2, window.attendees_tab), (3, window.statements_tab)]


def focus_in(qtbot: QtBot, widget: QWidget) -> None:
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(widget.hasFocus)


def press(
    qtbot: QtBot, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    widget = QApplication.focusWidget()
    assert widget is not None
    qtbot.keyClick(widget, key, modifiers)


# -- 1. the keyboard: Tab leaves a table, arrows move in it, Ctrl+Tab changes tabs ----------------


def test_tab_leaves_each_table_and_arrows_move_inside_it(qtbot: QtBot, window: MainWindow) -> None:
    for index, tab in tables(window):
        window.tabs.setCurrentIndex(index)
        focus_in(qtbot, tab.view)
        start = tab.view.currentIndex()
        press(qtbot, Qt.Key.Key_Right)
        assert tab.view.hasFocus()
        assert tab.view.currentIndex().column() == start.column() + 1, "the arrow moves a cell"

        press(qtbot, Qt.Key.Key_Tab)
        assert not tab.view.hasFocus(), f"Tab left the {tab.noun} table"
        focus_in(qtbot, tab.view)
        press(qtbot, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
        assert not tab.view.hasFocus(), f"Shift+Tab left the {tab.noun} table"


def test_tab_from_a_table_reaches_the_tab_bar_the_evidence_and_the_search(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.tabs.setCurrentIndex(1)
    focus_in(qtbot, window.members_tab.view)
    reached: list[QWidget | None] = []
    for _press in range(12):
        press(qtbot, Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    assert window.tabs.tabBar() in reached
    assert window.evidence.browser in reached
    assert window.search in reached
    assert window.members_tab.view in reached, "Tab comes round to the table again"


def test_ctrl_tab_changes_tabs_from_a_table_and_wraps(qtbot: QtBot, window: MainWindow) -> None:
    window.tabs.setCurrentIndex(1)
    focus_in(qtbot, window.members_tab.view)
    press(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == 2
    assert window.members_tab.view.currentIndex().row() == 0, "the table's cell did not move"
    press(
        qtbot,
        Qt.Key.Key_Backtab,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.tabs.currentIndex() == 1
    window.tabs.setCurrentIndex(window.tabs.count() - 1)
    window.actions_by_name["next_tab"].trigger()
    assert window.tabs.currentIndex() == 0


def test_f10_opens_the_first_menu(qtbot: QtBot, window: MainWindow) -> None:
    focus_in(qtbot, window.search)
    press(qtbot, Qt.Key.Key_F10)
    menu_bar = window.menuBar()
    first = menu_bar.actions()[0]
    menu = first.menu()
    assert isinstance(menu, QMenu)
    qtbot.waitUntil(menu.isVisible)
    assert menu_bar.activeAction() is first
    menu.close()


# -- 2. names a screen reader speaks ---------------------------------------------------------------


def accessible(widget: QWidget) -> Any:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None and interface.isValid()
    return interface


def spoken_name(widget: QWidget) -> str:
    return str(accessible(widget).text(QAccessible.Text.Name))


def spoken_description(widget: QWidget) -> str:
    return str(accessible(widget).text(QAccessible.Text.Description))


def test_the_people_and_countries_dock_is_named_in_words(qtbot: QtBot, window: MainWindow) -> None:
    window.actions_by_name["people_and_countries"].trigger()
    dock = window.across_sheets
    assert dock is not None
    names = {
        "peopleView": "People across sheets",
        "peopleAppearancesView": "Where the chosen person appears",
        "countriesView": "Countries and bodies across sheets",
        "countriesAppearancesView": "Where the chosen country or body appears",
        "peopleSearch": "Search people",
        "countriesSearch": "Search countries and bodies",
        "acrossSheetsTabs": "People and countries across sheets",
    }
    for object_name, spoken in names.items():
        found = dock.findChild(QWidget, object_name)
        assert found is not None, object_name
        assert spoken_name(found) == spoken


def clear_button(field: QLineEdit) -> QToolButton:
    (button,) = field.findChildren(QToolButton)
    return button


def test_every_search_field_has_a_named_clear_button_and_esc_clears_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.actions_by_name["people_and_countries"].trigger()
    assert window.across_sheets is not None
    chooser = SheetChooser(window, [], None)
    qtbot.addWidget(chooser)
    window.show_search_all()
    assert window.search_all is not None
    fields = [
        window.search,
        window.across_sheets.people.search,
        window.across_sheets.parties.search,
        chooser.search,
        window.search_all.query,
    ]
    for field in fields:
        assert spoken_name(clear_button(field)) == "Clear search"
        field.setText("kaz")
        qtbot.keyClick(field, Qt.Key.Key_Escape)
        assert field.text() == "", field.objectName()


def test_tables_leave_out_the_hidden_draft_column_and_name_every_row(window: MainWindow) -> None:
    """What a screen reader reads of a table: column headers, which are only those shown, and
    a header for each row naming it."""
    for index, tab in tables(window):
        window.tabs.setCurrentIndex(index)
        table = accessible(tab.view)
        children = [table.child(number) for number in range(table.childCount())]
        columns = [
            c.text(QAccessible.Text.Name)
            for c in children
            if c.role() == QAccessible.Role.ColumnHeader
        ]
        rows = [
            c.text(QAccessible.Text.Name)
            for c in children
            if c.role() == QAccessible.Role.RowHeader
        ]
        assert "Draft" not in columns
        assert columns == [column.title for column in tab.shown_columns()]
        assert len(rows) == tab.shown
        assert all(rows), "no row header is empty"
        assert rows[0] == tab.view.model().index(0, 0).data()


def test_the_overviews_paragraph_links_are_links_tab_reaches_and_enter_follows(
    qtbot: QtBot, window: MainWindow
) -> None:
    overview = window.overview
    window.tabs.setCurrentIndex(0)
    hrefs = re.findall(r"href='(fact:\d+)'", overview.toHtml().replace('"', "'"))
    links = overview.links
    assert len(links) == len(hrefs) > 10
    for link in links:
        seen = accessible(link)
        assert seen.role() == QAccessible.Role.Link
        assert re.fullmatch(r"¶ [\d, ]+|evidence", seen.text(QAccessible.Text.Name))
        assert seen.text(QAccessible.Text.Description).startswith("The article's words for: ")
    assert window.content is not None
    assert links[0].accessibleDescription().endswith("Event: " + window.content.detail.event)

    focus_in(qtbot, overview)
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is links[0]
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is links[1]
    press(qtbot, Qt.Key.Key_Return)
    assert window.evidence.spans(), "Enter showed the linked fact's evidence"
    assert window.evidence.browser.toPlainText().startswith("¶ ")


def test_the_article_tells_which_paragraph_the_caret_is_in(
    qtbot: QtBot, window: MainWindow
) -> None:
    """The paragraph numbers are painted; the view's description carries them."""
    article = window.article_view
    window.tabs.setCurrentIndex(4)
    text = article.article_text()
    sixth = paragraph_starts(text)[5]
    cursor = article.textCursor()
    cursor.setPosition(utf16_position(text, sixth + 3))
    article.setTextCursor(cursor)
    total = len(paragraph_starts(text))
    assert spoken_description(article) == f"¶ 6 of {total}"
    article.highlight([(sixth + 1, sixth + 5)])
    assert spoken_description(article) == f"¶ 6 of {total}"
    cursor.setPosition(0)
    article.setTextCursor(cursor)
    assert spoken_description(article) == f"¶ 1 of {total}"


# -- 3. focus that shows ----------------------------------------------------------------------------


def pixel(widget: QWidget, x: int, y: int) -> QColor:
    image = widget.grab().toImage()
    ratio = image.devicePixelRatio()
    return image.pixelColor(round(x * ratio), round(y * ratio))


def test_the_current_cell_of_a_focused_table_is_framed(qtbot: QtBot, window: MainWindow) -> None:
    window.tabs.setCurrentIndex(1)
    view = window.members_tab.view
    focus_in(qtbot, view)
    current = view.currentIndex()
    neighbour = current.siblingAtColumn(current.column() + 1)
    cell, other = view.visualRect(current), view.visualRect(neighbour)
    frame = focus_colour(view.palette(), on_selection=True)
    assert view.selectionModel().isRowSelected(current.row())

    edge = pixel(view.viewport(), cell.left() + 1, cell.center().y())
    same_place_next_cell = pixel(view.viewport(), other.left() + 1, other.center().y())
    assert edge == frame
    assert same_place_next_cell != frame, "only the current cell is framed"
    assert contrast_ratio(frame, view.palette().color(ROLE.Highlight)) >= GRAPHIC_CONTRAST


@pytest.mark.parametrize("part", ["evidence", "article", "overview"])
def test_the_evidence_the_article_and_the_overview_show_a_frame_while_focused(
    qtbot: QtBot, window: MainWindow, part: str
) -> None:
    views = {
        "evidence": window.evidence.browser,
        "article": window.article_view,
        "overview": window.overview,
    }
    view = views[part]
    window.tabs.setCurrentIndex(4 if part == "article" else 0)
    frame = focus_colour(view.palette())
    focus_in(qtbot, window.search)
    assert pixel(view, 0, view.height() // 2) != frame
    focus_in(qtbot, view)
    assert pixel(view, 0, view.height() // 2) == frame
    assert contrast_ratio(frame, view.palette().color(ROLE.Base)) >= GRAPHIC_CONTRAST


# -- 4. contrast, from the colours the widgets paint with ---------------------------------------


def test_the_selection_and_the_current_match_read_at_wcag_aa(window: MainWindow) -> None:
    for widget in (window.members_tab.view, window.article_view, window.overview):
        palette = widget.palette()
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            ratio = contrast_ratio(
                palette.color(group, ROLE.HighlightedText), palette.color(group, ROLE.Highlight)
            )
            assert ratio >= TEXT_CONTRAST, (widget.objectName(), group)
    # The current match in the article is drawn in exactly those colours.
    window.search.setText("astana")
    window.search.emit_now()
    window.tabs.setCurrentIndex(4)
    window.find_next()
    marks = window.article_view.extraSelections()
    current = [
        mark
        for mark in marks
        if mark.format.foreground().color()
        == window.article_view.palette().color(ROLE.HighlightedText)
    ]
    assert current
    background = current[0].format.background().color()
    assert contrast_ratio(current[0].format.foreground().color(), background) >= TEXT_CONTRAST


def test_placeholder_text_and_paragraph_numbers_read_at_wcag_aa(window: MainWindow) -> None:
    search = window.search.palette()
    assert (
        contrast_ratio(search.color(ROLE.PlaceholderText), search.color(ROLE.Base)) >= TEXT_CONTRAST
    )
    article = window.article_view
    numbers = article.paragraph_number_colour()
    for background in (article.palette().color(ROLE.Base), article.palette().color(ROLE.Window)):
        assert contrast_ratio(numbers, background) >= TEXT_CONTRAST


# -- 5. counts -----------------------------------------------------------------------------------


def test_a_database_of_one_sheet_says_1_sheet(
    qtbot: QtBot, window: MainWindow, database: Database
) -> None:
    from db.store import queries

    chooser = SheetChooser(window, queries.list_sheets(database), None)
    qtbot.addWidget(chooser)
    assert chooser.count.text() == "1 sheet"


def test_counts_of_one_are_singular() -> None:
    assert counted(1, "sheet") == "1 sheet"
    assert counted(1, "person") == "1 person"
    assert counted(2, "person") == "2 people"
    assert counted(0, "sheet") == "0 sheets"
    assert counted(12_000, "row") == "12,000 rows"
