"""Drafts and the hand-checked fact files of the test articles are fact files seeding accepts."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from db.draft.write import plan_draft, write_draft
from db.factfile.reading import read_fact_file
from db.store.queries import sheet_content, sheet_titles
from db.store.seed import seed_database
from db.store.session import open_database

PROJECT = Path(__file__).resolve().parents[3]
DATA = Path(__file__).resolve().parents[2] / "data"
ARTICLES = [PROJECT / "seeds" / "000_f8d36b30d32ee174.txt", *sorted(DATA.glob("*.txt"))]


@pytest.mark.parametrize("article", ARTICLES, ids=lambda path: path.stem)
def test_every_draft_is_read_and_seeded(article: Path, tmp_path: Path) -> None:
    facts = tmp_path / "facts" / f"{article.stem}.toml"
    facts.parent.mkdir()
    write_draft(plan_draft(article, facts))
    checked = read_fact_file(facts)
    assert all(record.values.get("reviewed") is False for record in checked.many("attendees"))
    url = f"sqlite:///{tmp_path / 'drafts.sqlite3'}"
    (outcome,) = seed_database(url, [facts])
    database = open_database(url)
    try:
        assert [slug for slug, _title in sheet_titles(database)] == [outcome.slug]
        content = sheet_content(database, outcome.slug)
    finally:
        database.close()
    assert len(content.attendees) == len(checked.many("attendees"))
    assert len(content.statements) == len(checked.many("statements"))
    assert len(content.members) == len(checked.many("memberships"))


@pytest.mark.parametrize("fact_file", sorted(DATA.glob("*.toml")), ids=lambda path: path.stem)
def test_the_hand_checked_fact_files_are_read_and_seeded(fact_file: Path, tmp_path: Path) -> None:
    for path in (fact_file, fact_file.with_suffix(".txt")):
        shutil.copyfile(path, tmp_path / path.name)
    read_fact_file(tmp_path / fact_file.name)
    (outcome,) = seed_database(
        f"sqlite:///{tmp_path / 'checked.sqlite3'}", [tmp_path / fact_file.name]
    )
    assert outcome.changed
