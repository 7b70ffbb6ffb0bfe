"""Keys and slugs made from names: folded to plain lower-case letters, digits and hyphens."""

from __future__ import annotations

import re

from db.text_folding import fold

_NOT_ALPHANUMERIC = re.compile(r"[^a-z0-9]+")


def slug(name: str) -> str:
    """``"Þorgerður Katrín"`` → ``"thorgerdur-katrin"``; "" when nothing is left."""
    folded = fold(name).replace("þ", "th").replace("ð", "d").replace("ø", "o").replace("æ", "ae")
    return _NOT_ALPHANUMERIC.sub("-", folded).strip("-")


def unique_key(wanted: str, taken: set[str]) -> str:
    """``wanted``, or ``wanted-2``, ``-3``… when it is taken; the result is added to ``taken``."""
    key, number = wanted or "item", 1
    while key in taken:
        number += 1
        key = f"{wanted or 'item'}-{number}"
    taken.add(key)
    return key
