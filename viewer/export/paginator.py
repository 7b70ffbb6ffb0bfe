"""Lay blocks out on pages and paint them: each block is its own small QTextDocument.

One document for a whole sheet lays out in time that grows faster than its length; small
documents placed by hand grow linearly, keep table rows whole and repeat table headers.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from PySide6.QtCore import QRectF, QSizeF
from PySide6.QtGui import QFont, QPagedPaintDevice, QPainter, QTextDocument

from viewer.export.sheet_blocks import Block
from viewer.export.template import Markup, PrintTemplate

FOOTER_GAP_POINTS = 6


class RenderCancelled(Exception):
    """The person stopped the export; nothing was written."""


@dataclass
class _Placed:
    """A document, or a horizontal slice of one too tall for a page, at ``top`` on its page."""

    document: QTextDocument
    top: float
    offset: float = 0.0
    height: float | None = None


@dataclass
class _Page:
    placed: list[_Placed] = field(default_factory=list)


class Paginator:
    def __init__(self, device: QPagedPaintDevice, template: PrintTemplate) -> None:
        self.device = device
        self.template = template
        # Ligature glyphs (ﬁ, ﬃ) would make "official" unsearchable in the PDF.
        self.font = QFont()
        self.font.setFeature(QFont.Tag("liga"), 0)
        self.width = float(device.width())
        self.footer_height = (
            self._document(template.fill("footer", left="Ag", right="Ag")).size().height()
        )
        points = device.logicalDpiY() / 72
        self.points = points
        self.body_height = float(device.height()) - self.footer_height - FOOTER_GAP_POINTS * points
        self._header_cache: dict[str, QTextDocument] = {}

    def _document(self, html: Markup) -> QTextDocument:
        document = QTextDocument()
        document.documentLayout().setPaintDevice(self.device)
        document.setDefaultStyleSheet(self.template.stylesheet)
        document.setDocumentMargin(0)
        document.setDefaultFont(self.font)
        document.setHtml(html)
        document.setTextWidth(self.width)
        return document

    def _header(self, html: Markup) -> QTextDocument:
        cached = self._header_cache.get(html)
        if cached is None:
            cached = self._header_cache[html] = self._document(html)
        return cached

    def paginate(
        self, blocks: Iterable[Block], progress: Callable[[int], bool] | None = None
    ) -> list[_Page]:
        """Place every block; ``progress`` gets the count so far and returns False to cancel."""
        pages = [_Page()]
        cursor = 0.0
        group: list[tuple[Block, QTextDocument]] = []
        for number, block in enumerate(blocks):
            if progress is not None and number % 200 == 0 and not progress(number):
                raise RenderCancelled
            group.append((block, self._document(block.html)))
            if block.keep_with_next:
                continue
            cursor = self._place(pages, cursor, group)
            group = []
        if group:
            self._place(pages, cursor, group)
        return pages

    def _place(
        self, pages: list[_Page], cursor: float, group: list[tuple[Block, QTextDocument]]
    ) -> float:
        """Place blocks that must stay together, starting a page when they do not fit."""
        first = group[0][0]
        gap = first.space_before * self.points if cursor > 0 else 0.0
        height = gap + sum(document.size().height() for _block, document in group)
        if cursor + height > self.body_height and cursor > 0:
            pages.append(_Page())
            cursor, gap = 0.0, 0.0
            if first.header is not None:
                header = self._header(first.header)
                pages[-1].placed.append(_Placed(header, cursor))
                cursor += header.size().height()
        cursor += gap
        for _block, document in group:
            height = document.size().height()
            if cursor + height > self.body_height:
                return self._place_in_slices(pages, cursor, document)
            pages[-1].placed.append(_Placed(document, cursor))
            cursor += height
        return cursor

    def _place_in_slices(self, pages: list[_Page], cursor: float, document: QTextDocument) -> float:
        """Spread a block taller than a page over pages, cutting only between lines of text."""
        cuts = _line_gaps(document)
        offset, total = 0.0, document.size().height()
        while total - offset > self.body_height - cursor:
            limit = offset + self.body_height - cursor
            cut = max((y for y in cuts if offset < y <= limit), default=limit)
            pages[-1].placed.append(_Placed(document, cursor, offset, cut - offset))
            pages.append(_Page())
            offset, cursor = cut, 0.0
        pages[-1].placed.append(_Placed(document, cursor, offset, total - offset))
        return cursor + total - offset

    def paint(self, painter: QPainter, pages: list[_Page], footer_left: str) -> None:
        total = len(pages)
        for number, page in enumerate(pages, start=1):
            if number > 1:
                self.device.newPage()
            for placed in page.placed:
                painter.save()
                painter.translate(0, placed.top - placed.offset)
                size: QSizeF = placed.document.size()
                height = placed.height if placed.height is not None else size.height()
                clip = QRectF(0, placed.offset, size.width(), height)
                painter.setClipRect(clip)
                placed.document.drawContents(painter, clip)
                painter.restore()
            footer = self._document(
                self.template.fill("footer", left=footer_left, right=f"Page {number} of {total}")
            )
            painter.save()
            painter.translate(0, float(self.device.height()) - self.footer_height)
            footer.drawContents(painter)
            painter.restore()


def _line_gaps(document: QTextDocument) -> list[float]:
    """Heights at which a cut crosses no line of text in any table cell."""
    layout = document.documentLayout()
    lines: list[tuple[float, float]] = []
    block = document.begin()
    while block.isValid():
        origin = layout.blockBoundingRect(block).top()
        text_layout = block.layout()
        for number in range(text_layout.lineCount()):
            rect = text_layout.lineAt(number).rect()
            lines.append((origin + rect.top(), origin + rect.bottom()))
        block = block.next()
    return sorted(
        bottom for _top, bottom in lines if not any(top < bottom < end for top, end in lines)
    )
