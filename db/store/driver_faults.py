"""One plain phrase for each fault a database driver reports, SQLite's and PostgreSQL's alike.

The phrase follows the database's name in an error message ("…/sheets.sqlite3: is locked by
another program"). Drivers tell most faults apart only in their messages (a PostgreSQL server
that refuses a connection gives no error code), so a phrase is chosen by the words of the
message, the most specific first: a lock timeout is a lock, not an unreachable server.
"""

from __future__ import annotations

import re

READ_ONLY = "is read-only, so it cannot be changed"
CANNOT_OPEN = "cannot be opened (check the folder exists and may be read)"

_PHRASES: tuple[tuple[str, str], ...] = (
    (r"not a database|malformed", "is not a Factsheet database, or it is damaged"),
    (r"disk is full|no space left", "cannot be written, the disk is full"),
    (r"locked|busy|lock timeout", "is locked by another program; close it and try again"),
    (r"readonly|read-only", READ_ONLY),
    (r"unable to open", CANNOT_OPEN),
    (
        r"authentication failed|no password supplied|role \".*\" does not exist",
        "the database server refused the user name or password",
    ),
    (
        r"database \".*\" does not exist",
        "the server has no such database; create it (createdb NAME) and run `factsheet seed`",
    ),
    (
        r"must be owner of",
        "this database user does not own its tables, so it may not rebuild them; "
        "ask their owner or the server's administrator",
    ),
    (
        r"permission denied",
        "this database user may not do that here; ask the server's administrator",
    ),
    (
        r"has no equivalent in encoding",
        "cannot hold some of the sheet's letters; it should be a UTF8 database",
    ),
    (
        r"cannot contain nul",
        "cannot hold the NUL character (\\u0000) the facts contain; take it out of the fact file",
    ),
    (
        r"shutting down|starting up|not currently accepting connections|recovery mode",
        "the database server is not accepting connections now; try again later",
    ),
    (
        r"terminating connection|server closed the connection|connection (is|was) (lost|closed)"
        r"|consuming input failed",
        "the connection to the database server was lost; nothing was changed, try again",
    ),
    (
        r"could not connect|connection refused|timeout|is the server running"
        r"|could not translate host name",
        "the database server cannot be reached",
    ),
)


def explain(error: BaseException) -> str:
    """One plain phrase for a database driver's error (or SQLAlchemy's wrapping of it)."""
    original = getattr(error, "orig", None) or error
    text = str(original).lower()
    for pattern, phrase in _PHRASES:
        if re.search(pattern, text):
            return phrase
    first_line = str(original).splitlines()[0] if str(original) else type(original).__name__
    return f"cannot be used ({first_line})"
