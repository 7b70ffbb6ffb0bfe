"""The real app started as `factsheet` starts it, timed to its first paint (``painted``) or to
the first paint that shows the sheet's data (``data``).

Like the floor, the probe watches the main window's paint events. An event filter left on the
whole application would see every event of every object, private Qt classes included, and make
PySide wrap them all: about 130 enum types and a fifth more work that the app itself never does.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

from benchmarks.probes.signal import FirstPaint
from viewer.cli import main as factsheet
from viewer.window.app import application
from viewer.window.main_window import MainWindow


class WindowWatcher(FirstPaint):
    """Watches the whole application only until the main window's first paint, then the main
    window alone.

    Its report is queued as the paint ends, like the floor's. The app, too, queues work for
    after a paint (the pages that wait while the overview shows), through an event filter of
    its own; the watcher therefore makes itself the window's newest filter before each paint,
    so that it runs first and its report is not held up behind that work.
    """

    def __init__(self, app: QApplication, until: str) -> None:
        super().__init__(self.data_shown if until == "data" else lambda: True)
        self.setParent(app)  # the application keeps it
        self.app = app
        self.window: MainWindow | None = None
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.window is not None and event.type() == QEvent.Type.UpdateRequest:
            self.window.removeEventFilter(self)
            self.window.installEventFilter(self)
        if self.window is not None or not isinstance(watched, MainWindow):
            return super().eventFilter(watched, event)
        if event.type() != QEvent.Type.Paint:
            return False
        self.window = watched
        self.app.removeEventFilter(self)
        watched.installEventFilter(self)
        return super().eventFilter(watched, event)

    def data_shown(self) -> bool:
        window = self.window
        return window is not None and window.content is not None


def main() -> None:
    until, url = sys.argv[1], sys.argv[2]
    app = application()
    WindowWatcher(app, until)
    sys.exit(factsheet(["--db", url]))


if __name__ == "__main__":
    main()
