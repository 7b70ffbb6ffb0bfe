"""``factsheet list``: the fact sheets in the database, with their counts."""

from __future__ import annotations

from db.factfile.vocabulary import TABLE_NAMES
from db.store.queries import list_sheets
from viewer.cli.database import open_database


def run(url_argument: str | None) -> int:
    database = open_database(url_argument)
    try:
        sheets = list_sheets(database)
    finally:
        database.close()
    if not sheets:
        print("no fact sheets; run `factsheet seed`")
        return 0
    # The tables are named as the window's tabs name them, so one count has one name.
    headers = ["SLUG", *(name.upper() for name in TABLE_NAMES.values())]
    rows = [
        [
            sheet.slug,
            *(f"{count:,}" for count in (sheet.members, sheet.attendees, sheet.statements)),
        ]
        for sheet in sheets
    ]
    widths = [max(len(row[column]) for row in [headers, *rows]) for column in range(len(headers))]
    for row, title in [
        (headers, "TITLE"),
        *((row, sheet.title) for row, sheet in zip(rows, sheets, strict=True)),
    ]:
        cells = [row[0].ljust(widths[0])] + [
            cell.rjust(width) for cell, width in zip(row[1:], widths[1:], strict=True)
        ]
        print("  ".join([*cells, title]))
    return 0
