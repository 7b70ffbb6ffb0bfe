"""How long work reports how far it has come and learns that it should stop.

Plain Python, so the PDF renderer and the data readers can report progress without knowing
whether a dialog, a command line or nothing at all is listening.
"""

from __future__ import annotations

import threading
from collections.abc import Callable


class Cancelled(Exception):
    """The person asked the work to stop; nothing it was making has been kept."""


class Progress:
    """Counts done out of a total; safe to use from a worker thread while another thread reads
    it or cancels it."""

    def __init__(self, on_change: Callable[[int, int], None] | None = None) -> None:
        self._on_change = on_change
        self._stop = threading.Event()
        self.total = 0
        self.done = 0

    def start(self, total: int) -> None:
        """A new stage of ``total`` steps (0 when the size is not known)."""
        self.total, self.done = total, 0
        self._report()

    def advance(self, done: int) -> None:
        """``done`` steps of the stage are finished; raises Cancelled if the work should stop."""
        self.done = done
        self._report()
        self.check()

    def check(self) -> None:
        if self._stop.is_set():
            raise Cancelled

    def cancel(self) -> None:
        self._stop.set()

    @property
    def cancelled(self) -> bool:
        return self._stop.is_set()

    def _report(self) -> None:
        if self._on_change is not None:
            self._on_change(self.done, self.total)
