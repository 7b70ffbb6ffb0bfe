"""The countries of a list in a sentence about the organization's membership that no phrase
rule read.

Wire copy lists members in more ways than the phrase rules (member_lists, member_phrases)
know. A sentence that speaks of the organization's membership (member_features) and names three
or more countries one after another ("A, B, C and D") lists members, unless the list says who
came rather than who belongs ("leaders of A, B and C", "ministers from A, B and C"), is another
body's ("the Coral Alliance, consisting of A, B and C"), or the sentence turns membership around
("not members", "non-X member countries"). Such a list's countries are drafted with the status
given just after them ("A, B and C as observers", "are observers"), else the status word
nearest before them ("observers include A, B and C"; a founding verb only just before them:
"founded in 1985 by A, B and C"), else a plain "member", and only where neither a phrase rule
nor the member model (likely_members) drafted them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from db.draft.countries import CountryMention, Gazetteer
from db.draft.lazy_regex import lazy_compile
from db.draft.member_features import TURNED_AROUND, speaks_of_membership
from db.draft.member_lists import another_bodys_list, in_another_bodys_list, name_goes_on
from db.draft.member_phrases import body_pattern
from db.draft.model import Membership, Organization
from db.draft.parties import country_party
from db.draft.text import Span, Text

_SHORTEST_LIST = 3
# what parts one country of a list from the next: "A, B, and the C", "A; B", "A/B"
_BETWEEN_ITEMS = lazy_compile(
    r",?\s(?P<and>and)\s(?:the\s)?|[,;/]\s?(?:(?P<and_after>and)\s)?(?:the\s)?|\s/\s"
)
# Who came rather than who belongs, in the clause before the list: "leaders of", "heads of state
# from", "ministers of", "attended by", "will host"
_PEOPLE_BEFORE = lazy_compile(
    r"\b(?:leaders?|heads?[ ]of[ ](?:state|government)(?:[ ]and[ ]government)?|ministers?"
    r"|presidents?|representatives?|delegations?|delegates?|counterparts?|officials?|attended"
    r"|hosting|host)\b[^.;]*$",
    re.IGNORECASE,
)
_PEOPLE_REACH = 70  # characters before a list read for who it names
# the status words of a list, and the founding verbs that make its countries founders
_STATUS = (
    r"(?:(?P<founding>founding|founder)[ ])?(?:(?P<observer>observers?)"
    r"|(?P<partner>dialog(?:ue)?[ ]partners?)|(?P<associate>associate[ ]members?)"
    r"|(?P<either>partner[ ](?:countries|states|nations)|partners)|(?P<member>members?))\b"
    r"|\b(?P<founded>founded|established|formed|created|set[ ]up)[ ](?:[^,;]*[ ])?(?:by|with)\b"
)
# what the clause says of the list after it: "A, B and C as observers", "… (observers)",
# "… are full-fledged members", "… have observer status", "… hold the status of observers"
_STATUS_AFTER = lazy_compile(
    rf"[ ]?(?:,[ ])?(?:\(|(?:as|are|were|is|have|has|had|hold|holds|held|enjoy|enjoys)[ ]"
    rf"(?:[\w-]+[ ]){{0,3}}?)(?:{_STATUS})",
    re.IGNORECASE,
)
_STATUS_WORD = lazy_compile(_STATUS, re.IGNORECASE)
_JUST_BEFORE = lazy_compile(r"[ ](?:the[ ])?")
_STATUSES = {
    "founding": "founding-member",
    "founded": "founding-member",
    "observer": "observer",
    "partner": "dialogue-partner",
    "associate": "associate-member",
    "either": "observer-or-partner",
}


def listed_memberships(
    text: Text, organization: Organization, countries: Gazetteer, known: Sequence[Membership]
) -> list[Membership]:
    """Memberships of the countries of lists in sentences about membership, other than those
    already drafted (``known``: the phrase rules' and the member model's)."""
    body = re.compile(body_pattern(organization))
    taken = {membership.member.key for membership in known}
    found = []
    for sentence in text.sentences:
        words = text[sentence]
        if not speaks_of_membership(words, body) or TURNED_AROUND.search(words):
            continue
        for listed in _lists(text, countries, sentence):
            if _not_a_member_list(text, sentence, listed[0].span.start, body):
                continue
            status = _status_of(text, sentence, listed)
            for mention in listed:
                if mention.country.key not in taken:
                    taken.add(mention.country.key)
                    found.append(Membership(country_party(mention.country), status, None, sentence))
    return found


def _lists(text: Text, countries: Gazetteer, sentence: Span) -> Iterator[list[CountryMention]]:
    """The runs of countries, named one after another, that a sentence gives; a run ends after
    the country its "and" adds ("A, B and C, and D signed": D is no item)."""
    named = [
        mention
        for mention in countries.find(text.text, sentence.start, sentence.end)
        if not (
            mention.adjective or mention.possessive or name_goes_on(text.text, mention.name_end)
        )
    ]
    run: list[CountryMention] = []
    closed = False
    for mention in named:
        between = (
            _BETWEEN_ITEMS.fullmatch(text.text, run[-1].span.end, mention.span.start)
            if run
            else None
        )
        if run and (between is None or closed):
            if len(run) >= _SHORTEST_LIST:
                yield run
            run, between = [], None
        run.append(mention)
        closed = between is not None and bool(between.group("and") or between.group("and_after"))
    if len(run) >= _SHORTEST_LIST:
        yield run


def _not_a_member_list(text: Text, sentence: Span, start: int, body: re.Pattern[str]) -> bool:
    """Whether the list at ``start`` names who came, or another body's members."""
    if _PEOPLE_BEFORE.search(text.text, max(sentence.start, start - _PEOPLE_REACH), start):
        return True
    words, at = text[sentence], start - sentence.start
    return in_another_bodys_list(words, at, body.pattern) or another_bodys_list(
        words, at, body.pattern
    )


def _status_of(text: Text, sentence: Span, listed: list[CountryMention]) -> str:
    """The status given just after the list, else the nearest one before it (a founding verb
    only just before it: "formed in 1985 by A, B and C"), else member."""
    start = listed[0].span.start
    after = _STATUS_AFTER.match(text.text, listed[-1].span.end, sentence.end)
    if after is not None:
        return _status(after)
    before = [
        match
        for match in _STATUS_WORD.finditer(text.text, sentence.start, start)
        if not match.group("founded") or _JUST_BEFORE.fullmatch(text.text, match.end(), start)
    ]
    return _status(before[-1]) if before else "member"


def _status(match: re.Match[str]) -> str:
    given = [group for group in _STATUSES if match.group(group)]
    return _STATUSES[given[0]] if given else "member"
