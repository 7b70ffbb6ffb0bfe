"""The logical structure of a tagged PDF: elements in reading order and the content each owns.

A screen reader follows this tree, not the order of glyphs on the page. It is built while the
paginator places blocks (so its order is the reading order) and filled while the pages are
painted, when each piece of painted content is recorded as belonging to one element or to no
element at all (an artifact: backgrounds, rules, page footers, table headers repeated on a new
page). Nothing here knows Qt or the PDF library: the tagging pass writes the tree into the file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import NamedTuple


class Tag(StrEnum):
    """Standard structure types of ISO 32000-1, 14.8.4: readers need no role map for them."""

    DOCUMENT = "Document"
    H1 = "H1"
    H2 = "H2"
    P = "P"
    LIST = "L"
    LIST_ITEM = "LI"
    LIST_BODY = "LBody"
    TABLE = "Table"
    TABLE_ROW = "TR"
    TABLE_HEADER = "TH"
    TABLE_CELL = "TD"
    FIGURE = "Figure"


class Scope(StrEnum):
    """What a table header cell heads, so a reader can announce it with each cell."""

    COLUMN = "Column"
    ROW = "Row"


class Artifact(StrEnum):
    """Painted content that is not part of the text: its /Type (and /Subtype) in the PDF."""

    LAYOUT = "Layout"
    """Row shading, cell rules, a legend's colour swatches."""
    FOOTER = "Footer"
    """The page footer: title, date, "Page N of M"."""
    REPEATED_HEADER = "Repeated header"
    """A table's header row painted again at the top of a page the table continues on."""


MarkedContent = tuple[int, int]
"""One marked-content sequence, as (page, MCID): the MCID-th sequence of the page (from 0).
A plain tuple: a long sheet has tens of thousands, and a named tuple costs five times more."""


@dataclass(eq=False, slots=True)
class Element:
    tag: Tag
    kids: list[Element | MarkedContent] = field(default_factory=list)
    scope: Scope | None = None
    alt: str = ""
    """Alternative text, which a reader speaks instead of the element's content (figures)."""

    def add(self, tag: Tag, *, scope: Scope | None = None, alt: str = "") -> Element:
        child = Element(tag, scope=scope, alt=alt)
        self.kids.append(child)
        return child

    def elements(self) -> list[Element]:
        """Element children, in reading order."""
        return [kid for kid in self.kids if isinstance(kid, Element)]


Owner = Element | Artifact
"""Who a piece of painted content belongs to."""


class PageMarks:
    """The owners of the marked-content sequences of each page, in the order they were painted.

    Sequence numbers count every sequence of a page; MCIDs count only those owned by elements,
    since an artifact has no MCID.
    """

    def __init__(self) -> None:
        self.pages: list[list[Owner]] = []
        self.actual_texts: list[list[str]] = []
        """Each page's spans of text read as their ActualText, in the order painted."""
        self._mcids = 0

    def new_page(self) -> None:
        self.pages.append([])
        self.actual_texts.append([])
        self._mcids = 0

    def read_as(self, text: str) -> int:
        """Start a span of the current page read as ``text``; returns its number there."""
        texts = self.actual_texts[-1]
        texts.append(text)
        return len(texts) - 1

    def open(self, owner: Owner) -> int:
        """Start a sequence owned by ``owner`` on the current page; returns its number."""
        sequences = self.pages[-1]
        if isinstance(owner, Element):
            owner.kids.append((len(self.pages) - 1, self._mcids))
            self._mcids += 1
        sequences.append(owner)
        return len(sequences) - 1


class Bookmark(NamedTuple):
    """An entry of the document's outline (the bookmarks a reader lists beside the pages)."""

    title: str
    page: int
    """From 0."""
    top: float
    """Points from the top of the page to the top of what it points at."""


@dataclass
class TaggedContent:
    """What a tagged render records: the structure tree, whom each marked piece of each page
    belongs to, and the outline, one bookmark per section."""

    root: Element = field(default_factory=lambda: Element(Tag.DOCUMENT))
    pages: PageMarks = field(default_factory=PageMarks)
    outline: list[Bookmark] = field(default_factory=list)
