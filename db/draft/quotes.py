"""Who said each direct quote (quote_marks finds the quotes; referents tells whom a pronoun,
an office or a description stands for).

The speaker is found, in this order, each way of reading one in a module of its own whose
docstring gives the wording it reads:

1. after the quote, in its sentence (or the next, after a quote ending "?" or "!"): "…,” said
   X", "X said", "he added", "said the Danish minister" (quote_after);
2. before the quote, in its sentence (or the paragraph before, ending "X said:"): the one who
   speaks before a speech verb or a colon (quote_before), or whose claim, account or message
   the words are, "quoted as saying", "According to X, “…”" (quote_sources);
3. the speaker of the quote before it, when the quote runs on from it (quote_runs_on);
4. for a quote standing as a sentence of its own, the subject of the sentence before it when
   that sentence tells what they said (quote_runs_on).

A quote on a line of its own under or over a line that only names someone, and words a
transcript prints under a speaker's label, are read as transcripts print them (quote_lines).
How a speaker's name and office are written on either side of a quote, offices and titles
before a name or one joined to another's, is read in quote_speaker_names.

A dateline ("BERGEN - ", "OSLO (AP) — ", "OSLO, Sept 9 (PTI) ") opens a sentence before its
subject; "X justified
(portrayed, characterised, dismissed) Y as “…”" says the words as "X described Y as" does; a
speaker may be described before the name set off by commas ("…,” the summit's host, President
X, told") or after it, in up to three parts ("…,” X, 61, a former diplomat, told"); an office
described so, "the Swedish prime minister, who flew in on Friday, told", is its holder; a
page cut in a sentence naming no one, after a quote its full stop closes, cuts no attribution.

A word setting a sentence's scene read as a name ("Yesterday, the King, …, defended") speaks
no quote. A heading glued over a sentence ("Regional goals ⏎ X used his address …") is not
its subject.

A quote is left out when no speaker is found, when the speaker named after it is not the
only person its sentence names before it ("Berg called it “a dead end”, said Lund": whose
words?), when it is a word the page cuts, when the report does not name who said it ("a
lawmaker who said", "an official said", "they said", "the spokesman for President X said";
not a group in a clause before a named speaker, "Noting that several members …, X said"),
when the words are a document's rather than a person's
("themed “…”", "the declaration said “…”", "signed a pact pledging “…”", "a report warning of
“…”", not "a statement saying “…”" of one's own, "Norway's vision of a “…”"), when they are terms
a sentence glosses ("“…,” a term for …", "“…,” meaning “…”", "known as “…”"), when they are
a name ("renamed the “Union of Nordic States”"), and when the speaker's name as read holds a
job's word ("National Security Adviser X"): a quote is never given to someone the report does
not say spoke it. A single word a named speaker says ("said it was a “difficult”
year") is a quote. What makes a quote no named person's, a document, someone unnamed or a
source's report, is read in quote_left_out.
"""

from __future__ import annotations

import bisect

from db.draft.lazy_regex import lazy_compile
from db.draft.model import Mention, Mentions, Person, Statement
from db.draft.people import People
from db.draft.quote_after import (
    QUOTING_A_NAME,
    READING_ON_ANOTHERS_BEHALF,
    READING_ONES,
    read_out_for,
    speaker_after,
    speaker_closing_the_sentence,
)
from db.draft.quote_before import speaker_before
from db.draft.quote_left_out import another_named_before, not_a_named_persons, reported_by_a_source
from db.draft.quote_lines import speaker_on_a_name_line, transcribed
from db.draft.quote_marks import Quote, quoted_words
from db.draft.quote_runs_on import (
    Attributed,
    continues,
    cut_before_named,
    cut_on_its_line,
    nothing_after,
    words_after_say_nothing,
)
from db.draft.quote_speaker_names import joined_to_another
from db.draft.text import UPPER, Span, Text

# Quoted words that are a name or a title, two words or more, each capitalised: "Organization
# of Turkic States", "Vision 2040" (not "Absolutely").
_NAME_IN_MARKS = lazy_compile(
    rf"(?:[{UPPER}\d][\w’'.-]*|of|the|and|for|on|in|to|a|an)"
    rf"(?:[ ](?:[{UPPER}\d][\w’'.-]*|of|the|and|for|on|in|to|a|an)){{1,7}}"
)
_AFTER_A_COLON = lazy_compile(r":[ ]?$")  # "X told them: “Welcome to Oslo.”"
# A job's word inside a name read ("National Security Adviser X"): the name is misread, and
# its holder's key would be no person the report names, so a quote given to it is wrong.
_OFFICE_IN_NAME = lazy_compile(
    r"\b(?:Advis[eo]r|Secretary|Minister|Spokes(?:man|woman|person)|Director|Ambassador"
    r"|Envoy|Commissioner|Senator|Governor|President|Premier|Chancellor|Chair(?:man|woman)?)"
    r"[ ]"
)
# "the African Union Commission": a word read as a name that a longer one goes on from is
# part of a body's name, no one who speaks.
_NAME_GOES_ON = lazy_compile(
    r"[ ](?:Union|Commission|Council|Assembly|Organi[sz]ation|Bank|Fund"
    r"|Forum|League|Community|Foundation|Institute|University|Party|Ministry|Administration"
    r"|Government|Group|Agency|Court|Parliament|Congress|Summit|Declaration)\b"
)
# A word that opens a sentence to set its scene: "Yesterday,", "Separately,", "Earlier,".
_SCENE_WORD = lazy_compile(
    r"[A-Z][a-z]+ly|Yesterday|Today|Tonight|Tomorrow|Meanwhile|Earlier|Later|Now|Then"
    r"|Instead|Indeed|Moreover|Furthermore|Nevertheless|Nonetheless|Thus|Hence|Afterwards"
)


def attribute_quotes(text: Text, people: People, quotes: list[Quote]) -> list[Statement]:
    """A statement for each quote of more than one word whose speaker is found."""
    quoted = _merged([quote.inner for quote in quotes])
    starts = [span.start for span in quoted]
    setting_the_scene = _words_setting_the_scene(text, people)
    spoken = Mentions(
        [
            mention
            for mention in people.mentions
            if not _inside(mention.span.start, quoted, starts)
            and not _NAME_GOES_ON.match(text.text, mention.span.end)
            and id(mention.person) not in setting_the_scene
        ]
    )
    statements: list[Statement] = []
    stated: set[tuple[int, str]] = set()  # each speaker's words, as (id of speaker, words)
    previous: Attributed | None = None
    waiting: list[Quote] = []  # paragraphs of a quote going on to where its speaker is named
    for number, quote in enumerate(quotes):
        if waiting and waiting[-1] is not quotes[number - 1]:
            waiting = []
        words = quoted_words(text.text, quote)
        if not words or (quote.cut and " " not in words):
            continue  # a word the page cuts, "trem…"
        if not_a_named_persons(text, quote, spoken):
            previous = None
            continue
        after = speaker_after(text, quote, spoken) or speaker_closing_the_sentence(
            text, quote, spoken
        )
        if after is None and reported_by_a_source(text, quote, spoken):
            previous = None
            continue  # "X “will leave on Friday,” the agency reported": the agency's words
        if after is not None and another_named_before(text, quote, after, spoken):
            previous = None
            continue  # "Berg called it “a dead end”, said Lund.": Berg's words, or Lund's?
        if isinstance(after, Mention) and joined_to_another(text, after, spoken):
            previous = None
            continue  # "…,” said Lund and Berg: the words of two
        speaker = (
            after
            or speaker_before(text, quote, spoken)
            or speaker_on_a_name_line(text, quote, spoken)
        )
        via = None
        if isinstance(speaker, Mention):  # named just after the quote: did they read it out?
            read_out = read_out_for(text, speaker, spoken)
            if read_out is None and (
                QUOTING_A_NAME.match(text.text, speaker.span.end)
                or READING_ON_ANOTHERS_BEHALF.match(text.text, speaker.span.end)
                or READING_ONES.match(text.text, speaker.span.end)
            ):
                previous = None
                continue  # "…,” X said, quoting Nelson Mandela: words of one not read as named
            speaker, via = read_out or (speaker.person, None)
        if (
            speaker is None
            and previous is not None
            and (
                not cut_before_named(text, quote, spoken) or cut_on_its_line(text, quote, previous)
            )
            and continues(text, quote, previous, spoken)
            and (nothing_after(text, quote) or words_after_say_nothing(text, quote, previous))
        ):
            speaker = previous.speaker  # “…,” she said. “… — the next quote is hers too
        if speaker is None and quote.goes_on:
            waiting.append(quote)  # “… ⏎⏎ “…,” X said: the paragraphs before are X's too
            continue
        if speaker is None or _OFFICE_IN_NAME.search(speaker.name):
            continue
        previous = Attributed(quote, speaker)
        if _NAME_IN_MARKS.fullmatch(words) and not (
            (after or _AFTER_A_COLON.search(text.text, max(0, quote.opening - 2), quote.opening))
            and _closes_an_utterance(text, quote)
        ):
            continue  # a name the speaker uses ("the “Turkic Council”"), no words of theirs
        for said in [*waiting, quote]:
            said_words = quoted_words(text.text, said)
            if (id(speaker), said_words) in stated:
                continue  # the same words printed twice (a caption repeating the body)
            stated.add((id(speaker), said_words))
            statements.append(_statement(text, said, said_words, speaker, via))
        waiting = []
    return statements + transcribed(text, spoken, stated)


def _statement(text: Text, quote: Quote, words: str, speaker: Person, via: str | None) -> Statement:
    """The statement of ``speaker`` saying ``words``, its evidence the sentences the quote
    is in."""
    first = text.sentence_at(quote.opening)
    last = text.sentence_at(max(quote.opening, quote.closing - 1))
    end = max(last.end, min(quote.closing + 1, len(text.text)))
    return Statement(speaker=speaker, text=words, evidence=Span(first.start, end), via=via)


def _closes_an_utterance(text: Text, quote: Quote) -> bool:
    """Whether the quoted words end as said words do, with their own comma or stop inside the
    marks: “Welcome to Kampala,” Lund said, but not the “Nordic Council” he named."""
    return text.text[quote.inner.start : quote.inner.end].rstrip()[-1:] in (",", ".", "!", "?")


def _words_setting_the_scene(text: Text, people: People) -> set[int]:
    """Ids of the "people" named by one word setting the scene, a time or an adverb, that
    only ever opens a sentence before a comma ("Yesterday, the Queen said …", "Separately,
    …"): they speak no quote, nor does the office set off after them, read as their title."""
    openers: dict[int, bool] = {}
    for mention in people.mentions:
        person, span = mention.person, mention.span
        opens = (
            _SCENE_WORD.fullmatch(person.name) is not None
            and text.sentence_at(span.start).start == span.start
            and text.text[span.end : span.end + 1] == ","
        )
        openers[id(person)] = openers.get(id(person), True) and opens
    return {person for person, only_opens in openers.items() if only_opens}


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
