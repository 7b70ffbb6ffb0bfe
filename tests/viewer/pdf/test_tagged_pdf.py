"""The exported PDF as a screen reader and an archive see it: tags, reading order, PDF/A."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pikepdf
import pytest
from PySide6.QtWidgets import QApplication

from db.errors import ExportError
from db.factfile.vocabulary import TABLE_NAMES
from db.store.queries import SheetContent, sheet_content
from db.store.seed import bundled_fact_files
from db.store.session import Database
from tests.tagged_pdf import Node, bookmarks, marked_texts, pdfua_problems, structure_tree
from tests.viewer.pdf.test_pdf import normalised, only_slug, synthetic_text
from viewer.cli import main
from viewer.pdf.document_info import PDF_A_LEVELS
from viewer.pdf.render import write_pdf
from viewer.pdf.structure import Artifact, Element, Tag
from viewer.pdf.tagging import marked_stream

GENERATED = date(2026, 1, 2)
MEMBER_COLUMNS = ["Member", "Status", "Joined", "Represented by", "Source"]
STATEMENT_COLUMNS = ["Speaker", "Statement", "When and where", "Source"]


@pytest.fixture
def content(database: Database) -> SheetContent:
    return sheet_content(database, only_slug(database))


@pytest.fixture
def tagged(qapp: QApplication, content: SheetContent, tmp_path: Path) -> Path:
    target = tmp_path / "tagged.pdf"
    write_pdf(target, content, generated=GENERATED)
    return target


@pytest.fixture
def tree(tagged: Path) -> Node:
    return structure_tree(tagged)


def table_after(tree: Node, heading_start: str) -> Node:
    """The table that follows the H2 starting with ``heading_start``."""
    kids = tree.kids
    for index, kid in enumerate(kids):
        if kid.tag == "H2" and kid.text.startswith(heading_start):
            assert kids[index + 1].tag == "Table"
            return kids[index + 1]
    raise AssertionError(f"no heading starts with {heading_start!r}")


def cell_texts(row: Node) -> list[str]:
    return [normalised(cell.text) for cell in row.kids]


def test_the_export_passes_the_pdfua_checks(tagged: Path) -> None:
    assert pdfua_problems(tagged) == []


def test_an_untagged_export_fails_them(
    qapp: QApplication, content: SheetContent, tmp_path: Path
) -> None:
    target = tmp_path / "untagged.pdf"
    write_pdf(target, content, generated=GENERATED, tagged=False)
    problems = pdfua_problems(target)
    assert "there is no structure tree" in problems
    assert "the catalog declares no /Lang" in problems


def test_the_tree_reads_title_then_sections_in_order(tree: Node, content: SheetContent) -> None:
    detail = content.detail
    assert tree.tag == "Document"
    first, title = tree.kids[:2]
    assert (first.tag, first.text) == ("P", "FACT SHEET")
    assert (title.tag, normalised(title.text)) == ("H1", normalised(detail.title))
    headings = [normalised(node.text) for node in tree.kids if node.tag == "H2"]
    assert headings[:3] == [
        f"{TABLE_NAMES['members']} ({len(content.members)})",
        f"{TABLE_NAMES['attendees']} ({len(content.attendees)})",
        f"{TABLE_NAMES['statements']} ({len(content.statements)})",
    ]
    assert headings[-1] == "Source"
    assert not tree.find("H3")


def test_each_section_has_a_bookmark_to_its_page(tagged: Path, tree: Node) -> None:
    sections = [normalised(node.text) for node in tree.kids if node.tag == "H2"]
    listed = bookmarks(tagged)
    assert [title for title, _page in listed] == sections
    with pikepdf.open(tagged) as pdf:
        pages = {page.obj.objgen: number for number, page in enumerate(pdf.pages)}
        headings = [kid for kid in pdf.Root.StructTreeRoot.K.K if kid.S == "/H2"]
        assert [page for _title, page in listed] == [pages[h.Pg.objgen] for h in headings]
    assert len({page for _title, page in listed}) > 1


def test_key_facts_are_a_table_of_labelled_rows(tree: Node, content: SheetContent) -> None:
    table = next(node for node in tree.kids if node.tag == "Table")
    labels = [row.kids[0] for row in table.kids]
    assert all(label.tag == "TH" and label.attributes["Scope"] == "Row" for label in labels)
    assert [normalised(label.text) for label in labels][:3] == ["Organization", "Event", "Place"]
    place = next(row for row in table.kids if row.kids[0].text == "Place")
    assert (place.kids[1].tag, normalised(place.kids[1].text)) == (
        "TD",
        normalised(content.detail.place),
    )


def test_tables_have_column_headers_and_a_row_per_fact(tree: Node, content: SheetContent) -> None:
    members = table_after(tree, TABLE_NAMES["members"])
    header, *rows = members.kids
    assert cell_texts(header) == MEMBER_COLUMNS
    assert {(cell.tag, cell.attributes["Scope"]) for cell in header.kids} == {("TH", "Column")}
    assert len(rows) == len(content.members)
    assert all(cell.tag == "TD" for row in rows for cell in row.kids)
    countries = [cell_texts(row)[0] for row in rows]
    assert sorted(countries) == sorted(normalised(row.name) for row in content.members)
    statements = table_after(tree, TABLE_NAMES["statements"])
    assert cell_texts(statements.kids[0]) == STATEMENT_COLUMNS
    assert len(statements.kids) == len(content.statements) + 1


def test_notes_are_a_list(tree: Node, content: SheetContent) -> None:
    kids = tree.kids
    heading = next(index for index, kid in enumerate(kids) if kid.text == "Absences and notes")
    notes = kids[heading + 1]
    assert notes.tag == "L"
    assert [item.tag for item in notes.kids] == ["LI"] * len(notes.kids)
    assert len(notes.kids) == len(content.absences) + len(
        {row.note for row in content.members if row.note}
    )
    assert all(item.kids[0].tag == "LBody" for item in notes.kids)


def test_page_footers_are_artifacts_not_text_to_read(tagged: Path, tree: Node) -> None:
    pages = len(pikepdf.open(tagged).pages)
    assert "Page 1 of" not in tree.text
    artifacts = marked_texts(tagged)
    for number in range(pages):
        assert f"Page {number + 1} of {pages}" in normalised(artifacts[(number, -1)])


def test_language_is_the_fact_files(
    qapp: QApplication, content: SheetContent, tmp_path: Path
) -> None:
    assert content.detail.language
    target = tmp_path / "english.pdf"
    write_pdf(target, content, generated=GENERATED)
    with pikepdf.open(target) as pdf:
        assert str(pdf.Root.Lang) == content.detail.language
    swiss = content._replace(detail=content.detail._replace(language="de-CH"))
    target = tmp_path / "german.pdf"
    write_pdf(target, swiss, generated=GENERATED)
    with pikepdf.open(target) as pdf, pdf.open_metadata() as metadata:
        assert str(pdf.Root.Lang) == "de-CH"
        assert metadata["dc:language"] == {"de-CH"}
        assert pdf.Root.MarkInfo.Marked
        assert pdf.Root.ViewerPreferences.DisplayDocTitle


def test_information_and_xmp_agree(tagged: Path, content: SheetContent) -> None:
    with pikepdf.open(tagged) as pdf:
        info = pdf.docinfo
        with pdf.open_metadata() as metadata:
            assert metadata["pdfuaid:part"] == "1"
            assert metadata["dc:title"] == str(info.Title)
            assert content.detail.title in str(info.Title)
            assert metadata["pdf:Producer"] == str(info.Producer)
            assert "pikepdf" in str(info.Producer)
            created = str(info.CreationDate)  # D:YYYYMMDDHHmmSSZ
            stamp = metadata["xmp:CreateDate"]
            assert stamp.startswith(f"{created[2:6]}-{created[6:8]}-{created[8:10]}")


def test_a_long_table_repeats_its_header_only_as_an_artifact(
    qapp: QApplication, content: SheetContent, tmp_path: Path
) -> None:
    template = content.statements[0]
    rows = [template._replace(text=synthetic_text(number)) for number in range(1, 301)]
    target = tmp_path / "long.pdf"
    pages = write_pdf(target, content._replace(statements=rows), generated=GENERATED)
    assert pdfua_problems(target) == []
    statements = table_after(structure_tree(target), TABLE_NAMES["statements"])
    header, *body = statements.kids
    assert cell_texts(header) == STATEMENT_COLUMNS
    assert len(body) == 300
    assert not [row for row in body if "Speaker" in cell_texts(row)]
    artifacts = marked_texts(target)
    last_page = normalised(artifacts[(pages - 1, -1)])
    assert all(title in last_page for title in STATEMENT_COLUMNS)


@pytest.mark.parametrize("level", ["2b", "3b"])
def test_pdfa_claims_its_level_and_keeps_the_tags(
    qapp: QApplication, content: SheetContent, tmp_path: Path, level: str
) -> None:
    target = tmp_path / f"archive-{level}.pdf"
    fact_file = ("sheet.toml", b'title = "a fact file"\n')
    write_pdf(target, content, generated=GENERATED, pdfa=PDF_A_LEVELS[level], attachment=fact_file)
    assert pdfua_problems(target) == []
    with pikepdf.open(target) as pdf:
        with pdf.open_metadata() as metadata:
            assert metadata["pdfaid:part"] == level[0]
            assert metadata["pdfaid:conformance"] == "B"
        (intent,) = pdf.Root.OutputIntents
        assert intent.S == "/GTS_PDFA1"
        assert len(intent.DestOutputProfile.read_bytes()) > 0
        attached = {name: spec.get_file() for name, spec in pdf.attachments.items()}
        if level == "3b":
            assert list(attached) == ["sheet.toml"]
            assert attached["sheet.toml"].read_bytes() == fact_file[1]
            (spec,) = pdf.Root.AF
            assert spec.AFRelationship == "/Source"
            assert attached["sheet.toml"].mime_type == "application/toml"
        else:
            assert attached == {}
            assert "/AF" not in pdf.Root


def test_cli_exports_tagged_by_default_and_untagged_on_request(
    qapp: QApplication, seeded_url: str, tmp_path: Path
) -> None:
    tagged = tmp_path / "default.pdf"
    assert main(["export", "-o", str(tagged), "--db", seeded_url]) == 0
    assert pdfua_problems(tagged) == []
    untagged = tmp_path / "untagged.pdf"
    assert main(["export", "-o", str(untagged), "--db", seeded_url, "--untagged"]) == 0
    with pikepdf.open(untagged) as pdf:
        assert "/StructTreeRoot" not in pdf.Root
    archive = tmp_path / "archive.pdf"
    assert main(["export", "-o", str(archive), "--db", seeded_url, "--pdfa", "2b"]) == 0
    with pikepdf.open(archive) as pdf, pdf.open_metadata() as metadata:
        assert metadata["pdfaid:part"] == "2"
        assert dict(pdf.attachments) == {}


def test_cli_pdfa_without_a_level_means_2b(
    qapp: QApplication, seeded_url: str, tmp_path: Path
) -> None:
    archive = tmp_path / "archive.pdf"
    assert main(["export", "-o", str(archive), "--db", seeded_url, "--pdfa"]) == 0
    with pikepdf.open(archive) as pdf, pdf.open_metadata() as metadata:
        assert metadata["pdfaid:part"] == "2"
        assert metadata["pdfaid:conformance"] == "B"


def test_cli_pdfa_3b_carries_the_fact_file_of_the_sheet(
    qapp: QApplication, seeded_url: str, tmp_path: Path
) -> None:
    archive = tmp_path / "archive-3b.pdf"
    assert main(["export", "-o", str(archive), "--db", seeded_url, "--pdfa", "3b"]) == 0
    (fact_file,) = bundled_fact_files()
    with pikepdf.open(archive) as pdf, pdf.open_metadata() as metadata:
        assert metadata["pdfaid:part"] == "3"
        ((name, spec),) = pdf.attachments.items()
        assert name.endswith(".toml")
        assert spec.get_file().read_bytes() == fact_file.read_bytes()


def test_cli_refuses_an_untagged_pdfa(
    seeded_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "never.pdf"
    with pytest.raises(SystemExit) as raised:
        main(["export", "-o", str(target), "--db", seeded_url, "--untagged", "--pdfa", "2b"])
    assert raised.value.code == 2
    assert "--untagged" in capsys.readouterr().err
    assert not target.exists()


def test_markers_become_marked_content_and_a_lost_one_fails_the_export() -> None:
    cell = Element(Tag.TABLE_CELL)
    painted = b"q\n-8192 0 1 1 re\nf\nQ\n0 0 m 9 9 l f\nq\n-8192 1 1 1 re\nf\nQ\nBT (x) Tj ET\n"
    marked = marked_stream(painted, [Artifact.LAYOUT, cell])
    assert marked == (
        b"q\n/Artifact <</Type /Layout>> BDC\nQ\n0 0 m 9 9 l f\n"
        b"q\nEMC\n/TD <</MCID 0>> BDC\nQ\nBT (x) Tj ET\nEMC\n"
    )
    with pytest.raises(ExportError):
        marked_stream(painted, [Artifact.LAYOUT, cell, Element(Tag.P)])
    with pytest.raises(ExportError):
        marked_stream(painted.replace(b"-8192 0", b"-8192 5"), [Artifact.LAYOUT, cell])


def test_a_span_read_as_its_actual_text_opens_and_closes_inside_its_sequence() -> None:
    cell = Element(Tag.TABLE_CELL)
    painted = b"-8192 0 1 1 re\nf\n-8190 0 1 1 re\nf\nBT (x) Tj ET\n-8188 0 1 1 re\nf\n"
    marked = marked_stream(painted, [cell], ["\u05d3 x"])
    assert marked == (
        b"/TD <</MCID 0>> BDC\n/Span <</ActualText <FEFF05D300200078>>> BDC\n"
        b"BT (x) Tj ET\nEMC\nEMC\n"
    )
    with pytest.raises(ExportError):
        marked_stream(painted, [cell], ["one", "two"])


def test_a_member_whose_joining_is_not_dated_shows_a_dash(
    qapp: QApplication, content: SheetContent, tmp_path: Path
) -> None:
    undated = content.members[0]._replace(joined="")
    target = tmp_path / "undated.pdf"
    write_pdf(
        target, content._replace(members=[undated, *content.members[1:]]), generated=GENERATED
    )
    members = table_after(structure_tree(target), TABLE_NAMES["members"])
    first = next(row for row in members.kids[1:] if cell_texts(row)[0] == normalised(undated.name))
    assert cell_texts(first)[MEMBER_COLUMNS.index("Joined")] == "—"
