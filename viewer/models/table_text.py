"""Rows of a table as tab-separated text (for the clipboard) or as a CSV file."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path

from db.atomic_file import write_atomically
from viewer.models.columns import Column, RowT


def _table(columns: Sequence[Column[RowT]], rows: Sequence[RowT]) -> list[list[str]]:
    return [[column.title for column in columns]] + [
        [column.text(row) for column in columns] for row in rows
    ]


def as_tab_separated(columns: Sequence[Column[RowT]], rows: Sequence[RowT]) -> str:
    """Headers then rows, tabs and line breaks inside a cell turned into spaces so it pastes cleanly."""
    return (
        "\n".join(
            "\t".join(" ".join(cell.split()) for cell in line) for line in _table(columns, rows)
        )
        + "\n"
    )


def write_csv(path: Path, columns: Sequence[Column[RowT]], rows: Sequence[RowT]) -> None:
    """A CSV file that spreadsheets open as UTF-8 (hence the byte-order mark)."""
    buffer = io.StringIO()
    csv.writer(buffer).writerows(_table(columns, rows))
    write_atomically(path, buffer.getvalue().encode("utf-8-sig"))
