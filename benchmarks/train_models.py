"""`make model`: learn the drafter's member model from the tuning reports of benchmarks/corpus.

Only the tuning half (a*.txt) is read: the untuned reports stay unseen by the model as by the
rules. Each country a report names is one example (db/draft/member_features.py), a member when
the report's hand-written truth lists it among the memberships. The model learns from them all,
but drafts only what the phrase rules leave: a country they did not draft, from a sentence
about membership they drew no member from. So its threshold is chosen, as
benchmarks/logistic_training.py says, for a held-out precision of TARGET_PRECISION on those
additions alone (on every example, where the rules' easy lists weigh in, 0.9 was met by
additions right about half the time). The weights are written to resources/draft/.
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

from benchmarks.eval_facts import party_names
from benchmarks.logistic_training import Example, Report, fit
from db.draft.countries import Gazetteer, gazetteer
from db.draft.event import find_event
from db.draft.extract import people_and_absences
from db.draft.likely_members import MODEL
from db.draft.logistic import model_file
from db.draft.member_features import named_countries
from db.draft.members import find_memberships
from db.draft.model import Membership, Organization
from db.draft.organization import find_organization
from db.draft.text import Text

PROJECT = Path(__file__).resolve().parent.parent
CORPUS = PROJECT / "benchmarks" / "corpus"
RESOURCES = PROJECT / "resources"
TUNING = "a"
TARGET_PRECISION = 0.9


def read_reports() -> list[Report]:
    countries = gazetteer()
    reports = []
    for article in sorted(CORPUS.glob(f"{TUNING}*.txt")):
        text = Text(article.read_text(encoding="utf-8").split("\n", 2)[2])
        truth = tomllib.loads(article.with_suffix(".truth.toml").read_text(encoding="utf-8"))
        members = {
            name for entry in truth.get("memberships", []) for name in party_names(entry["country"])
        }
        organization = find_organization(text, countries)
        ruled = _phrase_rule_memberships(text, organization, countries)
        taken = {membership.member.key for membership in ruled}
        left = {
            named.country.key
            for named in named_countries(
                text, organization, countries, {membership.evidence for membership in ruled}
            )
            if named.evidence is not None and named.country.key not in taken
        }
        examples = [
            Example(
                named.features,
                int(bool(party_names(named.country.name) & members)),
                drafted_if_likely=named.country.key in left,
            )
            for named in named_countries(text, organization, countries)
        ]
        meeting = article.stem.split("_", 2)[-1]
        reports.append(Report(article.stem, meeting, examples, len(truth.get("memberships", []))))
    return reports


def _phrase_rule_memberships(
    text: Text, organization: Organization | None, countries: Gazetteer
) -> list[Membership]:
    """What the phrase rules draft, as drafting reads it before the model."""
    if organization is None:
        return []
    people, _absences = people_and_absences(text, countries)
    event = find_event(text, organization, countries)
    return find_memberships(text, organization, countries, event.day, people.persons)[0]


def main() -> int:
    reports = read_reports()
    print(f"{len(reports)} tuning reports, {sum(len(r.examples) for r in reports)} countries named")
    fit(reports, TARGET_PRECISION, RESOURCES / model_file(MODEL))
    return 0


if __name__ == "__main__":
    sys.exit(main())
