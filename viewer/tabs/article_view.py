"""The article as plain text (never markup), with evidence spans highlighted on request."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QColor,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
)
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

from db.factfile.anchoring import paragraph_starts
from viewer.widgets.focus_marks import frame_on_focus
from viewer.widgets.search_marks import SearchMarks, utf16_position

# The classes that paint the margin and highlight spans are imported by the methods that use
# them: each Qt class makes its enum types when first used, and the window starts without them.


class _ParagraphMargin(QWidget):
    """The left margin that numbers paragraphs (¶ n), as the evidence pane refers to them."""

    def __init__(self, view: ArticleView) -> None:
        super().__init__(view)
        self.view = view

    def sizeHint(self) -> QSize:
        return QSize(self.view.margin_width(), 0)

    def paintEvent(self, event: QPaintEvent) -> None:
        self.view.paint_margin(self, event)


class ArticleView(QPlainTextEdit):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("articleView")
        self.setAccessibleName("Article")
        self.setReadOnly(True)
        # A caret the keys move, as a screen reader's user reads line by line.
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        frame_on_focus(self)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.document().setDocumentMargin(18)
        self._spans: tuple[tuple[int, int], ...] = ()
        self._evidence_marks: list[QTextEdit.ExtraSelection] = []
        self._text = ""
        self.search_marks = SearchMarks(self, lambda: self._text)
        self._paragraph_of_block: dict[int, int] = {}
        self.margin = _ParagraphMargin(self)
        self.updateRequest.connect(self._update_margin)
        self.setViewportMargins(self.margin_width(), 0, 0, 0)
        self.cursorPositionChanged.connect(self._describe_position)

    def margin_width(self) -> int:
        return self.fontMetrics().horizontalAdvance("¶ 000") + 8

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        contents = self.contentsRect()
        self.margin.setGeometry(
            QRect(contents.left(), contents.top(), self.margin_width(), contents.height())
        )

    def _update_margin(self, rect: QRect, dy: int) -> None:
        if dy:
            self.margin.scroll(0, dy)
        else:
            self.margin.update(0, rect.y(), self.margin.width(), rect.height())

    def paragraph_number_colour(self) -> QColor:
        """The palette's placeholder grey, which the window makes readable (viewer/widgets/contrast.py)."""
        return self.palette().color(QPalette.ColorRole.PlaceholderText)

    def paint_margin(self, margin: QWidget, event: QPaintEvent) -> None:
        painter = QPainter(margin)
        painter.setPen(self.paragraph_number_colour())
        block = self.firstVisibleBlock()
        offset = self.contentOffset()
        while block.isValid():
            top = self.blockBoundingGeometry(block).translated(offset).top()
            if top > event.rect().bottom():
                break
            paragraph = self._paragraph_of_block.get(block.blockNumber())
            if paragraph is not None and block.isVisible():
                painter.drawText(
                    QRect(0, int(top), margin.width() - 6, self.fontMetrics().height()),
                    Qt.AlignmentFlag.AlignRight,
                    f"¶ {paragraph}",
                )
            block = block.next()
        painter.end()

    def set_article(self, text: str) -> None:
        self._text = text
        self.setPlainText(text)
        self._spans = ()
        self._evidence_marks = []
        self.search_marks.search(())
        self.setExtraSelections([])
        document = self.document()
        self._paragraph_of_block = {
            document.findBlock(self._position(start)).blockNumber(): number
            for number, start in enumerate(paragraph_starts(text), start=1)
        }
        self.margin.update()
        self._describe_position()

    def paragraph_at_cursor(self) -> int | None:
        """The number (¶ n) of the paragraph the caret is in."""
        block = self.textCursor().block()
        while block.isValid():
            number = self._paragraph_of_block.get(block.blockNumber())
            if number is not None:
                return number
            block = block.previous()
        return None

    def _describe_position(self) -> None:
        """The paragraph numbers are painted in the margin, out of a screen reader's reach: the
        view's description says which paragraph the caret is in, as the evidence pane names
        it."""
        number = self.paragraph_at_cursor()
        total = len(self._paragraph_of_block)
        self.setAccessibleDescription(f"¶ {number} of {total}" if number is not None else "")

    def article_text(self) -> str:
        """The article as given; toPlainText() would turn its no-break spaces into spaces."""
        return self._text

    def displayed_text(self) -> str:
        """The characters on screen, block breaks as newlines."""
        return self.document().toRawText().replace("\u2029", "\n")

    def highlighted_text(self) -> list[str]:
        """The text under each highlight, read back from the document itself."""
        found = []
        for start, end in self._spans:
            cursor = QTextCursor(self.document())
            cursor.setPosition(self._position(start))
            cursor.setPosition(self._position(end), QTextCursor.MoveMode.KeepAnchor)
            found.append(cursor.selectedText().replace("\u2029", "\n"))
        return found

    def _position(self, offset: int) -> int:
        return utf16_position(self._text, offset)

    def selected_span(self) -> tuple[int, int] | None:
        """The selected words as offsets of the article's characters, or None."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        units = self._text.encode("utf-16-le")

        def offset(position: int) -> int:
            return len(units[: position * 2].decode("utf-16-le", errors="ignore"))

        return offset(cursor.selectionStart()), offset(cursor.selectionEnd())

    def set_search(self, terms: tuple[str, ...]) -> int:
        """Mark where the search's words occur; returns how many places."""
        self.search_marks.search(terms)
        self._show_marks()
        return len(self.search_marks.spans)

    def find_next(self, *, backwards: bool = False) -> bool:
        found = self.search_marks.step(backwards=backwards)
        self._show_marks()
        return found

    def _show_marks(self) -> None:
        self.setExtraSelections(self._evidence_marks + self.search_marks.selections())

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
            cursor.setPosition(self._position(start))
            cursor.setPosition(self._position(end), QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selection.format = highlight
            selections.append(selection)
        self._evidence_marks = selections
        self._show_marks()
        if self._spans:
            cursor = QTextCursor(self.document())
            cursor.setPosition(self._position(self._spans[0][1]))
            self.setTextCursor(cursor)
            cursor.setPosition(self._position(self._spans[0][0]))
            self.setTextCursor(cursor)
            self.centerCursor()
            QAccessible.updateAccessibility(
                QAccessibleAnnouncementEvent(self, f"Evidence in {self.accessibleDescription()}")
            )
