"""Text as a person compares it when searching, written here independently of the program's
own folding (db/factfile/folding.py), so a test of search checks it against a second opinion."""

from __future__ import annotations

import unicodedata

SPELLED_OUT = {"ø": "o", "þ": "th", "ð": "d", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "ı": "i"}


def plain(text: str) -> str:
    """Without accents, case or invisible characters, curly quotes straight, letters such as ø
    spelled out."""
    visible = "".join(char for char in text if unicodedata.category(char) != "Cf")
    decomposed = unicodedata.normalize("NFKD", visible.replace("“", '"').replace("”", '"'))
    folded = "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()
    return "".join(SPELLED_OUT.get(char, char) for char in folded)
