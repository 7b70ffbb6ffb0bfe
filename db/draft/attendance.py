"""Who attended the meeting, and in what role.

A person named in a clause that says people attend (`attending_cues`: "attended", "took part",
"arrived", "was also in Oslo" (the meeting's place), "Host X", "the summit chair", "passed the
baton to X", a caption's "At center, X" …) attended, and so did those a sentence names after one
that says so ("… confirmed their participation. These are A and B.", "The leaders entered the
hall. The first one was A, followed by B") and the body's own officials named in a sentence about
its meeting ("As part of the General Assembly, …, Secretary General X said"), unless the text
says they are away (`absences`), sends words from afar ("read a message from X"), is only invited
or asked to come, is what the clause is about rather than who acts ("the detention of X", "X's
envoy", the speaker of "“ministers met,” X said", "tariffs set by X", "according to X", "will
represent X", "leaders criticised X", "a letter from X", "praised X", "a policy under X", "senior
X officials") or is mourned ("the passing of X"), meets someone only perhaps or in a wish
("whether X will meet Y", "ready for talks with Y") or in an act refused ("X refused to host the
meeting", "not entertaining a meeting between X and Y"), is told of in an aside about what is yet
to happen ("leaders, who are expected to discuss with X", "Y said that she would ask X"), or the
clause tells of another meeting, time or place (`other_occasions`) or only reports what happened
("A roadmap was adopted at the summit, X told reporters", "X told reporters that …"). A list led
into by a colon ("The leaders attending are:") says so of each name or bulleted line after it
(`clauses`).

Someone whose country the article does not give needs a clause that says so plainly (attended,
took part, arrived, at the summit; not just met or welcomed), unless their title makes them a
head of state or government, and represents a body named "Not stated in the article" that a
reviewer fills in. The role follows the title (a president is a head of state, a prime minister a
head of government, a body's president an international official), unless the clause calls them
guests or the text calls them or their country the host; a host who leads a state, whose country
the text does not give, leads the meeting's country; someone with a country but no title is a
delegate.
"""

from __future__ import annotations

import re

from db.draft.absences import joins_from_afar
from db.draft.attending_cues import ATTENDING, EVENT, MEALS, REFUSED, says_attending
from db.draft.clauses import DAY_OR_MONTH, ITEM_NUMBER, clauses, list_lead_over
from db.draft.countries import Gazetteer, gazetteer
from db.draft.lazy_regex import lazy_compile
from db.draft.leaders_of_countries import rosters
from db.draft.model import Absence, Attendee, Mention, Mentions, Party, Person
from db.draft.other_occasions import (
    ANOTHER_MEETING,
    ANOTHER_TIME,
    REPORTED_AFTER,
    in_the_meetings_country,
    place_code,
    set_earlier,
    told_of_another_occasion,
)
from db.draft.page_chrome import is_navigation
from db.draft.people import People
from db.draft.text import UPPER, Span, Text
from db.draft.titles import (
    HEAD_ROLES,
    LEADING_ROLES,
    OF_THE_HOST,
    TITLE,
    role_for,
    serves_a_body,
)
from db.draft.words import IS_OR_WAS, SPEECH_VERB

# Words quoted as speech, not a phrase in quotes (a "very good meeting"), and the verbs in the
# past in them: what a speaker says others did ("“ministers met on Monday,” X said") puts no one
# named outside them at the meeting; what the words say of this meeting ("“This meeting is
# vital,” X said") or say plainly ("“the summit we attended …”") does.
_QUOTED = lazy_compile(r"(?<!\w)[“\"](?=\S)[^”\"]*(?:[,.!?][”\"]|$)")
_PAST_VERB = lazy_compile(r"\b(?:met|[a-z]{3,}ed)\b")
# "“the number of delegates attending the summit has been halved,” X said": the quote tells
# who attends, the speaker not among them
_OTHERS_ATTENDING = lazy_compile(r"(?<=[a-z]s[ ])attending\b")
# "X, who hosted a meeting in Paris last week, arrived", "X, the “longest-serving leader,” who
# took office in 1990, arrived": an aside, closed, about the subject
_ASIDE_END = lazy_compile(r"[^,;.]*")
_RELATIVE_ASIDE = lazy_compile(r",[”\"’]?[ ](?:who|whose)[ ][^,;]*,")
# "the detention of President X": a name after "of" is no one's doing, unless the noun before
# it says they are there ("the presence of X", "at the invitation of X").
# "the states that oppose President X": whom a relative clause takes a stand on, not one there
_STANCE_ON = lazy_compile(
    r"\b(?:that|who|which)[ ](?:oppos|support|back|criticis|criticiz|condemn|sanction)[a-z]*[ ]"
    r"(?:[A-Z][\w.’'-]*[ ]){0,3}$"
)
_OF_BEFORE = lazy_compile(
    rf"\b(?P<noun>[a-z]+)[ ]of[ ](?:the[ ])?(?:(?:[\w.’'-]+[ ]){{0,3}}?(?i:{TITLE})[ ])?$"
)
# "… according to Cuban Foreign Minister X": the source of what the clause says, not who acts.
_SOURCE_BEFORE = lazy_compile(rf"\baccording[ ]to[ ](?:[\w.’'-]+[ ]){{0,4}}?(?:(?i:{TITLE})[ ])?$")
# "… whether X will meet Y", "if X attends", "ready for talks with X", "would prefer to meet X":
# a meeting the clause is not sure of, or only wishes for.
_UNSURE_BEFORE = lazy_compile(
    r"\b(?:whether|if|unless|ready[ ](?:for|to)|hop(?:e|es|ed|ing)[ ](?:for|to)"
    r"|wants?[ ]to|wanted[ ]to|seek(?:s|ing)?|(?:would|'d|’d)[ ](?:prefer|like|love)[ ]to"
    r"|prefer(?:s|red)?[ ]to)\b[^,;]*$",
    re.IGNORECASE,
)
# "The summit is expected to be attended by X, Y and Z": who is yet to come, not who came.
_EXPECTED_BY = lazy_compile(
    r"\b(?:expected|scheduled|due|set|likely|slated)[ ]to[ ]be[ ](?:attended|joined|graced)[ ]by\b",
    re.IGNORECASE,
)
# "X will take up the bloc's chair from his counterpart Y", "X, who takes over from Y as chair":
# Y only hands it over, which the sentence does not put at the meeting.
_CHAIR_TAKEN_FROM = lazy_compile(
    r"\b(?:tak(?:e|es|en|ing)|took|assum(?:e|es|ed|ing))[ ](?:over[ ]from|(?:over[ ]|up[ ])?"
    r"(?:the[ ])?(?:[\w’'-]+[ ]){0,3}?(?:chair\w*|presidency)"
    r"(?:[ ]of[ ](?:the[ ])?(?:[\w’'-]+[ ]?){1,5})?[ ]from)[ ](?:[\w’'-]+[ ]){0,4}$",
    re.IGNORECASE,
)
# "Representing Chile was X": the one named after the verb represents it
# "Y (representing the Prime Minister of Z, X)", "Y, on behalf of President X": X is the one
# stood in for, so X is away.
# Only an office names a person there ("representing his country at the summit and X" does not).
_STOOD_IN_FOR = lazy_compile(
    rf"\b(?:representing|on[ ]behalf[ ]of)[ ](?:the[ ])?(?!(?:[\w’'-]+[ ]){{0,3}}?{IS_OR_WAS}[ ])"
    rf"(?:[\w’'-]+[ ]){{0,3}}?(?i:{TITLE})\b"
    r"[^;()]{0,80}$",
    re.IGNORECASE,
)
# "leaders criticised X", "urged X to act", "discussed a letter from X": what is said, asked
# or sent of X, not X's doing there
_BLAMED_BEFORE = lazy_compile(
    r"\b(?:(?:criticis|criticiz|condemn|denounc|blam|accus|urg|call(?:ed|s|ing)?[ ]on|sanction"
    r"|rebuk|lambast|mourn|discuss(?:ed|es)\b|t(?:ook|ake|akes|aking)[ ](?:\w+[ ])?aim[ ]at\b)\w*[ ]"
    r"(?:the[ ][\w-]+[ ]of[ ])?"
    r"|(?:a|the)[ ](?:message|letter|greetings|note)[ ]from[ ])(?:[\w.’'-]+[ ]){0,4}?$"
    # "congratulated the outgoing chair of the Commission, X, and praised President Y": praise
    # names whom it is given, not who is there
    r"|\b(?:congratulat|prais|commend|laud|salut)\w*[ ](?:[\w.’'-]+,?[ ]){0,9}?$"
    # "soldiers detained President X", "the junta that ousted X", "urged it to release X": a
    # coup's or a jail's doing to X, who is held far from any meeting; not a word of
    # description after "and", "the" or a comma: "… and ousted Madagascan leader X"
    r"|\b(?:(?:detain|arrest|(?<!\band[ ])(?<!\bthe[ ])(?<!,[ ])(?:oust|depos|toppl|overthr)"
    r"|kidnap|abduct|imprison|assassinat)\w*"
    r"|(?:releas|fre)(?:e|ed|es|ing)(?![ ](?:a|an|the|its|their|his|her)[ ]))"
    r"[ ](?:[\w.’'-]+[ ]){0,4}?$"
    # "trade policy under X", "relations under President X": whose time it is, not who acts
    rf"|\bunder[ ](?-i:(?:[{UPPER}][\w.’'-]*[ ]){{0,3}})$",
    re.IGNORECASE,
)
# "when then-Prime Minister X hosted the first meeting": the office X held at another time
_THEN_BEFORE = lazy_compile(r"\bthen-(?:[\w.’'-]+[ ]){0,4}$", re.IGNORECASE)
_BY_BEFORE = lazy_compile(rf"\bby[ ](?:[\w.’'-]+[ ]){{0,4}}?(?:(?i:{TITLE})[ ])?$")
# "The first was X, followed by Y": Y comes after X, no one's doing to Y.
_FOLLOWED_BY = lazy_compile(r"\bfollowed[ ]by\b", re.IGNORECASE)
# "The issue was taken up by X as host of this year's summit": the host is at the meeting
_AS_HOST_AFTER = lazy_compile(r",?[ ]as[ ](?:the[ ])?(?:summit[ ]|meeting[ ])?host[ ]of\b")
_THERE_OF = lazy_compile(
    r"presence|arrival|participation|attendance|visit|invitation|speech|address|remarks"
    r"|inauguration|opening"
    r"|chair|chairmanship|leadership|delegations?|guests|leaders|delegates|participants|members"
    r"|heads|attendees|dignitaries",
    re.IGNORECASE,
)
# "President X's government", "X's tariffs", "X's invasion": someone else of X's, or something
# of X's, is what the clause is about, not X; unless it is X's own being there ("X's arrival",
# "X's speech to the summit", "X's talks with Y").
_SOMEONE_ELSES = lazy_compile(
    r"['’]s[ ](?=[a-z])(?!(?:[\w-]+[ ]){0,2}?(?:arriv\w*|presence|participation|attendance"
    r"|visits?|trip|tour|speech|address|remarks|statement|appearance|debut|talks|meetings?"
    r"|summit|delegation|chairmanship|welcome|handshake|opening|plane|motorcade|entourage"
    r"|host\w*|invitation)\b)"
    # "senior X officials", "the X administration": a name as the word for someone's people
    r"|[ ](?:administration|officials|government|aides|camp|era)\b"
)
# "At the summit, …", "In the family photo, …": where the whole sentence takes place.
_SCENE = lazy_compile(
    r"(?:At|During|In)[ ](?:the|this|a)[ ](?:[\w’'-]+[ ]){0,3}?"
    rf"(?:{EVENT}|(?:family[ ]|group[ ]|official[ ])?photo(?:graph)?)\b[^,;]{{0,30}},"
)
# "summit host Kazakh President X", "welcomed at the airport by X"; "X, who hosted", "X welcomed",
# "with X hosting more than 20 leaders", "X, the summit's host,", "X invited Y to attend the summit"
# … not "The host invited X", "the host welcomed X": whom the host acts on is a guest
_HOST_BEFORE = lazy_compile(
    r"\b(?:host|hosted[ ]by|welcomed[^.,;]{0,40}?[ ]by|at[ ]the[ ]invitation[ ]of)[ ]"
    r"(?:(?!(?-i:[a-z]+ed)[ ])[\w’'.-]+[ ]){0,3}$"
    rf"|\b{OF_THE_HOST},[ ]$",  # "the President of the host country, X"
    re.IGNORECASE,
)
# "the cocktail reception hosted by …": a meal of the programme, not the meeting
_A_MEAL_BEFORE = lazy_compile(rf"\b{MEALS}[ ](?:[\w-]+[ ])?$", re.IGNORECASE)


def _host_before(text: Text, start: int) -> bool:
    """Whether the words before a name call the person the meeting's host ("hosted by X"), not
    a meal's ("the reception hosted by X", given the delegations the night before)."""
    found = _HOST_BEFORE.search(text.text, max(0, start - 40), start)
    return found is not None and not _A_MEAL_BEFORE.search(
        text.text, max(0, found.start() - 30), found.start()
    )


_WHO_HOSTED = lazy_compile(
    # "X on Friday welcomed the leaders": the day may stand between the name and the welcome
    r",?[ ](?:who[ ]|on[ ][A-Z][a-z]+day[ ])?(?:hosted|welcomed|was[ ]hosting|is[ ]hosting)\b"
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
_NAMES_THOSE = lazy_compile(
    r"(?:These|They|Those|The[ ]others)[ ](?:are|were|include|included)\b|Among(?:st)?[ ]them\b"
    # "To these were added A and B", "To this group of leaders, welcomed by X, added A from
    # B, …", "Added to them were A and B": more of those the sentence before named
    r"|To[ ](?:this|these|them|those)\b[^.;]{0,80}?[ ](?:(?:were|was)[ ])?added[ ]"
    r"|Added[ ]to[ ](?:this|these|them|those)\b"
    # "Others are A, B and C", "Others expected to join include D", "Others include: A; B":
    # the list of those the sentence before named goes on
    r"|Others[ ](?:(?:expected|due|set|scheduled)[ ]to[ ](?:join|attend|come)[ ])?"
    rf"(?:are|were|includes?|included):?[ ](?=[{UPPER}])"
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
_OWN_MEETING = lazy_compile(
    r"\b(?:summit|general[ ]assembly|ministerial[ ]meeting|council[ ]of[ ]ministers"
    r"|(?:ordinary|extraordinary|annual)[ ]session"
    # "Secretary-General X said the leaders agreed …": what the meeting's leaders did there
    r"|the[ ]leaders[ ](?:agreed|decided|adopted|approved|endorsed|pledged|signed|called))\b",
    re.IGNORECASE,
)
_UNTITLED_ROLE = "delegate"
# "the Chilean leader, X": a head of state or government by no office named, who hosts a summit
# in their country as one
_LEADER_ROLE = "leader"
# Whom an attendee represents when the article does not say: a fact file needs a party, and a
# reviewer should see at once that this one is to be filled in rather than read a guess.
NOT_STATED = Party(
    key="not-stated",
    name="Not stated in the article",
    is_country=False,
    kind="whom the attendee represents, to be filled in",
)
# "joined by X and then by Y"; "represented by X, and Brunei by Y": the verb not said again
_AND_BEFORE = lazy_compile(
    rf"(?:\band|,(?:[ ]and)?)[ ](?:then[ ]|later[ ]|also[ ]|(?-i:[{UPPER}][\w’'-]*[ ]){{1,3}})?$"
)
# ", which", ", who", "the coup that ousted", "X said she had spoken with": what follows tells
# of someone or something else, or of what X reports.
_RELATIVE = lazy_compile(
    r",[ ](?:which|who|whose|whom|where)[ ]|(?<=[a-z])[ ]that[ ](?=[a-z]+(?:ed|s)\b)"
    rf"|\b(?:{SPEECH_VERB})[ ](?:(?:he|she|they|we)[ ]|(?=(?:had|has|have|would|will)[ ]))"
    # "X said in a news conference after the summit that she would ask Y": what X will do
    r"|\bthat[ ](?:he|she|they|we)[ ](?=(?:would|will|could|might|should)[ ])"
)
# "three leaders, who are expected to discuss with Y": an aside about what is yet to happen
_LATER = lazy_compile(
    r"\b(?:will|would|shall|(?:expected|scheduled|due|slated|plan(?:s|ned|ning)?)[ ]to)\b"
)
# "is not entertaining holding a meeting between Premier X and Y": whom it is refused with
_REFUSED_WITH = lazy_compile(
    rf"{REFUSED}(?:(?!\b(?:because|as|since|while|when|after|before)\b)[^,;]){{0,60}}$",
    re.IGNORECASE,
)
# "…, which is held in Oslo, will be opened by X": the aside has ended before X
# "X, who met Y in Lima in March,": an aside set at another time
_IN_A_MONTH = lazy_compile(rf"\bin[ ](?:early[ ]|late[ ]|mid-)?{DAY_OR_MONTH}\b")
_RELATIVE_CLOSED = lazy_compile(r",[ ](?!(?:and|or)\b)[a-z]")
_ANTECEDENT = lazy_compile(r"(?:[\w’'-]+[ ])?[\w’'-]+$")
# "a visit to Peru, where", "a stop in Lima, where": the place a "where" tells of
_PLACE_BEFORE_WHERE = lazy_compile(rf"[{UPPER}][\w'’-]+(?:[ ][{UPPER}][\w'’-]+){{0,2}}$")


_GUEST = lazy_compile(r"\bguests?\b", re.IGNORECASE)
_GUEST_AFTER = 60  # characters after a name in which "guest" still says what the person is


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
        list_lead = list_lead_over(text[sentence], list_lead, numbered=numbered)
        own = text[sentence]
        numbered = ITEM_NUMBER.fullmatch(own) is not None
        those = _NAMES_THOSE.match(own) if previous else None
        goes_on = those is not None
        # "Others include: Minister of A, X; Minister of B, Y": each item after the colon
        colon_list = those is not None and those.group(0).endswith(": ")
        if those and list_lead == own:  # "Amongst them are:" lists those the sentence before
            list_lead = f"{previous} {own}"  # puts at the meeting
        for clause in clauses(text, sentence):
            words = text[clause]
            # "To these, welcomed by X, added ⏐ A, B": the list begins where its lead ends
            if those and (colon_list or clause.start <= sentence.start + those.end()):
                words = f"{previous} {words}"
            elif list_lead and clause.start == sentence.start:
                words = f"{list_lead} {words}"
            elif (
                clause.start != sentence.start
                and not REPORTED_AFTER.search(text.text, sentence.start, clause.start)
                and (scene := _SCENE.match(text.text, sentence.start, clause.start))
            ):
                words = f"{scene.group(0)} {words}"  # "At the summit, X spoke, while Y …"
            words = _others_unquoted(words)
            main = _RELATIVE_ASIDE.sub("", words)  # "X, who took office in 2022, arrived"
            if not any(
                _tells_of_attending(told, text, sentence, clause, meeting_country, countries)
                for told in dict.fromkeys((words, main))
            ):
                continue
            there_by_video = joins_from_afar(words)
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
                    and not says_attending(words, plainly=True)
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
    for sentence in text.sentences:  # "Presidents of A, B and C are meeting": theirs, by name
        listed = list(rosters(text, sentence, countries))
        if not listed or not _tells_of_attending(
            text[sentence], text, sentence, sentence, meeting_country, countries
        ):
            continue
        for roster in listed:
            for person in people.persons:
                if id(person) in attendees or id(person) in absent or not roster.holds(person):
                    continue
                attendees[id(person)] = Attendee(
                    person=person,
                    title=person.title,
                    represents=person.party or NOT_STATED,
                    role=_role(
                        text,
                        person,
                        guest=False,
                        host=(host_country, meeting_country),
                        named_host=id(person) in hosting,
                        untitled=roster.role or _LEADER_ROLE,
                    ),
                    evidence=(person.introduced, sentence),
                )
    for sentence in text.sentences:  # the body's own officials at its meeting
        words = text[sentence]
        if organization is None or not _OWN_MEETING.search(words):
            continue
        if ANOTHER_MEETING.search(words) or ANOTHER_TIME.match(words):
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
    here = meeting_country is not None and in_the_meetings_country(
        _unreported(words), meeting_country, countries
    )
    return (
        (here or says_attending(words))
        and (here or says_attending(_unreported(words)) or says_attending(words, plainly=True))
        and not told_of_another_occasion(
            words,
            text,
            sentence,
            clause,
            meeting_country,
            plainly=says_attending(words, plainly=True),
        )
    )


def _organ_of(party: Party, organization: Party) -> bool:
    """Whether the party is one of the organization's organs ("the NFU Commission" of the NFU)."""
    return party.key.startswith(f"{organization.key}-")


def _hosting_country(person: Person, code: str, countries: Gazetteer) -> Party | None:
    """The country of the meeting, which a host with no country given serves when they lead a
    state or are a minister ("host Prime Minister X" at a summit in Oslo, "host Foreign Minister
    Y" at a ministers' meeting there) or are named by no office but hosting ("host X", "host
    country leader X"), else none (a host may be a body's chair)."""
    named_only_as_host = role_for(person.title or "", represents_country=True) == "host"
    if not (_leads_a_state(person) or named_only_as_host):
        return None
    for country, _adjective in countries.forms.values():
        if country.code == code:
            return Party(key=country.key, name=country.name, is_country=True, code=country.code)
    return None


# "X was welcomed upon arrival at the airport by A, B and C", "met on arrival by": the party
# that receives a leader where they land
_WELCOMED_ON_ARRIVAL_BY = lazy_compile(
    r"\b(?:welcomed|received|greeted|met)[ ](?:[^.;]{0,60}?[ ])?(?:airport|(?:up)?on[ ]arrival)\b"
    r"[^.;]{0,60}?[ ]by[ ]"
    # "X, who touched down at the airport on Monday, was received by", "Upon arrival, X was
    # received by": the landing told first
    r"|\b(?:touched[ ]down|landed|(?:up)?on[ ](?:(?:his|her|their)[ ])?arrival)\b[^.;]{0,120}?"
    r"[ ](?:welcomed|received|greeted|met)[ ]by[ ]",
    re.IGNORECASE,
)


# a caption's "X escorting Mrs Y, the President of A, on her arrival at the airport": X meets
# the plane
_ESCORTING_ON_ARRIVAL = lazy_compile(
    r",?[ ](?i:escort|welcom|greet|receiv)\w*[ ][^;]{0,80}?[ ](?:up)?on[ ](?:his|her|their)[ ]"
    r"arrival\b"
)


# "X, who was on hand to bid farewell to the President", "X saw the leader off at the airport":
# one who sees a leader off at the end is at the airport, not said to be at the summit
_SEEING_OFF = lazy_compile(
    r"[^.;]{0,80}?\b(?:bid(?:ding)?|bade)[ ]farewell\b"
    r"|[^.;]{0,20}?\bs(?:aw|ee|ees|eeing)[ ][^.;]{0,40}?[ ]off[ ]at[ ]the[ ]airport\b",
    re.IGNORECASE,
)


# "the Gambian Leader, X, or his representative": which of them comes is not said
_OR_A_STAND_IN = lazy_compile(
    r",?[ ]or[ ](?:his|her|their)[ ](?:duly[ ])?(?:representative|envoy|delegate|deputy)s?\b"
)


def _in_a_welcome_party(text: Text, clause: Span, mention: Mention) -> bool:
    """Whether the person is among those who welcome a leader on arrival or see one off:
    ministers, envoys and officers meet a plane and do not sit at the summit; a head of state or government
    who does is the host."""
    welcome = _WELCOMED_ON_ARRIVAL_BY.search(
        text.text, clause.start, mention.span.start
    ) or _ESCORTING_ON_ARRIVAL.match(text.text, mention.span.end, clause.end)
    welcome = welcome or _SEEING_OFF.match(text.text, mention.span.end)
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


def _others_unquoted(words: str) -> str:
    """``words`` less the attending that a quote says of others ("delegates attending"): the
    speaker tells of those, not of coming."""
    return _QUOTED.sub(
        lambda quote: _OTHERS_ATTENDING.sub(" " * len("attending"), quote.group(0)), words
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
        ATTENDING.search(text.text, max(clause.start, start - 40), by.end())
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
            return not says_attending(quote.group(0))
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
        not says_attending(aside)
        or set_earlier(aside)
        or bool(_IN_A_MONTH.search(aside))
        or (
            bool(_LATER.search(text.text, relatives[-1].end(), mention.span.start))
            and not says_attending(aside, plainly=True)
        )
    )


def named_hosts(text: Text, mentions: Mentions) -> list[Person]:
    """The people the text names as hosting ("host X", "hosted by X", "X, who hosted …", "X,
    the summit host"), in the order first named."""
    hosts: dict[int, Person] = {}
    for mention in mentions:
        start, end = mention.span.start, mention.span.end
        if _host_before(text, start) or _hosted_here(text, end):
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
    return not (ANOTHER_MEETING.search(words) or set_earlier(words))


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
    untitled: str = _UNTITLED_ROLE,
) -> str:
    """The attendee's role: the host when the text says so (at any mention: ``named_host``),
    or when they lead the country the text calls the host (``host``'s key) or the meeting is
    in (its code), as a summit's host is; else the role their title gives, or ``untitled``
    where the text gives them none."""
    introduced = person.introduced
    hosts = named_host or _host_before(text, introduced.start) or _hosted_here(text, introduced.end)
    by_title = (
        role_for(person.title, represents_country=person.party is None or person.party.is_country)
        if person.title
        else untitled
    )
    party = person.party
    if hosts or (
        party is not None
        and (party.key == host[0] or (party.code is not None and party.code == host[1]))
        and (by_title in HEAD_ROLES or by_title == _LEADER_ROLE)
    ):
        return "host"
    if guest:
        return "guest"
    return by_title
