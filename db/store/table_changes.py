"""Changes to existing tables that the schema upgrades make, on SQLite and PostgreSQL alike.

PostgreSQL alters a column in place. SQLite's ALTER TABLE only adds a column that may be NULL
or has a default; any other change rebuilds the table the way SQLite's documentation lays out
("Making Other Kinds Of Table Schema Changes", sqlite.org/lang_altertable.html): the table as
it stands is read back, made again with the change under another name, its rows copied, the
old table dropped, the new one renamed and its indexes made again. Foreign keys must be off
meanwhile, or dropping the old table would delete the rows that point at it (db/store/upgrade.py
turns them off for the upgrade and checks every link before it commits).
"""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import Connection, MetaData, Table
from sqlalchemy.schema import CreateTable


def add_column(connection: Connection, table: str, definition: str) -> None:
    """Add a column given as SQL both databases read, such as ``"note TEXT NOT NULL DEFAULT ''"``
    (a NOT NULL column needs a default, which the rows there already get)."""
    connection.exec_driver_sql(f"ALTER TABLE {table} ADD COLUMN {definition}")


def set_required(
    connection: Connection,
    table: str,
    *,
    required: Collection[str] = (),
    optional: Collection[str] = (),
) -> None:
    """Make the ``required`` columns NOT NULL and let the ``optional`` ones be NULL."""
    if connection.dialect.name != "sqlite":
        for column in required:
            connection.exec_driver_sql(f"ALTER TABLE {table} ALTER COLUMN {column} SET NOT NULL")
        for column in optional:
            connection.exec_driver_sql(f"ALTER TABLE {table} ALTER COLUMN {column} DROP NOT NULL")
        return
    reflected = Table(table, MetaData(), autoload_with=connection)
    for column in required:
        reflected.c[column].nullable = False
    for column in optional:
        reflected.c[column].nullable = True
    _rebuild_sqlite_table(connection, reflected)


def widen(connection: Connection, table: str, column: str, sql_type: str) -> None:
    """Give a column a type that holds more, such as TEXT for VARCHAR(32). SQLite never checks
    a declared length, so only a server needs it."""
    if connection.dialect.name != "sqlite":
        connection.exec_driver_sql(f"ALTER TABLE {table} ALTER COLUMN {column} TYPE {sql_type}")


def _rebuild_sqlite_table(connection: Connection, table: Table) -> None:
    # In the same metadata, where its foreign keys find the tables they point at.
    building = table.to_metadata(table.metadata, name=f"{table.name}_upgraded")
    connection.execute(CreateTable(building))
    columns = ", ".join(f'"{column.name}"' for column in table.columns)
    connection.exec_driver_sql(
        f'INSERT INTO "{building.name}" ({columns}) SELECT {columns} FROM "{table.name}"'
    )
    connection.exec_driver_sql(f'DROP TABLE "{table.name}"')
    connection.exec_driver_sql(f'ALTER TABLE "{building.name}" RENAME TO "{table.name}"')
    for index in table.indexes:
        index.create(connection)
