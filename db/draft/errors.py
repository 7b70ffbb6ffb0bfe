"""The one error a draft can meet: an article or a target the user named that will not do."""

from __future__ import annotations

from db.errors import FactsheetError


class DraftError(FactsheetError):
    """An article that cannot be read, or a draft that cannot be written; names the file."""
