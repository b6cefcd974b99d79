# Developer shortcuts. `make eval` scores extraction on the annotated dev set.
PYTHON ?= .venv/bin/python
GOLD ?= ../shared/eval/gold-dev.jsonl

.PHONY: eval eval-errors bench-extraction test-extraction

eval:
	$(PYTHON) bench/eval_extraction.py --gold $(GOLD)

eval-errors:
	$(PYTHON) bench/eval_extraction.py --gold $(GOLD) --show-errors

bench-extraction:
	$(PYTHON) bench/bench_extraction.py

test-extraction:
	$(PYTHON) -m pytest tests/test_extraction*.py tests/test_languages.py -q
