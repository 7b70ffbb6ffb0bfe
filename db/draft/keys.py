"""Keys made unique within a fact file: ``key``, ``key-2``, ``key-3``…"""

from __future__ import annotations

from db.factfile.folding import slug

LONGEST_WANTED = 100
"""Keys are cut to this many characters, leaving room for a number within a key's width."""


def unique_key(wanted: str, taken: set[str]) -> str:
    """``wanted``, or ``wanted-2``, ``-3``… when it is taken; the result is added to ``taken``."""
    wanted = wanted[:LONGEST_WANTED].rstrip("-")
    key, number = wanted or "item", 1
    while key in taken:
        number += 1
        key = f"{wanted or 'item'}-{number}"
    taken.add(key)
    return key


def key_of(name: str) -> str:
    """The key a name gives (its slug), cut to fit a key's width."""
    return slug(name)[:LONGEST_WANTED].rstrip("-")
