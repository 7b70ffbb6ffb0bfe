"""Leaders put at the meeting by their countries: "Presidents of A, B and C are meeting Sunday".

Reports often name the leaders once, in a caption or a list of who said what ("A's Ana Ruiz,
B's Ola Lind"), and say who meets by country alone: "the presidents of A, B, C and D
gathered", "the leaders of A and B attended". Each person the report gives one of those
countries, who holds the office the sentence names or no office at all, is then there; a
minister of the same country is not one of its presidents.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from db.draft.countries import Country, Gazetteer
from db.draft.lazy_regex import lazy_compile
from db.draft.model import Person
from db.draft.text import Span, Text
from db.draft.titles import HEAD_ROLES, role_for

_OFFICES = {
    "presidents": "head-of-state",
    "prime ministers": "head-of-government",
    "premiers": "head-of-government",
}
# "the presidents of", "Leaders of", "heads of state and government of"
_LEADERS_OF = lazy_compile(
    r"\b(?i:(?P<office>presidents|prime[ ]ministers|premiers|leaders"
    r"|heads[ ]of[ ](?:state|government)(?:[ ](?:and|or)[ ](?:state|government))?))"
    r"[ ]of[ ](?:the[ ])?"
)
# what may stand between two countries of the list
_BETWEEN = lazy_compile(r"(?:,|,?[ ]and|,?[ ]as[ ]well[ ]as)[ ](?:the[ ])?")
# … and the verb the leaders are the subject of, soon after it: "… are meeting Sunday", "…
# have also arrived here", "… gathered"; not "talks with the leaders of A and B, with whom"
_ATTEND_AFTER = lazy_compile(
    r"(?:[ ][\w-]+){0,3}?[ ](?:met|meet|meeting|gathered|gather|attended|attend|attending"
    r"|arrived|arrive|joined|took[ ]part|take[ ]part|taking[ ]part|participated|convened"
    r"|(?:are|were)[ ](?:in|at))\b"
)
# … or who has met them there: "The prime minister has met with the leaders of A, B and C"
_MET_WITH_BEFORE = lazy_compile(r"\b(?:met|meets)[ ]with[ ](?:the[ ])?$")


@dataclass(frozen=True)
class Roster:
    """The leaders of some countries a sentence puts at the meeting."""

    countries: frozenset[str]  # their keys
    role: str | None  # the office named ("head-of-state"); None for "leaders"

    def holds(self, person: Person) -> bool:
        """Whether the person is one of the leaders named: of one of the countries, with the
        office named, any head's office for "leaders", or no office given."""
        if person.party is None or person.party.key not in self.countries:
            return False
        if person.title is None:
            return True
        role = role_for(person.title, represents_country=True)
        return role == self.role if self.role else role in HEAD_ROLES


def rosters(text: Text, sentence: Span, countries: Gazetteer) -> Iterator[Roster]:
    """The lists of two or more countries whose leaders the sentence puts at the meeting."""
    words = text[sentence]
    for leaders, listed, end in leaders_of(words, countries):
        met = _MET_WITH_BEFORE.search(words, max(0, leaders.start() - 20), leaders.start())
        if met or _ATTEND_AFTER.match(words, end):
            office = leaders.group("office").casefold()
            keys = frozenset(country.key for country in listed)
            yield Roster(keys, _OFFICES.get(office))


def leaders_of(
    words: str, countries: Gazetteer
) -> Iterator[tuple[re.Match[str], list[Country], int]]:
    """Each "leaders of A, B and C" in the words: the match of its office, the two or more
    countries listed, and where the list ends."""
    for leaders in _LEADERS_OF.finditer(words):
        listed, end = _listed_countries(words, leaders.end(), countries)
        if len(listed) >= 2:
            yield leaders, listed, end


def _listed_countries(words: str, start: int, countries: Gazetteer) -> tuple[list[Country], int]:
    """The countries listed one after another from ``start`` ("A, B, and C"), and where the
    list ends."""
    listed: list[Country] = []
    position = end = start
    for mention in countries.find(words, start):
        if mention.span.start != position or mention.adjective or mention.possessive:
            break
        listed.append(mention.country)
        end = mention.span.end
        between = _BETWEEN.match(words, end)
        if between is None:
            break
        position = between.end()
    return listed, end
