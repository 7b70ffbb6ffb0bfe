"""A sheet whose article and fact file hold markup (`<b>`, an `<img>` of a file on disk, an
entity) shows it as the characters typed in every widget that shows sheet text: labels, cells,
tooltips, panes, dialogs. Nothing is drawn from the markup, and no file is read for it."""

from __future__ import annotations

import hashlib
import re
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6 import QtGui
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QColor, QImage, QTextDocument
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from db.store import queries
from db.store.seed import bundled_fact_files, seed_database
from db.store.session import Database, open_database
from tests.conftest import PROJECT, finish_background_work
from viewer.dialogs.sheet_chooser import SheetChooser
from viewer.window.main_window import MainWindow

DATA = PROJECT / "tests" / "data"
PLANTED = "planted.png"


@pytest.fixture
def markup(tmp_path: Path) -> str:
    """Markup that rich text would turn into bold type and a picture read from the disk."""
    picture = tmp_path / PLANTED
    image = QImage(8, 8, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    assert image.save(str(picture))
    return f"<b>bold</b> &amp; <img src={picture}>"


class MarkedSheet:
    """The state visit's hand-checked sheet with markup after a person's name and the title."""

    def __init__(self, folder: Path, markup: str) -> None:
        article = (DATA / "state_visit.txt").read_text(encoding="utf-8")
        facts = (DATA / "state_visit.toml").read_text(encoding="utf-8")
        document = tomllib.loads(facts)
        self.name = document["people"][0]["name"]
        self.title = document["sheet"]["title"]
        self.slug = document["sheet"]["slug"]
        self.marked_name = self.name + markup
        self.marked_title = self.title + markup
        assert self.name in article
        marked_article = article.replace(self.name, self.marked_name)
        facts = facts.replace(self.name, self.marked_name)
        facts = facts.replace(f'title = "{self.title}"', f'title = "{self.marked_title}"')
        facts = facts.replace(
            document["source"]["sha256"],
            hashlib.sha256(marked_article.encode("utf-8")).hexdigest(),
        )
        (folder / "state_visit.txt").write_text(marked_article, encoding="utf-8")
        self.path = folder / "state_visit.toml"
        self.path.write_text(facts, encoding="utf-8")


@pytest.fixture
def sheet(tmp_path: Path, markup: str) -> MarkedSheet:
    folder = tmp_path / "marked"
    folder.mkdir()
    return MarkedSheet(folder, markup)


@pytest.fixture
def database(sheet: MarkedSheet, tmp_path: Path) -> Iterator[Database]:
    """The seeds and the sheet whose facts are markup."""
    url = f"sqlite:///{tmp_path / 'marked.sqlite3'}"
    seed_database(url, [bundled_fact_files()[0], sheet.path])
    opened = open_database(url)
    yield opened
    opened.close()


@pytest.fixture
def window(window: MainWindow, sheet: MarkedSheet) -> Iterator[MainWindow]:
    """The window showing the sheet whose facts are markup."""
    assert window.load_sheet(sheet.slug)
    yield window


def seen(text: str, *, rich: bool | None = None) -> str:
    """What a person sees of ``text``: as it is if Qt shows it as plain text, else what rich
    text makes of it (Qt decides for a tooltip or a label left to it: ``rich`` None)."""
    if rich is None:
        rich = QtGui.Qt.mightBeRichText(text)
    if not rich:
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


Places = dict[str, list[str]]
"""Each place sheet text is shown, with everything seen there."""


def cells(model: QAbstractItemModel, place: str, places: Places) -> None:
    """Every cell of ``model``: its text as drawn (plain) and its tooltip (Qt decides)."""
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index: QModelIndex = model.index(row, column)
            shown = index.data(Qt.ItemDataRole.DisplayRole)
            tip = index.data(Qt.ItemDataRole.ToolTipRole)
            if isinstance(shown, str):
                places.setdefault(f"{place} cell", []).append(shown)
            if isinstance(tip, str):
                places.setdefault(f"{place} tooltip", []).append(seen(tip))


def tree_items(tree: QTreeWidget, place: str, places: Places) -> None:
    def visit(item: QTreeWidgetItem | None) -> None:
        assert item is not None
        for column in range(tree.columnCount()):
            places.setdefault(f"{place} cell", []).append(item.text(column))
            places.setdefault(f"{place} tooltip", []).append(seen(item.toolTip(column)))
        for child in range(item.childCount()):
            visit(item.child(child))

    for top in range(tree.topLevelItemCount()):
        visit(tree.topLevelItem(top))


def document_of(view: Any, place: str, places: Places) -> None:
    """A text pane: what it shows, and no picture drawn from the markup in it."""
    document: QTextDocument = view.document()
    places.setdefault(place, []).append(document.toPlainText())
    assert not re.search(rf"<img[^>]*{PLANTED}", document.toHtml()), f"{place} draws the picture"


def test_every_widget_shows_markup_in_sheet_text_as_typed(
    qtbot: QtBot,
    window: MainWindow,
    sheet: MarkedSheet,
    monkeypatch: pytest.MonkeyPatch,
    dialogs: list[str],
) -> None:
    places: Places = {}
    places["window title"] = [window.windowTitle()]
    places["sheet button"] = [window.sheet_button.text()]
    places["sheet button tooltip"] = [seen(window.sheet_button.toolTip())]
    places["tabs"] = [window.tabs.tabText(number) for number in range(window.tabs.count())]
    document_of(window.overview, "overview", places)
    for tab in window.table_tabs:
        cells(tab.view.model(), tab.noun, places)
    window.actions_by_name["tab_3"].trigger()
    attendees = window.attendees_tab
    row = next(
        row
        for row in range(attendees.proxy.rowCount())
        if sheet.name in attendees.proxy.index(row, 0).data()
    )
    attendees.view.selectRow(row)
    places["evidence heading"] = [seen(window.evidence.heading.text(), rich=False)]
    document_of(window.evidence.browser, "evidence", places)
    document_of(window.article_view, "article", places)

    window.show_search_all()
    assert window.search_all is not None
    window.search_all.query.setText(sheet.name.split()[0])
    window.search_all.search_now()
    tree_items(window.search_all.results, "search of all sheets", places)

    assert window.database is not None
    chooser = SheetChooser(window, queries.list_sheets(window.database), sheet.slug)
    qtbot.addWidget(chooser)
    cells(chooser.view.model(), "sheet chooser", places)

    window.actions_by_name["people_and_countries"].trigger()
    finish_background_work(qtbot, window)
    assert window.across_sheets is not None
    people = window.across_sheets.people
    cells(people.proxy, "people across sheets", places)
    person = next(
        row
        for row in range(people.proxy.rowCount())
        if sheet.name in people.proxy.index(row, 0).data()
    )
    people.entity_view.selectRow(person)
    finish_background_work(qtbot, window)
    places["people across sheets heading"] = [seen(people.heading.text(), rich=False)]
    cells(people.appearances, "appearances", places)

    assert dialogs == []
    showing = {
        place
        for place, texts in places.items()
        if any(sheet.name in text or sheet.title in text for text in texts)
    }
    expected = {
        "window title",
        "sheet button",
        "sheet button tooltip",
        "overview",
        "attendees cell",
        "attendees tooltip",
        "statements cell",
        "statements tooltip",
        "evidence heading",
        "evidence",
        "article",
        "search of all sheets cell",
        "search of all sheets tooltip",
        "sheet chooser cell",
        "people across sheets cell",
        "people across sheets heading",
        "appearances cell",
    }
    assert expected <= showing, f"sheet text not found in {sorted(expected - showing)}"
    for place, texts in places.items():
        for text in texts:
            for plain, marked in (
                (sheet.name, sheet.marked_name),
                (sheet.title, sheet.marked_title),
            ):
                if plain in text:
                    assert marked in text, f"{place} shows {text!r}"
