"""The member model comes from the tuning reports alone: `make model` run again on the corpus
gives the weights and threshold the project ships."""

from __future__ import annotations

import importlib
import json
from pathlib import Path

import pytest

from db.draft.likely_members import MODEL
from db.draft.logistic import model_file
from resources import read_text

PROJECT = Path(__file__).resolve().parents[3]


def test_training_on_the_tuning_reports_again_gives_the_shipped_model(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # benchmarks/ is not an installed package: import the training from the project folder.
    monkeypatch.syspath_prepend(str(PROJECT))
    train_models = importlib.import_module("benchmarks.train_models")
    monkeypatch.setattr(train_models, "RESOURCES", tmp_path)

    assert train_models.main() == 0

    retrained = json.loads((tmp_path / model_file(MODEL)).read_text(encoding="utf-8"))
    assert retrained == json.loads(read_text(model_file(MODEL)))


def test_a_model_is_learned_from_the_tuning_reports_only(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.syspath_prepend(str(PROJECT))
    train_models = importlib.import_module("benchmarks.train_models")

    names = {report.name for report in train_models.read_reports()}
    assert names and all(name.startswith(train_models.TUNING) for name in names)
