"""``factsheet remove SLUG``: a sheet taken out of the database."""

from __future__ import annotations

from db.store.sheets import remove_sheet
from viewer.cli.database import open_database


def run(url_argument: str | None, slug: str) -> int:
    database = open_database(url_argument)
    try:
        remove_sheet(database, slug)
    finally:
        database.close()
    print(f"removed {slug} from {database.location}")
    return 0
