"""A draft always adds: whatever `factsheet draft` writes (and File ▸ New sheet from article
drafts), `factsheet add` takes, whatever the article's size and shape; and drafting takes
work in proportion to the article."""

from __future__ import annotations

import shutil
import tomllib
from pathlib import Path
from typing import Any

import pytest

from db.draft.extract import draft_facts
from db.factfile import reading as factfile
from tests.conftest import PROJECT
from tests.work_count import lines_run
from viewer.cli import main

DATA = PROJECT / "tests" / "data"
SENT_AGAIN = "\nDefence Minister Ravnkilde has sent his state secretary to the signing as well.\n"


def draft_and_add(article: Path, url: str, capsys: pytest.CaptureFixture[str]) -> Path:
    facts = article.with_suffix(".toml")
    assert main(["draft", str(article), "-o", str(facts)]) == 0, capsys.readouterr().err
    status = main(["add", str(article), str(facts), "--db", url])
    assert (status, capsys.readouterr().err) == (0, "")
    return facts


def test_an_unnamed_person_described_twice_is_one_person_and_the_draft_adds(
    tmp_path: Path, seeded_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "visit.txt"
    article.write_text((DATA / "state_visit.txt").read_text(encoding="utf-8") + SENT_AGAIN)

    facts = draft_and_add(article, seeded_url, capsys)

    with facts.open("rb") as handle:
        people = [person["key"] for person in tomllib.load(handle)["people"]]
    assert len(people) == len(set(people)), people
    assert "denmark-state-secretary" in people


def test_a_draft_larger_than_the_plain_limit_of_a_fact_file_still_adds(
    tmp_path: Path,
    seeded_url: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A draft of a long article outgrows the 2 MB a fact file holds on its own; here the
    plain limit is made smaller than one short article's draft."""
    monkeypatch.setattr(factfile, "MAX_FACT_FILE_BYTES", 1_000)
    article = tmp_path / "visit.txt"
    shutil.copy(DATA / "state_visit.txt", article)

    facts = draft_and_add(article, seeded_url, capsys)

    assert facts.stat().st_size > factfile.MAX_FACT_FILE_BYTES


def drafted_and_added(
    article_text: str, tmp_path: Path, url: str, capsys: pytest.CaptureFixture[str]
) -> dict[str, Any]:
    """The fact file drafted from ``article_text``, once it has been added to ``url``."""
    article = tmp_path / "union.txt"
    article.write_text(article_text, encoding="utf-8")
    with draft_and_add(article, url, capsys).open("rb") as handle:
        return tomllib.load(handle)


def test_an_article_copied_with_runs_of_spaces_drafts_as_if_single_spaced_and_adds(
    tmp_path: Path, seeded_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Pages copied as text keep the runs of spaces they set between words; the draft reads
    through them, and its evidence is still the article's own characters."""
    drafted = drafted_and_added(
        "Leaders meet for talks\n\nCAIRO, Egypt (Wire) — Leaders of the Lagoon Union met on"
        " Tuesday.\tPresident\tAna Ruiz of Chile met the presidents of Lagoon Union member"
        " states  Peru,  Ecuador and  Bolivia  on Monday.\n",
        tmp_path,
        seeded_url,
        capsys,
    )

    members = {entry["member"] for entry in drafted["memberships"]}
    assert members == {"peru", "ecuador", "bolivia"}
    [evidence] = {entry["evidence"][0] for entry in drafted["memberships"]}
    assert "states  Peru,  Ecuador and  Bolivia" in evidence
    assert [person["name"] for person in drafted["people"]] == ["Ana Ruiz"]


def test_names_set_with_no_break_hyphens_and_spaces_are_whole_and_the_draft_adds(
    tmp_path: Path, seeded_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """A page's no-break hyphen (U+2011), no-break space and soft hyphen (U+00AD) show as a
    hyphen, a space and nothing: the names are whole, and the evidence is the page's own."""
    drafted = drafted_and_added(
        "Leaders meet for talks\n\nCAIRO, Egypt (Wire) — Leaders of the Lagoon Union met on"
        " Tuesday. Prime Minister Jean\u2011Marc Ayrault of France attended the summit."
        " President\u00a0Lu\u00adis Arce of Bolivia attended.\n",
        tmp_path,
        seeded_url,
        capsys,
    )

    people = {person["name"]: person["evidence"] for person in drafted["people"]}
    assert people == {
        "Jean-Marc Ayrault": ["Prime Minister Jean\u2011Marc Ayrault of France"],
        "Luis Arce": ["President\u00a0Lu\u00adis Arce of Bolivia"],
    }


def long_article(copies: int) -> str:
    """The test articles, each paragraph numbered, ``copies`` times over: as long an article
    as wanted, with people, quotes and absences throughout."""
    articles = [path.read_text(encoding="utf-8") for path in sorted(DATA.glob("*.txt"))]
    return "\n\n".join(
        f"Dispatch {copy}-{number}. {paragraph}"
        for copy in range(copies)
        for article in articles
        for number, paragraph in enumerate(article.split("\n\n"))
    )


def test_drafting_four_times_the_article_is_about_four_times_the_work() -> None:
    short, long = long_article(4), long_article(16)
    ratio = lines_run(lambda: draft_facts(long)) / lines_run(lambda: draft_facts(short))
    # Linear work gives about 4 (4.1 measured); the quadratic parts the draft had gave 6.8.
    assert ratio < 5, ratio


def invented_names(count: int) -> list[str]:
    """``count`` different invented names (at most 1,200)."""
    given = ["Ola", "Kari", "Anna", "Piet", "Mira", "Taro", "Lena", "Ivo", "Rosa", "Emil"]
    stems = ["Bran", "Kvel", "Mors", "Tand", "Vell", "Grim", "Holt", "Sand", "Lind", "Fjor"]
    stems += ["Ruud", "Ekel"]
    endings = ["dal", "berg", "stad", "vik", "heim", "lund", "strom", "haug", "seth", "moen"]
    names = [f"{first} {stem}{ending}" for stem in stems for ending in endings for first in given]
    return names[:count]


def many_people(count: int) -> str:
    """An article naming ``count`` invented officials: one in three with their country beside
    the name, one only in their sentence, and one as that official's counterpart."""
    names = invented_names(2 * count)
    return "\n\n".join(
        [
            f"Governor {names[number]} of Norway spoke.",
            f"Governor {names[number]} said the talks went well for Norway.",
            f"Norwegian Governor {names[count + number]} met his Danish counterpart"
            f" {names[number]}.",
        ][number % 3]
        for number in range(count)
    )


def test_naming_four_times_the_people_is_about_four_times_the_work() -> None:
    few, many = many_people(150), many_people(600)
    ratio = lines_run(lambda: draft_facts(many)) / lines_run(lambda: draft_facts(few))
    assert ratio < 5, ratio


def test_a_fact_file_larger_than_its_article_allows_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(factfile, "MAX_FACT_FILE_BYTES", 1_000)
    folder = tmp_path / "articles"
    shutil.copytree(DATA, folder)
    facts = folder / "state_visit.toml"
    allowed = factfile.fact_file_limit((folder / "state_visit.txt").stat().st_size)
    with facts.open("a", encoding="utf-8") as handle:
        handle.write("#" * (allowed - facts.stat().st_size) + "\n")

    with pytest.raises(factfile.SeedError, match=f"more than a fact file may be \\({allowed:,}"):
        factfile.read_fact_file(facts)
