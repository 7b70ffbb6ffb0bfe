"""The window's menus, described as data: each command with its name, words, shortcut and tip.

The window's own methods and parts carry out the commands; this module only says where each
stands and how it is reached from the keyboard, following each platform's standard keys.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import Protocol

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QTabWidget

from viewer.window.actions import SEPARATOR, Command


class PrintCommands(Protocol):
    def export_pdf(self) -> object: ...
    def print_preview(self) -> object: ...
    def print_sheet(self) -> object: ...


class WindowCommands(Protocol):
    """What the menus call: the main window's commands and parts."""

    @property
    def tabs(self) -> QTabWidget: ...
    @property
    def pdf_actions(self) -> PrintCommands: ...

    def new_sheet_from_article(self) -> object: ...
    def open_sheet(self) -> None: ...
    def choose_database(self) -> None: ...
    def export_csv(self) -> object: ...
    def close(self) -> bool: ...
    def copy_rows(self) -> object: ...
    def focus_search(self) -> None: ...
    def show_search_all(self) -> None: ...
    def find_next(self) -> None: ...
    def find_previous(self) -> None: ...
    def show_in_article(self) -> None: ...
    def show_about(self) -> None: ...
    def toggle_across_sheets(self) -> None: ...
    def next_tab(self) -> None: ...
    def previous_tab(self) -> None: ...


def window_menus(
    window: WindowCommands, tab_titles: Sequence[str]
) -> dict[str, list[Command | None]]:
    """Menu title → its commands, in order; None draws a line between groups."""
    pdf = window.pdf_actions
    switch_to: Callable[[int], None] = window.tabs.setCurrentIndex
    view: list[Command | None] = [
        Command(
            f"tab_{number + 1}",
            f"&{title}",
            partial(switch_to, number),
            f"Ctrl+{number + 1}",
        )
        for number, title in enumerate(tab_titles)
    ]
    return {
        "&File": [
            Command(
                "new_sheet",
                "&New sheet from article…",
                window.new_sheet_from_article,
                QKeySequence.StandardKey.New,
                "Draft a fact sheet from an article of your own (.txt or .html)",
            ),
            Command(
                "open_sheet",
                "Open &sheet…",
                window.open_sheet,
                "Ctrl+Shift+O",
                "Choose another sheet of this database",
            ),
            Command(
                "open",
                "&Open database…",
                window.choose_database,
                QKeySequence.StandardKey.Open,
                "Open another Factsheet database",
            ),
            Command(
                "export_csv",
                "Export table as &CSV…",
                window.export_csv,
                "Ctrl+Shift+C",
                "Save the rows shown in the current table as a CSV file",
            ),
            Command(
                "export_pdf",
                "&Export as PDF…",
                pdf.export_pdf,
                "Ctrl+E",
                "Save the whole fact sheet as a PDF",
            ),
            Command(
                "print_preview",
                "Print pre&view…",
                pdf.print_preview,
                tip="See the printed fact sheet page by page",
            ),
            Command(
                "print",
                "&Print…",
                pdf.print_sheet,
                QKeySequence.StandardKey.Print,
                "Print the fact sheet",
            ),
            SEPARATOR,
            Command("quit", "&Quit", window.close, QKeySequence.StandardKey.Quit),
        ],
        "&Edit": [
            Command(
                "copy",
                "&Copy rows",
                window.copy_rows,
                QKeySequence.StandardKey.Copy,
                "Copy the selected rows, with headers, as tab-separated text",
            ),
            Command("find", "&Find", window.focus_search, QKeySequence.StandardKey.Find),
            Command(
                "search_all",
                "Search &all sheets…",
                window.show_search_all,
                "Ctrl+Shift+F",
                "Find words in every sheet of the database",
            ),
            Command(
                "find_next",
                "Find &next",
                window.find_next,
                QKeySequence.StandardKey.FindNext,
                "Go to the next place the search matches in the article or the overview",
            ),
            Command(
                "find_previous",
                "Find pre&vious",
                window.find_previous,
                QKeySequence.StandardKey.FindPrevious,
                "Go to the previous place the search matches",
            ),
            Command(
                "show_in_article",
                "&Show in article",
                window.show_in_article,
                tip="Highlight the selected fact's evidence in the article",
            ),
        ],
        "&View": [
            *view,
            Command(
                "next_tab",
                "Ne&xt tab",
                window.next_tab,
                QKeySequence.StandardKey.NextChild,
                "Show the next tab, from wherever the keyboard is",
            ),
            Command(
                "previous_tab",
                "P&revious tab",
                window.previous_tab,
                QKeySequence.StandardKey.PreviousChild,
                "Show the previous tab",
            ),
            SEPARATOR,
            Command(
                "people_and_countries",
                "&People and countries across sheets",
                window.toggle_across_sheets,
                "Ctrl+Shift+P",
                "Everyone and every country of every sheet",
            ),
        ],
        "&Help": [Command("about", "&About Factsheet", window.show_about)],
    }
