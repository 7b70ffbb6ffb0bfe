"""The speaker named before a quote, in its sentence or in the paragraph before: looked for
when no one is named after it. Whose claim, account or message the words are is read in
quote_sources; a quote whose speaker the sentences before name is read in quote_runs_on.

Before the quote, in its sentence (or the paragraph before, ending "X said:" or "The
President said:"): someone ``quoted as saying`` or whose ``claim that``
it is; the person named just before a speech verb ("…, X previously said: “…”"), unless
joined to another by "and", "nor" or "as well as" (a joint statement) or followed by
another opening a clause of their own ("X insisted, before Y butted in: “…”");
``According to X, “…”``, or a clause
X is the source of, naming no one else and no one speaking ("According to X, Norway is
“…”", "The deal, according to X, is “…”", or as X sees it: "For X, the bloc is “…”",
X a name or an office: "For the president of Norway, …"; one according to someone unnamed is no
one's, "According to an aide, X “came to listen”"); else the first
person named who is neither the object of a preposition nor the one told, met or
addressed ("At a meeting with Lee, Moon hailed …" is Moon's, "Addressing Lee, he said"
is not Lee's; "X, the chair of the Nordic Team said" is not the team's), when that person is the sentence's subject
(or of a clause set against the one before, "…, but spokesman X denied them as “…”"; or
the one moved to speak, "That got X to say, in German, “…”")
and words between say they speak ("said", "announced", "branded", "alluded to", a
colon; a clause they report, "X also saw that …"; an opening phrase, "In his speech, X
…"; a medium of their words, "X … in a post on Facebook that …"; a predicate quoted
whole, "She also “drew attention to …”"), and no words between
give the quote to another (a passive, "X was described by Y as"; a clause of its own in
which another speaks, "whose government called it", not "arrivals which top a million";
"said critics had branded him"; words quoted from another, "X quoted Y:"; a charge,
"accusations that"; words denied, rejected, not said or asked about, "denied saying",
"never called", "declined to say whether", "dismissed reports (that) the bloc …", "X,
asked if …"; a message
another sent, "read a message from Y:", "on behalf of Y:", "on his behalf", "delivering
President Y's address"; words one recalls another saying, "recalled her father telling
her:"); a leading pronoun (its words checked as a name's), or "the leader", "the veteran
leader" or "the statesman", which refer back as a pronoun does, when words between say
they speak ("He planned “pull-aside” talks" says nothing; "The 61-year-old leader said"
is the one the text gives that age, if it gives any, as after a quote); or an office
opening the sentence, after up to two opening phrases ("the chancellor said:", "The
Queen, dressed in blue, said:", "Shortly before, in his speech, the Peruvian head of
state called for").

A list's item ("- X: “…”", "• X: “…”") is read as a sentence of its own, its bullet opening it
before its subject.
"""

from __future__ import annotations

import re

from db.draft.attribution_words import (
    DESCRIBED_SAID,
    DESCRIBED_SUBJECT,
    JOINED_BEFORE,
    LEADING_PRONOUN,
    NAME_WORD,
    OPENING_CLAUSE,
    PREPOSITION_BEFORE,
    QUOTE_SPEECH_VERB,
    REFERRING_SUBJECT,
    SAYING,
    SUBJECT_LEAD,
    SUBJECTLESS_SAYING,
)
from db.draft.countries import gazetteer
from db.draft.lazy_regex import lazy_compile
from db.draft.model import Mention, Mentions, Person
from db.draft.quote_after import ANOTHERS_BEHALF, QUOTED_AS
from db.draft.quote_marks import Quote
from db.draft.quote_runs_on import speaker_of_lead_in
from db.draft.quote_sources import (
    ACCORDING_TO_BEFORE,
    ACCORDING_TO_CLAUSE,
    CLAIM_GOES_ON,
    NAMED_AS,
    QUOTED_THEM_AS,
    SOMEONES_CLAIM,
    THEIR_MESSAGE_WAS,
    according_to,
    citer,
    heard_from,
    office_as_source,
    quoted_one,
    source_of_clause,
    their_remark,
    unnamed_source,
    words_of,
)
from db.draft.quote_speaker_names import COUNTERPART, OFFICE_OF, joined_to_another
from db.draft.referents import (
    counterpart_of,
    holder_described,
    named_as_possessive,
    office_holder,
    one_of_age,
    pronoun_referent,
    said_after,
    subject_before,
)
from db.draft.text import UPPER, Span, Text
from db.draft.titles import TITLE

# "The chief of the bloc, speaking at the opening, warned of “…”": such an office the subject.
_OFFICE_OF_SUBJECT = lazy_compile(rf"\s*(?:[^,“”\"]{{1,120}},\s){{0,2}}?{OFFICE_OF}(?=[ ,])")
_COUNTERPART_SUBJECT = lazy_compile(rf"\s*{COUNTERPART}\b")
# "X, the Chairman of the Nordic Mediation Team said": words read as a name after "of the"
# name a body, in an office set off after the subject, and say nothing.
_BODY_NAMED_BEFORE = lazy_compile(r"\b(?:of|for|at)[ ]the[ ](?:[A-Z][\w.’'-]*[ ]){0,3}$")
# A subject whose whole predicate is quoted, "She also „drew attention to …”": the verb opening
# the quoted words is theirs, reported from what they wrote or said; not a "be", which
# describes the subject in another's words ("X “was like the Maradona of politics”")
_QUOTED_PREDICATE = lazy_compile(
    r"[ ](?:(?:also|then|later|further|again|too|once[ ]more)[ ])*[“\"„«]"
    r"(?=(?!(?:is|was|are|were)[ ])[a-z]+[ ])"
)
# ", the Kremlin said", "Its ministry stated": a subject that is no named person opening a
# clause just before the quote ("at the meeting said" is no subject).
_SAID_BY_WHAT_IS_NAMED_NOT = lazy_compile(
    r"(?<![\w’'][ ])\b(?:[Tt]he|[Ii]ts|[Tt]heir)[ ](?:[^ ,.;“”\"]+[ ]){0,3}?"
    rf"(?:[a-z]+ly[ ])?(?:{QUOTE_SPEECH_VERB})\b[^“\"”.;]{{0,40}}$"
)
_NEXT_ITEM = lazy_compile(r"\n[ \t]*(?=[-*•—–][ ])")  # a line opening the next item of a list
# An aside after a subject's name that opens on a lower-case word and goes on to another
# name: "X, standing beside President Y", "X, flanked by Y", "X, after meeting Y"; not a clause
# that may make Y its subject ("X, whom Y called", "X, after Y spoke").
_SUBJECTS_ASIDE = lazy_compile(
    r",[ ](?!(?:whom|whose|which|that|who|where|when|while|as|because|although|though|since"
    r"|until|before|after|if|once|whereas)\b(?![ ][a-z]+ing\b))[a-z][^,;:“”\"]*"
)
# "…, but presidency spokesman X denied": the subject of a clause set against the one before.
_CLAUSE_SUBJECT_LEAD = lazy_compile(
    rf"(?:,[ ]|[ ])(?:but|yet|while|whereas)[ ](?:the[ ])?(?:(?:[a-z]+|{NAME_WORD})[ ]?){{0,3}}$"
)
# ", before Y", "and then Y", ", whereupon President Y": a clause another is the subject of,
# next in time, which may go on to speak ("before Y butted in: “…”")
_CLAUSE_OF_ANOTHER = lazy_compile(
    r"(?:,[ ]|[ ])(?:and[ ]|but[ ])?(?:before|then|whereupon)"
    rf"[ ](?:the[ ])?(?:(?:[{UPPER}][\w.’'-]*|(?i:{TITLE}))[ ])*$"
)
_INTRODUCES_THE_QUOTE = lazy_compile(r"[ ][a-z]+(?:[ ][a-z]+)?:\s*$")  # "Y butted in: “…”"
# "That prompted X to say: “…”": one someone or something moves to speak speaks.
_PROMPTED_BEFORE = lazy_compile(
    r"\b(?:got|gets|prompted|prompts|led|leads|moved|moves|made|makes|caused|causes)[ ]"
    r"(?:an?[ ]|the[ ])?(?:[a-z]+[ ]){0,2}(?:[A-Z][\w.’'-]*[ ])*$"
)
_TO_SAY = lazy_compile(
    r"[ ]to[ ](?:say|remark|quip|reply|respond|declare|exclaim|joke)\b[^“”\"„«.;]{0,40}"
)
# A name, with titles, as another's: "President Y's", "Y's"
_NAMED_OWNER = rf"(?:[{UPPER}][\w.-]*[ ]){{0,4}}[{UPPER}][\w.-]*['’]s?"
# Words between a subject and a quote that make the quote another's: a passive ("X was
# described by Y as", "X was asked whether"), a clause of its own ("X, whose government has
# called it", "X said critics had branded him"), someone's charge ("accusations that"), a
# message another sent ("X read a message from Y:", "X spoke on behalf of Y:"), words another
# wrote or said ("X quoted Y:").
_SAID_TO_OR_BY_ANOTHER = lazy_compile(
    r"\b(?:was|were|is|are|been|being)[ ](?:[a-z]+ly[ ])?(?:described|called|branded|labell?ed"
    r"|dubbed|termed|hailed|praised|asked|told|urged|accused|critici[sz]ed|welcomed"
    r"|thanked|named|warned|reminded)\b"
    # (not "a speech in which he said": the subject's own words)
    r"|\b(?:whose|which)\b(?!(?<=\bin[ ]which)[ ](?:he|she)[ ])[^“”\"]*?"
    r"\b(?:said|says|called|calls|described|describes|branded"
    r"|labell?ed|dubbed|termed|named|known|referred|puts?|sees?|saw)\b"
    rf"|\b(?:{QUOTE_SPEECH_VERB})[ ](?:that[ ])?(?:[a-z]+[ ]){{1,3}}(?:had|have|has)[ ]"
    r"(?:called|described|branded|labell?ed|dubbed|termed|accused)\b"
    r"|\bthat[ ](?!(?:he|she)[ ])(?:[a-z]+[ ]){1,3}(?:had|have|has)[ ]"
    r"(?:called|described|branded|labell?ed|dubbed|termed|accused)\b"
    r"|\b(?:claims?|accusations?|charges?|allegations?|suggestions?|criticism)[ ]"
    r"(?:by[ ][^“”\"]{1,60}[ ])?that\b"
    r"|\b(?:message|letter|statement|speech|note)[ ](?:from|by|of)[ ](?!his\b|her\b)"
    r"|\bon[ ]behalf[ ]of[ ](?!his\b|her\b)"
    rf"|{ANOTHERS_BEHALF}"
    # "delivering President Y's address", "reading out Y's message": words Y wrote
    rf"|\b(?:reading|read|delivering|delivered)[ ](?:out[ ])?(?:from[ ])?{_NAMED_OWNER}"
    r"[ ](?:statement|message|letter|speech|remarks|address)\b"
    r"|\bquot(?:ed|ing|es)[ ](?!as\b)(?:[A-Z]|the[ ]|an?[ ])"
    # words one recalls another saying: "recalled his father telling him", "remembered an old
    # fisherman saying", "recalled how her mother used to say"
    r"|\b(?:recall(?:s|ed)?|remember(?:s|ed)?|heard)[ ](?:how[ ])?(?:his|her|their|an?|the|one)[ ]"
    r"[^“”\"]{0,60}?\b(?:telling|saying|say|tell|told|warning)\b"
    # words one denies, rejects, will not say or is asked about: "denied saying", "never
    # called", "declined to say whether", "dismissed reports (that)", "asked if"
    r"|\bdenied[ ](?:saying|having|calling|describing)\b"
    r"|\bnever[ ](?:said|called|described|used|uttered)\b"
    r"|\b(?:declined|refused)[ ]to[ ](?:say|comment|confirm|answer)\b"
    r"|\b(?:rejected|dismissed|denied|refuted|played[ ]down|brushed[ ]aside|laughed[ ]off)[ ]"
    r"(?:the[ ])?(?:[a-z]+[ ])?(?:suggestions?|reports?|claims?|concerns?|fears?|speculation"
    r"|criticism|accusations?|allegations?|charges?|rumou?rs?|talk|notion|idea)"
    # before the clause reported, not "denied these reports as “…”", words of one's own
    rf"[ ](?:(?:that|the|a|an|his|her|its|their|he|she|it|they)\b|[{UPPER}])"
    r"|\basked[ ](?:if|whether)\b[^,“”\"]*$"  # not "X, asked whether …, said: “…”"
)
_SET_OFF_CLAUSE = lazy_compile(r",[ ](?:who|whose|which)\b[^,“”\"]*,")
_AND_ANOTHER = lazy_compile(r"[ ]and[ ]")
# "In his speech, X …": an opening phrase saying the subject speaks, whatever the verb.
_IN_THEIR_SPEECH = lazy_compile(
    r"\b(?:his|her)[ ](?:[\w-]+[ ])?(?:speech|address|remarks|statement|message|keynote)\b"
)
# "X also saw that …", "X considers that …": whatever the verb, a clause its subject reports;
# also past an aside in lower case naming no one ("X wished, before the start of the meeting,
# that …")
_VERB_THAT = lazy_compile(
    r"[ ](?:(?:also|then|later|again|[a-z]+ly)[ ])?[a-z]{3,}(?:,[ ][a-z][a-z ]{0,60},)?[ ]that\b"
)

# The countries an envoy is posted to, between the office and the name: "Special Envoy to Chile
# and Peru X" (the places checked as countries in code).
_POSTING = lazy_compile(
    r"\b(?:[Ee]nvoy|[Aa]mbassador|[Rr]epresentative)[ ](?P<to>to|for)[ ]"
    r"(?P<places>[A-Z][\w’'-]*(?:(?:,[ ]|[ ]and[ ])[A-Z][\w’'-]*){0,3})[ ]$"
)


def _lead_before_posting(text: Text, start: int, end: int) -> int:
    """Where the words before a name end once the countries an envoy is posted to are taken
    off ("Special Envoy to Chile and Peru X" leads to "Special Envoy "): those countries are
    the title's, not objects of a preposition that make the name one spoken to or of."""
    posting = _POSTING.search(text.text, max(start, end - 120), end)
    if posting is None:
        return end
    places = re.split(r",[ ]|[ ]and[ ]", posting.group("places"))
    if not all(gazetteer().country_named(place) for place in places):
        return end
    return posting.start("to")


def speaker_before(text: Text, quote: Quote, spoken: Mentions) -> Person | None:
    sentence = _item_of_a_list(text, text.sentence_at(quote.opening), quote.opening)
    before = spoken.starting_in(Span(sentence.start, quote.opening))
    if their_remark(text, sentence, quote):
        return None
    claim = SOMEONES_CLAIM.search(text.text, sentence.start, quote.opening)
    if claim and not (
        NAMED_AS.search(text.text, sentence.start, claim.end())
        and not CLAIM_GOES_ON.search(claim.group(0))
    ):
        citing = citer(text, quote, claim.start(), before)
        if citing is not None:
            return citing
        # "X rejected Y's claim that “…”" is Y's; "Brussels' claim that “…”", no one's
        owner = [m for m in before if m.span.end == claim.start()]
        return owner[0].person if owner else None
    quoted = [m for m in before if QUOTED_AS.match(text.text, m.span.end)]
    if quoted:  # "X cited Y as saying: “…”" is Y's
        return quoted[-1].person
    if QUOTED_THEM_AS.search(text.text, sentence.start, quote.opening):
        return quoted_one(text, sentence, before, spoken)
    saying = [
        m
        for m in before
        if said_after(text, m)
        and not _BODY_NAMED_BEFORE.search(text.text, sentence.start, m.span.start)
        and not _in_the_subjects_aside(text, m, before, sentence)
    ]
    if saying and JOINED_BEFORE.search(text.text, sentence.start, saying[-1].span.start):
        return None  # "X and Y said in a joint statement": words of more than one person
    if saying:  # "When asked to confirm X would attend, Y said: “…”" is Y's
        if (
            _said_to_or_by_another(text, saying[-1].span.end, quote.opening)
            or joined_to_another(text, saying[-1], spoken)
            or _another_subject_after(text, saying[-1], before, quote)
            or _another_set_against(text, saying[-1], before)
        ):
            return None
        return saying[-1].person
    if according := ACCORDING_TO_BEFORE.search(text.text, sentence.start, quote.opening):
        return according_to(text, according, sentence.start, spoken)  # "According to X, “…”"
    according = ACCORDING_TO_CLAUSE.search(text.text, sentence.start, quote.opening)
    source = according and (
        source_of_clause(text, according, before)
        or office_as_source(text, according, before, quote, spoken)
    )
    if source:
        return source
    if according and unnamed_source(according, before):
        return None  # "According to an aide, X “came to listen”": the aide's words, not X's
    heard = heard_from(text, sentence, quote, before)
    if heard is not None:
        return heard
    if (
        len(before) == 1
        and SUBJECT_LEAD.fullmatch(text.text, sentence.start, before[0].span.start)
        and THEIR_MESSAGE_WAS.fullmatch(text.text, before[0].span.end, quote.opening)
    ):
        return before[0].person  # "X's message was clear: “…”"
    if words_of(text, sentence, quote, before):
        return before[0].person  # "the words of X ring out: “…”"
    counterpart = _COUNTERPART_SUBJECT.match(text.text, sentence.start, quote.opening)
    if counterpart and not before and SAYING.search(text.text, counterpart.end(), quote.opening):
        return counterpart_of(text, counterpart, sentence.start, spoken)  # "His Norwegian …"
    referring = REFERRING_SUBJECT.match(text.text, sentence.start, quote.opening)
    if referring and not before and SAYING.search(text.text, referring.end(), quote.opening):
        # "Likewise, the leader expressed …, adding that “…”": the one just spoken of
        person = subject_before(text, sentence.start, spoken)
        age = referring.group("age")
        return one_of_age(text, age, person, spoken) if age else person
    office_of = _OFFICE_OF_SUBJECT.match(text.text, sentence.start, quote.opening)
    if (
        office_of
        and not before
        and SAYING.search(text.text, office_of.end(), quote.opening)
        and not SAYING.search(text.text, sentence.start, office_of.start("office"))
    ):  # "The head of the bloc, speaking at the opening, warned of “…”"
        holder = office_holder(text, office_of, quote.opening, spoken)
        if holder is not None:
            return holder
    subject = DESCRIBED_SUBJECT.match(text.text, sentence.start, quote.opening)
    if (
        subject
        and not _named_outside_an_opening_clause(text, sentence, before)
        and SAYING.search(text.text, subject.end(), quote.opening)
    ):
        # "The Queen, dressed in blue, arrived and, in her address, said: “…”"; but in "As
        # the spokesman said, the president will speak “…”" the words are the spokesman's
        if SAYING.search(text.text, sentence.start, subject.start("who")):
            return None
        return holder_described(
            text, subject.group("who"), subject.group("office"), quote.opening, spoken
        )
    said_by = _SAID_BY_WHAT_IS_NAMED_NOT.search(text.text, sentence.start, quote.opening)
    if said_by and not spoken.starting_in(Span(said_by.start(), quote.opening)):
        # "When X arrived, the ministry said “…”": someone else speaks, not X.
        described = DESCRIBED_SAID.match(text.text, said_by.start(), quote.opening)
        if described is None:
            return None
        return holder_described(
            text, described.group("who"), described.group("office"), quote.opening, spoken
        )
    for mention in before:
        if named_as_possessive(text, mention):
            continue
        lead = _lead_before_posting(text, sentence.start, mention.span.start)
        if not PREPOSITION_BEFORE.search(text.text, sentence.start, lead):
            if _PROMPTED_BEFORE.search(
                text.text, sentence.start, mention.span.start
            ) and _TO_SAY.fullmatch(text.text, mention.span.end, quote.opening):
                return mention.person  # "That got a gleeful X to say, in German, “…”"
            if not (
                SUBJECT_LEAD.fullmatch(text.text, sentence.start, lead)
                or _CLAUSE_SUBJECT_LEAD.search(text.text, sentence.start, lead)
            ):
                break  # "He criticized X for …, saying: “…”": X is the one spoken of
            # "X, …, was the only envoy, though Paris calls itself an “Arctic state”": a
            # subject who says nothing in the words before the quote did not say it.
            speaks = (
                SAYING.search(text.text, mention.span.end, quote.opening)
                or _quoted_predicate(text, mention.span.end, quote)
                or _IN_THEIR_SPEECH.search(text.text, sentence.start, mention.span.start)
                or _reports_a_clause(text, mention.span.end, quote.opening)
            )
            if (
                not speaks
                or _said_to_or_by_another(text, mention.span.end, quote.opening)
                or _AND_ANOTHER.match(text.text, mention.span.end)
            ):
                return None  # "X and Y's spokesman said:" is not X's alone
            return mention.person
    pronoun = LEADING_PRONOUN.match(text.text, sentence.start, quote.opening)
    if pronoun:  # "He planned “pull-aside” meetings" says nothing
        if not (
            SAYING.search(text.text, pronoun.end(), quote.opening)
            or _quoted_predicate(text, pronoun.end(), quote)
        ) or _said_to_or_by_another(text, pronoun.end(), quote.opening):
            return None  # "He was asked: “…?”", "He said critics had branded him “…”"
        return pronoun_referent(text, sentence.start, pronoun.group("pronoun"), spoken)
    described = DESCRIBED_SAID.search(text.text, sentence.start, quote.opening)
    if described:  # "Asked about delays, the chancellor said: …"
        return holder_described(
            text, described.group("who"), described.group("office"), quote.opening, spoken
        )
    if not before and SUBJECTLESS_SAYING.fullmatch(text.text, sentence.start, quote.opening):
        return subject_before(text, sentence.start, spoken)  # "Referring to X said: “…”"
    return speaker_of_lead_in(text, quote, spoken)


def _another_subject_after(
    text: Text, speaker: Mention, before: list[Mention], quote: Quote
) -> bool:
    """Whether another opens a clause of their own after the one who speaks and before the
    quote ("X insisted, before Y butted in: “…”"): the words may be theirs."""
    return any(
        _CLAUSE_OF_ANOTHER.search(text.text, speaker.span.end, mention.span.start)
        and _INTRODUCES_THE_QUOTE.fullmatch(text.text, mention.span.end, quote.opening)
        for mention in before
        if mention.span.start > speaker.span.end and mention.person is not speaker.person
    )


def _another_set_against(text: Text, speaker: Mention, before: list[Mention]) -> bool:
    """Whether another is the subject of a clause set against the speaker's after them ("X
    says “…,” while Y wants to “…”"): the words after it are not the speaker's."""
    return any(
        _CLAUSE_SUBJECT_LEAD.search(text.text, speaker.span.end, mention.span.start)
        for mention in before
        if mention.span.start > speaker.span.end and mention.person is not speaker.person
    )


def _item_of_a_list(text: Text, sentence: Span, offset: int) -> Span:
    """The list's item holding ``offset`` when a sentence runs on over items on lines of their
    own ("- X: “…” ⏎ - Y: “…”"), as the sentences are not cut there; else the sentence."""
    item = sentence.start
    for line in _NEXT_ITEM.finditer(text.text, sentence.start, offset):
        item = line.end()
    return Span(item, sentence.end) if item != sentence.start else sentence


def _in_the_subjects_aside(
    text: Text, mention: Mention, before: list[Mention], sentence: Span
) -> bool:
    """Whether the name stands in an aside set off after the sentence's subject ("X, standing
    beside President Y, the bloc's chair, told …"): the subject speaks, not Y."""
    return any(
        _SUBJECTS_ASIDE.fullmatch(text.text, subject.span.end, mention.span.start)
        and SUBJECT_LEAD.fullmatch(text.text, sentence.start, subject.span.start)
        for subject in before
        if subject.span.end < mention.span.start and subject.person is not mention.person
    )


def _quoted_predicate(text: Text, start: int, quote: Quote) -> bool:
    """Whether the quote opening at its subject's end ("She also „drew …”") is their predicate."""
    predicate = _QUOTED_PREDICATE.match(text.text, start)
    return predicate is not None and predicate.end() == quote.opening + 1


def _reports_a_clause(text: Text, start: int, end: int) -> bool:
    """ "X also saw that the gains made “…”": a clause its subject reports, in which no one
    else is said to speak ("X learned that the bloc had called it “…”")."""
    clause = _VERB_THAT.match(text.text, start, end)
    return clause is not None and not SAYING.search(text.text, clause.end(), end)


def _said_to_or_by_another(text: Text, start: int, end: int) -> bool:
    """Whether the words from a subject to its quote give the quote to another; a clause set
    off by commas ("X, whose country holds the chair, said:") is not one of them."""
    words = _SET_OFF_CLAUSE.sub(",", text.text[start:end])
    return _SAID_TO_OR_BY_ANOTHER.search(words) is not None


def _named_outside_an_opening_clause(text: Text, sentence: Span, named: list[Mention]) -> bool:
    """Whether anyone in ``named`` stands outside a clause opening the sentence: "After
    congratulating X, the chancellor asked “…”" makes the chancellor the subject, X no one
    who speaks."""
    clause = OPENING_CLAUSE.match(text.text, sentence.start, sentence.end)
    return any(clause is None or mention.span.start >= clause.end() for mention in named)
