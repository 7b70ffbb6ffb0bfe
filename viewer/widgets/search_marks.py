"""Where a search matches in a text view (the article, the overview): every place marked, and a
current one that Find next / Find previous (F3, Shift+F3) step through.

Matching is the tables' matching: case and accents ignored, each word searched for on its own.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

from PySide6.QtGui import QColor, QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

from db.factfile.folding import fold

TextView = QPlainTextEdit | QTextEdit
SEARCH_TINT_ALPHA = 80
"""Every match is tinted with the theme's selection colour at this opacity (of 255), the
current match in the full colour, so both read in light and dark themes."""


@lru_cache(maxsize=8)
def folded_with_origins(text: str) -> tuple[str, list[int]]:
    """``text`` folded as a search folds it, and for each folded character the offset of the
    character of ``text`` it came from (folding may drop an accent or turn ß into ss).

    Kept for the texts last searched: an article is folded once, not again at every search
    (a long one takes tens of milliseconds). Callers must not change the lists."""
    pieces: list[str] = []
    origins: list[int] = []
    for offset, char in enumerate(text):
        folded = fold(char)
        pieces.append(folded)
        origins.extend([offset] * len(folded))
    return "".join(pieces), origins


def match_spans(text: str, terms: Sequence[str]) -> list[tuple[int, int]]:
    """(start, end) offsets in ``text`` of every place any of the folded ``terms`` occurs."""
    if not terms:
        return []
    folded, origins = folded_with_origins(text)
    spans = set()
    for term in terms:
        position = folded.find(term)
        while term and position != -1:
            last = position + len(term) - 1
            spans.add((origins[position], origins[last] + 1))
            position = folded.find(term, position + 1)
    return sorted(spans)


def utf16_position(text: str, offset: int) -> int:
    """A Python character offset as a Qt text position, which counts UTF-16 units."""
    prefix = text[:offset]
    return offset if prefix.isascii() else len(prefix.encode("utf-16-le")) // 2


class SearchMarks:
    """The matches of the current search in one text view."""

    def __init__(self, view: TextView, text: Callable[[], str]) -> None:
        """``text`` gives the view's characters, one per Qt position (as ``toRawText``)."""
        self.view = view
        self._text = text
        self.spans: list[tuple[int, int]] = []
        self.current = -1
        self.terms: tuple[str, ...] = ()

    def search(self, terms: Sequence[str]) -> None:
        self.terms = tuple(terms)
        self.spans = match_spans(self._text(), terms)
        self.current = -1

    def step(self, *, backwards: bool = False) -> bool:
        """Make the next (or previous) match current, wrapping around; False if there is none."""
        if not self.spans:
            return False
        if self.current == -1:
            self.current = len(self.spans) - 1 if backwards else 0
        else:
            self.current = (self.current + (-1 if backwards else 1)) % len(self.spans)
        start, end = self.spans[self.current]
        text = self._text()
        cursor = QTextCursor(self.view.document())
        cursor.setPosition(utf16_position(text, end))
        cursor.setPosition(utf16_position(text, start), QTextCursor.MoveMode.KeepAnchor)
        self.view.setTextCursor(cursor)
        self.view.ensureCursorVisible()
        return True

    def selections(self) -> list[QTextEdit.ExtraSelection]:
        """The marks to lay over the text: every match, the current one stronger."""
        palette = self.view.palette()
        tint = QColor(palette.color(QPalette.ColorRole.Highlight))
        tint.setAlpha(SEARCH_TINT_ALPHA)
        every = QTextCharFormat()
        every.setBackground(tint)
        current = QTextCharFormat()
        current.setBackground(palette.color(QPalette.ColorRole.Highlight))
        current.setForeground(palette.color(QPalette.ColorRole.HighlightedText))
        text = self._text()
        marks = []
        for number, (start, end) in enumerate(self.spans):
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.view.document())
            cursor.setPosition(utf16_position(text, start))
            cursor.setPosition(utf16_position(text, end), QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selection.format = current if number == self.current else every
            marks.append(selection)
        return marks
