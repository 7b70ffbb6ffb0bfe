"""Build small pieces of rich text from data that must never be read as markup."""

from __future__ import annotations

from html import escape


def text(value: object) -> str:
    """Data escaped for rich text: `<b>` shows as the characters <b>."""
    return escape(str(value), quote=True)


def quote_in_sentence(sentence: str, start: int, end: int) -> str:
    """The sentence escaped, with the quoted part in bold."""
    return f"{text(sentence[:start])}<b>{text(sentence[start:end])}</b>{text(sentence[end:])}"
