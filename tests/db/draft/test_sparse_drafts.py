"""A sheet drafted from a sparse report reads cleanly: no empty slot between separators, no
words run together where the article broke a line inside a quote."""

from __future__ import annotations

import shutil
import tomllib
from pathlib import Path

import pytest
from pypdf import PdfReader

from db.draft.extract import draft_facts
from db.draft.render import render
from db.factfile.reading import fact_file_from_text
from tests.conftest import PROJECT
from viewer.cli import main

DATA = PROJECT / "tests" / "data"

# A report that gives no place, and breaks a line inside a quote (as pages copied as text do).
NO_PLACE = (
    "Leaders agree on rail links\n\n"
    "The leaders of three neighbouring countries held a summit on Thursday.\n\n"
    "“The talks were very challenging.\n"
    "Despite that, we agreed on the route,” said Prime Minister Jonas Berg of Norway.\n"
)


def test_a_quote_across_a_line_break_keeps_a_space_between_its_words(tmp_path: Path) -> None:
    rendered = render(draft_facts(NO_PLACE), NO_PLACE, "report.txt")
    (statement,) = tomllib.loads(rendered)["statements"]
    assert (
        statement["text"] == "The talks were very challenging. Despite that, we agreed on the route"
    )
    # The fact file is still accepted: its quote is the article's words, white space aside.
    fact_file_from_text(rendered, path=tmp_path / "report.toml", article=NO_PLACE)


def test_a_sheet_without_a_place_prints_no_empty_slot_in_its_subtitle(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article, facts, pdf = tmp_path / "report.txt", tmp_path / "report.toml", tmp_path / "out.pdf"
    article.write_text(NO_PLACE, encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'factsheet.sqlite3'}"
    assert main(["draft", str(article), "-o", str(facts)]) == 0
    assert main(["add", str(article), str(facts), "--db", url]) == 0
    slug = tomllib.loads(facts.read_text(encoding="utf-8"))["sheet"]["slug"]
    assert main(["export", "--db", url, "--sheet", slug, "-o", str(pdf)]) == 0
    capsys.readouterr()
    lines = [
        " ".join(line.split())
        for page in PdfReader(pdf).pages
        for line in page.extract_text().splitlines()
    ]
    assert "Summit · Thursday" in lines
    assert not any("· ·" in line for line in lines)
    assert any("challenging. Despite" in line for line in lines)


def test_a_date_without_a_weekday_leaves_no_empty_slot(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A fact file may give the calendar date and no weekday: "4 July 2024", not ", 4 July 2024"."""
    article = tmp_path / "state_visit.txt"
    shutil.copyfile(DATA / "state_visit.txt", article)
    facts = (DATA / "state_visit.toml").read_text(encoding="utf-8")
    facts = facts.replace('day = "Monday"\n', "").replace(
        "[[countries]]",
        '[date]\nvalue = "2024-07-01"\ninferred = false\n'
        'evidence = ["arrived in Reykjavík on Monday"]\n\n[[countries]]',
        1,
    )
    (tmp_path / "state_visit.toml").write_text(facts, encoding="utf-8")
    url, pdf = f"sqlite:///{tmp_path / 'factsheet.sqlite3'}", tmp_path / "out.pdf"
    assert main(["add", str(article), str(tmp_path / "state_visit.toml"), "--db", url]) == 0
    assert main(["export", "--db", url, "-o", str(pdf)]) == 0
    capsys.readouterr()
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(pdf).pages)
    assert "Reykjavík, Iceland · 1 July 2024" in text
    assert ", 1 July 2024" not in text
