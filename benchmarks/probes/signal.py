"""How a probe says it has reached its mark: one line on stdout, then it quits."""

from __future__ import annotations

import json
import resource
import sys
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer

MARK = "MARK"


def report(**figures: Any) -> None:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(MARK, json.dumps({"peak_mb": peak, **figures}), flush=True)


class FirstPaint(QObject):
    """Reports once a watched widget has painted and ``ready()`` holds, then quits the app."""

    def __init__(self, ready: Any = lambda: True) -> None:
        super().__init__()
        self.ready = ready
        self.done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.done and event.type() == QEvent.Type.Paint and self.ready():
            self.done = True
            QTimer.singleShot(0, self.finish)
        return False

    def finish(self) -> None:
        report()
        QCoreApplication.quit()


def fail(message: str) -> None:
    print(message, file=sys.stderr, flush=True)
    sys.exit(1)
