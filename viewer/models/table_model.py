"""One table model for every fact table: rows of named tuples, columns described as data."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont

from db.factfile.folding import fold
from viewer.models.columns import Column, RowT
from viewer.models.roles import (
    DISPLAY_ROLE,
    EDIT_ROLE,
    EVIDENCE_IDS_ROLE,
    FACT_ID_ROLE,
    FONT_ROLE,
    REVIEWED_ROLE,
    ROW_ROLE,
    SEARCH_TEXT_ROLE,
    TOOLTIP_ROLE,
)
from viewer.text.html_text import tooltip

_Index = QModelIndex | QPersistentModelIndex
_ANSWERED = frozenset(
    {
        DISPLAY_ROLE,
        TOOLTIP_ROLE,
        FACT_ID_ROLE,
        EVIDENCE_IDS_ROLE,
        SEARCH_TEXT_ROLE,
        REVIEWED_ROLE,
        FONT_ROLE,
        EDIT_ROLE,
        ROW_ROLE,
    }
)


def draft_font() -> QFont:
    """Italic, for facts drafted from the article that nobody has reviewed yet."""
    font = QFont()
    font.setItalic(True)
    return font


def shown_text(column: Column[RowT], row: RowT, role: int) -> str | None:
    """A cell's text for the display role, or its escaped tooltip; shared by every table."""
    if role == DISPLAY_ROLE:
        return column.text(row)
    tip = column.tooltip(row) if column.tooltip else column.text(row)
    return tooltip(tip) if tip else None


def edit_value(column: Column[RowT], row: RowT) -> str:
    """What an editor of the cell starts from: the field as the fact file writes it."""
    return column.value(row) if column.value is not None else column.text(row)


class ColumnTableModel(QAbstractTableModel):
    """A table whose columns are described as data, any of which may be left out of the model
    (the Draft mark, while a sheet has no drafts): a column merely hidden by the view would
    still be read out by a screen reader.

    Each row's header is its first column's text, so a screen reader names the row it is on;
    the views do not show these headers."""

    def __init__(self, columns: Sequence[Column[Any]], parent: Any = None) -> None:
        super().__init__(parent)
        self.all_columns = tuple(columns)
        self._shown = self.all_columns

    @property
    def columns(self) -> tuple[Column[Any], ...]:
        """The columns in the model, in order."""
        return self._shown

    def set_column_shown(self, key: str, shown: bool) -> None:
        shown_keys = [column.key for column in self._shown]
        if (key in shown_keys) == shown:
            return
        if shown:
            wanted = [
                column for column in self.all_columns if column in self._shown or column.key == key
            ]
            position = [column.key for column in wanted].index(key)
            self.beginInsertColumns(QModelIndex(), position, position)
            self._shown = tuple(wanted)
            self.endInsertColumns()
        else:
            position = shown_keys.index(key)
            self.beginRemoveColumns(QModelIndex(), position, position)
            self._shown = tuple(column for column in self._shown if column.key != key)
            self.endRemoveColumns()

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._shown)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != DISPLAY_ROLE:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._shown[section].title if 0 <= section < len(self._shown) else None
        if not 0 <= section < self.rowCount():
            return None
        return self.data(self.index(section, 0)) or f"Row {section + 1}"


class FactTableModel(ColumnTableModel, Generic[RowT]):
    edit_requested = Signal(object, object, object)
    """A row, a column and the value a person typed or chose for it. The model does not change
    its row itself: the correction is made in the database and the sheet read again."""

    def __init__(
        self,
        columns: Sequence[Column[RowT]],
        parent: Any = None,
        *,
        search_text: Callable[[RowT], str] | None = None,
    ) -> None:
        """``search_text`` gives a row's folded searchable text where the data layer defines
        it (statements), so a held table matches exactly the rows a paged one would."""
        super().__init__(columns, parent)
        self._rows: list[RowT] = []
        self._search_text: list[str] = []
        self._row_search_text = search_text
        self._draft_font = draft_font()

    def set_rows(self, rows: Sequence[RowT]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._search_text = []  # made at the first search: most tables are never searched
        self.endResetModel()

    def row_at(self, row: int) -> RowT:
        return self._rows[row]

    def search_texts(self) -> list[str]:
        """Each row's folded searchable text, read in one go by the filter."""
        if len(self._search_text) != len(self._rows):
            self._search_text = [self._searchable(row) for row in self._rows]
        return self._search_text

    def _searchable(self, row: RowT) -> str:
        if self._row_search_text is not None:
            return self._row_search_text(row)
        parts: list[str] = []
        for column in self.all_columns:
            parts.append(column.text(row))
            if column.searchable_extra is not None:
                parts.extend(column.searchable_extra(row))
        return fold("\n".join(parts))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = DISPLAY_ROLE) -> Any:
        if role not in _ANSWERED or not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self.columns[index.column()]
        if role in (DISPLAY_ROLE, TOOLTIP_ROLE):
            return shown_text(column, row, role)
        if role == FACT_ID_ROLE:
            return getattr(row, "fact_id", None)
        if role == EVIDENCE_IDS_ROLE:
            fact_id = getattr(row, "fact_id", None)
            return getattr(row, "evidence_fact_ids", (fact_id,) if fact_id is not None else ())
        if role == SEARCH_TEXT_ROLE:
            return self.search_texts()[index.row()]
        if role == EDIT_ROLE:
            return edit_value(column, row) if column.field else None
        if role == ROW_ROLE:
            return row
        reviewed = bool(getattr(row, "reviewed", True))
        if role == REVIEWED_ROLE:
            return reviewed
        return None if reviewed else self._draft_font

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return flags
        editable = self.columns[index.column()].field and getattr(
            self._rows[index.row()], "fact_key", ""
        )
        return flags | Qt.ItemFlag.ItemIsEditable if editable else flags

    def setData(self, index: _Index, value: Any, role: int = EDIT_ROLE) -> bool:
        if role != EDIT_ROLE or not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        row, column = self._rows[index.row()], self.columns[index.column()]
        if value != edit_value(column, row):
            self.edit_requested.emit(row, column, value)
        return False
