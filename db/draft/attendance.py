"""Who attended, in what role, and who stayed away and sent someone else.

A person named in a clause that says people attend ("attended", "took part", "gathered", "joined
the meetings", "met", "arrived", "is here", "was also in Oslo" (the meeting's place), "shook his hand", "flanked by", "walk to the venue", "hosted", "welcomed", "led the
delegation", "by video link", "at the summit" or the forum, "in his speech", "told delegates", "presided over the summit" or
"co-presiding the summit", "at the conclusion of the summit", "at the open part of the plenary",
"held bilateral talks", "talked with", "discussed trade with", "shook hands", "this year's chair",
"signed the declaration", "received the leaders", "summit participants, including", "The leaders —
A, B and C —", "leaders – including X –", "Host X", "the summit's host", "the summit chair",
"Chairman of the Conference", "passed the baton to X", a caption's "At center, X" …) attended, and
so did those a sentence names after one that says so ("… confirmed their participation. These are A
and B.", "The leaders entered the hall. The first one was A, followed by B") and the body's own
officials named in a sentence about its meeting ("As part of the General Assembly, …, Secretary
General X said"), unless the text says they are away ("the absence of X", "X's absence", "in lieu
of X", "X skipped the summit", "X will be the main absence", "X stayed in Stockholm", "X decided
not to attend", "X turned down the invitation", "X was represented by Y", "X was again
excluded", "X has been banned from attending", "X did not make the trip", "X sat out the
summit", "X was not there"; the one named last before
such words and those listed with them, not someone named earlier in the clause), sends words from
afar ("read a message from X"), is only invited or asked to come, is what the clause is about
rather than who acts ("the detention of X", "X's envoy", the speaker of "“ministers met,” X said",
"tariffs set by X", "according to X", "will represent X", "leaders criticised X", "a letter from
X", "praised X", "a policy under X", "senior X officials") or is mourned ("the passing of X"),
meets someone only perhaps or in a wish ("whether X will meet Y", "ready for talks with Y") or in
an act refused ("X refused to host the meeting", "not entertaining a meeting between X and Y"), is
told of in an aside about what is yet to happen ("leaders, who are expected to discuss with X",
"Y said that she would ask X"), or the clause tells of another meeting ("the last summit", "the
summit last year", "Last year, …", "In May, …", "will be preceded by the officials' meeting", "a
ministerial meeting ahead of the summit", "met in Helsinki last month", "next year's summit",
"will travel on to Japan", a city of another country than the meeting's when the clause
says no more than that people met) or only reports what happened ("A roadmap was adopted at the
summit, X told reporters", "X told reporters that …"). A list led into by a colon ("The leaders
attending are:") says so of each name or bulleted line after it. Someone whose country the article
does not give needs a clause that says so plainly (attended, took part, arrived, at the summit; not
just met or welcomed), unless their title makes them a head of state or government, and represents
a body named "Not stated in the article" that a reviewer fills in. The role follows the title (a
president is a head of state, a prime minister a head of government, a body's president an
international official), unless the clause calls them guests or the text calls them or their
country the host; a host who leads a state, whose country the text does not give, leads the
meeting's country; someone with a country but no title is a delegate.

"X has sent his foreign minister" makes X absent and an unnamed foreign minister of X's country
an envoy; "X did not attend, sending Y" or "…; X's country was represented by Y" makes the
named Y the envoy, and so do "Y stood in for President X", "Y represented President X, who did
not travel" and a sentence after the one saying X is away, "He sent Y.", "Y attended in his
place.". Someone away in person who joins by video link in the same clause attends ("X, who
skipped the summit, joined by video link"). The reason is the rest of the sentence from "because", "due to" or the like,
else a following sentence about X that gives one ("was busy").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from itertools import chain

from db.draft.cities import city_named
from db.draft.countries import Gazetteer, gazetteer
from db.draft.divisions import division_countries
from db.draft.keys import key_of
from db.draft.model import Absence, Attendee, Mention, Mentions, Party, Person
from db.draft.page_chrome import is_navigation
from db.draft.people import People
from db.draft.text import UPPER, Span, Text
from db.draft.titles import (
    HEAD_ROLES,
    LEADING_ROLES,
    OF_THE_HOST,
    TITLE,
    TITLE_PATTERN,
    display_title,
    role_for,
    serves_a_body,
)
from db.draft.words import MONTH, POSSESSIVE_S, SPEECH_VERB

_MEETING = (
    r"(?:summit|meetings?|talks|sessions?|gathering|conference|leaders|discussions|delegations?"
    r"|counterparts|assembly|plenary)"
)
# What one is at or in when at a meeting ("at the forum", "during the plenary"); not a press
# conference, which may be anyone's anywhere.
_EVENT = (
    r"(?:summit|meeting|meet|talks|session|retreat|forum|gathering|plenary|ceremony|proceedings"
    r"|deliberations|dinner|banquet|(?<!press[ ])(?<!news[ ])conference)"
)
# "by video link", "by a video message", "virtually": there from afar, though the text may say
# they are not there.
_REMOTELY = (
    r"(?:by|via)[ ](?:an?[ ])?(?:video(?:[ ]?(?:link|conference|message|address))?"
    r"|videoconference)|virtually"
)
# Words that say outright that someone is at the meeting ("attended", "took part", "at the
# summit"): enough for someone whose country the article does not give.
_PLAINLY_ATTENDING = (
    r"attend(?:s|ed|ing|ance|ees?)?|t(?:ook|ake|akes|aking)[ ]part|participa(?:t\w+|nts?)"
    r"|(?:is|was|were|are|be)[ ](?:also[ ])?present|present[ ](?:were|was|are|is)\b"
    # "X is here.", "X and Y are also here": the report written from the meeting
    r"|(?:is|are)[ ](?:also[ ])?here\b"
    # "X is also expected.": at the meeting the report looks ahead to, nothing else expected
    r"|(?:is|are)[ ](?:also[ ])?expected(?=[.;])"
    # "Also on hand were X and Y", "X was on hand"
    r"|(?:is|was|were|are|be)[ ](?:also[ ])?on[ ]hand\b|\bon[ ]hand[ ](?:were|was|are|is)\b"
    # "X and Y are also on ground", "X is on the ground in Oslo"
    r"|(?:is|was|were|are|be)[ ](?:also[ ]|already[ ])?on[ ](?:the[ ])?ground\b"
    # "Also at the table were X and Y", "X was at the negotiating table" (not "a seat at the table")
    r"|(?:is|was|were|are|be)[ ](?:also[ ])?at[ ]the[ ](?:[\w-]+[ ])?table\b"
    r"|\bat[ ]the[ ](?:[\w-]+[ ])?table[ ](?:were|was|are|is)\b"
    r"|accompan(?:y|ies|ied|ying)|(?:family|group|official)[ ](?:photo|picture)"
    r"|turn(?:s|ed|ing)?[ ]out[ ]in[ ]force"
    # "The summit was conducted by the leaders of …", "discussions are being held by X and Y"
    rf"|{_MEETING}[ ](?:is|are|was|were|(?:has|have|had)[ ]been)[ ](?:being[ ])?"
    r"(?:conducted|held)[ ]by"
    rf"|organi[sz](?:e|es|ed|ing)[ ](?:the|a|this|its)[ ](?:[\w’'\"“”-]+[ ]){{0,3}}?{_MEETING}"
    r"|arriv(?:e|es|ed|ing|als?)|jet(?:s|ted|ting)?[ ]in\b"  # "the third to jet in"
    r"|gather(?:s|ed|ing)?|host(?:s|ed|ing)|(?:will|would|to|shall)[ ]host"
    rf"|(?-i:[Hh]ost[ ](?=[{UPPER}]))"  # "Host X", "summit host X": the host is there
    r"|chair(?:s|ed|ing|manship)|(?:summit|meeting|conference)[ ]chair(?:man|woman|person)?"
    r"|chair(?:man|woman|person)?[ ]of[ ](?:the|this)[ ](?:summit|meeting|conference)"
    rf"|join(?:s|ed|ing)?[ ](?:(?:the|their|other|fellow|a|his|her)[ ])?(?:[\w-]+[ ]){{0,2}}?{_MEETING}"
    r"|(?:lead|led|leads|leading|head|headed|heads|heading)[ ](?:up[ ])?"  # "head up"
    rf"(?:the|a|his|her|its|their|(?-i:(?:[{UPPER}][\w.-]*[ ]){{0,2}}[{UPPER}][\w.]*['’]s))[ ]"
    r"(?:[\w-]+['’]s[ ])?(?:[\w.-]+[ ])?delegation"
    r"|delegations?,?[ ](?:(?:is|was|were|are|will[ ]be|being)[ ])?(?:led|headed)[ ]"
    r"(?:instead[ ]|now[ ]|also[ ])?by"
    # "addressed the leaders", "addressed the Pacific Islands Forum" (its meeting)
    rf"|address(?:ed|es|ing)?[ ](?:the[ ])?(?:[\w-]+[ ]){{0,2}}?(?:{_MEETING}|forum)"
    # "told fellow leaders", "urged the delegates", "X told the summit"
    r"|(?:told|urged|asked|reminded|assured|warned|thanked|called[ ]on|appealed[ ]to)[ ]"
    r"(?:(?:the|his|her|their)[ ])?(?:(?:fellow|other|visiting|assembled|gathered)[ ])?"
    rf"(?:[\w-]+[ ])?(?:{_MEETING}|delegates|diplomats|participants|members"
    r"|heads[ ]of[ ](?:state|government))"
    r"|(?:told|urged)[ ]fellow"
    rf"|(?:at|during|in)\s(?:the|a|this|its)\s(?:[\w’'-]+\s){{0,3}}?{_EVENT}"
    # "X spoke at his final NATO summit": the meeting the clause's own subject is at
    rf"|(?:at|during)[ ](?:his|her|their)[ ](?:[\w’'-]+[ ]){{0,3}}?(?:summit|meeting|retreat)\b"
    # "at the conclusion of the landmark summit", "at the open part of the plenary session"
    r"|(?:at|on|during)[ ]the[ ](?:[\w-]+[ ])?(?:end|close|conclusion|start|opening|margins?|part|day)"
    r"[ ]of[ ](?:the|this|a|its)[ ]"
    rf"(?:[\w’'-]+[ ]){{0,3}}?{_EVENT}"
    r"|(?:in|used|using|uses|gave|giving|made|during)[ ](?:his|her|their)[ ](?:[\w-]+[ ])?"
    r"(?:speech|address|remarks|intervention)\b"
    # "the summit's host", "X, the host,"; not "the host country"
    r"|(?:summit|meeting|conference|gathering|forum|retreat)['’]s[ ]host\b"
    r"|(?:the|as)[ ](?:summit[ ]|meeting[ ])?host\b"
    r"(?![ -](?:country|countries|nation|city|state|government|team|broadcaster))"
    # "summit participants, including", "the leaders of G20 members include"
    # "leaders in Oslo include:", "the speakers included X", "X leads a team that included Y",
    # "the leaders, who include X"
    rf"|(?:audience|{_MEETING}|attendees|participants|guests|speakers|team)"
    r"(?:[ ](?:of|in|at)(?:[ ][\w’'-]+){1,4}?)?,?[ ]"
    r"(?:that[ ]|which[ ]|who[ ])?includ(?:e|ed|es|ing)"
    r"|st(?:ood|anding|ands)[ ]in[ ]for|joining[ ](?:him|her|them)[ ](?:were|was|are|is)"
    rf"|{_REMOTELY}"
    r"|on[ ]the[ ]sidelines"
    # "Cuba … sent its Vice President, X", "Chile sent Foreign Minister X": the one sent is there
    r"|sen(?:t|ds|ding)[ ](?:its|their)[ ](?:(?!to\b)[\w-]+[ ]){0,3}?(?!to\b)[\w-]+,?[ ]"
    rf"(?=(?-i:[{UPPER}]))"
    # … not what is sent to them: "sent President X a letter", "sent Prime Minister Y word"
    rf"|sen(?:t|ds|ding)[ ](?={TITLE}[ ](?-i:[{UPPER}][\w’'-]*+(?:[ ][{UPPER}][\w’'-]*+)*+)"
    r"(?![ ](?:an?|the|his|her|their|its|word|greetings|congratulations|condolences|messages?"
    r"|letters?)\b))"
    r"|(?:opening|closing)[ ](?:remarks|speech|address|session|ceremony|statement)"
    r"|(?:inauguration|opening|closing)[ ]of[ ](?:the|this|a|its)[ ](?:[\w-]+[ ]){0,3}?"
    rf"(?:{_MEETING}|{_EVENT})"
    r"|(?:(?:open|clos)(?:s|ed|ing)?|inaugurat(?:e|es|ed|ing)|(?:co-)?presid(?:e|es|ed|ing)(?:[ ]over)?)"
    rf"[ ](?:the|this|a|its|their)[ ](?:[\w-]+[ ]){{0,4}}?(?:{_MEETING}|{_EVENT})"
    r"|deliver(?:s|ed|ing)?[ ](?:(?:a|an|his|her|the|their)[ ])?(?:[\w-]+[ ])?"
    r"(?:speech(?:es)?|address(?:es)?|statements?|keynotes?|remarks)"
    rf"|(?:speech|address|remarks)[ ]to[ ](?:the[ ])?(?:[\w-]+[ ]){{0,2}}?{_MEETING}"
    r"|in[ ]attendance|among[ ](?:the[ ])?(?:leaders|those|heads|dignitaries|delegates)"
    r"|(?:leaders|heads[ ]of[ ]state|dignitaries|delegates|visitors)(?:[ ]|[ ]?[—–-][ ]?|,[ ])"
    r"(?:including|such[ ]as)"
    r"|(?:summit|meeting|gathering)[ ](?:drew|draws|attracted|attracts)"
    # "X flew to Oslo for the summit", and a headline's "X flies to Oslo for Nordic summit"
    r"|(?:leav\w+|left|head(?:s|ed|ing)?|travel\w*|fl(?:y|ew|ies|ying)|set[ ]off|depart\w*"
    r"|visit(?:s|ed|ing)?)[ ](?:[\w]+[ ]){0,6}?(?:for|to)[ ](?:(?:the|a|this|its)[ ])?"
    r"(?:[\w-]+[ ]){0,3}?(?:summit|meetings?|talks)"
)
# Words that say so only together with what else the article gives of the person: a meeting,
# a welcome, a hand-over ("met", "greeted", "talks with").
# the meals of a summit's programme, at which the leaders are hosted
_MEALS = r"(?:dinner|lunch|luncheon|banquet|reception|breakfast)"
_ALSO_ATTENDING = (
    # "present" as where one is, not "present the budget"
    r"present(?![ ](?:the|a|an|his|her|its|their)\b)|guests?|landed|touch(?:ed)?[ ]down"
    r"|represent(?:s|ed|ing)?"
    # welcoming people, not an act ("welcomed the inclusion of …", "welcomes the decision",
    # "welcomed the summit's outcome", "welcomed the leaders' pledge")
    r"|welcom(?:e|es|ed|ing)(?![ ](?:the|a|an|this|its|their|his|her)[ ]"
    r"(?:[\w-]+(?:['’]s?)?[ ])?(?!delegation)(?:[a-z]+(?:tion|sion|ment|ance|ence|sal)s?"
    r"|outcomes?|results?|pledges?|moves?|steps?|news|deals?|plans?|proposals?|initiatives?"
    r"|calls?|offers?|efforts?|progress|decisions?)\b)"
    # "The leaders — A, B and C — agreed": a list set off after the leaders, or after "leaders
    # of the six member countries -- A, B": a dash typed as two hyphens too
    r"|(?:leaders|heads[ ]of[ ]state(?:[ ]and[ ]government)?|participants)"
    r"(?:[ ]of[ ]the[ ](?:[\w-]+[ ]){1,3}?(?:countries|states|nations|members))?"
    r"[ ]?(?:--|[—–(-])[ ]?"
    rf"(?=(?-i:[{UPPER}]))"
    # "this year's chair", "the rotating chair of the bloc"
    r"|(?:rotating|current|outgoing|new|year['’]s)[ ]chair(?:man|woman|person)?\b"
    # "X, who is also chair of the bloc": its chair, at its meeting
    r"|\b(?:is|was)[ ](?:also[ ]|currently[ ])?(?:the[ ])?chair(?:man|woman|person)?[ ]of[ ]the\b"
    r"|joint[ ](?:news|press)[ ]conference"
    r"|(?:signed|signing|signs)[ ](?:the|a|an|their)[ ](?:[\w-]+[ ]){0,3}?(?:agreement|declaration"
    r"|treaty|communiqu[eé]|accord|charter|memorandum|deal)"
    # "X read the final communique", "X read out the declaration"
    r"|(?:read|reads|reading)[ ](?:out[ ])?the[ ](?:[\w-]+[ ]){0,2}?(?:communiqu[eé]|declaration)"
    r"|receiv(?:ed|es|ing)[ ](?:the[ ])?(?:[\w-]+[ ])?(?:leaders|heads|delegations?|participants"
    r"|guests|delegates)"
    # "X invited 53 leaders for dinner": hosts them at the meeting's meal
    r"|invit(?:ed|es|ing)[ ](?:the[ ]|all[ ]|\d+[ ])?(?:[\w-]+[ ])?(?:leaders|heads|delegations"
    r"|participants|guests|delegates)[ ](?:for|to)[ ](?:a[ ]|the[ ])?(?:[\w-]+[ ])?"
    rf"{_MEALS}\b"
    r"|followed(?=[.;,]|$)"  # "X and Y followed": arrived after those just named
    # "X entered the hall", "leaders filed into the summit room", "X and Y walk to the venue"
    r"|(?:enter(?:s|ed|ing)?|(?:fil(?:e|es|ed|ing)|walk(?:s|ed|ing)?|c(?:ame|ome|omes|oming)"
    r"|step(?:s|ped|ping)?)[ ](?:in(?:to)?|to))[ ](?:into[ ])?"
    r"the[ ](?:[\w-]+[ ])?(?:hall|room|chamber|venue)"
    # "X, flanked by Y and Z, …": side by side with them there
    r"|flanked[ ]by"
    r"|greet(?:s|ed|ing)|joined[ ]by|me(?:et|ets|eting|t)\b|(?:will|would|to)[ ]meet"
    r"|involving|talked[ ]in[ ]person|(?:talks|meetings?|bilaterals?)[ ]with"
    # "X talked with Y", "X discussed trade with Presidents Y and Z", "conferred with"
    r"|(?:talk(?:s|ed|ing)?|spoke|speaks|confer(?:s|red|ring)|discuss(?:es|ed|ing)?)[ ]"
    r"(?:(?!with\b)[\w’'-]+[ ]){0,8}?with"
    r"|(?:held|hold|holds|holding)[ ](?:[\w-]+[ ]){0,2}?(?:talks|meetings?|discussions)"
    # "X poses with Y", a caption's picture of two at the meeting, as "posed for pictures"
    r"|led[ ]by|sh(?:ook|akes|aking)[ ](?:hands|(?:his|her|the)[ ]hand)"
    r"|pos(?:e|es|ed|ing)[ ](?:for|with)"
    r"|(?:extend|offer)(?:s|ed|ing)?[ ](?:his|her)[ ]hand"
    r"|(?:fl(?:ew|ies|y|ying)|jet(?:s|ted|ting))[ ]in(?:to)?\b"
    r"|(?:took|takes|taking|handed|hands|handing|assum(?:e|es|ed|ing))[ ](?:over[ ])?(?:the|as)[ ]"
    r"(?:[\w-]+[ ])?chair\w*"
    # "handed over to X", "passing the bloc's baton to X": the chair changing hands there
    r"|hand(?:s|ed|ing)?[ ]over[ ](?:to|by)|presence"
    r"|(?:pass|hand)(?:es|ed|ing|s)?[ ](?:on[ ])?(?:the|its|his|her)[ ](?:[\w’'-]+[ ])?"
    r"(?:baton|gavel|presidency|chair\w*)[ ]to\b"
    # "The summit brought together X, Y", and as a preview: "will bring together X, Y"
    r"|(?:brought|bringing|brings|bring)[ ]together"
    r"|also[ ]expected(?:[ ]to[ ]be[ ](?:there|present))?[ ](?:is|are|were|was)\b"
    # a photograph's caption: "Standing left to right are X, Y …", "(L-R) X, Y", "From the
    # left: X, Y"
    r"|(?:from[ ])?left[ ]to[ ]right|\(L-R\)|\(from[ ](?:the[ ])?left\)|^From[ ](?:the[ ])?left\b"
    # a row of a group photo's caption: "…; sitting row, from left: X; Y", "Seated, from left"
    r"|\b(?:row|seated|sitting|standing),?[ ]from[ ](?:left|right)\b"
    # a caption that names each row of the photo: "Front row: A (President X), B (…)"
    r"|^(?:front|back|middle|top|bottom|rear)[ ]row(?=:)"
    r"|in[ ]the[ ](?:family[ ]|group[ ]|official[ ])?photo(?:graph)?\b"
    r"|^(?:At|On)[ ](?:the[ ])?(?:cent(?:er|re)|left|right)(?=,)"  # "At center, X and on the right, Y"
    r"|elected[ ](?:as[ ])?(?:the[ ])?(?:[\w-]+[ ])?chair\w*"
    # "X is in Oslo for the summit", "X is on Vava'u Island for his first leaders' retreat"
    rf"|[ ](?:in|on|at)[ ](?:[{UPPER}][\w'’-]+[ ]){{1,3}}for[ ](?:the|a|this|its|his|her|their)[ ]"
    rf"(?:[\w’'-]+[ ]){{0,3}}?(?:{_MEETING}|{_EVENT})"
)
# Words quoted as speech, not a phrase in quotes (a "very good meeting"), and the verbs in the
# past in them: what a speaker says others did ("“ministers met on Monday,” X said") puts no one
# named outside them at the meeting; what the words say of this meeting ("“This meeting is
# vital,” X said") or say plainly ("“the summit we attended …”") does.
_QUOTED = re.compile(r"(?<!\w)[“\"](?=\S)[^”\"]*(?:[,.!?][”\"]|$)")
_PAST_VERB = re.compile(r"\b(?:met|[a-z]{3,}ed)\b")
# "will not attend in person but will speak by video link": away only in person
# "joined by video link", "addressing it virtually": taking part from afar.
_TAKING_PART_REMOTELY = re.compile(
    r"\b(?:join\w*|address\w*|spoke|speak\w*|took[ ]part|tak\w+[ ]part|participat\w+"
    rf"|attend\w*|appear\w*)[ ](?:[\w-]+[ ]){{0,4}}?(?:{_REMOTELY})\b",
    re.IGNORECASE,
)
_NEGATED_BEFORE = re.compile(
    r"\b(?:or|nor|even|either|not|never)[ ](?:[\w-]+[ ]){0,2}$|n't[ ](?:[\w-]+[ ]){0,2}$",
    re.IGNORECASE,
)
# "has been asked to participate virtually": what someone is asked to do, not what they did.
_ONLY_ASKED_BEFORE = re.compile(r"\bto[ ]$")
# "X skipped the summit and Y joined …": another's doing.
_ANOTHER_SUBJECT = re.compile(
    rf"(?:\b(?:and|while|whereas|but|as|when)|[;:])[ ](?:the[ ])?[{UPPER}]"
)
_IN_PERSON = re.compile(r"\bin[ ]person\b", re.IGNORECASE)
_REMOTE = re.compile(rf"\b(?:{_REMOTELY})\b", re.IGNORECASE)
# one pattern for both kinds of cue, which tells them apart by group: the plain cues are some
# 9,000 characters, which two patterns cost twice to compile
_ATTENDING = re.compile(
    rf"\b(?:(?P<plainly>{_PLAINLY_ATTENDING})|{_ALSO_ATTENDING})\b", re.IGNORECASE
)
# "At the last summit, attended by X in 2018", "X will host the next meeting", "Last year, X
# hosted …": another meeting, at another time.
_ANOTHER_MEETING = re.compile(
    # not "attending his last G20 summit": his final one, this
    r"(?<!attending[ ]his[ ])(?<!attending[ ]her[ ])(?<!attending[ ]their[ ])"
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
    # "will travel on to Japan for talks": a trip onward from the meeting
    r"|\b(?:travel\w*|head\w*|fl(?:y|ies|ew|ying)|go(?:es|ing)?|went|continu\w+)[ ]on[ ]to\b",
    re.IGNORECASE,
)
# "X, president of Chile, which will host the next summit in Santiago in 2028, said …": an aside
# naming the next meeting's host tells where the next one will be, not that the clause is set
# there; the future host is named at this one.
_NEXT_HOST_ASIDE = re.compile(
    r"[ ,](?:that|which|who|whose[ ]country)[ ](?:will|is[ ](?:set[ ]|due[ ])?to)[ ]host[ ]the[ ]next[ ]"
    r"(?:[\w-]+[ ])?(?:summit|meeting|session|conference)\b[^,;]*",
    re.IGNORECASE,
)
# "a member invaded since the last meeting in 2000": what dates another happening by that
# meeting does not set the clause at it
_SINCE_A_MEETING = re.compile(
    r"\bsince[ ](?:the|its|their)[ ](?:last|previous)[ ](?:[\w-]+[ ])?"
    r"(?:summit|meeting|session|conference)(?:[ ]in[ ](?:19|20)\d\d)?\b",
    re.IGNORECASE,
)
# "Last year, …", "In 2018 …", "In May, …": a sentence set at another time tells of another
# meeting, in each of its clauses.
_ANOTHER_TIME = re.compile(
    r"(?:(?:Last|Earlier[ ]this)[ ](?:year|month|week)|In[ ](?:19|20)\d\d"
    rf"|In[ ]{MONTH},)",
    re.IGNORECASE,
)
# "X met Y in Oslo last month", "… two years ago": a clause set at an earlier time; or a year
# on, when the next meeting is ("X will visit Oslo next year")
_EARLIER = re.compile(
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
_BEFOREHAND = re.compile(
    r"\b(?:a|one|two|three|several)[ ]days?[ ](?:earlier|before)\b|\bthe[ ](?:day|night)[ ]before\b",
    re.IGNORECASE,
)
# a caption's place after the names it lists: "Chilean President X, Peruvian President Y in Oslo."
_PICTURED_IN = re.compile(
    rf"[ ]in[ ](?P<place>[{UPPER}][\w'’‘-]+(?:[ ][{UPPER}][\w'’‘-]+)?)\.?\s*$"
)
# "X was also in Oslo", "X is already in Norway": where someone is (not "was not in Oslo");
# "X will visit Norway", "X is also expected to visit Norway", "… to stay in Norway": where
# someone is to be, in a report written before the meeting; "X came back from Oslo": where
# someone was
_BEING_IN = re.compile(
    r"\b(?:(?:is|was|were|are)[ ](?:also[ ]|already[ ]|now[ ]|still[ ])?in"
    # "Coming to Oslo are X of Sweden, Y of Chile", "X is coming to Oslo"
    r"|[Cc](?:ome|omes|oming|ame)[ ]to"
    r"|(?:will|to)[ ](?:also[ ])?(?:visit|stay[ ]in)"
    # "X had to come back from Oslo early": one who leaves the place was there
    r"|(?:c(?:ome|omes|ame|oming)[ ]back|return(?:s|ed|ing)?)[ ]from)[ ]"
    rf"(?P<place>[{UPPER}][\w'’‘-]+(?:[ ][{UPPER}][\w'’‘-]+)?)"
)
# "X is also in the country": in the meeting's, which a report of the meeting is set in
_IN_THE_COUNTRY = re.compile(
    r"\b(?:is|are|was|were)[ ](?:also[ ]|already[ ]|now[ ])?in[ ]the[ ]country\b"
)
_SAYS = re.compile(rf"\b(?:{SPEECH_VERB})\b")
# "X, who hosted a meeting in Paris last week, arrived", "X, the “longest-serving leader,” who
# took office in 1990, arrived": an aside, closed, about the subject
_ASIDE_END = re.compile(r"[^,;.]*")
_RELATIVE_ASIDE = re.compile(r",[”\"’]?[ ](?:who|whose)[ ][^,;]*,")
# "is in New York for the UN General Assembly": where someone is, and for what
_IN_A_PLACE_FOR = re.compile(
    rf"[ ](?:in|on|at)[ ](?P<place>[{UPPER}][\w'’-]+(?:[ ][{UPPER}][\w'’-]+){{0,2}})[ ]for[ ]"
)
# "receiving guests at his house in Jeddah": one's own gathering at home, in that place
_AT_HOME_IN = re.compile(
    r"[ ]at[ ](?:his|her|their)[ ](?:own[ ])?(?:house|home|residence)[ ]in[ ]"
    rf"(?P<place>[{UPPER}][\w'’-]+(?:[ ][{UPPER}][\w'’-]+){{0,2}})"
)
_STAYING_IN = re.compile(
    rf"(?:stay|remain)\w*[ ]in[ ](?P<place>[{UPPER}][\w'’-]+(?:[ ][{UPPER}][\w'’-]+)?)"
)
# "in Helsinki", or a trip there: "will go to Helsinki to meet X" is a meeting there, not here
_IN_A_PLACE = re.compile(
    r"\b(?:[Ii]n|(?:go(?:es|ing)?|went|travel\w*|fl(?:y|ies|ew|ying))[ ]to)"
    rf"[ ](?P<place>[{UPPER}][\w-]+(?:[ ][{UPPER}][\w-]+)?)"
)
_ASIDE = re.compile(r"\([^()]*\)")
# "for the first time since 2019", "February of last year", "months following his coup in 2021",
# "was born in 1986": a date of something else than what the clause tells.
_SINCE_BEFORE = re.compile(
    r"\bsince\b|\bof[ ]$|\b(?:following|after)[ ](?:[\w’'-]+[ ]){0,3}$|\bborn[ ]$",
    re.IGNORECASE,
)
# "the detention of President X": a name after "of" is no one's doing, unless the noun before
# it says they are there ("the presence of X", "at the invitation of X").
# "the states that oppose President X": whom a relative clause takes a stand on, not one there
_STANCE_ON = re.compile(
    r"\b(?:that|who|which)[ ](?:oppos|support|back|criticis|criticiz|condemn|sanction)[a-z]*[ ]"
    r"(?:[A-Z][\w.’'-]*[ ]){0,3}$"
)
_OF_BEFORE = re.compile(
    rf"\b(?P<noun>[a-z]+)[ ]of[ ](?:the[ ])?(?:(?:[\w.’'-]+[ ]){{0,3}}?(?i:{TITLE})[ ])?$"
)
# "… according to Cuban Foreign Minister X": the source of what the clause says, not who acts.
_SOURCE_BEFORE = re.compile(rf"\baccording[ ]to[ ](?:[\w.’'-]+[ ]){{0,4}}?(?:(?i:{TITLE})[ ])?$")
# "… whether X will meet Y", "if X attends", "ready for talks with X", "would prefer to meet X":
# a meeting the clause is not sure of, or only wishes for.
_UNSURE_BEFORE = re.compile(
    r"\b(?:whether|if|unless|ready[ ](?:for|to)|hop(?:e|es|ed|ing)[ ](?:for|to)"
    r"|wants?[ ]to|wanted[ ]to|seek(?:s|ing)?|(?:would|'d|’d)[ ](?:prefer|like|love)[ ]to"
    r"|prefer(?:s|red)?[ ]to)\b[^,;]*$",
    re.IGNORECASE,
)
# "The summit is expected to be attended by X, Y and Z": who is yet to come, not who came.
_EXPECTED_BY = re.compile(
    r"\b(?:expected|scheduled|due|set|likely|slated)[ ]to[ ]be[ ](?:attended|joined|graced)[ ]by\b",
    re.IGNORECASE,
)
# "X will take up the bloc's chair from his counterpart Y", "X, who takes over from Y as chair":
# Y only hands it over, which the sentence does not put at the meeting.
_CHAIR_TAKEN_FROM = re.compile(
    r"\b(?:tak(?:e|es|en|ing)|took|assum(?:e|es|ed|ing))[ ](?:over[ ]from|(?:over[ ]|up[ ])?"
    r"(?:the[ ])?(?:[\w’'-]+[ ]){0,3}?(?:chair\w*|presidency)"
    r"(?:[ ]of[ ](?:the[ ])?(?:[\w’'-]+[ ]?){1,5})?[ ]from)[ ](?:[\w’'-]+[ ]){0,4}$",
    re.IGNORECASE,
)
# "Representing Chile was X": the one named after the verb represents it
_IS = r"(?:was|were|is|are)"
# "Y (representing the Prime Minister of Z, X)", "Y, on behalf of President X": X is the one
# stood in for, so X is away.
# Only an office names a person there ("representing his country at the summit and X" does not).
_STOOD_IN_FOR = re.compile(
    rf"\b(?:representing|on[ ]behalf[ ]of)[ ](?:the[ ])?(?!(?:[\w’'-]+[ ]){{0,3}}?{_IS}[ ])"
    rf"(?:[\w’'-]+[ ]){{0,3}}?(?i:{TITLE})\b"
    r"[^;()]{0,80}$",
    re.IGNORECASE,
)
# "leaders criticised X", "urged X to act", "discussed a letter from X": what is said, asked
# or sent of X, not X's doing there
_BLAMED_BEFORE = re.compile(
    r"\b(?:(?:criticis|criticiz|condemn|denounc|blam|accus|urg|call(?:ed|s|ing)?[ ]on|sanction"
    r"|rebuk|lambast|mourn|discuss(?:ed|es)\b|t(?:ook|ake|akes|aking)[ ](?:\w+[ ])?aim[ ]at\b)\w*[ ]"
    r"(?:the[ ][\w-]+[ ]of[ ])?"
    r"|(?:a|the)[ ](?:message|letter|greetings|note)[ ]from[ ])(?:[\w.’'-]+[ ]){0,4}?$"
    # "congratulated the outgoing chair of the Commission, X, and praised President Y": praise
    # names whom it is given, not who is there
    r"|\b(?:congratulat|prais|commend|laud|salut)\w*[ ](?:[\w.’'-]+,?[ ]){0,9}?$"
    # "soldiers detained President X", "the junta that ousted X", "urged it to release X": a
    # coup's or a jail's doing to X, who is held far from any meeting
    r"|\b(?:(?:detain|arrest|oust|depos|toppl|overthr|kidnap|abduct|imprison|assassinat)\w*"
    r"|(?:releas|fre)(?:e|ed|es|ing)(?![ ](?:a|an|the|its|their|his|her)[ ]))"
    r"[ ](?:[\w.’'-]+[ ]){0,4}?$"
    # "trade policy under X", "relations under President X": whose time it is, not who acts
    rf"|\bunder[ ](?-i:(?:[{UPPER}][\w.’'-]*[ ]){{0,3}})$",
    re.IGNORECASE,
)
# "X phoned Y during the summit", "in a letter to the summit, X urged": words from afar; the
# clause puts no one at the meeting.
_FROM_AFAR = re.compile(
    r"\b(?:tele)?phon(?:ed|es|ing)\b|\bby[ ](?:tele)?phone\b|\b(?:tele)?phone[ ]call\b"
    r"|\b(?:in|with)[ ]a[ ](?:[\w-]+[ ])?(?:letter|written[ ]message)\b|\bwr(?:ote|ites|iting)[ ]to\b",
    re.IGNORECASE,
)
# "when then-Prime Minister X hosted the first meeting": the office X held at another time
_THEN_BEFORE = re.compile(r"\bthen-(?:[\w.’'-]+[ ]){0,4}$", re.IGNORECASE)
_BY_BEFORE = re.compile(rf"\bby[ ](?:[\w.’'-]+[ ]){{0,4}}?(?:(?i:{TITLE})[ ])?$")
# "The first was X, followed by Y": Y comes after X, no one's doing to Y.
_FOLLOWED_BY = re.compile(r"\bfollowed[ ]by\b", re.IGNORECASE)
# "The issue was taken up by X as host of this year's summit": the host is at the meeting
_AS_HOST_AFTER = re.compile(r",?[ ]as[ ](?:the[ ])?(?:summit[ ]|meeting[ ])?host[ ]of\b")
_THERE_OF = re.compile(
    r"presence|arrival|participation|attendance|visit|invitation|speech|address|remarks"
    r"|inauguration|opening"
    r"|chairmanship|leadership|delegations?|guests|leaders|delegates|participants|members"
    r"|heads|attendees|dignitaries",
    re.IGNORECASE,
)
# "President X's government", "X's tariffs", "X's invasion": someone else of X's, or something
# of X's, is what the clause is about, not X; unless it is X's own being there ("X's arrival",
# "X's speech to the summit", "X's talks with Y").
_SOMEONE_ELSES = re.compile(
    r"['’]s[ ](?=[a-z])(?!(?:[\w-]+[ ]){0,2}?(?:arriv\w*|presence|participation|attendance"
    r"|visits?|trip|tour|speech|address|remarks|statement|appearance|debut|talks|meetings?"
    r"|summit|delegation|chairmanship|welcome|handshake|opening|plane|motorcade|entourage"
    r"|host\w*|invitation)\b)"
    # "senior X officials", "the X administration": a name as the word for someone's people
    r"|[ ](?:administration|officials|government|aides|camp|era)\b"
)
# A mention that says the person is not there: "the absence of X", "in lieu of X", "was
# represented by its minister, rather than President X".
_NOT_THERE_BEFORE = re.compile(
    r"\b(?:absence[ ]of|in[ ]lieu[ ]of|instead[ ]of|rather[ ]than|in[ ]place[ ]of|without"
    r"|on[ ]behalf[ ]of"
    r"|stood[ ]in[ ]for|standing[ ]in[ ]for"
    r"|successor[ ]to|tribute[ ]to|silence[ ]for|prayers?[ ]for|condolences[ ](?:over|for)"
    r"|in[ ](?:honou?r|memory)[ ]of)"
    r"[ ][^,;—–\n]{0,40}$"
    # "the passing of leaders, including President X", "the late First Lady, Mrs. X": someone
    # mourned, however long the words naming them
    r"|\b(?:(?:passing|death|demise|funeral|memory)[ ]of|the[ ]late)\b"
    r"(?:(?!\b(?:attend|arriv|said|says|met|join|host|open|address|chair)\w*\b)[^;\n]){0,160}$"
    # "will represent President X", "representing Norway's King X" (not "represented by X")
    # … not "Representing Chile was Foreign Minister X": the one who represents it
    rf"|\brepresent(?:s|ed|ing)?[ ](?!(?:[\w.’'-]+[ ]){{0,4}}?{_IS}[ ])"
    r"(?:(?!by\b)[\w.’'-]+[ ]){0,4}?$"
    # "Notably absent from the summit are X and Y", "Among the absentees was X"
    r"|\bamong[ ]the[ ](?:[\w-]+[ ])?absen(?:tees|ces)[ ](?:are|is|were|was)[ ][^;.]{0,160}$"
    r"|\babsent[ ](?:from[ ][^,;]{0,40}[ ])?(?:are|is|were|was)[ ][^;.]{0,160}$"
    # "conveyed a message from Norway's king, X": words sent from afar (not "leaders from
    # ten states, as well as X")
    r"|\b(?:read|reading|conveyed?|conveying|delivered|delivering|passed[ ]on|passing[ ]on"
    r"|brought|bringing|carried|carrying|relayed|relaying)[ ](?:out[ ])?(?:a|an|the|his|her)[ ]"
    r"(?:[\w-]+[ ])?(?:message|letter|greetings|statement|speech|address|remarks|words|note)[ ]"
    r"(?:[^,;.—–]{0,20}[ ])?from[ ](?:[^,;.—–]{0,40},[ ](?!as[ ]well[ ]as\b|and\b|along[ ]with\b))?"
    r"[^,;.—–]{0,40}$",
    re.IGNORECASE,
)
# "X sent Vice President Y to lead the delegation", "… sent Foreign Minister Y to the summit",
# "… sent Foreign Minister Y in her place", "X sent Foreign Minister Y.": the one who sends,
# named before, stays away
_SENT_NAMED = (
    rf"\bsent[ ](?-i:[{UPPER}][\w.’'-]*(?:[ ][{UPPER}][\w.’'-]*){{0,5}}?)"
    r"(?:[ ](?:to[ ](?:lead|head|attend|represent|the[ ](?:summit|meeting|talks))"
    r"|in[ ](?:his|her|their|its)[ ](?:place|stead)|instead)\b|(?=[.;]))"
)
# "did not make the trip", "sat out the summit", "gave the meeting a miss", "was not there"
_AWAY_ALSO = (
    r"\b(?:did[ ]not|didn't|will[ ]not|won't|could[ ]not|couldn't)[ ]make[ ]the[ ]"
    r"(?:trip|journey)\b"
    r"|\b(?:sat|sits|sit|sitting)[ ]out[ ](?:the|this)\b"
    r"|\bg(?:ave|ive|ives|iving)[ ](?:the|this)[ ](?:[\w-]+[ ])?(?:summit|meeting|talks)[ ]a[ ]miss\b"
    r"|\b(?:was|is|were|are)[ ]not[ ](?:there|here)\b"
)
# "X cancelled his trip", "canceled her visit": a plan to come given up
_CANCELLED = (
    r"\bcancel+(?:s|ed|ing)?[ ](?:his|her|their|a)[ ](?:trip|visit|travel|participation"
    r"|attendance)\b"
)
# "X was absent at dinner": away from a meal or a side event only, not from the meeting
_NOT_AT_A_SIDE_EVENT = rf"(?![ ](?:at|from)[ ](?:the[ ])?(?:[\w-]+[ ])?(?:{_MEALS}|gala|concert)\b)"
# "X did not attend", "X, who skipped the summit,": whoever the clause names before it is away.
_NOT_ATTENDING = re.compile(
    r"\b(?:did|does|will|would|could|is|was|were|are|has|have|had)(?:[ ]not|n't)[ ](?:be[ ])?"
    r"(?:attend\w*|travel\w*|come|coming|go|going|present|t(?:ake|aking)[ ]part|participat\w+"
    r"|join\w*|at[ ](?:the|this)|invited|among)\b"
    # "decided not to attend", "chose not to come"
    r"|\bnot[ ]to[ ](?:attend|come|travel|go|participate|take[ ]part|join)\b"
    # "criticised X for not attending", "X, for not coming,"
    r"|\bfor[ ]not[ ](?:attending|coming|travell?ing|going|participating|taking[ ]part|joining)\b"
    r"|\b(?:turn(?:s|ed|ing)?[ ]down|declin(?:e|es|ed|ing)|reject(?:s|ed|ing)?)[ ](?:the|an|his|her"
    r"|their)[ ](?:[\w-]+[ ])?invitation\b"
    r"|\bno-show\b"
    # "was excluded", "has been banned from attending", "barred from the summit": kept away
    r"|\bwithdr(?:ew|awn|aws)(?=[,.;]|[ ]from[ ](?:the|this)[ ](?:[\w-]+[ ])?(?:summit|meeting))"
    r"|\b(?:has|have)[ ]been[ ](?:asked|invited)[ ]to\b"
    r"|\bskip(?:s|ped|ping)?\b|\bstay(?:s|ed|ing)?[ ]away\b"
    r"|\b(?:be|was|is|were|are|been|remains?|remained)[ ](?:also[ ]|\w+ly[ ])?absent\b"
    rf"{_NOT_AT_A_SIDE_EVENT}"
    r"|\bdelegat(?:e|es|ed|ing)[ ]attend\w*"
    # "X and Y will be the two main absences from the summit"
    r"|\b(?:be|was|is|were|are|been)[ ](?:the[ ])?(?:[\w-]+[ ]){0,3}?absen(?:ces?|tees?)\b"
    # "stayed in Stockholm", "remained in Canberra for a vote"
    r"|\bopted[ ]out\b|\b(?:stay|remain)(?:s|ed|ing)?[ ](?:at[ ]home|home|behind|back"
    r"|in[ ](?-i:[A-Z]))"
    r"|\bboycott\w*|\b(?:pulled|dropped|bowed)[ ]out\b"
    # "is not expected to attend", "is unlikely to", "will be unable to", "has no plans to"
    r"|\b(?:(?:not[ ]expected|unlikely|unable|no[ ]plans?|not[ ]planning|not[ ]going)[ ]to"
    r"|cannot|can't|won't)[ ](?:attend|come|travel|go|take[ ]part|participate|join|be[ ]at)\b"
    r"|\bdeclined[ ]to[ ](?:attend|come|travel|participate|take[ ]part|join)\b"
    # "was scheduled to attend but is in Berlin", "was expected to take over the chair at the
    # meeting but lost his seat": a plan the clause goes on to say fell through
    r"|\b(?:scheduled|expected|due|set|slated|supposed|planned|planning|meant)[ ]to[ ]"
    r"(?:(?:attend|come|travel|take[ ]part|participate|join|be[ ](?:at|there|present))\b"
    r"|[^.;]{0,60}?[ ]at[ ]the[ ](?:meeting|summit|session)\b)"
    r"[^.;]{0,60}?,?[ ]but\b"
    rf"|{_AWAY_ALSO}|{_SENT_NAMED}"
    r"|\b(?:declin|refus)(?:e|es|ed|ing)[ ]to[ ]host\b"  # not the meeting's host
    r"|\bmiss(?:es|ed|ing)?[ ](?:the|this)[ ](?:[\w-]+[ ])?(?:summit|meeting|talks)\b"
    rf"|{_CANCELLED}"
    r"|,[ ]who[ ](?:died|was[ ]killed)\b",
    re.IGNORECASE,
)
# "X's absence", "X's no-show", "X was represented by": X is away.
_ABSENCE_AFTER = re.compile(
    r"['’]s[ ](?:[\w-]+[ ])?(?:absence|no-show)\b"
    # "…, with President X conspicuously absent", "X, notably absent, …", "with only X missing"
    r"|,?[ ](?:\w+ly[ ])?(?:absent|missing)\b"
    # "President X was represented by Ambassador Y": X sent Y (not "besides X, Chile was …")
    r"|[ ](?:was|were|is|are|will[ ]be)[ ](?:\w+ly[ ])?represented[ ]by\b"
    # "X was again excluded", "X, who has been banned from attending": kept away
    r"|,?(?:[ ]who)?[ ](?:was|were|is|are|has[ ]been|have[ ]been|had[ ]been)[ ]"
    r"(?:\w+ly[ ]|again[ ]|still[ ]|also[ ])?(?:excluded|barred|banned|disinvited|shut[ ]out)\b"
)
# "IGAD invited X to attend", "urged X to take part": asked to, not said to.
_ASKED_TO = re.compile(
    r"\b(?:invit\w+|ask\w*|urg\w+|call\w*[ ]on)[ ](?:[^,.;]{0,60}?[ ])?to[ ]$",
    re.IGNORECASE,
)
# "When asked whether X would attend, Y said …": the question's words are not Y's doing.
_ASKED_OPENING = re.compile(r"(?:When[ ])?[Aa]sked\b[^,;]*,[ ]")
# "A roadmap was adopted at the summit, X told reporters.": what X reports is not X's doing
# (unless the sentence opens with where or how X spoke: "At the summit, X said").
_REPORTED_BY = re.compile(
    rf"(?<=,[ ])(?:[{UPPER}][\w.’'-]*[ ]|[a-z]+[ ]){{0,6}}?[{UPPER}][\w’'-]+"
    # "…, X, deputy minister in charge of trade, said Monday": an appositive before the verb
    rf"(?:,[ ][^,;]{{1,60}},)?[ ](?:{SPEECH_VERB})\b[^,;]{{0,40}}"
    # "…, X said Sunday, Nordic Press reported.": the news agency that passes it on
    rf"(?:,[ ](?:[{UPPER}][\w.’'-]*[ ]){{1,3}}(?:reported|reports|said|says)[.]?)?$"
)
# "At the summit, …", "In the family photo, …": where the whole sentence takes place.
_SCENE = re.compile(
    r"(?:At|During|In)[ ](?:the|this|a)[ ](?:[\w’'-]+[ ]){0,3}?"
    rf"(?:{_EVENT}|(?:family[ ]|group[ ]|official[ ])?photo(?:graph)?)\b[^,;]{{0,30}},"
)
_SCENE_OPENING = re.compile(r"(?:At|During|On|In|While|After|Before|[A-Z][a-z]+ing)\b")
# "At the time of filing this report, ": a phrase opening the sentence, set off by a comma
_OPENING_PHRASE = re.compile(rf"{_SCENE_OPENING.pattern}[^,;]*,[ ]")
_DAY_OR_MONTH = rf"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|{MONTH})"
_CLAUSE_BOUNDARY = re.compile(
    r",[ ]so[ ]|;[ ]|,[ ]but[ ]|,[ ]while[ ]|,[ ]although[ ]|,[ ]because[ ]|,[ ]after[ ]"
    # "…, days after X was impeached": another time (see _EARLIER)
    r"|,[ ](?=(?:(?:a|one|two|three|several|few|just|only|some|\d+)[ ])?"
    r"(?:days?|weeks?|months?|years?|decades?)[ ](?:after|before)\b)"
    # "X told reporters that the leaders met at the summit": what X reports is not X's doing.
    rf"|\b(?:{SPEECH_VERB})[ ](?:[^;.]{{0,40}}?[ ])?that[ ]"
    r"|\b(?:indicat|suggest|signal|hint|insist|argu|believ|predict)\w*[ ]that[ ]"
    # "A spokesman said the leaders include X": the one who says it is not among them
    rf"|\b(?:said|says|added|noted|confirmed|announced)[ ](?:{_DAY_OR_MONTH}[ ])?"
    rf"(?=(?:the|a|an)[ ]|(?!{_DAY_OR_MONTH}\b)[{UPPER}])"
)
# Possessive, as each item begins with a different character: backtracking through every way
# to split a long list of capitalised words took seconds on a communiqué's roll of leaders.
# "Addressing the ceremony were: X, Prime Minister of Kenya; Y, newly elected President of
# Chile; and Z": after a colon, a semicolon before a name parts the items of one list.
_ITEM_OF_A_COLON_LIST = re.compile(rf"(?:and[ ])?[{UPPER}][\w.’'-]*[ ][{UPPER}]")
# An item may hold a degree in brackets ("X (PhD), Special Envoy"), an office after "the"
# and a word in lower case ("X, the outgoing Chairperson of …") and a name's particles in lower
# case ("King X bin Y Al-Z", "Jorge de Almeida"); an item may name the office again by "that of"
# ("President of Chile X; that of Peru, Y"). The last may end the list with "among others".
_LIST_ITEMS = re.compile(
    rf"(?:the\s[a-z]+\s(?=[{UPPER}])|(?:and|from|of|the|for|to|in|on|(?:that|those)\sof)\s|[–—]\s"
    rf"|(?:bin|ibn|bint|de|da|dos|del|van|von)\s(?=[{UPPER}])"
    rf"|[{UPPER}][\w.’'-]*+,?\s?|\([{UPPER}][\w.’' -]*+\),?\s?|\s)*+"
    r"(?:(?:among(?:st)?\s)?others)?[.;]?"  # "and" before "others" is an item's joiner
)
_SENT = re.compile(
    r"\b(?:has[ ]|had[ ])?sent[ ](?:his|her|their|its)[ ](?P<title>[a-z][a-z -]*?)"
    r"(?=[ ](?:to|in|instead)\b|[.,;])"
)
_SENDING = re.compile(
    # "…, and Chile will be represented by its foreign minister, X"
    r"\b(?:sending|sent|(?:was|were|is|are|will[ ]be)[ ]represented[ ]by"
    # "X did not travel, with the country represented by Y"
    r"|with[ ](?:[\w’'-]+[ ]){1,3}?represented[ ]by)\b"
    r"(?:[ ](?:his|her|their|its)[ ](?P<title>[a-z][a-z -]*?)(?=[ ,.]|$))?"
)
# "He sent Y", "Y attended in his place", "Y stood in for her": someone sent by the one a
# sentence before says is away.
_IN_ONES_PLACE = re.compile(
    # "He sent Y", "He sent his foreign minister, Y" (not "He sent his condolences to Y")
    r"^\s*(?:Instead,?[ ])?(?:he|she)[ ](?:has[ ]|had[ ]|instead[ ])?sent[ ]"
    r"(?!(?:his|her)[ ](?!(?:[a-z-]+[ ]){0,3}?[a-z-]+,[ ](?-i:[A-Z])))"
    # "Y attended in his place", "His deputy, Y, is leading the delegation instead"
    r"|\b(?:in[ ](?:his|her)[ ](?:place|stead)|instead[ ]of[ ](?:him|her)|instead(?=[.,;]|$)"
    r"|st(?:ood|anding|ands)[ ]in[ ]for[ ](?:him|her)|represent(?:ed|s|ing)[ ](?:him|her))\b",
    re.IGNORECASE,
)
# "Chile sent Y.", "The country was represented by Y.": the next sentence naming the envoy
_COUNTRY_SENT = re.compile(
    rf"\s*(?:(?:The|His|Her|Its)[ ]country|(?!(?:He|She|It|They)\b)(?P<country>(?:[{UPPER}][\w’'-]*[ ]){{0,3}}?"
    rf"[{UPPER}][\w’'-]*))[ ](?:instead[ ])?(?:sent|dispatched|(?:was|is)[ ]represented[ ]by)\b"
)
# "in X's place", "in X's stead": where the one X sent stands
_PLACE_OF_ONES = r"['’]s[ ](?:place|stead)\b"
# "Y stood in for President X", "Y represented President X": X, named with a title just
# after, is away.
_STANDS_IN_FOR = re.compile(
    r"\b(?:st(?:ood|anding|ands)[ ]in[ ]for|deputi[sz](?:ed|ing|es)[ ]for"
    r"|fill(?:ed|ing|s)[ ]in[ ]for|represent(?:ed|s|ing)|in[ ]place[ ]of|instead[ ]of"
    # "Chile sent Y in President X's place"
    rf"|in(?=[ ][^,;.]{{1,60}}?{_PLACE_OF_ONES})"
    # "Y read a speech on behalf of President X", "Y delivered a message from King X"
    r"|(?:read|reads|reading|deliver(?:s|ed|ing)?|convey(?:s|ed|ing)?)[ ](?:out[ ])?(?:a|an|the)[ ]"
    r"(?:[\w-]+[ ])?(?:speech|message|statement|address)[ ](?:on[ ]behalf[ ]of|from))"
    r"[ ](?:the[ ])?",
    re.IGNORECASE,
)
_TITLES_BEFORE_A_NAME = re.compile(rf"(?:(?:[\w.-]+['’]s|[{UPPER}][\w.’'-]*|(?i:{TITLE}))[ ])+")
# "represented presidents A of B and C of D": the leaders one represents, listed after it
_REPRESENTED = re.compile(r"\brepresent(?:ed|s|ing)[ ](?!by\b)")
_LIST_CLOSES = re.compile(rf"(?:[ ]of[ ](?:the[ ])?(?:[{UPPER}][\w.’'-]*[ ]?){{1,4}})?[,.;]")
_TITLES_ONLY = re.compile(rf"(?:(?i:{TITLE})s?[ ])*")
_NEXT_REPRESENTED = re.compile(
    rf"(?:[ ]of[ ](?:the[ ])?(?:[{UPPER}][\w.’'-]*[ ]?){{1,4}})?,?[ ](?:and[ ])?"
    rf"(?:(?i:{TITLE})[ ])?"
)
_PLURAL_TITLE = re.compile(r"(?:ministers|secretaries|envoys|deputies|officials|delegates)$")
_STAYED_AWAY = re.compile(
    r"\b(?:did[ ]not|didn't|will[ ]not|won't|would[ ]not|wouldn't|could[ ]not|couldn't"
    # "was unable to attend", "decided not to attend", "declined to attend"
    r"|unable[ ]to|(?:decided|chose|opted)[ ]not[ ]to|declined[ ]to)[ ](?:attend|travel|come|go)\b"
    r"|\bskip(?:ped|ping)[ ]the\b|\bboycott(?:ed|ing)[ ]the\b"
    # "is not attending", "stayed home", "pulled out of the summit", "missed the summit"
    r"|\b(?:(?:is|are|was|were)[ ]not|will[ ]not[ ]be|won't[ ]be)[ ](?:attending|coming"
    r"|travell?ing)\b"
    r"|\bstay(?:ed|ing|s)?[ ](?:at[ ])?home\b|\bpulled[ ]out[ ]of[ ]the\b"
    r"|\bmiss(?:ed|es|ing)[ ]the[ ](?:[\w-]+[ ])?(?:summit|meeting|talks)\b"
    rf"|{_SENT_NAMED}"
    rf"|\bstayed[ ]away\b|\b(?:was|is)[ ]absent\b{_NOT_AT_A_SIDE_EVENT}"
    r"|\b(?:was|were|is|are)[ ]represented[ ]by\b"
    rf"|{_AWAY_ALSO}|{_CANCELLED}"
)
# "…; Kenya was represented by": the words between a clause's opening and its verb
_SUBJECT_BEFORE = re.compile(r"(?:^|[,;:][ ])(?P<who>[A-Z][^,;:]*?)[ ]$")
_REASON = re.compile(
    r"\b(?:busy|because|due[ ]to|ill|illness|speculated|citing|owing[ ]to|unable|for[ ]health)\b",
    re.IGNORECASE,
)
# Where a reason ends: "…; ", "…, and Chile was represented by Y": the next clause's
_REASON_END = re.compile(r";|,[ ](?:and|but|while|whereas)[ ]")
# "summit host Kazakh President X", "welcomed at the airport by X"; "X, who hosted", "X welcomed",
# "with X hosting more than 20 leaders", "X, the summit's host,", "X invited Y to attend the summit"
# … not "The host invited X", "the host welcomed X": whom the host acts on is a guest
_HOST_BEFORE = re.compile(
    r"\b(?:host|hosted[ ]by|welcomed[^.,;]{0,40}?[ ]by|at[ ]the[ ]invitation[ ]of)[ ]"
    r"(?:(?!(?-i:[a-z]+ed)[ ])[\w’'.-]+[ ]){0,3}$"
    rf"|\b{OF_THE_HOST},[ ]$",  # "the President of the host country, X"
    re.IGNORECASE,
)
_WHO_HOSTED = re.compile(
    r",?[ ](?:who[ ])?(?:hosted|welcomed|was[ ]hosting|is[ ]hosting)\b"
    # "X and Mrs. X hosted a banquet", "X and his wife hosted": the leader hosts with a spouse
    r"|[ ]and[ ](?:Mrs?\.?[ ][A-Z][\w’'-]+|(?:his|her)[ ](?:wife|husband|spouse))[ ]hosted\b"
    r"|[ ](?:will[ ]|is[ ]to[ ])(?:host|welcome)\b"  # "X will welcome the presidents of A, B"
    r"|[ ]hosting[ ](?!(?:the[ ])?next\b|an?[ ])"
    r"|,[ ]the[ ](?:summit[ ]|meeting[ ]|(?:summit|meeting)['’]s[ ])?host\b"
    # "X invited Y to attend the summit": who invites others to it hosts it
    r"|[ ]invited[ ][^.;]{1,80}?[ ]to[ ](?:attend|join)[ ](?:the|this)[ ](?:summit|meeting)\b"
)
# "Leaders from eight countries confirmed their participation. These are A, B and C.": a
# sentence that names those the one before it spoke of says what that one says of them.
_NAMES_THOSE = re.compile(
    r"(?:These|They|Those|The[ ]others)[ ](?:are|were|include|included)\b|Among(?:st)?[ ]them\b"
    # "To these were added A and B", "To this group of leaders, welcomed by X, added A from
    # B, …", "Added to them were A and B": more of those the sentence before named
    r"|To[ ](?:this|these|them|those)\b[^.;]{0,80}?[ ](?:(?:were|was)[ ])?added[ ]"
    r"|Added[ ]to[ ](?:this|these|them|those)\b"
    # "Others are A, B and C", "Others expected to join include D": the list of those the
    # sentence before named goes on
    r"|Others[ ](?:(?:expected|due|set|scheduled)[ ]to[ ](?:join|attend|come)[ ])?"
    rf"(?:are|were|includes?|included)[ ](?=[{UPPER}])"
    # "The leaders entered the hall. The first one was X, followed by Y"
    r"|The[ ]first(?:[ ]one|[ ]to[ ][a-z]+)?[ ](?:was|were)\b"
    # "Leaders are arriving. X was first, followed by Y and Z"
    r"|[^.;:]{1,80}?[ ](?:was|were)[ ](?:the[ ])?first(?=[,.])"
    # "The leaders included A and B. Then followed C and D. Next was E.": a list going on
    r"|(?:Then|Next|After[ ](?:them|him|her)|Behind[ ](?:them|him|her))[ ]"
    r"(?:followed|came|was|were)\b"
    r"|(?:They|He|She)[ ](?:was|were)[ ](?:then[ ])?followed[ ]by\b"
    r"|Following[ ](?:them|him|her)[ ](?:was|were|came)\b"
)
# A sentence about the meeting itself, where the body's own officials are at work.
_OWN_MEETING = re.compile(
    r"\b(?:summit|general[ ]assembly|ministerial[ ]meeting|council[ ]of[ ]ministers"
    r"|(?:ordinary|extraordinary|annual)[ ]session"
    # "Secretary-General X said the leaders agreed …": what the meeting's leaders did there
    r"|the[ ]leaders[ ](?:agreed|decided|adopted|approved|endorsed|pledged|signed|called))\b",
    re.IGNORECASE,
)
# "Leaders attending include:", "The summit was attended by the following Heads of State"
_LEADS_A_LIST = re.compile(r"(?::|\bthe[ ]following(?:[ ][\w-]+){0,5})\s*$", re.IGNORECASE)
# A list's heading over those who stay away: "NOT ATTENDING", "Staying away:", "ABSENT"
_AWAY_HEADING = re.compile(
    r"\s*(?:not[ ](?:attending|coming|present)|absent(?:ees)?|staying[ ]away|skipping"
    r"(?:[ ]the[ ](?:summit|meeting))?|no-shows?|who(?:['’]s|[ ]is)[ ]not[ ]coming)\s*:?\s*",
    re.IGNORECASE,
)
_LIST_ITEM = re.compile(r"\s*[-•*–—·]\s")
_ITEM_NUMBER = re.compile(r"\(?\d{1,2}[.)]")
_LIST_ITEM_WORDS = 12
_UNTITLED_ROLE = "delegate"
# Whom an attendee represents when the article does not say: a fact file needs a party, and a
# reviewer should see at once that this one is to be filled in rather than read a guess.
NOT_STATED = Party(
    key="not-stated",
    name="Not stated in the article",
    is_country=False,
    kind="whom the attendee represents, to be filled in",
)
_SUBORDINATE = re.compile(r"\b(?:after|before|as|since|when|while|because|although|until)[ ]")
# What joins names in one list: "X and Y", "X, Y", "neither X nor Y", "Norway's X and Chile's Y".
_LISTED_WITH = re.compile(
    rf",?[ ](?:(?:and|or|nor)[ ])?(?:[{UPPER}][\w.’'-]*(?:['’]s)?,?[ ]){{0,4}}"
)
# "joined by X and then by Y"; "represented by X, and Brunei by Y": the verb not said again
_AND_BEFORE = re.compile(
    rf"(?:\band|,(?:[ ]and)?)[ ](?:then[ ]|later[ ]|also[ ]|(?-i:[{UPPER}][\w’'-]*[ ]){{1,3}})?$"
)
# "At the summit, X said Y should resign": what X says of Y happens elsewhere, not at the scene.
_REPORTED_AFTER = re.compile(rf"\b(?:{SPEECH_VERB})[ ](?:that[ ])?$")
# ", which", ", who", "the coup that ousted", "X said she had spoken with": what follows tells
# of someone or something else, or of what X reports.
_RELATIVE = re.compile(
    r",[ ](?:which|who|whose|whom|where)[ ]|(?<=[a-z])[ ]that[ ](?=[a-z]+(?:ed|s)\b)"
    rf"|\b(?:{SPEECH_VERB})[ ](?:(?:he|she|they|we)[ ]|(?=(?:had|has|have|would|will)[ ]))"
    # "X said in a news conference after the summit that she would ask Y": what X will do
    r"|\bthat[ ](?:he|she|they|we)[ ](?=(?:would|will|could|might|should)[ ])"
)
# "three leaders, who are expected to discuss with Y": an aside about what is yet to happen
_LATER = re.compile(
    r"\b(?:will|would|shall|(?:expected|scheduled|due|slated|plan(?:s|ned|ning)?)[ ]to)\b"
)
# "X refused to host the meeting", "is not entertaining holding a meeting", "called off a
# bilateral meeting": an act refused, denied or cancelled, which no one does there
_REFUSED = (
    r"\b(?:(?:refus|declin)\w+(?:[ ]to)?|(?:not|never)[ ][a-z]+ing"
    r"|call(?:s|ed|ing)?[ ]off|cancel\w*|scrap(?:s|ped|ping)?)[ ]"
)
# "is not entertaining holding a meeting between Premier X and Y": whom it is refused with
_REFUSED_WITH = re.compile(
    rf"{_REFUSED}(?:(?!\b(?:because|as|since|while|when|after|before)\b)[^,;]){{0,60}}$",
    re.IGNORECASE,
)
# "whether he will attend", "if she attends", "unclear if X would come": in doubt
_IN_DOUBT_BEFORE = re.compile(r"\b(?:whether|if)[ ](?:[\w’'-]+[ ]){0,4}?$", re.IGNORECASE)
_REFUSED_BEFORE = re.compile(
    rf"{_REFUSED}(?:[\w-]+[ ]){{0,3}}$",
    re.IGNORECASE,
)
# "…, which is held in Oslo, will be opened by X": the aside has ended before X
# "X, who met Y in Lima in March,": an aside set at another time
_IN_A_MONTH = re.compile(rf"\bin[ ](?:early[ ]|late[ ]|mid-)?{_DAY_OR_MONTH}\b")
_RELATIVE_CLOSED = re.compile(r",[ ](?!(?:and|or)\b)[a-z]")
_ANTECEDENT = re.compile(r"(?:[\w’'-]+[ ])?[\w’'-]+$")
# "a visit to Peru, where", "a stop in Lima, where": the place a "where" tells of
_PLACE_BEFORE_WHERE = re.compile(rf"[{UPPER}][\w'’-]+(?:[ ][{UPPER}][\w'’-]+){{0,2}}$")
_RELATIVE_END = re.compile(r",?[ ](?:who|that)[ ](?:\w+[ ]){0,2}?$")
_PREPOSITION_BEFORE = re.compile(r"\b(?:with|to|from|by|for|of|about)[ ]$")


def find_absences(text: Text, people: People) -> tuple[list[Absence], list[Person]]:
    """Absences, and the unnamed people sent in their place (people the article describes)."""
    absences: list[Absence] = []
    envoys: list[Person] = []
    for sentence in text.sentences:
        words = text[sentence]
        cue = _SENT.search(words) or _STAYED_AWAY.search(words)
        if _there_by_video(words):
            continue
        if cue and _of_another_meeting(words[cue.start() :].split(",")[0]):
            cue = None  # "X, who skipped the last summit, arrived"
        if cue and _country_subject(text.text, sentence.start, sentence.start + cue.start()):
            cue = None  # "…, Prime Minister of Chile; Kenya was represented by Y"
        stand_ins = _stood_in_for(text, people, sentence)
        alone = True
        absent: Person | None
        envoy: Person | None
        readings: list[tuple[Person | None, Person | None, int]] = list(stand_ins)
        if cue is None:
            if not stand_ins:
                continue
        else:
            at = sentence.start + cue.start()
            before = _who_did_it(text, people, Span(_own_line(text, people, sentence, at), at))
            listed = _subjects(text, people, before)
            alone = len(listed) == 1
            absent, cue_end = (listed[0] if listed else None), cue.end()
            # "Y represented President X, who did not travel"
            envoy = next((e for a, e, _ in stand_ins if a is absent), None)
            readings = [(absent, envoy, cue_end)]
            for other in listed[1:]:  # "A and B did not attend. B's country sent Y."
                if other.party is not None and other.title is not None:
                    sent = _sent_in_the_next_sentence(text, people, sentence, other, alone=False)
                    absences.append(
                        Absence(
                            person=other,
                            title=other.title,
                            represents=other.party,
                            evidence=(sentence,),
                            sent=sent,
                        )
                    )
        for absent, envoy, cue_end in readings:  # each stand-in in turn
            if absent is not None and absent.party is None and envoy is not None and envoy.named:
                # "Chile's Vice President Y, representing President X": X is Chile's too
                absent.party = envoy.party
            if absent is None or absent.party is None or absent.title is None:
                continue
            if envoy is None:
                envoy = _sent_in_place(text, people, sentence, absent, alone=alone)
            else:
                envoy.party = envoy.party or absent.party
            told = next((index for index, a in enumerate(absences) if a.person is absent), None)
            if told is not None:  # "X stayed home. Chile sent Y in X's place.": one absence
                if absences[told].sent is None and envoy is not None:
                    absences[told] = replace(absences[told], sent=envoy)
                    envoys += [] if envoy.named else [envoy]
                continue
            if envoy is not None and not envoy.named:
                envoys.append(envoy)
            own_reason = _REASON.search(words, cue_end)
            if own_reason:
                reason: str | None = _REASON_END.split(words[own_reason.start() :])[0].rstrip(".")
                evidence: tuple[Span, ...] = (sentence,)
            else:
                reason_span = _reason(text, people, absent, sentence)
                reason = text[reason_span] if reason_span else None
                evidence = (sentence,) if reason_span is None else (sentence, reason_span)
            absences.append(
                Absence(
                    person=absent,
                    title=absent.title,
                    represents=absent.party,
                    evidence=evidence,
                    sent=envoy,
                    reason=reason,
                )
            )
    absences.sort(key=lambda absence: (absence.evidence[0].start, absence.person.introduced.start))
    return absences, envoys


def _sent_in_place(
    text: Text, people: People, sentence: Span, absent: Person, *, alone: bool
) -> Person | None:
    """Whom the absent person sent: a person named after "sending"/"sent", else one described
    ("has sent his foreign minister"), who then represents the absent person's country."""
    assert absent.party is not None
    words = text[sentence]
    sent = _SENT.search(words) or _SENDING.search(words)
    if sent is None:
        return _sent_in_the_next_sentence(text, people, sentence, absent, alone=alone)
    after = Span(sentence.start + sent.start(), sentence.end)
    named = [
        mention.person for mention in people.mentions_in(after) if mention.person is not absent
    ]
    if named:
        envoy = named[0]
        envoy.party = envoy.party or absent.party
        return envoy
    title = sent.group("title")
    if title is None or _PLURAL_TITLE.search(title):
        return None  # "sent their foreign ministers": many, none of them named
    return Person(
        key=key_of(f"{absent.party.key} {title}"),
        name=f"{title.capitalize()} of {absent.party.name}",
        introduced=Span(sentence.start + sent.start(), sentence.start + sent.end()),
        title=display_title(title),
        party=absent.party,
        named=False,
    )


def _stood_in_for(
    text: Text, people: People, sentence: Span
) -> list[tuple[Person, Person | None, int]]:
    """Each one a sentence says another stands in for, that other, and where (in the sentence)
    the words saying so end: "Y stood in for President X", "Y represented President X, who did
    not travel". A roll run on past a missing full stop may hold several ("A, representing
    President B; C, representing D, President of Chile"): each is read in turn."""
    found = []
    since = sentence.start  # where the one standing in may be named: past the last one stood in for
    for cue in _STANDS_IN_FOR.finditer(text.text, sentence.start, sentence.end):
        stand_in = _stand_in_at(text, people, sentence, cue, since)
        if stand_in is not None:
            found.append(stand_in)
        after = people.mentions_in(Span(cue.end(), sentence.end))
        since = after[0].span.end if after else cue.end()
    return found


def _stand_in_at(
    text: Text, people: People, sentence: Span, cue: re.Match[str], since: int
) -> tuple[Person, Person | None, int] | None:
    """The one the words after ``cue`` name as stood in for, and the one named before it, from
    ``since`` on."""
    after = people.mentions_in(Span(cue.end(), sentence.end))
    if not after:
        return None
    titled = _TITLES_BEFORE_A_NAME.fullmatch(text.text, cue.end(), after[0].span.start)
    in_their_place = re.match(_PLACE_OF_ONES, text.text[after[0].span.end :]) is not None
    if not in_their_place and (  # "in Lund's place" names the one stood in for, title or none
        not titled
        or not (
            TITLE_PATTERN.search(titled.group(0))
            or TITLE_PATTERN.match(text.text, after[0].span.start)  # "King X", named with it
            or _titled_after(text, after[0])  # "H.E. X, President of Chile"
        )
    ):
        return None  # "Y represented Chile", "Y stood in for Lund's aide"
    before = _last_named(text, people.mentions_in(Span(since, cue.start())), cue.start())
    envoy = before[0].person if len(before) == 1 else None
    return after[0].person, envoy, after[0].span.end - sentence.start


def _titled_after(text: Text, mention: Mention) -> bool:
    """Whether an office follows the name after a comma ("X, President of Chile")."""
    end = mention.span.end
    return text.text.startswith(", ", end) and TITLE_PATTERN.match(text.text, end + 2) is not None


def _sent_in_the_next_sentence(
    text: Text, people: People, sentence: Span, absent: Person, *, alone: bool = True
) -> Person | None:
    """The one the next sentence names as sent or standing in for the absent person, "He sent
    Foreign Minister Y.", "Y attended in his place.", "Y stood in for her.", "Chile sent Y.",
    who then represents the absent person's country; only one that names the country where
    the person was not ``alone`` away ("A and B did not attend. Chile sent Y.")."""
    number = text.sentence_index(sentence.start) + 1
    if number >= len(text.sentences):
        return None
    following = text.sentences[number]
    by_country = _COUNTRY_SENT.match(text[following])
    if by_country is not None and by_country.group("country"):
        country = gazetteer().country_named(by_country.group("country"))
        if country is None or absent.party is None or country.key != absent.party.key:
            return None  # another country's envoy, or no country's
    elif not alone or (by_country is None and _IN_ONES_PLACE.search(text[following]) is None):
        return None
    named = [m.person for m in people.mentions_in(following) if m.person is not absent]
    if len(named) != 1:
        return None  # "He met Y, and sent Z": not sure whom
    envoy = named[0]
    envoy.party = envoy.party or absent.party
    return envoy


def _who_did_it(text: Text, people: People, before: Span) -> Span:
    """Where the one who did what follows ``before`` is named: all of it, unless it ends in
    "who" or "that", which the word just before it does ("X, who did not attend"; not the
    President in "the President spoke, and then the envoys of those who did not attend")."""
    relative = _RELATIVE_END.search(text.text, before.start, before.end)
    if relative is None:
        return before
    named = [
        mention for mention in people.mentions_in(before) if mention.span.end == relative.start()
    ]
    return named[-1].span if named else Span(before.end, before.end)


def _subjects(text: Text, people: People, before: Span) -> list[Person]:
    """Those named last before what they did, listed together ("A and B did not attend"),
    not one after a preposition ("talks with A")."""
    return [
        mention.person
        for mention in _last_named(text, people.mentions_in(before), before.end)
        if not _PREPOSITION_BEFORE.search(text.text, before.start, mention.span.start)
    ]


def _reason(text: Text, people: People, person: Person, after: Span) -> Span | None:
    """The next sentence or two that name the person and say why they stayed away."""
    following = text.sentences[text.sentence_index(after.start) + 1 :][:2]
    for sentence in following:
        named = any(mention.person is person for mention in people.mentions_in(sentence))
        if named and _REASON.search(text[sentence]):
            return sentence
    return None


_GUEST = re.compile(r"\bguests?\b", re.IGNORECASE)
_GUEST_AFTER = 60  # characters after a name in which "guest" still says what the person is


def _own_line(text: Text, people: People, sentence: Span, cue: int) -> int:
    """Where the cue's line begins when a name closes the line before and the cue's line opens
    on a subject of its own ("… Secretary-General X⏎A, B and C are represented by ministers"):
    a roll's last name is no part of the next line's clause. Else the sentence's start: a
    hard-wrapped sentence goes on over its lines."""
    line = text.text.rfind("\n", sentence.start, cue)
    if line == -1 or not text.text[line + 1 : cue].lstrip()[:1].isupper():
        return sentence.start
    closing = people.mentions_in(Span(sentence.start, line))
    ends_a_line = bool(closing) and not text.text[closing[-1].span.end : line].strip()
    return line + 1 if ends_a_line else sentence.start


def find_attendees(
    text: Text,
    people: People,
    absences: list[Absence],
    absent: set[int],
    host_country: str | None,
    organization: Party | None = None,
    meeting_country: str | None = None,
) -> list[Attendee]:
    """Attendees, none of the ``absent`` (the ``id`` of everyone the text says is away, as
    ``away`` finds them) unless there by video; someone holding a body's own office with no
    party named ("Secretary-General X") serves ``organization``, the body the report is about.
    A clause that says no more than that people met, in a place of another country than
    ``meeting_country`` (the ISO code of where the meeting is), tells of another meeting ("X met
    Y in Helsinki")."""
    attendees: dict[int, Attendee] = {}
    countries = gazetteer()
    # a host may be told so at a mention of their own ("X and Mrs. X hosted a banquet"), not
    # the one that puts them at the meeting
    hosting = {id(person) for person in named_hosts(text, people.mentions)}
    list_lead = ""  # "The leaders attending are:", over the items listed after it
    previous = ""  # the sentence before, with what it names those of when it goes on a list
    numbered = False  # the sentence before is an item's number ("4.") alone
    for sentence in text.sentences:
        if is_navigation(text[sentence]):
            continue  # "Advertisement" between a sentence and the one naming those it tells of
        list_lead = _list_lead(text[sentence], list_lead, numbered=numbered)
        own = text[sentence]
        numbered = _ITEM_NUMBER.fullmatch(own) is not None
        those = _NAMES_THOSE.match(own) if previous else None
        goes_on = those is not None
        if those and list_lead == own:  # "Amongst them are:" lists those the sentence before
            list_lead = f"{previous} {own}"  # puts at the meeting
        for clause in _clauses(text, sentence):
            words = text[clause]
            # "To these, welcomed by X, added ⏐ A, B": the list begins where its lead ends
            if those and clause.start <= sentence.start + those.end():
                words = f"{previous} {words}"
            elif list_lead and clause.start == sentence.start:
                words = f"{list_lead} {words}"
            elif (
                clause.start != sentence.start
                and not _REPORTED_AFTER.search(text.text, sentence.start, clause.start)
                and (scene := _SCENE.match(text.text, sentence.start, clause.start))
            ):
                words = f"{scene.group(0)} {words}"  # "At the summit, X spoke, while Y …"
            main = _RELATIVE_ASIDE.sub("", words)  # "X, who took office in 2022, arrived"
            if not any(
                _tells_of_attending(told, text, sentence, clause, meeting_country, countries)
                for told in dict.fromkeys((words, main))
            ):
                continue
            there_by_video = _there_by_video(words)
            for mention in people.mentions_in(clause):
                person = mention.person
                if id(person) in attendees or (id(person) in absent and not there_by_video):
                    continue  # away, unless there by video after all
                if (
                    not acts_in(text, clause, mention)
                    or _told_of_aside(text, sentence, clause, mention, meeting_country)
                    or _in_a_welcome_party(text, clause, mention)
                    or _OR_A_STAND_IN.match(text.text, mention.span.end)
                ):
                    continue
                if person.party is None and person.title and serves_a_body(person.title):
                    person.party = organization
                if (
                    person.party is None
                    and not _leads_a_state(person)
                    and not _says_attending(words, plainly=True)
                ):
                    continue  # whom they represent is not given: only a plain "attended" will do
                guest = _named_a_guest(text, clause, mention)
                role = _role(
                    text,
                    person,
                    guest=guest,
                    host=(host_country, meeting_country),
                    named_host=id(person) in hosting,
                )
                if (
                    role == "host"
                    and meeting_country
                    and (person.party is None or person.party_inferred)
                ):
                    # the meeting's country over one their sentence names for another reason:
                    # "Ukraine is on a path to membership, as the summit hosted by President X"
                    person.party = (
                        _hosting_country(person, meeting_country, countries) or person.party
                    )
                attendees[id(person)] = Attendee(
                    person=person,
                    title=person.title,
                    represents=person.party or NOT_STATED,
                    role=role,
                    evidence=(sentence,),
                )
        previous = f"{previous} {own}" if goes_on else own
    for sentence in text.sentences:  # the body's own officials at its meeting
        words = text[sentence]
        if organization is None or not _OWN_MEETING.search(words):
            continue
        if _ANOTHER_MEETING.search(words) or _ANOTHER_TIME.match(words):
            continue
        for mention in people.mentions_in(sentence):
            person = mention.person
            if id(person) in attendees or id(person) in absent or not person.title:
                continue
            organ = person.party is not None and _organ_of(person.party, organization)
            if not organ and not (
                serves_a_body(person.title)
                and (person.party is None or person.party.key == organization.key)
            ):
                continue
            if not acts_in(text, sentence, mention):
                continue
            person.party = person.party or organization
            attendees[id(person)] = Attendee(
                person=person,
                title=person.title,
                represents=person.party,
                role="international-official",
                evidence=(sentence,),
            )
    for absence in absences:
        if absence.sent is not None and absence.sent.party is not None:
            attendees[id(absence.sent)] = Attendee(
                person=absence.sent,
                title=absence.sent.title or "",
                represents=absence.sent.party,
                role="envoy",
                evidence=(absence.evidence[0],),
                note=f"Sent by {absence.title} {absence.person.name}.",
            )
    return list(attendees.values())


def away(
    text: Text, people: People, absences: list[Absence], meeting_country: str | None = None
) -> set[int]:
    """The ``id`` of everyone the text says is away: absent, "the absence of X", "X skipped
    the summit", or on a list of those not attending."""
    absent = {id(absence.person) for absence in absences}
    absent |= {
        id(mention.person) for mention in _said_not_to_be_there(text, people, meeting_country)
    }
    absent |= {id(mention.person) for mention in _listed_as_away(text, people)}
    absent |= {id(mention.person) for mention in _represented(text, people)}
    return absent


def _represented(text: Text, people: People) -> list[Mention]:
    """Leaders others represent, all those listed after the verb: "Foreign ministers represented
    presidents A of B and C of D" says neither A nor C came, not only A."""
    found: list[Mention] = []
    for sentence in text.sentences:
        for cue in _REPRESENTED.finditer(text.text, sentence.start, sentence.end):
            after = people.mentions_in(Span(cue.end(), sentence.end))
            if not after or not _TITLES_ONLY.fullmatch(text.text, cue.end(), after[0].span.start):
                continue
            listed = after[:1]
            for mention in after[1:]:
                if not _NEXT_REPRESENTED.fullmatch(
                    text.text, listed[-1].span.end, mention.span.start
                ):
                    break
                listed.append(mention)
            if not _LIST_CLOSES.match(text.text, listed[-1].span.end):
                listed = listed[:1]  # "… represented A and C of D attended": C acts on their own
            found += listed
    return found


def acts_in(text: Text, clause: Span, mention: Mention) -> bool:
    """Whether the one named is who acts in the clause, not what it is about ("the detention of
    X", "according to X") nor the owner of what acts ("X's envoy said")."""
    return not (
        _SOMEONE_ELSES.match(text.text, mention.span.end) or _object_of(text, clause, mention)
    )


def _tells_of_attending(
    words: str,
    text: Text,
    sentence: Span,
    clause: Span,
    meeting_country: str | None,
    countries: Gazetteer,
) -> bool:
    """Whether the words of a clause say people attend this meeting: not another meeting, at
    another time or place, nor from afar."""
    here = meeting_country is not None and _in_the_meetings_country(
        _unreported(words), meeting_country, countries
    )
    return (
        (here or _says_attending(words))
        and (here or _says_attending(_unreported(words)) or _says_attending(words, plainly=True))
        and not told_of_another_occasion(
            words,
            text,
            sentence,
            clause,
            meeting_country,
            plainly=_says_attending(words, plainly=True),
        )
    )


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
        _ANOTHER_MEETING.search(words)
        or _ANOTHER_TIME.match(text.text, sentence.start)
        or _ANOTHER_TIME.match(text.text, clause.start)
        or _set_earlier(words)
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


def _there_by_video(words: str) -> bool:
    """Whether the words put someone at the meeting from afar, though they may say the person
    is not there: "will not attend in person but will speak by video link", "X, who skipped the
    summit, joined by video link"; not "will not attend or join by video link", nor "X skipped
    the summit and Y joined by video link"."""
    remote = [
        found
        for found in _REMOTE.finditer(words)
        if not _NEGATED_BEFORE.search(words, 0, found.start())
    ]
    if not remote:
        return False
    away = _NOT_ATTENDING.search(words)
    if away is None or _IN_PERSON.search(words):
        return True
    return any(
        not _ANOTHER_SUBJECT.search(words, away.end(), taking_part.start())
        and not _ONLY_ASKED_BEFORE.search(words, 0, taking_part.start())
        for taking_part in _TAKING_PART_REMOTELY.finditer(words, away.end())
    )


def _organ_of(party: Party, organization: Party) -> bool:
    """Whether the party is one of the organization's organs ("the NFU Commission" of the NFU)."""
    return party.key.startswith(f"{organization.key}-")


def place_code(place: str, countries: Gazetteer) -> str | None:
    """The ISO code of the country a place ("Oslo", "Tromso, Norway", "Norway") is in."""
    country = countries.country_named(place.split(", ")[-1])
    if country is not None:
        return country.code
    city = city_named(place)
    return city.code if city else None


def _elsewhere(words: str, meeting_country: str, countries: Gazetteer) -> bool:
    """Whether the clause says it happened in a place of another country ("in Helsinki", "will
    go to Helsinki to meet X")."""
    return any(
        (code := place_code(found.group("place"), countries)) is not None
        and code != meeting_country
        for found in _IN_A_PLACE.finditer(words)
    )


def _there_for_another(words: str, meeting_country: str, countries: Gazetteer) -> bool:
    """Whether the clause puts someone in a place of another country for a meeting ("X, who
    is in New York for the UN General Assembly"), or at home there ("X was receiving guests at
    his house in Jeddah"): that one, not this."""
    for found in (*_IN_A_PLACE_FOR.finditer(words), *_AT_HOME_IN.finditer(words)):
        place = found.group("place")
        # a city, or a state of one country only ("New York", which the cities list as "New
        # York City")
        codes = {code} if (code := place_code(place, countries)) else division_countries(place)
        if len(codes) == 1 and meeting_country not in codes:
            return True
    return False


def _in_the_meetings_country(words: str, meeting_country: str, countries: Gazetteer) -> bool:
    """Whether the clause says someone is in the meeting's place ("X was also in Oslo", "X
    is already in Norway", a caption's "Chilean President X, Peruvian President Y in Oslo"),
    as a report from the meeting tells who is there."""
    pictured = _PICTURED_IN.search(words)
    if (
        pictured
        and _names_and_titles_only(words[: pictured.start()], any_length=True)
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


def _set_earlier(words: str) -> bool:
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


# "… the policies that X blamed for …", "… a debt which Peru incurred in …": a relative clause
# that tells of something done, up to the time
_RELATIVE_BEFORE = re.compile(r"\b(?:that|which)[ ](?:[A-Z][\w’'-]*[ ])*[a-z]+ed\b[^,;]*$")


def _dates_a_relative(words: str, at: int) -> bool:
    """Whether the time at ``at`` ends a relative clause, which it dates alone, not the clause
    the person acts in; not words someone reports ("said that X visited Oslo in 2010")."""
    relative = _RELATIVE_BEFORE.search(words, 0, at)
    return relative is not None and not _REPORTED_AFTER.search(words, 0, relative.start())


def _listed_as_away(text: Text, people: People) -> list[Mention]:
    """Mentions in the items of a list under a heading that says they do not attend ("NOT
    ATTENDING", "Staying away:"), up to the next heading or the list's end."""
    away: list[Mention] = []
    under = False
    for sentence in text.sentences:
        words = text[sentence]
        if _AWAY_HEADING.fullmatch(words):
            under = True
        elif not _LIST_ITEM.match(words):
            under = False  # another heading ("ATTENDING"), or the list has ended
        elif under:
            away += people.mentions_in(sentence)
    return away


def _list_lead(sentence: str, lead: str, *, numbered: bool = False) -> str:
    """The words that lead into a list ("Leaders attending include:") while ``sentence`` is the
    lead or an item of its list (a bulleted line, a short one of names and titles, or a name after
    an item's number), else "". A numbered item is one however long it runs ("2. X, Minister for
    Trade (representing …)"), so the items after it stay on the list; a numbered paragraph that
    opens with no name ("5. Summit also elected …") ends it."""
    if _LEADS_A_LIST.search(sentence):
        return sentence
    if lead and (
        _LIST_ITEM.match(sentence)
        or _names_and_titles_only(sentence)
        or (numbered and _ITEM_OF_A_COLON_LIST.match(sentence))
    ):
        return lead
    return ""


def _names_and_titles_only(line: str, *, any_length: bool = False) -> bool:
    """ "Erik Lund, prime minister of Sweden": a short line with no word but names and titles,
    or a few such run together in a roll's line ("A: HE President X B: HE Y")."""
    words = TITLE_PATTERN.sub("", line).split()
    items = max(1, line.count(": "))
    return (any_length or len(words) <= _LIST_ITEM_WORDS * items) and not any(
        len(word) > 3 and word.islower() for word in words
    )


def _hosting_country(person: Person, code: str, countries: Gazetteer) -> Party | None:
    """The country of the meeting, which a host who leads a state with no country given leads
    ("host Prime Minister X" at a summit in Oslo), else none (a host may be a body's chair)."""
    role = role_for(person.title or "", represents_country=True)
    if role not in LEADING_ROLES:
        return None
    for country, _adjective in countries.forms.values():
        if country.code == code:
            return Party(key=country.key, name=country.name, is_country=True, code=country.code)
    return None


# "X was welcomed upon arrival at the airport by A, B and C", "met on arrival by": the party
# that receives a leader where they land
_WELCOMED_ON_ARRIVAL_BY = re.compile(
    r"\b(?:welcomed|received|greeted|met)[ ](?:[^.;]{0,60}?[ ])?(?:airport|(?:up)?on[ ]arrival)\b"
    r"[^.;]{0,60}?[ ]by[ ]",
    re.IGNORECASE,
)


# a caption's "X escorting Mrs Y, the President of A, on her arrival at the airport": X meets
# the plane
_ESCORTING_ON_ARRIVAL = re.compile(
    r",?[ ](?i:escort|welcom|greet|receiv)\w*[ ][^;]{0,80}?[ ](?:up)?on[ ](?:his|her|their)[ ]"
    r"arrival\b"
)


# "the Gambian Leader, X, or his representative": which of them comes is not said
_OR_A_STAND_IN = re.compile(
    r",?[ ]or[ ](?:his|her|their)[ ](?:duly[ ])?(?:representative|envoy|delegate|deputy)s?\b"
)


def _in_a_welcome_party(text: Text, clause: Span, mention: Mention) -> bool:
    """Whether the person is among those who welcome a leader on arrival: ministers, envoys
    and officers meet a plane and do not sit at the summit; a head of state or government
    who does is the host."""
    welcome = _WELCOMED_ON_ARRIVAL_BY.search(
        text.text, clause.start, mention.span.start
    ) or _ESCORTING_ON_ARRIVAL.match(text.text, mention.span.end, clause.end)
    title = mention.person.title or ""
    return welcome is not None and role_for(title, represents_country=True) not in LEADING_ROLES


def _leads_a_state(person: Person) -> bool:
    """Whether the person's title makes them a head of state or government or a minister
    ("President X met the leaders", "the Minister of Foreign Affairs, X, met …"), whose
    meeting or welcome at a summit is their own, country given or not."""
    if person.title is None:
        return False
    role = role_for(person.title, represents_country=True)
    return role in LEADING_ROLES or ("minister" in person.title.casefold())


def _unreported(words: str) -> str:
    """``words`` less the verbs in the past in a quote, which tell what others did."""
    return _QUOTED.sub(lambda quote: _PAST_VERB.sub("", quote.group(0)), words)


def _says_attending(words: str, *, plainly: bool = False) -> bool:
    """Whether a clause says that people attend: a cue not asked for ("invited X to attend")
    nor in doubt ("has not confirmed whether he will attend")."""
    cues = (cue for cue in _ATTENDING.finditer(words) if cue["plainly"] or not plainly)
    return any(
        not _ASKED_TO.search(words, max(0, cue.start() - 100), cue.start())
        and not _REFUSED_BEFORE.search(words, max(0, cue.start() - 40), cue.start())
        and not _IN_DOUBT_BEFORE.search(words, max(0, cue.start() - 40), cue.start())
        for cue in cues
    )


def _object_of(text: Text, clause: Span, mention: Mention) -> bool:
    """ "the detention of President X": the name is what the clause is about, not who acts;
    nor is "tariffs set by President X" anything X does at the meeting ("hosted by X" is, and
    "taken up by X as host of the summit"), nor "according to X" (whom the clause is told by),
    nor "whether X will meet Y" or "ready for talks with X" (not sure, or only wished for), nor
    "not holding a meeting with X" (refused), nor "then-Prime Minister X hosted it" (in the
    past), nor "take over the chair from X" (who only hands it over), nor "the states that
    oppose President X" (whom others take a stand on)."""
    before = text.text[clause.start : mention.span.start].replace("\n", " ")  # a wrapped line
    if any(
        pattern.search(before)
        for pattern in (
            _SOURCE_BEFORE,
            _UNSURE_BEFORE,
            _EXPECTED_BY,
            _CHAIR_TAKEN_FROM,
            _STOOD_IN_FOR,
            _BLAMED_BEFORE,
            _REFUSED_WITH,
            _THEN_BEFORE,
            _STANCE_ON,
        )
    ):
        return True
    of = _OF_BEFORE.search(before)
    if of is not None and not _THERE_OF.fullmatch(of.group("noun")):
        return True
    by = _BY_BEFORE.search(text.text, clause.start, mention.span.start)
    if by is None:
        return False
    start = by.start()
    # "joined by X and then by Y", "represented by X, B by Y and C by Z": Z's "by" is X's
    while (earlier := text.text.rfind(" by ", clause.start, start)) != -1 and _AND_BEFORE.search(
        text.text, earlier, start
    ):
        start = earlier + 1
    return not (
        _ATTENDING.search(text.text, max(clause.start, start - 40), by.end())
        or _FOLLOWED_BY.search(text.text, max(clause.start, start - 12), by.end())
        or _AS_HOST_AFTER.match(text.text, mention.span.end)
    )


def _told_of_aside(
    text: Text, sentence: Span, clause: Span, mention: Mention, meeting_country: str | None = None
) -> bool:
    """Whether the name is in words of their own that do not say it is there: a quote ("“We
    stand with X,” Y told the summit"), a clause about something else ("the coup that ousted
    X", "the bloc, which was founded by X"), what someone reports ("Y said she had spoken with
    X") or what happened in a place of another country than ``meeting_country`` ("after a visit
    to Peru, where she met X"), though the sentence says others attend."""
    for quote in _QUOTED.finditer(text.text, sentence.start, sentence.end):
        if quote.start() < mention.span.start < quote.end():
            return not _says_attending(quote.group(0))
    relatives = list(_RELATIVE.finditer(text.text, clause.start, mention.span.start))
    if not relatives or _RELATIVE_CLOSED.search(text.text, relatives[-1].end(), mention.span.start):
        return False
    if meeting_country is not None and relatives[-1].group(0) == ", where ":
        place = _PLACE_BEFORE_WHERE.search(text.text, clause.start, relatives[-1].start())
        code = place_code(place.group(0), gazetteer()) if place else None
        if code is not None and code != meeting_country:
            return True
    # with the words it tells of: "an audience that included X", "the speech that preceded X's"
    antecedent = _ANTECEDENT.search(text.text, clause.start, relatives[-1].start())
    start = antecedent.start() if antecedent else relatives[-1].start()
    # … up to the comma that closes it: "…, which returned X to power, when he said in closing
    # remarks" tells what the one it opens after does, not X; past the comma that closes a
    # name set off in it ("Qatar, whose Amir, X, arrived")
    closing = text.text.find(", ", mention.span.end, clause.end)
    if closing != -1 and text.text.endswith(", ", 0, mention.span.start):
        closing = text.text.find(", ", closing + 2, clause.end)
    aside = text.text[start : clause.end if closing == -1 else closing]
    return (
        not _says_attending(aside)
        or _set_earlier(aside)
        or bool(_IN_A_MONTH.search(aside))
        or (
            bool(_LATER.search(text.text, relatives[-1].end(), mention.span.start))
            and not _says_attending(aside, plainly=True)
        )
    )


# "warned X and other leaders not to take part", "advising them not to attend", "urged X not
# to go": what others press someone to do, which does not say what they did
_URGED_NOT_TO = re.compile(
    r"\b(?:advis|urg|warn|ask|tell|told|press|persuad|implor|beg)\w*[ ](?:[^ .;:]+[ ]){1,8}?"
    r"not[ ]to[ ]\w+$",
    re.IGNORECASE,
)

# "Neither X nor Y attended": each of those named is away
_NEITHER_NOR = re.compile(
    r"\b(?i:neither)[ ](?P<named>[^;.]{1,160}?[ ]nor[ ][^;.]{1,80}?)[ ](?:attend\w*|came"
    r"|travell?ed|took[ ]part|participated|joined|(?:was|were)[ ](?:there|present))\b"
)

# "A, and the presidents of B, X; and C, Y, who delegated their representation to ministers":
# "their" makes the clause said of everyone the sentence lists before it
_DELEGATED_THEIRS = re.compile(
    r",[ ]who[ ](?:all[ ])?(?:delegated|sent)[ ]their[ ](?:representation|delegations"
    r"|(?:foreign[ ])?ministers|deputies|envoys)\b"
)


def _said_not_to_be_there(
    text: Text, people: People, meeting_country: str | None = None
) -> list[Mention]:
    """Mentions of someone the text says is away: "the absence of X", "X skipped the summit"."""
    away = [
        mention
        for mention in people.mentions
        if _NOT_THERE_BEFORE.search(
            text.text, text.sentence_at(mention.span.start).start, mention.span.start
        )
    ]
    away += [
        mention for mention in people.mentions if _ABSENCE_AFTER.match(text.text, mention.span.end)
    ]
    for sentence in text.sentences:
        if neither := _NEITHER_NOR.search(text.text, sentence.start, sentence.end):
            away += people.mentions_in(Span(neither.start("named"), neither.end("named")))
        if delegated := _DELEGATED_THEIRS.search(text.text, sentence.start, sentence.end):
            away += people.mentions_in(Span(sentence.start, delegated.start()))
        for clause in _clauses(text, sentence):
            cue = _NOT_ATTENDING.search(text.text, clause.start, clause.end)
            if cue and _URGED_NOT_TO.search(text.text, clause.start, cue.end()):
                continue  # "warned X not to attend": urged to stay away, not said to
            if cue and _stays_where_it_meets(text.text, cue, meeting_country):
                continue
            if cue and _country_subject(text.text, clause.start, cue.start()):
                continue  # "…, Prime Minister of Chile; Kenya was represented by Y"
            if cue and not _of_another_meeting(text.text[cue.start() : clause.end].split(",")[0]):
                away += _last_named(
                    text,
                    people.mentions_in(_who_did_it(text, people, Span(clause.start, cue.start()))),
                    cue.start(),
                )
    return away


def _country_subject(text: str, start: int, cue: int) -> bool:
    """Whether a country is the subject of the words saying someone is away, set off from a
    leader named before it in a roll ("…, Prime Minister of Chile; Kenya was represented by
    Y"): Kenya is the one represented, not the leader before it."""
    subject = _SUBJECT_BEFORE.search(text, max(start, cue - 60), cue)
    return subject is not None and gazetteer().country_named(subject.group("who")) is not None


def _stays_where_it_meets(text: str, cue: re.Match[str], meeting_country: str | None) -> bool:
    """Whether the cue says someone stays on in the meeting's country ("X is expected to stay in
    Norway until Monday"), which puts them there, where "stayed in Stockholm" keeps them home."""
    staying = _STAYING_IN.match(text, cue.start())
    return (
        meeting_country is not None
        and staying is not None
        and place_code(staying.group("place"), gazetteer()) == meeting_country
    )


def _of_another_meeting(words: str) -> bool:
    """Whether the words tell of another meeting ("skipped last year's summit", "missed the
    summit in 2019"), not this one."""
    return bool(_ANOTHER_MEETING.search(words)) or _set_earlier(words)


def _last_named(text: Text, mentions: list[Mention], end: int) -> list[Mention]:
    """The last person named before what someone did, and those listed with them ("X and Y
    skipped it"); not someone named earlier in the clause ("… as X looks to rebuild ties
    after his predecessor X pulled out")."""
    if mentions and _SUBORDINATE.search(text.text, mentions[-1].span.end, end):
        return []  # "X looks to rebuild ties after his predecessor pulled out"
    listed = mentions[-1:]
    for earlier in reversed(mentions[:-1]):
        if not _LISTED_WITH.fullmatch(text.text, earlier.span.end, listed[0].span.start):
            break
        listed.insert(0, earlier)
    return listed


def _clauses(text: Text, sentence: Span) -> list[Span]:
    starts = [sentence.start]
    asked = _ASKED_OPENING.match(text.text, sentence.start, sentence.end)
    if asked:
        starts.append(asked.end())
    reported = _REPORTED_BY.search(text.text, sentence.start, sentence.end)
    if reported and not _SCENE_OPENING.match(text.text, sentence.start):
        starts.append(reported.start())
    boundaries = list(_CLAUSE_BOUNDARY.finditer(text.text, *_bounds(sentence)))
    following = [match.start() for match in boundaries[1:]] + [sentence.end][: len(boundaries)]
    starts += [
        match.end()
        for match, end in zip(boundaries, following, strict=True)
        # "the presidents of Norway, X; Chile, Y": a semicolon between items of one list, as
        # after items alone that the verb closing the sentence tells of ("Presidents of
        # Norway, X; Chile, Y and Peru, Z are also here")
        if not (
            match.group(0).startswith(";")
            and (
                _LIST_ITEMS.fullmatch(text.text, match.end(), end)
                or _ITEM_OF_A_COLON_LIST.match(text.text, match.end(), end)
                and ":" in text.text[sentence.start : match.start()]
                or _names_and_titles_only(
                    text.text[_past_opening_phrase(text, sentence) : match.start()],
                    any_length=True,
                )
            )
        )
    ]
    starts.sort()
    ends = starts[1:] + [sentence.end]
    return [Span(start, end) for start, end in zip(starts, ends, strict=True)]


def _past_opening_phrase(text: Text, sentence: Span) -> int:
    """Where the sentence goes on after a phrase opening it ("At the time of filing this report,
    the Chilean President, X; …"): a list of leaders may begin there."""
    opening = _OPENING_PHRASE.match(text.text, sentence.start, sentence.end)
    return opening.end() if opening else sentence.start


def _bounds(span: Span) -> tuple[int, int]:
    return span.start, span.end


def named_hosts(text: Text, mentions: Mentions) -> list[Person]:
    """The people the text names as hosting ("host X", "hosted by X", "X, who hosted …", "X,
    the summit host"), in the order first named."""
    hosts: dict[int, Person] = {}
    for mention in mentions:
        start, end = mention.span.start, mention.span.end
        if _HOST_BEFORE.search(text.text, max(0, start - 40), start) or _hosted_here(text, end):
            hosts.setdefault(id(mention.person), mention.person)
    return list(hosts.values())


def _hosted_here(text: Text, end: int) -> bool:
    """Whether the words after a name say they host ("X, who hosted the leaders"), and not
    another meeting ("X, who hosted a mini-summit in Paris last week")."""
    hosted = _WHO_HOSTED.match(text.text, end)
    if hosted is None:
        return False
    aside = _ASIDE_END.match(text.text, hosted.end())
    words = text.text[end : aside.end() if aside else hosted.end()]
    return not (_ANOTHER_MEETING.search(words) or _set_earlier(words))


def _named_a_guest(text: Text, clause: Span, mention: Mention) -> bool:
    """Whether the clause calls the person a guest: before the name ("Guests included X") or
    just after it ("X, a guest of the host"); not the "special invited guests" that end a long
    list of leaders, who are others."""
    end = min(clause.end, mention.span.end + _GUEST_AFTER)
    return _GUEST.search(text.text, clause.start, end) is not None


def _role(
    text: Text,
    person: Person,
    *,
    guest: bool,
    host: tuple[str | None, str | None],
    named_host: bool,
) -> str:
    """The attendee's role: the host when the text says so (at any mention: ``named_host``),
    or when they lead the country the text calls the host (``host``'s key) or the meeting is
    in (its code), as a summit's host is; else the role their title gives."""
    introduced = person.introduced
    hosts = (
        named_host
        or _HOST_BEFORE.search(text.text, max(0, introduced.start - 40), introduced.start)
        or _hosted_here(text, introduced.end)
    )
    by_title = (
        role_for(person.title, represents_country=person.party is None or person.party.is_country)
        if person.title
        else _UNTITLED_ROLE
    )
    party = person.party
    if hosts or (
        party is not None
        and (party.key == host[0] or (party.code is not None and party.code == host[1]))
        and by_title in HEAD_ROLES
    ):
        return "host"
    if guest:
        return "guest"
    return by_title
