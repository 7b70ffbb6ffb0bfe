"""A meeting of three countries that no body holds: "Peru will host a trilateral summit with
Chile and Bolivia".

Such a report names no organization; the meeting, by its kind ("trilateral summit", "three-way
meeting"), is what the sheet is about, and the three countries are its members. They are read
from a sentence that names the meeting and exactly three countries, or else from the three
countries whose heads of state or government (the host's among them) attend.
"""

from __future__ import annotations

from collections.abc import Sequence

from db.draft.countries import Gazetteer
from db.draft.lazy_regex import lazy_compile
from db.draft.model import Attendee, Membership, Organization, Party
from db.draft.parties import country_party
from db.draft.text import Text
from db.draft.titles import HEAD_ROLES

MEETING_OF_THREE = lazy_compile(
    r"\b(?i:trilateral|three-way|tripartite)[ ](?i:summit|meeting)\b(?![ ][A-Z])"
)
_THREE = 3
_LEADERS = HEAD_ROLES | {"host"}


def meeting_of_three(readable: str) -> str | None:
    """The kind of meeting of three the text names twice or more ("Trilateral summit"), as
    it first names it, if it does."""
    found = list(MEETING_OF_THREE.finditer(readable))
    if len(found) < 2:
        return None
    kind = found[0].group(0).lower()
    return kind[0].upper() + kind[1:]


def members_of_a_meeting_of_three(
    text: Text, organization: Organization, attendees: Sequence[Attendee], countries: Gazetteer
) -> list[Membership]:
    """The three countries of a meeting of three, each a member, with the sentence that says
    so as evidence."""
    if MEETING_OF_THREE.fullmatch(organization.name) is None:
        return []
    for sentence in text.sentences:
        if not MEETING_OF_THREE.search(text[sentence]):
            continue
        named = {
            mention.country.key: country_party(mention.country)
            for mention in countries.find(text.text, sentence.start, sentence.end)
        }
        if len(named) == _THREE:
            return [Membership(party, "member", None, sentence) for party in named.values()]
    leaders: dict[str, tuple[Party, Attendee]] = {}
    for attendee in attendees:
        if attendee.represents.is_country and attendee.role in _LEADERS:
            leaders.setdefault(attendee.represents.key, (attendee.represents, attendee))
    if len(leaders) != _THREE:
        return []
    return [
        Membership(party, "member", None, attendee.evidence[0])
        for party, attendee in leaders.values()
    ]
