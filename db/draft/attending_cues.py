"""The words that say someone is at the meeting, as `attendance` and `absences` read them.

Some say it plainly, enough for someone whose country the article does not give ("attended",
"took part", "arrived", "at the summit", "led the delegation", "by video link", "told
delegates", "presided over the summit", "summit participants, including"); others only together
with what else the article gives of the person: a meeting, a welcome, a hand-over ("met",
"greeted", "talks with", "shook hands", "passed the baton to X", a caption's "(L-R)"). One
pattern holds both kinds and tells them apart by group, as two would cost twice to compile.
"""

from __future__ import annotations

import re

from db.draft.lazy_regex import lazy_compile
from db.draft.text import UPPER
from db.draft.titles import TITLE

_MEETING = (
    r"(?:summit|meetings?|talks|sessions?|gathering|conference|leaders|discussions|delegations?"
    r"|counterparts|assembly|plenary)"
)


# What one is at or in when at a meeting ("at the forum", "during the plenary"); not a press
# conference, which may be anyone's anywhere.
EVENT = (
    r"(?:summit|meeting|meet|talks|session|retreat|forum|gathering|plenary|ceremony|proceedings"
    r"|deliberations|dinner|banquet|(?<!press[ ])(?<!news[ ])conference)"
)


# "by video link", "by a video message", "virtually": there from afar, though the text may say
# they are not there.
REMOTELY = (
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
    # "X of Chile played host to his counterparts"
    r"|pla(?:y|ys|yed|ying)[ ]host[ ]to\b"
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
    # "The summit was conducted by the leaders of …", "discussions are being held by X and Y",
    # "This debate will be introduced by X", "The summit was also addressed by X", "The opening
    # sitting was addressed by X": who opens a part of it or speaks to it is there
    rf"|(?:{_MEETING}|debate|sitting)[ ](?:is|are|was|were|will[ ]be|(?:has|have|had)[ ]been)[ ]"
    r"(?:also[ ])?(?:being[ ])?(?:conducted|held|introduced|opened|inaugurated|addressed)[ ]by"
    rf"|organi[sz](?:e|es|ed|ing)[ ](?:the|a|this|its)[ ](?:[\w’'\"“”-]+[ ]){{0,3}}?{_MEETING}"
    # "the summit, promoted by X", "the meeting convened by X": its convener hosts it
    r"|(?:summit|meeting|conference),?[ ](?:convened|promoted)[ ]by\b"
    # "The signing ceremony at the President's House was witnessed by X, Y and Z"
    r"|(?:was|were)[ ]witnessed[ ]by\b"
    r"|arriv(?:e|es|ed|ing|als?)|jet(?:s|ted|ting)?[ ]in\b"  # "the third to jet in"
    r"|gather(?:s|ed|ing)?|host(?:s|ed|ing)|(?:will|would|to|shall)[ ]host"
    rf"|(?-i:[Hh]ost[ ](?=[{UPPER}]))"  # "Host X", "summit host X": the host is there
    r"|chair(?:s|ed|ing|manship)|(?:summit|meeting|conference)[ ]chair(?:man|woman|person)?"
    r"|under[ ]the[ ]chair[ ]of\b"  # "held under the chair of X": X chairs it
    r"|chair(?:man|woman|person)?[ ]of[ ](?:the|this)[ ](?:summit|meeting|conference)"
    rf"|join(?:s|ed|ing)?[ ](?:(?:the|their|other|fellow|a|his|her)[ ])?(?:[\w-]+[ ]){{0,2}}?{_MEETING}"
    r"|(?:lead|led|leads|leading|head|headed|heads|heading)[ ](?:up[ ])?"  # "head up"
    rf"(?:the|a|his|her|its|their|(?-i:(?:[{UPPER}][\w.-]*[ ]){{0,2}}[{UPPER}][\w.]*['’]s))[ ]"
    r"(?:[\w-]+['’]s[ ])?(?:[\w.-]+[ ])?delegation"
    r"|delegations?,?[ ](?:(?:is|was|were|are|will[ ]be|being)[ ])?(?:led|headed)[ ]"
    r"(?:instead[ ]|now[ ]|also[ ])?by"
    # "addressed the leaders", "addressed the Pacific Islands Forum" (its meeting), "addressed
    # the opening of the event"
    r"|address(?:ed|es|ing)?[ ](?:the[ ])?(?:(?:opening|closing)[ ](?:session[ ])?of[ ]the[ ])?"
    rf"(?:[\w-]+[ ]){{0,2}}?(?:{_MEETING}|forum|event)"
    # "told fellow leaders", "urged the delegates", "X told the summit"
    r"|(?:told|urged|asked|reminded|assured|warned|thanked|called[ ]on|appealed[ ]to)[ ]"
    r"(?:(?:the|his|her|their)[ ])?(?:(?:fellow|other|visiting|assembled|gathered)[ ])?"
    rf"(?:[\w-]+[ ])?(?:{_MEETING}|delegates|diplomats|participants|members"
    r"|heads[ ]of[ ](?:state|government))"
    r"|(?:told|urged)[ ]fellow"
    rf"|(?:at|during|in)\s(?:the|a|this|its)\s(?:[\w’'-]+\s){{0,3}}?{EVENT}"
    # "X spoke at his final NATO summit": the meeting the clause's own subject is at
    rf"|(?:at|during)[ ](?:his|her|their)[ ](?:[\w’'-]+[ ]){{0,3}}?(?:summit|meeting|retreat)\b"
    # "at the conclusion of the landmark summit", "at the open part of the plenary session"
    r"|(?:at|on|during)[ ]the[ ](?:[\w-]+[ ])?(?:end|close|conclusion|start|opening|margins?|part|day)"
    r"[ ]of[ ](?:the|this|a|its)[ ]"
    rf"(?:[\w’'-]+[ ]){{0,3}}?{EVENT}"
    r"|(?:in|used|using|uses|gave|giving|made|during)[ ](?:his|her|their)[ ](?:[\w-]+[ ])?"
    r"(?:speech|address|remarks|intervention)\b"
    # "the summit's host", "X, the host,"; not "the host country"
    r"|(?:summit|meeting|conference|gathering|forum|retreat)['’]s[ ]host\b"
    r"|(?:the|as)[ ](?:summit[ ]|meeting[ ])?host\b"
    r"(?![ -](?:country|countries|nation|city|state|government|team|broadcaster))"
    # "summit participants, including", "the leaders of G20 members include"
    # "leaders in Oslo include:", "the speakers included X", "X leads a team that included Y",
    # "the leaders, who include X", "Key dignitaries include X"
    rf"|(?:audience|{_MEETING}|attendees|participants|guests|speakers|team|dignitaries)"
    # … not a party at the airport: "the delegation at the airport included"
    r"(?:[ ](?:of|in|at)(?![ ]the[ ]airport)(?:[ ][\w’'-]+){1,4}?)?,?[ ]"
    r"(?:that[ ]|which[ ]|who[ ])?includ(?:e|ed|es|ing)"
    r"|st(?:ood|anding|ands)[ ]in[ ]for|joining[ ](?:him|her|them)[ ](?:were|was|are|is)"
    rf"|{REMOTELY}"
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
    rf"(?:{_MEETING}|{EVENT})"
    r"|(?:(?:open|clos)(?:s|ed|ing)?|inaugurat(?:e|es|ed|ing)|(?:co-)?presid(?:e|es|ed|ing)(?:[ ]over)?)"
    rf"[ ](?:the|this|a|its|their)[ ](?:[\w-]+[ ]){{0,4}}?(?:{_MEETING}|{EVENT})"
    r"|deliver(?:s|ed|ing)?[ ](?:(?:a|an|his|her|the|their)[ ])?(?:[\w-]+[ ])?"
    r"(?:speech(?:es)?|address(?:es)?|statements?|keynotes?|remarks)"
    rf"|(?:speech|address|remarks)[ ]to[ ](?:the[ ])?(?:[\w-]+[ ]){{0,2}}?{_MEETING}"
    r"|in[ ]attendance|among[ ](?:the[ ])?(?:(?:\d+|other|visiting|foreign|world)[ ])?"
    r"(?:leaders|those|heads|dignitaries|delegates)"
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
MEALS = r"(?:dinner|lunch|luncheon|banquet|reception|breakfast)"


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
    r"|(?:was|were)[ ]signed[ ]by"  # "The document was signed by Chilean President X, …"
    # "X read the final communique", "X read out the declaration", "X read the final statement"
    r"|(?:read|reads|reading)[ ](?:out[ ])?the[ ](?:[\w-]+[ ]){0,2}?(?:communiqu[eé]|declaration"
    r"|(?:final|joint|closing)[ ]statement)"
    r"|receiv(?:ed|es|ing)[ ](?:(?:the[ ])?(?:[\w-]+[ ])?(?:leaders|heads|delegations?|participants"
    rf"|guests|delegates)|(?=(?-i:[{UPPER}])))"  # "They received Chilean President X"
    r"|(?:was|were)[ ](?:warmly[ ])?received[ ]by"  # "X and his wife were received by Y"
    # "X invited 53 leaders for dinner": hosts them at the meeting's meal
    r"|invit(?:ed|es|ing)[ ](?:the[ ]|all[ ]|\d+[ ])?(?:[\w-]+[ ])?(?:leaders|heads|delegations"
    r"|participants|guests|delegates)[ ](?:for|to)[ ](?:a[ ]|the[ ])?(?:[\w-]+[ ])?"
    rf"{MEALS}\b"
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
    # "discussions are being held by X and his counterparts": the same, told in the passive
    r"|(?:talks|meetings?|discussions)[ ](?:are|were|is|was)[ ](?:being[ ])?held[ ]by"
    # "X poses with Y", a caption's picture of two at the meeting, as "posed for pictures"
    r"|led[ ]by|sh(?:ook|akes|aking)[ ](?:hands|(?:his|her|the)[ ]hand)"
    r"|pos(?:e|es|ed|ing)[ ](?:for|with)"
    r"|(?:extend|offer)(?:s|ed|ing)?[ ](?:his|her)[ ]hand"
    r"|(?:fl(?:ew|ies|y|ying)|jet(?:s|ted|ting))[ ]in(?:to)?\b"
    r"|(?:took|takes|taking|handed|hands|handing|assum(?:e|es|ed|ing))[ ](?:over[ ])?(?:the|as)[ ]"
    r"(?:[\w-]+[ ])?chair\w*"
    # "handed over to X", "passing the bloc's baton to X": the chair changing hands there
    r"|hand(?:s|ed|ing)?[ ]over[ ](?:to|by)|presence"
    # … "hands over the ceremonial gavel to X", "handed over the pro tempore presidency of the
    # Andean Community (CAN) to X"
    r"|(?:pass|hand)(?:es|ed|ing|s)?[ ](?:on[ ]|over[ ])?(?:the|its|his|her)[ ](?:[\w’'-]+[ ]){0,2}?"
    r"(?:baton|gavel|presidency|chair\w*)(?:[ ]of[ ](?:the[ ])?[\w’'()-]+(?:[ ][\w’'()-]+){0,4}?)?"
    r"[ ]to\b"
    # "The summit brought together X, Y", and as a preview: "will bring together X, Y"
    r"|(?:brought|bringing|brings|bring)[ ]together"
    # "The Summit will feature other Heads of States such as X of Chile"
    rf"|{EVENT}[ ](?:will[ ])?(?:also[ ])?featur(?:e|es|ed|ing)"
    r"|also[ ]expected(?:[ ]to[ ]be[ ](?:there|present))?[ ](?:is|are|were|was)\b"
    # a photograph's caption: "Standing left to right are X, Y …", "(L-R) X, Y", "From the
    # left: X, Y"
    r"|(?:from[ ])?(?:left[ ]to[ ]right|right[ ]to[ ]left)|(?<=\()[LR]-[LR](?=\))"
    r"|(?<=\()from[ ](?:the[ ])?(?:left|right)(?=\))|^From[ ](?:the[ ])?(?:left|right)\b"
    # a row of a group photo's caption: "…; sitting row, from left: X; Y", "Seated, from left"
    r"|\b(?:row|seated|sitting|standing),?[ ]from[ ](?:left|right)\b"
    # a caption that names each row of the photo: "Front row: A (President X), B (…)"
    r"|^(?:front|back|middle|top|bottom|rear)[ ]row(?=:)"
    r"|in[ ]the[ ](?:family[ ]|group[ ]|official[ ])?photo(?:graph)?\b"
    r"|^(?:At|On)[ ](?:the[ ])?(?:cent(?:er|re)|left|right)(?=,)"  # "At center, X and on the right, Y"
    r"|elected[ ](?:as[ ])?(?:the[ ])?(?:[\w-]+[ ])?chair\w*"
    # "X is in Oslo for the summit", "X is on Vava'u Island for his first leaders' retreat"
    rf"|[ ](?:in|on|at)[ ](?:[{UPPER}][\w'’-]+[ ]){{1,3}}for[ ](?:the|a|this|its|his|her|their)[ ]"
    rf"(?:[\w’'-]+[ ]){{0,3}}?(?:{_MEETING}|{EVENT})"
)


# one pattern for both kinds of cue, which tells them apart by group: the plain cues are some
# 9,000 characters, which two patterns cost twice to compile
ATTENDING = lazy_compile(
    rf"\b(?:(?P<plainly>{_PLAINLY_ATTENDING})|{_ALSO_ATTENDING})\b", re.IGNORECASE
)


# "IGAD invited X to attend", "urged X to take part": asked to, not said to.
_ASKED_TO = lazy_compile(
    r"\b(?:invit\w+|ask\w*|urg\w+|call\w*[ ]on)[ ](?:[^,.;]{0,60}?[ ])?to[ ]$",
    re.IGNORECASE,
)


# "X refused to host the meeting", "is not entertaining holding a meeting", "called off a
# bilateral meeting": an act refused, denied or cancelled, which no one does there
REFUSED = (
    r"\b(?:(?:refus|declin)\w+(?:[ ]to)?|(?:not|never)[ ][a-z]+ing"
    r"|call(?:s|ed|ing)?[ ]off|cancel\w*|scrap(?:s|ped|ping)?)[ ]"
)


# "whether he will attend", "if she attends", "unclear if X would come": in doubt
_IN_DOUBT_BEFORE = lazy_compile(r"\b(?:whether|if)[ ](?:[\w’'-]+[ ]){0,4}?$", re.IGNORECASE)


_REFUSED_BEFORE = lazy_compile(
    rf"{REFUSED}(?:[\w-]+[ ]){{0,3}}$",
    re.IGNORECASE,
)

# "may not meet this year", "will not attend", "hasn't yet met": denied, not said (but "took aim
# at X for not attending" says the one who took aim attends)
_DENIED_BEFORE = lazy_compile(
    r"(?:\b(?:will|would|may|might|could|can|shall|should|did|does|do|has|have|had)[ ]not"
    r"|\bnever|n['’]t)[ ](?:(?:be|been|have|yet|even)[ ]){0,2}$"
)


def says_attending(words: str, *, plainly: bool = False) -> bool:
    """Whether a clause says that people attend: a cue not asked for ("invited X to attend"),
    nor in doubt ("has not confirmed whether he will attend"), nor denied ("may not meet")."""
    cues = (cue for cue in ATTENDING.finditer(words) if cue["plainly"] or not plainly)
    return any(
        not _ASKED_TO.search(words, max(0, cue.start() - 100), cue.start())
        and not _REFUSED_BEFORE.search(words, max(0, cue.start() - 40), cue.start())
        and not _IN_DOUBT_BEFORE.search(words, max(0, cue.start() - 40), cue.start())
        and not _DENIED_BEFORE.search(words, max(0, cue.start() - 20), cue.start())
        for cue in cues
    )
