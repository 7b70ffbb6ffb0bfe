"""Words someone named before a quote owns without being the subject who speaks them: a claim
or remark of theirs ("X rejected Y's claim that “…”", "Y's “dinosaur” jibe"), one quoted as
saying ("X's office quoted him as saying"), the source of a clause ("According to X, Norway is
“…”", "For the president of Norway, …"), one heard from ("The summit heard from X: “…”"), and
one whose message or words a colon opens ("X's message was clear: “…”", "the words of X ring
out: “…”"). quote_before reads these before looking for a subject who speaks, as they make the
words the owner's (or no one's for sure), whoever the sentence's subject is.
"""

from __future__ import annotations

import re

from db.draft.attribution_words import (
    ACCORDING_SOURCE,
    SAYING,
    SUBJECT_LEAD,
)
from db.draft.lazy_regex import lazy_compile
from db.draft.model import Mention, Mentions, Person
from db.draft.quote_marks import Quote
from db.draft.quote_speaker_names import OFFICE_OF
from db.draft.referents import (
    named_as_possessive,
    office_holder,
    pronoun_referent,
    subject_before,
)
from db.draft.text import Span, Text

# "Y's claim that “…”", "Y's claim that the war was “…”", "Y's pledge to build “…”": the words
# are the claim's owner's, not those of whoever answers it.
SOMEONES_CLAIM = lazy_compile(
    r"['’]s?[ ](?:[\w-]+[ ]){0,2}?(?:claims?|remarks?|comments?|assertions?|statements?|words"
    r"|descriptions?|calls?|warnings?|pledges?|promises?|accusations?|charges?|visions?|plans?"
    r"|ideas?|concepts?|policy|policies|slogans?|mottos?|strategy|initiatives?|doctrines?)[ ]"
    r"(?:(?:that|to)[ ][^“”\"„«,;:.]{0,80}|of[ ](?:a[ ]|an[ ]|the[ ])?|for[ ](?:a[ ]|an[ ]|the[ ])?)?$"
    r"|['’]s?[ ](?:[\w-]+[ ]){0,2}?(?:claims?|remarks?|comments?|words|warnings?|pledges?)"
    r":[ ]$"
)
# "X called Y's remarks “…”", "X termed Y's plan “…”": the quote names what Y said, in X's words.
NAMED_AS = lazy_compile(
    r"\b(?:call(?:s|ed|ing)?|term(?:s|ed|ing)?|dubb?(?:s|ed|ing)?|brand(?:s|ed|ing)?"
    r"|label(?:s|l?ed|l?ing)?|deem(?:s|ed|ing)?|found|finds|judg(?:es|ed|ing))[ ]"
    r"(?:[^ “”\"]+[ ]){1,6}$"
)
CLAIM_GOES_ON = lazy_compile(r"[ ](?:that|to|of|for)[ ]")  # "Y's claim that …", "Y's call for"
# "X opened the summit citing Y's claim that the century “is the northern era. I believe …”":
# one who cites a claim goes on in words of their own past its sentence
_CITING = lazy_compile(r"\b(?:citing|quoting|recalling|invoking|echoing)[ ]")
_SENTENCE_GOES_ON = lazy_compile(r"[.!?][ ]+[A-Z]")
# "X laughed off Y's “dinosaur” jibe", "X praised Y's “excellent” remarks": words quoted between
# an owner and a noun of speech may be the owner's or the subject's, so no one's for sure.
_SOMEONES_BEFORE_THEIR_REMARK = lazy_compile(r"['’]s?[ ]$")
_THEIR_REMARK = lazy_compile(
    r"[”\"’]?[ ](?:claims?|remarks?|comments?|jibes?|quips?|barbs?|insults?|retorts?|taunts?"
    r"|slurs?|descriptions?|warnings?|pledges?|promises?|accusations?|charges?|slogans?|mottos?"
    r"|labels?|line|phrase)\b"
)
# "X's office quoted him as saying", "state media quoted her as telling": a pronoun for whom.
QUOTED_THEM_AS = lazy_compile(
    r"\bquoted[ ](?:him|her)[ ](?:as[ ])?(?:having[ ](?:said|told)|saying|telling)\b"
)
ACCORDING_TO_BEFORE = lazy_compile(rf"\b[Aa]ccording[ ]to[ ]{ACCORDING_SOURCE},?\s*$")
_ACCORDING_TO_THEM = lazy_compile(r"[Aa]ccording[ ]to[ ](?P<pronoun>him|her)\b")
_PRONOUN_AS_SUBJECT = {"him": "he", "her": "she"}
# "According to X, Norway is “…”", "The deal, according to X, is “…”": a clause X is the
# source of, quoting X; and "For X, the bloc is “…”", opening a sentence: as X sees it
ACCORDING_TO_CLAUSE = lazy_compile(
    r"(?:\b[Aa]ccording[ ]to|(?:(?<![\s\S])|(?<=\n)|(?<=[.!?”\"][ ]))For)[ ]"
    rf"(?P<source>{ACCORDING_SOURCE}),(?P<clause>[^;“”\"]*)$"
)
_SOURCE_OFFICE = lazy_compile(OFFICE_OF)
# "X's message was clear: “…”", "X's remarks, carried by state TV, were blunt: “…”": the words
# after the colon are the owner's
THEIR_MESSAGE_WAS = lazy_compile(
    r"['’]s[ ](?:message|remarks|words|response|reply|answer|verdict|tone)"
    r"(?:[ ](?:to|for)[ ][^,“”\"]{1,40}|,[ ][^,“”\"]{1,60},)?"
    r"[ ](?:was|were)[ ](?:[a-z]+ly[ ])?(?!interrupted|drowned|met|greeted)[a-z]+:\s*"
)
# "the words of X ring out: “…”", "The message of X was clear: “…”": the owner named after
# "of", the words after the colon theirs
_THE_WORDS_OF = lazy_compile(
    r"\b(?:message|remarks|words|response|reply|answer|verdict)[ ]of[ ](?:[^ ,;.“”\"]+[ ]){0,4}$"
)
_RING_OUT = lazy_compile(r"[ ][^,;.“”\"]{1,60}:\s*")
# "The summit heard from X: “…”", "Delegates then heard from X, the chair: “…”", "The summit
# opened with a warning from X: “…”"
_HEARD_FROM = lazy_compile(
    r"\b(?:heard|an?[ ](?:[a-z]+[ ])?(?:warning|plea|appeal|reminder|rebuke))"
    r"[ ](?:[a-z]+[ ])?from[ ]"
)
# what may come between the one heard from and the quote: their office, their country
_HEARD_ONES_WORDS = lazy_compile(r"(?:,[ ][^,“”\"]{1,60}|[ ]of[ ][^ ,“”\"]+)?:\s*[“\"‘]?")


def according_to(
    text: Text, according: re.Match[str], start: int, spoken: Mentions
) -> Person | None:
    """The source of words that "According to X, “…”" or "According to him, “…”" opens
    (``according``, found by ACCORDING_TO_BEFORE in the sentence from ``start`` up to the quote
    or the end of a paragraph the quote follows): the one named (not "X's office"), or whom the
    pronoun stands for."""
    end = according.end()
    named = spoken.starting_in(Span(according.start(), end))
    if named:
        return None if named_as_possessive(text, named[0]) else named[0].person
    them = _ACCORDING_TO_THEM.match(text.text, according.start(), end)
    if them is None:
        return None
    return pronoun_referent(text, start, _PRONOUN_AS_SUBJECT[them.group("pronoun")], spoken)


def their_remark(text: Text, sentence: Span, quote: Quote) -> bool:
    """Whether the quote stands between an owner and a noun of speech ("Y's “dinosaur” jibe")."""
    return bool(
        _THEIR_REMARK.match(text.text, quote.closing + 1)
        and _SOMEONES_BEFORE_THEIR_REMARK.search(text.text, sentence.start, quote.opening)
    )


def citer(text: Text, quote: Quote, claim: int, before: list[Mention]) -> Person | None:
    """Who cites another's claim ("X …, citing Y's claim that “…”") when the quote goes on past
    the claim's first sentence: the words after it are the citer's own, not the claim's owner's,
    so the quote is theirs."""
    if not before or not _SENTENCE_GOES_ON.search(text.text, quote.opening, quote.closing):
        return None
    cue = _CITING.search(text.text, before[0].span.end, claim)
    citers = [m for m in before if cue is not None and m.span.end <= cue.start()]
    return citers[-1].person if citers else None


def words_of(text: Text, sentence: Span, quote: Quote, before: list[Mention]) -> bool:
    """Whether the one name before the quote owns the words a colon opens: "the words of X
    resonate: “…”" names whose words they are after "of", as "X's words were:" does before."""
    return (
        len(before) == 1
        and _THE_WORDS_OF.search(text.text, sentence.start, before[0].span.start) is not None
        and _RING_OUT.fullmatch(text.text, before[0].span.end, quote.opening) is not None
    )


def heard_from(text: Text, sentence: Span, quote: Quote, before: list[Mention]) -> Person | None:
    """The one the summit "heard from", or had "a warning from", just before a colon opening
    the quote: the words are theirs, not the hearers' ("The summit heard from X: “…”")."""
    heard = _HEARD_FROM.search(text.text, sentence.start, quote.opening)
    if heard is None:
        return None
    named = [mention for mention in before if mention.span.start >= heard.end()]
    if len({id(mention.person) for mention in named}) != 1:
        return None
    if not _HEARD_ONES_WORDS.fullmatch(text.text, named[-1].span.end, quote.opening):
        return None  # "heard from X and Y:", "heard from X about a warning:"
    return named[0].person


def source_of_clause(text: Text, according: re.Match[str], before: list[Mention]) -> Person | None:
    """The one person a clause is "according to" ("According to X, Norway is “…”"), when no one
    else is named in the sentence and no words in the clause give the quote to another ("the
    ministry called it")."""
    source = [
        m for m in before if according.start("source") <= m.span.start < according.end("source")
    ]
    if (
        len(source) != 1
        or named_as_possessive(text, source[0])
        or any(m.person is not source[0].person for m in before)
        or SAYING.search(according.group("clause"))
    ):
        return None
    return source[0].person


def office_as_source(
    text: Text, according: re.Match[str], before: list[Mention], quote: Quote, spoken: Mentions
) -> Person | None:
    """The holder of the office a clause is "according to" or as seen by ("For the president of
    Norway, the bloc is “…”"), when the sentence names no one and no one in it speaks."""
    office_of = _SOURCE_OFFICE.fullmatch(according.group("source"))
    if office_of is None or before or SAYING.search(according.group("clause")):
        return None
    return office_holder(text, office_of, quote.opening, spoken)


def unnamed_source(according: re.Match[str], before: list[Mention]) -> bool:
    """Whether a clause is "according to" someone the report does not name, and no one in it
    speaks: the words it quotes are that source's account, not those of whom it is about."""
    return not SAYING.search(according.group("clause")) and not any(
        according.start("source") <= m.span.start < according.end("source") for m in before
    )


def quoted_one(
    text: Text, sentence: Span, before: list[Mention], spoken: Mentions
) -> Person | None:
    """Whom "quoted him as saying" means: the one whose office or aide opens the sentence
    ("X's office quoted him as saying"), or, where it names no one, the one just spoken of
    ("State media quoted him as saying")."""
    if not before:
        return subject_before(text, sentence.start, spoken)
    owner = before[0]
    alone = all(mention.person is owner.person for mention in before)
    if (
        alone
        and named_as_possessive(text, owner)
        and SUBJECT_LEAD.fullmatch(text.text, sentence.start, owner.span.start)
    ):
        return owner.person
    return None
