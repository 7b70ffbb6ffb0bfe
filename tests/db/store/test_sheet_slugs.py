"""A drafted sheet's slug says which meeting it is (organization, place, year), and adding a
second article that drafts the same slug keeps both sheets; --replace replaces only a sheet of
the same article."""

from __future__ import annotations

import shutil
import tomllib
from pathlib import Path

import pytest

from db.draft.extract import draft_facts
from db.draft.render import render
from db.store.queries import fact_file_text
from db.store.session import describe, open_database
from tests.conftest import PROJECT
from viewer.cli import main

DATA = PROJECT / "tests" / "data"


def drafted_sheet(article: Path) -> dict[str, str]:
    text = article.read_text(encoding="utf-8")
    sheet: dict[str, str] = tomllib.loads(render(draft_facts(text), text, article.name))["sheet"]
    return sheet


def test_a_drafted_slug_is_the_organization_place_and_year() -> None:
    (facts,) = (PROJECT / "seeds").glob("*.toml")
    checked = tomllib.loads(facts.read_text(encoding="utf-8"))
    city = checked["event"]["place"].split(", ")[0]
    expected = f"{checked['organization']['abbreviation']}-{city}-{checked['source']['year']}"
    assert drafted_sheet(PROJECT / "seeds" / checked["source"]["file"])["slug"] == expected.lower()


def test_a_report_that_gives_no_place_is_named_by_its_headline(tmp_path: Path) -> None:
    article = tmp_path / "report.txt"
    article.write_text(
        "Leaders agree on rail links at border talks\n\n"
        "The leaders of three neighbouring countries held a summit on Thursday.\n",
        encoding="utf-8",
    )
    sheet = drafted_sheet(article)
    assert sheet == {
        "slug": "leaders-agree-on-rail-links-at",
        "title": "Leaders agree on rail links at border talks",
    }


def drafted_slug(tmp_path: Path, text: str) -> str:
    article = tmp_path / "report.txt"
    article.write_text(text, encoding="utf-8")
    return drafted_sheet(article)["slug"]


def test_a_slug_takes_the_year_of_the_pages_date_and_the_city_the_summit_is_in(
    tmp_path: Path,
) -> None:
    text = (
        "Coastal leaders agree on fisheries\n\n date 2023-09-05 Leaders of the Coastal Union (CU) "
        "met at a summit in Minsk on Thursday. The bloc first met in 1975.\n"
    )
    assert drafted_slug(tmp_path, text) == "cu-minsk-2023"


def test_a_slug_takes_a_city_that_opens_the_report_and_a_date_under_the_headline(
    tmp_path: Path,
) -> None:
    text = (
        "Coastal leaders agree on fisheries\nPublished 15 Sep, 2022 02:05pm\n\n"
        "SAMARKAND: Leaders of the Coastal Union (CU) agreed on fisheries on Thursday.\n"
    )
    assert drafted_slug(tmp_path, text) == "cu-samarkand-2022"


def test_a_year_told_lower_in_the_report_is_not_the_sheets(tmp_path: Path) -> None:
    text = (
        "Coastal leaders agree on fisheries\n\nLeaders of the Coastal Union (CU) gathered in "
        "Riyadh on Tuesday.\nThe talks went on.\nThey ate.\nThey slept.\nThey left.\n"
        "They came back.\nThe bloc was founded on May 2, 1975.\n"
    )
    assert drafted_slug(tmp_path, text) == "cu-riyadh"


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = main(argv)
    captured = capsys.readouterr()
    return status, captured.out.strip(), captured.err.strip()


@pytest.fixture
def two_reports(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, Path]:
    """Two different articles (the second's last line changed) whose drafts share a slug."""
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    shutil.copyfile(DATA / "harbour_cities.txt", first)
    second.write_text(first.read_text(encoding="utf-8") + "\nA later line.\n", encoding="utf-8")
    for article in (first, second):
        assert run(["draft", str(article), "-o", str(article.with_suffix(".toml"))], capsys)[0] == 0
    assert drafted_sheet(first)["slug"] == drafted_sheet(second)["slug"]
    return first, second


def add(article: Path, url: str, capsys: pytest.CaptureFixture[str], *more: str) -> str:
    status, out, err = run(
        ["add", str(article), str(article.with_suffix(".toml")), "--db", url, *more], capsys
    )
    assert (status, err) == (0, "")
    return out


def sheet_file(url: str, slug: str) -> dict[str, dict[str, str]]:
    """The fact file kept with the sheet, as read back from the database."""
    database = open_database(url)
    try:
        document: dict[str, dict[str, str]] = tomllib.loads(fact_file_text(database, slug))
    finally:
        database.close()
    return document


def test_a_second_article_drafting_the_same_slug_is_added_beside_the_first(
    two_reports: tuple[Path, Path],
    any_seeded_url: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    first, second = two_reports
    slug = drafted_sheet(first)["slug"]
    title = drafted_sheet(first)["title"]
    headline = first.read_text(encoding="utf-8").splitlines()[0]
    assert add(first, any_seeded_url, capsys) == f"added {slug} in {describe(any_seeded_url)}"
    assert add(second, any_seeded_url, capsys) == (
        f"added {slug}-2 in {describe(any_seeded_url)}: {slug} is the sheet of another article, "
        f"“{headline}” (first.txt), so “{headline}” (second.txt) was added beside it"
    )
    listed = run(["list", "--db", any_seeded_url], capsys)[1]
    assert f"{slug} " in listed and f"{slug}-2 " in listed and title in listed
    assert sheet_file(any_seeded_url, f"{slug}-2")["sheet"]["slug"] == f"{slug}-2"
    assert sheet_file(any_seeded_url, f"{slug}-2")["source"]["file"] == "second.txt"


def test_replace_replaces_only_a_sheet_of_the_same_article(
    two_reports: tuple[Path, Path],
    any_seeded_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    first, second = two_reports
    slug = drafted_sheet(first)["slug"]
    add(first, any_seeded_url, capsys)
    add(second, any_seeded_url, capsys)
    # The second article again: its own sheet, under the number it was given, is replaced.
    assert add(second, any_seeded_url, capsys, "--replace") == (
        f"replaced the sheet {slug}-2 in {describe(any_seeded_url)}"
    )
    status, _out, err = run(
        ["add", str(second), str(second.with_suffix(".toml")), "--db", any_seeded_url], capsys
    )
    assert (status, err) == (
        2,
        f"factsheet: {describe(any_seeded_url)}: already holds a sheet called '{slug}-2'; add --replace to replace it",
    )
    # A third article asking to replace the slug leaves the first article's sheet alone.
    third = tmp_path / "third.txt"
    third.write_text(first.read_text(encoding="utf-8") + "\nAnother line.\n", encoding="utf-8")
    assert run(["draft", str(third), "-o", str(third.with_suffix(".toml"))], capsys)[0] == 0
    out = add(third, any_seeded_url, capsys, "--replace")
    assert out.startswith(f"added {slug}-3 in ")
    assert out.endswith(
        "(third.txt) was added beside it; --replace replaces only a sheet of the same article"
    )
    assert "(first.txt)" in out
    for number, article in (("", first), ("-2", second), ("-3", third)):
        assert sheet_file(any_seeded_url, f"{slug}{number}")["source"]["file"] == article.name
