"""Add a sheet from a fact file or remove one: the changes a person makes to a database
besides seeding it and correcting a sheet (db/corrections.py). Each is one transaction.
"""

from __future__ import annotations

from typing import NamedTuple

from sqlalchemy import select

from db.errors import DatabaseError, UsageError
from db.factfile import FactFile
from db.schema import sheet_table
from db.session import Database
from db.sheet_writer import delete_sheet, find_sheet_id, one, write_sheet


class Added(NamedTuple):
    slug: str
    replaced: bool


def add_sheet(database: Database, fact_file: FactFile, *, replace: bool = False) -> Added:
    """Write the sheet of ``fact_file``; one of the same slug is replaced only if ``replace``."""
    slug = one(fact_file, "sheet").text("slug")
    with database.write() as connection:
        existing = find_sheet_id(connection, slug)
        if existing is not None:
            if not replace:
                raise UsageError(
                    f"{database.location}: already holds a sheet called {slug!r}; "
                    "add --replace to replace it"
                )
            delete_sheet(connection, existing)
        write_sheet(connection, fact_file)
    return Added(slug=slug, replaced=existing is not None)


def remove_sheet(database: Database, slug: str) -> None:
    with database.write() as connection:
        existing = find_sheet_id(connection, slug)
        if existing is None:
            raise DatabaseError(
                f"{database.location}: holds no sheet called {slug!r} "
                "(`factsheet list` shows the sheets)"
            )
        delete_sheet(connection, existing)


def sheet_slugs(database: Database) -> set[str]:
    with database.read() as connection:
        return set(connection.execute(select(sheet_table.c.slug)).scalars())
