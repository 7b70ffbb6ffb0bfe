"""Rows written in bulk read back as SQLAlchemy would have written them, on each database."""

from __future__ import annotations

from sqlalchemy import select

from db.store.bulk_insert import insert_rows
from db.store.driver_cursor import driver_cursor
from db.store.schema import person_table
from db.store.session import open_database


def test_left_out_values_take_the_columns_defaults_and_lists_and_flags_read_back(
    any_seeded_url: str,
) -> None:
    database = open_database(any_seeded_url)
    try:
        with database.write() as connection:
            person = connection.execute(
                select(person_table.c.sheet_id, person_table.c.fact_id, person_table.c.entity_id)
            ).first()
            assert person is not None
            common = dict(person._mapping)
            with driver_cursor(connection) as cursor:
                insert_rows(
                    cursor,
                    connection.dialect,
                    person_table,
                    [
                        {
                            **common,
                            "key": "bulk-one",
                            "name": "Ana",
                            "named": False,
                            "variants": ["Anna"],
                        },
                        {**common, "key": "bulk-two", "name": "Bo", "named": None, "variants": []},
                    ],
                    with_ids=False,
                )
        with database.read() as connection:
            written = connection.execute(
                select(person_table.c.key, person_table.c.named, person_table.c.variants)
                .where(person_table.c.key.startswith("bulk-"))
                .order_by(person_table.c.key)
            ).all()
    finally:
        database.close()

    assert [tuple(row) for row in written] == [
        ("bulk-one", False, ["Anna"]),
        ("bulk-two", True, []),  # None, as a value left out, takes the column's default
    ]
