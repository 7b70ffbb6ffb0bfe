"""A one-line progress bar for long commands, drawn on stderr only when stderr is a terminal,
so a log or a pipe gets the command's lines and nothing else."""

from __future__ import annotations

import shutil
import sys
from typing import TextIO

BAR_WIDTH = 30


class TerminalProgress:
    def __init__(self, total: int, *, stream: TextIO | None = None) -> None:
        self.total = total
        self.done = 0
        self.stream = stream or sys.stderr
        self.shown = self.stream.isatty()

    def advance(self, label: str) -> None:
        """One more item done; ``label`` names the next (or the last) one."""
        self.done += 1
        self._draw(label)

    def say(self, line: str, stream: TextIO) -> None:
        """Print ``line`` to ``stream`` above the bar."""
        self._clear()
        print(line, file=stream, flush=True)

    def finish(self) -> None:
        self._clear()

    def _draw(self, label: str) -> None:
        if not self.shown:
            return
        filled = BAR_WIDTH * self.done // max(self.total, 1)
        bar = f"[{'#' * filled}{'.' * (BAR_WIDTH - filled)}] {self.done}/{self.total} {label}"
        columns = shutil.get_terminal_size().columns
        self.stream.write("\r\033[K" + bar[: columns - 1])
        self.stream.flush()

    def _clear(self) -> None:
        if self.shown:
            self.stream.write("\r\033[K")
            self.stream.flush()
