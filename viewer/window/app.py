"""Start the window: a frame on screen first, then the window built and the database opened.

This module is the start-up's one boundary. It imports Qt's widgets and nothing of the rest of
the program, puts an empty frame on screen where the window will be, and only once the frame
has been drawn imports the window (and with it the data layer, SQLAlchemy and every tab),
builds it in the frame's place and opens the database. The figures that make it worth having
are in benchmarks/STARTUP.md.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMainWindow

from resources import resource_path
from viewer.logs import configure_logging
from viewer.widgets import settings as stored
from viewer.widgets.error_dialog import show_unexpected

APP_NAME = "Factsheet"
UNPAINTED_WAIT_MS = 300
"""How long the window waits for its frame to be drawn (it may open minimised) before it is
built all the same."""


def application() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName("factsheet")
    app.setWindowIcon(QIcon(str(resource_path("factsheet.svg"))))
    return app


class Frame(QMainWindow):
    """The empty window on screen while the window itself is imported and built: titled as
    the window, where and as large as the window was last."""

    def __init__(self, settings: QSettings) -> None:
        super().__init__()
        self.setWindowTitle(APP_NAME)
        stored.restore_geometry(self, settings)

    def when_drawn(self, callback: Callable[[], None]) -> None:
        """Call ``callback`` once, after the frame's first paint (or a short wait, if it is
        not painted)."""
        _AfterPaint(self, callback)


class _AfterPaint(QObject):
    def __init__(self, frame: Frame, callback: Callable[[], None]) -> None:
        super().__init__(frame)
        self.frame = frame
        self.callback: Callable[[], None] | None = callback
        frame.installEventFilter(self)
        QTimer.singleShot(UNPAINTED_WAIT_MS, self.fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.callback is not None:
            QTimer.singleShot(0, self.fire)
        return False

    def fire(self) -> None:
        callback, self.callback = self.callback, None
        if callback is not None:
            self.frame.removeEventFilter(self)
            callback()


def _report_unexpected(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None
) -> None:
    show_unexpected(parent=QApplication.activeWindow(), error=error.with_traceback(trace))


def run_window(url_argument: str | None = None) -> int:
    """Show the frame, then build the window in its place and open the database in it."""
    app = application()
    settings = QSettings()
    frame = Frame(settings)
    frame.show()
    sys.excepthook = _report_unexpected
    opened: list[bool] = []

    def build_window() -> None:
        configure_logging()
        shown: QMainWindow = frame
        try:
            # The boundary: the window's modules and the data layer are imported here.
            from db.store.session import resolve_url
            from viewer.window.main_window import MainWindow

            window = MainWindow(None, settings)
            window.restoreGeometry(frame.saveGeometry())
            window.show()
            frame.close()
            shown = window
            url, is_default = resolve_url(url_argument)
            opened.append(window.open_url(url, is_default=is_default))
        except Exception as error:  # noqa: BLE001 - anything unforeseen still ends in one dialog
            show_unexpected(parent=shown, error=error)
            opened.append(False)
        if not opened[-1]:
            shown.close()

    frame.when_drawn(build_window)
    status = app.exec()
    return status if all(opened) else 1
