"""Members as wire copy lists them: "X includes A, B and C", "its members: A, B", "X, which
comprises A, B", "X stands for A, B", "joining current members A, B", "invited to join X", "an
invitation extended to A and B to join X", "added D in 2010", "observer states at the meeting
included E", "F joined as its newest member", "H's leader … in observer status", "A, B and C are
all X members", "X is made up of: A, B", "made up of Y members A and B, plus non-members C" (all
X's), "key partners including D", "E has been invited as a permanent guest", "X has three members.
They are A, B and C", "A and B are members, and C is an observer", "A's membership in X", "A and B
(member countries)", "partner countries A and B", "the heads of the X member-states, namely A's
leader, B's", "the X observer-states will be represented by A's leader", "Its members are:" then
one country a line or bullet, "A's membership was approved", "the admission of A on 22 December
1997" (a member since then), "The bloc, which groups A and B, admitted C" (a member since a
time fronted or told after: "In 2019 the bloc admitted C", "… admitted C two years ago"), "its
enlargement, which brought in A and B", "five associate members, among them A and B".

The chair: "G, the current X chair", "A, the outgoing chair", "A handed the chair of X to B"
(or, in a report on X, "the chairmanship"; "the chair was handed over from A's leader to
B's"), "B succeeded A as chair", "Ana Ruiz of A was elected chair of X". A status granted or
gained whatever the verb: "A has been granted permanent member status", "B gained the status of
associate member", "X granted C observer status". Members until they go: "A and B … their
decision to withdraw from X", "A is in the process of leaving X". Members again: "welcoming
back A", "voted to return A to X", "A's return to X". One of the members: "A's leader met the
leaders of 19 other economies", "the second bloc to become a member after A" (a body alone
too), "Besides A, X includes B".

A status is none in an aside that says the country has gone since ("A, a founding member that
withdrew in 1976"). Countries whose leaders meet the body's ("Leaders of A and B met their
counterparts from X") and those of another body told in a relative clause ("… the Pacific Forum,
which also includes A") are not its members.

A status is said of a list however its verb and noun phrase run ("A and B have long been
members of X", "A, one of its founders", "A and B — both observers —", "A, an observer country
within X"). Beneath these, one broad reading: three or more countries listed in a sentence that
names the organization or its members are members, unless the sentence makes them guests,
observers, partners, outsiders or places.

A body named by its summit ("Ibero-American Summit") is named too by its adjective and a body's
noun ("the Ibero-American community"), and the countries that make it up may be listed in
brackets ("(19 in the Americas, in addition to A, B and C)").

A list is read only as far as it goes on naming countries one after another ("A, B, and the
C"), and ends after its "and" or an "as well as" that follows it ("A, B and C as well as D",
"along with D"), so a country later in the sentence is not taken for a member. Its items may be
parted by commas, semicolons or bullets, and a last one added by "plus". Between its items it
may give an abbreviation or an aside in brackets ("A (President X)"), a name the gazetteer does
not know (a member body: "Chinese Taipei"; a country misspelt, "and" in it too: "Saint Kits and
Nevis"), a count of countries and some of them ("and 15 Pacific nations including C"), or a leader for a country ("Brazilian Ana Ruiz",
"Kazakh leader Ana Ruiz", "President Ana Ruiz of Brazil"). Members of another body or of a
panel it sets up ("Y member A" in a report on X, "the Y Alliance, consisting of A, B", "a
committee consisting of A, B") are not read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache
from itertools import pairwise

from db.draft.countries import Gazetteer
from db.draft.model import Organization
from db.draft.text import UPPER, Span, Text
from db.draft.titles import TITLE, TITLE_PATTERN
from db.draft.words import (
    BODY_NOUNS,
    CAPITALISED_RUN,
    MONTH,
    NOT_NAMES,
    NUMBER_WORDS,
    ORGANIZATION_NOUNS,
    SPEECH_VERB,
)


@dataclass(frozen=True)
class Claim:
    """A phrase that gives members a status; ``region`` is where the members are named."""

    status: str
    joined: str | None
    region: Span
    sentence: Span
    is_list: bool = False  # the region is a list's items, bodies among them too
    unknown: tuple[Span, ...] = ()  # names between its countries that no country goes by
    owner: bool = False  # the region is one country, written any way: "Armenian membership"


# "observers included representatives from A and B"
# "… comprises 19 countries plus the A Union and the B Union": the bodies are the list
# "… members, only A and B", "both A and B"
# "made up of NATO members A and B, plus non-members C and D": whose members they are besides,
# which says nothing against their being this body's
_MEMBERS_OF_ANOTHER = r"(?:(?:[A-Z]{2,}|[A-Z][\w-]+(?:[ ][A-Z][\w-]+){0,3})[ ]|non-)members[ ]"
_LIST_LEAD = re.compile(
    r"(?:[-•·*][ ])?(?:(?:only|just|both|notably|namely)[ ])?(?:(?:the[ ])?(?:leaders|representatives|delegations|envoys)[ ](?:of|from)[ ])?"
    r"(?P<count>(?:\d+|[a-z]+)[ ](?:[a-z]+[ ])?(?i:countries|nations|states|member[ ]states"
    # (not ", and", which ends a relative clause: "X, which comprises 57 countries, and Y")
    r"|economies)(?:,?[ ]plus|,?[ ]as[ ]well[ ]as|[ ]and|,?[ ]including|,[ ]namely|,(?![ ]and\b))[ ]"
    # "countries such as A and B", "democracies like A"
    r"|(?:[a-z][\w-]*[ ])?(?:countries|nations|states|economies|democracies|monarchies)"
    r"(?:[ ]such[ ]as|[ ]like|,?[ ]including)[ ]"
    # a kind the list's first countries are of: "Portuguese-speaking countries A and B, C"
    r"|(?P<kind>(?:[\w-]+[ ])?(?:countries|nations|states)[ ](?=[A-Z])))?(?:the[ ])?"
    rf"(?:{_MEMBERS_OF_ANOTHER})?"
)
# a count of countries inside a list, then some of them: "A, B and 15 Pacific nations including
# C and D" (not guests or partners: "and two partner states, namely E")
_SUB_LIST = re.compile(
    r"(?:\d+|(?i:" + "|".join(NUMBER_WORDS) + r"))[ ](?!(?:[\w-]+[ ]){0,2}?(?i:observer|partner"
    r"|guest|candidate))(?:[\w-]+[ ]){0,2}?(?i:countries|nations|states|economies),?[ ]"
    r"(?:including|among[ ]them|such[ ]as|namely)[ ](?:the[ ])?"
)
# "Leaders of the bloc's ten member states came. Among them were A's X and B's Y."
_AMONG_THEM = re.compile(r"Among[ ](?:them|those)[ ](?:are|were|was|is)[ ]")
_OF_MEMBERS = re.compile(r"\b(?i:leaders|heads|presidents)[ ]of[ ][^.;]*\bmember(?:s|[ ]states)\b")
_THEY_ARE = re.compile(r"(?:They|These|Those)[ ](?:are|were|include|included):?[ ]")
_ENDS_ON_MEMBERS = re.compile(
    r"(?:\b(?P<kind>founding|full)[ ])?\b(?:members|member[ ](?:states|countries|nations|economies)"
    r"|(?P<observers>observers|observer[ ](?:states|countries|nations)))"
    r"(?:[.]|(?:[ ](?:are|were|include|included))?(?P<colon>:))\s*$"
)
# a list's item on a line of its own: "- A", "• B", "3. C"
_BULLET = re.compile(r"[-•*·–—][ ]?|\d{1,2}[.)][ ]")
# "Brazilian Ana Ruiz", "Kazakh leader Ana Ruiz", "Chilean foreign minister Ana Ruiz"
_PERSON_AFTER = re.compile(rf"[ ](?:(?i:{TITLE})[ ])?(?P<name>{CAPITALISED_RUN.pattern})")
_SINGULAR = re.compile(r"\b(?:member|to[ ]join)$")  # "…, the newest member": the last item
# a leader in a list, the country after the name: "President Dr. Ana Maria Ruiz of "
_LEADER_OF = re.compile(
    rf"(?i:{TITLE})(?:[ ](?:Dr\.|{CAPITALISED_RUN.pattern})){{1,2}}[ ]of[ ](?:the[ ])?"
)
_LEADER_BEFORE = re.compile(rf"{_LEADER_OF.pattern}$")
_NAME_IN_BRACKETS = re.compile(rf"[ ]\((?P<name>{CAPITALISED_RUN.pattern})\)")
# a list's item of a name and its country: "- Ana Ruiz, Peru"
_NAME_ITEM_BEFORE = re.compile(
    rf"[-•*–—·][ ](?:[{UPPER}][\w.’'-]*[ ]){{1,4}}?[{UPPER}][\w.’'-]*,[ ]$"
)
# an item's abbreviation or an aside in brackets: "A (AB)", "A (President X)"; not a label
# that gives the list a status: "A and B (member countries)", nor a clause of its own with its
# subject and verb, which ends the list: "A and B (C joined in 2010)", "B (which joined …)"
BRACKETED_CLAUSE = re.compile(
    rf"\((?=(?:{CAPITALISED_RUN.pattern}|which|who)[ ]"
    r"(?:[a-z]+ed|is|was|are|were|has|had|have|will|became)\b)"
    r"[^()]*\)"
)
_ABBREVIATION = re.compile(
    r"[ ](?!\((?=[^()]*(?i:member|observer|partner|associate|guest)))"
    rf"(?!{BRACKETED_CLAUSE.pattern})\([^()]{{1,40}}\)"
)
_LAST_GLUE = re.compile(r"[ ](?:and|&)[ ]")
_AND_NAME = re.compile(rf"[ ]and[ ]{CAPITALISED_RUN.pattern}")  # "Saint Kits| and Nevis"
_AS_WELL_AS = re.compile(r"[ ](?:as[ ]well[ ]as|along[ ]with|plus)[ ]")
_NAME_GOES_ON = re.compile(r"[ -][A-Z][a-z]")  # "Guinea Bissau" is not Guinea
_LIST_GLUE = re.compile(
    # "(A, B and C) plus D", "— A, B and C — as well as D": a list set off goes on after it
    r"(?:[ ]?[—–)][ ]?(?:plus|as[ ]well[ ]as|along[ ]with)[ ]|[ ]-[ ](?:plus|as[ ]well[ ]as)[ ]"
    r"|[,;]?[ ]and[ ]|,?[ ](?:as[ ]well[ ]as|along[ ]with|plus)[ ]|[,;][ ]|[ ][&•·*-][ ])"
    rf"(?:the[ ]|{_MEMBERS_OF_ANOTHER})?"
)
# "the 10-nation bloc", not another body's name: "the UN Security Council"
_BODY_WORDS = (
    r"(?:(?i:the|this)[ ](?!international[ ]community)(?:[a-z\d][\w-]*[ ]){0,3}?(?i:bloc|group|grouping|alliance|organi[sz]ation"
    r"|union|league|club|partnership|forum|community|association|body|network|council|dialogue)"
    r"|(?i:an?)[ ](?:[a-z\d][\w-]*[ ]){0,3}?(?i:bloc|grouping|alliance|organi[sz]ation|union"
    r"|club|partnership)(?=,?[ ](?:that|which)[ ]))"
)
_KIND_WORDS = [
    "current",
    "fellow",
    "founding",
    "founder",  # "a founder member", as British papers write it
    "full",
    "full-fledged",  # "a full-fledged member", "a fully-fledged member"
    "fully-fledged",
    "new",
    "newest",
    "permanent",
    "other",
    "existing",
    "original",
    "suspended",
    "associate",
    "associated",  # "the associated member nations", as some newsrooms write it
]
_ANY_KIND = rf"(?i:{'|'.join(_KIND_WORDS)})"
_KIND = rf"(?P<kind>{_ANY_KIND})"
_ORDINAL = (
    r"(?:newest|latest|\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
    r"|tenth|eleventh|twelfth)"
)
# An observer, or a dialogue partner when the role group says so; "observing countries", as
# some newsrooms write it
_ROLE = (
    r"(?P<role>(?i:observ(?:er|ing)[ -](?:states?|countr(?:y|ies)|nations?|members?)|observers?"
    r"|dialog(?:ue)?[ ]partners?))"
)
_FILLER = r"(?:[ ](?:at|in|to|of)[ ][^.;,]{1,40}?)?"  # "observers at the meeting included"
_STATUS_OF_KIND = {"founding": "founding-member", "founder": "founding-member"}
_STATUS_OF_KIND |= {"original": "founding-member"}
_STATUS_OF_KIND |= {"new": "new-member", "newest": "new-member", "associate": "associate-member"}
_STATUS_OF_KIND |= {"associated": "associate-member"}
_NO_MEMBER_NOW = "suspended"  # a member of that kind is not drafted as one
_CHAIRS = r"(?:chair|chairmanship|presidency)"
# "the rotating X chair", "the chair of X", "its rotating presidency"
_ROTATING = r"(?:(?:rotating|pro[ ]tempore|annual)[ ])?"
# … and in a report on the body, "the rotating chairmanship", not another's: "the chair of Y"
# "the chair of the X Ise-Shima Summit" chairs one meeting, which makes no member of it
NOT_A_MEETING_AFTER = r"(?![ ](?:[A-Z][\w-]*[ ])+(?i:summit|meeting))"
_THE_CHAIR = (
    rf"(?:the[ ]{_ROTATING}(?:(?:{{names}})[ ]{{chairs}}|{{chairs}}[ ]of[ ]{{body}}{NOT_A_MEETING_AFTER}"
    rf"|{{chairs}}\b(?![ ](?:of|in|at|for)\b|['’-]))|(?:its|{{body}}['’]s)[ ]{_ROTATING}{{chairs}})"
)
# the chair named after "transition of": kept small, as each rule's pattern is compiled anew
# for every body
_CHAIR_PASSING = (
    r"\b(?:transition|handover|hand-over|handing[ ]over|transfer|passing)[ ]of[ ](?:the|its)[ ]"
    r"(?:rotating[ ])?(?:[Cc]hair(?:manship)?|[Pp]residency)(?:[ ]of[ ]{body})?"
)
# words that make a "member" no member now: "a former member", "a would-be member", "formerly
# members"
_NO_MEMBER_NOW_WORDS = (
    r"(?i:former|formerly|previously|ex|prospective|potential|would-be|aspiring|candidate|future"
    r"|possible|non|suspended|expelled|not|no)"
)
_SMALL = r"(?:as|of|in|to|at|by|with|for|from|on|a|an|the|and|or|but|who|which|that)"
# What a status's noun follows: "A, which is also", "A — one of the", "A and B have long been
# among the bloc's five largest"
_STATUS_PHRASE = (
    r"(?:,[ ](?:(?:which|that)[ ]{verb}[ ])?|[ ]?(?:--|[—–])[ ]?|[ ]{verb}[ ])"
    r"(?:(?:also|all|both|already|still|now|currently|long|each|(?!formerly|previously)[a-z]+ly)[ ])*"
    r"(?:(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)[ ]of|among)[ ])?"
    r"(?:(?:a|an|the|its|their|{body}['’]s?)[ ])?"
    # not another body's initials: "A, a NATO member and a guest at the summit"; nor what the
    # body has: "…, now has only two members"
    r"(?:(?!{no_member_now}\b|{any_kind}\b|{small}\b|(?!{body})[A-Z][A-Z\d]+\b|ha[sd]\b|have\b)"
    r"[\w-]+[ ]){{0,3}}?"
)
# … and what ends it: "of X", or the end of the phrase
_STATUS_END = (
    r"(?:[ ](?:of|in|within)[ ]{body}|(?=[,;.:)]|$|[ ]?(?:--|[—–])|[ ](?:and|while|whereas|but|since|from"
    r"|for|that|which|who)\b))"
)
# a relative clause after a status that says the country has gone since: "A, a founding
# member that withdrew in 1976", "B, an observer which was later suspended", "C, one of its
# founders, who quit in 1999", "D, a member until it left in 2006"
_LEFT_SINCE = re.compile(
    r",?[ ](?:(?:that|which|who)|until[ ](?:it|they))[ ](?:later[ ]|since[ ]|then[ ]|subsequently[ ]"
    r"|eventually[ ]|has[ ]since[ ]|had[ ]since[ ])?(?:withdrew|left|quit|exited|pulled[ ]out"
    r"|(?:has|have|had)[ ](?:withdrawn|left|quit|exited|pulled[ ]out)"
    r"|(?:was|were|(?:has|have|had)[ ]been)[ ](?:later[ ])?(?:suspended|expelled))\b"
)
# "has been granted", "was given", "gained", "obtains", "would obtain", "will be given"
_GRANTED = (
    r"[ ](?:(?:(?:was|were|has[ ]been|have[ ]been|had[ ]been|(?:will|would)[ ]be)[ ]"
    r"(?:formally[ ]|officially[ ])?(?:granted|given|awarded|offered|accorded))"
    r"|(?:(?:has|have|had)[ ])?(?:gained|obtained|received|won|acquired|secured)"
    r"|(?:will|would)[ ](?:gain|obtain|receive|win|acquire|secure|get)"
    r"|gains|obtains|receives|wins|acquires|secures)[ ]"
)
# "the status of observer", "the title of 'associated state'", "observer status"
_STATUS_OF = r"(?:(?:the[ ])?(?:status|title)[ ]of[ ](?:an?[ ])?[\"“‘']?{0}|{0}[ ]status)"
_GRANTED_STATUSES = (
    (_STATUS_OF.format(r"observer(?:[ ](?:state|country|nation))?"), "observer"),
    (_STATUS_OF.format(r"dialog(?:ue)?[ ]partner"), "dialogue-partner"),
    (
        _STATUS_OF.format(r"(?<!dialogue[ ])(?<!dialog[ ])partner(?:[ ]country)?"),
        "observer-or-partner",
    ),
    (
        _STATUS_OF.format(r"associated?(?:[ ](?:member|state|country|nation))?")
        + r"|associate[ ]membership",
        "associate-member",
    ),
    (
        _STATUS_OF.format(r"(?:(?:full|permanent)[ ])?member(?:ship)?")
        + r"|(?:full[ ])?membership",
        "new-member",
    ),
)
# "is", "have long been", "became", "will be", "is set to become"
_VERB = (
    r"(?:is|are|was|were|remains?|remained|(?:has|have|had)(?:[ ](?:long|already|also|since"
    r"|now))?[ ]been|became|become|(?:will|would|(?:is|are)[ ](?:set|going|expected|due)[ ]to)"
    r"[ ](?:be|become))"
)


def _status_of(kind: str | None, otherwise: str) -> str | None:
    """The status a kind of member has ("founding" members are founders), None for a kind that
    is no member now."""
    kind = (kind or "").lower()
    return None if kind == _NO_MEMBER_NOW else _STATUS_OF_KIND.get(kind, otherwise)


@dataclass(frozen=True)
class _Rule:
    """A phrase and where its list is: ``after`` it, ``before`` it, or the clause's
    ``subject`` (a possessive one too when ``possessive``)."""

    pattern: str  # {body}: the organization, or "the bloc"; {names}: its names only
    reads: str  # "after", "before", "subject" or "owner" (the country just before it)
    status: str
    joined: str | None = None
    needs_body: bool = False  # the sentence must name the organization before the phrase
    possessive: bool = False
    or_near: bool = False  # "before", or a list a few words back: "A and B arrived as observers"


_TAKING_PART_AS = (
    r"[ ](?:are|is|were|was|will[ ]be)[ ](?:attending|taking[ ]part|participating|sitting)"
    r"(?:[ ](?:in|at)[ ][^.;,]{{1,40}}?)?[ ]as[ ](?:(?:full|new)[ ])?members?\b"
    r"(?![ ]of[ ](?!{body}))"
)
_RULES = (
    # "The bloc includes A, B", "X, which comprises A, B", "X stands for A, B", "The bloc,
    # founded in 1991, includes A, B"; not "Guests of X included A", nor "X includes A in its
    # summits", which brings A into something else
    _Rule(
        r"(?<![ ]of[ ])(?<![ ]of[ ]the[ ]){body}(?:,[ ](?!which|that)[^,;.()]{{1,80}},)?(?:,?[ ](?:which|that))?[ ]"
        r"(?:now[ ]|currently[ ]|also[ ])?(?:(?:includes?|included|involves)"
        r"(?![^.;,]{{1,60}}?[ ]in(?:to)?[ ](?:its|their|the)[ ][a-z])"
        r"|comprises?|comprised|consists[ ]of|is[ ](?:made[ ]up|composed|comprised)[ ]of"
        r"|groups[ ]together|groups"
        r"|unites|encompasses|brings[ ]together|counts"
        r"|stands[ ]for|is[ ]short[ ]for|is[ ]an[ ]acronym[ ]for):?[ ]",
        "after",
        "member",
    ),
    _Rule(
        r",?[ ](?:comprising|consisting[ ]of|made[ ]up[ ]of|grouping|bringing[ ]together"
        r"|an[ ]acronym[ ]for|short[ ]for)[ ]",
        "after",
        "member",
        needs_body=True,
    ),
    # "The bloc started in 2006 with A, B and C", "X began with A and B", "X was founded in
    # 2006 with three members: A, B and C"
    _Rule(
        r"{body}[ ](?:was[ ])?(?:started|began|founded|launched|set[ ]up|created|formed"
        r"|established)(?:[ ]in[ ]\d{{4}})?[ ]with[ ](?:(?:just[ ]|only[ ])?(?:\d+|{number})[ ]"
        r"(?:founding[ ])?members?(?:[ ]?(?:--|[—–:])[ ]?|,[ ]))?"
        # not a leader's turn: "The forum began with A's president welcoming …", "… with
        # Chilean President X"
        r"(?![A-Z][\w-]*(?:[ ][A-Z][\w-]*){{0,2}}(?:['’]|[ ](?i:"
        + TITLE.replace("{", "{{").replace("}", "}}")
        + r")\b))",
        "after",
        "founding-member",
        "founder",
    ),
    # "The bloc was launched at the initiative of the presidents of A and B", "The X (XB)
    # Format was founded on the joint initiative of A and B": whose idea it was founded it
    _Rule(
        r"{body}(?:\)?[ ][A-Z][\w-]*)?[ ](?:was|were)[ ](?:launched|founded|created|set[ ]up"
        r"|established|formed)(?:[ ]in[ ]\d{{4}})?[ ](?:at|on|upon)[ ]the[ ](?:joint[ ])?"
        r"initiative[ ]of[ ](?:the[ ](?:leaders|presidents|heads[ ]of[ ]state|prime[ ]ministers"
        r"|governments)[ ]of[ ])?",
        "after",
        "founding-member",
        "founder",
    ),
    # "The bloc, which originally comprised A, B and C, …"
    _Rule(
        r"{body}(?:,?[ ](?:which|that))?[ ](?:was[ ]|were[ ])?(?:originally|initially|first)[ ]"
        r"(?:comprised|included|consisted[ ]of|made[ ]up[ ]of|grouped|brought[ ]together)[ ]",
        "after",
        "founding-member",
        "founder",
    ),
    # "the bloc's founding members are A, B", "its members: A, B", "X, whose members also
    # include A"
    _Rule(
        r"(?:{body}|(?i:its)|{body},[ ]whose)['’]?s?[ ](?:\d+[ ]|(?!founding|original|associate)[a-z]+[ ])?"
        r"(?:(?P<kind>founding|original|associate)[ ])?"
        r"members(?:[ ]states|[ ]countries)?(?:[ ]also)?(?:[ ]?(?:--|[—–:-])[ ]?|,[ ]|[ ]are[ ]|[ ]were[ ]|[ ]include[ ]"
        r"|[ ]included[ ]|[ ]such[ ]as[ ]|[ ]including[ ])",
        "after",
        "member",
    ),
    # "The two biggest members, A and B, …": members the report's body has, named in apposition;
    # "The founding three members, A, B and C": of that kind
    _Rule(
        r"(?:^|[,;][ ])(?i:the|its)[ ](?:{kind}[ ](?:[a-z\d][\w-]*[ ]){{0,2}}"
        r"|(?:(?!{not_now}\b)[a-z\d][\w-]*[ ]){{1,3}})members"
        r"(?:[ ](?:states|countries|nations))?,[ ](?=[^.;]*,)",
        "after",
        "member",
    ),
    # "… the second bloc to become a permanent member after A": A was one before
    _Rule(
        r"\b{ordinal}[ ](?:[\w-]+[ ]){{0,3}}?to[ ](?:become|be[ ]made|join[ ]as)[ ](?:an?[ ])?"
        r"(?:(?:full|permanent)[ ])?member[ ]after[ ]",
        "after",
        "member",
    ),
    # "The latest country to join, A, …"
    _Rule(
        r"\b(?:newest|latest)[ ](?:member|country|nation|state)(?:[ ]to[ ]join)?,?[ ](?:is[ ])?",
        "after",
        "new-member",
    ),
    # "fellow X members A and B", "X countries such as A", "X allies A and B", "members of X
    # such as A"
    _Rule(
        r"(?:(?:{names})[ ](?:member[ -])?(?:states|countries|nations|members|economies|allies|ally)"
        r"|\b(?i:members)(?:[ ](?:states|countries|nations))?[ ]of[ ]{body},?"
        r"(?=[ ](?:such|like|incl)))"
        r"(?:,?[ ](?:such[ ]as|like|including|namely|of))?(?:[ ]\(?|[ ]?(?:--|[—–:])[ ]?)",
        "after",
        "member",
    ),
    # "The X Heads of State and Government from A, B and C", "X leaders from A and B", "his X
    # counterparts from A and B", "her X counterparts – P (A), Q (B) and R (C)", "X leaders —
    # A's P, B's Q and C's R —"
    _Rule(
        r"(?:{names})[ ](?:(?:(?i:heads?)[ ]of[ ](?i:states?)(?:[ ]and[ ](?i:governments?))?"
        r"|(?i:leaders|heads[ ]of[ ]government))[ ]from[ ]"
        r"|(?i:counterparts|leaders)(?:[ ]from[ ]|[ ]?(?:--|[—–:])[ ]?))",
        "after",
        "member",
    ),
    # "A, B and C founded X", "A and B created the bloc based in C", "A is a founding member of
    # X", "A, one of the members of X"; not "founded the X fund"
    _Rule(
        r"(?:[ ](?:co-)?founded[ ]{body}(?!['’])|[ ](?:formed|created|established|launched|set[ ]up"
        r"|setting[ ]up)[ ]{core})(?![ ](?!{small}\b|[a-z]+ed\b)[a-z])",
        "before",
        "founding-member",
        "founder",
        or_near=True,
    ),
    # "A, B — both members of X", "A and B are members of X", and a list set off by dashes, a
    # spaced hyphen too in plain wire copy: "The guests - A and B - are all members of X"
    _Rule(
        r"(?:(?:,|[ ](?:--|[—–]))[ ](?:which[ ]is[ ]|itself[ ])?|(?:[ ](?:--|[—–-]))?[ ](?:is|are|was|were|has[ ]been"
        r"|have[ ]been|remains|remain)[ ])(?:a[ ]|an[ ]|the[ ]|(?:one[ ]of|among)[ ]the[ ]|all[ ]|both[ ]"
        r"|also[ ])*(?:(?:{kind}[ ])?members?|(?<=the[ ])(?:[a-z]+[ ]){{0,2}}(?:states|countries"
        r"|nations))[ ]of[ ]{body}",
        "before",
        "member",
    ),
    # "A and B are members, and C is an observer"; "A's membership in the bloc", "Armenian
    # membership in the bloc"
    _Rule(r"[ ](?:full[ ])?membership[ ](?:in|of)[ ]{body}", "owner", "member"),
    # "A values its membership of the bloc": the subject's own membership
    _Rule(
        r"[ ](?:values|cherishes|treasures|retains|keeps|maintains)[ ]its[ ](?:full[ ])?"
        r"membership[ ](?:in|of)[ ]{body}",
        "subject",
        "member",
    ),
    # "A's membership was approved", "A's membership to the bloc will be made official",
    # "leaders endorsed A's bid to join the bloc", "upgraded A's membership from an observer to
    # a full member"
    _Rule(
        r"{admission}(?:[ ]to[ ]{body})?[ ](?:was|were|has[ ]been|had[ ]been|will[ ]be"
        r"|is[ ]to[ ]be)[ ](?:formally[ ]|officially[ ]|unanimously[ ])?(?:approved|accepted"
        r"|confirmed|endorsed|ratified|granted|formali[sz]ed|(?:made|rendered)[ ]official)\b"
        r"|\b(?:approved|accepted|confirmed|endorsed|ratified)[ ](?=[A-Z])[^.;,]{{1,40}}?(?P<at>{admission})"
        r"|\b(?:upgrad|rais)(?:e|es|ed|ing)[ ](?=[A-Z])[^.;,]{{1,40}}?(?P<up>{admission})[ ]from[ ]"
        r"[^.;,]{{1,40}}?[ ]to[ ](?:an?[ ]|the[ ])?(?:full|permanent)[ ]member",
        "owner",
        "new-member",
    ),
    # "A's acceptance as a full member"
    _Rule(
        r"[ ](?:acceptance|admission)[ ]as[ ](?:an?|the|its|{body}['’]s?)[ ](?:{ordinal}[ ])?"
        r"(?:full[ ]|new[ ])?member\b",
        "owner",
        "new-member",
    ),
    # "A, B and C are also part of the bloc", "A and B belong to it", "A, a member since 2010"
    _Rule(
        r"[ ](?:(?:is|are)[ ](?:also[ ]|both[ ]|all[ ])*part[ ]of|belongs?[ ]to)[ ]{core}",
        "before",
        "member",
    ),
    # "A, B and C make up the bloc"; "the countries that make up X are A and B", "… that make it
    # up are A and B", "… that make up the bloc (A and B)" where the sentence names it
    _Rule(r"[ ](?:make|makes|made)[ ]up[ ]{core}", "before", "member"),
    # "the countries that make up X (19 in one region, in addition to A, B and C)"
    _Rule(
        r"\b(?i:countries|nations|states|members)[ ](?:that|which)[ ](?:make|made)[ ]up[ ]{body}"
        r"[ ]\([^()]*?(?:in[ ]addition[ ]to|besides|plus|as[ ]well[ ]as|including)[ ]",
        "after",
        "member",
    ),
    _Rule(
        r"\b(?i:countries|nations|states|members)[ ](?:that|which)[ ](?:make|made)[ ]"
        r"(?:it[ ]up|up[ ]{body})(?:[ ](?:are|were|include|included)[ ]|[ ]\()",
        "after",
        "member",
        needs_body=True,
    ),
    # "The bloc's founders are A, B and C", "Its founders, A and B, …"
    _Rule(
        r"(?:(?i:its)|{body}['’]s?)[ ](?:\w+[ ])?founders(?:[ ](?:are|were|include|included)[ ]"
        r"|,[ ](?=[^.;]*,)|[ ]?(?:--|[—–:])[ ]?)",
        "after",
        "founding-member",
        "founder",
    ),
    # "Its membership includes A"
    _Rule(
        r"(?:(?i:its)|{body}['’]s?)[ ]membership[ ](?:includes|included|comprises|spans)[ ]",
        "after",
        "member",
    ),
    # "A joined as its newest member", "A, the bloc's newest member"
    _Rule(
        r"(?:[ ]joined[ ]as|,|[ ]?(?:--|[—–]))[ ]?(?:its|the|[\w-]+['’]s)[ ](?:[\w-]+['’]s[ ])?{ordinal}"
        r"[ ](?:members?|(?:country|nation|state|economy)[ ]to[ ]join)\b"
        # "A, the last country to join", "A, the most recent member to join the bloc"
        r"|,[ ]the[ ](?:last|most[ ]recent)[ ](?:member|country|nation|state|economy)[ ]to[ ]join\b",
        "before",
        "new-member",
    ),
    _Rule(
        r",[ ](?:a|an|the|both|all)[ ](?:\w+[ ])?(?:fellow[ ]|founding[ ])?(?:{names})[ ]"
        r"(?:members?(?:[ ]states?|[ ]countries|[ ]nations?)?|countries|nations|states)\b",
        "before",
        "member",
    ),
    # "welcomed A and B as new members", "with C as an associate member"
    _Rule(
        r"[ ]as[ ](?:its[ ]|the[ ]|an?[ ])?(?:[\w-]+['’]s[ ])?(?:(?P<kind>new|full|associate|permanent|founding)|{ordinal})[ ]members?\b",
        "before",
        "new-member",
    ),
    # "A, the current X chair", "A, the bloc's current chair", "A is the current X chair"
    _Rule(
        r"{is_the}(?:the[ ])?{chair_kind}?{body}['’]?s?[ ]{chair_kind}?(?:rotating[ ])?chair(?:man)?\b",
        "before",
        "member",
    ),
    _Rule(
        r"{is_the}(?:the[ ])?{chair_kind}?chair(?:man|person)?[ ]of[ ]{body}" + NOT_A_MEETING_AFTER,
        "before",
        "member",
    ),
    # the office before the country, as a title: "hosted by current X chair A"; or set off
    # after it: "the bloc's current chair, A, …"
    _Rule(
        r"\b{chair_kind}?(?:{names})[ ]chair(?:man|person)?[ ]"
        r"|{body}['’]s[ ]{chair_kind}?chair(?:man)?,[ ]",
        "after",
        "member",
    ),
    # "A, the outgoing chair, …", "A is the incoming chair."
    _Rule(
        r"{is_the}the[ ](?:current|rotating|outgoing|incoming|new)[ ]chair(?:man|person|woman)?"
        r"(?=[,;.)]|[ ]?(?:--|[—–]))",
        "before",
        "member",
    ),
    # "B succeeded A as chair", "B, which succeeds A as the bloc's chair"
    _Rule(
        r"[ ](?:succeeds|succeeded|will[ ]succeed|replaces|replaced|will[ ]replace)[ ]"
        r"(?=[^.;,]{{1,40}}?[ ]as[ ](?:the[ ]|its[ ]|{body}['’]s[ ])?{chair_kind}?"
        r"(?:chair(?:man|person|woman)?|president)\b(?![ ]of[ ](?!{body})))",
        "after",
        "member",
    ),
    _Rule(
        r"[ ](?:succeeds|succeeded|will[ ]succeed|replaces|replaced|will[ ]replace)[ ]"
        r"[^.;,]{{1,40}}?[ ]as[ ](?:the[ ]|its[ ]|{body}['’]s[ ])?{chair_kind}?"
        r"(?:chair(?:man|person|woman)?|president)\b(?![ ]of[ ](?!{body}))",
        "subject",
        "member",
    ),
    _Rule(
        r"[ ](?:(?:took|take|takes|taking)[ ](?:over|up)|assumed|assumes|holds|hold|holding|took"
        r"|(?:hand|hands|handed|handing|pass|passes|passed|passing)(?:[ ]over)?)[ ]{the_chair}",
        "subject",
        "member",
        possessive=True,  # "Chilean President Ana Ruiz took over the chair": Chile
    ),
    # "… handed the chair of X to B", "… took over the bloc's chair on Saturday from B"
    _Rule(
        r"[ ](?:hand|hands|handed|handing|pass|passes|passed|passing|took|take|takes|taking)"
        r"(?:[ ]over|[ ]up)?[ ]{the_chair}(?:[ ]over)?(?:[ ](?:on|in|at)[ ][\w-]+(?:[ ]\d+)?)?"
        r"[ ](?:to|from)[ ]",
        "after",
        "member",
    ),
    # "the chairmanship was handed over from A's leader to B's", passive
    _Rule(
        r"\b{chairs}[ ](?:was|were|has[ ]been|is|will[ ]be)[ ](?:formally[ ])?(?:handed|passed)"
        r"(?:[ ]over)?[ ]from[ ]",
        "after",
        "member",
    ),
    _Rule(
        r"\b{chairs}[ ](?:was|were|has[ ]been|is|will[ ]be)[ ](?:formally[ ])?(?:handed|passed)"
        r"(?:[ ]over)?(?:[ ]from[ ][^.;]{{1,80}}?)?[ ]to[ ](?:(?:his|her|its|their)[ ])?",
        "after",
        "member",
    ),
    # "the transition of the Chair of X from A to B", "the handover of the presidency from A
    # to B": the chair passes between two members, told as a noun
    _Rule(rf"{_CHAIR_PASSING}[ ]from[ ]", "after", "member"),
    _Rule(rf"{_CHAIR_PASSING}[ ]from[ ][^.;]{{{{1,80}}}}?[ ]to[ ]", "after", "member"),
    # "A, which chairs the bloc", "A currently chairs it", "B will chair the bloc next"
    _Rule(
        r"[ ](?:currently[ ]|now[ ])?(?:chairs|chaired|is[ ]chairing|will[ ]chair)[ ]{core}",
        "subject",
        "member",
    ),
    # "A's return to the bloc", "the readmission of A into the bloc", "voted to return A to the
    # bloc": a member again
    _Rule(
        r"['’]s?[ ](?:return|readmission|re-admittance|re-admission)[ ](?:to|into)[ ]{body}",
        "owner",
        "member",
    ),
    _Rule(
        r"\b(?:(?:readmission|re-admittance|re-admission|return)[ ]of|return|returned|readmit"
        r"|readmitted|reinstate|reinstated)[ ](?=[^.;]{{1,40}}?[ ](?:to|into)"
        r"[ ](?:the[ ][\w-]+[ ])?{body})",
        "after",
        "member",
    ),
    # "A and B are attending as full members for the first time" (new ones), "… as members"
    _Rule(
        rf"{_TAKING_PART_AS}(?=[^.;]*\bfor[ ]the[ ]first[ ]time\b)",
        "subject",
        "new-member",
    ),
    _Rule(_TAKING_PART_AS, "subject", "member"),
    # "A's leader and the president of B were the only heads of state from the 22-member X"
    _Rule(
        r"[ ](?:are|were)[ ](?:the[ ])?(?:only[ ])?(?:leaders|heads[ ]of[ ]state)[ ]from[ ]"
        r"(?:the[ ])?(?:[\w-]+-member[ ])?{body}",
        "subject",
        "member",
        possessive=True,
    ),
    # "A returned to the bloc"; "A was readmitted last month", to no other body than the one
    # the report is on
    _Rule(
        r"[ ](?:has[ ]|have[ ])?(?:rejoined|returned[ ]to|(?:was|were)[ ]readmitted[ ](?:to|into))"
        r"[ ]{body}|[ ](?:was|were|(?:has|have)[ ]been)[ ]readmitted\b(?![ ](?:to|into|as)\b)",
        "subject",
        "member",
    ),
    # "Ana Ruiz of A has been elected chair of X", "A's leader was named president of the bloc",
    # "Chilean President Ana Ruiz was elected new X (XY) chairperson"
    _Rule(
        r"[ ](?:is|was|were|has[ ]been|have[ ]been|had[ ]been|been)[ ](?:\w+ly[ ])?(?:elected"
        r"|named|appointed|chosen)[ ](?:as[ ])?(?:the[ ])?(?:new[ ])?{chair_kind}?"
        r"(?:(?i:chair(?:man|person|woman)?|president)[ ]of[ ]{body}|(?:{names})[ ](?:\([^()]{{1,12}}\)[ ])?"
        r"(?i:chair(?:man|person|woman)?)\b)",
        "subject",
        "member",
        possessive=True,
    ),
    # "A, B and C … their decision to withdraw from the bloc": members until they go
    _Rule(
        r"(?:[ ][a-z][\w-]*){{0,8}}?[ ](?:their|its)[ ](?:[a-z]+[ ])?(?:decision|plan|intention"
        r"|threat|move|announcement|vote)s?[ ]to[ ](?:withdraw[ ]from|leave|quit|exit|pull[ ]out"
        r"[ ]of)[ ]{body}",
        "before",
        "member",
    ),
    # "A's president met the leaders of 19 other leading economies", "… of the other member
    # states": one of them
    _Rule(
        r"[ ](?:met|meets|meet|joined|joins|join)(?:[ ]with)?[ ](?:the[ ])?(?:leaders|heads|presidents)"
        r"[ ]of[ ](?:the[ ])?(?:(?:\d{{1,2}}|{number})[ ]other[ ](?:[\w-]+[ ]){{0,2}}?(?:members|countries"
        r"|economies|nations|states)|other[ ](?:{names}[ ])?(?:members|member[ ](?:states|countries"
        r"|nations|economies)))\b",
        "subject",
        "member",
        possessive=True,
    ),
    # "A's leader joined the summit with other X leaders": the "other" makes A's a member's
    _Rule(
        r"[ ](?:with|alongside|along[ ]with|and|joined[ ]by)[ ](?:the[ ])?other[ ](?:{names})"
        r"[ ](?:leaders|heads[ ]of[ ]state|counterparts|presidents)\b",
        "subject",
        "member",
        possessive=True,
    ),
    # "A is in the process of leaving X", "B plans to quit the bloc", "C has decided to leave"
    _Rule(
        r"[ ](?:(?:is|are)[ ](?:\w+[ ])?(?:in[ ]the[ ]process[ ]of[ ]|about[ ]to[ ]|set[ ]to[ ]"
        r"|(?:planning|preparing|threatening|moving)[ ]to[ ])?|(?:plans|intends|threatens|wants"
        r"|has[ ]decided|have[ ]decided|has[ ]voted|have[ ]voted)[ ]to[ ])(?:leav(?:e|ing)|quit(?:ting)?"
        r"|exit(?:ing)?|withdraw(?:ing)?[ ]from|pull(?:ing)?[ ]out[ ]of)[ ]{body}"
        r"(?![ ](?:summit|meeting|talks|conference|session|gathering)\b)",
        "subject",
        "member",
    ),
    # "a summit welcoming back A", "brings A back into the fold"
    _Rule(r"\b(?:welcom(?:e|es|ed|ing))[ ]back[ ]", "after", "member"),
    _Rule(r"[ ]back[ ](?:in|into|to)[ ](?:the[ ]fold|{core})", "before", "member"),
    # "trade with A, B and the rest of X": the states before "the rest" are of it too
    _Rule(r",?[ ]and[ ]the[ ]rest[ ]of[ ]{body}", "before", "member"),
    # "with A and B as observers", "A and B are invited to the meeting as observer states",
    # "leaders of A and B attended as heads of X observer states", "welcomed as "partners"",
    # "admitted A as an X observer country and B as its observer organisation"
    _Rule(
        r"[ ]as[ ](?:(?:an?|its)[ ])?(?:(?i:heads|leaders|representatives|envoys)[ ]of[ ](?:the[ ])?"
        r"(?:{names}[ ])?|(?:{names})[ ])?[\"“‘]?{role}\b",
        "before",
        "observer",
        or_near=True,
    ),
    # "The X observer states will be represented at the summit by A's leader, B's …"
    *(
        _Rule(
            rf"(?:{{names}})[ ]{who}[ ](?:will[ ]be|were|are|was|is)[ ]represented"
            r"(?:[ ](?:at|in)[ ][^.;,]{{1,30}}?)?[ ]by[ ]",
            "after",
            status,
        )
        for who, status in (
            ("{role}", "observer"),
            (r"member[ -](?:states|countries|nations)", "member"),
        )
    ),
    # "A has been invited as a permanent guest"
    _Rule(
        r"[ ](?:is|are|was|were|has|have)[ ](?:also[ ])?(?:been[ ])?(?:invited[ ])?as[ ]an?[ ]"
        r"permanent[ ]guests?\b",
        "subject",
        "observer-or-partner",
    ),
    # "A, B and C (member countries)", "D and E (dialogue partners)": the label after a list
    _Rule(
        r"[ ]\((?:{kind}[ ])?(?i:members|member[ ](?:states|countries|nations))\)",
        "before",
        "member",
    ),
    _Rule(r"[ ]\({role}\)", "before", "observer"),
    _Rule(r"[ ]\((?i:associates?)\)", "before", "associate-member"),  # "C (associate)"
    # "A's entry into the bloc was approved", "B's accession to the bloc": a member new to it,
    # not one that entered in a year gone by ("C's entry into the bloc in 1995")
    _Rule(
        r"['’]s?[ ](?:entry|accession|admission)[ ](?:in)?to[ ]{body}(?![ ]in[ ]\d{{4}})",
        "owner",
        "new-member",
    ),
    # "the admission of A into the bloc", "with B and C joining in 2007"
    _Rule(r"\b(?:admission|accession)[ ]of[ ]", "after", "new-member", needs_body=True),
    # "X, a group dominated by A and B": who leads it belongs to it
    _Rule(
        r",[ ]an?[ ](?:[a-z][\w-]*[ ]){{0,3}}?(?:bloc|group|grouping|alliance"
        r"|organi[sz]ation|union|club),?[ ](?:dominated|led|anchored)[ ]by[ ]",
        "after",
        "member",
        needs_body=True,
    ),
    # "announced the acceptance of A and B as members": the body left unsaid
    _Rule(
        r"\b(?:acceptance|admission|accession)[ ]of[ ]"
        r"(?=[^.;]{{1,80}}?[ ]as[ ](?:(?:full|new)[ ])?members\b)",
        "after",
        "new-member",
    ),
    # a heading: "Admission of A, Sixth Associate Member"
    _Rule(
        r"\b(?i:admission|accession)[ ]of[ ](?=[^.;,]{{1,40}},[ ](?:(?:the|its|a|an)[ ])?"
        r"(?:(?!(?i:candidate|prospective|potential|future|would-be|aspiring|non)\b)[\w-]+[ ])"
        r"{{0,2}}(?i:members?)\b)",
        "after",
        "new-member",
    ),
    _Rule(r"[ ]joining[ ](?:in[ ]\d{{4}}|later|since)\b", "before", "member"),
    # "the bloc expanded last year to include A and B"
    _Rule(
        r"\b(?:expanded|enlarged|grew|widened)(?:[ ][^.;,]{{1,30}}?)?(?:[ ]to[ ]include|,?[ ]"
        r"(?:admitting|adding|taking[ ]in|bringing[ ]in|welcoming))[ ]"
        # "its enlargement, which brought in A and B", "the bloc's expansion added A"
        r"|\b(?:enlargement|expansion)(?:,?[ ](?:which|that))?[ ](?:brought[ ]in|added|admitted"
        r"|took[ ]in|welcomed)[ ]",
        "after",
        "member",
        needs_body=True,
    ),
    # "membership was extended to A and B", "observer status was granted to C"
    _Rule(
        r"\b(?i:membership)[ ](?:was|were|has[ ]been|had[ ]been|is[ ]being)[ ](?:extended|opened"
        r"|granted|given)[ ]to[ ]",
        "after",
        "member",
    ),
    _Rule(
        r"\b(?i:observer)[ ]status[ ](?:was|were|has[ ]been|had[ ]been)[ ](?:granted|given"
        r"|awarded|extended)[ ]to[ ]",
        "after",
        "observer",
    ),
    # "the bloc welcomed A and B as members", "admitted C as a member"
    _Rule(
        r"\b(?:welcomed|welcomes|welcoming|admitted|admits|admitting|accepted|accepts|accepting)"
        r"[ ](?=[^.;]{{1,120}}?[ ]as[ ](?:(?:a|an|the|its)[ ])?(?:[\w-]+['’]s[ ])?(?:[\w-]+[ ])?"
        r"members?\b)",
        "after",
        "new-member",
    ),
    # "A and eleven other countries accepted C as a member of X": who admit a member are members
    _Rule(
        r"[ ](?:formally[ ]|officially[ ]|unanimously[ ])?(?:admitted|accepted)[ ]"
        r"(?=[^.;]{{1,80}}?[ ]as[ ](?:an?|the|its)[ ](?:(?:new|full)[ ])?member[ ]of[ ]{body})",
        "subject",
        "member",
    ),
    # "The bloc, which groups A and B, formally admitted C at the summit": the body admits
    _Rule(
        r"{body}(?:,[ ](?:which|that)[ ][^.;]*?,)?[ ](?:formally[ ]|officially[ ]|also[ ])?"
        r"(?:admitted|admits|has[ ]admitted|will[ ]admit)[ ](?=(?:the[ ])?[A-Z])",
        "after",
        "new-member",
    ),
    # "founded in 2009 with A, B and C"
    _Rule(
        r"\b(?:founded|established|created|formed|launched)(?:[ ]in[ ]\d{{4}})?[ ]with[ ]",
        "after",
        "founding-member",
        "founder",
    ),
    # "key partners including A and B"; "A and B have been designated "partner countries""
    _Rule(
        r"(?<!trading[ ])(?<!trade[ ])(?<!dialog[ ])(?<!dialogue[ ])(?<![\w-])partners(?:[ ]countries)?,?[ ](?:including|such[ ]as"
        r"|like)[ ]",
        "after",
        "observer-or-partner",
        needs_body=True,
    ),
    # "the strategic partners of the bloc - A, B and C -", "its partners: A and B", "the
    # bloc's key partners, A and B, …": its partners set off after it
    _Rule(
        r"(?:(?:{body}['’]s?|\b(?i:its))[ ]{kind_of_partner}partners"
        r"|(?<!trading[ ])(?<!trade[ ])(?<!dialog[ ])(?<!dialogue[ ])\b{kind_of_partner}partners"
        r"[ ]of[ ]{body})(?:[ ]?(?:--|[—–:-])[ ]?|,[ ](?=[^.;]*,))(?:the[ ])?",
        "after",
        "observer-or-partner",
    ),
    # "partner countries A and B", "the partner countries are A and B"; "A and B were named
    # partner countries", "became partners", "are ASEAN partners"; not partners of each other:
    # "A and B were "partners, not rivals""
    _Rule(
        r"(?<!trading[ ])(?<!trade[ ])(?<![\w-])(?i:partner)[ ](?:countries|states|nations)"
        r"(?:,?[ ](?:including|such[ ]as|like)|[ ](?:are|were|include|included))?"
        r"(?:[ ]?(?:--|[—–:])[ ]?|[ ])",
        "after",
        "observer-or-partner",
    ),
    _Rule(
        r"[ ](?:(?:became|become|joined)[ ](?:as[ ])?"
        r"|(?:(?:have|has)[ ]been|were|was|are|is)[ ](?=(?:designated|named|made|admitted"
        r"|accepted|(?:an?[ ])?(?:official[ ])?(?:{names}))[ ]))"
        r"(?:(?:designated|named|made|admitted|accepted)[ ](?:as[ ])?)?(?:an?[ ])?(?:official[ ])?"
        r"(?:(?:{names})[ ])?[\"“]?(?i:partners?)(?:[ ](?:countries|country|states?|nations?))?\b",
        "subject",
        "observer-or-partner",
    ),
    # "observer states at the meeting included A", "observers A and B", "A, an observer state"
    _Rule(
        r"(?i:\bobserver(?:s|[ ]states|[ ]countries|[ ]nations|[ ]members)?[ ]and[ ](?:dialog(?:ue)?[ ])?"
        r"partners{filler}[ ](?:include|includes|included|are|were))[ ]",
        "after",
        "observer-or-partner",
    ),
    _Rule(
        r"(?i:\b{role}{filler}(?:,?[ ](?:which|that))?[ ](?:include|includes|included|are|were))[ ]",
        "after",
        "observer",
    ),
    # "Its members are A, B", "Associate members are C and D" (of that kind)
    _Rule(
        r"\b(?:(?i:other|current|its)[ ])?(?:{kind}[ ])?(?i:members|member[ ](?:states|countries"
        r"|nations|economies))[ ]"
        r"(?:include|are|included|were)[ ]",
        "after",
        "member",
    ),
    # "observers such as A", "the bloc's eight dialogue partners — A, B and C", and a box's
    # line: "Observers (2): A, B"
    _Rule(
        r"\b{role}(?:,?[ ](?:such[ ]as|like|including)|[ ]\(\d+\):)?(?:[ ]?(?:--|[—–])[ ]?|[,:]?[ ])",
        "after",
        "observer",
    ),
    _Rule(
        r"[ ](?:in|with)[ ](?:an[ ])?observer(?:['’]s)?[ ]status\b",
        "subject",
        "observer",
        possessive=True,
    ),
    # A status a country is granted or gains, whatever the verb: "A has been granted observer
    # status", "B gained the status of associate member", "C was given full membership"; and
    # "X granted D partner status"; not another body's: "E received partner status from the Y"
    *(
        _Rule(
            rf"{{granted}}(?:the[ ])?(?:{what})\b{{not_another_bodys}}",
            "subject",
            status,
        )
        for what, status in _GRANTED_STATUSES
    ),
    *(
        _Rule(
            rf"\b(?:granted|gave|awarded|offered|accorded)[ ](?=[^.;,]{{{{1,60}}}}?[ ](?:the[ ])?"
            rf"(?:{what})\b{{not_another_bodys}})",
            "after",
            status,
        )
        for what, status in _GRANTED_STATUSES
    ),
    # … and held by or given to the countries after it: "Observer status is held by A and B",
    # "the title of associated state was given to C and D"
    *(
        _Rule(
            rf"\b(?i:{what})[\"”’']?[ ](?:is|are|was|were|has[ ]been)[ ](?:(?:held|enjoyed)[ ]by"
            r"|(?:granted|given|awarded|accorded|extended)[ ]to)[ ]",
            "after",
            status,
        )
        for what, status in _GRANTED_STATUSES[:4]
    ),
    # … and the countries after it: "X granted observer status to A and B", "leaders accorded
    # dialogue partner status to C"
    *(
        _Rule(
            rf"\b(?:granted|gave|awarded|accorded|extended)[ ](?:the[ ])?(?:{what})[ ]to[ ]",
            "after",
            status,
        )
        for what, status in _GRANTED_STATUSES
    ),
    # A status said of a list however the verb and the noun phrase run: "A and B have long
    # been members of X", "A, which is also a member", "A is one of the five members of X",
    # "A is the bloc's largest member", "A, one of its founders", "A and B are the newest X
    # members", "A and B – the founding states of X –", "A, an associate state"; not "a former
    # member".
    _Rule(
        r"{status_phrase}(?:{kind}[ ](?:(?:{names})[ ])?)?(?:members?(?:[ -](?:states?|countries"
        r"|country|nations?))?"
        r"|(?P<founders>founders|(?i:founding|founder)[ ](?:(?:{names})[ ])?{states})"
        r"|(?P<associates>(?i:associate)[ ](?:(?:{names})[ ])?{states})){status_end}",
        "before",
        "member",
    ),
    # … and an observer or partner: "A, which is also an observer", "A — an observer —", "A and
    # B, both observer states", "A and B, the bloc's dialogue partners"
    _Rule(r"{status_phrase}{role}{status_end}", "before", "observer"),
    # "X invited A, B and C as partner states"
    _Rule(
        r"[ ]as[ ](?:{names}[ ])?partner[ ](?:countries|states|nations)\b",
        "before",
        "observer-or-partner",
        or_near=True,
    ),
    # "A, a permanent guest, and B were invited", "A — a permanent guest of X — attended"
    _Rule(r"{status_phrase}permanent[ ]guest{status_end}", "before", "observer-or-partner"),
    # "A, B and the leaders of the other member states": A and B are members too
    _Rule(
        r"[ ]and[ ](?:the[ ])?(?:(?:leaders|heads|presidents|representatives|delegations)[ ]of"
        r"[ ](?:the[ ])?)?other[ ](?:(?:{names}|[a-z]+)[ ]){{0,2}}(?:members|member[ -](?:states|countries"
        r"|nations))\b",
        "before",
        "member",
    ),
    # "As a member of X, A …", "As founding members of the bloc, A and B …", "As Associate
    # Members, C and D …"
    _Rule(
        r"(?:^|[,;][ ])(?i:as)[ ](?:(?:a|an|the)[ ])?(?:{kind}[ ])?(?i:members?)(?:[ ]of[ ]{body})?,[ ]",
        "after",
        "member",
    ),
    # … and a communiqué's label opening the sentence: "Associate Member, C was represented by"
    _Rule(r"^{kind}[ ](?i:members?),[ ]", "after", "member"),
)


def name_goes_on(text: str, end: int) -> bool:
    """Whether a country's name found ending at ``end`` is only the start of another name:
    "Guinea Bissau" is not Guinea."""
    return _NAME_GOES_ON.match(text, end) is not None


def names_a_person(text: str, end: int) -> bool:
    """Whether a demonym ending at ``end`` is followed by a person's name of two words or more
    ("Brazilian Ana Ruiz"), so stands for the country in a list; "Chinese Taipei" does not."""
    return _person_after(text, end, len(text)) is not None


def _person_after(text: str, end: int, limit: int) -> int | None:
    """Where the name of two words or more after ``end`` ends."""
    run = _PERSON_AFTER.match(text, end, limit)
    return run.end() if run and len(run.group("name").split()) >= 2 else None


def names_pattern(organization: Organization) -> str:
    """The organization's name or abbreviation (with or without its hyphen), as a pattern; a
    body named by its summit ("Ibero-American Summit") also by its adjective and a body's noun
    ("the Ibero-American community")."""
    names = [re.escape(organization.name)]
    if organization.abbreviation:  # "D-8" written "D8" too
        names.append(re.escape(organization.abbreviation).replace(r"\-", "-?"))
    if (summit := _NAMED_BY_ITS_SUMMIT.fullmatch(organization.name)) is not None:
        names.append(rf"{re.escape(summit.group('adjective'))}[ ](?i:{_SUMMIT_BODY_NOUNS})")
    if (head := _own_noun(organization.name)) is not None:
        names.append(rf"(?<=\b[Tt]he[ ]){head}")
    return f"(?:{'|'.join(names)})"  # one group: a pattern may follow it with more


def _own_noun(name: str) -> str | None:
    """The noun that ends the body's name, in lower case, which news writes for the body after
    naming it once ("the compact" of "Sahel Grain Compact", "the commonwealth"); a one-word
    name has no noun apart from itself."""
    head = name.rsplit(" ", 1)[-1]
    return head.lower() if head in BODY_NOUNS and " " in name else None


_NAMED_BY_ITS_SUMMIT = re.compile(r"(?P<adjective>[A-Z][\w-]+)[ ](?:Summit|Meeting)")
_SUMMIT_BODY_NOUNS = r"community|bloc|group|grouping|family|forum|alliance"


def body_pattern(organization: Organization) -> str:
    """How a sentence names the organization: its name, "the 10-nation bloc", or "It"."""
    return _body(names_pattern(organization))


def _core(names: str) -> str:
    """The organization by name or as "the bloc", not any "working group" a sentence names."""
    return (
        rf"(?:(?:the[ ])?(?:{names})|(?:the|its)[ ](?:[\w]+-(?:member|nation|country)[ ])?"
        r"(?:bloc|alliance|organi[sz]ation|grouping|group|union|league|forum))(?![\w'’-])"
    )


# "the 18-strong Lagoon Union", "the 12-member Lagoon Union": the body by name after its count
_COUNT_OF_MEMBERS = r"(?:\d+-(?:strong|member|nation)[ ])?"


def _body(names: str) -> str:
    return rf"(?<![\w-])(?:(?:the[ ]{_COUNT_OF_MEMBERS})?(?:{names})|{_BODY_WORDS}|It)(?![\w-])"


@cache
def _compiled(names: str) -> tuple[re.Pattern[str], tuple[tuple[_Rule, re.Pattern[str]], ...]]:
    """The pattern that names the organization, and the rules for it, compiled once."""
    body = _body(names)
    return re.compile(body), tuple(
        (
            rule,
            re.compile(
                rule.pattern.format(
                    body=body,
                    core=_core(names),
                    names=names,
                    kind=_KIND,
                    ordinal=_ORDINAL,
                    chair_kind=r"(?:current[ ]|rotating[ ]|outgoing[ ]|incoming[ ]|next[ ])",
                    is_the=r"(?:,[ ]|[ ](?:is|was|remains)[ ])",
                    status_phrase=_STATUS_PHRASE.format(
                        verb=_VERB,
                        body=body,
                        no_member_now=_NO_MEMBER_NOW_WORDS,
                        any_kind=_ANY_KIND,
                        small=_SMALL,
                    ),
                    status_end=_STATUS_END.format(body=body),
                    admission=rf"[ ](?:membership|accession|(?:bid|application)[ ]to[ ]join"
                    rf"(?:[ ]{body})?)(?![\w-])",
                    small=_SMALL,
                    not_now=_NO_MEMBER_NOW_WORDS,
                    chairs=_CHAIRS,
                    the_chair=_THE_CHAIR.format(names=names, body=body, chairs=_CHAIRS),
                    filler=_FILLER,
                    kind_of_partner=r"(?:(?!trad(?:e|ing)\b|dialog)[a-z]+[ ])?",
                    role=_ROLE,
                    granted=_GRANTED,
                    not_another_bodys=(  # … nor a month's: "in October"
                        rf"(?![ ](?:at|in|of|with|within|to|from)[ ](?!{body}|{MONTH}\b)"
                        r"(?:the[ ])?[A-Z])"
                    ),
                    number="(?i:" + "|".join(NUMBER_WORDS) + ")",
                    states=r"(?:states?|countries|country|nations?)",
                )
            ),
        )
        for rule in _RULES
    )


def continued_claims(text: Text, organization: Organization, countries: Gazetteer) -> list[Claim]:
    """A list in the sentences after the one that names the members: "The bloc has ten
    members. They are A, B and C.", "Its members are:" and a country a line or bullet, or the
    leaders of its members: "Leaders of the bloc's member states came. Among them were A's X
    and B's Y." """
    names_the_body, _ = _compiled(names_pattern(organization))
    found = []
    for index, before in enumerate(text.sentences[:-1]):
        ending = _ENDS_ON_MEMBERS.search(text[before])
        among = _AMONG_THEM.match(text[text.sentences[index + 1]])
        if (
            among
            and _OF_MEMBERS.search(text[before])
            and names_the_body.search(text[before])
            and not _NOT_MEMBERS.search(text[before])  # "… member states and guests came"
        ):
            lists = _Lists(text, countries, text.sentences[index + 1])
            found += lists.claim("member", None, among.end())
        if not (ending and names_the_body.search(text[before])):
            continue
        status = _status_of(ending.group("kind"), "member") or "member"
        if ending.group("observers"):
            status = "observer"
        following = text.sentences[index + 1 :]
        if they := _THEY_ARE.match(text[following[0]]):
            found += _Lists(text, countries, following[0]).claim(status, None, they.end())
            continue
        for sentence in following if ending.group("colon") else ():
            item = _BULLET.match(text[sentence])
            claimed = _Lists(text, countries, sentence).claim(
                status, None, item.end() if item else 0
            )
            if not claimed:
                break
            found += claimed
    return found


# A communiqué's roll of who attended: "Summit was attended by the following Heads of State
# and Government:" and a country a line, or "Other Members of the Conference in attendance
# were: Prime Minister of A, Hon. X; President of B, Y" and "Associate Members present were: …",
# also without the colon when an office or a state follows ("Other members of the Conference in
# attendance were Prime Minister of A, …", "The Associate Member in attendance was C", "X
# Leaders in attendance included the Prime Minister of A, …")
_ROLL_LEAD = re.compile(
    r"(?:\b(?:(?i:attended|represented)[ ]by|(?i:present)[ ]at[ ]the[ ]\w+[ ]were)[ ]the[ ]"
    r"(?i:following|under-?listed|under-?mentioned)[ ](?:[A-Z][\w-]*[ ])?(?i:heads?[ ]of[ ]states?"
    r"|leaders|delegations)\b[^.:]*|(?<![\w-])(?:(?P<kind>[A-Z][a-z]+)[ ])?(?:[Mm]embers?|Leaders)"
    r"(?:[ ]of[ ]the[ ][A-Z][\w ]{1,40}?)?"
    r"[ ](?:in[ ]attendance|present)[ ](?:were|was|included))"
    r"(?P<colon>:)?(?P<inline>[ ]\S)?"
)


# a roll's line opens on its state ("A HE President X") or names it by the head's office
# ("H.E. X, President of the Republic of A.", "… of the Togolese Republic", the state's long
# name whole), a page's spaces doubled where its lines were broken
_STATE_OF_A_LINE = re.compile(
    r"$|.*\sof\s+(?:the\s+(?:(?:[A-Z]\w+\s+){0,2}Republic\s+of\s+)?)?$", re.DOTALL
)


# a line naming who else came: "3. Summit was also attended by HE X, the President of A"
_ALSO_ATTENDED = re.compile(r"\b(?i:also|too)[ ](?:(?i:attended|present|in[ ]attendance))\b")

# "Ambassador of A to the Republic of B": B is where the envoy serves
_POSTED_TO = re.compile(r"[ ]to[ ](?:the[ ](?:[A-Z]\w+[ ]){0,2}Republic[ ]of[ ]|the[ ])?$")


def roll_claims(text: Text, organization: Organization, countries: Gazetteer) -> list[Claim]:
    """The states a communiqué's roll names, each with its head or envoy, in a report that
    names the organization: its members (associate members when the roll says so)."""
    names_the_body, _ = _compiled(names_pattern(organization))
    if not names_the_body.search(text.text):
        return []
    found = []
    for index, sentence in enumerate(text.sentences):
        lead = _ROLL_LEAD.search(text[sentence])
        if lead is None or _NOT_MEMBERS.search(text[sentence], 0, lead.start()):
            continue
        if not lead.group("colon") and not _opens_on_a_state(
            text, countries, sentence.start + lead.end() - 1
        ):
            continue
        kind = (lead.group("kind") or "").lower()
        status = _status_of(kind, "member") if kind != "other" else "member"
        if status is None:
            continue
        if lead.group("inline"):
            # the roll runs to its paragraph's end, past "Dr. the Rt. Hon." that end a sentence
            paragraphs = text.paragraphs
            at = next(i for i, p in enumerate(paragraphs) if p.start <= sentence.start < p.end)
            start, end = sentence.start + lead.end() - 1, paragraphs[at].end
            if (colon := text.text.find(":", start, end)) >= 0:  # "… was also attended by:"
                cut = max(text.text.rfind(". ", start, colon), text.text.rfind("; ", start, colon))
                end = cut if cut > start else end
            found += [
                Claim(status, None, state.span, sentence)
                for state in countries.find(text.text, start, end)
                if not _POSTED_TO.search(text.text, start, state.span.start)
            ]
            if at + 1 < len(paragraphs):
                found += _represented(text, countries, status, paragraphs[at + 1])
            if kind == "other":  # "Other Members …": the chair named before is one too
                found += _chair_before(text, countries, paragraphs[max(0, at - 2)].start, sentence)
            if at + 1 < len(paragraphs) and _BULLET.match(text.text, paragraphs[at + 1].start):
                # "…representatives: The Summit was chaired by X." over the roll's bullets: a
                # page that put a sentence of its own after the colon
                next_line = text.sentence_index(paragraphs[at + 1].start)
                found += _roll_lines(text, countries, status, text.sentences[next_line:])
            continue
        found += _roll_lines(text, countries, status, text.sentences[index + 1 :])
    return found


# A roll of the body's heads recalled as "those heads": "Twelve Lagcom heads of state
# gathered … Those heads of state meeting with X were: Prime Minister of A, Y; President of B Z"
_THOSE_HEADS = re.compile(
    r"(?:Those|These)[ ](?:heads[ ]of[ ](?:state|government)|leaders)\b[^.:;]{0,60}?"
    r"[ ](?:were|are|included|include):[ ]"
)
_HEADS = r"[ ](?:heads[ ]of[ ](?:state|government)|leaders)\b"


def recalled_roll_claims(
    text: Text, organization: Organization, countries: Gazetteer
) -> list[Claim]:
    """The states of a roll of "those heads" the sentence before names as the body's heads
    ("Twelve Lagcom heads of state met …"): the body's members, each named by its head's
    office, not the leader they met, named in the lead before the colon."""
    the_bodys_heads = re.compile(rf"(?i:{names_pattern(organization)}){_HEADS}")
    found = []
    for before, sentence in pairwise(text.sentences):
        lead = _THOSE_HEADS.match(text[sentence])
        if lead is None or not the_bodys_heads.search(text[before]):
            continue
        start = sentence.start + lead.end()
        found += [
            Claim("member", None, state.span, sentence)
            for state in countries.find(text.text, start, sentence.end)
            if not _POSTED_TO.search(text.text, start, state.span.start)
        ]
    return found


def _roll_lines(text: Text, countries: Gazetteer, status: str, lines: list[Span]) -> list[Claim]:
    """The states of a roll's lines, one a line, up to a roll of guests or two lines that open
    on no state."""
    found = []
    missed = 0
    for line in (item for sentence in lines for item in _bulleted_items(text, sentence)):
        if not text[line].strip():
            continue  # a line of spaces between a page's items
        if text[line].rstrip().endswith(":") or _ALSO_ATTENDED.search(text[line]):
            break  # "The Summit was also attended by:": another roll, of guests
        first = countries.find(text.text, line.start, line.end)
        if first and _STATE_OF_A_LINE.match(text.text, line.start, first[0].span.start):
            found.append(Claim(status, None, first[0].span, line))
            found += [  # lines run together: "A: HE X B: HE Y"
                Claim(status, None, state.span, line)
                for state in first[1:]
                if text.text.startswith(": ", state.span.end)
            ]
            missed = 0
        elif (missed := missed + 1) > 1:
            break  # two lines that begin with no state end the roll; one may be a state
            # the table spells otherwise
    return found


# a bullet after a space: a roll's lines, which a line break alone does not part into sentences
_INNER_BULLET = re.compile(r"(?<=\s)[•●▪][ ]")


def _bulleted_items(text: Text, sentence: Span) -> list[Span]:
    """The sentence's items, each from a bullet to the next ("• H.E. X, President of A
    • H.E. Y, President of B"), or the sentence whole."""
    starts = [sentence.start]
    bullets = _INNER_BULLET.finditer(text.text, sentence.start, sentence.end)
    starts += [bullet.start() for bullet in bullets]
    return [
        Span(start, end) for start, end in zip(starts, [*starts[1:], sentence.end], strict=True)
    ]


def _opens_on_a_state(text: Text, countries: Gazetteer, start: int) -> bool:
    """Whether a roll with no colon after its lead opens on a head's office or a state ("were
    Prime Minister of A, …", "was C"), as a roll does, not on words of its own."""
    at = start + 4 if text.text.startswith("the ", start) else start
    if TITLE_PATTERN.match(text.text, at):
        return True
    state = countries.find(text.text, at, at + 60)
    return bool(state) and state[0].span.start == at


# "under the chairmanship of the Prime Minister of A", "Chair of the Conference, President of B"
_CHAIRED_BY = re.compile(
    r"\b(?i:chair(?:man|person|woman)?(?:ship)?)\b[^.;:]{0,40}?\b(?:the[ ])?"
    rf"(?i:{TITLE})[ ]of[ ]"
)


def _chair_before(text: Text, countries: Gazetteer, start: int, roll: Span) -> list[Claim]:
    """The chair's state, named before a roll of the "other" members."""
    for chaired in _CHAIRED_BY.finditer(text.text, start, roll.start):
        state = countries.find(text.text, chaired.end(), roll.start)
        if state and state[0].span.start == chaired.end():
            sentence = text.sentence_at(chaired.start())
            return [Claim("member", None, state[0].span, sentence)]
    return _chair_named_first(text, countries, start, roll)


# "…, chaired the proceedings", "…, presided over the meeting", "…, presided."; a communiqué
# may capitalise its verb: "…, Chaired the proceedings"
_CHAIRED = re.compile(r"[ ](?i:(?:chaired|presided[ ]over)[ ]the\b|presided[.;])")


def _chair_named_first(text: Text, countries: Gazetteer, start: int, roll: Span) -> list[Claim]:
    """The state of the head whose office opens a sentence saying they chaired, or follows
    the name that opens it, before a roll of the "other" members ("The President of A, His
    Excellency X, chaired the proceedings", "The Honourable X, Prime Minister of A, presided.")."""
    for sentence in text.sentences:
        if not start <= sentence.start < roll.start:
            continue
        if not _CHAIRED.search(text.text, sentence.start, sentence.end):
            continue
        office = _office_opening(text, sentence)
        if office is None or not text.text.startswith(" of ", office.end()):
            continue
        state = countries.find(text.text, office.end() + 4, sentence.end)
        if state and state[0].span.start == office.end() + 4:
            return [Claim("member", None, state[0].span, sentence)]
    return []


def _office_opening(text: Text, sentence: Span) -> re.Match[str] | None:
    """The office that opens a sentence ("The President of A, X, chaired …"), or that follows
    the name opening it ("The Honourable X, Prime Minister of A, presided.")."""
    at = sentence.start + 4 if text.text.startswith("The ", sentence.start) else sentence.start
    if office := TITLE_PATTERN.match(text.text, at):
        return office
    comma = text.text.find(", ", at, sentence.end)
    return TITLE_PATTERN.match(text.text, comma + 2) if comma >= 0 else None


# "… was represented by", "The Bahamas , was represented by": a space astray before a comma
_WAS_REPRESENTED = re.compile(r"[ ]?,?[ ](?:was|were)[ ]represented[ ]by[ ]")
# "The Republic of A was represented by": the state named in full opens the paragraph
_IN_FULL_BEFORE = re.compile(r"(?:The[ ])?(?:(?:[A-Z][a-z]+[ ]){1,2}of[ ](?:[Tt]he[ ])?)?")
_NEXT_CLAUSE = re.compile(r"(?:;|[ ]and)\s+$")


def _represented(text: Text, countries: Gazetteer, status: str, paragraph: Span) -> list[Claim]:
    """The roll's states whose heads sent an envoy, in the paragraph after it: "B was
    represented by the Minister of Foreign Affairs, Hon. X; C was represented by …"."""
    found = []
    for mention in countries.find(text.text, paragraph.start, paragraph.end):
        before = text.text[max(paragraph.start, mention.span.start - 8) : mention.span.start]
        opens = _IN_FULL_BEFORE.fullmatch(
            text.text, paragraph.start, mention.span.start
        ) or _NEXT_CLAUSE.search(before)
        if opens and _WAS_REPRESENTED.match(text.text, mention.span.end):
            found.append(Claim(status, None, mention.span, text.sentence_at(mention.span.start)))
    return found


# "the seven-member grouping", "five new observer states", "an association of 12 countries",
# "three Associate Member States"
_COUNTED_KINDS = r"(?i:founding|full|observer|associate)"
_COUNTED = (
    r"(?P<of>\b(?i:association|bloc|group|grouping|alliance|union|organi[sz]ation|club|community"
    r"|forum|partnership)[ ]of[ ](?:(?i:some|about|around)[ ])?)?"
    r"(?<![\w-])(?P<count>\d{{1,2}}|(?i:"
    + "|".join(NUMBER_WORDS)
    + r"))[ -](?:(?!{kinds}[ -])(?:{names}|[A-Z][\w-]*)[ ])?"
    r"(?:(?i:new)[ ])?(?:(?P<kind>{kinds})[ -])?(?:(?i:member)(?:s|[ -]states?|[ -]countries"
    r"|[ -]nations)?|(?<=bserver[ ])(?i:states|countries|nations)"
    r"|(?(of)(?i:nations|countries|states)|(?!))"
    r"|(?i:nations?|countries|states)(?=[ ](?:bloc|group|grouping|alliance"
    r"|organi[sz]ation|union|community|club)\b))\b"
)


# a body named by how many it gathers: "Group of Seven", "G7", "G-5"
_NUMBERED_NAME = re.compile(
    r"(?<![\w-])(?:G-?(?P<digits>\d{1,2})|Group[ ]of[ ](?P<count>\d{1,2}|(?i:"
    + "|".join(NUMBER_WORDS)
    + r")))(?![\w-])"
)


# … whose leaders open a sentence as its subject, none beside them: "The leaders of A, B, C,
# D and E have set aside three hours", "The leaders — from A, B, C, D and E — posed", not "Leaders of A, … also attended", "met their
# counterparts from A, …", "joined the talks"
_LEADERS_OF = re.compile(
    r"(?:(?:On|At|In|By|After|Before)[ ][^,]{1,40},[ ])?(?:The[ ]|the[ ])?(?i:leaders|heads[ ]of"
    r"[ ](?:state|government)(?:[ ]and[ ]government)?|presidents|prime[ ]ministers)"
    r"(?:[ ]|[ ]?[—–][ ]?|[ ]-[ ])(?:of|from)[ ](?:the[ ])?"
)
_BESIDE_THEM = re.compile(
    r"\b(?i:also|too|as[ ]well|in[ ]addition|joined|join|counterparts?|visit\w*|attended|attend)\b"
)


def counted_claims(text: Text, organization: Organization, countries: Gazetteer) -> list[Claim]:
    """A list of as many countries as the text says the organization has members ("the
    seven-member grouping", "five new observer states", "an association of 12 countries"), or
    as its name counts, a list of leaders its sentence is about ("The leaders of A, B, C, D and
    E met" at a "Group of Five" summit): those members, one list of them only, not counting a
    list of guests or observers beside it."""
    pattern = _counted(names_pattern(organization))
    counts: dict[int, str] = {}
    named_by = _count_in_name(organization)
    for match in pattern.finditer(text.text):
        word = match.group("count").lower()
        count = int(word) if word.isdigit() else NUMBER_WORDS.index(word) + 1
        kind = (match.group("kind") or "").lower()
        status = "observer" if kind == "observer" else _status_of(kind, "member") or "member"
        counts.setdefault(count, status)
    lists: dict[int, list[Claim]] = {}
    for sentence in text.sentences:
        in_sentence = _Lists(text, countries, sentence)
        others = _NOT_MEMBERS.search(text[sentence])
        words = text[sentence]
        for start, named, _plain in in_sentence.every_list():
            if named >= 3 and named == named_by and named not in counts:
                leaders = _LEADERS_OF.fullmatch(words, 0, start)
                if leaders is None or _BESIDE_THEM.search(words):
                    continue
                lists.setdefault(named, []).extend(in_sentence.claim("member", None, start))
            elif named >= 3 and named in counts:
                status = counts[named]
                if others and not (status == "observer" and others.group(0).lower() == "observer"):
                    continue
                claims = in_sentence.claim(status, None, start)
                lists.setdefault(named, []).extend(claims)
    return [claims[0] for claims in lists.values() if len(claims) == 1]


def _count_in_name(organization: Organization) -> int | None:
    """How many the organization's name says it gathers ("Group of Seven", "G8"), if it does."""
    for name in filter(None, (organization.name, organization.abbreviation)):
        if numbered := _NUMBERED_NAME.search(name):
            word = (numbered.group("digits") or numbered.group("count")).lower()
            return int(word) if word.isdigit() else NUMBER_WORDS.index(word) + 1
    return None


# A sentence that lists guests, candidates or observers lists no members, even as many
# countries as the organization has: "seven guests: A, B, …" in a report on a group of seven.
_NOT_MEMBER_WORDS = (
    r"\binvit|\bguests?\b|\boutreach\b|\bpartners?\b|\bnon-?members?\b|\bcandidates?\b"
    r"|\bappl(?:y|ied|icants?|ications?)\b|\baspir|\bobserver"
)
_NOT_MEMBERS = re.compile(rf"(?i:{_NOT_MEMBER_WORDS})")
# Countries told as the members' neighbours, not as members: "A and B, which border the bloc's
# members", "neighbouring A", "neighbours of"; not a border named ("the border between A and B").
NEIGHBOURS = r"\b(?:(?:which|that|who)[ ]border|border(?:s|ed|ing)|neighbou?r(?:s|ing))\b"
# Membership wished for or still to come: "seeks membership", "hopes to become a member", "on an
# irreversible path to membership", "could one day join".
WISHED_FOR = (
    r"\b(?:(?:hop|seek|want|wish|plan|aim|push|striv|lobb)\w*[ ]to[ ](?:join|become)|sought"
    r"|(?:seek\w*|pursu\w*|wants?)[ ](?:full[ ])?membership|(?:path|road)[ ]to|eventual\w*"
    r"|(?:could|would|might|may|will)[ ](?:one[ ]day[ ]|soon[ ]|formally[ ])?(?:join|become))\b"
)


@cache
def _counted(names: str) -> re.Pattern[str]:
    return re.compile(_COUNTED.format(names=names, kinds=_COUNTED_KINDS))


def listed_claims(
    text: Text, sentence: Span, organization: Organization, countries: Gazetteer
) -> list[Claim]:
    """The claims one sentence makes in the list phrasings wire copy uses."""
    words = text[sentence]
    body = body_pattern(organization)
    names_the_body, rules = _compiled(names_pattern(organization))
    named = names_the_body.search(words)
    lists = _Lists(text, countries, sentence)
    found: list[Claim] = []
    for rule, pattern in rules:
        for match in pattern.finditer(words):
            if rule.needs_body and not (named and named.start() < match.start()):
                continue
            if rule.reads == "after" and _another_bodys_list(words, match.end(), body):
                continue
            status = _status_of(match.groupdict().get("kind"), rule.status)
            if status is None:
                continue
            if "partner" in (match.groupdict().get("role") or "").lower():
                status = "dialogue-partner"
            if match.groupdict().get("founders"):
                status = "founding-member"
            if match.groupdict().get("associates"):
                status = "associate-member"
            if rule.reads == "after":
                if match.start() < besides_members_end(words):
                    continue  # "Besides the X members, A and B attended": others than they
                dated = _DATED.match(words, lists.end_of_list(match.end()))
                if status == "new-member" and dated:  # "the admission of A on 22 December 1997"
                    status, joined = "member", dated.group("year")
                elif status == "new-member" and _AGO.match(words, lists.end_of_list(match.end())):
                    status, joined = "member", None  # "the bloc admitted A last year"
                else:
                    joined = rule.joined
                given = _GIVEN_AS.match(words, lists.end_of_list(match.end()))
                if status == "member" and given:  # "X counts A and B as partners", "as associates"
                    if given.group("guests"):
                        continue
                    status = (
                        "associate-member" if given.group("associates") else "observer-or-partner"
                    )
                found += lists.claim(status, joined, match.end())
            elif rule.reads == "owner":
                if _ENDED.match(words, match.end()):
                    continue  # "A's membership of X was suspended": no member now
                owned = [match.start(g) for g in ("at", "up") if match.groupdict().get(g)]
                at = owned[0] if owned else match.start()
                found += lists.claim_owner(status, rule.joined, at)
            elif rule.reads == "before":
                if _LEFT_SINCE.match(words, match.end()):
                    continue  # "A, a founding member that withdrew in 1976": none now
                last_only = _SINGULAR.search(match.group(0)) is not None
                joined = rule.joined
                if status == "new-member" and (since := _SINCE_YEAR.match(words, match.end())):
                    status, joined = "member", since.group("year")  # "A, the newest, in 2013"
                claims = lists.claim_before(
                    status, joined, match.start(), last_only, or_near=rule.or_near
                )
                if status == "new-member" and match.groupdict().get("kind") in (
                    "full",
                    "permanent",
                ):
                    claims = [  # "The bloc unites A and B as full members": members it has
                        replace(claim, status="member")
                        if _HAS_AS.search(text.text, sentence.start, claim.region.start)
                        else claim
                        for claim in claims
                    ]
                found += claims
            else:
                clause = _clause_start(words, match.start())
                if _NOT_TO_BECOME.search(words, clause, match.start()):
                    continue  # "A declined the invitation to become a partner": none
                found += lists.claim_subject(status, rule.joined, match.start(), rule.possessive)
    found += _members_before_lists(words, lists, organization)
    found += _invitations(words, lists, body)
    if named:
        for match in _ADDED.finditer(words, named.end()):
            year = _IN_YEAR.match(words, lists.end_of_list(match.end()))
            if year:
                found += lists.claim("member", year.group("year"), match.end())
    found += _fronted_too(words, lists, found) + _joining_too(words, lists, found)
    if (when := _FRONTED_WHEN.match(words)) is not None:  # "In 2019 the bloc admitted A"
        found = [
            replace(claim, status="member", joined=when.group("year"))
            if claim.status == "new-member"
            else claim
            for claim in found
        ]
    return found


# what a body has, before the list it has as full members: "X unites A and B as full members",
# "X has A and B as permanent members"
_HAS_AS = re.compile(
    r"\b(?:unites|united|includes|included|comprises|comprised|groups|grouped|counts|counted"
    r"|has|had|have|lists|listed|brings[ ]together|brought[ ]together)[ ](?:the[ ])?$"
)


# a time before the meeting that opens the sentence: "In 2019 ", "In March 2019, ", "Two years
# ago, "
_FRONTED_WHEN = re.compile(
    r"(?:In|By)[ ](?:(?:early|late|mid-?)[ ]?)?(?:[A-Z][a-z]+[ ](?:\d{1,2},?[ ])?)?"
    r"(?P<year>(?:19|20)\d\d),?[ ]"
    r"|(?:Last[ ]year|(?:A|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|\d+)[ ]years?[ ]ago),[ ]"
)
# "Besides A, the bloc includes B", "In addition to A and B, its members are C and D"
_BESIDES = re.compile(r"(?:Besides|In[ ]addition[ ]to|Along[ ]with|Alongside)[ ]")
_BESIDES_MEMBERS = re.compile(
    rf"(?:{_BESIDES.pattern}|(?:Apart|Aside)[ ]from[ ]|Beyond[ ]|Other[ ]than[ ])[^,;]*?"
    r"\bmembers?\b[^,;]*,[ ]"
)


def besides_members_end(sentence: str) -> int:
    """Where a sentence's opening that sets its countries beside the members ends ("Besides
    the X members, A and B attended": A and B are others), or 0."""
    fronted = _BESIDES_MEMBERS.match(sentence)
    return fronted.end() if fronted else 0


def _fronted_too(words: str, lists: _Lists, found: list[Claim]) -> list[Claim]:
    """The countries fronted by "Besides" before a clause that names members of a status: they
    have it too."""
    fronted = _BESIDES.match(words)
    claimed = [claim for claim in found if claim.is_list]
    if fronted is None or not claimed:
        return []
    end = lists.end_of_list(fronted.end())
    if end == fronted.end() or not words.startswith(", ", end):
        return []
    return lists.claim(claimed[0].status, claimed[0].joined, fronted.end())


# "A was granted observer status, joining B and C": B and C have it already
_JOINING = re.compile(r",[ ]joining[ ](?:the[ ])?(?:(?:other|current|existing)[ ])?")


def _joining_too(words: str, lists: _Lists, found: list[Claim]) -> list[Claim]:
    """The countries a newly granted status joins those who hold it: they have it too."""
    for joining in _JOINING.finditer(words):
        before = [c for c in found if c.region.end <= lists.sentence.start + joining.start()]
        if before:
            status = "member" if before[-1].status == "new-member" else before[-1].status
            return lists.claim(status, None, joining.end())
    return []


# a list just after another body's name: "the Pacific Alliance, consisting of A, B", "EU
# members A, B", "the XYZ: A, B"; not a body among a list's items ("the EU, A and B")
# … or after a panel the body sets up: "a communications committee consisting of A, B"
_PANEL = (
    r"(?:committee|subcommittee|panel|commission|team|delegation|task[ ]force|mission|troika|board)"
)
_NOUNS = "|".join(sorted(ORGANIZATION_NOUNS))
_AFTER_A_BODY = re.compile(
    rf"(?P<name>(?<![\w-])[A-Z][A-Z\d]{{1,6}}|[A-Z][\w-]*[ ](?:{_NOUNS})"
    # "the Group of Seven, which includes A, B", "the Council of the Andes, made up of A, B"
    rf"|(?<![\w-])(?:{_NOUNS})[ ]of[ ](?:the[ ])?[A-Z][\w-]*(?:[ ](?:and[ ])?[A-Z][\w-]*)*"
    rf"|(?<![\w-]){_PANEL})"
    r"(?:,?[ ](?:(?!(?:and|or|plus|as|along)[ ])[a-z]+[ ]){1,3}|[ ]?[—–:][ ]?)$"
)
# the states on a body's bureau, in brackets: "the Bureau of the X Assembly (A, B and C)"
_AFTER_A_BUREAU = re.compile(
    r"(?<![\w-])(?:Bureau|Presidium)(?:[ ]of[ ](?:the[ ])?[A-Z][\w-]*(?:[ ][A-Z][\w-]*)*)?[ ]\($"
)


# another body's name and a relative clause on its make-up, up to a country: "… the Pacific
# Forum, which also includes A"
_ANOTHER_BODY_HAS = re.compile(
    rf"(?P<name>(?:[A-Z][\w-]*[ ])+(?:{_NOUNS})|(?<![\w-])[A-Z][A-Z\d]{{1,6}}),?[ ](?:which|that)[ ]"
    r"(?:also[ ]|now[ ])?(?:includes?|comprises?|groups|brings[ ]together|counts|unites)[ ][^.;]*$"
)


def in_another_bodys_list(words: str, at: int, body: str) -> bool:
    """Whether the country at ``at`` is one of another body's, named before it with what it
    includes: "… members of both the bloc and the Pacific Forum, which also includes A"."""
    other = _ANOTHER_BODY_HAS.search(words, 0, at)
    return other is not None and re.search(rf"(?:{body})$", words[: other.end("name")]) is None


# a sentence about another body's make-up, its name the subject: "The Coastal Forum groups the
# bloc's members with A, B and C", "The CF brings together …"
_ANOTHER_BODY_OPENS = re.compile(
    rf"(?:The[ ])?(?P<name>[A-Z][A-Z\d]{{1,6}}|(?:[A-Z][\w-]*[ ])+(?:{_NOUNS})"
    rf"|(?:{_NOUNS})[ ]of[ ](?:the[ ])?[A-Z][\w-]*(?:[ ](?:and[ ])?[A-Z][\w-]*)*)"
    r"(?:,[ ](?:which|that)[ ]|[ ](?:also[ ])?)(?:groups|includes|comprises|brings[ ]together"
    r"|gathers|unites|consists[ ]of|is[ ](?:made[ ]up|composed)[ ]of)\b"
)


def about_another_body(words: str, body: str) -> bool:
    """Whether the sentence opens on another body than the organization, and what makes it up:
    "The Coastal Forum groups the bloc's members with A, B and C" lists the forum's."""
    opens = _ANOTHER_BODY_OPENS.match(words)
    return opens is not None and re.search(rf"(?:{body})$", words[: opens.end("name")]) is None


def _another_bodys_list(words: str, start: int, body: str) -> bool:
    """Whether the list at ``start`` follows another body's name than the organization's, or
    its bureau's, and so gives that body's members: "the Pacific Alliance, consisting of A, B"."""
    if _AFTER_A_BUREAU.search(words, max(0, start - 80), start):
        return True
    after = _AFTER_A_BODY.search(words, max(0, start - 80), start)
    # the name may be the end of the organization's: "Seas Initiative" of "Three Seas Initiative"
    return after is not None and re.search(rf"(?:{body})$", words[: after.end("name")]) is None


# what ends a membership named just before: "… was suspended in 2019", "has been revoked"
_ENDED = re.compile(
    r"[^.;]{0,30}?\b(?:was|were|has[ ]been|had[ ]been|remains|is|stays)[ ](?:\w+[ ])?"
    r"(?:suspended|revoked|frozen|terminated|withdrawn|cancell?ed)\b"
)


# "the three full members, A, B and C": a comma after members of a kind
_AFTER_KIND_MEMBERS = "(?:{})".format(
    "|".join(
        rf"(?<={kind}[ ]members)"
        for kind in ("new", "newest", "full", "founding", "other", "current", "existing")
    )
)
_COUNT = r"(?:\d{1,2}|(?i:" + "|".join(NUMBER_WORDS) + "))"
_MEMBER_BEFORE_LIST = re.compile(
    # a count between the kind and its noun: "the original five members — A, B"
    rf"(?<![\w-])(?P<before>(?!{_ANY_KIND}[ ])[\w-]+[ ])?(?:{_KIND}[ ](?:{_COUNT}[ ])?)?"
    r"(?:[Mm])ember(?:s|[- ]states?|[- ]countries"
    r"|[- ]country|[- ]nations?|[- ]economy|[- ]economies)?(?:,?[ ](?:now[ ])?(?:such[ ]as|like"
    r"|including|among[ ]them|namely)[ ]"  # "five associate members, among them A and B"
    # … or, of a kind, in brackets after it: "the associate member nations (A, B and C)"
    rf"|[ ]?(?:--|[—–:])[ ]?|{_AFTER_KIND_MEMBERS},[ ]|[ ](?(kind)\(?|))"
)
_BODY_BEFORE = re.compile(rf"(?P<name>{CAPITALISED_RUN.pattern})$")
_NAME_BEFORE = re.compile(rf"(?P<name>{CAPITALISED_RUN.pattern})[ ]$")
_INVITED = re.compile(
    r"\b(?:invited|invitations?)\b(?P<list>(?:[ ][^.;]*?)?)[ ]to[ ](?:join|enter|become)[ ]"
)
# "declined", "rejects", "refusal", "turned down": an invitation or a status not taken up
_DECLINING = r"(?:(?:declin|reject|refus)\w*|turn(?:s|ed)?[ ]down)"
_DECLINED = re.compile(rf"\b{_DECLINING}[ ](?:(?:an?|the|its|their)[ ])?(?:[\w-]+[ ]){{0,2}}?$")
# a status other than a member's given after a list of members: "X counts A and B as
# partners", "… as guests"
_GIVEN_AS = re.compile(
    r"[ ]as[ ](?:(?:its|the)[ ])?(?:(?P<guests>guests)|partners"
    r"|(?P<associates>associate[ ](?:members|states|countries|nations)))\b"
)
# what makes "to become" no status: "A declined the invitation to", "B has yet to respond to
# an invitation to", "C hopes to"
_NOT_TO_BECOME = re.compile(
    rf"\b(?:{_DECLINING}|yet[ ]to|not[ ]yet|(?:hop|seek|want|wish|plan|aim)\w*)\b[^.;]*[ ]to$"
)
_ADDED = re.compile(r"\b(?:added|admitted)[ ]")
# a date with its year after a list: " on 22 December 1997", " in February 2004", " in 2004"
_DATED = re.compile(
    r"[ ](?:on|in)[ ](?:\d{1,2}[ ])?(?:[A-Z][a-z]+[ ])?(?:\d{1,2},[ ])?(?P<year>(?:19|20)\d\d)\b"
)
_IN_YEAR = re.compile(r"[ ]in[ ](?P<year>\d{4})\b")
# the year a status named just before began: "… to join the bloc in 2013", "…, in 2013",
# "… member since 2013"
_SINCE_YEAR = re.compile(
    r"(?:[ ](?:the[ ]|its[ ])?[\w’'-]+(?:[ ][\w’'-]+)?)?,?[ ](?:in|since)[ ](?P<year>(?:19|20)\d\d)\b"
)
# a time well before the meeting: "last year", "two years ago", "in the 1990s"
_AGO = re.compile(
    r"[ ](?:last[ ](?:year|decade)|in[ ]the[ ]\d{3}0s|(?:a|one|two|three|four|five|six|seven|eight"
    r"|nine|ten|\d+)[ ](?:years?|decades?)[ ]ago)\b"
)
# a list someone asks or hopes for, a few words on: "called for the return of A and B"
_WISHED = re.compile(
    r"\b(?:call(?:s|ed|ing)?[ ]for|push(?:es|ed|ing)?[ ]for|seek(?:s|ing)?|sought|want(?:s|ed)?"
    r"|hop(?:e|es|ed|ing)[ ]for|bid(?:s|ding)?[ ]for)\b[^,;.]{0,30}$"
)
# ", the queen said," between a list and its verb
_ASIDE = re.compile(rf",[ ][^,;]{{1,40}}?[ ](?:{SPEECH_VERB}),$")
# what may stand before a list that is its clause's subject: "In May 2015, A and B …", "The
# presidents of A and B …", "… while A and B …"
_SUBJECT_LEAD = re.compile(
    r"(?:[^.;]*(?:,|[ ](?:while|whereas|and|but))[ ])?(?:(?i:the)[ ])?(?:(?i:leaders|presidents"
    r"|heads(?:[ ]of[ ]state(?:[ ]and[ ]government)?)?|delegations|representatives"
    r"|envoys|ministers)[ ](?:of|from)[ ](?:the[ ])?)?"
)
# a few words, no comma and no name, between a list and the phrase that gives it a status,
# after a relative clause set off by commas: "A, which joined in 2002, is attending as"
_NEAR = re.compile(r"(?:,[ ](?:which|who|whose)[ ][^,;]*,)?(?:[ ][a-z][\w-]*){1,10}")
_EXCEPT = re.compile(
    r"\b(?:except(?:[ ]for)?|apart[ ]from|other[ ]than|excluding|but[ ]not|not|neither|nor)[ ]"
    r"(?:the[ ])?$"
    # "None of A, B or C is a member": the items before the last, which "or" leaves out of
    # the list
    r"|\b(?i:none|neither)[ ]of[ ](?:the[ ])?(?:[A-Z][^.;]{0,80}?(?:,|[ ]or|[ ]and)[ ])?$"
)


def _members_before_lists(words: str, lists: _Lists, organization: Organization) -> list[Claim]:
    """ "current members A, B", "member-state A"; not another body's: "Y member A"."""
    found = []
    for match in _MEMBER_BEFORE_LIST.finditer(words):
        before = (match.group("before") or "").strip()
        if before == "non":  # "non member"; "non-member" is not read at all
            continue
        name = _NAME_BEFORE.search(words, 0, match.end("before") if before else match.start())
        named = (
            [
                word
                for word in name.group("name").split()
                if word not in NOT_NAMES and word.lower() not in _KIND_WORDS  # "Associate members"
            ]
            if name
            else []
        )
        if named and " ".join(named) not in (organization.name, organization.abbreviation):
            continue
        status = _status_of(match.group("kind"), "member")
        if status is not None:
            found += lists.claim(status, None, match.end())
    return found


def _invitations(words: str, lists: _Lists, body: str) -> list[Claim]:
    """ "A and B were invited to join X", "X invited A and B to become members", "an invitation
    extended to A to join X"."""
    found = []
    for match in _INVITED.finditer(words):
        if _DECLINED.search(words, 0, match.start()):
            continue  # "A declined an invitation to join X": no member
        target = words[match.end() : match.end() + 60]
        if not re.match(rf"{body}|(?:full[ ])?members?\b", target):
            continue  # invited to join the talks, as guests
        listed = lists.claim_before("new-member", "invited", match.end("list"))
        found += listed or lists.claim_subject("new-member", "invited", match.start())
    return found


# A body's abbreviation after "the" that ends a list's item ("the US and the EU are …"), not
# one that qualifies a noun ("the NATO eastern flank states"); one the gazetteer knows is a
# country.
_ABBREVIATED_BODY = re.compile(
    r"(?<=\bthe[ ])[A-Z]{2,5}(?=[,;.:)—–]|[ ](?:and|or|plus|as|along|are|were|is|was|have|has)\b|$)"
)
# The bodies that stand beside countries as members under their abbreviation alone, as the
# country table knows "UK": "the G20 countries are …, the US and the EU".
_BODY_NAMES = {"EU": "European Union", "AU": "African Union"}


def listed_body(text: str, run: re.Match[str]) -> bool:
    """Whether a capitalised run among a list's items names a body, a member as the countries
    beside it are: one ending in a body's noun ("the Savanna Union", "the European Commission")
    or an abbreviation after "the" ("the EU")."""
    words = run.group(0).split()
    if len(words) >= 2 and words[-1] in BODY_NOUNS:
        return True
    return _ABBREVIATED_BODY.match(text, run.start()) is not None and len(words) == 1


def listed_body_name(name: str) -> str:
    """A listed body's name, spelt out where an abbreviation alone names it ("EU")."""
    return _BODY_NAMES.get(name, name)


class _Lists:
    """Country lists in one sentence, at offsets within the sentence's words."""

    def __init__(self, text: Text, countries: Gazetteer, sentence: Span) -> None:
        self.text, self.countries, self.sentence = text, countries, sentence

    def end_of_list(self, start: int) -> int:
        """Where the list of countries that begins at ``start`` ends (``start`` if none does);
        a body ("the European Union") may stand in it beside countries, a name the gazetteer
        does not know between two it does, and each item its abbreviation in brackets. The
        item after "and" is the list's last: "A, B and C, and D joined later" lists A, B, C."""
        return self.list_at(start)[0]

    def list_at(self, start: int) -> tuple[int, int, list[Span]]:
        """Where the list that begins at ``start`` ends, how many countries it names, and the
        names between them that no country goes by ("Chinese Taipei")."""
        offset, text = self.sentence.start, self.text.text
        lead = _LIST_LEAD.match(text, offset + start)
        position = lead.end() if lead else offset + start
        end, countries, after_and, unknown = offset + start, 0, False, []
        # "countries A and B, C and D": the pair of a kind is not the list's end
        of_a_kind = lead is not None and lead.group("kind") is not None
        while True:
            item = self._item_at(position)
            if item is None and (item := self._unknown_between(position)) is not None:
                unknown.append(Span(position, item[0]))
            if item is None:
                break
            end, is_country = item
            countries += is_country
            if (abbreviation := _ABBREVIATION.match(text, end, self.sentence.end)) is not None:
                end = abbreviation.end()
            glue = _LIST_GLUE.match(text, end, self.sentence.end)
            also = glue is not None and _AS_WELL_AS.search(glue.group(0)) is not None
            pair_ends = (
                after_and and of_a_kind and glue is not None and glue.group(0).startswith(", ")
            )
            if glue is None or (after_and and not also and not pair_ends):
                break  # "A, B and C as well as D" goes on to D
            of_a_kind = of_a_kind and not pair_ends
            after_and = not also and _LAST_GLUE.search(glue.group(0)) is not None
            position = glue.end()
            if (some := _SUB_LIST.match(text, position, self.sentence.end)) is not None:
                position, after_and = some.end(), False  # "… and 15 nations including C and D"
        # a body alone is a list too: "… to become a member after the Coastal Union"
        listed = countries or (lead and lead.group("count")) or end > offset + start
        return (end - offset if listed else start), countries, unknown

    def every_list(self) -> Iterator[tuple[int, int, int]]:
        """Each list in the sentence: where it begins, how many countries it names, and how
        many of them by name (not by a leader: "Brazil's Ana Ruiz")."""
        offset, end = self.sentence.start, self.sentence.start
        for mention in self.countries.find(self.text.text, offset, self.sentence.end):
            if mention.span.start < end:
                continue
            length, named, _unknown = self.list_at(mention.span.start - offset)
            end = offset + length
            plain = [
                item
                for item in self.countries.find(self.text.text, mention.span.start, end)
                if not (item.adjective or item.possessive or self._after_a_leader(item.span.start))
                and not self._leader_in_brackets(item.span.end)
            ]
            yield mention.span.start - offset, named, len(plain)

    def _after_a_leader(self, position: int) -> bool:
        """Whether the country at ``position`` is named after its leader: "Ana Ruiz of A", or
        in a list's item after the leader's name: "- Ana Ruiz, A"."""
        text, start = self.text.text, max(0, position - 80)
        return (
            _LEADER_BEFORE.search(text, start, position) is not None
            or _NAME_ITEM_BEFORE.search(text, start, position) is not None
        )

    def _leader_in_brackets(self, position: int) -> bool:
        """Whether the country ending at ``position`` has its leader's name in brackets after
        it ("Chile (Ana Ruiz)"), as a list of who came writes it, not a code ("(CL)")."""
        named = _NAME_IN_BRACKETS.match(self.text.text, position, self.sentence.end)
        return named is not None and len(named.group("name").split()) >= 2

    def _item_at(self, position: int) -> tuple[int, bool] | None:
        """Where the country or body named at ``position`` ends, and whether it is a country."""
        text, limit = self.text.text, self.sentence.end
        found = self.countries.find(text, position, min(limit, position + 80))
        if found and found[0].span.start == position:
            mention = found[0]
            leader = mention.adjective or mention.possessive
            if leader and (person := _person_after(text, mention.span.end, limit)):
                return person, True  # "Brazilian Ana Ruiz", "Brazil's Ana Ruiz": Brazil
            if mention.adjective or mention.possessive or name_goes_on(text, mention.span.end):
                return None
            return mention.span.end, True
        run = CAPITALISED_RUN.match(text, position, limit)
        words = run.group(0).split() if run else []
        if run and listed_body(text, run):
            return run.end(), False
        if (named := _LEADER_OF.match(text, position, limit)) is not None:
            after = self.countries.find(text, named.end(), min(limit, named.end() + 60))
            if after and after[0].span.start == named.end() and not after[0].possessive:
                return after[0].span.end, True  # "President Ana Ruiz of Brazil": Brazil
        if run and len(words) >= 2 and text.startswith(" (", run.end()):
            after = self.countries.find(text, run.end() + 2, min(limit, run.end() + 60))
            if after and after[0].span.start == run.end() + 2:
                closed = after[0].span.end
                if text.startswith(")", closed):
                    return closed + 1, True  # "Ana Ruiz (Brazil)": Brazil
        return None

    def _unknown_between(self, position: int) -> tuple[int, bool] | None:
        """A name the gazetteer does not know, read as an item only when a country follows it
        in the same list: "A, Outer Land, B", or one with "and" in it (misspelt: "A, Saint
        Kits and Nevis, B") when a comma, not "and", leads on to that country."""
        text, limit = self.text.text, self.sentence.end
        run = CAPITALISED_RUN.match(text, position, limit)
        if run is None:
            return None
        if (joined := _AND_NAME.match(text, run.end(), limit)) is not None:
            glue = _LIST_GLUE.match(text, joined.end(), limit)
            if glue is not None and not _LAST_GLUE.match(glue.group(0)):
                following = self._item_at(glue.end())
                if following is not None and following[1]:
                    return joined.end(), False
        glue = _LIST_GLUE.match(text, run.end(), limit)
        following = self._item_at(glue.end()) if glue else None
        return (run.end(), False) if following is not None and following[1] else None

    def claim(self, status: str, joined: str | None, start: int) -> list[Claim]:
        """The list that begins at ``start``, unless it is what someone asks or hopes for:
        "called for the return of A and B as full members"."""
        end, _countries, unknown = self.list_at(start)
        offset = self.sentence.start
        if end == start or _WISHED.search(self.text.text, offset, offset + start):
            return []
        region = Span(offset + start, offset + end)
        return [Claim(status, joined, region, self.sentence, is_list=True, unknown=tuple(unknown))]

    def claim_before(
        self,
        status: str,
        joined: str | None,
        end: int,
        last_only: bool = False,
        *,
        or_near: bool = False,
    ) -> list[Claim]:
        """The list that ends at ``end``: "A, B, and the C are members", or only its last item
        when ``last_only``: "A, B and C, the bloc's newest member". An aside that reports who
        says it ("A, the queen said, is a member") stands between the list and its verb; when
        ``or_near``, so may a few words without a comma, the list being the clause's subject:
        "A and B arrived as observers"."""
        offset = self.sentence.start
        if aside := _ASIDE.search(self.text.text, offset, offset + end):
            end = aside.start() - offset
        mentions = self.countries.find(self.text.text, offset, offset + end)
        whole = [m for m in mentions if self.end_of_list(m.span.start - offset) == end]
        # "A and B; C and D are observers": B ends a list of its own, and the one before the
        # verb begins after it
        ends = {offset + self.end_of_list(m.span.start - offset) for m in mentions}
        ends.discard(offset + end)
        whole = [m for m in whole if m.span.end not in ends or m is whole[-1]]
        if not whole and or_near:
            near = [
                (list_end, m)
                for m in mentions
                if _NEAR.fullmatch(
                    self.text.text,
                    offset + (list_end := self.end_of_list(m.span.start - offset)),
                    offset + end,
                )
            ]
            nearest = max((list_end for list_end, _m in near), default=None)
            whole = [m for list_end, m in near if list_end == nearest]
            if whole:  # the clause the list begins, whose lead may name its leaders
                first = whole[0].span.start
                clause = offset + _clause_start(self.text[self.sentence], first - offset)
                if not _SUBJECT_LEAD.fullmatch(self.text.text, clause, first):
                    return []  # "Leaders of A praised the plan of setting up X": not the subject
        if not whole:
            return self._body_before(status, joined, end)
        if _EXCEPT.search(self.text.text, offset, whole[0].span.start):
            return []  # "every state except A and B is a member"
        return self.claim(
            status, joined, (whole[-1] if last_only else whole[0]).span.start - offset
        )

    def _body_before(self, status: str, joined: str | None, end: int) -> list[Claim]:
        """A body named just before ``end``: "the Coastal Union as its newest member"."""
        offset = self.sentence.start
        before = _BODY_BEFORE.search(self.text.text, offset, offset + end)
        words = before.group("name").split() if before else []
        if before is None or len(words) < 2 or words[-1] not in ORGANIZATION_NOUNS:
            return []
        region = Span(before.start("name"), before.end("name"))
        return [Claim(status, joined, region, self.sentence, is_list=True)]

    def claim_owner(self, status: str, joined: str | None, end: int) -> list[Claim]:
        """The country named just before ``end``, by name, possessive or adjective."""
        offset = self.sentence.start
        named = self.countries.find(self.text.text, offset, offset + end)
        if not named or named[-1].span.end != offset + end:
            return []
        return [Claim(status, joined, named[-1].span, self.sentence, owner=True)]

    def claim_subject(
        self, status: str, joined: str | None, end: int, possessive: bool = False
    ) -> list[Claim]:
        """The countries of the clause's subject, a possessive one too ("A's leader") and one
        that names a leader ("Chilean President Ana Ruiz") when ``possessive``."""
        offset = self.sentence.start
        start = offset + _clause_start(self.text[self.sentence], end)
        if dateline := DATELINE.search(self.text.text, offset, offset + end):
            start = max(start, dateline.end())  # "OSAKA, Japan (Wire) -- A's leader …"
        for mention in self.countries.find(self.text.text, offset, start):
            if offset + self.end_of_list(mention.span.start - offset) > start:
                start = mention.span.start  # "A, B, and C have been …": the list is the subject
                break
        named = self.countries.find(self.text.text, start, offset + end)
        # "A, which represents B and C in the council, …": A; but "Ana Ruiz, who leads A, …": A
        asides = [
            Span(aside.start(), aside.end())
            for aside in _RELATIVE_ASIDE.finditer(self.text.text, start, offset + end)
            if any(mention.span.end <= aside.start() for mention in named)
        ]
        named = [
            mention
            for mention in named
            if not any(aside.start <= mention.span.start < aside.end for aside in asides)
        ]
        plain = [
            mention
            for mention in named
            if (possessive and names_a_person(self.text.text, mention.span.end))
            or not (mention.adjective or mention.possessive)
            or (possessive and mention.possessive)
        ]
        if not plain:
            return self._body_subject(status, joined, Span(start, offset + end))
        return self._listed_bodies(status, joined, plain[0].span.start) + [
            Claim(
                status,
                joined,
                Span(mention.span.start, mention.name_end),
                self.sentence,
                owner=mention.adjective or mention.possessive,  # "Chilean", "Chile's": Chile
            )
            for mention in plain
        ]

    def _listed_bodies(self, status: str, joined: str | None, start: int) -> list[Claim]:
        """The subject list that begins at ``start`` as a claim of its own when a body is among
        its items ("A, B and the Savanna Commission are partners"): the countries' status is
        the body's too."""
        offset = self.sentence.start
        listed = Span(start, offset + self.end_of_list(start - offset))
        runs = CAPITALISED_RUN.finditer(self.text.text, listed.start, listed.end)
        if not any(listed_body(self.text.text, run) for run in runs):
            return []
        return [Claim(status, joined, listed, self.sentence, is_list=True)]

    def _body_subject(self, status: str, joined: str | None, subject: Span) -> list[Claim]:
        """A body that is the whole subject, after a dateline if the sentence opens with one:
        "LIMA — The Coastal Union has been granted member status"."""
        named = _A_BODY.fullmatch(self.text[subject].strip())
        if named is None or named.group("name").split()[-1] not in ORGANIZATION_NOUNS:
            return []
        return [Claim(status, joined, subject, self.sentence, is_list=True)]


# a relative clause set off by commas: "…, which represents B and C in the council, …"
_RELATIVE_ASIDE = re.compile(r",[ ](?:which|who|whose)[ ][^,;]*,")
_A_BODY = re.compile(
    rf"(?:[^—–]*(?:[—–]|--)[ ]?)?(?:(?i:the)[ ])?(?P<name>{CAPITALISED_RUN.pattern})"
)


# a dateline that opens a sentence: "OSAKA, Japan, June 28 (Wire) -- "
DATELINE = re.compile(r"(?<![\w-])[A-Z]{2,}(?:[ ][A-Z]{2,})*,?[^—–.;]{0,60}?[ ]?(?:--|[—–])[ ]?")


def _clause_start(words: str, end: int) -> int:
    """Where the clause that ``end`` is in begins: after the last ", and", ", but" or "; "."""
    boundaries = [
        match.end() for match in re.finditer(r",[ ](?:and|but|while)[ ]|;[ ]", words[:end])
    ]
    return boundaries[-1] if boundaries else 0


# A sentence that names the organization, or speaks of members, founders or signatories.
_MEMBERSHIP_WORDS = re.compile(
    r"(?i:\bmembers?\b|\bmember[ -](?:states?|countries|nations)\b|\bfounders?\b"
    r"|\bfounding\b|\bsignator(?:y|ies)\b)"
)
# membership that was once: "formerly members", "which once included A, B and C"
ONCE_A_MEMBER = (
    r"\bformerly\b|\bpreviously[ ](?:members?|full|part)\b"
    r"|\bonce[ ](?:included|comprised|counted|grouped)\b"
)
# What makes a sentence's countries something else than members: guests, observers,
# countries outside it or excepted, ones that left, leaders who attend, visit or arrive, or
# whose participation is told (those come so far, not the roll), or a "not".
_OTHERS = re.compile(
    rf"(?i:{_NOT_MEMBER_WORDS}|\boutside\b|\bexcept\b|\bexception\b|\bexcluding\b|\bapart[ ]from\b"
    r"|\bother[ ]than\b|\bbeyond\b|\bsuspended\b|\bexpelled\b|\bleft\b|\bwithdr[ae]w|\bquit\b"
    r"|\battend|\bparticipation\b|\bvisit|\barriv|\bnot\b|\bnever\b|n['’]t\b|\bno[ ]longer\b|\bneither\b"
    rf"|{ONCE_A_MEMBER}"
    rf"|{WISHED_FOR}|{NEIGHBOURS})"
)
# others who join the listed ("A and B were joined by leaders of C"), but for a body with its
# list set off after its name: "The G7 — A, B and C — is joined by the EU" lists its members
_JOINED_BY = re.compile(r"\bjoined[ ](?:[^.;,]{1,30}?[ ])?by\b")
_SET_OFF_BEFORE = re.compile(r"(?:[—–)]|[ ]-)[ ](?:is|are|was|were)[ ]$")
# a committee or panel named before the list, whose members it gives: "set up a committee
# consisting of A and B's neighbours C, D and E"
_A_PANEL = re.compile(rf"\b{_PANEL}s?\b")
_BROAD_LIST = 3  # countries a list names before the sentence's words make them members
# A list of places or of doers, not of parties: "talks held in A, B and C", "trade with A, B
# and C", "a blockade imposed by A, B and C" (founders are read by their verb); but
# "leaders from A, B and C" are the countries' own.
_PLACES_AFTER = re.compile(
    r"(?i:(?<!leaders[ ])(?<!representatives[ ])(?<!delegations[ ])(?<!delegates[ ])"
    r"(?<!ministers[ ])(?<!envoys[ ])(?<!officials[ ])(?<!,[ ]counterparts[ ])"
    r"(?<!and[ ]his[ ]counterparts[ ])(?<!and[ ]her[ ]counterparts[ ]))"
    r"\b(?i:in|to|from|with|into|across|through|towards?|against|than|near|around|by|visited"
    r"|toured)[ ](?:the[ ])?$"
)


@cache
def meets_the_body(body: str) -> re.Pattern[str]:
    """Where a sentence's subject meets the body's leaders, as others than its members: "met
    their counterparts from the X", "held talks with X leaders", "met the leaders of X"."""
    return re.compile(
        r"[ ](?:met|meet|meets|meeting|(?:held|hold|holds|holding)[ ]talks)(?:[ ]with)?[ ]"
        r"(?:(?:their|the|its|his|her)[ ])?(?:(?:counterparts|leaders|heads[ ]of[ ]state)"
        rf"[ ](?:from|of)[ ](?:the[ ])?(?:[\w-]+[ ]){{0,3}}?{body}|{body}['’]?s?[ ](?:leaders"
        r"|counterparts|heads))"
    )


def broad_claims(
    text: Text, sentence: Span, organization: Organization, countries: Gazetteer
) -> list[Claim]:
    """A list of three or more countries in a sentence that names the organization ("the
    bloc", "member states", "founders") is a list of its members, unless the sentence makes
    them something else (guests, observers, partners, candidates, countries outside it, a
    committee's members); a list of leaders ("Brazilian Ana Ruiz") says who came, not who belongs."""
    words = text[sentence]
    names_the_body, _ = _compiled(names_pattern(organization))
    body = names_the_body.search(_without_where_clauses(words))
    if not ((body and body.group(0) != "It") or _MEMBERSHIP_WORDS.search(words)):
        return []
    if _OTHERS.search(words) or about_another_body(words, body_pattern(organization)):
        return []
    end = len(words)
    if (joined := _JOINED_BY.search(words)) is not None:
        if not _SET_OFF_BEFORE.search(words, 0, joined.start()):
            return []
        end = joined.start()
    # "Leaders of A, B and C met X leaders": others than its members
    meets = meets_the_body(body_pattern(organization)).search(words)
    begin = meets.end() if meets else 0
    lists = _Lists(text, countries, sentence)
    return [
        claim
        for start, named, plain in lists.every_list()
        if begin <= start < end
        and named >= _BROAD_LIST
        and plain == named
        and not _PLACES_AFTER.search(words, 0, start)
        and not _A_PANEL.search(words, 0, start)
        and not _another_bodys_list(words, start, body_pattern(organization))
        and not _told_anothers(words, lists.end_of_list(start), organization)
        and not _WISH_TO_JOIN.match(words, lists.end_of_list(start))
        for claim in lists.claim("member", None, start)
    ]


# "the ambitions of countries such as A, B and C to join the EU": they are not in it yet
_WISH_TO_JOIN = re.compile(r"[ ]to[ ](?:join|become[ ]members?[ ]of)[ ](?:the[ ])?[A-Z]")


_WHERE_CLAUSE = re.compile(r",[ ]where[ ][^,;]*")


def _without_where_clauses(words: str) -> str:
    """The sentence with its clauses on where a place is blanked out: a body named in one
    ("… in Arusha, where the EAC Secretariat is headquartered") is named as the place's
    landmark, and does not make the sentence's list its members."""
    return _WHERE_CLAUSE.sub(lambda clause: " " * len(clause.group(0)), words)


def _told_anothers(words: str, end: int, organization: Organization) -> bool:
    """Whether the list that ends at ``end`` is told members of another body: "A, B and C are
    also members of the Commonwealth"."""
    body = body_pattern(organization)
    return (
        re.match(
            rf"[ ](?:is|are|was|were)[ ](?:also[ ]|all[ ]|long[ ])*members?[ ]of[ ]"
            rf"(?!{body}|both\b)(?:the[ ])?[A-Z]",
            words[end:],
        )
        is not None
    )
