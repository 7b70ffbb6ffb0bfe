"""The article's own description of itself: the headline, and the publisher and year where the
text states them (a "Copyright © 2024 The Publisher." line, or a "(Publisher) —" dateline; the
year also from a full date at the top of the page).

The headline is the first line that is not the page around the report (db.draft.page_chrome)
nor written all in lower case, as a page's labels are ("link exchange; in-house ad"); a page
with no headline left is titled by its lead's first sentence, without its dateline.
"""

from __future__ import annotations

import re

from db.draft.countries import gazetteer
from db.draft.lazy_regex import lazy_compile
from db.draft.model import Source
from db.draft.page_chrome import HEADLINE_WORDS, in_menu, is_chrome, is_ticker, word_count
from db.draft.text import Span, Text

_COPYRIGHT = lazy_compile(
    r"^(?P<credit>(?:Copyright[ \u00a0]*©?|©)[ \u00a0]*(?P<year>\d{4})[ \u00a0]+(?P<publisher>[^.\n]+)\.)"
    r"[^\n]*",
    re.MULTILINE,
)
_DATELINE = lazy_compile(
    r"^[^\n]{0,80}?\((?P<publisher>[A-Z][\w&.' -]{1,40})\)[ \u00a0]*[—–:-]"  # "OSLO (Wire) —"
    # a dateline line of its own: "OSLO – Nordic Wire Agency"
    r"|^[A-Z][A-Z .'-]{2,40}[ ][—–-][ ](?P<own_line>(?:[A-Z][\w&.'-]*[ ]?){1,4})$",
    re.MULTILINE,
)
_LEAD_DATELINE = lazy_compile(
    r"(?:date:?[ ]+)?(?:\d{4}-\d{2}-\d{2}[ ]+)?"  # a page's "date 2023-09-05" before its lead
    r"(?:[A-Z][A-Z .'-]{2,40}(?:,[ ][\w .]{1,40})?(?:[ ]\([^)\n]{1,40}\))?"  # "OSLO, Norway (AP)"
    r"|[A-Z][\w .'-]{2,40},[ ][\w .]{1,40}[ ]\([^)\n]{1,40}\))"  # "Prague, Nov 24 (CTK)"
    r"[ ]*(?:--|[—–:-])[ ]*"
    r"|(?:date:?[ ]+)?\d{4}-\d{2}-\d{2}[ ]+"
)
_EDITION = lazy_compile(r"(?:[A-Z][\w'’&.-]*[ ]){1,5}\((?P<country>[A-Z][\w'’ .-]{1,40})\)")
_MONTH = (
    r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)(?:[a-z]*)\.?"  # "Nov.", "November"
)
_YEAR = r"(?P<year>(?:19|20)\d{2})"
# "2023-09-05", "14 November 2022", "31st August 2018", "Aug. 9, 2023", "NOV. 23 2022"
_DATE = lazy_compile(
    rf"\b(?:{_YEAR}-\d{{2}}-\d{{2}}|\d{{1,2}}(?:st|nd|rd|th)?[ ]{_MONTH},?[ ]{_YEAR.replace('year', 'y2')}"
    rf"|{_MONTH}[ ]\d{{1,2}}(?:st|nd|rd|th)?,?[ ]{_YEAR.replace('year', 'y3')})\b"
)
_DATED_LINES = 6
"""A full date within this many lines of the top is the page's date (lower down, a date is
of something the report tells)."""
_LONGEST_HEADLINE = 30
"""A first line of more words is the lead, not a headline."""
_LINES_SEARCHED = 60


def find_source(text: Text) -> Source:
    title_span = _headline(text)
    title = text[title_span]
    copyright_line = _COPYRIGHT.search(text.text)
    if copyright_line:
        return Source(
            title=title,
            title_span=title_span,
            publisher=copyright_line.group("publisher").strip(),
            year=int(copyright_line.group("year")),
            copyright=copyright_line.group(0).strip(),
            credit_span=Span(copyright_line.start("credit"), copyright_line.end("credit")),
        )
    dateline = next(
        (found for found in _DATELINE.finditer(text.text) if not is_ticker(_line_at(text, found))),
        None,
    )
    if dateline:
        return Source(
            title=title,
            title_span=title_span,
            publisher=(dateline.group("publisher") or dateline.group("own_line")).strip(),
            year=_dated(text),
            credit_span=Span(dateline.start(), dateline.end()),
        )
    return Source(title=title, title_span=title_span, year=_dated(text))


def _dated(text: Text) -> int | None:
    """The year of the first full date at the top of the page: a "date 2023-09-05" line, a
    "Published 25 Jun, 2025" line, or a dateline ("Bali, 14 November 2022 (TDI):")."""
    lines = [line for line in text.text.split("\n") if line.strip()][:_DATED_LINES]
    found = _DATE.search("\n".join(lines))
    if found is None:
        return None
    return int(found.group("year") or found.group("y2") or found.group("y3"))


def _headline(text: Text) -> Span:
    """The first line that is neither the page's chrome nor a caption printed twice; the lead's
    first sentence (after its dateline) when that line is a paragraph rather than a headline."""
    lines: list[Span] = []
    offset = 0
    for written in text.text.split("\n")[:_LINES_SEARCHED]:
        lines.append(Span(offset, offset + len(written)))
        offset += len(written) + 1
    shown = [text[line].strip() for line in lines]
    lengths = [word_count(words) for words in shown]  # 0 for a blank line
    for index, line in enumerate(lines):
        words = shown[index]
        if (
            lengths[index] < HEADLINE_WORDS
            or is_chrome(words)
            or in_menu(lengths, index)
            or _printed_again_apart(shown, index)
            or _a_papers_name(words)
            or words.islower()  # "link exchange; in-house ad": a label, no headline
        ):
            continue
        return _trimmed(text, line)
    first = next((line for line, length in zip(lines, lengths, strict=True) if length), None)
    return _trimmed(text, first) if first else Span(0, 0)


def _a_papers_name(line: str) -> bool:
    """ "The Sunday Mail (Zimbabwe)": a paper's name with its country's edition, in capitals
    word by word, printed above the headline."""
    named = _EDITION.fullmatch(line)
    return named is not None and gazetteer().country_named(named.group("country")) is not None


def _printed_again_apart(shown: list[str], index: int) -> bool:
    """Whether the line is printed again further down with other lines between, as a photo's
    caption is under the photo: a headline printed twice is printed twice running (the page's
    title, then its heading), and a lead that opens with the headline's words is no second
    printing of it."""
    later = [at for at in range(index + 1, len(shown)) if shown[at] == shown[index]]
    if not later:
        return False
    running = all(not words for words in shown[index + 1 : later[0]])
    return not running or shown[index].endswith(".")


def _trimmed(text: Text, line: Span) -> Span:
    """The line without surrounding white space, the bullet of a page's list ("• …") or a
    dateline that opens it; a lead cut to its first sentence."""
    start, end = line.start, line.end
    while start < end and (text.text[start].isspace() or text.text[start] in "\ufeff•·"):
        start += 1
    while end > start and text.text[end - 1].isspace():
        end -= 1
    is_lead = word_count(text.text[start:end]) > _LONGEST_HEADLINE
    dateline = _LEAD_DATELINE.match(text.text, start, end)
    # "NATO: …" may be a headline's own words; "OSLO (AP) — …" never is.
    if dateline and (is_lead or not dateline.group(0).rstrip().endswith(":")):
        start = dateline.end()
    if not is_lead:
        return Span(start, end)
    sentence = text.sentence_at(start)
    return Span(start, min(end, max(sentence.end, start)))


def _line_at(text: Text, found: re.Match[str]) -> str:
    end = text.text.find("\n", found.start())
    return text.text[found.start() : end if end != -1 else len(text.text)]
