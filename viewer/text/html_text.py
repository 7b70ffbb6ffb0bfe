"""Build small pieces of rich text from data that must never be read as markup."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape


def text(value: object) -> str:
    """Data escaped for rich text: `<b>` shows as the characters <b>."""
    return escape(str(value), quote=True)


def tooltip(value: str) -> str:
    """A tooltip that shows ``value`` as typed, line breaks kept: Qt reads any tooltip that
    looks like markup as rich text, so sheet text goes in escaped, inside a paragraph."""
    return "<p style='white-space:pre-wrap'>" + text(value) + "</p>"


def bold_spans(sentence: str, spans: Sequence[tuple[int, int]]) -> str:
    """The sentence escaped, with each (start, end) span of it in bold; spans may overlap."""
    parts, position = [], 0
    for start, end in _merged(spans):
        parts.append(f"{text(sentence[position:start])}<b>{text(sentence[start:end])}</b>")
        position = end
    parts.append(text(sentence[position:]))
    return "".join(parts)


def _merged(spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
