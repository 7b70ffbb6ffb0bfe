"""The floor: a bare PySide6 window with three tables, timed to its first paint.

With a database, it first reads three small tables with SQLAlchemy's ORM (``bare_window DB``),
or reads the sheet's rows with SQLAlchemy Core and shows them in the tables
(``bare_window DB core``)."""

from __future__ import annotations

import sys

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView, QTabWidget

from benchmarks.probes.signal import FirstPaint


def _sheet_rows(path: str) -> dict[str, list[tuple[object, ...]]]:
    from sqlalchemy import create_engine, text

    from benchmarks.probes.sheet_rows import QUERIES

    with create_engine(f"sqlite:///{path}").connect() as connection:
        return {
            title: [tuple(row) for row in connection.execute(text(query))]
            for title, query in QUERIES.items()
        }


def main() -> None:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    tabs = QTabWidget(window)
    tables: dict[str, list[tuple[object, ...]]] = dict.fromkeys(
        ("Members", "Attendees", "Statements"), []
    )
    if len(sys.argv) > 2 and sys.argv[2] == "core":
        tables = _sheet_rows(sys.argv[1])
    elif len(sys.argv) > 1:
        from benchmarks.probes.three_tables import read_three_tables

        read_three_tables(sys.argv[1])
    for title, rows in tables.items():
        view = QTableView(tabs)
        if rows:
            model = QStandardItemModel(len(rows), 3, view)
            for row, values in enumerate(rows):
                for column, value in enumerate(values):
                    model.setItem(row, column, QStandardItem(str(value or "")))
            view.setModel(model)
        tabs.addTab(view, title)
    window.setCentralWidget(tabs)
    watcher = FirstPaint()
    window.installEventFilter(watcher)
    window.resize(1000, 700)
    window.show()
    app.exec()


if __name__ == "__main__":
    main()
