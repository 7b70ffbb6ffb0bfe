"""What the wording around each country a report names says about it, as features for the
member model (likely_members): the words of its sentences, the words just before and after
it, how many countries share its sentence, whether the organization is named there, and how
often and how early it is named.

One function serves both training (benchmarks/train_models.py) and drafting, so the
model is always asked about the features it was taught on.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from db.draft.countries import Country, CountryMention, Gazetteer
from db.draft.lazy_regex import lazy_compile
from db.draft.logistic import Features
from db.draft.member_lists import (
    DATELINE,
    HOSTED,
    ONCE_A_MEMBER,
    about_another_body,
    besides_members_end,
    in_another_bodys_list,
    meets_the_body,
    name_goes_on,
)
from db.draft.member_phrases import NEIGHBOURS, NON_X_MEMBERS, WISHED_FOR, body_pattern
from db.draft.model import Organization
from db.draft.text import Span, Text

_WORD = lazy_compile(r"[A-Za-z][A-Za-z'-]*")
_NEAR = 40  # characters either side of a mention read as its immediate context
_CONTEXT_WORDS = 3
_EARLY_PARAGRAPHS = 3
# Countries a sentence must name for one of them to be drafted from it: a country named alone
# in a sentence about membership is mostly its topic ("concern among the bloc's members over
# A's claims"), and on held-out tuning reports such additions were wrong more often than right.
_LISTED = 2
# Words that, with the number of countries in a sentence or the organization's name, tell a
# member list from a list of countries that merely took part.
_CUES = [
    "member",
    "members",
    "membership",
    "observer",
    "observers",
    "partner",
    "partners",
    "includes",
    "include",
    "including",
    "comprises",
    "comprising",
    "consists",
    "bloc",
    "grouping",
    "joined",
    "join",
    "founding",
    "founded",
    "states",
    "nations",
    "countries",
    "leaders",
    "heads",
    "attended",
    "attend",
]
_REPORT_CUES = [
    "member",
    "members",
    "observer",
    "observers",
    "bloc",
    "includes",
    "comprises",
    "comprising",
]
# Words that turn a sentence's membership around ("not members", "suspended", "with the
# exception of", "a guest", "non-X member countries", "its bid to join", "called for … as
# members", "revoked", "with diplomatic ties to", "hopes to become a member", "is set to
# join", "which border the bloc's members", "neighbours of", "hosting leaders of"): the few
# reports that use them cannot teach a model what they do, so a country named only in such
# sentences is left to the phrase rules.
TURNED_AROUND = lazy_compile(
    r"\b(?:not|never|\w+n['’]t|expected|neither|nor|no[ ]longer|suspended|suspension|except"
    r"|exception|excluding|non-members?|guests?|applications?|applied|bids?|candidates?|invited"
    r"|invitation|former|withdrew|withdrawn|withdrawal|left|quit|expelled|outside"
    rf"|{NON_X_MEMBERS}"
    r"|aspir\w*|call(?:s|ed)?[ ]for|urg\w*|return[ ]of|revoked|revocation|terminated"
    r"|(?:set|due|poised|going)[ ]to[ ](?:join|become)"
    rf"|ties[ ](?:to|with)|relations[ ]with)\b|{WISHED_FOR}|{NEIGHBOURS}|{HOSTED}",
    re.IGNORECASE,
)

# Words by which a sentence speaks of membership. The model drafts a member only where one of
# its sentences does: a list of the leaders who attended says who came, not who belongs.
_MEMBERSHIP_WORDS = lazy_compile(
    r"\b(?:members?|membership|member-states|observers?|(?<!trading[ ])partners?|compris\w*|"
    r"consists?|found\w*|joined|grouping)\b",
    re.IGNORECASE,
)
# " of the Coral Alliance": a name that follows, another body's
_OF_A_NAME = r"[ ]of[ ](?:the[ ])?(?-i:[A-Z])"
# Ways a sentence refers to the members of a body it does not name: "member states", "its
# members"; otherwise the sentence must name the organization as member_lists reads it. Not
# "member states of the Coral Alliance", which are another body's.
_ITS_MEMBERS = lazy_compile(
    rf"\b(?:member[ -](?:states|countries|nations|economies)(?!{_OF_A_NAME})"
    r"|(?:its|their)[ ]members)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class NamedCountry:
    """A country the report names, with what the wording around it says."""

    country: Country
    features: Features
    evidence: CountryMention | None
    """Its mention in the sentence that speaks of membership and names the most countries
    (the first such), or None when no sentence naming it among others speaks of membership."""


def named_countries(
    text: Text,
    organization: Organization | None,
    countries: Gazetteer,
    read: Collection[Span] = (),
) -> list[NamedCountry]:
    """Each country the report names where the model may read it, once, in the order first
    named. A sentence ``read`` already (one the phrase rules drew members from) is no
    country's evidence: the rules have said what it says of membership."""
    mentions = [mention for mention in countries.find(text.text) if _readable(text, mention)]
    in_sentence: dict[int, set[str]] = {}
    for mention in mentions:
        sentence = text.sentence_at(mention.span.start)
        in_sentence.setdefault(sentence.start, set()).add(mention.country.key)
    names = _names_of(organization)
    body = re.compile(body_pattern(organization)) if organization else None
    report_words = {word.lower() for word in _WORD.findall(text.text)}
    report_features = {f"report={cue}": 1.0 for cue in _REPORT_CUES if cue in report_words}

    grouped: dict[str, list[CountryMention]] = {}
    for mention in mentions:
        grouped.setdefault(mention.country.key, []).append(mention)
    found = []
    for named in grouped.values():
        features: Features = {"bias": 1.0, **report_features}
        evidence: tuple[int, CountryMention] | None = None
        for mention in named:
            sentence = text.sentence_at(mention.span.start)
            crowd = len(in_sentence[sentence.start])
            features |= _mention_features(text, mention, sentence, crowd, names)
            about_membership = speaks_of_membership(text[sentence], body)
            unread = not any(_overlap(sentence, span) for span in read)
            others = body is not None and in_another_bodys_list(
                text[sentence], mention.span.start - sentence.start, body.pattern
            )
            if (
                about_membership
                and unread
                and not others
                and crowd >= _LISTED
                and (evidence is None or crowd > evidence[0])
            ):
                evidence = (crowd, mention)
        features[f"named={min(len(named), 3)}"] = 1.0
        found.append(NamedCountry(named[0].country, features, evidence[1] if evidence else None))
    return found


def speaks_of_membership(sentence: str, body: re.Pattern[str] | None) -> bool:
    """Whether the sentence speaks of membership of the organization (named, or "the bloc"),
    not of another body's ("Savanna Union members Chile and Peru", "The Savanna Forum groups
    the bloc's members with Chile and Peru") nor of others beside them ("Besides the bloc's
    members, Chile and Peru attended", "Leaders of Chile and Peru met their counterparts from
    the 10-member bloc", "the bloc's members joined by two more countries - Chile and Peru")."""
    if (
        body is None
        or not _MEMBERSHIP_WORDS.search(sentence)
        or about_another_body(sentence, body.pattern)
        or besides_members_end(sentence)
        or meets_the_body(body.pattern).search(sentence)
        or _JOINED_BY_OTHERS.search(sentence)
        or re.search(ONCE_A_MEMBER, sentence)
    ):
        return False
    return _names_the_body(sentence, body) or _ITS_MEMBERS.search(sentence) is not None


# "members joined by eight more countries", "… by two other nations": others at the meeting
_JOINED_BY_OTHERS = lazy_compile(r"\bjoined[ ]by[ ](?:[\w-]+[ ])?(?:more|other)[ ]")

# "the Association of Northern Coastal Nations": a body's noun that begins another's name
_BEGINS_ANOTHER_NAME = lazy_compile(_OF_A_NAME)


def _names_the_body(sentence: str, body: re.Pattern[str]) -> bool:
    """Whether the sentence names the organization, not just the noun that begins another
    body's name ("the association" of "the Association of Northern Coastal Nations")."""
    return any(
        not _BEGINS_ANOTHER_NAME.match(sentence, named.end()) for named in body.finditer(sentence)
    )


def _overlap(one: Span, other: Span) -> bool:
    return one.start < other.end and other.start < one.end


def _readable(text: Text, mention: CountryMention) -> bool:
    """Whether a mention names the country in the report's own words: not the start of a longer
    name ("Guinea Lagoon"), not the dateline's place ("OSAKA, Japan (Wire) —"), not in a
    sentence that turns membership around."""
    sentence = text.sentence_at(mention.span.start)
    dateline = DATELINE.match(text.text, sentence.start, sentence.end)
    return not (
        name_goes_on(text.text, mention.name_end)
        or (dateline is not None and mention.span.start < dateline.end())
        or TURNED_AROUND.search(text[sentence])
    )


def _names_of(organization: Organization | None) -> list[str]:
    if organization is None:
        return []
    return [name for name in (organization.name, organization.abbreviation) if name]


def _mention_features(
    text: Text, mention: CountryMention, sentence: Span, countries_there: int, names: Sequence[str]
) -> Features:
    words = {word.lower() for word in _WORD.findall(text[sentence])}
    start, end = mention.span.start, mention.span.end
    before = _words(text.text[max(sentence.start, start - _NEAR) : start])[-_CONTEXT_WORDS:]
    after = _words(text.text[end : min(sentence.end, end + _NEAR)])[:_CONTEXT_WORDS]
    crowd = _crowd(countries_there)
    with_organization = any(name in text[sentence] for name in names)
    features: Features = {f"word={word}": 1.0 for word in words}
    features |= {f"before={word}": 1.0 for word in before}
    features |= {f"after={word}": 1.0 for word in after}
    if before:
        features[f"just-before={before[-1]}"] = 1.0
    if after:
        features[f"just-after={after[0]}"] = 1.0
    features[f"countries={crowd}"] = 1.0
    for cue in _CUES:
        if cue in words:
            features[f"countries={crowd}&{cue}"] = 1.0
            if with_organization:
                features[f"organization&{cue}"] = 1.0
    if with_organization:
        features["organization"] = 1.0
    features["demonym" if mention.adjective else "name"] = 1.0
    if mention.possessive:
        features["possessive"] = 1.0
    if _in_a_list(text.text, start, end):
        features["in-a-list"] = 1.0
    if text.paragraph_index(start) < _EARLY_PARAGRAPHS:
        features["early"] = 1.0
    return features


def _words(text: str) -> list[str]:
    return [word.lower() for word in _WORD.findall(text)]


def _crowd(count: int) -> str:
    """How many countries share a sentence, in the buckets that matter: one, two, a few, a list."""
    return "1" if count == 1 else "2" if count == 2 else "3-4" if count <= 4 else "5+"


def _in_a_list(text: str, start: int, end: int) -> bool:
    """Whether a comma or "and" joins the name to its neighbours."""
    before, after = text[max(0, start - 5) : start], text[end : end + 5]
    return "," in after or after.startswith(" and") or ", " in before or before.endswith("and ")
