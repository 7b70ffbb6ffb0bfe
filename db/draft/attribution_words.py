"""The wording of attributions that both the speaker rules (quotes) and the reading of what
their words stand for (referents) look for: verbs of speech, descriptions set off around a
name, and the clauses that open a sentence before its subject.
"""

from __future__ import annotations

import re

from db.draft.lazy_regex import lazy_compile
from db.draft.text import UPPER
from db.draft.titles import TITLE
from db.draft.words import SPEECH_VERB

# whom "according to" names, up to its comma, with a courtesy title's full stop ("According
# to Mr. X, …")
ACCORDING_SOURCE = r"(?:(?:Mr|Mrs|Ms|Dr|Prof)\.[ ])?[^,;.“”\"]{1,60}"

# Verbs that report speech, with those a quote's attribution uses more than a report of who
# attends does: "…,” X confirmed", "X pointed out", "…,” he indicated".
QUOTE_SPEECH_VERB = (
    rf"(?:{SPEECH_VERB}|asserted|reaffirmed|confirmed|countered|retorted|exclaimed"
    r"|suggested|indicated|mentioned|pointed[ ]out|interjected|cut[ ]in|chimed[ ]in"
    r"|shot[ ]back|fired[ ]back|went[ ]on|pledged|opined|boasted|disclosed|revealed"
    # the present tense of reports translated from French: "X maintains that", "Y emphasizes"
    r"|maintains|emphasi[sz]es"
    # … and of an opinion, as reports translated from Nordic languages attribute a quote:
    # "…,” believes X"
    r"|believes|thinks|feels)"
)
OPENING_MARKS = '“"«„'
PUNCTUATION_AFTER = ' \t\n.,;:!?”"’)'
# "X and Y said": a name joined to another by "and" just before it; not two offices one
# person holds ("ASEAN Chairman and Prime Minister of Thailand X said").
JOINED_BEFORE = lazy_compile(
    rf"(?<![\w.’'-])(?!(?i:{TITLE})[ ]and[ ])[{UPPER}][\w.’'-]*[ ](?:and|nor|as[ ]well[ ]as)[ ]"
    rf"(?:(?:[{UPPER}][\w.’'-]*|(?i:{TITLE}))[ ])*$"
)
# "the former head of the bloc's diplomacy", "the 61-year-old", "the Danish politician", "the
# head of state": a description of someone named before, as a pronoun refers back.
NO_OFFICE = r"(?:politician|diplomat)"  # what someone is, not an office one holds
LEADER_ONLY = r"(?i:head[ ]of[ ](?:state|government))"  # leading a country, none named
_THE_ONE_BEFORE = (
    rf"the[ ](?:former|veteran|\d+-year-old|[A-Z][a-z]+[ ]{NO_OFFICE}\b|{LEADER_ONLY})\b"
    r"[^,.;“”\"]{0,60}?"
)
ENDS_DESCRIPTION = r"(?=[,.;]|[ ](?:who|whose|at|during|in|on)\b|$)"
SAID_THE_ONE_BEFORE = lazy_compile(
    rf"[\s,”\"’]*(?:(?:{QUOTE_SPEECH_VERB})[ ]{_THE_ONE_BEFORE}{ENDS_DESCRIPTION}"
    rf"|{_THE_ONE_BEFORE}[ ](?:{QUOTE_SPEECH_VERB})\b)"
)
ANY_VERB_THE_ONE_BEFORE = lazy_compile(
    rf"[\s,”\"’]*[a-z]{{2,}}ed[ ]{_THE_ONE_BEFORE}{ENDS_DESCRIPTION}"
)
# "he said"; never "they said", whose speakers are more than one person
PRONOUN_SAID = lazy_compile(rf"[\s,”\"]*(?P<pronoun>he|she)[ ]{QUOTE_SPEECH_VERB}\b", re.IGNORECASE)
# A word for a body an official serves, and the words for that official at its head.
BODY_NOUN = lazy_compile(
    r"(?i:bloc|alliance|union|group|grouping|organi[sz]ation|commission|forum|body|bank|fund"
    r"|agency|council|league|community)"
)
# "…,” said the Danish president", "added the prime minister who …"
# "the Danish minister", "Sweden's prime minister": who holds an office, by country and office.
_COUNTRYS = rf"(?=(?:[{UPPER}][\w.]*[ ])?[{UPPER}][\w.]*['’]s[ ])"  # "New Zealand's"
DESCRIPTION = (
    rf"(?:[Tt]he[ ]|{_COUNTRYS})"
    r"(?P<who>(?:(?:[A-Z]\.){2,}[ ]|[^ ,.;“”\"]+[ ]){0,3}?)"  # "the U.S. leader"
    r"(?P<office>[a-z]+(?:-[a-z]+)*|[A-Z]{2,}|[A-Z][a-z]+(?:-[A-Z][a-z]+)*)"
)
TITLES_ONLY = lazy_compile(rf"(?:(?:[{UPPER}][\w.’'-]*|(?i:{TITLE}))[ ])*")
# "His Highness", "Her Majesty": a ruler's style, which stands for the ruler
_RULERS_STYLE = r"(?:His|Her)[ ](?:Royal[ ])?(?:Highness|Majesty|Excellency)"
# not one an office serves: "the office of the prime minister said", "an aide to the king said"
# "…,” His Highness the Amir noted": a style before the office is the holder's too
DESCRIBED_SAID = lazy_compile(
    rf"[\s,”\"]*\b(?<!\bof[ ])(?<!\bfor[ ])(?<!\bto[ ])"
    rf"(?:{_RULERS_STYLE}[ ](?=the[ ]))?"
    rf"{DESCRIPTION}"
    rf"(?:,[ ]who[ ][^,“”\"]{{1,80}},)?[ ]{QUOTE_SPEECH_VERB}\b"
)
# "He said: …", or after an opening phrase: "Asked whether …, she said: …", "At the opening he
# enthused that …"
LEADING_PRONOUN = lazy_compile(
    r"\s*(?:[A-Z][^,]{0,120},[ ]"
    r"|(?:At|In|On|During|After|Before|While|But|And|Yet|So|Then|Later)\b[^,]{0,120}?[ ])?"
    r"(?P<pronoun>he|she)\b",
    re.IGNORECASE,
)
# "to Lund", "with South Korean leader Lund": the name is not who acts in its clause (but
# "Head of State Lund" is Lund's title).
# "as telling Lund", "met Lund": the listener or the one met is not who speaks either, nor
# the one a phrase opening the sentence speaks to ("Addressing Lund, he said").
PREPOSITION_BEFORE = lazy_compile(
    r"\b(?:with|to|from|by|for|against|(?<!Head[ ])of|besides|about|on|than|and"
    r"|(?i:told|tell|tells|telling|asked|asking|urged|urging|met|meeting|meets|thanked|thanking"
    r"|welcomed|welcoming|greeted|greeting|congratulated|congratulating|called|calling"
    r"|address|addressed|addresses|addressing))[ ]"
    rf"(?:[A-Z][\w.’'-]*[ ]|{TITLE}[ ]){{0,4}}$"
)
# Words between a speaker's name and the quote that say they speak: a verb of speech, a colon.
SAYING = lazy_compile(
    rf"\b(?:{QUOTE_SPEECH_VERB}|say|saying|calling|describing|dubbing|terming|enthused|expressed"
    r"|addressing|speaking|spoke|telling|urging|voiced|writing|quoted|announc\w*|declar\w*"
    r"|insist\w*|warn\w*|stress\w*|not(?:e|ing)|add(?:ing)?|pledg\w*|promis\w*|vow\w*"
    r"|urge|tell|state|stating|argu\w*|claim\w*|recall\w*|applaud\w*|prais\w*|laud\w*"
    r"|hail\w*|criticiz\w*|criticis\w*|thank\w*|condemn\w*|accus\w*|denounc\w*|brand\w*"
    r"|label\w*|dub\w*|defend\w*|welcom\w*|hop(?:e|es|ed|ing)|express\w*|assert\w*"
    r"|suggest\w*|acknowledg\w*|admit\w*|conced\w*|explain\w*|respond\w*|repl(?:y|ying)"
    r"|quip\w*|jok\w*|remark\w*|comment\w*|demand\w*|appeal\w*|plead\w*|insist|invit\w*"
    r"|propos\w*|point(?:ed|ing|s)?[ ]out|allud\w*|referr\w*|cit(?:e|ed|es|ing)|emphasi[sz]\w*"
    r"|underlin\w*|highlight\w*|reiterat\w*|renew\w*|lament\w*|evok\w*|invok\w*|question\w*"
    r"|repeat\w*|specifi\w*|clarifi\w*|den(?:y|ies|ied|ying)|justif\w*|characteri[sz]\w*"
    r"|portray\w*|dismiss\w*)\b"
    # a medium of their words, whatever the verb: "X … in a post on Facebook that he is “…”"
    r"|\bin[ ](?:a|an|his|her|their)[ ](?:[\w-]+[ ])?(?:post|tweet|statement|interview"
    r"|message|speech|address|video)[ ][^“”\"„«]*\bthat\b"
    r"|:\s*[“\"]?$"
)
# A speech verb whose subject a translation from a language that drops it leaves out, after
# a phrase on what is spoken of: "Referring to the deal said:", "Turning to Chile, added:"
SUBJECTLESS_SAYING = lazy_compile(
    r"\s*(?:Referring|Turning|Speaking|Commenting|Responding|Alluding|Returning)[ ]"
    r"(?:to|on|about)[ ][^,“”\"]{1,120}?,?[ ](?:said|added|stated|stressed|noted):?\s*$"
)
# What may open a sentence before its subject's name: a phrase set off by a comma ("At the
# retreat,"), then capitalised words and titles ("Swedish Prime Minister", "Mrs.", "Norway's"),
# lower-case words only as a title's ("exiled opposition leader").
_ELIDED = r"(?:[a-z]{1,2}['’])"  # "d'Ivoire", "l'Est": a name's elided article
NAME_WORD = rf"(?:{_ELIDED}?[{UPPER}][\w.’'-]*|the|of|[a-z]+['’]s)\s"
# A dateline opening a report's first sentence: "OSLO (AP) — ", "OSLO, May 2 (NTB) -- ",
# "BERGEN, Norway — ", "BERGEN - " (not "Members of NATO — "), or one whose credit ends it
# with no dash, as PTI writes: "NEW DELHI, Sept 9 (PTI) "; or a live blog's time stamp.
_DATELINE = (
    r"(?:[^“”\"\n]{0,160}?(?:\([^()\n]{1,40}\)|(?<![a-z][ ])\b[A-Z]{3,}\b(?:,[ ][A-Z][\w ]{1,30})?)"
    r"[ ]*(?:--|[—–]|-(?=[ ]))[ ]+"
    r"|(?<![\w-])[A-Z]{3,}(?:[ ][A-Z]{2,})*(?:,[ ][^“”\"\n().]{1,30})?[ ]\([A-Z][\w ]{1,20}\)[ ]+"
    # a live blog's time stamp opening an entry: "13:42 — ", "1:42 p.m. - ", "13.42: "
    r"|(?<![\w.:])\d{1,2}[:.]\d{2}(?:[ ]?[ap]\.?m\.?)?[ ]*(?:--|[—–]|-(?=[ ])|:)[ ]+)"
)
# "Minister of Trade and Industry X": an office's portfolios joined, before the name goes on.
_PORTFOLIOS_JOINED = rf"and\s(?=[{UPPER}])"
# "the president of Uruguay, X,": an office set off by a comma before the name it is.
_TITLE_LEAD = rf"(?:[a-z-]+\s){{0,3}}?(?i:{TITLE})"
_BULLET = r"(?:\s*[-*•—–][ ])"  # a list's item: "- ", "• "
# an aside on the opening phrase before the subject: "Faring poorly at home, where he faces
# unrest, X sought …" (its "he" means the subject named after it)
_WHERE_ASIDE = r"(?:(?:where|when|as|while)[ ][^,“”\"]{1,80},\s)"
# … or an opening phrase and an office set off by commas: "Giving his remarks, the host and
# Chairman of the summit, H.E President X outlined …"
SUBJECT_LEAD = lazy_compile(
    rf"(?:{_DATELINE}|{_BULLET})?(?:[^,“”\"]{{0,120}},\s{_WHERE_ASIDE}?){{0,2}}(?:{NAME_WORD})*"
    rf"(?:{_TITLE_LEAD}\s(?:{NAME_WORD}|{_PORTFOLIOS_JOINED})*"
    rf"|{_TITLE_LEAD}(?:\s(?:{NAME_WORD})*?{_ELIDED}?[{UPPER}][\w’'-]*)?,\s"
    # "…, H.E. X advised", "…, H.E X advised": a style before the name, its last stop or not
    rf"(?:[{UPPER}](?:[{UPPER}.]*[.]|(?:[.][{UPPER}])+)\s)?)?"
)
# A sentence whose subject is an office: "The Queen, …, said:", "The Prince of Wales added that"
DESCRIBED_SUBJECT = lazy_compile(
    # "Noting the “support it has received,” the King …": an opening that quotes a phrase
    rf"\s*(?:[A-Z][a-z]+ing[ ][^,“”\"]{{0,60}}[“\"][^“”\"]{{1,200}},[”\"]\s)?"
    # "The Queen", or a country's office: "Norway's Prime Minister also spoke …", after up to
    # five phrases set off by commas ("In his speech …, held today, Tuesday, in the capital, in
    # the presence of leaders,")
    rf"(?:[^,“”\"]{{1,120}},\s){{0,5}}?(?:[Tt]he[ ]|{_COUNTRYS})"
    # not "The prime minister's office said": someone the holder has speaks
    rf"(?P<who>(?:[^ ,.;“”\"]+[ ]){{0,2}}?)(?P<office>(?i:{TITLE}))\b(?![ ]of[ ][a-z]|['’]s\b)"
)
# A sentence whose subject refers back as a pronoun would: "Likewise, the leader …", "On his
# arrival, the statesman …"
REFERRING_SUBJECT = lazy_compile(
    r"\s*(?:[^,“”\"]{1,120},\s){0,2}(?:[Tt]he[ ]"
    # "The 61-year-old said", "The 61-year-old leader said": the one of that age, as below
    r"(?:(?P<age>\d{1,3})-year-old(?=[ ,])(?:[ ](?=leader\b))?|veteran[ ](?=leader\b))?"
    r"(?:leader|statesman|stateswoman|head[ ]of[ ]state|head[ ]of[ ]government|monarch"
    r"|(?<=-year-old)(?=[ ,]))"
    rf"|{_RULERS_STYLE})\b"
)
# A clause opening a sentence before its subject ("When X arrived, Y greeted …", "Four days
# after X's warning, Y …"): who is named in it is not the one a later "he" stands for.
OPENING_CLAUSE = lazy_compile(
    r"\s*(?:When|After|Before|As|While|Whilst|Although|Though|If|Because|Since|Once|Until"
    r"|Unless|Whereas"
    r"|(?:[A-Z][a-z]+|\d+)[ ](?:hours?|days?|weeks?|months?|years?)[ ](?:after|before)"
    r"|(?:Shortly|Soon|Just|Hours|Days|Weeks|Moments)[ ](?:after|before))\b[^,;“”\"]{0,120},[ ]"
)
