"""Members a body's own name spells out: "the Indonesia-Malaysia-Thailand Growth Triangle
(IMT-GT)" and "the Chile-Peru-South Africa Dialogue Forum" name three states or more, joined by
hyphens, as the body they make up. A name of two ("the EU-Japan summit") names two sides of a
meeting, not a body's members.
"""

from __future__ import annotations

from db.draft.countries import Gazetteer
from db.draft.lazy_regex import lazy_compile
from db.draft.member_lists import Claim
from db.draft.model import Organization
from db.draft.text import Span, Text

# three or more names of a word or two, joined by hyphens or dashes, then a few capitalised
# words of the body's kind ("Growth Triangle", "Dialogue Forum") and perhaps its capitals
_JOINED_NAMES = lazy_compile(
    r"(?<![\w-])(?P<names>[A-Z][a-z]+(?:[ ][A-Z][a-z]+)?(?:[-–][A-Z][a-z]+(?:[ ][A-Z][a-z]+)?){2,})"
    r"(?P<rest>(?:[ ][A-Z][\w-]*){0,3})(?:[ ]\((?P<short>[^()]{2,12})\))?(?![\w-])"
)
_JOIN = lazy_compile(r"[-–]")


def name_claims(text: Text, organization: Organization, countries: Gazetteer) -> list[Claim]:
    """The states the organization's name, or the long name its capitals shorten, is made of."""
    names = {organization.name, organization.abbreviation} - {None}
    for found in _JOINED_NAMES.finditer(text.text):
        joined, rest = found.group("names"), found.group("rest")
        *parts, last = _JOIN.split(joined)
        if not countries.country_named(last) and " " in last:  # "Thailand Growth Triangle"
            last, word = last.split(" ")
            joined, rest = joined.removesuffix(f" {word}"), f" {word}{rest}"
        if not all(countries.country_named(part) for part in (*parts, last)):
            continue
        if joined + rest in names or found.group("short") in names:
            region = Span(found.start("names"), found.start("names") + len(joined))
            sentence = text.sentence_at(found.start())
            return [Claim("member", None, region, sentence)]
    return []
