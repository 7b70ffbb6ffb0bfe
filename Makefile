# Two commands: `make run` opens the app, `make test` checks everything.
# Both create .venv from pyproject.toml when it is missing or older than pyproject.toml.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench eval model export places clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/factsheet

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/lint-imports

test: lint
	$(BIN)/pytest

bench: $(STAMP)
	$(BIN)/python -m benchmarks $(BENCH_ARGS)

# Precision and recall of `factsheet draft` against hand-written truths (benchmarks/corpus/,
# seeds/, tests/data/), by section of the drafted fact file, and its speed.
eval: $(STAMP)
	$(BIN)/python -m benchmarks.draft_eval

# Learns the member model's weights (resources/draft/member_model.json) from the tuning half
# of benchmarks/corpus/ again; run it after adding tuning reports or changing its features.
model: $(STAMP)
	$(BIN)/python -m benchmarks.train_models

export: $(STAMP)
	$(BIN)/factsheet export -o factsheet.pdf

# Writes resources/places/ again from the packages it is drawn from (resources/places/sources.txt),
# installed into a throwaway environment: the app needs none of them.
places:
	rm -rf .places-venv
	$(PYTHON) -m venv .places-venv
	.places-venv/bin/python -m pip install --quiet -r resources/places/sources.txt
	.places-venv/bin/python -m resources.places.build
	rm -rf .places-venv

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache
