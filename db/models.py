"""The schema: any number of fact sheets, each built from one source article.

Every fact (a membership, an attendance, a statement, …) owns one row in ``fact``; evidence rows
point at that row, so any kind of fact can carry quotes without a polymorphic link.
"""

from __future__ import annotations

from sqlalchemy import JSON, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

SCHEMA_VERSION = 2


class Base(DeclarativeBase):
    pass


class Meta(Base):
    """Key–value settings of the database itself, such as the schema version."""

    __tablename__ = "meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(String(256))


class Source(Base):
    __tablename__ = "source"

    id: Mapped[int] = mapped_column(primary_key=True)
    file_name: Mapped[str] = mapped_column(String(256))
    title: Mapped[str] = mapped_column(Text)
    publisher: Mapped[str] = mapped_column(String(256))
    year: Mapped[int]
    copyright: Mapped[str] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64))


class Sheet(Base):
    __tablename__ = "sheet"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(128), unique=True)
    title: Mapped[str] = mapped_column(Text)
    event: Mapped[str] = mapped_column(Text)
    summary: Mapped[str] = mapped_column(Text)
    place: Mapped[str] = mapped_column(Text)
    day: Mapped[str] = mapped_column(String(128))
    date_iso: Mapped[str | None] = mapped_column(String(10))
    date_inferred: Mapped[bool]
    date_basis: Mapped[str] = mapped_column(Text, default="")
    source_id: Mapped[int] = mapped_column(ForeignKey("source.id"))
    seed_digest: Mapped[str] = mapped_column(String(64))
    statement_count: Mapped[int] = mapped_column(default=0)
    """Kept with the sheet so a very large sheet's size is known without counting."""

    source: Mapped[Source] = relationship()


class Fact(Base):
    """The identity of one fact of a sheet; ``key`` is stable across re-seeding."""

    __tablename__ = "fact"
    __table_args__ = (
        UniqueConstraint("sheet_id", "key"),
        Index("ix_fact_sheet_id_kind", "sheet_id", "kind"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    sheet_id: Mapped[int] = mapped_column(ForeignKey("sheet.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(256))
    kind: Mapped[str] = mapped_column(String(32))


class Evidence(Base):
    """A verbatim quote, shaped like W3C TextQuoteSelector plus TextPositionSelector."""

    __tablename__ = "evidence"

    id: Mapped[int] = mapped_column(primary_key=True)
    fact_id: Mapped[int] = mapped_column(ForeignKey("fact.id", ondelete="CASCADE"), index=True)
    exact: Mapped[str] = mapped_column(Text)
    prefix: Mapped[str] = mapped_column(Text)
    suffix: Mapped[str] = mapped_column(Text)
    start: Mapped[int]
    end: Mapped[int]
    paragraph: Mapped[int]


class Organization(Base):
    __tablename__ = "organization"

    id: Mapped[int] = mapped_column(primary_key=True)
    sheet_id: Mapped[int] = mapped_column(ForeignKey("sheet.id", ondelete="CASCADE"), index=True)
    fact_id: Mapped[int] = mapped_column(ForeignKey("fact.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(Text)
    abbreviation: Mapped[str] = mapped_column(String(32))
    founded: Mapped[int | None]
    purpose: Mapped[str] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text, default="")


class Party(Base):
    """A country or an international body that a person can represent."""

    __tablename__ = "party"
    __table_args__ = (UniqueConstraint("sheet_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    sheet_id: Mapped[int] = mapped_column(ForeignKey("sheet.id", ondelete="CASCADE"), index=True)
    key: Mapped[str] = mapped_column(String(128))
    kind: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(Text)
    abbreviation: Mapped[str] = mapped_column(String(32), default="")


class Membership(Base):
    __tablename__ = "membership"

    id: Mapped[int] = mapped_column(primary_key=True)
    sheet_id: Mapped[int] = mapped_column(ForeignKey("sheet.id", ondelete="CASCADE"), index=True)
    fact_id: Mapped[int] = mapped_column(ForeignKey("fact.id", ondelete="CASCADE"))
    party_id: Mapped[int] = mapped_column(ForeignKey("party.id", ondelete="CASCADE"))
    status: Mapped[str] = mapped_column(String(32))
    joined: Mapped[str] = mapped_column(Text)
    note: Mapped[str] = mapped_column(Text, default="")


class Person(Base):
    __tablename__ = "person"
    __table_args__ = (UniqueConstraint("sheet_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    sheet_id: Mapped[int] = mapped_column(ForeignKey("sheet.id", ondelete="CASCADE"), index=True)
    fact_id: Mapped[int] = mapped_column(ForeignKey("fact.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(128))
    name: Mapped[str] = mapped_column(Text)
    named: Mapped[bool] = mapped_column(default=True)
    variants: Mapped[list[str]] = mapped_column(JSON, default=list)


class Attendance(Base):
    __tablename__ = "attendance"

    id: Mapped[int] = mapped_column(primary_key=True)
    sheet_id: Mapped[int] = mapped_column(ForeignKey("sheet.id", ondelete="CASCADE"), index=True)
    fact_id: Mapped[int] = mapped_column(ForeignKey("fact.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
    party_id: Mapped[int] = mapped_column(ForeignKey("party.id", ondelete="CASCADE"))
    title: Mapped[str] = mapped_column(Text)
    role: Mapped[str] = mapped_column(String(32))
    note: Mapped[str] = mapped_column(Text, default="")


class Absence(Base):
    """A leader who stayed away, and whom they sent instead."""

    __tablename__ = "absence"

    id: Mapped[int] = mapped_column(primary_key=True)
    sheet_id: Mapped[int] = mapped_column(ForeignKey("sheet.id", ondelete="CASCADE"), index=True)
    fact_id: Mapped[int] = mapped_column(ForeignKey("fact.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
    party_id: Mapped[int] = mapped_column(ForeignKey("party.id", ondelete="CASCADE"))
    sent_person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
    title: Mapped[str] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text, default="")


class Statement(Base):
    __tablename__ = "statement"
    __table_args__ = (
        Index("ix_statement_sheet_id_id", "sheet_id", "id"),
        Index("ix_statement_sheet_id_speaker_sort", "sheet_id", "speaker_sort", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    sheet_id: Mapped[int] = mapped_column(ForeignKey("sheet.id", ondelete="CASCADE"))
    fact_id: Mapped[int] = mapped_column(ForeignKey("fact.id", ondelete="CASCADE"))
    speaker_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text)
    context: Mapped[str] = mapped_column(Text, default="")
    said_when: Mapped[str] = mapped_column(Text, default="")
    said_where: Mapped[str] = mapped_column(Text, default="")
    via: Mapped[str] = mapped_column(Text, default="")
    topic: Mapped[str] = mapped_column(Text, default="")
    speaker_sort: Mapped[str] = mapped_column(Text, default="")
    """The speaker's name folded, so a large table sorts by speaker through an index."""
    search_text: Mapped[str] = mapped_column(Text, default="")
    """Every searchable word of the row folded (other spellings of the speaker included)."""


class Slip(Base):
    """A slip in the article (a name spelled two ways, a typo), kept verbatim and corrected here."""

    __tablename__ = "slip"

    id: Mapped[int] = mapped_column(primary_key=True)
    sheet_id: Mapped[int] = mapped_column(ForeignKey("sheet.id", ondelete="CASCADE"), index=True)
    fact_id: Mapped[int] = mapped_column(ForeignKey("fact.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(32))
    text: Mapped[str] = mapped_column(Text)
    correction: Mapped[str] = mapped_column(Text)
    note: Mapped[str] = mapped_column(Text, default="")
