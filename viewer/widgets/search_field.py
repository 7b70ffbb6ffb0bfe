"""The search box: live filtering after a short pause, Esc clears it; and the clear (×) button
every search field of the window has, named for a screen reader and reached by Esc."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QToolButton

DEBOUNCE_MS = 200
CLEAR_NAME = "Clear search"
CLEAR_DESCRIPTION = "Empties the search field; Esc in the field does the same"


class _ClearOnEscape(QObject):
    """Esc empties a field that has text; on an empty field it goes on to the dialog, which
    closes."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            isinstance(watched, QLineEdit)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and watched.text()
        ):
            watched.clear()
            return True
        return False


def clearable(field: QLineEdit, *, escape_clears: bool = True) -> None:
    """Give ``field`` a clear button a screen reader can name, and Esc as its key."""
    field.setClearButtonEnabled(True)
    for button in field.findChildren(QToolButton):
        button.setAccessibleName(CLEAR_NAME)
        button.setAccessibleDescription(CLEAR_DESCRIPTION)
        button.setToolTip(f"{CLEAR_NAME} (Esc)")
    if escape_clears:
        field.installEventFilter(_ClearOnEscape(field))


class SearchField(QLineEdit):
    query_changed = Signal(str)
    """Emitted once typing pauses, with the text to search for."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchField")
        self.setAccessibleName("Search")
        self.setAccessibleDescription(
            "Search every table, the overview and the article; matches ignore case and accents"
        )
        self.setPlaceholderText("Search people, countries, statements…  (Ctrl+F)")
        clearable(self, escape_clears=False)  # Esc is handled below: it also searches at once
        self.setMinimumWidth(320)
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self.emit_now)
        self.textChanged.connect(self._timer.start)

    def emit_now(self) -> None:
        self._timer.stop()
        self.query_changed.emit(self.text())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            self.emit_now()
            return
        super().keyPressEvent(event)
