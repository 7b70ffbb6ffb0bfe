"""Every kind of broken seed is refused with one plain sentence, and leaves no file behind.

Each case breaks a copy of the bundled fact file (or its article) by replacing an exact snippet,
then checks that seeding a brand-new SQLite file raises SeedError naming the file, the fault and
the line, and that the target folder is still empty: no database, no temporary or journal file.
"""

from __future__ import annotations

import hashlib
import tomllib
from pathlib import Path

import pytest
from sqlalchemy import select

from db.errors import SeedError
from db.store.schema import evidence_table, fact_table, sheet_table
from db.store.seed import seed_database
from db.store.session import open_database

TWICE = "Putin and Xi"  # occurs exactly twice in the article


def edit(fact_path: Path, old: str, new: str) -> str:
    """Replace the one occurrence of ``old`` in the fact file; return the edited text."""
    text = fact_path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"snippet not found exactly once: {old!r}"
    edited = text.replace(old, new)
    fact_path.write_text(edited, encoding="utf-8")
    return edited


def line_of(text: str, snippet: str) -> int:
    """The 1-based line on which the one occurrence of ``snippet`` in ``text`` begins."""
    assert text.count(snippet) == 1, f"snippet not found exactly once: {snippet!r}"
    return text[: text.index(snippet)].count("\n") + 1


def article_of(fact_path: Path) -> Path:
    with fact_path.open("rb") as handle:
        return fact_path.parent / tomllib.load(handle)["source"]["file"]


def seed_fails(
    tmp_path: Path, fact_path: Path, fragment: str, line: int | None, *, named: str | None = None
) -> SeedError:
    """Seed a new database from ``fact_path``; check the refusal and that nothing was left."""
    target = tmp_path / "out"
    target.mkdir()
    with pytest.raises(SeedError) as caught:
        seed_database(f"sqlite:///{target / 'x.sqlite3'}", [fact_path])
    error = caught.value
    message = str(error)
    file = named or fact_path.name
    where = f"{file}, line {line}" if line is not None else file
    assert error.file == file
    assert error.line == line
    assert message.startswith(f"{where}: "), message
    assert fragment in message
    assert "Traceback" not in message
    assert "\n" not in message
    assert sorted(target.iterdir()) == []
    return error


CASES = [
    pytest.param(
        'evidence = ["Russian President Vladimir Putin"]',
        'evidence = ["Russian President Vladimir Poutine"]',
        "people:putin quote 'Russian President Vladimir Poutine' is not in the article",
        "Vladimir Poutine",
        id="quote-not-found",
    ),
    pytest.param(
        'evidence = ["Russian President Vladimir Putin"]',
        f'evidence = ["{TWICE}"]',
        f"people:putin quote '{TWICE}' occurs 2 times in the article; add occurrence = N",
        f'"{TWICE}"',
        id="quote-ambiguous",
    ),
    pytest.param(
        'evidence = ["Russian President Vladimir Putin"]',
        'evidence = "Russian President Vladimir Putin"',
        "people:putin evidence should be a list of quotes, such as evidence = [",
        'evidence = "Russian President Vladimir Putin"',
        id="evidence-not-a-list",
    ),
    pytest.param(
        'name = "Vladimir Putin"\n',
        'name = "Vladimir Putin"\nnickname = "Vlad"\n',
        "people:putin has an unknown field 'nickname'",
        "nickname",
        id="unknown-field",
    ),
    pytest.param(
        'key = "xi"\nname = "Xi Jinping"\n',
        'key = "xi"\n',
        "people:xi is missing the field 'name'",
        '[[people]]\nkey = "xi"',
        id="missing-field",
    ),
    pytest.param(
        "year = 2024\n",
        'year = "2024"\n',
        "source field 'year' should be a whole number, not str",
        'year = "2024"',
        id="wrong-type",
    ),
    pytest.param(
        'key = "putin-pillar"\nspeaker = "putin"',
        'key = "putin-pillar"\nspeaker = "medvedev"',
        "statements:putin-pillar field 'speaker' names 'medvedev', which is not in people",
        '[[statements]]\nkey = "putin-pillar"',
        id="unknown-speaker",
    ),
    pytest.param(
        'name = "Xi Jinping"\nentity = "Xi Jinping"\nevidence = ["Chinese President Xi Jinping"]\n',
        'name = "Xi Jinping"\n',
        "people:xi has no evidence quote",
        '[[people]]\nkey = "xi"',
        id="no-evidence",
    ),
    pytest.param(
        'name = "Xi Jinping"\nentity = "Xi Jinping"\nevidence = ["Chinese President Xi Jinping"]\n',
        'name = "Xi Jinping"\nevidence = []\n',
        "people:xi has no evidence quote",
        '[[people]]\nkey = "xi"',
        id="empty-evidence",
    ),
    pytest.param(
        'name = "Xi Jinping"\n',
        'name = "Xi Jinping\n',
        "is not valid TOML",
        'name = "Xi Jinping\n',
        id="invalid-toml",
    ),
    pytest.param(
        'key = "putin-security-center"\nspeaker = "putin"\nkind = "paraphrase"',
        'key = "putin-security-center"\nspeaker = "putin"\nkind = "rumour"',
        "statements:putin-security-center field 'kind' is 'rumour', which is not one of: quote",
        'kind = "rumour"',
        id="outside-vocabulary",
    ),
    pytest.param(
        'text = "bridges of communication"',
        'text = "bridges of cooperation"',
        "statements:xi-bridges is a direct quote, but its text is not inside its evidence",
        '[[statements]]\nkey = "xi-bridges"',
        id="quote-not-in-evidence",
    ),
]


@pytest.mark.parametrize(("old", "new", "fragment", "at"), CASES)
def test_bad_entry_is_refused_at_its_line(
    seed_copy: Path, tmp_path: Path, old: str, new: str, fragment: str, at: str
) -> None:
    edited = edit(seed_copy, old, new)
    seed_fails(tmp_path, seed_copy, fragment, line_of(edited, at))


@pytest.mark.parametrize(
    ("entry", "key"),
    [
        pytest.param('[[people]]\nkey = "putin"\n', "people:putin", id="person"),
        pytest.param('[[memberships]]\nmember = "china"\n', "memberships:china", id="membership"),
    ],
)
def test_duplicate_entry_is_refused(seed_copy: Path, tmp_path: Path, entry: str, key: str) -> None:
    text = seed_copy.read_text(encoding="utf-8")
    start = text.index(entry)
    block = text[start : text.index("\n\n", start) + 2]
    first = line_of(text, entry)
    edit(seed_copy, block, block + block)
    second = first + block.count("\n")
    seed_fails(tmp_path, seed_copy, f"{key} is listed twice (first at line {first})", second)


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        pytest.param(b"\xff\xfe[source]\n", "is not UTF-8 text (bad byte at offset 0)", id="utf16"),
        pytest.param(b"", "is empty", id="empty"),
        pytest.param(b" \n\t\n", "is empty", id="blank"),
    ],
)
def test_unreadable_fact_file_is_refused(
    seed_copy: Path, tmp_path: Path, content: bytes, fragment: str
) -> None:
    seed_copy.write_bytes(content)
    seed_fails(tmp_path, seed_copy, fragment, None)


def test_missing_article_is_refused(seed_copy: Path, tmp_path: Path) -> None:
    article = article_of(seed_copy)
    article.unlink()
    text = seed_copy.read_text(encoding="utf-8")
    fragment = f"names the article {article.name}, which cannot be found"
    seed_fails(tmp_path, seed_copy, fragment, line_of(text, f'file = "{article.name}"'))


def test_changed_article_is_refused(seed_copy: Path, tmp_path: Path) -> None:
    article = article_of(seed_copy)
    article.write_bytes(article.read_bytes() + b" ")
    text = seed_copy.read_text(encoding="utf-8")
    fragment = f"the article {article.name} has changed since the facts were written"
    seed_fails(tmp_path, seed_copy, fragment, line_of(text, "sha256 = "))


def test_article_not_utf8_is_refused_naming_the_article(seed_copy: Path, tmp_path: Path) -> None:
    article = article_of(seed_copy)
    original = hashlib.sha256(article.read_bytes()).hexdigest()
    broken = b"\xffnot text"
    article.write_bytes(broken)
    edit(seed_copy, original, hashlib.sha256(broken).hexdigest())
    seed_fails(tmp_path, seed_copy, "is not UTF-8 text", None, named=article.name)


def test_occurrence_picks_the_nth_match(seed_copy: Path, tmp_path: Path) -> None:
    edit(
        seed_copy,
        'evidence = ["Russian President Vladimir Putin"]',
        f'evidence = [{{ quote = "{TWICE}", occurrence = 2 }}]',
    )
    article = article_of(seed_copy).read_text(encoding="utf-8")
    second = article.index(TWICE, article.index(TWICE) + 1)
    url = f"sqlite:///{tmp_path / 'out' / 'x.sqlite3'}"
    seed_database(url, [seed_copy])
    database = open_database(url)
    try:
        with database.read() as connection:
            anchors = connection.execute(
                select(evidence_table).join(fact_table).where(fact_table.c.key == "people:putin")
            ).all()
    finally:
        database.close()
    assert [(a.exact, a.start, a.end) for a in anchors] == [(TWICE, second, second + len(TWICE))]


def test_a_byte_order_mark_before_the_fact_file_is_not_part_of_it(
    seed_copy: Path, tmp_path: Path
) -> None:
    """Some editors on Windows put a UTF-8 byte-order mark first in every file they save."""
    seed_copy.write_bytes(b"\xef\xbb\xbf" + seed_copy.read_bytes())
    url = f"sqlite:///{tmp_path / 'marked.sqlite3'}"

    (outcome,) = seed_database(url, [seed_copy])

    assert outcome.slug == "sco-summit-astana-2024"
    database = open_database(url)
    with database.read() as connection:
        stored = connection.scalar(select(sheet_table.c.fact_file))
    database.close()
    assert stored == seed_copy.read_text(encoding="utf-8-sig")
