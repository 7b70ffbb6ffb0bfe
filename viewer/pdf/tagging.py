"""Make the PDF that Qt wrote a tagged one (PDF/UA-1): marked content, structure tree, language.

Qt writes no tags, so the paginator painted a marker before each piece of content (see
content_marks). Here each marker is replaced, in the page's decoded content stream, by the
operators that end the previous marked-content sequence and begin the next (``/TD <</MCID 3>>
BDC`` or ``/Artifact <</Type /Layout>> BDC``); a bytes-level substitution, since parsing every
operator of a long sheet would cost seconds. Then the structure tree, the parent tree that maps
each sequence back to its element, and the catalog entries a screen reader looks for are added.
"""

from __future__ import annotations

import io
import re
import zlib
from collections.abc import Sequence

import pikepdf
from pikepdf import Array, Dictionary, Name, String

from db.errors import ExportError
from viewer.pdf.actual_text import actual_text_span
from viewer.pdf.content_marks import ACTUAL_TEXT_X, END_OF_ACTUAL_TEXT_X, MARKER_X
from viewer.pdf.document_info import DocumentInfo, PdfA, xmp_packet
from viewer.pdf.outline import write_outline
from viewer.pdf.pdfa import attach_source, check_output_intent
from viewer.pdf.structure import (
    Artifact,
    Element,
    MarkedContent,
    Owner,
    PageMarks,
    Tag,
    TaggedContent,
)
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


class _TreeWriter:
    """Writes elements as structure element dictionaries, filling the parent tree as it goes.

    A long sheet has tens of thousands of elements and every call into pikepdf costs a few
    microseconds, so the names are made once and each element takes as few calls as it can.
    """

    def __init__(self, pdf: pikepdf.Pdf, marks: PageMarks) -> None:
        self.pdf = pdf
        self.pages = [page.obj for page in pdf.pages]
        self.parents: list[list[pikepdf.Object | None]] = [
            [None] * sum(isinstance(owner, Element) for owner in owners) for owners in marks.pages
        ]
        self._names = {tag: Name("/" + tag.value) for tag in Tag}
        self._struct_elem = Name.StructElem
        self._mcr = Name.MCR

    def write(self, element: Element, parent: pikepdf.Object) -> pikepdf.Object:
        """The element and its descendants. Its /Pg is the page of its first content, which
        is then referenced by MCID alone; content on other pages, by a marked-content
        reference. Most elements (a cell, a paragraph) hold one piece of content and are made
        in one call."""
        entries: dict[str, pikepdf.Object | int] = {
            "/Type": self._struct_elem,
            "/S": self._names[element.tag],
            "/P": parent,
        }
        if element.scope is not None:
            entries["/A"] = Dictionary(O=Name.Table, Scope=Name("/" + element.scope.value))
        if element.alt:
            entries["/Alt"] = String(element.alt)
        kids = element.kids
        home_page = next((kid[0] for kid in kids if isinstance(kid, tuple)), None)
        if home_page is not None:
            entries["/Pg"] = self.pages[home_page]
        only_kid = kids[0] if len(kids) == 1 else None
        if isinstance(only_kid, tuple):
            page, mcid = only_kid
            entries["/K"] = mcid
            written = self.pdf.make_indirect(Dictionary(entries))
            self.parents[page][mcid] = written
            return written
        written = self.pdf.make_indirect(Dictionary(entries))
        written.K = Array(
            [
                self._content(written, kid, home_page)
                if isinstance(kid, tuple)
                else self.write(kid, written)
                for kid in kids
            ]
        )
        return written

    def _content(
        self, element: pikepdf.Object, content: MarkedContent, home_page: int | None
    ) -> pikepdf.Object | int:
        """An MCID on the element's own page (/Pg), a marked-content reference elsewhere."""
        page, mcid = content
        self.parents[page][mcid] = element
        if page == home_page:
            return mcid
        return Dictionary({"/Type": self._mcr, "/Pg": self.pages[page], "/MCID": mcid})


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
            page.obj.Contents.write(zlib.compress(marked), filter=Name.FlateDecode)
            page.obj.StructParents = number
            page.obj.Tabs = Name.S
        give_text_back(pdf)
        _write_structure(pdf, structure)
        write_outline(pdf, structure.outline)
        catalog = pdf.Root
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
    return tagged.getvalue()


def _write_structure(pdf: pikepdf.Pdf, structure: TaggedContent) -> None:
    """The structure tree root, its elements, and the parent tree from MCIDs to elements."""
    tree = _TreeWriter(pdf, structure.pages)
    tree_root = pdf.make_indirect(Dictionary(Type=Name.StructTreeRoot))
    tree_root.K = tree.write(structure.root, tree_root)
    tree_root.ParentTree = pdf.make_indirect(
        Dictionary(
            Nums=Array(
                item
                for number, elements in enumerate(tree.parents)
                for item in (number, pdf.make_indirect(Array(elements)))
            )
        )
    )
    tree_root.ParentTreeNextKey = len(tree.parents)
    pdf.Root.StructTreeRoot = tree_root


def _write_info(pdf: pikepdf.Pdf, info: DocumentInfo, pdfa: PdfA | None) -> None:
    """The information dictionary and the XMP packet, with the same values in both."""
    pdf.Root.Metadata = pdf.make_stream(
        xmp_packet(info, pdfua=True, pdfa=pdfa), Type=Name.Metadata, Subtype=Name.XML
    )
    pdf.trailer.Info = pdf.make_indirect(
        Dictionary({f"/{key}": String(value) for key, value in info.info_entries().items()})
    )
