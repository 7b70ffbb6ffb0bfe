"""`factsheet add` with many articles: every sheet added in one process, one transaction each,
a failure named by its file while the others are still added, and the rows written in bulk."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest

from benchmarks.probes.driver_calls import recorded_at_the_driver
from db.factfile.reading import read_fact_file
from db.store.queries import list_sheets
from db.store.session import open_database
from db.store.sheets import add_sheet
from tests.conftest import PROJECT, database_contents
from tests.db.draft.test_own_articles import run
from viewer.cli.terminal_progress import TerminalProgress

DATA = PROJECT / "tests" / "data"
NAMES = ("alpine_union", "fisheries_council", "harbour_cities", "state_visit")


def slugs(url: str) -> set[str]:
    database = open_database(url)
    try:
        return {sheet.slug for sheet in list_sheets(database)}
    finally:
        database.close()


def pairs(folder: Path, names: tuple[str, ...] = NAMES) -> list[str]:
    return [str(folder / f"{name}{suffix}") for name in names for suffix in (".txt", ".toml")]


def test_many_pairs_are_added_in_one_command(
    any_seeded_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    before = slugs(any_seeded_url)
    status, out, err = run(["add", *pairs(DATA), "--db", any_seeded_url], capsys)
    assert (status, err) == (0, "")
    assert len(out.splitlines()) == len(NAMES)
    assert len(slugs(any_seeded_url) - before) == len(NAMES)


def test_a_folder_adds_each_fact_file_with_the_article_it_names(
    any_seeded_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    before = slugs(any_seeded_url)
    status, _out, err = run(["add", str(DATA), "--db", any_seeded_url], capsys)
    assert (status, err) == (0, "")
    assert len(slugs(any_seeded_url) - before) == len(NAMES)


def test_a_failure_is_named_by_its_file_and_the_rest_are_added(
    tmp_path: Path, any_seeded_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    articles = shutil.copytree(DATA, tmp_path / "articles")
    broken = articles / "harbour_cities.toml"
    broken.write_text("this is not [ a fact file", encoding="utf-8")
    before = slugs(any_seeded_url)
    again = pairs(articles, ("state_visit",))  # a second time: its sheet is there by then
    status, out, err = run(["add", *pairs(articles), *again, "--db", any_seeded_url], capsys)
    assert status == 1
    lines = err.splitlines()
    assert len(lines) == 3
    assert lines[0].startswith("factsheet: harbour_cities.toml")
    assert lines[1].startswith("factsheet: state_visit.toml: ")
    assert "already holds a sheet" in lines[1]
    assert lines[2].startswith(f"factsheet: added {len(NAMES) - 1} of {len(NAMES) + 1} sheets")
    assert len(out.splitlines()) == len(NAMES) - 1
    assert len(slugs(any_seeded_url) - before) == len(NAMES) - 1


def test_a_new_database_file_takes_every_sheet(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'new.sqlite3'}"
    status, out, _err = run(["add", *pairs(DATA), "--db", url], capsys)
    assert status == 0 and "a new database" in out.splitlines()[0]
    assert len(slugs(url)) == len(NAMES)


def test_an_article_without_its_fact_file_is_a_usage_error(
    any_seeded_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    before = database_contents(any_seeded_url)
    given = [*pairs(DATA, NAMES[:2]), str(DATA / "state_visit.txt")]
    status, _out, err = run(["add", *given, "--db", any_seeded_url], capsys)
    assert status == 2
    assert err == f"factsheet: {given[-1]}: is an article with no fact file after it\n"
    assert database_contents(any_seeded_url) == before


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_progress_bar_is_drawn_on_a_terminal_only() -> None:
    terminal, log = Terminal(), io.StringIO()
    for stream in (terminal, log):
        progress = TerminalProgress(4, stream=stream)
        progress.advance("alpine_union.toml")
        progress.say("added alpine-union", io.StringIO())
        progress.finish()
    assert "1/4 alpine_union.toml" in terminal.getvalue()
    assert log.getvalue() == ""


def test_a_sheet_is_written_in_a_few_statements_whatever_its_size(any_seeded_url: str) -> None:
    """One bulk insert per table, not one per row: the bundled sheet, of 13 members, 13
    attendees and 14 statements, takes few more statements than a small one."""
    inserted = {}
    for facts in (DATA / "state_visit.toml", *(PROJECT / "seeds").glob("*.toml")):
        fact_file = read_fact_file(facts)
        with recorded_at_the_driver() as executed:
            database = open_database(any_seeded_url)
        executed.clear()
        try:
            add_sheet(database, fact_file, replace=True)
        finally:
            database.close()
        rows = sum(len(records) for records in fact_file.records.values())
        inserted[rows] = sum(
            statement.lstrip().upper().startswith("INSERT") for statement, _, _ in executed
        )
    (small, small_inserts), (large, large_inserts) = sorted(inserted.items())
    assert large > 3 * small
    assert large_inserts < large / 3, "one insert per table and set of columns, not per row"
    assert large_inserts < 2 * small_inserts
