# The README's two commands (demo, test) and the measurement targets behind docs/.
# Every target sets up what it needs on a fresh machine (Debian, Python 3.11).
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
GOLD   ?= ../shared/eval/gold-dev.jsonl

.PHONY: demo test eval eval-errors bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test]"
	touch $(STAMP)

# Build the graph of the bundled example listings, print a summary, write the explorer site.
demo: $(STAMP)
	$(VENV)/bin/paperkg build

# System parts the tests drive (Debian chromium, Neo4j's Cypher parser from npm), then every test.
test: $(STAMP)
	bash tests/setup-system.sh
	$(PY) -m pytest

# Extraction precision/recall on the hand-annotated dev set (../shared/eval) and on each of the
# held-out sets of bench/heldout/ (25 abstracts each), with the dev set's scorer; then the relations,
# on the bundled gold and on the held-out relation sets (bench/heldout/relations, pooled).
HELDOUT := $(sort $(wildcard bench/heldout/*.jsonl))
eval: $(STAMP)
	$(PY) bench/eval_extraction.py --gold $(GOLD)
	$(foreach set,$(HELDOUT),$(PY) bench/eval_extraction.py --gold $(set) --scorer $(dir $(GOLD))score.py --out paperkg-out/eval-$(notdir $(set)) &&) true
	$(PY) bench/eval_relations.py
	$(PY) bench/eval_relations.py --heldout bench/heldout/relations

eval-errors: $(STAMP)
	$(PY) bench/eval_extraction.py --gold $(GOLD) --show-errors

# Benchmarks behind docs/benchmarks.md (the statistical spaCy baseline comes with the `bench` extra).
bench: $(STAMP)
	$(PY) -m pip install --quiet -e ".[test,bench]"
	$(PY) bench/bench_pipeline.py

clean:
	rm -rf $(VENV) paperkg-out
