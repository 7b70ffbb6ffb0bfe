"""Lay blocks out on pages and paint them: each block is its own small QTextDocument.

One document for a whole sheet lays out in time that grows faster than its length; small
documents placed by hand grow linearly, keep table rows whole and repeat table headers.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from PySide6.QtCore import QRectF, QSizeF
from PySide6.QtGui import QPagedPaintDevice, QPainter, QTextDocument

from viewer.export.sheet_blocks import Block
from viewer.export.template import Markup, PrintTemplate

FOOTER_GAP_POINTS = 6


class RenderCancelled(Exception):
    """The person stopped the export; nothing was written."""


@dataclass
class _Placed:
    document: QTextDocument
    top: float


@dataclass
class _Page:
    placed: list[_Placed] = field(default_factory=list)


class Paginator:
    def __init__(self, device: QPagedPaintDevice, template: PrintTemplate) -> None:
        self.device = device
        self.template = template
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
            pages[-1].placed.append(_Placed(document, cursor))
            cursor += document.size().height()
        return cursor

    def paint(self, painter: QPainter, pages: list[_Page], footer_left: str) -> None:
        total = len(pages)
        for number, page in enumerate(pages, start=1):
            if number > 1:
                self.device.newPage()
            for placed in page.placed:
                painter.save()
                painter.translate(0, placed.top)
                size: QSizeF = placed.document.size()
                placed.document.drawContents(painter, QRectF(0, 0, size.width(), size.height()))
                painter.restore()
            footer = self._document(
                self.template.fill("footer", left=footer_left, right=f"Page {number} of {total}")
            )
            painter.save()
            painter.translate(0, float(self.device.height()) - self.footer_height)
            footer.drawContents(painter)
            painter.restore()
