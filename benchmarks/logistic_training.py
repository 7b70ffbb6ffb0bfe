"""Fitting the drafter's logistic models (db/draft/logistic.py) and choosing their thresholds.

A model is fitted by stochastic gradient descent with a fixed seed, so the same examples give
the same weights. Only features that at least MIN_REPORTS reports share are learned: a word
only one report uses (a leader's name, a city) would teach that report and nothing general.
The threshold is the lowest whose precision, on reports held out of five folds, reaches the
target; two reports of one meeting share a fold, so a name cannot carry over.
"""

from __future__ import annotations

import json
import random
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from db.draft.logistic import Features, probability

FOLDS = 5
EPOCHS = 30
LEARNING_RATE = 0.1
L2 = 1e-3
SEED = 0
MIN_REPORTS = 3
THRESHOLDS = [step / 20 for step in range(1, 20)]
SMALLEST_WEIGHT = 1e-3


@dataclass(frozen=True)
class Example:
    features: Features
    label: int
    """1 when the report's hand-written truth holds the fact."""
    drafted_if_likely: bool = True
    """Whether drafting would take it when likely (a member needs a sentence about membership)."""


@dataclass(frozen=True)
class Report:
    name: str
    meeting: str
    """The meeting the stem names ("asean-2023-jakarta"), which two outlets may both report."""
    examples: list[Example]
    expected: int
    """How many facts of this kind its truth holds, found or not."""


def train(reports: Sequence[Report]) -> dict[str, float]:
    seen_in: dict[str, int] = {}
    for report in reports:
        for name in {name for example in report.examples for name in example.features}:
            seen_in[name] = seen_in.get(name, 0) + 1
    common = {name for name, count in seen_in.items() if count >= MIN_REPORTS}
    order = [
        ({name: value for name, value in example.features.items() if name in common}, example.label)
        for report in reports
        for example in report.examples
    ]
    weights: dict[str, float] = {}
    shuffle = random.Random(SEED).shuffle
    for epoch in range(EPOCHS):
        shuffle(order)
        rate = LEARNING_RATE / (1 + epoch / 10)
        for features, label in order:
            error = probability(weights, features) - label
            for name, value in features.items():
                weight = weights.get(name, 0.0)
                weights[name] = weight - rate * (error * value + L2 * weight)
    return weights


def held_out_scores(reports: Sequence[Report]) -> list[tuple[float, int]]:
    """Each draftable example's probability from a model trained on the other folds."""
    meetings = sorted({report.meeting for report in reports})
    fold_of = {report.name: meetings.index(report.meeting) % FOLDS for report in reports}
    scored = []
    for fold in range(FOLDS):
        weights = train([report for report in reports if fold_of[report.name] != fold])
        for report in reports:
            if fold_of[report.name] == fold:
                scored += [
                    (probability(weights, example.features), example.label)
                    for example in report.examples
                    if example.drafted_if_likely
                ]
    return scored


def choose_threshold(
    scored: Sequence[tuple[float, int]], expected: int, target_precision: float
) -> float:
    """The lowest threshold whose held-out precision reaches the target, else the highest
    tried, where the fewest and surest are drafted; each one printed."""
    for threshold in THRESHOLDS:
        drafted = [label for chance, label in scored if chance >= threshold]
        matched = sum(drafted)
        precision = matched / len(drafted) if drafted else 0.0
        print(
            f"  threshold {threshold:.2f}: precision {precision:.3f}, "
            f"recall {matched}/{expected} = {matched / expected:.3f}"
        )
        if precision >= target_precision:
            return threshold
    return THRESHOLDS[-1]


def fit(reports: Sequence[Report], target_precision: float, output: Path) -> None:
    """Choose the threshold on held-out folds, fit on every report, write the weights."""
    expected = sum(report.expected for report in reports)
    threshold = choose_threshold(held_out_scores(reports), expected, target_precision)
    kept = {
        name: round(weight, 4)
        for name, weight in sorted(train(reports).items())
        if abs(weight) >= SMALLEST_WEIGHT
    }
    output.parent.mkdir(exist_ok=True)
    stored = {"threshold": threshold, "weights": kept}
    output.write_text(json.dumps(stored, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"  threshold {threshold:.2f}, {len(kept)} weights written to {output}")
