"""Add a sheet from a fact file, remove one, and mark drafted facts reviewed: the changes a
person makes to a database besides seeding it. Each is one transaction.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import NamedTuple

from sqlalchemy import select, update

from db.errors import DatabaseError, UsageError
from db.factfile import FactFile
from db.rows import SheetIdentity
from db.schema import fact_table, sheet_table
from db.session import Database
from db.sheet_identity import check_unchanged
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


def mark_reviewed(database: Database, sheet: SheetIdentity, fact_ids: Collection[int]) -> int:
    """Mark drafted facts of ``sheet`` as checked against the article; returns how many
    changed. Refused (SheetChangedError) if the sheet was removed or replaced meanwhile: its
    fact ids may by then be another sheet's facts."""
    if not fact_ids:
        return 0
    with database.write() as connection:
        check_unchanged(connection, sheet, database.location)
        changed = connection.execute(
            update(fact_table)
            .where(
                fact_table.c.id.in_(list(fact_ids)),
                fact_table.c.sheet_id == sheet.sheet_id,
                fact_table.c.reviewed.is_(False),
            )
            .values(reviewed=True)
        )
        return changed.rowcount
