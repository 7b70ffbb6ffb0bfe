"""Search over statements: a row matches when its folded text contains every word searched
for, anywhere, as a held table matches ("kraine" finds "Ukraine", "antonio" finds "António").

SQLite answers through an FTS5 index with the trigram tokenizer, which finds any run of three
or more characters; shorter words, and databases without FTS5, are matched by a LIKE scan of
the same folded text, which gives the same rows more slowly.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from sqlalchemy import Connection, text

from db.text_folding import fold, search_terms
from db.vocabulary import StatementKind

FTS_TABLE = "statement_fts"
TRIGRAM = 3
"""The trigram index finds words of at least this many characters."""


def searchable_text(
    *, speaker: str, spellings: Iterable[str], kind: StatementKind, texts: Iterable[str]
) -> str:
    """What a statement is searched by: its speaker (every spelling), its kind, and each of its
    text fields, folded."""
    parts = [speaker, *spellings, kind.label, *texts]
    return fold("\n".join(part for part in parts if part))


def supports_full_text(connection: Connection) -> bool:
    if connection.dialect.name != "sqlite":
        return False
    options: list[str] = list(connection.exec_driver_sql("PRAGMA compile_options").scalars())
    return "ENABLE_FTS5" in options


def has_index(connection: Connection) -> bool:
    if connection.dialect.name != "sqlite":
        return False
    found = connection.execute(
        text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = :name"),
        {"name": FTS_TABLE},
    ).first()
    return found is not None


def create_index(connection: Connection) -> None:
    if supports_full_text(connection):
        connection.exec_driver_sql(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5("
            "search_text, content='statement', content_rowid='id', tokenize='trigram')"
        )


def drop_index(connection: Connection) -> None:
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql(f"DROP TABLE IF EXISTS {FTS_TABLE}")


def index_sheet(connection: Connection, sheet_id: int) -> None:
    """Add a newly written sheet's statements to the index."""
    if has_index(connection):
        connection.execute(
            text(
                f"INSERT INTO {FTS_TABLE}(rowid, search_text) "
                "SELECT id, search_text FROM statement WHERE sheet_id = :sheet"
            ),
            {"sheet": sheet_id},
        )


def optimize(connection: Connection) -> None:
    """Merge the index into one tree after a bulk load; queries on common words get faster."""
    if has_index(connection):
        connection.execute(text(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('optimize')"))


def unindex_sheet(connection: Connection, sheet_id: int) -> None:
    """Take a sheet's statements out of the index before they are deleted."""
    if has_index(connection):
        connection.execute(
            text(
                f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, search_text) "
                "SELECT 'delete', id, search_text FROM statement WHERE sheet_id = :sheet"
            ),
            {"sheet": sheet_id},
        )


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
