"""Text folded for matching: case-insensitive and accent-insensitive, so "antonio" finds "António"
and "sorensen" finds "Sørensen".

Stored search text (``fact.search_text``, ``statement.search_text``, ``statement.speaker_sort``)
is folded by ``fold`` when a sheet is written; a change here needs a schema step
(db/store/schema_upgrades.py), whose upgrade folds the stored text of older databases again.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from functools import lru_cache

_INVISIBLE = frozenset({"Cc", "Cf"})
# typographic quotes and dashes as typed; so too the hyphen (U+2010) and the no-break hyphen
# (U+2011) that careful typesetting puts in names ("Frank‐Walter")
_QUOTES = str.maketrans(
    {"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\u2010": "-", "\u2011": "-"}
)
_LETTERS_THAT_DO_NOT_DECOMPOSE = str.maketrans(
    {
        "þ": "th",
        "ð": "d",
        "ø": "o",
        "æ": "ae",
        "œ": "oe",
        "ł": "l",
        "đ": "d",
        "ı": "i",
        "ħ": "h",
        "ŧ": "t",
        "ŀ": "l",
        "ĸ": "k",
        "ŋ": "n",
    }
)
"""Letters Unicode gives no base letter for, spelled as a reader without them types them (the
lower-case forms: ``fold`` case-folds first; ß already folds to "ss")."""


class _Dropping(dict[int, int | None]):
    """A table for ``str.translate`` that drops the characters ``drops`` names, asking it once
    per character met: a translation runs in C, where a test of every character in Python
    was most of the time that writing a sheet spends folding its search texts."""

    def __init__(self, drops: Callable[[str], bool]) -> None:
        super().__init__()
        self.drops = drops

    def __missing__(self, code: int) -> int | None:
        kept = None if self.drops(chr(code)) else code
        self[code] = kept
        return kept


_WITHOUT_COMBINING = _Dropping(lambda char: bool(unicodedata.combining(char)))
_WITHOUT_FORMATTING = _Dropping(lambda char: unicodedata.category(char) == "Cf")


def _without_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.translate(_QUOTES))
    return decomposed.translate(_WITHOUT_COMBINING).casefold()


@lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """Without case, accents or invisible formatting characters (a zero-width space inside a
    name is not something anyone types), letters like ø spelled as their base letters."""
    if text.isascii():
        return text.casefold()  # no accents, no curly quotes: the same result, ten times sooner
    quoted = text.translate(_QUOTES)
    if quoted.isascii():
        return quoted.casefold()  # only typographic quotes and dashes: the same, as soon
    readable = text.translate(_WITHOUT_FORMATTING)
    return _without_accents(readable).translate(_LETTERS_THAT_DO_NOT_DECOMPOSE)


def fold_lines(parts: Iterable[str]) -> str:
    """The parts that are not empty, one a line, folded: the same as folding them joined, as
    ``fold`` changes each character apart from the ones beside it, but a part met again (a
    name, a label) is folded once, and only a part with accents takes the slow way."""
    return "\n".join(fold(part) for part in parts if part)


_QUOTE_MARKS = "\"'«»‹›„‚"


def search_terms(query: str) -> tuple[str, ...]:
    """The folded words of a query; a row matches when it contains every one of them.

    Control and formatting characters (a NUL, a right-to-left mark) are not text anyone reads,
    so they are left out rather than searched for; so are quotation marks around a word, so a
    quote copied from a table, marks and all, finds its row.
    """
    readable = "".join(char for char in query if unicodedata.category(char) not in _INVISIBLE)
    words = (fold(word).strip(_QUOTE_MARKS) for word in readable.split())
    return tuple(word for word in words if word)


_NOT_ALPHANUMERIC = re.compile(r"[^a-z0-9]+")
_SLUG_LETTERS = str.maketrans({"þ": "th", "ð": "d", "ø": "o", "æ": "ae", "ł": "l"})


def slug(name: str) -> str:
    """``"Þorgerður Katrín"`` → ``"thorgerdur-katrin"``: lower-case letters, digits and hyphens
    only; "" when nothing is left. Slugs are stored as keys, so they keep their own spelling
    rules whatever ``fold`` learns."""
    folded = _without_accents(name).translate(_SLUG_LETTERS)
    return _NOT_ALPHANUMERIC.sub("-", folded).strip("-")
