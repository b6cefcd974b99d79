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

# Extraction precision/recall on the hand-annotated dev set (../shared/eval) and on the 700
# abstracts of bench/heldout/, with the dev set's scorer.
eval: $(STAMP)
	$(PY) bench/eval_extraction.py --gold $(GOLD)
	$(PY) bench/eval_extraction.py --gold bench/heldout/acl-style.jsonl --scorer $(dir $(GOLD))score.py --out paperkg-out/eval-acl-style.jsonl
	$(PY) bench/eval_extraction.py --gold bench/heldout/arxiv-style.jsonl --scorer $(dir $(GOLD))score.py --out paperkg-out/eval-arxiv-style.jsonl
	$(PY) bench/eval_extraction.py --gold bench/heldout/mixed-fresh.jsonl --scorer $(dir $(GOLD))score.py --out paperkg-out/eval-mixed-fresh.jsonl
	$(PY) bench/eval_extraction.py --gold bench/heldout/hf-fresh.jsonl --scorer $(dir $(GOLD))score.py --out paperkg-out/eval-hf-fresh.jsonl
	$(PY) bench/eval_extraction.py --gold bench/heldout/multilingual-fresh.jsonl --scorer $(dir $(GOLD))score.py --out paperkg-out/eval-multilingual-fresh.jsonl
	$(PY) bench/eval_extraction.py --gold bench/heldout/recent-fresh.jsonl --scorer $(dir $(GOLD))score.py --out paperkg-out/eval-recent-fresh.jsonl
	$(PY) bench/eval_extraction.py --gold bench/heldout/benchmarks-fresh.jsonl --scorer $(dir $(GOLD))score.py --out paperkg-out/eval-benchmarks-fresh.jsonl
	$(PY) bench/eval_extraction.py --gold bench/heldout/acl2-fresh.jsonl --scorer $(dir $(GOLD))score.py --out paperkg-out/eval-acl2-fresh.jsonl
	$(PY) bench/eval_extraction.py --gold bench/heldout/arxiv2-fresh.jsonl --scorer $(dir $(GOLD))score.py --out paperkg-out/eval-arxiv2-fresh.jsonl
	$(PY) bench/eval_extraction.py --gold bench/heldout/hf2-fresh.jsonl --scorer $(dir $(GOLD))score.py --out paperkg-out/eval-hf2-fresh.jsonl
	$(PY) bench/eval_extraction.py --gold bench/heldout/fields-fresh.jsonl --scorer $(dir $(GOLD))score.py --out paperkg-out/eval-fields-fresh.jsonl
	$(PY) bench/eval_extraction.py --gold bench/heldout/dnb-fresh.jsonl --scorer $(dir $(GOLD))score.py --out paperkg-out/eval-dnb-fresh.jsonl
	$(PY) bench/eval_extraction.py --gold bench/heldout/multi2-fresh.jsonl --scorer $(dir $(GOLD))score.py --out paperkg-out/eval-multi2-fresh.jsonl
	$(PY) bench/eval_extraction.py --gold bench/heldout/llm-fresh.jsonl --scorer $(dir $(GOLD))score.py --out paperkg-out/eval-llm-fresh.jsonl
	$(PY) bench/eval_extraction.py --gold bench/heldout/av-fresh.jsonl --scorer $(dir $(GOLD))score.py --out paperkg-out/eval-av-fresh.jsonl
	$(PY) bench/eval_extraction.py --gold bench/heldout/mix3-fresh.jsonl --scorer $(dir $(GOLD))score.py --out paperkg-out/eval-mix3-fresh.jsonl
	$(PY) bench/eval_extraction.py --gold bench/heldout/wk-fresh.jsonl --scorer $(dir $(GOLD))score.py --out paperkg-out/eval-wk-fresh.jsonl
	$(PY) bench/eval_extraction.py --gold bench/heldout/x25-fresh.jsonl --scorer $(dir $(GOLD))score.py --out paperkg-out/eval-x25-fresh.jsonl
	$(PY) bench/eval_extraction.py --gold bench/heldout/emnlp-ie-fresh.jsonl --scorer $(dir $(GOLD))score.py --out paperkg-out/eval-emnlp-ie-fresh.jsonl
	$(PY) bench/eval_extraction.py --gold bench/heldout/hf-vision-fresh.jsonl --scorer $(dir $(GOLD))score.py --out paperkg-out/eval-hf-vision-fresh.jsonl
	$(PY) bench/eval_extraction.py --gold bench/heldout/reasoning-fresh.jsonl --scorer $(dir $(GOLD))score.py --out paperkg-out/eval-reasoning-fresh.jsonl
	$(PY) bench/eval_extraction.py --gold bench/heldout/lowres-fresh.jsonl --scorer $(dir $(GOLD))score.py --out paperkg-out/eval-lowres-fresh.jsonl
	$(PY) bench/eval_extraction.py --gold bench/heldout/mt-fresh.jsonl --scorer $(dir $(GOLD))score.py --out paperkg-out/eval-mt-fresh.jsonl
	$(PY) bench/eval_extraction.py --gold bench/heldout/bio-fresh.jsonl --scorer $(dir $(GOLD))score.py --out paperkg-out/eval-bio-fresh.jsonl
	$(PY) bench/eval_extraction.py --gold bench/heldout/efficient-fresh.jsonl --scorer $(dir $(GOLD))score.py --out paperkg-out/eval-efficient-fresh.jsonl
	$(PY) bench/eval_extraction.py --gold bench/heldout/speech-fresh.jsonl --scorer $(dir $(GOLD))score.py --out paperkg-out/eval-speech-fresh.jsonl
	$(PY) bench/eval_extraction.py --gold bench/heldout/retrieval-fresh.jsonl --scorer $(dir $(GOLD))score.py --out paperkg-out/eval-retrieval-fresh.jsonl
	$(PY) bench/eval_extraction.py --gold bench/heldout/asian-fresh.jsonl --scorer $(dir $(GOLD))score.py --out paperkg-out/eval-asian-fresh.jsonl
	$(PY) bench/eval_relations.py

eval-errors: $(STAMP)
	$(PY) bench/eval_extraction.py --gold $(GOLD) --show-errors

# Benchmarks behind docs/benchmarks.md (the statistical spaCy baseline comes with the `bench` extra).
bench: $(STAMP)
	$(PY) -m pip install --quiet -e ".[test,bench]"
	$(PY) bench/bench_pipeline.py

clean:
	rm -rf $(VENV) paperkg-out
