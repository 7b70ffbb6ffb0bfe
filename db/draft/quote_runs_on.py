"""A quote whose speaker its own sentence does not name: one running on from the quote before,
or standing as a sentence of its own after one that tells what its subject said, as wire copy
runs a speaker's words on over sentences and paragraphs; and where the page is cut before the
one who spoke could be named.

The speaker of the quote before it, when the quote is in the same sentence (words after
it naming no one and saying no one speaks: "…,” said X, calling for “…” and “…”), the
next one, or is the whole of the next paragraph after a paragraph ending with that quote's
sentence; nobody else is named in between, nothing but punctuation follows it in its
sentence (words there are an attribution not understood, "…,” Bahrain’s), and the page
does not end inside it or on its line in the sentence after it ("“…” X shares this": the
words were cut before whoever said them was named), unless it opens on the line of the
quote before ("“…,” said X. “I am proud…": nothing after can name another), and it is
no question (the words after "“…?” X asked." may be the answer, another's).

For a quote standing as a sentence of its own, the subject of the sentence before it when
that sentence tells what they said and no one else named in it speaks ("X said he would
look into it. ⏎ “We have nothing to hide.”"), a subject that refers back included ("His
Excellency stressed …"), unless the page is cut there as for a quote running on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from db.draft.attribution_words import (
    DESCRIBED_SAID,
    LEADING_PRONOUN,
    PREPOSITION_BEFORE,
    PUNCTUATION_AFTER,
    QUOTE_SPEECH_VERB,
    REFERRING_SUBJECT,
    SAYING,
)
from db.draft.lazy_regex import lazy_compile
from db.draft.model import Mention, Mentions, Person
from db.draft.page_chrome import is_chrome
from db.draft.quote_left_out import REPORTS_SPEECH, UNNAMED_AFTER
from db.draft.quote_marks import Quote
from db.draft.quote_sources import ACCORDING_TO_BEFORE, according_to
from db.draft.referents import (
    holder_described,
    named_as_possessive,
    named_subject,
    said_after,
    subject_before,
)
from db.draft.text import UPPER, Span, Text

# A quote's attribution after it, up to the comma that ends it: "…,” said X, ",
# "…,” X, the bloc's chair, told reporters, "
_ATTRIBUTION_AFTER = lazy_compile(
    rf"[\s,”\"’]*(?:(?:{QUOTE_SPEECH_VERB}|[a-z]{{2,}}ed)[ ][^,“”\"]*"
    rf"|[^,“”\"]*?(?:,[ ][^,“”\"]{{1,120}},)?[ ](?:{QUOTE_SPEECH_VERB})\b[^,“”\"]*)(?=,)"
)
_TOLD = lazy_compile(
    rf"\b(?:told|telling|tells)[ ](?:[{UPPER}][\w.’'-]*[ ])*$"
)  # the one spoken to
_OPENS_SENTENCE = lazy_compile(r"[\s•*–—-]*$")
# "the Brekke speech", "the Lund years": a name standing for whose a thing is
_THE_BEFORE = lazy_compile(r"\b[Tt]he[ ]$")
_NOUN_AFTER = lazy_compile(r"[ ][a-z]+\b")


@dataclass(frozen=True)
class Attributed:
    quote: Quote
    speaker: Person


def nothing_after(text: Text, quote: Quote) -> bool:
    """Only punctuation follows the quote in its sentence: no attribution, read or not."""
    end = text.sentence_at(max(quote.opening, quote.closing - 1)).end
    return not text.text[quote.closing + 1 : end].strip(PUNCTUATION_AFTER)


def words_after_say_nothing(text: Text, quote: Quote, previous: Attributed) -> bool:
    """In a sentence that has given its speaker, a quote followed by words that name no one
    and say no one speaks: "…,” said X, calling for “…” and “…” in the years ahead." The
    words between the previous quote, past its attribution, give no one else a say either
    ("…,” said X, while critics called it “…”)."""
    sentence = text.sentence_at(quote.opening)
    if sentence != text.sentence_at(max(0, previous.quote.closing - 1)):
        return False
    attribution = _ATTRIBUTION_AFTER.match(text.text, previous.quote.closing + 1, quote.opening)
    between = text.text[
        attribution.end() if attribution else previous.quote.closing : quote.opening
    ]
    after = text.text[quote.closing + 1 : sentence.end]
    return not (
        any(not word.group(0).endswith("ing") for word in SAYING.finditer(between))
        or SAYING.search(after)
        or UNNAMED_AFTER.search(after)
        or UNNAMED_AFTER.search(between)
        or re.search(rf"[{UPPER}]", after)
    )


def cut_before_named(text: Text, quote: Quote, spoken: Mentions) -> bool:
    """Whether the page ends inside the quote, or on its line in the sentence after it before
    that sentence ends ("“…” X shares this"): the words cut may name who spoke. A sentence
    naming no one after a quote closed by a full stop ("“… terrorism.” The leaders of …")
    attributes nothing."""
    last = text.sentences[-1]
    return quote.cut or (
        text.text[last.start : last.end].rstrip()[-1:] not in '.!?”"’'
        and "\n" not in text.text[quote.closing : last.start]
        and text.sentence_index(last.start) - text.sentence_index(quote.closing) <= 1
        and not (
            text.text[quote.closing - 1] == "."
            and last.start > quote.closing
            and not spoken.starting_in(last)
        )
    )


def cut_on_its_line(text: Text, quote: Quote, previous: Attributed) -> bool:
    """A quote the page cuts that opens on the line of the one before, whose speaker that
    line named ("“…,” said X. “I am proud…"): the words run on, and nothing after them can
    name another."""
    return quote.cut and "\n" not in text.text[previous.quote.closing : quote.opening]


def _cut_on_the_line_before(text: Text, quote: Quote) -> bool:
    """A quote the page cuts that opens a sentence on the line of the sentence before ("X said
    trade would grow. “Sweden has taken a…"): the words run on that sentence's."""
    index = text.sentence_index(quote.opening)
    before = text.sentences[index - 1] if index else None
    return quote.cut and before is not None and "\n" not in text.text[before.start : quote.opening]


def continues(text: Text, quote: Quote, previous: Attributed, spoken: Mentions) -> bool:
    """Whether an unattributed quote goes on with the previous one's speaker, with nobody
    else named in between: in the same paragraph, in its sentence or opening one; or as the
    whole of the next paragraph after a paragraph that ends with the previous quote's
    sentence, as wire copy runs a speaker's words on. Words after a question ("“Will it
    last?” X asked. ⏎ “…”") may well be the answer, another's."""
    if text.text[previous.quote.closing - 1 : previous.quote.closing] == "?":
        return False
    if text.paragraph_at(quote.opening) != text.paragraph_at(previous.quote.opening):
        return _next_paragraph_is_the_quote(text, quote, previous) and not any(
            m.person is not previous.speaker and not _named_in_passing(text, m, quote.opening)
            for m in spoken.starting_in(Span(previous.quote.closing, quote.opening))
        )
    between = Span(previous.quote.closing, quote.opening)
    if any(
        m.person is not previous.speaker and not _names_whats_theirs(text, m, quote.opening)
        for m in spoken.starting_in(between)
    ):
        return False
    sentence = text.sentence_at(quote.opening)
    same_sentence = sentence == text.sentence_at(max(0, previous.quote.closing - 1))
    # the next sentence, not one after a sentence about someone else ("Officials doubted it.")
    following = text.sentence_index(quote.opening) - text.sentence_index(
        max(0, previous.quote.closing - 1)
    )
    return same_sentence or (
        following == 1 and bool(_OPENS_SENTENCE.match(text.text[sentence.start : quote.opening]))
    )


def _names_whats_theirs(text: Text, mention: Mention, end: int) -> bool:
    """Whether the name stands before a noun for what is theirs ("aired the Brekke speech")
    and nothing up to ``end`` says anyone speaks: no one new who may say the next quote."""
    return bool(
        _THE_BEFORE.search(text.text, max(0, mention.span.start - 4), mention.span.start)
        and _NOUN_AFTER.match(text.text, mention.span.end)
        and not SAYING.search(text.text, mention.span.end, end)
    )


def _named_in_passing(text: Text, mention: Mention, end: int) -> bool:
    """Whether the name is the object of a preposition and nothing up to ``end`` says anyone
    speaks ("…,” X told reporters at a news conference with Y."): Y is no new speaker."""
    sentence = text.sentence_at(mention.span.start)
    return bool(
        PREPOSITION_BEFORE.search(text.text, sentence.start, mention.span.start)
        and not REPORTS_SPEECH.search(text.text, mention.span.end, end)
    )


def _next_paragraph_is_the_quote(text: Text, quote: Quote, previous: Attributed) -> bool:
    index = text.paragraph_index(quote.opening)
    paragraph = text.paragraphs[index]
    before = index - 1
    while before > 0 and is_chrome(text[text.paragraphs[before]]):
        before -= 1  # a photo's caption or a link the page puts between the two
    last_of_previous = text.sentence_at(max(0, previous.quote.closing - 1))
    return (
        quote.opening == paragraph.start
        and text.paragraph_index(previous.quote.closing) == before
        and last_of_previous.end == text.paragraphs[before].end
        and not text.text[quote.closing + 1 : paragraph.end].strip(PUNCTUATION_AFTER)
    )


def speaker_of_lead_in(text: Text, quote: Quote, spoken: Mentions) -> Person | None:
    """A quote opening its paragraph after one that ends "X said:" or "According to X," is X's;
    so is a quote that is a sentence of its own after one telling what its subject said ("X
    said he was ready." or "He insisted that …")."""
    index = text.paragraph_index(quote.opening)
    paragraph = text.paragraphs[index]
    if paragraph.start != quote.opening or index == 0:
        return _speaker_of_reported_speech(text, quote, spoken)
    lead_in = text.paragraphs[index - 1]
    if text.text[lead_in.end - 1] not in ":,":
        return _speaker_of_reported_speech(text, quote, spoken)
    last = text.sentence_at(lead_in.end - 1)
    saying = [m for m in spoken.starting_in(last) if said_after(text, m)]
    if saying:
        return saying[-1].person
    if according := ACCORDING_TO_BEFORE.search(text.text, last.start, lead_in.end):
        return according_to(text, according, last.start, spoken)  # "According to him, ⏎ “…”"
    if LEADING_PRONOUN.match(text.text, last.start, lead_in.end):
        return subject_before(text, last.start, spoken)
    described = DESCRIBED_SAID.match(text.text, last.start, lead_in.end)
    if described:  # "The President said: ⏎ “…”"
        office = described.group("office")
        return holder_described(text, described.group("who"), office, last.start, spoken)
    return None


def _speaker_of_reported_speech(text: Text, quote: Quote, spoken: Mentions) -> Person | None:
    """The subject of the sentence before a quote that stands as a sentence of its own, when
    that sentence reports what they said, its subject is named or "he" or "she" ("They said",
    "Officials said" are no one's), and no one else named in it speaks ("X said Y told him …"
    is no one's)."""
    index = text.sentence_index(quote.opening)
    opening = text.sentences[index]
    if (
        (cut_before_named(text, quote, spoken) and not _cut_on_the_line_before(text, quote))
        or index == 0
        or not _OPENS_SENTENCE.match(text.text[opening.start : quote.opening])
        or not nothing_after(text, quote)
    ):
        return None
    sentence = text.sentences[index - 1]
    # the question "“…?” X asked." is read as two sentences of one paragraph
    asked = max(text.paragraph_at(sentence.start).start, text.sentences[max(0, index - 2)].start)
    if (
        not REPORTS_SPEECH.search(text.text, sentence.start, sentence.end)
        or "?" in (text.text[asked : sentence.end])
    ):
        return None  # after a question, the quote may be the answer, another's
    subject, _pronoun = named_subject(text, sentence, spoken)
    if subject is None and (
        LEADING_PRONOUN.match(text.text, sentence.start, sentence.end)
        or REFERRING_SUBJECT.match(text.text, sentence.start, sentence.end)
    ):
        subject = subject_before(text, sentence.start, spoken)  # "He (The leader) insisted …"
    others = [
        m
        for m in spoken.starting_in(sentence)
        if m.person is not subject
        and not _TOLD.search(text.text, sentence.start, m.span.start)
        and not _owns_what_is_spoken_of(text, m, sentence)
    ]
    return None if others else subject


def _owns_what_is_spoken_of(text: Text, mention: Mention, sentence: Span) -> bool:
    """Whether the name owns what the sentence speaks of, and nothing after it speaks ("X
    stressed Y's role in …"): Y is no one who speaks, unlike in "X said Y's aide told him"."""
    return named_as_possessive(text, mention) and not REPORTS_SPEECH.search(
        text.text, mention.span.end, sentence.end
    )
