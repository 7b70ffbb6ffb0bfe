"""The main window: lays out the tabs, the search field, the evidence pane, the menus and the
status bar, and wires them to the parts that do the work.

The parts: SheetLoader (which database and sheet are open; opening, switching, marking facts
reviewed), SheetPages (the table and article pages), EvidenceLink (what the evidence pane
shows), TableCommands (copy, CSV), PdfActions (PDF, print), NewSheetCommand (a sheet from an
article), AcrossSheetsDock and SearchAllDialog (people and words across sheets), and
window_menus (the menus, as data).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QToolBar,
    QToolButton,
    QWidget,
)

from db.errors import FactsheetError
from db.factfile.folding import search_terms
from db.factfile.vocabulary import TABLE_NAMES
from db.rows import Appearance, AttendeeRow, MemberRow, SheetContent
from db.store import queries
from db.store.session import Database
from viewer.dialogs.about import show_about
from viewer.dialogs.new_sheet import NewSheetCommand
from viewer.dialogs.search_all import SearchAllDialog
from viewer.dialogs.sheet_chooser import SheetChooser
from viewer.panes.across_sheets_dock import AcrossSheetsDock
from viewer.panes.evidence_panel import EvidencePanel
from viewer.tabs.article_view import ArticleView
from viewer.tabs.overview import OverviewView
from viewer.tabs.sheet_pages import SheetPages
from viewer.tabs.table_tab import FactTableTab, TableTab
from viewer.text.html_text import text as escaped
from viewer.text.html_text import tooltip
from viewer.text.wording import counted
from viewer.widgets import settings as stored
from viewer.widgets.background import BackgroundJob
from viewer.widgets.contrast import readable_palette
from viewer.widgets.error_dialog import show_error
from viewer.widgets.search_field import SearchField
from viewer.window.actions import build_menus
from viewer.window.corrections import CorrectionCommands, select_fact_keys, selected_fact_keys
from viewer.window.evidence_link import EvidenceLink
from viewer.window.menus import window_menus
from viewer.window.pdf_actions import PdfActions
from viewer.window.sheet_loader import SheetLoader
from viewer.window.table_commands import TableCommands

APP_TITLE = "Factsheet"
TAB_TITLES = (
    "Overview",
    TABLE_NAMES["members"],
    TABLE_NAMES["attendees"],
    TABLE_NAMES["statements"],
    "Article",
)
LARGE_TABLE_ROWS = 5_000
"""Above this many statements the table is paged from the database instead of held whole."""
MESSAGE_MS = 6000


class MainWindow(QMainWindow):
    def __init__(
        self,
        database: Database | None,
        settings: QSettings,
        parent: QWidget | None = None,
        *,
        large_table_rows: int = LARGE_TABLE_ROWS,
    ) -> None:
        """Make the tabs, panes, menus and status bar, then show ``database`` if one is given."""
        super().__init__(parent)
        self.large_table_rows = large_table_rows
        self.settings = settings
        self._sheets_across: tuple[Database | None, list[tuple[str, str]]] = (None, [])
        self._search_terms: tuple[str, ...] = ()
        self.setWindowTitle(APP_TITLE)
        self.setObjectName("mainWindow")
        self._use_readable_colours()
        stored.restore_geometry(self, settings)

        self.overview = OverviewView(self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("tabs")
        self.tabs.setAccessibleName("Parts of the sheet")
        self.tabs.setAccessibleDescription(
            "Overview, the three tables and the article; Ctrl+Tab moves to the next"
        )
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.overview, "")
        self.pages = SheetPages(self.tabs, self, large_table_rows=large_table_rows)
        self.evidence = EvidencePanel(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(self.evidence)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

        self.search = SearchField(self)
        self._build_toolbar()
        self.rows_label = QLabel(self)
        self.database_label = QLabel(self)
        for label in (self.rows_label, self.database_label):
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addWidget(self.rows_label)
        self.statusBar().addPermanentWidget(self.database_label)

        self.loader = SheetLoader(self, self.settings, large_table_rows=large_table_rows)
        self.evidence_link = EvidenceLink(self.evidence, self.loader, self)
        self.table_commands = TableCommands(self, self.settings, self.statusBar())
        self.pdf_actions = PdfActions(self, self.settings, self.statusBar(), self.loader)
        self.new_sheet = NewSheetCommand(self, self.settings, self._on_sheet_added)
        # The lists across sheets and the search of all sheets are made when first asked for.
        self.across_sheets: AcrossSheetsDock | None = None
        self.search_all: SearchAllDialog | None = None
        menus, self.actions_by_name = build_menus(self, window_menus(self, TAB_TITLES))
        self.corrections = CorrectionCommands(self, self.settings, self)
        self.corrections.install(menus["&Edit"])
        self.corrections.attach()
        self.actions_by_name.update(self.corrections.actions)
        self.actions_by_name["people_and_countries"].setCheckable(True)
        self.sheet_button.setDefaultAction(self.actions_by_name["open_sheet"])
        QShortcut(QKeySequence(Qt.Key.Key_F10), self, self.open_menu_bar)

        self.loader.shown.connect(self._on_sheet_shown)
        self.loader.notice.connect(self._tell)
        self.search.query_changed.connect(self.apply_search)
        self.evidence.show_in_article_requested.connect(self.show_in_article)
        self.evidence.review_requested.connect(self.mark_reviewed)
        self.overview.fact_clicked.connect(self._show_fact_evidence)
        self.pages.selection_changed.connect(self._on_table_selection)
        self.pages.show_in_article_requested.connect(self.show_in_article)
        self.pages.copy_requested.connect(self.copy_rows)
        self.pages.review_requested.connect(self.mark_reviewed)
        self.pages.counts_changed.connect(self._refresh_counts)
        self.pages.failed.connect(self._show_error)

        self._read_settings()
        self.tabs.currentChanged.connect(self._on_tab_changed)
        if database is not None:
            self.loader.load_database(database)

    def _use_readable_colours(self) -> None:
        """The platform's palette with a selection and placeholder text that reach WCAG AA;
        the window's dialogs and docks take it too."""
        self.setPalette(readable_palette(self.palette()))
        self.setAttribute(Qt.WidgetAttribute.WA_WindowPropagation)

    def open_menu_bar(self) -> None:
        """F10, as on other desktops: open the first menu, from which the arrows go on."""
        menus = self.menuBar().actions()
        if menus:
            self.menuBar().setFocus()
            self.menuBar().setActiveAction(menus[0])

    def next_tab(self) -> None:
        self.tabs.setCurrentIndex((self.tabs.currentIndex() + 1) % self.tabs.count())

    def previous_tab(self) -> None:
        self.tabs.setCurrentIndex((self.tabs.currentIndex() - 1) % self.tabs.count())

    def _build_toolbar(self) -> None:
        toolbar = QToolBar("Search", self)
        toolbar.setObjectName("searchToolbar")
        toolbar.setMovable(False)
        # The sheet on show, by title; pressing it opens the chooser of every sheet.
        self.sheet_button = QToolButton(self)
        self.sheet_button.setObjectName("sheetButton")
        self.sheet_button.setAccessibleName("Fact sheet")
        self.sheet_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.sheet_button_action = toolbar.addWidget(self.sheet_button)
        spacer = QWidget(self)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        toolbar.addWidget(self.search)
        self.addToolBar(toolbar)

    # -- what the parts hold, by the names the rest of the program uses --------------------------

    @property
    def database(self) -> Database | None:
        return self.loader.database

    @property
    def content(self) -> SheetContent | None:
        return self.loader.content

    @property
    def members_tab(self) -> TableTab[MemberRow]:
        return self.pages.members

    @property
    def attendees_tab(self) -> TableTab[AttendeeRow]:
        return self.pages.attendees

    @property
    def statements_tab(self) -> FactTableTab[Any]:
        return self.pages.statements

    @property
    def article_view(self) -> ArticleView:
        return self.pages.article

    @property
    def table_tabs(self) -> tuple[FactTableTab[Any], ...]:
        return self.pages.tables

    # -- opening and switching -----------------------------------------------------------------

    def open_url(self, url: str, *, is_default: bool) -> bool:
        self.statusBar().showMessage("Opening the database…")
        try:
            return self.loader.open_url(url, is_default=is_default)
        finally:
            self.statusBar().clearMessage()

    def open_database_file(self, path: Path) -> bool:
        return self.loader.open_file(path)

    def load_database(self, database: Database) -> None:
        self.loader.load_database(database)

    def load_sheet(self, slug: str) -> bool:
        return self.loader.switch_to(slug)

    def choose_database(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            "Open database",
            str(stored.last_folder(self.settings)),
            "Factsheet databases (*.sqlite3 *.sqlite *.db);;All files (*)",
        )
        if name:
            self.open_database_file(Path(name))

    def _tell(self, text: str) -> None:
        # Escaped rich text, as every dialog's, so a file name with markup shows as typed.
        QMessageBox.information(self, "Factsheet", f"<p>{escaped(text)}</p>")

    def _on_sheet_shown(self) -> None:
        database, content = self.loader.database, self.loader.content
        if database is None or content is None:
            return
        self.setWindowTitle(f"{content.detail.title} — {APP_TITLE}")
        self.database_label.setText(f"Database: {database.location}")
        self.overview.set_content(content)
        self.evidence.clear()
        self.sheet_button.setText(f"{content.detail.title} ▾")
        self.sheet_button.setToolTip(
            tooltip(f"{content.detail.title}: choose another sheet (Ctrl+Shift+O)")
        )
        self.sheet_button_action.setVisible(len(self.loader.sheets) > 1)
        self.pages.show(database, content)
        self.corrections.sheet_shown()
        self._refresh_counts()
        self._mark_article()
        if (database, self.loader.sheets) != self._sheets_across:
            # Another database, or sheets added or removed: the lists across sheets are stale.
            self._sheets_across = (database, self.loader.sheets)
            if self.across_sheets is not None:
                self.across_sheets.show_database(database)
            if self.search_all is not None:
                self.search_all.close()
                self.search_all = None

    def open_sheet(self) -> None:
        """Choose a sheet of the open database by its title, organization, place or date."""
        if self.loader.database is None:
            return
        try:
            sheets = queries.list_sheets(self.loader.database)
        except FactsheetError as error:
            self._show_error(error)
            return
        chooser = SheetChooser(self, sheets, self.loader.slug)
        if chooser.exec() and (slug := chooser.chosen_slug()) and slug != self.loader.slug:
            self.loader.switch_to(slug)

    def toggle_across_sheets(self) -> None:
        """Show or hide the people and countries across sheets, making the dock the first time."""
        action = self.actions_by_name["people_and_countries"]
        if self.across_sheets is None:
            self.across_sheets = AcrossSheetsDock(self)
            self.across_sheets.hide()
            self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.across_sheets)
            self.across_sheets.open_requested.connect(self.open_fact)
            self.across_sheets.show_database(self.loader.database)
            # The dock's own close button unticks the menu's entry.
            self.across_sheets.visibilityChanged.connect(
                lambda _visible: (
                    action.setChecked(not self.across_sheets.isHidden())
                    if self.across_sheets
                    else None
                )
            )
        self.across_sheets.set_shown(action.isChecked())

    def show_search_all(self) -> None:
        if self.loader.database is None:
            return
        if self.search_all is None:
            self.search_all = SearchAllDialog(self, self.loader.database)
            self.search_all.open_requested.connect(self.open_fact)
        self.search_all.show()
        self.search_all.raise_()
        self.search_all.query.setFocus()

    def open_fact(self, fact: Appearance) -> None:
        """Show the sheet a fact belongs to, on the tab that lists it, with its row selected
        and its evidence in the pane (a fact of the overview: its evidence alone)."""
        if fact.slug != self.loader.slug and not self.loader.switch_to(fact.slug):
            return
        tables: dict[str, FactTableTab[Any]] = {
            "memberships": self.members_tab,
            "attendees": self.attendees_tab,
            "statements": self.statements_tab,
        }
        tab = tables.get(fact.kind)
        if tab is None:
            self.tabs.setCurrentWidget(self.overview)
            self._show_fact_evidence(fact.fact_id)
            return
        self.tabs.setCurrentWidget(tab)
        self.search.clear()
        self.apply_search("")
        tab.select_facts([fact.fact_id])
        if tab.current_fact_id() != fact.fact_id:
            # A paged table selects nothing it does not hold: the evidence still shows.
            self.evidence_link.show_facts(fact.text, (fact.fact_id,))

    def new_sheet_from_article(self) -> BackgroundJob[Any] | None:
        return self.new_sheet.choose_article(self.loader.database)

    def _on_sheet_added(self, slug: str, drafted: int) -> None:
        if not self.loader.reload(slug=slug):
            return
        self.statusBar().showMessage(
            f"Drafted {counted(drafted, 'fact')} from the article. Drafts are in italics until reviewed: "
            "check each against its evidence, then choose Mark as reviewed.",
            MESSAGE_MS * 3,
        )

    def mark_reviewed(self, fact_ids: list[int]) -> None:
        """Record that these drafted facts were checked, keeping the rows selected."""
        tab = self.pages.current_table()
        # By key: the facts are written anew, so their rows have other ids afterwards.
        selected = selected_fact_keys(tab) if tab is not None else []
        changed = self.loader.mark_reviewed(fact_ids)
        if changed is None:
            return
        current = self.pages.current_table()
        if current is not None:
            select_fact_keys(current, selected)
        self.statusBar().showMessage(f"Marked {counted(changed, 'fact')} as reviewed.", MESSAGE_MS)

    # -- search and selection ------------------------------------------------------------------

    def apply_search(self, query: str) -> None:
        self.pages.apply_search(query)
        self._search_terms = search_terms(query)
        self.overview.set_search(self._search_terms)
        self._mark_article()

    def _mark_article(self, *, even_hidden: bool = False) -> None:
        """Mark the search in the article once it is on show: in a long article a common word
        is thousands of marks, tens of milliseconds that a search of a table should not wait
        for."""
        article = self.article_view
        shown = self.tabs.currentWidget() is article
        if (shown or even_hidden) and article.search_marks.terms != self._search_terms:
            article.set_search(self._search_terms)

    def find_next(self) -> None:
        self._find(backwards=False)

    def find_previous(self) -> None:
        self._find(backwards=True)

    def _find(self, *, backwards: bool) -> None:
        """Step through the search's matches in the overview when it is on show, else in the
        article (which is brought into view)."""
        if not self.search.text().strip():
            self.focus_search()
            return
        view = self.overview if self.tabs.currentIndex() == 0 else self.article_view
        self.tabs.setCurrentWidget(view)
        self._mark_article()
        if not view.find_next(backwards=backwards):
            where = "overview" if view is self.overview else "article"
            self.statusBar().showMessage(f"The search does not occur in the {where}.", MESSAGE_MS)

    def _refresh_counts(self) -> None:
        counts = ["", *(f" ({count})" for count in self.pages.count_texts()), ""]
        for number, (title, count) in enumerate(zip(TAB_TITLES, counts, strict=True)):
            self.tabs.setTabText(number, f"{title}{count}")
        tab = self.pages.current_table()
        self.rows_label.setText(f"{tab.shown:,} of {counted(tab.total, 'row')}" if tab else "")

    def _on_tab_changed(self, index: int) -> None:
        self._refresh_counts()
        self._mark_article()
        tab = self.pages.current_table()
        if tab is not None:
            self.evidence_link.show_row(tab)

    def _on_table_selection(self, tab: FactTableTab[Any], _fact_id: int | None) -> None:
        """Only the tab on show speaks for the evidence pane."""
        if tab is self.pages.current_table():
            self.evidence_link.show_row(tab)

    def _show_fact_evidence(self, fact_id: int) -> None:
        self.evidence_link.show_facts("", (fact_id,))

    def show_in_article(self) -> None:
        spans = self.evidence.spans()
        if not spans:
            self.statusBar().showMessage("Select a row with evidence first.", 4000)
            return
        article = self.article_view
        self.tabs.setCurrentWidget(article)
        article.highlight(spans)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # -- commands --------------------------------------------------------------------------------

    def copy_rows(self) -> BackgroundJob[Any] | None:
        """Copy the selected rows of the table on show, or the selected text of the overview
        or the article."""
        tab = self.pages.current_table()
        if tab is not None:
            return self.table_commands.copy_rows(tab)
        copy = getattr(self.tabs.currentWidget(), "copy", None)
        if callable(copy):
            copy()
        return None

    def export_csv(self) -> BackgroundJob[Any] | None:
        tab = self.pages.current_table() or self.members_tab
        return self.table_commands.export_csv(tab, self.loader.slug or "factsheet")

    def show_about(self) -> None:
        show_about(self, self.loader.content)

    def _show_error(self, error: BaseException) -> None:
        show_error(parent=self, error=error)

    # -- settings --------------------------------------------------------------------------------

    def _read_settings(self) -> None:
        splitter = stored.read_bytes(self.settings, stored.SPLITTER)
        if splitter is None or not self.splitter.restoreState(splitter):
            self.splitter.setSizes([900, 340])
        tab = stored.read_int(self.settings, stored.TAB, 0)
        self.tabs.setCurrentIndex(tab if 0 <= tab < self.tabs.count() else 0)

    def write_settings(self) -> None:
        self.settings.setValue(stored.GEOMETRY, self.saveGeometry())
        self.settings.setValue(stored.SPLITTER, self.splitter.saveState())
        self.settings.setValue(stored.TAB, self.tabs.currentIndex())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.write_settings()
        self.pages.shutdown()
        self.loader.close()
        super().closeEvent(event)
