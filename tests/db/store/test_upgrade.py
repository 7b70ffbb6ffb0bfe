"""Upgrades of databases that earlier releases made (tests/data/releases, built by its
build.sh from those releases): every sheet, reviewed mark and own sheet comes through, on
SQLite and PostgreSQL, and each way of meeting an older or newer database gets one sentence."""

from __future__ import annotations

import hashlib
import re
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Connection, inspect, select, text, update

from db.search.across_sheets import search_all
from db.store import schema_upgrades
from db.store.corrections import mark_reviewed
from db.store.queries import sheet_detail
from db.store.schema import SCHEMA_VERSION, fact_table, meta_table, metadata, sheet_table
from db.store.seed import open_or_seed, seed_database
from db.store.session import make_engine, open_database
from db.store.upgrade import upgrade_database
from tests.conftest import POSTGRESQL, database_contents
from tests.postgres_server import TestServer
from viewer.cli import main

RELEASES = Path(__file__).parents[2] / "data" / "releases"
RELEASED_SCHEMAS = [2, 3, 4]
NOT_STORED_BEFORE = {
    ("sheet", "fact_file"): 3,
    ("sheet", "seed_digest"): 3,
    ("fact", "stamp"): 3,
}
"""Columns of the fact file's text that a release before this schema did not store or that
stand for a text of another format: a schema-2 sheet never kept its fact file, and its digest
is that of the file in the first release's words (see ``in_todays_words``); its facts' stamps
are digests of that file's entries, so it has none."""
RENAMED_FIELDS = {2: [("member", "country")]}
"""Fields of a fact file that a release called otherwise: in the first release a membership
named its ``country``, since then its ``member``."""

NATURAL_KEYS: dict[str, Callable[[Any, dict[str, dict[int, Any]]], Any]] = {
    "sheet": lambda row, _labels: row.slug,
    "source": lambda row, _labels: row.sha256,
    "entity": lambda row, _labels: (row.kind, row.key),
    "fact": lambda row, labels: (labels["sheet"][row.sheet_id], row.key),
    "person": lambda row, labels: (labels["sheet"][row.sheet_id], row.key),
    "party": lambda row, labels: (labels["sheet"][row.sheet_id], row.key),
}
"""What names a row of each table that other rows point at, the same in any database."""


def sheets_of(url: str, *, schema: int) -> dict[str, list[dict[str, Any]]]:
    """Every row of every table of the current schema, with each link to another row written
    as that row's natural key and row ids left out: equal for two databases holding the same
    sheets, however their rows were numbered."""
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            labels: dict[str, dict[int, Any]] = {}
            rows_of: dict[str, list[dict[str, Any]]] = {}
            for table in metadata.sorted_tables:
                stored = {column["name"] for column in inspect(connection).get_columns(table.name)}
                columns = [column for column in table.columns if column.name in stored]
                rows = connection.execute(select(*columns)).all()
                if table.name in NATURAL_KEYS:
                    labels[table.name] = {
                        row.id: NATURAL_KEYS[table.name](row, labels) for row in rows
                    }
                rows_of[table.name] = sorted(
                    (_described(table.name, row._mapping, table, labels, schema) for row in rows),
                    key=repr,
                )
            return rows_of
    finally:
        engine.dispose()


def without(
    rows_of: dict[str, list[dict[str, Any]]], names: set[str]
) -> dict[str, list[dict[str, Any]]]:
    return {
        table: [{name: value for name, value in row.items() if name not in names} for row in rows]
        for table, rows in rows_of.items()
    }


def stated_facts(rows_of: dict[str, list[dict[str, Any]]]) -> dict[str, list[dict[str, Any]]]:
    """The rows without what an upgrade may recompute (the schema number, the words a fact
    and a statement are searched and sorted by): what the fact files said, and the marks."""
    recomputed = {"search_text", "speaker_sort"}
    return {
        table: [
            {name: value for name, value in row.items() if name not in recomputed} for row in rows
        ]
        for table, rows in rows_of.items()
        if table != "meta"
    }


def structure_of(url: str) -> dict[str, Any]:
    """Each table's columns (with whether they may be NULL) and indexes, search indexes
    included: what a database of the current schema has, however it got there."""
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            found = inspect(connection)
            return {
                table: (
                    sorted(
                        (column["name"], column["nullable"]) for column in found.get_columns(table)
                    ),
                    sorted(str(index["name"]) for index in found.get_indexes(table)),
                )
                for table in found.get_table_names()
            }
    finally:
        engine.dispose()


SEARCHES = ("summit", "president", "kaz", "un")
"""Words searched for in every sheet: whole words, part of one, and one too short for the
trigram index, so the search indexes and the scan are all at work."""


def found_by_searches(url: str) -> list[list[tuple[str, ...]]]:
    """What a search of all sheets finds for each of SEARCHES, as the window lists it."""
    database = open_database(url)
    try:
        return [
            sorted((hit.slug, hit.kind, hit.text) for hit in search_all(database, words).hits)
            for words in SEARCHES
        ]
    finally:
        database.close()


def _described(
    name: str, row: Any, table: Any, labels: dict[str, dict[int, Any]], schema: int
) -> dict[str, Any]:
    described = {}
    for column in table.columns:
        if column.name == "id" or NOT_STORED_BEFORE.get((name, column.name), 0) > schema:
            continue
        if column.name not in row:  # a database not yet upgraded lacks the newer columns
            continue
        value = row[column.name]
        for key in column.foreign_keys:
            value = labels[key.column.table.name].get(value, value)
        described[column.name] = value
    return described


def in_todays_words(folder: Path, schema: int, into: Path) -> Path:
    """A copy of the release's fact files and articles, with the fields it named otherwise
    renamed as this version reads them: the same facts."""
    shutil.copytree(folder, into)
    for path in into.glob("*.toml"):
        content = path.read_text(encoding="utf-8")
        for today, then in RENAMED_FIELDS.get(schema, []):
            content = re.sub(rf"(?m)^{then} = ", f"{today} = ", content)
        path.write_text(content, encoding="utf-8")
    return into


def fresh_build(url: str, schema: int, work: Path) -> None:
    """The same sheets the release held, written by this version from the same fact files,
    with the same facts marked reviewed."""
    folder = in_todays_words(RELEASES / f"schema{schema}", schema, work / f"schema{schema}")
    seeds = sorted(folder.glob("000_*.toml"))
    own = [folder / name for name in ("state_visit.toml", "harbour_cities.toml")]
    seed_database(url, [*seeds, *(path for path in own if path.exists())])
    marked = folder / "reviewed.txt"
    if marked.exists():
        keys = set(marked.read_text(encoding="utf-8").split())
        database = open_database(url)
        with database.read() as connection:
            marked_facts = connection.execute(
                select(fact_table.c.id, sheet_table.c.slug)
                .join(sheet_table, fact_table.c.sheet_id == sheet_table.c.id)
                .where(fact_table.c.key.in_(keys))
            ).all()
        for slug in {row.slug for row in marked_facts}:
            ids = [row.id for row in marked_facts if row.slug == slug]
            identity = sheet_detail(database, slug).identity
            mark_reviewed(database, sheet=identity, fact_ids=ids, user="")
        database.close()


def restore_dump(schema: int) -> Callable[[str], None]:
    """Fills an empty server database with the SQL dump of the release's database."""

    def restore(url: str) -> None:
        dump = (RELEASES / f"schema{schema}.sql").read_text(encoding="utf-8")
        # Its own engine: the dump empties the search path of the connection it runs on.
        engine = make_engine(url)
        try:
            raw = engine.raw_connection()
            try:
                cursor = raw.cursor()
                cursor.execute(dump)
                cursor.close()
                raw.commit()
            finally:
                raw.close()
        finally:
            engine.dispose()

    return restore


@pytest.fixture
def release_file(tmp_path: Path) -> Callable[[int], Path]:
    def copy(schema: int) -> Path:
        path = tmp_path / "factsheet.sqlite3"
        shutil.copyfile(RELEASES / f"schema{schema}.sqlite3", path)
        return path

    return copy


@pytest.fixture
def server_databases(postgres: TestServer) -> Iterator[Callable[..., str]]:
    made: list[str] = []

    def new(schema: int | None = None) -> str:
        url = (
            postgres.copy_of(f"release-{schema}", restore_dump(schema))
            if schema is not None
            else postgres.new_database()
        )
        made.append(url)
        return url

    yield new
    for url in made:
        postgres.drop(url)


def stored_version(url: str) -> int:
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            value: str = connection.execute(
                select(meta_table.c.value).where(meta_table.c.key == "schema_version")
            ).scalar_one()
            return int(value)
    finally:
        engine.dispose()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _one_line(capsys: pytest.CaptureFixture[str], stream: str = "err") -> str:
    output = getattr(capsys.readouterr(), stream)
    assert len(output.strip().splitlines()) == 1, output
    assert "Traceback" not in output
    return output.strip()


def test_every_released_schema_has_a_step_and_a_database_of_its_release() -> None:
    assert sorted(schema_upgrades.STEPS) == list(range(schema_upgrades.OLDEST, SCHEMA_VERSION))
    assert RELEASED_SCHEMAS[0] == schema_upgrades.OLDEST
    for schema in RELEASED_SCHEMAS:
        assert stored_version(f"sqlite:///{RELEASES / f'schema{schema}.sqlite3'}") == schema
        assert (RELEASES / f"schema{schema}.sql").stat().st_size < 400_000


@pytest.mark.parametrize("schema", RELEASED_SCHEMAS)
def test_a_release_file_opened_keeps_every_sheet_as_a_fresh_build_has_it(
    schema: int, release_file: Callable[[int], Path], tmp_path: Path
) -> None:
    path = release_file(schema)
    database = open_or_seed(f"sqlite:///{path}", is_default=False)
    database.close()
    fresh = f"sqlite:///{tmp_path / 'fresh.sqlite3'}"
    fresh_build(fresh, schema, tmp_path)
    assert stored_version(f"sqlite:///{path}") == SCHEMA_VERSION
    upgraded = sheets_of(f"sqlite:///{path}", schema=schema)
    assert upgraded == sheets_of(fresh, schema=schema)
    assert structure_of(f"sqlite:///{path}") == structure_of(fresh)
    found = found_by_searches(f"sqlite:///{path}")
    assert found == found_by_searches(fresh)
    assert all(found), "every search finds something"
    assert upgraded["sheet"], "the release's sheets are there"


@POSTGRESQL
@pytest.mark.parametrize("schema", RELEASED_SCHEMAS)
def test_a_release_server_database_upgraded_keeps_every_sheet_as_a_fresh_build_has_it(
    schema: int, server_databases: Callable[..., str], tmp_path: Path
) -> None:
    url = server_databases(schema)
    assert stored_version(url) == schema
    upgraded = upgrade_database(url)
    assert (upgraded.old, upgraded.new) == (schema, SCHEMA_VERSION)
    fresh = server_databases()
    fresh_build(fresh, schema, tmp_path)
    assert sheets_of(url, schema=schema) == sheets_of(fresh, schema=schema)
    assert structure_of(url) == structure_of(fresh)
    assert found_by_searches(url) == found_by_searches(fresh)


def test_own_sheets_and_reviewed_marks_of_a_release_come_through(
    release_file: Callable[[int], Path],
) -> None:
    url = f"sqlite:///{release_file(4)}"
    before = sheets_of(url, schema=4)
    database = open_or_seed(url, is_default=False)
    database.close()
    after = sheets_of(url, schema=4)
    # Schema 6 writes the reviewed marks into the stored fact files, and stamps each fact.
    rewritten = {"fact_file", "seed_digest", "stamp", "changed_by", "changed_at"}
    rewritten |= {"reviewed_by", "reviewed_at"}
    assert without(stated_facts(after), rewritten) == without(stated_facts(before), rewritten)
    slugs = [row["slug"] for row in after["sheet"]]
    assert "denmark-state-visit-iceland" in slugs and len(slugs) == 3
    marks = [row["reviewed"] for row in after["fact"]]
    assert True in marks and False in marks


def test_a_command_upgrades_an_older_file_once_and_keeps_the_old_one_beside_it(
    release_file: Callable[[int], Path], capsys: pytest.CaptureFixture[str]
) -> None:
    path = release_file(2)
    original = database_contents(f"sqlite:///{path}")
    assert main(["list", "--db", f"sqlite:///{path}"]) == 0
    told = capsys.readouterr()
    assert told.err.strip() == (
        f"Upgraded {path} from schema 2 to {SCHEMA_VERSION}; "
        "the old file is kept beside it as factsheet.schema2.sqlite3"
    )
    assert "sco-summit-astana-2024" in told.out
    kept = path.with_name("factsheet.schema2.sqlite3")
    assert database_contents(f"sqlite:///{kept}") == original
    assert stored_version(f"sqlite:///{kept}") == 2
    assert main(["list", "--db", f"sqlite:///{path}"]) == 0
    assert capsys.readouterr().err == "", "a second opening has nothing to upgrade"
    assert sorted(item.name for item in path.parent.iterdir()) == [
        "factsheet.schema2.sqlite3",
        "factsheet.sqlite3",
    ]


def test_the_upgrade_command_upgrades_a_file_once(
    release_file: Callable[[int], Path], capsys: pytest.CaptureFixture[str]
) -> None:
    path = release_file(3)
    assert main(["upgrade", "--db", f"sqlite:///{path}"]) == 0
    assert _one_line(capsys, "out") == (
        f"Upgraded {path} from schema 3 to {SCHEMA_VERSION}; "
        "the old file is kept beside it as factsheet.schema3.sqlite3"
    )
    assert main(["upgrade", "--db", f"sqlite:///{path}"]) == 0
    assert _one_line(capsys, "out") == f"{path}: already at schema {SCHEMA_VERSION}"
    assert len(list(path.parent.iterdir())) == 2, "no second copy"


@pytest.mark.parametrize("schema", [2, 3])
def test_seed_remove_list_and_reset_all_work_on_an_older_file(
    schema: int, release_file: Callable[[int], Path], capsys: pytest.CaptureFixture[str]
) -> None:
    path = release_file(schema)
    url = f"sqlite:///{path}"
    assert main(["seed", "--db", url]) == 0
    told = capsys.readouterr()
    assert told.err.startswith(f"Upgraded {path} from schema {schema} to {SCHEMA_VERSION}; ")
    assert "sco-summit-astana-2024: seeded" in told.out, "the release's seed sheet is renewed"
    assert main(["remove", "sco-summit-astana-2024", "--db", url]) == 0
    assert main(["list", "--db", url]) == 0
    assert "no fact sheets" in capsys.readouterr().out
    shutil.copyfile(RELEASES / f"schema{schema}.sqlite3", path)
    assert main(["seed", "--reset", "--db", url]) == 0
    assert main(["seed", "--db", url]) == 0
    assert "already up to date" in capsys.readouterr().out


@POSTGRESQL
def test_an_older_server_database_asks_for_factsheet_upgrade_and_changes_nothing(
    server_databases: Callable[..., str], capsys: pytest.CaptureFixture[str]
) -> None:
    url = server_databases(3)
    before = database_contents(url)
    for command in (["list"], ["remove", "sco-summit-astana-2024"], ["seed"]):
        assert main([*command, "--db", url]) == 1
        assert "run `factsheet upgrade` with the same --db" in _one_line(capsys)
    assert database_contents(url) == before
    assert main(["upgrade", "--db", url]) == 0
    assert _one_line(capsys, "out").startswith("Upgraded postgresql+psycopg://factsheet:***@/")
    assert main(["upgrade", "--db", url]) == 0
    assert _one_line(capsys, "out").endswith(f": already at schema {SCHEMA_VERSION}")
    assert main(["remove", "sco-summit-astana-2024", "--db", url]) == 0


def _set_version(url: str, version: int) -> None:
    engine = make_engine(url)
    try:
        with engine.begin() as connection:
            connection.execute(
                update(meta_table)
                .where(meta_table.c.key == "schema_version")
                .values(value=str(version))
            )
    finally:
        engine.dispose()


def test_a_database_of_a_newer_factsheet_gets_one_sentence_and_is_never_reset(
    any_seeded_url: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    _set_version(any_seeded_url, SCHEMA_VERSION + 1)
    before = database_contents(any_seeded_url)
    seeds = Path(__file__).parents[2] / "data"
    for command in (
        ["list"],
        ["remove", "sco-summit-astana-2024"],
        ["seed"],
        ["seed", "--reset"],
        ["upgrade"],
        ["add", str(seeds / "state_visit.txt"), str(seeds / "state_visit.toml")],
        ["export", "-o", str(tmp_path / "sheet.pdf")],
    ):
        assert main([*command, "--db", any_seeded_url]) == 1, command
        sentence = _one_line(capsys)
        assert "was upgraded by a newer Factsheet" in sentence, sentence
        assert "this Factsheet must be updated" in sentence
    assert database_contents(any_seeded_url) == before
    assert not (tmp_path / "sheet.pdf").exists()


def _failing_after(step: schema_upgrades.Step) -> schema_upgrades.Step:
    def fail(connection: Connection) -> None:
        step(connection)
        connection.execute(text("SELECT * FROM no_such_table"))

    return fail


def test_a_failing_step_leaves_the_file_untouched_and_keeps_no_copy(
    release_file: Callable[[int], Path],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = release_file(2)
    original = _digest(path)
    monkeypatch.setitem(schema_upgrades.STEPS, 3, _failing_after(schema_upgrades.STEPS[3]))
    assert main(["list", "--db", f"sqlite:///{path}"]) == 1
    sentence = _one_line(capsys)
    assert f"{path}: could not be upgraded from schema 2, and is left as it was: " in sentence
    assert "no_such_table" in sentence
    assert _digest(path) == original
    assert [item.name for item in path.parent.iterdir()] == ["factsheet.sqlite3"]


@POSTGRESQL
def test_a_failing_step_leaves_a_server_database_as_it_was(
    server_databases: Callable[..., str],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    url = server_databases(2)
    before = database_contents(url)
    monkeypatch.setitem(schema_upgrades.STEPS, 3, _failing_after(schema_upgrades.STEPS[3]))
    assert main(["upgrade", "--db", url]) == 1
    assert "could not be upgraded from schema 2" in _one_line(capsys)
    assert database_contents(url) == before
    assert stored_version(url) == 2


def test_the_window_opens_an_older_file_and_tells_of_the_kept_copy(
    qtbot: Any, release_file: Callable[[int], Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QMessageBox, QWidget

    from viewer.window.main_window import MainWindow

    told: list[str] = []

    def information(_parent: QWidget | None, _title: str, message: str, *_args: object) -> Any:
        told.append(message)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "information", information)
    path = release_file(3)
    settings = QSettings(str(path.parent / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(None, settings)
    qtbot.addWidget(window)
    assert window.open_database_file(path)
    assert told == [
        f"<p>Upgraded {path} from schema 3 to {SCHEMA_VERSION}; the old file is kept beside it "
        "as factsheet.schema3.sqlite3</p>"
    ]
    assert window.loader.slug == "sco-summit-astana-2024"
    with open_database(f"sqlite:///{path}").read() as connection:
        assert connection.scalar(select(sheet_table.c.slug)) == "sco-summit-astana-2024"


def test_a_database_from_before_the_first_release_is_named_as_such(
    seeded_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _set_version(seeded_url, 1)
    assert main(["list", "--db", seeded_url]) == 1
    assert "from before the first release" in _one_line(capsys)
