"""Members as wire copy lists them: "X includes A, B and C", "the members of X: A, B", "X, which
comprises A, B", "X stands for A, B", "X is a dialogue between A, B", "joining current members
A, B", "invited to join X", "added D in 2010", "observer states at the meeting included E",
"F joined as its newest member", "G, the current X chair", "H's leader … in observer status".

A list is read only as far as it goes on naming countries one after another ("A, B, and the
C"), so a country later in the sentence is not taken for a member.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from db.draft.countries import Gazetteer
from db.draft.model import Organization
from db.draft.text import Span, Text


@dataclass(frozen=True)
class Claim:
    """A phrase that gives members a status; ``region`` is where the members are named."""

    status: str
    joined: str
    region: Span
    sentence: Span


_LIST_GLUE = re.compile(r"(?:,?[ ]and[ ]|,[ ]|,?[ ]as[ ]well[ ]as[ ]|[ ]&[ ])(?:the[ ])?")
_BODY_WORDS = (
    r"(?i:the[ ](?:bloc|group|grouping|alliance|organi[sz]ation|union|league|club|partnership"
    r"|forum|community|association|body|network|council|dialogue))"
)
_INCLUDES = (
    r"(?:,[ ]which|[ ]which)?[ ](?:now[ ]|currently[ ]|also[ ])?(?:includes?|included|comprises?"
    r"|comprised|consists[ ]of|is[ ]made[ ]up[ ]of|groups|brings[ ]together|stands[ ]for"
    r"|is[ ]short[ ]for|is[ ]an[ ]acronym[ ]for)[ ]"
)
_COMPRISING = re.compile(
    r",?[ ](?:comprising|consisting[ ]of|made[ ]up[ ]of|grouping|bringing[ ]together)[ ]"
)
_BETWEEN = r"[ ](?:is|was)[ ]an?[ ](?:[\w-]+[ ]){0,4}?(?:between|among|of|linking|uniting)[ ]"
_MEMBERS_OF = (
    r"\b(?:(?:its|the)[ ])?(?:\d+[ ]|[a-z]+[ ])?(?:founding[ ])?members[ ]of[ ]"
    r"(?:{organization})[ ]?(?:[—–:-]|,|are|were|include|included)[ ]*"
)
_ITS_MEMBERS = (
    r"(?:{organization}|its)['’]?s?[ ](?:\d+[ ]|[a-z]+[ ])?(?P<founding>founding[ ])?members"
    r"(?:[ ]states|[ ]countries)?(?:[ ]?[—–:-][ ]?|,[ ]|[ ]are[ ]|[ ]include[ ]|[ ]included[ ])"
)
_MEMBER_BEFORE_LIST = re.compile(
    r"(?<![\w-])(?P<before>[\w-]+[ ])?(?P<kind>current[ ]|fellow[ ]|founding[ ]|full[ ]|new[ ]"
    r"|other[ ])?member(?:s|[- ]states?|[- ]countries|[- ]country|[- ]nations?)?[ ]"
)
_INVITED = re.compile(r"\binvited\b(?P<list>(?:[ ][^.;]*?)?)[ ]to[ ](?:join|enter|become)[ ]")
_ADDED = re.compile(r"\b(?:added|admitted)[ ]")
_IN_YEAR = re.compile(r"[ ]in[ ](?P<year>\d{4})\b")
_NEWEST = re.compile(
    r"(?:[ ]joined[ ]as|,[ ])[ ]?(?:its|the|[\w-]+['’]s)[ ](?:[\w-]+['’]s[ ])?(?:newest|latest)"
    r"[ ]member\b"
)
_OBSERVER_STATUS = re.compile(r"[ ](?:in|with)[ ](?:an[ ])?observer(?:['’]s)?[ ]status\b")
_CHAIR = r",[ ](?:the[ ])?(?:current[ ]|rotating[ ]|outgoing[ ]|incoming[ ])?(?:{organization})['’]?s?[ ](?:rotating[ ])?chair(?:man)?\b"
_OBSERVERS_AT = re.compile(
    r"\b(?P<kind>observer(?:s|[ ]states|[ ]countries)|dialogue[ ]partners)[ ](?:at|in|to|of)"
    r"[ ][^.;,]{1,40}?[ ](?:include|includes|included|are|were)[ ]",
    re.IGNORECASE,
)


def listed_claims(
    text: Text, sentence: Span, organization: Organization, countries: Gazetteer
) -> list[Claim]:
    """The claims one sentence makes in the list phrasings wire copy uses."""
    words = text[sentence]
    names = "|".join(
        re.escape(name) for name in (organization.name, organization.abbreviation) if name
    )
    body = rf"(?:(?:the[ ])?(?:{names})|{_BODY_WORDS}|It)"
    lists = _Lists(text, countries, sentence)
    found: list[Claim] = []
    for pattern in (
        rf"{body}{_INCLUDES}",
        rf"{body}{_BETWEEN}",
        _MEMBERS_OF.format(organization=body),
    ):
        for match in re.finditer(pattern, words):
            found += lists.claim("member", "not given", match.end())
    for match in re.finditer(_ITS_MEMBERS.format(organization=body), words):
        status = "founding-member" if match.group("founding") else "member"
        found += lists.claim(
            status, "founder" if match.group("founding") else "not given", match.end()
        )
    if re.search(body, words):
        for match in _COMPRISING.finditer(words):
            found += lists.claim("member", "not given", match.end())
    for match in _MEMBER_BEFORE_LIST.finditer(words):
        before = (match.group("before") or "").strip()
        if before[:1].isupper() and before not in (organization.name, organization.abbreviation):
            continue  # another body's member: "EU member Hungary" in a report on another
        if before.lower() == "non-" or words[max(0, match.start() - 4) : match.start()] == "non-":
            continue
        kind = (match.group("kind") or "").strip()
        status = {"founding": "founding-member", "new": "new-member"}.get(kind, "member")
        found += lists.claim(status, "not given", match.end())
    found += _invitations(words, lists, body)
    if re.search(body, words):
        for match in _ADDED.finditer(words):
            year = _IN_YEAR.match(words, lists.end_of_list(match.end()))
            if year:
                found += lists.claim("member", year.group("year"), match.end())
    for match in _NEWEST.finditer(words):
        found += lists.claim_before("new-member", "not given", match.start())
    for match in re.finditer(_CHAIR.format(organization=body), words):
        found += lists.claim_before("member", "not given", match.start())
    for match in _OBSERVERS_AT.finditer(words):
        kind = match.group("kind").lower()
        status = "dialogue-partner" if "partner" in kind else "observer"
        found += lists.claim(status, "not given", match.end())
    for match in _OBSERVER_STATUS.finditer(words):
        found += lists.claim_subject("observer", "not given", match.start())
    return found


def _invitations(words: str, lists: _Lists, body: str) -> list[Claim]:
    """ "A and B were invited to join X", "X invited A and B to become members"."""
    found = []
    for match in _INVITED.finditer(words):
        target = words[match.end() : match.end() + 60]
        if not re.match(rf"{body}|(?:full[ ])?members?\b", target):
            continue  # invited to join the talks, as guests
        listed = lists.claim("new-member", "invited", match.start("list") + 1)
        found += listed or lists.claim_subject("new-member", "invited", match.start())
    return found


class _Lists:
    """Country lists in one sentence, at offsets within the sentence's words."""

    def __init__(self, text: Text, countries: Gazetteer, sentence: Span) -> None:
        self.text, self.countries, self.sentence = text, countries, sentence

    def end_of_list(self, start: int) -> int:
        """Where the list of countries that begins at ``start`` ends (``start`` if none does)."""
        offset = self.sentence.start
        position = offset + start
        if self.text.text.startswith("the ", position):
            position += 4
        end = offset + start
        for mention in self.countries.find(self.text.text, position, self.sentence.end):
            if mention.span.start != position or mention.adjective or mention.possessive:
                break
            end = mention.span.end
            glue = _LIST_GLUE.match(self.text.text, end, self.sentence.end)
            if glue is None:
                break
            position = glue.end()
        return end - offset

    def claim(self, status: str, joined: str, start: int) -> list[Claim]:
        end = self.end_of_list(start)
        if end == start:
            return []
        offset = self.sentence.start
        return [Claim(status, joined, Span(offset + start, offset + end), self.sentence)]

    def claim_before(self, status: str, joined: str, end: int) -> list[Claim]:
        """The list that ends at ``end``: "Norway, the bloc's newest member"."""
        offset = self.sentence.start
        start = offset + _clause_start(self.text[self.sentence], end)
        for mention in self.countries.find(self.text.text, start, offset + end):
            if self.end_of_list(mention.span.start - offset) == end:
                return self.claim(status, joined, mention.span.start - offset)
        return []

    def claim_subject(self, status: str, joined: str, end: int) -> list[Claim]:
        """The countries of the clause's subject, a possessive one too ("Chile's leader")."""
        offset = self.sentence.start
        start = offset + _clause_start(self.text[self.sentence], end)
        named = self.countries.find(self.text.text, start, offset + end)
        plain = [mention for mention in named if not mention.adjective]
        if not plain:
            return []
        spans = [
            Span(mention.span.start, mention.span.end - (2 if mention.possessive else 0))
            for mention in plain
        ]
        return [Claim(status, joined, span, self.sentence) for span in spans]


def _clause_start(words: str, end: int) -> int:
    """Where the clause that ``end`` is in begins: after the last ", and", ", but" or "; "."""
    boundaries = [
        match.end() for match in re.finditer(r",[ ](?:and|but|while)[ ]|;[ ]", words[:end])
    ]
    return boundaries[-1] if boundaries else 0
