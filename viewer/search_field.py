"""The search box: live filtering after a short pause, Esc clears it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit

DEBOUNCE_MS = 200


class SearchField(QLineEdit):
    query_changed = Signal(str)
    """Emitted once typing pauses, with the text to search for."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchField")
        self.setAccessibleName("searchField")
        self.setAccessibleDescription("Search every table; matches ignore case and accents")
        self.setPlaceholderText("Search people, countries, statements…  (Ctrl+F)")
        self.setClearButtonEnabled(True)
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
