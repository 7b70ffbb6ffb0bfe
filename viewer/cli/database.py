"""Opening the database a command names, shared by the commands that read or change it."""

from __future__ import annotations

import sys

from db.store.seed import open_or_seed
from db.store.session import Database, resolve_url


def open_database(url_argument: str | None) -> Database:
    """The database the command names, opened (and seeded or upgraded) as the window opens it;
    an upgrade is told in one line."""
    url, is_default = resolve_url(url_argument)
    database = open_or_seed(url, is_default=is_default)
    if database.notice:
        print(database.notice, file=sys.stderr)
    return database
