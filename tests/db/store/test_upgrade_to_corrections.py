"""Schema 6, where facts are corrected one by one: a database of the last release upgrades to
it keeping every sheet, writes the reviewed marks it kept only in its tables into the stored
fact files, stamps every fact, and can then be corrected."""

from __future__ import annotations

import shutil
import tomllib
from pathlib import Path

from sqlalchemy import inspect, literal, select

from db.factfile.document import FactDocument
from db.factfile.reading import entry_stamp
from db.store import queries
from db.store.corrections import edit_fact
from db.store.schema import fact_table, sheet_table
from db.store.seed import open_or_seed
from db.store.session import make_engine

RELEASE = Path(__file__).parents[2] / "data" / "releases" / "schema4.sqlite3"


def marks_and_files(url: str) -> tuple[dict[tuple[str, str], tuple[bool, str]], dict[str, str]]:
    """Each fact's reviewed mark and stamp ("" before the upgrade), and each sheet's fact
    file, by slug."""
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            stored = {column["name"] for column in inspect(connection).get_columns("fact")}
            stamp = fact_table.c.stamp if "stamp" in stored else literal("")
            read = select(sheet_table.c.id, sheet_table.c.slug, sheet_table.c.fact_file)
            rows = connection.execute(read).all()
            sheets = {row.id: row.slug for row in rows}
            files = {row.slug: row.fact_file for row in rows}
            facts = connection.execute(
                select(
                    fact_table.c.sheet_id,
                    fact_table.c.key,
                    fact_table.c.reviewed,
                    stamp.label("stamp"),
                )
            ).all()
    finally:
        engine.dispose()
    marks = {(sheets[row.sheet_id], row.key): (row.reviewed, row.stamp) for row in facts}
    return marks, files


def test_the_last_release_upgrades_with_its_marks_in_its_fact_files_and_is_corrected(
    tmp_path: Path,
) -> None:
    path = tmp_path / "factsheet.sqlite3"
    shutil.copyfile(RELEASE, path)
    url = f"sqlite:///{path}"
    before, _files = marks_and_files(url)
    marked_in_tables_only = [key for key, (reviewed, _stamp) in before.items() if reviewed]
    assert marked_in_tables_only, "the release has facts marked reviewed"

    database = open_or_seed(url, is_default=False)  # a file upgrades as it is opened
    after, files = marks_and_files(url)

    assert {key: reviewed for key, (reviewed, _) in after.items()} == {
        key: reviewed for key, (reviewed, _) in before.items()
    }, "every sheet and mark is kept"
    for slug, text in files.items():
        document = FactDocument(text)
        for key, entry in document.keyed_entries():
            reviewed, stamp = after[(slug, key)]
            assert (entry.get("reviewed", True) is True) == reviewed, (slug, key)
            assert stamp == entry_stamp(entry), (slug, key)
        tomllib.loads(text)

    slug = "denmark-state-visit-iceland"
    attendee = queries.attendees(database, slug)[0]
    edit_fact(
        database,
        slug=slug,
        key=attendee.fact_key,
        stamp=attendee.stamp,
        changes={"title": "Prime minister"},
        user="anna",
    )
    assert queries.attendees(database, slug)[0].title == "Prime minister"
    database.close()
