"""Members the phrase rules miss, found by a model learned from real reports.

The member rules (members, member_lists) read the phrasings they were written for and little
else: on reports no rule was tuned on they found about half the members. This model scores
every country a report names by the wording around it (member_features) and drafts those it
finds likely members. It is a logistic regression whose weights
(resources/draft/member_model.json) are learned from the tuning half of benchmarks/corpus by
benchmarks/train_member_model.py; nothing is learned or downloaded at run time. A drafted
member keeps the sentence that weighed most as its evidence, and its status is the status
word nearest to it there ("observer", "dialogue partner"), else a plain "member".
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from db.draft.countries import Gazetteer
from db.draft.member_features import Features, named_countries
from db.draft.model import Membership, Organization, Party
from db.draft.text import Span, Text
from resources import read_text

MODEL = "draft/member_model.json"
_STATUS_WORDS = re.compile(
    r"\b(?P<observer>observers?)\b|\b(?P<partner>dialogue[ ]partners?)\b|\b(?P<member>members?)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class MemberModel:
    weights: dict[str, float]
    threshold: float
    """The least probability drafted: chosen on held-out folds of the tuning reports."""

    def probability(self, features: Features) -> float:
        score = sum(self.weights.get(name, 0.0) * value for name, value in features.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))


@cache
def member_model() -> MemberModel:
    stored = json.loads(read_text(MODEL))
    return MemberModel(weights=stored["weights"], threshold=stored["threshold"])


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
        if (
            mention is None
            or named.country.key in taken
            or model.probability(named.features) < model.threshold
        ):
            continue
        country = named.country
        sentence = text.sentence_at(mention.span.start)
        found.append(
            Membership(
                Party(key=country.key, name=country.name, is_country=True, code=country.code),
                _status_near(text, sentence, mention.span.start),
                "not given",
                sentence,
            )
        )
    return found


def _status_near(text: Text, sentence: Span, offset: int) -> str:
    """The status word nearest ``offset`` in the sentence."""
    nearest: tuple[int, str] | None = None
    for match in _STATUS_WORDS.finditer(text.text, sentence.start, sentence.end):
        distance = abs(match.start() - offset)
        if nearest is None or distance < nearest[0]:
            nearest = (distance, match.lastgroup or "member")
    status = nearest[1] if nearest else "member"
    return {"partner": "dialogue-partner"}.get(status, status)
