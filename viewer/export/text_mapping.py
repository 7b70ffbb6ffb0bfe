"""Make the PDF's text read back with its spaces, not tabs.

Each embedded font carries a ToUnicode map from glyphs to characters: it is what copy and
paste, search, text extraction and screen readers read. Qt fills it with one character per
glyph, and fonts draw a tab with the space glyph, so Qt's map says U+0009 (tab) for the glyph
that every space on the page is painted with: a quote copied out of the PDF arrives with tabs
between its words. The sheet's text never holds a tab, so the space glyph is given back its
space here.
"""

from __future__ import annotations

import io
import re

import pikepdf
from pikepdf import Name

TAB = b"<0009>"
SPACE = b"<0020>"

_HEX = rb"<[0-9A-Fa-f]+>"
_SECTION = re.compile(rb"begin(bfrange|bfchar)(.*?)end\1", re.S)
_RANGE_ENTRY = re.compile(rb"(%s)\s*(%s)\s*(\[[^\]]*\]|%s)" % (_HEX, _HEX, _HEX))
"""``<low> <high> <first>``, or ``<low> <high> [<one> <for> <each>]``."""
_CHAR_ENTRY = re.compile(rb"(%s)\s*(%s)" % (_HEX, _HEX))
"""``<code> <character>``."""


def spaces_for_tabs(cmap: bytes) -> bytes:
    """The ToUnicode ``cmap`` with every glyph that it maps to a tab mapped to a space."""

    def range_entry(entry: re.Match[bytes]) -> bytes:
        low, high, destination = entry.groups()
        # A single destination for several codes means consecutive characters from it on,
        # so only a range of one code may have its destination changed.
        if destination.startswith(b"[") or low == high:
            destination = destination.replace(TAB, SPACE)
        return b"%s %s %s" % (low, high, destination)

    def char_entry(entry: re.Match[bytes]) -> bytes:
        code, destination = entry.groups()
        return b"%s %s" % (code, SPACE if destination == TAB else destination)

    def section(found: re.Match[bytes]) -> bytes:
        kind, entries = found.groups()
        if kind == b"bfrange":
            entries = _RANGE_ENTRY.sub(range_entry, entries)
        else:
            entries = _CHAR_ENTRY.sub(char_entry, entries)
        return b"begin%s%send%s" % (kind, entries, kind)

    return _SECTION.sub(section, cmap)


def give_spaces_back(pdf: pikepdf.Pdf) -> None:
    """Rewrite the ToUnicode map of every font the pages use (each font once)."""
    done: set[tuple[int, int]] = set()
    for page in pdf.pages:
        fonts = page.resources.get(Name.Font, pikepdf.Dictionary())
        for font in fonts.values():
            to_unicode = font.get(Name.ToUnicode)
            if to_unicode is None or to_unicode.objgen in done:
                continue
            done.add(to_unicode.objgen)
            cmap = to_unicode.read_bytes()
            fixed = spaces_for_tabs(cmap)
            if fixed != cmap:
                to_unicode.write(fixed)


def with_spaces_back(document: bytes) -> bytes:
    """The PDF file ``document`` with its fonts' spaces given back (for the untagged export,
    which the tagging pass does not open)."""
    with pikepdf.open(io.BytesIO(document)) as pdf:
        give_spaces_back(pdf)
        fixed = io.BytesIO()
        # Qt's XMP packet is left as Qt wrote it.
        pdf.save(fixed, fix_metadata_version=False)
    return fixed.getvalue()
