"""The database a command is pointed at, checked in a module light enough to import before the
window is on screen (db.store.session brings SQLAlchemy with it, which takes longer to import than
the window takes to appear)."""

from __future__ import annotations

import math
import os

from db.errors import UsageError

DATABASE_VARIABLE = "FACTSHEET_DB"
LOCK_TIMEOUT_VARIABLE = "FACTSHEET_LOCK_TIMEOUT"
DEFAULT_LOCK_TIMEOUT_SECONDS = 5.0


def lock_timeout_seconds() -> float:
    """How long a writer waits for another before it gives up with "is locked by another
    program": ``FACTSHEET_LOCK_TIMEOUT`` seconds when set (a team whose writes take longer
    may wait more; a test of the refusal, less), else five."""
    value = os.environ.get(LOCK_TIMEOUT_VARIABLE, "").strip()
    if not value:
        return DEFAULT_LOCK_TIMEOUT_SECONDS
    try:
        seconds = float(value)
    except ValueError:
        seconds = math.nan
    if not (0 < seconds < math.inf):
        raise UsageError(
            f"{LOCK_TIMEOUT_VARIABLE}={value}: is not a number of seconds, such as 5 or 0.5"
        )
    return seconds


def refuse_vanishing(url: str) -> str:
    """``url``, unless it names no database or one in memory, which is gone when factsheet
    exits: a seed or an added sheet would vanish with it."""
    if not url.strip():
        raise UsageError(
            "the database URL is empty; give one such as sqlite:////path/to/sheets.sqlite3"
        )
    scheme, _separator, rest = url.partition("://")
    if scheme.split("+")[0].casefold() != "sqlite":
        return url
    path, _question, query = rest.partition("?")
    database = path.removeprefix("/")
    if (
        database in ("", ":memory:")
        or database.startswith("file::memory:")
        or "mode=memory" in query
    ):
        raise UsageError(
            f"{url}: names a database in memory, which is gone when factsheet exits; "
            "name a file, such as sqlite:////path/to/sheets.sqlite3"
        )
    return url
