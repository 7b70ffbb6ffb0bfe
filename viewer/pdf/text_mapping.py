"""Make the PDF's text read back as it was written: spaces, not tabs; letters, not their forms.

Each embedded font carries a ToUnicode map from glyphs to characters: it is what copy and
paste, search, text extraction and screen readers read. Qt fills it with one character per
glyph, found by looking the glyph up in the font's own character map, which gives two faults:

- fonts draw a tab with the space glyph, so Qt's map says U+0009 (tab) for the glyph that every
  space on the page is painted with: a quote copied out of the PDF arrives with tabs between its
  words. The sheet's text never holds a tab, so the space glyph is given back its space.
- a shaped Arabic letter is drawn with the glyph of its initial, medial or final form, which the
  font also maps from a presentation-form code point (U+FE70 to U+FEFC): the map then gives
  those, and a search for a name typed with ordinary letters finds nothing. Each presentation
  form is given back the letters it stands for (its compatibility decomposition), as are the
  Latin and Hebrew ligatures and forms of U+FB00 to U+FDFF.
"""

from __future__ import annotations

import io
import re
import unicodedata

import pikepdf
from pikepdf import Name

TAB = "\t"
SPACE = " "

_HEX = rb"<[0-9A-Fa-f]+>"
_SECTION = re.compile(rb"begin(bfrange|bfchar)(.*?)end\1", re.S)
_RANGE_ENTRY = re.compile(rb"(%s)\s*(%s)\s*(\[[^\]]*\]|%s)" % (_HEX, _HEX, _HEX))
"""``<low> <high> <first>``, or ``<low> <high> [<one> <for> <each>]``."""
_CHAR_ENTRY = re.compile(rb"(%s)\s*(%s)" % (_HEX, _HEX))
"""``<code> <character>``."""
_DESTINATION = re.compile(_HEX)
_PRESENTATION_FORMS = re.compile("[\ufb00-\ufdff\ufe70-\ufefc]")


def _readable(characters: str) -> str:
    """The characters a glyph stands for, as they were written."""
    if characters == TAB:
        return SPACE
    return _PRESENTATION_FORMS.sub(lambda form: unicodedata.normalize("NFKC", form[0]), characters)


def _hex_destination(destination: bytes) -> bytes:
    """``<0627>`` (UTF-16BE hex) with its characters made readable."""
    characters = bytes.fromhex(destination[1:-1].decode()).decode("utf-16-be", "replace")
    readable = _readable(characters)
    if readable == characters:
        return destination
    return b"<%s>" % readable.encode("utf-16-be").hex().upper().encode()


def readable_cmap(cmap: bytes) -> bytes:
    """The ToUnicode ``cmap`` with every glyph mapped to the characters as written."""

    def range_entry(entry: re.Match[bytes]) -> bytes:
        low, high, destination = entry.groups()
        # A single destination for several codes means consecutive characters from it on,
        # so only a range of one code may have its destination changed.
        if destination.startswith(b"[") or low == high:
            destination = _DESTINATION.sub(lambda found: _hex_destination(found[0]), destination)
        return b"%s %s %s" % (low, high, destination)

    def char_entry(entry: re.Match[bytes]) -> bytes:
        code, destination = entry.groups()
        return b"%s %s" % (code, _hex_destination(destination))

    def section(found: re.Match[bytes]) -> bytes:
        kind, entries = found.groups()
        if kind == b"bfrange":
            entries = _RANGE_ENTRY.sub(range_entry, entries)
        else:
            entries = _CHAR_ENTRY.sub(char_entry, entries)
        return b"begin%s%send%s" % (kind, entries, kind)

    return _SECTION.sub(section, cmap)


def give_text_back(pdf: pikepdf.Pdf) -> None:
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
            fixed = readable_cmap(cmap)
            if fixed != cmap:
                to_unicode.write(fixed)


def with_text_back(document: bytes) -> bytes:
    """The PDF file ``document`` with its fonts' text given back (for the untagged export,
    which the tagging pass does not open)."""
    with pikepdf.open(io.BytesIO(document)) as pdf:
        give_text_back(pdf)
        fixed = io.BytesIO()
        # Qt's XMP packet is left as Qt wrote it.
        pdf.save(fixed, fix_metadata_version=False)
    return fixed.getvalue()
