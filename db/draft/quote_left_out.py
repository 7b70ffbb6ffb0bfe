"""Quotes that no one the report names said, left out rather than given to the nearest name:
words of a document, a theme or a term glossed ("themed “…”", "the declaration said “…”", "“…,”
meaning “…”"), of someone unnamed ("an official said", "a lawmaker who said"), a question put to
the sentence's subject ("Asked by a reporter, “…?”, X said no"), a source's report of what the
one named before will do ("X “will leave on Friday,” the agency reported"), and a quote whose
sentence names another before the speaker named after it ("Berg called it “a dead end”, said
Lund": whose words?), and a word quoted after a people's adjective ("condemned Israeli
“aggression”"), the label one side puts on another's deeds, which the marks hold at a distance.
"""

from __future__ import annotations

import re

from db.draft.attribution_words import (
    QUOTE_SPEECH_VERB,
)
from db.draft.countries import gazetteer
from db.draft.lazy_regex import lazy_compile
from db.draft.model import Mention, Mentions, Person
from db.draft.quote_after import attributing_sentence, named_set_off_after
from db.draft.quote_marks import Quote, quoted_words
from db.draft.referents import (
    said_after,
)
from db.draft.text import Span, Text

# An age the text gives someone named: "X, 61, said", "the 61-year-old Swedish Prime Minister X"
_AGE_SET_OFF = lazy_compile(r"(?:,[ ]\d{1,3})?")  # "X, 61, a veteran …": the age between
REPORTS_SPEECH = lazy_compile(rf"\b(?:{QUOTE_SPEECH_VERB}|saying|adding)\b")
# Someone the report does not name: "a lawmaker who said", "an official said", "Western
# diplomats said" (not "a message sent to delegates", the words of one who sent it).
_UNNAMED = (
    r"(?:(?:a|an|one|another|two|three|several|some)[ ]"
    r"(?:(?!(?:to|for|with|by|from|at|in|on|into)[ ])[\w-]+[ ]){0,4}?"
    r"(?:officials?|diplomats?|lawmakers?|sources?|analysts?|spokes(?:man|woman|person)"
    r"|delegates?|ministers?|aides?|advis[eo]rs?|members?|persons?|people|observers?|experts?"
    r"|participants?|politicians?|legislators?|negotiators?|residents?|protesters?|leaders?)"
    r"|(?:[\w-]+[ ]){0,2}?(?:officials|diplomats|sources|analysts|observers|experts|critics"
    r"|aides|advis[eo]rs|negotiators|residents|protesters|organi[sz]ers))"
)
UNNAMED_AFTER = lazy_compile(
    rf"[\s,”\"]*(?:(?:{QUOTE_SPEECH_VERB})[ ])?{_UNNAMED}\b", re.IGNORECASE
)
_UNNAMED_BEFORE = lazy_compile(
    r"(?<!\bas[ ])(?<!\bto[ ])(?<!\bby[ ])(?<!\bof[ ])(?<!\bfor[ ])(?<!\bwith[ ])(?<!\bfrom[ ])"
    rf"\b(?P<who>{_UNNAMED})\b[^“\"”.;]{{0,80}}?[ ](?P<verb>{QUOTE_SPEECH_VERB})\b[^“\"”]{{0,40}}$",
    re.IGNORECASE,
)
# Someone unnamed whose own clause says the words, wherever the phrase stands in the
# sentence: "X was joined by a lawmaker who said", "X met farmers who had told him" (but "X, a
# veteran who said", set off after a name, describes X).
_UNNAMED_WHO_SAID = lazy_compile(
    r"(?P<who>\b(?:[Aa]n?|[Oo]ne|[Aa]nother|[Ss]ome|[Ss]everal|[Mm]any|[Oo]ther|two|three|four)"
    r"[ ](?:[\w-]+[ ]){0,3}?[a-z][\w-]*|\b[a-z][\w-]*s)[ ]who[ ]"
    rf"(?:(?:[a-z]+ly|also|later|then|has|had|have)[ ])*(?:{QUOTE_SPEECH_VERB})\b[^“\"”]{{0,80}}$"
)
# The word right before a quote's opening mark: "Israeli" in "condemned Israeli “aggression”".
_WORD_BEFORE = lazy_compile(r"([A-Z][\w-]*)[ ]$")
# A phrase opening a sentence with a question put to its subject: "Asked by a reporter, “…?”,
# X said no", "When asked “…?”".
_ASKED_OPENING = lazy_compile(r"\s*(?:When[ ]|On[ ]being[ ])?(?:[Aa]sked|[Qq]uestioned)\b")
# Someone unnamed saying the words in a clause that ends a sentence about someone else: "X met
# Y, with officials saying they would “…”" (but "X met officials, saying “…”" is X speaking).
_WITH_UNNAMED_SAYING = lazy_compile(
    rf"\bwith[ ]{_UNNAMED}[ ](?:saying|adding)\b[^“\"”]{{0,40}}$", re.IGNORECASE
)
# Words quoted from a document, a theme or a slogan, not spoken: "themed “…”", "the
# declaration said “…”", "“…,” the statement read", "the so-called “…”".
_DOCUMENT = (
    r"(?:declaration|communiqu[eé]|statement|document|resolution|text|agreement|treaty|charter"
    r"|report|letter|plan|roadmap|decision|note|pact|accord|compact|protocol|memorandum)"
)
_DOCUMENT_VERB = (
    r"(?:said|says|stated|states|read|reads|noted|notes|called[ ]for|calls[ ]for|urged|urges"
    r"|stressed|stresses|affirmed|reaffirmed|pledged|pledges|declared|described)"
)
_DOCUMENT_PARTICIPLE = (
    r"(?:calling[ ]for|urging|stressing|stating|pledging|affirming|reaffirming|declaring"
    r"|noting|demanding)"
)
# Participles a document's words go on with that one's own statement or letter may go on with
# too ("issued a statement saying “…”" is one's own): "a report warning of “…”"
_OTHERS_DOCUMENT_PARTICIPLE = r"(?:saying|warning|committing|describing|condemning|welcoming)"
_OWN_DOCUMENT = r"(?:statement|letter|note)"
# Documents one reads out as no words of one's own ("read a statement: “…”" may be one's own).
_DOCUMENT_READ = r"(?:declaration|communiqu[eé]|resolution|text|agreement|treaty|charter|document)"
_DOCUMENT_BEFORE = lazy_compile(
    r"(?:\b(?:themed|theme|titled|entitled|slogan|motto|dubbed|banner|hashtag|headlined"
    r"|so-called|known[ ]as|meaning|(?:the|a)[ ](?:term|word|phrase|proverb|expression))"
    r"(?:[ ](?:was|is|of|as))?[ :,]*"
    # (not "a statement in which he said": the words of the one who issued it)
    rf"|\b{_DOCUMENT}(?![ ]in[ ]which[ ](?:he|she)\b)(?:[ ][\w-]+){{0,3}}?[ ]{_DOCUMENT_VERB}\b"
    r"[^“\"”]{0,40}"
    # "signed a declaration calling for “…”", "read out the communique: “…”"
    rf"|\b{_DOCUMENT}[ ]{_DOCUMENT_PARTICIPLE}\b[^“\"”]{{0,40}}"
    rf"|\b(?!{_OWN_DOCUMENT}\b){_DOCUMENT}[ ]{_OTHERS_DOCUMENT_PARTICIPLE}\b[^“\"”]{{0,40}}"
    rf"|\bread(?:[ ]out)?[ ](?:from[ ])?(?:the|a|an|its|their)[ ](?:[\w-]+[ ]){{0,3}}?"
    rf"{_DOCUMENT_READ}\b[^“\"”]{{0,40}})$",
    re.IGNORECASE,
)
# A sentence that glosses quoted words ("“…,” a term for …", "“…,” meaning “…”") is about
# words, not speech: none of its quotes is said by anyone it names.
_GLOSSES_A_TERM = lazy_compile(
    r"[”\"],?[ ](?:(?:a|an)[ ](?:[\w-]+[ ]){0,3}?"
    r"(?:term|word|proverb|phrase|expression|saying|idiom|motto|slogan)s?\b|meaning[ ][“\"])",
    re.IGNORECASE,
)
_DOCUMENT_AFTER = lazy_compile(
    rf"[\s,”\"]*(?:the|a|an|its|their)[ ](?:[\w-]+[ ]){{0,3}}?{_DOCUMENT}[ ]{_DOCUMENT_VERB}\b",
    re.IGNORECASE,
)
# "…,” KUNA reported", "…,” the state news agency reported": a source reports the words
_SOURCE_REPORTED = lazy_compile(
    r",?[ ](?!(?:he|she|they|it|we|I)[ ])(?:[\w’'.-]+[ ]){1,6}?report(?:ed|s)\b"
)


def reported_by_a_source(text: Text, quote: Quote, spoken: Mentions) -> bool:
    """Whether the words right after the quote give it to a source that names no person ("…,”
    KUNA reported", "…,” the agency reported") and no one speaks before it: the words are its
    report of what the one named before the quote will do, not theirs."""
    sentence = attributing_sentence(text, quote)
    source = _SOURCE_REPORTED.match(text.text, quote.closing + 1, sentence.end)
    return (
        source is not None
        and not spoken.starting_in(Span(source.start(), source.end()))
        # "X told the summit that …“…”, KUNA reported": X's words, which the agency reports
        and not REPORTS_SPEECH.search(text.text, sentence.start, quote.opening)
    )


def not_a_named_persons(text: Text, quote: Quote, spoken: Mentions) -> bool:
    """Words a document or an unnamed person gave: they get no named speaker. A description
    set off after a name is that person's ("X, a Palestinian negotiator, said")."""
    first = text.sentence_at(quote.opening)
    last = text.sentence_at(max(quote.opening, quote.closing - 1))
    after = quote.closing + 1
    unnamed = _UNNAMED_BEFORE.search(text.text, first.start, quote.opening)
    if unnamed and _describes_one_named(text, unnamed.start(), first, spoken):
        unnamed = None
    if unnamed and _names_who_speaks_after(text, unnamed.end("who"), unnamed.start("verb"), spoken):
        unnamed = None  # "Noting that several members share borders, X said": X speaks
    if unnamed and spoken.starting_in(Span(unnamed.end("who"), unnamed.end("who") + 2)):
        unnamed = None  # "a move Prime Minister X said …": the words name whom they describe
    unnamed_who = _UNNAMED_WHO_SAID.search(text.text, first.start, quote.opening)
    if unnamed_who and _describes_one_named(text, unnamed_who.start("who"), first, spoken):
        unnamed_who = None
    return bool(
        _DOCUMENT_BEFORE.search(text.text, first.start, quote.opening)
        or unnamed
        or unnamed_who
        or _put_to_the_subject(text, quote, first, spoken)
        or _WITH_UNNAMED_SAYING.search(text.text, first.start, quote.opening)
        or _DOCUMENT_AFTER.match(text.text, after, last.end)
        or _GLOSSES_A_TERM.search(text.text, first.start, last.end)
        or _unnamed_after(text, after, last.end, spoken)
        or _a_sides_label(text, quote)
    )


def _a_sides_label(text: Text, quote: Quote) -> bool:
    """Whether the quote is one word after a people's adjective ("Israeli “aggression”",
    "Peruvian “occupation”"): a label one side puts on another's deeds that the marks keep at
    a distance, no words the speaker gave."""
    if " " in quoted_words(text.text, quote).strip():
        return False
    before = _WORD_BEFORE.search(text.text, max(0, quote.opening - 40), quote.opening)
    if before is None:
        return False
    return gazetteer().is_demonym(before.group(1))


def _unnamed_after(text: Text, after: int, end: int, spoken: Mentions) -> bool:
    """Whether someone unnamed speaks after the quote ("…,” a senior official said"), not
    one named after their description ("…,” a triumphant Foreign Minister X told")."""
    unnamed = UNNAMED_AFTER.match(text.text, after, end)
    return (
        unnamed is not None
        and not spoken.starting_in(Span(unnamed.end(), unnamed.end() + 2))
        and named_set_off_after(text, after, end, spoken) is None
    )


def _put_to_the_subject(text: Text, quote: Quote, sentence: Span, spoken: Mentions) -> bool:
    """Whether the quote is a question put to the sentence's subject in the phrase opening it
    ("Asked by a reporter, “Will you stay?”, X said no"): the asker's words, not the subject's
    (not "Asked about it, X said: “…”" nor "Asked if it holds, “It will,” X said": answers)."""
    asked = _ASKED_OPENING.match(text.text, sentence.start, quote.opening)
    return bool(
        asked
        and quoted_words(text.text, quote).endswith("?")
        and not spoken.starting_in(Span(asked.end(), quote.opening))
        and not re.search(rf"\b{QUOTE_SPEECH_VERB}\b", text.text[asked.end() : quote.opening])
    )


def _describes_one_named(text: Text, start: int, sentence: Span, spoken: Mentions) -> bool:
    """Whether the words at ``start`` are set off just after a name, as a description of the
    one it names: "X, a veteran who said …", "X, 61, a veteran who said …"."""
    if text.text[start - 2 : start] != ", ":
        return False
    named = spoken.starting_in(Span(sentence.start, start))
    return (
        bool(named) and _AGE_SET_OFF.fullmatch(text.text, named[-1].span.end, start - 2) is not None
    )


def _names_who_speaks_after(text: Text, start: int, end: int, spoken: Mentions) -> bool:
    """Whether a clause after ``start`` and a comma names someone who speaks before ``end``."""
    return any(
        "," in text.text[start : mention.span.start] and said_after(text, mention)
        for mention in spoken.starting_in(Span(start, end))
    )


def another_named_before(
    text: Text, quote: Quote, speaker: Person | Mention, spoken: Mentions
) -> bool:
    """Whether the quote's sentence names someone other than the speaker named after the
    quote before it: the words may be theirs, as the speaker reports them."""
    person = speaker.person if isinstance(speaker, Mention) else speaker
    before = Span(text.sentence_at(quote.opening).start, quote.opening)
    return any(mention.person is not person for mention in spoken.starting_in(before))
