"""The PDF export, print preview and print: what the pages say, how they are written, and how."""

from __future__ import annotations

import gc
import os
import threading
import weakref
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QKeySequence, QPagedPaintDevice
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

import viewer.pdf.render as pdf_module
import viewer.window.pdf_actions as pdf_actions_module
from db.errors import ExportError
from db.factfile.vocabulary import StatementKind
from db.store.queries import SheetContent, StatementRow, list_sheets, sheet_content
from db.store.seed import bundled_fact_files, seed_database
from db.store.session import Database
from tests.conftest import finish_background_work
from viewer.cli import main
from viewer.models.progress import Cancelled, Progress
from viewer.pdf.paginator import Paginator
from viewer.pdf.render import PageSize, write_pdf
from viewer.pdf.text_mapping import readable_cmap
from viewer.text.sheet_text import organization_line
from viewer.window.main_window import MainWindow
from viewer.window.pdf_actions import PdfActions

GENERATED = date(2026, 1, 2)
POINTS_PER_MM = 72 / 25.4
PAGE_POINTS = {
    PageSize.A4: (210 * POINTS_PER_MM, 297 * POINTS_PER_MM),  # 595 x 842
    PageSize.LETTER: (8.5 * 72, 11 * 72),  # 612 x 792
}
BUNDLED_SLUG_LINE = 'slug = "sco-summit-astana-2024"'
SYNTHETIC_FILLER = "It repeats the words of a long statement so that its row wraps over lines."

# Qt writes f-ligatures as single glyphs whose text is the ligature code point.
LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl"})


# -- helpers ----------------------------------------------------------------------------------


def normalised(text: str) -> str:
    """Words as they read: ligatures spelled out, runs of whitespace (wrapped cells) one space."""
    return " ".join(text.translate(LIGATURES).split())


def compact(text: str) -> str:
    """No whitespace at all: a cell may wrap anywhere, even after a hyphen."""
    return "".join(text.translate(LIGATURES).split())


def page_texts(path: Path) -> list[str]:
    return [normalised(page.extract_text()) for page in PdfReader(path).pages]


def all_text(path: Path) -> str:
    return " ".join(page_texts(path))


def statement_cell_text(row: StatementRow) -> str:
    """What the statement cell prints for ``row``'s own words."""
    if row.kind is StatementKind.QUOTE:
        return f"“{row.text}”"
    return f"Paraphrase: {row.text}"


def paragraph_reference(content: SheetContent, fact_id: int) -> str:
    return "¶ " + ", ".join(str(number) for number in content.paragraphs[fact_id])


def only_slug(database: Database) -> str:
    (sheet,) = list_sheets(database)
    return sheet.slug


def font_dictionaries(resources: Any) -> Iterator[Any]:
    """Every font a page's resources use, descendant fonts of Type0 fonts and form XObjects too."""
    resources = resources.get_object()
    for font in resources.get("/Font", {}).values():
        font = font.get_object()
        yield font
        for descendant in font.get("/DescendantFonts", []):
            yield descendant.get_object()
    for xobject in resources.get("/XObject", {}).values():
        xobject = xobject.get_object()
        if xobject.get("/Subtype") == "/Form" and "/Resources" in xobject:
            yield from font_dictionaries(xobject["/Resources"])


def dir_entries(folder: Path) -> list[str]:
    return sorted(os.listdir(folder))


def synthetic_text(number: int) -> str:
    return f"Synthetic statement number {number}. {SYNTHETIC_FILLER}"


class FixedDate(date):
    """``date`` whose today is the fixed generation date, for the window's print path."""

    @classmethod
    def today(cls) -> FixedDate:
        return cls(GENERATED.year, GENERATED.month, GENERATED.day)


# -- fixtures ---------------------------------------------------------------------------------


@pytest.fixture
def content(database: Database) -> SheetContent:
    return sheet_content(database, only_slug(database))


@pytest.fixture
def exported(qapp: QApplication, content: SheetContent, tmp_path: Path) -> tuple[Path, int]:
    target = tmp_path / "sheet.pdf"
    pages = write_pdf(target, content, generated=GENERATED)
    return target, pages


@pytest.fixture
def big_content(content: SheetContent) -> SheetContent:
    template = content.statements[0]
    rows = [template._replace(text=synthetic_text(number)) for number in range(1, 301)]
    return content._replace(statements=rows)


@pytest.fixture
def critical_calls(monkeypatch: pytest.MonkeyPatch) -> list[tuple[Any, ...]]:
    """QMessageBox.critical never opens; the calls are recorded."""
    calls: list[tuple[Any, ...]] = []

    def fake_critical(*args: Any, **kwargs: Any) -> QMessageBox.StandardButton:
        calls.append(args)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "critical", fake_critical)
    return calls


@pytest.fixture
def two_sheets_url(tmp_path: Path, seed_copy: Path) -> tuple[str, list[str]]:
    """A database holding the bundled sheet and a copy of it under another slug."""
    source = seed_copy.read_text(encoding="utf-8")
    assert source.count(BUNDLED_SLUG_LINE) == 1
    seed_copy.write_text(
        source.replace(BUNDLED_SLUG_LINE, 'slug = "second-sheet-copy"'), encoding="utf-8"
    )
    url = f"sqlite:///{tmp_path / 'two.sqlite3'}"
    outcomes = seed_database(url, [bundled_fact_files()[0], seed_copy])
    return url, [outcome.slug for outcome in outcomes]


# -- the content of the pages -----------------------------------------------------------------


def test_pdf_is_written_and_counts_its_pages(exported: tuple[Path, int]) -> None:
    target, pages = exported
    assert target.is_file()
    assert target.read_bytes().startswith(b"%PDF")
    assert pages >= 1
    assert len(PdfReader(target).pages) == pages


def test_pdf_holds_every_fact_of_the_sheet(
    exported: tuple[Path, int], content: SheetContent
) -> None:
    text = all_text(exported[0])
    squeezed = compact(text)
    detail = content.detail
    assert normalised(detail.title) in text
    assert "FACT SHEET" in text
    assert "Fact sheet" in text
    assert normalised(detail.source.publisher) in text
    assert normalised(detail.source.copyright) in text
    missing_countries = [row.name for row in content.members if normalised(row.name) not in text]
    assert not missing_countries
    missing_attendees = [row.name for row in content.attendees if normalised(row.name) not in text]
    assert not missing_attendees
    missing_speakers = [
        row.speaker for row in content.statements if normalised(row.speaker) not in text
    ]
    assert not missing_speakers
    missing_statements = [
        row.text for row in content.statements if compact(statement_cell_text(row)) not in squeezed
    ]
    assert not missing_statements


def test_every_table_row_gives_its_paragraph_reference(
    exported: tuple[Path, int], content: SheetContent
) -> None:
    text = all_text(exported[0])
    assert "¶" in text
    fact_ids = [row.fact_id for row in content.members]
    fact_ids += [row.fact_id for row in content.attendees]
    fact_ids += [row.fact_id for row in content.statements]
    references = {paragraph_reference(content, fact_id) for fact_id in fact_ids}
    assert references
    assert not [reference for reference in references if reference not in text]


def test_accents_and_curly_quotes_are_extracted_as_written(
    exported: tuple[Path, int], content: SheetContent
) -> None:
    text = all_text(exported[0])
    accented = [row.name for row in content.attendees if not row.name.isascii()]
    assert accented, "the seeded sheet should have an attendee with a non-ASCII letter"
    for name in accented:
        assert normalised(name) in text
    assert "“" in text and "”" in text
    quotes = [row for row in content.statements if row.kind is StatementKind.QUOTE]
    assert quotes
    squeezed = compact(text)
    for row in quotes:
        assert compact(f"“{row.text}”") in squeezed


def test_footer_numbers_every_page_and_gives_the_generation_date(
    exported: tuple[Path, int], content: SheetContent
) -> None:
    target, pages = exported
    texts = page_texts(target)
    assert len(texts) == pages
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} of {pages}" in text
        assert GENERATED.isoformat() in text
        assert normalised(content.detail.title) in text


def test_document_information_and_xmp_metadata(
    exported: tuple[Path, int], content: SheetContent
) -> None:
    reader = PdfReader(exported[0])
    detail = content.detail
    metadata = reader.metadata
    assert metadata is not None
    assert detail.title in (metadata.title or "")
    assert metadata.author == detail.source.publisher
    assert metadata.creator == "Factsheet"
    xmp = reader.xmp_metadata
    assert xmp is not None
    assert xmp.dc_description is not None and xmp.dc_title is not None
    descriptions = list(xmp.dc_description.values())
    assert descriptions and all(descriptions)
    assert any(detail.event in description for description in descriptions)
    assert detail.organization is not None
    assert detail.organization.abbreviation
    assert detail.organization.abbreviation in (xmp.pdf_keywords or "")
    assert any(detail.title in title for title in xmp.dc_title.values())
    assert xmp.dc_creator == [detail.source.publisher]


def test_every_font_is_embedded(exported: tuple[Path, int]) -> None:
    reader = PdfReader(exported[0])
    fonts = [font for page in reader.pages for font in font_dictionaries(page["/Resources"])]
    assert fonts
    not_embedded = []
    for font in fonts:
        if font.get("/Subtype") == "/Type0":
            continue  # its glyphs live in the descendant font, checked on its own
        descriptor = font.get("/FontDescriptor")
        descriptor = descriptor.get_object() if descriptor is not None else {}
        if not any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")):
            not_embedded.append(font.get("/BaseFont"))
    assert not not_embedded


@pytest.mark.parametrize("size", list(PageSize))
def test_page_size(
    qapp: QApplication, content: SheetContent, tmp_path: Path, size: PageSize
) -> None:
    target = tmp_path / f"{size.value}.pdf"
    write_pdf(target, content, page_size=size, generated=GENERATED)
    width, height = PAGE_POINTS[size]
    for page in PdfReader(target).pages:
        assert float(page.mediabox.width) == pytest.approx(width, abs=1)
        assert float(page.mediabox.height) == pytest.approx(height, abs=1)


def test_markup_in_the_data_is_printed_literally(
    qapp: QApplication, content: SheetContent, tmp_path: Path
) -> None:
    statement = content.statements[0]._replace(text="<b>bold</b> & <img src=x>")
    attendee = content.attendees[0]._replace(name="A <i>B</i>")
    marked = content._replace(
        statements=[statement, *content.statements[1:]],
        attendees=[attendee, *content.attendees[1:]],
    )
    target = tmp_path / "markup.pdf"
    write_pdf(target, marked, generated=GENERATED)
    text = all_text(target)
    assert "<b>bold</b>" in text
    assert "& <img src=x>" in text
    assert "<i>B</i>" in text


# -- writing the file -------------------------------------------------------------------------


def test_missing_folder_is_an_export_error_and_creates_nothing(
    qapp: QApplication, content: SheetContent, tmp_path: Path
) -> None:
    target = tmp_path / "missing" / "sheet.pdf"
    before = dir_entries(tmp_path)
    with pytest.raises(ExportError) as raised:
        write_pdf(target, content, generated=GENERATED)
    assert str(target) in str(raised.value)
    assert not target.parent.exists()
    assert dir_entries(tmp_path) == before


@pytest.mark.parametrize("failure", [ExportError, RuntimeError])
def test_failed_write_keeps_the_existing_file_and_leaves_no_temporary(
    qapp: QApplication,
    content: SheetContent,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    failure: type[Exception],
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "sheet.pdf"
    target.write_bytes(b"the previous export")
    devices: list[QPagedPaintDevice] = []
    real_render = pdf_module.render

    def failing_render(device: QPagedPaintDevice, sheet: SheetContent, **kwargs: Any) -> int:
        devices.append(device)
        real_render(device, sheet, **kwargs)  # the temporary is now a whole PDF
        raise failure("the disk went away midway")

    monkeypatch.setattr(pdf_module, "render", failing_render)
    with pytest.raises(failure):
        write_pdf(target, content, generated=GENERATED)
    assert devices, "the writer should have been created before the failure"
    assert target.read_bytes() == b"the previous export"
    assert dir_entries(folder) == ["sheet.pdf"]


def test_folder_as_target_is_an_export_error(
    qapp: QApplication, content: SheetContent, tmp_path: Path
) -> None:
    folder = tmp_path / "out"
    target = folder / "a-folder.pdf"
    target.mkdir(parents=True)
    with pytest.raises(ExportError) as raised:
        write_pdf(target, content, generated=GENERATED)
    assert str(target) in str(raised.value)
    assert target.is_dir()
    assert dir_entries(target) == []
    assert dir_entries(folder) == ["a-folder.pdf"]


def test_cancelled_export_writes_nothing(
    qapp: QApplication, content: SheetContent, tmp_path: Path
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "sheet.pdf"
    seen: list[int] = []
    progress = Progress(lambda done, _total: seen.append(done))
    progress.cancel()

    with pytest.raises(Cancelled):
        write_pdf(target, content, generated=GENERATED, progress=progress)
    assert seen
    assert not target.exists()
    assert dir_entries(folder) == []


# -- a long sheet -----------------------------------------------------------------------------


def test_long_sheet_paginates_with_repeated_headers_and_whole_rows(
    qapp: QApplication, content: SheetContent, big_content: SheetContent, tmp_path: Path
) -> None:
    small_pages = write_pdf(tmp_path / "small.pdf", content, generated=GENERATED)
    target = tmp_path / "big.pdf"
    pages = write_pdf(target, big_content, generated=GENERATED)
    assert pages > small_pages + 5
    texts = page_texts(target)
    assert len(texts) == pages
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} of {pages}" in text
    pages_with_rows = [
        index for index, text in enumerate(texts) if "Synthetic statement number" in text
    ]
    assert len(pages_with_rows) > 5
    for index in pages_with_rows[1:]:
        text = texts[index]
        assert "Speaker" in text, f"page {index + 1} continues the table without its header"
        assert text.index("Speaker") < text.index("Synthetic statement number")
    squeezed_pages = [compact(text) for text in texts]
    for row in big_content.statements:
        opening = row.text.split(".")[0] + "."
        holding_start = [index for index, text in enumerate(texts) if opening in text]
        holding_whole = [
            index
            for index, squeezed in enumerate(squeezed_pages)
            if compact(statement_cell_text(row)) in squeezed
        ]
        assert len(holding_start) == 1, f"{opening!r} is on pages {holding_start}"
        assert holding_whole == holding_start, f"{opening!r} is split across pages"


# -- the command line -------------------------------------------------------------------------


def test_cli_export_writes_an_a4_pdf(
    qapp: QApplication, any_database: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "cli.pdf"
    assert main(["export", "-o", str(out), "--db", any_database.url]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    reader = PdfReader(out)
    assert float(reader.pages[0].mediabox.width) == pytest.approx(
        PAGE_POINTS[PageSize.A4][0], abs=1
    )
    (sheet,) = list_sheets(any_database)
    assert " ".join(sheet.title.split()) in " ".join(reader.pages[0].extract_text().split())
    assert str(out) in capsys.readouterr().out


@pytest.mark.parametrize("flags", [[], ["--untagged"]], ids=["tagged", "untagged"])
def test_text_copied_out_of_the_pdf_keeps_its_spaces(
    qapp: QApplication, database: Database, tmp_path: Path, flags: list[str]
) -> None:
    """Copy and paste, search and screen readers read the fonts' ToUnicode maps, in which Qt
    gives the space glyph a tab."""
    out = tmp_path / "spaces.pdf"
    assert main(["export", "-o", str(out), "--db", database.url, *flags]) == 0
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "\t" not in text
    (sheet,) = list_sheets(database)
    first_words = " ".join(sheet.title.split()[:3])
    assert first_words in text.translate(LIGATURES)


def test_only_a_tab_mapped_alone_becomes_a_space() -> None:
    """A range of several codes with one destination stands for consecutive characters: changing
    its first one would shift the rest."""
    cmap = (
        b"2 beginbfrange\n<0001> <0003> [<0046> <0009> <0041>]\n<0004> <0005> <0009>\n"
        b"<0006> <0006> <0009>\nendbfrange\n1 beginbfchar\n<0007> <0009>\nendbfchar\n"
    )
    assert readable_cmap(cmap) == (
        b"2 beginbfrange\n<0001> <0003> [<0046> <0020> <0041>]\n<0004> <0005> <0009>\n"
        b"<0006> <0006> <0020>\nendbfrange\n1 beginbfchar\n<0007> <0020>\nendbfchar\n"
    )


def test_cli_export_letter(qapp: QApplication, seeded_url: str, tmp_path: Path) -> None:
    out = tmp_path / "letter.pdf"
    assert main(["export", "-o", str(out), "--db", seeded_url, "--page-size", "Letter"]) == 0
    width, height = PAGE_POINTS[PageSize.LETTER]
    page = PdfReader(out).pages[0]
    assert float(page.mediabox.width) == pytest.approx(width, abs=1)
    assert float(page.mediabox.height) == pytest.approx(height, abs=1)


def test_cli_export_without_output_is_a_usage_error(
    seeded_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as raised:
        main(["export", "--db", seeded_url])
    assert raised.value.code == 2
    assert "-o" in capsys.readouterr().err


def test_cli_export_with_several_sheets_needs_sheet(
    qapp: QApplication,
    two_sheets_url: tuple[str, list[str]],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    url, slugs = two_sheets_url
    assert len(set(slugs)) == 2
    out = tmp_path / "two.pdf"
    assert main(["export", "-o", str(out), "--db", url]) == 2
    error = capsys.readouterr().err
    for slug in slugs:
        assert slug in error
    assert not out.exists()
    assert main(["export", "-o", str(out), "--db", url, "--sheet", slugs[1]]) == 0
    assert out.read_bytes().startswith(b"%PDF")


def test_cli_export_of_an_unknown_sheet_fails_in_one_line(
    qapp: QApplication, any_seeded_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "unknown.pdf"
    argv = ["export", "-o", str(out), "--db", any_seeded_url, "--sheet", "no-such-sheet"]
    assert main(argv) == 1
    error = capsys.readouterr().err
    assert len(error.strip().splitlines()) == 1
    assert "no-such-sheet" in error
    assert not out.exists()


# -- the window -------------------------------------------------------------------------------


class SaveDialog:
    """Stands in for QFileDialog.getSaveFileName, answering one path and recording the call."""

    def __init__(self, answer: Path) -> None:
        self.answer = answer
        self.calls: list[tuple[tuple[Any, ...], dict[str, Any]]] = []

    def __call__(self, *args: Any, **kwargs: Any) -> tuple[str, str]:
        self.calls.append((args, kwargs))
        return str(self.answer), "PDF files (*.pdf)"


def answer_question(
    monkeypatch: pytest.MonkeyPatch, answer: QMessageBox.StandardButton
) -> list[tuple[Any, ...]]:
    calls: list[tuple[Any, ...]] = []

    def fake_question(*args: Any, **kwargs: Any) -> QMessageBox.StandardButton:
        calls.append(args)
        return answer

    monkeypatch.setattr(QMessageBox, "question", fake_question)
    return calls


def test_export_action_writes_the_pdf_and_offers_to_open_it(
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    critical_calls: list[tuple[Any, ...]],
) -> None:
    target = tmp_path / "out.pdf"
    dialog = SaveDialog(target)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    questions = answer_question(monkeypatch, QMessageBox.StandardButton.No)
    assert not window.pdf_actions.open_button.isVisibleTo(window)
    window.actions_by_name["export_pdf"].trigger()
    finish_background_work(qtbot, window)
    assert target.read_bytes().startswith(b"%PDF")
    assert str(target) in window.statusBar().currentMessage()
    assert window.pdf_actions.open_button.isVisibleTo(window)
    assert window.pdf_actions.last_export == target
    assert not questions and not critical_calls
    (args, kwargs) = dialog.calls[0]
    assert len(dialog.calls) == 1
    assert window.content is not None and window.database is not None
    slug = only_slug(window.database)
    assert window.content.detail.slug == slug
    assert str(args[2]).endswith(f"{slug}.pdf")
    options = kwargs.get("options", args[4] if len(args) > 4 else None)
    assert options is not None
    assert options & QFileDialog.Option.DontConfirmOverwrite


def test_export_action_asks_before_replacing_and_no_keeps_the_file(
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    critical_calls: list[tuple[Any, ...]],
) -> None:
    target = tmp_path / "out.pdf"
    target.write_bytes(b"keep me")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", SaveDialog(target))
    questions = answer_question(monkeypatch, QMessageBox.StandardButton.No)
    window.actions_by_name["export_pdf"].trigger()
    finish_background_work(qtbot, window)
    assert len(questions) == 1
    assert target.read_bytes() == b"keep me"
    assert not window.pdf_actions.open_button.isVisibleTo(window)
    assert not critical_calls


def test_export_action_replaces_the_file_when_told_yes(
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    critical_calls: list[tuple[Any, ...]],
) -> None:
    target = tmp_path / "out.pdf"
    target.write_bytes(b"replace me")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", SaveDialog(target))
    questions = answer_question(monkeypatch, QMessageBox.StandardButton.Yes)
    window.actions_by_name["export_pdf"].trigger()
    finish_background_work(qtbot, window)
    assert len(questions) == 1
    assert target.read_bytes().startswith(b"%PDF")
    assert [name for name in dir_entries(tmp_path) if name.endswith(".part")] == []
    assert not critical_calls


def test_failing_export_action_shows_one_error(
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    critical_calls: list[tuple[Any, ...]],
) -> None:
    target = tmp_path / "missing" / "out.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", SaveDialog(target))
    answer_question(monkeypatch, QMessageBox.StandardButton.Yes)
    window.actions_by_name["export_pdf"].trigger()
    finish_background_work(qtbot, window)
    assert len(critical_calls) == 1
    assert str(target) in " ".join(str(part) for part in critical_calls[0])
    assert not target.parent.exists()
    assert not window.pdf_actions.open_button.isVisibleTo(window)


def test_cancelled_save_dialog_writes_nothing(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = dir_entries(tmp_path)

    def cancelled(*args: Any, **kwargs: Any) -> tuple[str, str]:
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", cancelled)
    window.actions_by_name["export_pdf"].trigger()
    finish_background_work(qtbot, window)
    assert dir_entries(tmp_path) == before
    assert not window.pdf_actions.open_button.isVisibleTo(window)


def spy_render(monkeypatch: pytest.MonkeyPatch) -> list[tuple[QPagedPaintDevice, SheetContent]]:
    """Replace the one renderer, which the window's print actions and the export share."""
    calls: list[tuple[QPagedPaintDevice, SheetContent]] = []

    def spy(device: QPagedPaintDevice, sheet: SheetContent, **kwargs: Any) -> int:
        calls.append((device, sheet))
        return 1

    monkeypatch.setattr(pdf_module, "render", spy)
    return calls


class PrinterWatch:
    """Hands the window's printers out as usual, watching (not holding) each one's lifetime."""

    def __init__(self, output: Path | None) -> None:
        self.output = output
        self.printers: list[weakref.ref[QPrinter]] = []
        self.alive_at_exec: list[bool] = []

    def alive(self) -> bool:
        return bool(self.printers) and all(ref() is not None for ref in self.printers)


def watch_printers(monkeypatch: pytest.MonkeyPatch, output: Path | None = None) -> PrinterWatch:
    """With ``output`` the window's printer writes a PDF file instead of going to a queue.

    It then prints at the PDF export's resolution: text laid out at another resolution wraps a
    little differently (hinted font metrics), so only then can the pages be compared word for word.
    """
    watch = PrinterWatch(output)
    original: Callable[[PdfActions, SheetContent], QPrinter] = PdfActions._printer

    def watched_printer(self: PdfActions, content: SheetContent) -> QPrinter:
        printer = original(self, content)
        if output is not None:
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(output))
            printer.setResolution(pdf_module.RESOLUTION_DPI)
        watch.printers.append(weakref.ref(printer))
        return printer

    monkeypatch.setattr(PdfActions, "_printer", watched_printer)
    return watch


def preview_requests_paint(monkeypatch: pytest.MonkeyPatch, watch: PrinterWatch) -> None:
    """QPrintPreviewDialog.exec asks for the pages at once, as the shown preview would."""

    def fake_exec(self: QPrintPreviewDialog) -> int:
        alive = watch.alive()
        watch.alive_at_exec.append(alive)
        if not alive:
            # self.printer() now points at a deleted QPrinter: touching it would crash.
            return QDialog.DialogCode.Rejected.value
        self.paintRequested.emit(self.printer())
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QPrintPreviewDialog, "exec", fake_exec)


PRINTER_DELETED = (
    "the QPrinter given to QPrintPreviewDialog was deleted before exec(): "
    "PdfActions.print_preview passes a temporary self._printer() that nothing keeps alive"
)


def test_print_preview_paints_the_sheet_on_a_printer(
    qtbot: QtBot,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    critical_calls: list[tuple[Any, ...]],
) -> None:
    calls = spy_render(monkeypatch)
    watch = watch_printers(monkeypatch)
    preview_requests_paint(monkeypatch, watch)
    window.actions_by_name["print_preview"].trigger()
    finish_background_work(qtbot, window)
    assert watch.alive_at_exec == [True], PRINTER_DELETED
    assert len(calls) == 1
    device, sheet = calls[0]
    assert isinstance(device, QPrinter)
    assert sheet is window.content
    assert not critical_calls


def test_print_preview_renders_the_same_pages_as_the_export(
    qtbot: QtBot,
    window: MainWindow,
    content: SheetContent,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    critical_calls: list[tuple[Any, ...]],
) -> None:
    printed = tmp_path / "preview.pdf"
    watch = watch_printers(monkeypatch, printed)
    preview_requests_paint(monkeypatch, watch)
    monkeypatch.setattr(pdf_actions_module, "date", FixedDate)
    window.actions_by_name["print_preview"].trigger()
    finish_background_work(qtbot, window)
    assert watch.alive_at_exec == [True], PRINTER_DELETED
    assert not critical_calls
    exported = tmp_path / "exported.pdf"
    write_pdf(exported, content, generated=GENERATED)
    assert page_texts(printed) == page_texts(exported)


def test_print_renders_on_the_printer_when_accepted(
    qtbot: QtBot,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    critical_calls: list[tuple[Any, ...]],
) -> None:
    calls = spy_render(monkeypatch)

    def accept(self: QPrintDialog) -> int:
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    window.actions_by_name["print"].trigger()
    finish_background_work(qtbot, window)
    assert len(calls) == 1
    device, sheet = calls[0]
    assert isinstance(device, QPrinter)
    assert sheet is window.content
    assert not critical_calls


def test_print_does_nothing_when_the_dialog_is_cancelled(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = spy_render(monkeypatch)

    def reject(self: QPrintDialog) -> int:
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(QPrintDialog, "exec", reject)
    window.actions_by_name["print"].trigger()
    finish_background_work(qtbot, window)
    assert calls == []


def test_printed_pages_read_as_the_exported_pdf(
    qtbot: QtBot,
    window: MainWindow,
    content: SheetContent,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    critical_calls: list[tuple[Any, ...]],
) -> None:
    printed = tmp_path / "printed.pdf"
    watch = watch_printers(monkeypatch, printed)
    monkeypatch.setattr(pdf_actions_module, "date", FixedDate)

    def accept(self: QPrintDialog) -> int:
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    window.actions_by_name["print"].trigger()
    finish_background_work(qtbot, window)
    assert watch.alive()
    assert not critical_calls
    assert printed.read_bytes().startswith(b"%PDF")
    exported = tmp_path / "exported.pdf"
    write_pdf(exported, content, generated=GENERATED)
    assert page_texts(printed) == page_texts(exported)


def test_shortcuts(window: MainWindow) -> None:
    assert window.actions_by_name["export_pdf"].shortcut() == QKeySequence("Ctrl+E")
    assert window.actions_by_name["print"].shortcut() == QKeySequence(
        QKeySequence.StandardKey.Print
    )
    assert "print_preview" in window.actions_by_name


def test_a_long_export_from_the_window_shows_progress_and_can_be_cancelled(
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    critical_calls: list[tuple[Any, ...]],
) -> None:
    target = tmp_path / "long.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", SaveDialog(target))
    pressed_cancel = threading.Event()
    real_paginate = Paginator.paginate

    def paginate_once_cancelled(self: Paginator, blocks: Any, progress: Any = None) -> Any:
        pressed_cancel.wait(timeout=30)  # the person presses Cancel while the PDF is made
        return real_paginate(self, blocks, progress)

    monkeypatch.setattr(Paginator, "paginate", paginate_once_cancelled)
    job = window.pdf_actions.export_pdf()
    assert job is not None
    cancel_button = job.dialog.findChild(QPushButton)
    assert cancel_button is not None and cancel_button.text() == "Cancel"
    cancel_button.click()
    pressed_cancel.set()
    finish_background_work(qtbot, window)

    assert window.content is not None
    sheet = window.content
    assert job.progress.total == len(sheet.members) + len(sheet.attendees) + len(sheet.statements)
    assert not target.exists() and list(tmp_path.glob("*.part")) == []
    assert "cancelled" in window.statusBar().currentMessage()
    assert not critical_calls


def test_the_absent_line_keeps_a_title_with_full_stops_whole(
    qapp: QApplication, content: SheetContent, tmp_path: Path
) -> None:
    absence = content.absences[0]._replace(
        title="U.S. Ambassador", name="Jane Q. Doe", represents="U.S.", sent="", sent_title=""
    )
    target = tmp_path / "absent.pdf"
    write_pdf(target, content._replace(absences=[absence]), generated=GENERATED)
    first_page = compact(page_texts(target)[0])
    assert compact("Absent U.S. Ambassador Jane Q. Doe (U.S.) did not attend") in first_page


def test_the_organization_row_ends_with_its_purpose_s_stop_or_none(
    qapp: QApplication, content: SheetContent, tmp_path: Path
) -> None:
    organization = content.detail.organization
    assert organization is not None and organization.purpose
    reference = paragraph_reference(content, organization.fact_id)
    named_only = organization._replace(purpose="", abbreviation="", founded=None)
    for info, row in (
        (organization, f"{organization_line(organization)}. Purpose: {organization.purpose}."),
        (named_only, organization.name),  # a drafted sheet's: no stray stop after the name
    ):
        target = tmp_path / "organization.pdf"
        sheet = content._replace(detail=content.detail._replace(organization=info))
        write_pdf(target, sheet, generated=GENERATED)
        assert compact(f"Organization {row} {reference}") in compact(page_texts(target)[0])


def test_pages_that_cannot_be_finished_are_an_export_error_and_write_nothing(
    qapp: QApplication, content: SheetContent, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtGui import QPainter

    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "sheet.pdf"
    target.write_bytes(b"%PDF-1.4 the colleague's copy")
    real_end = QPainter.end

    def fails_to_finish(painter: QPainter) -> bool:
        real_end(painter)
        return False

    monkeypatch.setattr(QPainter, "end", fails_to_finish)
    with pytest.raises(ExportError, match="the pages could not be finished") as raised:
        write_pdf(target, content, generated=GENERATED)
    assert str(target) in str(raised.value)
    assert target.read_bytes() == b"%PDF-1.4 the colleague's copy"
    assert dir_entries(folder) == ["sheet.pdf"]


def test_the_command_line_export_pauses_the_cycle_collector_and_restores_it_even_on_failure(
    qapp: QApplication,
    seeded_url: str,
    content: SheetContent,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`factsheet export` pauses Python's cycle collector for speed; it must run again after
    the export, whether it succeeded or not, and the window's export (on a worker thread,
    beside a live window) must not touch it."""
    collector_while_rendering: list[bool] = []
    real_render = pdf_module.render

    def watching_render(*arguments: Any, **keywords: Any) -> int:
        collector_while_rendering.append(gc.isenabled())
        return real_render(*arguments, **keywords)

    monkeypatch.setattr(pdf_module, "render", watching_render)
    assert main(["export", "-o", str(tmp_path / "sheet.pdf"), "--db", seeded_url]) == 0
    write_pdf(tmp_path / "from-the-window.pdf", content, generated=GENERATED)
    assert collector_while_rendering == [False, True]
    assert gc.isenabled()

    def failing_render(*arguments: Any, **keywords: Any) -> int:
        raise ExportError("the pages could not be opened for drawing")

    monkeypatch.setattr(pdf_module, "render", failing_render)
    assert main(["export", "-o", str(tmp_path / "again.pdf"), "--db", seeded_url]) == 1
    assert gc.isenabled()
