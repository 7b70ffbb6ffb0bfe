"""Direct quotes: where each begins and ends, and the words it holds.

Quotes are the words between “curly”, "straight", «angled» or „low“ marks (a page may open
with a curly one and close with a straight one, open with a closing one, ”like this”, or close
a low one with another, „like this, „), or
between single marks in a text that has no double ones ('like this') or that closes more quotes
with single marks than with double ones, as British writing does (‘like this’, its double
marks kept for a name or a quote inside a quote), or between doubled apostrophes, single
marks or grave accents, as some pages print a double mark (''like this'', ‘’like this’’, “like
this’’, and ``like this`` in newspapers' archives of the 1980s and 1990s), whichever other
marks the text has; a second
curly opening mark on a line with no closing one closes the quote (“like this, “ typed the
wrong way). A
paragraph that ends inside a quote and is followed by one opening with a quote mark goes on in
it, as news writing does for a long quote, each paragraph a quote of its own, the earlier ones
the speaker's of the one where the speaker is named, as is a statement a colon sets off ("X
said: “…"); a sentence cut by a blank line stays one.
In a page printing each paragraph as one line, a quote never closed ends with its line when
a line of the reporter's own follows it. A nickname quoted inside a name ("Joko 'Jokowi'
Widodo") is no quote.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from db.draft.lazy_regex import lazy_compile
from db.draft.text import UPPER, Span, Text
from db.draft.words import QUOTED_WORD, SPEECH_VERB

_CLOSING = {"“": '”"', '"': '"”', "«": "»", "„": "“”", "”": '”"'}
# A closing mark set before a word opens a quote too, as some pages write ”this”.
_DOUBLE_OPENING = lazy_compile(r'[“"«„]|(?:^|(?<=[\s(—–:]))”(?=\w)')
# A low mark closing what a low one opened, as some pages print both: "„We agree, „ X said"
# (after a word or its punctuation, before a space or the line's end).
_LOW_CLOSING = lazy_compile(r"(?:(?<=[\w.,;!?])|(?<=[.,;!?][ ]))„(?=\s|$)")
# In a text without double marks: a single mark opening a word after a space, and one closing a
# word before anything but a letter ("the year's" holds an apostrophe, no mark).
SINGLE_OPENING = lazy_compile(r"(?:^|(?<=[\s(—–:]))[‘'](?=\w)")
SINGLE_CLOSING = lazy_compile(r"(?<=\S)[’'](?!\w)")
# The punctuation closing a quote that a mark closes after it: ",’" (not ".’”" nor ".’ ”", a
# quote inside a quote, nor ",’’", a double mark typed as two), ",”".
_SINGLE_QUOTE_ENDS = lazy_compile(r"[,.?!][’'](?![\w”\"’‘']|[ ][”\"])")
_DOUBLE_QUOTE_ENDS = lazy_compile(r"[,.?!](?:[’'][ ]?)?[”\"»]")
# Two apostrophes, single curly marks or grave accents printed for a double mark ('' ‘’ ’’ ``,
# a closing pair typed either way): the second opens a quote before a word, and the second closes
# one after the word the first follows. The quote's mark is the second.
_DOUBLED = "‘’'`"
_DOUBLED_OPENING = lazy_compile(rf"(?<=[\s(—–:][{_DOUBLED}])[{_DOUBLED}](?=\w)")
_DOUBLED_CLOSING = lazy_compile(rf"(?<=[^\s{_DOUBLED}][{_DOUBLED}])[{_DOUBLED}](?!\w)")
# An opening curly mark after a quote's last punctuation, closing what a straight mark opened,
# as a page whose marks were curled the wrong way prints it: "We agree,“ X said
_TURNED_CLOSING = lazy_compile(r"(?<=[\w.,;!?])“(?=\s|$)")
_TRAILING = ",;:"
_NEXT_LINE = lazy_compile(r"\n[ \t]*")
_LINE_BREAK = lazy_compile(r"\s*\n\s*")
_SENTENCE_ENDS = '.!?:”"’)'
# A name or a term quoted inside a curly quote, after a word: “I hope that a new “Lima” and
# “Quito Pact” – …” (short, and no sentence ends in it)
_INNER_QUOTE = lazy_compile(r"(?<=\w[ ])“[^“”\n.!?]{1,60}”")
# "Joko 'Jokowi' Widodo": one capitalised word quoted between two words of a name is a
# nickname, no quote
_NICKNAME = lazy_compile(rf"{QUOTED_WORD}(?=[ ][{UPPER}])")
_NAME_WORD_BEFORE = lazy_compile(r"(?<![\w.])[A-Z][\w.-]*[ ]$")
_SPEECH_VERB_ENDS = lazy_compile(rf"\b{SPEECH_VERB}(?:[ ]that)?,?$")


@dataclass(frozen=True)
class Quote:
    opening: int  # offset of the opening mark
    closing: int  # offset of the closing mark, or the end of the text it ran to
    cut: bool = False  # the text ends before the quote closes
    goes_on: bool = False  # left open at its paragraph's end, it goes on in the next quote
    doubled: bool = False  # it closes with two apostrophes or single marks, ``closing`` the second
    opened_doubled: bool = False  # it opens with two, ``opening`` the first

    @property
    def inner(self) -> Span:
        start = self.opening + (2 if self.opened_doubled else 1)
        return Span(start, self.closing - 1 if self.doubled else self.closing)


@dataclass(frozen=True)
class _Marks:
    """Where quotes open and close in one text: double marks, or single ones where a text
    has no double marks."""

    single: bool

    def opening(self, text: str, start: int, end: int) -> int:
        found = (SINGLE_OPENING if self.single else _DOUBLE_OPENING).search(text, start, end)
        first = _DOUBLED_OPENING.search(text, start, found.start() if found else end) or found
        return first.start() if first else -1

    def closing(self, text: str, mark: str, start: int, end: int) -> int:
        # a single curly mark opening where double marks are used is the second of a pair
        # (‘’We …), wherever the search for its closing starts: in its paragraph or the next
        if _doubled(text, start - 1) or (not self.single and mark in _DOUBLED):
            found = _DOUBLED_CLOSING.search(text, start, end)
            return found.start() if found else -1
        if self.single:
            found = SINGLE_CLOSING.search(text, start, end)
            return found.start() if found else -1
        closings = [text.find(closing, start, end) for closing in _CLOSING[mark]]
        if doubled := _DOUBLED_CLOSING.search(text, start, end):
            closings.append(doubled.start())  # “We agree,’’ X said: a double mark typed as two
        if mark == "„" and (low := _LOW_CLOSING.search(text, start, end)):
            closings.append(low.start())  # „By this, „ the host said: a low mark closing too
        if mark == '"' and (turned := _TURNED_CLOSING.search(text, start, end)):
            closings.append(turned.start())  # "We agree,“ X said: a curly mark turned the wrong way
        closing = min((offset for offset in closings if offset != -1), default=-1)
        inner = _INNER_QUOTE.search(text, start, end) if mark == "“" else None
        if inner and inner.end() - 1 == closing:  # “a new “Lima” and …”: the name's mark
            return self.closing(text, mark, closing + 1, end)
        return closing

    def opens(self, text: str, offset: int) -> bool:
        """Whether a quote opens at ``offset``, the word after its mark looked at too."""
        if text[offset : offset + 1] in _DOUBLED and _DOUBLED_OPENING.match(text, offset + 1):
            return True
        return (SINGLE_OPENING if self.single else _DOUBLE_OPENING).match(text, offset) is not None


def _doubled(text: str, mark: int) -> bool:
    """Whether the mark at ``mark`` is the second of two apostrophes or single marks."""
    pair = text[mark - 1 : mark + 1]
    return len(pair) == 2 and all(one in _DOUBLED for one in pair)


def find_quotes(text: Text) -> list[Quote]:
    """Every quotation in the article; one running over paragraphs is a quote for each
    paragraph, as each opens its own mark."""
    marks = _Marks(single=_quotes_in_single_marks(text.text))
    quotes: list[Quote] = []
    paragraphs = text.paragraphs
    index = 0
    while index < len(paragraphs):
        position = marks.opening(text.text, paragraphs[index].start, paragraphs[index].end)
        while position != -1:
            mark = text.text[position]
            closing = _typed_the_wrong_way(text.text, mark, position + 1, paragraphs[index].end)
            if closing == -1:
                closing = marks.closing(text.text, mark, position + 1, paragraphs[index].end)
            if closing != -1 and _opens_the_next_line(text.text, closing):
                # “… the region.⏎“Sweden is …,” he said.: left open at its line's end
                closing = _end_of_line(text.text, position, closing)
                quotes.append(Quote(position, closing, goes_on=True))
            elif closing != -1:
                closing = _end_of_a_line_left_open(text.text, position, closing, marks)
                quotes.append(Quote(position, closing))
            else:
                running, index, closed = _quotes_over_paragraphs(text, index, position, marks)
                quotes.extend(running)
                if not closed:
                    break
                closing = running[-1].closing
            position = marks.opening(text.text, closing + 1, paragraphs[index].end)
        index += 1
    return [
        _with_doubled_marks(text.text, quote)
        for quote in quotes
        if not _a_nickname(text.text, quote.opening)
    ]


def _a_nickname(text: str, opening: int) -> bool:
    """Whether the quote opening at ``opening`` is a nickname inside a name."""
    return bool(
        _NICKNAME.match(text, opening)
        and _NAME_WORD_BEFORE.search(text, max(0, opening - 40), opening)
    )


def _with_doubled_marks(text: str, quote: Quote) -> Quote:
    """The quote with the marks it opens or closes with doubled taken in: one opening a
    paragraph with two marks opens the paragraph, as the rules of attribution look for."""
    if _doubled(text, quote.opening):
        quote = replace(quote, opening=quote.opening - 1, opened_doubled=True)
    return replace(quote, doubled=True) if _doubled(text, quote.closing) else quote


def _typed_the_wrong_way(text: str, mark: str, start: int, end: int) -> int:
    """Where a line that opens a quote with a curly mark and holds no closing one opens another:
    that mark, typed the wrong way, closes the first ("the theme of “20 Years of X, “the summit
    will …"), as curly double marks do not nest without closing."""
    line_end = text.find("\n", start, end)
    line = text[start : end if line_end == -1 else line_end]
    if mark != "“" or "”" in line or '"' in line:
        return -1
    second = line.find(mark)
    return -1 if second == -1 else start + second


def _quotes_in_single_marks(text: str) -> bool:
    """Whether the text quotes in single marks: it has no double ones, or, as British writing
    does, it closes more quotes with a single mark than with a double one, keeping double marks
    for words quoted inside a quote or a name ("the “Hiroshima Vision”")."""
    if not any(mark in text for mark in '“”"«»„'):
        return True
    return len(_SINGLE_QUOTE_ENDS.findall(text)) > len(_DOUBLE_QUOTE_ENDS.findall(text))


def _end_of_a_line_left_open(text: str, opening: int, closing: int, marks: _Marks) -> int:
    """Where a quote ends in a page that prints each paragraph as one line: at the end of the
    line it opened on, when a line of the reporter's own follows it (one not opening with a
    quote mark) before a line that opens a quote again; else at ``closing``. A page that wraps
    its lines never opens one with a quote mark inside a quote."""
    line_starts = [match.end() for match in _NEXT_LINE.finditer(text, opening, closing)]
    for index, start in enumerate(line_starts):
        if not marks.opens(text, start) and any(
            marks.opens(text, later) for later in line_starts[index + 1 :]
        ):
            return _end_of_line(text, opening, start)
    return closing


def _opens_the_next_line(text: str, mark: int) -> bool:
    """Whether a mark found to close a quote opens the next line before a word instead: a page
    printing each paragraph as one line leaves a long quote open at its line's end and opens it
    again on the next, as news writing does over paragraphs."""
    return text[:mark].rstrip(" \t").endswith("\n") and text[mark + 1 : mark + 2].isalnum()


def _end_of_line(text: str, opening: int, next_line: int) -> int:
    """The end of the words on the line before ``next_line``, not before ``opening``."""
    return max(opening + 1, len(text[:next_line].rstrip()))


def _quotes_over_paragraphs(
    text: Text, index: int, opening: int, marks: _Marks
) -> tuple[list[Quote], int, bool]:
    """The quotes of one left open at the end of paragraph ``index``, the paragraph the last
    ends in, and whether a mark closes it there.

    It goes on through each following paragraph that opens with a quote mark; if none does,
    it ends with its own paragraph. A quote opening its paragraph, or set off by a colon ("X
    said: “…"), makes each a quote of its own that the one before goes on into, as a speech
    printed paragraph by paragraph is; one opening after the reporter's words ("X said. “…")
    stays one, as does a sentence a page breaks over two blocks.
    """
    paragraphs = text.paragraphs
    mark = text.text[opening]
    # the lead before a quote opened with two marks (‘’We …) ends before the first of them
    split = _opens_a_block(text.text[paragraphs[index].start : opening].rstrip(_DOUBLED))
    if index + 1 < len(paragraphs) and _cut_mid_sentence(text, index, marks):
        # A page that breaks a sentence over two blocks: “We will meet ⏎⏎ the challenge,” …
        following = paragraphs[index + 1]
        closing = marks.closing(text.text, mark, following.start, following.end)
        if closing != -1:
            return [Quote(opening, closing)], index + 1, True
    quotes: list[Quote] = []
    while index + 1 < len(paragraphs) and marks.opens(text.text, paragraphs[index + 1].start):
        mark_again = _second_of_two(text.text, paragraphs[index + 1].start)
        if split:
            quotes.append(Quote(opening, paragraphs[index].end, goes_on=True))
            opening = mark_again
        index += 1
        closing = marks.closing(text.text, mark, mark_again + 1, paragraphs[index].end)
        if closing != -1:
            return [*quotes, Quote(opening, closing)], index, True
    cut = index == len(paragraphs) - 1
    return [*quotes, Quote(opening, paragraphs[index].end, cut=cut)], index, False


def _second_of_two(text: str, mark: int) -> int:
    """The mark a quote opening at ``mark`` is known by: the second where two single marks
    stand for a double one (‘’We …), as the quote's mark is the second."""
    return mark + 1 if _DOUBLED_OPENING.match(text, mark + 1) else mark


def _opens_a_block(lead: str) -> bool:
    """Whether a quote after ``lead``, the words of its paragraph before its mark, opens a
    statement printed paragraph by paragraph: it opens the paragraph, or follows a colon
    ("X said: “…") or a verb of speech ("He said “…", "she added that “…"), which set off what
    follows as the speaker's whole statement."""
    lead = lead.strip()
    return not lead or lead.endswith(":") or _SPEECH_VERB_ENDS.search(lead) is not None


def _cut_mid_sentence(text: Text, index: int, marks: _Marks) -> bool:
    """Paragraph ``index`` ends without ending its sentence, before one that does not open
    with a quote mark of its own."""
    paragraph, following = text.paragraphs[index], text.paragraphs[index + 1]
    return text.text[paragraph.end - 1] not in _SENTENCE_ENDS and not marks.opens(
        text.text, following.start
    )


def quoted_words(text: str, quote: Quote) -> str:
    """The words a quote gives, without the comma (or a fragment's full stop) that ends the
    reporter's sentence: “a fine day.” → a fine day"""
    words = _LINE_BREAK.sub(_one_space_per_line_break, text[quote.inner.start : quote.inner.end])
    words = words.strip().rstrip(_TRAILING)
    if words[:1].islower():
        words = words.rstrip(".")
    return words.rstrip(_TRAILING)


def _one_space_per_line_break(match: re.Match[str]) -> str:
    """A line broken inside a paragraph (a page copied as text) reads as one space; a paragraph
    break is kept, as a quote running over paragraphs keeps it."""
    return match.group(0) if match.group(0).count("\n") > 1 else " "
