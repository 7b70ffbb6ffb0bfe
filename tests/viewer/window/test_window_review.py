"""What a new user's first hour found in the window: keyboard use, search in every view,
evidence shown once, each member's own facts, and a sheet picker that tells the truth."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from db.errors import DatabaseError
from db.factfile.folding import fold
from db.rows import Evidence
from db.store import queries
from db.store.seed import bundled_fact_files, seed_database
from db.store.session import Database, open_database
from viewer.dialogs.sheet_chooser import SheetChooser
from viewer.models.roles import FACT_ID_ROLE
from viewer.tabs.overview import overview_html
from viewer.window.main_window import MainWindow


@pytest.fixture
def slug(database: Database) -> str:
    ((found, _title),) = queries.sheet_titles(database)
    return found


def search(window: MainWindow, text: str) -> None:
    window.search.setText(text)
    window.search.emit_now()


# -- keyboard -----------------------------------------------------------------------------------


def test_tabbing_into_a_table_selects_its_row_and_shows_its_evidence(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.show()
    qtbot.waitExposed(window)
    window.actions_by_name["tab_3"].trigger()
    search(window, "guterres")  # a table of one row: Down has nowhere to go
    view = window.attendees_tab.view
    assert view.model().rowCount() == 1
    assert not view.selectionModel().hasSelection()

    view.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(view.hasFocus)

    assert view.selectionModel().isRowSelected(0)
    assert window.evidence.quotes, "the evidence pane follows the keyboard's row"
    window.actions_by_name["show_in_article"].trigger()
    assert window.tabs.currentWidget() is window.article_view
    assert window.article_view.highlighted_text()


def test_arrow_keys_move_the_selection_and_the_evidence_follows(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.show()
    qtbot.waitExposed(window)
    window.actions_by_name["tab_2"].trigger()
    view = window.members_tab.view
    view.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(view.hasFocus)
    names = [view.model().index(row, 0).data() for row in (0, 1)]
    assert window.evidence.heading.text() == f"Evidence for {names[0]}"

    qtbot.keyClick(view, Qt.Key.Key_Down)

    assert view.selectionModel().isRowSelected(1)
    assert window.evidence.heading.text() == f"Evidence for {names[1]}"


def test_each_tab_keeps_its_selection_and_evidence_when_switching(window: MainWindow) -> None:
    window.actions_by_name["tab_2"].trigger()
    window.members_tab.view.selectRow(2)
    member_quotes = list(window.evidence.quotes)
    window.actions_by_name["tab_3"].trigger()
    window.attendees_tab.view.selectRow(5)
    attendee_quotes = list(window.evidence.quotes)
    assert member_quotes and attendee_quotes and member_quotes != attendee_quotes

    window.actions_by_name["tab_1"].trigger()
    window.actions_by_name["tab_2"].trigger()
    assert window.members_tab.view.selectionModel().isRowSelected(2)
    assert list(window.evidence.quotes) == member_quotes
    window.actions_by_name["tab_3"].trigger()
    assert window.attendees_tab.view.selectionModel().isRowSelected(5)
    assert list(window.evidence.quotes) == attendee_quotes


# -- search in every view ------------------------------------------------------------------------


def test_the_members_tab_finds_a_representatives_other_spelling(
    window: MainWindow, database: Database, slug: str
) -> None:
    people = {row.name: row for row in queries.attendees(database, slug)}
    spelled_twice = next(row for row in people.values() if row.other_spellings)
    variant = spelled_twice.other_spellings[0]
    window.actions_by_name["tab_2"].trigger()

    for spelling in (variant, spelled_twice.name):
        search(window, spelling.split()[-1])
        shown = [
            window.members_tab.proxy.index(row, 0).data()
            for row in range(window.members_tab.proxy.rowCount())
        ]
        assert shown == [spelled_twice.represents], spelling


def test_a_search_marks_its_words_in_the_article_and_f3_steps_through_them(
    window: MainWindow, database: Database, slug: str
) -> None:
    article = queries.sheet_detail(database, slug).source.text
    word = "moscow"
    expected = fold(article).count(word)
    assert expected > 2
    window.actions_by_name["tab_4"].trigger()
    search(window, "Moscow")

    window.actions_by_name["find_next"].trigger()

    view = window.article_view
    assert window.tabs.currentWidget() is view
    assert len(view.search_marks.spans) == expected
    assert all(fold(article[start:end]) == word for start, end in view.search_marks.spans)
    assert view.textCursor().selectedText().casefold() == word
    first = view.textCursor().selectionStart()
    window.actions_by_name["find_next"].trigger()
    second = view.textCursor().selectionStart()
    window.actions_by_name["find_previous"].trigger()
    assert second > first
    assert view.textCursor().selectionStart() == first
    marks = view.extraSelections()
    assert len(marks) == expected


def test_a_search_ignores_accents_in_the_article_marks(window: MainWindow) -> None:
    search(window, "antonio")
    assert window.article_view.search_marks.spans == [], "marked once the article is on show"
    window.actions_by_name["tab_5"].trigger()
    spans = window.article_view.search_marks.spans
    text = window.article_view.article_text()
    assert [text[start:end] for start, end in spans] == ["António"]


def test_a_search_marks_its_words_in_the_overview(window: MainWindow) -> None:
    search(window, "astana")
    overview = window.overview
    raw = overview.document().toRawText()
    assert overview.search_marks.spans
    assert all(fold(raw[start:end]) == "astana" for start, end in overview.search_marks.spans)
    assert len(overview.extraSelections()) == len(overview.search_marks.spans)
    window.actions_by_name["tab_1"].trigger()
    window.actions_by_name["find_next"].trigger()
    assert window.tabs.currentIndex() == 0, "F3 on the overview stays on the overview"
    assert fold(overview.textCursor().selectedText()) == "astana"

    search(window, "")
    assert overview.extraSelections() == []


# -- evidence -------------------------------------------------------------------------------------


def test_two_quotes_that_start_together_are_both_shown(
    window: MainWindow, database: Database, slug: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Evidence is told apart by where it starts and ends, not by where it starts alone."""
    article = queries.sheet_detail(database, slug).source.text
    start = article.index("Observer states")
    short = Evidence("Observer states", "", "", start, start + 15, 5)
    long = Evidence(article[start : start + 40], "", "", start, start + 40, 5)

    def evidence_for(_database: Database, fact_ids: Any) -> dict[int, list[Evidence]]:
        return {fact_ids[0]: [short], fact_ids[-1]: [long]}

    monkeypatch.setattr(queries, "evidence_for", evidence_for)
    window.actions_by_name["tab_2"].trigger()
    window.members_tab.view.selectRow(0)

    assert sorted(window.evidence.quotes) == sorted([short, long])


# -- the overview -----------------------------------------------------------------------------------


def test_the_overview_gives_each_member_the_date_it_joined(window: MainWindow) -> None:
    content = window.content
    assert content is not None
    members = [row for row in content.members if row.status == "founding-member"]
    changed = [members[0]._replace(joined="1996 (as the Shanghai Five)"), *members[1:]]
    others = [row for row in content.members if row.status != "founding-member"]
    html = overview_html(content._replace(members=changed + others))
    document = window.overview.document().clone()
    document.setHtml(html)
    text = document.toPlainText()

    assert f"{members[0].name} (1996 (as the Shanghai Five))" in text
    assert f"{members[1].name} ({members[1].joined})" in text


# -- the sheet picker -------------------------------------------------------------------------------


def test_a_sheet_that_cannot_be_read_leaves_the_one_on_show_and_its_name(
    qtbot: QtBot,
    tmp_path: Path,
    seed_copy: Path,
    dialogs: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seed_copy.write_text(
        seed_copy.read_text(encoding="utf-8").replace(
            'slug = "sco-summit-astana-2024"', 'slug = "second-sheet"'
        ),
        encoding="utf-8",
    )
    url = f"sqlite:///{tmp_path / 'two.sqlite3'}"
    seed_database(url, [bundled_fact_files()[0], seed_copy])
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(open_database(url), settings)
    qtbot.addWidget(window)
    shown = window.content
    assert shown is not None
    button = window.sheet_button.text()

    def other_sheet(dialog: SheetChooser) -> int:
        row = next(
            number for number, sheet in enumerate(dialog.sheets) if sheet.slug != shown.detail.slug
        )
        dialog.view.selectRow(dialog.proxy.mapFromSource(dialog.model.index(row, 0)).row())
        return QDialog.DialogCode.Accepted.value

    def unreadable(*_args: object, **_kwargs: object) -> Any:
        raise DatabaseError("two.sqlite3: is locked by another program; close it and try again")

    monkeypatch.setattr(SheetChooser, "exec", other_sheet)
    monkeypatch.setattr(queries, "sheet_content", unreadable)
    window.actions_by_name["open_sheet"].trigger()

    assert len(dialogs) == 1 and "is locked" in dialogs[0]
    assert window.sheet_button.text() == button, "the toolbar names the sheet on show"
    assert window.content is shown
    assert window.statements_tab.view.model().index(0, 0).data(FACT_ID_ROLE) is not None
