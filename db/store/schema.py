"""The schema: any number of fact sheets, each built from one source article.

Every fact (a membership, an attendance, a statement, …) owns one row in ``fact``; evidence rows
point at that row, so any kind of fact can carry quotes without a polymorphic link.

The tables are SQLAlchemy Core tables, read and written with Core statements: the window's
start-up then never imports the ORM, which costs more to import and map than all of the
window's queries take to run.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

from db.factfile.shape import text_columns

SCHEMA_VERSION = 9

metadata = MetaData()


def _id() -> Column[int]:
    return Column("id", Integer, primary_key=True)


def _required(name: str, kind: Any, *constraints: Any, **options: Any) -> Column[Any]:
    return Column(name, kind, *constraints, nullable=False, **options)


def _text(name: str) -> Column[str]:
    """Text a fact file may leave out, stored as "" rather than NULL so it reads the same."""
    return Column(name, Text, nullable=False, default="")


def _owner(name: str, target: str, *, nullable: bool = False, **options: Any) -> Column[int]:
    """A link to the row that owns this one; deleting the owner deletes this row."""
    return Column(
        name, Integer, ForeignKey(target, ondelete="CASCADE"), nullable=nullable, **options
    )


def _sheet_id(*, index: bool = True) -> Column[int]:
    return _owner("sheet_id", "sheet.id", index=index)


def _fact_id() -> Column[int]:
    """The fact a row is; indexed, since a fact found by a search of all sheets is described
    from its row."""
    return _owner("fact_id", "fact.id", index=True)


meta_table = Table(
    "meta",
    metadata,
    Column("key", String(64), primary_key=True),
    _required("value", String(256)),
)
"""Key–value settings of the database itself, such as the schema version."""

source_table = Table(
    "source",
    metadata,
    _id(),
    _required("file_name", String(256)),
    _required("title", Text),
    _text("publisher"),
    Column("year", Integer),
    _text("copyright"),
    _required("text", Text),
    # Indexed: adding a sheet first asks whether its article is already there.
    _required("sha256", String(64), index=True),
)

sheet_table = Table(
    "sheet",
    metadata,
    _id(),
    _required("slug", String(128), unique=True),
    _required("title", Text),
    _required("event", Text),
    _text("summary"),
    _text("place"),
    _text("day"),
    Column("date_iso", String(10)),
    _required("date_inferred", Boolean),
    _text("date_basis"),
    _required("language", String(35), default="en"),
    _required("source_id", Integer, ForeignKey("source.id"), index=True),
    _required("seed_digest", String(64)),
    # The fact file as written, so the sheet's data can travel with an archival PDF.
    _text("fact_file"),
    # Kept with the sheet so a list of many sheets, or one very large sheet, is read
    # without counting rows.
    _required("member_count", Integer, default=0),
    _required("attendee_count", Integer, default=0),
    _required("statement_count", Integer, default=0),
)

fact_table = Table(
    "fact",
    metadata,
    _id(),
    _sheet_id(index=False),
    _required("key", String(256)),
    _required("kind", String(32)),
    # False for a drafted fact that nobody has checked against the article yet.
    _required("reviewed", Boolean, default=True),
    # The fact's words folded, for a search of all sheets (a statement's are in its row).
    _text("search_text"),
    # A digest of the fact as its fact file states it: a window that shows a fact keeps its
    # stamp, and a change to a fact whose stamp has moved on since is refused.
    _text("stamp"),
    # Who last changed the fact in this database, and when (ISO 8601, UTC).
    _text("changed_by"),
    _text("changed_at"),
    # Who checked the fact against the article, and when, as the fact file records it.
    _text("reviewed_by"),
    _text("reviewed_at"),
    UniqueConstraint("sheet_id", "key"),
    Index("ix_fact_sheet_id_kind", "sheet_id", "kind"),
)
"""The identity of one fact of a sheet; ``key`` is stable across re-seeding and corrections,
where the row id is not (a rewritten sheet gets new rows, and SQLite reuses ids)."""

evidence_table = Table(
    "evidence",
    metadata,
    _id(),
    _fact_id(),
    _required("exact", Text),
    _required("prefix", Text),
    _required("suffix", Text),
    _required("start", Integer),
    _required("end", Integer),
    _required("paragraph", Integer),
)
"""A verbatim quote, shaped like W3C TextQuoteSelector plus TextPositionSelector."""

organization_table = Table(
    "organization",
    metadata,
    _id(),
    _sheet_id(),
    _fact_id(),
    _required("name", Text),
    _text("abbreviation"),
    Column("founded", Integer),
    _text("purpose"),
    _text("description"),
)

entity_table = Table(
    "entity",
    metadata,
    _id(),
    _required("kind", String(16)),
    _required("key", String(256)),
    _required("name", Text),
    UniqueConstraint("kind", "key"),
)
"""One person, country or body across every sheet it appears in. A sheet's people and parties
point at their entity; db/store/entity_keys.py says which entity each belongs to (never by a guess)."""


def _entity_id() -> Column[int]:
    return Column("entity_id", Integer, ForeignKey("entity.id"), nullable=False, index=True)


party_table = Table(
    "party",
    metadata,
    _id(),
    _sheet_id(),
    _required("key", String(128)),
    _required("kind", String(16)),
    _required("name", Text),
    _text("abbreviation"),
    # A country's ISO 3166 code (for the map); a body's kind of body (a city, a party).
    _text("code"),
    _text("category"),
    _entity_id(),
    UniqueConstraint("sheet_id", "key"),
)
"""A country or another body (an organization, a city, a party) that can be a member or be
represented."""

membership_table = Table(
    "membership",
    metadata,
    _id(),
    _sheet_id(),
    _fact_id(),
    _owner("party_id", "party.id"),
    _required("status", String(64)),
    _text("joined"),
    _text("note"),
)

person_table = Table(
    "person",
    metadata,
    _id(),
    _sheet_id(),
    _fact_id(),
    _required("key", String(128)),
    _required("name", Text),
    _required("named", Boolean, default=True),
    _required("variants", JSON, default=list),
    _entity_id(),
    UniqueConstraint("sheet_id", "key"),
)

attendance_table = Table(
    "attendance",
    metadata,
    _id(),
    _sheet_id(),
    _fact_id(),
    _owner("person_id", "person.id"),
    _owner("party_id", "party.id"),
    _text("title"),
    _required("role", String(64)),
    _text("note"),
)

absence_table = Table(
    "absence",
    metadata,
    _id(),
    _sheet_id(),
    _fact_id(),
    _owner("person_id", "person.id"),
    _owner("party_id", "party.id"),
    _owner("sent_person_id", "person.id", nullable=True),
    _text("title"),
    _text("reason"),
)
"""A leader who stayed away, and whom they sent instead."""

statement_table = Table(
    "statement",
    metadata,
    _id(),
    _sheet_id(index=False),
    _fact_id(),
    _owner("speaker_id", "person.id"),
    _required("kind", String(16)),
    # The statement's words and where it was said, one column per text field of the fact
    # file's [[statements]] (db/factfile/shape.py): a new field there is a new column here.
    *(_text(column) for column in text_columns("statements").values()),
    # The speaker's name folded, so a large table sorts by speaker through an index.
    _text("speaker_sort"),
    # Every searchable word of the row folded (other spellings of the speaker included).
    _text("search_text"),
    Index("ix_statement_sheet_id_id", "sheet_id", "id"),
    Index("ix_statement_sheet_id_speaker_sort", "sheet_id", "speaker_sort", "id"),
)

slip_table = Table(
    "slip",
    metadata,
    _id(),
    _sheet_id(),
    _fact_id(),
    _required("kind", String(64)),
    _required("text", Text),
    _required("correction", Text),
    _text("note"),
)
"""A slip in the article (a name spelled two ways, a typo), kept verbatim and corrected here."""
