"""Objects added to a finished PDF as an incremental update, as readers other than ours see them."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pikepdf
import pytest
from pikepdf import Dictionary, Name, String
from pypdf import PdfReader
from PySide6.QtWidgets import QApplication

from db.errors import ExportError
from db.store.queries import sheet_content
from db.store.session import Database
from tests.viewer.pdf.test_pdf import only_slug
from viewer.pdf.incremental_update import OBJECTS_PER_STREAM, append_objects, reference
from viewer.pdf.render import write_pdf


def saved(pdf: pikepdf.Pdf) -> bytes:
    buffer = io.BytesIO()
    pdf.save(buffer, object_stream_mode=pikepdf.ObjectStreamMode.generate)
    return buffer.getvalue()


@pytest.fixture
def document() -> bytes:
    """A one-page file whose catalog points at a placeholder the update fills in."""
    pdf = pikepdf.new()
    pdf.add_blank_page()
    pdf.Root.Filled = pdf.make_indirect(Dictionary(State=Name.Empty))
    pdf.docinfo = pdf.make_indirect(Dictionary(Title=String("Kept")))
    return saved(pdf)


def updated(document: bytes, count: int) -> bytes:
    """``document`` with its placeholder now listing ``count`` new objects, each its number."""
    with pikepdf.open(io.BytesIO(document)) as pdf:
        first = int(pdf.trailer.Size)
        numbers = range(first, first + count)
        objects = {number: b"<</Number %d>>" % number for number in numbers}
        placeholder = pdf.Root.Filled.objgen
        listed = b" ".join(reference((number, 0)) for number in numbers)
        objects[placeholder[0]] = b"<</State/Full/Items [%s]>>" % listed
        return append_objects(document, pdf.trailer, objects)


def test_pikepdf_reads_the_new_and_replaced_objects_and_the_old_trailer(document: bytes) -> None:
    count = OBJECTS_PER_STREAM * 2 + 7  # three object streams, the last one part full
    with pikepdf.open(io.BytesIO(updated(document, count))) as pdf:
        assert pdf.check_pdf_syntax() == []
        filled = pdf.Root.Filled
        assert filled.State == Name.Full
        assert [int(item.Number) for item in filled.Items] == [
            item.objgen[0] for item in filled.Items
        ]
        assert len(filled.Items) == count
        assert str(pdf.docinfo.Title) == "Kept"
        assert len(pdf.pages) == 1


def test_pypdf_reads_it_strictly_too(document: bytes) -> None:
    reader = PdfReader(io.BytesIO(updated(document, 5)), strict=True)
    catalog: Any = reader.trailer["/Root"]
    filled = catalog["/Filled"]
    assert filled["/State"] == "/Full"
    assert [item.get_object()["/Number"] for item in filled["/Items"]] == [
        item.idnum for item in filled["/Items"]
    ]
    assert reader.metadata is not None and reader.metadata.title == "Kept"
    assert reader.trailer["/ID"] == PdfReader(io.BytesIO(document)).trailer["/ID"]


def test_a_file_without_its_end_is_refused(document: bytes) -> None:
    with pikepdf.open(io.BytesIO(document)) as pdf, pytest.raises(ExportError):
        append_objects(document[:-40], pdf.trailer, {int(pdf.trailer.Size): b"null"})


def test_the_exported_structure_tree_reads_the_same_in_pypdf(
    qapp: QApplication, database: Database, tmp_path: Path
) -> None:
    """The elements live in the update: a reader that took only the file Qt and qpdf wrote
    would find an empty tree root."""
    target = tmp_path / "tagged.pdf"
    write_pdf(target, sheet_content(database, only_slug(database)))

    def tags(element: Any) -> list[str]:
        kids = element.get("/K", [])
        kids = kids if isinstance(kids, list) else [kids]
        found = [str(element["/S"])]
        for kid in kids:
            resolved = kid.get_object() if hasattr(kid, "get_object") else kid
            if isinstance(resolved, dict) and resolved.get("/Type") != "/MCR":
                found += tags(resolved)
        return found

    reader = PdfReader(target, strict=True)
    catalog: Any = reader.trailer["/Root"]
    root = catalog["/StructTreeRoot"]
    read = tags(root["/K"].get_object())
    with pikepdf.open(target) as pdf:
        assert pdf.check_pdf_syntax() == []
        parent_tree = pdf.Root.StructTreeRoot.ParentTree.Nums
        owners = sum(len(parent_tree[index]) for index in range(1, len(parent_tree), 2))
    assert read[0] == "/Document"
    assert {"/H1", "/H2", "/Table", "/TR", "/TH", "/TD"} <= set(read)
    assert owners >= read.count("/TD")
    assert int(root["/ParentTreeNextKey"]) == len(reader.pages)
