"""Errors the user can meet, each carrying one plain sentence that names the file and the fault."""

from __future__ import annotations


class FactsheetError(Exception):
    """An expected failure: its message is shown to the user as it is, without a traceback."""


class SeedError(FactsheetError):
    """A fact file or article that cannot be seeded; names the file, the line and the fact."""

    def __init__(self, file: str, message: str, *, line: int | None = None) -> None:
        where = f"{file}, line {line}" if line else file
        super().__init__(f"{where}: {message}")
        self.file = file
        self.line = line
        self.reason = message


class UsageError(FactsheetError):
    """A command given something it cannot work with, such as an in-memory database URL; the
    command line exits with status 2, as for any other usage error."""


class DatabaseError(FactsheetError):
    """A database that cannot be opened, read or written."""


class OlderSchemaError(DatabaseError):
    """A database of an older schema, which `factsheet upgrade` brings up to this one."""

    def __init__(self, message: str, *, version: int) -> None:
        super().__init__(message)
        self.version = version


class ExportError(FactsheetError):
    """A file that cannot be written."""
