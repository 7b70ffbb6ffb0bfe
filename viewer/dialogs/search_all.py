"""Edit ▸ Search all sheets (Ctrl+Shift+F): what every sheet says about a word, grouped by
sheet, each fact with the article's words that support it; opening one shows it in its sheet.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db.errors import FactsheetError
from db.rows import SearchResult
from db.search.across_sheets import search_all
from db.store.session import Database
from viewer.text.html_text import tooltip
from viewer.text.wording import counted
from viewer.widgets.error_dialog import show_error
from viewer.widgets.search_field import DEBOUNCE_MS, clearable

_HIT_ROLE = int(Qt.ItemDataRole.UserRole) + 1
"""A fact's item holds its place in the list of hits shown."""


class SearchAllDialog(QDialog):
    open_requested = Signal(object)
    """The Appearance to show in its sheet."""

    def __init__(self, parent: QWidget, database: Database) -> None:
        super().__init__(parent)
        self.setWindowTitle("Search all sheets")
        self.setObjectName("searchAllDialog")
        self.resize(960, 600)
        self.database = database
        self.query = QLineEdit(self)
        self.query.setObjectName("searchAllField")
        self.query.setAccessibleName("Search all sheets")
        self.query.setPlaceholderText("Words to find in every sheet (case and accents ignored)")
        clearable(self.query)
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self.search_now)
        self.query.textChanged.connect(self._timer.start)
        self.results = QTreeWidget(self)
        self.results.setObjectName("searchAllResults")
        self.results.setAccessibleName("Results, by sheet")
        self.results.setColumnCount(3)
        self.results.setHeaderLabels(["Sheet and fact", "What it says", "Evidence"])
        self.results.setWordWrap(True)
        self.results.setAlternatingRowColors(True)
        self.results.setColumnWidth(0, 300)
        self.results.setColumnWidth(1, 320)
        self.results.itemActivated.connect(self._open)
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.summary)
        self.shown: SearchResult = SearchResult([], False)

    def search_now(self) -> None:
        self._timer.stop()
        try:
            self.show_result(search_all(self.database, self.query.text()))
        except FactsheetError as error:
            show_error(parent=self, error=error)

    def show_result(self, result: SearchResult) -> None:
        """The hits under one item per sheet, in the order given (the latest sheets first)."""
        self.shown = result
        self.results.clear()
        sheets: dict[str, QTreeWidgetItem] = {}
        for number, hit in enumerate(result.hits):
            sheet = sheets.get(hit.slug)
            if sheet is None:
                sheet = sheets[hit.slug] = QTreeWidgetItem(self.results)
                sheet.setExpanded(True)
            evidence = f"¶ {hit.paragraph}: {hit.evidence}" if hit.paragraph else hit.evidence
            item = QTreeWidgetItem(sheet, [hit.kind_label, hit.text, evidence])
            item.setData(0, _HIT_ROLE, number)
            item.setToolTip(1, tooltip(hit.text))
            item.setToolTip(2, tooltip(evidence))
        for slug, sheet in sheets.items():
            first = next(hit for hit in result.hits if hit.slug == slug)
            sheet.setText(0, f"{first.sheet_title} — {first.when} ({sheet.childCount()})")
            sheet.setExpanded(True)
        self.summary.setText(self._summary(result, len(sheets)))

    def _summary(self, result: SearchResult, sheets: int) -> str:
        if not self.query.text().strip():
            return "Type words to find them in every sheet."
        if not result.hits:
            return f"No fact of any sheet matches “{self.query.text().strip()}”."
        facts = counted(len(result.hits), "fact")
        where = f"in {counted(sheets, 'sheet')}"
        more = (
            " (the latest sheets' first; refine the search to see the rest)" if result.more else ""
        )
        return f"{facts} {where}{more}. Double-click a fact to open its sheet."

    def _open(self, item: QTreeWidgetItem, _column: int) -> None:
        number: Any = item.data(0, _HIT_ROLE)
        if isinstance(number, int):
            self.open_requested.emit(self.shown.hits[number])
