"""The table and article pages of the window's tabs: made with the window, filled with each
sheet shown.

The statements page holds every row for sheets of ordinary size and pages a very large sheet
from the database; switching sheets swaps one kind for the other.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QTabWidget, QWidget

from db.rows import SheetContent, StatementRow
from db.store.session import Database
from viewer.models.columns import ATTENDEE_COLUMNS, MEMBER_COLUMNS, STATEMENT_COLUMNS
from viewer.tabs.article_view import ArticleView
from viewer.tabs.lazy_table import LazyTableTab, StatementSource
from viewer.tabs.table_tab import FactTableTab, TableTab

STATEMENTS_PAGE = 3
"""Tab position of the statements: the overview is 0, then members, attendees, statements and
the article."""


class SheetPages(QObject):
    """Adds the pages after the overview to ``tabs``, fills them and searches them."""

    selection_changed = Signal(object, object)
    """A table tab and the fact id of its current row (or None)."""
    show_in_article_requested = Signal()
    copy_requested = Signal()
    review_requested = Signal(object)
    counts_changed = Signal()
    failed = Signal(object)
    """A paged table's query failed in the background; carries the error."""

    def __init__(self, tabs: QTabWidget, parent_widget: QWidget, *, large_table_rows: int) -> None:
        super().__init__(parent_widget)
        self.tabs = tabs
        self.parent_widget = parent_widget
        self.large_table_rows = large_table_rows
        self._query = ""
        self.members = TableTab("membersView", "members", MEMBER_COLUMNS, parent_widget)
        self.attendees = TableTab("attendeesView", "attendees", ATTENDEE_COLUMNS, parent_widget)
        self.statements: FactTableTab[StatementRow] = self._held_statements_tab()
        self.article = ArticleView(parent_widget)
        for page in (*self.tables, self.article):
            tabs.addTab(page, "")
        for tab in self.tables:
            self._connect(tab)

    @property
    def tables(self) -> tuple[FactTableTab[Any], ...]:
        return (self.members, self.attendees, self.statements)

    def _held_statements_tab(self) -> TableTab[StatementRow]:
        return TableTab(
            "statementsView",
            "statements",
            STATEMENT_COLUMNS,
            self.parent_widget,
            search_text=lambda row: row.search_text,
        )

    # -- showing a sheet ----------------------------------------------------------------------

    def show(self, database: Database, content: SheetContent) -> None:
        count = content.detail.statement_count
        if count > self.large_table_rows:
            source = StatementSource(database, content.detail.identity, count)
            lazy = LazyTableTab("statementsView", "statements", STATEMENT_COLUMNS, source)
            lazy.model.counted.connect(self.counts_changed)
            lazy.model.first_page_shown.connect(self.counts_changed)
            lazy.model.failed.connect(self.failed)
            self._replace_statements(lazy)
        elif not isinstance(self.statements, TableTab):
            self._replace_statements(self._held_statements_tab())
        self.members.set_rows(content.members)
        self.attendees.set_rows(content.attendees)
        if isinstance(self.statements, TableTab):
            self.statements.set_rows(content.statements)
        has_drafts = bool(content.detail.draft_fact_ids)
        for tab in self.tables:
            tab.set_drafts_shown(has_drafts)
        self.article.set_article(content.detail.source.text)
        self.apply_search(self._query)

    def _replace_statements(self, tab: FactTableTab[StatementRow]) -> None:
        """Put ``tab`` in the statements' place, keeping the tab on show.

        Signals wait meanwhile: taking out the page on show would otherwise announce a
        change of tab that never happened."""
        old = self.statements
        current = self.tabs.currentIndex()
        self.tabs.blockSignals(True)
        self.tabs.removeTab(STATEMENTS_PAGE)
        self.tabs.insertTab(STATEMENTS_PAGE, tab, "")
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(False)
        old.shutdown()
        old.deleteLater()
        self.statements = tab
        self._connect(tab)

    def _connect(self, tab: FactTableTab[Any]) -> None:
        tab.selected_fact_changed.connect(partial(self.selection_changed.emit, tab))
        tab.show_in_article_requested.connect(self.show_in_article_requested)
        tab.copy_requested.connect(self.copy_requested)
        tab.review_requested.connect(self.review_requested)

    # -- search and counts --------------------------------------------------------------------

    def apply_search(self, query: str) -> None:
        self._query = query
        # The largest table first: a paged one starts its query in the background at once.
        for tab in reversed(self.tables):
            tab.set_query(query)
        self.counts_changed.emit()

    def count_texts(self) -> list[str]:
        return [tab.count_text() for tab in self.tables]

    def current_table(self) -> FactTableTab[Any] | None:
        """The table tab on show, if a table is on show."""
        widget = self.tabs.currentWidget()
        return next((tab for tab in self.tables if tab is widget), None)

    def shutdown(self) -> None:
        self.statements.shutdown()
