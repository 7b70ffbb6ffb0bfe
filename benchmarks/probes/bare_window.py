"""The floor: a bare PySide6 window with three empty tables (and, with a database, an ORM read
of three small tables), timed to its first paint."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QMainWindow, QTableView, QTabWidget

from benchmarks.probes.signal import FirstPaint


def main() -> None:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    tabs = QTabWidget(window)
    for title in ("Members", "Attendees", "Statements"):
        tabs.addTab(QTableView(tabs), title)
    window.setCentralWidget(tabs)
    if len(sys.argv) > 1:
        from benchmarks.probes.three_tables import read_three_tables

        read_three_tables(sys.argv[1])
    watcher = FirstPaint()
    window.installEventFilter(watcher)
    window.resize(1000, 700)
    window.show()
    app.exec()


if __name__ == "__main__":
    main()
