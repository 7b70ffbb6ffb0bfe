"""What `factsheet draft` writes and where: the fact file and, for an HTML page, the page's text,
both or neither, never over the article; and `factsheet add` given either the page or its text."""

from __future__ import annotations

from pathlib import Path

import pytest

from viewer.cli import main

DATA = Path(__file__).resolve().parent / "data"


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
