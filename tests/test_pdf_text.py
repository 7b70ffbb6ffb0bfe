"""The exported PDF's text as a screen reader and a search take it out: words apart where lines
wrap, names in the letters they were written in."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from tests.pdf_exports import export, long_sheet_url, seeded_url_in
from tests.poppler import glued_words


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
