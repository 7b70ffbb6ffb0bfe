"""`factsheet seed --reset` rebuilds Factsheet's own databases and nothing else, on each kind of
database."""

from __future__ import annotations

import errno
import hashlib
import os
from pathlib import Path

import pytest

import db.store.seed
from db.store.queries import list_sheets
from db.store.seed import bundled_fact_files, seed_database
from db.store.session import describe, make_engine, open_database
from tests.conftest import database_contents
from viewer.cli import main


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _sheet_title(url: str) -> str:
    database = open_database(url)
    try:
        (sheet,) = list_sheets(database)
    finally:
        database.close()
    return sheet.title


def _reset(url: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    status = main(["seed", "--reset", "--db", url])
    return status, capsys.readouterr().err


def test_a_reset_refuses_a_database_that_is_not_factsheets(
    any_empty_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    engine = make_engine(any_empty_url)
    with engine.begin() as other:
        other.exec_driver_sql("CREATE TABLE person (id INTEGER, name TEXT)")
        other.exec_driver_sql("INSERT INTO person VALUES (1, 'someone else''s data')")
    engine.dispose()
    before = database_contents(any_empty_url)

    status, err = _reset(any_empty_url, capsys)

    assert status == 1
    assert (
        f"{describe(any_empty_url)}: is not a Factsheet database, so a reset leaves it as it is"
        in err
    )
    assert len(err.strip().splitlines()) == 1
    assert database_contents(any_empty_url) == before
    assert before["person"] == [(1, "someone else's data")]


def test_a_reset_refuses_a_file_that_is_no_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(b"my notes, not a database " * 200)
    status, err = _reset(f"sqlite:///{path}", capsys)
    assert status == 1
    assert "is not a Factsheet database" in err
    assert path.read_bytes() == b"my notes, not a database " * 200


def test_a_reset_fills_an_empty_database(
    any_empty_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _reset(any_empty_url, capsys)[0] == 0
    database = open_database(any_empty_url)
    assert [sheet.slug for sheet in list_sheets(database)] == ["sco-summit-astana-2024"]
    database.close()


def test_a_reset_refuses_to_lose_a_sheet_it_cannot_rebuild(
    any_empty_url: str, seed_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    own = seed_copy.read_text(encoding="utf-8").replace(
        'slug = "sco-summit-astana-2024"', 'slug = "my-own-sheet"'
    )
    seed_copy.write_text(own, encoding="utf-8")
    seed_database(any_empty_url, [bundled_fact_files()[0], seed_copy])
    before = database_contents(any_empty_url)

    status, err = _reset(any_empty_url, capsys)

    assert status == 1
    assert "holds sheets that a reset would lose (my-own-sheet)" in err
    assert database_contents(any_empty_url) == before


def test_a_reset_builds_a_new_file_and_keeps_its_permissions(
    seeded_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = Path(seeded_url.removeprefix("sqlite:///"))
    path.chmod(0o640)
    inode = path.stat().st_ino
    assert _reset(seeded_url, capsys)[0] == 0
    assert path.stat().st_ino != inode, "the rebuilt database was moved into place"
    assert path.stat().st_mode & 0o777 == 0o640
    assert sorted(item.name for item in path.parent.iterdir()) == [path.name]


@pytest.mark.parametrize(
    "url", ["", "sqlite://", "sqlite:///", "sqlite:///:memory:", "sqlite:///file::memory:?uri=true"]
)
def test_a_database_that_would_vanish_is_a_usage_error(
    url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["seed", "--db", url]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1
    assert "database URL is empty" in err or "names a database in memory" in err
    assert list(tmp_path.iterdir()) == []


def test_an_in_memory_database_in_the_environment_is_a_usage_error(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("FACTSHEET_DB", "sqlite://")
    assert main(["list"]) == 2
    assert "names a database in memory" in capsys.readouterr().err


# -- a shared file: its owner, its group, and a link to it ------------------------------------

OTHER_OWNER, OTHER_GROUP = 4242, 4343
"""An owner and a group other than the resetter's, as a team's shared database has."""


def _chowned_to_another(path: Path) -> None:
    """Give the file another owner and group, or skip where this process cannot."""
    if not hasattr(os, "chown"):
        pytest.skip("files have no owner and group to keep on this system")
    try:
        os.chown(path, OTHER_OWNER, OTHER_GROUP)
    except PermissionError:
        pytest.skip("giving a file another owner needs root")


def test_a_reset_keeps_the_files_owner_and_group(
    seeded_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = Path(seeded_url.removeprefix("sqlite:///"))
    path.chmod(0o660)
    _chowned_to_another(path)

    status, err = _reset(seeded_url, capsys)

    assert (status, err) == (0, "")
    kept = path.stat()
    assert (kept.st_uid, kept.st_gid) == (OTHER_OWNER, OTHER_GROUP)
    assert kept.st_mode & 0o777 == 0o660


def test_a_reset_that_cannot_keep_the_owner_is_refused_and_changes_nothing(
    seeded_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Someone in the file's group, not its owner: the rebuilt file would be theirs."""
    path = Path(seeded_url.removeprefix("sqlite:///"))
    path.chmod(0o660)
    _chowned_to_another(path)
    before, inode = _digest(path), path.stat().st_ino

    def not_allowed(*_arguments: object) -> None:
        raise PermissionError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(db.store.seed.os, "chown", not_allowed)
    status, err = _reset(seeded_url, capsys)

    assert status == 1
    assert len(err.strip().splitlines()) == 1
    assert f"{path}: " in err and "owner" in err and str(OTHER_OWNER) in err
    assert (_digest(path), path.stat().st_ino) == (before, inode)
    assert sorted(item.name for item in path.parent.iterdir()) == [path.name]


def test_a_reset_through_a_link_resets_the_database_it_points_to(
    seeded_url: str, tmp_path: Path, seed_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    real = Path(seeded_url.removeprefix("sqlite:///"))
    link = tmp_path / "linked" / "team.sqlite3"
    link.parent.mkdir()
    link.symlink_to(real)
    before, sheet_section, after = seed_copy.read_text(encoding="utf-8").partition("\n[sheet]\n")
    changed = after.replace('title = "', 'title = "Changed: ', 1)
    seed_copy.write_text(before + sheet_section + changed, encoding="utf-8")
    seed_database(seeded_url, [seed_copy])
    assert _sheet_title(seeded_url).startswith("Changed: ")

    assert _reset(f"sqlite:///{link}", capsys) == (0, "")

    assert link.is_symlink() and link.resolve() == real.resolve()
    assert not _sheet_title(seeded_url).startswith("Changed: "), "the real database was reset"
    assert sorted(item.name for item in link.parent.iterdir()) == [link.name]
    assert sorted(item.name for item in real.parent.iterdir()) == [real.name, "linked", "seeds"]
