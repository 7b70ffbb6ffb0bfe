"""A sheet removed or replaced by another program while the window shows it: whatever the
window then writes reaches exactly the sheet it shows, or is refused in one sentence.

The other program is a real one, `factsheet` run in a second process, on SQLite (which gives a
removed sheet's row ids to the next sheet added) and on PostgreSQL.
"""

from __future__ import annotations

import importlib
import shutil
import subprocess
import sys
from collections.abc import Iterator
from functools import partial
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from db.store import queries
from db.store.session import Database, open_database
from tests.conftest import PROJECT, database_contents, finish_background_work
from tests.postgres_server import TestServer
from viewer.cli import main
from viewer.models.roles import FACT_ID_ROLE
from viewer.window.main_window import MainWindow

DATA = PROJECT / "tests" / "data"

# benchmarks/ is not an installed package: import its generator from the project folder.
with pytest.MonkeyPatch.context() as _path:
    _path.syspath_prepend(str(PROJECT))
    _generator = importlib.import_module("benchmarks.generate")


def factsheet(*arguments: str) -> None:
    """Run the command line in a process of its own, as another person's program would."""
    subprocess.run(
        [sys.executable, "-m", "viewer.cli", *arguments],
        cwd=PROJECT,
        check=True,
        capture_output=True,
        text=True,
    )


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    shutil.copytree(DATA, folder)
    return folder


def drafted(article: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    facts = article.with_suffix(".draft.toml")
    assert main(["draft", str(article), "-o", str(facts)]) == 0
    capsys.readouterr()
    return facts


def slug_of(facts: Path) -> str:
    import tomllib

    slug: str = tomllib.loads(facts.read_text(encoding="utf-8"))["sheet"]["slug"]
    return slug


@pytest.fixture
def database(any_seeded_url: str) -> Iterator[Database]:
    """The window's database: SQLite, and PostgreSQL where a server is given."""
    opened = open_database(any_seeded_url)
    yield opened
    opened.close()


def show_a_draft(
    window: MainWindow, url: str, articles: Path, capsys: pytest.CaptureFixture[str]
) -> tuple[str, Path, list[int]]:
    """Add a drafted sheet and show it with a drafted attendee selected; returns its slug,
    another article's drafted fact file and the selected draft's fact id."""
    mine = drafted(articles / "state_visit.txt", capsys)
    other = drafted(articles / "harbour_cities.txt", capsys)
    slug = slug_of(mine)
    assert main(["add", str(articles / "state_visit.txt"), str(mine), "--db", url]) == 0
    assert window.loader.reload(slug=slug)
    window.actions_by_name["tab_3"].trigger()
    tab = window.attendees_tab
    tab.view.selectRow(0)
    drafts = tab.selected_drafts()
    assert drafts == [tab.proxy.index(0, 0).data(FACT_ID_ROLE)]
    return slug, other, drafts


def remove_and_add_another(url: str, slug: str, articles: Path, other: Path) -> None:
    factsheet("remove", slug, "--db", url)
    factsheet("add", str(articles / "harbour_cities.txt"), str(other), "--db", url)


def replace_with_the_checked_file(url: str, slug: str, articles: Path, _other: Path) -> None:
    """The hand-checked fact file of the same article under the draft's slug: the same sheet,
    its facts in another order and none of them a draft."""
    checked = articles / "state_visit.toml"
    text = checked.read_text(encoding="utf-8")
    checked.write_text(
        text.replace('slug = "denmark-state-visit-iceland"', f'slug = "{slug}"'), encoding="utf-8"
    )
    factsheet("add", str(articles / "state_visit.txt"), str(checked), "--db", url, "--replace")


@pytest.mark.parametrize(
    ("change", "said"),
    [
        pytest.param(remove_and_add_another, "was removed", id="removed"),
        pytest.param(replace_with_the_checked_file, "was replaced", id="replaced"),
    ],
)
def test_marking_a_draft_reviewed_after_another_program_changed_the_sheet_is_refused(
    window: MainWindow,
    any_seeded_url: str,
    articles: Path,
    capsys: pytest.CaptureFixture[str],
    dialogs: list[str],
    change: object,
    said: str,
) -> None:
    slug, other, drafts = show_a_draft(window, any_seeded_url, articles, capsys)

    assert callable(change)
    change(any_seeded_url, slug, articles, other)
    after_the_change = database_contents(any_seeded_url)
    window.attendees_tab.review_requested.emit(drafts)

    assert database_contents(any_seeded_url) == after_the_change, "no fact was marked"
    assert len(dialogs) == 1
    assert said in dialogs[0] and slug in dialogs[0]
    assert "Marked" not in window.statusBar().currentMessage()


def test_marking_a_draft_reviewed_of_a_sheet_unchanged_elsewhere_still_marks_it(
    window: MainWindow,
    any_seeded_url: str,
    articles: Path,
    capsys: pytest.CaptureFixture[str],
    dialogs: list[str],
) -> None:
    """Another sheet added and removed meanwhile changes nothing of the sheet on show."""
    slug, other, drafts = show_a_draft(window, any_seeded_url, articles, capsys)
    factsheet("add", str(articles / "harbour_cities.txt"), str(other), "--db", any_seeded_url)
    factsheet("remove", slug_of(other), "--db", any_seeded_url)

    window.attendees_tab.review_requested.emit(drafts)

    assert dialogs == []
    database = open_database(any_seeded_url)
    try:
        assert not set(drafts) & queries.sheet_detail(database, slug).draft_fact_ids
    finally:
        database.close()
    assert "Marked 1 fact as reviewed" in window.statusBar().currentMessage()


# -- a paged table ------------------------------------------------------------------------------

LARGE = 6_000
"""More statements than the window holds (5,000): the table is read from the database in pages."""


@pytest.fixture
def large_url(database_kind: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A database of its own holding one generated sheet of LARGE statements."""
    if database_kind == "sqlite":
        yield _generator.generate(tmp_path / "large.sqlite3", LARGE)
        return
    server: TestServer = request.getfixturevalue("postgres")
    url = server.copy_of(f"generated-{LARGE}", partial(_generator.fill, statements=LARGE))
    yield url
    server.drop(url)


def test_exporting_a_paged_table_of_a_sheet_removed_meanwhile_keeps_the_old_file(
    qtbot: QtBot,
    large_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    dialogs: list[str],
) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(open_database(large_url), settings)
    qtbot.addWidget(window)
    window.actions_by_name["tab_4"].trigger()
    model = getattr(window.statements_tab, "model", None)
    assert model is not None and model.source.total == LARGE, "the table is paged"
    qtbot.waitUntil(lambda: model.is_counted)
    target = tmp_path / "statements.csv"
    target.write_text("a good export from before\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    factsheet("remove", _generator.SLUG, "--db", large_url)

    window.actions_by_name["export_csv"].trigger()
    finish_background_work(qtbot, window)

    assert target.read_text(encoding="utf-8") == "a good export from before\n"
    assert len(dialogs) == 1 and "was removed" in dialogs[0]
    assert "Saved" not in window.statusBar().currentMessage()
