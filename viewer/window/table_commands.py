"""Edit ▸ Copy rows and File ▸ Export table as CSV: rows read and written on a worker thread.

A paged table's rows come from the database, possibly a hundred thousand of them, so reading
and formatting them never runs on the UI thread; the progress dialog can cancel it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QStatusBar, QWidget

from db.atomic_file import check_target
from db.errors import ExportError
from viewer.models.progress import Progress
from viewer.models.table_text import as_tab_separated, write_csv
from viewer.text.wording import counted
from viewer.widgets import settings as stored
from viewer.widgets.background import BackgroundJob
from viewer.widgets.error_dialog import show_error

if TYPE_CHECKING:
    from viewer.tabs.table_tab import FactTableTab

MESSAGE_MS = 8000


class TableCommands(QObject):
    def __init__(self, parent: QWidget, settings: QSettings, status_bar: QStatusBar) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.settings = settings
        self.status_bar = status_bar

    def copy_rows(self, tab: FactTableTab[Any]) -> BackgroundJob[Any] | None:
        """Copy the selected rows, with headers, as tab-separated text."""
        if not tab.selected_positions():
            self.status_bar.showMessage("Select rows to copy first.", 4000)
            return None
        read, columns = tab.selected_rows_reader(), tab.shown_columns()

        def work(progress: Progress) -> tuple[str, int]:
            rows = read(progress)
            return as_tab_separated(columns, rows), len(rows)

        def done(result: tuple[str, int]) -> None:
            text, count = result
            QGuiApplication.clipboard().setText(text)
            self.status_bar.showMessage(f"Copied {counted(count, 'row')}.", MESSAGE_MS)

        return BackgroundJob(
            self.parent_widget, title="Copy rows", label="Reading the rows…", work=work, done=done
        )

    def export_csv(self, tab: FactTableTab[Any], slug: str) -> BackgroundJob[Any] | None:
        """Save the rows the table shows (its search and sort) as a CSV file."""
        suggested = stored.last_folder(self.settings) / f"{slug}-{tab.noun}.csv"
        name, _filter = QFileDialog.getSaveFileName(
            self.parent_widget, "Export table as CSV", str(suggested), "CSV files (*.csv)"
        )
        if not name:
            return None
        path = Path(name)
        try:
            check_target(path)
        except ExportError as error:
            show_error(parent=self.parent_widget, error=error)
            return None
        read, columns, noun = tab.visible_rows_reader(), tab.shown_columns(), tab.noun

        def work(progress: Progress) -> int:
            rows = read(progress)
            write_csv(path, columns, rows)
            return len(rows)

        def done(count: int) -> None:
            stored.remember_folder(self.settings, path)
            self.status_bar.showMessage(
                f"Saved {counted(count, noun.removesuffix('s'))} to {path}", MESSAGE_MS
            )

        def cancelled() -> None:
            self.status_bar.showMessage("Export cancelled; nothing was written.", MESSAGE_MS)

        return BackgroundJob(
            self.parent_widget,
            title="Export table as CSV",
            label=f"Writing the {noun}…",
            work=work,
            done=done,
            cancelled=cancelled,
        )
