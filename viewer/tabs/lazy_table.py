"""The statements table of a very large sheet: rows fetched as they come into view.

Searching and sorting happen in the database. The first screen is one LIMIT query; the ordered
ids of every matching row follow from a worker thread, and rows are then fetched by id in
chunks, a bounded number of which are kept. No query of more than a screen runs on the UI
thread, and memory stays flat whatever the table's size.
"""

from __future__ import annotations

from array import array
from collections import OrderedDict
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import wait as wait_for
from functools import partial
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

from db.errors import DatabaseError
from db.rows import SheetIdentity, StatementRow
from db.search import statement_pages
from db.store.session import Database
from viewer.models.columns import Column
from viewer.models.progress import Progress
from viewer.models.roles import (
    DISPLAY_ROLE,
    EVIDENCE_IDS_ROLE,
    FACT_ID_ROLE,
    FONT_ROLE,
    REVIEWED_ROLE,
    ROW_ROLE,
    TOOLTIP_ROLE,
)
from viewer.models.table_model import ColumnTableModel, draft_font, shown_text
from viewer.tabs.table_tab import FactTableTab, RowsReader

CHUNK_ROWS = 256
KEPT_CHUNKS = 64
"""At most this many chunks of rows are held (16,384 rows), the least recently used dropped."""
PLACEHOLDER = "…"
GONE = "(no longer in the database)"
"""Shown for a row deleted after its id was read (the sheet was re-seeded meanwhile)."""
COUNT_AFTER_MS = 30
FIRST_SCREEN_WAIT_S = 0.05
"""How long a new search or sort waits for a first screen asked of the worker before going on
without it: one that comes within this is shown at once, and the window is never held longer,
whatever the query."""
EXPORT_BATCH = 5_000

_Index = QModelIndex | QPersistentModelIndex
_ANSWERED = frozenset(
    {
        DISPLAY_ROLE,
        TOOLTIP_ROLE,
        FACT_ID_ROLE,
        EVIDENCE_IDS_ROLE,
        REVIEWED_ROLE,
        FONT_ROLE,
        ROW_ROLE,
    }
)
_Chunk = Sequence[StatementRow | None]
"""The rows of one chunk in order, None where a row's id no longer has a row."""


class StatementSource:
    """The database questions the lazy model asks, bound to one database and sheet."""

    def __init__(self, database: Database, sheet: SheetIdentity, total: int) -> None:
        self.database = database
        self.sheet = sheet
        self.slug = sheet.slug
        self.total = total

    def view(
        self, query: str, sort_key: str | None, descending: bool
    ) -> statement_pages.StatementView:
        return statement_pages.StatementView(self.slug, query, sort_key, descending)

    def first_page(self, view: statement_pages.StatementView) -> Sequence[StatementRow]:
        return statement_pages.first_page(self.database, view, CHUNK_ROWS)

    def first_page_is_quick(self, view: statement_pages.StatementView) -> bool:
        try:
            return statement_pages.is_read_off_an_index(self.database, view)
        except DatabaseError:
            return False  # asked of the worker, whose query then tells of the fault

    def ordered_ids(
        self, view: statement_pages.StatementView, superseded: Callable[[], bool]
    ) -> array[int]:
        return statement_pages.ordered_ids(self.database, view, superseded=superseded)

    def rows_in_order(self, ids: Sequence[int]) -> list[StatementRow | None]:
        return statement_pages.rows_in_order(self.database, ids)

    def exported_ids(self, view: statement_pages.StatementView, progress: Progress) -> array[int]:
        """The view's ids for a copy or an export: of the sheet on show, or SheetChangedError."""
        return statement_pages.ordered_ids(
            self.database, view, superseded=lambda: progress.cancelled, sheet=self.sheet
        )

    def exported_rows(self, ids: Sequence[int]) -> list[StatementRow]:
        """Rows for a copy or an export, all of the sheet on show (else SheetChangedError): a
        file is never written from a sheet removed or replaced meanwhile."""
        rows = statement_pages.rows_in_order(self.database, ids, sheet=self.sheet)
        return [row for row in rows if row is not None]


def _ran(job: Callable[[Any], Any], argument: Any) -> Future[Any]:
    """``job(argument)`` run here and now, its answer or its error held as a worker's is."""
    future: Future[Any] = Future()
    try:
        future.set_result(job(argument))
    except Exception as error:
        future.set_exception(error)
    return future


class _Results(QObject):
    """Carries a worker thread's answer to the UI thread."""

    arrived = Signal(object)


class LazyStatementModel(ColumnTableModel):
    counted = Signal()
    """Every matching row is known: the row count is exact."""
    first_page_shown = Signal()
    """The first screen of a new search or sort is in the model."""
    failed = Signal(object)
    """A query in the worker failed; carries the error."""

    def __init__(
        self, columns: Sequence[Column[StatementRow]], source: StatementSource, parent: Any = None
    ) -> None:
        super().__init__(columns, parent)
        self.source = source
        self.query = ""
        self.sort_key: str | None = None
        self.descending = False
        self._view = source.view("", None, False)
        self._generation = 0
        self._count = 0
        self.loading = False
        self._closed = False
        self._failed = False
        self._failed_chunks: set[int] = set()
        self._complete = False
        self._futures: list[Future[Any]] = []
        self._ids: array[int] | None = None
        self._chunks: OrderedDict[int, _Chunk] = OrderedDict()
        self._pending: set[int] = set()
        # One worker for counting and the later pages: they never compete with each other for
        # the interpreter, and a superseded count gives way within a batch. First screens have
        # a worker of their own, so a new search never waits for the last one's count (whose
        # first batch may take a server a while).
        self._workers = ThreadPoolExecutor(max_workers=1, thread_name_prefix="statements")
        self._first_pages = ThreadPoolExecutor(max_workers=1, thread_name_prefix="first-page")
        self._draft_font = draft_font()
        self._results = _Results(self)
        # Queued even when sent from this thread: a job done before its callback was attached
        # (the window's thread kept waiting) calls back at once, inside the call that asked;
        # its answer must still wait until that call has finished and been listened to.
        self._results.arrived.connect(self._on_result, Qt.ConnectionType.QueuedConnection)
        self.reset_view()

    @property
    def is_counted(self) -> bool:
        """Every matching row is known, so the row count is exact."""
        return not self.loading and (self._complete or self._ids is not None)

    def shutdown(self) -> None:
        """Stop for good: answers still on their way and pending timers are ignored."""
        self._closed = True
        self._generation += 1
        for workers in (self._first_pages, self._workers):
            workers.shutdown(wait=True, cancel_futures=True)

    # -- what to show -------------------------------------------------------------------------

    def set_query(self, query: str) -> None:
        if query.strip() != self.query or self._failed:
            self.query = query.strip()
            self.reset_view(at_once=True)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.columns[column].key if 0 <= column < len(self.columns) else None
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) != (self.sort_key, self.descending):
            self.sort_key, self.descending = key, descending
            self.reset_view(at_once=True)

    def reset_view(self, *, at_once: bool = False) -> None:
        """Ask for the first screen of the current search and sort; the rows shown stay until
        it arrives, so typing never flashes an empty table.

        ``at_once`` shows the first screen before this returns when it comes quickly: read
        here if it is read straight off an index (about a millisecond), else waited for up
        to FIRST_SCREEN_WAIT_S. Handing it to the worker and its answer back through the
        event loop took 5-11 ms, ten times the query. Counting and the later pages still go
        to the worker. (Not while the model is being made: nobody listens to it yet.)"""
        self._generation += 1
        for future in self._futures:
            future.cancel()
        self._futures.clear()
        self._failed = False
        self._failed_chunks.clear()
        self.loading = True
        self._view = self.source.view(self.query, self.sort_key, self.descending)
        first = {"kind": "first"}
        if at_once and not self._closed and self.source.first_page_is_quick(self._view):
            self._on_result(
                self._message(self._generation, first, _ran(self.source.first_page, self._view))
            )
            return
        asked = self._submit(self.source.first_page, self._view, on=self._first_pages, **first)
        if at_once and asked is not None:
            done, _waiting = wait_for([asked], timeout=FIRST_SCREEN_WAIT_S)
            if done and not asked.cancelled():
                self._on_result(self._message(self._generation, first, asked))

    def _on_first(self, rows: Sequence[StatementRow]) -> None:
        self.beginResetModel()
        self.loading = False
        self._chunks.clear()
        self._pending.clear()
        self._chunks[0] = rows
        self._ids = None
        self._complete = len(rows) < CHUNK_ROWS
        if self._complete:
            self._count = len(rows)
        else:
            self._count = self.source.total if not self.query else len(rows)
        self.endResetModel()
        self.first_page_shown.emit()
        if self._complete:
            self.counted.emit()
        else:
            # Counting waits a moment, so the first screen is painted before it competes.
            QTimer.singleShot(COUNT_AFTER_MS, partial(self._count_rows, self._generation))

    def _count_rows(self, generation: int) -> None:
        if generation != self._generation or self._closed:
            return

        def read_ids(view: statement_pages.StatementView) -> array[int]:
            return self.source.ordered_ids(view, lambda: generation != self._generation)

        self._submit(read_ids, self._view, kind="ids")

    # -- rows ---------------------------------------------------------------------------------

    def row_at(self, row: int) -> StatementRow | None:
        """The row if its chunk is held (asking for the chunk otherwise); None while it is
        being fetched, or if it has been deleted since."""
        chunk = self._chunks.get(row // CHUNK_ROWS)
        if chunk is None:
            self._request(row // CHUNK_ROWS)
            return None
        self._chunks.move_to_end(row // CHUNK_ROWS)
        offset = row % CHUNK_ROWS
        return chunk[offset] if offset < len(chunk) else None

    def _is_gone(self, row: int) -> bool:
        chunk = self._chunks.get(row // CHUNK_ROWS)
        return (
            chunk is not None and row % CHUNK_ROWS < len(chunk) and chunk[row % CHUNK_ROWS] is None
        )

    def rows_reader(self, positions: Sequence[int] | None = None) -> RowsReader:
        """Reads the rows at ``positions`` (every row when None) of the current search and
        sort, on a worker thread.

        The ids are taken now, on the UI thread; when they are not known yet (a new search is
        still loading) the worker reads them afresh."""
        view = self._view
        complete = self._complete and not self.loading
        held = [row for row in self._chunks.get(0, []) if row is not None] if complete else []
        ids = self._ids if not self.loading else None
        source = self.source

        def read(progress: Progress) -> list[Any]:
            if complete and positions is None:
                return held
            known = ids if ids is not None else source.exported_ids(view, progress)
            wanted = [known[position] for position in positions] if positions is not None else known
            rows: list[Any] = []
            progress.start(len(wanted))
            for start in range(0, len(wanted), EXPORT_BATCH):
                batch = wanted[start : start + EXPORT_BATCH]
                rows.extend(source.exported_rows(batch))
                progress.advance(start + len(batch))
            return rows

        return read

    def _request(self, chunk: int) -> None:
        # While a new search or sort loads, the ids held are the old order's: ask for nothing.
        if chunk in self._pending or chunk in self._failed_chunks:
            return
        if self._ids is None or self.loading or self._closed:
            return
        ids = self._ids[chunk * CHUNK_ROWS : (chunk + 1) * CHUNK_ROWS]
        if not ids:
            return
        self._pending.add(chunk)
        self._submit(self.source.rows_in_order, list(ids), kind="chunk", chunk=chunk)

    def _submit(
        self,
        job: Callable[[Any], Any],
        argument: Any,
        *,
        on: ThreadPoolExecutor | None = None,
        **tags: Any,
    ) -> Future[Any] | None:
        if self._closed:
            return None
        generation = self._generation
        future = (on or self._workers).submit(job, argument)
        self._futures = [pending for pending in self._futures if not pending.done()]
        self._futures.append(future)

        def deliver(done: Future[Any]) -> None:
            if done.cancelled() or generation != self._generation:
                return
            self._results.arrived.emit(self._message(generation, tags, done))

        future.add_done_callback(deliver)
        return future

    @staticmethod
    def _message(
        generation: int, tags: dict[str, Any], done: Future[Any]
    ) -> tuple[int, dict[str, Any], Any, bool]:
        error = done.exception()
        payload = error if error is not None else done.result()
        return generation, tags, payload, error is not None

    def _on_result(self, message: tuple[int, dict[str, Any], Any, bool]) -> None:
        generation, tags, payload, is_error = message
        if generation != self._generation:
            return
        if tags["kind"] == "first" and not self.loading:
            return  # shown already, by the search that waited for it
        if is_error:
            self._on_error(tags, payload)
            return
        if tags["kind"] == "first":
            self._on_first(payload)
        elif tags["kind"] == "ids":
            self._on_ids(payload)
        else:
            self._on_chunk(tags["chunk"], payload)

    def _on_error(self, tags: dict[str, Any], error: BaseException) -> None:
        """Tell of a failure once per search; a failed chunk is not asked for again until the
        next search, and a failed search shows no rows rather than the previous search's."""
        if tags["kind"] == "chunk":
            self._failed_chunks.add(tags["chunk"])
            self._pending.discard(tags["chunk"])
        else:
            self.beginResetModel()
            self._chunks.clear()
            self._ids, self._count, self._complete = None, 0, False
            self.loading = False
            self.endResetModel()
        if not self._failed:
            self._failed = True
            self.failed.emit(error)

    def _on_ids(self, ids: array[int]) -> None:
        self._ids = ids
        if len(ids) > self._count:
            self.beginInsertRows(QModelIndex(), self._count, len(ids) - 1)
            self._count = len(ids)
            self.endInsertRows()
        elif len(ids) < self._count:
            self.beginRemoveRows(QModelIndex(), len(ids), self._count - 1)
            self._count = len(ids)
            self.endRemoveRows()
        self.counted.emit()
        if self._count > CHUNK_ROWS:
            self.dataChanged.emit(
                self.index(CHUNK_ROWS, 0), self.index(self._count - 1, len(self.columns) - 1)
            )

    def _on_chunk(self, chunk: int, rows: _Chunk) -> None:
        self._pending.discard(chunk)
        self._chunks[chunk] = rows
        while len(self._chunks) > KEPT_CHUNKS:
            self._chunks.popitem(last=False)
        first = chunk * CHUNK_ROWS
        last = min(first + len(rows), self._count) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(self.columns) - 1))

    # -- the model ----------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def data(self, index: _Index, role: int = DISPLAY_ROLE) -> Any:
        if role not in _ANSWERED or not index.isValid() or not 0 <= index.row() < self._count:
            return None
        row = self.row_at(index.row())
        if row is None:
            if role != DISPLAY_ROLE:
                return None
            return GONE if self._is_gone(index.row()) else PLACEHOLDER
        if role in (DISPLAY_ROLE, TOOLTIP_ROLE):
            return shown_text(self.columns[index.column()], row, role)
        if role == FACT_ID_ROLE:
            return row.fact_id
        if role == REVIEWED_ROLE:
            return row.reviewed
        if role == FONT_ROLE:
            return None if row.reviewed else self._draft_font
        if role == ROW_ROLE:
            return row
        return (row.fact_id,)


class LazyTableTab(FactTableTab[StatementRow]):
    """The statements of a very large sheet, searched and sorted by the database."""

    def __init__(
        self,
        name: str,
        noun: str,
        columns: Sequence[Column[StatementRow]],
        source: StatementSource,
        parent: Any = None,
    ) -> None:
        self.model = LazyStatementModel(columns, source)
        super().__init__(name, noun, self.model, self.model, parent)
        self.fit_rows_to_text(False)
        self.model.setParent(self)
        self.model.counted.connect(self._refresh_empty_state)
        self.model.dataChanged.connect(self._on_rows_arrived)

    @property
    def query(self) -> str:
        return self.model.query

    @property
    def total(self) -> int:
        return self.model.source.total

    def _settled(self) -> bool:
        return not self.model.loading

    def _on_rows_arrived(self, first: QModelIndex, last: QModelIndex) -> None:
        """A row selected while it was still being fetched gets its evidence once it arrives.

        Only the current row is looked at: listing a large selection on every arrival would
        stall the window."""
        index = self.view.currentIndex()
        if (
            index.isValid()
            and first.row() <= index.row() <= last.row()
            and self.view.selectionModel().isRowSelected(index.row())
        ):
            self.selected_fact_changed.emit(self.current_fact_id())

    def count_text(self) -> str:
        if self.model.is_counted or not self.query:
            return super().count_text()
        return f"{self.shown:,}+ of {self.total:,}"

    def set_query(self, query: str) -> None:
        self.model.set_query(query)
        self._refresh_empty_state()

    def selected_rows_reader(self) -> RowsReader:
        return self.model.rows_reader(self.selected_positions())

    def visible_rows_reader(self) -> RowsReader:
        return self.model.rows_reader()

    def shutdown(self) -> None:
        self.model.shutdown()
