"""A person's dossier: every role and every statement of theirs across all sheets, each with
its sheet and the article paragraphs it rests on (`factsheet export --person NAME`)."""

from __future__ import annotations

from collections import defaultdict
from typing import NamedTuple

from sqlalchemy import Connection, select

from db.errors import DatabaseError, UsageError
from db.factfile.folding import fold, slug
from db.rows import Appearance
from db.search.across_sheets import appearances
from db.store.entity_keys import PERSON
from db.store.schema import entity_table, evidence_table, person_table, sheet_table, source_table
from db.store.session import Database


class DossierSheet(NamedTuple):
    """What one sheet says of the person."""

    slug: str
    title: str
    when: str
    source: str
    facts: list[Appearance]
    paragraphs: dict[int, tuple[int, ...]]
    """The article paragraphs (¶) behind each fact."""


class Dossier(NamedTuple):
    name: str
    other_names: tuple[str, ...]
    sheets: list[DossierSheet]


def find_person(database: Database, wanted: str) -> int:
    """The entity of the person called ``wanted`` (any of their names, or their entity key,
    case and accents ignored); a UsageError listing the candidates' entity keys, which
    ``--entity`` takes as they are, if there are several."""
    entity, person = entity_table.c, person_table.c
    folded, keys = fold(wanted.strip()), {wanted.strip(), slug(wanted)}
    with database.read() as connection:
        names = connection.execute(
            select(entity.id, entity.key, person.name, person.variants)
            .join(person_table, person.entity_id == entity.id)
            .where(entity.kind == PERSON)
        )
        found: dict[int, tuple[str, str]] = {}
        for row in names:
            spellings = [row.name, *(row.variants or [])]
            if row.key in keys or folded in (fold(spelling) for spelling in spellings):
                found.setdefault(row.id, (row.key, row.name))
    if not found:
        raise DatabaseError(f"{database.location}: names no person called {wanted!r}")
    if len(found) > 1:
        listed = ", ".join(f"{key} ({name})" for key, name in sorted(found.values()))
        raise UsageError(
            f"{len(found)} different people are called {wanted!r}; "
            f"give one of them with --entity KEY, one of: {listed}"
        )
    return next(iter(found))


def dossier(database: Database, entity_id: int) -> Dossier:
    """Every fact of every sheet that names the person, the latest sheets first."""
    facts = [fact for fact in appearances(database, entity_id) if fact.kind != "people"]
    with database.read() as connection:
        name, other_names = _names(connection, entity_id)
        paragraphs = _paragraphs(connection, [fact.fact_id for fact in facts])
        sources = _sources(connection, {fact.slug for fact in facts})
    by_sheet: dict[str, list[Appearance]] = defaultdict(list)
    for fact in facts:
        by_sheet[fact.slug].append(fact)
    sheets = [
        DossierSheet(
            slug=slug_of_sheet,
            title=found[0].sheet_title,
            when=found[0].when,
            source=sources.get(slug_of_sheet, ""),
            facts=found,
            paragraphs={fact.fact_id: paragraphs.get(fact.fact_id, ()) for fact in found},
        )
        for slug_of_sheet, found in by_sheet.items()
    ]
    return Dossier(name=name, other_names=other_names, sheets=sheets)


def _names(connection: Connection, entity_id: int) -> tuple[str, tuple[str, ...]]:
    name = connection.scalar(select(entity_table.c.name).where(entity_table.c.id == entity_id))
    spellings: set[str] = set()
    for row in connection.execute(
        select(person_table.c.name, person_table.c.variants).where(
            person_table.c.entity_id == entity_id
        )
    ):
        spellings.update([row.name, *(row.variants or [])])
    return str(name), tuple(sorted(spellings - {name}))


def _paragraphs(connection: Connection, fact_ids: list[int]) -> dict[int, tuple[int, ...]]:
    found: dict[int, set[int]] = defaultdict(set)
    evidence = evidence_table.c
    for row in connection.execute(
        select(evidence.fact_id, evidence.paragraph).where(evidence.fact_id.in_(fact_ids))
    ):
        found[row.fact_id].add(row.paragraph)
    return {fact_id: tuple(sorted(numbers)) for fact_id, numbers in found.items()}


def _sources(connection: Connection, slugs: set[str]) -> dict[str, str]:
    """Each sheet's source as a citation: publisher, “title”, year."""
    source = source_table.c
    rows = connection.execute(
        select(sheet_table.c.slug, source.publisher, source.title, source.year)
        .join(source_table, sheet_table.c.source_id == source.id)
        .where(sheet_table.c.slug.in_(slugs))
    )
    return {
        row.slug: ", ".join(
            part for part in (row.publisher, f"“{row.title}”", str(row.year or "")) if part
        )
        for row in rows
    }
