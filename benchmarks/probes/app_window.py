"""The real app started as `factsheet` starts it, timed to its first paint (``painted``) or to
the first paint that shows the sheet's data (``data``)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from benchmarks.probes.signal import FirstPaint
from viewer.app import application
from viewer.cli import main as factsheet


def _data_shown() -> bool:
    from viewer.main_window import MainWindow

    windows = [
        widget for widget in QApplication.topLevelWidgets() if isinstance(widget, MainWindow)
    ]
    return any(window.content is not None and window.members_tab.shown > 0 for window in windows)


def main() -> None:
    until, url = sys.argv[1], sys.argv[2]
    app = application()
    watcher = FirstPaint(_data_shown if until == "data" else lambda: True)
    app.installEventFilter(watcher)
    sys.exit(factsheet(["--db", url]))


if __name__ == "__main__":
    main()
