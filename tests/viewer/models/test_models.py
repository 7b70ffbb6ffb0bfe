"""The table model and its filtering proxy on their own, filled with the seeded rows."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester

from db.draft.countries import gazetteer
from db.store import queries
from db.store.queries import AttendeeRow
from db.store.session import Database
from tests.plain_text import plain
from viewer.models.columns import ATTENDEE_COLUMNS, MEMBER_COLUMNS, STATEMENT_COLUMNS, Column
from viewer.models.filter_proxy import FactFilterProxy
from viewer.models.roles import FACT_ID_ROLE
from viewer.models.table_model import FactTableModel

Rows = Callable[[Database, str], Sequence[Any]]
TABLES: list[tuple[str, Sequence[Column[Any]], Rows]] = [
    ("members", MEMBER_COLUMNS, queries.members),
    ("attendees", ATTENDEE_COLUMNS, queries.attendees),
    ("statements", STATEMENT_COLUMNS, queries.statements),
]
UNKNOWN_ROLES = (
    Qt.ItemDataRole.DecorationRole,
    Qt.ItemDataRole.CheckStateRole,
    Qt.ItemDataRole.UserRole + 99,
)


@pytest.fixture
def slug(database: Database) -> str:
    (sheet,) = queries.list_sheets(database)
    return sheet.slug


def filled(columns: Sequence[Column[Any]], rows: Sequence[Any]) -> FactTableModel[Any]:
    model: FactTableModel[Any] = FactTableModel(columns)
    model.set_rows(rows)
    return model


def filtered(model: FactTableModel[Any], query: str) -> FactFilterProxy:
    proxy = FactFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_query(query)
    return proxy


def attendee_fields(row: AttendeeRow) -> list[str]:
    return [row.name, *row.other_spellings, row.title, row.represents, row.role_label, row.note]


def shown_fact_ids(proxy: FactFilterProxy) -> list[int]:
    return [proxy.index(row, 0).data(FACT_ID_ROLE) for row in range(proxy.rowCount())]


@pytest.mark.parametrize(("name", "columns", "rows_of"), TABLES, ids=[t[0] for t in TABLES])
def test_model_passes_the_model_tester(
    qapp: QApplication,
    qtmodeltester: ModelTester,
    database: Database,
    slug: str,
    name: str,
    columns: Sequence[Column[Any]],
    rows_of: Rows,
) -> None:
    rows = rows_of(database, slug)
    model: FactTableModel[Any] = FactTableModel(columns)

    qtmodeltester.check(model)  # empty, then watched while it is filled
    model.set_rows(rows)

    assert model.rowCount() == len(rows) > 0
    assert model.columnCount() == len(columns)
    qtmodeltester.check(model)


@pytest.mark.parametrize(("name", "columns", "rows_of"), TABLES, ids=[t[0] for t in TABLES])
def test_proxy_passes_the_model_tester_with_and_without_a_query(
    qapp: QApplication,
    qtmodeltester: ModelTester,
    database: Database,
    slug: str,
    name: str,
    columns: Sequence[Column[Any]],
    rows_of: Rows,
) -> None:
    rows = rows_of(database, slug)
    model = filled(columns, rows)
    proxy = filtered(model, "")
    qtmodeltester.check(proxy)
    query = columns[0].text(rows[0])

    proxy.set_query(query)  # watched by the tester

    assert 0 < proxy.rowCount() < len(rows), query
    qtmodeltester.check(proxy)
    proxy.sort(0, Qt.SortOrder.DescendingOrder)
    proxy.set_query("")
    assert proxy.rowCount() == len(rows)


@pytest.mark.parametrize(("name", "columns", "rows_of"), TABLES, ids=[t[0] for t in TABLES])
def test_data_is_none_for_unknown_roles_and_invalid_indexes(
    qapp: QApplication,
    database: Database,
    slug: str,
    name: str,
    columns: Sequence[Column[Any]],
    rows_of: Rows,
) -> None:
    rows = rows_of(database, slug)
    model = filled(columns, rows)
    index = model.index(0, 0)

    assert index.data() == columns[0].text(rows[0])
    assert index.data(FACT_ID_ROLE) == rows[0].fact_id
    for role in UNKNOWN_ROLES:
        assert model.data(index, role) is None, role
    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, FACT_ID_ROLE):
        assert model.data(QModelIndex(), role) is None
    assert not model.index(len(rows), 0).isValid()
    assert not model.index(0, len(columns)).isValid()


@pytest.mark.parametrize(("name", "columns", "rows_of"), TABLES, ids=[t[0] for t in TABLES])
def test_rows_have_no_children(
    qapp: QApplication,
    database: Database,
    slug: str,
    name: str,
    columns: Sequence[Column[Any]],
    rows_of: Rows,
) -> None:
    model = filled(columns, rows_of(database, slug))
    parent = model.index(0, 0)

    assert model.rowCount(parent) == 0
    assert model.columnCount(parent) == 0


@pytest.mark.parametrize(("name", "columns", "rows_of"), TABLES, ids=[t[0] for t in TABLES])
def test_headers_are_the_column_titles(
    qapp: QApplication,
    database: Database,
    slug: str,
    name: str,
    columns: Sequence[Column[Any]],
    rows_of: Rows,
) -> None:
    model = filled(columns, rows_of(database, slug))
    horizontal = Qt.Orientation.Horizontal

    assert [model.headerData(n, horizontal) for n in range(len(columns))] == [
        column.title for column in columns
    ]
    assert model.headerData(len(columns), horizontal) is None
    assert model.headerData(0, horizontal, Qt.ItemDataRole.DecorationRole) is None
    # Each row's header, which no view shows, names the row for a screen reader.
    assert model.headerData(0, Qt.Orientation.Vertical) == model.index(0, 0).data()
    assert model.headerData(model.rowCount(), Qt.Orientation.Vertical) is None


def test_row_at_returns_the_row_given(qapp: QApplication, database: Database, slug: str) -> None:
    rows = queries.attendees(database, slug)
    model = filled(ATTENDEE_COLUMNS, rows)

    assert [model.row_at(number) for number in range(model.rowCount())] == rows


def test_proxy_matches_folded_text(qapp: QApplication, database: Database, slug: str) -> None:
    rows = queries.attendees(database, slug)
    model = filled(ATTENDEE_COLUMNS, rows)
    accented = [row for row in rows if plain(row.name) != row.name.casefold()]
    assert accented, "the article names someone whose name carries an accent"
    person = accented[0]

    for typed in (plain(person.name), plain(person.name).upper(), person.name):
        proxy = filtered(model, typed)
        assert person.fact_id in shown_fact_ids(proxy), typed
        assert proxy.query_terms == tuple(plain(word) for word in typed.split())


def test_proxy_needs_every_word(qapp: QApplication, database: Database, slug: str) -> None:
    rows = queries.attendees(database, slug)
    model = filled(ATTENDEE_COLUMNS, rows)
    row = rows[0]
    words = [row.title.split()[0], row.represents.split()[0]]

    def found(query: str) -> list[int]:
        return [
            other.fact_id
            for other in rows
            if all(plain(word) in plain(" ".join(attendee_fields(other))) for word in query.split())
        ]

    both = found(" ".join(words))
    assert row.fact_id in both and set(both) < set(found(words[0]))

    assert shown_fact_ids(filtered(model, " ".join(words))) == both
    assert shown_fact_ids(filtered(model, " ".join(reversed(words)).upper())) == both


def test_proxy_keeps_rows_whose_hidden_other_spelling_matches(
    qapp: QApplication, database: Database, slug: str
) -> None:
    attendees = queries.attendees(database, slug)
    statements = queries.statements(database, slug)
    person = next(row for row in attendees if row.other_spellings)
    variant = next(
        word
        for spelling in person.other_spellings
        for word in spelling.split()
        if plain(word) not in plain(person.name)
    )
    shown_text = [" ".join(column.text(row) for column in ATTENDEE_COLUMNS) for row in attendees]
    assert all(plain(variant) not in plain(text) for text in shown_text)

    people = filtered(filled(ATTENDEE_COLUMNS, attendees), variant)
    said = filtered(filled(STATEMENT_COLUMNS, statements), variant)

    assert shown_fact_ids(people) == [
        row.fact_id
        for row in attendees
        if any(plain(variant) in plain(spelling) for spelling in row.other_spellings)
    ]
    expected = [
        row.fact_id
        for row in statements
        if any(plain(variant) in plain(spelling) for spelling in row.speaker_spellings)
    ]
    assert expected and shown_fact_ids(said) == expected


def test_proxy_without_a_query_keeps_every_row(
    qapp: QApplication, database: Database, slug: str
) -> None:
    rows = queries.statements(database, slug)
    model = filled(STATEMENT_COLUMNS, rows)

    for query in ("", "   ", "\t"):
        proxy = filtered(model, query)
        assert proxy.rowCount() == len(rows)
        assert proxy.query_terms == ()


def test_a_member_is_found_by_every_name_the_drafter_knows_its_country_by(
    qapp: QApplication, database: Database, slug: str
) -> None:
    rows = queries.members(database, slug)
    model = filled(MEMBER_COLUMNS, rows)
    forms = gazetteer().forms
    turkey = next(row for row in rows if row.code == "TR")
    assert "Türkiye" in forms and turkey.name != "Türkiye"
    for row in rows:
        names = [
            form
            for form, (country, adjective) in forms.items()
            if country.code == row.code and not adjective
        ]
        assert row.name in names
        for name in names:
            assert row.fact_id in shown_fact_ids(filtered(model, name)), name


def test_a_count_without_filtering_follows_the_rows_when_they_change(
    qapp: QApplication, database: Database, slug: str
) -> None:
    """A table not on show counts a search's matches for its title, and counts the same
    search again once its rows are replaced (a sheet corrected or switched)."""
    rows = queries.attendees(database, slug)
    model = filled(ATTENDEE_COLUMNS, rows)
    proxy = filtered(model, "")
    word = plain(rows[0].name.split()[-1])
    matching = [row for row in rows if word in plain(" ".join(attendee_fields(row)))]

    assert proxy.count_matching(word) == proxy.count_matching(word.upper()) == len(matching)
    assert proxy.rowCount() == len(rows), "counted, not filtered"

    model.set_rows([row for row in rows if row not in matching[:1]])
    assert proxy.count_matching(word) == len(matching) - 1
    model.set_rows([])
    assert proxy.count_matching(word) == 0
