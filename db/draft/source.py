"""The article's own description of itself: the headline, and the publisher and year where the
text states them (a "Copyright © 2024 The Publisher." line, or a "(Publisher) —" dateline)."""

from __future__ import annotations

import re

from db.draft.model import Source
from db.draft.text import Span, Text

_COPYRIGHT = re.compile(
    r"^(?P<credit>(?:Copyright[ \u00a0]*©?|©)[ \u00a0]*(?P<year>\d{4})[ \u00a0]+(?P<publisher>[^.\n]+)\.)"
    r"[^\n]*",
    re.MULTILINE,
)
_DATELINE = re.compile(r"\((?P<publisher>[A-Z][\w&.' -]{1,40})\)[ \u00a0]*[—–-]")


def find_source(text: Text) -> Source:
    first = text.paragraphs[0]
    line_end = text.text.find("\n", first.start, first.end)
    title_span = Span(first.start, line_end if line_end != -1 else first.end)
    title = text[title_span].strip().lstrip("\ufeff")
    title_span = Span(
        text.text.find(title, title_span.start),
        text.text.find(title, title_span.start) + len(title),
    )
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
    dateline = _DATELINE.search(text.text)
    if dateline:
        return Source(
            title=title,
            title_span=title_span,
            publisher=dateline.group("publisher"),
            credit_span=Span(dateline.start(), dateline.end()),
        )
    return Source(title=title, title_span=title_span)
