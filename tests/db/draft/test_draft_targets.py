"""What `factsheet draft` writes and where: the fact file and, for an HTML page, the page's text,
both or neither, never over the article; and `factsheet add` given either the page or its text."""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Any

import pytest

import db.atomic_file
from db.store import queries
from db.store.session import open_database
from tests.conftest import SmallDisk
from viewer.cli import main

DATA = Path(__file__).resolve().parents[2] / "data"


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = main(argv)
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def write_page(path: Path) -> Path:
    """An HTML page of the state visit article, with a menu around it."""
    paragraphs = "".join(
        f"<p>{line}</p>"
        for line in (DATA / "state_visit.txt").read_text(encoding="utf-8").split("\n\n")[1:]
    )
    path.write_text(
        f"<html><head><title>Visit to Iceland</title></head><body><nav>Home</nav>"
        f"<article><h1>Danish leader visits Iceland</h1>{paragraphs}</article></body></html>",
        encoding="utf-8",
    )
    return path


def entries(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


# -- an HTML page: what was written, and adding it ----------------------------------------------


def test_drafting_a_page_says_it_wrote_the_pages_text_and_the_fact_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = write_page(tmp_path / "page.html")
    facts = tmp_path / "facts.toml"

    status, out, err = run(["draft", str(page), "-o", str(facts)], capsys)

    assert status == 0 and err == ""
    text_line, facts_line = out.splitlines()
    assert text_line.startswith(f"wrote {tmp_path / 'page.txt'} (")
    assert "text" in text_line and "page.html" in text_line
    assert facts_line.startswith(f"wrote {facts} (") and "drafted facts to check" in facts_line
    assert (tmp_path / "page.txt").read_text(encoding="utf-8").startswith("Danish leader")


def test_an_html_page_is_drafted_from_its_text_saved_beside_the_fact_file(tmp_path: Path) -> None:
    page = write_page(tmp_path / "page.html")
    output = tmp_path / "facts.toml"
    assert main(["draft", str(page), "-o", str(output)]) == 0
    document = tomllib.loads(output.read_text(encoding="utf-8"))
    text = (tmp_path / "page.txt").read_text(encoding="utf-8")
    assert document["source"]["file"] == "page.txt"
    assert document["source"]["title"] == "Danish leader visits Iceland"
    assert all(statement["text"] in text for statement in document["statements"])


def test_a_draft_of_plain_text_writes_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "visit.txt"
    article.write_bytes((DATA / "state_visit.txt").read_bytes())
    status, out, _err = run(["draft", str(article), "-o", str(tmp_path / "facts.toml")], capsys)
    assert status == 0
    assert len(out.splitlines()) == 1


def test_adding_a_drafted_page_by_the_page_or_by_its_text_gives_the_same_sheet(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = write_page(tmp_path / "page.html")
    facts = tmp_path / "facts.toml"
    assert run(["draft", str(page), "-o", str(facts)], capsys)[0] == 0
    sheets = []
    for article, name in ((page, "by-page"), (tmp_path / "page.txt", "by-text")):
        url = f"sqlite:///{tmp_path / name}.sqlite3"
        status, out, err = run(["add", str(article), str(facts), "--db", url], capsys)
        assert (status, err) == (0, ""), err
        database = open_database(url)
        try:
            ((slug, _title),) = queries.sheet_titles(database)
            sheets.append(queries.sheet_content(database, slug))
        finally:
            database.close()
    by_page, by_text = sheets
    assert by_page == by_text
    assert by_page.detail.source.file_name == "page.txt"
    assert by_page.attendees, "the sheet has the drafted facts"


def test_adding_a_page_the_fact_file_is_not_about_names_both(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = write_page(tmp_path / "page.html")
    facts = tmp_path / "facts.toml"
    assert run(["draft", str(page), "-o", str(facts)], capsys)[0] == 0
    other = tmp_path / "other.html"
    other.write_text(
        "<html><body><article><h1>Another day</h1><p>Nothing of the visit happened here at "
        "all, said nobody in particular on a quiet afternoon.</p></article></body></html>",
        encoding="utf-8",
    )
    url = f"sqlite:///{tmp_path / 'sheets.sqlite3'}"
    status, _out, err = run(["add", str(other), str(facts), "--db", url], capsys)
    assert status == 1
    assert len(err.splitlines()) == 1
    assert "facts.toml" in err and "page.txt" in err and "other.html" in err


# -- a full disk: both files or neither ---------------------------------------------------------


def fails_for(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    """Writes into the temporary file of ``name`` keep only half their bytes, as a full disk
    may; every other file is written whole."""
    real_write = os.write

    def half_for_one_file(handle: int, data: Any) -> int:
        if Path(os.readlink(f"/proc/self/fd/{handle}")).name.startswith(f".{name}."):
            real_write(handle, bytes(data[: len(data) // 2]))
            return len(data)
        return real_write(handle, data)

    monkeypatch.setattr(db.atomic_file.os, "write", half_for_one_file)


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc to tell files apart")
def test_a_page_whose_fact_file_cannot_be_written_leaves_no_text_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    page = write_page(tmp_path / "page.html")
    facts = tmp_path / "facts.toml"
    fails_for(monkeypatch, "facts.toml")

    status, out, err = run(["draft", str(page), "-o", str(facts)], capsys)

    assert status == 1 and out == ""
    assert f"{facts}: cannot be written, the disk is full" in err
    assert entries(tmp_path) == ["page.html"], "no page.txt to block the next try"
    monkeypatch.undo()
    assert run(["draft", str(page), "-o", str(facts)], capsys)[0] == 0


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc to tell files apart")
def test_a_forced_draft_that_fails_keeps_the_users_text_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    page = write_page(tmp_path / "page.html")
    facts = tmp_path / "facts.toml"
    (tmp_path / "page.txt").write_text("my own notes", encoding="utf-8")
    facts.write_text("my own facts", encoding="utf-8")
    fails_for(monkeypatch, "facts.toml")

    status, _out, err = run(["draft", str(page), "-o", str(facts), "--force"], capsys)

    assert status == 1 and "the disk is full" in err
    assert (tmp_path / "page.txt").read_text(encoding="utf-8") == "my own notes"
    assert facts.read_text(encoding="utf-8") == "my own facts"
    assert entries(tmp_path) == ["facts.toml", "page.html", "page.txt"]


def test_a_page_drafted_onto_a_full_disk_leaves_nothing_and_can_be_drafted_again(
    small_disk: SmallDisk, capsys: pytest.CaptureFixture[str]
) -> None:
    page = write_page(small_disk.path / "page.html")
    facts = small_disk.path / "facts.toml"
    small_disk.fill()
    filler = small_disk.path / "filler"
    # Room for the page's text (one block) but not for the fact file.
    os.truncate(filler, filler.stat().st_size - 4096)

    status, _out, err = run(["draft", str(page), "-o", str(facts)], capsys)

    assert status == 1 and "the disk is full" in err
    assert entries(small_disk.path) == ["filler", "page.html"]
    filler.unlink()
    assert run(["draft", str(page), "-o", str(facts)], capsys)[0] == 0
    assert entries(small_disk.path) == ["facts.toml", "page.html", "page.txt"]


# -- never over the article ---------------------------------------------------------------------


def test_a_fact_file_named_as_the_pages_text_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = write_page(tmp_path / "page.html")
    before = page.read_bytes()

    for output in (tmp_path / "page.txt", tmp_path / "sub" / ".." / "page.txt"):
        status, out, err = run(["draft", str(page), "-o", str(output), "--force"], capsys)
        assert status == 2 and out == ""
        assert len(err.splitlines()) == 1 and "page.txt" in err and "page's text" in err
    assert entries(tmp_path) == ["page.html"]
    assert page.read_bytes() == before


@pytest.mark.parametrize("spelling", ["same", "other spelling", "link", "hard link"])
def test_a_fact_file_that_would_replace_the_article_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], spelling: str
) -> None:
    article = tmp_path / "a.txt"
    article.write_bytes((DATA / "state_visit.txt").read_bytes())
    output = {
        "same": article,
        "other spelling": tmp_path / "." / "folder" / ".." / "a.txt",
        "link": tmp_path / "link.toml",
        "hard link": tmp_path / "hard.toml",
    }[spelling]
    if spelling == "link":
        output.symlink_to(article)
    elif spelling == "hard link":
        output.hardlink_to(article)
    listed = entries(tmp_path)

    status, out, err = run(["draft", str(article), "-o", str(output), "--force"], capsys)

    assert status == 2 and out == ""
    assert len(err.splitlines()) == 1 and "is the article" in err
    assert article.read_bytes() == (DATA / "state_visit.txt").read_bytes()
    assert entries(tmp_path) == listed
