"""Every database takes the same values: a value wider than its column is refused when the
fact file is checked, in one sentence naming the file, the line and the field, before
PostgreSQL (which enforces widths) or SQLite (which does not) is asked to store it."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from tests.conftest import PROJECT, database_contents
from viewer.cli import main

ARTICLE = "alpine_union.txt"
FACTS = "alpine_union.toml"
PERSON = '"keller"'


def fact_file(tmp_path: Path, *edits: tuple[str, str]) -> Path:
    """A copy of a hand-checked fact file with each ``(old, new)`` edit made to the first
    occurrence of ``old`` (or to every occurrence of the quoted person key)."""
    folder = tmp_path / "articles"
    folder.mkdir(exist_ok=True)
    shutil.copy(PROJECT / "tests" / "data" / ARTICLE, folder)
    text = (PROJECT / "tests" / "data" / FACTS).read_text(encoding="utf-8")
    for old, new in edits:
        assert old in text, old
        text = text.replace(old, new) if old == PERSON else text.replace(old, new, 1)
    path = folder / FACTS
    path.write_text(text, encoding="utf-8")
    return path


def line_of(path: Path, snippet: str) -> int:
    text = path.read_text(encoding="utf-8")
    return text[: text.index(snippet)].count("\n") + 1


def add(path: Path, url: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    status = main(["add", str(path.parent / ARTICLE), str(path), "--db", url])
    return status, capsys.readouterr().err


TOO_WIDE = {
    "status": ('status = "founding-member"', f'status = "{"m" * 65}"', "64"),
    "role": ('role = "host"', f'role = "{"h" * 65}"', "64"),
    "slug": (
        'slug = "alpine-transport-union-summit-lugano"',
        f'slug = "{"s" * 129}"',
        "128",
    ),
    "key": ('key = "keller-borders"', f'key = "{"k" * 121}"', "120"),
    "entity": ('name = "Anna Keller"', f'name = "Anna Keller"\nentity = "{"e" * 257}"', "256"),
    "file": ('file = "alpine_union.txt"', f'file = "{"./" * 121}alpine_union.txt"', "256"),
}


@pytest.mark.parametrize("field", list(TOO_WIDE))
def test_a_value_wider_than_its_column_is_refused_naming_file_line_and_field(
    field: str, tmp_path: Path, any_seeded_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    old, new, longest = TOO_WIDE[field]
    path = fact_file(tmp_path, (old, new))
    before = database_contents(any_seeded_url)

    status, err = add(path, any_seeded_url, capsys)

    line = line_of(path, new.splitlines()[-1])
    assert status == 1
    assert err.count("\n") == 1, err
    assert err.startswith(f"factsheet: {FACTS}, line {line}: "), err
    assert f"field '{field}'" in err and f"more than the {longest} it may have" in err, err
    assert "varying" not in err
    assert database_contents(any_seeded_url) == before


def test_values_as_wide_as_their_columns_are_added_on_every_database(
    tmp_path: Path, any_seeded_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = fact_file(
        tmp_path,
        ('status = "founding-member"', f'status = "{"m" * 64}"'),
        ('role = "host"', f'role = "{"h" * 64}"'),
        ('slug = "alpine-transport-union-summit-lugano"', f'slug = "{"s" * 128}"'),
        ('key = "keller-borders"', f'key = "{"k" * 120}"'),
        (PERSON, f'"{"p" * 120}"'),
        ('name = "Giulia Ferri"', f'name = "Giulia Ferri"\nentity = "{"e" * 256}"'),
    )

    status, err = add(path, any_seeded_url, capsys)

    assert (status, err) == (0, "")
    assert main(["list", "--db", any_seeded_url]) == 0
    assert re.search(rf"\b{'s' * 128}\b", capsys.readouterr().out)
