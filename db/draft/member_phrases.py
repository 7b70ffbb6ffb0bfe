"""The phrases that give countries a status in the organization, one rule each, and where each
rule's list of countries is: after the phrase, before it, or the clause's subject.

The phrases: "X includes A, B and C", "its members: A, B", "X, which
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
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from db.draft.lazy_regex import lazy_compile
from db.draft.model import Organization
from db.draft.titles import TITLE
from db.draft.words import BODY_NOUNS, MONTH, NUMBER_WORDS

# "the 10-nation bloc", not another body's name: "the UN Security Council", nor the world at
# large: "the international community", "the global community"
_BODY_WORDS = (
    r"(?:(?i:the|this)[ ](?!(?:international|global|world)[ ]community)(?:[a-z\d][\w-]*[ ]){0,3}?(?i:bloc|group|grouping|alliance|organi[sz]ation"
    r"|union|league|club|partnership|forum|community|association|body|network|council|dialogue)"
    r"|(?i:an?)[ ](?:[a-z\d][\w-]*[ ]){0,3}?(?i:bloc|grouping|alliance|organi[sz]ation|union"
    r"|club|partnership)(?=,?[ ](?:that|which)[ ]))"
)


KIND_WORDS = [
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


ANY_KIND = rf"(?i:{'|'.join(KIND_WORDS)})"


KIND = rf"(?P<kind>{ANY_KIND})"


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
# "the leaders of its member states attending the summit include A's X"
_ATTENDING = (
    r"(?:[ ](?:attending|at|present[ ]at"
    r"|(?:who|that)[ ](?:attended|are[ ]attending|were[ ]attending))"
    r"[ ][^.;,]{1,40}?)?"
)


_STATUS_OF_KIND = {"founding": "founding-member", "founder": "founding-member"}


_STATUS_OF_KIND |= {"original": "founding-member"}


_STATUS_OF_KIND |= {"new": "new-member", "newest": "new-member", "associate": "associate-member"}


_STATUS_OF_KIND |= {"associated": "associate-member"}


_NO_MEMBER_NOW = "suspended"  # a member of that kind is not drafted as one


_CHAIRS = r"(?:chair|chairmanship|presidency)"


# "the rotating X chair", "the X rotating chairmanship", "the chair of X", "its rotating presidency"
_ROTATING = r"(?:(?:rotating|pro[ ]tempore|annual)[ ])?"


# … and in a report on the body, "the rotating chairmanship", not another's: "the chair of Y"
# "the chair of the X Ise-Shima Summit" chairs one meeting, which makes no member of it
NOT_A_MEETING_AFTER = r"(?![ ](?:[A-Z][\w-]*[ ])+(?i:summit|meeting))"


_THE_CHAIR = (
    rf"(?:the[ ]{_ROTATING}(?:(?:{{names}})[ ]{_ROTATING}{{chairs}}|{{chairs}}[ ]of[ ]{{body}}{NOT_A_MEETING_AFTER}"
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
NO_MEMBER_NOW_WORDS = (
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


# … and what ends it: "of X", or the end of the phrase ("A and B are member states being
# represented by their ministers")
_STATUS_END = (
    r"(?:[ ](?:of|in|within)[ ]{body}|(?=[,;.:)]|$|[ ]?(?:--|[—–])|[ ](?:and|while|whereas|but|since|from"
    r"|for|that|which|who|being|represented|attending|participating)\b))"
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


def status_of(kind: str | None, otherwise: str) -> str | None:
    """The status a kind of member has ("founding" members are founders), None for a kind that
    is no member now."""
    kind = (kind or "").lower()
    return None if kind == _NO_MEMBER_NOW else _STATUS_OF_KIND.get(kind, otherwise)


@dataclass(frozen=True)
class Rule:
    """A phrase and where its list is: ``after`` it, ``before`` it, or the clause's
    ``subject`` (a possessive one too when ``possessive``)."""

    pattern: str  # {body}: the organization, or "the bloc"; {names}: its names only
    reads: str  # "after", "before", "subject" or "owner" (the country just before it)
    status: str
    joined: str | None = None
    needs_body: bool = False  # the sentence must name the organization before the phrase
    possessive: bool = False
    or_near: bool = False  # "before", or a list a few words back: "A and B arrived as observers"


# "A and B are attending as full members", and in any tense: "A and B attended the formal
# sessions as Associate Members", "A will take part as a member"
_TAKING_PART_AS = (
    r"[ ](?:(?:are|is|were|was|will[ ]be)[ ](?:attending|taking[ ]part|participating|sitting)"
    r"|(?:will[ ])?(?:attend(?:s|ed)?|(?:takes?|took)[ ]part|participat(?:es?|ed))"
    r"(?:[ ](?:in|at|the)[ ][^.;,]{{1,40}}?)?)"
    r"(?:[ ](?:in|at)[ ][^.;,]{{1,40}}?)?[ ]as[ ](?:(?:an?|the)[ ])?(?:(?:full|new)[ ]"
    r"|(?P<kind>(?i:associate))[ ])?(?i:members?)\b"
    r"(?![ ]of[ ](?!{body}))"
)


_RULES = (
    # "The bloc includes A, B", "X, which comprises A, B", "X stands for A, B", "The bloc,
    # founded in 1991, includes A, B", "The X trade bloc - which includes A and B -"; not
    # "Guests of X included A", nor "X includes A in its summits", which brings A into something
    # else
    Rule(
        r"(?<![ ]of[ ])(?<![ ]of[ ]the[ ]){body}(?:,[ ](?!which|that)[^,;.()]{{1,80}},)?"
        r"(?:,?[ ](?:which|that)|(?:[ ][a-z]+){{0,2}}[ ][—–-][ ](?:which|that))?[ ]"
        r"(?:now[ ]|currently[ ]|also[ ])?(?:(?:includes?|included|involves)"
        r"(?![^.;,]{{1,60}}?[ ]in(?:to)?[ ](?:its|their|the)[ ][a-z])"
        r"|comprises?|comprised|consists[ ]of|is[ ](?:made[ ]up|composed|comprised)[ ]of"
        r"|groups[ ]together|groups"
        r"|unites|encompasses|brings[ ]together|counts"
        r"|stands[ ]for|is[ ]short[ ]for|is[ ]an[ ]acronym[ ]for):?[ ]"
        # … "groups the islands of A, B", "includes the six Black Sea states -- A, B --"
        r"(?:the[ ](?:[\w-]+[ ]){{0,4}}?(?:islands|countries|nations|states|economies)"
        r"(?:[ ]of[ ]|[ ]?(?:--|[—–:])[ ]?))?",
        "after",
        "member",
    ),
    Rule(
        r",?[ ](?:comprising|consisting[ ]of|made[ ]up[ ]of|grouping|bringing[ ]together"
        r"|an[ ]acronym[ ]for|short[ ]for)[ ]",
        "after",
        "member",
        needs_body=True,
    ),
    # "X was created in 2014 … and was then made up of A, B and C", "X was originally
    # composed of A and B": those it had when it began
    Rule(
        r"(?:\b(?:created|founded|established|formed|launched|set[ ]up)\b[^.;]{{0,80}}?"
        r"[ ](?:was|were)[ ]then|[ ](?:was|were)[ ](?:initially|originally|at[ ]first))"
        r"[ ](?:made[ ]up|composed|comprised)[ ]of[ ]",
        "after",
        "founding-member",
        "founder",
        needs_body=True,
    ),
    # "The bloc started in 2006 with A, B and C", "X began with A and B", "X was founded in
    # 2006 with three members: A, B and C"
    Rule(
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
    Rule(
        r"{body}(?:\)?[ ][A-Z][\w-]*)?[ ](?:was|were)[ ](?:launched|founded|created|set[ ]up"
        r"|established|formed)(?:[ ]in[ ]\d{{4}})?[ ](?:at|on|upon)[ ]the[ ](?:joint[ ])?"
        r"initiative[ ]of[ ](?:the[ ](?:leaders|presidents|heads[ ]of[ ]state|prime[ ]ministers"
        r"|governments)[ ]of[ ])?",
        "after",
        "founding-member",
        "founder",
    ),
    # "The bloc, which originally comprised A, B and C, …"
    Rule(
        r"{body}(?:,?[ ](?:which|that))?[ ](?:was[ ]|were[ ])?(?:originally|initially|first)[ ]"
        r"(?:comprised|included|consisted[ ]of|made[ ]up[ ]of|grouped|brought[ ]together)[ ]",
        "after",
        "founding-member",
        "founder",
    ),
    # "the bloc's founding members are A, B", "its members: A, B", "X, whose members also
    # include A"
    Rule(
        r"(?:{body}|(?i:its)|{body},[ ]whose)['’]?s?[ ](?:\d+[ ]|(?!founding|original|associate)[a-z]+[ ])?"
        r"(?:(?P<kind>founding|original|associate)[ ])?"
        r"members(?:[ ]states|[ ]countries)?(?:[ ]also)?(?:[ ]?(?:--|[—–:-])[ ]?|,[ ]"
        r"|{attending}[ ](?:are|were|include|included)[ ]|[ ]such[ ]as[ ]|[ ]including[ ])",
        "after",
        "member",
    ),
    # "X's name comes from the initials of the founding states: A, B and C", "the original
    # members were A and B", in a sentence that names the body
    Rule(
        r"\bthe[ ](?P<kind>founding|original)[ ](?:member[ ])?(?:states|countries|nations|members)"
        r"(?:[ ]?(?:--|[—–:])[ ]?|[ ](?:are|were)[ ])",
        "after",
        "member",
        needs_body=True,
    ),
    # "X countries that attended the meeting included A, B": the body's own states
    Rule(
        r"(?<![\w-])(?:{names})[ ](?:member[ ])?(?:states|countries|nations){attending}"
        r"[ ](?:are|were|include|included)[ ]",
        "after",
        "member",
    ),
    # "The two biggest members, A and B, …": members the report's body has, named in apposition;
    # "The founding three members, A, B and C": of that kind
    Rule(
        r"(?:^|[,;][ ])(?i:the|its)[ ](?:{kind}[ ](?:[a-z\d][\w-]*[ ]){{0,2}}"
        r"|(?:(?!{not_now}\b)[a-z\d][\w-]*[ ]){{1,3}})members"
        r"(?:[ ](?:states|countries|nations))?,[ ](?=[^.;]*,)",
        "after",
        "member",
    ),
    # "… the second bloc to become a permanent member after A": A was one before
    Rule(
        r"\b{ordinal}[ ](?:[\w-]+[ ]){{0,3}}?to[ ](?:become|be[ ]made|join[ ]as)[ ](?:an?[ ])?"
        r"(?:(?:full|permanent)[ ])?member[ ]after[ ]",
        "after",
        "member",
    ),
    # "The latest country to join, A, …"
    Rule(
        r"\b(?:newest|latest)[ ](?:member|country|nation|state)(?:[ ]to[ ]join)?,?[ ](?:is[ ])?",
        "after",
        "new-member",
    ),
    # "fellow X members A and B", "X countries such as A", "X allies A and B", "members of X
    # such as A", "the member countries of X, namely A and B"
    Rule(
        r"(?:(?:{names})[ ](?:member[ -])?(?:states|countries|nations|members|economies|allies|ally)"
        r"|\b(?i:members|member(?=[ -][a-z]))(?:[ -](?:states|countries|nations))?[ ]of[ ]{body}"
        r"(?:[ ]\([A-Z][\w-]{{1,9}}\))?,?(?=[ ](?:such|like|incl|namely)))"
        r"(?:,?[ ](?:such[ ]as|like|including|namely|of))?(?:[ ]?(?:--|[—–:])[ ]?|[ ]\(?)",
        "after",
        "member",
    ),
    # "The X Heads of State and Government from A, B and C", "X leaders from A and B", "his X
    # counterparts from A and B", "her X counterparts – P (A), Q (B) and R (C)", "X leaders —
    # A's P, B's Q and C's R —"
    Rule(
        r"(?:{names})[ ](?:(?:(?i:heads?)[ ]of[ ](?i:states?)(?:[ ]and[ ](?i:governments?))?"
        r"|(?i:leaders|heads[ ]of[ ]government))[ ]from[ ]"
        r"|(?i:counterparts|leaders)(?:[ ]from[ ]|[ ]?(?:--|[—–:])[ ]?))",
        "after",
        "member",
    ),
    # "A, B and C founded X", "A and B created the bloc based in C", "A and B signed an accord
    # creating X", "A and B, countries that formed the alliance in 2005"; not "founded the X fund"
    Rule(
        r"(?:,[ ](?:the[ ])?(?:countries|nations|states)[ ](?:that|which)(?=[ ][a-z]+ed[ ]))?"
        r"(?:[ ](?:co-)?founded[ ]{body}(?!['’])|[ ](?:formed|created|established|launched|set[ ]up"
        r"|setting[ ]up|creating|establishing|founding)[ ]{core})(?![ ](?!{small}\b|[a-z]+ed\b)[a-z])",
        "before",
        "founding-member",
        "founder",
        or_near=True,
    ),
    # "A, B — both members of X", "A and B are members of X", and a list set off by dashes, a
    # spaced hyphen too in plain wire copy: "The guests - A and B - are all members of X"
    Rule(
        r"(?:(?:,|[ ](?:--|[—–]))[ ](?:which[ ]is[ ]|itself[ ])?|(?:[ ](?:--|[—–-]))?[ ](?:is|are|was|were|has[ ]been"
        r"|have[ ]been|remains|remain)[ ])(?:a[ ]|an[ ]|the[ ]|(?:one[ ]of|among)[ ]the[ ]|all[ ]|both[ ]"
        r"|also[ ])*(?:(?:{kind}[ ])?members?|(?<=the[ ])(?:[a-z]+[ ]){{0,2}}(?:states|countries"
        r"|nations))[ ]of[ ]{body}",
        "before",
        "member",
    ),
    # "A and B are members, and C is an observer"; "A's membership in the bloc", "Armenian
    # membership in the bloc"
    Rule(r"[ ](?:full[ ])?membership[ ](?:in|of)[ ]{body}", "owner", "member"),
    # "A values its membership of the bloc": the subject's own membership
    Rule(
        r"[ ](?:values|cherishes|treasures|retains|keeps|maintains)[ ]its[ ](?:full[ ])?"
        r"membership[ ](?:in|of)[ ]{body}",
        "subject",
        "member",
    ),
    # "A's membership was approved", "A's membership to the bloc will be made official",
    # "leaders endorsed A's bid to join the bloc", "upgraded A's membership from an observer to
    # a full member"
    Rule(
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
    Rule(
        r"[ ](?:acceptance|admission)[ ]as[ ](?:an?|the|its|{body}['’]s?)[ ](?:{ordinal}[ ])?"
        r"(?:full[ ]|new[ ])?member\b",
        "owner",
        "new-member",
    ),
    # "foreign ministers from A, B, C and D (XYZ)": the countries the body's capitals stand for,
    # a list that ends with them
    Rule(r"[ ]\((?:{names})\)(?P<list_end>)", "before", "member"),
    # "A, B and C are also part of the bloc", "A and B belong to it", "A, a member since 2010"
    Rule(
        r"[ ](?:(?:is|are)[ ](?:also[ ]|both[ ]|all[ ])*part[ ]of|belongs?[ ]to)[ ]{core}",
        "before",
        "member",
    ),
    # "A, B and C make up the bloc"; "the countries that make up X are A and B", "… that make it
    # up are A and B", "… that make up the bloc (A and B)" where the sentence names it
    Rule(r"[ ](?:make|makes|made)[ ]up[ ]{core}", "before", "member"),
    # "the countries that make up X (19 in one region, in addition to A, B and C)"
    Rule(
        r"\b(?i:countries|nations|states|members)[ ](?:that|which)[ ](?:make|made)[ ]up[ ]{body}"
        r"[ ]\([^()]*?(?:in[ ]addition[ ]to|besides|plus|as[ ]well[ ]as|including)[ ]",
        "after",
        "member",
    ),
    Rule(
        r"\b(?i:countries|nations|states|members)[ ](?:that|which)[ ](?:make|made)[ ]"
        r"(?:it[ ]up|up[ ]{body})(?:[ ](?:are|were|include|included)[ ]|[ ]\()",
        "after",
        "member",
        needs_body=True,
    ),
    # "The bloc's founders are A, B and C", "Its founders, A and B, …"
    Rule(
        r"(?:(?i:its)|{body}['’]s?)[ ](?:\w+[ ])?founders(?:[ ](?:are|were|include|included)[ ]"
        r"|,[ ](?=[^.;]*,)|[ ]?(?:--|[—–:])[ ]?)",
        "after",
        "founding-member",
        "founder",
    ),
    # "Its membership includes A"
    Rule(
        r"(?:(?i:its)|{body}['’]s?)[ ]membership[ ](?:includes|included|comprises|spans)[ ]",
        "after",
        "member",
    ),
    # "A joined as its newest member", "A, the bloc's newest member"
    Rule(
        r"(?:[ ]joined[ ]as|,|[ ]?(?:--|[—–]))[ ]?(?:its|the|[\w-]+['’]s)[ ](?:[\w-]+['’]s[ ])?{ordinal}"
        r"[ ](?:members?|(?:country|nation|state|economy)[ ]to[ ]join)\b"
        # "A, the last country to join", "A, the most recent member to join the bloc"
        r"|,[ ]the[ ](?:last|most[ ]recent)[ ](?:member|country|nation|state|economy)[ ]to[ ]join\b",
        "before",
        "new-member",
    ),
    Rule(
        r",[ ](?:a|an|the|both|all)[ ](?:\w+[ ])?(?:fellow[ ]|founding[ ])?(?:{names})[ ]"
        r"(?:members?(?:[ ]states?|[ ]countries|[ ]nations?)?|countries|nations|states)\b",
        "before",
        "member",
    ),
    # "welcomed A and B as new members", "with C as an associate member"
    Rule(
        r"[ ]as[ ](?:its[ ]|the[ ]|an?[ ])?(?:[\w-]+['’]s[ ])?(?:(?P<kind>new|full|associate|permanent|founding)|{ordinal})[ ]members?\b",
        "before",
        "new-member",
    ),
    # "A, the current X chair", "A, the bloc's current chair", "A is the current X chair"
    Rule(
        r"{is_the}(?:the[ ])?{chair_kind}?{body}['’]?s?[ ]{chair_kind}?(?:rotating[ ])?chair(?:man)?\b",
        "before",
        "member",
    ),
    Rule(
        r"{is_the}(?:the[ ])?{chair_kind}?chair(?:man|person)?[ ]of[ ]{body}" + NOT_A_MEETING_AFTER,
        "before",
        "member",
    ),
    # the office before the country, as a title: "hosted by current X chair A"; or set off
    # after it: "the bloc's current chair, A, …"
    Rule(
        r"\b{chair_kind}?(?:{names})[ ]chair(?:man|person)?[ ]"
        r"|{body}['’]s[ ]{chair_kind}?chair(?:man)?,[ ]",
        "after",
        "member",
    ),
    # "A, the outgoing chair, …", "A is the incoming chair."
    Rule(
        r"{is_the}the[ ](?:current|rotating|outgoing|incoming|new)[ ]chair(?:man|person|woman)?"
        r"(?=[,;.)]|[ ]?(?:--|[—–]))",
        "before",
        "member",
    ),
    # "B succeeded A as chair", "B, which succeeds A as the bloc's chair"
    Rule(
        r"[ ](?:succeeds|succeeded|will[ ]succeed|replaces|replaced|will[ ]replace)[ ]"
        r"(?=[^.;,]{{1,40}}?[ ]as[ ](?:the[ ]|its[ ]|{body}['’]s[ ])?{chair_kind}?"
        r"(?:chair(?:man|person|woman)?|president)\b(?![ ]of[ ](?!{body})))",
        "after",
        "member",
    ),
    Rule(
        r"[ ](?:succeeds|succeeded|will[ ]succeed|replaces|replaced|will[ ]replace)[ ]"
        r"[^.;,]{{1,40}}?[ ]as[ ](?:the[ ]|its[ ]|{body}['’]s[ ])?{chair_kind}?"
        r"(?:chair(?:man|person|woman)?|president)\b(?![ ]of[ ](?!{body}))",
        "subject",
        "member",
    ),
    Rule(
        r"[ ](?:(?:took|take|takes|taking)[ ](?:over|up)|assumed|assumes|holds|hold|holding|took"
        r"|(?:hand|hands|handed|handing|pass|passes|passed|passing)(?:[ ]over)?)[ ]{the_chair}",
        "subject",
        "member",
        possessive=True,  # "Chilean President Ana Ruiz took over the chair": Chile
    ),
    # "… handed the chair of X to B", "… took over the bloc's chair on Saturday from B"
    Rule(
        r"[ ](?:hand|hands|handed|handing|pass|passes|passed|passing|took|take|takes|taking)"
        r"(?:[ ]over|[ ]up)?[ ]{the_chair}(?:[ ]over)?(?:[ ](?:on|in|at)[ ][\w-]+(?:[ ]\d+)?)?"
        r"[ ](?:to|from)[ ]",
        "after",
        "member",
    ),
    # "the chairmanship was handed over from A's leader to B's", passive
    Rule(
        r"\b{chairs}[ ](?:was|were|has[ ]been|is|will[ ]be)[ ](?:formally[ ])?(?:handed|passed)"
        r"(?:[ ]over)?[ ]from[ ]",
        "after",
        "member",
    ),
    Rule(
        r"\b{chairs}[ ](?:was|were|has[ ]been|is|will[ ]be)[ ](?:formally[ ])?(?:handed|passed)"
        r"(?:[ ]over)?(?:[ ]from[ ][^.;]{{1,80}}?)?[ ]to[ ](?:(?:his|her|its|their)[ ])?",
        "after",
        "member",
    ),
    # "the transition of the Chair of X from A to B", "the handover of the presidency from A
    # to B": the chair passes between two members, told as a noun
    Rule(rf"{_CHAIR_PASSING}[ ]from[ ]", "after", "member"),
    Rule(rf"{_CHAIR_PASSING}[ ]from[ ][^.;]{{{{1,80}}}}?[ ]to[ ]", "after", "member"),
    # "A, which chairs the bloc", "A currently chairs it", "B will chair the bloc next"
    Rule(
        r"[ ](?:currently[ ]|now[ ])?(?:chairs|chaired|is[ ]chairing|will[ ]chair)[ ]{core}",
        "subject",
        "member",
    ),
    # "A's return to the bloc", "the readmission of A into the bloc", "voted to return A to the
    # bloc": a member again
    Rule(
        r"['’]s?[ ](?:return|readmission|re-admittance|re-admission)[ ](?:to|into)[ ]{body}",
        "owner",
        "member",
    ),
    Rule(
        r"\b(?:(?:readmission|re-admittance|re-admission|return)[ ]of|return|returned|readmit"
        r"|readmitted|reinstate|reinstated)[ ](?=[^.;]{{1,40}}?[ ](?:to|into)"
        r"[ ](?:the[ ][\w-]+[ ])?{body})",
        "after",
        "member",
    ),
    # "A and B are attending as full members for the first time" (new ones), "… as members"
    Rule(
        rf"{_TAKING_PART_AS}(?=[^.;]*\bfor[ ]the[ ]first[ ]time\b)",
        "subject",
        "new-member",
    ),
    Rule(_TAKING_PART_AS, "subject", "member"),
    # "A's leader and the president of B were the only heads of state from the 22-member X"
    Rule(
        r"[ ](?:are|were)[ ](?:the[ ])?(?:only[ ])?(?:leaders|heads[ ]of[ ]state)[ ]from[ ]"
        r"(?:the[ ])?(?:[\w-]+-member[ ])?{body}",
        "subject",
        "member",
        possessive=True,
    ),
    # "A returned to the bloc"; "A was readmitted last month", to no other body than the one
    # the report is on
    Rule(
        r"[ ](?:has[ ]|have[ ])?(?:rejoined|returned[ ]to|(?:was|were)[ ]readmitted[ ](?:to|into))"
        r"[ ]{body}|[ ](?:was|were|(?:has|have)[ ]been)[ ]readmitted\b(?![ ](?:to|into|as)\b)",
        "subject",
        "member",
    ),
    # "Ana Ruiz of A has been elected chair of X", "A's leader was named president of the bloc",
    # "Chilean President Ana Ruiz was elected new X (XY) chairperson"
    Rule(
        r"[ ](?:is|was|were|has[ ]been|have[ ]been|had[ ]been|been)[ ](?:\w+ly[ ])?(?:elected"
        r"|named|appointed|chosen)[ ](?:as[ ])?(?:the[ ])?(?:new[ ])?{chair_kind}?"
        r"(?:(?i:chair(?:man|person|woman)?|president)[ ]of[ ]{body}|(?:{names})[ ](?:\([^()]{{1,12}}\)[ ])?"
        r"(?i:chair(?:man|person|woman)?)\b)",
        "subject",
        "member",
        possessive=True,
    ),
    # "A, B and C … their decision to withdraw from the bloc": members until they go
    Rule(
        r"(?:[ ][a-z][\w-]*){{0,8}}?[ ](?:their|its)[ ](?:[a-z]+[ ])?(?:decision|plan|intention"
        r"|threat|move|announcement|vote)s?[ ]to[ ](?:withdraw[ ]from|leave|quit|exit|pull[ ]out"
        r"[ ]of)[ ]{body}",
        "before",
        "member",
    ),
    # "A's president met the leaders of 19 other leading economies", "… of the other member
    # states": one of them
    Rule(
        r"[ ](?:met|meets|meet|joined|joins|join)(?:[ ]with)?[ ](?:the[ ])?(?:leaders|heads|presidents)"
        r"[ ]of[ ](?:the[ ])?(?:(?:\d{{1,2}}|{number})[ ]other[ ](?:[\w-]+[ ]){{0,2}}?(?:members|countries"
        r"|economies|nations|states)|other[ ](?:{names}[ ])?(?:members|member[ ](?:states|countries"
        r"|nations|economies)))\b",
        "subject",
        "member",
        possessive=True,
    ),
    # "A's leader joined the summit with other X leaders": the "other" makes A's a member's
    Rule(
        r"[ ](?:with|alongside|along[ ]with|and|joined[ ]by)[ ](?:the[ ])?other[ ](?:{names})"
        r"[ ](?:leaders|heads[ ]of[ ]state|counterparts|presidents)\b",
        "subject",
        "member",
        possessive=True,
    ),
    # "A is in the process of leaving X", "B plans to quit the bloc", "C has decided to leave"
    Rule(
        r"[ ](?:(?:is|are)[ ](?:\w+[ ])?(?:in[ ]the[ ]process[ ]of[ ]|about[ ]to[ ]|set[ ]to[ ]"
        r"|(?:planning|preparing|threatening|moving)[ ]to[ ])?|(?:plans|intends|threatens|wants"
        r"|has[ ]decided|have[ ]decided|has[ ]voted|have[ ]voted)[ ]to[ ])(?:leav(?:e|ing)|quit(?:ting)?"
        r"|exit(?:ing)?|withdraw(?:ing)?[ ]from|pull(?:ing)?[ ]out[ ]of)[ ]{body}"
        r"(?![ ](?:summit|meeting|talks|conference|session|gathering)\b)",
        "subject",
        "member",
    ),
    # "a summit welcoming back A", "brings A back into the fold"
    Rule(r"\b(?:welcom(?:e|es|ed|ing))[ ]back[ ]", "after", "member"),
    Rule(r"[ ]back[ ](?:in|into|to)[ ](?:the[ ]fold|{core})", "before", "member"),
    # "trade with A, B and the rest of X": the states before "the rest" are of it too
    Rule(r",?[ ]and[ ]the[ ]rest[ ]of[ ]{body}", "before", "member"),
    # "with A and B as observers", "A and B are invited to the meeting as observer states",
    # "leaders of A and B attended as heads of X observer states", "welcomed as "partners"",
    # "admitted A as an X observer country and B as its observer organisation"
    Rule(
        r"[ ]as[ ](?:(?:an?|its)[ ])?(?:(?i:heads|leaders|representatives|envoys)[ ]of[ ](?:the[ ])?"
        r"(?:{names}[ ])?|(?:{names})[ ])?[\"“‘]?{role}\b",
        "before",
        "observer",
        or_near=True,
    ),
    # "The X observer states will be represented at the summit by A's leader, B's …"
    *(
        Rule(
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
    Rule(
        r"[ ](?:is|are|was|were|has|have)[ ](?:also[ ])?(?:been[ ])?(?:invited[ ])?as[ ]an?[ ]"
        r"permanent[ ]guests?\b",
        "subject",
        "observer-or-partner",
    ),
    # "A, B and C (member countries)", "D and E (dialogue partners)": the label after a list
    Rule(
        r"[ ]\((?:{kind}[ ])?(?i:members|member[ ](?:states|countries|nations))\)",
        "before",
        "member",
    ),
    Rule(r"[ ]\({role}\)", "before", "observer"),
    Rule(r"[ ]\((?i:associates?)\)", "before", "associate-member"),  # "C (associate)"
    # "A's entry into the bloc was approved", "B's accession to the bloc": a member new to it,
    # not one that entered in a year gone by ("C's entry into the bloc in 1995")
    Rule(
        r"['’]s?[ ](?:entry|accession|admission)[ ](?:in)?to[ ]{body}(?![ ]in[ ]\d{{4}})",
        "owner",
        "new-member",
    ),
    # "the admission of A into the bloc", "with B and C joining in 2007"
    Rule(r"\b(?:admission|accession)[ ]of[ ]", "after", "new-member", needs_body=True),
    # "X, a group dominated by A and B": who leads it belongs to it
    Rule(
        r",[ ]an?[ ](?:[a-z][\w-]*[ ]){{0,3}}?(?:bloc|group|grouping|alliance"
        r"|organi[sz]ation|union|club),?[ ](?:dominated|led|anchored)[ ]by[ ]",
        "after",
        "member",
        needs_body=True,
    ),
    # "announced the acceptance of A and B as members": the body left unsaid
    Rule(
        r"\b(?:acceptance|admission|accession)[ ]of[ ]"
        r"(?=[^.;]{{1,80}}?[ ]as[ ](?:(?:full|new)[ ])?members\b)",
        "after",
        "new-member",
    ),
    # a heading: "Admission of A, Sixth Associate Member"
    Rule(
        r"\b(?i:admission|accession)[ ]of[ ](?=[^.;,]{{1,40}},[ ](?:(?:the|its|a|an)[ ])?"
        r"(?:(?!(?i:candidate|prospective|potential|future|would-be|aspiring|non)\b)[\w-]+[ ])"
        r"{{0,2}}(?i:members?)\b)",
        "after",
        "new-member",
    ),
    Rule(r"[ ]joining[ ](?:in[ ]\d{{4}}|later|since)\b", "before", "member"),
    # "A and B will join C, D and E", "A joins C, D and E": those it joins are its members; not
    # where the sentence makes A an observer first ("A would obtain observer status, joining C,
    # D and E", whom the observer's status reads), nor those a guest comes along with ("A
    # attended, joining C and D")
    Rule(
        r"^(?:(?!(?i:observer))[^.;])*?\b(?:will[ ]join|joins|joined)[ ]"
        r"(?=[A-Z][^.;]{{0,40}}?(?:,|[ ]and)[ ])",  # countries, not "joined the EU in 2007, …"
        "after",
        "member",
    ),
    # "the bloc expanded last year to include A and B"
    Rule(
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
    Rule(
        r"\b(?i:membership)[ ](?:was|were|has[ ]been|had[ ]been|is[ ]being)[ ](?:extended|opened"
        r"|granted|given)[ ]to[ ]",
        "after",
        "member",
    ),
    Rule(
        r"\b(?i:observer)[ ]status[ ](?:was|were|has[ ]been|had[ ]been)[ ](?:granted|given"
        r"|awarded|extended)[ ]to[ ]",
        "after",
        "observer",
    ),
    # "the bloc welcomed A and B as members", "admitted C as a member"
    Rule(
        r"\b(?:welcomed|welcomes|welcoming|admitted|admits|admitting|accepted|accepts|accepting)"
        r"[ ](?=[^.;]{{1,120}}?[ ]as[ ](?:(?:a|an|the|its)[ ])?(?:[\w-]+['’]s[ ])?(?:[\w-]+[ ])?"
        r"members?\b)",
        "after",
        "new-member",
    ),
    # "X will make A a full member next month", "made B its 11th member": a member new to it;
    # not "made A's minister a member of its audit panel"
    Rule(
        r"\b(?:make|makes|made|making)[ ](?=(?:the[ ])?[A-Z][^.;,]{{0,40}}?[ ](?:an?|its|the)[ ]"
        r"(?:[\w-]+[ ])?(?:(?:full|new|permanent)[ ])?member\b(?![ ]of[ ](?!{body})))",
        "after",
        "new-member",
        needs_body=True,
    ),
    # "A and eleven other countries accepted C as a member of X": who admit a member are members
    Rule(
        r"[ ](?:formally[ ]|officially[ ]|unanimously[ ])?(?:admitted|accepted)[ ]"
        r"(?=[^.;]{{1,80}}?[ ]as[ ](?:an?|the|its)[ ](?:(?:new|full)[ ])?member[ ]of[ ]{body})",
        "subject",
        "member",
    ),
    # "The bloc, which groups A and B, formally admitted C at the summit": the body admits
    Rule(
        r"{body}(?:,[ ](?:which|that)[ ][^.;]*?,)?[ ](?:formally[ ]|officially[ ]|also[ ])?"
        r"(?:admitted|admits|has[ ]admitted|will[ ]admit)[ ](?=(?:the[ ])?[A-Z])",
        "after",
        "new-member",
    ),
    # "founded in 2009 with A, B and C"
    Rule(
        r"\b(?:founded|established|created|formed|launched)(?:[ ]in[ ]\d{{4}})?[ ]with[ ]",
        "after",
        "founding-member",
        "founder",
    ),
    # "key partners including A and B"; "A and B have been designated "partner countries""
    Rule(
        r"(?<!trading[ ])(?<!trade[ ])(?<!dialog[ ])(?<!dialogue[ ])(?<![\w-])partners(?:[ ]countries)?,?[ ](?:including|such[ ]as"
        r"|like)[ ]",
        "after",
        "observer-or-partner",
        needs_body=True,
    ),
    # "the strategic partners of the bloc - A, B and C -", "its partners: A and B", "the
    # bloc's key partners, A and B, …": its partners set off after it
    Rule(
        r"(?:(?:{body}['’]s?|\b(?i:its))[ ]{kind_of_partner}partners"
        r"|(?<!trading[ ])(?<!trade[ ])(?<!dialog[ ])(?<!dialogue[ ])\b{kind_of_partner}partners"
        r"[ ]of[ ]{body})(?:[ ]?(?:--|[—–:-])[ ]?|,[ ](?=[^.;]*,))(?:the[ ])?",
        "after",
        "observer-or-partner",
    ),
    # "partner countries A and B", "the partner countries are A and B"; "A and B were named
    # partner countries", "became partners", "are ASEAN partners"; not partners of each other:
    # "A and B were "partners, not rivals""
    Rule(
        r"(?<!trading[ ])(?<!trade[ ])(?<![\w-])(?i:partner)[ ](?:countries|states|nations)"
        r"(?:,?[ ](?:including|such[ ]as|like)|[ ](?:are|were|include|included))?"
        r"(?:[ ]?(?:--|[—–:])[ ]?|[ ])",
        "after",
        "observer-or-partner",
    ),
    Rule(
        r"[ ](?:(?:became|become|joined)[ ](?:as[ ])?"
        r"|(?:(?:have|has)[ ]been|were|was|are|is)[ ](?=(?:designated|named|made|admitted"
        r"|accepted|(?:an?[ ])?(?:official[ ])?(?:{names}))[ ]))"
        r"(?:(?:designated|named|made|admitted|accepted)[ ](?:as[ ])?)?(?:an?[ ])?(?:official[ ])?"
        r"(?:(?:{names})[ ])?[\"“]?(?i:partners?)(?:[ ](?:countries|country|states?|nations?))?\b",
        "subject",
        "observer-or-partner",
    ),
    # "observer states at the meeting included A", "observers A and B", "A, an observer state"
    Rule(
        r"(?i:\bobserver(?:s|[ ]states|[ ]countries|[ ]nations|[ ]members)?[ ]and[ ](?:dialog(?:ue)?[ ])?"
        r"partners{filler}[ ](?:include|includes|included|are|were))[ ]",
        "after",
        "observer-or-partner",
    ),
    Rule(
        r"(?i:\b{role}{filler}(?:,?[ ](?:which|that))?[ ](?:include|includes|included|are|were))[ ]",
        "after",
        "observer",
    ),
    # "Its members are A, B", "Associate members are C and D" (of that kind), "Presidents of
    # member-states attending the meeting include A of B; C of D"
    Rule(
        r"\b(?:(?i:other|current|its)[ ])?(?:{kind}[ ])?(?i:members|member[ -](?:states|countries"
        r"|nations|economies)){attending}[ ]"
        r"(?:include|are|included|were)[ ]",
        "after",
        "member",
    ),
    # "observers such as A", "the bloc's eight dialogue partners — A, B and C", and a box's
    # line: "Observers (2): A, B"
    Rule(
        r"\b{role}(?:,?[ ](?:such[ ]as|like|including)|[ ]\(\d+\):)?(?:[ ]?(?:--|[—–])[ ]?|[,:]?[ ])",
        "after",
        "observer",
    ),
    Rule(
        r"[ ](?:in|with)[ ](?:an[ ])?observer(?:['’]s)?[ ]status\b",
        "subject",
        "observer",
        possessive=True,
    ),
    # A status a country is granted or gains, whatever the verb: "A has been granted observer
    # status", "B gained the status of associate member", "C was given full membership"; and
    # "X granted D partner status"; not another body's: "E received partner status from the Y"
    *(
        Rule(
            rf"{{granted}}(?:the[ ])?(?:{what})\b{{not_another_bodys}}",
            "subject",
            status,
        )
        for what, status in _GRANTED_STATUSES
    ),
    *(
        Rule(
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
        Rule(
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
        Rule(
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
    # member"; capitalised as a communiqué writes the status ("B, an Associate Member of X,",
    # "A and B are member-States being represented by their ministers").
    Rule(
        r"{status_phrase}(?:{kind}[ ](?:(?:{names})[ ])?)?(?:(?i:members?(?:[ -](?:states?|countries"
        r"|country|nations?))?)"
        r"|(?P<founders>founders|(?i:founding|founder)[ ](?:(?:{names})[ ])?{states})"
        r"|(?P<associates>(?i:associate)[ ](?:(?:{names})[ ])?{states})){status_end}",
        "before",
        "member",
    ),
    # … and an observer or partner: "A, which is also an observer", "A — an observer —", "A and
    # B, both observer states", "A and B, the bloc's dialogue partners"
    Rule(r"{status_phrase}{role}{status_end}", "before", "observer"),
    # "X invited A, B and C as partner states"
    Rule(
        r"[ ]as[ ](?:{names}[ ])?partner[ ](?:countries|states|nations)\b",
        "before",
        "observer-or-partner",
        or_near=True,
    ),
    # "A, a permanent guest, and B were invited", "A — a permanent guest of X — attended"
    Rule(r"{status_phrase}permanent[ ]guest{status_end}", "before", "observer-or-partner"),
    # "A, B and the leaders of the other member states": A and B are members too
    Rule(
        r"[ ]and[ ](?:the[ ])?(?:(?:leaders|heads|presidents|representatives|delegations)[ ]of"
        r"[ ](?:the[ ])?)?other[ ](?:(?:{names}|[a-z]+)[ ]){{0,2}}(?:members|member[ -](?:states|countries"
        r"|nations))\b",
        "before",
        "member",
    ),
    # "As a member of X, A …", "As founding members of the bloc, A and B …", "As Associate
    # Members, C and D …"
    Rule(
        r"(?:^|[,;][ ])(?i:as)[ ](?:(?:a|an|the)[ ])?(?:{kind}[ ])?(?i:members?)(?:[ ]of[ ]{body})?,[ ]",
        "after",
        "member",
    ),
    # … and a communiqué's label opening the sentence: "Associate Member, C was represented by"
    Rule(r"^{kind}[ ](?i:members?),[ ]", "after", "member"),
)


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
    if (region := _region_of(organization.name)) is not None:
        names.append(rf"(?<=\b[Tt]he[ ]){_COUNT}[ ]{region}[ ](?:states|nations|countries)")
    return f"(?:{'|'.join(names)})"  # one group: a pattern may follow it with more


# "the six Gulf states" of the Gulf Cooperation Council, "the 15 West African states" of the
# Economic Community of West African States: the members, counted, by the region the name
# gives; not "Gulf states" uncounted, which news writes of any states on the Gulf
_COUNT = rf"(?:\d+|{'|'.join(NUMBER_WORDS)})"
_NOT_A_REGION = BODY_NOUNS | {
    "Economic",
    "Development",
    "Conference",
    "Summit",
    "Meeting",
    "States",
    "Nations",
    "Countries",
    "Independent",
    "Treaty",
    "Free",
    "Trade",
}


def _region_of(name: str) -> str | None:
    """The first run of words in the body's name that names a region or a people ("West
    African", "Gulf", "Arab"), as a pattern; None for a name without one."""
    run: list[str] = []
    for word in name.split():
        if word[:1].isupper() and word not in _NOT_A_REGION and word.lower() not in NUMBER_WORDS:
            run.append(word)
        elif run:
            break
    if not run:
        return None
    words = "[ ]".join(map(re.escape, run))
    return rf"(?i:{words[0]}){words[1:]}"  # "southern African" too


def _own_noun(name: str) -> str | None:
    """The noun that ends the body's name, in lower case, which news writes for the body after
    naming it once ("the compact" of "Sahel Grain Compact", "the commonwealth"); a one-word
    name has no noun apart from itself."""
    head = name.rsplit(" ", 1)[-1]
    return head.lower() if head in BODY_NOUNS and " " in name else None


_NAMED_BY_ITS_SUMMIT = lazy_compile(r"(?P<adjective>[A-Z][\w-]+)[ ](?:Summit|Meeting)")


_SUMMIT_BODY_NOUNS = r"community|bloc|group|grouping|family|forum|alliance"


def body_pattern(organization: Organization) -> str:
    """How a sentence names the organization: its name, "the 10-nation bloc", or "It"."""
    return _body(names_pattern(organization))


def _core(names: str) -> str:
    """The organization by name, its kind after it too ("the Lagoon Union alliance"), or as "the
    bloc"; not any "working group" a sentence names."""
    return (
        rf"(?:(?:the[ ])?(?:{names})(?:[ ](?:{_SUMMIT_BODY_NOUNS}))?"
        r"|(?:the|its)[ ](?:[\w]+-(?:member|nation|country)[ ])?"
        r"(?:bloc|alliance|organi[sz]ation|grouping|group|union|league|forum))(?![\w'’-])"
    )


# "the 18-strong Lagoon Union", "the 12-member Lagoon Union": the body by name after its count
_COUNT_OF_MEMBERS = r"(?:\d+-(?:strong|member|nation)[ ])?"


def _body(names: str) -> str:
    return rf"(?<![\w-])(?:(?:the[ ]{_COUNT_OF_MEMBERS})?(?:{names})|{_BODY_WORDS}|It)(?![\w-])"


@cache
def compiled_rules(names: str) -> tuple[re.Pattern[str], tuple[tuple[Rule, re.Pattern[str]], ...]]:
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
                    kind=KIND,
                    ordinal=_ORDINAL,
                    chair_kind=r"(?:current[ ]|rotating[ ]|outgoing[ ]|incoming[ ]|next[ ])",
                    is_the=r"(?:,[ ]|[ ](?:is|was|remains)[ ])",
                    status_phrase=_STATUS_PHRASE.format(
                        verb=_VERB,
                        body=body,
                        no_member_now=NO_MEMBER_NOW_WORDS,
                        any_kind=ANY_KIND,
                        small=_SMALL,
                    ),
                    status_end=_STATUS_END.format(body=body),
                    admission=rf"[ ](?:membership|accession|(?:bid|application)[ ]to[ ]join"
                    rf"(?:[ ]{body})?)(?![\w-])",
                    small=_SMALL,
                    not_now=NO_MEMBER_NOW_WORDS,
                    chairs=_CHAIRS,
                    the_chair=_THE_CHAIR.format(names=names, body=body, chairs=_CHAIRS),
                    filler=_FILLER,
                    attending=_ATTENDING,
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


# "non-PICL member countries including A, B": countries outside the body
NON_X_MEMBERS = r"non-[\w-]+[ ]member[ -](?:countries|states|nations)"
# A sentence that lists guests, candidates or observers lists no members, even as many
# countries as the organization has: "seven guests: A, B, …" in a report on a group of seven;
# nor one that lists "non-X member countries".
NOT_MEMBER_WORDS = (
    r"\binvit|\bguests?\b|\boutreach\b|\bpartners?\b|\bnon-?members?\b|\bcandidates?\b"
    rf"|\b{NON_X_MEMBERS}\b"
    r"|\bappl(?:y|ied|icants?|ications?)\b|\baspir|\bobserver"
)


NOT_MEMBERS = lazy_compile(rf"(?i:{NOT_MEMBER_WORDS})")


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
