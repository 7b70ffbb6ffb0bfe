"""The exported PDF's text as a screen reader and a search take it out: words apart where lines
wrap, names in the letters they were written in."""

from __future__ import annotations

import re
from pathlib import Path

import pikepdf
import pytest
from PySide6.QtWidgets import QApplication

from tests.pdf_exports import NAMES, export, long_sheet_url, other_scripts_url, seeded_url_in
from tests.poppler import glued_words, raw_lines, structure_texts


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("text")


def test_the_seeded_sheet_reads_word_by_word(
    qapp: QApplication, folder: Path, seeded_file: Path
) -> None:
    sheet = export(seeded_url_in(folder, seeded_file), folder / "seeded.pdf")
    assert glued_words(sheet) == []


def test_a_long_sheet_reads_word_by_word(qapp: QApplication, folder: Path) -> None:
    sheet = export(long_sheet_url(folder), folder / "long.pdf")
    assert glued_words(sheet) == []


@pytest.fixture(scope="module")
def names_in_other_scripts(qapp: QApplication, folder: Path) -> Path:
    return export(other_scripts_url(folder), folder / "scripts.pdf")


def actual_texts(path: Path) -> list[str]:
    """The ActualText of every span of the pages, the text that replaces its glyphs."""
    texts = []
    with pikepdf.open(path) as pdf:
        for page in pdf.pages:
            for instruction in pikepdf.parse_content_stream(page, "BDC"):
                tag, properties = instruction.operands
                if tag == "/Span":
                    texts.append(str(properties.ActualText))
    return texts


def test_right_to_left_names_read_back_in_their_letters(names_in_other_scripts: Path) -> None:
    """What a screen reader takes from the tags: the letters as typed, not their shapes."""
    cells = structure_texts(names_in_other_scripts)
    assert "محمد العلي" in cells
    assert "דוד כהן" in cells
    presentation_forms = re.compile("[\ufb50-\ufdff\ufe70-\ufefc]")
    assert [cell for cell in cells if presentation_forms.search(cell)] == []


def test_names_that_shaping_or_joiners_hide_are_given_their_text(
    names_in_other_scripts: Path,
) -> None:
    """Where the glyphs cannot give the text back (a joiner has no glyph, a right-to-left
    line is painted in visual order), the glyphs carry it as their ActualText."""
    spans = actual_texts(names_in_other_scripts)
    for person in ("Pieter van Aalst", "Ilse Maes", "Joan Ribera", "Rein Tamm"):
        assert any(NAMES[person] in text for text in spans), NAMES[person]
    assert all(text.strip() for text in spans)
    # poppler's page text takes the ActualText: both joiners are there.
    page_text = "".join(raw_lines(names_in_other_scripts))
    assert "\u200c" in page_text and "\u200d" in page_text
