"""The article as plain text (never markup), with evidence spans highlighted on request."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtGui import QPalette, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit


class ArticleView(QPlainTextEdit):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("articleView")
        self.setAccessibleName("articleView")
        self.setReadOnly(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.document().setDocumentMargin(18)
        self._spans: tuple[tuple[int, int], ...] = ()

    @property
    def highlighted_spans(self) -> tuple[tuple[int, int], ...]:
        return self._spans

    def set_article(self, text: str) -> None:
        self.setPlainText(text)
        self._spans = ()
        self.setExtraSelections([])

    def highlighted_text(self) -> list[str]:
        text = self.toPlainText()
        return [text[start:end] for start, end in self._spans]

    def highlight(self, spans: Sequence[tuple[int, int]]) -> None:
        """Mark each (start, end) span of the article and scroll the first into view."""
        self._spans = tuple(sorted(spans))
        highlight = QTextCharFormat()
        palette = self.palette()
        highlight.setBackground(palette.color(QPalette.ColorRole.Highlight))
        highlight.setForeground(palette.color(QPalette.ColorRole.HighlightedText))
        highlight.setProperty(QTextFormat.Property.FullWidthSelection, False)
        selections = []
        for start, end in self._spans:
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selection.format = highlight
            selections.append(selection)
        self.setExtraSelections(selections)
        if self._spans:
            cursor = QTextCursor(self.document())
            cursor.setPosition(self._spans[0][1])
            self.setTextCursor(cursor)
            cursor.setPosition(self._spans[0][0])
            self.setTextCursor(cursor)
            self.centerCursor()
