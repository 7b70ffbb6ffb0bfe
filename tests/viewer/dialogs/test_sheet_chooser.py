"""The sheet chooser of a database of many sheets: latest event first, found by any part of
its title, organization, place or date, with the size of each table."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from benchmarks.generate_many import generate_many
from db.search import across_sheets
from db.store import queries
from db.store.session import Database, open_database
from viewer.dialogs.sheet_chooser import SheetChooser
from viewer.window.main_window import MainWindow

SHEETS = 30


@pytest.fixture(scope="module")
def many(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("many") / "many.sqlite3"
    generate_many(path, SHEETS)
    return path


@pytest.fixture
def database(many: Path) -> Iterator[Database]:
    opened = open_database(f"sqlite:///{many}")
    yield opened
    opened.close()


@pytest.fixture
def chooser(qtbot: QtBot, database: Database) -> SheetChooser:
    dialog = SheetChooser(None, queries.list_sheets(database), None)
    qtbot.addWidget(dialog)
    return dialog


def shown_slugs(chooser: SheetChooser) -> list[str]:
    return [
        chooser.model.row_at(chooser.proxy.mapToSource(chooser.proxy.index(row, 0)).row()).slug
        for row in range(chooser.proxy.rowCount())
    ]


def test_every_sheet_is_listed_latest_event_first_with_its_counts(
    chooser: SheetChooser, database: Database
) -> None:
    sheets = queries.list_sheets(database)
    assert len(sheets) == SHEETS
    dates = [sheet.date_iso or "" for sheet in sheets]
    assert dates == sorted(dates, reverse=True)
    assert shown_slugs(chooser) == [sheet.slug for sheet in sheets]
    assert {(sheet.members, sheet.attendees, sheet.statements) for sheet in sheets} == {
        (10, 15, 15)
    }
    assert chooser.count.text() == f"{SHEETS} sheets"


@pytest.mark.parametrize(
    ("typed", "field"),
    [
        ("summit 17,", "title"),
        ("City 4", "place"),
        ("2007-", "date_iso"),
        ("organization 3 for", "organization"),
    ],
)
def test_typing_any_part_of_a_title_organization_place_or_date_narrows_the_list(
    chooser: SheetChooser, database: Database, typed: str, field: str
) -> None:
    sheets = queries.list_sheets(database)
    expected = [
        sheet.slug
        for sheet in sheets
        if typed.casefold() in str(getattr(sheet, field) or "").casefold()
    ]
    assert 0 < len(expected) < SHEETS
    chooser.search.setText(typed)
    assert set(shown_slugs(chooser)) >= set(expected)
    assert chooser.count.text() == f"{chooser.proxy.rowCount()} of {SHEETS} sheets"
    assert chooser.open_button.isEnabled()


def test_the_chosen_sheet_opens_in_the_window(
    qtbot: QtBot, database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(database, settings)
    qtbot.addWidget(window)

    def choose_the_sheet_of_a_day(dialog: SheetChooser) -> int:
        dialog.search.setText("2009-10-10")
        dialog.view.selectRow(0)
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(SheetChooser, "exec", choose_the_sheet_of_a_day)
    window.actions_by_name["open_sheet"].trigger()

    assert window.content is not None
    assert window.content.detail.place == "City 9"
    assert window.sheet_button.text().startswith(window.content.detail.title)


def test_people_shared_by_sheets_are_one_entity_each(database: Database) -> None:
    people = across_sheets.people(database)
    assert max(person.sheets for person in people) > 1
    assert sum(person.sheets for person in people) == SHEETS * 15
