"""Build a database of many synthetic sheets of realistic size, for the many-sheet figures.

Each sheet is an article of about 600 words with its fact file: 10 members, 15 attendees, 15
statements, every fact with a verbatim evidence quote. Sheets are written by the same code as
`factsheet add`, so entities, counts and search indexes are what a real database would hold.
People and countries are drawn from shared pools, so the same person appears in many sheets,
linked by the fact files' `entity`.
"""

from __future__ import annotations

import argparse
import hashlib
import random
from pathlib import Path

from benchmarks.generate import FIRST_NAMES, LAST_NAMES, TOPICS
from db.factfile.reading import FactFile, fact_file_from_text
from db.store.session import open_database
from db.store.sheet_writer import write_sheet

ORGANIZATIONS = 40
COUNTRIES = 120
PEOPLE = 2_000
BATCH = 200
"""Sheets written in one transaction."""
DEFAULT_SHEETS = 10_000


def _person(number: int) -> str:
    first = FIRST_NAMES[number % len(FIRST_NAMES)]
    last = LAST_NAMES[(number // len(FIRST_NAMES)) % len(LAST_NAMES)]
    return f"{first} {last} {number}"


def _country(number: int) -> tuple[str, str]:
    """A made-up country and a two-letter code for it."""
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    return f"Country {number}", letters[number // 26 % 26] + letters[number % 26]


def _quoted(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def sheet(number: int) -> tuple[str, str]:
    """The article and fact file of sheet ``number``: the same every time it is asked for."""
    chance = random.Random(number)
    organization = number % ORGANIZATIONS
    org_name = f"Organization {organization} for Cooperation"
    year = 2000 + number % 25
    month, day = 1 + number % 12, 1 + number % 28
    city = f"City {number % 300}"
    members = chance.sample(range(COUNTRIES), 10)
    people = chance.sample(range(PEOPLE), 15)
    title = f"Leaders meet at the {org_name} summit in {city}, number {number}"
    paragraphs = [
        title,
        f"The {org_name} held its summit number {number} in {city} on {year}-{month:02}-{day:02}.",
    ]
    member_sentences = []
    for place, country in enumerate(members):
        name, _code = _country(country)
        status = "founded the organization" if place < 4 else "joined the organization later"
        member_sentences.append(f"{name} {status} as member {place} of summit {number}.")
    paragraphs.append(" ".join(member_sentences))
    attendee_sentences, statement_sentences = [], []
    for place, person in enumerate(people):
        represented, _code = _country(members[place % 10])
        attendee_sentences.append(
            f"President {_person(person)} of {represented} attended summit {number} as guest {place}."
        )
        topic = TOPICS[(number + place) % len(TOPICS)].lower()
        statement_sentences.append(
            f"“We will work on {topic} and cooperation in year {year}, point {place} of "
            f"summit {number},” {_person(person)} said to the assembly in {city}."
        )
    paragraphs.append(" ".join(attendee_sentences))
    paragraphs.extend(" ".join(statement_sentences[start : start + 5]) for start in (0, 5, 10))
    article = "\n\n".join(paragraphs) + "\n"
    return article, _fact_file(
        number, article, title, org_name, city, year, month, day, members, people
    )


def _fact_file(
    number: int,
    article: str,
    title: str,
    org_name: str,
    city: str,
    year: int,
    month: int,
    day: int,
    members: list[int],
    people: list[int],
) -> str:
    digest = hashlib.sha256(article.encode("utf-8")).hexdigest()
    lines = [
        "[source]",
        f'file = "sheet-{number}.txt"',
        f'sha256 = "{digest}"',
        f"title = {_quoted(title)}",
        f"evidence = [{_quoted(title)}]",
        "",
        "[sheet]",
        f'slug = "summit-{number}"',
        f"title = {_quoted(f'{org_name} summit {number}, {city}')}",
        "",
        "[event]",
        f"name = {_quoted(f'Summit of the {org_name}')}",
        f"place = {_quoted(city)}",
        f"evidence = [{_quoted(f'held its summit number {number} in {city}')}]",
        "",
        "[date]",
        f'value = "{year}-{month:02}-{day:02}"',
        "inferred = false",
        f'evidence = ["{year}-{month:02}-{day:02}"]',
        "",
        "[organization]",
        f"name = {_quoted(org_name)}",
        f"evidence = [{_quoted(f'The {org_name} held its summit number {number}')}]",
        "",
    ]
    for country in members:
        name, code = _country(country)
        lines += [
            "[[countries]]",
            f'key = "c{country}"',
            f"name = {_quoted(name)}",
            f'code = "{code}"',
            "",
        ]
    for place, country in enumerate(members):
        name, _code = _country(country)
        status = "founded the organization" if place < 4 else "joined the organization later"
        lines += [
            "[[memberships]]",
            f'member = "c{country}"',
            f'status = "{"founding-member" if place < 4 else "member"}"',
            f"evidence = [{_quoted(f'{name} {status} as member {place} of summit {number}.')}]",
            "",
        ]
    for place, person in enumerate(people):
        name = _person(person)
        represented, _code = _country(members[place % 10])
        topic = TOPICS[(number + place) % len(TOPICS)].lower()
        said = f"We will work on {topic} and cooperation in year {year}, point {place} of summit {number},"
        lines += [
            "[[people]]",
            f'key = "p{person}"',
            f"name = {_quoted(name)}",
            f"entity = {_quoted(name)}",
            f"evidence = [{_quoted(f'President {name} of {represented}')}]",
            "",
            "[[attendees]]",
            f'person = "p{person}"',
            'title = "President"',
            f'represents = "c{members[place % 10]}"',
            f'role = "{"host" if place == 0 else "head-of-state"}"',
            f"evidence = [{_quoted(f'President {name} of {represented} attended summit {number} as guest {place}.')}]",
            "",
            "[[statements]]",
            f'key = "s{place}"',
            f'speaker = "p{person}"',
            'kind = "quote"',
            f"text = {_quoted(said)}",
            f"topic = {_quoted(topic.capitalize())}",
            f"evidence = [{_quoted(f'“{said}” {name} said')}]",
            "",
        ]
    return "\n".join(lines)


def fact_file(number: int) -> FactFile:
    article, facts = sheet(number)
    return fact_file_from_text(facts, path=Path(f"sheet-{number}.toml"), article=article)


def fill_many(url: str, sheets: int = DEFAULT_SHEETS) -> None:
    """Write ``sheets`` synthetic sheets into the database at ``url``, which must hold no sheet
    (a new SQLite file is made; a server's database must be there, empty)."""
    database = open_database(url, create=True)
    try:
        for start in range(0, sheets, BATCH):
            with database.write() as connection:
                for number in range(start, min(start + BATCH, sheets)):
                    write_sheet(connection, fact_file(number))
    finally:
        database.close()


def generate_many(path: Path, sheets: int = DEFAULT_SHEETS) -> str:
    """Write a new SQLite database of ``sheets`` synthetic sheets at ``path``; returns its URL."""
    if path.exists():
        path.unlink()
    url = f"sqlite:///{path}"
    fill_many(url, sheets)
    return url


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", type=Path)
    parser.add_argument("--sheets", type=int, default=DEFAULT_SHEETS)
    arguments = parser.parse_args()
    print(generate_many(arguments.output, arguments.sheets))


if __name__ == "__main__":
    main()
