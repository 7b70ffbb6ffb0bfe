"""``factsheet seed [--reset]``: build or update the database from the bundled seeds."""

from __future__ import annotations

import sys

from db.store.seed import seed_database, upgrade_older_file
from db.store.session import describe, resolve_url, sqlite_file


def run(url_argument: str | None, *, reset: bool) -> int:
    url, _ = resolve_url(url_argument)
    path = sqlite_file(url)
    if not reset and path is not None and path.exists():
        upgraded = upgrade_older_file(url)
        if upgraded:
            print(upgraded, file=sys.stderr)
    for outcome in seed_database(url, reset=reset):
        state = "seeded" if outcome.changed else "already up to date"
        print(f"{outcome.slug}: {state} in {describe(url)}")
    return 0
