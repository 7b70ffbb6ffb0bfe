"""Add a sheet from a fact file or remove one: the changes a person makes to a database
besides seeding it and correcting a sheet (db/store/corrections.py). Each is one transaction.
"""

from __future__ import annotations

import re
from dataclasses import replace as replace_fields
from typing import NamedTuple

from sqlalchemy import Connection, bindparam, or_, select

from db.errors import DatabaseError, UsageError
from db.factfile.reading import FactFile
from db.store.driver_cursor import driver_cursor, driver_select
from db.store.schema import sheet_table, source_table
from db.store.session import Database
from db.store.sheet_writer import delete_sheet, find_sheet_id, one, write_sheet


class OtherSheet(NamedTuple):
    """A sheet of another article that holds the slug a fact file asked for."""

    slug: str
    title: str
    file_name: str


class _StoredSheet(NamedTuple):
    """A sheet already in the database that may be in the way of the one being added."""

    id: int
    slug: str
    sha256: str
    title: str
    file_name: str


class Added(NamedTuple):
    slug: str
    replaced: bool
    kept: OtherSheet | None = None
    """Another article's sheet that had the slug asked for, kept as it was."""


def add_sheet(database: Database, fact_file: FactFile, *, replace: bool = False) -> Added:
    """Write the sheet of ``fact_file``.

    A sheet made from the same article (same SHA-256), under the slug asked for or under that
    slug with a number added, is replaced only if ``replace``. Another article's sheet is never
    replaced: when it holds the slug, the new sheet is added under the slug with the first free
    number ("-2", "-3"), so two reports that draft the same slug are both kept.
    """
    wanted = one(fact_file, "sheet").text("slug")
    article = one(fact_file, "source").text("sha256")
    with database.write() as connection:
        own, holder = _sheets_in_the_way(connection, wanted, article)
        if own is not None:
            if not replace:
                raise UsageError(
                    f"{database.location}: already holds a sheet called {own.slug!r}; "
                    "add --replace to replace it"
                )
            delete_sheet(connection, own.id)
            write_sheet(connection, _under_slug(fact_file, own.slug))
            return Added(slug=own.slug, replaced=True)
        if holder is None:
            write_sheet(connection, fact_file)
            return Added(slug=wanted, replaced=False)
        free = _first_free(connection, wanted)
        write_sheet(connection, _under_slug(fact_file, free))
        return Added(
            slug=free, replaced=False, kept=OtherSheet(holder.slug, holder.title, holder.file_name)
        )


_SHEETS_OF_ARTICLE_OR_SLUG = (
    select(
        sheet_table.c.id,
        sheet_table.c.slug,
        source_table.c.sha256,
        source_table.c.title,
        source_table.c.file_name,
    )
    .join(source_table, source_table.c.id == sheet_table.c.source_id)
    .where(
        or_(
            sheet_table.c.source_id.in_(
                select(source_table.c.id).where(source_table.c.sha256 == bindparam("sha256"))
            ),
            sheet_table.c.slug == bindparam("slug"),
        )
    )
    .order_by(sheet_table.c.id)
)


def _sheets_in_the_way(
    connection: Connection, slug: str, sha256: str
) -> tuple[_StoredSheet | None, _StoredSheet | None]:
    """The sheet made from the article, under ``slug`` or ``slug`` with a number added; and
    the sheet, of any article, that holds ``slug``. One query for both: on a server each
    question is a round trip, and adding many sheets asks them for every sheet. Sent on the
    driver's cursor, as the sheet's own statements are (db/store/driver_cursor.py)."""
    asking = driver_select(connection.dialect, _SHEETS_OF_ARTICLE_OR_SLUG)
    with driver_cursor(connection) as cursor:
        rows = asking.rows(cursor, {"sha256": sha256, "slug": slug})
    found = [_StoredSheet._make(row) for row in rows]
    of_article = [row for row in found if row.sha256 == sha256]
    exact = [row for row in of_article if row.slug == slug]
    numbered_ones = [row for row in of_article if _numbered(row.slug, slug)]
    holder = next((row for row in found if row.slug == slug), None)
    return next(iter(exact + numbered_ones), None), holder


def _numbered(candidate: str, slug: str) -> bool:
    """Whether ``candidate`` is ``slug`` with a number added ("summit-2" of "summit"): tested
    without a regular expression, which would be compiled anew for every sheet added."""
    number = candidate.removeprefix(f"{slug}-")
    return number != candidate and number.isdecimal()


def _first_free(connection: Connection, slug: str) -> str:
    taken: set[str] = set(
        connection.execute(
            select(sheet_table.c.slug).where(
                sheet_table.c.slug.startswith(f"{slug}-", autoescape=True)
            )
        ).scalars()
    )
    number = 2
    while f"{slug}-{number}" in taken:
        number += 1
    return f"{slug}-{number}"


_SLUG_LINE = re.compile(
    r"^(?P<field>[ \t]*slug[ \t]*=[ \t]*)(?P<value>\"[^\"\n]*\"|'[^'\n]*')", re.MULTILINE
)


def _under_slug(fact_file: FactFile, slug: str) -> FactFile:
    """The fact file with its sheet's slug changed, in its records and in the text kept with
    the sheet (``slug`` is a field of ``[sheet]`` alone)."""
    sheet = one(fact_file, "sheet")
    records = {
        **fact_file.records,
        "sheet": (replace_fields(sheet, values={**sheet.values, "slug": slug}),),
    }
    text = _SLUG_LINE.sub(lambda match: f'{match.group("field")}"{slug}"', fact_file.text, count=1)
    return replace_fields(fact_file, records=records, text=text)


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
