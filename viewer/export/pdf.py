"""Render a fact sheet to PDF or to a printer, through the one paginator."""

from __future__ import annotations

import os
import sys
from datetime import date
from enum import StrEnum
from html import escape
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
from PySide6.QtGui import (
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)

from db.atomic_file import check_target, write_atomically
from db.errors import ExportError
from db.rows import SheetContent
from viewer.export.paginator import Paginator
from viewer.export.sheet_blocks import sheet_blocks
from viewer.export.template import load_template
from viewer.progress import Progress

MARGIN_MM = 18
RESOLUTION_DPI = 300
CREATOR = "Factsheet"


class PageSize(StrEnum):
    A4 = "A4"
    LETTER = "Letter"

    @property
    def qt(self) -> QPageSize:
        return QPageSize(
            QPageSize.PageSizeId.A4 if self is PageSize.A4 else QPageSize.PageSizeId.Letter
        )


def page_layout(size: PageSize) -> QPageLayout:
    return QPageLayout(
        size.qt,
        QPageLayout.Orientation.Portrait,
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
        QPageLayout.Unit.Millimeter,
    )


def render(
    device: QPagedPaintDevice,
    content: SheetContent,
    *,
    generated: date,
    progress: Progress | None = None,
) -> int:
    """Paint the sheet on ``device`` (a PDF writer or a printer); returns the page count."""
    template = load_template()
    footer = f"{content.detail.title} · Fact sheet generated {generated.isoformat()}"
    paginator = Paginator(device, template, footer)
    pages = paginator.paginate(sheet_blocks(content, template), progress)
    painter = QPainter()
    if not painter.begin(device):
        raise ExportError("the pages could not be opened for drawing")
    try:
        paginator.paint(painter, pages)
    finally:
        finished = painter.end()
    if not finished:
        raise ExportError("the pages could not be finished")
    return len(pages)


def keywords(content: SheetContent) -> list[str]:
    detail = content.detail
    words = ["fact sheet", detail.event, detail.place]
    if detail.organization:
        words += [detail.organization.name, detail.organization.abbreviation]
    return [word for word in words if word]


def _xml(value: str) -> str:
    return escape(value, quote=True)


def _xmp(title: str, author: str, subject: str, words: list[str]) -> QByteArray:
    bag = "".join(f"<rdf:li>{_xml(word)}</rdf:li>" for word in words)
    document = f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/">
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{_xml(title)}</rdf:li></rdf:Alt></dc:title>
   <dc:creator><rdf:Seq><rdf:li>{_xml(author)}</rdf:li></rdf:Seq></dc:creator>
   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">{_xml(subject)}</rdf:li></rdf:Alt></dc:description>
   <dc:subject><rdf:Bag>{bag}</rdf:Bag></dc:subject>
   <pdf:Keywords>{_xml(", ".join(words))}</pdf:Keywords>
   <pdf:Producer>{CREATOR}</pdf:Producer>
   <xmp:CreatorTool>{CREATOR}</xmp:CreatorTool>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""
    return QByteArray(document.encode("utf-8"))


def write_pdf(
    target: Path,
    content: SheetContent,
    *,
    page_size: PageSize = PageSize.A4,
    generated: date | None = None,
    progress: Progress | None = None,
) -> int:
    """Write the sheet to ``target``, all of it or nothing; returns the page count.

    The PDF is made in memory and written only once it is whole: QPdfWriter does not report a
    failed write, so a full disk would otherwise leave a truncated file that no reader opens.
    """
    check_target(target)
    try:
        document, pages = pdf_bytes(
            content, page_size=page_size, generated=generated or date.today(), progress=progress
        )
    except ExportError as error:
        raise ExportError(f"{target}: cannot be written, {error}") from None
    write_atomically(target, document)
    return pages


def pdf_bytes(
    content: SheetContent,
    *,
    page_size: PageSize,
    generated: date,
    progress: Progress | None = None,
) -> tuple[bytes, int]:
    """The sheet as a complete PDF file's bytes, and its page count."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION_DPI)
    writer.setPageLayout(page_layout(page_size))
    detail = content.detail
    author = detail.source.publisher
    subject = f"Fact sheet: {detail.event}, {detail.place}"
    writer.setTitle(f"{detail.title} — Fact sheet")
    writer.setAuthor(author)
    writer.setCreator(CREATOR)
    writer.setDocumentXmpMetadata(
        _xmp(f"{detail.title} — Fact sheet", author, subject, keywords(content))
    )
    pages = render(writer, content, generated=generated, progress=progress)
    del writer  # the writer finishes the file (its cross-reference table and trailer) here
    document = bytes(buffer.data().data())
    if not document.rstrip().endswith(b"%%EOF"):
        raise ExportError("the PDF came out incomplete")
    return document, pages


def gui_application() -> QGuiApplication:
    """Qt needs an application object for fonts; a command-line export needs no screen."""
    existing = QGuiApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    headless = sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    )
    if headless:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QGuiApplication(sys.argv[:1])
