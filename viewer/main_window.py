"""The main window: tabs of facts, a search field, the evidence pane, menus and the status bar."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

import PySide6
from PySide6.QtCore import QSettings, qVersion
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QMainWindow,
    QSplitter,
    QTabWidget,
    QToolBar,
    QWidget,
)

from db.errors import FactsheetError
from viewer import settings as stored
from viewer.columns import ATTENDEE_COLUMNS, MEMBER_COLUMNS, STATEMENT_COLUMNS
from viewer.error_dialog import show_error

if TYPE_CHECKING:
    from db.rows import SheetContent
    from db.session import Database
    from viewer.article_view import ArticleView
    from viewer.evidence_panel import EvidencePanel
    from viewer.overview import OverviewView
    from viewer.pdf_actions import PdfActions
    from viewer.search_field import SearchField
    from viewer.table_tab import FactTableTab, TableTab

APP_TITLE = "Factsheet"
TAB_TITLES = ("Overview", "Members and partners", "Attendees", "Key statements", "Article")

# The data layer (db.queries, db.session), the widgets inside the window, Qt's `Qt` namespace
# (using it creates some 90 enum types, about 25 ms) and classes used only by menu commands
# (each Qt class makes its enum types when first used) are imported where they are first
# used, not here: the window frame can then be on screen before they are loaded.


LARGE_TABLE_ROWS = 5_000
"""Above this many statements the table is paged from the database instead of held whole."""


class MainWindow(QMainWindow):
    overview: OverviewView
    members_tab: TableTab[Any]
    attendees_tab: TableTab[Any]
    statements_tab: FactTableTab[Any]
    article_view: ArticleView
    evidence: EvidencePanel
    search: SearchField
    pdf_actions: PdfActions

    def __init__(
        self,
        database: Database | None,
        settings: QSettings,
        parent: QWidget | None = None,
        *,
        large_table_rows: int = LARGE_TABLE_ROWS,
        deferred: bool = False,
    ) -> None:
        """With ``deferred``, only the frame is made; ``build()`` adds the rest once it shows."""
        super().__init__(parent)
        self.large_table_rows = large_table_rows
        self.database = database
        self.settings = settings
        self.content: SheetContent | None = None
        self.built = False
        self.pages_built = False
        self.setWindowTitle(APP_TITLE)
        self.setObjectName("mainWindow")
        self._restore_geometry()
        if not deferred:
            self.build()

    def build(self, *, pages_later: bool = False) -> None:
        """Make the tabs, panes, menus and status bar, then show the database if one is open.

        With ``pages_later`` the table and article pages wait for ``build_pages()`` while the
        overview is on show, so a sheet's first screen is up sooner; they are needed at once
        when the window reopens on one of them.
        """
        from PySide6.QtCore import Qt

        from viewer.evidence_panel import EvidencePanel
        from viewer.overview import OverviewView
        from viewer.pdf_actions import PdfActions
        from viewer.search_field import SearchField

        self.overview = OverviewView(self)
        self.table_tabs: tuple[FactTableTab[Any], ...] = ()
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("tabs")
        self.tabs.setAccessibleName("tabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.overview, "")
        for _page in TAB_TITLES[1:]:
            self.tabs.addTab(QWidget(self.tabs), "")
        self.evidence = EvidencePanel(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(self.evidence)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

        self.search = SearchField(self)
        self.sheet_picker = QComboBox(self)
        self.sheet_picker.setObjectName("sheetPicker")
        self.sheet_picker.setAccessibleName("Fact sheet")
        self.sheet_picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._build_toolbar()
        self.rows_label = QLabel(self)
        self.database_label = QLabel(self)
        for label in (self.rows_label, self.database_label):
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addWidget(self.rows_label)
        self.statusBar().addPermanentWidget(self.database_label)
        self.actions_by_name: dict[str, QAction] = {}
        self._build_menus()
        self.pdf_actions = PdfActions(self)

        self.search.query_changed.connect(self.apply_search)
        self.evidence.show_in_article_requested.connect(self.show_in_article)
        self.overview.fact_clicked.connect(self._show_fact_evidence)
        self.sheet_picker.currentIndexChanged.connect(self._on_sheet_picked)

        self._read_settings()
        self.tabs.currentChanged.connect(self._on_tab_changed)
        if not pages_later or self.tabs.currentIndex() != 0:
            self.build_pages()
        self.built = True
        if self.database is not None:
            self.load_database(self.database)

    def build_pages(self) -> None:
        """Put the table and article pages in place of their placeholders, filled with the
        sheet on show, if any. Does nothing once they are built."""
        if self.pages_built:
            return
        from viewer.article_view import ArticleView
        from viewer.table_tab import TableTab

        self.members_tab = TableTab("membersView", "members", MEMBER_COLUMNS, self)
        self.attendees_tab = TableTab("attendeesView", "attendees", ATTENDEE_COLUMNS, self)
        self.statements_tab = self._small_statements_tab()
        self.article_view = ArticleView(self)
        self.table_tabs = (self.members_tab, self.attendees_tab, self.statements_tab)
        for number, page in enumerate((*self.table_tabs, self.article_view), start=1):
            self._swap_page(number, page).deleteLater()
        for tab in self.table_tabs:
            self._connect_tab(tab)
        self.pages_built = True
        if self.content is not None and self.database is not None:
            self._fill_pages(self.database, self.content)
        else:
            self._refresh_counts()

    # -- building ---------------------------------------------------------------------------

    def _build_toolbar(self) -> None:
        from PySide6.QtCore import Qt

        toolbar = QToolBar("Search", self)
        toolbar.setObjectName("searchToolbar")
        toolbar.setMovable(False)
        self.sheet_label = QLabel(" Sheet: ", self)
        self.sheet_label.setTextFormat(Qt.TextFormat.PlainText)
        self.sheet_label_action = toolbar.addWidget(self.sheet_label)
        self.sheet_picker_action = toolbar.addWidget(self.sheet_picker)
        spacer = QWidget(self)
        spacer.setSizePolicy(
            spacer.sizePolicy().horizontalPolicy().Expanding, spacer.sizePolicy().verticalPolicy()
        )
        toolbar.addWidget(spacer)
        toolbar.addWidget(self.search)
        self.addToolBar(toolbar)

    def make_action(
        self,
        name: str,
        text: str,
        triggered: Callable[[], object],
        *,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        tip: str = "",
    ) -> QAction:
        action = QAction(text, self, statusTip=tip, toolTip=tip or text.replace("&", ""))
        if isinstance(shortcut, QKeySequence.StandardKey):
            # Every binding the platform has, and Ctrl+Q where it has none for Quit.
            bindings = QKeySequence.keyBindings(shortcut)
            if not bindings and shortcut == QKeySequence.StandardKey.Quit:
                bindings = [QKeySequence("Ctrl+Q")]
            action.setShortcuts(bindings)
        elif shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: triggered())
        self.actions_by_name[name] = action
        self.addAction(action)
        return action

    def _build_menus(self) -> None:
        menu_bar = self.menuBar()
        file_menu = menu_bar.addMenu("&File")
        file_menu.addAction(
            self.make_action(
                "open",
                "&Open database…",
                self.choose_database,
                shortcut=QKeySequence.StandardKey.Open,
                tip="Open another Factsheet database",
            )
        )
        file_menu.addAction(
            self.make_action(
                "export_csv",
                "Export table as &CSV…",
                self.export_csv,
                shortcut="Ctrl+Shift+C",
                tip="Save the rows shown in the current table as a CSV file",
            )
        )
        self.file_menu = file_menu
        self.file_export_separator = file_menu.addSeparator()
        file_menu.addAction(
            self.make_action("quit", "&Quit", self.close, shortcut=QKeySequence.StandardKey.Quit)
        )
        edit_menu = menu_bar.addMenu("&Edit")
        edit_menu.addAction(
            self.make_action(
                "copy",
                "&Copy rows",
                self.copy_rows,
                shortcut=QKeySequence.StandardKey.Copy,
                tip="Copy the selected rows, with headers, as tab-separated text",
            )
        )
        edit_menu.addAction(
            self.make_action(
                "find", "&Find", self.focus_search, shortcut=QKeySequence.StandardKey.Find
            )
        )
        edit_menu.addAction(
            self.make_action(
                "show_in_article",
                "&Show in article",
                self.show_in_article,
                tip="Highlight the selected fact's evidence in the article",
            )
        )
        view_menu = menu_bar.addMenu("&View")
        for number in range(self.tabs.count()):
            view_menu.addAction(
                self.make_action(
                    f"tab_{number + 1}",
                    f"&{TAB_TITLES[number]}",
                    partial(self.tabs.setCurrentIndex, number),
                    shortcut=f"Ctrl+{number + 1}",
                )
            )
        self.view_menu = view_menu
        help_menu = menu_bar.addMenu("&Help")
        help_menu.addAction(self.make_action("about", "&About Factsheet", self.show_about))

    # -- loading ----------------------------------------------------------------------------

    def open_url(self, url: str, *, is_default: bool) -> bool:
        """Open the database at ``url`` (seeding the default one on first run) and show it."""
        from db.seed import open_or_seed

        self.statusBar().showMessage("Opening the database…")
        try:
            database = open_or_seed(url, is_default=is_default)
        except FactsheetError as error:
            show_error(parent=self, error=error)
            return False
        try:
            self.load_database(database)
        except FactsheetError as error:
            database.close()
            show_error(parent=self, error=error)
            return False
        finally:
            self.statusBar().clearMessage()
        return True

    def load_database(self, database: Database) -> None:
        """Show the sheets of ``database``; keep the one last shown if it is there.

        Everything is read before anything on screen changes, so a database that fails
        part-way leaves the window showing the previous one, still open."""
        from db import queries

        sheets = queries.sheet_titles(database)
        if not sheets:
            raise FactsheetError(f"{database.location}: holds no fact sheets; run `factsheet seed`")
        wanted = stored.read_text(self.settings, stored.SHEET)
        slugs = [slug for slug, _title in sheets]
        slug = wanted if wanted in slugs else slugs[0]
        content = self._read_sheet(database, slug)
        if self.database is not None and database is not self.database:
            self.database.close()
        self.database = database
        self.database_label.setText(f"Database: {database.location}")
        self.sheet_picker.blockSignals(True)
        self.sheet_picker.clear()
        for sheet_slug, title in sheets:
            self.sheet_picker.addItem(title, sheet_slug)
        self.sheet_picker.setCurrentIndex(slugs.index(slug))
        self.sheet_picker.blockSignals(False)
        several = len(sheets) > 1
        self.sheet_picker_action.setVisible(several)
        self.sheet_label_action.setVisible(several)
        self._show_sheet(database, slug, content)

    def _small_statements_tab(self) -> TableTab[Any]:
        from viewer.table_tab import TableTab

        return TableTab("statementsView", "statements", STATEMENT_COLUMNS, self)

    def _connect_tab(self, tab: FactTableTab[Any]) -> None:
        tab.selected_fact_changed.connect(partial(self._on_tab_selection, tab))
        tab.show_in_article_requested.connect(self.show_in_article)

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

    def _replace_statements_tab(self, tab: FactTableTab[Any]) -> None:
        old = self.statements_tab
        self._swap_page(self.tabs.indexOf(old), tab)
        old.shutdown()
        old.deleteLater()
        self.statements_tab = tab
        self.table_tabs = (self.members_tab, self.attendees_tab, tab)
        self._connect_tab(tab)

    def load_sheet(self, slug: str) -> None:
        if self.database is not None:
            self._show_sheet(self.database, slug, self._read_sheet(self.database, slug))

    def _read_sheet(self, database: Database, slug: str) -> SheetContent:
        from db import queries

        return queries.sheet_content(database, slug, statements_up_to=self.large_table_rows)

    def _show_sheet(self, database: Database, slug: str, content: SheetContent) -> None:
        self.content = content
        self.settings.setValue(stored.SHEET, slug)
        self.setWindowTitle(f"{content.detail.title} — {APP_TITLE}")
        self.overview.set_content(content)
        self.evidence.clear()
        if self.pages_built:
            self._fill_pages(database, content)
        else:
            self._refresh_counts()

    def _fill_pages(self, database: Database, content: SheetContent) -> None:
        count = content.detail.statement_count
        large = count > self.large_table_rows
        slug = content.detail.slug
        if large:
            from viewer.lazy_table import LazyTableTab, StatementSource

            source = StatementSource(database, slug, count)
            lazy = LazyTableTab("statementsView", "statements", STATEMENT_COLUMNS, source, self)
            lazy.model.counted.connect(self._refresh_counts)
            lazy.model.first_page_shown.connect(self._refresh_counts)
            lazy.model.failed.connect(lambda error: show_error(parent=self, error=error))
            self._replace_statements_tab(lazy)
        self.members_tab.set_rows(content.members)
        self.attendees_tab.set_rows(content.attendees)
        if not large:
            from viewer.table_tab import TableTab

            small = self.statements_tab
            if not isinstance(small, TableTab):
                small = self._small_statements_tab()
                self._replace_statements_tab(small)
            small.set_rows(content.statements)
        self.article_view.set_article(content.detail.source.text)
        self.apply_search(self.search.text())

    def _on_sheet_picked(self, _index: int) -> None:
        slug = self.sheet_picker.currentData()
        if not slug:
            return
        try:
            self.load_sheet(str(slug))
        except FactsheetError as error:
            show_error(parent=self, error=error)

    # -- search and selection ---------------------------------------------------------------

    def apply_search(self, query: str) -> None:
        if query:
            self.build_pages()
        # The largest table first: a paged one starts its query in the background at once.
        for tab in reversed(self.table_tabs):
            tab.set_query(query)
        self._refresh_counts()

    def _refresh_counts(self) -> None:
        counts = ["", *(f" ({count})" for count in self._count_texts()), ""]
        for number, (title, count) in enumerate(zip(TAB_TITLES, counts, strict=True)):
            self.tabs.setTabText(number, f"{title}{count}")
        tab = self.current_table_tab()
        self.rows_label.setText(f"{tab.shown:,} of {tab.total:,} rows" if tab else "")

    def _count_texts(self) -> list[str]:
        """Each table's count: from its tab, or while the pages wait, from the sheet itself."""
        if self.pages_built:
            return [tab.count_text() for tab in self.table_tabs]
        if self.content is None:
            return ["0", "0", "0"]
        content = self.content
        totals = (len(content.members), len(content.attendees), content.detail.statement_count)
        return [f"{total:,}" for total in totals]

    def full_content(self) -> SheetContent | None:
        """The sheet with every statement, as the PDF needs it, loading them if paged."""
        from db import queries

        if self.content is None or self.database is None or self.content.statements:
            return self.content
        if self.content.detail.statement_count == 0:
            return self.content
        return queries.sheet_content(self.database, self.content.detail.slug)

    def current_table_tab(self) -> FactTableTab[Any] | None:
        widget = self.tabs.currentWidget()
        return next((tab for tab in self.table_tabs if tab is widget), None)

    def _on_tab_changed(self, index: int) -> None:
        if index != 0:
            self.build_pages()
        self._refresh_counts()
        tab = self.current_table_tab()
        if tab is not None:
            self._on_fact_selected(tab.current_fact_id())

    def _on_tab_selection(self, tab: FactTableTab[Any], fact_id: int | None) -> None:
        """Only the tab on show speaks for the evidence pane."""
        if tab is self.current_table_tab():
            self._on_fact_selected(fact_id)

    def _on_fact_selected(self, fact_id: int | None) -> None:
        tab = self.current_table_tab()
        if fact_id is None or tab is None:
            self.evidence.clear()
            return
        self._show_evidence(tab.current_label(), tab.current_evidence_ids() or (fact_id,))

    def _show_fact_evidence(self, fact_id: int) -> None:
        self._show_evidence("", (fact_id,))

    def _show_evidence(self, label: str, fact_ids: tuple[int, ...]) -> None:
        from db import queries

        if self.content is None or self.database is None:
            return
        found = queries.evidence_for(self.database, fact_ids)
        quotes = {quote.start: quote for fact_id in fact_ids for quote in found.get(fact_id, [])}
        ordered = [quotes[start] for start in sorted(quotes)]
        self.evidence.show_quotes(label, ordered, self.content.detail.source.text)

    def show_in_article(self) -> None:
        self.build_pages()
        spans = self.evidence.spans()
        if not spans:
            self.statusBar().showMessage("Select a row with evidence first.", 4000)
            return
        self.tabs.setCurrentWidget(self.article_view)
        self.article_view.highlight(spans)

    def focus_search(self) -> None:
        from PySide6.QtCore import Qt

        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # -- commands ---------------------------------------------------------------------------

    def copy_rows(self) -> None:
        self.build_pages()
        tab = self.current_table_tab()
        if tab is None:
            widget = self.tabs.currentWidget()
            copy = getattr(widget, "copy", None)
            if callable(copy):
                copy()
            return
        rows = tab.selected_rows()
        if not rows:
            self.statusBar().showMessage("Select rows to copy first.", 4000)
            return
        from viewer.export.table_text import as_tab_separated

        QGuiApplication.clipboard().setText(as_tab_separated(tab.columns, rows))
        self.statusBar().showMessage(f"Copied {len(rows)} row{'s' * (len(rows) != 1)}.", 4000)

    def export_csv(self) -> None:
        self.build_pages()
        tab = self.current_table_tab() or self.members_tab
        slug = self.content.detail.slug if self.content else "factsheet"
        suggested = stored.last_folder(self.settings) / f"{slug}-{tab.noun}.csv"
        from PySide6.QtWidgets import QFileDialog

        name, _filter = QFileDialog.getSaveFileName(
            self, "Export table as CSV", str(suggested), "CSV files (*.csv)"
        )
        if not name:
            return
        from viewer.export.table_text import write_csv

        path = Path(name)
        rows = list(tab.visible_rows())
        try:
            write_csv(path, tab.columns, rows)
        except FactsheetError as error:
            show_error(parent=self, error=error)
            return
        stored.remember_folder(self.settings, path)
        self.statusBar().showMessage(f"Saved {len(rows)} {tab.noun} to {path}", 8000)

    def choose_database(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        name, _filter = QFileDialog.getOpenFileName(
            self,
            "Open database",
            str(stored.last_folder(self.settings)),
            "Factsheet databases (*.sqlite3 *.sqlite *.db);;All files (*)",
        )
        if name:
            self.open_database_file(Path(name))

    def open_database_file(self, path: Path) -> None:
        from db.session import open_database

        try:
            database = open_database(f"sqlite:///{path}")
        except FactsheetError as error:
            show_error(parent=self, error=error)
            return
        try:
            self.load_database(database)
        except FactsheetError as error:
            database.close()
            show_error(parent=self, error=error)
            return
        stored.remember_folder(self.settings, path)

    def show_about(self) -> None:
        from importlib.metadata import version

        from PySide6.QtWidgets import QMessageBox

        source = self.content.detail.source if self.content else None
        lines = [
            f"<h3>Factsheet {version('factsheet')}</h3>",
            "<p>A fact sheet of a news article, every fact traceable to its words.</p>",
            f"<p>Qt {qVersion()} · PySide6 {PySide6.__version__} · "
            f"SQLAlchemy {version('SQLAlchemy')}</p>",
        ]
        if source is not None:
            from viewer.html_text import text

            lines.append(
                f"<p>Source: {text(source.publisher)}, “{text(source.title)}” ({source.year})<br>"
                f"<small>{text(source.copyright)}</small></p>"
            )
        QMessageBox.about(self, "About Factsheet", "".join(lines))

    # -- settings ---------------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = stored.read_bytes(self.settings, stored.GEOMETRY)
        if geometry is None or not self.restoreGeometry(geometry):
            screen = QGuiApplication.primaryScreen().availableGeometry()
            self.resize(min(1280, screen.width() * 9 // 10), min(800, screen.height() * 9 // 10))

    def _read_settings(self) -> None:
        splitter = stored.read_bytes(self.settings, stored.SPLITTER)
        if splitter is None or not self.splitter.restoreState(splitter):
            self.splitter.setSizes([900, 340])
        tab = stored.read_int(self.settings, stored.TAB, 0)
        self.tabs.setCurrentIndex(tab if 0 <= tab < self.tabs.count() else 0)

    def write_settings(self) -> None:
        self.settings.setValue(stored.GEOMETRY, self.saveGeometry())
        if self.built:
            self.settings.setValue(stored.SPLITTER, self.splitter.saveState())
            self.settings.setValue(stored.TAB, self.tabs.currentIndex())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.write_settings()
        if self.pages_built:
            self.statements_tab.shutdown()
        if self.database is not None:
            self.database.close()
        super().closeEvent(event)


def window_icon() -> QIcon:
    from resources import resource_path

    return QIcon(str(resource_path("factsheet.svg")))
