"""`make model`: learn the member model (db/draft/likely_members.py) from the tuning reports.

Only the tuning half of benchmarks/corpus (a*.txt) is read: the untuned reports stay unseen by
the model as by the rules. Each country a report names is one example (its features from
db/draft/member_features.py), labelled by whether the report's hand-written truth lists it
among the memberships. A logistic regression is fitted by stochastic gradient descent with a
fixed seed, so the same corpus gives the same weights. The drafting threshold is the lowest
whose precision, on reports held out of five folds, reaches TARGET_PRECISION; the folds'
precision and recall are printed. The weights go to resources/draft/member_model.json.
"""

from __future__ import annotations

import json
import math
import random
import sys
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from benchmarks.eval_facts import party_names
from db.draft.countries import gazetteer
from db.draft.likely_members import MODEL
from db.draft.member_features import Features, named_countries
from db.draft.organization import find_organization
from db.draft.text import Text

PROJECT = Path(__file__).resolve().parent.parent
CORPUS = PROJECT / "benchmarks" / "corpus"
OUTPUT = PROJECT / "resources" / MODEL
TUNING = "a"
FOLDS = 5
EPOCHS = 30
LEARNING_RATE = 0.1
L2 = 1e-3
SEED = 0
TARGET_PRECISION = 0.9
THRESHOLDS = [step / 20 for step in range(6, 20)]
SMALLEST_WEIGHT = 1e-3
MIN_REPORTS = 3


@dataclass(frozen=True)
class Example:
    features: Features
    label: int
    """1 when the truth lists the country among the memberships."""
    drafted_if_likely: bool
    """Whether drafting would take it when likely: one of its sentences speaks of membership."""


@dataclass(frozen=True)
class Report:
    name: str
    meeting: str
    """The meeting the stem names ("asean-2023-jakarta"), which two outlets may both report."""
    examples: list[Example]
    expected: int


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
        examples = [
            Example(
                named.features,
                int(_names(named.country.code, named.country.name) & members != set()),
                drafted_if_likely=named.evidence is not None,
            )
            for named in named_countries(text, organization, countries)
        ]
        meeting = article.stem.split("_", 2)[-1]
        reports.append(Report(article.stem, meeting, examples, len(members)))
    return reports


def _names(code: str | None, name: str) -> set[str]:
    return {code} if code else set(party_names(name))


def train(reports: Sequence[Report]) -> dict[str, float]:
    """Weights for the features at least MIN_REPORTS reports share: a word only one report
    uses (a leader's name, a city) would teach that report and nothing general."""
    seen_in: dict[str, int] = {}
    for report in reports:
        for name in {name for example in report.examples for name in example.features}:
            seen_in[name] = seen_in.get(name, 0) + 1
    common = {name for name, count in seen_in.items() if count >= MIN_REPORTS}
    weights: dict[str, float] = {}
    order = [
        ({name: value for name, value in example.features.items() if name in common}, example.label)
        for report in reports
        for example in report.examples
    ]
    shuffle = random.Random(SEED).shuffle
    for epoch in range(EPOCHS):
        shuffle(order)
        rate = LEARNING_RATE / (1 + epoch / 10)
        for features, label in order:
            error = _probability(weights, features) - label
            for name, value in features.items():
                weight = weights.get(name, 0.0)
                weights[name] = weight - rate * (error * value + L2 * weight)
    return weights


def _probability(weights: dict[str, float], features: Features) -> float:
    score = sum(weights.get(name, 0.0) * value for name, value in features.items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))


def held_out_scores(reports: Sequence[Report]) -> list[tuple[float, int]]:
    """Each example's probability from a model trained on the other folds' reports. Two
    reports of one meeting share a fold, so a leader's or a city's name cannot carry over."""
    meetings = sorted({report.meeting for report in reports})
    fold_of = {report.name: meetings.index(report.meeting) % FOLDS for report in reports}
    scored = []
    for fold in range(FOLDS):
        weights = train([report for report in reports if fold_of[report.name] != fold])
        for report in reports:
            if fold_of[report.name] == fold:
                scored += [
                    (_probability(weights, example.features), example.label)
                    for example in report.examples
                    if example.drafted_if_likely
                ]
    return scored


def choose_threshold(scored: Sequence[tuple[float, int]], expected: int) -> float:
    for threshold in THRESHOLDS:
        drafted = [label for probability, label in scored if probability >= threshold]
        matched = sum(drafted)
        precision = matched / len(drafted) if drafted else 0.0
        print(
            f"threshold {threshold:.2f}: precision {precision:.3f}, "
            f"recall {matched}/{expected} = {matched / expected:.3f}"
        )
        if precision >= TARGET_PRECISION:
            return threshold
    return THRESHOLDS[-1]


def main() -> int:
    reports = read_reports()
    expected = sum(report.expected for report in reports)
    print(f"{len(reports)} tuning reports, {sum(len(r.examples) for r in reports)} countries named")
    threshold = choose_threshold(held_out_scores(reports), expected)
    weights = train(reports)
    kept = {
        name: round(weight, 4)
        for name, weight in sorted(weights.items())
        if abs(weight) >= SMALLEST_WEIGHT
    }
    OUTPUT.parent.mkdir(exist_ok=True)
    stored = {"threshold": threshold, "weights": kept}
    OUTPUT.write_text(json.dumps(stored, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"threshold {threshold:.2f}, {len(kept)} weights written to {OUTPUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
