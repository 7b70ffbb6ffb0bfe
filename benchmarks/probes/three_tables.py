"""The least a data layer does: SQLAlchemy's ORM reading three small tables of the database."""

from __future__ import annotations

from sqlalchemy import create_engine, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Party(Base):
    __tablename__ = "party"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]


class Person(Base):
    __tablename__ = "person"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]


class Statement(Base):
    __tablename__ = "statement"
    id: Mapped[int] = mapped_column(primary_key=True)
    text: Mapped[str]


def read_three_tables(path: str) -> int:
    with Session(create_engine(f"sqlite:///{path}")) as session:
        return sum(
            len(session.scalars(select(model)).all()) for model in (Party, Person, Statement)
        )
