"""The speaker named after a quote, in its sentence: the first place a speaker is looked for,
as news writing most often names who spoke after the words.

After the quote, in its sentence (or the next, after a quote ending "?" or "!"): ``…,” said
X`` / ``X said`` / ``X told Y`` / ``said the bloc's chair, X`` (not ``said the spokesman
for the president, X``) / ``said one delegate, X``, ``said a spokesman for Y, X`` /
``government spokesman X told`` / ``according to X`` /
``state media quoted X as saying``, ``state radio quoted the minister, X, saying`` /
any verb in the past set straight after a quote its punctuation hands on, ``…,” agreed
X``, ``estimated its chair X``, ``began the King`` (not ``signed by X``, ``angered X``,
``pushed X to``) /
``said the former …``, ``the 61-year-old said``, ``said the Danish politician`` (or
diplomat), which refer back as a pronoun does (to one holding the office it names, or of
the country it names, if any) / ``he added`` (a pronoun means the named subject of its
sentence or the one before, or the one person a passive names, "was opened by X", or
the source of one opening "According to X, …",
looking further back only past sentences whose subject is a pronoun or no person, "But
it is a blow.", and naming no one, not "It is unclear whether Y will sign.") /
``the Danish minister said``, ``said the
Danish president``, ``the Chinese leader said``, ``the Foreign Minister said``, ``the
Saudi monarch said`` (whoever reigns: a king, an emir; the office read whole, "foreign
minister" not any minister; the one person of that office and
country named before; when another of that office is named as recently, the one the
sentences before speak of, else no one; else the one person of that office whose country
the text does not give; else, for an office leading a country, the one person named for
that country whose title the text never gives; else the one just spoken of, whose title the
text never gives, when no one it names holds that office; never words that name no office) / ``the
host said`` (the one person named before as hosting: "host X", "X, who hosted …") /
``said his Norwegian counterpart`` (the one of that country holding the office of the one
just spoken of, who is of another; also opening a sentence); or the attribution closing a
sentence the quote stands inside ("Despite “…”, the bloc held, he added.", "…, said X of
the Nordic Institute.", "“Our concern” is “the north,” he said.", "…, the South African
president added, saying …").

Words someone reads out for another ("…,” said X, reading a statement from Y, or reading
from Y's message) are Y's, via X, and no one's when Y is not named ("reading on his behalf",
"reading from the president's letter"); words X quotes from one named whom the report does
not read as a person ("…,” X said, quoting Nelson Mandela) are no one's.
"""

from __future__ import annotations

import re

from db.draft.attribution_words import (
    ANY_VERB_THE_ONE_BEFORE,
    DESCRIBED_SAID,
    DESCRIPTION,
    ENDS_DESCRIPTION,
    LEADER_ONLY,
    NO_OFFICE,
    OPENING_MARKS,
    PRONOUN_SAID,
    QUOTE_SPEECH_VERB,
    SAID_THE_ONE_BEFORE,
    TITLES_ONLY,
)
from db.draft.countries import gazetteer
from db.draft.lazy_regex import lazy_compile
from db.draft.model import Mention, Mentions, Person
from db.draft.quote_marks import Quote
from db.draft.quote_speaker_names import (
    COUNTERPART,
    OFFICE_OF,
    OFFICES,
    OFFICES_SET_OFF,
    no_courtesy,
    no_description,
    only_titles,
)
from db.draft.referents import (
    counterpart_of,
    holder_described,
    holds_office,
    named_as_possessive,
    office_holder,
    office_named,
    one_of_age,
    pronoun_referent,
    said_after,
    subject_before,
)
from db.draft.text import UPPER, Span, Text
from db.draft.titles import TITLE, TITLE_PATTERN

_VERB_FIRST = lazy_compile(rf"[\s,”\"]*(?:{QUOTE_SPEECH_VERB})[ ]", re.IGNORECASE)
# "quoted X as saying", "recalled X saying", "X was quoted as saying": the words are X's,
# whoever reports them.
QUOTED_AS = lazy_compile(
    r"[ ](?:(?:was|is|has[ ]been|had[ ]been)[ ]quoted[ ](?:by[ ][^,.;“”\"]{1,60}[ ])?)?"
    r"(?:as[ ])?(?:having[ ](?:said|told|declared|stated|warned|added)|saying|telling|declaring"
    r"|stating|warning|adding)\b"
)
_QUOTES_ANOTHER = lazy_compile(r"[ ]quoted[ ](?![Hh]im\b|[Hh]er\b)")  # "X quoted Y as saying"
# "…,” state radio quoted the foreign minister, Ola Berg, saying.": a source that quotes the
# one named after it, set off or not.
_SOURCE_QUOTED = lazy_compile(r"[\s,”\"’»]*[^,“”\"]{1,40}?[ ]quoted[ ]")
_QUOTED_SAYING = lazy_compile(r",?[ ](?:as[ ])?saying\b")
# A quote's punctuation handing its words on to an attribution: ",”", "”,", "?”", "!”".
_HANDS_ON = lazy_compile(r"[,?!][”\"’]|[”\"’],")
# A verb in the past, not one with a preposition ("…”, signed by X" is no attribution).
_ANY_VERB_FIRST = lazy_compile(
    r"[\s,”\"’]*(?!(?:angered|annoyed|alarmed|surprised|shocked|worried|pleased|delighted"
    r"|upset|irritated|outraged|infuriated|frustrated|disappointed|embarrassed|impressed"
    r"|prompted|forced|led|caused|pushed|moved|touched|troubled|reassured|inspired)\b)"
    r"(?:[a-z]{2,}ed|wrote|thought|felt|began)[ ](?!by\b|in\b|on\b)"
)
# What follows a speaker named after a quote and its verb: the sentence's end, a clause set
# off, or a phrase of place or time ("…”, estimated X, at the start"), not "to" ("…”,
# pushed X to leave").
_AFTER_THE_SPEAKER = lazy_compile(
    r"\s*(?:[,.;:!?)]|$|(?:of|at|in|on|from|during|after|before|who|as|when|while|told)\b)"
)
_FORMER = lazy_compile(r"\bformer\b", re.IGNORECASE)
_AGED = lazy_compile(r"\b(\d+)-year-old\b")
# what "the 61-year-old leader", "the veteran leader" say of one: no office, no country
_AGED_ONLY = lazy_compile(r"(?:\d+-year-old|veteran)[ ]")
# "the head of state": one leading a country, of none named
_LEADER_ONLY = lazy_compile(LEADER_ONLY)
_ACCORDING_TO = lazy_compile(r"[\s,”\"]*according[ ]to[ ]", re.IGNORECASE)
_SAID_OFFICE_OF = lazy_compile(
    rf"[\s,”\"’]*(?:{QUOTE_SPEECH_VERB})[ ]{OFFICE_OF}{ENDS_DESCRIPTION}"
)
_OFFICE_OF_SAID = lazy_compile(rf"[\s,”\"’]*{OFFICE_OF}[ ](?:{QUOTE_SPEECH_VERB})\b")
_READING_FROM = lazy_compile(
    rf"(?:[ ](?:{QUOTE_SPEECH_VERB}))?,?[ ]reading[ ](?:out[ ])?(?:a|the|his|her|their)[ ]"
    r"(?:statement|message|letter|speech)[ ](?:from|by|of)[ ]"
)
# "…,” X said, reading from Y's message", "delivering the president's address": Y's words
READING_ONES = lazy_compile(
    rf"(?:[ ](?:{QUOTE_SPEECH_VERB}))?,?[ ](?:reading|delivering)[ ](?:out[ ])?(?:from[ ])?"
    r"(?P<owner>[^,.;“”\"]{1,60}?)['’]s?[ ]"
    r"(?:statement|message|letter|speech|remarks|address)\b"
)
# "…,” said X, quoting Y" or "…,” X said, citing Y": words X says are Y's.
_QUOTING = lazy_compile(rf"(?:[ ](?:{QUOTE_SPEECH_VERB}))?,[ ](?:quoting|citing)[ ]")
# "…,” X said, quoting (the late President) Nelson Mandela": a name, read as a person or not
QUOTING_A_NAME = lazy_compile(
    rf"(?:[ ](?:{QUOTE_SPEECH_VERB}))?,[ ]quoting[ ](?:the[ ](?:late[ ])?)?(?:(?i:{TITLE})[ ])*"
    rf"[{UPPER}][\w.’'-]+"
)
_DESCRIBED_AFTER_VERB = lazy_compile(rf"{DESCRIPTION}(?=[,.;]|[ ]who\b|$)")
_SAID_COUNTERPART = lazy_compile(rf"[\s,”\"]*(?:{QUOTE_SPEECH_VERB})[ ]{COUNTERPART}(?=[.;]|$)")
_COUNTERPART_SAID = lazy_compile(rf"[\s,”\"]*{COUNTERPART}[ ](?:{QUOTE_SPEECH_VERB})\b")
_SAID_DESCRIBED = lazy_compile(
    rf"[\s,”\"]*(?:{QUOTE_SPEECH_VERB})[ ]{DESCRIPTION}{ENDS_DESCRIPTION}"
)
# "…,” said the bloc's chairman, X", "said one delegate, X": the name set off after the
# description says it.
_SAID_DESCRIPTION_THEN_NAME = lazy_compile(
    rf"[\s,”\"]*(?:{QUOTE_SPEECH_VERB})[ ](?:the[ ]|an?[ ]|one[ ]|[\w.-]+['’]s[ ])[^,.;“”\"]{{1,60}},[ ]"
)
_SERVES_AN_OFFICE = lazy_compile(
    rf"\b(?:for|to|of)[ ](?:the[ ])?(?:[\w-]+[ ])?(?i:{TITLE}),[ ]$", re.IGNORECASE
)
# ", saying the plan was central": the speaker's own words going on after an attribution
# ", adding that …", ", adding that “…”": more the speaker said, which may be quoted too
_SAYING_MORE = (
    r"(?:,[ ](?:saying|adding|noting|stressing)\b[^“”\"]*(?:[“\"][^“”\"]*[”\"][^“”\"]*)?)"
)
# ", he added, according to the news agency." closing a sentence a quote stands inside.
_CLOSING_ATTRIBUTION = lazy_compile(
    rf",[”\"’]?[ ](?:(?P<pronoun>he|she)|(?P<name>(?:[{UPPER}][\w.’'-]*[ ]){{1,4}}))"
    rf"[ ]?(?P<verb>{QUOTE_SPEECH_VERB})(?:,[ ]according[ ]to[ ][^,.;“”\"()]{{1,60}}(?:[ ]\([^()]{{1,30}}\))?)?"
    rf"{_SAYING_MORE}?[.]?\s*$"
)
# "…, the Kenyan president added(, saying …)." closing it with an office the text named.
_CLOSING_DESCRIBED = lazy_compile(
    rf",[”\"’]?[ ]the[ ](?P<who>(?:[^ ,.;“”\"]+[ ]){{0,2}}?)(?P<office>(?i:{TITLE}))"
    rf"[ ](?:{QUOTE_SPEECH_VERB}){_SAYING_MORE}?[.]?\s*$"
)
# "…, the chief of the bloc said." closing it so.
_CLOSING_OFFICE_OF = lazy_compile(
    rf",[”\"’]?[ ]{OFFICE_OF}[ ](?:{QUOTE_SPEECH_VERB}){_SAYING_MORE}?[.]?\s*$"
)
# "…, said Lund of the Nordic Institute." or "…, said Lund, a former envoy." closing it so, or
# "…, said Lund, noting that …", however long what more they said.
_CLOSING_SAID_NAME = lazy_compile(
    rf",[ ](?:said|says|added|adds)[ ](?P<name>(?:[{UPPER}][\w.’'-]*[ ]?){{1,5}}?)"
    rf"(?:[ ]of[ ][^,.;“”\"]{{1,60}}|{_SAYING_MORE}|,[ ][^.;“”\"]{{1,80}})?[.]?\s*$"
)
# "on his behalf", "on the king's behalf" (not "on his own behalf"): words read out for another,
# whom a pronoun or a possessive names.
ANOTHERS_BEHALF = r"\bon[ ](?:his|her|their|(?:the[ ])?[\w.-]+(?:[ ][\w.-]+){0,3}['’]s?)[ ]behalf\b"
# "…,” X said, reading a statement on his behalf": the words are another's, read out by X
READING_ON_ANOTHERS_BEHALF = lazy_compile(
    rf"(?:[ ](?:{QUOTE_SPEECH_VERB}))?,[ ][^,.;“”\"]{{0,60}}?{ANOTHERS_BEHALF}"
)
# "the spokesman for President X", "an aide to X": the words just before a name make it the
# one whom an unnamed speaker serves ("Minister for Foreign Affairs X" is an office's name).
_SOMEONE_FOR = lazy_compile(
    rf"\b[a-z]+[ ](?:for|to)[ ](?:(?:[{UPPER}][\w.’'-]*|(?i:{TITLE}))[ ])*?(?:(?i:{TITLE})[ ])?$"
)


def named_set_off_after(text: Text, after: int, end: int, spoken: Mentions) -> Mention | None:
    """The one named after a description set off after the quote's verb ("…,” said the bloc's
    chair, (President) X", "said one delegate, X"); not "X's aide", not one the description
    serves ("said the spokesman for the president, X": X is the president)."""
    set_off = _SAID_DESCRIPTION_THEN_NAME.match(text.text, after, end)
    if set_off is None or _SERVES_AN_OFFICE.search(set_off.group(0)):
        return None
    named = spoken.starting_in(Span(set_off.end(), end))[:1]
    if (
        named
        and TITLES_ONLY.fullmatch(text.text, set_off.end(), named[0].span.start)
        and not named_as_possessive(text, named[0])  # "said a delegate, X's aide"
    ):
        return named[0]
    return None


def named_standing_alone_after(text: Text, sentence: Span, spoken: Mentions) -> Mention | None:
    """The one named as the whole of the sentence after ("…,” he said. Chilean president X."):
    a translation split the name off the pronoun it stands for, so "he" is this one, not the
    one spoken of before."""
    index = text.sentence_index(sentence.start) + 1
    if index >= len(text.sentences):
        return None
    following = text.sentences[index]
    if text.paragraph_index(following.start) != text.paragraph_index(sentence.start):
        return None
    named = spoken.starting_in(following)
    if len(named) != 1 or text.text[named[0].span.end : following.end].strip() != ".":
        return None
    return named[0] if only_titles(text.text[following.start : named[0].span.start]) else None


def speaker_after(text: Text, quote: Quote, spoken: Mentions) -> Person | Mention | None:
    """The speaker named in the quote's sentence after it; a name there comes as its Mention."""
    sentence = attributing_sentence(text, quote)
    after = quote.closing + 1
    if after >= sentence.end:
        return None
    pronoun_said = PRONOUN_SAID.match(text.text, after, sentence.end)
    if pronoun_said:
        standing = named_standing_alone_after(text, sentence, spoken)
        if standing is not None:
            return standing  # "…,” he said in that regard. Chilean president X.
        return pronoun_referent(text, quote.opening, pronoun_said.group("pronoun"), spoken)
    set_off = _SAID_DESCRIPTION_THEN_NAME.match(text.text, after, sentence.end)
    if set_off:
        if _SERVES_AN_OFFICE.search(set_off.group(0)):
            return None  # said the spokesman for the president, X: X is the president
        named = named_set_off_after(text, after, sentence.end, spoken)
        if named is not None:
            return named  # said the bloc's chair, (President) X
    office_of = _SAID_OFFICE_OF.match(text.text, after, sentence.end) or _OFFICE_OF_SAID.match(
        text.text, after, sentence.end
    )
    holder = (
        office_holder(text, office_of, quote.opening, spoken, running_on=True)
        if office_of and not spoken.starting_in(Span(office_of.start("office"), office_of.end()))
        else None
    )
    if holder is not None:  # else "said the Prince of Wales", read below
        return holder
    counterpart = _SAID_COUNTERPART.match(
        text.text, after, sentence.end
    ) or _COUNTERPART_SAID.match(text.text, after, sentence.end)
    if counterpart:  # "…,” said his Norwegian counterpart
        return counterpart_of(text, counterpart, quote.opening, spoken)
    described = (
        DESCRIBED_SAID.match(text.text, after, sentence.end)
        or _SAID_DESCRIBED.match(text.text, after, sentence.end)
        or _any_verb_described(text, quote, sentence)
    )
    if (
        described
        and not re.fullmatch(  # "the Danish diplomat", not "Denmark's top diplomat"
            NO_OFFICE, office_named(described.group("who").split(), described.group("office"))
        )
        and not spoken.starting_in(Span(described.start("who"), described.end()))
    ):
        # "said the Kenyan leader", not "said Kenya's Ruto" nor "said its chair Ana Lopes",
        # whose names are read below
        holder = holder_described(
            text,
            described.group("who"),
            described.group("office"),
            quote.opening,
            spoken,
            running_on=True,
        )
        if holder is not None or not (
            _FORMER.search(described.group("who"))
            or _AGED_ONLY.fullmatch(described.group("who"))
            or _LEADER_ONLY.fullmatch(described.group("who") + described.group("office"))
        ):
            return holder
        # "said the former Dutch prime minister", "the 61-year-old leader said": no one named
        # holds it, but the one spoken of may have held it, or be of that age (or a veteran),
        # or lead a country ("said the head of state"), as read below
    referring = SAID_THE_ONE_BEFORE.match(text.text, after, sentence.end) or (
        _HANDS_ON.search(text.text, max(0, quote.closing - 1), quote.closing + 2)
        and ANY_VERB_THE_ONE_BEFORE.match(text.text, after, sentence.end)
    )
    if referring:  # "…,” said the former envoy: the one just spoken of, if an envoy
        person = subject_before(text, quote.opening, spoken)
        age = _AGED.search(referring.group(0))
        if age:  # "said the 61-year-old": the one the text gives that age, if it gives any
            person = one_of_age(text, age.group(1), person, spoken)
        office = TITLE_PATTERN.search(referring.group(0))
        of = re.search(rf"(\w+)[ ]{NO_OFFICE}", referring.group(0))
        country = gazetteer().country_named(of.group(1)) if of else None
        if country and not (person and person.party and person.party.key == country.key):
            return None  # "said the Danish diplomat" after a Norwegian spoke
        former = _FORMER.search(referring.group(0))
        fits = office is None or (
            person is not None
            and person.title is not None
            and holds_office(
                person.title,
                office.group(0).casefold().removeprefix("former ").removeprefix("former-"),
                leads_a_country=not former,  # "the 61-year-old leader", "the veteran leader"
            )
        )
        once_of = gazetteer().find(referring.group(0)) if former else []
        if once_of and person is not None:
            # "said the former Dutch prime minister" of the alliance's chief: an office held
            # before, by one of that country
            party = person.party
            fits = not (party and party.is_country) or party.key == once_of[0].country.key
        return person if fits else None
    lead = _VERB_FIRST.match(text.text, after, sentence.end) or _ACCORDING_TO.match(
        text.text, after, sentence.end
    )
    any_verb = None if lead else _any_verb_first(text, quote, sentence)
    opening = lead or any_verb
    window = Span(opening.end() if opening else after, sentence.end)
    for mention in spoken.starting_in(window):
        if named_as_possessive(text, mention):
            continue  # said Lund's spokesman Ivan Petrov: the spokesman said it
        if _QUOTES_ANOTHER.match(text.text, mention.span.end):
            continue  # Lund quoted Solheim as saying: Solheim said it, if read so below
        between = text.text[window.start : mention.span.start]
        if _SOMEONE_FOR.search(between) or _SERVES_AN_OFFICE.search(between):
            return None  # the spokesman for (the president,) Lund said: the spokesman said it
        if any_verb:  # "…,” agreed Lund; estimated its chair Ingrid Solheim
            speaks = OFFICES_SET_OFF.fullmatch(no_courtesy(between)) and (
                _AFTER_THE_SPEAKER.match(text.text, mention.span.end)
            )
            return mention if speaks else None
        if lead and OFFICES_SET_OFF.fullmatch(no_courtesy(between)):
            return mention  # wrote President, Dr. Ingrid Solheim
        if lead and "," not in between and (len(between) <= 40 or OFFICES.fullmatch(between)):
            return mention  # said Mayor Ingrid Solheim; said Bloc Chair and President of X Y
        if not lead and said_after(text, mention) and only_titles(no_description(between)):
            return mention  # Solheim said; government spokesman Ivan Petrov told
        if QUOTED_AS.match(text.text, mention.span.end) and "," not in between.lstrip(" ,"):
            return mention  # state media quoted Solheim as saying
        quoted = _SOURCE_QUOTED.match(between)
        if (
            quoted
            and OFFICES_SET_OFF.fullmatch(no_courtesy(between[quoted.end() :]))
            and _QUOTED_SAYING.match(text.text, mention.span.end)
        ):
            return mention  # state radio quoted the foreign minister, Ola Berg, saying
        return None
    return None


def _any_verb_first(text: Text, quote: Quote, sentence: Span) -> re.Match[str] | None:
    """A verb in the past set straight after a quote whose words its punctuation hands on
    ("…,” agreed X", "…?” wondered X"): whatever the verb, the one named next says them."""
    if not _HANDS_ON.search(text.text, max(0, quote.closing - 1), quote.closing + 2):
        return None
    return _ANY_VERB_FIRST.match(text.text, quote.closing + 1, sentence.end)


def _any_verb_described(text: Text, quote: Quote, sentence: Span) -> re.Match[str] | None:
    """An office after such a verb ("…,” began the King"): it stands for its holder as after
    "said"."""
    verb = _any_verb_first(text, quote, sentence)
    return _DESCRIBED_AFTER_VERB.match(text.text, verb.end(), sentence.end) if verb else None


def speaker_closing_the_sentence(text: Text, quote: Quote, spoken: Mentions) -> Person | None:
    """ "Despite “…” this year, the bloc held together, he added." or "…, Lund said.": words
    quoted inside a sentence that closes with its attribution are the attributed person's."""
    sentence = attributing_sentence(text, quote)
    attributed = _CLOSING_ATTRIBUTION.search(text.text, quote.closing + 1, sentence.end)
    clause = attributed or _CLOSING_SAID_NAME.search(text.text, quote.closing + 1, sentence.end)
    office_of = _CLOSING_OFFICE_OF.search(text.text, quote.closing + 1, sentence.end)
    if clause is None and office_of:
        if spoken.starting_in(Span(sentence.start, office_of.end())):
            return None  # "Y hailed “…” ties, the president of Kenya added": Y's words?
        holder = office_holder(text, office_of, office_of.start(), spoken)
        if holder is not None:
            return holder
    if clause is None:
        described = _CLOSING_DESCRIBED.search(text.text, quote.closing + 1, sentence.end)
        if described is None or spoken.starting_in(Span(sentence.start, described.start())):
            return None  # "Y hailed “…” ties, the Kenyan president added": Y's words?
        who, office = described.group("who"), described.group("office")
        return holder_described(text, who, office, described.start(), spoken)
    # the marks of words quoted after ", adding that" are no other speaker's
    said = clause.end("verb") if clause is attributed else clause.end()
    attribution = text.text[clause.start() : said]
    if any(mark in attribution.lstrip(',”"’') for mark in OPENING_MARKS):
        return None
    if clause is attributed and clause.group("pronoun"):  # "he": the last speaker
        if spoken.starting_in(Span(sentence.start, clause.start())):
            return None
        return pronoun_referent(text, sentence.start, clause.group("pronoun"), spoken)
    named = spoken.starting_in(Span(clause.start("name"), clause.end("name")))
    if len(named) != 1 or not TITLES_ONLY.fullmatch(
        text.text, clause.start("name"), named[0].span.start
    ):
        return None  # "…, said Lund's spokesman Berg.": the one named is not alone
    return named[0].person


def attributing_sentence(text: Text, quote: Quote) -> Span:
    """The sentence the quote ends in; after “…?” or “…!” the one going on on its line, as
    "“…about it?” Taylor said." is read as two sentences; not after one a colon leads in
    ("Lund asked him: “…?” Berg smiled.": Lund's words, the next sentence is no tag)."""
    index = text.sentence_index(max(quote.opening, quote.closing - 1))
    sentence = text.sentences[index]
    if (
        text.text[quote.closing - 1 : quote.closing] in ("?", "!")
        and not text.text[sentence.start : quote.opening].rstrip().endswith(":")
        and quote.closing + 1 >= sentence.end
        and index + 1 < len(text.sentences)
    ):
        following = text.sentences[index + 1]
        if not text.text[sentence.end : following.start].strip(" "):
            return Span(sentence.start, following.end)
    return sentence


def read_out_for(text: Text, reader: Mention, spoken: Mentions) -> tuple[Person, str] | None:
    """ "…,” said Laine, reading a statement from Virtanen (or Virtanen's message), or "…,”
    Laine said, quoting Virtanen: the words are Virtanen's (not when Laine quotes someone
    unnamed, "quoting a proverb")."""
    sentence = text.sentence_at(reader.span.start)
    cue = _READING_FROM.match(text.text, reader.span.end, sentence.end)
    if cue is not None:
        for mention in spoken.starting_in(Span(cue.end(), sentence.end))[:1]:
            return mention.person, f"Read out by {reader.person.name}"
        return None
    ones = READING_ONES.match(text.text, reader.span.end, sentence.end)
    if ones is not None:
        for mention in spoken.starting_in(Span(ones.start("owner"), ones.end("owner")))[-1:]:
            return mention.person, f"Read out by {reader.person.name}"
        return None
    quoting = _QUOTING.match(text.text, reader.span.end, sentence.end)
    if quoting is None:
        return None
    for mention in spoken.starting_in(Span(quoting.end(), sentence.end))[:1]:
        if TITLES_ONLY.fullmatch(text.text, quoting.end(), mention.span.start) and not (
            named_as_possessive(text, mention)
        ):
            return mention.person, f"Quoted by {reader.person.name}"
    return None
