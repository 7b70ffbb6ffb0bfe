"""The models the drafter learns from real reports: logistic regressions over named features.

Each is a file of weights and a threshold (resources/draft/NAME.json), learned from the tuning
half of benchmarks/corpus by `make model` (benchmarks/train_models.py); nothing is learned or
downloaded at run time. A probability is the logistic of the summed weights of the features
present, so a model is read, and its decisions explained, by reading its weights.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache

from resources import read_text

Features = dict[str, float]
"""A feature's name ("word=members", "countries=5+") and its value, 1.0 for one present."""

_LIMIT = 30.0  # beyond this score the probability is 0 or 1 to double precision


@dataclass(frozen=True)
class LogisticModel:
    weights: dict[str, float]
    threshold: float
    """The least probability drafted: chosen on held-out folds of the tuning reports."""

    def finds_likely(self, features: Features) -> bool:
        return probability(self.weights, features) >= self.threshold


def probability(weights: dict[str, float], features: Features) -> float:
    """The logistic of the summed weights of the features present; learning uses it too."""
    score = sum(weights.get(name, 0.0) * value for name, value in features.items())
    return 1.0 / (1.0 + math.exp(-max(-_LIMIT, min(_LIMIT, score))))


def model_file(name: str) -> str:
    """Where a model's weights are kept, relative to resources/."""
    return f"draft/{name}.json"


@cache
def stored_model(name: str) -> LogisticModel:
    stored = json.loads(read_text(model_file(name)))
    return LogisticModel(weights=stored["weights"], threshold=stored["threshold"])
