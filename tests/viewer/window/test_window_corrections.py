"""Correcting a drafted sheet in the window: edit a cell (F2), remove a fact (Delete), add one
from words selected in the article, add evidence, merge people, undo and redo, the user's name;
and, with a second program changing the same fact, the refusal and the row's new value."""

from __future__ import annotations

import getpass
import html
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, QSettings, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QComboBox, QLineEdit, QMenu
from pytestqt.qtbot import QtBot

from db.draft.write import draft_in_memory
from db.store import queries
from db.store.corrections import remove_fact
from db.store.session import Database, open_database
from db.store.sheets import add_sheet
from tests.conftest import PROJECT
from viewer.models.roles import ROW_ROLE
from viewer.tabs.table_tab import FactTableTab
from viewer.widgets.fact_form import FactForm
from viewer.widgets.settings import USER_NAME, user_name
from viewer.window.main_window import MainWindow

ARTICLE = PROJECT / "tests" / "data" / "harbour_cities.txt"


@pytest.fixture
def drafted_url(any_seeded_url: str) -> str:
    database = open_database(any_seeded_url)
    add_sheet(database, draft_in_memory(ARTICLE))
    database.close()
    return any_seeded_url


@pytest.fixture
def settings(settings: QSettings) -> QSettings:
    settings.setValue(USER_NAME, "Ada Tester")
    return settings


@pytest.fixture
def database(drafted_url: str) -> Iterator[Database]:
    """The seeded sheet and a drafted one."""
    opened = open_database(drafted_url)
    yield opened
    opened.close()


@pytest.fixture
def window(qtbot: QtBot, window: MainWindow, database: Database) -> Iterator[MainWindow]:
    """The drafted sheet on screen."""
    slug = next(slug for slug, _title in queries.sheet_titles(database) if "harbour" in slug)
    assert window.load_sheet(slug)
    window.show()
    qtbot.waitExposed(window)
    yield window


def rows(tab: FactTableTab[Any]) -> list[Any]:
    model = tab.view.model()
    return [model.index(number, 0).data(ROW_ROLE) for number in range(model.rowCount())]


def cell(tab: FactTableTab[Any], row: int, key: str) -> QModelIndex:
    column = next(n for n, c in enumerate(tab.columns) if c.key == key)
    return tab.view.model().index(row, column)


def start_editing(qtbot: QtBot, tab: FactTableTab[Any], row: int, key: str) -> Any:
    """Put the cursor on the cell and press F2, as in a spreadsheet; returns the editor."""
    window = tab.window()
    assert isinstance(window, MainWindow)
    window.tabs.setCurrentWidget(tab)
    tab.view.setFocus()
    tab.view.setCurrentIndex(cell(tab, row, key))
    qtbot.keyClick(tab.view, Qt.Key.Key_F2)
    editor = tab.view.findChild(QComboBox, "cellEditor") or tab.view.findChild(
        QLineEdit, "cellEditor"
    )
    assert editor is not None, "F2 opens an editor in the cell"
    return editor


def select_in_article(window: MainWindow, words: str, occurrence: int = 1) -> None:
    article = window.article_view
    window.tabs.setCurrentWidget(article)
    text = article.article_text()
    start = -1
    for _ in range(occurrence):
        start = text.index(words, start + 1)
    cursor = article.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len(words), QTextCursor.MoveMode.KeepAnchor)
    article.setTextCursor(cursor)


def open_form(window: MainWindow) -> FactForm:
    form = window.corrections.form
    assert form is not None and form.isVisible()
    return form


def stored_text(window: MainWindow) -> str:
    assert window.database is not None and window.loader.slug is not None
    return queries.fact_file_text(window.database, window.loader.slug)


# -- editing in place ---------------------------------------------------------------------------


def test_f2_on_a_status_offers_the_statuses_and_marks_the_fact_reviewed(
    qtbot: QtBot, window: MainWindow
) -> None:
    tab = window.members_tab
    first = rows(tab)[0]
    assert not first.reviewed

    editor = start_editing(qtbot, tab, 0, "status")

    assert isinstance(editor, QComboBox)
    offered = [editor.itemText(n) for n in range(editor.count())]
    assert "Observer" in offered and "Founding member" in offered
    editor.setCurrentIndex(editor.findText("Observer"))
    qtbot.keyClick(editor, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: rows(window.members_tab)[0].status == "observer")
    now = rows(window.members_tab)[0]
    assert now.fact_key == first.fact_key and now.reviewed
    assert cell(window.members_tab, 0, "status").data() == "Observer"
    assert window.evidence.review_note.text().startswith("Reviewed by Ada Tester on 20")
    assert 'reviewed_by = "Ada Tester"' in stored_text(window)


def test_a_title_is_free_text(qtbot: QtBot, window: MainWindow) -> None:
    tab = window.attendees_tab
    editor = start_editing(qtbot, tab, 1, "title")
    assert isinstance(editor, QLineEdit)
    editor.clear()
    qtbot.keyClicks(editor, "Acting Mayor")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: rows(window.attendees_tab)[1].title == "Acting Mayor")


def test_a_double_click_edits_a_cell_that_can_be_corrected(
    qtbot: QtBot, window: MainWindow
) -> None:
    tab = window.statements_tab
    window.tabs.setCurrentWidget(tab)
    index = cell(tab, 0, "kind")
    tab.view.scrollTo(index)
    position = tab.view.visualRect(index).center()
    # A real double-click: the press of its first click, then Qt's double-click event.
    qtbot.mouseClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=position)
    qtbot.mouseDClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=position)
    editor = tab.view.findChild(QComboBox, "cellEditor")
    assert editor is not None and not editor.isEditable(), "a closed vocabulary"
    assert window.tabs.currentWidget() is tab, "the double-click did not leave the table"


def test_a_change_the_fact_file_forbids_is_refused_in_one_dialog(
    qtbot: QtBot, window: MainWindow, dialogs: list[str]
) -> None:
    tab = window.statements_tab
    before = rows(tab)[0]
    assert before.kind.value == "quote"
    editor = start_editing(qtbot, tab, 0, "text")
    editor.setText("Words the speaker never said")
    qtbot.keyClick(editor, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: len(dialogs) == 1)
    assert "is a direct quote, but its text is not inside its evidence" in dialogs[0]
    assert rows(window.statements_tab)[0].text == before.text


# -- removing, undo and redo --------------------------------------------------------------------


def test_delete_removes_a_fact_and_undo_and_redo_are_named_in_the_edit_menu(
    qtbot: QtBot, window: MainWindow
) -> None:
    tab = window.attendees_tab
    window.tabs.setCurrentWidget(tab)
    original = stored_text(window)
    names = [row.name for row in rows(tab)]
    tab.view.setFocus()
    tab.view.selectRow(0)

    qtbot.keyClick(tab.view, Qt.Key.Key_Delete)

    assert [row.name for row in rows(window.attendees_tab)] == names[1:]
    undo, redo = window.actions_by_name["undo"], window.actions_by_name["redo"]
    assert undo.text() == f"&Undo remove attendee {names[0]}"
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [row.name for row in rows(window.attendees_tab)] == names
    assert stored_text(window) == original
    assert redo.text() == f"&Redo remove attendee {names[0]}"
    qtbot.keyClick(
        window,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert [row.name for row in rows(window.attendees_tab)] == names[1:]


# -- adding from the article --------------------------------------------------------------------


def test_add_as_member_reads_the_country_and_asks_only_for_the_status(
    qtbot: QtBot, window: MainWindow
) -> None:
    select_in_article(window, "Netherlands")
    window.actions_by_name["add_member"].trigger()

    form = open_form(window)
    assert form.value("member") == "Netherlands"
    assert form.focusWidget() is form.fields["status"]
    assert form.fields["status"].accessibleName() == "Status"
    status = form.fields["status"]
    assert isinstance(status, QComboBox)
    status.setCurrentIndex(status.findText("Observer"))
    qtbot.keyClick(status, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: "Netherlands" in [row.name for row in rows(window.members_tab)])
    added = next(row for row in rows(window.members_tab) if row.name == "Netherlands")
    assert (added.status, added.code) == ("observer", "NL")
    assert window.tabs.currentWidget() is window.article_view
    window.tabs.setCurrentWidget(window.members_tab)
    assert window.members_tab.current_fact_id() == added.fact_id
    assert window.evidence.quotes[0].exact == "Netherlands"


def test_a_fact_is_added_from_the_keyboard_alone(qtbot: QtBot, window: MainWindow) -> None:
    article = window.article_view
    window.tabs.setCurrentWidget(article)
    article.setFocus()
    cursor = article.textCursor()
    cursor.setPosition(article.article_text().index("Netherlands"))
    article.setTextCursor(cursor)
    for _letter in "Netherlands":
        qtbot.keyClick(article, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    edit = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Edit")
    assert isinstance(edit, QMenu)
    letters = [a.text().split("&")[1][0].lower() for a in edit.actions() if "&" in a.text()]
    assert len(letters) == len(set(letters)), "each command of the Edit menu has its own letter"

    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(edit.isVisible)
    qtbot.keyClick(edit, Qt.Key.Key_B)  # Add as mem&ber…

    form = open_form(window)
    assert form.value("member") == "Netherlands"
    qtbot.keyClicks(form.focusWidget(), "Observer")
    qtbot.keyClick(form.focusWidget(), Qt.Key.Key_Tab)  # on to OK
    qtbot.keyClick(form.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Netherlands" in [row.name for row in rows(window.members_tab)])
    added = next(row for row in rows(window.members_tab) if row.name == "Netherlands")
    assert added.status == "observer"


def test_add_as_statement_reads_the_quote_and_its_speaker(qtbot: QtBot, window: MainWindow) -> None:
    ribera = next(row for row in rows(window.statements_tab) if "Ribera" in row.speaker)
    assert window.database is not None and window.loader.slug is not None
    remove_fact(
        window.database,
        slug=window.loader.slug,
        key=ribera.fact_key,
        stamp=ribera.stamp,
        user="someone",
    )
    window.loader.reload()
    sentence = (
        "“The numbers will be public, city by city,” according to Mayor Joan Ribera of Valencia."
    )
    select_in_article(window, sentence)
    window.article_view.customContextMenuRequested.emit(window.article_view.cursorRect().center())
    menu = window.article_view.findChildren(QMenu)[-1]
    texts = [action.text() for action in menu.actions()]
    assert "Add as statem&ent…" in texts and "Add as mem&ber…" in texts
    menu.close()
    window.actions_by_name["add_statement"].trigger()

    form = open_form(window)
    assert form.values() == {
        "speaker": "ribera",
        "kind": "quote",
        "text": "The numbers will be public, city by city",
    }
    form.accept()

    qtbot.waitUntil(lambda: any(row.text == ribera.text for row in rows(window.statements_tab)))
    added = next(row for row in rows(window.statements_tab) if row.text == ribera.text)
    assert added.speaker == ribera.speaker and added.reviewed


def test_add_as_attendee_reads_the_person_title_and_country_and_asks_the_role(
    qtbot: QtBot, window: MainWindow
) -> None:
    select_in_article(window, "Mayor Kaisa Lepik of Tallinn")
    window.actions_by_name["add_attendee"].trigger()
    form = open_form(window)
    shown = {
        name: field.currentText()
        for name, field in form.fields.items()
        if isinstance(field, QComboBox)
    }
    assert shown == {"person": "Kaisa Lepik", "represents": "Tallinn", "role": ""}
    assert form.value("title") == "Mayor"
    role = form.fields["role"]
    assert form.focusWidget() is role
    assert isinstance(role, QComboBox)
    role.setCurrentIndex(role.findText("Guest"))
    form.accept()
    qtbot.waitUntil(lambda: "Kaisa Lepik" in [row.name for row in rows(window.attendees_tab)])


def test_add_as_absence_and_nothing_selected_says_what_to_do(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.tabs.setCurrentWidget(window.article_view)
    window.article_view.moveCursor(QTextCursor.MoveOperation.Start)
    window.actions_by_name["add_absence"].trigger()
    assert window.corrections.form is None
    assert window.statusBar().currentMessage() == "Select words in the Article tab first."


def test_evidence_is_added_to_the_fact_last_selected(qtbot: QtBot, window: MainWindow) -> None:
    tab = window.members_tab
    window.tabs.setCurrentWidget(tab)
    tab.view.selectRow(0)
    member = rows(tab)[0]
    select_in_article(window, "Netherlands")

    window.actions_by_name["add_evidence"].trigger()

    window.tabs.setCurrentWidget(window.members_tab)
    assert window.members_tab.current_fact_id() is not None
    shown = [quote.exact for quote in window.evidence.quotes]
    assert "Netherlands" in shown
    assert rows(window.members_tab)[0].fact_key == member.fact_key


# -- people -------------------------------------------------------------------------------------


def test_merging_two_people_leaves_one_with_both_spellings(
    qtbot: QtBot, window: MainWindow
) -> None:
    tab = window.attendees_tab
    window.tabs.setCurrentWidget(tab)
    tab.view.selectRow(1)
    absorbed, kept = rows(tab)[1], rows(tab)[0]

    window.actions_by_name["merge_people"].trigger()
    form = open_form(window)
    assert form.value("absorb") == absorbed.fact_key.partition(":")[2]
    keep = form.fields["keep"]
    assert isinstance(keep, QComboBox)
    keep.setCurrentIndex(keep.findText(kept.name))
    form.accept()

    qtbot.waitUntil(lambda: len(rows(window.attendees_tab)) == len(rows(tab)))
    names = [row.name for row in rows(window.attendees_tab)]
    assert absorbed.name not in names
    merged = next(row for row in rows(window.attendees_tab) if row.name == kept.name)
    assert absorbed.name in merged.other_spellings
    assert window.actions_by_name["undo"].text() == (
        f"&Undo merge {absorbed.name} into {kept.name}"
    )


def test_edit_person_changes_the_name_and_other_spellings(qtbot: QtBot, window: MainWindow) -> None:
    tab = window.attendees_tab
    window.tabs.setCurrentWidget(tab)
    tab.view.selectRow(0)
    person = rows(tab)[0]
    window.actions_by_name["edit_person"].trigger()
    form = open_form(window)
    assert form.value("name") == person.name
    assert form.fields["variants"].accessibleName().startswith("Other spellings")
    variants = form.fields["variants"]
    assert isinstance(variants, QLineEdit)
    variants.setText("Rotterdam")  # words the article holds
    form.accept()
    qtbot.waitUntil(lambda: rows(window.attendees_tab)[0].other_spellings == ("Rotterdam",))


def test_mark_as_reviewed_records_who_in_the_fact_file_too(
    qtbot: QtBot, window: MainWindow
) -> None:
    tab = window.attendees_tab
    window.tabs.setCurrentWidget(tab)
    tab.view.selectRow(0)
    person = rows(tab)[0]
    assert not person.reviewed and window.evidence.review_button.isVisible()

    window.evidence.review_button.click()

    assert rows(window.attendees_tab)[0].reviewed
    assert window.evidence.review_note.text().startswith("Reviewed by Ada Tester on ")
    attendee = person.fact_key.partition(":")[2]
    entries = tomllib.loads(stored_text(window))["attendees"]
    written = next(entry for entry in entries if entry["person"] == attendee)
    assert "reviewed" not in written and written["reviewed_by"] == "Ada Tester"


# -- preferences --------------------------------------------------------------------------------


def test_the_user_name_is_set_in_preferences_and_recorded_with_a_correction(
    qtbot: QtBot, window: MainWindow, settings: QSettings
) -> None:
    window.actions_by_name["preferences"].trigger()
    form = open_form(window)
    field = form.fields["user_name"]
    assert isinstance(field, QLineEdit) and field.text() == "Ada Tester"
    assert form.accessibleName() == "Preferences" and field.accessibleName() == "Your name"
    field.clear()
    qtbot.keyClicks(field, "Bruno Diaz")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert settings.value(USER_NAME) == "Bruno Diaz"

    editor = start_editing(qtbot, window.members_tab, 0, "note")
    editor.setText("Checked")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: rows(window.members_tab)[0].note == "Checked")
    assert 'reviewed_by = "Bruno Diaz"' in stored_text(window)


def test_the_user_name_is_the_login_name_until_one_is_set(tmp_path: Path) -> None:
    fresh = QSettings(str(tmp_path / "fresh.ini"), QSettings.Format.IniFormat)
    assert user_name(fresh) == getpass.getuser()
    fresh.setValue(USER_NAME, "  ")
    assert user_name(fresh) == getpass.getuser()


# -- models -------------------------------------------------------------------------------------


def test_the_editable_models_pass_the_model_tester(window: MainWindow, qtmodeltester: Any) -> None:
    for tab in window.table_tabs:
        qtmodeltester.check(tab.view.model(), force_py=True)
        qtmodeltester.check(tab.model, force_py=True)  # type: ignore[attr-defined]


# -- two programs at once -----------------------------------------------------------------------


def change_in_another_program(url: str, slug: str, key: str, stamp: str) -> None:
    """Correct the fact from a second process, as a teammate's Factsheet would."""
    script = (
        "import sys\n"
        "from db.store.session import open_database\n"
        "from db.store.corrections import edit_fact\n"
        "url, slug, key, stamp = sys.argv[1:]\n"
        "database = open_database(url)\n"
        "edit_fact(database, slug=slug, key=key, stamp=stamp,"
        " changes={'status': 'dialogue-partner'}, user='Bruno')\n"
        "database.close()\n"
    )
    subprocess.run(
        [sys.executable, "-c", script, url, slug, key, stamp],
        cwd=PROJECT,
        check=True,
        timeout=120,
    )


def test_a_fact_changed_by_another_program_is_not_overwritten_and_shows_its_new_value(
    qtbot: QtBot, window: MainWindow, drafted_url: str, dialogs: list[str]
) -> None:
    tab = window.members_tab
    shown = rows(tab)[0]
    assert window.loader.slug is not None
    change_in_another_program(drafted_url, window.loader.slug, shown.fact_key, shown.stamp)
    assert cell(tab, 0, "status").data() != "Dialogue partner", "the window shows the old value"

    editor = start_editing(qtbot, tab, 0, "status")
    editor.setCurrentIndex(editor.findText("Observer"))
    qtbot.keyClick(editor, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: len(dialogs) == 1)
    told = html.unescape(dialogs[0])
    assert f"the member {shown.name} was changed by Bruno at " in told
    assert "; it now reads status 'Dialogue partner'" in told
    qtbot.waitUntil(lambda: cell(window.members_tab, 0, "status").data() == "Dialogue partner")


def test_another_fact_changed_by_another_program_does_not_stop_a_correction(
    qtbot: QtBot, window: MainWindow, drafted_url: str, dialogs: list[str]
) -> None:
    tab = window.members_tab
    other = rows(tab)[1]
    assert window.loader.slug is not None
    change_in_another_program(drafted_url, window.loader.slug, other.fact_key, other.stamp)

    editor = start_editing(qtbot, tab, 0, "status")
    editor.setCurrentIndex(editor.findText("Observer"))
    qtbot.keyClick(editor, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: rows(window.members_tab)[0].status == "observer")
    assert dialogs == []
    assert rows(window.members_tab)[1].status == "dialogue-partner"


def test_undo_after_another_program_changed_the_sheet_is_refused_and_dropped(
    qtbot: QtBot, window: MainWindow, drafted_url: str, dialogs: list[str]
) -> None:
    tab = window.members_tab
    window.tabs.setCurrentWidget(tab)
    tab.view.setFocus()
    tab.view.selectRow(0)
    qtbot.keyClick(tab.view, Qt.Key.Key_Delete)
    other = rows(window.members_tab)[0]
    assert window.loader.slug is not None
    change_in_another_program(drafted_url, window.loader.slug, other.fact_key, other.stamp)

    window.actions_by_name["undo"].trigger()

    assert len(dialogs) == 1 and "was changed by Bruno at" in dialogs[0]
    assert "cannot be undone" in dialogs[0]
    assert not window.corrections.stack.canUndo()
    assert rows(window.members_tab)[0].status == "dialogue-partner"
