"""Render a fact sheet to PDF or to a printer, through the one paginator."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, qVersion
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
from viewer.models.progress import Progress
from viewer.pdf.content_marks import PaintedMarks
from viewer.pdf.document_info import CREATOR, DocumentInfo, PdfA, sheet_info, xmp_packet
from viewer.pdf.paginator import Paginator
from viewer.pdf.pdfa import pdfa_mode
from viewer.pdf.sheet_blocks import Block, sheet_blocks
from viewer.pdf.structure import TaggedContent
from viewer.pdf.tagging import tag_pdf, tagged_info
from viewer.pdf.template import PrintTemplate, load_template
from viewer.pdf.text_mapping import with_text_back

MARGIN_MM = 18
RESOLUTION_DPI = 300


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


@dataclass(frozen=True)
class Printable:
    """A document the paginator prints: its blocks, the name its footer gives it, and its
    document information (title, author, language…) for the file's metadata."""

    blocks: Callable[[PrintTemplate], Iterable[Block]]
    footer: str
    info: Callable[[str], DocumentInfo]
    """The information, given the name of the program that made the file."""


def sheet_printable(content: SheetContent) -> Printable:
    return Printable(
        blocks=lambda template: sheet_blocks(content, template),
        footer=f"{content.detail.title} · Fact sheet",
        info=lambda producer: sheet_info(content, producer=producer),
    )


def render(
    device: QPagedPaintDevice,
    content: SheetContent | Printable,
    *,
    generated: date,
    progress: Progress | None = None,
    tagged: TaggedContent | None = None,
) -> int:
    """Paint the sheet (or another printable) on ``device`` (a PDF writer or a printer);
    returns the page count.

    With ``tagged``, markers are painted between pieces of content and ``tagged`` records the
    structure tree and whom each marked piece belongs to, for the tagging pass.
    """
    printable = content if isinstance(content, Printable) else sheet_printable(content)
    template = load_template()
    footer = f"{printable.footer} generated {generated.isoformat()}"
    paginator = Paginator(device, template, footer, tagged.root if tagged else None)
    pages = paginator.paginate(printable.blocks(template), progress)
    painter = QPainter()
    if not painter.begin(device):
        raise ExportError("the pages could not be opened for drawing")
    try:
        paginator.paint(painter, pages, PaintedMarks(painter, tagged.pages) if tagged else None)
        if tagged:
            tagged.outline = paginator.outline
    finally:
        finished = painter.end()
    if not finished:
        raise ExportError("the pages could not be finished")
    return len(pages)


def write_pdf(
    target: Path,
    content: SheetContent | Printable,
    *,
    page_size: PageSize = PageSize.A4,
    generated: date | None = None,
    progress: Progress | None = None,
    tagged: bool = True,
    pdfa: PdfA | None = None,
    attachment: tuple[str, bytes] | None = None,
) -> int:
    """Write the sheet (or another printable) to ``target``, all of it or nothing; returns
    the page count.

    The file is tagged PDF/UA-1 unless ``tagged`` is false (faster, for a reader that needs no
    structure); ``pdfa`` makes it PDF/A as well, carrying ``attachment`` (a file name and its
    bytes) when the level allows embedded files.

    The PDF is made in memory and written only once it is whole: QPdfWriter does not report a
    failed write, so a full disk would otherwise leave a truncated file that no reader opens.
    """
    check_target(target)
    try:
        document, pages = pdf_bytes(
            content,
            page_size=page_size,
            generated=generated or date.today(),
            progress=progress,
            tagged=tagged,
            pdfa=pdfa,
            attachment=attachment,
        )
    except ExportError as error:
        raise ExportError(f"{target}: cannot be written, {error}") from None
    write_atomically(target, document)
    return pages


def pdf_bytes(
    content: SheetContent | Printable,
    *,
    page_size: PageSize,
    generated: date,
    progress: Progress | None = None,
    tagged: bool = True,
    pdfa: PdfA | None = None,
    attachment: tuple[str, bytes] | None = None,
) -> tuple[bytes, int]:
    """The sheet (or another printable) as a complete PDF file's bytes, and its page count."""
    if pdfa is not None and not tagged:
        raise ExportError("PDF/A is written tagged only")
    printable = content if isinstance(content, Printable) else sheet_printable(content)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION_DPI)
    writer.setPageLayout(page_layout(page_size))
    info = printable.info(f"Qt {qVersion()}")
    writer.setTitle(info.title)
    writer.setAuthor(info.author)
    writer.setCreator(CREATOR)
    writer.setDocumentXmpMetadata(QByteArray(xmp_packet(info, pdfua=False, pdfa=None)))
    if pdfa is not None:
        pdfa_mode(writer)
    structure = TaggedContent() if tagged else None
    pages = render(writer, printable, generated=generated, progress=progress, tagged=structure)
    del writer  # the writer finishes the file (its cross-reference table and trailer) here
    document = bytes(buffer.data().data())
    if not document.rstrip().endswith(b"%%EOF"):
        raise ExportError("the PDF came out incomplete")
    if structure is not None:
        document = tag_pdf(document, structure, tagged_info(info), pdfa=pdfa, attachment=attachment)
    else:
        document = with_text_back(document)
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
