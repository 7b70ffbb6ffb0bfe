"""Text whose glyphs cannot give its characters back, and the ActualText that does.

A ToUnicode map gives one glyph's characters, which is not enough where shaping or direction
comes between the characters and the glyphs: a right-to-left name is painted in visual order
and an extractor must guess it back; a joiner or a combining mark has no glyph of its own, or
shares one. For such a line the tagging pass wraps its glyphs in a ``/Span`` whose /ActualText
is the line's text as written (ISO 32000-1, 14.9.4), which search, copy and screen readers
take instead of the glyphs.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

_NEEDS_IT_BIDI = {"R", "AL", "AN"}
"""Right-to-left letters and Arabic digits."""
_NEEDS_IT_CATEGORIES = {"Mn", "Mc", "Me", "Cf"}
"""Combining marks (also the vowel signs that shaping reorders) and format characters such as
the zero-width joiner and non-joiner."""
_BEYOND_LATIN = re.compile("[^\x00-\u02ff]")
"""Characters past the Latin letters and spacing modifiers, which may need it."""


@cache
def _needs_it(character: str) -> bool:
    return (
        unicodedata.bidirectional(character) in _NEEDS_IT_BIDI
        or unicodedata.category(character) in _NEEDS_IT_CATEGORIES
    )


def needs_actual_text(text: str) -> bool:
    return any(_needs_it(character) for character in _BEYOND_LATIN.findall(text))


def hex_text(text: str) -> bytes:
    """``text`` as a PDF text string: UTF-16BE after its byte order mark, in hexadecimal."""
    return b"<FEFF%s>" % text.encode("utf-16-be").hex().upper().encode()


def actual_text_span(text: str) -> bytes:
    """The operator that begins a marked-content sequence reading as ``text``."""
    return b"/Span <</ActualText %s>> BDC\n" % hex_text(text)
