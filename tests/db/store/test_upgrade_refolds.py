"""A database written before the folding learnt letters such as ø, and zero-width spaces
(schema 4), is searched like a new one once upgraded: the upgrade folds its stored text again."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import update

from db.factfile import folding
from db.factfile.reading import read_fact_file
from db.search import statement_index, statement_pages
from db.search import texts as search_texts
from db.store import queries
from db.store.schema import SCHEMA_VERSION, fact_table, meta_table, statement_table
from db.store.seed import seed_database
from db.store.session import Database, make_engine, open_database
from db.store.sheets import add_sheet
from db.store.upgrade import upgrade_database
from tests.db.search.test_search_paths import NORDIC_SHEET, add_nordic_sheet


def folded_before(text: str) -> str:
    """The folding databases were written with: accents and case only."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()


FOLDED_COLUMNS = (
    (fact_table, ("search_text",)),
    (statement_table, ("speaker_sort", "search_text")),
)


def stored_search_text(url: str) -> dict[str, list[tuple[object, ...]]]:
    """Read straight from the tables, so a database not yet upgraded can be read too."""
    engine = make_engine(url)
    with engine.connect() as connection:
        stored = {
            table.name: sorted(
                tuple(row)
                for row in connection.execute(
                    table.select().with_only_columns(*(table.c[name] for name in columns))
                )
            )
            for table, columns in FOLDED_COLUMNS
        }
    engine.dispose()
    return stored


def found(database: Database, query: str) -> int:
    slug = read_fact_file(NORDIC_SHEET).one("sheet")
    assert slug is not None
    view = statement_pages.StatementView(slug.text("slug"), query)
    return len(statement_pages.ordered_ids(database, view))


@pytest.fixture
def old_and_new(
    any_empty_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[str, Database]]:
    """The same two sheets written with the old folding by schema 4 (its URL) and with
    today's."""
    with monkeypatch.context() as patched:
        # Search text is folded a part at a time by folding's own `fold`, a sort key by the
        # one search_texts imported.
        for module in (search_texts, folding):
            patched.setattr(module, "fold", folded_before)
        seed_database(any_empty_url)
        add_nordic_sheet(any_empty_url, tmp_path)
    written_by_schema_4 = open_database(any_empty_url)
    with written_by_schema_4.write() as connection:
        connection.execute(
            update(meta_table).where(meta_table.c.key == "schema_version").values(value="4")
        )
        # Nor had schema 4 the columns of schema 6, where facts are corrected one by one.
        for column in ("stamp", "changed_by", "changed_at", "reviewed_by", "reviewed_at"):
            connection.exec_driver_sql(f"ALTER TABLE fact DROP COLUMN {column}")
    written_by_schema_4.close()
    new_url = f"sqlite:///{tmp_path / 'new.sqlite3'}"
    seed_database(new_url)
    add_nordic_sheet(new_url, tmp_path)
    new = open_database(new_url)
    yield any_empty_url, new
    new.close()


def test_upgrading_an_old_database_makes_it_find_what_a_new_one_finds(
    old_and_new: tuple[str, Database],
) -> None:
    old_url, new = old_and_new
    assert stored_search_text(old_url) != stored_search_text(new.url)

    upgraded = upgrade_database(old_url)

    assert (upgraded.old, upgraded.new) == (4, SCHEMA_VERSION)
    assert stored_search_text(old_url) == stored_search_text(new.url)
    old = open_database(old_url)
    for query in ("sorensen", "haugland", "thorgerdur", "coastguards"):
        assert found(old, query) == found(new, query) > 0, query
    old.close()


def test_an_upgraded_sheet_can_still_be_replaced(
    old_and_new: tuple[str, Database], tmp_path: Path
) -> None:
    """The full-text indexes refilled by the upgrade match their rows, so taking a sheet out
    of them (replacing the sheet) works as on a database written today."""
    old_url, _new = old_and_new
    upgrade_database(old_url)
    old = open_database(old_url)
    with old.write() as connection:
        for index in statement_index.INDEXES:
            if index.exists(connection):
                connection.exec_driver_sql(
                    f"INSERT INTO {index.name}({index.name}) VALUES ('integrity-check')"
                )
    before = found(old, "sorensen")
    add_sheet(old, read_fact_file(tmp_path / NORDIC_SHEET.name), replace=True)
    assert found(old, "sorensen") == before > 0
    assert len(queries.sheet_titles(old)) == 2
    old.close()
