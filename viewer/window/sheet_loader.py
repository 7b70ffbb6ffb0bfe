"""Which database is open and which of its sheets is on show: opening, switching, reloading.

Everything is read before anything on screen changes, so a database or sheet that fails to
load leaves the window showing the previous one, still open; the error is told in one dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QWidget

from db.errors import FactsheetError
from db.rows import SheetContent
from db.store import queries
from db.store.corrections import mark_reviewed
from db.store.seed import open_or_seed
from db.store.session import Database
from viewer.models.progress import Progress
from viewer.widgets import settings as stored
from viewer.widgets.error_dialog import show_error


class SheetLoader(QObject):
    shown = Signal()
    """A sheet is on show: another sheet, another database, or the same one read again."""
    notice = Signal(str)
    """A line to tell the person about the database just opened: that it was upgraded."""

    def __init__(self, parent: QWidget, settings: QSettings, *, large_table_rows: int) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.settings = settings
        self.large_table_rows = large_table_rows
        self.database: Database | None = None
        self.content: SheetContent | None = None
        self.sheets: list[tuple[str, str]] = []
        """(slug, title) of every sheet of the open database."""

    @property
    def slug(self) -> str | None:
        return self.content.detail.slug if self.content else None

    def open_url(self, url: str, *, is_default: bool) -> bool:
        """Open the database at ``url`` (seeding the default one on first run) and show it."""
        return self._open(lambda: open_or_seed(url, is_default=is_default))

    def open_file(self, path: Path) -> bool:
        if not self._open(lambda: open_or_seed(f"sqlite:///{path}", is_default=False)):
            return False
        stored.remember_folder(self.settings, path)
        return True

    def _open(self, opener: Callable[[], Database]) -> bool:
        try:
            database = opener()
        except FactsheetError as error:
            show_error(parent=self.parent_widget, error=error)
            return False
        try:
            self.load_database(database)
        except FactsheetError as error:
            database.close()
            show_error(parent=self.parent_widget, error=error)
            return False
        if database.notice:
            self.notice.emit(database.notice)
        return True

    def load_database(self, database: Database, *, slug: str | None = None) -> None:
        """Show a sheet of ``database``: ``slug``, else the one last shown, else the first."""
        sheets = queries.sheet_titles(database)
        if not sheets:
            raise FactsheetError(f"{database.location}: holds no fact sheets; run `factsheet seed`")
        slugs = [found for found, _title in sheets]
        wanted = slug or stored.read_text(self.settings, stored.SHEET)
        chosen = wanted if wanted in slugs else slugs[0]
        content = self._read(database, chosen)
        if self.database is not None and database is not self.database:
            self.database.close()
        self.database, self.sheets = database, sheets
        self._show(content)

    def switch_to(self, slug: str) -> bool:
        """Show another sheet of the open database; False (and a dialog) if it cannot be read."""
        if self.database is None:
            return False
        try:
            content = self._read(self.database, slug)
        except FactsheetError as error:
            show_error(parent=self.parent_widget, error=error)
            return False
        self._show(content)
        return True

    def reload(self, *, slug: str | None = None) -> bool:
        """Read the database again (after a change to it), keeping or choosing the sheet."""
        if self.database is None:
            return False
        try:
            self.load_database(self.database, slug=slug or self.slug)
        except FactsheetError as error:
            show_error(parent=self.parent_widget, error=error)
            return False
        return True

    def mark_reviewed(self, fact_ids: list[int]) -> int | None:
        """Record in the database that these drafted facts were checked, and show the sheet
        again; how many changed, or None (after a dialog) if the database refused."""
        if self.database is None or self.content is None or not fact_ids:
            return None
        try:
            changed = mark_reviewed(
                self.database,
                sheet=self.content.detail.identity,
                fact_ids=fact_ids,
                user=stored.user_name(self.settings),
            )
        except FactsheetError as error:
            show_error(parent=self.parent_widget, error=error)
            return None
        return changed if self.reload() else None

    def _read(self, database: Database, slug: str) -> SheetContent:
        return queries.sheet_content(database, slug, statements_up_to=self.large_table_rows)

    def _show(self, content: SheetContent) -> None:
        self.content = content
        self.settings.setValue(stored.SHEET, content.detail.slug)
        self.shown.emit()

    def full_content_reader(self) -> Callable[[Progress], SheetContent]:
        """Reads the sheet on show with every statement (as the PDF needs it), on a worker;
        made now, on the UI thread, from the sheet on show."""
        content, database = self.content, self.database
        if content is None or database is None:
            raise FactsheetError("no fact sheet is open")
        if content.statements or not content.detail.statement_count:
            return lambda _progress: content
        slug = content.detail.slug
        return lambda _progress: queries.sheet_content(database, slug)

    def close(self) -> None:
        if self.database is not None:
            self.database.close()
