"""Starting the window as `factsheet` does: a frame first, then the window with the sheet in
the frame's place."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from db.store import queries
from db.store.session import open_database
from viewer.window.app import APP_NAME, run_window
from viewer.window.main_window import MainWindow


class _Painted(QObject):
    """Records, in order, each top-level window as it is first painted."""

    def __init__(self) -> None:
        super().__init__()
        self.windows: list[QWidget] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and watched.isWindow()
            and watched not in self.windows
        ):
            self.windows.append(watched)
        return False


def test_the_window_starts_as_an_empty_frame_then_shows_the_sheet_in_its_place(
    qtbot: QtBot, seeded_url: str
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    painted = _Painted()
    app.installEventFilter(painted)
    seen: dict[str, object] = {}

    def look_then_close() -> None:
        windows = [widget for widget in app.topLevelWidgets() if widget.isVisible()]
        shown = [widget for widget in windows if isinstance(widget, MainWindow)]
        if not shown or shown[0].content is None or shown[0] not in painted.windows:
            QTimer.singleShot(20, look_then_close)
            return
        window = shown[0]
        seen.update(
            visible=len(windows),
            title=window.windowTitle(),
            attendees=window.attendees_tab.total,
            slug=window.content.detail.slug if window.content else "",
        )
        window.close()

    QTimer.singleShot(0, look_then_close)
    try:
        status = run_window(seeded_url)
    finally:
        app.removeEventFilter(painted)

    assert status == 0
    frame, window = painted.windows[:2]
    assert not isinstance(frame, MainWindow)
    assert frame.windowTitle() == APP_NAME
    assert frame.isHidden()
    assert isinstance(window, MainWindow)
    assert seen["visible"] == 1
    database = open_database(seeded_url)
    try:
        (slug, title), *_others = queries.sheet_titles(database)
        assert seen["slug"] == slug
        assert seen["title"] == f"{title} — {APP_NAME}"
        assert seen["attendees"] == len(queries.attendees(database, slug))
    finally:
        database.close()
