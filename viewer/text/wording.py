"""Counts in words: "1 sheet", "3 sheets", "1 person", "2 people"."""

from __future__ import annotations

IRREGULAR = {"person": "people"}


def counted(count: int, singular: str) -> str:
    """``count`` with its noun, singular for exactly one."""
    if count == 1:
        return f"1 {singular}"
    return f"{count:,} {IRREGULAR.get(singular, singular + 's')}"
