"""Work that can wait for a widget's next frame, so that it never delays that frame."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _FirstPaint(QObject):
    """Calls back once, after the watched widget's first paint (or a short wait, if it is not
    painted, say because it opened minimised)."""

    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self.widget = widget
        self.callback: Callable[[], None] | None = callback
        widget.installEventFilter(self)
        QTimer.singleShot(UNPAINTED_WAIT_MS, self.fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.callback is not None:
            QTimer.singleShot(0, self.fire)
        return False

    def fire(self) -> None:
        callback, self.callback = self.callback, None
        if callback is not None:
            self.widget.removeEventFilter(self)
            callback()


UNPAINTED_WAIT_MS = 300


def after_first_paint(widget: QWidget, callback: Callable[[], None]) -> None:
    """Run ``callback`` once ``widget`` has next been painted, so that work which can wait never
    delays the frame before it."""
    _FirstPaint(widget, callback)
