"""Read the running window as a screen reader does, through AT-SPI, and print what it finds
as JSON.

Run with the system's Python, which has pyatspi (Debian's python3-pyatspi), while the window
runs on the same X display and session bus; tests/viewer/window/test_screen_reader.py starts both. It walks
the accessible tree (names, roles, descriptions, links, images, table headers), then presses
keys as a person would (Tab from each table, F10, Ctrl+Tab) and records where the focus goes.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from typing import Any

import pyatspi
from gi.repository import GLib

APPLICATION = "Factsheet"
IDENTIFIER = re.compile(r"^[a-z]+(?:[A-Z][a-z0-9]*)+$|_")
"""A programmer's name (``membersView``, ``search_field``), which a listener cannot use."""
CONTENT_ROLES = {"table cell", "list item", "page tab", "menu item", "column header"}
"""Parts of a control, named by their text; the controls around them are what is checked."""
TAB, SHIFT, CONTROL, F10, ESCAPE, END = 23, 50, 37, 76, 9, 115
"""X key codes (Xvfb's keyboard): with key symbols, AT-SPI would drop the modifiers held."""


def wait_for_window(seconds: float = 30.0) -> Any:
    """The window's frame, once its tabs have been built."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        for application in pyatspi.Registry.getDesktop(0):
            if application is not None and application.name == APPLICATION:
                for frame in application:
                    if frame is not None and find(frame, lambda a: a.getRoleName() == "table"):
                        give_keyboard_to(frame.name)
                        return frame
        time.sleep(0.3)
    raise SystemExit(f"no {APPLICATION} window appeared on the accessibility bus")


def give_keyboard_to(title: str) -> None:
    """Give the window the X keyboard focus, as a window manager would when it opens (the
    virtual screen has none); the keys pressed later go to it."""
    found = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--name", re.escape(title)],
        capture_output=True,
        text=True,
        check=False,
    )
    for window in found.stdout.split():
        subprocess.run(["xdotool", "windowfocus", "--sync", window], check=False)
    time.sleep(0.5)


def current_tab(frame: Any) -> str:
    tab_list = find(frame, lambda a: a.getRoleName() == "page tab list" and showing(a))
    if tab_list is None:
        return ""
    selection = tab_list.querySelection()
    chosen = selection.getSelectedChild(0) if selection.nSelectedChildren else None
    return str(chosen.name) if chosen is not None else ""


def descendants(accessible: Any, depth: int = 0) -> Iterator[Any]:
    yield accessible
    if depth > 30:
        return
    # A table's cells are many and alike; its first rows tell what the others are.
    count = accessible.childCount
    if accessible.getRoleName() == "table":
        count = min(count, 40)
    for number in range(count):
        child = accessible.getChildAtIndex(number)
        if child is not None:
            yield from descendants(child, depth + 1)


def find(root: Any, wanted: Any) -> Any | None:
    return next((a for a in descendants(root) if wanted(a)), None)


def showing(accessible: Any) -> bool:
    states = accessible.getState()
    return states.contains(pyatspi.STATE_SHOWING) and states.contains(pyatspi.STATE_VISIBLE)


def describe(accessible: Any) -> dict[str, str]:
    return {
        "role": accessible.getRoleName(),
        "name": accessible.name or "",
        "description": accessible.description or "",
    }


def in_words(name: str) -> bool:
    return bool(name.strip()) and not IDENTIFIER.search(name)


def controls(frame: Any) -> list[dict[str, str]]:
    """Every control a person can reach: focusable and on screen, or a button of any kind."""
    found = []
    for accessible in descendants(frame):
        role = accessible.getRoleName()
        # A clear button shows only while its field has text; it is checked all the same.
        if role in CONTENT_ROLES or not (showing(accessible) or role == "push button"):
            continue
        focusable = accessible.getState().contains(pyatspi.STATE_FOCUSABLE)
        if focusable or role == "push button":
            found.append(describe(accessible))
    return found


def text_of(accessible: Any) -> str:
    try:
        text = accessible.queryText()
    except NotImplementedError:
        return ""
    return str(text.getText(0, -1))


def links_of(accessible: Any) -> list[str]:
    try:
        hypertext = accessible.queryHypertext()
    except NotImplementedError:
        return []
    text = accessible.queryText()
    links = []
    for number in range(hypertext.getNLinks()):
        link = hypertext.getLink(number)
        links.append(str(text.getText(link.startIndex, link.endIndex)))
    return links


def table_report(table: Any) -> dict[str, Any]:
    interface = table.queryTable()
    headers = [interface.getColumnDescription(column) or "" for column in range(interface.nColumns)]
    row_headers = [
        child
        for child in (table.getChildAtIndex(n) for n in range(min(table.childCount, 200)))
        if child is not None and child.getRoleName() == "row header"
    ]
    return {
        "name": table.name,
        "columns": headers,
        "empty_row_headers": sum(1 for header in row_headers if not header.name),
    }


class FocusWatch:
    """Where the focus is, as a screen reader learns it: from the focus events the window
    sends (the states read back from the tree may lag behind)."""

    def __init__(self) -> None:
        self.source: Any = None
        pyatspi.Registry.registerEventListener(self._on_event, "object:state-changed:focused")

    def _on_event(self, event: Any) -> None:
        if event.detail1:
            self.source = event.source

    def settle(self, seconds: float = 0.5) -> None:
        """Let the events of the last key arrive."""
        context = GLib.MainContext.default()
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            while context.iteration(False):
                pass
            time.sleep(0.02)

    def focused(self) -> dict[str, str]:
        self.settle()
        where = self.source
        if where is None:
            return {"role": "", "name": "", "description": "", "item": ""}
        item = where.name or ""
        # A focused cell speaks for its table: what matters is which control holds focus.
        while where.getRoleName() in CONTENT_ROLES and where.parent is not None:
            where = where.parent
        return {**describe(where), "item": item}


WATCH: FocusWatch | None = None


def focused(_frame: Any) -> dict[str, str]:
    assert WATCH is not None
    return WATCH.focused()


def press(*keys: int) -> None:
    """Press the keys together, as a chord, and let the window answer."""
    for key in keys:
        pyatspi.Registry.generateKeyboardEvent(key, None, pyatspi.KEY_PRESS)
    for key in reversed(keys):
        pyatspi.Registry.generateKeyboardEvent(key, None, pyatspi.KEY_RELEASE)
    time.sleep(0.1)


def tab_walk(frame: Any, start: Any, presses: int, *keys: int) -> list[dict[str, str]]:
    """Where the focus goes, press after press, starting in ``start``."""
    start.queryComponent().grabFocus()
    time.sleep(0.4)
    chain = [focused(frame)]
    for _press in range(presses):
        press(*keys)
        chain.append(focused(frame))
    return chain


def show_tab(frame: Any, index: int) -> None:
    """Choose a page of the window's tabs, as a screen reader's user does from its tab list."""
    tab_list = find(frame, lambda a: a.getRoleName() == "page tab list" and showing(a))
    if tab_list is None:
        raise SystemExit("the window has no tab list")
    tab_list.querySelection().selectChild(index)
    time.sleep(0.6)


def shown_page(frame: Any) -> Any | None:
    """The readable page on show: the largest text on screen."""
    texts = [
        (len(text_of(a)), a)
        for a in descendants(frame)
        if showing(a) and a.getRoleName() in ("text", "label", "document frame", "paragraph")
    ]
    return max(texts, key=lambda pair: pair[0])[1] if texts else None


def main() -> None:
    global WATCH
    WATCH = FocusWatch()
    frame = wait_for_window()
    show_tab(frame, 0)
    overview = shown_page(frame)
    overview_text = text_of(overview) if overview is not None else ""
    report: dict[str, Any] = {
        "controls": controls(frame),
        "images": [
            describe(a) for a in descendants(frame) if a.getRoleName() in ("image", "picture")
        ],
        "overview": {
            "name": overview.name if overview is not None else "",
            "links": links_of(overview) if overview is not None else [],
            "markers": sum(overview_text.count(mark) for mark in "\ufdd0\ufdd1\ufffc"),
            "text": overview_text[:3000],
        },
        "tables": [],
        "tab_from_tables": {},
    }
    for index in (1, 2, 3):
        show_tab(frame, index)
        table = find(frame, lambda a: a.getRoleName() == "table" and showing(a))
        if table is None:
            continue
        report["controls"].extend(c for c in controls(frame) if c not in report["controls"])
        report["tables"].append(table_report(table))
        report["tab_from_tables"][table.name] = tab_walk(frame, table, 7, TAB)
        if index == 1:
            report["shift_tab"] = tab_walk(frame, table, 2, SHIFT, TAB)
            table.queryComponent().grabFocus()
            time.sleep(0.3)
            before = current_tab(frame)
            press(CONTROL, TAB)
            report["ctrl_tab"] = [before, current_tab(frame)]
            table.queryComponent().grabFocus()
            time.sleep(0.3)
            press(F10)
            report["f10"] = focused(frame)
            press(ESCAPE)
            press(ESCAPE)
    dock_entry = find(
        frame, lambda a: a.getRoleName() == "menu item" and "People and countries" in a.name
    )
    if dock_entry is not None:
        dock_entry.queryAction().doAction(0)
        time.sleep(1.5)
        report["controls"].extend(c for c in controls(frame) if c not in report["controls"])
    show_tab(frame, 0)
    report["links"] = [
        describe(a) for a in descendants(frame) if a.getRoleName() == "link" and showing(a)
    ]
    if overview is not None:
        report["tab_from_overview"] = tab_walk(frame, overview, 2, TAB)
    show_tab(frame, 4)
    article = shown_page(frame)
    if article is not None:
        article.queryComponent().grabFocus()
        press(CONTROL, END)
        report["article_at_end"] = describe(article)
    report["article_numbers"] = sorted(
        set(re.findall(r"¶ \d+", text_of(article) if article is not None else "")),
        key=lambda label: int(label[2:]),
    )
    report["article_name"] = article.name if article is not None else ""
    json.dump(report, sys.stdout, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
