"""A tab holding one fact table, with a message in place of a blank table when nothing matches."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QFontMetrics, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QStackedWidget, QTableView

from viewer.columns import Column, RowT
from viewer.filter_proxy import FactFilterProxy
from viewer.roles import EVIDENCE_IDS_ROLE, FACT_ID_ROLE
from viewer.table_model import FactTableModel


class TableTab(QStackedWidget, Generic[RowT]):
    selected_fact_changed = Signal(object)
    """The fact id of the current row, or None when nothing is selected."""
    show_in_article_requested = Signal()

    def __init__(
        self, name: str, noun: str, columns: Sequence[Column[RowT]], parent: Any = None
    ) -> None:
        super().__init__(parent)
        self.noun = noun
        self.model: FactTableModel[RowT] = FactTableModel(columns, self)
        self.proxy = FactFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView(self)
        self.view.setObjectName(name)
        self.view.setAccessibleName(name)
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(True)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.verticalHeader().setVisible(False)
        self.view.doubleClicked.connect(lambda _index: self.show_in_article_requested.emit())
        self.view.selectionModel().selectionChanged.connect(self._on_selection)
        self._set_column_widths(columns)
        activate = QAction("Show in article", self.view)
        activate.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        activate.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        activate.triggered.connect(self.show_in_article_requested)
        self.view.addAction(activate)
        self.empty_label = QLabel(self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)
        self.addWidget(self.view)
        self.addWidget(self.empty_label)
        self.proxy.layoutChanged.connect(self._refresh_empty_state)
        self.proxy.rowsInserted.connect(self._refresh_empty_state)
        self.proxy.rowsRemoved.connect(self._refresh_empty_state)
        self.proxy.modelReset.connect(self._refresh_empty_state)

    def _set_column_widths(self, columns: Sequence[Column[RowT]]) -> None:
        header = self.view.horizontalHeader()
        average = QFontMetrics(self.view.font()).averageCharWidth()
        for number, column in enumerate(columns):
            self.view.setColumnWidth(number, column.width * average + 16)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        wrapping = [number for number, column in enumerate(columns) if column.wraps]
        for number in wrapping:
            header.setSectionResizeMode(number, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(not wrapping)
        if wrapping:
            self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def set_rows(self, rows: Sequence[RowT]) -> None:
        self.model.set_rows(rows)
        self._refresh_empty_state()

    def set_query(self, query: str) -> None:
        self.proxy.set_query(query)
        self._refresh_empty_state()

    @property
    def shown(self) -> int:
        return self.proxy.rowCount()

    @property
    def total(self) -> int:
        return self.model.rowCount()

    def count_text(self) -> str:
        return f"{self.shown} of {self.total}" if self.proxy.query_terms else f"{self.total}"

    def _current_selected_index(self) -> QModelIndex | None:
        index = self.view.currentIndex()
        if index.isValid() and self.view.selectionModel().isRowSelected(index.row()):
            return index
        rows = self.view.selectionModel().selectedRows()
        return rows[0] if rows else None

    def current_fact_id(self) -> int | None:
        index = self._current_selected_index()
        value = index.data(FACT_ID_ROLE) if index is not None else None
        return int(value) if value is not None else None

    def current_evidence_ids(self) -> tuple[int, ...]:
        index = self._current_selected_index()
        return tuple(index.data(EVIDENCE_IDS_ROLE) or ()) if index is not None else ()

    def current_label(self) -> str:
        index = self._current_selected_index()
        return str(index.siblingAtColumn(0).data() or "") if index is not None else ""

    def selected_source_rows(self) -> list[int]:
        rows = sorted(index.row() for index in self.view.selectionModel().selectedRows())
        return [self.proxy.mapToSource(self.proxy.index(row, 0)).row() for row in rows]

    def visible_source_rows(self) -> list[int]:
        return [
            self.proxy.mapToSource(self.proxy.index(row, 0)).row()
            for row in range(self.proxy.rowCount())
        ]

    def select_first_row(self) -> None:
        if self.proxy.rowCount():
            self.view.selectRow(0)

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.selected_fact_changed.emit(self.current_fact_id())

    def _refresh_empty_state(self, *_args: object) -> None:
        if self.proxy.rowCount() or not self.model.rowCount():
            self.setCurrentWidget(self.view)
            return
        query = self.proxy.query if len(self.proxy.query) <= 80 else self.proxy.query[:79] + "…"
        self.empty_label.setText(
            f"No {self.noun} match “{query}”.\nPress Esc in the search field to clear it."
        )
        self.setCurrentWidget(self.empty_label)

    def current_index(self) -> QModelIndex:
        return self.view.currentIndex()
