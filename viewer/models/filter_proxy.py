"""Sorting and live filtering in front of a table model."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCollator,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from db.factfile.folding import search_terms
from viewer.models.table_model import FactTableModel


class FactFilterProxy(QSortFilterProxyModel):
    """Keeps rows whose folded text holds every search word; sorts in the user's language order.

    Which rows match is worked out in one pass over the model's search texts when the search
    or the rows change, so the per-row check Qt makes is a list lookup.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._terms: tuple[str, ...] = ()
        self._query = ""
        self._accepted: list[bool] = []
        self._counted: tuple[tuple[str, ...], int] | None = None
        """The last search counted and its count: a search asks for a tab's title twice."""
        self._collator = QCollator()
        self._collator.setNumericMode(True)
        self._collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    @property
    def query_terms(self) -> tuple[str, ...]:
        return self._terms

    @property
    def query(self) -> str:
        return self._query

    def setSourceModel(self, model: QAbstractItemModel) -> None:
        if not isinstance(model, FactTableModel):
            raise TypeError("FactFilterProxy filters a FactTableModel")
        super().setSourceModel(model)
        model.modelAboutToBeReset.connect(self._forget_matches)

    def _forget_matches(self) -> None:
        self._accepted = []
        self._counted = None

    def _matches(self) -> list[bool]:
        if not self._accepted:
            model = self.sourceModel()
            texts = model.search_texts() if isinstance(model, FactTableModel) else []
            self._accepted = [all(term in text for term in self._terms) for text in texts]
        return self._accepted

    def set_query(self, query: str) -> None:
        self._query = query.strip()
        terms = search_terms(query)
        if terms == self._terms:
            return
        self.beginFilterChange()
        self._terms = terms
        self._accepted = []
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def count_matching(self, query: str) -> int:
        """How many rows the search ``query`` would keep, without filtering by it."""
        terms = search_terms(query)
        model = self.sourceModel()
        if not terms or not isinstance(model, FactTableModel):
            return model.rowCount()
        if self._counted is None or self._counted[0] != terms:
            texts = model.search_texts()
            self._counted = (terms, sum(all(term in text for term in terms) for text in texts))
        return self._counted[1]

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if not self._terms:
            return True
        matches = self._matches()
        return source_row < len(matches) and matches[source_row]

    def lessThan(
        self, left: QModelIndex | QPersistentModelIndex, right: QModelIndex | QPersistentModelIndex
    ) -> bool:
        return self._collator.compare(str(left.data() or ""), str(right.data() or "")) < 0
