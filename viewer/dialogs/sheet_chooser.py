"""File ▸ Open sheet…: every sheet of the database, the latest event first, found by typing
any part of its title, organization, place or date."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from db.rows import SheetSummary
from viewer.models.columns import SHEET_COLUMNS
from viewer.models.filter_proxy import FactFilterProxy
from viewer.models.table_model import FactTableModel
from viewer.text.wording import counted
from viewer.widgets.search_field import clearable
from viewer.widgets.sorting import sortable_in_given_order


class SheetChooser(QDialog):
    def __init__(
        self, parent: QWidget | None, sheets: Sequence[SheetSummary], current: str | None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Open sheet")
        self.setObjectName("sheetChooser")
        self.resize(900, 520)
        self.sheets = list(sheets)
        self.model: FactTableModel[SheetSummary] = FactTableModel(SHEET_COLUMNS, self)
        self.model.set_rows(self.sheets)
        self.proxy = FactFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit(self)
        self.search.setObjectName("sheetSearch")
        self.search.setAccessibleName("Search sheets")
        self.search.setPlaceholderText("Search by title, organization, place or date…")
        clearable(self.search)
        self.search.textChanged.connect(self._on_search)
        self.search.returnPressed.connect(self.accept)
        self.view = QTableView(self)
        self.view.setObjectName("sheetsView")
        self.view.setAccessibleName("Sheets")
        self.view.setTabKeyNavigation(False)
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        sortable_in_given_order(self.view)
        self.view.verticalHeader().setVisible(False)
        self.view.setAlternatingRowColors(True)
        self.view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(lambda _index: self.accept())
        self.count = QLabel(self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.open_button = buttons.button(QDialogButtonBox.StandardButton.Open)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count)
        layout.addWidget(buttons)
        self.view.selectionModel().selectionChanged.connect(self._on_selection)
        slugs = [sheet.slug for sheet in self.sheets]
        self._select(slugs.index(current) if current in slugs else 0)
        self._show_count()

    def _select(self, row: int) -> None:
        if self.model.rowCount():
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            if index.isValid():
                self.view.selectRow(index.row())
                self.view.scrollTo(index)
        self._on_selection()

    def _on_search(self, text: str) -> None:
        self.proxy.set_query(text)
        if self.proxy.rowCount() and not self.view.selectionModel().hasSelection():
            self.view.selectRow(0)
        self._on_selection()
        self._show_count()

    def _on_selection(self, *_args: Any) -> None:
        self.open_button.setEnabled(self.chosen_slug() is not None)

    def _show_count(self) -> None:
        total = len(self.sheets)
        shown = self.proxy.rowCount()
        self.count.setText(
            counted(total, "sheet") if shown == total else f"{shown:,} of {counted(total, 'sheet')}"
        )

    def chosen_slug(self) -> str | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        source: QModelIndex = self.proxy.mapToSource(rows[0])
        return self.model.row_at(source.row()).slug
