"""Make the PDF that Qt wrote a tagged one (PDF/UA-1): marked content, structure tree, language.

Qt writes no tags, so the paginator painted a marker before each piece of content (see
content_marks). Here each marker is replaced, in the page's decoded content stream, by the
operators that end the previous marked-content sequence and begin the next (``/TD <</MCID 3>>
BDC`` or ``/Artifact <</Type /Layout>> BDC``); a bytes-level substitution, since parsing every
operator of a long sheet would cost seconds. Then the catalog entries a screen reader looks for
are added and the file saved; the structure tree and the parent tree that maps each sequence
back to its element follow it as an incremental update (structure_objects, incremental_update).
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence

import pikepdf
from pikepdf import Dictionary, Name, String
from zlib_ng import zlib_ng

from db.errors import ExportError
from viewer.pdf.actual_text import actual_text_span
from viewer.pdf.content_marks import ACTUAL_TEXT_X, END_OF_ACTUAL_TEXT_X, MARKER_X
from viewer.pdf.document_info import DocumentInfo, PdfA, xmp_packet
from viewer.pdf.incremental_update import COMPRESSION_LEVEL, append_objects, reference
from viewer.pdf.outline import write_outline
from viewer.pdf.pdfa import attach_source, check_output_intent
from viewer.pdf.structure import Artifact, Element, Owner, TaggedContent
from viewer.pdf.structure_objects import StructureObjects
from viewer.pdf.text_mapping import give_text_back

_MARKER = re.compile(
    rb"(%d|%d|%d) (\d+) 1 1 re\nf\n" % (MARKER_X, ACTUAL_TEXT_X, END_OF_ACTUAL_TEXT_X)
)
_ARTIFACTS = {
    Artifact.LAYOUT: b"/Artifact <</Type /Layout>> BDC\n",
    Artifact.FOOTER: b"/Artifact <</Type /Pagination /Subtype /Footer>> BDC\n",
    Artifact.REPEATED_HEADER: b"/Artifact <</Type /Pagination>> BDC\n",
}
_END = b"EMC\n"
PDF_VERSION = "1.7"
"""PDF/UA-1 and PDF/A-2 and -3 build on PDF 1.7 (ISO 32000-1)."""


def _openers(owners: Sequence[Owner]) -> list[bytes]:
    """The operator that begins each sequence of a page, numbering elements' sequences."""
    openers = []
    mcid = 0
    for owner in owners:
        if isinstance(owner, Element):
            openers.append(b"/%s <</MCID %d>> BDC\n" % (owner.tag.encode(), mcid))
            mcid += 1
        else:
            openers.append(_ARTIFACTS[owner])
    return openers


def marked_stream(data: bytes, owners: Sequence[Owner], actual_texts: Sequence[str] = ()) -> bytes:
    """A page's content with each marker replaced by the end of one sequence and the start of
    the next, and each span read as its ActualText begun and ended inside its sequence; the
    last sequence ends with the page."""
    openers = _openers(owners)
    expected = iter(range(len(openers)))
    expected_spans = iter(range(len(actual_texts)))
    markers = {MARKER_X: b"sequence", ACTUAL_TEXT_X: b"span", END_OF_ACTUAL_TEXT_X: b"end"}

    def replace(match: re.Match[bytes]) -> bytes:
        kind, number = markers[int(match[1])], int(match[2])
        if kind == b"end":
            return _END
        if kind == b"span":
            if number != next(expected_spans, None):
                raise ExportError(f"the span of text {number} came out of order")
            return actual_text_span(actual_texts[number])
        if number != next(expected, None):
            raise ExportError(f"marked content sequence {number} came out of order")
        return (_END if number else b"") + openers[number]

    marked = _MARKER.sub(replace, data)
    if next(expected, None) is not None or next(expected_spans, None) is not None:
        raise ExportError("Qt wrote fewer content markers than were painted")
    return marked + _END if openers else marked


def tagged_info(info: DocumentInfo) -> DocumentInfo:
    """The document's information as the tagging pass leaves it: it is a producer too."""
    return info._replace(producer=f"{info.producer}, pikepdf {pikepdf.__version__}")


def tag_pdf(
    document: bytes,
    structure: TaggedContent,
    info: DocumentInfo,
    *,
    pdfa: PdfA | None = None,
    attachment: tuple[str, bytes] | None = None,
) -> bytes:
    """The PDF ``document`` as a tagged PDF/UA-1 file (and PDF/A when asked).

    ``attachment`` (a file name and its bytes) is embedded as the document's source data, as
    PDF/A-3 allows.
    """
    marks = structure.pages
    with pikepdf.open(io.BytesIO(document)) as pdf:
        if len(pdf.pages) != len(marks.pages):
            raise ExportError(f"{len(pdf.pages)} pages were written but {len(marks.pages)} marked")
        for number, (page, owners, actual_texts) in enumerate(
            zip(pdf.pages, marks.pages, marks.actual_texts, strict=True)
        ):
            page.contents_coalesce()
            marked = marked_stream(page.obj.Contents.read_bytes(), owners, actual_texts)
            # Compressed here, not on saving: a long sheet's decoded pages take tens of MB.
            page.obj.Contents.write(
                zlib_ng.compress(marked, COMPRESSION_LEVEL), filter=Name.FlateDecode
            )
            page.obj.StructParents = number
            page.obj.Tabs = Name.S
        give_text_back(pdf)
        # Its entries and the elements are added once the file is saved: see _with_structure.
        catalog = pdf.Root
        catalog.StructTreeRoot = pdf.make_indirect(Dictionary(Type=Name.StructTreeRoot))
        write_outline(pdf, structure.outline)
        catalog.MarkInfo = Dictionary(Marked=True)
        catalog.Lang = String(info.language)
        catalog.ViewerPreferences = Dictionary(DisplayDocTitle=True)
        if pdfa is not None:
            check_output_intent(pdf)
            if attachment is not None and pdfa.allows_attachments:
                attach_source(pdf, *attachment, created=info.created)
        _write_info(pdf, info, pdfa)
        tagged = io.BytesIO()
        pdf.save(
            tagged,
            min_version=PDF_VERSION,
            object_stream_mode=pikepdf.ObjectStreamMode.generate,
            # The XMP packet is ours, written above; letting pikepdf parse it again to note the
            # PDF version costs a seventh of a second.
            fix_metadata_version=False,
        )
    return _with_structure(tagged.getvalue(), structure)


def _with_structure(document: bytes, structure: TaggedContent) -> bytes:
    """The saved ``document`` with its structure tree root filled in and the elements added,
    as an incremental update."""
    with pikepdf.open(io.BytesIO(document)) as pdf:
        pages = [reference(page.obj.objgen) for page in pdf.pages]
        objects = StructureObjects(
            pages,
            structure.pages,
            pdf.Root.StructTreeRoot.objgen,
            first_number=int(pdf.trailer.Size),
        )
        objects.write_tree(structure.root)
        return append_objects(document, pdf.trailer, objects.objects)


def _write_info(pdf: pikepdf.Pdf, info: DocumentInfo, pdfa: PdfA | None) -> None:
    """The information dictionary and the XMP packet, with the same values in both."""
    pdf.Root.Metadata = pdf.make_stream(
        xmp_packet(info, pdfua=True, pdfa=pdfa), Type=Name.Metadata, Subtype=Name.XML
    )
    pdf.trailer.Info = pdf.make_indirect(
        Dictionary({f"/{key}": String(value) for key, value in info.info_entries().items()})
    )
