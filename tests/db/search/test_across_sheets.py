"""People and countries across sheets, and a search of all sheets: one person is one entity
only where the fact files say so; every line leads back to its sheet and its evidence."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from db.search import across_sheets
from db.store import queries
from db.store.seed import seed_database
from db.store.session import Database, open_database
from tests.conftest import PROJECT, finish_background_work
from viewer.models.roles import FACT_ID_ROLE
from viewer.window.main_window import MainWindow

DATA = PROJECT / "tests" / "data"


def second_sheet(seed_copy: Path, *, entity: bool) -> Path:
    """The bundled fact file under another slug; its Putin linked by entity or not."""
    text = seed_copy.read_text(encoding="utf-8")
    text = text.replace('slug = "sco-summit-astana-2024"', 'slug = "second-sheet"')
    text = text.replace(
        'title = "Shanghai Cooperation Organization summit', 'title = "Second sheet'
    )
    if not entity:
        text = text.replace('entity = "Vladimir Putin"\n', "")
    seed_copy.write_text(text, encoding="utf-8")
    return seed_copy


@pytest.fixture
def two_sheets(any_empty_url: str, seed_copy: Path) -> Iterator[Database]:
    """Two sheets naming the same people, on each kind of database."""
    bundled = sorted((PROJECT / "seeds").glob("*.toml"))[0]
    seed_database(any_empty_url, [bundled, second_sheet(seed_copy, entity=True)])
    database = open_database(any_empty_url)
    yield database
    database.close()


def by_name(entities: list[Any], name: str) -> list[Any]:
    return [entity for entity in entities if entity.name == name]


def test_people_linked_by_their_entity_are_one_person_across_sheets(two_sheets: Database) -> None:
    people = across_sheets.people(two_sheets)
    (putin,) = by_name(people, "Vladimir Putin")
    assert putin.sheets == 2
    assert putin.roles == ("Head of state",)
    statements = queries.statements(two_sheets, "sco-summit-astana-2024")
    assert putin.statements == 2 * sum(row.speaker == "Vladimir Putin" for row in statements)
    unnamed = [entity for entity in people if entity.name == "Foreign minister of India"]
    assert [entity.sheets for entity in unnamed] == [1, 1], "without an entity: one sheet's"


def test_two_people_of_one_name_stay_apart_without_an_entity(
    tmp_path: Path, seed_copy: Path
) -> None:
    url = f"sqlite:///{tmp_path / 'apart.sqlite3'}"
    bundled = sorted((PROJECT / "seeds").glob("*.toml"))[0]
    text = bundled.read_text(encoding="utf-8").replace('entity = "Vladimir Putin"\n', "")
    first = tmp_path / "seeds" / "first.toml"
    first.write_text(text, encoding="utf-8")
    seed_database(url, [first, second_sheet(seed_copy, entity=False)])
    database = open_database(url)
    assert [
        entity.sheets for entity in by_name(across_sheets.people(database), "Vladimir Putin")
    ] == [1, 1]
    database.close()


def test_countries_are_one_by_their_code_and_list_their_statuses(two_sheets: Database) -> None:
    parties = across_sheets.parties(two_sheets)
    (china,) = by_name(parties, "China")
    assert china.sheets == 2 and china.roles == ("Founding member",)
    (kazakhstan,) = by_name(parties, "Kazakhstan")
    assert kazakhstan.statements == 2, "represented by its president in each sheet"


def test_where_a_person_appears_each_fact_has_its_sheet_and_evidence(two_sheets: Database) -> None:
    (putin,) = by_name(across_sheets.people(two_sheets), "Vladimir Putin")
    found = across_sheets.appearances(two_sheets, putin.id)
    assert {hit.slug for hit in found} == {"sco-summit-astana-2024", "second-sheet"}
    kinds = {hit.kind_label for hit in found}
    assert {"Attendee", "Statement"} <= kinds
    article = queries.sheet_detail(two_sheets, "second-sheet").source.text
    for hit in found:
        assert hit.evidence and hit.evidence in article
        assert hit.paragraph is not None and hit.text


def test_removing_a_sheet_drops_the_entities_no_other_sheet_names(two_sheets: Database) -> None:
    from db.store.sheets import remove_sheet

    before = len(across_sheets.people(two_sheets))
    remove_sheet(two_sheets, "second-sheet")
    after = across_sheets.people(two_sheets)
    (putin,) = by_name(after, "Vladimir Putin")
    assert putin.sheets == 1
    assert len(after) == before - 1, "the second sheet's unnamed foreign minister went with it"


def test_a_search_of_all_sheets_finds_every_kind_of_fact(two_sheets: Database) -> None:
    result = across_sheets.search_all(two_sheets, "kazakh")
    assert {hit.slug for hit in result.hits} == {"sco-summit-astana-2024", "second-sheet"}
    assert {"Attendee", "Member"} <= {hit.kind_label for hit in result.hits}
    assert all("kazakh" in (hit.text + hit.evidence).casefold() for hit in result.hits)
    short = across_sheets.search_all(two_sheets, "xi")
    assert any(hit.kind_label == "Statement" for hit in short.hits), "two letters are scanned"
    assert across_sheets.search_all(two_sheets, "   ").hits == []


def test_a_search_of_all_sheets_says_when_it_shows_only_the_first(two_sheets: Database) -> None:
    everything = across_sheets.search_all(two_sheets, "a", limit=10_000)
    limited = across_sheets.search_all(two_sheets, "a", limit=5)
    assert len(limited.hits) == 5 and limited.more
    assert not everything.more
    assert {hit.fact_id for hit in limited.hits} <= {hit.fact_id for hit in everything.hits}


# -- the window -----------------------------------------------------------------------------------


def people_page(window: MainWindow) -> Any:
    dock = window.across_sheets
    assert dock is not None, "the dock is made when first shown"
    return dock.people


@pytest.fixture
def database(two_sheets: Database) -> Database:
    """The window's database: the two sheets."""
    return two_sheets


def test_the_people_view_lists_everyone_and_opens_a_fact_in_its_sheet(
    qtbot: QtBot, window: MainWindow, dialogs: list[str]
) -> None:
    assert window.content is not None
    start = window.content.detail.slug
    window.actions_by_name["people_and_countries"].trigger()
    finish_background_work(qtbot, window)
    page = people_page(window)
    assert page.entities.rowCount() > 10

    page.search.setText("putin")
    assert page.proxy.rowCount() == 1
    page.entity_view.selectRow(0)
    assert "Vladimir Putin: " in page.heading.text() and "in 2 sheets" in page.heading.text()
    model = page.appearances
    elsewhere = next(
        row
        for row in range(model.rowCount())
        if model.row_at(row).slug != start and model.row_at(row).kind == "attendees"
    )
    hit = model.row_at(elsewhere)
    page.appearance_view.doubleClicked.emit(model.index(elsewhere, 0))

    assert dialogs == []
    assert window.content is not None and window.content.detail.slug == hit.slug
    assert window.tabs.currentWidget() is window.attendees_tab
    assert window.attendees_tab.current_fact_id() == hit.fact_id
    assert "Vladimir Putin" in window.evidence.heading.text()
    assert window.evidence.quotes


def test_search_all_sheets_groups_by_sheet_and_opens_a_statement(
    qtbot: QtBot, window: MainWindow, dialogs: list[str]
) -> None:
    window.actions_by_name["search_all"].trigger()
    dialog = window.search_all
    assert dialog is not None and dialog.isVisible()
    dialog.query.setText("cold war")
    dialog.search_now()

    assert dialog.results.topLevelItemCount() == 2, "one group per sheet"
    group = dialog.results.topLevelItem(0)
    assert group is not None and group.childCount() == 1
    item = group.child(0)
    assert item is not None and item.text(0) == "Statement" and "Cold War" in item.text(2)
    dialog.results.itemActivated.emit(item, 0)

    assert dialogs == []
    assert window.tabs.currentWidget() is window.statements_tab
    shown_slug = window.content.detail.slug if window.content else None
    assert shown_slug == dialog.shown.hits[0].slug
    row = window.statements_tab.view.currentIndex()
    assert row.data(FACT_ID_ROLE) == dialog.shown.hits[0].fact_id


def test_a_new_sheet_refreshes_the_lists_across_sheets(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QFileDialog

    window.actions_by_name["people_and_countries"].trigger()
    finish_background_work(qtbot, window)
    before = people_page(window).entities.rowCount()
    article = tmp_path / "state_visit.txt"
    shutil.copyfile(DATA / "state_visit.txt", article)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(article), ""))

    window.actions_by_name["new_sheet"].trigger()
    finish_background_work(qtbot, window)

    assert people_page(window).entities.rowCount() > before


def test_a_dossier_gathers_a_persons_roles_and_statements_from_every_sheet(
    two_sheets: Database,
) -> None:
    from db.store.dossier import dossier, find_person

    entity = find_person(two_sheets, "VLADIMIR PUTIN")
    assert find_person(two_sheets, "vladimir-putin") == entity, "the entity key finds them too"
    found = dossier(two_sheets, entity)
    assert found.name == "Vladimir Putin"
    assert {sheet.slug for sheet in found.sheets} == {"sco-summit-astana-2024", "second-sheet"}
    statements = queries.statements(two_sheets, "second-sheet")
    spoken = [row for row in statements if row.speaker == "Vladimir Putin"]
    for sheet in found.sheets:
        kinds = [fact.kind for fact in sheet.facts]
        assert kinds.count("statements") == len(spoken)
        assert kinds.count("attendees") == 1
        assert all(sheet.paragraphs[fact.fact_id] for fact in sheet.facts)
        assert "The Associated Press" in sheet.source


def test_a_dossier_of_an_ambiguous_or_unknown_name_says_so(tmp_path: Path, seed_copy: Path) -> None:
    from db.errors import DatabaseError, UsageError
    from db.store.dossier import find_person

    url = f"sqlite:///{tmp_path / 'apart.sqlite3'}"
    bundled = sorted((PROJECT / "seeds").glob("*.toml"))[0]
    text = bundled.read_text(encoding="utf-8").replace('entity = "Vladimir Putin"\n', "")
    first = tmp_path / "seeds" / "first.toml"
    first.write_text(text, encoding="utf-8")
    seed_database(url, [first, second_sheet(seed_copy, entity=False)])
    database = open_database(url)
    with pytest.raises(UsageError, match="2 different people are called 'Vladimir Putin'"):
        find_person(database, "Vladimir Putin")
    with pytest.raises(DatabaseError, match="names no person called 'Nobody'"):
        find_person(database, "Nobody")
    database.close()


def test_factsheet_export_person_writes_a_tagged_dossier_of_every_sheet(
    qapp: Any, two_sheets: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:

    from tests.tagged_pdf import bookmarks, pdfua_problems
    from viewer.cli import main

    target = tmp_path / "putin.pdf"
    status = main(
        ["export", "--db", two_sheets.url, "--person", "vladimir putin", "-o", str(target)]
    )
    assert status == 0
    assert "Vladimir Putin, 2 sheets" in capsys.readouterr().out
    words = "".join("".join(page.extract_text().split()) for page in PdfReader(target).pages)
    for slug in ("sco-summit-astana-2024", "second-sheet"):
        title = queries.sheet_detail(two_sheets, slug).title
        assert "".join(title.split()) in words
    spoken = [
        row
        for row in queries.statements(two_sheets, "second-sheet")
        if row.speaker == "Vladimir Putin"
    ]
    assert all("".join(row.text.split()) in words for row in spoken)
    assert pdfua_problems(target) == []
    sheet_titles = [title for title, _page in bookmarks(target)]
    assert len(sheet_titles) == 2
    for slug in ("sco-summit-astana-2024", "second-sheet"):
        title = queries.sheet_detail(two_sheets, slug).title
        assert sum(entry.startswith(title) for entry in sheet_titles) == 1


def test_factsheet_export_of_an_unknown_person_says_so(
    two_sheets: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from viewer.cli import main

    target = tmp_path / "nobody.pdf"
    assert main(["export", "--db", two_sheets.url, "--person", "Nobody", "-o", str(target)]) == 1
    assert "names no person called 'Nobody'" in capsys.readouterr().err
    assert not target.exists()


def test_an_ambiguous_person_names_entity_keys_that_export_each_one(
    qapp: Any, tmp_path: Path, seed_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from viewer.cli import main

    url = f"sqlite:///{tmp_path / 'apart.sqlite3'}"
    bundled = sorted((PROJECT / "seeds").glob("*.toml"))[0]
    first = tmp_path / "seeds" / "first.toml"
    first.write_text(
        bundled.read_text(encoding="utf-8").replace('entity = "Vladimir Putin"\n', ""),
        encoding="utf-8",
    )
    seed_database(url, [first, second_sheet(seed_copy, entity=False)])
    target = tmp_path / "putin.pdf"

    assert main(["export", "--db", url, "--person", "Vladimir Putin", "-o", str(target)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--entity" in err, err
    keys = re.findall(r"([\w-]+/[\w-]+) \(Vladimir Putin\)", err)

    assert len(keys) == 2, err
    sheets = set()
    for key in keys:
        assert main(["export", "--db", url, "--entity", key, "-o", str(target)]) == 0
        assert "Vladimir Putin, 1 sheet\n" in capsys.readouterr().out
        sheets.add(PdfReader(target).pages[0].extract_text())
    assert len(sheets) == 2, "each key exports its own sheet's person"
