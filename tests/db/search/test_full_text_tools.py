"""The full-text index as other SQLite tools see it: Datasette (and DB Browser for SQLite) find a
table's FTS5 index by reading its ``CREATE VIRTUAL TABLE`` statement in ``sqlite_master``; a
database of an earlier schema has its indexes rewritten in that form by its upgrade."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from db.search import statement_pages
from db.search.statement_index import INDEXES, TextIndex
from db.store.queries import sheet_titles
from db.store.schema import SCHEMA_VERSION
from db.store.session import open_database
from db.store.upgrade import upgrade_database

DATASETTE_DETECTION = """
    select name from sqlite_master
        where rootpage = 0
        and (
            sql like '%VIRTUAL TABLE%USING FTS%content="{table}"%'
            or sql like '%VIRTUAL TABLE%USING FTS%content=[{table}]%'
            or (tbl_name = '{table}' and sql like '%VIRTUAL TABLE%USING FTS%')
        )
"""
"""The query Datasette runs to find a table's full-text index (``detect_fts_sql`` in
datasette/utils/__init__.py), with its one double-quoted string literal in single quotes."""


@pytest.mark.parametrize("index", INDEXES, ids=lambda index: index.name)
def test_datasette_finds_the_full_text_index_of_each_searched_table(
    seeded_file: Path, index: TextIndex
) -> None:
    connection = sqlite3.connect(seeded_file)
    try:
        found = connection.execute(DATASETTE_DETECTION.format(table=index.table)).fetchall()
    finally:
        connection.close()
    assert found == [(index.name,)]


OLD_DEFINITION = (
    "CREATE VIRTUAL TABLE {name} USING fts5("
    "search_text, content='{table}', content_rowid='id', tokenize='trigram')"
)
"""How schemas up to 6 wrote each full-text index, which Datasette does not find."""


def _found_indexes(path: Path) -> list[list[tuple[str]]]:
    with closing(sqlite3.connect(path)) as connection:
        return [
            connection.execute(DATASETTE_DETECTION.format(table=index.table)).fetchall()
            for index in INDEXES
        ]


def _first_screen(url: str, query: str) -> list[int]:
    database = open_database(url)
    try:
        ((slug, _title),) = sheet_titles(database)
        rows = statement_pages.first_page(database, statement_pages.StatementView(slug, query), 50)
        return [row.fact_id for row in rows]
    finally:
        database.close()


def test_an_upgraded_database_has_its_full_text_indexes_found_and_searched(
    seeded_file: Path, tmp_path: Path
) -> None:
    path = tmp_path / "schema6.sqlite3"
    shutil.copyfile(seeded_file, path)
    with closing(sqlite3.connect(path)) as connection:
        for index in INDEXES:
            connection.execute(f"DROP TABLE {index.name}")
            connection.execute(OLD_DEFINITION.format(name=index.name, table=index.table))
            connection.execute(f"INSERT INTO {index.name}({index.name}) VALUES ('rebuild')")
        connection.execute("UPDATE meta SET value = '6' WHERE key = 'schema_version'")
        connection.commit()
    assert _found_indexes(path) == [[], []], "the old form, which Datasette misses"

    upgraded = upgrade_database(f"sqlite:///{path}")

    assert (upgraded.old, upgraded.new) == (6, SCHEMA_VERSION)
    assert _found_indexes(path) == [[(index.name,)] for index in INDEXES]
    for query in ("cooperation", "xi", "zzzz-nothing"):
        found = _first_screen(f"sqlite:///{path}", query)
        assert found == _first_screen(f"sqlite:///{seeded_file}", query), query


def test_an_upgraded_database_finds_a_typeset_hyphen_by_the_one_anyone_types(
    seeded_file: Path, tmp_path: Path
) -> None:
    """Schema 8 folded search text with the hyphen U+2010 kept, so "frank-walter" missed
    "Frank‐Walter"; the upgrade folds the stored text again."""
    path = tmp_path / "schema8.sqlite3"
    shutil.copyfile(seeded_file, path)
    with closing(sqlite3.connect(path)) as connection:
        (fact_id,) = connection.execute("SELECT fact_id FROM statement ORDER BY id").fetchone()
        connection.execute(
            "UPDATE statement SET text = text || ' Frank‐Walter',"
            " search_text = search_text || ' frank‐walter' WHERE fact_id = ?",
            (fact_id,),
        )
        for index in INDEXES:
            connection.execute(f"INSERT INTO {index.name}({index.name}) VALUES ('rebuild')")
        connection.execute("UPDATE meta SET value = '8' WHERE key = 'schema_version'")
        connection.commit()

    upgraded = upgrade_database(f"sqlite:///{path}")

    assert (upgraded.old, upgraded.new) == (8, SCHEMA_VERSION)
    assert _first_screen(f"sqlite:///{path}", "frank-walter") == [fact_id]
