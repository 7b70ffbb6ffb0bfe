"""The structure tree as PDF objects in PDF syntax: its root, its elements, the parent tree.

Each element is a structure element dictionary. Its /Pg is the page of its first content,
which is then referenced by MCID alone; content on other pages, by a marked-content
reference. The parent tree maps each page's MCIDs back to the elements that own them.
"""

from __future__ import annotations

from collections.abc import Sequence

from viewer.pdf.actual_text import hex_text
from viewer.pdf.incremental_update import reference
from viewer.pdf.structure import Element, MarkedContent, PageMarks, Tag

_NO_ELEMENT = b"null"
_STARTS = {tag: b"/Type/StructElem/S/%s/P " % tag.value.encode() for tag in Tag}
"""The start of each kind of element's dictionary, up to its parent's reference."""


class StructureObjects:
    """Numbers the elements from ``first_number`` on, writing each as it goes.

    ``pages`` are the references of the document's page objects, ``root`` the object number
    and generation the structure tree root takes.
    """

    def __init__(
        self, pages: Sequence[bytes], marks: PageMarks, root: tuple[int, int], first_number: int
    ) -> None:
        self.pages = pages
        self.objects: dict[int, bytes] = {}
        self._next_number = first_number
        self._parents: list[list[bytes]] = [
            [_NO_ELEMENT] * sum(isinstance(owner, Element) for owner in owners)
            for owners in marks.pages
        ]
        self._root = root

    def write_tree(self, root: Element) -> None:
        """The elements under ``root`` and the structure tree root that holds them."""
        top = self._element(root, reference(self._root))
        nums = b" ".join(
            b"%d [%s]" % (page, b" ".join(elements)) for page, elements in enumerate(self._parents)
        )
        self.objects[self._root[0]] = (
            b"<</Type/StructTreeRoot/K %d 0 R/ParentTree <</Nums [%s]>>/ParentTreeNextKey %d>>"
            % (top, nums, len(self._parents))
        )

    def _element(self, element: Element, parent: bytes) -> int:
        """The element and its descendants; returns its object number. Most elements (a cell,
        a paragraph) own one piece of content and nothing else, and take the short way."""
        number = self._next_number
        self._next_number += 1
        written = b"%d 0 R" % number
        entries = _STARTS[element.tag] + parent
        if element.scope is not None:
            entries += b"/A <</O/Table/Scope/%s>>" % element.scope.value.encode()
        if element.alt:
            entries += b"/Alt %s" % hex_text(element.alt)
        kids = element.kids
        if len(kids) == 1 and isinstance(kids[0], tuple):
            page, mcid = kids[0]
            self._parents[page][mcid] = written
            self.objects[number] = b"<<%s/Pg %s/K %d>>" % (entries, self.pages[page], mcid)
            return number
        home_page = next((kid[0] for kid in kids if isinstance(kid, tuple)), None)
        if home_page is not None:
            entries += b"/Pg %s" % self.pages[home_page]
        written_kids = [
            self._content(written, kid, home_page)
            if isinstance(kid, tuple)
            else b"%d 0 R" % self._element(kid, written)
            for kid in kids
        ]
        only = written_kids[0] if len(written_kids) == 1 else b"[%s]" % b" ".join(written_kids)
        self.objects[number] = b"<<%s/K %s>>" % (entries, only)
        return number

    def _content(self, element: bytes, content: MarkedContent, home_page: int | None) -> bytes:
        """An MCID on the element's own page (/Pg), a marked-content reference elsewhere."""
        page, mcid = content
        self._parents[page][mcid] = element
        if page == home_page:
            return b"%d" % mcid
        return b"<</Type/MCR/Pg %s/MCID %d>>" % (self.pages[page], mcid)
