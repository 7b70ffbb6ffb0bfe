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

SCHEMA_VERSION = 2

metadata = MetaData()


def _id() -> Column[int]:
    return Column("id", Integer, primary_key=True)


def _required(name: str, kind: Any, *constraints: Any, **options: Any) -> Column[Any]:
    return Column(name, kind, *constraints, nullable=False, **options)


def _owner(name: str, target: str, *, nullable: bool = False, **options: Any) -> Column[int]:
    """A link to the row that owns this one; deleting the owner deletes this row."""
    return Column(
        name, Integer, ForeignKey(target, ondelete="CASCADE"), nullable=nullable, **options
    )


def _sheet_id(*, index: bool = True) -> Column[int]:
    return _owner("sheet_id", "sheet.id", index=index)


def _fact_id(*, index: bool = False) -> Column[int]:
    return _owner("fact_id", "fact.id", index=index)


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
    _required("publisher", String(256)),
    _required("year", Integer),
    _required("copyright", Text),
    _required("text", Text),
    _required("sha256", String(64)),
)

sheet_table = Table(
    "sheet",
    metadata,
    _id(),
    _required("slug", String(128), unique=True),
    _required("title", Text),
    _required("event", Text),
    _required("summary", Text),
    _required("place", Text),
    _required("day", String(128)),
    Column("date_iso", String(10)),
    _required("date_inferred", Boolean),
    _required("date_basis", Text, default=""),
    _required("source_id", Integer, ForeignKey("source.id")),
    _required("seed_digest", String(64)),
    # Kept with the sheet so a very large sheet's size is known without counting.
    _required("statement_count", Integer, default=0),
)

fact_table = Table(
    "fact",
    metadata,
    _id(),
    _sheet_id(index=False),
    _required("key", String(256)),
    _required("kind", String(32)),
    UniqueConstraint("sheet_id", "key"),
    Index("ix_fact_sheet_id_kind", "sheet_id", "kind"),
)
"""The identity of one fact of a sheet; ``key`` is stable across re-seeding."""

evidence_table = Table(
    "evidence",
    metadata,
    _id(),
    _fact_id(index=True),
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
    _required("abbreviation", String(32)),
    Column("founded", Integer),
    _required("purpose", Text),
    _required("description", Text, default=""),
)

party_table = Table(
    "party",
    metadata,
    _id(),
    _sheet_id(),
    _required("key", String(128)),
    _required("kind", String(16)),
    _required("name", Text),
    _required("abbreviation", String(32), default=""),
    UniqueConstraint("sheet_id", "key"),
)
"""A country or an international body that a person can represent."""

membership_table = Table(
    "membership",
    metadata,
    _id(),
    _sheet_id(),
    _fact_id(),
    _owner("party_id", "party.id"),
    _required("status", String(32)),
    _required("joined", Text),
    _required("note", Text, default=""),
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
    _required("title", Text),
    _required("role", String(32)),
    _required("note", Text, default=""),
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
    _required("title", Text),
    _required("reason", Text, default=""),
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
    _required("text", Text),
    _required("context", Text, default=""),
    _required("said_when", Text, default=""),
    _required("said_where", Text, default=""),
    _required("via", Text, default=""),
    _required("topic", Text, default=""),
    # The speaker's name folded, so a large table sorts by speaker through an index.
    _required("speaker_sort", Text, default=""),
    # Every searchable word of the row folded (other spellings of the speaker included).
    _required("search_text", Text, default=""),
    Index("ix_statement_sheet_id_id", "sheet_id", "id"),
    Index("ix_statement_sheet_id_speaker_sort", "sheet_id", "speaker_sort", "id"),
)

slip_table = Table(
    "slip",
    metadata,
    _id(),
    _sheet_id(),
    _fact_id(),
    _required("kind", String(32)),
    _required("text", Text),
    _required("correction", Text),
    _required("note", Text, default=""),
)
"""A slip in the article (a name spelled two ways, a typo), kept verbatim and corrected here."""
