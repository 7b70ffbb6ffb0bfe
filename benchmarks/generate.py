"""Build a synthetic fact sheet of N statements, with attendees and valid evidence, for scale runs.

Every statement cites a sentence of a synthetic article at its true offsets, so the evidence pane
and the article highlight work at any size. Names carry accents and some people have a second
spelling, so searches that fold accents and match variants are exercised. Rows are written in
bulk (COPY on PostgreSQL), a million in a minute or two, and indexed for search like any seeded
sheet.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Table, insert
from sqlalchemy.sql.schema import ScalarElementColumnDefault

from db.factfile.anchoring import anchor_quote, paragraph_starts
from db.factfile.folding import fold
from db.factfile.vocabulary import MembershipStatus, PartyKind, Role, StatementKind
from db.rows import Evidence
from db.search import statement_index
from db.store.schema import (
    attendance_table,
    entity_table,
    evidence_table,
    fact_table,
    membership_table,
    metadata,
    organization_table,
    party_table,
    person_table,
    sheet_table,
    source_table,
    statement_table,
)
from db.store.session import open_database
from db.store.sheet_writer import evidence_row

FIRST_NAMES = (
    "José",
    "Zoë",
    "Łukasz",
    "Ana",
    "Renée",
    "Søren",
    "Ibrahim",
    "Chloé",
    "Dmitri",
    "Noémie",
)
LAST_NAMES = ("Åberg", "Núñez", "Kowalczyk", "Okafor", "Müller", "Tanaka", "Dubois", "Ferreira")
TOPICS = ("Security", "Trade", "Energy", "Climate", "Health", "Transport", "Culture", "Finance")
COMMON_WORD = "cooperation"
"""In every other statement: a search that matches half the table."""
RARE_WORD = "zephyrine"
"""In one statement in 100,000 (and the first): a search that matches almost nothing."""
ARTICLE_SENTENCES = 2_000
BATCH = 50_000
SLUG = "synthetic"


def _person_name(number: int) -> str:
    first = FIRST_NAMES[number % len(FIRST_NAMES)]
    last = LAST_NAMES[(number // len(FIRST_NAMES)) % len(LAST_NAMES)]
    return f"{first} {last} {number}"


def _variant(name: str) -> str:
    """A second spelling, as an article might print it: without accents."""
    return fold(name).title()


def _article() -> tuple[str, list[Evidence]]:
    sentences = [
        f"Delegate {number} spoke about {TOPICS[number % len(TOPICS)].lower()} and {COMMON_WORD} "
        f"in session {number}."
        for number in range(ARTICLE_SENTENCES)
    ]
    paragraphs = [" ".join(sentences[start : start + 5]) for start in range(0, len(sentences), 5)]
    text = "Synthetic summit report\n\n" + "\n\n".join(paragraphs) + "\n"
    starts = paragraph_starts(text)
    anchors = [anchor_quote(text, sentence, starts=starts) for sentence in sentences]
    return text, anchors


def _batches(rows: Iterator[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    while batch := list(itertools.islice(rows, BATCH)):
        yield batch


def generate(path: Path, statements: int, attendees: int | None = None) -> str:
    """Write a SQLite database at ``path`` holding one synthetic sheet; returns its URL."""
    if path.exists():
        path.unlink()
    url = f"sqlite:///{path}"
    fill(url, statements, attendees)
    return url


def fill(url: str, statements: int, attendees: int | None = None) -> None:
    """Write one synthetic sheet into the database at ``url``, which must hold no sheet (a
    new SQLite file is made; a server's database must be there, empty)."""
    people = attendees or max(20, statements // 1_000)
    database = open_database(url, create=True)
    article, anchors = _article()
    with database.engine.begin() as connection:
        connection.execute(
            insert(source_table),
            [
                {
                    "id": 1,
                    "file_name": "synthetic.txt",
                    "title": "Synthetic summit report",
                    "publisher": "Factsheet benchmarks",
                    "year": 2024,
                    "copyright": "Generated text, free to use.",
                    "text": article,
                    "sha256": hashlib.sha256(article.encode()).hexdigest(),
                }
            ],
        )
        connection.execute(
            insert(sheet_table),
            [
                {
                    "id": 1,
                    "slug": SLUG,
                    "title": f"Synthetic sheet of {statements:,} statements",
                    "event": "Synthetic summit",
                    "summary": "A generated sheet for measuring speed at scale.",
                    "place": "Nowhere",
                    "day": "Thursday",
                    "date_iso": None,
                    "date_inferred": False,
                    "date_basis": "",
                    "source_id": 1,
                    "seed_digest": "synthetic",
                    "member_count": people,
                    "attendee_count": people,
                    "statement_count": statements,
                }
            ],
        )
        fact_ids = itertools.count(1)
        organization_fact = next(fact_ids)
        connection.execute(
            insert(fact_table),
            [
                {
                    "id": organization_fact,
                    "sheet_id": 1,
                    "key": "organization",
                    "kind": "organization",
                }
            ],
        )
        connection.execute(insert(evidence_table), [evidence_row(organization_fact, anchors[0])])
        connection.execute(
            insert(organization_table),
            [
                {
                    "sheet_id": 1,
                    "fact_id": organization_fact,
                    "name": "Synthetic Organization",
                    "abbreviation": "SO",
                    "founded": 2001,
                    "purpose": "to be measured",
                    "description": "",
                }
            ],
        )
        # Entity ids: the parties' first, then the people's (offset by the number of parties).
        connection.execute(
            insert(entity_table),
            [
                {
                    "id": number + 1,
                    "kind": PartyKind.COUNTRY.value,
                    "key": f"country-{number}",
                    "name": f"Country {number}",
                }
                for number in range(people)
            ]
            + [
                {
                    "id": people + number + 1,
                    "kind": "person",
                    "key": f"{SLUG}/{number}",
                    "name": _person_name(number),
                }
                for number in range(people)
            ],
        )
        parties = [
            {
                "id": number + 1,
                "sheet_id": 1,
                "key": f"country-{number}",
                "kind": PartyKind.COUNTRY.value,
                "name": f"Country {number}",
                "abbreviation": "",
                "entity_id": number + 1,
            }
            for number in range(people)
        ]
        connection.execute(insert(party_table), parties)
        _write_people(connection, people, fact_ids, anchors)
        membership_facts = [next(fact_ids) for _ in range(people)]
        connection.execute(
            insert(fact_table),
            [
                {"id": fact, "sheet_id": 1, "key": f"membership:{number}", "kind": "memberships"}
                for number, fact in enumerate(membership_facts)
            ],
        )
        connection.execute(
            insert(evidence_table),
            [
                evidence_row(fact, anchors[number % len(anchors)])
                for number, fact in enumerate(membership_facts)
            ],
        )
        connection.execute(
            insert(membership_table),
            [
                {
                    "sheet_id": 1,
                    "fact_id": fact,
                    "party_id": number + 1,
                    "status": MembershipStatus.MEMBER.value,
                    "joined": "not given",
                    "note": "",
                }
                for number, fact in enumerate(membership_facts)
            ],
        )
        first_statement_fact = next(fact_ids)
        for batch in _batches(_statement_rows(statements, people, first_statement_fact)):
            _insert_many(
                connection,
                fact_table,
                [
                    {
                        "id": row["fact_id"],
                        "sheet_id": 1,
                        "key": f"statements:{row['id']}",
                        "kind": "statements",
                    }
                    for row in batch
                ],
            )
            _insert_many(
                connection,
                evidence_table,
                [evidence_row(row["fact_id"], anchors[row["id"] % len(anchors)]) for row in batch],
            )
            _insert_many(connection, statement_table, batch)
        statement_index.index_sheet(connection, 1)
        statement_index.optimize(connection)
        if connection.dialect.name == "postgresql":
            _continue_id_sequences(connection)
    if database.engine.dialect.name == "postgresql":
        with database.engine.connect() as connection:
            # Statistics for the planner, which otherwise guesses how many rows a word matches.
            connection.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql("ANALYZE")
    database.close()


def _insert_many(connection: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """Insert rows in bulk: on PostgreSQL with COPY, several times faster than INSERT there."""
    if connection.dialect.name != "postgresql":
        connection.execute(insert(table), rows)
        return
    # COPY knows nothing of the defaults the schema gives in Python, such as reviewed = True.
    defaults = {
        column.name: column.default.arg
        for column in table.c
        if isinstance(column.default, ScalarElementColumnDefault) and column.name not in rows[0]
    }
    names = [*rows[0], *defaults]
    quote = connection.dialect.identifier_preparer.quote  # "end" is a keyword of SQL
    columns = ", ".join(quote(name) for name in names)
    cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
    with cursor.copy(f"COPY {table.name} ({columns}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row([*row.values(), *defaults.values()])


def _continue_id_sequences(connection: Connection) -> None:
    """Rows written here carry their own ids, which PostgreSQL's id counters do not see: move
    each counter past its table's last id, so a sheet added later gets new ids."""
    for table in metadata.sorted_tables:
        if "id" in table.c:
            connection.exec_driver_sql(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                f"(SELECT coalesce(max(id), 0) + 1 FROM {table.name}), false)"
            )


def _write_people(
    connection: Any, people: int, fact_ids: Iterator[int], anchors: list[Evidence]
) -> None:
    person_rows, attendance_rows, facts, evidence = [], [], [], []
    for number in range(people):
        person_fact, attendance_fact = next(fact_ids), next(fact_ids)
        name = _person_name(number)
        facts += [
            {"id": person_fact, "sheet_id": 1, "key": f"people:{number}", "kind": "people"},
            {
                "id": attendance_fact,
                "sheet_id": 1,
                "key": f"attendees:{number}",
                "kind": "attendees",
            },
        ]
        evidence += [
            evidence_row(person_fact, anchors[number % len(anchors)]),
            evidence_row(attendance_fact, anchors[number % len(anchors)]),
        ]
        person_rows.append(
            {
                "id": number + 1,
                "sheet_id": 1,
                "fact_id": person_fact,
                "key": str(number),
                "name": name,
                "named": True,
                "variants": [_variant(name)] if number % 10 == 0 else [],
                "entity_id": people + number + 1,
            }
        )
        attendance_rows.append(
            {
                "sheet_id": 1,
                "fact_id": attendance_fact,
                "person_id": number + 1,
                "party_id": number + 1,
                "title": "President",
                "role": (Role.HOST if number == 0 else Role.HEAD_OF_STATE).value,
                "note": "",
            }
        )
    connection.execute(insert(fact_table), facts)
    connection.execute(insert(evidence_table), evidence)
    connection.execute(insert(person_table), person_rows)
    connection.execute(insert(attendance_table), attendance_rows)


def _statement_rows(statements: int, people: int, first_fact: int) -> Iterator[dict[str, Any]]:
    for number in range(statements):
        speaker = number % people
        name = _person_name(speaker)
        spellings = [_variant(name)] if speaker % 10 == 0 else []
        kind = StatementKind.QUOTE if number % 3 else StatementKind.PARAPHRASE
        words = [f"Statement {number} on {TOPICS[number % len(TOPICS)].lower()}"]
        if number % 2 == 0:
            words.append(COMMON_WORD)
        if number % 100_000 == 0:
            words.append(RARE_WORD)
        text = " ".join(words) + "."
        fields = {
            "said_when": f"Day {number % 5 + 1}",
            "said_where": f"Session {number % 40}",
            "topic": TOPICS[number % len(TOPICS)],
        }
        yield {
            "id": number + 1,
            "sheet_id": 1,
            "fact_id": first_fact + number,
            "speaker_id": speaker + 1,
            "kind": kind.value,
            "text": text,
            "context": "",
            "via": "",
            "speaker_sort": fold(name),
            "search_text": statement_index.searchable_text(
                speaker=name, spellings=spellings, kind=kind, texts=[text, *fields.values()]
            ),
            **fields,
        }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("statements", type=int)
    parser.add_argument(
        "output", help="a SQLite file to make, or the URL of an empty database on a server"
    )
    arguments = parser.parse_args()
    if "://" in arguments.output:
        fill(arguments.output, arguments.statements)
        print(arguments.output)
    else:
        print(generate(Path(arguments.output), arguments.statements))


if __name__ == "__main__":
    main()
