"""Start the window: make the application, open (or on first run, seed) the database, show it."""

from __future__ import annotations

import sys
from types import TracebackType

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from db.errors import FactsheetError
from db.seed import ensure_seeded
from db.session import open_database, resolve_url
from viewer.error_dialog import show_error, show_unexpected
from viewer.main_window import MainWindow, window_icon


def application() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(sys.argv)
    app.setApplicationName("Factsheet")
    app.setOrganizationName("Factsheet")
    app.setDesktopFileName("factsheet")
    app.setWindowIcon(window_icon())
    return app


def _report_unexpected(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None
) -> None:
    show_unexpected(parent=QApplication.activeWindow(), error=error.with_traceback(trace))


def run_window(url_argument: str | None = None) -> int:
    app = application()
    url, is_default = resolve_url(url_argument)
    try:
        ensure_seeded(url, is_default=is_default)
        database = open_database(url)
        window = MainWindow(database, QSettings())
    except FactsheetError as error:
        show_error(parent=None, error=error)
        return 1
    sys.excepthook = _report_unexpected
    window.show()
    return app.exec()
