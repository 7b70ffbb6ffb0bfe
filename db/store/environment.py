"""The database a command is pointed at, checked in a module light enough to import before the
window is on screen (db.store.session brings SQLAlchemy with it, which takes longer to import than
the window takes to appear)."""

from __future__ import annotations

from db.errors import UsageError

DATABASE_VARIABLE = "FACTSHEET_DB"


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
