"""One search, one meaning: the held table, the paged table through the search index, and the
paged table without it find the same statements for every query, on SQLite (an FTS5 index) and
on PostgreSQL (a pg_trgm index). Letters without a base letter (ø, þ, æ) and a zero-width space
inside a name are searched the same way on every path."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from db.factfile.reading import read_fact_file
from db.rows import StatementRow
from db.search import statement_index, statement_pages, trigram_index
from db.store import queries
from db.store.seed import seed_database
from db.store.session import Database, make_engine, open_database
from db.store.sheets import add_sheet
from tests.conftest import DATABASE_KINDS
from tests.plain_text import plain
from tests.postgres_server import TestServer
from viewer.models.roles import FACT_ID_ROLE
from viewer.window.main_window import MainWindow

QUERIES = [
    "kraine",  # inside a word
    "ukr",  # a word's beginning
    "raine ukr",  # two words, both inside words
    "cold war",
    "COLD WAR",
    "mokhbar",  # a speaker's other spelling
    "antonio",  # an accent left out
    "xi",  # shorter than the index's trigrams: scanned
    "“deep",  # a quote copied with its mark
    "nato kyiv",
    "NEAR(putin",  # full-text syntax, searched as text
    "paraphrase",  # a statement's kind, as the table shows it
    "zzzz-no-such-words",
]


NORDIC_SHEET = Path(__file__).parents[2] / "data" / "state_visit.toml"
ZERO_WIDTH_SPACE = "\u200b"
SPLIT_NAME = ("Haugland", f"Haug{ZERO_WIDTH_SPACE}land")
"""A speaker's name as a page copied from the web may hold it: a zero-width space inside."""
NORDIC_QUERIES = [
    "sorensen",  # ø typed as o
    "SØRENSEN",
    "lokke sorensen",
    "thorgerdur",  # þ and ð typed as th and d
    "Þorgerður",
    "haugland",  # the name with a zero-width space, typed without it
    SPLIT_NAME[1],  # and typed exactly, with it
    "zzzz-no-such-words",
]


def expected(rows: list[StatementRow], query: str) -> list[int]:
    """Rows whose words (speaker and every spelling, kind, statement, context, when, where, go-
    between, topic) hold every searched word anywhere, quote marks around a word left out."""
    terms = [plain(word).strip("\"'") for word in query.split()]
    found = []
    for row in rows:
        fields = [
            row.speaker,
            *row.speaker_spellings,
            row.kind.label,
            row.text,
            row.context,
            row.said_when,
            row.said_where,
            row.via,
            row.topic,
        ]
        words = plain(" ".join(fields))
        if all(term in words for term in terms if term):
            found.append(row.fact_id)
    return found


@pytest.fixture(scope="module", params=DATABASE_KINDS)
def database_urls(
    request: pytest.FixtureRequest, seeded_file: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[str, str]]:
    """The seeded database, and a copy without its search index: on SQLite without its FTS5
    table, on PostgreSQL without the pg_trgm extension (and so without its trigram index)."""
    folder = tmp_path_factory.mktemp("paths")
    if request.param == "sqlite":
        indexed, scanned = folder / "indexed.sqlite3", folder / "scanned.sqlite3"
        shutil.copyfile(seeded_file, indexed)
        shutil.copyfile(seeded_file, scanned)
        for path in (indexed, scanned):
            add_nordic_sheet(f"sqlite:///{path}", folder)
        with closing(sqlite3.connect(scanned)) as connection:
            connection.execute(f"DROP TABLE {statement_index.FTS_TABLE}")
            connection.commit()
        yield f"sqlite:///{indexed}", f"sqlite:///{scanned}"
        return
    server: TestServer = request.getfixturevalue("postgres")
    urls = server.copy_of("seeded", seed_database), server.copy_of("seeded", seed_database)
    for url in urls:
        add_nordic_sheet(url, folder)
    engine = make_engine(urls[1])
    with engine.begin() as connection:
        connection.exec_driver_sql(f"DROP EXTENSION {trigram_index.EXTENSION} CASCADE")
    engine.dispose()
    yield urls
    for url in urls:
        server.drop(url)


def add_nordic_sheet(url: str, folder: Path) -> None:
    """A second sheet whose names hold letters that do not decompose, and one name a
    zero-width space."""
    facts = folder / NORDIC_SHEET.name
    if not facts.exists():
        shutil.copyfile(
            NORDIC_SHEET.with_suffix(".txt"), folder / NORDIC_SHEET.with_suffix(".txt").name
        )
        original = NORDIC_SHEET.read_text(encoding="utf-8")
        split = original.replace(
            f'name = "Ola Brekke {SPLIT_NAME[0]}"', f'name = "Ola Brekke {SPLIT_NAME[1]}"'
        )
        assert split != original
        facts.write_text(split, encoding="utf-8")
    database = open_database(url)
    add_sheet(database, read_fact_file(facts))
    database.close()


def has_search_index(database: Database) -> bool:
    with database.read() as connection:
        return statement_index.has_index(connection) or trigram_index.exists(connection)


@pytest.fixture(scope="module")
def databases(database_urls: tuple[str, str]) -> Iterator[tuple[Database, Database]]:
    indexed, scanned = (open_database(url) for url in database_urls)
    assert has_search_index(indexed)
    assert not has_search_index(scanned)
    yield indexed, scanned
    indexed.close()
    scanned.close()


def sheet_rows(database: Database, nordic: bool) -> tuple[str, list[StatementRow]]:
    slugs = [slug for slug, _title in queries.sheet_titles(database)]
    nordic_slug = read_fact_file(NORDIC_SHEET).one("sheet")
    assert nordic_slug is not None
    (slug,) = [slug for slug in slugs if (slug == nordic_slug.text("slug")) == nordic]
    return slug, queries.statements(database, slug)


@pytest.fixture(scope="module")
def slug_and_rows(databases: tuple[Database, Database]) -> tuple[str, list[StatementRow]]:
    return sheet_rows(databases[0], nordic=False)


@pytest.fixture(scope="module")
def nordic_slug_and_rows(databases: tuple[Database, Database]) -> tuple[str, list[StatementRow]]:
    return sheet_rows(databases[0], nordic=True)


@pytest.fixture
def held_window(qtbot: QtBot, databases: tuple[Database, Database], tmp_path: Path) -> MainWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(databases[0], settings)
    qtbot.addWidget(window)
    window.tabs.setCurrentWidget(window.statements_tab)  # a table filters while on show
    return window


def paged(database: Database, slug: str, query: str) -> list[int]:
    view = statement_pages.StatementView(slug, query.strip())
    rows = statement_pages.rows_in_order(database, statement_pages.ordered_ids(database, view))
    return sorted(row.fact_id for row in rows if row is not None)


def assert_every_path_finds(
    window: MainWindow,
    databases: tuple[Database, Database],
    slug: str,
    query: str,
    wanted: list[int],
) -> None:
    window.load_sheet(slug)
    window.search.setText(query)
    window.search.emit_now()
    model = window.statements_tab.view.model()
    held = sorted(model.index(row, 0).data(FACT_ID_ROLE) for row in range(model.rowCount()))
    indexed, scanned = databases
    assert held == wanted, "the held table"
    assert paged(indexed, slug, query) == wanted, "the paged table, through the index"
    assert paged(scanned, slug, query) == wanted, "the paged table, scanning"


@pytest.mark.parametrize("query", NORDIC_QUERIES)
def test_letters_without_a_base_letter_and_zero_width_spaces_are_found_on_every_path(
    query: str,
    held_window: MainWindow,
    databases: tuple[Database, Database],
    nordic_slug_and_rows: tuple[str, list[StatementRow]],
) -> None:
    slug, rows = nordic_slug_and_rows
    wanted = sorted(expected(rows, query))
    if query != "zzzz-no-such-words":
        assert wanted, "the sheet has statements by this speaker"
    assert_every_path_finds(held_window, databases, slug, query, wanted)


@pytest.mark.parametrize("query", QUERIES)
def test_every_path_finds_the_same_statements(
    query: str,
    held_window: MainWindow,
    databases: tuple[Database, Database],
    slug_and_rows: tuple[str, list[StatementRow]],
) -> None:
    slug, rows = slug_and_rows
    assert_every_path_finds(held_window, databases, slug, query, sorted(expected(rows, query)))


def test_the_queries_are_not_all_empty_or_all_full(
    slug_and_rows: tuple[str, list[StatementRow]],
) -> None:
    """The list above tells the paths apart only if its queries find some rows and not others."""
    _slug, rows = slug_and_rows
    counts = [len(expected(rows, query)) for query in QUERIES]
    assert sum(0 < count < len(rows) for count in counts) >= 8


def test_a_database_that_cannot_have_pg_trgm_is_seeded_without_it_and_searched_the_same(
    postgres: TestServer,
) -> None:
    """pg_trgm needs the right to create things in the database (or the server lacks it):
    seeding then makes no trigram index, and the scan finds the same statements."""
    url = postgres.new_database()
    name = postgres.name_of(url)
    with postgres.admin.connect() as connection:
        connection.exec_driver_sql(f'REVOKE CREATE ON DATABASE "{name}" FROM CURRENT_USER')
    seed_database(url)
    database = open_database(url)
    with database.read() as connection:
        assert not trigram_index.exists(connection)
    ((slug, _title),) = queries.sheet_titles(database)
    rows = queries.statements(database, slug)
    for query in ("kraine", "antonio", "cold war"):
        assert paged(database, slug, query) == sorted(expected(rows, query)), query
    database.close()
    postgres.drop(url)
