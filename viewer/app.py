"""Start the window: make the application, open (or on first run, seed) the database, show it."""

from __future__ import annotations

import sys
from types import TracebackType

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from viewer.error_dialog import show_unexpected
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
    """Show the window first, then open the database: the data layer is slower to import."""
    app = application()
    window = MainWindow(None, QSettings())
    window.show()
    sys.excepthook = _report_unexpected
    opened: list[bool] = []

    def open_database() -> None:
        from db.session import resolve_url

        url, is_default = resolve_url(url_argument)
        opened.append(window.open_url(url, is_default=is_default))
        if not opened[-1]:
            window.close()

    QTimer.singleShot(0, open_database)
    status = app.exec()
    return status if all(opened) else 1
