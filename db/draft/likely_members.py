"""Members the phrase rules miss, found by a model learned from real reports.

The member rules (members, member_lists) read the phrasings they were written for and little
else. This model (db/draft/logistic.py) scores every country a report names by the wording
around it (member_features) and drafts those it finds likely members, but only from a
sentence about the organization's membership that no rule drew a member from, so every
drafted member cites words that speak of membership. Its status is the one its list is given
after it there ("A and B as observers"), else the status word nearest it ("observer",
"dialogue partner", "partner", "associate member"), else a plain "member".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from db.draft.countries import Gazetteer
from db.draft.lazy_regex import lazy_compile
from db.draft.logistic import LogisticModel, stored_model
from db.draft.member_features import named_countries
from db.draft.model import Membership, Organization
from db.draft.parties import country_party
from db.draft.text import Span, Text

MODEL = "member_model"
# a partner of no named kind ("the alliance's partners — A, B"), not a trading one
_STATUS = (
    r"\b(?P<observer>observers?)\b|\b(?P<partner>dialogue[ ]partners?)\b"
    r"|\b(?P<associate>associate[ ]members?)\b|\b(?P<member>members?)\b"
    r"|(?<!trading[ ])(?<!trade[ ])\b(?P<either>partners?)\b"
)
_STATUS_WORDS = lazy_compile(_STATUS, re.IGNORECASE)
# a status just before a bracket that lists its countries: "two observers (A and B)"
_BEFORE_BRACKET = lazy_compile(rf"(?:{_STATUS})[ ]?$", re.IGNORECASE)
_AS_STATUS = lazy_compile(rf"\bas[ ](?:an?[ ]|full[ ])?(?:{_STATUS})", re.IGNORECASE)


def member_model() -> LogisticModel:
    return stored_model(MODEL)


def likely_memberships(
    text: Text,
    organization: Organization,
    countries: Gazetteer,
    known: Sequence[Membership],
) -> list[Membership]:
    """Memberships of the countries the model finds likely members, other than those the
    rules have drafted (``known``), from sentences the rules drew no member from."""
    model = member_model()
    taken = {membership.member.key for membership in known}
    read = {membership.evidence for membership in known}
    found = []
    for named in named_countries(text, organization, countries, read):
        mention = named.evidence
        if mention is None or named.country.key in taken or not model.finds_likely(named.features):
            continue
        sentence = text.sentence_at(mention.span.start)
        found.append(
            Membership(
                country_party(named.country),
                _status_near(text, sentence, mention.span.start),
                None,
                sentence,
            )
        )
    return found


def _status_near(text: Text, sentence: Span, offset: int) -> str:
    """The status a list gives after it ("A and B as member states, and C as observers"), the
    first such after ``offset``; else the one just before the brackets it is in ("two
    observers (A and B)"); else the status word nearest it in the sentence."""
    given_after = _AS_STATUS.search(text.text, offset, sentence.end)
    if given_after is not None:
        return _status(given_after)
    opened = text.text.rfind("(", sentence.start, offset)
    if opened >= 0 and ")" not in text.text[opened:offset]:
        # in brackets after its status: "two observers (A and B)"
        before = _BEFORE_BRACKET.search(text.text, max(sentence.start, opened - 40), opened)
        if before is not None:
            return _status(before)
    nearest: tuple[int, str] | None = None
    for match in _STATUS_WORDS.finditer(text.text, sentence.start, sentence.end):
        distance = abs(match.start() - offset)
        if nearest is None or distance < nearest[0]:
            nearest = (distance, _status(match))
    return nearest[1] if nearest else "member"


def _status(match: re.Match[str]) -> str:
    status = match.lastgroup or "member"
    return {
        "partner": "dialogue-partner",
        "either": "observer-or-partner",
        "associate": "associate-member",
    }.get(status, status)
