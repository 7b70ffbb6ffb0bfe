"""Full-text search over statements: SQLite FTS5 where it exists, a LIKE scan elsewhere.

The index reads each statement's ``search_text`` (folded words of every column, the speaker's
other spellings included); the unicode61 tokenizer with remove_diacritics folds accents the
same way, so "antonio" finds "António". Words match by prefix: "ukr" finds "Ukraine".
"""

from __future__ import annotations

import re

from sqlalchemy import Connection, text

from db.text_folding import fold, search_terms
from db.vocabulary import StatementKind

FTS_TABLE = "statement_fts"
PREFIX_LENGTHS = "2 3 4 5 6 8"
"""Word beginnings of these lengths are indexed too, so a word half typed is found at once
rather than by merging every word that begins that way."""
_WORD = re.compile(r"\w+")


def searchable_text(
    *,
    speaker: str,
    spellings: list[str] | tuple[str, ...],
    kind: StatementKind,
    statement: str,
    context: str,
    said_when: str,
    said_where: str,
    via: str,
    topic: str,
) -> str:
    parts = [speaker, *spellings, kind.label, statement, context, said_when, said_where, via, topic]
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
            "search_text, content='statement', content_rowid='id', "
            f"tokenize='unicode61 remove_diacritics 2', prefix='{PREFIX_LENGTHS}')"
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


def match_expression(query: str) -> str | None:
    """The FTS5 query for a search, every word a quoted prefix; None if it has no words.

    Quoting each word keeps FTS syntax (AND, NEAR, *, quotes) typed by a person literal.
    """
    phrases = []
    for term in search_terms(query):
        words = _WORD.findall(term)
        if not words:
            return None
        phrases.append('"' + " ".join(words) + '"*')
    return " ".join(phrases) if phrases else None
