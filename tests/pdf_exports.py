"""PDFs exported the way a user exports them, for the tests that read them with other programs."""

from __future__ import annotations

import shutil
from pathlib import Path

from benchmarks.generate import generate
from viewer.cli import main

LONG_SHEET_STATEMENTS = 300


def export(url: str, target: Path, *options: str) -> Path:
    """``factsheet export`` of the sheet at ``url`` to ``target``."""
    assert main(["export", "-o", str(target), "--db", url, *options]) == 0
    return target


def seeded_url_in(folder: Path, seeded_file: Path) -> str:
    copy = folder / "seeded.sqlite3"
    shutil.copyfile(seeded_file, copy)
    return f"sqlite:///{copy}"


def long_sheet_url(folder: Path) -> str:
    """A generated sheet of 300 statements, 15 pages."""
    return generate(folder / "long.sqlite3", LONG_SHEET_STATEMENTS)
