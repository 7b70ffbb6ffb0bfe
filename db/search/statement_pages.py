"""Statements of a very large sheet, a page at a time, searched and sorted in the database.

A window cannot hold a million rows; it asks for the first screen (a LIMIT query, a few
milliseconds), then for the ordered ids of every matching row (one column, off the UI thread),
then for rows by id as they scroll into view.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from sqlalchemy import (
    Connection,
    Select,
    bindparam,
    case,
    column,
    func,
    literal_column,
    select,
    table,
)

from db.factfile.folding import search_terms
from db.factfile.vocabulary import StatementKind
from db.rows import SheetIdentity, StatementRow
from db.search import statement_index
from db.store.queries import STATEMENT_ROW_COLUMNS, statement_row, with_speaker
from db.store.schema import sheet_table, statement_table
from db.store.session import Database
from db.store.sheet_identity import check_unchanged

_statement = statement_table.c

SORT_KEYS: dict[str, Any] = {
    "speaker": _statement.speaker_sort,
    "text": func.lower(_statement.text),
    "kind": case({kind.value: kind.label for kind in StatementKind}, value=_statement.kind),
    "when": func.lower(_statement.said_when),
    "where": func.lower(_statement.said_where),
    "topic": func.lower(_statement.topic),
}
"""What a large table sorts by for each of the viewer's columns: the words shown (a kind's
label, not its code), without regard to case; the speaker by a folded, indexed column."""

IDS_PER_QUERY = 5_000
"""Ids asked for in one query, well under SQLite's limit on bound parameters (32,766)."""

_FTS = table(statement_index.FTS_TABLE, column("rowid"))
_MATCH = literal_column(statement_index.FTS_TABLE).op("MATCH")


@dataclass(frozen=True)
class StatementView:
    """Which statements, in what order: a search and a sort."""

    slug: str
    query: str = ""
    sort_key: str | None = None
    descending: bool = False


_SHEET_ID = (
    select(sheet_table.c.id).where(sheet_table.c.slug == bindparam("slug")).scalar_subquery()
)


def _like_pattern(term: str) -> str:
    """A LIKE pattern that finds ``term`` anywhere, its own % and _ taken literally."""
    escaped = term.replace("/", "//").replace("%", "/%").replace("_", "/_")
    return f"%{escaped}%"


def _shaped(
    connection: Connection, view: StatementView, columns: str
) -> tuple[Select[Any], dict[str, Any]]:
    """The select of ``columns`` ("rows" or "ids") for the view's search and order, and its
    parameters.

    The select depends only on the view's shape (whether the index drives it, how many words
    are scanned, the sort), never on its words, so it is built once per shape and SQLAlchemy
    compiles it once; the words, the sheet and the limit are its parameters. With the
    full-text index the search drives the query, in the index's own rowid order, so the first
    screen of a common word is read without collecting every match first.
    """
    plan = statement_index.search_plan(view.query)
    matched = plan.match is not None and statement_index.has_index(connection)
    scanned = plan.scanned if matched else search_terms(view.query)
    parameters: dict[str, Any] = {"slug": view.slug}
    if matched:
        parameters["match"] = plan.match
    parameters.update((f"term{number}", _like_pattern(term)) for number, term in enumerate(scanned))
    shape = (columns, matched, len(scanned), view.sort_key or "", view.descending)
    return _select_of_shape(*shape), parameters


@lru_cache(maxsize=256)
def _select_of_shape(
    columns: str, matched: bool, scanned: int, sort_key: str, descending: bool
) -> Select[Any]:
    statement = select(*STATEMENT_ROW_COLUMNS) if columns == "rows" else select(_statement.id)
    order: Any = _statement.id
    if matched:
        statement = statement.select_from(_FTS).join(statement_table, _statement.id == _FTS.c.rowid)
        statement = statement.where(_MATCH(bindparam("match")))
        order = _FTS.c.rowid
    for number in range(scanned):
        statement = statement.where(
            _statement.search_text.like(bindparam(f"term{number}"), escape="/")
        )
    statement = statement.where(_statement.sheet_id == _SHEET_ID)
    key = SORT_KEYS.get(sort_key)
    if key is None:
        statement = statement.order_by(order.desc() if descending else order)
    elif descending:
        statement = statement.order_by(key.desc(), _statement.id.desc())
    else:
        statement = statement.order_by(key, _statement.id)
    if columns == "rows":
        statement = with_speaker(statement).limit(bindparam("limit"))
    return statement


def first_page(database: Database, view: StatementView, limit: int) -> list[StatementRow]:
    """The first ``limit`` rows of the view: the first screen, before anything is counted."""
    with database.read() as connection:
        statement, parameters = _shaped(connection, view, "rows")
        rows = connection.execute(statement, {**parameters, "limit": limit})
        return [statement_row(values) for values in rows]


def first_page_query(database: Database, view: StatementView, limit: int) -> tuple[str, Any]:
    """The SQL of ``first_page`` and its parameters, as the driver takes them: the floor that
    `make bench` times the first screen of a search against."""
    with database.read() as connection:
        statement, parameters = _shaped(connection, view, "rows")
        return _for_driver(connection, statement, {**parameters, "limit": limit})


def _for_driver(
    connection: Connection, statement: Select[Any], given: dict[str, Any]
) -> tuple[str, Any]:
    """The SQL of ``statement`` and its parameters ``given``, in the driver's own form."""
    compiled = statement.compile(dialect=connection.dialect)
    values = compiled.construct_params(given)
    if compiled.positional:
        return str(compiled), tuple(values[name] for name in compiled.positiontup or ())
    return str(compiled), values


class Superseded(Exception):
    """The caller no longer wants the answer (the search changed while it was being read)."""


def ordered_ids(
    database: Database,
    view: StatementView,
    *,
    superseded: Callable[[], bool] = lambda: False,
    sheet: SheetIdentity | None = None,
) -> array[int]:
    """The id of every row of the view, in order: 8 bytes a row, so a million fit easily.

    ``superseded`` is asked between batches; reading stops early once it says yes. With
    ``sheet``, a sheet removed or replaced since it was read is refused (SheetChangedError)
    rather than answered with no ids.
    """
    with database.read() as connection:
        if sheet is not None:
            check_unchanged(connection, sheet, database.location)
        statement, parameters = _shaped(connection, view, "ids")
        return _fetch_ids(connection, statement, parameters, superseded)


def _fetch_ids(
    connection: Connection,
    statement: Select[Any],
    given: dict[str, Any],
    superseded: Callable[[], bool],
) -> array[int]:
    """Read one integer column straight from the driver's cursor.

    A million ids take about 0.3 s this way and over a second through result rows, which
    are built for richer results than a column of integers.
    """
    sql, parameters = _for_driver(connection, statement, given)
    driver_connection = connection.connection.driver_connection
    if driver_connection is None:
        raise RuntimeError("the database connection is closed")
    if connection.dialect.name == "postgresql":
        # A cursor kept on the server sends one batch per fetch; an ordinary one would wait for
        # every id before the first batch, so a superseded read could not stop early.
        cursor = driver_connection.cursor(name="ordered_ids")
    else:
        cursor = driver_connection.cursor()
    ids = array("q")
    try:
        cursor.execute(sql, parameters)
        while batch := cursor.fetchmany(10_000):
            if superseded():
                raise Superseded
            ids.extend(row[0] for row in batch)
    finally:
        cursor.close()
    return ids


def rows_by_id(
    database: Database, ids: Sequence[int], *, sheet: SheetIdentity | None = None
) -> dict[int, StatementRow]:
    """The rows with these ids, by id; an id whose row has since been deleted is missing.
    With ``sheet``, they are read only from that sheet as it was read (else SheetChangedError),
    never from another sheet that has since been given the same ids."""
    found: dict[int, StatementRow] = {}
    with database.read() as connection:
        if sheet is not None:
            check_unchanged(connection, sheet, database.location)
        for start in range(0, len(ids), IDS_PER_QUERY):
            batch = list(ids[start : start + IDS_PER_QUERY])
            statement = with_speaker(select(*STATEMENT_ROW_COLUMNS)).where(_statement.id.in_(batch))
            found.update(
                (values.id, statement_row(values)) for values in connection.execute(statement)
            )
    return found


def rows_in_order(
    database: Database, ids: Sequence[int], *, sheet: SheetIdentity | None = None
) -> list[StatementRow | None]:
    """The rows with these ids, each in its place; None for an id whose row is gone (the
    sheet was re-seeded meanwhile), so a deleted row never shifts another into its place."""
    found = rows_by_id(database, ids, sheet=sheet)
    return [found.get(statement_id) for statement_id in ids]
