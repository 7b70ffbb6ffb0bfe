"""The sheet's lines as the window and the PDF print them."""

from __future__ import annotations

import pytest

from db.rows import SheetContent
from db.store.queries import sheet_content
from db.store.session import Database
from tests.viewer.pdf.test_pdf import only_slug
from viewer.text.sheet_text import source_line


@pytest.fixture
def content(database: Database) -> SheetContent:
    return sheet_content(database, only_slug(database))


def with_source(content: SheetContent, title: str, year: int | None) -> SheetContent:
    detail = content.detail
    source = detail.source._replace(title=title, year=year, publisher="Coast Wire")
    return content._replace(detail=detail._replace(source=source))


@pytest.mark.parametrize(
    ("title", "year", "line"),
    [
        ("Leaders meet by the lagoon", 2021, "Coast Wire, “Leaders meet by the lagoon”, 2021."),
        ("Leaders meet by the lagoon", None, "Coast Wire, “Leaders meet by the lagoon”."),
        ("The resort in Northport, Ont.", None, "Coast Wire, “The resort in Northport, Ont.”"),
        ("Will the lagoon hold?", None, "Coast Wire, “Will the lagoon hold?”"),
    ],
)
def test_the_source_line_ends_with_one_stop(
    content: SheetContent, title: str, year: int | None, line: str
) -> None:
    assert source_line(with_source(content, title, year)) == line
