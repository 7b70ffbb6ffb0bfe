"""The PDF's outline: a bookmark per section (per sheet in a dossier), so that a reader of a
long sheet can go to a section without paging through hundreds of pages."""

from __future__ import annotations

from collections.abc import Sequence

import pikepdf
from pikepdf import Name, OutlineItem, PageLocation

from viewer.pdf.structure import Bookmark


def write_outline(pdf: pikepdf.Pdf, bookmarks: Sequence[Bookmark]) -> None:
    """Each bookmark points at the top of its section, on its page."""
    if not bookmarks:
        return
    with pdf.open_outline() as outline:
        for bookmark in bookmarks:
            page = pdf.pages[bookmark.page]
            page_top = float(page.mediabox[3])
            outline.root.append(
                OutlineItem(
                    bookmark.title,
                    bookmark.page,
                    PageLocation.XYZ,
                    left=0,
                    top=page_top - bookmark.top,
                )
            )
    pdf.Root.PageMode = Name.UseOutlines
