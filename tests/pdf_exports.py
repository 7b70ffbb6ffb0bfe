"""PDFs exported the way a user exports them, for the tests that read them with other programs."""

from __future__ import annotations

import hashlib
import re
import shutil
from pathlib import Path

from benchmarks.generate import generate
from tests.conftest import PROJECT
from viewer.cli import main

LONG_SHEET_STATEMENTS = 300
NAMES = {
    # An Arabic name: its letters are drawn in the shapes they take inside a word.
    "Pieter van Aalst": "محمد العلي",
    # Hebrew, right to left, its last letter in final form.
    "Ilse Maes": "דוד כהן",
    # The same person named by surname alone, in the article only.
    "Maes said": "כהן said",
    # Persian, with a zero-width non-joiner inside the first name.
    "Joan Ribera": "علی\u200cاکبر رضایی",
    # Arabic, with a zero-width joiner inside a compound name.
    "Rein Tamm": "عبد\u200dالرحمن حداد",
}
"""Names of the invented test article replaced by names written in other scripts."""


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


def other_scripts_url(folder: Path) -> str:
    """A sheet whose people are named in Arabic, Hebrew and Persian: an invented test article
    and its fact file with the names of NAMES put in."""
    article = (PROJECT / "tests" / "data" / "harbour_cities.txt").read_text(encoding="utf-8")
    facts = (PROJECT / "tests" / "data" / "harbour_cities.toml").read_text(encoding="utf-8")
    for written, replacement in NAMES.items():
        assert written in article
        article, facts = article.replace(written, replacement), facts.replace(written, replacement)
    digest = hashlib.sha256(article.encode("utf-8")).hexdigest()
    facts = re.sub(r'sha256 = "[0-9a-f]+"', f'sha256 = "{digest}"', facts)
    (folder / "harbour_cities.txt").write_text(article, encoding="utf-8")
    (folder / "harbour_cities.toml").write_text(facts, encoding="utf-8")
    url = f"sqlite:///{folder / 'scripts.sqlite3'}"
    paths = [str(folder / "harbour_cities.txt"), str(folder / "harbour_cities.toml")]
    assert main(["add", *paths, "--db", url]) == 0
    return url
