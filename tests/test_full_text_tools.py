"""The full-text index as other SQLite tools see it: Datasette (and DB Browser for SQLite) find a
table's FTS5 index by reading its ``CREATE VIRTUAL TABLE`` statement in ``sqlite_master``."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from db.statement_index import INDEXES, TextIndex

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
