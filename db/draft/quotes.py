"""Direct quotes and who said them.

Quotes are the words between “curly” or "straight" marks. A paragraph that ends inside a quote
and is followed by one opening with a quote mark continues it, as news writing does for a long
quote. The speaker is found, in this order:

1. after the quote, in its sentence: ``…,” said X`` / ``X said`` / ``according to X`` /
   ``he added`` (a pronoun means the person named last before the quote) / ``the Danish
   minister said`` (the person last named with that office and country);
2. before the quote, in its sentence: the first person named who is not the object of a
   preposition ("At a meeting with Lee, Moon hailed …" is Moon's), a leading pronoun, or
   "the chancellor said:";
3. the speaker of the quote before it in the same paragraph.

Words someone reads out for another ("…,” said X, reading a statement from Y) are Y's, via X.

A quote with no speaker found, or of a single word (most often a scare quote), is left out.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from db.draft.countries import gazetteer
from db.draft.model import Mention, Mentions, Person, Statement
from db.draft.people import People
from db.draft.text import Span, Text

_OPENING = '“"'
_CLOSING = {"“": "”", '"': '"'}
_SPEECH_VERB = (
    r"(?:said|says|added|adds|continued|told[ ](?:reporters|journalists|the[ ]\w+)|wrote"
    r"|asked|replied|declared|insisted|stressed|warned|noted|explained)"
)
_VERB_FIRST = re.compile(rf"[\s,”\"]*(?:{_SPEECH_VERB})[ ]", re.IGNORECASE)
_ACCORDING_TO = re.compile(r"[\s,”\"]*according[ ]to[ ]", re.IGNORECASE)
_PRONOUN_SAID = re.compile(rf"[\s,”\"]*(?:he|she|they)[ ]{_SPEECH_VERB}\b", re.IGNORECASE)
_READING_FROM = re.compile(
    r",?[ ]reading[ ](?:out[ ])?(?:a|the|his|her|their)[ ](?:statement|message|letter|speech)"
    r"[ ](?:from|by|of)[ ]"
)
_DESCRIBED_SAID = re.compile(
    rf"[\s,”\"]*\bthe[ ](?P<who>(?:[^ ,.;]+[ ]){{0,2}}?)(?P<office>[a-z]+)[ ]{_SPEECH_VERB}\b"
)
# "He said: …", or after an opening phrase: "Asked whether …, she said: …"
_LEADING_PRONOUN = re.compile(r"\s*(?:[A-Z][^,]{0,120},[ ])?(?:he|she)\b", re.IGNORECASE)
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:with|to|from|by|for|against|of|besides|about|on|than|and)[ ]"
    r"(?:[A-Z][\w.’'-]*[ ]){0,4}$"
)
_TRAILING = ",;:"


@dataclass(frozen=True)
class Quote:
    opening: int  # offset of the opening mark
    closing: int  # offset of the closing mark, or the end of the text it ran to

    @property
    def inner(self) -> Span:
        return Span(self.opening + 1, self.closing)


def find_quotes(text: Text) -> list[Quote]:
    """Every quotation in the article, one spanning paragraphs counted once."""
    quotes: list[Quote] = []
    paragraphs = text.paragraphs
    index = 0
    while index < len(paragraphs):
        paragraph = paragraphs[index]
        position = paragraph.start
        while position < paragraph.end:
            char = text.text[position]
            if char not in _OPENING:
                position += 1
                continue
            closing = text.text.find(_CLOSING[char], position + 1, paragraph.end)
            if closing != -1:
                quotes.append(Quote(position, closing))
                position = closing + 1
                continue
            closing, index = _closing_in_later_paragraph(text, index, char)
            quotes.append(Quote(position, closing))
            break
        index += 1
    return quotes


def _closing_in_later_paragraph(text: Text, index: int, mark: str) -> tuple[int, int]:
    """Where a quote left open at the end of paragraph ``index`` closes, and in which paragraph.

    It goes on through each following paragraph that opens with a quote mark; if none does,
    it ends with its own paragraph.
    """
    paragraphs = text.paragraphs
    end = paragraphs[index].end
    while index + 1 < len(paragraphs) and text.text[paragraphs[index + 1].start] == mark:
        index += 1
        following = paragraphs[index]
        closing = text.text.find(_CLOSING[mark], following.start + 1, following.end)
        if closing != -1:
            return closing, index
        end = following.end
    return end, index


def quoted_words(text: str, quote: Quote) -> str:
    """The words a quote gives, without the comma (or a fragment's full stop) that ends the
    reporter's sentence: “a fine day.” → a fine day"""
    words = text[quote.inner.start : quote.inner.end].strip()
    words = words.rstrip(_TRAILING)
    if words[:1].islower():
        words = words.rstrip(".")
    return words.rstrip(_TRAILING)


def attribute_quotes(text: Text, people: People, quotes: list[Quote]) -> list[Statement]:
    """A statement for each quote of more than one word whose speaker is found."""
    quoted = _merged([quote.inner for quote in quotes])
    starts = [span.start for span in quoted]
    spoken = Mentions(
        [mention for mention in people.mentions if not _inside(mention.span.start, quoted, starts)]
    )
    statements = []
    previous: tuple[Span, Person] | None = None  # the last attributed quote's paragraph, speaker
    for quote in quotes:
        words = quoted_words(text.text, quote)
        if len(words.split()) < 2:
            continue
        speaker = _speaker_after(text, quote, spoken) or _speaker_before(text, quote, spoken)
        via = None
        if isinstance(speaker, Mention):  # named just after the quote: did they read it out?
            speaker, via = _read_out_for(text, speaker, spoken) or (speaker.person, None)
        paragraph = text.paragraph_at(quote.opening)
        if speaker is None and previous is not None and previous[0] == paragraph:
            speaker = previous[1]  # “…,” she said. “… — the next quote is hers too
        if speaker is None:
            continue
        previous = (paragraph, speaker)
        first = text.sentence_at(quote.opening)
        last = text.sentence_at(max(quote.opening, quote.closing - 1))
        end = max(last.end, min(quote.closing + 1, len(text.text)))
        statements.append(
            Statement(speaker=speaker, text=words, evidence=Span(first.start, end), via=via)
        )
    return statements


def _merged(spans: list[Span]) -> list[Span]:
    """The stretches of text ``spans`` cover, in order, none overlapping another."""
    merged: list[Span] = []
    for span in sorted(spans, key=lambda span: span.start):
        if merged and span.start <= merged[-1].end:
            merged[-1] = Span(merged[-1].start, max(merged[-1].end, span.end))
        else:
            merged.append(span)
    return merged


def _inside(offset: int, stretches: list[Span], starts: list[int]) -> bool:
    """Whether ``offset`` falls in one of ``stretches`` (merged, with their ``starts``)."""
    index = bisect.bisect_right(starts, offset) - 1
    return index >= 0 and offset in stretches[index]


def _speaker_after(text: Text, quote: Quote, spoken: Mentions) -> Person | Mention | None:
    """The speaker named in the quote's sentence after it; a name there comes as its Mention."""
    sentence = text.sentence_at(max(quote.opening, quote.closing - 1))
    after = quote.closing + 1
    if after >= sentence.end:
        return None
    if _PRONOUN_SAID.match(text.text, after, sentence.end):
        return _last_named_before(quote.opening, spoken)
    described = _DESCRIBED_SAID.match(text.text, after, sentence.end)
    if described:
        return _described(described.group("who"), described.group("office"), quote, spoken)
    lead = _VERB_FIRST.match(text.text, after, sentence.end) or _ACCORDING_TO.match(
        text.text, after, sentence.end
    )
    window = Span(lead.end() if lead else after, sentence.end)
    for mention in spoken.starting_in(window)[:1]:
        between = text.text[window.start : mention.span.start]
        if lead and len(between) <= 40 and "," not in between:
            return mention  # said Mayor Ingrid Solheim
        if not lead and not between.strip(' ,”"') and _said_after(text, mention):
            return mention  # Solheim said
    return None


def _read_out_for(text: Text, reader: Mention, spoken: Mentions) -> tuple[Person, str] | None:
    """ "…,” said Laine, reading a statement from Virtanen: the words are Virtanen's."""
    sentence = text.sentence_at(reader.span.start)
    cue = _READING_FROM.match(text.text, reader.span.end, sentence.end)
    if cue is None:
        return None
    for mention in spoken.starting_in(Span(cue.end(), sentence.end))[:1]:
        return mention.person, f"Read out by {reader.person.name}"
    return None


def _described(who: str, office: str, quote: Quote, spoken: Mentions) -> Person | None:
    """ "the Norwegian minister said": the person last named before the quote whose title has
    that office and whose country the words name."""
    country = gazetteer().country_named(who.strip()) if who.strip() else None
    for mention in spoken.ending_by(quote.opening):
        person = mention.person
        if person.title is None:
            continue
        if office.casefold() not in person.title.casefold():
            continue
        if country is None or (person.party is not None and person.party.key == country.key):
            return person
    return None


def _said_after(text: Text, mention: Mention) -> bool:
    return bool(re.compile(rf"[ ]{_SPEECH_VERB}\b").match(text.text, mention.span.end))


def _speaker_before(text: Text, quote: Quote, spoken: Mentions) -> Person | None:
    sentence = text.sentence_at(quote.opening)
    for mention in spoken.starting_in(Span(sentence.start, quote.opening)):
        if not _PREPOSITION_BEFORE.search(text.text, sentence.start, mention.span.start):
            return mention.person
    if _LEADING_PRONOUN.match(text.text, sentence.start, quote.opening):
        return _last_named_before(sentence.start, spoken)
    described = _DESCRIBED_SAID.search(text.text, sentence.start, quote.opening)
    if described:  # "Asked about delays, the chancellor said: …"
        return _described(described.group("who"), described.group("office"), quote, spoken)
    return None


def _last_named_before(offset: int, spoken: Mentions) -> Person | None:
    return next((mention.person for mention in spoken.ending_by(offset)), None)
