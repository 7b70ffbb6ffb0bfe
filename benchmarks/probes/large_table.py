"""The statements tab of a large sheet: first screen, search latency, scrolling to the end and
peak memory, measured inside one process and reported as figures in milliseconds."""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QEventLoop,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSettings,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import QApplication, QHeaderView, QTableView

from benchmarks.probes.signal import fail, report
from db.search.statement_pages import StatementView, first_page_query
from db.store.queries import STATEMENT_ROW_COLUMNS, sheet_titles
from db.store.session import Database, open_database
from viewer.tabs.lazy_table import CHUNK_ROWS
from viewer.window.main_window import MainWindow

TIMEOUT_S = 120.0


def wait(app: QApplication, done: Callable[[], bool]) -> None:
    """Run the event loop as the app does (idle, the interpreter free for worker threads)
    until ``done`` holds, checking every millisecond."""
    if done():
        return
    loop = QEventLoop()
    deadline = time.perf_counter() + TIMEOUT_S

    def check() -> None:
        if done():
            loop.quit()
        elif time.perf_counter() > deadline:
            fail("timed out")

    timer = QTimer(interval=1)
    timer.timeout.connect(check)
    timer.start()
    loop.exec()
    timer.stop()


def main() -> None:
    url, settings_file, *terms = sys.argv[1:]
    # Time from opening the sheet (the window already up) to its statements on screen.
    app = QApplication(sys.argv[:1])
    window = MainWindow(None, QSettings(settings_file, QSettings.Format.IniFormat))
    window.resize(1200, 800)
    window.tabs.setCurrentIndex(3)
    window.show()
    database = open_database(url)
    app.processEvents()
    started = time.perf_counter()
    window.load_database(database)
    tab = window.statements_tab

    def first_screen() -> bool:
        return not getattr(tab.view.model(), "loading", False) and tab.shown > 0

    wait(app, first_screen)
    app.processEvents()
    open_ms = (time.perf_counter() - started) * 1000
    tab_ms = _tab_switch_ms(app, window, tab)
    bare = _BareTable(tab.view)
    searches, raw, shown_bare = {}, {}, {}
    for term in terms:
        timings, floors, bare_floors = [], [], []
        for _ in range(3):
            floors.append(_raw_first_screen_ms(database, term))
            bare_floors.append(bare.first_screen_ms(database, term))
            window.apply_search("")
            wait(app, first_screen)
            began = time.perf_counter()
            window.apply_search(term)
            wait(app, lambda: not getattr(tab.view.model(), "loading", False))
            app.processEvents()
            timings.append((time.perf_counter() - began) * 1000)
        searches[term] = statistics.median(timings)
        raw[term] = statistics.median(floors)
        shown_bare[term] = statistics.median(bare_floors)
    bare.close()
    window.apply_search("")
    wait(app, first_screen)
    began = time.perf_counter()
    tab.view.scrollToBottom()
    model = tab.view.model()
    wait(app, lambda: model.rowCount() == tab.total and model.index(tab.total - 1, 1).data() != "…")
    app.processEvents()
    scroll_ms = (time.perf_counter() - began) * 1000
    window.close()
    report(
        open_ms=open_ms,
        tab_ms=tab_ms,
        search_ms=searches,
        raw_search_ms=raw,
        bare_search_ms=shown_bare,
        scroll_ms=scroll_ms,
        rows=tab.total,
    )


def _raw_first_screen_ms(
    database: Database, term: str, show: Callable[[Sequence[Any]], None] = lambda _rows: None
) -> float:
    """The floor of a search: the first screen's query (FTS5 on SQLite, the trigram index on
    PostgreSQL) sent straight through the driver and its rows fetched (and given to ``show``),
    nothing else."""
    ((slug, _title),) = sheet_titles(database)
    sql, parameters = first_page_query(database, StatementView(slug, term), CHUNK_ROWS)
    connection = database.engine.raw_connection()
    try:
        began = time.perf_counter()
        cursor = connection.cursor()
        cursor.execute(sql, parameters)
        show(cursor.fetchall())
        cursor.close()
        elapsed = (time.perf_counter() - began) * 1000
        connection.rollback()
    finally:
        connection.close()
    return elapsed


_SHOWN = ("speaker", "text", "kind", "said_when", "said_where", "topic")
"""The columns the statements tab shows, by their place in a row of the first screen's query."""


class _BareModel(QAbstractTableModel):
    """Rows as the driver gives them, their text only: the least a table model can be."""

    def __init__(self) -> None:
        super().__init__()
        keys = [column.key for column in STATEMENT_ROW_COLUMNS]
        self.places = [keys.index(key) for key in _SHOWN]
        self.rows: Sequence[Any] = []

    def show(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.places)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return str(self.rows[index.row()][self.places[index.column()]])


class _BareTable:
    """A second floor for a search: the raw query's rows shown in a bare QTableView of the
    statements table's size, columns and row height, Qt's own delegate painting them."""

    def __init__(self, like: QTableView) -> None:
        self.model = _BareModel()
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.resize(like.size())
        self.view.setWordWrap(True)
        self.view.verticalHeader().setVisible(False)
        rows = self.view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(like.verticalHeader().defaultSectionSize())
        for number in range(len(_SHOWN)):
            self.view.setColumnWidth(number, like.columnWidth(number))
        self.view.show()

    def first_screen_ms(self, database: Database, term: str) -> float:
        """From sending the query to its rows painted in the bare table. The table is painted
        on its own, the event loop left alone: running it here would run the window's timers
        too (the count of the last search would start and then compete with the next)."""
        self.model.show([])
        self.view.viewport().repaint()

        def show(rows: Sequence[Any]) -> None:
            self.model.show(rows)
            self.view.viewport().repaint()

        return _raw_first_screen_ms(database, term, show)

    def close(self) -> None:
        self.view.close()


class _Painted(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.at = 0.0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.at:
            self.at = time.perf_counter()
        return False


def _tab_switch_ms(app: QApplication, window: MainWindow, tab: Any) -> float:
    """From switching to the statements tab to its rows painted, the sheet already open."""
    window.tabs.setCurrentIndex(0)
    app.processEvents()
    painted = _Painted()
    tab.view.viewport().installEventFilter(painted)
    began = time.perf_counter()
    window.tabs.setCurrentWidget(tab)
    wait(app, lambda: painted.at > 0)
    tab.view.viewport().removeEventFilter(painted)
    return (painted.at - began) * 1000


if __name__ == "__main__":
    main()
