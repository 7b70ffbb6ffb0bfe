"""Correcting the sheet on show: edit a fact in its cell, remove one (Delete), add one from
words selected in the article, add evidence to one, merge two people, and undo or redo each.

Every correction is one call to db/store/corrections.py, then the sheet is read again with the
corrected row selected. A correction the database refuses (another person changed the fact
meanwhile, or the fact file's rules forbid it) is told in the one error dialog, and the sheet
is read again so the row shows what it reads now. Undo and redo put the fact file back as it
was before or after, through a QUndoStack that names each step in the Edit menu.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QItemSelectionModel, QObject, QPoint, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QAbstractItemView, QMenu, QWidget

from db.draft.selection_reading import SelectionReading, read_selection
from db.errors import FactsheetError
from db.factfile.vocabulary import StatementKind
from db.store import corrections
from viewer.models.columns import Column
from viewer.models.roles import ROW_ROLE
from viewer.tabs.fact_editor import FactEditDelegate, vocabulary
from viewer.widgets.error_dialog import show_error
from viewer.widgets.fact_form import Choice, FactForm, FormField
from viewer.widgets.settings import USER_NAME, user_name

if TYPE_CHECKING:
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QStatusBar

    from db.store.session import Database
    from viewer.tabs.article_view import ArticleView
    from viewer.tabs.sheet_pages import SheetPages
    from viewer.tabs.table_tab import FactTableTab
    from viewer.window.sheet_loader import SheetLoader

MESSAGE_MS = 6000
Operation = Callable[["Database", str, str], corrections.Corrected]
"""A correction of the database, given the sheet's slug and the user's name."""

ADDED_KINDS = {
    "member": "Add as mem&ber…",
    "attendee": "Add as a&ttendee…",
    "statement": "Add as statem&ent…",
    "absence": "A&dd as absence…",
}


class CorrectedWindow(Protocol):
    """What the corrections need of the main window: its sheet, pages and status bar."""

    @property
    def loader(self) -> SheetLoader: ...
    @property
    def pages(self) -> SheetPages: ...
    @property
    def article_view(self) -> ArticleView: ...

    def statusBar(self) -> QStatusBar: ...
    def frameGeometry(self) -> QRect: ...


class _Correction(QUndoCommand):
    """One correction made: undoing it puts the fact file back as it was, redoing it as the
    correction left it, each only while nobody else has changed the sheet since."""

    def __init__(self, commands: CorrectionCommands, corrected: corrections.Corrected) -> None:
        super().__init__(corrected.done)
        self.commands = commands
        self.corrected = corrected
        self.done = True

    def redo(self) -> None:
        if self.done:  # made already, before it was pushed
            return
        if not self.commands.restore(self.corrected.after, self.corrected.before, self.text()):
            self.setObsolete(True)
        self.done = True

    def undo(self) -> None:
        if not self.commands.restore(self.corrected.before, self.corrected.after, self.text()):
            self.setObsolete(True)
        self.done = False


class CorrectionCommands(QObject):
    def __init__(self, window: CorrectedWindow, settings: QSettings, parent: QWidget) -> None:
        """``parent`` is the window as a widget: it owns the actions and the forms."""
        super().__init__(parent)
        self.window = window
        self.parent_widget = parent
        self.settings = settings
        self.stack = QUndoStack(self)
        self.form: FactForm | None = None
        """The form on show, if any (adding a fact, merging people, the preferences)."""
        self._names: corrections.SheetNames | None = None
        self._fact_row: Any = None
        """The row last selected in a table: the fact that evidence is added to."""
        self.actions: dict[str, QAction] = {}

    # -- the menus -------------------------------------------------------------------------------

    def install(self, edit_menu: QMenu) -> None:
        """Undo and Redo at the top of the Edit menu, the corrections after its commands, each
        with a letter of its own (Alt+E, then the letter)."""
        undo = self.stack.createUndoAction(self.parent_widget, "&Undo")
        undo.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Undo))
        redo = self.stack.createRedoAction(self.parent_widget, "&Redo")
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        first = edit_menu.actions()[0] if edit_menu.actions() else None
        edit_menu.insertActions(first, [undo, redo])  # type: ignore[arg-type]
        edit_menu.insertSeparator(first)  # type: ignore[arg-type]
        self.actions.update(undo=undo, redo=redo)
        edit_menu.addSeparator()
        remove = self._action("remove_fact", "Re&move fact", self.remove_selected, "Del")
        remove.setStatusTip("Remove the selected fact from the sheet (Undo brings it back)")
        edit_menu.addAction(remove)
        for kind, text in ADDED_KINDS.items():
            action = self._action(f"add_{kind}", text, partial(self.add_from_selection, kind))
            action.setStatusTip(f"Add a {kind} from the words selected in the article")
            edit_menu.addAction(action)
        evidence = self._action("add_evidence", "Add se&lection as evidence", self.add_evidence)
        evidence.setStatusTip("Add the words selected in the article to the last selected fact")
        edit_menu.addAction(evidence)
        edit_menu.addAction(self._action("edit_person", "Ed&it person…", self.edit_person))
        edit_menu.addAction(self._action("merge_people", "Mer&ge people…", self.merge_people))
        edit_menu.addSeparator()
        preferences = self._action("preferences", "&Preferences…", self.show_preferences, "Ctrl+,")
        edit_menu.addAction(preferences)

    def _action(
        self, name: str, text: str, triggered: Callable[[], object], shortcut: str = ""
    ) -> QAction:
        action = QAction(text, self.parent_widget)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: triggered())
        self.parent_widget.addAction(action)
        self.actions[name] = action
        return action

    def attach(self) -> None:
        """Give each table its cell editor and the article its menu; again whenever a table is
        made anew (a sheet with many statements pages them in a table of its own)."""
        pages = self.window.pages
        for tab in pages.tables:
            if getattr(tab, "corrections_attached", False):
                continue
            tab.corrections_attached = True  # type: ignore[attr-defined]
            tab.view.setItemDelegate(
                FactEditDelegate(tab.shown_columns, self._sheet_choices, tab.view)
            )
            # F2 or a double-click edit, as in a spreadsheet; typing does not (it would start
            # an edit wherever the keyboard focus happens to be).
            tab.view.setEditTriggers(
                QAbstractItemView.EditTrigger.DoubleClicked
                | QAbstractItemView.EditTrigger.EditKeyPressed
            )
            model = getattr(tab, "model", None)
            edit_requested = getattr(model, "edit_requested", None)
            if edit_requested is not None:
                edit_requested.connect(self._on_edit_requested)
            tab.selected_fact_changed.connect(partial(self._remember_row, tab))
        article = pages.article
        if article.contextMenuPolicy() != Qt.ContextMenuPolicy.CustomContextMenu:
            article.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            article.customContextMenuRequested.connect(self._show_article_menu)

    def _show_article_menu(self, position: QPoint) -> None:
        article = self.window.article_view
        menu = article.createStandardContextMenu()
        menu.addSeparator()
        for kind in ADDED_KINDS:
            menu.addAction(self.actions[f"add_{kind}"])
        menu.addAction(self.actions["add_evidence"])
        menu.popup(article.viewport().mapToGlobal(position))

    # -- what is on show ---------------------------------------------------------------------------

    @property
    def user(self) -> str:
        return user_name(self.settings)

    def _names_of_sheet(self) -> corrections.SheetNames:
        database, slug = self.window.loader.database, self.window.loader.slug
        if self._names is None and database is not None and slug is not None:
            self._names = corrections.fact_names(database, slug=slug)
        return self._names or corrections.SheetNames([], [])

    def _sheet_choices(self, name: str) -> Sequence[Choice]:
        names = self._names_of_sheet()
        found = names.people if name == "person" else names.parties
        return [(entry.name, entry.key) for entry in found]

    def sheet_shown(self) -> None:
        """The sheet was read again: its people and parties may have changed."""
        self._names = None
        self.attach()

    def _remember_row(self, tab: FactTableTab[Any], _fact_id: int | None) -> None:
        row = self._current_row(tab)
        if row is not None:
            self._fact_row = row

    @staticmethod
    def _current_row(tab: FactTableTab[Any]) -> Any:
        index = tab.view.currentIndex()
        if not index.isValid() or not tab.view.selectionModel().isRowSelected(index.row()):
            rows = tab.view.selectionModel().selectedRows()
            index = rows[0] if rows else index
        row = index.data(ROW_ROLE) if index.isValid() else None
        return row if getattr(row, "fact_key", "") else None

    def _selection(self) -> tuple[int, int, str] | None:
        """The article's selected words with their offsets, or None (with a message)."""
        span = self.window.article_view.selected_span()
        if span is None:
            self.window.statusBar().showMessage(
                "Select words in the Article tab first.", MESSAGE_MS
            )
            return None
        start, end = span
        return start, end, self.window.article_view.article_text()[start:end]

    # -- making a correction -----------------------------------------------------------------------

    def run(self, operation: Operation) -> corrections.Corrected | None:
        """Make one correction, and read the sheet again with its fact selected."""
        database, slug = self.window.loader.database, self.window.loader.slug
        if database is None or slug is None:
            return None
        try:
            corrected = operation(database, slug, self.user)
        except FactsheetError as error:
            show_error(parent=self.parent_widget, error=error)
            self._reload("")
            return None
        self.stack.push(_Correction(self, corrected))
        self._reload(corrected.key)
        self.window.statusBar().showMessage(f"Done: {corrected.done}.", MESSAGE_MS)
        return corrected

    def restore(self, text: str, expected: str, done: str) -> bool:
        database, slug = self.window.loader.database, self.window.loader.slug
        if database is None or slug is None:
            return False
        try:
            corrections.restore_fact_file(
                database, slug=slug, text=text, expected=expected, done=done, user=self.user
            )
        except FactsheetError as error:
            show_error(parent=self.parent_widget, error=error)
            return False
        finally:
            self._reload("")
        return True

    def _reload(self, key: str) -> None:
        """Read the sheet again, keeping the tab, and select the fact ``key`` (or the row
        that was selected) in the table that lists it."""
        tab = self.window.pages.current_table()
        row = self._current_row(tab) if tab is not None else None
        wanted = key or (row.fact_key if row is not None else "")
        if not self.window.loader.reload():
            return
        if wanted:
            for table in self.window.pages.tables:
                select_fact_keys(table, [wanted])

    # -- the corrections ---------------------------------------------------------------------------

    def _on_edit_requested(self, row: Any, column: Column[Any], value: str) -> None:
        # After the editor has closed: the sheet is read again, which replaces the table's rows.
        QTimer.singleShot(0, partial(self.edit_cell, row, column, value))

    def edit_cell(self, row: Any, column: Column[Any], value: str) -> None:
        if column.choices in ("person", "party"):
            names = {key: name for name, key in self._sheet_choices(column.choices)}
            if names.get(value) == column.text(row):
                return
        if column.field.startswith("person."):
            field = column.field.removeprefix("person.")
            person = f"people:{row.fact_key.partition(':')[2]}"
            self._edit(person, None, {field: value}, shown={field: column.text(row)})
        else:
            self._edit(row.fact_key, row.stamp, {column.field: value})

    def _edit(
        self,
        key: str,
        stamp: str | None,
        changes: dict[str, Any],
        *,
        shown: dict[str, Any] | None = None,
    ) -> None:
        """Change fields of the fact ``key``, as shown with ``stamp`` (or the ``shown`` values
        of a fact the row only names, such as an attendee's person)."""
        self.run(
            lambda database, slug, user: corrections.edit_fact(
                database,
                slug=slug,
                key=key,
                stamp=stamp,
                shown=shown,
                changes=changes,
                user=user,
            )
        )

    def remove_selected(self) -> None:
        tab = self.window.pages.current_table()
        row = self._current_row(tab) if tab is not None else None
        if row is None:
            self.window.statusBar().showMessage("Select a fact in a table first.", MESSAGE_MS)
            return
        self.run(
            lambda database, slug, user: corrections.remove_fact(
                database, slug=slug, key=row.fact_key, stamp=row.stamp, user=user
            )
        )

    def add_evidence(self) -> None:
        row = self._fact_row
        selection = self._selection()
        if selection is None:
            return
        if row is None:
            self.window.statusBar().showMessage(
                "Select the fact in its table first, then the words in the article.", MESSAGE_MS
            )
            return
        start, end, _words = selection
        self.run(
            lambda database, slug, user: corrections.add_evidence(
                database,
                slug=slug,
                key=row.fact_key,
                stamp=row.stamp,
                start=start,
                end=end,
                user=user,
            )
        )

    def add_from_selection(self, kind: str) -> FactForm | None:
        """Open the form of a new ``kind`` of fact, filled from the selected words."""
        selection = self._selection()
        if selection is None:
            return None
        start, end, words = selection
        names = self._names_of_sheet()
        reading = read_selection(words, people=names.people, parties=names.parties)
        fields = self._fields_of(kind, reading, words)
        title = ADDED_KINDS[kind].replace("&", "").rstrip("…")
        intro = f"From the article: “{words if len(words) <= 200 else words[:199] + '…'}”"
        form = self._open_form(
            FactForm(self.parent_widget, title=title, intro=intro, fields=fields),
            partial(self._add, kind, start, end),
        )
        self._place_below_selection(form)
        return form

    def _place_below_selection(self, form: FactForm) -> None:
        """Keep the selected words in sight: the form opens just below them, in the window."""
        article = self.window.article_view
        below = article.viewport().mapToGlobal(article.cursorRect().bottomLeft())
        frame = self.window.frameGeometry()
        size = form.sizeHint()
        x = max(frame.left(), min(below.x(), frame.right() - size.width()))
        y = below.y() + article.fontMetrics().height()
        if y + size.height() > frame.bottom():
            y = max(frame.top(), below.y() - 2 * article.fontMetrics().height() - size.height())
        form.move(x, y)

    def _fields_of(self, kind: str, reading: SelectionReading, words: str) -> list[FormField]:
        people = list(self._sheet_choices("person"))
        parties = list(self._sheet_choices("party"))

        def vocab(name: str) -> Sequence[Choice]:
            return vocabulary(name, self._sheet_choices)

        person = FormField("person", "Person", reading.person, people)
        title = FormField("title", "Title", reading.title)
        represents = FormField("represents", "Represents", reading.party, parties)
        if kind == "member":
            return [
                FormField("member", "Member", reading.party, parties),
                FormField("status", "Status", "", vocab("status")),
            ]
        if kind == "attendee":
            return [person, title, represents, FormField("role", "Role", "", vocab("role"))]
        if kind == "absence":
            return [person, title, represents, FormField("sent", "Sent instead", "", people)]
        quote = StatementKind.QUOTE if reading.quote else StatementKind.PARAPHRASE
        return [
            FormField("speaker", "Speaker", reading.person, people),
            FormField("kind", "Kind", quote.value, vocab("kind"), open=False),
            FormField("text", "Words", reading.quote or words.strip()),
        ]

    def _add(self, kind: str, start: int, end: int, values: dict[str, str]) -> None:
        adders: dict[str, Callable[..., corrections.Corrected]] = {
            "member": corrections.add_member,
            "attendee": corrections.add_attendee,
            "statement": corrections.add_statement,
            "absence": corrections.add_absence,
        }
        self.run(
            lambda database, slug, user: adders[kind](
                database, slug=slug, start=start, end=end, user=user, **values
            )
        )

    def edit_person(self) -> FactForm | None:
        """The name and other spellings of the person of the selected attendee."""
        tab = self.window.pages.current_table()
        row = self._current_row(tab) if tab is not None else None
        section, _, person = (row.fact_key if row is not None else "").partition(":")
        if row is None or section not in ("attendees", "absences"):
            self.window.statusBar().showMessage("Select an attendee first.", MESSAGE_MS)
            return None
        spellings = "; ".join(getattr(row, "other_spellings", ()))
        fields = [
            FormField("name", "Name", row.name),
            FormField("variants", "Other spellings (separated by semicolons)", spellings),
        ]
        form = FactForm(
            self.parent_widget,
            title="Edit person",
            intro="How the sheet names this person, and how else the article spells the name.",
            fields=fields,
        )
        return self._open_form(form, partial(self._edit_person, f"people:{person}", row.name))

    def _edit_person(self, key: str, shown: str, values: dict[str, str]) -> None:
        variants = [part.strip() for part in values["variants"].split(";") if part.strip()]
        self._edit(key, None, {"name": values["name"], "variants": variants}, shown={"name": shown})

    def merge_people(self) -> FactForm | None:
        people = list(self._sheet_choices("person"))
        selected = self._fact_row
        absorbed = ""
        if selected is not None and selected.fact_key.startswith(("attendees:", "absences:")):
            absorbed = selected.fact_key.partition(":")[2]
        fields = [
            FormField("absorb", "Merge this person", absorbed, people, open=False),
            FormField("keep", "Into this person", "", people, open=False),
        ]
        form = FactForm(
            self.parent_widget,
            title="Merge people",
            intro="Make two people of the sheet one: the first one's facts and spellings "
            "become the second one's.",
            fields=fields,
        )
        return self._open_form(form, self._merge)

    def _merge(self, values: dict[str, str]) -> None:
        self.run(
            lambda database, slug, user: corrections.merge_people(
                database, slug=slug, keep=values["keep"], absorb=values["absorb"], user=user
            )
        )

    def show_preferences(self) -> FactForm:
        form = FactForm(
            self.parent_widget,
            title="Preferences",
            intro="Corrections and reviews are recorded under this name.",
            fields=[FormField("user_name", "Your name", self.user)],
        )
        return self._open_form(form, self._save_preferences)

    def _save_preferences(self, values: dict[str, str]) -> None:
        self.settings.setValue(USER_NAME, values["user_name"])
        self.settings.sync()

    def _open_form(self, form: FactForm, accepted: Callable[[dict[str, str]], None]) -> FactForm:
        """Show ``form`` (window-modal), and act on its values once it is accepted."""
        if self.form is not None:
            self.form.reject()
        self.form = form
        form.accepted.connect(lambda: accepted(form.values()))
        form.finished.connect(lambda _result: self._closed(form))
        form.open()
        return form

    def _closed(self, form: FactForm) -> None:
        if self.form is form:
            self.form = None
        form.deleteLater()


def selected_fact_keys(tab: FactTableTab[Any]) -> list[str]:
    """The keys of the facts of the selected rows, which outlive the rows themselves."""
    found = (index.data(ROW_ROLE) for index in tab.view.selectionModel().selectedRows())
    return [row.fact_key for row in found if getattr(row, "fact_key", "")]


def select_fact_keys(tab: FactTableTab[Any], keys: Sequence[str]) -> None:
    """Select the rows of the facts ``keys`` where the table shows them, the first current."""
    model = tab.view.model()
    wanted = set(keys)
    selection = tab.view.selectionModel()
    first = True
    for number in range(model.rowCount()):
        row = model.index(number, 0).data(ROW_ROLE)
        if getattr(row, "fact_key", None) not in wanted:
            continue
        flags = QItemSelectionModel.SelectionFlag.Rows | (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            if first
            else QItemSelectionModel.SelectionFlag.Select
        )
        if first:
            selection.setCurrentIndex(
                model.index(number, 0), QItemSelectionModel.SelectionFlag.NoUpdate
            )
        selection.select(model.index(number, 0), flags)
        first = False
