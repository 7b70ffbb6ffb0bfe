"""`factsheet export -o PATH` where PATH is a link: the link is replaced by the PDF, as
`draft -o` replaces one, and whatever it pointed to (or would create) is never written."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QApplication

from db.store import queries
from db.store.session import open_database
from viewer.cli import main


def _someone(url: str) -> str:
    database = open_database(url)
    try:
        ((slug, _title),) = queries.sheet_titles(database)
        return queries.attendees(database, slug)[0].name
    finally:
        database.close()


def _export(url: str, output: Path, *, person: bool) -> list[str]:
    chosen = ["--person", _someone(url)] if person else []
    return ["export", "--db", url, *chosen, "-o", str(output)]


@pytest.mark.parametrize("person", [False, True], ids=["sheet", "dossier"])
@pytest.mark.parametrize("dangling", [False, True], ids=["to-a-file", "dangling"])
def test_an_export_to_a_link_replaces_the_link_and_writes_nothing_where_it_points(
    qapp: QApplication,
    seeded_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    person: bool,
    dangling: bool,
) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    target = elsewhere / "notes.txt"
    if not dangling:
        target.write_text("someone's own notes", encoding="utf-8")
    link = tmp_path / "sheet.pdf"
    link.symlink_to(target)

    assert main(_export(seeded_url, link, person=person)) == 0, capsys.readouterr().err

    if dangling:
        assert list(elsewhere.iterdir()) == [], "nothing is made where the link pointed"
    else:
        assert target.read_text(encoding="utf-8") == "someone's own notes"
    assert not link.is_symlink()
    assert len(PdfReader(link).pages) >= 1
