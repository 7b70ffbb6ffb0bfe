"""What PDF/A adds to a tagged fact sheet: an output intent, and for PDF/A-3 the fact file.

Qt's PDF/A-1b mode writes the sRGB output intent and keeps to what archival files allow (every
font embedded, no transparency); PDF/A-2b and -3b accept such a file, so the tagging pass only
changes the part it claims. PDF/A-3 also lets a file carry its source data: the sheet's fact
file is embedded, so the data travels with the document.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pikepdf
from pikepdf import Array, Name
from PySide6.QtGui import QPagedPaintDevice, QPdfWriter

from db.errors import ExportError

FACT_FILE_MIME_TYPE = "application/toml"


def pdfa_mode(writer: QPdfWriter) -> None:
    writer.setPdfVersion(QPagedPaintDevice.PdfVersion.PdfVersion_A1b)


def check_output_intent(pdf: pikepdf.Pdf) -> None:
    if not pdf.Root.get("/OutputIntents"):
        raise ExportError("Qt wrote no output intent, which PDF/A needs")


def attach_source(pdf: pikepdf.Pdf, file_name: str, data: bytes, *, created: datetime) -> None:
    """Embed ``data`` as the document's source (PDF/A-3's AFRelationship /Source)."""
    stamp = created.astimezone(UTC).strftime("D:%Y%m%d%H%M%SZ")
    attached = pikepdf.AttachedFileSpec(
        pdf,
        data,
        description="The fact file this sheet was built from",
        filename=file_name,
        mime_type=FACT_FILE_MIME_TYPE,
        creation_date=stamp,
        mod_date=stamp,
        relationship=Name.Source,
    )
    pdf.attachments[file_name] = attached
    pdf.Root.AF = Array([attached.obj])
