"""Search over statements, and over every other fact for a search of all sheets at once: a row
matches when its folded text contains every word searched for, anywhere, as a held table
matches ("kraine" finds "Ukraine", "antonio" finds "António").

SQLite answers through an FTS5 index with the trigram tokenizer, which finds any run of three
or more characters; shorter words, and databases without FTS5, are matched by a LIKE scan of
the same folded text, which gives the same rows more slowly. PostgreSQL answers that LIKE scan
through a trigram index of its own (db/search/trigram_index.py).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import NamedTuple
from weakref import WeakKeyDictionary

from sqlalchemy import Connection, Engine, text

from db.factfile.folding import fold_lines, search_terms
from db.factfile.vocabulary import StatementKind
from db.search import trigram_index

FTS_TABLE = "statement_fts"
TRIGRAM = 3
"""The trigram index finds words of at least this many characters."""


def searchable_text(
    *, speaker: str, spellings: Iterable[str], kind: StatementKind, texts: Iterable[str]
) -> str:
    """What a statement is searched by: its speaker (every spelling), its kind, and each of its
    text fields, folded."""
    parts = [speaker, *spellings, kind.label, *texts]
    return fold_lines(parts)


def supports_full_text(connection: Connection) -> bool:
    if connection.dialect.name != "sqlite":
        return False
    options: list[str] = list(connection.exec_driver_sql("PRAGMA compile_options").scalars())
    return "ENABLE_FTS5" in options


@dataclass(frozen=True)
class TextIndex:
    """A full-text index over one table's folded ``search_text`` column, filled sheet by sheet.

    The index stores no text of its own (``content=``): it points at the table's rows by id."""

    name: str
    table: str

    def exists(self, connection: Connection) -> bool:
        return self.name in _indexes_in(connection)

    def create(self, connection: Connection) -> None:
        connection.exec_driver_sql(self.definition())

    def definition(self) -> str:
        """The statement that creates the index. The content table is named in double quotes,
        as Datasette's look-up of a table's full-text index expects (``content="statement"``),
        so Datasette and DB Browser for SQLite offer the index for the table."""
        return (
            f"CREATE VIRTUAL TABLE IF NOT EXISTS {self.name} USING fts5("
            f'search_text, content="{self.table}", content_rowid=id, tokenize=trigram)'
        )

    def _rows_of_sheet(self) -> str:
        # Rows with nothing to search (a statement's fact, searched through its statement)
        # are left out; taking a sheet out must leave out the same rows. The statements are
        # SQLite's own (an index is SQLite's alone), sent as they are: as text() they were
        # worked out anew for every sheet written, which took four times as long.
        return (
            f"SELECT {{first}}id, search_text FROM {self.table} "
            "WHERE sheet_id = ? AND search_text != ''"
        )

    def add_sheet(self, connection: Connection, sheet_id: int) -> None:
        rows = self._rows_of_sheet().format(first="")
        connection.exec_driver_sql(
            f"INSERT INTO {self.name}(rowid, search_text) {rows}", (sheet_id,)
        )

    def remove_sheet(self, connection: Connection, sheet_id: int) -> None:
        rows = self._rows_of_sheet().format(first="'delete', ")
        connection.exec_driver_sql(
            f"INSERT INTO {self.name}({self.name}, rowid, search_text) {rows}", (sheet_id,)
        )


_present: WeakKeyDictionary[Engine, frozenset[str]] = WeakKeyDictionary()
"""The full-text indexes each open database has: asked once, not before every search or
write, as they change only when this module creates or drops them."""


def _indexes_in(connection: Connection) -> frozenset[str]:
    if connection.dialect.name != "sqlite":
        return frozenset()
    engine = connection.engine
    if engine not in _present:
        tables = text("SELECT name FROM sqlite_master WHERE type = 'table'")
        _present[engine] = frozenset(connection.execute(tables).scalars())
    return _present[engine]


STATEMENTS = TextIndex("statement_fts", "statement")
FACTS = TextIndex("fact_fts", "fact")
"""Every other fact of a sheet (a member, an attendee, the event…), for searching all sheets."""
INDEXES = (STATEMENTS, FACTS)
FTS_TABLE = STATEMENTS.name


def has_index(connection: Connection, index: TextIndex = STATEMENTS) -> bool:
    return index.exists(connection)


def create_index(connection: Connection) -> None:
    _present.pop(connection.engine, None)
    if supports_full_text(connection):
        for index in INDEXES:
            index.create(connection)
    elif connection.dialect.name == "postgresql":
        trigram_index.create(connection)


def drop_index(connection: Connection) -> None:
    _present.pop(connection.engine, None)
    if connection.dialect.name == "sqlite":
        for index in INDEXES:
            connection.exec_driver_sql(f"DROP TABLE IF EXISTS {index.name}")


def index_sheet(connection: Connection, sheet_id: int) -> None:
    """Add a newly written sheet's rows to the indexes."""
    for index in INDEXES:
        if index.exists(connection):
            index.add_sheet(connection, sheet_id)


def optimize(connection: Connection) -> None:
    """Merge the indexes into one tree each after a bulk load; common words get faster."""
    for index in INDEXES:
        if index.exists(connection):
            connection.execute(text(f"INSERT INTO {index.name}({index.name}) VALUES ('optimize')"))


def unindex_sheet(connection: Connection, sheet_id: int) -> None:
    """Take a sheet's rows out of the indexes before they are deleted."""
    for index in INDEXES:
        if index.exists(connection):
            index.remove_sheet(connection, sheet_id)


class SearchPlan(NamedTuple):
    """How a search is answered: an FTS5 query for the words the index can find, and the
    words to be found by scanning."""

    match: str | None
    scanned: tuple[str, ...]


def search_plan(query: str) -> SearchPlan:
    """Each folded word of ``query`` as an FTS5 string (quoted, so FTS syntax a person types,
    such as AND, NEAR or *, is searched for literally) if the index can find it."""
    terms = search_terms(query)
    indexed = [term for term in terms if len(term) >= TRIGRAM]
    match = " ".join('"' + term.replace('"', '""') + '"' for term in indexed) or None
    return SearchPlan(match, tuple(term for term in terms if len(term) < TRIGRAM))
