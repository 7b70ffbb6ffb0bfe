"""Sorting and live filtering in front of a table model."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCollator, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from db.text_folding import search_terms
from viewer.roles import SEARCH_TEXT_ROLE
from viewer.table_model import FactTableModel


class FactFilterProxy(QSortFilterProxyModel):
    """Keeps rows whose folded text holds every search word; sorts in the user's language order."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._terms: tuple[str, ...] = ()
        self._query = ""
        self._collator = QCollator()
        self._collator.setNumericMode(True)
        self._collator.setCaseSensitivity(self._collator.caseSensitivity().CaseInsensitive)

    @property
    def query_terms(self) -> tuple[str, ...]:
        return self._terms

    @property
    def query(self) -> str:
        return self._query

    def set_query(self, query: str) -> None:
        self._query = query.strip()
        terms = search_terms(query)
        if terms == self._terms:
            return
        self.beginFilterChange()
        self._terms = terms
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if not self._terms:
            return True
        model = self.sourceModel()
        if isinstance(model, FactTableModel):
            text = model.search_text_at(source_row)
        else:
            text = model.data(model.index(source_row, 0, source_parent), SEARCH_TEXT_ROLE) or ""
        return all(term in text for term in self._terms)

    def lessThan(
        self, left: QModelIndex | QPersistentModelIndex, right: QModelIndex | QPersistentModelIndex
    ) -> bool:
        return self._collator.compare(str(left.data() or ""), str(right.data() or "")) < 0
