"""Whether a clause tells of another meeting, time or place than the one reported.

"the last summit", "the summit last year", "Last year, …", "In May, …", "will be preceded by
the officials' meeting", "a ministerial meeting ahead of the summit", "met in Helsinki last
month", "next year's summit", "will travel on to Japan", or a city of another country than the
meeting's when the clause says no more than that people met: none of these puts anyone at the
meeting, nor takes anyone away from it. Where the meeting is, a place is read through the
country table and its divisions ("in Oslo", "in the country", "is in New York for the UN").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import chain

from db.draft.cities import city_named
from db.draft.clauses import names_and_titles_only
from db.draft.countries import Gazetteer, gazetteer
from db.draft.divisions import division_countries
from db.draft.lazy_regex import lazy_compile
from db.draft.text import UPPER, Span, Text
from db.draft.words import MONTH, POSSESSIVE_S, SPEECH_VERB

# "At the last summit, attended by X in 2018", "X will host the next meeting", "Last year, X
# hosted …": another meeting, at another time.
ANOTHER_MEETING = lazy_compile(
    # not "attending his last G20 summit": his final one, this
    r"(?<!attending[ ]his[ ])(?<!attending[ ]her[ ])(?<!attending[ ]their[ ])"
    # nor "with less attendance than previous summits": this one, compared with the others
    r"(?<!than[ ])(?<!than[ ]the[ ])(?<!than[ ]at[ ])(?<!than[ ]at[ ]the[ ])"
    # "will host a follow-up meeting", "a future summit": one still to be held (not "the
    # follow-up summit" a report from it is about)
    r"\b(?:last|previous|past|next|upcoming|earlier|former|another|a[ ]different"
    r"|(?<!the[ ])(?<!this[ ])(?:follow-up|future|subsequent))[ ]"
    r"(?:(?!(?:for|to|at|of|before)\b)[\w’'-]+[ ]){0,2}?"  # not "arrived earlier for the summit"
    r"(?:summit|meeting|session|gathering|conference|event|edition)s?\b"
    r"|\b(?:summit|meeting|session|gathering|conference)s?[ ](?:[\w-]+[ ]){0,4}?in[ ](?:19|20)\d\d\b"
    r"|\b(?:summit|meeting|session|gathering|conference)s?[ ](?:last|next)[ ](?:year|month|week)\b"
    r"|\bpreceded[ ]by[ ](?:a|an|the)[ ]"  # "will be preceded by the officials' meeting"
    # "at a ministerial meeting ahead of the summit", "a bilateral meeting as a precursor to"
    r"|\b(?:meeting|talks|session)[ ](?:[^,;]{0,60}[ ])?(?:ahead[ ]of|prior[ ]to|precursor[ ]to"
    r"|on[ ]the[ ]eve[ ]of)[ ](?:the|this|a|its)[ ]"
    r"|\bcabinet[ ](?:meeting|session)s?\b"  # a caption: "X attends a cabinet meeting"
    # "was hosting an official visit by X": another visit, not the meeting
    r"|\bhost\w*[ ](?:an?|the)[ ](?:[\w-]+[ ])?visit\b"
    # "complimented X for winning the bid to host the World Cup": an event yet to be won
    r"|\b(?:bid|bids|right|rights)[ ]to[ ]host\b"
    # "salutes X during the inauguration ceremony of Y": a ceremony of a state, not the
    # meeting (not "the inauguration of the summit")
    r"|\b(?:during|at)[ ](?:the|an?|his|her)[ ](?:[\w-]+[ ])?(?:inauguration|swearing-in)\b"
    r"(?![ ]of[ ]the[ ](?:[\w-]+[ ])?(?:summit|meeting|session|conference))"
    # "will travel on to Japan for talks": a trip onward from the meeting
    r"|\b(?:travel\w*|head\w*|fl(?:y|ies|ew|ying)|go(?:es|ing)?|went|continu\w+)[ ]on[ ]to\b",
    re.IGNORECASE,
)


# "X, president of Chile, which will host the next summit in Santiago in 2028, said …": an aside
# naming the next meeting's host tells where the next one will be, not that the clause is set
# there; the future host is named at this one.
_NEXT_HOST_ASIDE = lazy_compile(
    r"[ ,](?:that|which|who|whose[ ]country)[ ](?:will|is[ ](?:set[ ]|due[ ])?to)[ ]host[ ]the[ ]next[ ]"
    r"(?:[\w-]+[ ])?(?:summit|meeting|session|conference)\b[^,;]*",
    re.IGNORECASE,
)


# "a member invaded since the last meeting in 2000": what dates another happening by that
# meeting does not set the clause at it
_SINCE_A_MEETING = lazy_compile(
    r"\bsince[ ](?:the|its|their)[ ](?:last|previous)[ ](?:[\w-]+[ ])?"
    r"(?:summit|meeting|session|conference)(?:[ ]in[ ](?:19|20)\d\d)?\b",
    re.IGNORECASE,
)


# "Last year, …", "In 2018 …", "In May, …": a sentence set at another time tells of another
# meeting, in each of its clauses.
ANOTHER_TIME = lazy_compile(
    r"(?:(?:Last|Earlier[ ]this)[ ](?:year|month|week)|In[ ](?:19|20)\d\d"
    rf"|In[ ]{MONTH},)",
    re.IGNORECASE,
)


# "X met Y in Oslo last month", "… two years ago": a clause set at an earlier time; or a year
# on, when the next meeting is ("X will visit Oslo next year")
_EARLIER = lazy_compile(
    r"\b(?:last|earlier[ ]this|the[ ]previous)[ ](?:year|month|week)\b|\b(?:years?|months?|weeks?)[ ]ago\b"
    r"|\bnext[ ]year\b"
    r"|^(?:(?:a|one|two|three|several|few|just|only|some|\d+)[ ])?(?:days?|weeks?|months?|years?"
    r"|decades?)[ ](?:after|before)\b"
    r"|\bin[ ]previous[ ]years\b|\bin[ ](?:(?-i:[A-Z][a-z]+)[ ])?(?:19|20)\d\d\b"
    # "the governments of the time", "At the time, X led the talks"
    r"|\b(?:of|at)[ ]the[ ]time\b(?![ ]of[ ](?:filing|writing))"  # not the report's own time
    # "builds on a 1973 treaty signed by X": a pact of another year
    r"|\b(?:a|an|the)[ ](?:19|20)\d\d[ ](?:[\w-]+[ ])?(?:treaty|agreement|accord|pact|charter"
    r"|convention|protocol|deal)\b",
    re.IGNORECASE,
)


# "A day earlier, X met his counterparts": a meeting before the summit, unless the clause says
# plainly that X is at it ("X arrived a day earlier").
_BEFOREHAND = lazy_compile(
    r"\b(?:a|one|two|three|several)[ ]days?[ ](?:earlier|before)\b|\bthe[ ](?:day|night)[ ]before\b",
    re.IGNORECASE,
)


# a caption's place after the names it lists: "Chilean President X, Peruvian President Y in Oslo."
_PICTURED_IN = lazy_compile(
    rf"[ ]in[ ](?P<place>[{UPPER}][\w'’‘-]+(?:[ ][{UPPER}][\w'’‘-]+)?)\.?\s*$"
)


# "X was also in Oslo", "X is already in Norway": where someone is (not "was not in Oslo");
# "X will visit Norway", "X is also expected to visit Norway", "… to stay in Norway": where
# someone is to be, in a report written before the meeting; "X came back from Oslo": where
# someone was
_BEING_IN = lazy_compile(
    r"\b(?:(?:is|was|were|are)[ ](?:also[ ]|already[ ]|now[ ]|still[ ])?in"
    # "Coming to Oslo are X of Sweden, Y of Chile", "X is coming to Oslo"
    r"|[Cc](?:ome|omes|oming|ame)[ ]to"
    r"|(?:will|to)[ ](?:also[ ])?(?:visit|stay[ ]in)"
    # "X on Sunday departed for Oslo", "X has left for Oslo": on the way there
    r"|(?:depart(?:s|ed|ing)?|left|leaves|leaving)[ ]for"
    # "X had to come back from Oslo early": one who leaves the place was there
    r"|(?:c(?:ome|omes|ame|oming)[ ]back|return(?:s|ed|ing)?)[ ]from)[ ]"
    rf"(?P<place>[{UPPER}][\w'’‘-]+(?:[ ][{UPPER}][\w'’‘-]+)?)"
)


# "X is also in the country": in the meeting's, which a report of the meeting is set in
_IN_THE_COUNTRY = lazy_compile(
    r"\b(?:is|are|was|were)[ ](?:also[ ]|already[ ]|now[ ])?in[ ]the[ ]country\b"
)


_SAYS = lazy_compile(rf"\b(?:{SPEECH_VERB})\b")


# "is in New York for the UN General Assembly": where someone is, and for what
_IN_A_PLACE_FOR = lazy_compile(
    rf"[ ](?:in|on|at)[ ](?P<place>[{UPPER}][\w'’-]+(?:[ ][{UPPER}][\w'’-]+){{0,2}})[ ]for[ ]"
)


# "receiving guests at his house in Jeddah": one's own gathering at home, in that place
_AT_HOME_IN = lazy_compile(
    r"[ ]at[ ](?:his|her|their)[ ](?:own[ ])?(?:house|home|residence)[ ]in[ ]"
    rf"(?P<place>[{UPPER}][\w'’-]+(?:[ ][{UPPER}][\w'’-]+){{0,2}})"
)


_STAYING_IN = lazy_compile(
    rf"(?:stay|remain)\w*[ ]in[ ](?P<place>[{UPPER}][\w'’-]+(?:[ ][{UPPER}][\w'’-]+)?)"
)


# "in Helsinki", or a trip there: "will go to Helsinki to meet X" is a meeting there, not here
_IN_A_PLACE = lazy_compile(
    r"\b(?:[Ii]n|(?:go(?:es|ing)?|went|travel\w*|fl(?:y|ies|ew|ying))[ ]to)"
    rf"[ ](?P<place>[{UPPER}][\w-]+(?:[ ][{UPPER}][\w-]+)?)"
)


_ASIDE = lazy_compile(r"\([^()]*\)")


# "for the first time since 2019", "February of last year", "months following his coup in 2021",
# "was born in 1986": a date of something else than what the clause tells.
_SINCE_BEFORE = lazy_compile(
    r"\bsince\b|\bof[ ]$|\b(?:following|after)[ ](?:[\w’'-]+[ ]){0,3}$|\bborn[ ]$",
    re.IGNORECASE,
)


# "X phoned Y during the summit", "in a letter to the summit, X urged": words from afar; the
# clause puts no one at the meeting.
_FROM_AFAR = lazy_compile(
    r"\b(?:tele)?phon(?:ed|es|ing)\b|\bby[ ](?:tele)?phone\b|\b(?:tele)?phone[ ]call\b"
    r"|\b(?:in|with)[ ]a[ ](?:[\w-]+[ ])?(?:letter|written[ ]message)\b|\bwr(?:ote|ites|iting)[ ]to\b",
    re.IGNORECASE,
)


# "At the summit, X said Y should resign": what X says of Y happens elsewhere, not at the scene.
REPORTED_AFTER = lazy_compile(rf"\b(?:{SPEECH_VERB})[ ](?:that[ ])?$")


def puts_someone_in(words: str, meeting_country: str | None) -> bool:
    """Whether the words put someone in the meeting's place ("X said his deputy was in Oslo"),
    which makes the one who says so no more there than anywhere else."""
    return meeting_country is not None and any(_placed_in(words, meeting_country, gazetteer()))


def told_of_another_occasion(
    words: str,
    text: Text,
    sentence: Span,
    clause: Span,
    meeting_country: str | None,
    *,
    plainly: bool = False,
) -> bool:
    """Whether the words of a clause are set at another meeting, time or place, or tell of
    something done from afar (a call, a letter); unless they say ``plainly`` that someone
    attends, a day before or a city of another country is enough."""
    countries = gazetteer()
    words = _SINCE_A_MEETING.sub("", _NEXT_HOST_ASIDE.sub("", words))
    return bool(
        ANOTHER_MEETING.search(words)
        or ANOTHER_TIME.match(text.text, sentence.start)
        or ANOTHER_TIME.match(text.text, clause.start)
        or set_earlier(words)
        or _FROM_AFAR.search(text.text, clause.start, clause.end)
        or (meeting_country is not None and _there_for_another(words, meeting_country, countries))
        or (
            not plainly
            and (
                _BEFOREHAND.search(words)
                or (meeting_country is not None and _elsewhere(words, meeting_country, countries))
            )
        )
    )


def place_code(place: str, countries: Gazetteer) -> str | None:
    """The ISO code of the country a place ("Oslo", "Tromso, Norway", "Norway") is in."""
    country = countries.country_named(place.split(", ")[-1])
    if country is not None:
        return country.code
    city = city_named(place)
    city_name, _, code = place.rpartition(" ")
    if city is None and code.isupper():  # "Washington DC": a city and its district's capitals
        city = city_named(city_name)
    return city.code if city else None


# "the acts that have been taking place in Peru", "the violence which happened in Peru": where
# what someone speaks of happens, not where they are
_EVENTS_THERE_BEFORE = lazy_compile(
    r"\b(?:(?:tak(?:ing|es|en)|took)[ ]place|(?:happen|occur|unfold)\w*)[ ]$"
)


def _elsewhere(words: str, meeting_country: str, countries: Gazetteer) -> bool:
    """Whether the clause says it happened in a place of another country ("in Helsinki", "will
    go to Helsinki to meet X")."""
    return any(
        (code := place_code(found.group("place"), countries)) is not None
        and code != meeting_country
        and not _EVENTS_THERE_BEFORE.search(words, max(0, found.start() - 20), found.start())
        for found in _IN_A_PLACE.finditer(words)
    )


# "hitting hard at Israel for the violence", "lashed out at Chile for …": the country a word is
# aimed at, and why; no place anyone is in
_AIMED_AT_BEFORE = lazy_compile(r"\b(?:hit\w*|lash\w*|aim\w*|swip\w*|jab\w*)(?:[ ](?:out|hard))?$")


def _there_for_another(words: str, meeting_country: str, countries: Gazetteer) -> bool:
    """Whether the clause puts someone in a place of another country for a meeting ("X, who
    is in New York for the UN General Assembly"), or at home there ("X was receiving guests at
    his house in Jeddah"): that one, not this."""
    for found in (*_IN_A_PLACE_FOR.finditer(words), *_AT_HOME_IN.finditer(words)):
        if _AIMED_AT_BEFORE.search(words, 0, found.start()):
            continue
        place = found.group("place")
        # a city, or a state of one country only ("New York", which the cities list as "New
        # York City")
        codes = {code} if (code := place_code(place, countries)) else division_countries(place)
        if len(codes) == 1 and meeting_country not in codes:
            return True
    return False


def in_the_meetings_country(words: str, meeting_country: str, countries: Gazetteer) -> bool:
    """Whether the clause says someone is in the meeting's place ("X was also in Oslo", "X
    is already in Norway", a caption's "Chilean President X, Peruvian President Y in Oslo"),
    as a report from the meeting tells who is there."""
    pictured = _PICTURED_IN.search(words)
    if (
        pictured
        and names_and_titles_only(words[: pictured.start()], any_length=True)
        and place_code(pictured.group("place"), countries) == meeting_country
    ):
        return True
    return any(
        not _SAYS.search(words, 0, found.start())  # "X said his minister was in Oslo"
        for found in _placed_in(words, meeting_country, countries)
    )


def _placed_in(words: str, meeting_country: str, countries: Gazetteer) -> Iterator[re.Match[str]]:
    """Where the words put someone in a place of the meeting's country ("was also in Oslo"),
    or in "the country" the report of the meeting is set in."""
    placed = (
        found
        for found in _BEING_IN.finditer(words)
        if place_code(found.group("place"), countries) == meeting_country
    )
    return chain(placed, _IN_THE_COUNTRY.finditer(words))


def set_earlier(words: str) -> bool:
    """Whether the clause is set at another time ("met in Oslo last month", "chaired it in
    2010"), not only dating something else ("for the first time since February of last year",
    "the policies that X blamed for the collapse five years ago", "referred to last year's
    elections")."""
    words = _ASIDE.sub("", words)  # "(X is set to host it in 2020)" dates only the aside
    return any(
        not _SINCE_BEFORE.search(words, 0, earlier.start())
        and not _dates_a_relative(words, earlier.start())
        and not POSSESSIVE_S.match(words, earlier.end())
        for earlier in _EARLIER.finditer(words)
    )


# "… the policies that X blamed for …", "… a debt which Peru incurred in …", "X, Premier of
# Fiji who was in April 2023 elected to office": a relative clause that tells of something done,
# up to the time
_RELATIVE_BEFORE = lazy_compile(
    r"\b(?:(?:that|which)[ ](?:[A-Z][\w’'-]*[ ])*[a-z]+ed\b|who[ ](?:was|were|had[ ]been)\b)"
    r"[^,;]*$"
)


def _dates_a_relative(words: str, at: int) -> bool:
    """Whether the time at ``at`` ends a relative clause, which it dates alone, not the clause
    the person acts in; not words someone reports ("said that X visited Oslo in 2010")."""
    relative = _RELATIVE_BEFORE.search(words, 0, at)
    return relative is not None and not REPORTED_AFTER.search(words, 0, relative.start())


def stays_where_it_meets(text: str, cue: re.Match[str], meeting_country: str | None) -> bool:
    """Whether the cue says someone stays on in the meeting's country ("X is expected to stay in
    Norway until Monday"), which puts them there, where "stayed in Stockholm" keeps them home."""
    staying = _STAYING_IN.match(text, cue.start())
    return (
        meeting_country is not None
        and staying is not None
        and place_code(staying.group("place"), gazetteer()) == meeting_country
    )


def of_another_meeting(words: str) -> bool:
    """Whether the words tell of another meeting ("skipped last year's summit", "missed the
    summit in 2019"), not this one."""
    return bool(ANOTHER_MEETING.search(words)) or set_earlier(words)
