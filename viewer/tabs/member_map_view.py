"""The map of the sheet's countries on the Overview, after the key facts, as in the PDF.

QtSvg draws the same SVG document the PDF embeds, at the screen's pixel ratio, into an image
shown by a label over the overview's page, in room the page leaves for it above the legend
(and any country the map cannot show). The label, not the page, holds the picture so that a
screen reader meets an image named "Map of the members" whose description is the PDF
Figure's alternative text, instead of an unnamed object mark inside the page's text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QObject, QSize, Qt
from PySide6.QtGui import QImage, QPainter, QPixmap, QTextBlock, QTextCursor, QTextDocument
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QLabel

from viewer.map.member_map import HOST, MemberMap
from viewer.map.sheet_map import sheet_map
from viewer.tabs.page_links import follow_scrolling
from viewer.text.html_text import text

if TYPE_CHECKING:
    from PySide6.QtWidgets import QTextBrowser

    from db.rows import SheetContent

MAP_NAME = "Map of the members"
WIDEST = 720
"""The map's width at most, in the screen's logical pixels."""
SIDE_ROOM = 32
"""Pixels left beside the map for the document's margins and a scroll bar."""


def map_image(drawn: MemberMap, width: int, pixel_ratio: float) -> QImage:
    size = QSize(round(width * pixel_ratio), round(width * drawn.aspect * pixel_ratio))
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(QByteArray(drawn.raster_svg(size.width()).encode("utf-8"))).render(painter)
    painter.end()
    image.setDevicePixelRatio(pixel_ratio)
    return image


def legend_html(drawn: MemberMap) -> str:
    """The map's legend, and the countries it cannot show."""
    swatch = "<span style='background-color:{};'>&nbsp;&nbsp;&nbsp;&nbsp;</span>&nbsp;{}"
    items = [swatch.format(entry.colour, text(entry.label)) for entry in drawn.legend]
    if drawn.host_city:
        items.append(swatch.format(HOST, text(f"Host city ({drawn.host_city})")))
    parts = [f"<p><small>{' &nbsp; '.join(items)}</small></p>"]
    if drawn.unmapped:
        names = text(", ".join(drawn.unmapped))
        parts.append(f"<p><small>Not on the map, which does not have them: {names}.</small></p>")
    return "".join(parts)


def _after_key_facts(document: QTextDocument) -> QTextCursor:
    """Where the map goes: at the end of the overview's key facts, which are the second
    heading's section (after the title), else at the end of the page."""
    cursor = QTextCursor(document)
    cursor.movePosition(QTextCursor.MoveOperation.End)
    headings = 0
    block = document.begin()
    while block.isValid():
        if block.blockFormat().headingLevel():
            headings += 1
            if headings == 3:
                cursor.setPosition(block.previous().position() + block.previous().length() - 1)
                break
        block = block.next()
    return cursor


class MapImage(QLabel):
    """The map, lying over the room left for it on the page and scrolling with it."""

    def __init__(
        self, browser: QTextBrowser, image: QImage, drawn: MemberMap, room: QTextBlock
    ) -> None:
        super().__init__(browser.viewport())
        self.setObjectName("memberMap")
        self.browser = browser
        self.room = room
        self.setPixmap(QPixmap.fromImage(image))
        self.setAccessibleName(MAP_NAME)
        self.setAccessibleDescription(drawn.alt)
        self.setToolTip(drawn.alt)
        self.resize(self.pixmap().deviceIndependentSize().toSize())
        follow_scrolling(browser, self.follow_page)
        self.follow_page()
        self.show()

    def follow_page(self, *_args: object) -> None:
        layout = self.browser.document().documentLayout()
        top = (
            # The block's rectangle starts below its top margin, the room left for the map.
            layout.blockBoundingRect(self.room).top() - self.height() - GAP
        )
        self.move(
            round(self.browser.document().documentMargin())
            - self.browser.horizontalScrollBar().value(),
            round(top) - self.browser.verticalScrollBar().value(),
        )


GAP = 6
"""Pixels between the map and its legend."""


def show_map(browser: QTextBrowser, content: SheetContent) -> QObject | None:
    """Add the map of ``content`` to the overview ``browser`` is showing; returns the image,
    which goes with the page (delete it when the page is replaced)."""
    drawn = sheet_map(content)
    if drawn is None:
        return None
    width = max(min(WIDEST, browser.viewport().width() - SIDE_ROOM), 1)
    image = map_image(drawn, width, browser.devicePixelRatioF())
    cursor = _after_key_facts(browser.document())
    cursor.insertBlock()
    room = cursor.block()
    cursor.insertHtml(legend_html(drawn))
    spaced = room.blockFormat()
    spaced.setTopMargin(round(width * drawn.aspect) + 2 * GAP)
    QTextCursor(room).setBlockFormat(spaced)
    return MapImage(browser, image, drawn, room)
