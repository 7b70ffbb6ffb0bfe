"""From an article's text to a draft: each finder in turn, then the parties they refer to."""

from __future__ import annotations

import re

from db.draft.absences import away, find_absences
from db.draft.attendance import find_attendees
from db.draft.countries import Gazetteer, gazetteer
from db.draft.event import find_event
from db.draft.keys import key_of
from db.draft.lazy_regex import lazy_compile
from db.draft.likely_members import likely_memberships
from db.draft.lists_about_membership import listed_memberships
from db.draft.meetings_of_three import members_of_a_meeting_of_three
from db.draft.members import find_memberships, suspended_members
from db.draft.members_who_met import members_who_met
from db.draft.model import Absence, Draft, Organization, Party, Person, Slip
from db.draft.organization import find_organization
from db.draft.other_occasions import place_code
from db.draft.people import People, find_people
from db.draft.plain_copy import PlainCopy
from db.draft.quote_marks import find_quotes
from db.draft.quotes import attribute_quotes
from db.draft.source import find_source
from db.draft.speaking_leaders import speaking_leaders
from db.draft.text import Span, Text

_HOST = lazy_compile(r"\bhost(?:[ ]country|[ ]nation)?[ ]", re.IGNORECASE)
# "The Republic of Chile hosts the 8th Summit of …": the country before it hosts the meeting
# ... and "thanked the government of Chile for hosting this year's meeting": the country thanked
_HOSTS_THE_MEETING = lazy_compile(
    r"[ ](?:hosts|is[ ]hosting)[ ]the[ ](?:[\w-]+[ ]){0,3}?(?i:summit|meeting|conference)\b"
    r"|[ ]for[ ]hosting[ ](?:this|the)[ ](?!(?:last|previous|next)\b)"
)


def draft_facts(article: str) -> Draft:
    """The draft of ``article``, read with plain spaces and hyphens (see ``plain_copy``)."""
    copy = PlainCopy(article)
    if not copy.changed:
        return _draft(Text(article))
    return copy.draft_in_article(_draft(Text(copy.text)))


def _draft(text: Text) -> Draft:
    countries = gazetteer()
    organization = find_organization(text, countries)
    event = find_event(text, organization, countries)
    people, absences = people_and_absences(text, countries)
    meeting_country = place_code(event.place, countries) if event.place else None
    body = _as_party(organization)
    absent = away(text, people, absences, meeting_country)
    attendees = find_attendees(
        text, people, absences, absent, _host_country(text, countries), body, meeting_country
    )
    memberships, member_bodies = (
        find_memberships(text, organization, countries, event.day, people.persons)
        if organization
        else ([], [])
    )
    if organization:
        memberships += likely_memberships(text, organization, countries, memberships)
        memberships += listed_memberships(text, organization, countries, memberships)
        suspended = suspended_members(text, organization, countries)
        # a founding member suspended later founded the body all the same
        memberships = [
            m for m in memberships if m.member.key not in suspended or m.status == "founding-member"
        ]
    statements = attribute_quotes(text, people, find_quotes(text))
    if body:  # a report of its meeting, where its leaders speak
        taken = {id(attendee.person) for attendee in attendees} | absent
        attendees += speaking_leaders(text, people, statements, taken, body, meeting_country)
    if organization and not memberships:  # no member listed: the leaders may be the members'
        memberships = members_who_met(text, attendees, countries) or (
            members_of_a_meeting_of_three(text, organization, attendees, countries)
        )
    parties = [membership.member for membership in memberships]
    parties += [attendee.represents for attendee in attendees]
    parties += [absence.represents for absence in absences]
    parties += member_bodies
    return Draft(
        source=find_source(text),
        event=event,
        organization=organization,
        parties=_first_of_each(parties),
        memberships=memberships,
        people=people.persons,
        attendees=attendees,
        absences=absences,
        statements=statements,
        slips=_spelling_slips(text, people.persons),
    )


def people_and_absences(text: Text, countries: Gazetteer) -> tuple[People, list[Absence]]:
    """The people the text names, with the envoys sent in absent leaders' places among them,
    and the absences."""
    people = find_people(text, countries)
    absences, envoys = find_absences(text, people)
    for envoy in envoys:
        people.add(envoy)
    return people, absences


def _as_party(organization: Organization | None) -> Party | None:
    """The organization as a body its officials represent."""
    if organization is None:
        return None
    name = organization.abbreviation or organization.name
    return Party(
        key=key_of(name.replace(".", "")) or key_of(name),
        name=organization.name,
        is_country=False,
        abbreviation=organization.abbreviation,
    )


def _first_of_each(parties: list[Party]) -> list[Party]:
    """One party per key, as first met: a member city keeps the kind its membership gave it."""
    unique: dict[str, Party] = {}
    for party in parties:
        unique.setdefault(party.key, party)
    return list(unique.values())


def _host_country(text: Text, countries: Gazetteer) -> str | None:
    """The country the text calls the host ("For host Norway …", "Norway hosts the summit",
    "thanked the government of Norway for hosting this meeting"), if any."""
    for match in _HOST.finditer(text.text):
        named = countries.find(text.text, match.end(), match.end() + 60)
        if named and named[0].span.start == match.end():
            return named[0].country.key
    for match in _HOSTS_THE_MEETING.finditer(text.text):
        named = countries.find(text.text, max(0, match.start() - 60), match.start())
        if named and named[-1].span.end == match.start():
            return named[-1].country.key
    return None


def _spelling_slips(text: Text, persons: list[Person]) -> list[Slip]:
    """A family name the article spells two ways: the rarer spelling is the slip."""
    slips = []
    for person in persons:
        for variant in person.variants:
            wrong, right = variant.split()[-1], person.name.split()[-1]
            if variant.endswith(unhyphened := right.replace("-", " ")):
                wrong = unhyphened  # "Grabar Kitarovic" for "Grabar-Kitarovic"
            start = text.text.find(wrong)
            if wrong != right and start != -1:
                slips.append(Slip(wrong, right, Span(start, start + len(wrong))))
    return slips
