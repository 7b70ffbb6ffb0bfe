"""The main text of an HTML page, with navigation, advertising and footers left out.

readability-lxml finds the article's part of the page; its headline (the page's first ``<h1>``,
else its title) comes first, as the first line of a plain-text article would, then the day the
page says it was published (its ``article:published_time`` or first ``<time datetime>``, which
readability leaves out with the page's header), and each block becomes a paragraph. Pages are
parsed as huge trees: libxml2 otherwise drops, without an error, whatever is nested more than
256 elements deep, and some site builders nest that deep.
"""

from __future__ import annotations

import lxml.html
from readability import Document

from db.draft.lazy_regex import lazy_compile

_BLOCKS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre")
_SPACES = lazy_compile(r"\s+")
_PUBLISHED = (
    "//meta[@property='article:published_time']/@content",
    "//meta[@itemprop='datePublished']/@content",
    "//time/@datetime",
)
_ISO_DAY = lazy_compile(r"(?:19|20)\d{2}-\d{2}-\d{2}")
DEEPEST = 2_048
"""How deep libxml2 reads a huge tree; anything deeper it leaves out."""


class PageTooDeep(ValueError):
    """The page nests elements deeper than can be read, so part of its text would be lost."""


def main_text(html: str) -> str:
    """The headline and the paragraphs of the page's article, blank lines between; "" if none."""
    page = _parse(html)
    headlines = page.xpath("//h1")
    document = Document(page)
    summary = _parse(document.summary(html_partial=True), fragment=True)
    paragraphs = [
        _SPACES.sub(" ", block.text_content()).strip()
        for block in summary.iter(*_BLOCKS)
        if not _inside_another_block(block)
    ]
    paragraphs = [paragraph for paragraph in paragraphs if paragraph]
    if not paragraphs:
        return ""
    headline = headlines[0].text_content() if headlines else document.short_title()
    headline = _SPACES.sub(" ", headline).strip()
    published = _published(page)
    if published and published not in paragraphs:
        paragraphs.insert(0, published)
    if headline and headline != paragraphs[0]:
        paragraphs.insert(0, headline)
    return "\n\n".join(paragraphs) + "\n"


def _published(page: lxml.html.HtmlElement) -> str | None:
    """The day the page was published, as "2024-07-04", where its markup gives it."""
    for path in _PUBLISHED:
        for value in page.xpath(path):
            found = _ISO_DAY.match(str(value).strip())
            if found:
                return found.group(0)
    return None


def _parse(html: str, *, fragment: bool = False) -> lxml.html.HtmlElement:
    """The page's tree; PageTooDeep where libxml2 had to leave out what is nested deepest."""
    parser = lxml.html.HTMLParser(encoding="utf-8", huge_tree=True)
    data = html.encode("utf-8", "replace")
    tree = (
        lxml.html.fragment_fromstring(data, parser=parser, create_parent="div")
        if fragment
        else lxml.html.document_fromstring(data, parser=parser)
    )
    if any("Excessive depth" in error.message for error in parser.error_log):
        raise PageTooDeep(f"nested more than {DEEPEST:,} elements deep")
    return tree


def _inside_another_block(element: lxml.html.HtmlElement) -> bool:
    """A paragraph inside a list item is read with the item, not a second time on its own."""
    return any(ancestor.tag in _BLOCKS for ancestor in element.iterancestors())
