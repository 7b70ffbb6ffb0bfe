"""Who said each direct quote (quote_marks finds the quotes; referents tells whom a pronoun,
an office or a description stands for).

The speaker is found, in this order:

1. after the quote, in its sentence (or the next, after a quote ending "?" or "!"): ``…,” said
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
   that country whose title the text never gives; never words that name no office) / ``the
   host said`` (the one person named before as hosting: "host X", "X, who hosted …") /
   ``said his Norwegian counterpart`` (the one of that country holding the office of the one
   just spoken of, who is of another; also opening a sentence); or the attribution closing a
   sentence the quote stands inside ("Despite “…”, the bloc held, he added.", "…, said X of
   the Nordic Institute.", "“Our concern” is “the north,” he said.", "…, the South African
   president added, saying …");
2. before the quote, in its sentence (or the paragraph before, ending "X said:" or "The
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
   state called for");
3. the speaker of the quote before it, when the quote is in the same sentence (words after
   it naming no one and saying no one speaks: "…,” said X, calling for “…” and “…”), the
   next one, or is the whole of the next paragraph after a paragraph ending with that quote's
   sentence; nobody else is named in between, nothing but punctuation follows it in its
   sentence (words there are an attribution not understood, "…,” Bahrain’s), and the page
   does not end inside it or on its line in the sentence after it ("“…” X shares this": the
   words were cut before whoever said them was named), unless it opens on the line of the
   quote before ("“…,” said X. “I am proud…": nothing after can name another), and it is
   no question (the words after "“…?” X asked." may be the answer, another's);
4. for a quote standing as a sentence of its own, the subject of the sentence before it when
   that sentence tells what they said and no one else named in it speaks ("X said he would
   look into it. ⏎ “We have nothing to hide.”"), a subject that refers back included ("His
   Excellency stressed …"), unless the page is cut there as in 3.

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

A list's item ("- X: “…”", "• X: “…”") is read as a sentence of its own, its bullet opening it
before its subject.

A quote on a line of its own under a line that only names someone ("Ambassador X - Secretary
General") or over one that is a dash and a name ("— X, president of Kenya") is theirs, as
transcripts and round-ups print it; so is one a headline follows on its line with a dash and
a name ("‘We are ready’ - X", "Summit: ‘We are ready’ — X").

Words a transcript prints under a label opening a paragraph ("President of Norway X: Colleagues,
…") are the label's person's: a label with an office, or any where the text has two or more
(a question's, "Q: …", counted), and words after it that make a sentence (not a roll's "X:
Minister of Trade"), read on past a greeting only; words in marks after a label ("X: “…”")
are a quote, read once, up to the closing mark.

Words someone reads out for another ("…,” said X, reading a statement from Y, or reading
from Y's message) are Y's, via X, and no one's when Y is not named ("reading on his behalf",
"reading from the president's letter"); words X quotes from one named whom the report does
not read as a person ("…,” X said, quoting Nelson Mandela) are no one's.

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
year") is a quote.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from db.draft.attribution_words import (
    ANY_VERB_THE_ONE_BEFORE,
    BODY_NOUN,
    DESCRIBED_SAID,
    DESCRIBED_SUBJECT,
    DESCRIPTION,
    ENDS_DESCRIPTION,
    JOINED_BEFORE,
    LEADING_PRONOUN,
    NAME_WORD,
    NO_OFFICE,
    OPENING_CLAUSE,
    OPENING_MARKS,
    PREPOSITION_BEFORE,
    PRONOUN_SAID,
    PUNCTUATION_AFTER,
    QUOTE_SPEECH_VERB,
    REFERRING_SUBJECT,
    SAID_THE_ONE_BEFORE,
    SAYING,
    SUBJECT_LEAD,
    SUBJECTLESS_SAYING,
    TITLES_ONLY,
)
from db.draft.countries import gazetteer
from db.draft.model import Mention, Mentions, Person, Statement
from db.draft.people import People
from db.draft.quote_marks import Quote, quoted_words
from db.draft.referents import (
    counterpart_of,
    holder_described,
    holds_office,
    named_as_possessive,
    named_subject,
    office_holder,
    office_named,
    one_of_age,
    pronoun_referent,
    said_after,
    subject_before,
)
from db.draft.text import UPPER, Span, Text
from db.draft.titles import TITLE, TITLE_PATTERN

_VERB_FIRST = re.compile(rf"[\s,”\"]*(?:{QUOTE_SPEECH_VERB})[ ]", re.IGNORECASE)
# "Y's claim that “…”", "Y's claim that the war was “…”", "Y's pledge to build “…”": the words
# are the claim's owner's, not those of whoever answers it.
_SOMEONES_CLAIM = re.compile(
    r"['’]s?[ ](?:[\w-]+[ ]){0,2}?(?:claims?|remarks?|comments?|assertions?|statements?|words"
    r"|descriptions?|calls?|warnings?|pledges?|promises?|accusations?|charges?|visions?|plans?"
    r"|ideas?|concepts?|policy|policies|slogans?|mottos?|strategy|initiatives?|doctrines?)[ ]"
    r"(?:(?:that|to)[ ][^“”\"„«,;:.]{0,80}|of[ ](?:a[ ]|an[ ]|the[ ])?|for[ ](?:a[ ]|an[ ]|the[ ])?)?$"
    r"|['’]s?[ ](?:[\w-]+[ ]){0,2}?(?:claims?|remarks?|comments?|words|warnings?|pledges?)"
    r":[ ]$"
)
# "X called Y's remarks “…”", "X termed Y's plan “…”": the quote names what Y said, in X's words.
_NAMED_AS = re.compile(
    r"\b(?:call(?:s|ed|ing)?|term(?:s|ed|ing)?|dubb?(?:s|ed|ing)?|brand(?:s|ed|ing)?"
    r"|label(?:s|l?ed|l?ing)?|deem(?:s|ed|ing)?|found|finds|judg(?:es|ed|ing))[ ]"
    r"(?:[^ “”\"]+[ ]){1,6}$"
)
_CLAIM_GOES_ON = re.compile(r"[ ](?:that|to|of|for)[ ]")  # "Y's claim that …", "Y's call for"
# "X opened the summit citing Y's claim that the century “is the northern era. I believe …”":
# one who cites a claim goes on in words of their own past its sentence
_CITING = re.compile(r"\b(?:citing|quoting|recalling|invoking|echoing)[ ]")
_SENTENCE_GOES_ON = re.compile(r"[.!?][ ]+[A-Z]")
# "X laughed off Y's “dinosaur” jibe", "X praised Y's “excellent” remarks": words quoted between
# an owner and a noun of speech may be the owner's or the subject's, so no one's for sure.
_SOMEONES_BEFORE_THEIR_REMARK = re.compile(r"['’]s?[ ]$")
_THEIR_REMARK = re.compile(
    r"[”\"’]?[ ](?:claims?|remarks?|comments?|jibes?|quips?|barbs?|insults?|retorts?|taunts?"
    r"|slurs?|descriptions?|warnings?|pledges?|promises?|accusations?|charges?|slogans?|mottos?"
    r"|labels?|line|phrase)\b"
)
# "quoted X as saying", "recalled X saying", "X was quoted as saying": the words are X's,
# whoever reports them.
_QUOTED_AS = re.compile(
    r"[ ](?:(?:was|is|has[ ]been|had[ ]been)[ ]quoted[ ](?:by[ ][^,.;“”\"]{1,60}[ ])?)?"
    r"(?:as[ ])?(?:having[ ](?:said|told|declared|stated|warned|added)|saying|telling|declaring"
    r"|stating|warning|adding)\b"
)
_QUOTES_ANOTHER = re.compile(r"[ ]quoted[ ](?![Hh]im\b|[Hh]er\b)")  # "X quoted Y as saying"
# "X's office quoted him as saying", "state media quoted her as telling": a pronoun for whom.
_QUOTED_THEM_AS = re.compile(
    r"\bquoted[ ](?:him|her)[ ](?:as[ ])?(?:having[ ](?:said|told)|saying|telling)\b"
)
# "…,” state radio quoted the foreign minister, Ola Berg, saying.": a source that quotes the
# one named after it, set off or not.
_SOURCE_QUOTED = re.compile(r"[\s,”\"’»]*[^,“”\"]{1,40}?[ ]quoted[ ]")
_QUOTED_SAYING = re.compile(r",?[ ](?:as[ ])?saying\b")
# A quote's punctuation handing its words on to an attribution: ",”", "”,", "?”", "!”".
_HANDS_ON = re.compile(r"[,?!][”\"’]|[”\"’],")
# A verb in the past, not one with a preposition ("…”, signed by X" is no attribution).
_ANY_VERB_FIRST = re.compile(
    r"[\s,”\"’]*(?!(?:angered|annoyed|alarmed|surprised|shocked|worried|pleased|delighted"
    r"|upset|irritated|outraged|infuriated|frustrated|disappointed|embarrassed|impressed"
    r"|prompted|forced|led|caused|pushed|moved|touched|troubled|reassured|inspired)\b)"
    r"(?:[a-z]{2,}ed|wrote|thought|felt|began)[ ](?!by\b|in\b|on\b)"
)
# What follows a speaker named after a quote and its verb: the sentence's end, a clause set
# off, or a phrase of place or time ("…”, estimated X, at the start"), not "to" ("…”,
# pushed X to leave").
_AFTER_THE_SPEAKER = re.compile(
    r"\s*(?:[,.;:!?)]|$|(?:of|at|in|on|from|during|after|before|who|as|when|while|told)\b)"
)
_FORMER = re.compile(r"\bformer\b", re.IGNORECASE)
_AGED = re.compile(r"\b(\d+)-year-old\b")
# what "the 61-year-old leader", "the veteran leader" say of one: no office, no country
_AGED_ONLY = re.compile(r"(?:\d+-year-old|veteran)[ ]")
# An age the text gives someone named: "X, 61, said", "the 61-year-old Swedish Prime Minister X"
_AGE_SET_OFF = re.compile(r"(?:,[ ]\d{1,3})?")  # "X, 61, a veteran …": the age between
# A quote's attribution after it, up to the comma that ends it: "…,” said X, ",
# "…,” X, the bloc's chair, told reporters, "
_ATTRIBUTION_AFTER = re.compile(
    rf"[\s,”\"’]*(?:(?:{QUOTE_SPEECH_VERB}|[a-z]{{2,}}ed)[ ][^,“”\"]*"
    rf"|[^,“”\"]*?(?:,[ ][^,“”\"]{{1,120}},)?[ ](?:{QUOTE_SPEECH_VERB})\b[^,“”\"]*)(?=,)"
)
# Offices and words of address before a name, set off by commas or not: "its chair", "the
# former president", "President,", "Bloc Chair and Prime Minister".
_OFFICES_SET_OFF = re.compile(
    rf"(?:(?:the|its|their|his|her|former|then|and|of|(?i:{TITLE})|[{UPPER}][\w.’'-]*)[ ,]+)*"
)
_ACCORDING_TO_BEFORE = re.compile(r"\b[Aa]ccording[ ]to[ ][^,;.“”\"]{1,60},?\s*$")
# "According to X, Norway is “…”", "The deal, according to X, is “…”": a clause X is the
# source of, quoting X; and "For X, the bloc is “…”", opening a sentence: as X sees it
_ACCORDING_TO_CLAUSE = re.compile(
    r"(?:\b[Aa]ccording[ ]to|(?:(?<![\s\S])|(?<=\n)|(?<=[.!?”\"][ ]))For)[ ]"
    r"(?P<source>[^,;.“”\"]{1,60}),(?P<clause>[^;“”\"]*)$"
)
_ACCORDING_TO = re.compile(r"[\s,”\"]*according[ ]to[ ]", re.IGNORECASE)
# "…,” said the head of the African Union Commission", "the chief of the bloc said", "said
# the president of Kenya": an office written before what it is of, a country or a body.
_OF_WORD = rf"(?:(?:[{UPPER}]\.){{2,}}|[{UPPER}][\w’'-]*)"  # "U.S.", "Kenya", not a stop
_OFFICE_OF = (
    r"[Tt]he[ ](?P<office>[A-Za-z][a-z]+(?:[- ][A-Za-z][a-z]+)?)[ ]of[ ](?:the[ ])?"
    rf"(?P<of>{_OF_WORD}(?:[ ]{_OF_WORD}){{0,4}}|{BODY_NOUN.pattern})"
)
_SOURCE_OFFICE = re.compile(_OFFICE_OF)
_SAID_OFFICE_OF = re.compile(rf"[\s,”\"’]*(?:{QUOTE_SPEECH_VERB})[ ]{_OFFICE_OF}{ENDS_DESCRIPTION}")
_OFFICE_OF_SAID = re.compile(rf"[\s,”\"’]*{_OFFICE_OF}[ ](?:{QUOTE_SPEECH_VERB})\b")
# "The chief of the bloc, speaking at the opening, warned of “…”": such an office the subject.
_OFFICE_OF_SUBJECT = re.compile(rf"\s*(?:[^,“”\"]{{1,120}},\s){{0,2}}?{_OFFICE_OF}(?=[ ,])")
_READING_FROM = re.compile(
    rf"(?:[ ](?:{QUOTE_SPEECH_VERB}))?,?[ ]reading[ ](?:out[ ])?(?:a|the|his|her|their)[ ]"
    r"(?:statement|message|letter|speech)[ ](?:from|by|of)[ ]"
)
# "…,” X said, reading from Y's message", "delivering the president's address": Y's words
_READING_ONES = re.compile(
    rf"(?:[ ](?:{QUOTE_SPEECH_VERB}))?,?[ ](?:reading|delivering)[ ](?:out[ ])?(?:from[ ])?"
    r"(?P<owner>[^,.;“”\"]{1,60}?)['’]s?[ ]"
    r"(?:statement|message|letter|speech|remarks|address)\b"
)
# "…,” said X, quoting Y" or "…,” X said, citing Y": words X says are Y's.
_QUOTING = re.compile(rf"(?:[ ](?:{QUOTE_SPEECH_VERB}))?,[ ](?:quoting|citing)[ ]")
# "…,” X said, quoting (the late President) Nelson Mandela": a name, read as a person or not
_QUOTING_A_NAME = re.compile(
    rf"(?:[ ](?:{QUOTE_SPEECH_VERB}))?,[ ]quoting[ ](?:the[ ](?:late[ ])?)?(?:(?i:{TITLE})[ ])*"
    rf"[{UPPER}][\w.’'-]+"
)
_DESCRIBED_AFTER_VERB = re.compile(rf"{DESCRIPTION}(?=[,.;]|[ ]who\b|$)")
# "his Norwegian counterpart": one of that country holding the office of the one spoken of
_COUNTERPART = rf"(?:[Hh]is|[Hh]er)[ ](?P<country>[{UPPER}][\w-]+)[ ]counterpart"
_SAID_COUNTERPART = re.compile(rf"[\s,”\"]*(?:{QUOTE_SPEECH_VERB})[ ]{_COUNTERPART}(?=[.;]|$)")
_COUNTERPART_SAID = re.compile(rf"[\s,”\"]*{_COUNTERPART}[ ](?:{QUOTE_SPEECH_VERB})\b")
_COUNTERPART_SUBJECT = re.compile(rf"\s*{_COUNTERPART}\b")
_SAID_DESCRIBED = re.compile(rf"[\s,”\"]*(?:{QUOTE_SPEECH_VERB})[ ]{DESCRIPTION}{ENDS_DESCRIPTION}")
# "…,” said the bloc's chairman, X", "said one delegate, X": the name set off after the
# description says it.
_SAID_DESCRIPTION_THEN_NAME = re.compile(
    rf"[\s,”\"]*(?:{QUOTE_SPEECH_VERB})[ ](?:the[ ]|an?[ ]|one[ ]|[\w.-]+['’]s[ ])[^,.;“”\"]{{1,60}},[ ]"
)
# "…,” the summit's host, President X, told": a description of the speaker set off before
# their name.
_DESCRIPTION_SET_OFF = re.compile(r"[\s,”\"’]*(?:the|its|their)[ ][^,.;“”\"]{1,60},[ ]")
_SERVES_AN_OFFICE = re.compile(
    rf"\b(?:for|to|of)[ ](?:the[ ])?(?:[\w-]+[ ])?(?i:{TITLE}),[ ]$", re.IGNORECASE
)
# A dash, or the tilde an epigraph is signed with ("“…” ~ X, May 2, 2019")
_DASH = re.compile(r"\s*[—–~-]\s*")
# What a headline or an epigraph may print before its quote: nothing, a topic and a colon
# ("Summit: "), or a dateline and a dash ("Oslo, NO - ")
_KICKER = re.compile(r"(?:[^“”\"‘’'\n:—–-]{1,40}(?::|[ ][—–-])[ ]+)?")
# After a name on a line of its own: nothing, or a description after a dash or a comma.
_NAME_LINE_AFTER = re.compile(r"\s*(?:[,—–-]\s*[^\n.!?“”\"]{0,80})?")
# Offices written before a name, however many: "ASEAN Chairman and Prime Minister of Thailand"
# A label's words in marks, read as any quote is: "X: “We came as neighbours.”"
_QUOTE_AFTER_LABEL = re.compile(r":\s*[“\"«„]")
# A transcript's label closing with its colon, and words after it on its line.
_LABEL_COLON = re.compile(r":[ \t]+\S")
_SAID_SENTENCE = re.compile(r"\w[ ]\w+[^\n]*?[.!?]")
_ASKER_LABEL = re.compile(r"(?i:q|question|reporter|journalist|moderator|interviewer):[ \t]+\S")
_SENTENCE_WORDS = 12  # words a transcript's paragraphs are read on to, past a greeting
_OFFICES = re.compile(rf"(?:(?:[{UPPER}][\w.’'-]*|of|the|and|(?i:{TITLE}))[ ]){{1,10}}")
# "X, the Chairman of the Nordic Mediation Team said": words read as a name after "of the"
# name a body, in an office set off after the subject, and say nothing.
_BODY_NAMED_BEFORE = re.compile(r"\b(?:of|for|at)[ ]the[ ](?:[A-Z][\w.’'-]*[ ]){0,3}$")
# A subject whose whole predicate is quoted, "She also „drew attention to …”": the verb opening
# the quoted words is theirs, reported from what they wrote or said.
_QUOTED_PREDICATE = re.compile(
    r"[ ](?:(?:also|then|later|further|again|too|once[ ]more)[ ])*[“\"„«](?=[a-z]+[ ])"
)
_REPORTS_SPEECH = re.compile(rf"\b(?:{QUOTE_SPEECH_VERB}|saying|adding)\b")
# Quoted words that are a name or a title, two words or more, each capitalised: "Organization
# of Turkic States", "Vision 2040" (not "Absolutely").
_NAME_IN_MARKS = re.compile(
    rf"(?:[{UPPER}\d][\w’'.-]*|of|the|and|for|on|in|to|a|an)"
    rf"(?:[ ](?:[{UPPER}\d][\w’'.-]*|of|the|and|for|on|in|to|a|an)){{1,7}}"
)
_AFTER_A_COLON = re.compile(r":[ ]?$")  # "X told them: “Welcome to Oslo.”"
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
_UNNAMED_AFTER = re.compile(rf"[\s,”\"]*(?:(?:{QUOTE_SPEECH_VERB})[ ])?{_UNNAMED}\b", re.IGNORECASE)
_UNNAMED_BEFORE = re.compile(
    r"(?<!\bas[ ])(?<!\bto[ ])(?<!\bby[ ])(?<!\bof[ ])(?<!\bfor[ ])(?<!\bwith[ ])(?<!\bfrom[ ])"
    rf"\b(?P<who>{_UNNAMED})\b[^“\"”.;]{{0,80}}?[ ](?P<verb>{QUOTE_SPEECH_VERB})\b[^“\"”]{{0,40}}$",
    re.IGNORECASE,
)
# Someone unnamed whose own clause says the words, wherever the phrase stands in the
# sentence: "X was joined by a lawmaker who said", "X met farmers who had told him" (but "X, a
# veteran who said", set off after a name, describes X).
_UNNAMED_WHO_SAID = re.compile(
    r"(?P<who>\b(?:[Aa]n?|[Oo]ne|[Aa]nother|[Ss]ome|[Ss]everal|[Mm]any|[Oo]ther|two|three|four)"
    r"[ ](?:[\w-]+[ ]){0,3}?[a-z][\w-]*|\b[a-z][\w-]*s)[ ]who[ ]"
    rf"(?:(?:[a-z]+ly|also|later|then|has|had|have)[ ])*(?:{QUOTE_SPEECH_VERB})\b[^“\"”]{{0,80}}$"
)
# A phrase opening a sentence with a question put to its subject: "Asked by a reporter, “…?”,
# X said no", "When asked “…?”".
_ASKED_OPENING = re.compile(r"\s*(?:When[ ]|On[ ]being[ ])?(?:[Aa]sked|[Qq]uestioned)\b")
# Someone unnamed saying the words in a clause that ends a sentence about someone else: "X met
# Y, with officials saying they would “…”" (but "X met officials, saying “…”" is X speaking).
_WITH_UNNAMED_SAYING = re.compile(
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
_DOCUMENT_BEFORE = re.compile(
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
_GLOSSES_A_TERM = re.compile(
    r"[”\"],?[ ](?:(?:a|an)[ ](?:[\w-]+[ ]){0,3}?"
    r"(?:term|word|proverb|phrase|expression|saying|idiom|motto|slogan)s?\b|meaning[ ][“\"])",
    re.IGNORECASE,
)
_DOCUMENT_AFTER = re.compile(
    rf"[\s,”\"]*(?:the|a|an|its|their)[ ](?:[\w-]+[ ]){{0,3}}?{_DOCUMENT}[ ]{_DOCUMENT_VERB}\b",
    re.IGNORECASE,
)
# ", the Kremlin said", "Its ministry stated": a subject that is no named person opening a
# clause just before the quote ("at the meeting said" is no subject).
_SAID_BY_WHAT_IS_NAMED_NOT = re.compile(
    r"(?<![\w’'][ ])\b(?:[Tt]he|[Ii]ts|[Tt]heir)[ ](?:[^ ,.;“”\"]+[ ]){0,3}?"
    rf"(?:[a-z]+ly[ ])?(?:{QUOTE_SPEECH_VERB})\b[^“\"”.;]{{0,40}}$"
)
_NEXT_ITEM = re.compile(r"\n[ \t]*(?=[-*•—–][ ])")  # a line opening the next item of a list
# An aside after a subject's name that opens on a lower-case word and goes on to another
# name: "X, standing beside President Y", "X, flanked by Y", "X, after meeting Y"; not a clause
# that may make Y its subject ("X, whom Y called", "X, after Y spoke").
_SUBJECTS_ASIDE = re.compile(
    r",[ ](?!(?:whom|whose|which|that|who|where|when|while|as|because|although|though|since"
    r"|until|before|after|if|once|whereas)\b(?![ ][a-z]+ing\b))[a-z][^,;:“”\"]*"
)
# "…, but presidency spokesman X denied": the subject of a clause set against the one before.
_SET_AGAINST = re.compile(r"\b(?:but|yet|while|whereas)\b")
_CLAUSE_SUBJECT_LEAD = re.compile(
    rf"(?:,[ ]|[ ])(?:but|yet|while|whereas)[ ](?:the[ ])?(?:(?:[a-z]+|{NAME_WORD})[ ]?){{0,3}}$"
)
# ", before Y", "and then Y", ", whereupon President Y": a clause another is the subject of,
# next in time, which may go on to speak ("before Y butted in: “…”")
_CLAUSE_OF_ANOTHER = re.compile(
    r"(?:,[ ]|[ ])(?:and[ ]|but[ ])?(?:before|then|whereupon)"
    rf"[ ](?:the[ ])?(?:(?:[{UPPER}][\w.’'-]*|(?i:{TITLE}))[ ])*$"
)
_INTRODUCES_THE_QUOTE = re.compile(r"[ ][a-z]+(?:[ ][a-z]+)?:\s*$")  # "Y butted in: “…”"
# "That prompted X to say: “…”": one someone or something moves to speak speaks.
_PROMPTED_BEFORE = re.compile(
    r"\b(?:got|gets|prompted|prompts|led|leads|moved|moves|made|makes|caused|causes)[ ]"
    r"(?:an?[ ]|the[ ])?(?:[a-z]+[ ]){0,2}(?:[A-Z][\w.’'-]*[ ])*$"
)
_TO_SAY = re.compile(
    r"[ ]to[ ](?:say|remark|quip|reply|respond|declare|exclaim|joke)\b[^“”\"„«.;]{0,40}"
)
# ", he added, according to the news agency." closing a sentence a quote stands inside.
# ", saying the plan was central": the speaker's own words going on after an attribution
# ", adding that …", ", adding that “…”": more the speaker said, which may be quoted too
_SAYING_MORE = (
    r"(?:,[ ](?:saying|adding|noting|stressing)\b[^“”\"]*(?:[“\"][^“”\"]*[”\"][^“”\"]*)?)"
)
_CLOSING_ATTRIBUTION = re.compile(
    rf",[”\"’]?[ ](?:(?P<pronoun>he|she)|(?P<name>(?:[{UPPER}][\w.’'-]*[ ]){{1,4}}))"
    rf"[ ]?(?P<verb>{QUOTE_SPEECH_VERB})(?:,[ ]according[ ]to[ ][^,.;“”\"()]{{1,60}}(?:[ ]\([^()]{{1,30}}\))?)?"
    rf"{_SAYING_MORE}?[.]?\s*$"
)
# "…, the Kenyan president added(, saying …)." closing it with an office the text named.
_CLOSING_DESCRIBED = re.compile(
    rf",[”\"’]?[ ]the[ ](?P<who>(?:[^ ,.;“”\"]+[ ]){{0,2}}?)(?P<office>(?i:{TITLE}))"
    rf"[ ](?:{QUOTE_SPEECH_VERB}){_SAYING_MORE}?[.]?\s*$"
)
# "…, the chief of the bloc said." closing it so.
_CLOSING_OFFICE_OF = re.compile(
    rf",[”\"’]?[ ]{_OFFICE_OF}[ ](?:{QUOTE_SPEECH_VERB}){_SAYING_MORE}?[.]?\s*$"
)
# "…, said Lund of the Nordic Institute." or "…, said Lund, a former envoy." closing it so.
# "…,” KUNA reported", "…,” the state news agency reported": a source reports the words
_SOURCE_REPORTED = re.compile(
    r",?[ ](?!(?:he|she|they|it|we|I)[ ])(?:[\w’'.-]+[ ]){1,6}?report(?:ed|s)\b"
)
_CLOSING_SAID_NAME = re.compile(
    rf",[ ](?:said|says|added|adds)[ ](?P<name>(?:[{UPPER}][\w.’'-]*[ ]?){{1,5}}?)"
    r"(?:[ ]of[ ][^,.;“”\"]{1,60}|,[ ][^.;“”\"]{1,80})?[.]?\s*$"
)
# A name, with titles, as another's: "President Y's", "Y's"
_NAMED_OWNER = rf"(?:[{UPPER}][\w.-]*[ ]){{0,4}}[{UPPER}][\w.-]*['’]s?"
# "on his behalf", "on the king's behalf" (not "on his own behalf"): words read out for another,
# whom a pronoun or a possessive names.
_ANOTHERS_BEHALF = (
    r"\bon[ ](?:his|her|their|(?:the[ ])?[\w.-]+(?:[ ][\w.-]+){0,3}['’]s?)[ ]behalf\b"
)
# "…,” X said, reading a statement on his behalf": the words are another's, read out by X
_READING_ON_ANOTHERS_BEHALF = re.compile(
    rf"(?:[ ](?:{QUOTE_SPEECH_VERB}))?,[ ][^,.;“”\"]{{0,60}}?{_ANOTHERS_BEHALF}"
)
# Words between a subject and a quote that make the quote another's: a passive ("X was
# described by Y as", "X was asked whether"), a clause of its own ("X, whose government has
# called it", "X said critics had branded him"), someone's charge ("accusations that"), a
# message another sent ("X read a message from Y:", "X spoke on behalf of Y:"), words another
# wrote or said ("X quoted Y:").
_SAID_TO_OR_BY_ANOTHER = re.compile(
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
    rf"|{_ANOTHERS_BEHALF}"
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
# "X's message was clear: “…”", "X's remarks, carried by state TV, were blunt: “…”": the words
# after the colon are the owner's
_THEIR_MESSAGE_WAS = re.compile(
    r"['’]s[ ](?:message|remarks|words|response|reply|answer|verdict|tone)"
    r"(?:[ ](?:to|for)[ ][^,“”\"]{1,40}|,[ ][^,“”\"]{1,60},)?"
    r"[ ](?:was|were)[ ](?:[a-z]+ly[ ])?(?!interrupted|drowned|met|greeted)[a-z]+:\s*"
)
# "the words of X ring out: “…”", "The message of X was clear: “…”": the owner named after
# "of", the words after the colon theirs
_THE_WORDS_OF = re.compile(
    r"\b(?:message|remarks|words|response|reply|answer|verdict)[ ]of[ ](?:[^ ,;.“”\"]+[ ]){0,4}$"
)
_RING_OUT = re.compile(r"[ ][^,;.“”\"]{1,60}:\s*")
# "The summit heard from X: “…”", "Delegates then heard from X, the chair: “…”", "The summit
# opened with a warning from X: “…”"
_HEARD_FROM = re.compile(
    r"\b(?:heard|an?[ ](?:[a-z]+[ ])?(?:warning|plea|appeal|reminder|rebuke))"
    r"[ ](?:[a-z]+[ ])?from[ ]"
)
# what may come between the one heard from and the quote: their office, their country
_HEARD_ONES_WORDS = re.compile(r"(?:,[ ][^,“”\"]{1,60}|[ ]of[ ][^ ,“”\"]+)?:\s*[“\"‘]?")
_SET_OFF_CLAUSE = re.compile(r",[ ](?:who|whose|which)\b[^,“”\"]*,")
_AND_ANOTHER = re.compile(r"[ ]and[ ]")
# "…,” said X and Y", "X, along with Y, said": a name another is joined to, who speaks too.
# "…,” said X, Y and Z": the comma opening a list the words are said by all of
_WITH_ANOTHER = re.compile(
    rf"(?:[ ]and|[ ]nor|[ ]as[ ]well[ ]as|,[ ](?:along|together)[ ]with"
    rf"|,(?=[ ][^,;.“”\"]{{1,80}}(?:,[ ][^,;.“”\"]{{1,80}})?,?[ ]and[ ]))"
    rf"[ ](?:(?:[{UPPER}][\w.’'-]*|(?i:{TITLE}))[ ])*"
)
# "the spokesman for President X", "an aide to X": the words just before a name make it the
# one whom an unnamed speaker serves ("Minister for Foreign Affairs X" is an office's name).
_SOMEONE_FOR = re.compile(
    rf"\b[a-z]+[ ](?:for|to)[ ](?:(?:[{UPPER}][\w.’'-]*|(?i:{TITLE}))[ ])*?(?:(?i:{TITLE})[ ])?$"
)
_INITIALISM = re.compile(rf"\b(?:[{UPPER}]\.){{2,}}")
_COURTESY_TITLE = re.compile(
    r"\b(?:Mr|Mrs|Ms|Mme|Dr|Prof|Amb|Hon|Gen|Sen|Rep|Gov|Col|Lt|Capt|H\.E)\."
)
# "the African Union Commission": a word read as a name that a longer one goes on from is
# part of a body's name, no one who speaks.
# A job's word inside a name read ("National Security Adviser X"): the name is misread, and
# its holder's key would be no person the report names, so a quote given to it is wrong.
_OFFICE_IN_NAME = re.compile(
    r"\b(?:Advis[eo]r|Secretary|Minister|Spokes(?:man|woman|person)|Director|Ambassador"
    r"|Envoy|Commissioner|Senator|Governor|President|Premier|Chancellor|Chair(?:man|woman)?)"
    r"[ ]"
)
_NAME_GOES_ON = re.compile(
    r"[ ](?:Union|Commission|Council|Assembly|Organi[sz]ation|Bank|Fund"
    r"|Forum|League|Community|Foundation|Institute|University|Party|Ministry|Administration"
    r"|Government|Group|Agency|Court|Parliament|Congress|Summit|Declaration)\b"
)
# A word that opens a sentence to set its scene: "Yesterday,", "Separately,", "Earlier,".
_SCENE_WORD = re.compile(
    r"[A-Z][a-z]+ly|Yesterday|Today|Tonight|Tomorrow|Meanwhile|Earlier|Later|Now|Then"
    r"|Instead|Indeed|Moreover|Furthermore|Nevertheless|Nonetheless|Thus|Hence|Afterwards"
)
# "In his speech, X …": an opening phrase saying the subject speaks, whatever the verb.
_IN_THEIR_SPEECH = re.compile(
    r"\b(?:his|her)[ ](?:[\w-]+[ ])?(?:speech|address|remarks|statement|message|keynote)\b"
)
# "X also saw that …", "X considers that …": whatever the verb, a clause its subject reports.
_VERB_THAT = re.compile(r"[ ](?:(?:also|then|later|again|[a-z]+ly)[ ])?[a-z]{3,}[ ]that\b")
_TOLD = re.compile(rf"\b(?:told|telling|tells)[ ](?:[{UPPER}][\w.’'-]*[ ])*$")  # the one spoken to
_OPENS_SENTENCE = re.compile(r"[\s•*–—-]*$")


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
    previous: _Attributed | None = None
    waiting: list[Quote] = []  # paragraphs of a quote going on to where its speaker is named
    for number, quote in enumerate(quotes):
        if waiting and waiting[-1] is not quotes[number - 1]:
            waiting = []
        words = quoted_words(text.text, quote)
        if not words or (quote.cut and " " not in words):
            continue  # a word the page cuts, "trem…"
        if _not_a_named_persons(text, quote, spoken):
            previous = None
            continue
        after = _speaker_after(text, quote, spoken) or _speaker_closing_the_sentence(
            text, quote, spoken
        )
        if after is None and _reported_by_a_source(text, quote, spoken):
            previous = None
            continue  # "X “will leave on Friday,” the agency reported": the agency's words
        if after is not None and _another_named_before(text, quote, after, spoken):
            previous = None
            continue  # "Berg called it “a dead end”, said Lund.": Berg's words, or Lund's?
        if isinstance(after, Mention) and _joined_to_another(text, after, spoken):
            previous = None
            continue  # "…,” said Lund and Berg: the words of two
        speaker = (
            after
            or _speaker_before(text, quote, spoken)
            or _speaker_on_a_name_line(text, quote, spoken)
        )
        via = None
        if isinstance(speaker, Mention):  # named just after the quote: did they read it out?
            read_out = _read_out_for(text, speaker, spoken)
            if read_out is None and (
                _QUOTING_A_NAME.match(text.text, speaker.span.end)
                or _READING_ON_ANOTHERS_BEHALF.match(text.text, speaker.span.end)
                or _READING_ONES.match(text.text, speaker.span.end)
            ):
                previous = None
                continue  # "…,” X said, quoting Nelson Mandela: words of one not read as named
            speaker, via = read_out or (speaker.person, None)
        if (
            speaker is None
            and previous is not None
            and (
                not _cut_before_named(text, quote, spoken)
                or _cut_on_its_line(text, quote, previous)
            )
            and _continues(text, quote, previous, spoken)
            and (_nothing_after(text, quote) or _words_after_say_nothing(text, quote, previous))
        ):
            speaker = previous.speaker  # “…,” she said. “… — the next quote is hers too
        if speaker is None and quote.goes_on:
            waiting.append(quote)  # “… ⏎⏎ “…,” X said: the paragraphs before are X's too
            continue
        if speaker is None or _OFFICE_IN_NAME.search(speaker.name):
            continue
        previous = _Attributed(quote, speaker)
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
    return statements + _transcribed(text, spoken, stated)


def _statement(text: Text, quote: Quote, words: str, speaker: Person, via: str | None) -> Statement:
    """The statement of ``speaker`` saying ``words``, its evidence the sentences the quote
    is in."""
    first = text.sentence_at(quote.opening)
    last = text.sentence_at(max(quote.opening, quote.closing - 1))
    end = max(last.end, min(quote.closing + 1, len(text.text)))
    return Statement(speaker=speaker, text=words, evidence=Span(first.start, end), via=via)


def _transcribed(text: Text, spoken: Mentions, stated: set[tuple[int, str]]) -> list[Statement]:
    """What a transcript prints under a speaker's label opening a paragraph, without marks
    ("President of Norway X: Colleagues, friends, ⏎⏎ I am happy to welcome …"), with the
    paragraphs after it while it is a greeting short of a sentence, up to the next label. A
    label is a name with an office before it, or any name where the text has two labels or
    more, a question's ("Q: …") counted: "X: …" alone may be a headline's summary of what
    someone said."""
    paragraphs = text.paragraphs
    labels = [label for paragraph in paragraphs if (label := _label(text, paragraph, spoken))]
    questions = {i for i, paragraph in enumerate(paragraphs) if _asks(text.text, paragraph)}
    label_starts = {text.paragraph_index(label.span.start) for label in labels} | questions
    statements = []
    for label in labels:
        index = text.paragraph_index(label.span.start)
        if len(labels) + len(questions) < 2 and label.span.start == paragraphs[index].start:
            continue  # one label with no office: maybe a headline
        if _QUOTE_AFTER_LABEL.match(text.text, label.span.end):
            continue  # "X: “…”": quoted words, read as a quote is, up to their closing mark
        end = paragraphs[index].end
        while (
            _greeting(text.text[label.span.end + 1 : end])
            and index + 1 < len(paragraphs)
            and index + 1 not in label_starts
        ):
            index += 1
            end = paragraphs[index].end
        words = text.text[label.span.end + 1 : end].strip()
        if (id(label.person), words) in stated or not _SAID_SENTENCE.search(words):
            continue  # "X: Minister of Foreign Affairs", a roll's line, says no sentence
        stated.add((id(label.person), words))
        statements.append(
            Statement(
                speaker=label.person,
                text=words,
                evidence=Span(paragraphs[text.paragraph_index(label.span.start)].start, end),
            )
        )
    return statements


def _asks(text: str, paragraph: Span) -> bool:
    """Whether a paragraph is a question a transcript prints under the asker's label ("Q: …",
    "Reporter: …"): an interview's answers follow, under their speakers' names."""
    return bool(_ASKER_LABEL.match(text, paragraph.start, paragraph.end))


def _greeting(words: str) -> bool:
    """Whether words under a label are only the start of what is said, to be read on into the
    next paragraph: a short opening not closing a sentence ("Colleagues, friends,"). An answer
    ending with its full stop is whole; the paragraph after it may be the next question ("Q: …")
    or the reporter's own words."""
    return len(words.split()) < _SENTENCE_WORDS and words.rstrip()[-1:] not in (".", "!", "?")


def _label(text: Text, paragraph: Span, spoken: Mentions) -> Mention | None:
    """The speaker a paragraph opens with as a transcript's label: "X:", "President of Norway
    X:", the colon straight after the name and words after it."""
    named = spoken.starting_in(Span(paragraph.start, min(paragraph.end, paragraph.start + 120)))
    if not named:
        return None
    first = named[0]
    lead = text.text[paragraph.start : first.span.start]
    if lead and not _OFFICES.fullmatch(lead):
        return None
    if not _LABEL_COLON.match(text.text, first.span.end, paragraph.end):
        return None
    return first


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


def _reported_by_a_source(text: Text, quote: Quote, spoken: Mentions) -> bool:
    """Whether the words right after the quote give it to a source that names no person ("…,”
    KUNA reported", "…,” the agency reported") and no one speaks before it: the words are its
    report of what the one named before the quote will do, not theirs."""
    sentence = _attributing_sentence(text, quote)
    source = _SOURCE_REPORTED.match(text.text, quote.closing + 1, sentence.end)
    return (
        source is not None
        and not spoken.starting_in(Span(source.start(), source.end()))
        # "X told the summit that …“…”, KUNA reported": X's words, which the agency reports
        and not _REPORTS_SPEECH.search(text.text, sentence.start, quote.opening)
    )


def _not_a_named_persons(text: Text, quote: Quote, spoken: Mentions) -> bool:
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
    )


def _unnamed_after(text: Text, after: int, end: int, spoken: Mentions) -> bool:
    """Whether someone unnamed speaks after the quote ("…,” a senior official said"), not
    one named after their description ("…,” a triumphant Foreign Minister X told")."""
    unnamed = _UNNAMED_AFTER.match(text.text, after, end)
    return (
        unnamed is not None
        and not spoken.starting_in(Span(unnamed.end(), unnamed.end() + 2))
        and _named_set_off_after(text, after, end, spoken) is None
    )


def _named_set_off_after(text: Text, after: int, end: int, spoken: Mentions) -> Mention | None:
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


def _another_named_before(
    text: Text, quote: Quote, speaker: Person | Mention, spoken: Mentions
) -> bool:
    """Whether the quote's sentence names someone other than the speaker named after the
    quote before it: the words may be theirs, as the speaker reports them."""
    person = speaker.person if isinstance(speaker, Mention) else speaker
    before = Span(text.sentence_at(quote.opening).start, quote.opening)
    return any(mention.person is not person for mention in spoken.starting_in(before))


@dataclass(frozen=True)
class _Attributed:
    quote: Quote
    speaker: Person


def _nothing_after(text: Text, quote: Quote) -> bool:
    """Only punctuation follows the quote in its sentence: no attribution, read or not."""
    end = text.sentence_at(max(quote.opening, quote.closing - 1)).end
    return not text.text[quote.closing + 1 : end].strip(PUNCTUATION_AFTER)


def _words_after_say_nothing(text: Text, quote: Quote, previous: _Attributed) -> bool:
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
        or _UNNAMED_AFTER.search(after)
        or _UNNAMED_AFTER.search(between)
        or re.search(rf"[{UPPER}]", after)
    )


def _cut_before_named(text: Text, quote: Quote, spoken: Mentions) -> bool:
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


def _cut_on_its_line(text: Text, quote: Quote, previous: _Attributed) -> bool:
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


def _continues(text: Text, quote: Quote, previous: _Attributed, spoken: Mentions) -> bool:
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
    if any(m.person is not previous.speaker for m in spoken.starting_in(between)):
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


def _named_in_passing(text: Text, mention: Mention, end: int) -> bool:
    """Whether the name is the object of a preposition and nothing up to ``end`` says anyone
    speaks ("…,” X told reporters at a news conference with Y."): Y is no new speaker."""
    sentence = text.sentence_at(mention.span.start)
    return bool(
        PREPOSITION_BEFORE.search(text.text, sentence.start, mention.span.start)
        and not _REPORTS_SPEECH.search(text.text, mention.span.end, end)
    )


def _next_paragraph_is_the_quote(text: Text, quote: Quote, previous: _Attributed) -> bool:
    index = text.paragraph_index(quote.opening)
    paragraph = text.paragraphs[index]
    last_of_previous = text.sentence_at(max(0, previous.quote.closing - 1))
    return (
        quote.opening == paragraph.start
        and text.paragraph_index(previous.quote.closing) == index - 1
        and last_of_previous.end == text.paragraphs[index - 1].end
        and not text.text[quote.closing + 1 : paragraph.end].strip(PUNCTUATION_AFTER)
    )


def _speaker_after(text: Text, quote: Quote, spoken: Mentions) -> Person | Mention | None:
    """The speaker named in the quote's sentence after it; a name there comes as its Mention."""
    sentence = _attributing_sentence(text, quote)
    after = quote.closing + 1
    if after >= sentence.end:
        return None
    pronoun_said = PRONOUN_SAID.match(text.text, after, sentence.end)
    if pronoun_said:
        return pronoun_referent(text, quote.opening, pronoun_said.group("pronoun"), spoken)
    set_off = _SAID_DESCRIPTION_THEN_NAME.match(text.text, after, sentence.end)
    if set_off:
        if _SERVES_AN_OFFICE.search(set_off.group(0)):
            return None  # said the spokesman for the president, X: X is the president
        named = _named_set_off_after(text, after, sentence.end, spoken)
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
            _FORMER.search(described.group("who")) or _AGED_ONLY.fullmatch(described.group("who"))
        ):
            return holder
        # "said the former Dutch prime minister", "the 61-year-old leader said": no one named
        # holds it, but the one spoken of may have held it, or be of that age (or a veteran),
        # as read below
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
            speaks = _OFFICES_SET_OFF.fullmatch(_no_courtesy(between)) and (
                _AFTER_THE_SPEAKER.match(text.text, mention.span.end)
            )
            return mention if speaks else None
        if lead and _OFFICES_SET_OFF.fullmatch(_no_courtesy(between)):
            return mention  # wrote President, Dr. Ingrid Solheim
        if lead and "," not in between and (len(between) <= 40 or _OFFICES.fullmatch(between)):
            return mention  # said Mayor Ingrid Solheim; said Bloc Chair and President of X Y
        if not lead and said_after(text, mention) and _only_titles(_no_description(between)):
            return mention  # Solheim said; government spokesman Ivan Petrov told
        if _QUOTED_AS.match(text.text, mention.span.end) and "," not in between.lstrip(" ,"):
            return mention  # state media quoted Solheim as saying
        quoted = _SOURCE_QUOTED.match(between)
        if (
            quoted
            and _OFFICES_SET_OFF.fullmatch(_no_courtesy(between[quoted.end() :]))
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


def _no_courtesy(words: str) -> str:
    """Words with their courtesy titles ("Dr.", "Mrs.") taken out."""
    return _COURTESY_TITLE.sub("", words)


def _speaker_closing_the_sentence(text: Text, quote: Quote, spoken: Mentions) -> Person | None:
    """ "Despite “…” this year, the bloc held together, he added." or "…, Lund said.": words
    quoted inside a sentence that closes with its attribution are the attributed person's."""
    sentence = _attributing_sentence(text, quote)
    clause = _CLOSING_ATTRIBUTION.search(
        text.text, quote.closing + 1, sentence.end
    ) or _CLOSING_SAID_NAME.search(text.text, quote.closing + 1, sentence.end)
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
    said = clause.end("verb") if clause.re is _CLOSING_ATTRIBUTION else clause.end()
    attribution = text.text[clause.start() : said]
    if any(mark in attribution.lstrip(',”"’') for mark in OPENING_MARKS):
        return None
    if clause.re is _CLOSING_ATTRIBUTION and clause.group("pronoun"):  # "he": the last speaker
        if spoken.starting_in(Span(sentence.start, clause.start())):
            return None
        return pronoun_referent(text, sentence.start, clause.group("pronoun"), spoken)
    named = spoken.starting_in(Span(clause.start("name"), clause.end("name")))
    if len(named) != 1 or not TITLES_ONLY.fullmatch(
        text.text, clause.start("name"), named[0].span.start
    ):
        return None  # "…, said Lund's spokesman Berg.": the one named is not alone
    return named[0].person


def _attributing_sentence(text: Text, quote: Quote) -> Span:
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


def _read_out_for(text: Text, reader: Mention, spoken: Mentions) -> tuple[Person, str] | None:
    """ "…,” said Laine, reading a statement from Virtanen (or Virtanen's message), or "…,”
    Laine said, quoting Virtanen: the words are Virtanen's (not when Laine quotes someone
    unnamed, "quoting a proverb")."""
    sentence = text.sentence_at(reader.span.start)
    cue = _READING_FROM.match(text.text, reader.span.end, sentence.end)
    if cue is not None:
        for mention in spoken.starting_in(Span(cue.end(), sentence.end))[:1]:
            return mention.person, f"Read out by {reader.person.name}"
        return None
    ones = _READING_ONES.match(text.text, reader.span.end, sentence.end)
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


def _joined_to_another(text: Text, mention: Mention, spoken: Mentions) -> bool:
    """Whether the name is joined to another's as one who speaks with them: "said X and Y",
    "X, along with Y, said"."""
    joined = _WITH_ANOTHER.match(text.text, mention.span.end)
    return joined is not None and any(
        other.person is not mention.person
        for other in spoken.starting_in(Span(mention.span.end, joined.end() + 1))
    )


def _no_description(between: str) -> str:
    """Words between a quote and its speaker's name without a description of them set off
    first: "…,” the summit's host, President X, told"."""
    description = _DESCRIPTION_SET_OFF.match(between)
    return between[description.end() :] if description else between


def _their_remark(text: Text, sentence: Span, quote: Quote) -> bool:
    """Whether the quote stands between an owner and a noun of speech ("Y's “dinosaur” jibe")."""
    return bool(
        _THEIR_REMARK.match(text.text, quote.closing + 1)
        and _SOMEONES_BEFORE_THEIR_REMARK.search(text.text, sentence.start, quote.opening)
    )


def _only_titles(between: str) -> bool:
    """What may stand between a quote and its speaker's name: an office or a courtesy title
    ("Mrs."), an initialism ("U.S."), no clause of its own (not "…,” while X emphasizes
    “…”", whose subject speaks the next quote)."""
    words = _INITIALISM.sub("", _COURTESY_TITLE.sub("", between)).strip(' ,”"')
    return (
        len(words) <= 60
        and not any(mark in words for mark in ',.;:“”"')
        and not _SET_AGAINST.search(words)
    )


def _citer(text: Text, quote: Quote, claim: int, before: list[Mention]) -> Person | None:
    """Who cites another's claim ("X …, citing Y's claim that “…”") when the quote goes on past
    the claim's first sentence: the words after it are the citer's own, not the claim's owner's,
    so the quote is theirs."""
    if not before or not _SENTENCE_GOES_ON.search(text.text, quote.opening, quote.closing):
        return None
    cue = _CITING.search(text.text, before[0].span.end, claim)
    citers = [m for m in before if cue is not None and m.span.end <= cue.start()]
    return citers[-1].person if citers else None


def _words_of(text: Text, sentence: Span, quote: Quote, before: list[Mention]) -> bool:
    """Whether the one name before the quote owns the words a colon opens: "the words of X
    resonate: “…”" names whose words they are after "of", as "X's words were:" does before."""
    return (
        len(before) == 1
        and _THE_WORDS_OF.search(text.text, sentence.start, before[0].span.start) is not None
        and _RING_OUT.fullmatch(text.text, before[0].span.end, quote.opening) is not None
    )


def _speaker_before(text: Text, quote: Quote, spoken: Mentions) -> Person | None:
    sentence = _item_of_a_list(text, text.sentence_at(quote.opening), quote.opening)
    before = spoken.starting_in(Span(sentence.start, quote.opening))
    if _their_remark(text, sentence, quote):
        return None
    claim = _SOMEONES_CLAIM.search(text.text, sentence.start, quote.opening)
    if claim and not (
        _NAMED_AS.search(text.text, sentence.start, claim.end())
        and not _CLAIM_GOES_ON.search(claim.group(0))
    ):
        citing = _citer(text, quote, claim.start(), before)
        if citing is not None:
            return citing
        # "X rejected Y's claim that “…”" is Y's; "Brussels' claim that “…”", no one's
        owner = [m for m in before if m.span.end == claim.start()]
        return owner[0].person if owner else None
    quoted = [m for m in before if _QUOTED_AS.match(text.text, m.span.end)]
    if quoted:  # "X cited Y as saying: “…”" is Y's
        return quoted[-1].person
    if _QUOTED_THEM_AS.search(text.text, sentence.start, quote.opening):
        return _quoted_one(text, sentence, before, spoken)
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
            or _joined_to_another(text, saying[-1], spoken)
            or _another_subject_after(text, saying[-1], before, quote)
            or _another_set_against(text, saying[-1], before)
        ):
            return None
        return saying[-1].person
    according = _ACCORDING_TO_BEFORE.search(text.text, sentence.start, quote.opening)
    if according:  # "According to X, “…”"
        named = spoken.starting_in(Span(according.start(), quote.opening))
        return named[0].person if named and not named_as_possessive(text, named[0]) else None
    according = _ACCORDING_TO_CLAUSE.search(text.text, sentence.start, quote.opening)
    source = according and (
        _source_of_clause(text, according, before)
        or _office_as_source(text, according, before, quote, spoken)
    )
    if source:
        return source
    if according and _unnamed_source(according, before):
        return None  # "According to an aide, X “came to listen”": the aide's words, not X's
    heard = _heard_from(text, sentence, quote, before)
    if heard is not None:
        return heard
    if (
        len(before) == 1
        and SUBJECT_LEAD.fullmatch(text.text, sentence.start, before[0].span.start)
        and _THEIR_MESSAGE_WAS.fullmatch(text.text, before[0].span.end, quote.opening)
    ):
        return before[0].person  # "X's message was clear: “…”"
    if _words_of(text, sentence, quote, before):
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
        if not PREPOSITION_BEFORE.search(text.text, sentence.start, mention.span.start):
            if _PROMPTED_BEFORE.search(
                text.text, sentence.start, mention.span.start
            ) and _TO_SAY.fullmatch(text.text, mention.span.end, quote.opening):
                return mention.person  # "That got a gleeful X to say, in German, “…”"
            if not (
                SUBJECT_LEAD.fullmatch(text.text, sentence.start, mention.span.start)
                or _CLAUSE_SUBJECT_LEAD.search(text.text, sentence.start, mention.span.start)
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
    return _speaker_of_lead_in(text, quote, spoken)


def _heard_from(text: Text, sentence: Span, quote: Quote, before: list[Mention]) -> Person | None:
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


def _source_of_clause(text: Text, according: re.Match[str], before: list[Mention]) -> Person | None:
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


def _office_as_source(
    text: Text, according: re.Match[str], before: list[Mention], quote: Quote, spoken: Mentions
) -> Person | None:
    """The holder of the office a clause is "according to" or as seen by ("For the president of
    Norway, the bloc is “…”"), when the sentence names no one and no one in it speaks."""
    office_of = _SOURCE_OFFICE.fullmatch(according.group("source"))
    if office_of is None or before or SAYING.search(according.group("clause")):
        return None
    return office_holder(text, office_of, quote.opening, spoken)


def _unnamed_source(according: re.Match[str], before: list[Mention]) -> bool:
    """Whether a clause is "according to" someone the report does not name, and no one in it
    speaks: the words it quotes are that source's account, not those of whom it is about."""
    return not SAYING.search(according.group("clause")) and not any(
        according.start("source") <= m.span.start < according.end("source") for m in before
    )


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


def _quoted_one(
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


def _speaker_of_lead_in(text: Text, quote: Quote, spoken: Mentions) -> Person | None:
    """A quote opening its paragraph after one that ends "X said:" is X's; so is a quote
    that is a sentence of its own after one telling what its subject said ("X said he was
    ready." or "He insisted that …")."""
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
    if LEADING_PRONOUN.match(text.text, last.start, lead_in.end):
        return subject_before(text, last.start, spoken)
    described = DESCRIBED_SAID.match(text.text, last.start, lead_in.end)
    if described:  # "The President said: ⏎ “…”"
        office = described.group("office")
        return holder_described(text, described.group("who"), office, last.start, spoken)
    return None


def _speaker_on_a_name_line(text: Text, quote: Quote, spoken: Mentions) -> Person | None:
    """A quote on a line of its own under a line that only names someone ("Ambassador X -
    Secretary General") or over one that is a dash and a name ("— X, president of Kenya"),
    as transcripts and round-ups print who speaks; or followed on its line by a dash and a
    name, as a headline gives it ("‘We are ready’ - X")."""
    start = text.text.rfind("\n", 0, quote.opening) + 1
    end = text.text.find("\n", quote.closing)
    end = len(text.text) if end == -1 else end
    if _KICKER.fullmatch(text.text, start, quote.opening) and _DASH.match(
        text.text, quote.closing + 1, end
    ):  # a headline's "‘We are ready’ - X", "Summit: ‘We are ready’ — X"
        return _named_on_line(text, Span(quote.closing + 1, end), spoken, dash=True)
    if text.text[start : quote.opening].strip() or text.text[quote.closing + 1 : end].strip(
        PUNCTUATION_AFTER
    ):
        return None  # the quote shares its line with other words
    above, below = _line_before(text.text, start), _line_after(text.text, end)
    named_above = _named_on_line(text, above, spoken, dash=False) if above else None
    return named_above or (_named_on_line(text, below, spoken, dash=True) if below else None)


def _named_on_line(text: Text, line: Span, spoken: Mentions, *, dash: bool) -> Person | None:
    """The one person a line names and does nothing else with: titles, the name, and after a
    dash or comma a description; led by a dash when ``dash``."""
    named = spoken.starting_in(line)
    if len(named) != 1:
        return None
    lead = text.text[line.start : named[0].span.start]
    if dash != bool(_DASH.match(lead)):
        return None
    lead = _DASH.sub("", lead, count=1)
    if not TITLES_ONLY.fullmatch(lead) or not _NAME_LINE_AFTER.fullmatch(
        text.text, named[0].span.end, line.end
    ):
        return None
    return named[0].person


def _line_before(text: str, start: int) -> Span | None:
    """The nearest line with words before the line starting at ``start``."""
    end = start - 1
    while end > 0:
        line_start = text.rfind("\n", 0, end) + 1
        words = text[line_start:end]
        if words.strip():
            return Span(line_start, line_start + len(words.rstrip()))
        end = line_start - 1
    return None


def _line_after(text: str, end: int) -> Span | None:
    """The nearest line with words after the line ending at ``end``."""
    while end < len(text):
        line_end = text.find("\n", end + 1)
        line_end = len(text) if line_end == -1 else line_end
        words = text[end + 1 : line_end]
        if words.strip():
            first = end + 1 + len(words) - len(words.lstrip())
            return Span(first, first + len(words.strip()))
        end = line_end
    return None


def _speaker_of_reported_speech(text: Text, quote: Quote, spoken: Mentions) -> Person | None:
    """The subject of the sentence before a quote that stands as a sentence of its own, when
    that sentence reports what they said, its subject is named or "he" or "she" ("They said",
    "Officials said" are no one's), and no one else named in it speaks ("X said Y told him …"
    is no one's)."""
    index = text.sentence_index(quote.opening)
    opening = text.sentences[index]
    if (
        (_cut_before_named(text, quote, spoken) and not _cut_on_the_line_before(text, quote))
        or index == 0
        or not _OPENS_SENTENCE.match(text.text[opening.start : quote.opening])
        or not _nothing_after(text, quote)
    ):
        return None
    sentence = text.sentences[index - 1]
    # the question "“…?” X asked." is read as two sentences of one paragraph
    asked = max(text.paragraph_at(sentence.start).start, text.sentences[max(0, index - 2)].start)
    if (
        not _REPORTS_SPEECH.search(text.text, sentence.start, sentence.end)
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
    return named_as_possessive(text, mention) and not _REPORTS_SPEECH.search(
        text.text, mention.span.end, sentence.end
    )


def _named_outside_an_opening_clause(text: Text, sentence: Span, named: list[Mention]) -> bool:
    """Whether anyone in ``named`` stands outside a clause opening the sentence: "After
    congratulating X, the chancellor asked “…”" makes the chancellor the subject, X no one
    who speaks."""
    clause = OPENING_CLAUSE.match(text.text, sentence.start, sentence.end)
    return any(clause is None or mention.span.start >= clause.end() for mention in named)
