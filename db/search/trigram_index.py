"""PostgreSQL's indexes for searching: pg_trgm GIN indexes on the folded words of statements
(a sheet's statements table) and of every other fact (a search of all sheets).

A search there is the same LIKE '%word%' scan of ``statement.search_text`` that SQLite falls
back to (db/search/statement_pages.py), so it finds the same rows; with this index PostgreSQL looks
each word's runs of three letters up instead of reading every row. pg_trgm ships with
PostgreSQL and is a trusted extension (from PostgreSQL 13), so a database's owner may add it.
Where it cannot be added (not installed on the server, or the user may not create things in
the database) the schema is made without the index, and searches of very large sheets are
slower but find the same rows.
"""

from __future__ import annotations

from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError

EXTENSION = "pg_trgm"
INDEX = "ix_statement_search_text_trigrams"
INDEXED_TABLES = {INDEX: "statement", "ix_fact_search_text_trigrams": "fact"}


def create(connection: Connection) -> None:
    """Add the extension if the database lacks it, then the index. Without the extension
    nothing is made, and the caller's transaction goes on as it was."""
    if not _extension_installed(connection):
        try:
            # In a savepoint: a refusal must not end the transaction that makes the schema.
            with connection.begin_nested():
                connection.exec_driver_sql(f"CREATE EXTENSION IF NOT EXISTS {EXTENSION}")
        except DBAPIError:
            return
    for index, table in INDEXED_TABLES.items():
        connection.exec_driver_sql(
            f"CREATE INDEX IF NOT EXISTS {index} ON {table} USING gin (search_text gin_trgm_ops)"
        )


def exists(connection: Connection) -> bool:
    if connection.dialect.name != "postgresql":
        return False
    found = connection.execute(text("SELECT to_regclass(:name)"), {"name": INDEX}).scalar()
    return found is not None


def _extension_installed(connection: Connection) -> bool:
    found = connection.execute(
        text("SELECT 1 FROM pg_extension WHERE extname = :name"), {"name": EXTENSION}
    ).first()
    return found is not None
