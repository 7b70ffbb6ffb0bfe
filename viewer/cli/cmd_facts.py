"""``factsheet facts SLUG -o FACTS.toml``: a sheet's fact file back out, corrections included."""

from __future__ import annotations

import sys
from pathlib import Path

from db.atomic_file import write_atomically
from db.store.queries import fact_file_text
from viewer.cli.database import open_database
from viewer.cli.exit_status import USAGE_ERROR


def run(url_argument: str | None, slug: str, output: Path, *, force: bool) -> int:
    """Write the sheet's fact file as the database keeps it: adding it again (elsewhere, or
    after sharing it) gives the same sheet."""
    if output.exists() and not force:
        print(f"factsheet: {output} already exists; add --force to replace it", file=sys.stderr)
        return USAGE_ERROR
    database = open_database(url_argument)
    try:
        text = fact_file_text(database, slug)
    finally:
        database.close()
    write_atomically(output, text.encode("utf-8"))
    print(f"wrote {output} (the fact file of {slug})")
    return 0
