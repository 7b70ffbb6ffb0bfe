"""The steps that bring a database of any released schema up to this one, as a table of steps.

``STEPS[n]`` turns a database of schema ``n`` into one of schema ``n + 1``; db/store/upgrade.py runs
the steps from the database's schema on, records the new schema number, then recomputes what
is derived from the facts (db/store/derived_columns.py), all in one transaction, so a failure in any
step leaves the database as it was. Released schemas: 2 (the first release), 3 (fact files
of any shape) and 4 (people and countries linked across sheets); 5 folds search text anew;
6 corrects facts one by one; 7 names the full-text tables as other tools look for them; 8
indexes articles by digest; 9 folds typeset hyphens in search text as plain ones.

To add schema 10: raise SCHEMA_VERSION in db/store/schema.py and change its tables as a new database
should be; write ``_from_9(connection)`` here making the same change to a schema-9 database
with the helpers of db/store/table_changes.py (which rebuild a SQLite table where its ALTER TABLE
cannot), filling any new column from the rows already there; add ``9: _from_9`` to STEPS. Once
schema 10 is released, add its release to tests/data/releases/build.sh, so that the next
upgrade is tested on a database it made too. A step spells out
the columns it adds instead of reading them from db/store/schema.py, so it stays right once later
steps change the same tables.

Why a table of steps rather than Alembic: the steps of calibre (schema_upgrades.py) and Anki
(``upgrade_to_latest_schema``) need nothing installed and keep the version where the database
already keeps it (here the ``meta`` table, since schema 2). Alembic 1.20 would add three
packages (alembic, Mako, MarkupSafe: 3.7 MB installed, some 120 ms to import beside
SQLAlchemy), its own version table, into which every database of the earlier releases would
first have to be stamped, and an env.py with a folder of revision scripts, to run what is two
functions here. Its one real help, rebuilding a SQLite table for the changes SQLite's ALTER
TABLE cannot make ("batch" mode: reflect, create under another name, copy, drop, rename), is
the same recipe db/store/table_changes.py follows in some forty lines.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable

from sqlalchemy import (
    Column,
    Connection,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    text,
)

from db.factfile.document import FactDocument
from db.factfile.reading import entry_stamp
from db.search import statement_index
from db.store.entity_keys import EntityKey, party_entity_of, person_entity_of
from db.store.table_changes import add_column, set_required, widen

Step = Callable[[Connection], None]

_FACT_ROW_TABLES = (
    "organization",
    "membership",
    "person",
    "attendance",
    "absence",
    "statement",
    "slip",
)


def _from_2(connection: Connection) -> None:
    """Schema 3: fact files of any shape. Optional fields may be left out (a source without a
    year); a sheet keeps its language and its fact file (none is known for a sheet of schema
    2, so it keeps an empty one); a fact may be a draft nobody reviewed (every fact of schema 2
    was reviewed); a country has a code and a body a kind; vocabularies are open."""
    set_required(connection, "source", optional=["year"])
    for table, column in (
        ("sheet", "day"),
        ("organization", "abbreviation"),
        ("party", "abbreviation"),
    ):
        widen(connection, table, column, "TEXT")
    for table, column in (("membership", "status"), ("attendance", "role"), ("slip", "kind")):
        widen(connection, table, column, "VARCHAR(64)")
    for definition in (
        "language VARCHAR(35) NOT NULL DEFAULT 'en'",
        "fact_file TEXT NOT NULL DEFAULT ''",
        "member_count INTEGER NOT NULL DEFAULT 0",
        "attendee_count INTEGER NOT NULL DEFAULT 0",
    ):
        add_column(connection, "sheet", definition)
    add_column(connection, "fact", "reviewed BOOLEAN NOT NULL DEFAULT TRUE")
    add_column(connection, "party", "code TEXT NOT NULL DEFAULT ''")
    add_column(connection, "party", "category TEXT NOT NULL DEFAULT ''")


def _from_3(connection: Connection) -> None:
    """Schema 4: each person and party points at its entity, the one person, country or body
    across every sheet; facts are searched across sheets, and found from their rows."""
    add_column(connection, "fact", "search_text TEXT NOT NULL DEFAULT ''")
    Table(
        "entity",
        MetaData(),
        Column("id", Integer, primary_key=True),
        Column("kind", String(16), nullable=False),
        Column("key", String(256), nullable=False),
        Column("name", Text, nullable=False),
        UniqueConstraint("kind", "key"),
    ).create(connection)
    for table in ("party", "person"):
        add_column(connection, table, "entity_id INTEGER REFERENCES entity (id)")
    _link_entities(connection)
    for table in ("party", "person"):
        set_required(connection, table, required=["entity_id"])
        connection.exec_driver_sql(f"CREATE INDEX ix_{table}_entity_id ON {table} (entity_id)")
    for table in _FACT_ROW_TABLES:
        connection.exec_driver_sql(f"CREATE INDEX ix_{table}_fact_id ON {table} (fact_id)")


def _link_entities(connection: Connection) -> None:
    """Point every party and person at its entity, sheet by sheet in the order seeding would
    have. No fact file of schema 3 could link people, so each person is an entity of their
    sheet; a country is its code, else its name, as db/store/entity_keys.py says."""
    entities: dict[tuple[str, str], int] = {}

    def entity_id(entity: EntityKey) -> int:
        found = entities.get((entity.kind, entity.key))
        if found is None:
            connection.execute(
                text("INSERT INTO entity (kind, key, name) VALUES (:kind, :key, :name)"),
                entity._asdict(),
            )
            found = connection.execute(
                text("SELECT id FROM entity WHERE kind = :kind AND key = :key"), entity._asdict()
            ).scalar_one()
            entities[(entity.kind, entity.key)] = found
        return found

    def link(table: str, row_id: int, entity: EntityKey) -> None:
        connection.execute(
            text(f"UPDATE {table} SET entity_id = :entity WHERE id = :id"),
            {"entity": entity_id(entity), "id": row_id},
        )

    for sheet in connection.execute(text("SELECT id, slug FROM sheet ORDER BY id")).all():
        of_sheet = {"sheet": sheet.id}
        parties = text(
            "SELECT id, kind, key, name, code FROM party WHERE sheet_id = :sheet ORDER BY id"
        )
        for party in connection.execute(parties, of_sheet).all():
            link(
                "party",
                party.id,
                party_entity_of(kind=party.kind, key=party.key, name=party.name, code=party.code),
            )
        people = text("SELECT id, key, name FROM person WHERE sheet_id = :sheet ORDER BY id")
        for person in connection.execute(people, of_sheet).all():
            link(
                "person",
                person.id,
                person_entity_of(key=person.key, name=person.name, sheet_slug=sheet.slug),
            )


def _from_4(connection: Connection) -> None:
    """Schema 5: search text is folded with the letters that have no base letter spelled as
    one (ø as o, ł as l, þ as th) and without zero-width characters. No table changes; the
    recomputation that ends every upgrade (db/store/derived_columns.py) folds the stored text again."""


def _from_5(connection: Connection) -> None:
    """Schema 6: facts are corrected one by one. Each fact keeps a stamp of what its fact file
    entry says, who corrected it and when, and who reviewed it and when (as the fact file
    says). A fact marked reviewed in the database while its stored fact file still said
    ``reviewed = false`` (earlier schemas marked only the database) has the mark written into
    the file too, as this version writes it, so the file travels with what the sheet shows."""
    for column in ("stamp", "changed_by", "changed_at", "reviewed_by", "reviewed_at"):
        add_column(connection, "fact", f"{column} TEXT NOT NULL DEFAULT ''")
    for sheet in connection.execute(text("SELECT id, fact_file FROM sheet ORDER BY id")).all():
        if sheet.fact_file.strip():  # a sheet of schema 2 keeps no fact file
            _stamp_facts(connection, sheet.id, sheet.fact_file)


def _stamp_facts(connection: Connection, sheet_id: int, fact_file: str) -> None:
    reviewed: set[str] = set(
        connection.execute(
            text("SELECT key FROM fact WHERE sheet_id = :sheet AND reviewed"), {"sheet": sheet_id}
        ).scalars()
    )
    document = FactDocument(fact_file)
    for key, entry in list(document.keyed_entries()):
        if entry.get("reviewed") is False and key in reviewed:
            document.put(key, {name: value for name, value in entry.items() if name != "reviewed"})
    written = document.text() if document.text() != FactDocument(fact_file).text() else fact_file
    if written != fact_file:
        connection.execute(
            text("UPDATE sheet SET fact_file = :text, seed_digest = :digest WHERE id = :id"),
            {
                "text": written,
                "digest": hashlib.sha256(written.encode("utf-8")).hexdigest(),
                "id": sheet_id,
            },
        )
    stamps = [
        {"sheet": sheet_id, "key": key, "stamp": entry_stamp(entry)}
        for key, entry in FactDocument(written).keyed_entries()
    ]
    if stamps:
        connection.execute(
            text("UPDATE fact SET stamp = :stamp WHERE sheet_id = :sheet AND key = :key"), stamps
        )


def _from_6(connection: Connection) -> None:
    """Schema 7: the full-text indexes name their content tables in double quotes
    (``content="statement"``), as Datasette and DB Browser for SQLite look for them; earlier
    schemas quoted them with single quotes, and those tools did not find the indexes. The
    indexes are made again in the new form here (empty: every upgrade fills them at its end,
    db/store/derived_columns.py)."""
    if connection.dialect.name == "sqlite":
        statement_index.drop_index(connection)
        statement_index.create_index(connection)


def _from_7(connection: Connection) -> None:
    """Schema 8: a sheet's article is found by its digest through indexes, so adding a sheet
    no longer reads every stored article (text and all) to see whether it is already there. ``IF NOT EXISTS``: an index someone already made by hand
    under the same name is kept."""
    connection.execute(text("CREATE INDEX IF NOT EXISTS ix_source_sha256 ON source (sha256)"))
    connection.execute(text("CREATE INDEX IF NOT EXISTS ix_sheet_source_id ON sheet (source_id)"))


def _from_8(connection: Connection) -> None:
    """Schema 9: search text folds the hyphen (U+2010) and the no-break hyphen (U+2011) as
    the hyphen anyone types, so "Frank-Walter" finds "Frank‐Walter". No table changes; the
    recomputation that ends every upgrade (db/store/derived_columns.py) folds the stored text
    again."""


STEPS: dict[int, Step] = {
    2: _from_2,
    3: _from_3,
    4: _from_4,
    5: _from_5,
    6: _from_6,
    7: _from_7,
    8: _from_8,
}
"""Each step by the schema it upgrades from."""

OLDEST = min(STEPS)
"""The oldest schema that can be upgraded: the first release's."""
