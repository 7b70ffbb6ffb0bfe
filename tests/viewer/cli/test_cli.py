"""The command line: seed, list, version, help and its exit codes."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest

from db.store.seed import bundled_fact_files
from viewer.cli import main


def test_seed_then_list_shows_the_sheet_with_counts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'sheets.sqlite3'}"
    assert main(["seed", "--db", url]) == 0
    assert "seeded" in capsys.readouterr().out
    assert main(["list", "--db", url]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split("  ")[0] == "SLUG"
    assert [cell.strip() for cell in lines[0].split("  ") if cell.strip()][1:] == [
        "MEMBERS AND PARTNERS",
        "ATTENDEES",
        "KEY STATEMENTS",
        "TITLE",
    ], "the tables are named as the window's tabs name them"
    slug, members, attendees, statements, *_ = lines[1].split()
    facts = tomllib.loads(bundled_fact_files()[0].read_text(encoding="utf-8"))
    assert slug == facts["sheet"]["slug"]
    assert [int(members), int(attendees), int(statements)] == [
        len(facts[section]) for section in ("memberships", "attendees", "statements")
    ]


def test_db_option_before_the_command_is_kept(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'sheets.sqlite3'}"
    assert main(["--db", url, "seed"]) == 0
    assert str(tmp_path) in capsys.readouterr().out


def test_environment_variable_names_the_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "from-env.sqlite3"
    monkeypatch.setenv("FACTSHEET_DB", f"sqlite:///{path}")
    assert main(["seed"]) == 0
    assert path.exists()


def test_second_seed_reports_up_to_date(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path / 'sheets.sqlite3'}"
    main(["seed", "--db", url])
    capsys.readouterr()
    assert main(["seed", "--db", url]) == 0
    assert "already up to date" in capsys.readouterr().out


def test_listing_a_missing_database_is_an_error_without_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "missing.sqlite3"
    assert main(["list", "--db", f"sqlite:///{missing}"]) == 1
    error = capsys.readouterr().err
    assert len(error.strip().splitlines()) == 1
    assert str(missing) in error and "Traceback" not in error
    assert not missing.exists()


@pytest.mark.parametrize("argv", [["bogus"], ["seed", "--no-such-flag"], ["list", "extra"]])
def test_usage_errors_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    assert exit_info.value.code == 2
    assert "usage:" in capsys.readouterr().err


def test_version_and_help_from_the_installed_command() -> None:
    command = [sys.executable, "-m", "viewer.cli"]
    version = subprocess.run([*command, "--version"], capture_output=True, text=True, check=True)
    assert version.stdout.startswith("factsheet ")
    helped = subprocess.run([*command, "--help"], capture_output=True, text=True, check=True)
    for command_name in ("seed", "list", "--db"):
        assert command_name in helped.stdout


def test_list_and_export_on_the_default_database_create_it_when_missing(
    qapp: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from db.store.session import default_database_path

    assert not default_database_path().exists()
    try:
        assert main(["list"]) == 0
        assert default_database_path().exists()
        assert "SLUG" in capsys.readouterr().out
        assert main(["export", "-o", str(tmp_path / "sheet.pdf")]) == 0
        assert (tmp_path / "sheet.pdf").read_bytes().startswith(b"%PDF")
    finally:
        default_database_path().unlink(missing_ok=True)


def test_without_a_display_the_window_says_so_in_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for variable in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setattr(sys, "platform", "linux")

    assert main([]) == 1

    error = capsys.readouterr().err
    assert error.strip().splitlines() == [
        "factsheet: there is no display to open the window on (neither DISPLAY nor "
        "WAYLAND_DISPLAY is set); `factsheet export -o FILE.pdf` works without one"
    ]


def test_a_listing_cut_short_by_its_reader_is_not_an_error(tmp_path: Path) -> None:
    """`factsheet list | head -1`: the reader goes away, and nothing is said about it."""
    url = f"sqlite:///{tmp_path / 'sheets.sqlite3'}"
    assert main(["seed", "--db", url]) == 0
    listing = subprocess.Popen(
        [sys.executable, "-m", "viewer.cli", "list", "--db", url],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert listing.stdout is not None and listing.stderr is not None
    listing.stdout.close()  # the reader is gone before the command writes a line
    error = listing.stderr.read().decode()
    assert listing.wait() == 0
    assert error == ""
