"""The table and article pages of the window's tabs, made the first time anything needs them.

At start-up the tabs hold empty placeholders while the overview is drawn; the first use of a
page (showing its tab, searching, copying, exporting) builds all of them and fills them with the
sheet on show. Callers never need to remember to build them first: every way in goes through
``built()``.

The statements page holds every row for sheets of ordinary size and pages a very large sheet
from the database; switching sheets swaps one kind for the other.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QTabWidget, QWidget

from db.rows import SheetContent, StatementRow
from viewer.models.columns import ATTENDEE_COLUMNS, MEMBER_COLUMNS, STATEMENT_COLUMNS

if TYPE_CHECKING:
    from db.store.session import Database
    from viewer.tabs.article_view import ArticleView
    from viewer.tabs.table_tab import FactTableTab, TableTab

# The pages' own modules (the tables, the paged table, the article view) are imported when the
# pages are first built, not with this module: the window imports this one before the sheet's
# first screen, which shows none of them.

LARGE_TABLE_ROWS = 5_000
"""Above this many statements the table is paged from the database instead of held whole."""
MEMBERS_PAGE, STATEMENTS_PAGE = 1, 3
"""Tab positions: the overview is 0, then members, attendees, statements and the article."""


class _Pages:
    """The built pages; exists only once they are made."""

    def __init__(self, owner: SheetPages) -> None:
        from viewer.tabs.article_view import ArticleView
        from viewer.tabs.table_tab import TableTab

        self.members = TableTab("membersView", "members", MEMBER_COLUMNS, owner.parent_widget)
        self.attendees = TableTab(
            "attendeesView", "attendees", ATTENDEE_COLUMNS, owner.parent_widget
        )
        self.statements: FactTableTab[StatementRow] = owner.held_statements_tab()
        self.article: ArticleView = ArticleView(owner.parent_widget)

    @property
    def tables(self) -> tuple[FactTableTab[Any], ...]:
        return (self.members, self.attendees, self.statements)


class SheetPages(QObject):
    """Builds, fills and searches the pages after the overview."""

    selection_changed = Signal(object, object)
    """A table tab and the fact id of its current row (or None)."""
    show_in_article_requested = Signal()
    copy_requested = Signal()
    review_requested = Signal(object)
    counts_changed = Signal()
    failed = Signal(object)
    """A paged table's query failed in the background; carries the error."""
    made = Signal()
    """The pages were made (at their first use)."""

    def __init__(self, tabs: QTabWidget, parent_widget: QWidget, *, large_table_rows: int) -> None:
        super().__init__(parent_widget)
        self.tabs = tabs
        self.parent_widget = parent_widget
        self.large_table_rows = large_table_rows
        self._pages: _Pages | None = None
        self._shown: tuple[Database, SheetContent] | None = None
        self._query = ""

    @property
    def is_built(self) -> bool:
        return self._pages is not None

    def built(self) -> _Pages:
        """The pages, made and filled with the sheet on show if this is their first use."""
        if self._pages is None:
            self._pages = _Pages(self)
            for number, page in enumerate(
                (*self._pages.tables, self._pages.article), start=MEMBERS_PAGE
            ):
                self._swap_page(number, page).deleteLater()
            for tab in self._pages.tables:
                self._connect(tab)
            if self._shown is not None:
                self._fill(*self._shown)
            self.made.emit()
        return self._pages

    def held_statements_tab(self) -> TableTab[StatementRow]:
        from viewer.tabs.table_tab import TableTab

        return TableTab(
            "statementsView",
            "statements",
            STATEMENT_COLUMNS,
            self.parent_widget,
            search_text=lambda row: row.search_text,
        )

    # -- showing a sheet ----------------------------------------------------------------------

    def show(self, database: Database, content: SheetContent) -> None:
        """Fill the pages with the sheet, now if they are built, else when they first are."""
        self._shown = (database, content)
        if self._pages is not None:
            self._fill(database, content)

    def _fill(self, database: Database, content: SheetContent) -> None:
        from viewer.tabs.table_tab import TableTab

        pages = self.built()
        count = content.detail.statement_count
        if count > self.large_table_rows:
            from viewer.tabs.lazy_table import LazyTableTab, StatementSource

            source = StatementSource(database, content.detail.identity, count)
            lazy = LazyTableTab("statementsView", "statements", STATEMENT_COLUMNS, source)
            lazy.model.counted.connect(self.counts_changed)
            lazy.model.first_page_shown.connect(self.counts_changed)
            lazy.model.failed.connect(self.failed)
            self._replace_statements(lazy)
        elif not isinstance(pages.statements, TableTab):
            self._replace_statements(self.held_statements_tab())
        pages.members.set_rows(content.members)
        pages.attendees.set_rows(content.attendees)
        if isinstance(pages.statements, TableTab):
            pages.statements.set_rows(content.statements)
        has_drafts = bool(content.detail.draft_fact_ids)
        for tab in pages.tables:
            tab.set_drafts_shown(has_drafts)
        pages.article.set_article(content.detail.source.text)
        self.apply_search(self._query)

    def _replace_statements(self, tab: FactTableTab[StatementRow]) -> None:
        pages = self.built()
        old = pages.statements
        self._swap_page(STATEMENTS_PAGE, tab)
        old.shutdown()
        old.deleteLater()
        pages.statements = tab
        self._connect(tab)

    def _swap_page(self, number: int, page: QWidget) -> QWidget:
        """Put ``page`` in tab ``number``, keeping the tab on show; returns the page it replaced.

        Signals wait meanwhile: taking out the page on show would otherwise announce a
        change of tab that never happened."""
        old = self.tabs.widget(number)
        if old is None:
            raise IndexError(f"there is no tab {number}")
        current = self.tabs.currentIndex()
        self.tabs.blockSignals(True)
        self.tabs.removeTab(number)
        self.tabs.insertTab(number, page, "")
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(False)
        return old

    def _connect(self, tab: FactTableTab[Any]) -> None:
        tab.selected_fact_changed.connect(partial(self.selection_changed.emit, tab))
        tab.show_in_article_requested.connect(self.show_in_article_requested)
        tab.copy_requested.connect(self.copy_requested)
        tab.review_requested.connect(self.review_requested)

    # -- search and counts --------------------------------------------------------------------

    def apply_search(self, query: str) -> None:
        self._query = query
        if query or self._pages is not None:
            # The largest table first: a paged one starts its query in the background at once.
            for tab in reversed(self.built().tables):
                tab.set_query(query)
        self.counts_changed.emit()

    def count_texts(self) -> list[str]:
        """Each table's count: from its tab, or while the pages wait, from the sheet itself."""
        if self._pages is not None:
            return [tab.count_text() for tab in self._pages.tables]
        if self._shown is None:
            return ["0", "0", "0"]
        content = self._shown[1]
        totals = (len(content.members), len(content.attendees), content.detail.statement_count)
        return [f"{total:,}" for total in totals]

    def current_table(self) -> FactTableTab[Any] | None:
        """The table tab on show, if a table is on show."""
        if self._pages is None:
            return None
        widget = self.tabs.currentWidget()
        return next((tab for tab in self._pages.tables if tab is widget), None)

    def shutdown(self) -> None:
        if self._pages is not None:
            self._pages.statements.shutdown()
