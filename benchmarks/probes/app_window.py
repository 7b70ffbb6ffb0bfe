"""The real app started as `factsheet` starts it, timed to its first paint (``painted``: the
frame it shows first) or to the first paint that shows the sheet's data (``data``: the main
window built in the frame's place).

Like the floor, the probe watches one window's paint events. It watches the whole application
only until the frame's first paint: an event filter left on the whole application would see
every event of every object, private Qt classes included, and make PySide wrap them all (about
130 enum types and a fifth more work that the app itself never does). It then watches the frame
until it is hidden, when the main window is on screen in its place, and then the main window.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from benchmarks.probes.signal import FirstPaint
from viewer.cli import main as factsheet
from viewer.window.app import application

MAIN_WINDOW = "mainWindow"
"""The object name of the main window, which the frame does not have."""


class WindowWatcher(FirstPaint):
    def __init__(self, app: QApplication, until: str) -> None:
        super().__init__(self.data_shown if until == "data" else lambda: True)
        self.setParent(app)  # the application keeps it
        self.app = app
        self.until = until
        self.watched: QWidget | None = None
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.watched is None:
            if event.type() != QEvent.Type.Paint or not isinstance(watched, QMainWindow):
                return False
            self.app.removeEventFilter(self)
            self._watch(watched)
        elif watched is self.watched and event.type() == QEvent.Type.Hide:
            self._watch_main_window()
            return False
        return super().eventFilter(watched, event)

    def _watch(self, window: QWidget) -> None:
        if self.watched is not None:
            self.watched.removeEventFilter(self)
        self.watched = window
        window.installEventFilter(self)

    def _watch_main_window(self) -> None:
        for widget in self.app.topLevelWidgets():
            if widget.objectName() == MAIN_WINDOW and widget.isVisible():
                self._watch(widget)

    def data_shown(self) -> bool:
        window = self.watched
        return window is not None and getattr(window, "content", None) is not None


def main() -> None:
    until, url = sys.argv[1], sys.argv[2]
    app = application()
    WindowWatcher(app, until)
    sys.exit(factsheet(["--db", url]))


if __name__ == "__main__":
    main()
