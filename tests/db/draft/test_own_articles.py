"""A person's own articles: draft a fact file, add it, review it in the window, remove it; and
every bad input refused in one line with the database left exactly as it was."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings
from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from db.factfile import reading as factfile
from db.store import queries
from db.store.session import describe, open_database
from tests.conftest import PROJECT, database_contents, finish_background_work
from tests.postgres_server import TestServer
from viewer.cli import main
from viewer.models.columns import DRAFT_COLUMN_KEY
from viewer.models.roles import FACT_ID_ROLE, FONT_ROLE
from viewer.tabs.overview import overview_html
from viewer.window.main_window import MainWindow

DATA = PROJECT / "tests" / "data"


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = main(argv)
    captured = capsys.readouterr()
    return status, captured.out, captured.err


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    """The invented test articles and their hand-checked fact files, in a folder of their own."""
    folder = tmp_path / "articles"
    shutil.copytree(DATA, folder)
    return folder


# -- the three commands -----------------------------------------------------------------------


def test_draft_then_add_then_replace_then_remove(
    articles: Path, any_seeded_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    article, facts = articles / "harbour_cities.txt", articles / "drafted.toml"
    assert run(["draft", str(article), "-o", str(facts)], capsys)[0] == 0
    assert facts.read_text(encoding="utf-8").startswith("# DRAFT")

    status, out, _err = run(["add", str(article), str(facts), "--db", any_seeded_url], capsys)
    assert status == 0
    slug = out.split()[1]
    status, out, _err = run(["list", "--db", any_seeded_url], capsys)
    assert slug in out and "sco-summit-astana-2024" in out

    status, _out, err = run(["add", str(article), str(facts), "--db", any_seeded_url], capsys)
    assert status == 2
    assert err.strip().splitlines() == [
        f"factsheet: {describe(any_seeded_url)}: already holds a sheet called "
        f"'{slug}'; add --replace to replace it"
    ]
    status, out, _err = run(
        ["add", str(article), str(facts), "--db", any_seeded_url, "--replace"], capsys
    )
    assert status == 0 and out.startswith(f"replaced the sheet {slug}")

    assert run(["remove", slug, "--db", any_seeded_url], capsys)[0] == 0
    status, out, _err = run(["list", "--db", any_seeded_url], capsys)
    assert slug not in out and "sco-summit-astana-2024" in out


def test_the_bundled_article_drafts_and_adds_as_a_second_sheet(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (bundled,) = (PROJECT / "seeds").glob("*.txt")
    article = tmp_path / bundled.name
    shutil.copyfile(bundled, article)
    facts = tmp_path / "mine.toml"
    url = f"sqlite:///{tmp_path / 'mine.sqlite3'}"
    assert run(["draft", str(article), "-o", str(facts)], capsys)[0] == 0
    status, out, _err = run(["add", str(article), str(facts), "--db", url], capsys)
    assert status == 0 and "a new database" in out
    database = open_database(url)
    ((slug, _title),) = queries.sheet_titles(database)
    content = queries.sheet_content(database, slug)
    database.close()
    assert len(content.members) >= 10 and len(content.statements) >= 8
    assert content.detail.draft_fact_ids, "every drafted fact is marked a draft"


def test_removing_a_sheet_that_is_not_there_says_so(
    any_seeded_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    before = database_contents(any_seeded_url)
    status, _out, err = run(["remove", "no-such-sheet", "--db", any_seeded_url], capsys)
    assert status == 1
    assert "holds no sheet called 'no-such-sheet'" in err
    assert len(err.strip().splitlines()) == 1
    assert database_contents(any_seeded_url) == before


@pytest.mark.parametrize(
    ("make_bad", "fault"),
    [
        pytest.param(lambda article: article.write_bytes(b""), "is empty", id="empty"),
        pytest.param(
            lambda article: article.write_bytes("Caf\xe9".encode("latin-1") * 30),
            "has changed since the facts were written",
            id="not-utf8",
        ),
        pytest.param(
            lambda article: article.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00binary"),
            "is a binary file, not an article",
            id="binary",
        ),
        pytest.param(
            lambda article: article.write_text(
                article.read_text(encoding="utf-8").replace("Monday", "Tuesday"), encoding="utf-8"
            ),
            "has changed since the facts were written",
            id="sha-mismatch",
        ),
        pytest.param(
            lambda article: shutil.copyfile(DATA / "alpine_union.txt", article),
            "has changed since the facts were written",
            id="different-article",
        ),
        pytest.param(
            lambda article: _make_sparse(article, 51_000_000),
            "more than an article may be (5 MB)",
            id="50-megabytes",
        ),
    ],
)
def test_a_bad_article_is_refused_in_one_line_and_changes_nothing(
    articles: Path,
    any_seeded_url: str,
    capsys: pytest.CaptureFixture[str],
    make_bad: Any,
    fault: str,
) -> None:
    article, facts = articles / "state_visit.txt", articles / "state_visit.toml"
    make_bad(article)
    before = database_contents(any_seeded_url)

    status, out, err = run(["add", str(article), str(facts), "--db", any_seeded_url], capsys)

    assert status == 1
    assert out == ""
    assert fault in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert database_contents(any_seeded_url) == before


def _make_sparse(path: Path, size: int) -> None:
    with path.open("wb") as file:
        file.truncate(size)


def test_a_fact_file_naming_another_article_is_refused(
    articles: Path, any_seeded_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    before = database_contents(any_seeded_url)
    status, _out, err = run(
        [
            "add",
            str(articles / "alpine_union.txt"),
            str(articles / "state_visit.toml"),
            "--db",
            any_seeded_url,
        ],
        capsys,
    )
    assert status == 1
    assert "is about the article state_visit.txt, not alpine_union.txt" in err
    assert database_contents(any_seeded_url) == before


@pytest.fixture
def read_only_url(any_seeded_url: str, database_kind: str, request: pytest.FixtureRequest) -> str:
    """The seeded database, opened read-only: a SQLite file opened so, or a server database
    that takes no changes (as a standby server or a read-only team database)."""
    if database_kind == "sqlite":
        return f"sqlite:///file:{any_seeded_url.removeprefix('sqlite:///')}?mode=ro&uri=true"
    server: TestServer = request.getfixturevalue("postgres")
    name = server.name_of(any_seeded_url)
    with server.admin.connect() as connection:
        connection.exec_driver_sql(
            f'ALTER DATABASE "{name}" SET default_transaction_read_only = on'
        )
    return any_seeded_url


def test_adding_to_a_read_only_database_changes_nothing(
    articles: Path, read_only_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    before = database_contents(read_only_url)
    status, _out, err = run(
        [
            "add",
            str(articles / "state_visit.txt"),
            str(articles / "state_visit.toml"),
            "--db",
            read_only_url,
        ],
        capsys,
    )
    assert status == 1
    assert "is read-only, so it cannot be changed" in err
    assert database_contents(read_only_url) == before


def test_a_draft_does_not_overwrite_a_fact_file_without_force(
    articles: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    facts = articles / "state_visit.toml"
    before = facts.read_bytes()
    status, _out, err = run(["draft", str(articles / "state_visit.txt"), "-o", str(facts)], capsys)
    assert status == 2
    assert err.strip() == f"factsheet: {facts} already exists; add --force to replace it"
    assert facts.read_bytes() == before


# -- sheets of other shapes -----------------------------------------------------------------------


@pytest.fixture
def other_shapes(articles: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    """A database of a bilateral visit (no organization) and a network of cities."""
    url = f"sqlite:///{tmp_path / 'shapes.sqlite3'}"
    for name in ("state_visit", "harbour_cities"):
        article, facts = articles / f"{name}.txt", articles / f"{name}.toml"
        assert run(["add", str(article), str(facts), "--db", url], capsys)[0] == 0
    return url


def _shape(url: str, slug: str) -> Any:
    database = open_database(url)
    try:
        return queries.sheet_content(database, slug)
    finally:
        database.close()


def test_a_sheet_without_an_organization_shows_no_empty_sections(
    qapp: Any, other_shapes: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    content = _shape(other_shapes, "denmark-state-visit-iceland")
    assert content.detail.organization is None and content.members == []
    document = QTextDocument()
    document.setHtml(overview_html(content))
    text = document.toPlainText()
    assert "Members" not in text and "Organization" not in text and "Observers" not in text
    assert content.detail.title in text

    target = tmp_path / "visit.pdf"
    status = main(
        [
            "export",
            "--db",
            other_shapes,
            "--sheet",
            "denmark-state-visit-iceland",
            "-o",
            str(target),
        ]
    )
    assert status == 0
    pages = " ".join(page.extract_text() for page in PdfReader(target).pages)
    assert "Members" not in pages and "Organization" not in pages
    words = "".join(pages.split())
    assert all("".join(row.name.split()) in words for row in content.attendees)


def test_members_that_are_not_countries_seed_and_show_as_written(
    qapp: Any, other_shapes: str, tmp_path: Path
) -> None:
    content = _shape(other_shapes, "harbour-cities-network-assembly-rotterdam-2025")
    cities = [row for row in content.members if not row.code]
    assert cities and all(row.is_full_member or row.status for row in cities)
    document = QTextDocument()
    document.setHtml(overview_html(content))
    text = document.toPlainText()
    assert all(row.name in text for row in content.members)
    for row in content.members:
        assert f"{row.name} ({row.joined})" in text or row.joined in text

    target = tmp_path / "cities.pdf"
    status = main(
        [
            "export",
            "--db",
            other_shapes,
            "--sheet",
            "harbour-cities-network-assembly-rotterdam-2025",
            "-o",
            str(target),
        ]
    )
    assert status == 0
    assert all(
        row.name in PdfReader(target).pages[0].extract_text() for row in content.full_members()
    )


def test_an_unknown_status_is_shown_as_written(seed_copy: Path, tmp_path: Path) -> None:
    from db.store.seed import seed_database

    text = seed_copy.read_text(encoding="utf-8")
    seed_copy.write_text(
        text.replace(
            'member = "turkey"\nstatus = "observer-or-partner"',
            'member = "turkey"\nstatus = "guest of honour"',
        ),
        encoding="utf-8",
    )
    url = f"sqlite:///{tmp_path / 'open.sqlite3'}"
    seed_database(url, [seed_copy])
    content = _shape(url, "sco-summit-astana-2024")
    (turkey,) = [row for row in content.members if row.name == "Turkey"]
    assert turkey.status_label == "guest of honour"
    assert not turkey.is_full_member


# -- the window ---------------------------------------------------------------------------------


def new_sheet_from(
    qtbot: QtBot, window: MainWindow, article: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(article), ""))
    window.actions_by_name["new_sheet"].trigger()
    finish_background_work(qtbot, window)


def draft_column(tab: Any) -> int:
    return next(n for n, column in enumerate(tab.columns) if column.key == DRAFT_COLUMN_KEY)


def test_new_sheet_from_article_drafts_it_and_opens_it_with_drafts_marked(
    qtbot: QtBot,
    window: MainWindow,
    articles: Path,
    monkeypatch: pytest.MonkeyPatch,
    dialogs: list[str],
) -> None:
    before = window.content
    new_sheet_from(qtbot, window, articles / "state_visit.txt", monkeypatch)

    assert dialogs == []
    content = window.content
    assert content is not None and before is not None
    assert content.detail.slug != before.detail.slug
    assert content.detail.source.file_name == "state_visit.txt"
    assert window.windowTitle().startswith(content.detail.title)
    assert window.sheet_button_action.isVisible(), "two sheets now: the chooser is offered"
    assert "Drafted" in window.statusBar().currentMessage()

    tab = window.attendees_tab
    assert not tab.view.isColumnHidden(draft_column(tab))
    first = tab.proxy.index(0, 0)
    assert tab.proxy.index(0, draft_column(tab)).data() == "Draft"
    font = first.data(FONT_ROLE)
    assert isinstance(font, QFont) and font.italic()
    assert "(draft)" in window.overview.toPlainText()


def test_marking_a_draft_reviewed_writes_it_and_keeps_the_row_selected(
    qtbot: QtBot,
    window: MainWindow,
    articles: Path,
    monkeypatch: pytest.MonkeyPatch,
    dialogs: list[str],
) -> None:
    new_sheet_from(qtbot, window, articles / "state_visit.txt", monkeypatch)
    window.actions_by_name["tab_3"].trigger()
    tab = window.attendees_tab
    tab.view.selectRow(0)
    fact_id = tab.proxy.index(0, 0).data(FACT_ID_ROLE)
    assert tab.selected_drafts() == [fact_id]
    assert window.evidence.review_button.isVisibleTo(window)

    tab.review_requested.emit(tab.selected_drafts())

    assert dialogs == []
    assert window.content is not None and fact_id not in window.content.detail.draft_fact_ids
    assert window.database is not None
    reread = queries.sheet_detail(window.database, window.content.detail.slug)
    assert fact_id not in reread.draft_fact_ids, "written to the database"
    row = tab.view.currentIndex().row()
    assert tab.proxy.index(row, 0).data(FACT_ID_ROLE) == fact_id, "the row stays selected"
    assert tab.proxy.index(row, 0).data(FONT_ROLE) is None
    assert tab.proxy.index(row, draft_column(tab)).data() == ""
    assert not window.evidence.review_button.isVisibleTo(window)
    assert "Marked 1 fact as reviewed" in window.statusBar().currentMessage()


def test_an_overview_fact_is_marked_reviewed_from_the_evidence_pane(
    qtbot: QtBot, window: MainWindow, articles: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    new_sheet_from(qtbot, window, articles / "state_visit.txt", monkeypatch)
    assert window.content is not None
    event = window.content.detail.fact_ids["event"]
    assert event in window.content.detail.draft_fact_ids
    window.overview.fact_clicked.emit(event)
    assert window.evidence.drafts == (event,)

    window.evidence.review_button.click()

    assert window.content is not None and event not in window.content.detail.draft_fact_ids


def test_a_bad_article_in_the_window_is_one_dialog_and_no_new_sheet(
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    dialogs: list[str],
) -> None:
    page = tmp_path / "empty.html"
    page.write_text("<html><body><nav>Home</nav></body></html>", encoding="utf-8")
    assert window.database is not None
    before = queries.sheet_titles(window.database)

    new_sheet_from(qtbot, window, page, monkeypatch)

    assert len(dialogs) == 1 and "is an HTML page with no article text in it" in dialogs[0]
    assert queries.sheet_titles(window.database) == before


def test_a_draft_the_window_cannot_add_is_told_of_by_the_article_it_came_from(
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    dialogs: list[str],
) -> None:
    article = tmp_path / "visit.txt"
    shutil.copy(DATA / "state_visit.txt", article)
    monkeypatch.setattr(factfile, "MAX_FACT_FILE_BYTES", 0)
    monkeypatch.setattr(factfile, "FACT_FILE_BYTES_PER_ARTICLE_BYTE", 0)

    new_sheet_from(qtbot, window, article, monkeypatch)

    assert len(dialogs) == 1
    named = Path(dialogs[0].removeprefix("<p>").split(": ")[0])
    assert named == article and named.exists(), dialogs[0]


def test_the_last_sheet_shown_opens_next_time(
    qtbot: QtBot,
    window: MainWindow,
    articles: Path,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    seeded_url: str,
) -> None:
    new_sheet_from(qtbot, window, articles / "state_visit.txt", monkeypatch)
    assert window.content is not None
    slug = window.content.detail.slug
    window.close()

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    again = MainWindow(open_database(seeded_url), settings)
    qtbot.addWidget(again)
    assert again.content is not None and again.content.detail.slug == slug


def test_unknown_codes_read_as_words_and_free_text_as_written() -> None:
    from db.factfile.vocabulary import role_label, status_label

    assert role_label("foreign-minister") == "Foreign minister"
    assert role_label("head-of-state") == "Head of state"
    assert role_label("governor") == "Governor"
    assert role_label("delegate") == "Delegate"
    assert status_label("guest of honour") == "guest of honour"
    assert status_label("Partner-City") == "Partner-City"


def test_a_table_the_article_gives_nothing_for_says_so(
    qtbot: QtBot, other_shapes: str, tmp_path: Path
) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    database = open_database(other_shapes)
    window = MainWindow(database, settings)
    qtbot.addWidget(window)
    window.loader.switch_to("denmark-state-visit-iceland")
    window.actions_by_name["tab_2"].trigger()
    tab = window.members_tab
    assert tab.currentWidget() is tab.empty_label
    assert tab.empty_label.text() == "The article gives no members for this sheet."
    assert window.tabs.tabText(1) == "Members and partners (0)"
