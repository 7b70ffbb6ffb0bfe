"""Questions asked of every sheet at once: the people and countries across sheets, where one
of them appears, and a search of all sheets.

Each answer line is a fact of some sheet, with the sheet, what the fact says and the first
words of the article that support it, so a person can judge it before opening the sheet.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence
from typing import Any

from sqlalchemy import (
    Connection,
    Select,
    column,
    distinct,
    func,
    literal_column,
    or_,
    select,
    table,
)

from db.factfile.folding import search_terms
from db.factfile.vocabulary import role_label, status_label
from db.rows import Appearance, EntitySummary, SearchResult
from db.search import statement_index
from db.search.fact_descriptions import describe_facts, first_evidence
from db.store.entity_keys import PERSON
from db.store.schema import (
    absence_table,
    attendance_table,
    entity_table,
    fact_table,
    membership_table,
    party_table,
    person_table,
    sheet_table,
    statement_table,
)
from db.store.session import Database

SEARCH_LIMIT = 200
"""A search of all sheets shows at most this many facts, the latest sheets' first."""


_entity, _person, _party = entity_table.c, person_table.c, party_table.c


def people(database: Database) -> list[EntitySummary]:
    """Every person of every sheet, by name; one line per person however many sheets."""
    with database.read() as connection:
        statements = _counts(
            connection,
            select(_person.entity_id, func.count())
            .select_from(statement_table)
            .join(person_table, statement_table.c.speaker_id == _person.id),
        )
        roles = _labels(
            connection,
            select(_person.entity_id, attendance_table.c.role)
            .join(person_table, attendance_table.c.person_id == _person.id)
            .distinct(),
            role_label,
        )
        return _summaries(connection, PERSON, person_table, roles, statements)


def parties(database: Database) -> list[EntitySummary]:
    """Every country and body of every sheet, by name."""
    with database.read() as connection:
        representatives = _counts(
            connection,
            select(_party.entity_id, func.count())
            .select_from(attendance_table)
            .join(party_table, attendance_table.c.party_id == _party.id),
        )
        statuses = _labels(
            connection,
            select(_party.entity_id, membership_table.c.status)
            .join(party_table, membership_table.c.party_id == _party.id)
            .distinct(),
            status_label,
        )
        return _summaries(connection, None, party_table, statuses, representatives)


def _counts(connection: Connection, query: Select[Any]) -> dict[int, int]:
    """{entity id: count} from a select of an entity id and a count."""
    grouped = query.group_by(query.selected_columns[0])
    found: dict[int, int] = {}
    for row in connection.execute(grouped):
        found[row[0]] = row[1]
    return found


def _labels(connection: Connection, query: Select[Any], label: Any) -> dict[int, list[str]]:
    """{entity id: labels} from a select of an entity id and a code."""
    found: dict[int, list[str]] = defaultdict(list)
    for row in connection.execute(query):
        found[row[0]].append(label(row[1]))
    return found


def _summaries(
    connection: Connection,
    kind: str | None,
    members: Any,
    roles: dict[int, list[str]],
    counts: dict[int, int],
) -> list[EntitySummary]:
    """One summary per entity whose rows are in ``members`` (people, or parties)."""
    names: dict[int, set[str]] = defaultdict(set)
    for row in connection.execute(select(members.c.entity_id, members.c.name).distinct()):
        names[row.entity_id].add(row.name)
    query = (
        select(
            _entity.id,
            _entity.kind,
            _entity.name,
            func.count(distinct(members.c.sheet_id)).label("sheets"),
        )
        .join(members, members.c.entity_id == _entity.id)
        .group_by(_entity.id, _entity.kind, _entity.name)
        .order_by(_entity.name)
    )
    if kind is not None:
        query = query.where(_entity.kind == kind)
    return [
        EntitySummary(
            id=row.id,
            kind=row.kind,
            name=row.name,
            other_names=tuple(sorted(names[row.id] - {row.name})),
            sheets=row.sheets,
            roles=tuple(sorted(set(roles.get(row.id, [])))),
            statements=counts.get(row.id, 0),
        )
        for row in connection.execute(query)
    ]


def appearances(database: Database, entity_id: int) -> list[Appearance]:
    """Every fact of every sheet that names the entity, the latest sheets first."""
    with database.read() as connection:
        kind = connection.scalar(select(_entity.kind).where(_entity.id == entity_id))
        if kind == PERSON:
            fact_ids = _person_facts(connection, entity_id)
        else:
            fact_ids = _party_facts(connection, entity_id)
        return _appearances(connection, fact_ids)


def _person_facts(connection: Connection, entity_id: int) -> list[int]:
    rows = select(_person.id).where(_person.entity_id == entity_id).scalar_subquery()
    found = _facts_of(
        connection,
        select(attendance_table.c.fact_id).where(attendance_table.c.person_id.in_(rows)),
        select(absence_table.c.fact_id).where(
            or_(absence_table.c.person_id.in_(rows), absence_table.c.sent_person_id.in_(rows))
        ),
        select(statement_table.c.fact_id).where(statement_table.c.speaker_id.in_(rows)),
    )
    # A person named in a sheet only in passing appears there through the person fact itself.
    shown_in: set[int] = set(
        connection.execute(
            select(fact_table.c.sheet_id).where(fact_table.c.id.in_(found))
        ).scalars()
    )
    mentioned: Iterable[int] = connection.execute(
        select(_person.fact_id).where(
            _person.entity_id == entity_id, _person.sheet_id.not_in(shown_in)
        )
    ).scalars()
    return [*found, *mentioned]


def _party_facts(connection: Connection, entity_id: int) -> list[int]:
    rows = select(_party.id).where(_party.entity_id == entity_id).scalar_subquery()
    return _facts_of(
        connection,
        select(membership_table.c.fact_id).where(membership_table.c.party_id.in_(rows)),
        select(attendance_table.c.fact_id).where(attendance_table.c.party_id.in_(rows)),
        select(absence_table.c.fact_id).where(absence_table.c.party_id.in_(rows)),
    )


def _facts_of(connection: Connection, *queries: Select[Any]) -> list[int]:
    found: list[int] = []
    for query in queries:
        found.extend(connection.execute(query).scalars())
    return found


def _appearances(connection: Connection, fact_ids: Sequence[int]) -> list[Appearance]:
    if not fact_ids:
        return []
    texts = describe_facts(connection, fact_ids)
    evidence = first_evidence(connection, fact_ids)
    sheet = sheet_table.c
    rows = connection.execute(
        select(
            fact_table.c.id, fact_table.c.kind, sheet.slug, sheet.title, sheet.date_iso, sheet.day
        )
        .join(sheet_table, fact_table.c.sheet_id == sheet.id)
        .where(fact_table.c.id.in_(list(fact_ids)))
    )
    found = [
        Appearance(
            slug=row.slug,
            sheet_title=row.title,
            when=row.date_iso or row.day,
            fact_id=row.id,
            kind=row.kind,
            text=texts.get(row.id, ""),
            evidence=evidence[row.id].exact if row.id in evidence else "",
            paragraph=evidence[row.id].paragraph if row.id in evidence else None,
        )
        for row in rows
    ]
    order = {fact_id: number for number, fact_id in enumerate(fact_ids)}
    found.sort(key=lambda hit: order[hit.fact_id])
    # The latest sheets first; within a sheet, the facts in the order they were asked for.
    found.sort(key=lambda hit: hit.when, reverse=True)
    return found


def search_all(database: Database, query: str, limit: int = SEARCH_LIMIT) -> SearchResult:
    """The facts of every sheet whose words hold every word of ``query``, anywhere (as a
    table's search matches), the latest sheets' first."""
    if not search_terms(query):
        return SearchResult([], False)
    with database.read() as connection:
        statements = _matching(
            connection, query, statement_index.STATEMENTS, statement_table, limit + 1
        )
        facts = _matching(connection, query, statement_index.FACTS, fact_table, limit + 1)
        fact_ids = sorted({*statements, *facts}, reverse=True)
        return SearchResult(_appearances(connection, fact_ids[:limit]), len(fact_ids) > limit)


def _matching(
    connection: Connection,
    query: str,
    index: statement_index.TextIndex,
    rows: Any,
    limit: int,
) -> list[int]:
    """Fact ids of ``rows`` (statements, or other facts) that match, the newest first."""
    fact_id: Any = rows.c.fact_id if "fact_id" in rows.c else rows.c.id
    plan = statement_index.search_plan(query)
    scanned: Collection[str] = plan.scanned
    if plan.match is not None and index.exists(connection):
        # The index drives the query, newest rows first, so the first matches found are the
        # ones shown and a common word does not gather every match before the limit.
        fts = table(index.name, column("rowid"))
        statement = (
            select(fact_id)
            .select_from(fts)
            .join(rows, rows.c.id == fts.c.rowid)
            .where(literal_column(index.name).op("MATCH")(plan.match))
        )
        newest_first: Any = fts.c.rowid.desc()
    else:
        statement = select(fact_id).where(rows.c.search_text != "")
        scanned = search_terms(query)
        newest_first = rows.c.id.desc()
    for term in scanned:
        statement = statement.where(rows.c.search_text.contains(term, autoescape=True))
    ordered = statement.order_by(newest_first).limit(limit)
    return list(connection.execute(ordered).scalars())
