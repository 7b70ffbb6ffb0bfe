"""Where news writing sets an office around a name, and what of it is the office.

An office comes before a name ("French president X", "Minister of Rural Affairs X", "the
Prime Minister of Belize, X") or after it ("X, Denmark's prime minister,", "X – President of
the Council;"); in a roll where every office comes first ("President of A, X, the chancellor of
B, Y") each office is the name's after it, and where a name opens the roll, the name's before.
"""

from __future__ import annotations

import re

from db.draft.forms_of_address import ADDRESS_WORDS, POST_NOMINALS
from db.draft.lazy_regex import lazy_compile
from db.draft.model import Party
from db.draft.name_matching import is_initial
from db.draft.text import UPPER
from db.draft.titles import OF_THE_HOST, SPANISH_TITLE, TITLE, TITLE_PATTERN
from db.draft.words import PORTFOLIO_WORDS, WORD

MODIFIER_OPENING = lazy_compile(r"(Former|Acting|Interim|Outgoing)[ ]")
MODIFIER_BEFORE = lazy_compile(r"\b(acting|interim|former|outgoing|deputy|vice)[ ]$", re.IGNORECASE)
# "X, Denmark's prime minister,"; "X, President of Nigeria and Chair of the Authority,";
# "X – President of the Council;"; "X Secretary General of the Council", the comma left out
# before a capitalised office of something
# "X, Canada's minister of health who took over the chair,"; not "in Lima, with the presence of
# the President of Peru, Y", the office of a name to come
TITLE_AFTER = lazy_compile(
    rf"(?:,[ ]|[ ][–—]\s|[ ](?=(?-i:[{UPPER}])[\w-]+(?:[ ][\w-]+){{0,2}}[ ]of[ ]))"
    rf"(?!and[ ]|or[ ]|with[ ]|in[ ]the[ ]presence\b)(?:the[ ]|a[ ]|an[ ])?(?P<who>[^,.;]{{0,40}}?)\b"
    # not another's title: "X, with the country represented by Minister of State Y", "in X,
    # Chile under the chair of Y"
    r"(?<!\bby[ ])(?<!\bwith[ ])(?<!\bfrom[ ])(?<!\bto[ ])(?<!\bunder[ ]the[ ])"
    rf"(?P<title>{TITLE}|(?<=[–—][ ]){SPANISH_TITLE})\b"
    # the portfolio before the country: "Minister for Foreign Affairs and Trade of Kenya"
    r"(?:[ ]for[ ][^,.;]{1,60}?(?=[ ]of[ ]))?"
    rf"(?:[ ](?:of|de)[ ]+(?:the[ ]|la[ ])?(?P<of>[^,.;]{{1,60}}?))?"
    rf"(?:[ ](?:to|in|for)[ ][^,.;]{{1,40}}?)?"
    # … up to a second description: "X, the president of Chile and the youngest leader there,"
    rf"(?=[,.;\n]|$|[ ]and[ ](?:the[ ])?{TITLE}\b|[ ]and[ ]the[ ]"
    # … or up to the next name addressed: "X, Deputy Executive Secretary and H.E. Y", "…
    # of the Commonwealth and His Excellency Y"
    r"|[ ]and[ ](?-i:H\.[ ]?E\.|HE|Hon\.|Dr\.?|Mrs?\.?|Ms\.?|His|Her)[ ]"
    # … or up to the verb, the comma left out: "X, the LU Secretary-General also attended"
    r"|[ ](?:who|during|at|since|until|also)[ ]|[ ](?:said|says|told)\b)",
    re.IGNORECASE,
)
# Words that qualify a title after whose it is: "Malaysia's long-serving prime minister".
_QUALIFIERS = (
    r"(?:(?:host(?:[ ]country)?|caretaker|outgoing|incoming|new|newly[ ]elected|newly[ ]appointed"
    r"|current|then|former|embattled|authoritarian|veteran|re-elected|long-serving|longtime"
    r"|transitional"
    # "Fiji's self-appointed prime minister", "the military-backed president"
    r"|[a-z]+-(?:[a-z]+ed|time|serving))[ ])*"
)
# "Burkina Faso's", "the Democratic Republic of Congo's": a possessive of up to four capitalised
# words, which may hold an "of".
_POSSESSIVE = rf"(?-i:(?:[{UPPER}][\w.’'-]*[ ](?:of[ ](?:the[ ])?)?){{0,3}})[^ ,.;]+['’]s[ ]"
# "Myanmar's military leader", "Sudan's army chief", "Kenyan opposition leader", "EU foreign
# policy chief": a word or two that say what kind of office it is, part of the title after
# whose it is; not one that says when it was held ("founding prime minister", "late president"),
# nor words of the sentence ("Attending the summit were the President of Chile, X").
_KIND_OF_OFFICE = (
    rf"(?(who)(?:(?:(?!{TITLE}\b|late[ ]|(?:and|but|nor|with|for|the|were|was|are|who|that"
    rf"|which|its|his|her|their|has|have|had)[ ])(?-i:[a-z]{{3,}}(?<!ing)(?<!ed))"
    rf"[ ]){{1,2}}(?={TITLE}\b))?)"
)
# "Minister of Foreign Affairs and Foreign Trade of Kenya, X", "Secretary of State in the
# Ministry of Foreign Affairs of Ghana, X": a portfolio and its country longer than a title's
# usual run, all in capitals, as a caption's roll writes an office in full; words in lower case
# tell of something else ("The President of Chile replaced his Peruvian counterpart, X").
_LONG_PORTFOLIO = rf"(?-i:(?:(?:[{UPPER}][\w'’-]*|and|of|the|in|for)\b[ ]?){{1,9}})"
# "…, the Uruguayan X": "the" between an office's comma and a demonym opening the name
THE_AFTER_COMMA = lazy_compile(r"(?<=,[ ])the[ ]$")
TITLE_BEFORE = lazy_compile(
    rf"(?:^|(?<=\s))(?P<who>{_POSSESSIVE}|the[ ](?!{TITLE})[^ ,.;]+[ ]|(?:its|his|her|their)[ ])?"
    rf"{_QUALIFIERS}(?P<title>{_KIND_OF_OFFICE}{TITLE}(?:[ ](?:to|of|in|for)[ ]"
    rf"(?:(?:[^,;.()]|(?<=St)\.){{1,40}}|{_LONG_PORTFOLIO}))?)"
    # "the president of the Nordic Council (NC), X"; "Peruvian President , X" or "…,  X", a
    # space astray
    r"(?:[ ]\([^(),;.]{1,15}\))?[ ]?,[ ]{1,2}$",
    re.IGNORECASE,
)
# "Minister of Rural Affairs X", "Minister of State for Foreign Affairs X", "Minister of
# Foreign Affairs and International Cooperation X", "Togolese Head of State X", "Secretary of
# the Ministry of Foreign Affairs X": the run after it is the portfolio (or what one heads) and
# the name; not "Secretary of State Ana Ruiz and" before another's title, where a name follows
# the office at once.
PORTFOLIO_BEFORE = lazy_compile(
    rf"(?:(?P<who>[{UPPER}][^ ,.;]*)[ ])?"
    r"(?P<title>(?:Minister|Secretary|Commissioner|Head)[ ](?:of|for)[ ]"
    r"(?:the[ ])?(?:(?:Ministry|Department)[ ]of[ ](?:the[ ])?)?"
    rf"(?:(?!State[ ][{UPPER}])(?:[{UPPER}][\w-]*[ ]){{1,3}}(?:for|and)[ ](?:the[ ])?)?)$"
)
# Last words of a portfolio ("of Foreign Affairs", "of International Relations").
PORTFOLIO_ENDS = frozenset({"Affairs", "Trade", "Development", "Planning"})
# "Special Representative", "Deputy Coordinator", "US Assistant Secretary" (of …): an office
# whose last word is never a name's
OFFICE_ENDS = frozenset(
    {"Representative", "Coordinator", "Rapporteur", "Envoy", "Secretary", "Minister"}
)
# "… Transport and Implementation", "Natural Resources", "Humanitarian Assistance": abstract
# nouns end a portfolio or a theme, no name (long ones only: "Pence", "Lawrence" are names).
PORTFOLIO_NOUN = lazy_compile(
    r"[A-Z][a-z]+(?:tions?|sions?|ities|ources)|[A-Z][a-z]{5,}(?:ance|ence)"
)
# "sent his", "met their": an office after a verb is the one of whom the verb tells
ANOTHERS_OFFICE = lazy_compile(
    r"\b(?!(?:and|also|now|then|still|once|formerly|as)\b)[a-z]+[ ](?:his|her|their|its)[ ]$"
)
# Offices written before a name and never a family name: one after two words of a name starts
# another mention ("X Y President X Y").
OFFICES_BEFORE_NAMES = frozenset({"President", "Premier", "Prime", "Secretary-General"})
# "…, Regional Integration and International Trade", "…, International Business and Diaspora
# Relations": a portfolio's further parts, not a name, as a word ending one closes them.
_PORTFOLIO_PART_AFTER = lazy_compile(
    rf"[ ]and[ ](?P<words>[{UPPER}][\w-]*(?:[ ][{UPPER}][\w-]*){{0,3}})"
)
# "Ambassador to ", "envoy to ": the country after is the one an envoy is posted to
POSTED_TO_BEFORE = lazy_compile(
    r"\b(?:ambassador|envoy|commissioner|representative|consul)[ ]to[ ]$", re.IGNORECASE
)
NO_PARTY_WORDS = frozenset({"the", "his", "her", "its", "their"})
_CAPITALISED_WORDS = rf"(?:[{UPPER}][\w.’'-]*[ ]){{1,3}}?"
# "French president Luc Moreau", "Greece's prime minister Nikos Pappas": a title
# in lower case, after the country or body it serves, right before the name.
LOWER_TITLE_BEFORE = lazy_compile(
    rf"(?:^|(?<=[\s(]))(?:(?P<who>{_CAPITALISED_WORDS}|{_POSSESSIVE}|the[ ]|(?:his|her|its|their)[ ])"
    # "with host X launching …", "X and first lady Y", "including host country leader X"
    r"|(?<=\bwith[ ])|(?<=\band[ ])|(?<=\bincluding[ ]))"
    rf"{_QUALIFIERS}(?P<title>{_KIND_OF_OFFICE}{TITLE}|(?i:prime[ ]minister))[ ]$"
)
# "ASEAN Secretary-General Dr. X", "President H.E. X": a title in any case, and the country or
# body before it, ended by a form of address that stops the run of the name ("President of
# Benin H.E X", its country after it, is read by titled_runs._office_of_a_country).
TITLE_BEFORE_ADDRESS = lazy_compile(
    rf"(?:^|(?<=[\s(]))(?P<who>{_CAPITALISED_WORDS}|{_POSSESSIVE}|(?:his|her|its|their)[ ])??"
    rf"(?P<title>{_KIND_OF_OFFICE}(?i:{TITLE}))[ ]$"
)
CHAIR_TITLES = frozenset({"chair", "chairman", "chairwoman", "chairperson"})
# "… of Chile Dr. X", "… of Trinidad and Tobago Hon. X": the country an office before it serves,
# within the sentence ("… of St. Lucia Hon. X"; not "Chair of the Union.⏎⏎Kenya Right Hon. X")
OF_A_COUNTRY_BEFORE = lazy_compile(
    rf"[ ]of[ ](?:the[ ])?(?P<who>[{UPPER}](?:(?![ ]of[ ]|(?<!St)[.]\s)[^,;:()\n]){{0,40}}?)[ ]$"
)
OFFICE_AND_BEFORE = lazy_compile(
    rf"(?P<who>(?:[{UPPER}][\w’'-]*[ ]){{1,3}}?)(?P<title>(?i:{TITLE}))[ ]and[ ]$"
)
# "the President of the Chilean Transition and outgoing President of the Union, X": the office
# joined by "and" before the one next to the name is the name's too, and says whose it is
JOINED_OFFICE_OF_BEFORE = lazy_compile(
    rf"[ ]of[ ](?:the[ ])?(?P<of>[{UPPER}][\w’'-]*(?:[ ][{UPPER}][\w’'-]*){{0,2}})[ ]and[ ]$"
)
# "Danish host President …", "Finnish caretaker Prime Minister …": a country, then words
# that qualify the title, before a capitalised title.
QUALIFIED_BEFORE = lazy_compile(  # "Papua New Guinea's": a country's name of up to three words
    rf"(?P<who>[{UPPER}][\w’'.-]*(?:[ ][{UPPER}][\w’'.-]*){{0,2}})[ ](?:(?:summit|meeting)[ ])?"
    rf"{_QUALIFIERS}$"
)
# "Irish prime minister, X": the country or body named in capitals right before a title.
LEAD_BEFORE = lazy_compile(rf"(?:^|(?<=[\s(]))(?P<who>(?:[{UPPER}][\w.’'-]*[ ]){{1,3}})$")
# "the newly elected Prime Minister of Australia Tom Harlow", "the President of the Republic of
# Chile Ana Ruiz": the state's full name before its short one
TITLE_OF_BEFORE = lazy_compile(
    rf"(?P<title>{TITLE})[ ]of[ ](?:the[ ])?"
    r"(?:(?-i:Republic|Kingdom|Sultanate|Emirate|State|Federation|Principality)[ ]of[ ])?$",
    re.IGNORECASE,
)
# a body's name that holds an "of" before the rest of it: "the Organization of ", "League of "
BODY_OF_BEFORE = lazy_compile(
    r"\b(?:Organi[sz]ation|League|Union|Community|Council|Conference|Association)[ ]of[ ]"
    r"(?:the[ ])?$"
)
# "of Trinidad and Tobago", "of St. Vincent and the Grenadines": a country's "and" and stop too
SERVED_IN_TITLE = lazy_compile(
    rf"[ ]of[ ](?:the[ ])?(?P<of>(?:{WORD})\.?(?:[ ](?:and[ ](?:the[ ])?)?(?:{WORD}))*)$"
)
# "the President of the host country, X": the meeting's country, which the office leads
OF_THE_HOST_COUNTRY = lazy_compile(rf"[ ]{OF_THE_HOST}(?:[ ][\w’' -]+)?$", re.IGNORECASE)
ABBREVIATION_AFTER = lazy_compile(r"[ ]\([A-Z.]{2,8}\)$")
BODY_AND_ABBREVIATION_BEFORE = lazy_compile(
    # "of the United Nations Conference on Trade and Development (UNCTAD) "
    r"[ ]of[ ](?:the[ ])?(?P<body>[A-Z][\w’'-]*"
    r"(?:[ ](?:(?:of|on|for|and)[ ](?:the[ ])?)?[A-Z][\w’'-]*){1,7})"
    r"[ ]\((?P<abbreviation>[A-Z.]{2,8})\)[ ]$"
)
# "X (PhD), Prime Minister of Y", "X, Ed.D, President of Y": a degree, dotted when after a
# comma; "the Hon X MP, Prime Minister of Y": a seat's or an honour's letters
_DEGREE_AFTER = lazy_compile(
    r"[ ]\((?:[A-Z][a-z]{0,2}\.?){1,3}\)(?=,)|,[ ](?=[\w.]*\.)(?:[A-Z][a-z]{0,2}\.?){1,3}(?=,)"
    rf"|(?:[ ](?:{'|'.join(sorted(POST_NOMINALS))}))+(?=,)"
)
# "A B, " or "A B – " before an office: the office is that name's ("A B – President of X, C")
_NAME_AND_COMMA = lazy_compile(rf"(?:{WORD})[ ](?:{WORD})(?:,|[ ][–—])[ ]?$")
# "Ana Maria Lopes, ": the whole name, so that the office before it is found where it starts
# "H.E Ana Maria Lopes, ": the name and the form of address before it
_ADDRESSED_NAME_AND_COMMA = lazy_compile(
    rf"(?<![\w.])(?:{ADDRESS_WORDS})[ ](?:{WORD})(?:[ ](?:{WORD})){{1,3}},[ ]?$"
)
_FULL_NAME_AND_COMMA = lazy_compile(rf"(?:{WORD})(?:[ ](?:{WORD})){{1,3}}(?:,|[ ][–—])[ ]?$")
# An envoy's rank before a name, which says nothing of whom they serve: the office after the
# name does ("Ambassador X, Special Envoy of the Union").
RANK_OF_ENVOYS = lazy_compile(r"(?:H\.E\.[ ])?Amb(?:assador|\.)", re.IGNORECASE)
OFFICE_OF_OTHERS = lazy_compile(r"(?i:his|her|their|its)[ ]")
NAME_AFTER_COMMA = lazy_compile(rf",[ ](?:{ADDRESS_WORDS}[ ])*(?:{WORD})[ ](?:{WORD})")
TITLE_ENDS = lazy_compile(rf"\b(?:{TITLE})$", re.IGNORECASE)
_OF_ENDS = lazy_compile(rf"[ ](?:of|to|for)[ ](?:the[ ])?(?:[{UPPER}][\w’'-]*[ ]){{0,3}}$")


def _office_opening(text: str, end: int) -> int | None:
    """Where an office whose country opens the name's run at ``end`` begins ("President of "
    before "A H.E. X, "), or None: the name is written after its office with no comma."""
    of = _OF_ENDS.search(text, max(0, end - 40), end)
    title = TITLE_ENDS.search(text, max(0, end - 60), of.start()) if of else None
    return title.start() if title else None


TITLE_GOES_ON = lazy_compile(rf"[ ](?:of[ ]the[ ](?-i:[a-z])|and[ ](?:{TITLE})\b)", re.IGNORECASE)


def office_over_nationality(nationality: Party | None, served: Party | None) -> Party | None:
    """Whom someone serves, given the country of the demonym before their name and the party
    of the office written before it: a body's office wins ("Secretary General of the Union,
    the Uruguayan X" serves the Union), as a nationality says only where they come from."""
    if served is not None and (nationality is None or not served.is_country):
        return served
    return nationality


def heads_no_country(title: str, office: list[str]) -> bool:
    """Whether "Head of …" before a run heads something other than a state or government:
    "Head of State Protocol X" is an official, "Head of State X" a leader."""
    return title.startswith("Head") and office not in (["State"], ["Government"])


def past_degree(text: str, name_end: int) -> int:
    """Where the office after a name begins, past a degree in brackets or after a comma ("X
    (PhD), Prime Minister of Y", "X, Ed.D, President of Y"), which communiqués put between a
    name and its office."""
    degree = _DEGREE_AFTER.match(text, name_end)
    return degree.end() if degree else name_end


def ends_a_portfolio(word: str) -> bool:
    """Whether a word closes a portfolio's name, as "Affairs" or "Cooperation" does: no name
    goes on from it."""
    return word in PORTFOLIO_ENDS or PORTFOLIO_NOUN.fullmatch(word) is not None


def given_name_at(words: list[str]) -> int:
    """Where a name of a given name, middle initials and a family name begins, counted from
    the end of ``words``."""
    start = len(words) - 2
    while start > 0 and is_initial(words[start]):
        start -= 1
    return max(start, 0)


def portfolio_goes_on(title: str, text: str, name_end: int) -> bool:
    """Whether words after a portfolio's title are more of the portfolio, not a name."""
    part = _PORTFOLIO_PART_AFTER.match(text, name_end)
    return (
        # "Minister of Foreign Affairs, Regional Integration and Trade", "Minister of Finance,
        # Planning and Development"
        (title.split()[-1] in PORTFOLIO_ENDS or title.split()[-1] in PORTFOLIO_WORDS)
        and part is not None
        and any(ends_a_portfolio(word) for word in part["words"].split())
    )


def plural_office_of_two(words: list[str]) -> bool:
    """ "Foreign Ministers Ana Ruiz of Peru, …": an office of two words in the plural opens a
    list of names, and is none of them."""
    return len(words) > 2 and plural_title(f"{words[0]} {words[1]}")


def plural_title(word: str) -> bool:
    """ "Presidents", "Ministers": an office held by more than one is no one's name."""
    return word.endswith("s") and TITLE_PATTERN.fullmatch(word[:-1]) is not None


def begins_a_title(text: str, start: int, end: int) -> bool:
    """Whether the word at ``start`` is a title or begins one ("Secretary of State")."""
    title = TITLE_PATTERN.match(text, start)
    return title is not None and title.end() >= end


_TITLE_OF_BEFORE_WORD = lazy_compile(r"[A-Z][\w-]*[ ]of[ ]$")


def ends_a_title(text: str, start: int, end: int) -> bool:
    """Whether the word at ``start`` ends a title begun before it ("Minister of State, …"):
    the rest of an office, not a name."""
    of = _TITLE_OF_BEFORE_WORD.search(text, max(0, start - 40), start)
    return of is not None and TITLE_PATTERN.fullmatch(text, of.start(), end) is not None


def follows_a_name(text: str, offset: int) -> bool:
    """Whether a name and a comma (or a dash) come right before ``offset``."""
    return _NAME_AND_COMMA.search(text, max(0, offset - 60), offset) is not None


def opens_offices_first(text: str, office_start: int) -> bool:
    """Whether an office written before a name and a comma belongs to a list whose every
    name follows its office ("President of X, A, the chancellor of Y, B"): its first office
    follows no name. Where a name opens the list ("A, President of X, B, …"), each office
    is the name's before it."""
    start = office_start
    while named := _ADDRESSED_NAME_AND_COMMA.search(
        text, max(0, start - 60), start
    ) or _FULL_NAME_AND_COMMA.search(text, max(0, start - 60), start):
        office = TITLE_BEFORE.search(text, max(0, named.start() - 80), named.start())
        if office is not None:
            start = office.start()
        elif (opened := _office_opening(text, named.start())) is not None:
            start = opened  # "President of A H.E. X, President of B, H.E. Y": X's office
        else:
            return False
    return True
