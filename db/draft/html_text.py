"""The main text of an HTML page, with navigation, advertising and footers left out.

readability-lxml finds the article's part of the page; its headline (the page's first ``<h1>``,
else its title) comes first, as the first line of a plain-text article would, and each block
becomes a paragraph.
"""

from __future__ import annotations

import re

import lxml.html
from readability import Document

_BLOCKS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre")
_SPACES = re.compile(r"\s+")


def main_text(html: str) -> str:
    """The headline and the paragraphs of the page's article, blank lines between; "" if none."""
    document = Document(html)
    summary = lxml.html.fromstring(document.summary(html_partial=True))
    paragraphs = [
        _SPACES.sub(" ", block.text_content()).strip()
        for block in summary.iter(*_BLOCKS)
        if not _inside_another_block(block)
    ]
    paragraphs = [paragraph for paragraph in paragraphs if paragraph]
    if not paragraphs:
        return ""
    headlines = lxml.html.fromstring(html).xpath("//h1")
    headline = headlines[0].text_content() if headlines else document.short_title()
    headline = _SPACES.sub(" ", headline).strip()
    if headline and headline != paragraphs[0]:
        paragraphs.insert(0, headline)
    return "\n\n".join(paragraphs) + "\n"


def _inside_another_block(element: lxml.html.HtmlElement) -> bool:
    """A paragraph inside a list item is read with the item, not a second time on its own."""
    return any(ancestor.tag in _BLOCKS for ancestor in element.iterancestors())
