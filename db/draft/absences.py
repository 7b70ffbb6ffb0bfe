"""Who stayed away from the meeting, why, and who came in their place.

The text says someone is away with "the absence of X", "X's absence", "in lieu of X", "X
skipped the summit", "X will be the main absence", "X stayed in Stockholm", "X decided not to
attend", "X turned down the invitation", "X was represented by Y", "X was again excluded", "X
has been banned from attending", "X did not make the trip", "X sat out the summit", "X was not
there": the one named last before such words and those listed with them, not someone named
earlier in the clause. A heading "Absent:" lists those away on the lines after it.

"X has sent his foreign minister" makes X absent and an unnamed foreign minister of X's country
an envoy; "X did not attend, sending Y" or "…; X's country was represented by Y" makes the
named Y the envoy, and so do "Y stood in for President X", "Y represented President X, who did
not travel" and a sentence after the one saying X is away, "He sent Y.", "Y attended in his
place.". Someone away in person who joins by video link in the same clause attends ("X, who
skipped the summit, joined by video link"). The reason is the rest of the sentence from
"because", "due to" or the like, else a following sentence about X that gives one ("was busy").
"""

from __future__ import annotations

import re
from dataclasses import replace

from db.draft.attending_cues import MEALS, REMOTELY
from db.draft.clauses import LIST_ITEM, clauses
from db.draft.countries import gazetteer
from db.draft.forms_of_address import ADDRESS_BEFORE
from db.draft.keys import key_of
from db.draft.lazy_regex import lazy_compile
from db.draft.model import Absence, Mention, Person
from db.draft.other_occasions import of_another_meeting, stays_where_it_meets
from db.draft.people import People
from db.draft.text import UPPER, Span, Text
from db.draft.titles import (
    TITLE,
    TITLE_PATTERN,
    display_title,
)
from db.draft.words import IS_OR_WAS, OF_A_PLACE_AFTER

# "is represented by", "is also being represented by": the verb that names whom one sent
_REPRESENTED_BY = r"(?:also[ ])?(?:being[ ])?represented[ ]by"
# "will not attend in person but will speak by video link": away only in person
# "joined by video link", "addressing it virtually": taking part from afar.
_TAKING_PART_REMOTELY = lazy_compile(
    r"\b(?:join\w*|address\w*|spoke|speak\w*|took[ ]part|tak\w+[ ]part|participat\w+"
    rf"|attend\w*|appear\w*)[ ](?:[\w-]+[ ]){{0,4}}?(?:{REMOTELY})\b",
    re.IGNORECASE,
)


_NEGATED_BEFORE = lazy_compile(
    r"\b(?:or|nor|even|either|not|never)[ ](?:[\w-]+[ ]){0,2}$|n't[ ](?:[\w-]+[ ]){0,2}$",
    re.IGNORECASE,
)


# "has been asked to participate virtually": what someone is asked to do, not what they did.
_ONLY_ASKED_BEFORE = lazy_compile(r"\bto[ ]$")


# "X skipped the summit and Y joined …": another's doing.
_ANOTHER_SUBJECT = lazy_compile(
    rf"(?:\b(?:and|while|whereas|but|as|when)|[;:])[ ](?:the[ ])?[{UPPER}]"
)


_IN_PERSON = lazy_compile(r"\bin[ ]person\b", re.IGNORECASE)


_REMOTE = lazy_compile(rf"\b(?:{REMOTELY})\b", re.IGNORECASE)


# A mention that says the person is not there: "the absence of X", "in lieu of X", "was
# represented by its minister, rather than President X".
_NOT_THERE_BEFORE = lazy_compile(
    r"\b(?:absence[ ]of|in[ ]lieu[ ]of|instead[ ]of|rather[ ]than|in[ ]place[ ]of|without"
    # (not "on behalf of First Lady X": the leader's spouse, who shares the family name)
    r"|on[ ]behalf[ ]of(?![ ]first[ ](?:lady|gentleman)\b)"
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
    rf"|\brepresent(?:s|ed|ing)?[ ](?!(?:[\w.’'-]+[ ]){{0,4}}?{IS_OR_WAS}[ ])"
    r"(?:(?!by\b)[\w.’'-]+[ ]){0,4}?$"
    # "Notably absent from the summit are X and Y", "Among the absentees was X", "Among the
    # notable absences at this year's meeting are X and Y"
    r"|\bamong[ ]the[ ](?:[\w-]+[ ])?absen(?:tees|ces)[ ](?:(?:at|from)[ ][^,;]{0,40}[ ])?"
    r"(?:are|is|were|was)[ ][^;.]{0,160}$"
    r"|\babsent[ ](?:from[ ][^,;]{0,40}[ ])?(?:are|is|were|was)[ ][^;.]{0,160}$"
    # "But among those missing were leaders from …, including X", "Also missing, for the first
    # time since 1991, was X"
    r"|\bamong[ ]those[ ](?:absent|missing)[ ](?:are|is|were|was)[ ][^;.]{0,200}$"
    r"|\b(?i:also[ ])?(?-i:M|m)issing(?:,[ ][^,;]{1,80},)?[ ](?:are|is|were|was)[ ][^;.]{0,160}$"
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


# "X cancelled his trip", "canceled her visit", "X … cancelled at the last minute", "X postponed
# his Southeast Asian trips": a plan to come given up
_CANCELLED = (
    r"\bcancel+(?:s|ed|ing)?(?:[ ](?:his|her|their|a)[ ](?:trip|visit|travel|participation"
    r"|attendance)\b|[ ]at[ ]the[ ]last[ ]minute\b)"
    r"|\bpostpon(?:e|es|ed|ing)[ ](?:his|her|their)[ ](?:[\w-]+[ ]){0,2}?(?:trips?|visits?|travel)\b"
)


# "X has decided to send his country's elected representatives to the meet": others go instead
_SENDS_OTHERS = (
    r"\b(?:decided|decides|chose|opted)[ ]to[ ]send[ ](?:[\w’'-]+[ ]){0,3}?"
    r"(?:representatives?|delegat(?:es?|ions?)|envoys?|(?:[\w-]+[ ])?ministers?|deput(?:y|ies))\b"
)


# "X was absent at dinner": away from a meal or a side event only, not from the meeting
_NOT_AT_A_SIDE_EVENT = rf"(?![ ](?:at|from)[ ](?:the[ ])?(?:[\w-]+[ ])?(?:{MEALS}|gala|concert)\b)"


# "X did not attend", "X, who skipped the summit,": whoever the clause names before it is away.
_NOT_ATTENDING = lazy_compile(
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
    rf"|{_CANCELLED}|{_SENDS_OTHERS}"
    r"|,[ ]who[ ](?:died|was[ ]killed)\b",
    re.IGNORECASE,
)


# "X's absence", "X's no-show", "X was represented by": X is away.
_ABSENCE_AFTER = lazy_compile(
    r"['’]s[ ](?:[\w-]+[ ])?(?:absence|no-show)\b"
    # "…, with President X conspicuously absent", "X, notably absent, …", "with only X missing"
    r"|,?[ ](?:\w+ly[ ])?(?:absent|missing)\b"
    # "President X was represented by Ambassador Y", "X is also being represented by his vice,
    # Y", and with the country after the name or a comma closing an aside: "President X of
    # Chile is being represented by Y", "the president of Chile, X, is represented by Y": X
    # sent Y (not "besides X, Chile was …")
    rf"|{OF_A_PLACE_AFTER}?,?[ ]"
    rf"(?:was|were|is|are|will[ ]be)[ ](?:\w+ly[ ])?{_REPRESENTED_BY}\b"
    # "X was again excluded", "X, who has been banned from attending": kept away
    r"|,?(?:[ ]who)?[ ](?:was|were|is|are|has[ ]been|have[ ]been|had[ ]been)[ ]"
    r"(?:\w+ly[ ]|again[ ]|still[ ]|also[ ])?(?:excluded|barred|banned|disinvited|shut[ ]out)\b"
    # "after President X died on the frontline", "X was killed": no one at the meeting
    r"|[ ](?:died|was[ ]killed|passed[ ]away)\b"
)


# what a leader sends that is no one: "X had sent his regrets in a letter"
_NO_ONE_SENT = (
    r"(?!(?:regrets|apologies|condolences|greetings|congratulations|best[ ]wishes|wishes|thanks"
    r"|message|letter)\b)"
)
_SENT = lazy_compile(
    rf"\b(?:has[ ]|had[ ])?sent[ ](?:his|her|their|its)[ ]{_NO_ONE_SENT}(?P<title>[a-z][a-z -]*?)"
    r"(?=[ ](?:to|in|instead)\b|[.,;])"
)


_SENDING = lazy_compile(
    # "…, and Chile will be represented by its foreign minister, X"
    rf"\b(?:sending|sent|(?:was|were|is|are|will[ ]be)[ ]{_REPRESENTED_BY}"
    # "X did not travel, with the country represented by Y"
    r"|with[ ](?:[\w’'-]+[ ]){1,3}?represented[ ]by)\b"
    rf"(?:[ ](?:his|her|their|its)[ ]{_NO_ONE_SENT}(?P<title>[a-z][a-z -]*?)(?=[ ,.]|$))?"
)


# "He sent Y", "Y attended in his place", "Y stood in for her": someone sent by the one a
# sentence before says is away.
_IN_ONES_PLACE = lazy_compile(
    # "He sent Y", "He sent his foreign minister, Y" (not "He sent his condolences to Y")
    r"^\s*(?:Instead,?[ ])?(?:he|she)[ ](?:has[ ]|had[ ]|instead[ ])?sent[ ]"
    r"(?!(?:his|her)[ ](?!(?:[a-z-]+[ ]){0,3}?[a-z-]+,[ ](?-i:[A-Z])))"
    # "Y attended in his place", "His deputy, Y, is leading the delegation instead"
    r"|\b(?:in[ ](?:his|her)[ ](?:place|stead)|instead[ ]of[ ](?:him|her)|instead(?=[.,;]|$)"
    r"|st(?:ood|anding|ands)[ ]in[ ]for[ ](?:him|her)|represent(?:ed|s|ing)[ ](?:him|her))\b",
    re.IGNORECASE,
)


# "Chile sent Y.", "The country was represented by Y.": the next sentence naming the envoy
_COUNTRY_SENT = lazy_compile(
    rf"\s*(?:(?:The|His|Her|Its)[ ]country|(?!(?:He|She|It|They)\b)(?P<country>(?:[{UPPER}][\w’'-]*[ ]){{0,3}}?"
    rf"[{UPPER}][\w’'-]*))[ ](?:instead[ ])?(?:sent|dispatched|(?:was|is)[ ]represented[ ]by)\b"
)


# "in X's place", "in X's stead": where the one X sent stands
_PLACE_OF_ONES = r"['’]s[ ](?:place|stead)\b"


# "Y stood in for President X", "Y represented President X", "Y (for President X)": X, named
# with a title just after, is away.
_STANDS_IN_FOR = lazy_compile(
    r"\b(?:st(?:ood|anding|ands)[ ]in[ ]for|deputi[sz](?:ed|ing|es)[ ]for"
    r"|fill(?:ed|ing|s)[ ]in[ ]for|represent(?:ed|s|ing)|in[ ]place[ ]of|instead[ ]of"
    # a roll's "Y, … and Proxy of the President of Chile, His Excellency X"
    r"|prox(?:y|ies)[ ](?:of|for)"
    # "Chile sent Y in President X's place"
    rf"|in(?=[ ][^,;.]{{1,60}}?{_PLACE_OF_ONES})"
    # "Y read a speech on behalf of President X", "Y delivered a message from King X"
    r"|(?:read|reads|reading|deliver(?:s|ed|ing)?|convey(?:s|ed|ing)?)[ ](?:out[ ])?(?:a|an|the)[ ]"
    r"(?:[\w-]+[ ])?(?:speech|message|statement|address)[ ](?:on[ ]behalf[ ]of|from)"
    # a roll's "Y (for President X)"
    r"|(?<=\()for)"
    r"[ ](?:the[ ])?",
    re.IGNORECASE,
)


_TITLES_BEFORE_A_NAME = lazy_compile(rf"(?:(?:[\w.-]+['’]s|[{UPPER}][\w.’'-]*|(?i:{TITLE}))[ ])+")


# "represented presidents A of B and C of D": the leaders one represents, listed after it
_REPRESENTED = lazy_compile(r"\brepresent(?:ed|s|ing)[ ](?!by\b)")


_LIST_CLOSES = lazy_compile(rf"(?:[ ]of[ ](?:the[ ])?(?:[{UPPER}][\w.’'-]*[ ]?){{1,4}})?[,.;]")


_TITLES_ONLY = lazy_compile(rf"(?:(?i:{TITLE})s?[ ])*")


_NEXT_REPRESENTED = lazy_compile(
    rf"(?:[ ]of[ ](?:the[ ])?(?:[{UPPER}][\w.’'-]*[ ]?){{1,4}})?,?[ ](?:and[ ])?"
    rf"(?:(?i:{TITLE})[ ])?"
)


_PLURAL_TITLE = lazy_compile(r"(?:ministers|secretaries|envoys|deputies|officials|delegates)$")


_STAYED_AWAY = lazy_compile(
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
    rf"|\b(?:was|were|is|are)[ ]{_REPRESENTED_BY}\b"
    rf"|{_AWAY_ALSO}|{_CANCELLED}|{_SENDS_OTHERS}"
)


# "…; Kenya was represented by": the words between a clause's opening and its verb
_SUBJECT_BEFORE = lazy_compile(r"(?:^|[,;:][ ])(?P<who>[A-Z][^,;:]*?)[ ]$")


_REASON = lazy_compile(
    r"\b(?:busy|because|due[ ]to|ill|illness|speculated|citing|owing[ ]to|unable|for[ ]health)\b",
    re.IGNORECASE,
)


# Where a reason ends: "…; ", "…, and Chile was represented by Y": the next clause's
_REASON_END = lazy_compile(r";|,[ ](?:and|but|while|whereas)[ ]")


# A list's heading over those who stay away: "NOT ATTENDING", "Staying away:", "ABSENT"
_AWAY_HEADING = lazy_compile(
    r"\s*(?:not[ ](?:attending|coming|present)|absent(?:ees)?|staying[ ]away|skipping"
    r"(?:[ ]the[ ](?:summit|meeting))?|no-shows?|who(?:['’]s|[ ]is)[ ]not[ ]coming)\s*:?\s*",
    re.IGNORECASE,
)


_SUBORDINATE = lazy_compile(r"\b(?:after|before|as|since|when|while|because|although|until)[ ]")


# What joins names in one list: "X and Y", "X, Y", "neither X nor Y", "Norway's X and Chile's Y".
_LISTED_WITH = lazy_compile(
    rf",?[ ](?:(?:and|or|nor)[ ])?(?:[{UPPER}][\w.’'-]*(?:['’]s)?,?[ ]){{0,4}}"
)


_RELATIVE_END = lazy_compile(r",?[ ](?:who|that)[ ](?:\w+[ ]){0,2}?$")
# "X, who refuses to recognise Y's victory, is boycotting": an aside about X closed before the
# verb, whoever else it names
_ASIDE_END = lazy_compile(r",[ ]who[ ][^,;]*,[ ](?:(?:is|was|has|had|will)[ ](?:also[ ])?)?$")


_PREPOSITION_BEFORE = lazy_compile(r"\b(?:with|to|from|by|for|of|about)[ ]$")


def find_absences(text: Text, people: People) -> tuple[list[Absence], list[Person]]:
    """Absences, and the unnamed people sent in their place (people the article describes)."""
    absences: list[Absence] = []
    envoys: list[Person] = []
    for sentence in text.sentences:
        words = text[sentence]
        cue = _SENT.search(words) or _STAYED_AWAY.search(words)
        if joins_from_afar(words):
            continue
        if cue and of_another_meeting(words[cue.start() :].split(",")[0]):
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
    if (
        not in_their_place  # "in Lund's place" names the one stood in for, title or none
        and not _office_then_address(text, cue.end(), after[0])
        and (
            not titled
            or not (
                TITLE_PATTERN.search(titled.group(0))
                or TITLE_PATTERN.match(text.text, after[0].span.start)  # "King X", named with it
                or _titled_after(text, after[0])  # "H.E. X, President of Chile"
            )
        )
    ):
        return None  # "Y represented Chile", "Y stood in for Lund's aide"
    before = _last_named(text, people.mentions_in(Span(since, cue.start())), cue.start())
    envoy = before[0].person if len(before) == 1 else None
    return after[0].person, envoy, after[0].span.end - sentence.start


def _office_then_address(text: Text, start: int, mention: Mention) -> bool:
    """Whether the words from ``start`` to the name are the person's office and a form of
    address ("the President of Chile, His Excellency X"): a roll names whom one stands in for
    by the office first."""
    title = mention.person.title
    between = text.text[start : mention.span.start]
    if not title or not between.startswith(title):
        return False
    office_ends = _OFFICES_COUNTRY.match(between, len(title))
    return (
        office_ends is not None and ADDRESS_BEFORE.fullmatch(between, office_ends.end()) is not None
    )


# " of Chile, " after "President": the rest of an office, up to the comma before the name
_OFFICES_COUNTRY = lazy_compile(r"(?:[ ]of[ ][^,;]{1,60})?,[ ]")


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
    "who" or "that", or in an aside opened by "who", which the word just before it does ("X,
    who did not attend", "X, who disputes Y's win, is boycotting"; not the President in "the
    President spoke, and then the envoys of those who did not attend")."""
    relative = _RELATIVE_END.search(text.text, before.start, before.end) or _ASIDE_END.search(
        text.text, before.start, before.end
    )
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


def away(
    text: Text, people: People, absences: list[Absence], meeting_country: str | None = None
) -> set[int]:
    """The ``id`` of everyone the text says is away: absent, "the absence of X", "X skipped
    the summit", on a list of those not attending, or stood in for ("Y (for Governor X)"),
    though the text gives no country to record the absence under."""
    absent = {id(absence.person) for absence in absences}
    absent |= {
        id(stood_in_for)
        for sentence in text.sentences
        for stood_in_for, _envoy, _end in _stood_in_for(text, people, sentence)
    }
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


def joins_from_afar(words: str) -> bool:
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


def _listed_as_away(text: Text, people: People) -> list[Mention]:
    """Mentions in the items of a list under a heading that says they do not attend ("NOT
    ATTENDING", "Staying away:"), up to the next heading or the list's end."""
    away: list[Mention] = []
    under = False
    for sentence in text.sentences:
        words = text[sentence]
        if _AWAY_HEADING.fullmatch(words):
            under = True
        elif not LIST_ITEM.match(words):
            under = False  # another heading ("ATTENDING"), or the list has ended
        elif under:
            away += people.mentions_in(sentence)
    return away


# "warned X and other leaders not to take part", "advising them not to attend", "urged X not
# to go": what others press someone to do, which does not say what they did
_URGED_NOT_TO = lazy_compile(
    r"\b(?:advis|urg|warn|ask|tell|told|press|persuad|implor|beg)\w*[ ](?:[^ .;:]+[ ]){1,8}?"
    r"not[ ]to[ ]\w+$",
    re.IGNORECASE,
)


# "Neither X nor Y attended": each of those named is away
_NEITHER_NOR = lazy_compile(
    r"\b(?i:neither)[ ](?P<named>[^;.]{1,160}?[ ]nor[ ][^;.]{1,80}?)[ ](?:attend\w*|came"
    r"|travell?ed|took[ ]part|participated|joined|(?:was|were)[ ](?:there|present))\b"
)


# "A, and the presidents of B, X; and C, Y, who delegated their representation to ministers":
# "their" makes the clause said of everyone the sentence lists before it
_DELEGATED_THEIRS = lazy_compile(
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
        for clause in clauses(text, sentence):
            cue = _NOT_ATTENDING.search(text.text, clause.start, clause.end)
            if cue and _URGED_NOT_TO.search(text.text, clause.start, cue.end()):
                continue  # "warned X not to attend": urged to stay away, not said to
            if cue and stays_where_it_meets(text.text, cue, meeting_country):
                continue
            if cue and _country_subject(text.text, clause.start, cue.start()):
                continue  # "…, Prime Minister of Chile; Kenya was represented by Y"
            if cue and not of_another_meeting(text.text[cue.start() : clause.end].split(",")[0]):
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
