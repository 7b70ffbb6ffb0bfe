"""Lay blocks out on pages and paint them, at a cost that grows linearly with the sheet.

One document for a whole sheet lays out in time that grows faster than its length. Here each
heading or paragraph is its own small QTextDocument, and each table row is laid out cell by cell
with QTextLayout (far cheaper than parsing HTML per row). Rows stay whole, headers repeat on a
new page, and only a block taller than a page is cut, between lines of text.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Protocol

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import (
    QColor,
    QFont,
    QPagedPaintDevice,
    QPainter,
    QTextDocument,
    QTextLayout,
    QTextOption,
)

from viewer.export.sheet_blocks import Block, Shade, Style, TableRow
from viewer.export.template import Markup, PrintTemplate
from viewer.progress import Progress

FOOTER_GAP_POINTS = 6
CELL_PADDING_POINTS = (4.0, 3.0)
"""Horizontal and vertical padding inside a table cell."""
PROGRESS_EVERY = 200


class _Drawable(Protocol):
    @property
    def height(self) -> float: ...

    def lines(self) -> list[tuple[float, float]]:
        """The top and bottom of every line of text, for choosing where to cut the block."""
        ...

    def draw(self, painter: QPainter, top: float, offset: float, height: float) -> None:
        """Draw the part between ``offset`` and ``offset + height`` with its top at ``top``."""
        ...


class _DocumentBlock:
    def __init__(self, document: QTextDocument) -> None:
        self.document = document
        self.height = document.size().height()

    def lines(self) -> list[tuple[float, float]]:
        layout = self.document.documentLayout()
        lines: list[tuple[float, float]] = []
        block = self.document.begin()
        while block.isValid():
            origin = layout.blockBoundingRect(block).top()
            text_layout = block.layout()
            for number in range(text_layout.lineCount()):
                rect = text_layout.lineAt(number).rect()
                lines.append((origin + rect.top(), origin + rect.bottom()))
            block = block.next()
        return lines

    def draw(self, painter: QPainter, top: float, offset: float, height: float) -> None:
        painter.save()
        painter.translate(0, top - offset)
        clip = QRectF(0, offset, self.document.size().width(), height)
        painter.setClipRect(clip)
        self.document.drawContents(painter, clip)
        painter.restore()


@dataclass(frozen=True)
class _RowStyle:
    fonts: dict[Style, QFont]
    colours: dict[Style, QColor]
    shades: dict[Shade, QColor]


class _RowBlock:
    """A table row: each cell's runs laid out with QTextLayout in its column."""

    def __init__(
        self, row: TableRow, style: _RowStyle, width: float, device: QPagedPaintDevice
    ) -> None:
        self.row = row
        self.style = style
        self.width = width
        points = device.logicalDpiY() / 72
        pad_x, pad_y = CELL_PADDING_POINTS[0] * points, CELL_PADDING_POINTS[1] * points
        self.laid_out: list[tuple[QTextLayout, Style, float, float]] = []
        """Each laid-out run with its style and its x, y in the row."""
        self.columns: list[tuple[float, float]] = []
        x = 0.0
        tallest = 0.0
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        for percent, cell in zip(row.widths, row.cells, strict=True):
            column_width = width * percent / 100
            self.columns.append((x, column_width))
            y = pad_y
            for run in cell:
                layout = QTextLayout(run.text, style.fonts[run.style], device)
                layout.setTextOption(option)
                layout.setCacheEnabled(True)
                layout.beginLayout()
                line_y = 0.0
                while True:
                    line = layout.createLine()
                    if not line.isValid():
                        break
                    line.setLineWidth(column_width - 2 * pad_x)
                    line.setPosition(QPointF(0, line_y))
                    line_y += line.height()
                layout.endLayout()
                self.laid_out.append((layout, run.style, x + pad_x, y))
                y += line_y
            tallest = max(tallest, y + pad_y)
            x += column_width
        self.height = tallest

    def lines(self) -> list[tuple[float, float]]:
        spans = []
        for layout, _style, _x, y in self.laid_out:
            for number in range(layout.lineCount()):
                rect = layout.lineAt(number).rect()
                spans.append((y + rect.top(), y + rect.bottom()))
        return spans

    def draw(self, painter: QPainter, top: float, offset: float, height: float) -> None:
        painter.fillRect(QRectF(0, top, self.width, height), self.style.shades[self.row.shade])
        # A line belongs to the slice its top falls in, so each is drawn on exactly one page.
        for layout, style, x, y in self.laid_out:
            painter.setPen(self.style.colours[style])
            for number in range(layout.lineCount()):
                line = layout.lineAt(number)
                if offset - 0.5 <= y + line.y() < offset + height - 0.5:
                    line.draw(painter, QPointF(x, top - offset + y))


def _cut(lines: list[tuple[float, float]], after: float, limit: float) -> float:
    """Where to end a slice that may reach ``limit``: the lowest place in ``(after, limit]``
    that no line crosses; failing that, the top of the highest line that crosses ``limit``
    (every line then lies wholly on one side of the cut or starts at it)."""
    gaps = [gap for gap in _gaps(lines) if after < gap <= limit]
    if gaps:
        return max(gaps)
    crossing = [top for top, bottom in lines if top < limit < bottom and top > after]
    return min(crossing, default=limit)


def _gaps(lines: list[tuple[float, float]]) -> list[float]:
    """Line bottoms that no other line straddles: the places a block may be cut."""
    lines.sort()
    gaps, reach = [], float("-inf")
    for index, (_top, bottom) in enumerate(lines):
        reach = max(reach, bottom)
        following = lines[index + 1][0] if index + 1 < len(lines) else float("inf")
        if reach <= following:
            gaps.append(reach)
    return gaps


@dataclass
class _Placed:
    drawable: _Drawable
    top: float
    offset: float = 0.0
    height: float | None = None


@dataclass
class _Page:
    placed: list[_Placed] = field(default_factory=list)


class Paginator:
    def __init__(
        self, device: QPagedPaintDevice, template: PrintTemplate, footer_left: str
    ) -> None:
        self.device = device
        self.template = template
        # Ligature glyphs (ﬁ, ﬃ) would make "official" unsearchable in the PDF.
        self.font = QFont()
        self.font.setFeature(QFont.Tag("liga"), 0)
        self.width = float(device.width())
        self.points = device.logicalDpiY() / 72
        self.footer_left = footer_left
        # Measured with the real text: a long title wraps the footer onto more lines.
        self.footer_height = self._footer("Page 9999 of 9999").height
        self.body_height = (
            float(device.height()) - self.footer_height - FOOTER_GAP_POINTS * self.points
        )
        self.row_style = self._row_style()
        self._headers: dict[TableRow, _RowBlock] = {}

    def _document(self, html: Markup) -> _DocumentBlock:
        document = QTextDocument()
        document.documentLayout().setPaintDevice(self.device)
        document.setDefaultStyleSheet(self.template.stylesheet)
        document.setDocumentMargin(0)
        document.setDefaultFont(self.font)
        document.setHtml(html)
        document.setTextWidth(self.width)
        return _DocumentBlock(document)

    def _row_style(self) -> _RowStyle:
        """Fonts, colours and shades of table rows, read from the template's classes."""
        fonts: dict[Style, QFont] = {}
        colours: dict[Style, QColor] = {}
        for style in Style:
            sample = self._document(Markup(f"<p><span class='{style}'>A</span></p>")).document
            char_format = sample.begin().begin().fragment().charFormat()
            font = QFont(char_format.font())
            font.setFeature(QFont.Tag("liga"), 0)
            fonts[style] = font
            colours[style] = QColor(char_format.foreground().color())
        shades: dict[Shade, QColor] = {}
        for shade in Shade:
            sample = self._document(Markup(f"<p class='{shade}'>A</p>")).document
            shades[shade] = QColor(sample.begin().blockFormat().background().color())
        return _RowStyle(fonts, colours, shades)

    def _drawable(self, block: Block) -> _Drawable:
        if block.row is not None:
            return _RowBlock(block.row, self.row_style, self.width, self.device)
        return self._document(block.html or Markup(""))

    def _header(self, row: TableRow) -> _RowBlock:
        header = self._headers.get(row)
        if header is None:
            header = self._headers[row] = _RowBlock(row, self.row_style, self.width, self.device)
        return header

    def paginate(self, blocks: Iterable[Block], progress: Progress | None = None) -> list[_Page]:
        """Place every block, telling ``progress`` how many so far (it may cancel the work)."""
        pages = [_Page()]
        cursor = 0.0
        group: list[tuple[Block, _Drawable]] = []
        for number, block in enumerate(blocks):
            if progress is not None and number % PROGRESS_EVERY == 0:
                progress.advance(number)
            group.append((block, self._drawable(block)))
            if block.keep_with_next:
                continue
            cursor = self._place(pages, cursor, group)
            group = []
        if group:
            self._place(pages, cursor, group)
        return pages

    def _place(
        self, pages: list[_Page], cursor: float, group: list[tuple[Block, _Drawable]]
    ) -> float:
        """Place blocks that must stay together, starting a page when they do not fit."""
        first = group[0][0]
        gap = first.space_before * self.points if cursor > 0 else 0.0
        height = gap + sum(drawable.height for _block, drawable in group)
        if cursor + height > self.body_height and cursor > 0:
            pages.append(_Page())
            cursor, gap = 0.0, 0.0
            if first.header is not None:
                cursor = self._put(pages, cursor, self._header(first.header))
        cursor += gap
        for block, drawable in group:
            if cursor + drawable.height > self.body_height:
                cursor = self._place_in_slices(pages, cursor, drawable, block.header)
            else:
                cursor = self._put(pages, cursor, drawable)
        return cursor

    def _put(self, pages: list[_Page], cursor: float, drawable: _Drawable) -> float:
        pages[-1].placed.append(_Placed(drawable, cursor))
        return cursor + drawable.height

    def _place_in_slices(
        self, pages: list[_Page], cursor: float, drawable: _Drawable, header: TableRow | None
    ) -> float:
        """Spread a block taller than a page over pages, cutting only between lines of text."""
        lines = drawable.lines()
        offset, total = 0.0, drawable.height
        while total - offset > self.body_height - cursor:
            limit = offset + self.body_height - cursor
            cut = _cut(lines, offset, limit)
            pages[-1].placed.append(_Placed(drawable, cursor, offset, cut - offset))
            pages.append(_Page())
            offset, cursor = cut, 0.0
            if header is not None:
                cursor = self._put(pages, cursor, self._header(header))
        pages[-1].placed.append(_Placed(drawable, cursor, offset, total - offset))
        return cursor + total - offset

    def _footer(self, page_label: str) -> _DocumentBlock:
        return self._document(self.template.fill("footer", left=self.footer_left, right=page_label))

    def paint(self, painter: QPainter, pages: list[_Page]) -> None:
        total = len(pages)
        for number, page in enumerate(pages, start=1):
            if number > 1:
                self.device.newPage()
            for placed in page.placed:
                height = placed.height if placed.height is not None else placed.drawable.height
                placed.drawable.draw(painter, placed.top, placed.offset, height)
            footer = self._footer(f"Page {number} of {total}")
            footer.draw(
                painter, float(self.device.height()) - self.footer_height, 0.0, footer.height
            )
