"""Seeding the bundled article: what lands in the database, and that it lands once, on each kind
of database."""

from __future__ import annotations

import hashlib
import sqlite3
import tomllib
from pathlib import Path

import pytest
from sqlalchemy import select

from db.errors import DatabaseError
from db.factfile.anchoring import paragraph_starts
from db.store import sheet_writer
from db.store.queries import attendees, list_sheets, members, statements
from db.store.schema import evidence_table, fact_table, metadata, source_table
from db.store.seed import bundled_fact_files, seed_database
from db.store.session import Database, open_database

FACT_FILE = bundled_fact_files()[0]


def _facts() -> dict:
    return tomllib.loads(FACT_FILE.read_text(encoding="utf-8"))


def _dump(database: Database) -> dict[str, list[tuple[object, ...]]]:
    with database.engine.connect() as connection:
        return {
            table.name: sorted(map(tuple, connection.execute(table.select())), key=repr)
            for table in metadata.sorted_tables
        }


def test_counts_match_the_fact_file(any_database: Database) -> None:
    facts = _facts()
    (summary,) = list_sheets(any_database)
    assert summary.slug == facts["sheet"]["slug"]
    assert summary.members == len(facts["memberships"]), "members, observers and partners"
    assert summary.attendees == len(facts["attendees"])
    assert summary.statements == len(facts["statements"])
    assert len(members(any_database, summary.slug)) == len(facts["memberships"])
    assert [row.name for row in attendees(any_database, summary.slug)] == [
        next(p["name"] for p in facts["people"] if p["key"] == entry["person"])
        for entry in facts["attendees"]
    ]
    assert [row.text for row in statements(any_database, summary.slug)] == [
        entry["text"] for entry in facts["statements"]
    ]


def test_seeding_an_empty_database_gives_it_the_schema_and_the_sheet(any_empty_url: str) -> None:
    (outcome,) = seed_database(any_empty_url)
    assert outcome.changed is True
    database = open_database(any_empty_url)
    assert [sheet.slug for sheet in list_sheets(database)] == [_facts()["sheet"]["slug"]]
    database.close()


def test_seeding_again_changes_nothing(any_seeded_url: str) -> None:
    database = open_database(any_seeded_url)
    before = _dump(database)
    database.close()
    (outcome,) = seed_database(any_seeded_url)
    assert outcome.changed is False
    database = open_database(any_seeded_url)
    assert _dump(database) == before
    database.close()


def test_reset_rebuilds_the_same_facts(any_seeded_url: str) -> None:
    database = open_database(any_seeded_url)
    before = list_sheets(database)
    database.close()
    (outcome,) = seed_database(any_seeded_url, reset=True)
    assert outcome.changed is True
    database = open_database(any_seeded_url)
    assert list_sheets(database) == before
    database.close()


def test_a_changed_fact_file_replaces_the_sheet(any_seeded_url: str, seed_copy: Path) -> None:
    text = seed_copy.read_text(encoding="utf-8")
    old_title = 'title = "Shanghai Cooperation Organization summit, Astana 2024"'
    assert old_title in text
    seed_copy.write_text(text.replace(old_title, 'title = "Renamed sheet"'), encoding="utf-8")
    (outcome,) = seed_database(any_seeded_url, [seed_copy])
    assert outcome.changed is True
    database = open_database(any_seeded_url)
    assert [sheet.title for sheet in list_sheets(database)] == ["Renamed sheet"]
    database.close()


def test_every_evidence_quote_is_the_article_at_its_offsets(any_database: Database) -> None:
    with any_database.read() as connection:
        article: str = connection.execute(select(source_table.c.text)).scalar_one()
        rows = connection.execute(select(evidence_table)).all()
        facts = connection.execute(select(fact_table)).all()
        evidenced = {row.fact_id for row in rows}
    starts = paragraph_starts(article)
    assert rows
    assert {fact.id for fact in facts} <= evidenced, "every fact carries evidence"
    for row in rows:
        assert article[row.start : row.end] == row.exact
        assert article[: row.start].endswith(row.prefix)
        assert article[row.end :].startswith(row.suffix)
        assert 0 < len(row.prefix) <= 32 or row.start == 0
        assert starts[row.paragraph - 1] <= row.start
        assert row.paragraph == len(starts) or row.start < starts[row.paragraph]


def test_the_article_is_stored_verbatim(any_database: Database) -> None:
    with any_database.read() as connection:
        source = connection.execute(select(source_table)).one()
    data = (FACT_FILE.parent / source.file_name).read_bytes()
    assert source.text.encode("utf-8") == data
    assert hashlib.sha256(data).hexdigest() == source.sha256 == _facts()["source"]["sha256"]


def test_a_spelling_variant_is_recorded_once_with_its_variant(any_database: Database) -> None:
    facts = _facts()
    varied = [person for person in facts["people"] if person.get("variants")]
    assert varied, "the article spells at least one name two ways"
    rows = {row.name: row for row in attendees(any_database, facts["sheet"]["slug"])}
    for person in varied:
        assert rows[person["name"]].other_spellings == tuple(person["variants"])
        assert sum(row.name == person["name"] for row in rows.values()) == 1


def test_a_driver_error_while_writing_a_sheet_names_the_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A sheet's rows go on the driver's own cursor, so its errors come as the driver's."""

    def full(*_arguments: object, **_options: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(sheet_writer, "insert_rows", full)
    target = tmp_path / "sheets.sqlite3"
    with pytest.raises(DatabaseError) as raised:
        seed_database(f"sqlite:///{target}")
    assert str(raised.value) == f"{target}: cannot be written, the disk is full"
    assert list(tmp_path.iterdir()) == [], "the build is removed"
