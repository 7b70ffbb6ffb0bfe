"""The map of the sheet's countries on the Overview, after the key facts, as in the PDF.

QtSvg draws the same SVG document the PDF embeds, at the screen's pixel ratio, into an image
the overview's document shows; the legend and any country the map cannot show follow it. The
overview imports this module only once the window has been drawn: the import (QtSvg, Qt's
namespace, the map modules) and the first reading of the world's outlines would otherwise
delay the sheet's first screen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSize, Qt, QUrl
from PySide6.QtGui import QImage, QPainter, QTextCursor, QTextDocument, QTextTable
from PySide6.QtSvg import QSvgRenderer

from viewer.html_text import text
from viewer.map.member_map import HOST, MemberMap
from viewer.map.sheet_map import sheet_map

if TYPE_CHECKING:
    from PySide6.QtWidgets import QTextBrowser

    from db.rows import SheetContent

MAP_URL = QUrl("factsheet-map:members")
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
    QSvgRenderer(QByteArray(drawn.svg.encode("utf-8"))).render(painter)
    painter.end()
    image.setDevicePixelRatio(pixel_ratio)
    return image


def map_html(drawn: MemberMap, width: int) -> str:
    """The image, its legend, and the countries it cannot show; the image's tooltip is the
    alternative text that the PDF gives screen readers."""
    height = round(width * drawn.aspect)
    swatch = "<span style='background-color:{};'>&nbsp;&nbsp;&nbsp;&nbsp;</span>&nbsp;{}"
    items = [swatch.format(entry.colour, text(entry.label)) for entry in drawn.legend]
    if drawn.host_city:
        items.append(swatch.format(HOST, text(f"Host city ({drawn.host_city})")))
    parts = [
        f"<p><img src='{MAP_URL.toString()}' width='{width}' height='{height}' "
        f"title='{text(drawn.alt)}'></p>",
        f"<p><small>{' &nbsp; '.join(items)}</small></p>",
    ]
    if drawn.unmapped:
        names = text(", ".join(drawn.unmapped))
        parts.append(f"<p><small>Not on the map, which does not have them: {names}.</small></p>")
    return "".join(parts)


def _after_key_facts(document: QTextDocument) -> QTextCursor:
    """Where the map goes: after the overview's first table (its key facts), else at the end."""
    cursor = QTextCursor(document)
    cursor.movePosition(QTextCursor.MoveOperation.End)
    for frame in document.rootFrame().childFrames():
        if isinstance(frame, QTextTable):
            cursor.setPosition(frame.lastPosition() + 1)
            break
    return cursor


def show_map(browser: QTextBrowser, content: SheetContent) -> None:
    """Add the map of ``content`` to the overview ``browser`` is showing."""
    drawn = sheet_map(content)
    if drawn is None:
        return
    width = max(min(WIDEST, browser.viewport().width() - SIDE_ROOM), 1)
    document = browser.document()
    image = map_image(drawn, width, browser.devicePixelRatioF())
    document.addResource(QTextDocument.ResourceType.ImageResource.value, MAP_URL, image)
    _after_key_facts(document).insertHtml(map_html(drawn, width))
