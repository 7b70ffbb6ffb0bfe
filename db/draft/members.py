"""Which countries (or other bodies) belong to the organization, as the article tells it.

Members are read from the phrases news uses: "founded in 2001 by A, B and C" (or "founded as a
bloc by"), "later joined by D", "E joined … on Thursday" (at this meeting), "Founding members A and B were joined by C in 1955", "F will be
admitted", "G is set to become the 11th member" (at the meeting, on a set day or no time
given; not "once A ratifies it" or "eventually"), "H became an associate member in 2004" (an
associate member, whenever), "A joins X" or "A is joining X" (news of now, as headlines
write it; not "A joins X leaders"), "…, A and B, which became the first two to join in 1999"
(the list the relative clause is said of), "A joined in 2001, B in 2005" (the verb left out
after the first), "In 2019, A joined", "F was admitted", "G is an observer", "Mr H, whose country was
readmitted". A clause before the subject that says when ("Two years after A hosted the summit,
B joined") names no member and makes the joining past, and the ", and" before a list's last
name ("A, B, and C have observer status") does not end the list's clause. The list phrasings
of wire copy are in member_lists. A country given a plain "member" by one phrase and a status
by another gets the status.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence

from db.draft.countries import Country, CountryMention, Gazetteer
from db.draft.keys import key_of
from db.draft.lazy_regex import lazy_compile
from db.draft.member_lists import (
    BRACKETED_CLAUSE,
    Claim,
    broad_claims,
    continued_claims,
    counted_claims,
    listed_body,
    listed_body_name,
    listed_claims,
    name_goes_on,
    names_a_person,
    names_an_office,
)
from db.draft.member_names import name_claims
from db.draft.member_phrases import (
    NOT_A_MEETING_AFTER,
    body_pattern,
    compiled_rules,
    names_pattern,
)
from db.draft.member_rolls import recalled_roll_claims, roll_claims, roster_claims
from db.draft.model import Membership, Organization, Party, Person
from db.draft.parties import country_party
from db.draft.text import LABELLED_LINE, UPPER, Span, Text
from db.draft.words import CAPITALISED_RUN, MONTH, ORGANIZATION_NOUNS, WEEKDAY

# "founded in 1967 by", "established in August 1967 by", "set up on 25 May 1981 in Lima by"
_FOUNDED = lazy_compile(
    r"\b(?i:founded|established|created|formed|launched|set[ ]up)\b"
    rf"(?:[ ](?:in|on)[ ](?:\d{{1,2}}[ ])?(?:{MONTH}[ ](?:\d{{1,2}},[ ])?)?(?P<year>\d{{4}}))?"
    rf"(?:[ ]in[ ][{UPPER}][\w-]+(?:[ ][{UPPER}][\w-]+)?)?"  # the place: "in 2001 in Lima by"
    r"(?:[ ]as[ ]an?[ ](?:[\w-]+[ ]){0,3}?(?:bloc|group|grouping|union|alliance|community"
    r"|organi[sz]ation))?[ ]by[ ](?P<list>.+?)(?=[ ]to[ ][a-z]+\b|[ ]in[ ]\d{4}\b|,?[ ]and[ ](?:added|later|then)\b"
    # the clause that goes on after the list: "…, A and B, now stretches from C to D"
    r"|,[ ](?:and[ ]|but[ ])?(?:now|today|since|which|who|has|have|is|are|was|were)\b"
    r"|[.;]|$)(?:[ ]in[ ](?P<year_after>\d{4})\b)?"
)
# what a founding verb is said of: a body ("the bloc founded by", "It was set up by"), not
# "uncertainty created by A and B"
_BODY_NOUN = (
    r"\b(?i:bloc|group|grouping|alliance|organi[sz]ation|union|league|club|partnership|forum"
    r"|community|association|body|network|council|pact)"
)
_PASSIVE = r"\b(?:was|were|been|is|are|which|that)[ ]"
_ADVERB = r"(?:originally|first|jointly|initially)[ ]"
_LATER_BY = lazy_compile(r"\blater[ ]joined[ ]by[ ](?P<list>[^.;]+)")
# members or founders joined by one in a year: "Founding members A and B were joined by C in
# 1955"
_JOINED_BY_IN = lazy_compile(
    r"\b(?i:members|founders)\b[^.;]*?[ ](?:was|were)[ ](?:later[ ]|then[ ]|subsequently[ ])?"
    r"joined[ ]by[ ](?P<list>[^.;,]+?)[ ]in[ ](?P<year>\d{4})\b"
)
# … and the year first, one or more times: "A and B were joined in 2005 by C and in 2010 by D"
_JOINED_IN_BY = lazy_compile(
    r"\b(?i:members|founders)\b[^.;]*?[ ](?:was|were)[ ](?:later[ ]|then[ ]|subsequently[ ])?"
    r"(?P<joined>joined)[ ]in[ ]\d{4}[ ]by[ ]"
)
_IN_YEAR_BY = lazy_compile(
    r"\b(?:joined|and)[ ]in[ ](?P<year>\d{4})[ ]by[ ](?P<list>[^.;,]+?)(?=[ ]and[ ]in[ ]\d{4}|[.;,]|$)"
)
# what is to be: "will be", "is set to be", "are going to be"; and what was
_SHALL = r"(?:will|would|(?:is|are)[ ](?:to|(?:set|going|expected|due)[ ]to))"
_WILL_BE = rf"(?:was|were|{_SHALL}[ ]be)[ ]"
_JOINED = lazy_compile(
    r"\b(?P<adverb>later[ ]|subsequently[ ]|since[ ]|also[ ])?(?:formally[ ]|officially[ ])?"
    # not the passive: "A is joined at the summit by B", "A and B were joined by C"
    rf"(?:(?<!is[ ])(?<!are[ ])(?<!was[ ])(?<!were[ ])(?<!be[ ])(?<!been[ ])joined(?![ ]by\b)"
    r"|(?:joins|(?:is|are|will[ ]be)[ ]joining)(?![ ]by\b)"
    r"|acceded[ ]to(?=[ ])"  # "acceded to the Union", as a communiqué writes joining
    r"|became[ ]the[ ](?:[\w-]+[ ]){1,6}?to[ ]join(?=[ ]in[ ]\d{4})"
    rf"|{_SHALL}[ ]join(?=[ ](?:the|as)[ ])|{_WILL_BE}(?:formally[ ]|officially[ ])?admitted(?:[ ]to|[ ]into)?"
    # an aside after the subject: "A and B, both admitted last year, attended"
    r"|(?<=,[ ])(?:both[ ]|all[ ])?admitted(?=[ ](?:in[ ]\d{4}|last[ ]year"
    r"|as[ ](?:an?|the|its)[ ](?:[\w’'-]+[ ]){0,2}?members?)\b)"
    rf"|{_WILL_BE}(?:formally[ ]|officially[ ])?(?:accepted|welcomed|inducted)[ ]as"
    r"(?=[ ](?:[\w’'-]+[ ]){0,4}?members?\b)"
    r"|(?:was|were)[ ]granted[ ](?:full[ ])?membership"
    # "was upgraded from observer to full member"
    r"|(?:was|were|(?:has|have)[ ]been)[ ]upgraded[ ]from[ ](?:an[ ])?observer[ ]to[ ]"
    r"(?:an?[ ])?(?:full[ ])?member"
    rf"|(?:became|(?:was|were)[ ]made|{_SHALL}[ ](?:be(?:[ ]made)?|become))[ ]"
    r"(?:(?:a|the|its)[ ])?"
    # "became an associate state": a status news writes with "state" or "country" too
    # "will become the newest Associate Member of X", as a communiqué capitalises it
    r"(?:[\w-]+['’]s[ ])?(?:[\w-]+[ ]){0,3}?(?i:members?|associate[ ](?:states?|countr(?:y|ies)"
    r"|nations?))(?:[ ]of)?)"
    r"\b(?P<rest>[^.;]*)"
)
_ASSOCIATE = lazy_compile(r"\bassociate[ ](?:member|state|countr|nation)", re.IGNORECASE)
# "A and B have joined the initiative as associate participating states"
_AS_ASSOCIATES = lazy_compile(
    r"^[^.;]{0,40}?[ ]as[ ](?:an[ ])?associate[ ](?:[\w-]+[ ])?(?:members?|states?|countr\w+"
    r"|nations?|participants?)\b"
)
# "became associated member of two Caribbean organizations": a membership of others, counted
_OF_SEVERAL = lazy_compile(r"[ ](?:two|three|four|several|many|various|other|both)[ ]")
_AS_A_MEMBER = lazy_compile(
    r"^(?:[ ][^.;]{0,40}?)?[ ]as[ ](?:a|an|its|the)[ ](?:[\w-]+[ ]){0,2}?members?\b"
)
_AS_OBSERVERS = lazy_compile(r"^[^.;]{0,40}?[ ]as[ ](?:an[ ])?observers?\b")
# admitted as partners, whose status the lists' phrases read: "A was admitted as a dialogue
# partner", "… as partner countries"
_AS_PARTNERS = lazy_compile(
    r"^[^.;]{0,40}?[ ]as[ ](?:an?[ ])?(?:[\w-]+[ ]){0,2}?partners?(?:[ ](?:countr|state|nation)\w*)?\b"
)
# a line break, but not one before a labelled line of a box of facts ("\nMembers: A, B")
_ONE_LINE = lazy_compile(rf"(?<!\n)\n(?!\n|{LABELLED_LINE})|[^\S\n]")
_WHOSE_COUNTRY = (
    r",[ ]whose[ ]country[ ](?:[^,.;]{0,40}?[ ]and[ ])?(?:(?P<again>was[ ]readmitted[ ]to|rejoined"
    r"|returned[ ]to)"
    r"|(?P<is>is[ ]a[ ](?:founding[ ]|full[ ])?member[ ]of)|joined|was[ ]admitted[ ]to)"
)
# "Ms Y, whose country is an observer": Y's country, not the subject's list
_WHOSE_COUNTRY_BEFORE = lazy_compile(r",[ ]whose[ ](?:country|nation|government)$")
# "Ms Y, as the head of the observer state at the bloc": Y's country too
_WHOSE_COUNTRY_IS_OBSERVER = lazy_compile(
    r",[ ](?:whose[ ](?:country|nation|government)(?:[ ](?:is|has[ ]been))[ ](?:an?[ ])?"
    r"|as[ ](?:the[ ])?(?:head|leader|president)[ ]of[ ](?:the|an?)[ ])"
    r"(?P<kind>observer|dialog(?:ue)?[ ]partner)(?:[ ](?:state|country|nation))?(?:[ ]status)?\b"
)
# "Mr Y, whose country took up the bloc's presidency from A"
_WHOSE_COUNTRY_CHAIRS = (
    r",[ ]whose[ ]country[ ](?:has[ ]|had[ ]|will[ ])?(?:took|takes|take|assumed|assumes|assume"
    r"|holds|hold|held)(?:[ ](?:over|up))?[ ]"
)
_CHAIRS_IT = r"(?:rotating[ ]|pro[ ]tempore[ ])?(?:chair|chairmanship|presidency)\b"
# "Mr Y … since his country returned to the fold": the sentence's first person's country
_HIS_COUNTRY = (
    r"\b(?:his|her)[ ]country[ ](?:has[ ]|had[ ])?(?:(?P<again>(?:was[ ])?readmitted[ ](?:to|into)"
    r"|rejoined|returned[ ]to)|joined|was[ ]admitted[ ](?:to|into))"
)
# "Mr Y and the other three full members"
_AND_THE_OTHER_MEMBERS = r"[ ]and[ ](?:the[ ])?other[ ](?:[\w-]+[ ]){0,2}?members\b"
_CHAIR_OF = r"(?:current[ ]|rotating[ ]|outgoing[ ]|incoming[ ]|new[ ])?"
_CHAIR = r"(?:chair|chairman|chairperson|chairwoman)\b"
# "X, who takes over from Y as the bloc's chair": Y the one who held the chair before X
_TAKES_OVER_FROM = (
    r",[ ]who[ ](?:takes|took|will[ ]take)[ ]over[ ]from[ ](?P<from>[^,.;]{1,60}?)[ ]as[ ]"
)
_FELLOW = (
    r"\b(?:his|her|their)[ ]fellow[ ](?:leaders|members|heads[ ]of[ ]state|presidents)"
    r"[ ](?:in|of|from)"
)
_LINK = r"(?:in|on|at|as|and|by|with|from|next|this|later|after|when|once|if)"  # not "summit"
_JOINED_WHAT = r"(?:$|,|[ ](?:as|in|on|at|later|last|this|earlier|since|after)\b)"
_IN_MONTH = lazy_compile(rf"\bin[ ](?P<month>{MONTH}(?:[ ]\d{{4}})?)\b")
_IN_DECADE = lazy_compile(r"\bin[ ]the[ ](?P<decade>\d{3}0s)\b")
_LATER = lazy_compile(r"^[ ,]*(?:later|subsequently|afterwards|since)\b")
_IN_YEAR = lazy_compile(r"\bin[ ](?P<year>\d{4})\b")
_SOME_TIME_AGO = lazy_compile(
    r"\b(?:the[ ](?:following|next)[ ]year|last[ ]year|(?:a|an|one|two|three|four|five|six|seven|eight"
    r"|nine|ten|\d+)[ ](?:years?|decades?)[ ](?:later|ago|after))\b"
)
# a day with its month, not the meeting's weekday: "on Jan. 1", "on 1 January 2024"
_ON_A_DATE = lazy_compile(
    rf"(?:[ ][^.;,]{{1,30}}?)?[ ]on[ ](?P<when>(?:\d{{1,2}}[ ])?(?:{MONTH}|(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.)"
    r"(?:[ ]\d{1,2}\b)?(?:,?[ ]\d{4})?)"
)
# what dates a new member by the meeting: no day, or one that says it joins at it
_JOINS_NOW = (None, "at this meeting", "invited")
# a short time before the meeting a joining is dated by, though not by its year or month: a
# new member, as one that joined just before it
_EARLIER_THIS_YEAR = lazy_compile(
    r"(?:[ ][^.;,]{1,30}?)?[ ](?P<when>(?:earlier[ ])?this[ ](?:year|month)"
    r"|(?:at|in)[ ]the[ ](?:start|beginning)[ ]of[ ](?:the|this)[ ]year|last[ ]month"
    r"|(?:early|earlier)[ ]in[ ]the[ ]year)\b"
)
# a clause before the subject that says when: "Two years after A hosted the summit, "
_FRONTED = lazy_compile(
    r"(?:[A-Z]?[\w-]*[ ]){0,3}?(?i:after|before|since|when|once|until|following)[ ][^,]*?"
    r"[ ][a-z]{2,}\b[^,]*,[ ]"
)
_LEFT_AGAIN = lazy_compile(
    r"\b(?:was|were|been)[ ](?:\w+[ ])?(?:expelled|suspended|thrown[ ]out|kicked[ ]out)\b"
)
_AT_THIS_MEETING = lazy_compile(
    rf"\b(?:on[ ]{WEEKDAY}|at[ ](?:this|the|{WEEKDAY}['’]s)[ ]"
    r"(?:summit|meeting|assembly|conference|gathering)|this[ ]week|today)\b"
)
# what makes a membership still to come wait on a condition or put it off past any set day:
# "once A ratifies it", "pending approval", "eventually", "over time", "in the coming years",
# "by 2030"
_PUT_OFF = lazy_compile(
    r"\b(?:next[ ](?:summit|meeting)|in[ ](?:the[ ])?(?:coming[ ](?:years|months|decades)|future)"
    r"|over[ ]time|in[ ]due[ ]course|sooner[ ]or[ ]later|in[ ]the[ ]long[ ](?:run|term)"
    r"|by[ ](?:the[ ]end[ ]of[ ]the[ ]decade|\d{4})|within[ ](?:a|the[ ]next|\w+)[ ](?:years?|decades?)"
    r"|eventually|one[ ]day|some[ ]?day|soon|once|if|when|after|pending|provided|subject[ ]to"
    r"|upon|on[ ]condition)\b",
    re.IGNORECASE,
)
# a membership still to come: "will join", "is set to become", "will be admitted"
_STILL_TO_COME = lazy_compile(
    rf"\b(?:{_SHALL}|will|would)[ ](?:join|become|be[ ](?:formally[ ]|officially[ ])?"
    r"(?:admitted|accepted|welcomed|inducted))\b"
)
# "A is an observer", "B holds dialogue partner status", "C and D enjoy observer status"
_IS_OBSERVER = lazy_compile(
    r"[ ](?:is|are|was|were|became|has[ ]been|have[ ]been|has|have|holds?|enjoys?)[ ]"
    r"(?:an[ ]|a[ ]|the[ ])?"
    r"(?P<kind>observers?|dialog(?:ue)?[ ]partners?)(?:[ ]status)?\b"
)
# an observer now, whose membership the same subject is to have next: "A has observer status
# and is expected to become …"
_OBSERVER_AND = lazy_compile(rf"{_IS_OBSERVER.pattern}[ ]and[ ]$")
# a clause that gave its own subject members before the observers' clause, and the comma or
# "while" that ends it: "A and B are members, C and D are observers", "… are full members
# while C has observer status"
_MEMBERS_CLAUSE_BEFORE = lazy_compile(
    r"[ ](?:is|are|was|were|remains?)[ ](?:(?:a|an|the|full|founding|all|both)[ ])*members?"
    r"(?:,[ ]|[ ](?:while|whereas)[ ])"
)
_AND_IN_YEAR = lazy_compile(
    r"(?:,?[ ]followed[ ]by[ ]|,[ ]and[ ]|,[ ]|[ ]and[ ])(?P<who>[^,;.]{2,60}?)[ ]in[ ]"
    r"(?:[A-Z][a-z]+[ ])?(?P<year>\d{4})\b"
)
# "in 2017 and 2020 respectively", "in 2009, 2017 and 2020, respectively"
_RESPECTIVELY = lazy_compile(
    r"(?:[ ][^.;,]{1,30}?)?[ ]in[ ]\d{4}(?:,[ ]\d{4})*,?[ ]and[ ]\d{4},?[ ]respectively\b"
)
_LIST_ONLY = lazy_compile(r"(?:the[ ])?X(?:(?:,[ ]|,?[ ]and[ ])(?:the[ ])?X)*")
_NAME_MARK = lazy_compile(r"\b[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*)*")  # each name one "X"
_NOT_YET = lazy_compile(
    r"(?:\bnot|\bnever|n['’]t|\bno[ ]longer)(?:[ ](?:yet|formally|officially|been))*[ ]?$"
)
_NAMES = r"(?:the[ ])?[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*)*"
# a year just before the subject: "In 2019, A joined", "… in October 2019 A joined"
_YEAR_BEFORE = lazy_compile(rf"\b(?i:in)[ ](?:[A-Z][a-z]+[ ])?(?P<year>\d{{4}}),?[ ]{_NAMES}$")
# … or a date that opens the sentence: "In 1992, A, B and C joined", "On November 28, 1992,
# seven countries - A, B, and C - joined"
_DATE_OPENING = lazy_compile(
    r"(?i:in|on)[ ](?:\d{1,2}[ ])?(?:[A-Z][a-z]+[ ](?:\d{1,2},?[ ])?)?(?P<year>(?:19|20)\d\d),[ ]"
)
_LIST_SO_FAR = lazy_compile(rf",[ ]{_NAMES}$")  # "…, B" before ", and C"
_LAST_ITEM = lazy_compile(rf"{_NAMES}[ ][a-z]")  # "C have …"
# the list a relative clause is said of: "…, A, B and C, which became the first to join"
_RELATIVE_SUBJECT = lazy_compile(
    rf"{_NAMES}(?:(?:,[ ]|,?[ ]and[ ]){_NAMES})*,[ ](?:which|who|that)[ ](?:\w+[ ])?$"
)
# a clause spliced on by a comma alone, its own subject: "A joined in 1996, B was admitted in
# 2008"
_SPLICED_SUBJECT = lazy_compile(rf",[ ](?P<names>{_NAMES}(?:(?:,[ ]|,?[ ]and[ ]){_NAMES})*)[ ]$")
# an aside that ends the subject: "A, which borders B, joined", "A, a former colony of B, joined"
_ASIDE = lazy_compile(r",[ ](?:which|who|whose|that|an?)[ ][^,]*,[ ]?$")
# "…, while", and "while" before a name with no comma: "A and B are members while C and D
# are due to join" says the joining of C and D only
_CLAUSE_BOUNDARY = lazy_compile(
    r",[ ]and[ ]|,[ ]but[ ]|;[ ]|,[ ]while[ ]|[ ](?:while|whereas)[ ](?=[A-Z])"
)


def find_memberships(
    text: Text,
    organization: Organization,
    countries: Gazetteer,
    event_day: str | None,
    persons: Sequence[Person] = (),
) -> tuple[list[Membership], list[Party]]:
    """The memberships the article states, and the bodies among the members."""
    claims = roster_claims(text, organization, countries)  # read a line at a time
    text = Text(_ONE_LINE.sub(" ", text.text))  # same offsets; a list may wrap over a line
    claims += [
        claim
        for sentence in text.sentences
        for claim in (
            *_claims(text, sentence, body_pattern(organization)),
            *listed_claims(text, sentence, organization, countries),
            *broad_claims(text, sentence, organization, countries),
        )
    ]
    claims += continued_claims(text, organization, countries)
    claims += counted_claims(text, organization, countries)
    claims += roll_claims(text, organization, countries)
    claims += name_claims(text, organization, countries)
    claims += recalled_roll_claims(text, organization, countries)
    claims = [claim for claim in claims if not _no_member_yet(text, claim)]
    of_countries = organization.member_kind is None or any(
        countries.find(text.text, claim.region.start, claim.region.end) for claim in claims
    )

    people = {name for person in persons for name in (person.name, *person.short_forms)}

    def read_members(claim: Claim) -> list[Party]:
        if not of_countries:
            return _bodies_in(text, countries, claim.region, organization)
        if claim.owner:
            return [
                country_party(found.country)
                for found in countries.find(text.text, claim.region.start, claim.region.end)
            ]
        named = _countries_in(text, countries, claim.region, in_list=claim.is_list)
        if claim.is_list or not named:
            named += _international_bodies_in(
                text, countries, claim.region, organization, in_list=claim.is_list
            )
        # "…, Singapore, Chinese Taipei, Thailand": a member the country table does not know;
        # "Canada, USA, France": a country's code, which names it between countries
        named += [
            country_party(country)
            if (country := _country_spelt(countries, text[span]))
            else Party(key=key_of(text[span]), name=text[span], is_country=False)
            for span in _not_leaders(text, claim.unknown, people)
        ]
        return named

    memberships: dict[str, Membership] = {}
    bodies: dict[str, Party] = {}
    for claim in claims:
        joined = claim.joined
        if claim.status == "new-member" and event_day and claim.joined in _JOINS_NOW:
            joined = f"at this meeting ({event_day})"
        for member in read_members(claim):
            _add(memberships, Membership(member, claim.status, joined, claim.sentence))
            if not member.is_country:
                bodies[member.key] = member
    for membership in _countries_of_people(text, organization, persons):
        _add(memberships, membership)
    for key in _withdrawn(text, organization, countries):
        if key in memberships and memberships[key].status in _MEMBER_STATUSES:
            del memberships[key]
    return list(memberships.values()), list(bodies.values())


# "A, a country ruled by a junta since 2020, withdrew from this regional alliance": the
# sentence's subject left the body, an aside set off between them
_WITHDREW_FROM = lazy_compile(
    r"(?:,[ ][^,;]{1,80},)?[ ](?:has[ ]|had[ ])?(?:withdr[ae]wn?[ ]from|pulled[ ]out[ ]of|quit"
    r"|left)[ ]"
)
_CAME_BACK = lazy_compile(r"\b(?:rejoin|return|readmit|re-admit)\w*", re.IGNORECASE)


def _withdrawn(text: Text, organization: Organization, countries: Gazetteer) -> set[str]:
    """The countries a sentence opens on to say they left the body ("A withdrew from the bloc in
    2022"), and does not say came back: whatever made them members before, they are none now."""
    names_the_body, _ = compiled_rules(names_pattern(organization))
    gone = set()
    for sentence in text.sentences:
        found = countries.find(text.text, sentence.start, sentence.end)
        if not found or found[0].span.start != sentence.start:
            continue
        left = _WITHDREW_FROM.match(text.text, found[0].span.end, sentence.end)
        if left is None or not names_the_body.match(text.text, left.end()):
            continue
        if not _CAME_BACK.search(text.text, left.end(), sentence.end):
            gone.add(country_party(found[0].country).key)
    return gone


_MEMBER_STATUSES = frozenset({"member", "new-member", "founding-member", "associate-member"})
_IN_PRINCIPLE = lazy_compile(r"\bin[ ]principle\b", re.IGNORECASE)


def _no_member_yet(text: Text, claim: Claim) -> bool:
    """Whether a membership's clause grants it only in principle ("A was admitted in principle
    as the 11th member", "leaders agreed in principle to admit A"), or makes it wait on a
    condition or puts it off past any set day ("A will join once B ratifies its bid", "A is
    set to become a member eventually"): A is not yet a member, whatever else the text makes
    it (an observer). One to come at the meeting, on a set day ("next year", "on 1 January")
    or with no time given is news of now: a new member, as one invited to join on a day."""
    if claim.status not in _MEMBER_STATUSES:
        return False
    words = text[claim.sentence]
    at = claim.region.start - claim.sentence.start
    for clause in _clauses(words):
        if not clause.start <= at < clause.end:
            continue
        if _IN_PRINCIPLE.search(words, clause.start, clause.end):
            return True
        to_come = _STILL_TO_COME.search(words, clause.start, clause.end)
        if to_come is None:
            return False
        after = words[to_come.end() : clause.end]
        opening = words[clause.start : to_come.start()]  # "Once B ratifies it, A will join"
        return any(
            put_off and not _AT_THIS_MEETING.search(part)
            for part, put_off in (
                (after, _PUT_OFF.search(after)),
                (opening, _PUT_OFF.match(opening)),
            )
        )
    return False


def _not_leaders(text: Text, unknown: Sequence[Span], people: set[str]) -> list[Span]:
    """The names a list gives between its countries, none once one of them is a person the
    article names: "Chile, Ana Ruiz, Peru, Luis Soto" gives the countries' leaders."""
    if any(_is_person(text[span], people) for span in unknown):
        return []
    return list(unknown)


def _is_person(name: str, people: set[str]) -> bool:
    """Whether a name is, or ends as, the name of a person the article names."""
    return any(name == known or name.endswith(f" {known}") for known in people)


_IN_A_YEAR = lazy_compile(r"\d{4}")


def _add(memberships: dict[str, Membership], membership: Membership) -> None:
    """The first status a member is given, unless it is a plain "member" another phrase says
    more exactly ("formed by" makes a current member a founder), or a new member the same
    sentence dates in a year ("A, the newest member, joined in 2011": a member since)."""
    known = memberships.get(membership.member.key)
    if known is None:
        memberships[membership.member.key] = membership
        return
    statuses = {known.status, membership.status}
    dated = next((m for m in (known, membership) if _IN_A_YEAR.fullmatch(m.joined or "")), None)
    if statuses == {"member", "new-member"} and dated and known.evidence == membership.evidence:
        memberships[membership.member.key] = dated
    elif known.status == "member" and membership.status != "member":
        memberships[membership.member.key] = membership


def _countries_of_people(
    text: Text, organization: Organization, persons: Sequence[Person]
) -> list[Membership]:
    """The country of a leader the text places in the organization: "Mr Y, whose country
    was readmitted to the league" (the person named just before), "Ms Z told her fellow
    leaders in the bloc", "Mr W came, since his country returned to the fold" (the sentence's
    first person), "Mr V and the other three full members", "Mr U, whose country took up the
    bloc's presidency" (the person named just before)."""
    found = []
    body = body_pattern(organization)
    with_countries = [
        person for person in persons if person.party is not None and person.party.is_country
    ]
    for match in re.finditer(rf"{_WHOSE_COUNTRY}[ ]{body}", text.text):
        person = _named_just_before(text.text, match.start(), with_countries)
        since = text.text[match.end() : match.end() + 40]
        earlier = _SOME_TIME_AGO.match(since.lstrip()) or _IN_YEAR.match(since.lstrip())
        again_or_earlier = match.group("again") or match.group("is") or earlier
        status = "member" if again_or_earlier else "new-member"
        if "founding" in match.group(0):
            status = "founding-member"
        if person is not None and person.party is not None:
            found.append(Membership(person.party, status, None, text.sentence_at(match.start())))
    at_another_body = re.compile(rf"[ ](?:at|in|of|with|to|within)[ ](?!{body})(?:the[ ])?[A-Z]")
    for match in _WHOSE_COUNTRY_IS_OBSERVER.finditer(text.text):
        if at_another_body.match(text.text, match.end()):
            continue  # "…, whose country is an observer at the WTO"
        person = _named_just_before(text.text, match.start(), with_countries)
        if person is not None and person.party is not None:
            status = _observer_status(match.group("kind"))
            sentence = text.sentence_at(match.start())
            found.append(Membership(person.party, status, None, sentence))
    names = names_pattern(organization)
    chair = rf"(?:{_CHAIR_OF}(?:{names})[ ]{_CHAIR}|{_CHAIR_OF}{_CHAIR}[ ]of[ ]{body}{NOT_A_MEETING_AFTER})"
    for match in re.finditer(rf",[ ](?:the[ ])?{chair}", text.text):
        person = _named_just_before(text.text, match.start(), with_countries)
        if person is not None and person.party is not None:
            found.append(Membership(person.party, "member", None, text.sentence_at(match.start())))
    for match in re.finditer(rf"\b(?:{names})[ ]{_CHAIR}[ ]", text.text):
        after = text.text[match.end() : match.end() + 60]
        person = next((person for person in with_countries if person.name in after), None)
        if person is not None and person.party is not None:
            found.append(Membership(person.party, "member", None, text.sentence_at(match.start())))
    for match in re.finditer(
        rf"{_WHOSE_COUNTRY_CHAIRS}(?:{body}['’]s|the|its)[ ]{_CHAIRS_IT}", text.text
    ):
        person = _named_just_before(text.text, match.start(), with_countries)
        if person is not None and person.party is not None:
            found.append(Membership(person.party, "member", None, text.sentence_at(match.start())))
    for match in re.finditer(rf"{_TAKES_OVER_FROM}(?:the[ ])?(?:{names})[ ]{_CHAIR}", text.text):
        # "X, who takes over from Y as the bloc's chair,": both hold its chair in turn
        sentence = text.sentence_at(match.start())
        taker = _named_just_before(text.text, match.start(), with_countries)
        giver = _named_just_before(text.text, match.end("from"), with_countries)
        for person in (taker, giver):
            if person is not None and person.party is not None:
                found.append(Membership(person.party, "member", None, sentence))
    for match in re.finditer(_AND_THE_OTHER_MEMBERS, text.text):
        person = _named_just_before(text.text, match.start(), with_countries)
        if person is not None and person.party is not None:
            found.append(Membership(person.party, "member", None, text.sentence_at(match.start())))
    for match in re.finditer(rf"{_FELLOW}[ ]{body}", text.text):
        sentence = text.sentence_at(match.start())
        if (party := _first_named(text, sentence, match.start(), with_countries)) is not None:
            found.append(Membership(party, "member", None, sentence))
    for match in re.finditer(rf"{_HIS_COUNTRY}[ ](?:{body}|the[ ]fold\b)", text.text):
        sentence = text.sentence_at(match.start())
        since = text.text[match.end() : match.end() + 40].lstrip()
        again = match.group("again") or _SOME_TIME_AGO.match(since) or _IN_YEAR.match(since)
        if (party := _first_named(text, sentence, match.start(), with_countries)) is not None:
            status = "member" if again else "new-member"
            found.append(Membership(party, status, None, sentence))
    return found


def _first_named(text: Text, sentence: Span, end: int, persons: Sequence[Person]) -> Party | None:
    """The country of the first person the sentence names before ``end``."""
    opening = text.text[sentence.start : end]
    named = [(opening.find(person.name), person) for person in persons if person.name in opening]
    return min(named, key=lambda found: found[0])[1].party if named else None


def _named_just_before(text: str, end: int, persons: Sequence[Person]) -> Person | None:
    before = text[max(0, end - 60) : end]
    return next(
        (
            person
            for person in persons
            if any(before.endswith(name) for name in (person.name, *person.short_forms))
        ),
        None,
    )


def _founding_of_another(before: str, body: str) -> bool:
    """Whether the sentence is about another body named with its noun ("The Marsh bloc of
    leftist nations - which was founded in 2004 by A and B - announced …"): its founders are
    not the report's body's."""
    subject = _ANOTHER_BODY_SUBJECT.match(before)
    return subject is not None and re.search(body, subject.group("name")) is None


# "The Marsh bloc", "The ALBA alliance": a body named, then what it is in lower case, as a
# sentence's subject (not "The Lagoon Union", whose noun is part of its name)
_ANOTHER_BODY_SUBJECT = lazy_compile(
    rf"\s*(?:The[ ])?(?P<name>(?!The[ ])(?:[{UPPER}][\w’'-]*[ ]){{1,4}})"
    r"(?:bloc|group|grouping|alliance|organi[sz]ation|union|league|club|partnership|forum"
    r"|community|association|body|network|council|pact)\b"
)


def _claims(text: Text, sentence: Span, body: str) -> list[Claim]:
    words = text[sentence]
    offset = sentence.start
    found = []
    founded = _FOUNDED.search(words)
    if (
        founded
        and re.search(
            rf"(?:^|(?:{body}|{_BODY_NOUN}),?[ ]|{_PASSIVE})(?i:{_ADVERB})?$",
            words[: founded.start()],
        )
        and not _founding_of_another(words[: founded.start()], body)
    ):
        year = founded.group("year") or founded.group("year_after")
        joined = f"{year} (founder)" if year else "founder"
        found.append(Claim("founding-member", joined, _region(founded, "list", offset), sentence))
    later = _LATER_BY.search(words)
    if later:
        found.append(
            Claim("member", "later (year not given)", _region(later, "list", offset), sentence)
        )
    elif joined_by := _JOINED_BY_IN.search(words):
        found.append(
            Claim("member", joined_by.group("year"), _region(joined_by, "list", offset), sentence)
        )
    elif joined_in := _JOINED_IN_BY.search(words):
        for each in _IN_YEAR_BY.finditer(words, joined_in.start("joined")):
            found.append(
                Claim("member", each.group("year"), _region(each, "list", offset), sentence)
            )
    for clause, joining, subject_start in _joinings(words):
        if later and joining.start() >= later.start() - 6:
            continue
        subject = Span(offset + subject_start, offset + joining.start())
        if subject_start > clause.start and (spliced := _SPLICED_SUBJECT.search(text[subject])):
            subject = Span(subject.start + spliced.start("names"), subject.end)
        elif subject_start > clause.start and not _RELATIVE_SUBJECT.search(text[subject]):
            continue  # a later joining in the clause, said of one named just before it
        if aside := _ASIDE.search(text[subject]):  # "A, which borders B, joined": A only
            subject = Span(subject.start, subject.start + aside.start())
        some_time_before = _SOME_TIME_AGO.search(text[subject].lower())  # "two years after A"
        fronted = _FRONTED.match(text[subject])
        if fronted:  # "Two years after A hosted the summit, B joined": B only, and not now
            subject = Span(subject.start + fronted.end(), subject.end)
        if "whose country" in text[subject] or _LEFT_AGAIN.search(words):
            continue  # the leader's country (read with the leader), or one since expelled
        if _NOT_YET.search(text[subject]):
            continue  # "has not yet joined", "never joined"
        if (
            _OBSERVER_AND.search(text[subject])
            and re.match(_SHALL, words[joining.start() :])
            and not _AT_THIS_MEETING.search(joining.group("rest"))
        ):
            continue  # "A has observer status and is expected to become a member": not yet
        rest = joining.group("rest")
        verb = words[joining.start() : joining.start("rest")]
        if verb.endswith(" of") and _OF_SEVERAL.match(rest):
            continue
        if relative := _RELATIVE_SUBJECT.search(text[subject]):  # "…, A and B, which joined"
            subject = Span(subject.start + relative.start(), subject.end)
        if _INTO_A_NEW_BODY.match(rest) and _names_a_body(text[subject]):
            continue  # "the Lagoon Group, which will join the new bloc": merged into it
        joins_now = re.search(r"\bjoin(?:s|ing)?$", verb) and not verb.startswith("became")
        if joins_now and not re.match(rf"[ ](?:as[ ]|{body}(?![ ](?!{_LINK}\b)[a-z]))", rest):
            continue  # "will join the talks", "will join the X summit": no membership
        if "acceded" in joining.group(0) and not re.match(rf"[ ]{body}(?![’']s\b)", rest):
            continue  # "acceded to the treaty", "to the Union's request": no membership
        if "joined" in joining.group(0) and not re.match(
            rf"{_JOINED_WHAT}|[ ]{body}|[ ]{_SOME_TIME_AGO.pattern}", rest
        ):
            continue  # joined the talks, the leaders, a session: no membership
        year = _IN_YEAR.search(rest)
        year_before = _YEAR_BEFORE.search(text[subject].rstrip()) or _DATE_OPENING.match(words)
        later_on = joining.group("adverb") in ("later ", "subsequently ", "since ") or bool(
            _LATER.match(rest)
        )
        # "became an associate member in 2004": the kind is the status, whenever it began
        associate = bool(_ASSOCIATE.search(joining.group(0)) or _AS_ASSOCIATES.match(rest))
        member = "associate-member" if associate else "member"
        new_member = "associate-member" if associate else "new-member"
        if _AS_PARTNERS.match(rest):
            continue
        if _AS_OBSERVERS.match(rest):
            found.append(Claim("observer", None, subject, sentence))
        elif _AT_THIS_MEETING.search(rest):
            found.append(Claim(new_member, "at this meeting", subject, sentence))
        elif respective := _respective_years(text, subject, rest, sentence, member):
            found += respective
        elif when := year or _IN_MONTH.search(rest):
            # "joined in 2017", "in April 2023"; then "B in 2020, C in 2024" after it
            found.append(Claim(member, when.group(1), subject, sentence))
            start = offset + joining.start("rest") + when.end()
            found += _joined_after(text, Span(start, sentence.end), sentence)
        elif year_before:
            found.append(Claim(member, year_before.group("year"), subject, sentence))
        elif decade := _IN_DECADE.search(rest):
            found.append(Claim(member, decade.group("decade"), subject, sentence))
        elif later_on or _SOME_TIME_AGO.search(rest) or some_time_before:
            found.append(Claim(member, "later (year not given)", subject, sentence))
        elif earlier := (
            _EARLIER_THIS_YEAR.match(rest) or _ON_A_DATE.match(words, joining.start("rest"))
        ):  # "on Jan. 1": the rest stops at the abbreviation's full stop
            found.append(Claim(new_member, earlier.group("when"), subject, sentence))
        elif (
            "joined" not in joining.group(0)
            or _AS_A_MEMBER.match(rest)
            or re.match(rf"[ ]{body}(?![ ]\w+[ ]in[ ]|[ ]in[ ])", rest)
        ):
            # "was admitted", "became its 11th member", "joined the bloc": news of now
            found.append(Claim(new_member, None, subject, sentence))
    # "A has observer status at the WTO": another body's observer
    at_another_body = re.compile(
        rf"[ ](?:at|in|of|with|to|within|from)[ ](?!{body})(?:the[ ])?[A-Z]"
    )
    for clause in _clauses(words):
        observer = _IS_OBSERVER.search(words, clause.start, clause.end)
        if _WHOSE_COUNTRY_BEFORE.search(words, clause.start, observer.start() if observer else 0):
            continue  # "Ms Y, whose country is an observer": Y's, read with the leader
        if observer and not at_another_body.match(words, observer.end()):
            start = clause.start
            for before in _MEMBERS_CLAUSE_BEFORE.finditer(words, clause.start, observer.start()):
                start = before.end()
            subject = _both_only(text, Span(offset + start, offset + observer.start()))
            status = _observer_status(observer.group("kind"))
            found.append(Claim(status, None, subject, sentence))
    return found


# "will join the new bloc": the body founded at the meeting
_INTO_A_NEW_BODY = lazy_compile(
    r"[ ](?:the[ ])?new[ ](?:bloc|body|organi[sz]ation|grouping|community|alliance|union)\b"
)
_LAST_WORD = lazy_compile(r"([\w-]+)\W*(?:(?:which|that)\W*)?$")


def _names_a_body(subject: str) -> bool:
    """Whether the subject of a joining ends in a body's noun ("the Lagoon Group, which"): a
    body that joins a bloc founded at the meeting merges into it, where a country joining it is
    a member."""
    last = _LAST_WORD.search(subject)
    return last is not None and last.group(1) in ORGANIZATION_NOUNS


def _joinings(words: str) -> list[tuple[Span, re.Match[str], int]]:
    """Each joining a sentence tells of, with its clause and where its subject begins: the
    clause's start for the first, the end of the joining before it for each after ("A joined in
    2009, the second after B, which joined in 1995")."""
    found = []
    for clause in _clauses(words):
        position = clause.start
        while (joining := _JOINED.search(words, position, clause.end)) is not None:
            found.append((clause, joining, position))
            position = joining.start("rest")
    return found


_BOTH_OF = lazy_compile(r",[ ]both(?:[ ]of[ ](?:which|whom|them))?[ ]?$")
_ITEM_BEFORE = lazy_compile(r".*(?:,[ ]|[ ](?:as[ ]well[ ]as|along[ ]with|plus)[ ])")


def _both_only(text: Text, subject: Span) -> Span:
    """The two items "both" points back to: "A and B, as well as C and D, both of which have
    observer status" gives C and D that status."""
    words = text[subject]
    both = _BOTH_OF.search(words)
    pair = words.rfind(" and ", 0, both.start()) if both else -1
    if pair < 0:
        return subject
    before = _ITEM_BEFORE.match(words, 0, pair)
    return Span(subject.start + before.end(), subject.end) if before else subject


def _respective_years(
    text: Text, subject: Span, rest: str, sentence: Span, status: str
) -> list[Claim]:
    """Each of the subject's names with its year, in order: "A and B joined in 2017 and 2020
    respectively"; none when the names and years do not pair up."""
    if (respectively := _RESPECTIVELY.match(rest)) is None:
        return []
    years = re.findall(r"\d{4}", respectively.group(0))
    names = list(_NAME_MARK.finditer(text.text, subject.start, subject.end))
    listed = _LIST_ONLY.fullmatch(_NAME_MARK.sub("X", text[subject].strip()))
    if len(names) != len(years) or not listed:
        return []
    return [
        Claim(status, year, Span(name.start(), name.end()), sentence)
        for name, year in zip(names, years, strict=True)
    ]


def _joined_after(text: Text, rest: Span, sentence: Span) -> list[Claim]:
    """The countries a "joined in 2017" goes on to give years of, the verb left out: "A joined
    in 2017, B in 2023 and C and D in 2024", "… followed by B in 2023"."""
    found = []
    position = rest.start
    while match := _AND_IN_YEAR.match(text.text, position, rest.end):
        who = Span(match.start("who"), match.end("who"))
        if not _LIST_ONLY.fullmatch(_NAME_MARK.sub("X", text[who])):
            break
        found.append(Claim("member", match.group("year"), who, sentence))
        position = match.end()
    return found


def _observer_status(kind: str) -> str:
    """ "Observer states and dialogue partners" are listed together: the status says so."""
    kind = kind.lower()
    if "observer" in kind and "partner" in kind:
        return "observer-or-partner"
    return "observer" if "observer" in kind else "dialogue-partner"


def _region(match: re.Match[str], group: str, offset: int) -> Span:
    return Span(offset + match.start(group), offset + match.end(group))


def _clauses(sentence: str) -> list[Span]:
    """The sentence cut at ", and", ", but", "; " and ", while": one subject and verb each;
    not at the ", and" before a list's last name ("A, B, and C have observer status"). A clause
    in brackets is one of its own: "A and B (C joined in 2010) met on Tuesday"."""
    boundaries = [
        (boundary.start(), boundary.end())
        for boundary in _CLAUSE_BOUNDARY.finditer(sentence)
        if not (
            boundary.group(0) == ", and "
            and _LIST_SO_FAR.search(sentence, 0, boundary.start())
            and _LAST_ITEM.match(sentence, boundary.end())
        )
    ]
    for bracket in BRACKETED_CLAUSE.finditer(sentence):
        boundaries += [(bracket.start(), bracket.start() + 1), (bracket.end() - 1, bracket.end())]
    boundaries.sort()
    starts = [0, *(end for _start, end in boundaries)]
    ends = [*(start for start, _end in boundaries), len(sentence)]
    return [Span(start, end) for start, end in zip(starts, ends, strict=True)]


def _countries_in(
    text: Text, countries: Gazetteer, region: Span, *, in_list: bool = False
) -> list[Party]:
    """The countries a list names; "Sweden's neighbour, Norway" names only Norway. In a list,
    "Guinea Lagoon" names no country the gazetteer knows, and "Brazilian Ana Ruiz" and
    "Brazil's Ana Ruiz" name Brazil."""

    def named(found: CountryMention) -> bool:
        if found.possessive or found.adjective:
            return in_list and names_a_person(text.text, found.span.end)
        goes_on = name_goes_on(text.text, found.span.end)
        return not (in_list and goes_on and not names_an_office(text.text, found.span.start))

    return [
        country_party(found.country)
        for found in countries.find(text.text, region.start, region.end)
        if named(found)
    ]


# how alike a name between a list's countries and a country's name must be to be that country
# misspelt: one letter in seven ("Granada" for Grenada), not "Bali" for Mali
_MISSPELT = 0.85


# Spanish opens a name of "s" and a consonant with an "E" ("Eslovenia"), which a report
# translated from it keeps
_SPANISH_E = lazy_compile(r"E(?=s[^aeiou\s])")


def _country_spelt(countries: Gazetteer, name: str) -> Country | None:
    """The country a name between a list's countries is, as written or misspelt ("Saint Kits
    and Nevis", "Surinam") or as Spanish spells it ("Eslovenia"): a country's name as long, of
    as many words and beginning alike."""
    if (country := countries.country_named(name)) is not None:
        return country
    if _SPANISH_E.match(name) and (country := _country_spelt(countries, name[1:].capitalize())):
        return country
    alike = [
        form
        for form in countries.names
        if form[0] == name[0] and len(form.split()) == len(name.split())
    ]
    closest = difflib.get_close_matches(name, alike, n=1, cutoff=_MISSPELT)
    return countries.country_named(closest[0]) if closest else None


# a status the text tells suspended, whatever sentence gave it: "A's observer status was
# suspended in 2022", "B's membership of X has been suspended since the coup"; not one
# restored since ("… was restored last year")
_SUSPENDED = (
    r"[ ](?:(?:full|observer|associate|partner)[ ])?(?:membership|status)"
    r"(?:[ ](?:in|of)[ ]{body})?[ ](?:was|were|has[ ]been|had[ ]been|remains|is)[ ](?:\w+[ ])?"
    r"(?:suspended|revoked|frozen)\b"
)
_RESTORED = lazy_compile(r"\b(?:restored|reinstated|readmitted|lifted|reversed|rejoined)\b")
# a country, or the list it begins, told suspended itself: "A has been suspended since the
# coup", "A, suspended since 2021,", "A remains suspended", "A and B, which were suspended after
# coups" (a plural verb after a list; in "A and B, which was suspended", only B)
_SUSPENDED_NOW = r"(?:(?:also|still|currently|now)[ ])?suspended\b"
_TOLD_SUSPENDED = lazy_compile(
    r"(?:,[ ](?:which|who)[ ]|[ ])(?:(?:has|had)[ ]been|was|is|remains)[ ]"
    rf"{_SUSPENDED_NOW}|(?:,[ ]|[ ][—–][ ]){_SUSPENDED_NOW}"
    r"|(?:(?:,[ ]|,?[ ]and[ ])(?:the[ ])?[A-Z][\w'’-]*(?:[ ][A-Z][\w'’-]*)*)*"
    rf"(?:,[ ](?:which|who)[ ]|[ ])(?:(?:have|had)[ ]been|were|are|remain)[ ]{_SUSPENDED_NOW}"
)

# suspended from another body than the organization: "A, suspended from the Savanna Union, …"
_FROM_ANOTHER = r"[ ](?:from|by)[ ](?!{body})(?:the[ ])?[A-Z]"


def suspended_members(text: Text, organization: Organization, countries: Gazetteer) -> set[str]:
    """The keys of the countries whose status, or who themselves, the text tells suspended: none
    is drafted, though another sentence lists it among the members or observers."""
    suspended = re.compile(_SUSPENDED.format(body=body_pattern(organization)))
    from_another = re.compile(_FROM_ANOTHER.format(body=body_pattern(organization)))
    found = set()
    for mention in countries.find(text.text):
        sentence = text.sentence_at(mention.span.start)
        told = suspended if mention.possessive else _TOLD_SUSPENDED
        match = told.match(text.text, mention.span.end, sentence.end)
        if (
            match is not None
            and not from_another.match(text.text, match.end(), sentence.end)
            and not _RESTORED.search(text[sentence])
        ):
            found.add(mention.country.key)
    return found


def _international_bodies_in(
    text: Text, countries: Gazetteer, region: Span, organization: Organization, *, in_list: bool
) -> list[Party]:
    """Bodies that are members where no country is: "the African Union joined the G20"; in a
    list, any body an item names ("…, the US and the EU")."""
    found = []
    for run in CAPITALISED_RUN.finditer(text.text, region.start, region.end):
        words = run.group(0).split()
        while words and words[0] in {"The", "A", "An"}:
            words = words[1:]
        name = " ".join(words)
        if (
            (
                (len(words) >= 2 and words[-1] in ORGANIZATION_NOUNS)
                or (in_list and listed_body(text.text, run))
            )
            and name not in {organization.name, organization.abbreviation}
            and not countries.country_named(name)
            and not text.text.startswith(" members", run.end())  # "Reef Pact members A and B"
        ):
            name = listed_body_name(name)
            found.append(Party(key=key_of(name), name=name, is_country=False))
    return found


def _bodies_in(
    text: Text, countries: Gazetteer, region: Span, organization: Organization
) -> list[Party]:
    """The capitalised names a list gives, when an organization's members are not countries."""
    found = []
    for run in CAPITALISED_RUN.finditer(text.text, region.start, region.end):
        name = run.group(0)
        if name in {"The", "It", organization.name, organization.abbreviation} or (
            countries.country_named(name)
        ):
            continue
        found.append(
            Party(key=key_of(name), name=name, is_country=False, kind=organization.member_kind)
        )
    return found
