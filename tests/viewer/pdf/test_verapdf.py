"""The exports as veraPDF, the reference validator, judges them: PDF/UA-1, PDF/A-2b, PDF/A-3b."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from tests.pdf_exports import export, long_sheet_url, other_scripts_url, seeded_url_in
from tests.verapdf_engine import VeraPdf, compiled_engine


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("verapdf")


@pytest.fixture(scope="module")
def verapdf(tmp_path_factory: pytest.TempPathFactory) -> VeraPdf:
    return compiled_engine(tmp_path_factory.mktemp("engine"))


@pytest.fixture(scope="module")
def seeded(folder: Path, seeded_file: Path) -> str:
    return seeded_url_in(folder, seeded_file)


def assert_passes(verapdf: VeraPdf, path: Path, *profiles: str) -> None:
    verdicts = verapdf.check(path, *profiles)
    assert sorted(verdicts) == sorted(profiles)
    for profile, verdict in verdicts.items():
        assert verdict.failed_checks == 0, "\n".join([profile, *verdict.failed_rules])


def test_the_seeded_sheet_is_pdfua1(
    qapp: QApplication, verapdf: VeraPdf, folder: Path, seeded: str
) -> None:
    assert_passes(verapdf, export(seeded, folder / "seeded.pdf"), "ua1")


def test_a_long_sheet_is_pdfua1(qapp: QApplication, verapdf: VeraPdf, folder: Path) -> None:
    assert_passes(verapdf, export(long_sheet_url(folder), folder / "long.pdf"), "ua1")


def test_names_in_other_scripts_keep_it_pdfua1(
    qapp: QApplication, verapdf: VeraPdf, folder: Path
) -> None:
    """Their lines carry ActualText spans inside the tagged content."""
    assert_passes(verapdf, export(other_scripts_url(folder), folder / "scripts.pdf"), "ua1")


@pytest.mark.parametrize("level", ["2b", "3b"])
def test_an_archival_export_is_pdfa_and_pdfua1(
    qapp: QApplication, verapdf: VeraPdf, folder: Path, seeded: str, level: str
) -> None:
    archive = export(seeded, folder / f"archive-{level}.pdf", "--pdfa", level)
    assert_passes(verapdf, archive, level, "ua1")


def test_an_untagged_export_is_not_pdfua1(
    qapp: QApplication, verapdf: VeraPdf, folder: Path, seeded: str
) -> None:
    """The engine does find what the tagging adds: without it the file fails PDF/UA-1."""
    untagged = export(seeded, folder / "untagged.pdf", "--untagged")
    (verdict,) = verapdf.check(untagged, "ua1").values()
    assert verdict.failed_checks > 0
    assert any("StructTreeRoot" in rule for rule in verdict.failed_rules)
