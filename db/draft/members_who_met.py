"""Members read from who met, where the report says its leaders are the member states'.

Many reports of a summit never list the body's members; they say that "the presidents and
heads of government of the member states met", or that the meeting "was attended by heads of
state and government of the member countries", and name each leader with their country as
they go. Those leaders' countries are then the members the report speaks of. Only heads of
state and government count, or leaders the report gives no office (a minister may stand in
for anyone), no guest, and no country the sentence itself names: there it is one beside the
members ("The presidents of the member states were accompanied by the leaders of A and B").
The leaders may be listed by country instead, in that sentence or the next ("Prime Ministers
of A, B and C converge here").
"""

from __future__ import annotations

from collections.abc import Sequence

from db.draft.countries import Country, Gazetteer
from db.draft.lazy_regex import lazy_compile
from db.draft.leaders_of_countries import leaders_of
from db.draft.model import Attendee, Membership, Party
from db.draft.parties import country_party
from db.draft.text import Span, Text
from db.draft.titles import HEAD_ROLES
from db.draft.words import NUMBER_WORDS

_LEADERS = (
    r"(?:presidents|leaders|heads[ ]of[ ](?:state|government)(?:[ ]and[ ]government)?"
    r"|prime[ ]ministers)"
)
# "the presidents and heads of government of the CSTO Council member states", "heads of state
# and government of the member countries", "Heads of Government of OECS member states"; not
# "the other member countries" (some came before), nor members and others together ("member
# nations of this block and associated states", "EU member states and partner countries")
_MEMBERS_LEADERS = lazy_compile(
    rf"\b(?i:{_LEADERS}(?:[ ]and[ ]{_LEADERS})?[ ](?:of|from)[ ](?:all[ ])?(?:the[ ])?)"
    rf"(?:(?:\d{{1,2}}|{'|'.join(NUMBER_WORDS)})[ ])?(?:\(?[A-Z][\w’'()-]*[ ]){{0,6}}"
    r"(?i:member[ -](?:states|countries|nations))\b"
    r"(?![ ](?:of[ ]this[ ]\w+[ ])?and[ ]|,[ ](?i:associate))"
)
_ROLES = HEAD_ROLES | {"acting-head-of-state", "host", "delegate"}


def members_who_met(
    text: Text, attendees: Sequence[Attendee], countries: Gazetteer
) -> list[Membership]:
    """The countries of the heads of state and government who attended, as members, when a
    sentence says the member states' leaders met; that sentence is their evidence."""
    sentence = _members_leaders_sentence(text)
    if sentence is None:
        return []
    beside = {
        mention.country.key
        for mention in countries.find(text[sentence])
        if not mention.possessive  # "Norway's chairmanship": a member's, as a chair is
    }
    roster: dict[str, Party] = {}
    for attendee in attendees:
        party = attendee.represents
        if party.is_country and attendee.role in _ROLES and party.key not in beside:
            roster.setdefault(party.key, party)
    for country in _listed_by_their_leaders(text, sentence, countries):
        if country.key not in beside:
            roster.setdefault(country.key, country_party(country))
    if len(roster) < 2:
        return []
    return [Membership(party, "member", None, sentence) for party in roster.values()]


def _listed_by_their_leaders(text: Text, sentence: Span, countries: Gazetteer) -> list[Country]:
    """The countries whose leaders that sentence, or the next, lists ("… of the member
    countries met. Prime Ministers of A, B and C converge here …")."""
    index = text.sentence_index(sentence.start)
    return [
        country
        for each in text.sentences[index : index + 2]
        for _leaders, listed, _end in leaders_of(text[each], countries)
        for country in listed
    ]


def _members_leaders_sentence(text: Text) -> Span | None:
    return next(
        (sentence for sentence in text.sentences if _MEMBERS_LEADERS.search(text[sentence])),
        None,
    )
