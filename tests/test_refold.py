"""A database written before the folding learnt letters such as ø, and zero-width spaces, is
searched like a new one once its stored search text is folded again."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest

from db import queries, sheet_writer, statement_index, statement_pages
from db.factfile import read_fact_file
from db.refold import FOLDED_COLUMNS, refold_search_text
from db.seed import seed_database
from db.session import Database, open_database
from db.sheets import add_sheet
from tests.test_search_paths import NORDIC_SHEET, add_nordic_sheet


def folded_before(text: str) -> str:
    """The folding databases were written with: accents and case only."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()


def stored_search_text(database: Database) -> dict[str, list[tuple[object, ...]]]:
    with database.read() as connection:
        return {
            table.name: sorted(
                tuple(row)
                for row in connection.execute(
                    table.select().with_only_columns(*(table.c[name] for name in columns))
                )
            )
            for table, columns in FOLDED_COLUMNS
        }


def found(database: Database, query: str) -> int:
    slug = read_fact_file(NORDIC_SHEET).one("sheet")
    assert slug is not None
    view = statement_pages.StatementView(slug.text("slug"), query)
    return len(statement_pages.ordered_ids(database, view))


@pytest.fixture
def old_and_new(
    any_empty_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[Database, Database]]:
    """The same two sheets written with the old folding and with today's."""
    with monkeypatch.context() as patched:
        for module in (sheet_writer, statement_index):
            patched.setattr(module, "fold", folded_before)
        seed_database(any_empty_url)
        add_nordic_sheet(any_empty_url, tmp_path)
    new_url = f"sqlite:///{tmp_path / 'new.sqlite3'}"
    seed_database(new_url)
    add_nordic_sheet(new_url, tmp_path)
    old, new = open_database(any_empty_url), open_database(new_url)
    yield old, new
    old.close()
    new.close()


def test_refolding_an_old_database_makes_it_find_what_a_new_one_finds(
    old_and_new: tuple[Database, Database],
) -> None:
    old, new = old_and_new
    assert found(old, "sorensen") == 0, "written the old way, ø is not o"
    assert found(old, "haugland") == 0, "written the old way, the zero-width space stays"
    assert stored_search_text(old) != stored_search_text(new)

    with old.write() as connection:
        changed = refold_search_text(connection)

    assert changed > 0
    assert stored_search_text(old) == stored_search_text(new)
    for query in ("sorensen", "haugland", "thorgerdur", "coastguards"):
        assert found(old, query) == found(new, query) > 0, query
    with old.write() as connection:
        assert refold_search_text(connection) == 0, "a second run has nothing left to do"


def test_a_refolded_sheet_can_still_be_replaced(
    old_and_new: tuple[Database, Database], tmp_path: Path
) -> None:
    """The full-text indexes refilled by the refolding match their rows, so taking a sheet out
    of them (replacing the sheet) works as on a database written today."""
    old, _new = old_and_new
    with old.write() as connection:
        refold_search_text(connection)
        for index in statement_index.INDEXES:
            if index.exists(connection):
                connection.exec_driver_sql(
                    f"INSERT INTO {index.name}({index.name}) VALUES ('integrity-check')"
                )
    before = found(old, "sorensen")
    add_sheet(old, read_fact_file(tmp_path / NORDIC_SHEET.name), replace=True)
    assert found(old, "sorensen") == before > 0
    assert len(queries.sheet_titles(old)) == 2
