"""Run slow work (reading a large sheet, writing a PDF or CSV) on a worker thread, with a
progress dialog that can cancel it, while the window's event loop keeps turning.

The work receives a Progress to report to and to check; its result, or its error, comes back
to the UI thread through a Qt signal, so the callbacks may touch widgets.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from db.errors import FactsheetError
from viewer.models.progress import Cancelled, Progress
from viewer.widgets.error_dialog import show_error, show_unexpected

ResultT = TypeVar("ResultT")
SHOW_AFTER_MS = 300
"""Work that ends sooner than this never shows its dialog."""


class _Signals(QObject):
    progressed = Signal(int, int)
    finished = Signal(object, object)
    """The result and the error (one of them None), delivered on the UI thread."""


class BackgroundJob(QObject, Generic[ResultT]):
    """Starts ``work`` on its own worker thread; ``done`` gets its result on the UI thread.
    Expected errors are told in the one error dialog, and ``cancelled`` is called if the
    person cancels. ``ended`` is emitted once it is over, however it ended."""

    ended = Signal()

    def __init__(
        self,
        parent: QWidget,
        *,
        title: str,
        label: str,
        work: Callable[[Progress], ResultT],
        done: Callable[[ResultT], None],
        cancelled: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._done = done
        self._cancelled = cancelled
        self._signals = _Signals(self)
        self._signals.progressed.connect(self._show_progress)
        self._signals.finished.connect(self._finish)
        self.progress = Progress(self._signals.progressed.emit)
        self.dialog = QProgressDialog(label, "Cancel", 0, 0, parent)
        self.dialog.setWindowTitle(title)
        # Modal: the sheet must not change under the work while it reads or writes.
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(SHOW_AFTER_MS)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.progress.cancel)
        self.running = True
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="background")
        self._executor.submit(self._run, work)
        self._executor.shutdown(wait=False)

    def _run(self, work: Callable[[Progress], ResultT]) -> None:
        try:
            result = work(self.progress)
        except BaseException as error:  # noqa: BLE001 - every outcome goes back to the UI thread
            self._signals.finished.emit(None, error)
        else:
            self._signals.finished.emit(result, None)

    def _show_progress(self, done: int, total: int) -> None:
        if self.running:
            self.dialog.setMaximum(total)
            self.dialog.setValue(min(done, total) if total else 0)

    def _finish(self, result: Any, error: BaseException | None) -> None:
        self.running = False
        self.dialog.close()
        try:
            if isinstance(error, Cancelled):
                if self._cancelled is not None:
                    self._cancelled()
            elif isinstance(error, FactsheetError):
                show_error(parent=self._parent, error=error)
            elif error is not None:
                show_unexpected(parent=self._parent, error=error)
            else:
                self._done(result)
        finally:
            self.ended.emit()
            self.deleteLater()
