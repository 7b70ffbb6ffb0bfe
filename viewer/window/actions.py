"""Menus built from a list of commands, each a QAction with its shortcut and status tip.

The window describes its menus as data (menu title → commands); this module turns them into
actions and keeps each by name, so tests and other parts can find and trigger one.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

Shortcut = QKeySequence | QKeySequence.StandardKey | str | None


@dataclass(frozen=True)
class Command:
    name: str
    text: str
    triggered: Callable[[], object]
    shortcut: Shortcut = None
    tip: str = ""


SEPARATOR = None
"""A line between groups of commands in a menu."""


def make_action(window: QMainWindow, command: Command) -> QAction:
    action = QAction(
        command.text,
        window,
        statusTip=command.tip,
        toolTip=command.tip or command.text.replace("&", ""),
    )
    shortcut = command.shortcut
    if isinstance(shortcut, QKeySequence.StandardKey):
        # Every binding the platform has, and Ctrl+Q where it has none for Quit.
        bindings = QKeySequence.keyBindings(shortcut)
        if not bindings and shortcut == QKeySequence.StandardKey.Quit:
            bindings = [QKeySequence("Ctrl+Q")]
        action.setShortcuts(bindings)
    elif shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    triggered = command.triggered
    action.triggered.connect(lambda _checked=False: triggered())
    window.addAction(action)
    return action


def build_menus(
    window: QMainWindow, menus: Mapping[str, Sequence[Command | None]]
) -> tuple[dict[str, QMenu], dict[str, QAction]]:
    """The menu bar's menus, by title, and every action, by its command's name."""
    built: dict[str, QMenu] = {}
    actions: dict[str, QAction] = {}
    for title, commands in menus.items():
        menu = window.menuBar().addMenu(title)
        for command in commands:
            if command is SEPARATOR:
                menu.addSeparator()
                continue
            actions[command.name] = action = make_action(window, command)
            menu.addAction(action)
        built[title] = menu
    return built, actions
