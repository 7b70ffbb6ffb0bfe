"""Lay blocks out on pages and paint them, at a cost that grows linearly with the sheet.

One document for a whole sheet lays out in time that grows faster than its length. Here each
heading or paragraph is its own small QTextDocument, and each table row is laid out cell by cell
with QTextLayout (far cheaper than parsing HTML per row). Rows stay whole, headers repeat on a
new page, and only a block taller than a page is cut, between lines of text.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple, Protocol

from PySide6.QtCore import QByteArray, QPointF, QRectF
from PySide6.QtGui import (
    QColor,
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPainter,
    QTextBlock,
    QTextDocument,
    QTextLayout,
    QTextLine,
    QTextOption,
)
from PySide6.QtSvg import QSvgRenderer

from viewer.models.progress import Progress
from viewer.pdf.actual_text import needs_actual_text
from viewer.pdf.content_marks import Marks, NoMarks
from viewer.pdf.reading_order import ReadingOrder
from viewer.pdf.sheet_blocks import Block, Figure, Run, Shade, Style, TableRow
from viewer.pdf.structure import Artifact, Bookmark, Element, Owner, Tag
from viewer.pdf.template import Markup, PrintTemplate

FOOTER_GAP_POINTS = 6
CELL_PADDING_POINTS = (4.0, 3.0)
"""Horizontal and vertical padding inside a table cell."""
RULE_POINTS = 0.75
"""The width of the lines around outlined cells."""
PROGRESS_EVERY = 200


class _Drawable(Protocol):
    @property
    def height(self) -> float: ...

    def lines(self) -> list[tuple[float, float]]:
        """The top and bottom of every line of text, for choosing where to cut the block."""
        ...

    def draw_background(self, painter: QPainter, top: float, height: float) -> None:
        """Shading and rules under the part ``height`` high at ``top``; painted for a whole page
        before any text, as one artifact a screen reader skips."""
        ...

    def draw(
        self, painter: QPainter, marks: Marks, top: float, offset: float, height: float
    ) -> None:
        """Draw the part between ``offset`` and ``offset + height`` with its top at ``top``,
        telling ``marks`` whom each piece belongs to."""
        ...


class _Lines(NamedTuple):
    """A laid-out run of text and what drawing it needs to know of its lines."""

    layout: QTextLayout
    height: float
    """The height of its lines."""
    ends: tuple[int, ...]
    """Where each line's text ends."""
    wraps: tuple[bool, ...]
    """Whether each line ends where the text wraps at a space."""
    as_is: bool
    """Whether its glyphs give its text back without ActualText (see actual_text)."""


def _lines_of(layout: QTextLayout, text: str, height: float) -> _Lines:
    """``layout``'s lines of ``text`` (a document's block layouts do not hold their text)."""
    ends = []
    for number in range(layout.lineCount()):
        line = layout.lineAt(number)
        ends.append(line.textStart() + line.textLength())
    wraps = tuple(end < len(text) and text[end - 1].isspace() for end in ends)
    return _Lines(layout, height, tuple(ends), wraps, not needs_actual_text(text))


def _draw_line(
    painter: QPainter,
    marks: Marks,
    line: QTextLine,
    origin: QPointF,
    font: QFont,
    *,
    space: bool,
    actual_text: str | None,
) -> None:
    """Draw ``line`` at ``origin`` so that its words read as they were written.

    Qt draws no glyph for the space a line wraps at, so a reader that follows the tags (or
    copies a cell) would run the last word of one line into the first of the next: with
    ``space``, a space glyph is written where the line ends. ``actual_text``, where the glyphs
    cannot give the line's text back, is given them as their ActualText.
    """
    if actual_text is not None:
        marks.begin_actual_text(actual_text + " " * (space and not actual_text[-1:].isspace()))
    line.draw(painter, origin)
    if space:
        painter.setFont(font)
        painter.drawText(
            QPointF(
                origin.x() + line.x() + line.naturalTextWidth(),
                origin.y() + line.y() + line.ascent(),
            ),
            " ",
        )
    if actual_text is not None:
        marks.end_actual_text()


class _Unshaded:
    """A block with nothing under its content."""

    def draw_background(self, painter: QPainter, top: float, height: float) -> None:
        pass


class _DocumentBlock(_Unshaded):
    def __init__(self, document: QTextDocument) -> None:
        self.document = document
        self.height = document.size().height()
        self.owners: Sequence[Owner] = ()
        """Whom each paragraph belongs to, in the order of the document's text blocks."""

    def heading_levels(self) -> list[int]:
        """Each paragraph's heading level (1 for <h1>), 0 for a paragraph that is no heading."""
        levels = []
        block = self.document.begin()
        while block.isValid():
            levels.append(block.blockFormat().headingLevel())
            block = block.next()
        return levels

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

    def draw(
        self, painter: QPainter, marks: Marks, top: float, offset: float, height: float
    ) -> None:
        """Paragraph by paragraph, each marked as its owner's, as drawContents would draw them."""
        painter.save()
        painter.translate(0, top - offset)
        clip = QRectF(0, offset, self.document.size().width(), height)
        painter.setClipRect(clip)
        layout = self.document.documentLayout()
        block = self.document.begin()
        for owner in self.owners:
            bounds = layout.blockBoundingRect(block)
            if bounds.intersects(clip):
                marks.begin(owner)
                self._draw_lines(painter, marks, block, bounds.topLeft(), clip)
            block = block.next()
        painter.restore()

    @staticmethod
    def _draw_lines(
        painter: QPainter, marks: Marks, block: QTextBlock, origin: QPointF, clip: QRectF
    ) -> None:
        """The block's lines inside ``clip``, line by line so that each wrap gets its space."""
        text = block.text()
        lines = _lines_of(block.layout(), text, 0.0)
        start = 0
        for number, (end, wraps) in enumerate(zip(lines.ends, lines.wraps, strict=True)):
            line = lines.layout.lineAt(number)
            if clip.intersects(line.rect().translated(origin)):
                actual_text = None if lines.as_is else text[start:end]
                font = _font_at(block, end - 1)
                _draw_line(painter, marks, line, origin, font, space=wraps, actual_text=actual_text)
            start = end


def _font_at(block: QTextBlock, offset: int) -> QFont:
    """The font of the character ``offset`` characters into ``block``."""
    position = block.position() + offset
    fragments = block.begin()
    while not fragments.atEnd():
        fragment = fragments.fragment()
        if fragment.contains(position):
            return fragment.charFormat().font()
        fragments += 1
    return block.charFormat().font()


class _FigureBlock(_Unshaded):
    """A vector drawing across the text width, never cut: it is one "line" of its own height."""

    def __init__(self, figure: Figure, owner: Owner, width: float) -> None:
        self.renderer = QSvgRenderer(QByteArray(figure.svg.encode("utf-8")))
        self.owner = owner
        self.width = width
        self.height = width * figure.aspect

    def lines(self) -> list[tuple[float, float]]:
        return [(0.0, self.height)]

    def draw(
        self, painter: QPainter, marks: Marks, top: float, offset: float, height: float
    ) -> None:
        marks.begin(self.owner)
        bounds = QRectF(0, top - offset, self.width, self.height)
        painter.save()
        painter.setClipRect(bounds)  # the drawing does not clip to its own view box
        self.renderer.render(painter, bounds)
        painter.restore()


@dataclass(frozen=True)
class _RowStyle:
    fonts: dict[Style, QFont]
    colours: dict[Style, QColor]
    shades: dict[Shade, QColor]


class _RunLayouts:
    """Short runs of text laid out once and drawn wherever they come again.

    A long table repeats most of its short cells (a speaker's name, a date, a ¶ reference):
    laying out each only once saves about a third of the layout of 10,000 rows. Long runs,
    which rarely repeat, are laid out afresh and not kept, so memory stays flat.
    """

    SHORTEST_UNKEPT = 80
    """Runs of this many characters or more are not kept."""

    def __init__(self, fonts: dict[Style, QFont], device: QPagedPaintDevice) -> None:
        self.fonts = fonts
        self.device = device
        self.option = QTextOption()
        self.option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self._kept: dict[tuple[str, Style, float], _Lines] = {}

    def laid_out(self, run: Run, width: float) -> _Lines:
        """The run laid out in lines of ``width``."""
        key = (run.text, run.style, width)
        kept = self._kept.get(key)
        if kept is not None:
            return kept
        layout = QTextLayout(run.text, self.fonts[run.style], self.device)
        layout.setTextOption(self.option)
        layout.beginLayout()
        line_y = 0.0
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            line.setPosition(QPointF(0, line_y))
            line_y += line.height()
        layout.endLayout()
        lines = _lines_of(layout, run.text, line_y)
        if len(run.text) < self.SHORTEST_UNKEPT:
            self._kept[key] = lines
        return lines


class _RowBlock:
    """A table row: each cell's runs laid out with QTextLayout in its column."""

    def __init__(
        self,
        row: TableRow,
        owners: Sequence[Owner],
        style: _RowStyle,
        width: float,
        device: QPagedPaintDevice,
        layouts: _RunLayouts,
    ) -> None:
        self.row = row
        self.owners = owners
        """Whom each cell's text belongs to."""
        self.style = style
        self.width = width
        points = device.logicalDpiY() / 72
        self.rule_width = RULE_POINTS * points
        pad_x, pad_y = CELL_PADDING_POINTS[0] * points, CELL_PADDING_POINTS[1] * points
        self.laid_out: list[tuple[_Lines, Style, float, float, int]] = []
        """Each laid-out run with its style, its x, y in the row and the number of its cell."""
        self.columns: list[tuple[float, float]] = []
        x = 0.0
        tallest = 0.0
        for cell_number, (percent, cell) in enumerate(zip(row.widths, row.cells, strict=True)):
            column_width = width * percent / 100
            self.columns.append((x, column_width))
            y = pad_y
            for run in cell:
                lines = layouts.laid_out(run, column_width - 2 * pad_x)
                self.laid_out.append((lines, run.style, x + pad_x, y, cell_number))
                y += lines.height
            tallest = max(tallest, y + pad_y)
            x += column_width
        self.height = tallest

    def lines(self) -> list[tuple[float, float]]:
        spans = []
        for lines, _style, _x, y, _cell in self.laid_out:
            for number in range(len(lines.ends)):
                rect = lines.layout.lineAt(number).rect()
                spans.append((y + rect.top(), y + rect.bottom()))
        return spans

    def draw_background(self, painter: QPainter, top: float, height: float) -> None:
        painter.fillRect(QRectF(0, top, self.width, height), self.style.shades[self.row.shade])
        if self.row.outlined:
            self._draw_rules(painter, top, height)

    def draw(
        self, painter: QPainter, marks: Marks, top: float, offset: float, height: float
    ) -> None:
        # A line belongs to the slice its top falls in, so each is drawn on exactly one page.
        marked = -1
        for index, (lines, style, x, y, cell) in enumerate(self.laid_out):
            painter.setPen(self.style.colours[style])
            # Each run starts a line of its own: its last word and the next run's first are
            # two words as well.
            run_follows = index + 1 < len(self.laid_out) and self.laid_out[index + 1][4] == cell
            last = len(lines.ends) - 1
            for number, wraps in enumerate(lines.wraps):
                line = lines.layout.lineAt(number)
                if offset - 0.5 <= y + line.y() < offset + height - 0.5:
                    if cell != marked:  # a cell's runs follow one another: mark it once
                        marks.begin(self.owners[cell])
                        marked = cell
                    actual_text = None
                    if not lines.as_is:
                        start = lines.ends[number - 1] if number else 0
                        actual_text = lines.layout.text()[start : lines.ends[number]]
                    _draw_line(
                        painter,
                        marks,
                        line,
                        QPointF(x, top - offset + y),
                        self.style.fonts[style],
                        space=wraps or (run_follows and number == last),
                        actual_text=actual_text,
                    )

    def _draw_rules(self, painter: QPainter, top: float, height: float) -> None:
        """Lines around every cell; a row's bottom line and the next row's top line coincide."""
        colour = self.style.shades[Shade.RULE]
        rule = self.rule_width
        painter.fillRect(QRectF(0, top, self.width, rule), colour)
        painter.fillRect(QRectF(0, top + height - rule, self.width, rule), colour)
        for x, _width in self.columns:
            painter.fillRect(QRectF(x, top, rule, height), colour)
        painter.fillRect(QRectF(self.width - rule, top, rule, height), colour)


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

    @property
    def shown_height(self) -> float:
        """The height of the part on this page: all of the block, unless it is cut."""
        return self.height if self.height is not None else self.drawable.height


@dataclass
class _Page:
    placed: list[_Placed] = field(default_factory=list)


class Paginator:
    def __init__(
        self,
        device: QPagedPaintDevice,
        template: PrintTemplate,
        footer_left: str,
        structure_root: Element | None = None,
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
        self.run_layouts = _RunLayouts(self.row_style.fonts, device)
        self._headers: dict[TableRow, _RowBlock] = {}
        self.reading_order = ReadingOrder(structure_root or Element(Tag.DOCUMENT))
        """The structure tree, grown as blocks are placed: a tagged PDF's reading order."""
        self.outline: list[Bookmark] = []
        """A bookmark for each block that asks for one, where it was placed."""
        self._body_top = device.pageLayout().paintRect(QPageLayout.Unit.Point).top()

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
        if block.figure is not None:
            owner = self.reading_order.figure(block.figure.alt)
            return _FigureBlock(block.figure, owner, self.width)
        if block.row is not None:
            owners = self.reading_order.row(block.row)
            return _RowBlock(
                block.row, owners, self.row_style, self.width, self.device, self.run_layouts
            )
        document = self._document(block.html or Markup(""))
        document.owners = self.reading_order.paragraphs(
            document.heading_levels(), list_item=block.list_item
        )
        return document

    def _header(self, row: TableRow) -> _RowBlock:
        header = self._headers.get(row)
        if header is None:
            # Painted again at the top of a page: an artifact, or a reader would hear it again.
            owners = [Artifact.REPEATED_HEADER] * len(row.cells)
            header = _RowBlock(
                row, owners, self.row_style, self.width, self.device, self.run_layouts
            )
            self._headers[row] = header
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
            if block.bookmark:
                top = self._body_top + cursor / self.points
                self.outline.append(Bookmark(block.bookmark, len(pages) - 1, top))
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
        footer = self._document(
            self.template.fill("footer", left=self.footer_left, right=page_label)
        )
        footer.owners = [Artifact.FOOTER] * len(footer.heading_levels())
        return footer

    def paint(self, painter: QPainter, pages: list[_Page], marks: Marks | None = None) -> None:
        """Paint every page; ``marks`` (none for a printer) learns whom each piece belongs to.

        Each page lets its blocks go once painted, so that what comes after (the rest of the
        file, the tagging pass) reuses their memory rather than adding to it.
        """
        marks = marks or NoMarks()
        total = len(pages)
        for number, page in enumerate(pages, start=1):
            if number > 1:
                self.device.newPage()
            marks.new_page()
            marks.begin(Artifact.LAYOUT)
            for placed in page.placed:
                placed.drawable.draw_background(painter, placed.top, placed.shown_height)
            for placed in page.placed:
                placed.drawable.draw(painter, marks, placed.top, placed.offset, placed.shown_height)
            footer = self._footer(f"Page {number} of {total}")
            footer.draw(
                painter,
                marks,
                float(self.device.height()) - self.footer_height,
                0.0,
                footer.height,
            )
            page.placed.clear()
