"""A tab holding one fact table, with a message in place of a blank table when nothing matches.

``FactTableTab`` is the view, its selection, its keys and its context menu; ``TableTab`` holds
every row in a model behind a sorting and filtering proxy, for tables of ordinary size.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QFocusEvent, QFontMetrics, QKeySequence, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMenu,
    QStackedWidget,
    QTableView,
)

from db.factfile.vocabulary import TABLE_NAMES
from viewer.models.columns import DRAFT_COLUMN_KEY, Column, RowT
from viewer.models.filter_proxy import FactFilterProxy
from viewer.models.progress import Progress
from viewer.models.roles import EVIDENCE_IDS_ROLE, FACT_ID_ROLE, REVIEWED_ROLE
from viewer.models.table_model import ColumnTableModel, FactTableModel
from viewer.widgets.focus_marks import frame_current_cell
from viewer.widgets.sorting import sortable_in_given_order

FIT_ROWS_LIMIT = 500
"""Tables with more rows than this get rows of a fixed height instead of measured ones."""

RowsReader = Callable[[Progress], list[Any]]
"""Reads a table's rows on a worker thread: made on the UI thread from what the table shows
at that moment, so the worker never touches the table itself."""


class FactTableView(QTableView):
    """A table that selects its current row when it gains the keyboard focus, so a person who
    tabs into it has a row (and its evidence) at once, and the arrow keys move from there.

    Tab leaves it for the next control, as in any desktop table (the arrows move between
    cells), and its current cell is framed while it has focus."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setTabKeyNavigation(False)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        frame_current_cell(self)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        model = self.model()
        if model is None or not model.rowCount() or self.selectionModel().hasSelection():
            return
        current = self.currentIndex()
        self.selectRow(current.row() if current.isValid() else 0)


class FactTableTab(QStackedWidget, Generic[RowT]):
    selected_fact_changed = Signal(object)
    """The fact id of the current row, or None when nothing is selected."""
    show_in_article_requested = Signal()
    copy_requested = Signal()
    review_requested = Signal(object)
    """The fact ids of the selected rows that are drafts, to be marked reviewed."""

    def __init__(
        self,
        name: str,
        noun: str,
        columns_model: ColumnTableModel,
        shown_model: QAbstractItemModel,
        parent: Any = None,
    ) -> None:
        """``name`` is the view's object name; ``columns_model`` holds the rows (under any
        filter ``shown_model`` puts on them)."""
        super().__init__(parent)
        self.noun = noun
        self.columns_model = columns_model
        self.columns: tuple[Column[RowT], ...] = columns_model.all_columns
        self.view = FactTableView(self)
        self.view.setObjectName(name)
        self.view.setAccessibleName(TABLE_NAMES[noun])
        self.view.setModel(shown_model)
        sortable_in_given_order(self.view)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(True)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.verticalHeader().setVisible(False)
        # A double-click edits a cell that can be corrected, and shows any other in the article.
        self.view.doubleClicked.connect(
            lambda index: (
                None
                if index.flags() & Qt.ItemFlag.ItemIsEditable
                else self.show_in_article_requested.emit()
            )
        )
        self.view.selectionModel().selectionChanged.connect(self._on_selection)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._show_context_menu)
        self._set_column_widths()
        self.set_drafts_shown(False)
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
        for change in (
            shown_model.layoutChanged,
            shown_model.rowsInserted,
            shown_model.rowsRemoved,
            shown_model.modelReset,
        ):
            change.connect(self._refresh_empty_state)
        # A reset drops the selection without saying so; the evidence pane must hear of it.
        shown_model.modelReset.connect(self._announce_selection)

    def _set_column_widths(self) -> None:
        header = self.view.horizontalHeader()
        average = QFontMetrics(self.view.font()).averageCharWidth()
        for number, column in enumerate(self.columns):
            self.view.setColumnWidth(number, column.width * average + 16)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        wrapping = [number for number, column in enumerate(self.columns) if column.wraps]
        # The spare width goes to the wrapping column, else to the last one before the Draft
        # mark (a narrow column of its own that comes and goes with a sheet's drafts).
        text_columns = [
            n for n, column in enumerate(self.columns) if column.key != DRAFT_COLUMN_KEY
        ]
        for number in wrapping or text_columns[-1:]:
            header.setSectionResizeMode(number, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.fit_rows_to_text(bool(wrapping))

    def fit_rows_to_text(self, fit: bool) -> None:
        """Rows as tall as their wrapped text, or, where measuring every row would cost too
        much, two lines each with the rest elided (the tooltip has the whole text)."""
        rows = self.view.verticalHeader()
        if fit:
            rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        else:
            rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
            rows.setDefaultSectionSize(QFontMetrics(self.view.font()).lineSpacing() * 2 + 8)

    def set_drafts_shown(self, shown: bool) -> None:
        """Show the Draft column only while the sheet has facts drafted and not yet reviewed;
        otherwise it is left out of the model, so no screen reader meets it either."""
        self.columns_model.set_column_shown(DRAFT_COLUMN_KEY, shown)
        average = QFontMetrics(self.view.font()).averageCharWidth()
        for number, column in enumerate(self.shown_columns()):
            if column.key == DRAFT_COLUMN_KEY:
                self.view.setColumnWidth(number, column.width * average + 16)

    def shown_columns(self) -> tuple[Column[RowT], ...]:
        """The columns on screen, in order: what Copy and Export CSV write."""
        return self.columns_model.columns

    # -- what each kind of tab provides ------------------------------------------------------

    @property
    def query(self) -> str:
        raise NotImplementedError

    @property
    def shown(self) -> int:
        return self.view.model().rowCount()

    @property
    def total(self) -> int:
        raise NotImplementedError

    def set_query(self, query: str) -> None:
        raise NotImplementedError

    def selected_rows_reader(self) -> RowsReader:
        raise NotImplementedError

    def visible_rows_reader(self) -> RowsReader:
        raise NotImplementedError

    def count_text(self) -> str:
        return f"{self.shown:,} of {self.total:,}" if self.query else f"{self.total:,}"

    # -- selection ---------------------------------------------------------------------------

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

    def selected_positions(self) -> list[int]:
        return sorted(index.row() for index in self.view.selectionModel().selectedRows())

    def select_facts(self, fact_ids: Sequence[int]) -> None:
        """Select the rows of these facts again after the sheet is read anew; a paged table,
        which holds only the rows in view, starts without a selection."""

    def selected_drafts(self) -> list[int]:
        """Fact ids of the selected rows that are drafts (rows still being fetched are left
        out: they cannot be shown to be drafts yet)."""
        return [
            int(index.data(FACT_ID_ROLE))
            for index in self.view.selectionModel().selectedRows()
            if index.data(REVIEWED_ROLE) is False
        ]

    def shutdown(self) -> None:
        """Stop any background work; a tab holding its rows has none."""

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._announce_selection()

    def _announce_selection(self) -> None:
        self.selected_fact_changed.emit(self.current_fact_id())

    def _show_context_menu(self, position: QPoint) -> None:
        index = self.view.indexAt(position)
        if index.isValid() and not self.view.selectionModel().isRowSelected(index.row()):
            self.view.selectRow(index.row())
        menu = QMenu(self.view)
        menu.addAction("Show in article", self.show_in_article_requested.emit)
        menu.addAction("Copy rows", self.copy_requested.emit)
        drafts = self.selected_drafts()
        review = menu.addAction("Mark as reviewed", lambda: self.review_requested.emit(drafts))
        review.setEnabled(bool(drafts))
        menu.popup(self.view.viewport().mapToGlobal(position))

    def _settled(self) -> bool:
        """Whether the rows shown answer the current search (a paged table may be fetching)."""
        return True

    def _refresh_empty_state(self, *_args: object) -> None:
        if not self.total and self._settled():
            self.empty_label.setText(f"The article gives no {self.noun} for this sheet.")
            self.setCurrentWidget(self.empty_label)
            return
        if self.shown or not self.query or not self._settled():
            self.setCurrentWidget(self.view)
            return
        query = self.query if len(self.query) <= 80 else self.query[:79] + "…"
        self.empty_label.setText(
            f"No {self.noun} match “{query}”.\nPress Esc in the search field to clear it."
        )
        self.setCurrentWidget(self.empty_label)


class TableTab(FactTableTab[RowT]):
    """Every row held in memory, filtered and sorted by a proxy: tables of ordinary size."""

    def __init__(
        self,
        name: str,
        noun: str,
        columns: Sequence[Column[RowT]],
        parent: Any = None,
        *,
        search_text: Callable[[RowT], str] | None = None,
    ) -> None:
        self.model: FactTableModel[RowT] = FactTableModel(columns, search_text=search_text)
        self.proxy = FactFilterProxy()
        self.proxy.setSourceModel(self.model)
        super().__init__(name, noun, self.model, self.proxy, parent)
        self.model.setParent(self)
        self.proxy.setParent(self)
        self._waiting_query: str | None = None
        """A search given while the tab was not on show, filtered by when it is shown."""

    @property
    def query(self) -> str:
        return self._waiting_query.strip() if self._waiting_query is not None else self.proxy.query

    @property
    def shown(self) -> int:
        if self._waiting_query is not None:
            return self.proxy.count_matching(self._waiting_query)
        return super().shown

    @property
    def total(self) -> int:
        return self.model.rowCount()

    def set_rows(self, rows: Sequence[RowT]) -> None:
        wraps = any(column.wraps for column in self.columns)
        self.fit_rows_to_text(wraps and len(rows) <= FIT_ROWS_LIMIT)
        self.model.set_rows(rows)
        self._refresh_empty_state()

    def set_query(self, query: str) -> None:
        """Filter now if the tab is on show; else count the matches for its title, and filter
        when it is shown (nobody sees a table that is not on show)."""
        self._waiting_query = query
        if not self.isHidden():
            self._filter()

    def _filter(self) -> None:
        if self._waiting_query is not None:
            self.proxy.set_query(self._waiting_query)
            self._waiting_query = None
            self._refresh_empty_state()

    def event(self, event: QEvent) -> bool:
        # Made the tab on show, whether or not the window itself is on screen yet.
        if event.type() == QEvent.Type.ShowToParent:
            self._filter()
        return super().event(event)

    def _source_row(self, position: int) -> int:
        return self.proxy.mapToSource(self.proxy.index(position, 0)).row()

    def selected_rows(self) -> list[RowT]:
        self._filter()
        return [self.model.row_at(self._source_row(row)) for row in self.selected_positions()]

    def visible_rows(self) -> list[RowT]:
        """The rows shown, in the order shown."""
        self._filter()
        return [
            self.model.row_at(self._source_row(position))
            for position in range(self.proxy.rowCount())
        ]

    def selected_rows_reader(self) -> RowsReader:
        rows = self.selected_rows()
        return lambda _progress: rows

    def visible_rows_reader(self) -> RowsReader:
        rows = self.visible_rows()
        return lambda _progress: rows

    def select_facts(self, fact_ids: Sequence[int]) -> None:
        """Select the rows of these facts, where the search shows them."""
        self._filter()
        wanted = set(fact_ids)
        model = self.view.model()
        rows = [
            row
            for row in range(model.rowCount())
            if model.index(row, 0).data(FACT_ID_ROLE) in wanted
        ]
        for number, row in enumerate(rows):
            flags = QItemSelectionModel.SelectionFlag.Rows | (
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                if number == 0
                else QItemSelectionModel.SelectionFlag.Select
            )
            if number == 0:
                self.view.selectionModel().setCurrentIndex(
                    model.index(row, 0), QItemSelectionModel.SelectionFlag.NoUpdate
                )
            self.view.selectionModel().select(model.index(row, 0), flags)
