"""Text folded for matching: case-insensitive and accent-insensitive, so "antonio" finds "António"."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_INVISIBLE = frozenset({"Cc", "Cf"})
_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-"})


@lru_cache(maxsize=4096)
def fold(text: str) -> str:
    if text.isascii():
        return text.casefold()  # no accents, no curly quotes: the same result, ten times sooner
    decomposed = unicodedata.normalize("NFKD", text.translate(_QUOTES))
    return "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()


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
_LETTERS_THAT_DO_NOT_DECOMPOSE = str.maketrans({"þ": "th", "ð": "d", "ø": "o", "æ": "ae", "ł": "l"})


def slug(name: str) -> str:
    """``"Þorgerður Katrín"`` → ``"thorgerdur-katrin"``: lower-case letters, digits and hyphens
    only; "" when nothing is left."""
    folded = fold(name).translate(_LETTERS_THAT_DO_NOT_DECOMPOSE)
    return _NOT_ALPHANUMERIC.sub("-", folded).strip("-")
