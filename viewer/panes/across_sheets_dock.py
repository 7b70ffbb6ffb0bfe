"""View ▸ People and countries: everyone and every country of every sheet, each listed once.

Choosing a person (or a country) lists each fact of each sheet that names them, with the
article's words; opening one shows that sheet with the fact's row selected.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from db.errors import FactsheetError
from db.rows import Appearance, EntitySummary
from db.search.across_sheets import appearances, parties, people
from db.store.session import Database
from viewer.models.columns import APPEARANCE_COLUMNS, ENTITY_COLUMNS, PARTY_COLUMNS, Column
from viewer.models.filter_proxy import FactFilterProxy
from viewer.models.progress import Progress
from viewer.models.table_model import FactTableModel
from viewer.text.wording import counted
from viewer.widgets.background import BackgroundJob
from viewer.widgets.error_dialog import show_error
from viewer.widgets.search_field import clearable
from viewer.widgets.sorting import sortable_in_given_order


def _table(
    parent: QWidget,
    name: str,
    spoken: str,
    model: QAbstractItemModel,
    columns: Sequence[Column[Any]],
) -> QTableView:
    """A table of one of the dock's lists, each column as wide as its description asks;
    ``name`` is its object name, ``spoken`` what a screen reader calls it."""
    view = QTableView(parent)
    view.setModel(model)
    view.setObjectName(name)
    view.setAccessibleName(spoken)
    view.setTabKeyNavigation(False)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    sortable_in_given_order(view)
    view.setAlternatingRowColors(True)
    view.setWordWrap(True)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    average = QFontMetrics(view.font()).averageCharWidth()
    for number, column in enumerate(columns):
        view.setColumnWidth(number, column.width * average + 16)
    return view


class EntityPage(QWidget):
    """One kind of entity: a searchable list, and where the chosen one appears."""

    entity_chosen = Signal(object)
    """The EntitySummary of the row now selected."""
    open_requested = Signal(object)
    """An Appearance to show in its sheet."""

    def __init__(
        self,
        name: str,
        words: tuple[str, str],
        columns: Sequence[Column[EntitySummary]],
        parent: QWidget,
    ) -> None:
        """``words``: what the list holds and what one of them is, as a screen reader says
        them ("People", "person")."""
        super().__init__(parent)
        listed, one = words
        self.search = QLineEdit(self)
        self.search.setObjectName(f"{name}Search")
        self.search.setAccessibleName(f"Search {listed.casefold()}")
        self.search.setPlaceholderText("Filter by name or any other spelling…")
        clearable(self.search)
        self.entities: FactTableModel[EntitySummary] = FactTableModel(columns, self)
        self.proxy = FactFilterProxy(self)
        self.proxy.setSourceModel(self.entities)
        self.search.textChanged.connect(self.proxy.set_query)
        self.entity_view = _table(
            self, f"{name}View", f"{listed} across sheets", self.proxy, columns
        )
        self.entity_view.selectionModel().selectionChanged.connect(self._on_entity)
        self.appearances: FactTableModel[Appearance] = FactTableModel(APPEARANCE_COLUMNS, self)
        self.appearance_view = _table(
            self,
            f"{name}AppearancesView",
            f"Where the chosen {one} appears",
            self.appearances,
            APPEARANCE_COLUMNS,
        )
        self.appearance_view.setToolTip(
            "Double-click or press Enter to open the sheet at this fact"
        )
        self.appearance_view.doubleClicked.connect(self._open)
        self.appearance_view.activated.connect(self._open)
        self.heading = QLabel("Choose a name to see where it appears.", self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        below = QWidget(self)
        below_layout = QVBoxLayout(below)
        below_layout.setContentsMargins(0, 0, 0, 0)
        below_layout.addWidget(self.heading)
        below_layout.addWidget(self.appearance_view)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.entity_view)
        splitter.addWidget(below)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.search)
        layout.addWidget(splitter, 1)

    def set_entities(self, rows: Sequence[EntitySummary]) -> None:
        self.entities.set_rows(rows)
        self.appearances.set_rows([])
        self.heading.setText("Choose a name to see where it appears.")

    def chosen(self) -> EntitySummary | None:
        rows = self.entity_view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.entities.row_at(self.proxy.mapToSource(rows[0]).row())

    def show_appearances(self, entity: EntitySummary, rows: Sequence[Appearance]) -> None:
        sheets = len({row.slug for row in rows})
        self.heading.setText(
            f"{entity.name}: {counted(len(rows), 'fact')} in {counted(sheets, 'sheet')}"
        )
        self.appearances.set_rows(rows)

    def _on_entity(self, *_args: Any) -> None:
        entity = self.chosen()
        if entity is not None:
            self.entity_chosen.emit(entity)

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(self.appearances.row_at(index.row()))


class AcrossSheetsDock(QDockWidget):
    open_requested = Signal(object)
    """An Appearance to show in its sheet."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__("People and countries across sheets", parent)
        self.setObjectName("acrossSheetsDock")
        self.parent_widget = parent
        self.database: Database | None = None
        self.loaded_from: Database | None = None
        self.job: BackgroundJob[Any] | None = None
        tabs = QTabWidget(self)
        tabs.setObjectName("acrossSheetsTabs")
        tabs.setAccessibleName("People and countries across sheets")
        self.people = EntityPage("people", ("People", "person"), ENTITY_COLUMNS, tabs)
        self.parties = EntityPage(
            "countries", ("Countries and bodies", "country or body"), PARTY_COLUMNS, tabs
        )
        tabs.addTab(self.people, "People")
        tabs.addTab(self.parties, "Countries and bodies")
        self.setWidget(tabs)
        for page in (self.people, self.parties):
            page.entity_chosen.connect(self._show_appearances)
            page.open_requested.connect(self.open_requested)
        self.toggleViewAction().toggled.connect(self._on_shown)

    def show_database(self, database: Database | None) -> None:
        """Read the database's people and countries now if the dock is open, else when it is."""
        self.database = database
        self.loaded_from = None
        if not self.isHidden():
            self.reload()

    def set_shown(self, shown: bool) -> None:
        """Show or hide the dock, reading the lists when it is shown (a window not yet on
        screen tells its docks nothing of being shown)."""
        self.setVisible(shown)
        self._on_shown(shown)

    def _on_shown(self, shown: bool) -> None:
        if not shown:
            return
        reading = self.job is not None and self.job.running
        if self.loaded_from is not self.database and not reading:
            self.reload()

    def reload(self) -> BackgroundJob[Any] | None:
        database = self.database
        if database is None:
            return None

        def work(_progress: Progress) -> tuple[list[EntitySummary], list[EntitySummary]]:
            return people(database), parties(database)

        def done(found: tuple[list[EntitySummary], list[EntitySummary]]) -> None:
            self.loaded_from = database
            self.people.set_entities(found[0])
            self.parties.set_entities(found[1])

        self.job = BackgroundJob(
            self.parent_widget,
            title="People and countries",
            label="Reading the people and countries of every sheet…",
            work=work,
            done=done,
        )
        return self.job

    def _show_appearances(self, entity: EntitySummary) -> None:
        if self.database is None:
            return
        page = self.people if entity.kind == "person" else self.parties
        try:
            page.show_appearances(entity, appearances(self.database, entity.id))
        except FactsheetError as error:
            show_error(parent=self.parent_widget, error=error)
