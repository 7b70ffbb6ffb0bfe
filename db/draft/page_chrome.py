"""What a page copied as text holds besides the report: links, tickers, captions, bylines.

A page's text often opens with its navigation ("Accessibility links", "Skip to content"), a
banner ("Breaking News"), a notice about the reader's browser or cookies, a market ticker, a
photo caption (printed again under the photo) and a byline, before the headline. These lines
are recognised by their shape and by a short list of the words sites use, never by what a report
says.
"""

from __future__ import annotations

import re

from db.draft.lazy_regex import lazy_compile

_NAVIGATION = lazy_compile(
    r"(?:accessibility[ ]links|skip[ ]to[ ].+|breaking[ ]news"
    r"|live|menu|search|sign[ ]in|log[ ]in|subscribe|advertisement|print[ ]this[ ]page"
    r"|all[ ]news|play[ ]live[ ]radio|next[ ]up|share(?:[ ]this)?|listen|watch|close|home"
    r"|get[ ]all[ ]your[ ]news[ ]in[ ]one[ ]place|start[ ]reading|read[ ]more|top[ ]stories"
    r"|latest(?:[ ]news)?|related)[.:!]?",
    re.IGNORECASE,
)
_BYLINE = lazy_compile(
    r"(?:by|published|updated|posted|written[ ]by|last[ ]updated)\b", re.IGNORECASE
)
_CAPTION = lazy_compile(
    r"\bphoto(?:graph)?(?:[ ]credit)?:|\bphoto[ ]by\b|\bphoto/|\bfile[ ]photo\b|\bimage:|\bgetty[ ]images\b"
    r"|\((?:L|R|C|\d(?:st|nd|rd|th)[ ][LR])\)|\b(?:from[ ])?left[ ]to[ ]right[:,]"
    # "(Supplied)", "… Pool via …", "…/Pool", "Item 1 of 3", "[1/3]"
    r"|\bcredit:|\((?:supplied|handout|file)\)|\bpool[ ]via\b|/pool\b|^item[ ]\d+[ ]of[ ]\d+\b|^\[\d+/\d+\]"
    # "… (Gustavo Moreno/AP/PA)": the photographer and the agency closing the line
    r"|\([^()/]{2,40}/(?:AP|AFP|PA|EPA|Reuters|Xinhua|Bloomberg|Anadolu)\b[^()]{0,20}\)\s*$",
    re.IGNORECASE,
)
# A notice to the reader about their browser, cookies or scripts ("Your web browser is no
# longer supported", "This website uses cookies", "Please enable JavaScript").
_NOTICE = lazy_compile(
    r"\byour[ ](?:web[ ])?browser\b|\b(?:we|this[ ](?:web)?site)[ ]uses?[ ]cookies\b"
    r"|\benable[ ]javascript\b|\bjavascript[ ]is[ ](?:disabled|turned[ ]off)\b",
    re.IGNORECASE,
)
# "Home | Weather | Classifieds | Contact Us": a menu's links set on one line between bars
_BAR = lazy_compile(r"\s*\|\s*")
_MENU_BAR_LINKS = 4
_LINK_WORDS = 4
_LIST_MARK = lazy_compile(r"^(?:\d{1,2}[.)]|[•·*-])[ ]+")
_FIGURE = lazy_compile(r"[+\-−▲▼]?[$€£¥]?\d[\d,.:]*%?|[▲▼]|[A-Z]{3}/[A-Z]{3}")
_WORD = lazy_compile(r"\S+")
MENU_WORDS = 6
"""A line of fewer words, in a run of three or more such lines, is a menu's."""
HEADLINE_WORDS = 4
"""A headline has at least this many words; shorter lines are labels and links."""


def is_ticker(line: str) -> bool:
    """Prices, rates and clocks: a line whose words are mostly figures ("USD/EUR 0.92 +0.3%",
    "0:00 0:00")."""
    words = line.split()
    figures = sum(1 for word in words if _FIGURE.fullmatch(word.strip("(),")))
    return figures >= 2 and figures * 3 >= len(words)


def is_caption(line: str) -> bool:
    """A photo's caption or credit ("(AP Photo/…)", "Photo: …", "File photo")."""
    return _CAPTION.search(line) is not None


def is_navigation(line: str) -> bool:
    """A link or label of the page's own ("Advertisement", "Read more"), wherever it stands:
    a report's sentences run on past it."""
    return _NAVIGATION.fullmatch(line.strip()) is not None


def is_chrome(line: str) -> bool:
    """A line that belongs to the page around the report, judged on its own; a link may be
    numbered or bulleted as an item of its list ("1. Skip to content")."""
    stripped = _LIST_MARK.sub("", line.strip(), count=1)
    return bool(
        _NAVIGATION.fullmatch(stripped)
        or _BYLINE.match(stripped)
        or is_caption(stripped)
        or is_ticker(stripped)
        or is_menu_bar(stripped)
        or _NOTICE.search(stripped) is not None
    )


def is_menu_bar(line: str) -> bool:
    """A menu written on one line: four or more links of a few words each, set between bars
    ("Home | Weather | Classifieds | Contact Us"); a headline holds one bar at most ("Leaders
    meet | Wire")."""
    links = _BAR.split(line.strip().strip("|"))
    return len(links) >= _MENU_BAR_LINKS and all(
        0 < len(link.split()) <= _LINK_WORDS for link in links
    )


def word_count(line: str) -> int:
    return len(_WORD.findall(line))


def in_menu(lengths: list[int], index: int) -> bool:
    """Whether the line ``index`` is one of a run of three or more short lines (word counts
    ``lengths``, 0 for a blank line)."""

    def short(at: int) -> bool:
        return 0 < lengths[at] < MENU_WORDS

    if not short(index):
        return False
    start = end = index
    while start > 0 and short(start - 1):
        start -= 1
    while end + 1 < len(lengths) and short(end + 1):
        end += 1
    return end - start >= 2
