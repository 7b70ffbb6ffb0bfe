"""Keys made unique within a fact file: ``key``, ``key-2``, ``key-3``…"""

from __future__ import annotations


def unique_key(wanted: str, taken: set[str]) -> str:
    """``wanted``, or ``wanted-2``, ``-3``… when it is taken; the result is added to ``taken``."""
    key, number = wanted or "item", 1
    while key in taken:
        number += 1
        key = f"{wanted or 'item'}-{number}"
    taken.add(key)
    return key
