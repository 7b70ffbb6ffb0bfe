"""A full or read-only disk: every write is whole or not made, and the old file stays."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QApplication

import db.atomic_file
from db.errors import DatabaseError, ExportError
from db.store.queries import SheetContent, sheet_content
from db.store.seed import seed_database
from db.store.session import Database
from tests.conftest import SmallDisk
from viewer.cli import main
from viewer.models.columns import STATEMENT_COLUMNS
from viewer.models.table_text import write_csv


@pytest.fixture
def content(database: Database) -> SheetContent:
    return sheet_content(database, "sco-summit-astana-2024")


def _entries(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


def _export(url: str, target: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = main(["export", "--db", url, "-o", str(target)])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_an_export_over_a_pdf_on_a_full_disk_fails_and_keeps_the_old_pdf(
    qapp: QApplication, seeded_url: str, small_disk: SmallDisk, capsys: pytest.CaptureFixture[str]
) -> None:
    target = small_disk.path / "good.pdf"
    assert _export(seeded_url, target, capsys)[0] == 0
    good = target.read_bytes()
    small_disk.fill()

    status, out, err = _export(seeded_url, target, capsys)

    assert status == 1
    assert "wrote" not in out
    assert f"{target}: cannot be written, the disk is full" in err
    assert "Traceback" not in err
    assert target.read_bytes() == good
    assert len(PdfReader(target).pages) >= 1, "the old PDF still opens"
    assert _entries(small_disk.path) == ["filler", "good.pdf"], "no temporary file is left"


def test_a_new_pdf_on_a_full_disk_is_not_written_at_all(
    qapp: QApplication, seeded_url: str, small_disk: SmallDisk, capsys: pytest.CaptureFixture[str]
) -> None:
    small_disk.fill()
    status, _out, err = _export(seeded_url, small_disk.path / "new.pdf", capsys)
    assert status == 1
    assert "the disk is full" in err
    assert _entries(small_disk.path) == ["filler"]


def test_a_csv_on_a_full_disk_fails_and_keeps_the_old_csv(
    content: SheetContent, small_disk: SmallDisk
) -> None:
    target = small_disk.path / "statements.csv"
    target.write_text("the old table\n", encoding="utf-8")
    small_disk.fill()
    many_rows = content.statements * 200
    with pytest.raises(ExportError, match="the disk is full"):
        write_csv(target, STATEMENT_COLUMNS, many_rows)
    assert target.read_text(encoding="utf-8") == "the old table\n"
    assert _entries(small_disk.path) == ["filler", "statements.csv"]


def test_a_write_the_disk_cuts_short_is_caught_before_the_swap(
    qapp: QApplication,
    seeded_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A file system that accepts a write but keeps only part of it (as a full network disk
    may): the size read back gives it away."""
    target = tmp_path / "sheet.pdf"
    target.write_bytes(b"%PDF-1.4 the colleague's copy")
    real_write = os.write

    def keeps_half(handle: int, data: Any) -> int:
        real_write(handle, bytes(data[: len(data) // 2]))
        return len(data)

    monkeypatch.setattr(db.atomic_file.os, "write", keeps_half)
    status, _out, err = _export(seeded_url, target, capsys)
    monkeypatch.undo()
    assert status == 1
    assert "the disk is full" in err
    assert target.read_bytes() == b"%PDF-1.4 the colleague's copy"
    assert _entries(tmp_path) == sorted(["sheet.pdf", "factsheet.sqlite3"])


def test_short_writes_are_carried_on_until_the_file_is_whole(
    content: SheetContent, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_write = os.write
    calls: list[int] = []

    def a_little_at_a_time(handle: int, data: Any) -> int:
        calls.append(len(data))
        return real_write(handle, bytes(data[:1000]))

    monkeypatch.setattr(db.atomic_file.os, "write", a_little_at_a_time)
    target = tmp_path / "statements.csv"
    write_csv(target, STATEMENT_COLUMNS, content.statements)
    monkeypatch.undo()
    assert len(calls) > 1
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == len(content.statements) + 1


def test_seeding_onto_a_full_disk_names_the_database_and_leaves_nothing(
    small_disk: SmallDisk,
) -> None:
    small_disk.fill()
    target = small_disk.path / "sheets.sqlite3"
    with pytest.raises(DatabaseError) as raised:
        seed_database(f"sqlite:///{target}")
    message = str(raised.value)
    assert message.startswith(f"{target}: ")
    assert "the disk is full" in message
    assert ".building" not in message
    assert _entries(small_disk.path) == ["filler"]


def test_seeding_into_a_read_only_folder_names_the_database(small_disk: SmallDisk) -> None:
    small_disk.make_read_only()
    target = small_disk.path / "sheets.sqlite3"
    with pytest.raises(DatabaseError) as raised:
        seed_database(f"sqlite:///{target}")
    assert str(raised.value) == f"{target}: cannot be written, its folder is read-only"
    assert _entries(small_disk.path) == []
