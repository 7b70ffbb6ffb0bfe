"""Statements of a very large sheet, a page at a time, searched and sorted in the database.

A window cannot hold a million rows; it asks for the first screen (a LIMIT query, a few
milliseconds), then for the ordered ids of every matching row (one column, off the UI thread),
then for rows by id as they scroll into view.
"""

from __future__ import annotations

from array import array
from collections import namedtuple
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, overload

from sqlalchemy import (
    Connection,
    Dialect,
    Select,
    bindparam,
    case,
    column,
    func,
    literal_column,
    select,
    table,
)
from sqlalchemy.engine import Compiled

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


def is_read_off_an_index(database: Database, view: StatementView) -> bool:
    """Whether the view's first screen is read straight off an index, in the index's own
    order, so that it costs a screen of index entries however many rows match (about a
    millisecond at a million statements): the sheet's rows unsearched and unsorted (by id), or
    on SQLite a search whose every word the full-text index finds, unsorted. Any other first
    screen may have to scan or sort every match first."""
    if view.sort_key is not None:
        return False
    if not search_terms(view.query):
        return True
    plan = statement_index.search_plan(view.query)
    if plan.scanned or database.engine.dialect.name != "sqlite":
        return False
    with database.read() as connection:
        return statement_index.has_index(connection)


def first_page(database: Database, view: StatementView, limit: int) -> Sequence[StatementRow]:
    """The first ``limit`` rows of the view: the first screen, before anything is counted.

    A search shows nothing new until this answers, and the driver reads a screen in about
    0.6 ms, where SQLAlchemy's execute and result rows took 2.3 ms (the statement's cache key
    worked out again, each row fetched alone, then read by name). So this one query runs on
    the driver's cursor with its SQL compiled once per shape (``_DriverStatement``), and its
    rows are made into StatementRows only as they are read (``FirstPage``)."""
    with database.read() as connection:
        statement, parameters = _shaped(connection, view, "rows")
        driven = _on_driver(connection.dialect, statement)
        return FirstPage(driven, driven.rows(connection, {**parameters, "limit": limit}))


_StatementValues = namedtuple(  # type: ignore[misc]
    "_StatementValues", [column.key for column in STATEMENT_ROW_COLUMNS]
)
"""A row of STATEMENT_ROW_COLUMNS by name, as ``statement_row`` reads it."""


class FirstPage(Sequence[StatementRow]):
    """Rows as the driver gave them, each made a StatementRow the first time it is read: a
    window shows a few dozen rows of a page, and making every row of it took longer than the
    query itself."""

    def __init__(self, driven: _DriverStatement, rows: list[tuple[Any, ...]]) -> None:
        self._driven = driven
        self._rows = rows
        self._made: list[StatementRow | None] = [None] * len(rows)

    def __len__(self) -> int:
        return len(self._rows)

    @overload
    def __getitem__(self, position: int) -> StatementRow: ...

    @overload
    def __getitem__(self, position: slice) -> Sequence[StatementRow]: ...

    def __getitem__(self, position: int | slice) -> StatementRow | Sequence[StatementRow]:
        if isinstance(position, slice):
            return [self[number] for number in range(len(self))[position]]
        made = self._made[position]
        if made is None:
            values = _StatementValues._make(self._driven.read(self._rows[position]))
            made = self._made[position] = statement_row(values)
        return made


def first_page_query(database: Database, view: StatementView, limit: int) -> tuple[str, Any]:
    """The SQL of ``first_page`` and its parameters, as the driver takes them: the floor that
    `make bench` times the first screen of a search against."""
    with database.read() as connection:
        statement, parameters = _shaped(connection, view, "rows")
        driven = _on_driver(connection.dialect, statement)
        return driven.sql, driven.parameters({**parameters, "limit": limit})


@dataclass(frozen=True)
class _DriverStatement:
    """A select compiled for one dialect, run straight on the driver's cursor: its SQL, how
    the driver takes its parameters, and how each column's value is read (a JSON list from
    SQLite's text, a boolean from its integer), as SQLAlchemy's own result rows would."""

    sql: str
    compiled: Compiled
    positions: tuple[str, ...] | None
    """The parameters' names in the order a positional driver (SQLite's) takes them."""
    readers: tuple[Callable[[Any], Any] | None, ...]

    def parameters(self, given: dict[str, Any]) -> Any:
        values = self.compiled.construct_params(given) or {}
        if self.positions is None:
            return values
        return tuple(values[name] for name in self.positions)

    def cursor(self, connection: Connection, given: dict[str, Any], *, name: str = "") -> Any:
        """A driver cursor that has run the statement with ``given``; a ``name`` asks
        PostgreSQL for a cursor kept on the server, which sends its rows a batch at a time."""
        driver_connection = connection.connection.driver_connection
        if driver_connection is None:
            raise RuntimeError("the database connection is closed")
        if name and connection.dialect.name == "postgresql":
            cursor = driver_connection.cursor(name=name)
        else:
            cursor = driver_connection.cursor()
        try:
            cursor.execute(self.sql, self.parameters(given))
        except BaseException:
            cursor.close()
            raise
        return cursor

    def rows(self, connection: Connection, given: dict[str, Any]) -> list[tuple[Any, ...]]:
        """Every row as the driver gives it; ``read`` reads one as SQLAlchemy would."""
        cursor = self.cursor(connection, given)
        try:
            rows: list[tuple[Any, ...]] = cursor.fetchall()
        finally:
            cursor.close()
        return rows

    def read(self, row: tuple[Any, ...]) -> tuple[Any, ...]:
        """A driver's row with each value read as its column's type reads it."""
        return tuple(
            value if reader is None or value is None else reader(value)
            for reader, value in zip(self.readers, row, strict=True)
        )


@lru_cache(maxsize=256)
def _on_driver(dialect: Dialect, statement: Select[Any]) -> _DriverStatement:
    """``statement`` compiled for ``dialect``, once: the selects are ``_select_of_shape``'s,
    one object per shape, so a few are asked for again and again."""
    readers = tuple(
        column.type.dialect_impl(dialect).result_processor(dialect, None)
        for column in statement.selected_columns
    )
    compiled = statement.compile(dialect=dialect)
    positions = getattr(compiled, "positiontup", None) if dialect.positional else None
    return _DriverStatement(str(compiled), compiled, positions, readers)


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
    # On PostgreSQL a cursor kept on the server sends one batch per fetch; an ordinary one
    # would wait for every id before the first batch, so a superseded read could not stop early.
    cursor = _on_driver(connection.dialect, statement).cursor(connection, given, name="ordered_ids")
    ids = array("q")
    try:
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
