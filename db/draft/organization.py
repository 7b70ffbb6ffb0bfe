"""The organization an article is about, and its members' standing as the article tells it.

The organization is the capitalised name ending in a word such as Organization, Network or
Union that the article repeats most; its abbreviation is the capitalised word made of the
name's initials. Members are read from the phrases news uses: "founded in 2001 by A, B and C",
"later joined by D", "E joined … on Thursday" (at this meeting), "observers include F".
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from db.draft.countries import Gazetteer
from db.draft.keys import key_of
from db.draft.model import Membership, Organization, Party
from db.draft.text import Span, Text
from db.draft.words import CAPITALISED_RUN, ORGANIZATION_NOUNS

_SMALL_WORDS = frozenset({"of", "the", "and", "for", "on", "in"})
_FOUNDED = re.compile(
    r"\b(?:founded|established|created|formed|set[ ]up)\b(?:[ ]in[ ](?P<year>\d{4}))?"
    r"[ ]by[ ](?P<list>.+?)(?=[ ]to[ ][a-z]+\b|[.;]|$)"
)
_FOUNDING_YEAR = re.compile(
    r"\b(?:founded|established|created|formed|set[ ]up|launched)\b[^.;]*?\bin[ ](\d{4})\b"
)
_PURPOSE = re.compile(r"\bto[ ][a-z]+\b[^.;]*")
_LATER_BY = re.compile(r"\blater[ ]joined[ ]by[ ](?P<list>[^.;]+)")
_JOINED = re.compile(
    r"\b(?P<adverb>later[ ]|subsequently[ ]|since[ ]|also[ ])?(?:formally[ ]|officially[ ])?"
    r"(?:joined|(?:was|were)[ ]admitted(?:[ ]to)?|became[ ](?:(?:a|the|its)[ ])?"
    r"(?:full[ ]|newest[ ]|latest[ ])?members?(?:[ ]of)?)"
    r"\b(?P<rest>[^.;]*)"
)
_LATER = re.compile(r"^[ ,]*(?:later|subsequently|afterwards|since)\b")
_IN_YEAR = re.compile(r"\bin[ ](?P<year>\d{4})\b")
_AT_THIS_MEETING = re.compile(
    r"\b(?:on[ ]{day}|at[ ](?:this|the|{day}['’]s)[ ](?:summit|meeting|assembly|conference"
    r"|gathering)|this[ ]week|today)\b".format(
        day="(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    )
)
_OBSERVERS = re.compile(
    r"\b(?P<kind>observer(?:s|[ ]states|[ ]countries|[ ]members)?(?:[ ]and[ ](?:dialogue[ ])?"
    r"partners)?|dialogue[ ]partners)[ ](?:include|includes|included|are|were)\b(?P<list>[^.;]+)",
    re.IGNORECASE,
)
_IS_OBSERVER = re.compile(
    r"[ ](?:is|are|was|were|became|has[ ]been|have[ ]been|has|have|holds?)[ ](?:an[ ]|a[ ]|the[ ])?"
    r"(?P<kind>observers?|dialogue[ ]partners?)(?:[ ]status)?\b"
)
_MEMBERS = re.compile(r"\b(?:other[ ])?members[ ](?:include|are|included)\b(?P<list>[^.;]+)")
_CLAUSE_BOUNDARY = re.compile(r",[ ]and[ ]|,[ ]but[ ]|;[ ]|,[ ]while[ ]")


def find_organization(text: Text) -> Organization | None:
    names = Counter(
        name for run in CAPITALISED_RUN.finditer(text.text) if (name := _organization_name(run))
    )
    if not names:
        return None
    name = max(names, key=lambda candidate: (names[candidate], -text.text.find(candidate)))
    abbreviation = _abbreviation(text.text, name)
    evidence = [_span_of(text.text, name)]
    founded, purpose = None, None
    for sentence in text.sentences:
        words = text[sentence]
        year = _FOUNDING_YEAR.search(words)
        if year and _about_an_organization(words, name, abbreviation):
            founded = int(year.group(1))
            purpose_match = _PURPOSE.search(words, year.end())
            purpose = purpose_match.group(0) if purpose_match else None
            evidence.append(sentence)
            break
    return Organization(
        name=name,
        evidence=tuple(evidence),
        abbreviation=abbreviation,
        founded=founded,
        purpose=purpose,
        member_kind=_member_kind(name),
    )


def _organization_name(run: re.Match[str]) -> str | None:
    words = run.group(0).split()
    while words and words[0] in {"The", "A", "An"}:
        words.pop(0)
    if len(words) >= 2 and words[-1] in ORGANIZATION_NOUNS:
        return " ".join(words)
    return None


def _abbreviation(text: str, name: str) -> str | None:
    """The capitalised word spelling the name's initials, ``(ABC)`` after the name first."""
    given = re.search(rf"{re.escape(name)}[ ]\((?P<short>[A-Z][A-Za-z.]{{1,9}})\)", text)
    if given:
        return given.group("short")
    initials = "".join(word[0] for word in name.split() if word not in _SMALL_WORDS).upper()
    if len(initials) >= 2 and re.search(rf"\b{initials}\b", text):
        return initials
    return None


def _about_an_organization(sentence: str, name: str, abbreviation: str | None) -> bool:
    words = {"It", "group", "grouping", "network", "alliance", "bloc", "organization", "union"}
    words.add(name.split()[-1].lower())  # "the council" for a Fisheries Council
    return (
        name in sentence
        or bool(abbreviation and abbreviation in sentence)
        or any(re.search(rf"\b{word}\b", sentence) for word in words)
    )


def _member_kind(name: str) -> str | None:
    """ "Harbour Cities Network" → "city": the plural in the name says what its members are."""
    for word in name.split()[:-1]:
        if word.endswith("ies") and len(word) > 4:
            return word[:-3].lower() + "y"
        if word.endswith("s") and not word.endswith("ss") and word not in _SMALL_WORDS:
            return word[:-1].lower()
    return None


def _span_of(text: str, words: str) -> Span:
    start = text.find(words)
    return Span(start, start + len(words))


@dataclass(frozen=True)
class _Claim:
    """A phrase that gives members a status; ``region`` is where the members are named."""

    status: str
    joined: str
    region: Span
    sentence: Span


def find_memberships(
    text: Text, organization: Organization, countries: Gazetteer, event_day: str | None
) -> tuple[list[Membership], list[Party]]:
    """The memberships the article states, and the bodies among the members."""
    claims = [claim for sentence in text.sentences for claim in _claims(text, sentence)]
    of_countries = any(
        countries.find(text.text, claim.region.start, claim.region.end) for claim in claims
    )
    read_members: Callable[[Span], list[Party]] = (
        (lambda region: _countries_in(text, countries, region))
        if of_countries
        else (lambda region: _bodies_in(text, countries, region, organization))
    )
    memberships: dict[str, Membership] = {}
    bodies: dict[str, Party] = {}
    for claim in claims:
        joined = claim.joined
        if claim.status == "new-member" and event_day:
            joined = f"at this meeting ({event_day})"
        for member in read_members(claim.region):
            if member.key not in memberships:
                memberships[member.key] = Membership(member, claim.status, joined, claim.sentence)
                if not member.is_country:
                    bodies[member.key] = member
    return list(memberships.values()), list(bodies.values())


def _claims(text: Text, sentence: Span) -> list[_Claim]:
    words = text[sentence]
    offset = sentence.start
    found = []
    founded = _FOUNDED.search(words)
    if founded:
        year = founded.group("year")
        joined = f"{year} (founder)" if year else "founder"
        found.append(_Claim("founding-member", joined, _region(founded, "list", offset), sentence))
    later = _LATER_BY.search(words)
    if later:
        found.append(
            _Claim("member", "later (year not given)", _region(later, "list", offset), sentence)
        )
    for clause in _clauses(words):
        joining = _JOINED.search(words, clause.start, clause.end)
        if joining is None or (later and joining.start() >= later.start() - 6):
            continue
        subject = Span(offset + clause.start, offset + joining.start())
        rest = joining.group("rest")
        year = _IN_YEAR.search(rest)
        if _AT_THIS_MEETING.search(rest):
            found.append(_Claim("new-member", "at this meeting", subject, sentence))
        elif year:
            found.append(_Claim("member", year.group("year"), subject, sentence))
        elif joining.group("adverb") in ("later ", "subsequently ", "since ") or _LATER.match(rest):
            found.append(_Claim("member", "later (year not given)", subject, sentence))
    observers = _OBSERVERS.search(words)
    if observers:
        status = _observer_status(observers.group("kind"))
        found.append(_Claim(status, "not given", _region(observers, "list", offset), sentence))
    for clause in _clauses(words):
        observer = _IS_OBSERVER.search(words, clause.start, clause.end)
        if observer:
            subject = Span(offset + clause.start, offset + observer.start())
            status = _observer_status(observer.group("kind"))
            found.append(_Claim(status, "not given", subject, sentence))
    members = _MEMBERS.search(words)
    if members:
        found.append(_Claim("member", "not given", _region(members, "list", offset), sentence))
    return found


def _observer_status(kind: str) -> str:
    """ "Observer states and dialogue partners" are listed together: the status says so."""
    kind = kind.lower()
    if "observer" in kind and "partner" in kind:
        return "observer-or-partner"
    return "observer" if "observer" in kind else "dialogue-partner"


def _region(match: re.Match[str], group: str, offset: int) -> Span:
    return Span(offset + match.start(group), offset + match.end(group))


def _clauses(sentence: str) -> list[Span]:
    """The sentence cut at ", and", ", but", "; " and ", while": one subject and verb each."""
    boundaries = list(_CLAUSE_BOUNDARY.finditer(sentence))
    starts = [0, *(boundary.end() for boundary in boundaries)]
    ends = [*(boundary.start() for boundary in boundaries), len(sentence)]
    return [Span(start, end) for start, end in zip(starts, ends, strict=True)]


def _countries_in(text: Text, countries: Gazetteer, region: Span) -> list[Party]:
    """The countries a list names; "Sweden's neighbour, Norway" names only Norway."""
    return [
        Party(
            key=found.country.key, name=found.country.name, is_country=True, code=found.country.code
        )
        for found in countries.find(text.text, region.start, region.end)
        if not found.possessive and not found.adjective
    ]


def _bodies_in(
    text: Text, countries: Gazetteer, region: Span, organization: Organization
) -> list[Party]:
    """The capitalised names a list gives, when an organization's members are not countries."""
    found = []
    for run in CAPITALISED_RUN.finditer(text.text, region.start, region.end):
        name = run.group(0)
        if name in {"The", "It", organization.name, organization.abbreviation} or (
            countries.country_named(name)
        ):
            continue
        found.append(
            Party(key=key_of(name), name=name, is_country=False, kind=organization.member_kind)
        )
    return found
