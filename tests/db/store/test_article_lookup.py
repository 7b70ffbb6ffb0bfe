"""Adding a sheet first asks whether its article or its slug is already in the database. That
question is answered from indexes, so adding the ten-thousandth sheet reads no other sheet's
article (text and all), and a database of many sheets keeps adding them at the same pace."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from benchmarks.probes.driver_calls import recorded_at_the_driver
from db.factfile.reading import read_fact_file
from db.store.session import open_database
from db.store.sheets import add_sheet
from tests.conftest import PROJECT

DATA = PROJECT / "tests" / "data"


def _lookups_made_while_adding(url: str, fact_file: Path) -> list[tuple[str, Any]]:
    """The statements that ask for stored articles by digest while ``fact_file`` is added."""
    with recorded_at_the_driver() as executed:
        database = open_database(url, create=True)
    executed.clear()
    try:
        add_sheet(database, read_fact_file(fact_file))
    finally:
        database.close()
    return [
        (statement, parameters)
        for statement, parameters, _many in executed
        if statement.lstrip().upper().startswith("SELECT") and "sha256" in statement
    ]


def test_adding_a_sheet_finds_its_article_without_reading_every_stored_one(
    tmp_path: Path,
) -> None:
    path = tmp_path / "sheets.sqlite3"
    url = f"sqlite:///{path}"
    for stored in ("alpine_union", "fisheries_council", "harbour_cities"):
        _lookups_made_while_adding(url, DATA / f"{stored}.toml")
    asked = _lookups_made_while_adding(url, DATA / "state_visit.toml")
    assert asked, "adding a sheet asks whether its article is already there"
    with sqlite3.connect(path) as connection:
        for statement, parameters in asked:
            plan = [
                row[3] for row in connection.execute(f"EXPLAIN QUERY PLAN {statement}", parameters)
            ]
            assert not [step for step in plan if step.startswith("SCAN")], plan
