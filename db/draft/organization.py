"""The organization an article is about: the body its report of a meeting keeps naming.

Candidates are the names the text gives a body: a capitalised name ending in a word such as
Organization, Network, Union or Process ("the Coastal League", "the Bergen Process",
"Association of Northern Coastal Nations"; a place noun before its "of" belongs to the name:
"Bay of Bengal …", and what follows "on" after the body's noun: "Forum on Lagoon Cooperation"),
a word in capitals the text uses as a body's name ("the ABCD bloc", "G9 leaders"), and a word
the text defines as one ("Trio is a strategic dialogue between …"), and a one-word name whose
summit and bodies the text names ("Nordlink summit", "the Nordlink Council"; not a word that
says what kind of meeting it is: "Regular Meeting"), and a one-word name in lower case after its
capital that the text names the meeting's body by ("the Nordaf summit", "Nordaf leaders"), or,
when that word is an adjective ("Ibero-American"), the summit it names; and two bodies' capitals
joined by a hyphen that name the meeting ("ASEAN-GCC leaders"), a joint summit's body; and a
format the text names twice ("the Lomé format"), or, where it names no body, the group of states
it counts and names twice ("the five West Marsh states"); and a body whose meeting the text
names by whom it gathers ("the Coastal Heads of Government Meeting"), the capitals spelling
that meeting's name ("CHGM") counted as namings of it. A name and the capitals spelling it
("… Organisation (XYO)", "ANCN", or in part: "… Safety in Oceania (FTSO)", and with a summit's
number: "… Trade Strategy Summit (LVTS 8)", "(LVTS VIII)", the body's, not the summit's), a
name and the word in brackets it goes by and the text uses again ("Western Common Market
(Westcom)"; not a meeting's name), a name of countries and capitals in brackets that spell it
in the body's own language ("Lagoon Speaking Countries (CPLL)"), capitals after a French elided
article ("l'XYO"), and one name written with and without a hyphen (named as first written),
are one candidate, and so are a name and the word that heads it ("the Forum" of "the Southern
Lagoons Forum", "the Organisation" of "the Organisation of Coastal States"); a word that heads
two of them ("the Council" of a "Council of Coastal States" and a "Council of Ministers") names
neither.

The candidate named most wins, a naming as the meeting's body ("the ANCN summit", "the ANCN
conference", "leaders of the XYO", "the XYO alliance", "each XYO leader", "the rotating XYO
presidency") counting twice and a naming of the meeting itself three times, as saying what body
it is counts twice ("X, an organisation formed in 2015", "X was founded in 1991", "X, which
includes A, B"), which also makes X a candidate; the noun heading a name, in lower case ("the
initiative"), names it too when no other candidate's name ends in it. Namings count twice for a
body the headline or lead names, three times for one the headline names as the meeting's ("L5
summit"); a body said to join another ("X joined", "admitted X as a member") is a member there,
not the meeting's body, unless the headline or lead names the meeting as its; a council or
office named as "of" another body ("the Council of the Foreign Ministers of the Organisation of
…") is that body's. A meeting named by its number ("the seventh edition of X"), with capitals
between ("the X (XC) Summit") or in French ("le sommet de la X") is named all the same. Credit
and photo lines and quoted titles or themes ("“Transforming … Societies”") are not read, and a
name counts wherever its words occur, so a headline's "New X leader" is X. A report that names
no body is about the series of meetings it names by a name of their own ("the 10th Lagoon
Islands Leaders Meeting").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cached_property

from db.draft.abbreviations import SMALL_WORDS, is_subsequence, spells, spells_from
from db.draft.cities import city_named
from db.draft.countries import Gazetteer
from db.draft.lazy_regex import lazy_compile
from db.draft.meetings_of_three import meeting_of_three
from db.draft.model import Organization
from db.draft.text import UPPER, Span, Text, set_in_capitals
from db.draft.words import (
    BODY_NOUNS,
    CAPITALISED_RUN,
    MONTH,
    NOT_NAMES,
    NUMBER_WORDS,
    ORGANIZATION_NOUNS,
    PLACE_OF_NOUNS,
)

_NAME = CAPITALISED_RUN.pattern
_NUMBERED = r"(?:[A-Z]{1,5}|[A-Z][a-z]{2,3})-?[0-9]{1,2}"  # "G20", "D-8", "LAG-7", "Med9"
# "Forum on Lagoon Cooperation": "on" after a body's noun; not "the Lagoon Union on Friday";
# nor a name after "of" that owns what follows: "criticism from the Lagoon Union of Chile's …"
_A_DATE = rf"(?:[A-Z][a-z]+day|{MONTH})\b"
_AFTER_A_BODY = "|".join(rf"(?<={noun})" for noun in sorted(BODY_NOUNS | {"Conference"}))
_LONG_NAME = lazy_compile(
    rf"(?:(?:The[ ])?{_NUMBERED}[ ])?{_NAME}"
    rf"(?:(?:[ ](?:of|for)|(?:{_AFTER_A_BODY})[ ]on(?![ ]{_A_DATE}))(?:[ ]the)?[ ](?:{_NAME}(?:[ ]and[ ]{_NAME})?|\d{{1,2}}\b)(?!\w)(?!['’]s\b)){{0,2}}"
)
# "THE summit had earlier …", "BUT the talks …": a paragraph's first word in capitals, as some
# papers print it, is no body's capitals
_WORDS_SET_IN_CAPITALS = frozenset(
    {"THE", "AN", "IN", "AT", "ON", "BUT", "AND", "AS", "IT", "THIS", "THAT", "FOR", "OF", "TO"}
)
# "Q4+1": a group and the one it meets; not a summit's number in Roman numerals ("III Summit",
# "the LVI Meeting of Heads of State");
# in French after an elided article ("l'XYO")
_CAPITALS = lazy_compile(
    rf"(?:(?<![\w.’'-])|(?<=\b[lLdD]['’]))(?![IVX]+\b|[IVXLC]+[ ](?:Summit|Meeting|Session)\b)(?:[A-Z][A-Z0-9]{{1,6}}|{_NUMBERED})(?:\+[0-9])?(?![\w’'+-]|\.\w)"
)
# "… Organisation (XYO)" (and "… Organisation's (XYO) council", the name without its possessive),
# and a name that ends in its number: "Lagoon 5 (L5)"; or set off by
# commas: "the … Conference on Fish Development, or LICFD, …"; or in quotation marks: "The
# “Lagoon Nine” (L9) includes …"
_SPELLED_OUT = lazy_compile(
    rf"(?P<name>{_LONG_NAME.pattern}(?:[ ]\d{{1,2}})?)(?<!['’]s)(?:['’]s)?[”\"]?"
    r"(?:[ ](?P<open>\()|,[ ]or[ ])"
    rf"(?P<short>{_CAPITALS.pattern})(?(open)\)|(?=[,.;]))"
)
# "Southern Common Market (Mercosur)": a name and the word it goes by, which the text uses again
# (not a meeting's: "Heads of Government Meeting (Chogm)")
_NAMED_IN_BRACKETS = lazy_compile(
    rf"(?<![\w-])(?P<name>{_LONG_NAME.pattern})(?<!Meeting)(?<!Summit)(?<!Conference)[ ]"
    r"\((?P<short>[A-Z][a-z]{3,})\)"
)
# a credit line, not a paragraph a caption and its credit run into ("Photo: AGENCYThe Republic
# of Chile hosts …"), which is read
_NOT_READ = lazy_compile(
    r"^(?=.{0,200}$)"
    r".*(?:©|\bcopyright\b|all[ ]rights[ ]reserved|\bphoto(?:graph)?(?:[ ]credit)?:).*$",
    re.IGNORECASE | re.MULTILINE,
)
_QUOTED = lazy_compile(r"[“\"][^”\"\n]{1,300}[”\"]")
_WORD = lazy_compile(r"[^\W\d_][\w’'-]*")


def _blank(found: re.Match[str]) -> str:
    return " " * len(found.group(0))


def _a_title(quoted: str) -> bool:
    """Whether quoted words are a title, a theme or a slogan ("“Transforming Lagoon Societies
    for Growth”"): most of them capitalised, as no one speaks; its words name no body that
    meets."""
    words = [word for word in _WORD.findall(quoted) if word not in SMALL_WORDS]
    return len(words) >= 3 and sum(word[0].isupper() for word in words) >= 0.8 * len(words)


# a headline's words after its colon that open with a verb's "-ing": "Nordic Summit:
# Reinforcing Preparedness Cooperation" says what the meeting did, not what body met
_HEADLINE_THEME = lazy_compile(r"\A\s*[^\n:]+:[ ](?P<theme>[A-Z][a-z]{2,}ing[ ][^\n]*)")


def _without_a_headline_theme(readable: str) -> str:
    """The text with a headline's theme after its colon blanked out, at the same offsets."""
    theme = _HEADLINE_THEME.match(readable)
    if theme is None:
        return readable
    start, end = theme.span("theme")
    return readable[:start] + " " * (end - start) + readable[end:]


# "the X summit", "the X leaders' summit", "the X presidential summit"
# ... and "the X commemorative summit"
_THE_MEETING = r"(?:leaders['’]?[ ]|[a-z]+(?:al|ary|ive)[ ])?(?:summits?|meetings?|conferences?)"
# "the Lagoon Conference (LC) Summit": the capitals it goes by may stand between a name and its
# meeting
_SHORT_BETWEEN = r"(?:[ ]\([A-Z][A-Za-z0-9]{1,9}\))?"
_THE_MEETING_AFTER = rf"{_SHORT_BETWEEN}(?:['’]s)?[ ](?i:{_THE_MEETING})\b"
# not "the next meeting of X": a meeting still to come, not the one reported
# ... and "the seventh edition of X", "the 48th session of X": the meeting by its number
_THE_MEETING_BEFORE = (
    r"(?i:(?<!next[ ])\b(?:summits?|meetings?|conferences?|editions?|sessions?)[ ]of[ ](?:the[ ])?)"
)
_AS_THE_MEETINGS_BODY_AFTER = (
    rf"{_SHORT_BETWEEN}(?:['’]s)?[ ](?i:{_THE_MEETING}|bloc|alliance|grouping|leaders?"
    r"|heads|members?|member[ ]states|states|countries|nations|(?:rotating[ ])?chair(?:manship)?"
    r"|presidency|foreign[ ]ministers|secretary"
    # "the XYZ group of four ex-Soviet countries": not a firm's or a working group
    r"|group[ ]of[ ](?:[\w-]+[ ]){0,3}?(?:countries|nations|states|economies)"
    # a headline's "X Holds Ninth Ministerial Conference"
    r"|(?:holds|opens|convenes)[ ](?:[\w-]+[ ]){0,3}?(?:summit|meeting|conference))\b"
)
_AS_THE_MEETINGS_BODY_BEFORE = (
    r"(?i:(?<!next[ ])\b(?:(?:summits?|meetings?|conferences?|editions?|sessions?|members?|leaders"
    r"|chair|member[ ]states"
    r"|secretary-general|heads[ ]of[ ](?:state|government)(?:[ ]and[ ]government)?)[ ]of[ ]"
    r"(?:the[ ])?"
    r"(?:[\w]+-(?:nation|member|country|state)[ ])?"  # "leaders of the 56-nation X"
    r"|(?:bloc|grouping|alliance)[ ]"  # "the bloc X"
    # in French: "le sommet de la X", "secrétaire générale de l'XYO"
    r"|(?:sommets?|réunions?|membres?|dirigeants|secrétaire[ ]générale?|présidence)[ ]"
    r"(?:de|des|du)[ ](?:la[ ]|l['’])?))"
)
# "Trio is a strategic dialogue", "H7, an organisation formed in 2015", "The Lagoon Triangle
# was founded in 1991": words that say what a name is, a body; "X will be a forum open to all":
# what a body just created is to be
_DEFINES = (
    r"(?:(?:[ ]is|[ ]will[ ]be|,)[ ]an?[ ](?:(?!(?:of|the|for|in|to|with)[ ])[\w-]+[ ]){0,3}?"
    r"(?:bloc|alliance|group|grouping|organi[sz]ation|union|dialogue|forum|partnership"
    r"|coalition|club|league|association|community|format|initiative)\b"
    r"|[ ]was[ ](?:founded|established|created|formed|set[ ]up|launched)\b"
    r"|,[ ](?:which|that)[ ](?:includes|comprises|groups|unites|brings[ ]together|consists[ ]of)"
    r"[ ][A-Z])"
)
# … not a place the meeting is held at: "taking place in Lima, an initiative of Peru"
_DEFINED = lazy_compile(
    rf"(?<![\w-])(?<!\bin[ ])(?<!\bat[ ])(?:The[ ])?(?P<name>{_NAME}){_DEFINES}"
)
# "the Forum", "and Forum", "the 30-nation Alliance", a sentence's first word ("—
# Commonwealth leaders met"); not "Coral Pact", which is a name
_STANDALONE_NOUN = lazy_compile(
    rf"(?:(?:(?<![\w-])[a-z0-9][\w-]*,?|[,.—–-])[ ]|^)"
    rf"(?P<noun>{'|'.join(sorted(BODY_NOUNS))})(?![\w-])",
    re.MULTILINE,
)
_ENDS_A_NAME = lazy_compile(r"[A-Z][\w-]*[ ]$")
_OF = lazy_compile(r"(?P<head>.+?)(?P<of>[ ](?:of|for|on)(?:[ ]the)?[ ])(?P<tail>.+)$")
# "(XYZ)", and with the meeting's number: "(XYZ 8)", "(XYZ VI)"
_BRACKETED = lazy_compile(
    rf"[ ]\((?P<short>{_CAPITALS.pattern})(?:[ ](?:\d{{1,2}}|[IVXL]{{1,6}}))?\)"
)
_WORDS_BEFORE = lazy_compile(
    r"(?:[A-Z][\w’'-]*|of|on|in|and|for|the)(?:[ ](?:[A-Z][\w’'-]*|of|on|in|and|for|the))*$"
)
# "a tour of the Gulf, …": a word used as a place's name, not a body's
_A_PLACE_AFTER = r"(?:[,.;:]|[ ](?:of|in|and|to|for|on|with|was|is|has|region)\b)"
# (not a word that says what kind of meeting it is: "the 45th Regular Meeting")
_KIND_OF_MEETING = (
    r"(?:Regular|Ordinary|Extraordinary|Special|Annual|Informal|Emergency|Plenary|Virtual|Joint"
    r"|Inaugural|Final|First|Last|Next|Consultative|Preparatory|Ministerial)\b"
)
_SUMMIT_OF = lazy_compile(
    # "PetroLagoon": a name of two words run together, its second capitalised too
    rf"(?<![\w-])(?!{_KIND_OF_MEETING})(?P<word>[A-Z][a-z]{{2,}}(?:-?[A-Z][a-z]{{2,}})*)"
    r"[ ](?:(?i:summit|meeting)|leaders|heads|members)\b"
)


_JOINED_CAPITALS = lazy_compile(
    r"(?<![\w-])[A-Z][A-Za-z0-9]{1,6}[-–][A-Z][A-Za-z0-9]{1,6}(?![\w’'-])"
)
_ADJECTIVE_ENDING = lazy_compile(r"(?:ian|ic|ese|ish)$")
_FORMAT = lazy_compile(rf"(?<![\w-])([{UPPER}][^\W\d_]+)[ ](?:[Ff]ormat|Triangle)\b")
# "the Lagoonian nations", "West Marsh states"
_STATES_NAMED = lazy_compile(r"(?<![\w-])(?:[A-Z][a-z]+[ ]){1,3}(?:nations|states|countries)\b")
_COUNTED_COUNTRIES = lazy_compile(
    rf"\b(?:[3-9]|[1-9][0-9]|{'|'.join(NUMBER_WORDS[2:])})[ ](?:countries|nations|states)\b",
    re.IGNORECASE,
)
_JOINED_NAMES = lazy_compile(r"(?=.*[a-z])[A-Z][\w]*(?:-[A-Z][\w]*)+")
_SUMMIT_ENDING = lazy_compile(r"[ ](?:Summit|Meeting|Conference)$")

_JOINS = r"[ ](?:has[ ]|have[ ]|formally[ ]|officially[ ]|also[ ])?(?:joined|was[ ]admitted|became[ ]a)\b"

# "admitted the X as a permanent member", "welcomes X as its newest member"
_ADMITS = r"\b(?:admit(?:s|ted)?|welcom(?:es|ed)|accept(?:s|ed))[ ](?:the[ ])?"
_AS_A_MEMBER = r"[ ]as[ ](?:an?[ ]|its[ ])?(?:[\w-]+[ ]){0,2}?member\b"

_LEAD = 600
"""Characters of headline and lead: a body they name is what the report is about, so its
namings count twice against a body named in passing further down ("the BRICS summit next
month" in a report on another)."""

_FOUNDING_YEAR = lazy_compile(
    r"\b(?:founded|established|created|formed|set[ ]up|launched)\b[^.;]*?\bin[ ](\d{4})\b"
)
_PURPOSE = lazy_compile(r"\bto[ ][a-z]+\b[^.;]*")


@dataclass
class _Candidate:
    name: str
    abbreviation: str | None = None
    short: str | None = None  # "the Forum" of "Pacific Islands Forum": counted, not written

    @cached_property
    def spellings(self) -> tuple[str, ...]:
        given = (self.name, self.abbreviation, self.short)
        return tuple(dict.fromkeys(name for name in given if name))  # each counted once


def find_organization(text: Text, countries: Gazetteer) -> Organization | None:
    # The text with credit and photo lines blanked out, at the same offsets.
    readable = _NOT_READ.sub(_blank, text.text)
    readable = _QUOTED.sub(
        lambda quoted: _blank(quoted) if _a_title(quoted.group(0)) else quoted.group(0), readable
    )
    readable = _without_a_headline_theme(readable)
    bodies = _without_their_summits(_candidates(text, readable, countries))
    candidates = (
        _numbered_meetings(readable[:_LEAD], bodies)
        or (bodies and bodies + _series_of_heads_of_a_region(readable, bodies))
        or _named_meetings(readable)
        or _named_by_its_noun(readable)
        or [_Candidate(kind) for kind in filter(None, [meeting_of_three(readable)])]
    )
    if not candidates:
        return None
    headline = readable.lstrip().partition("\n")[0]
    heads = [_head_noun(candidate.name) for candidate in candidates]
    best = max(
        candidates,
        key=lambda candidate: (
            (
                _score(_without_longer_bodies(readable, candidate, candidates), candidate)
                + _called_by_its_noun(readable, candidate, heads)
            )
            * _weight(readable, headline, candidate),
            -_first(readable, candidate),
        ),
    )
    name, abbreviation = best.name, _abbreviation_used(readable, best)
    if abbreviation is None and not name.isupper():
        abbreviation = _abbreviation(readable, name)
    evidence = [_span_of(readable, best.spellings)]
    founded, purpose = None, None
    for sentence in text.sentences:
        words = text[sentence]
        year = _FOUNDING_YEAR.search(words)
        if year and _about_an_organization(words, name, abbreviation):
            founded = int(year.group(1))
            purpose_match = _PURPOSE.search(words, year.end())
            purpose = purpose_match.group(0) if purpose_match else None
            evidence.append(sentence)
            break
    return Organization(
        name=name,
        evidence=tuple(evidence),
        abbreviation=abbreviation,
        founded=founded,
        purpose=purpose,
        member_kind=_member_kind(name),
    )


def _without_their_summits(candidates: list[_Candidate]) -> list[_Candidate]:
    """The candidates less each summit named after another of them that goes by capitals of
    its own ("the Asia-Pacific Economic Cooperation Summit" beside "Asia-Pacific Economic
    Cooperation (APEC)"): the body holds it, and its namings count as the body's, whose words
    it repeats. A joint summit ("the LU-Marco Summit") is held by no one body and stays."""
    names = {
        spelling
        for candidate in candidates
        if candidate.abbreviation
        for spelling in (candidate.name, candidate.abbreviation)
    }
    return [
        candidate
        for candidate in candidates
        if not ((summit := _ITS_SUMMIT.fullmatch(candidate.name)) and summit.group("body") in names)
    ]


_ITS_SUMMIT = lazy_compile(r"(?P<body>.+?)[ ](?:Leaders['’][ ])?(?:Summit|Meeting)")


def _without_longer_bodies(
    readable: str, candidate: _Candidate, candidates: list[_Candidate]
) -> str:
    """The text with the names of other bodies that open with the candidate's name and go by
    capitals of their own blanked out: "ASEAN" in each "ASEAN Plus Three (APT)" names the wider
    body, not the candidate."""
    longer = [
        other.name
        for other in candidates
        if other is not candidate
        and other.abbreviation
        and any(other.name.startswith(f"{words} ") for words in candidate.spellings)
    ]
    for name in longer:
        readable = re.sub(re.escape(name), lambda found: " " * len(found.group(0)), readable)
    return readable


# "the Japan-hosted 10th Pacific Islands Leaders Meeting", "the East Lagoon Summit", "the XX
# Lagoon Summit": a series of meetings known by its own name, which no body holds
_NAMED_MEETING = lazy_compile(
    r"\b[Tt]he[ ](?:(?:\w+-[a-z][\w-]*|[a-z][\w-]*)[ ])?(?:\d{1,2}(?:st|nd|rd|th)[ ]|[IVXL]{1,6}[ ])?"
    rf"(?P<name>(?!{_KIND_OF_MEETING})(?:[{UPPER}][\w’'-]*[ ]){{1,4}}?(?:Leaders['’]?[ ])?"
    r"(?:Summit|Meeting))\b"
)


# "the 20th Lagoon Presidents’ Summit", "The third Chile–Lagoon Foreign Ministers’ Meeting"
_NUMBERED_MEETING = lazy_compile(
    rf"\b[Tt]he[ ](?P<ordinal>\w+)[ ](?!{_KIND_OF_MEETING})"
    r"(?P<name>(?:[A-Z][\w’'–-]*[ ]){1,6}?(?:Summit|Meeting))\b"
)
# "Lagoon Presidents’", "Island Countries Foreign Ministers’": whom a series of its own gathers,
# after the words that say whose; not a kind of meeting ("the 13th Presidential Summit")
_WHOM_IT_GATHERS = lazy_compile(r"[ ](?:Presidents|Leaders|Ministers|Premiers)['’]?[ ]")


def _numbered_meetings(lead: str, bodies: list[_Candidate]) -> list[_Candidate]:
    """The meeting the headline or lead names by its number and a name of its own ("the 20th
    Lagoon Presidents’ Summit"): a series of its own that the report is about, though the text
    names bodies its members deal with; not a body's summit, whose name holds the body's ("the
    9th Coral Forum Summit") or whose words before whom it gathers its capitals spell ("the
    12th Small Lagoon States Leaders Meeting" of "SLS"), nor a kind of meeting ("the 13th
    Presidential Summit")."""
    for match in _NUMBERED_MEETING.finditer(lead):
        name = match.group("name")
        ordinal = match.group("ordinal")
        gathers = _WHOM_IT_GATHERS.search(name)
        if (
            _ORDINAL.fullmatch(ordinal[:1].upper() + ordinal[1:])
            and gathers
            and not any(
                re.search(rf"(?<![\w-]){_spelled_either_way(words)}(?![\w-])", name)
                for body in bodies
                for words in body.spellings
            )
            and not _spelled_by_a_bodys_capitals(name[: gathers.start()], bodies)
        ):
            return [_Candidate(name)]
    return []


def _spelled_by_a_bodys_capitals(words: str, bodies: list[_Candidate]) -> bool:
    """Whether a body's capitals spell ``words`` ("SLS" of "Small Lagoons States")."""
    return any(
        body.abbreviation is not None and spells(body.abbreviation, words) for body in bodies
    )


# "the fourth Consultative Meeting of the Central Asian heads of states": a kind of meeting
# named by whom it gathers, a series of its own
_KIND_OF_MEETING_OF_HEADS = lazy_compile(
    rf"\b[Tt]he[ ](?:[a-z][\w-]*[ ])?(?P<name>{_KIND_OF_MEETING}[ ]Meeting[ ]of[ ]the[ ]"
    r"(?:[A-Z][\w-]*[ ]){1,3}heads[ ]of[ ](?:states?|government))\b"
)


# "the Seventh Consultative Meeting of the Heads of State of Central Asia": a series of meetings
# named by whom it gathers and the region they lead
_SERIES_OF_HEADS_OF = lazy_compile(
    rf"\b(?P<name>(?P<short>{_KIND_OF_MEETING}[ ](?i:meeting))[ ]of[ ]the[ ]Heads[ ]of[ ]States?"
    r"[ ]of[ ][A-Z][\w-]*(?:[ ][A-Z][\w-]*)?)"
)


def _series_of_heads_of_a_region(readable: str, bodies: list[_Candidate]) -> list[_Candidate]:
    """The series of meetings of a region's heads of state the text names ("the Consultative
    Meeting of the Heads of State of Central Asia"), which competes with the bodies it names
    (a UN office whose head attends): no body holds it, unless one's name is in it ("… of the
    Heads of State of the Lagoon Union")."""
    named: dict[str, _Candidate] = {}
    for match in _SERIES_OF_HEADS_OF.finditer(readable):
        name = match.group("name")
        if any(words in name for body in bodies for words in body.spellings):
            continue
        named.setdefault(name.casefold(), _Candidate(name, short=match.group("short")))
    return list(named.values())


def _named_meetings(readable: str) -> list[_Candidate]:
    """The meetings the text names by a name of their own, for a report that names no body:
    the series it reports on is then its organization."""
    named = {
        match.group("name")
        for pattern in (_NAMED_MEETING, _KIND_OF_MEETING_OF_HEADS)
        for match in pattern.finditer(readable)
    }
    return [_Candidate(name) for name in sorted(named)]


# "boycott the Forum", "the Forum's outgoing chair": a body named by its noun alone,
# capitalised, as a paper writes it for readers who know which
_BY_ITS_NOUN = lazy_compile(r"\b[Tt]he[ ](?P<noun>[A-Z][a-z]+)\b(?![ ][A-Z])")
_TIMES_NAMED_BY_ITS_NOUN = 3


def _named_by_its_noun(readable: str) -> list[_Candidate]:
    """The bodies the text names only by their noun ("the Forum"), three times or more, for a
    report that names no body and no meeting of its own name: the one it is about."""
    named = Counter(
        noun
        for match in _BY_ITS_NOUN.finditer(readable)
        if (noun := match.group("noun")) in ORGANIZATION_NOUNS
    )
    return [
        _Candidate(noun)
        for noun, times in sorted(named.items())
        if times >= _TIMES_NAMED_BY_ITS_NOUN
    ]


def _weight(readable: str, headline: str, candidate: _Candidate) -> int:
    """Three for the body a headline names as the meeting's ("B9 summit"), two for one the
    headline or lead names, one for a body named further down."""
    if any(_named_as_the_meetings_body(headline, words) for words in candidate.spellings):
        return 3
    return 2 if _first(readable, candidate) < _LEAD else 1


def _candidates(text: Text, readable: str, countries: Gazetteer) -> list[_Candidate]:
    """Every body the text names, a name and its capitals joined as one."""
    # A name written once with a hyphen and once with a space ("Lagoon-Speaking") is one.
    as_first_written: dict[str, str] = {}
    for match in _LONG_NAME.finditer(readable):
        name = _organization_name(match.group(0))
        if name and _a_headlines_words_run_on(readable, match.start(), name):
            continue
        # not a state's name in full: "the Commonwealth of the Bahamas"
        if name and countries.country_named(name) is None:
            as_first_written.setdefault(_unhyphened(name), name)
    numbered = _numbered_names(readable, countries)
    for name in numbered:
        as_first_written.setdefault(name, name)
    meetings = _meetings_of_heads(readable)
    for body in meetings:
        as_first_written.setdefault(_unhyphened(body), body)
    long_names = list(as_first_written.values())
    spelled = {
        match.group("short"): as_first_written.get(_unhyphened(name), name)
        for match in _SPELLED_OUT.finditer(readable)
        if (name := _spelled_out(match.group("name"), match.group("short")))
    }
    named_in_brackets = [
        short
        for match in _NAMED_IN_BRACKETS.finditer(readable)
        if " " in match.group("name")
        and (short := match.group("short")) not in spelled
        and short not in NOT_NAMES
        and countries.country_named(short) is None
        and _mentions(readable, short) >= 2
        # "the Heads of State and Government of the Lagoon Community (Lc)": the body's name
        and spelled.setdefault(
            short, _organization_name(match.group("name")) or match.group("name")
        )
    ]
    for bracketed in _BRACKETED.finditer(readable):
        short = bracketed.group("short")
        if short not in spelled and (name := _named_before(readable, bracketed.start(), short)):
            spelled[short] = name
    for short, name in list(spelled.items()):
        # "… Heads of Government Meeting (CHOGM)": its body's; "at the Oslo Convention Centre
        # (OCC)": a venue
        if name in meetings.values() or _names_a_venue(name):
            del spelled[short]
    defined = [
        # "the Alliance of the Marsh States, an alliance formed …": the whole name's
        next((name for name in long_names if name.endswith(f" {word}")), word)
        for match in _DEFINED.finditer(readable)
        if (word := match.group("name")) not in NOT_NAMES | BODY_NOUNS
        and countries.country_named(word) is None
    ]
    capitals = [
        word
        for word in dict.fromkeys(
            match.group(0)
            for match in _CAPITALS.finditer(readable)
            if not set_in_capitals(readable, *match.span())
        )
        if countries.country_named(word) is None
        and word not in _WORDS_SET_IN_CAPITALS
        and (
            word in spelled
            or word in defined
            or _named_as_the_meetings_body(readable, word)
            or any(spells(word, name) or _begins(word, name) for name in long_names)
        )
    ]
    standalone_matches = list(_STANDALONE_NOUN.finditer(readable))
    # "Alliance leaders meet": a noun capitalised only as a sentence's first word names no body
    # when the text gives one its full name
    within = {m.group("noun") for m in standalone_matches if m.group(0)[0].islower()}
    standalone = [
        word
        for word in dict.fromkeys(match.group("noun") for match in standalone_matches)
        if _named_as_the_meetings_body(readable, word) and (word in within or not long_names)
    ]
    candidates = {
        # "Ibero-American" of "Ibero-American Summit": the summit's, counted
        name: _Candidate(
            name, short=_SUMMIT_ENDING.sub("", name) if _JOINED_NAMES.match(name) else None
        )
        for name in long_names
    }
    for name in long_names:
        _as_short_of_a_fuller(candidates, name)
    for word in standalone[:]:
        ending = [name for name in long_names if _head_noun(name) == word]
        if len(ending) == 1:  # "the Forum" of "the Pacific Islands Forum", "the Organisation"
            # of "the Organisation of Coastal States"
            standalone.remove(word)
            candidates[ending[0]].short = word
        elif ending:  # "the Council" of a "Council of Lagoon States" and a "Council of
            # Ministers": which one it names is not said, and it is no body of its own
            standalone.remove(word)
    for word in _names_of_their_bodies(readable, long_names, countries):
        bodies = [name for name in long_names if name.split()[:-1] == [word]]
        if len(bodies) == 1 and _head_noun(bodies[0]) in ORGANIZATION_NOUNS - {"Council"}:
            # "the Marsh summit" of the one "Marsh League" the text names: that body's (not
            # of a "Marsh Council", most often one of the body's organs)
            candidates[bodies[0]].short = candidates[bodies[0]].short or word
        else:
            candidates.setdefault(word, _Candidate(word))
    in_long_names = {word for name in [*long_names, *defined] for word in re.split("[ -]", name)}
    titled = [
        word
        for word in _names_of_its_summits(readable, countries)
        if word not in in_long_names
        and word not in candidates
        and not any(_shortened_with_a_count(short, word) for short in capitals)
    ]
    for word in dict.fromkeys([*capitals, *defined, *standalone, *named_in_brackets]):
        if any(name.startswith(f"{word} ") for name in numbered):
            continue  # "G5" of "the G5 Lagoon": the name's first word, not its capitals
        if (its_body := _meeting_spelled(word, meetings)) and word not in spelled:
            # "CHGM" of "the Coastal Heads of Government Meeting": the Coastal body's
            # meeting, which names that body
            candidates[its_body].short = candidates[its_body].short or word
            continue
        long_name = spelled.get(word) or next(
            (name for name in long_names if spells(word, name) or _begins(word, name)),
            None,
        )
        if long_name is None:
            candidates.setdefault(word, _Candidate(word))
        else:
            known = candidates.get(long_name) or _Candidate(long_name)
            candidates[long_name] = replace(known, abbreviation=word)
    for joint, long_name in _joint_bodies(readable, long_names, countries):
        candidates[long_name or joint] = (
            _Candidate(long_name, joint) if long_name else _Candidate(joint)
        )
        if _named_as_the_meetings_body(readable[:_LEAD], joint):
            # "Lomé hosts LCC-MAS summit": the two blocs the text then names are its sides
            parts = re.split("[-–]", joint)
            for key, candidate in list(candidates.items()):
                if any(words in parts for words in candidate.spellings):
                    del candidates[key]
    for word in titled:
        candidates.setdefault(word, _named_by_its_summit(word))
    for format_ in [*_formats(readable), *_joint_summits(readable, countries)]:
        candidates.setdefault(format_.name, format_)
    for name in [
        name
        for name in candidates
        if _an_organ_of_another(readable, name, candidates)
        or _only_within_another(readable, name, spelled.values())
    ]:
        del candidates[name]
    found = (
        list(candidates.values())
        or [
            _named_by_its_summit(word)
            for word in _names_of_its_summits(readable, countries, as_summit=False)
        ]
        or _group_of_states(readable)
        or _whose_leaders_meet(readable, countries)
    )
    members = [candidate for candidate in found if _said_to_join(readable, candidate)]
    return [candidate for candidate in found if candidate not in members] or found


def _a_headlines_words_run_on(readable: str, start: int, name: str) -> bool:
    """Whether ``name`` is a headline's capitalised words run on into a body's noun ("Chief
    Hails Commonwealth as a Pillar"): found on a line in title case, and nowhere else, while
    the text names the noun alone and never the words before it."""
    line_start = readable.rfind("\n", 0, start) + 1
    line_end = readable.find("\n", start)
    line = readable[line_start : None if line_end < 0 else line_end]
    if not all(word[0].isupper() or len(word) <= 3 for word in _WORD.findall(line)):
        return False  # not a line in title case: each word of four letters or more capitalised
    before, _, noun = name.rpartition(" ")
    return (
        noun in BODY_NOUNS
        and _mentions(readable, name) == 1
        and _mentions(readable, noun) >= 1
        and _mentions(readable, before) == 1
    )


def _as_short_of_a_fuller(candidates: dict[str, _Candidate], name: str) -> None:
    """Count a name that is another's words before its "of" ("Cooperation Council" of
    "Cooperation Council of Lagoon-speaking States") as that body's short name: the text
    cuts the full name short once it has given it, and no other body is meant."""
    fuller = [other for other in candidates if other.startswith(f"{name} of ")]
    if len(fuller) == 1 and candidates[fuller[0]].short is None:
        del candidates[name]
        candidates[fuller[0]].short = name


# "the G5 Lagoon": a group's number in capitals and a capitalised word after it
_NUMBERED_AND_WORD = lazy_compile(
    rf"(?<![\w-])(?P<number>{_NUMBERED})[ ](?P<word>[{UPPER}][a-z][\w’'-]*)(?![\w-])"
)


def _numbered_names(readable: str, countries: Gazetteer) -> list[str]:
    """ "the G5 Lagoon", named so at least twice and never "G5" without "Lagoon": a group's
    number and the word the text always writes after it are the body's name, though it ends in
    no body's noun (not "G9 Summit", "G9 Leaders" or "G9 Chile", a meeting, people or a
    member)."""
    after: dict[str, set[str]] = {}
    for match in _NUMBERED_AND_WORD.finditer(readable):
        after.setdefault(match.group("number"), set()).add(match.group("word"))
    names = []
    for number, words in after.items():
        word = words.pop()
        name = f"{number} {word}"
        if words or word in NOT_NAMES or word in _MEETING_WORDS or word.endswith("s"):
            continue
        if (
            countries.country_named(word) is None
            and _mentions(readable, number) == _mentions(readable, name) >= 2
        ):
            names.append(name)
    return names


# "the Coastal Heads of Government Meeting", "Lagoon Forum Heads of State and Government
# Summit": a body's meeting named by whom it gathers
_MEETING_OF_HEADS = lazy_compile(
    rf"(?<![\w-])(?:The[ ])?(?P<body>{_NAME})[ ](?P<heads>Heads[ ]of[ ](?:State|Government)"
    r"(?:[ ]and[ ]Government)?[ ](?:Meeting|Summit|Conference))\b"
)


def _meetings_of_heads(readable: str) -> dict[str, str]:
    """The bodies whose meeting the text names by whom it gathers ("the Coastal Heads of
    Government Meeting"), each with that meeting's whole name: the body is the report's even
    where the text names it only so, and capitals spelling the meeting's name ("CHOGM") are
    its meeting's."""
    found: dict[str, str] = {}
    for match in _MEETING_OF_HEADS.finditer(readable):
        body = " ".join(_without_articles(match.group("body").split()))
        if body and not body.isupper() and body not in NOT_NAMES:
            found.setdefault(body, f"{body} {match.group('heads')}")
    return found


def _meeting_spelled(short: str, meetings: dict[str, str]) -> str | None:
    """The body whose meeting's whole name ``short`` spells, its "of" too or not ("CHOGM",
    "CHGM")."""
    return next(
        (
            body
            for body, meeting in meetings.items()
            if spells(short, meeting) or spells_from(short.lower(), meeting.lower().split())
        ),
        None,
    )


def _an_organ_of_another(readable: str, name: str, names: Iterable[str]) -> bool:
    """Whether a name runs on into another body's ("the Council of the Foreign Ministers of the
    Organisation of Lagoon States", however much of it is taken for a name): a council or office
    of that body, which is the meeting's organization, not a body of its own."""
    last = re.escape(name.split()[-1])
    runs_on = rf"(?:{last}(?:[ ]of(?:[ ](?:of|the|[A-Z][\w-]*))*?)?[ ]of(?:[ ]the)?[ ])"
    if " of " in name:  # "… of the Organisation", cut short, runs on into "Organisation of …"
        runs_on += "?"
    return any(
        re.match(f"{runs_on}{re.escape(other)}", readable[found.end() - len(name.split()[-1]) :])
        for found in re.finditer(re.escape(name), readable)
        for other in names
        if other != name and other not in name
    )


def _only_within_another(readable: str, name: str, names: Iterable[str]) -> bool:
    """Whether the text writes a name only as the start of a longer one its capitals in brackets
    spell ("Forum on Trade" of "Forum on Trade in Oceania (FTO)"): a part, not a body."""
    return any(
        other != name
        and other.startswith(f"{name} ")
        and readable.count(name) == readable.count(other)
        for other in names
    )


_SIDE = r"[A-Z][\w’'.]*(?:[ ][A-Z][\w’'.]*)*"
_JOINT_SUMMIT = lazy_compile(rf"(?<![\w.-])(?P<name>{_SIDE}(?:[-–]{_SIDE})+)[ ]summit\b")


def _joint_summits(readable: str, countries: Gazetteer) -> list[_Candidate]:
    """A summit the text names twice by the sides it joins with a hyphen, in lower case, where
    one side is no country ("the Lagoonia-West Marsh summit"): the sides meet as a body named
    by both, its summit ("Lagoonia-West Marsh Summit"); not two or three countries (neighbours
    who meet), nor a side in capitals (a body's, read as a joint body)."""
    written = Counter(
        " ".join(_without_articles(match.group("name").split()))
        for match in _JOINT_SUMMIT.finditer(readable)
    )
    found = []
    for name, count in written.items():
        sides = re.split("[-–]", name)
        if (
            count >= 2
            and not any(side.isupper() for side in sides)
            and not all(countries.country_named(side) for side in sides)
        ):
            found.append(_named_by_its_summit(name))
    return found


def _formats(readable: str) -> list[_Candidate]:
    """A format the text names twice by a name and the word "format" or "Triangle" ("the
    Lomé format", "Lomé Format talks", "the Lomé Triangle"): countries that meet in it,
    a body with no other name, even one named after a city; written as the text first writes
    it."""
    written = Counter(
        match.group(0)
        for match in _FORMAT.finditer(readable)
        if match.group(1) not in NOT_NAMES
        and not _ENDS_A_NAME.search(readable, max(0, match.start() - 40), match.start())
    )
    by_name: dict[str, list[str]] = {}
    for words in written:
        by_name.setdefault(words.lower(), []).append(words)
    return [
        _Candidate(spellings[0], short=spellings[1] if len(spellings) > 1 else None)
        for spellings in by_name.values()
        if sum(written[words] for words in spellings) >= 2
    ]


# "The meeting of presidents of Unasur is taking place": the body whose leaders the meeting
# gathers, by a one-word name (not "leaders of South American countries", nor a region with
# "the": "leaders of the Pacific")
_MEETING_OF_ITS_LEADERS = lazy_compile(
    r"\b(?i:summit|meeting)[ ]of[ ](?:the[ ])?(?:presidents|leaders|heads[ ]of[ ]state)[ ]of[ ]"
    r"(?P<word>[A-Z][a-z]{2,})(?![\w’'-]|[ ][A-Z])"
)
# "a meeting of leaders of Africa": a continent, whose leaders meet in many bodies
_CONTINENTS = frozenset({"Africa", "America", "Americas", "Asia", "Europe", "Oceania"})


def _whose_leaders_meet(readable: str, countries: Gazetteer) -> list[_Candidate]:
    """Where the text names no body otherwise, the one it names once as whose leaders the
    meeting gathers: a report of the meeting may give its body's name no more than that."""
    return [
        _Candidate(word)
        for match in _MEETING_OF_ITS_LEADERS.finditer(readable)
        if (word := match.group("word")) not in NOT_NAMES | _CONTINENTS
        and countries.country_named(word) is None
        and city_named(word) is None
    ][:1]


def _group_of_states(readable: str) -> list[_Candidate]:
    """Where the text names no body, the countries that meet as a group it names twice
    ("the Lagoonian nations", "leaders of West Marsh states") and counts ("the five
    countries"); not two countries, which meet as neighbours."""
    if not _COUNTED_COUNTRIES.search(readable):
        return []
    groups = Counter(
        " ".join(words)
        for match in _STATES_NAMED.finditer(readable)
        if (words := _without_articles(match.group(0).split()))
        and words[0] not in NOT_NAMES
        and len(words) > 1
    )
    return [_Candidate(name) for name, count in groups.most_common(1) if count >= 2]


def _joint_bodies(
    readable: str, long_names: list[str], countries: Gazetteer
) -> list[tuple[str, str | None]]:
    """Two bodies' capitals joined by a hyphen that the text names a meeting by ("the
    ASEAN-GCC leaders"): a joint summit's body, with the joined names the capitals spell
    ("Association of … Nations-Gulf Cooperation Council Summit") when the text gives them.
    Capitals some newsrooms write as a word ("LU-Marco") are ones the text gives in brackets
    ("(Marco)")."""
    found = []
    for match in dict.fromkeys(match.group(0) for match in _JOINED_CAPITALS.finditer(readable)):
        parts = re.split("[-–]", match)
        if (
            any(countries.country_named(part) for part in parts)
            or not all(part.isupper() or f"({part})" in readable for part in parts)
            or not _named_as_the_meetings_body(readable, match)
        ):
            continue
        names = [_SUMMIT_ENDING.sub("", name) for name in long_names]
        spelled = next(
            (
                name
                for name in names
                if name != match
                and len(halves := re.split("[-–](?=[A-Z])", name)) == len(parts)
                and all(map(spells, parts, halves))
            ),
            None,
        )
        found.append((match, spelled))
    return found


def _names_of_their_bodies(readable: str, long_names: list[str], countries: Gazetteer) -> list[str]:
    """A one-word name the text gives the meeting's body twice, once as "‹Name› summit", and
    that begins the names of its bodies ("the Nordlink Council"); not a place the text is
    "in", nor the first word of a body whose summit the text names ("the Marsh League
    summit"), nor a word the text writes as "the" one of a thing in lower case ("the Marsh world"),
    a people's or a region's, which begins a body's name ("Marsh League")."""
    found = []
    for word in dict.fromkeys(name.split()[0] for name in long_names if " " in name):
        if (
            word in NOT_NAMES
            or not word[1:].islower()
            or countries.find(word, 0, len(word))
            or _named_as_the_meetings_body(readable, word) < 2
            or not re.search(rf"(?<![\w-]){word}[ ](?:summit|meeting)\b", readable)
            or any(  # "Marsh" of "the Marsh League summit": the League's
                re.search(rf"(?<![\w-]){re.escape(name)}[ ](?i:summit|meeting)\b", readable)
                for name in long_names
                if name.startswith(f"{word} ")
            )
            or re.search(
                rf"\b(?:in|from|to)[ ]{word}(?![\w-])(?!{_AS_THE_MEETINGS_BODY_AFTER})", readable
            )
            # "the Marsh world", "the Marsh arena": a people's or a region's word
            or re.search(rf"\b(?i:the)[ ]{word}(?!{_AS_THE_MEETINGS_BODY_AFTER})[ ][a-z]", readable)
        ):
            continue
        found.append(word)
    return found


def _named_before(readable: str, end: int, short: str) -> str | None:
    """The name that capitals in brackets shorten, when they leave out some of its words'
    letters: "Conference on Interaction and Confidence-Building Measures in Asia (CICA)"; the
    shortest run of capitalised words and small words before the brackets that begins with
    the first capital and whose initials hold all of them in order."""
    before = _WORDS_BEFORE.search(readable, max(0, end - 160), end)
    if before is None:
        return None
    words = before.group(0).split()
    for start in range(len(words) - 1, -1, -1):
        if words[start] in SMALL_WORDS or words[start][0] != short[0]:
            continue
        initials = "".join(
            part[0] for word in words[start:] if word not in SMALL_WORDS for part in word.split("-")
        )
        if len(words) - start >= 2 and is_subsequence(short, initials):
            # "… Strategy Summit (XYS 8)": the summit of the body the capitals spell
            if words[-1] in _MEETING_WORDS and is_subsequence(short, initials[:-1]):
                return " ".join(words[start:-1])
            return " ".join(words[start:])
    return None


_MEETING_WORDS = frozenset({"Summit", "Meeting"})
# the last words of a building's name: a venue, where a meeting is held, no body; a centre
# only as one for meetings ("Oslo Convention Centre"), as bodies are centres too ("Lagoon
# Trade Centre")
_VENUE_NOUNS = frozenset({"Hall", "Hotel", "Palace", "Stadium", "Auditorium"})
_CENTRES = frozenset({"Centre", "Center"})
_CENTRES_FOR_MEETINGS = frozenset({"Convention", "Conference", "Congress", "Exhibition"})


def _names_a_venue(name: str) -> bool:
    *rest, last = name.split()
    return last in _VENUE_NOUNS or (
        last in _CENTRES and bool(rest) and rest[-1] in _CENTRES_FOR_MEETINGS
    )


# "African leaders", "the European summit": the peoples of a continent or a region, no body's name
_PEOPLES_OF_REGIONS = frozenset(
    {"African", "Asian", "European", "American", "Caribbean", "Latin", "Oceanian"}
)


def _names_of_its_summits(
    readable: str, countries: Gazetteer, *, as_summit: bool = True
) -> list[str]:
    """A one-word name written in lower case after its first letter ("Mercosur", "Nato"): a
    word the text names the meeting's body by twice ("the Mercosur summit", "Nato leaders");
    not a place or a people, nor a word the text also writes in lower case ("World leaders",
    "the world") or as a place ("a tour of the Gulf,"), which will do where the text names no
    other body. A word of a longer name ("Arab" of "Arab League") is left to that name."""
    found = []
    for match in _SUMMIT_OF.finditer(readable):
        word = match.group("word")
        if (
            word in found
            or _ENDS_A_NAME.search(
                readable, max(0, match.start() - 40), match.start()
            )  # "Lagoonian"
            # of "West Lagoonian leaders"
            or re.search(rf"\b{word.lower()}\b", readable)
            or (as_summit and re.search(rf"\bthe[ ]{word}{_A_PLACE_AFTER}", readable))
            or word in NOT_NAMES
            or word in _PEOPLES_OF_REGIONS
            or _named_as_the_meetings_body(readable, word) < 2
            or countries.country_named(word)
            or city_named(word)
        ):
            continue
        found.append(word)
    return found


def _shortened_with_a_count(short: str, word: str) -> bool:
    """ "Med9" of "Mediterranean": a numbered name made of a word's first letters and a count
    names the body, and the word ("Mediterranean leaders") only describes its members."""
    letters = short.rstrip("0123456789").rstrip("-")
    return (
        re.fullmatch(_NUMBERED, short) is not None
        and len(letters) >= 2
        and word.lower().startswith(letters.lower())
    )


def _named_by_its_summit(word: str) -> _Candidate:
    """The body a one-word name gives: the name itself ("Mercosur"), or, for an adjective, a
    hyphened one ("Ibero-American", "Pan-African") or one made from a name
    ("Lagoonian"), the summit it names, as newsrooms call a body that has no other name
    ("Ibero-American Summit")."""
    if "-" in word or _ADJECTIVE_ENDING.search(word):
        return _Candidate(f"{word} Summit", short=word)
    return _Candidate(word)


def _spelled_out(name: str, short: str) -> str | None:
    """The name "(SHORT)" follows, when it begins as the capitals do: "Lagoon Three" of
    "Leaders of the Lagoon Three (L3)"; a name of one word only when the capitals spell it,
    as a dateline's place and its credit do not: "NORTHPORT, Alberta (AP)"; not the place
    after a body's noun ("Central Africa" of "Monetary Community of Central Africa (CEMAC)",
    capitals in the French order); the name after a second "of" when it too begins as they do
    ("Southern Lagoon Union" of "Heads of State and Government of the Southern Lagoon Union")."""
    parts = _OF.match(name)
    keeps_head = parts is not None and (
        _names_a_place(parts.group("head")) or _head_noun(parts.group("head")) in BODY_NOUNS
    )
    if parts and not keeps_head and _OF.match(parts.group("tail")):
        deeper = _spelled_out(parts.group("tail"), short)
        if deeper and deeper != parts.group("tail"):
            return deeper
    for whole in (parts.group("tail"), name) if parts and not keeps_head else (name,):
        whole = " ".join(_without_articles(whole.split()))
        if whole[:1] == short[:1] and (" " in whole or spells(short, whole)):
            return whole
    words = _without_articles(name.split())
    if parts is None and short.isalpha() and len(short) >= 3 and len(words) >= 2:
        # "Lagoon Speaking Countries (CPLM)": capitals of the name in the body's own language
        return " ".join(words) if words[-1] in _WHO_A_BODY_GATHERS else None
    return None


_WHO_A_BODY_GATHERS = BODY_NOUNS | {"Countries", "Nations", "States", "Peoples"}


def _organization_name(words: str) -> str | None:
    """The organization a run of names gives: "Association of Southeast Asian Nations" whole,
    "Arab League" of "Secretary General of the Arab League Ahmed Aboul Gheit", "Group of 20"
    of "Leaders of the Group of 20"."""
    parts = _OF.match(words)
    if parts:
        head = _without_articles(parts.group("head").split())
        tail = _organization_name(parts.group("tail"))  # "Leaders of the Group of 20"
        # "the VI Summit of the Americas", "the 6th Summit of …": the summit of the series;
        # not "the 63rd Summit of Lagcom", a body's summit, its name after "of" without "the"
        gathers = (
            _without_ordinal(head) == ["Summit"]
            and tail is None
            and parts.group("of") == " of the "
        )
        head = _without_ordinal(head) if gathers else head
        if head and (head[-1] in BODY_NOUNS or gathers):
            # "Summit of the Americas": a summit named by whom it gathers is the body's name
            whom = _without_document(parts.group("tail")) if gathers else parts.group("tail")
            return " ".join([*head, parts.group("of").strip(), whom])
        if tail and _names_a_place(parts.group("head")):
            return " ".join([*head, parts.group("of").strip(), tail])  # "Bay of Bengal …"
        return tail
    # "the Third Lagoon Democracy Forum": the number is the meeting's, not the body's name's
    named = _without_ordinal(_without_articles(words.split()))
    joined = [index for index, word in enumerate(named[:-1]) if _JOINED_NAMES.fullmatch(word)]
    nouns = [index for index, word in enumerate(named) if word in BODY_NOUNS]
    joint = not nouns or nouns[-1] == len(named) - 2  # "Lagoon-Marsh Forum Summit"
    if named[-1:] in (["Summit"], ["Conference"]) and joined and joint:
        # "Lagoonia-West Marsh Summit", "Ibero-American Summit", "Lagoon-Marsh Conference": a
        # joint summit's name (joined capitals, "LCC-MAS Summit", are a joint body's); not a
        # headline's "Lagoon-Marsh Forum Holds Ninth Conference", the Forum's
        return " ".join(named[joined[0] :])
    if named[-1:] and named[-1] in _NEWSPAPER_NOUNS:
        return None  # "San Diego Union Tribune": a masthead, not a body
    return " ".join(named[: nouns[-1] + 1]) if nouns and nouns[-1] >= 1 else None


# the last word of a newspaper's name, whose words before may end in a body's noun
_NEWSPAPER_NOUNS = frozenset(
    {"Tribune", "Times", "Herald", "Gazette", "Chronicle", "Telegraph", "Courier", "Journal"}
)


def _names_a_place(head: str) -> bool:
    """Whether the words before a name's "of" name a place, not an office or a meeting."""
    words = _without_articles(head.split())
    return len(words) == 1 and words[0] in PLACE_OF_NOUNS


def _head_noun(name: str) -> str:
    """The word a name's body is called by: its last, or the last before its "of" ("Forum" of
    "Pacific Islands Forum", "Organisation" of "Organisation of Coastal States")."""
    parts = _OF.match(name)
    return (parts.group("head") if parts else name).split()[-1]


def _unhyphened(name: str) -> str:
    return name.replace("-", " ")


def _without_ordinal(words: list[str]) -> list[str]:
    """The words without the number of the meeting that opens them ("VI", "6th", "Sixth"), or
    the word that makes it one held apart from the series' rounds ("Special", "Extraordinary")."""
    return words[1:] if words and _ORDINAL.fullmatch(words[0]) else words


_ORDINAL = lazy_compile(
    r"[IVXL]+|\d+(?:st|nd|rd|th)|(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth"
    r"|Tenth|Eleventh|Twelfth|[A-Z][a-z]+teenth|[A-Z][a-z]+tieth|Special|Extraordinary)"
)
# what a summit produced, a heading names after the summit's name: "Summit of the Lagoons
# Outcomes", "… Declaration"
_DOCUMENTS = frozenset(
    {"Outcomes", "Outcome", "Declaration", "Communiqué", "Results", "Highlights"}
)


def _without_document(words: str) -> str:
    """The words that name whom a summit gathers, without the document a heading names after
    them ("the Lagoons Outcomes")."""
    kept, _space, last = words.rpartition(" ")
    return kept if kept and last in _DOCUMENTS else words


def _without_articles(words: list[str]) -> list[str]:
    while words and words[0] in {"The", "A", "An"}:
        words = words[1:]
    return words


def _mentions(readable: str, words: str) -> int:
    """How often the text names ``words``; a single word ("Commonwealth") not as the end of a
    longer name."""
    found = re.finditer(rf"(?<![\w-]){_spelled_either_way(words)}(?![\w-])", readable)
    if " " in words or words.isupper():
        return sum(1 for _ in found)
    return sum(
        1
        for match in found
        if not _ENDS_A_NAME.search(readable, max(0, match.start() - 40), match.start())
    )


def _spelled_either_way(words: str) -> str:
    """A pattern for ``words`` with a hyphen or a space between any two of them."""
    return "[ -]".join(re.escape(part) for part in re.split("[ -]", words))


def _named_as_the_meetings_body(readable: str, words: str) -> int:
    """How often the text names ``words`` as the meeting's body ("the X summit", "leaders of
    X"), or says what body it is, as a report does of the body it is about ("X, an
    organisation formed in 2015", "X is a bloc of ten states")."""
    escaped = _spelled_either_way(words)
    return sum(
        _namings(readable, pattern)
        for pattern in (
            rf"(?<![\w-]){escaped}{_AS_THE_MEETINGS_BODY_AFTER}",
            rf"{_AS_THE_MEETINGS_BODY_BEFORE}{escaped}(?![\w-])",
            rf"(?<![\w-]){escaped}{_DEFINES}",
        )
    )


# a meeting still to come that the one reported prepares: "the Y Summit that will be held in
# June", "in preparation of Y Summit"
_TO_BE_HELD_AFTER = lazy_compile(
    r",?[ ](?:(?:that|which)[ ](?:will|is[ ]to)[ ]be|to[ ]be)[ ]held\b"
)
_PREPARING_BEFORE = lazy_compile(r"\bpreparations?[ ](?:of|for)[ ](?:the[ ])?$", re.IGNORECASE)


def _namings(readable: str, pattern: str) -> int:
    """How often ``pattern`` names the meeting's body, not at a meeting still to come."""
    return sum(
        not _TO_BE_HELD_AFTER.match(readable, naming.end())
        and not _PREPARING_BEFORE.search(readable, max(0, naming.start() - 20), naming.start())
        for naming in re.finditer(pattern, readable)
    )


def _called_by_its_noun(readable: str, candidate: _Candidate, heads: list[str]) -> int:
    """How often the text calls the body by the noun that heads its name, in lower case ("the
    initiative" of "Three Seas Initiative"), when no other candidate's name ends in it."""
    noun = _head_noun(candidate.name)
    if noun not in BODY_NOUNS or heads.count(noun) != 1:
        return 0
    return len(re.findall(rf"\b(?i:the)[ ]{noun.lower()}\b", readable))


def _named_by_the_meeting(readable: str, words: str) -> int:
    """Namings of the meeting itself ("the inaugural summit of the X", "the X summit"), which
    count once more than namings of a body's members or officers ("X member countries")."""
    escaped = _spelled_either_way(words)
    return _namings(readable, rf"(?<![\w-]){escaped}{_THE_MEETING_AFTER}") + _namings(
        readable, rf"{_THE_MEETING_BEFORE}{escaped}(?![\w-])"
    )


def _score(readable: str, candidate: _Candidate) -> int:
    return sum(
        _mentions(readable, words) * (2 if _names_a_summit(words) else 1)
        + _named_as_the_meetings_body(readable, words)
        + _named_by_the_meeting(readable, words)
        for words in candidate.spellings
    )


# "Summit of the Americas": a series named by whom it gathers names the meeting each time
_A_SUMMIT_OF = "Summit of "


def _names_a_summit(words: str) -> bool:
    """Whether ``words`` name a series of summits, so that each mention names the meeting, as
    only "the X summit" does for a body: "Summit of the Americas", or one named by its own
    name, "the 14th Cold Lagoon Summit (CLS)" (a report on it names a member body as often)."""
    return words.startswith(_A_SUMMIT_OF) or words.endswith(" Summit")


def _first(readable: str, candidate: _Candidate) -> int:
    return min(
        (found for words in candidate.spellings if (found := readable.find(words)) != -1), default=0
    )


def _said_to_join(readable: str, candidate: _Candidate) -> bool:
    """Whether the text says the body joined another ("X joined", "admitted X as a permanent
    member"), unless the headline or lead names the meeting as its ("AU summit opens …; the
    African Union became a member of the G20")."""
    return any(
        re.search(rf"(?<![\w-]){re.escape(words)}{_JOINS}", readable)
        or re.search(rf"{_ADMITS}{re.escape(words)}{_AS_A_MEMBER}", readable)
        for words in candidate.spellings
    ) and not any(_named_by_the_meeting(readable[:_LEAD], words) for words in candidate.spellings)


def _begins(short: str, name: str) -> bool:
    """Whether a numbered name ("D-8") begins ``name`` ("D-8 Organization for …")."""
    return re.fullmatch(_NUMBERED, short) is not None and name.startswith(f"{short} ")


def _abbreviation_used(readable: str, best: _Candidate) -> str | None:
    """The candidate's capitals, or those set in brackets after its name when the text goes on
    calling it by them more often: "Union for the Mediterranean (UfM)", then "the UfM" again
    and again, is not "UNIMED", a network named once that spells it too."""
    given = _given_after(readable, best.name)
    if given is None or best.abbreviation is None:
        return best.abbreviation
    if _times_written(readable, given) > _times_written(readable, best.abbreviation):
        return given
    return best.abbreviation


def _times_written(readable: str, word: str) -> int:
    """How often ``word`` stands as a word of its own, as capitals do wherever they are."""
    return len(re.findall(rf"(?<![\w-]){re.escape(word)}(?![\w-])", readable))


def _given_after(text: str, name: str) -> str | None:
    """The capitals set in brackets right after the name, ``(ABC)``, a number spelt out as its
    digit ("(3SI)" of "Three Seas Initiative")."""
    given = re.search(
        rf"{re.escape(name)}[ ]\((?P<short>[A-Z][A-Za-z.]{{1,9}}|\d[A-Z][A-Za-z.]{{0,8}})\)", text
    )
    return given.group("short") if given else None


def _abbreviation(text: str, name: str) -> str | None:
    """The capitalised word spelling the name's initials, ``(ABC)`` after the name first; in
    capitals or, as some newsrooms write them, with only the first ("Asean")."""
    if given := _given_after(text, name):
        return given
    initials = "".join(word[0] for word in name.split() if word not in SMALL_WORDS).upper()
    for written in (initials, initials.capitalize()):
        if len(written) >= (2 if written.isupper() else 3) and re.search(rf"\b{written}\b", text):
            return written
    return None


def _about_an_organization(sentence: str, name: str, abbreviation: str | None) -> bool:
    words = {"It", "group", "grouping", "network", "alliance", "bloc", "organization", "union"}
    words.add(name.split()[-1].lower())  # "the council" for a Fisheries Council
    return (
        name in sentence
        or bool(abbreviation and abbreviation in sentence)
        or any(re.search(rf"\b{word}\b", sentence) for word in words)
    )


def _member_kind(name: str) -> str | None:
    """ "Harbour Cities Network" → "city": the plural in the name says what its members are
    (not "Plus" or "Caucus", which are no plurals)."""
    for word in name.split()[:-1]:
        if word.endswith("ies") and len(word) > 4:
            return word[:-3].lower() + "y"
        if word.endswith("s") and not word.endswith(("ss", "us")) and word not in SMALL_WORDS:
            return word[:-1].lower()
    return None


def _span_of(text: str, spellings: tuple[str, ...]) -> Span:
    """Where the text first names the body, by its name in any case ("Ibero-American summit")
    or by the shorter word it goes by."""
    for words in spellings:
        for flags in (re.NOFLAG, re.IGNORECASE):
            found = re.search(re.escape(words), text, flags)
            if found:
                return Span(found.start(), found.end())
    return Span(0, 0)
