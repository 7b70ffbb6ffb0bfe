"""`factsheet facts SLUG -o FACTS.toml`: a sheet's fact file back out, corrections included,
so that a sheet added from it is the same sheet."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pikepdf
import pytest

from db.store import queries
from db.store.corrections import edit_fact
from db.store.session import Database, open_database
from tests.conftest import PROJECT
from viewer.cli import main


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = main(argv)
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def sheet_as_seen(database: Database, slug: str) -> list[object]:
    """Every row of the sheet by its fact key and stamp (the stamp is a digest of the fact)."""
    content = queries.sheet_content(database, slug)
    rows: list[Any] = [*content.members, *content.attendees, *content.statements, *content.absences]
    return [(row.fact_key, row.stamp, row._replace(fact_id=0)) for row in rows]


def added_elsewhere(
    article: Path, facts: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> Database:
    url = f"sqlite:///{tmp_path / 'elsewhere.sqlite3'}"
    status, _out, err = run(["add", str(article), str(facts), "--db", url], capsys)
    assert status == 0, err
    return open_database(url)


def test_the_bundled_sheet_comes_out_as_it_went_in_and_adds_as_the_same_sheet(
    seeded_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (bundled,) = (PROJECT / "seeds").glob("*.toml")
    database = open_database(seeded_url)
    ((slug, _title),) = queries.sheet_titles(database)
    out_file = tmp_path / "out.toml"

    status, out, err = run(["facts", slug, "-o", str(out_file), "--db", seeded_url], capsys)

    assert (status, err) == (0, "")
    assert out.strip().splitlines() == [f"wrote {out_file} (the fact file of {slug})"]
    assert out_file.read_bytes() == bundled.read_bytes()
    elsewhere = added_elsewhere(bundled.with_suffix(".txt"), out_file, tmp_path, capsys)
    assert sheet_as_seen(elsewhere, slug) == sheet_as_seen(database, slug)
    elsewhere.close()
    database.close()


def test_a_corrected_draft_comes_out_corrected_and_adds_as_the_same_sheet(
    any_seeded_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "state_visit.txt"
    shutil.copyfile(PROJECT / "tests" / "data" / "state_visit.txt", article)
    drafted = tmp_path / "drafted.toml"
    assert run(["draft", str(article), "-o", str(drafted)], capsys)[0] == 0
    status, out, _err = run(["add", str(article), str(drafted), "--db", any_seeded_url], capsys)
    assert status == 0
    slug = out.split()[1]
    database = open_database(any_seeded_url)
    attendee = queries.attendees(database, slug)[0]
    edit_fact(
        database,
        slug=slug,
        key=attendee.fact_key,
        stamp=attendee.stamp,
        changes={"role": "guest"},
        user="anna",
    )
    out_file = tmp_path / "corrected.toml"

    assert run(["facts", slug, "-o", str(out_file), "--db", any_seeded_url], capsys)[0] == 0

    written = out_file.read_text(encoding="utf-8")
    assert 'role = "guest"' in written and 'reviewed_by = "anna"' in written
    elsewhere = added_elsewhere(article, out_file, tmp_path, capsys)
    assert sheet_as_seen(elsewhere, slug) == sheet_as_seen(database, slug)
    assert queries.attendees(elsewhere, slug)[0].role == "guest"
    elsewhere.close()
    database.close()


def test_an_existing_file_is_kept_unless_forced(
    seeded_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database = open_database(seeded_url)
    ((slug, _title),) = queries.sheet_titles(database)
    database.close()
    out_file = tmp_path / "mine.toml"
    out_file.write_text("# mine\n", encoding="utf-8")

    status, out, err = run(["facts", slug, "-o", str(out_file), "--db", seeded_url], capsys)
    assert (status, out) == (2, "")
    assert err.strip().splitlines() == [
        f"factsheet: {out_file} already exists; add --force to replace it"
    ]
    assert out_file.read_text(encoding="utf-8") == "# mine\n"

    forced = ["facts", slug, "-o", str(out_file), "--db", seeded_url, "--force"]
    assert run(forced, capsys)[0] == 0
    assert out_file.read_text(encoding="utf-8").startswith("# ")
    assert out_file.read_text(encoding="utf-8") != "# mine\n"


def test_a_sheet_that_is_not_there_is_one_line_and_no_file(
    seeded_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_file = tmp_path / "none.toml"
    status, _out, err = run(
        ["facts", "nothing-here", "-o", str(out_file), "--db", seeded_url], capsys
    )
    assert status == 1
    assert len(err.strip().splitlines()) == 1 and "'nothing-here'" in err
    assert not out_file.exists()


def test_an_archival_pdf_carries_the_corrected_fact_file(
    seeded_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database = open_database(seeded_url)
    ((slug, _title),) = queries.sheet_titles(database)
    member = queries.members(database, slug)[0]
    edit_fact(
        database,
        slug=slug,
        key=member.fact_key,
        stamp=member.stamp,
        changes={"note": "Checked against the article"},
        user="anna",
    )
    database.close()
    pdf = tmp_path / "sheet.pdf"

    export = ["export", "-o", str(pdf), "--db", seeded_url, "--pdfa", "3b"]
    assert run(export, capsys)[0] == 0

    with pikepdf.open(pdf) as document:
        (attached,) = document.attachments.values()
        carried = attached.get_file().read_bytes().decode("utf-8")
    assert 'note = "Checked against the article"' in carried
    assert 'reviewed_by = "anna"' in carried
