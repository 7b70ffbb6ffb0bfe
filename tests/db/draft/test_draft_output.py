"""The draft as a file: valid TOML, every evidence quote the article's own words, written whole."""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from db.draft.extract import draft_facts
from db.draft.render import render
from db.factfile.anchoring import anchor_quote
from db.factfile.writing import toml_text
from viewer.cli import main

PROJECT = Path(__file__).resolve().parents[3]
DATA = Path(__file__).resolve().parents[2] / "data"
ARTICLES = [
    PROJECT / "seeds" / "000_f8d36b30d32ee174.txt",
    DATA / "state_visit.txt",
    DATA / "harbour_cities.txt",
    DATA / "fisheries_council.txt",
    DATA / "alpine_union.txt",
]
EVIDENCED: tuple[str, ...] = ("source", "event", "date", "organization", "memberships")
EVIDENCED += ("people", "attendees", "absences", "statements", "slips")


def drafted_document(article: Path) -> tuple[str, dict[str, Any]]:
    text = article.read_text(encoding="utf-8")
    rendered = render(draft_facts(text), text, article.name)
    return rendered, tomllib.loads(rendered)


def entries(document: dict[str, Any]) -> list[dict[str, Any]]:
    found = []
    for section in EVIDENCED:
        value = document.get(section, [])
        found += value if isinstance(value, list) else [value]
    return found


@pytest.mark.parametrize("article", ARTICLES, ids=lambda path: path.stem)
def test_every_draft_opens_with_a_warning_and_marks_every_fact_unreviewed(article: Path) -> None:
    rendered, document = drafted_document(article)
    assert rendered.startswith("# DRAFT")
    assert "Check every entry" in rendered.split("\n\n")[0]
    drafted = entries(document)
    assert drafted
    assert all(entry["reviewed"] is False for entry in drafted)


@pytest.mark.parametrize("article", ARTICLES, ids=lambda path: path.stem)
def test_every_evidence_quote_is_found_once_in_the_article(article: Path) -> None:
    text = article.read_text(encoding="utf-8")
    _, document = drafted_document(article)
    for entry in entries(document):
        for item in entry["evidence"]:
            quote, occurrence = (
                (item, None) if isinstance(item, str) else (item["quote"], item["occurrence"])
            )
            anchored = anchor_quote(text, quote, occurrence=occurrence)
            assert text[anchored.start : anchored.end] == quote


@pytest.mark.parametrize("article", ARTICLES, ids=lambda path: path.stem)
def test_every_quote_lies_inside_its_evidence_and_refers_to_known_keys(article: Path) -> None:
    _, document = drafted_document(article)
    people = {person["key"] for person in document["people"]}
    parties = {party["key"] for party in document.get("countries", []) + document.get("bodies", [])}
    for statement in document.get("statements", []):
        assert statement["speaker"] in people
        quotes = [
            item if isinstance(item, str) else item["quote"] for item in statement["evidence"]
        ]
        words = " ".join(statement["text"].split())  # a line break in a quote reads as a space
        assert any(words in " ".join(quote.split()) for quote in quotes)
    for section, field in (
        ("attendees", "represents"),
        ("absences", "represents"),
        ("memberships", "member"),
    ):
        for entry in document.get(section, []):
            assert entry[field] in parties
    assert document["source"]["sha256"]


_PIECES = [*"Aa .,“”\"’'\n:;—-(©)0123456789", "President ", "Mr. ", "Minister of ", "said "]
_PIECES += ["Copyright © 2020 X.", "founded in 1999 by France", "sent his ", "Ann Lee", " joined "]


@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=80).map("".join))
def test_any_text_drafts_to_a_fact_file_whose_quotes_are_the_texts(article: str) -> None:
    if not article.strip():
        return  # read_article refuses an empty article before drafting
    document = tomllib.loads(render(draft_facts(article), article, "a.txt"))
    for entry in entries(document):
        for item in entry["evidence"]:
            quote, occurrence = (
                (item, None) if isinstance(item, str) else (item["quote"], item["occurrence"])
            )
            anchor_quote(article, quote, occurrence=occurrence)


@given(st.text())
def test_any_text_survives_the_trip_through_toml(value: str) -> None:
    document = {"source": {"title": value, "evidence": [value, {"quote": value, "occurrence": 2}]}}
    assert tomllib.loads(toml_text(document)) == document


def test_the_command_writes_a_draft_and_refuses_to_overwrite_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "news" / "visit.txt"
    article.parent.mkdir()
    article.write_bytes((DATA / "state_visit.txt").read_bytes())
    output = tmp_path / "facts" / "visit.toml"
    output.parent.mkdir()
    assert main(["draft", str(article), "-o", str(output)]) == 0
    document = tomllib.loads(output.read_text(encoding="utf-8"))
    assert document["source"]["file"] == "../news/visit.txt"
    assert (output.parent / document["source"]["file"]).resolve() == article.resolve()
    capsys.readouterr()
    before = output.read_bytes()
    assert main(["draft", str(article), "-o", str(output)]) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "already exists" in error and "--force" in error
    assert output.read_bytes() == before
    output.write_text("edited by hand", encoding="utf-8")
    assert main(["draft", str(article), "-o", str(output), "--force"]) == 0
    assert output.read_text(encoding="utf-8").startswith("# DRAFT")
    assert sorted(path.name for path in output.parent.iterdir()) == ["visit.toml"]


def test_bad_input_is_one_line_and_exit_status_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    assert main(["draft", str(empty), "-o", str(tmp_path / "out.toml")]) == 1
    error = capsys.readouterr().err
    assert error.startswith(f"factsheet: {empty}: is empty")
    assert error.count("\n") == 1
    assert not (tmp_path / "out.toml").exists()


def test_a_failed_write_leaves_the_old_file_and_no_temporary_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "article.txt"
    article.write_text("A title\n\nPresident Ana Lima of Brazil attended.\n", encoding="utf-8")
    output = tmp_path / "facts.toml"
    output.write_text("the old facts", encoding="utf-8")

    def full_disk(*_arguments: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)

    assert main(["draft", str(article), "-o", str(output), "--force"]) == 1
    assert f"{output}: cannot be written, the disk is full" in capsys.readouterr().err
    assert output.read_text(encoding="utf-8") == "the old facts"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["article.txt", "facts.toml"]
