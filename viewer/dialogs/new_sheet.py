"""File ▸ New sheet from article…: draft a sheet from a person's own article and open it.

The article is read and its facts drafted on a worker thread (a draft of a long article takes
a moment), then added to the open database in one transaction. Every drafted fact is marked
as a draft until someone reviews it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

from db.store.session import Database
from db.store.sheets import add_sheet, sheet_slugs
from viewer.models.progress import Progress
from viewer.widgets import settings as stored
from viewer.widgets.background import BackgroundJob

ARTICLE_FILTER = "Articles (*.txt *.html *.htm);;All files (*)"


class NewSheetCommand(QObject):
    def __init__(
        self, parent: QWidget, settings: QSettings, opened: Callable[[str, int], None]
    ) -> None:
        """``opened`` is called on the UI thread with the new sheet's slug and its number of
        drafted facts, once the sheet is in the database."""
        super().__init__(parent)
        self.parent_widget = parent
        self.settings = settings
        self.opened = opened

    def choose_article(self, database: Database | None) -> BackgroundJob[Any] | None:
        if database is None:
            return None
        name, _filter = QFileDialog.getOpenFileName(
            self.parent_widget,
            "New sheet from article",
            str(stored.last_folder(self.settings)),
            ARTICLE_FILTER,
        )
        if not name:
            return None
        return self.add_from(Path(name), database)

    def add_from(self, article: Path, database: Database) -> BackgroundJob[Any]:
        def work(progress: Progress) -> tuple[str, int]:
            from db.draft.write import draft_in_memory  # not with the window: benchmarks/STARTUP.md

            progress.start(2)
            fact_file = draft_in_memory(article, taken_slugs=sheet_slugs(database))
            progress.advance(1)  # the last moment Cancel can stop it: the sheet is added next
            added = add_sheet(database, fact_file)
            drafted = sum(
                not record.reviewed for records in fact_file.records.values() for record in records
            )
            return added.slug, drafted

        def done(result: tuple[str, int]) -> None:
            stored.remember_folder(self.settings, article)
            self.opened(*result)

        return BackgroundJob(
            self.parent_widget,
            title="New sheet from article",
            label=f"Drafting the facts of {article.name}…",
            work=work,
            done=done,
        )
