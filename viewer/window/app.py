"""Start the window: make the application, open (or on first run, seed) the database, show it."""

from __future__ import annotations

import sys
from types import TracebackType

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from viewer.logs import configure_logging
from viewer.widgets.error_dialog import show_unexpected
from viewer.widgets.first_paint import after_first_paint
from viewer.window.main_window import MainWindow, window_icon
from viewer.window.preload import preload_data_layer


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
    window = MainWindow(None, QSettings(), deferred=True)
    preload_data_layer()
    window.show()
    sys.excepthook = _report_unexpected
    opened: list[bool] = []

    def open_database() -> None:
        from db.store.session import resolve_url

        configure_logging()
        try:
            window.build(pages_later=True)
            url, is_default = resolve_url(url_argument)
            opened.append(window.open_url(url, is_default=is_default))
            if opened[-1]:
                # The overview is what shows first; the other pages follow once it is drawn.
                after_first_paint(window, window.build_pages)
        except Exception as error:  # noqa: BLE001 - anything unforeseen still ends in one dialog
            show_unexpected(parent=window, error=error)
            opened.append(False)
        if not opened[-1]:
            window.close()

    after_first_paint(window, open_database)
    status = app.exec()
    return status if all(opened) else 1
