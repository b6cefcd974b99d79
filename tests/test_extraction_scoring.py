"""Dev-set-style scoring on a small self-written gold fixture (not the shared dev set).

Same matching rule as the project's scorer: an extracted name is a true
positive when its `name_key` equals the gold name's or one of its aliases';
several extracted names hitting one gold entity count once. Guards against
regressions of the whole pipeline, not single rules.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from paperkg.extract.pipeline import Extractor
from paperkg.extract.records import PaperRecord, name_key

GOLD = Path(__file__).parent / "fixtures" / "extraction" / "mini-gold.jsonl"
FIELDS = ("models", "datasets", "languages", "links", "introduces")


def _gold_sets(row: dict, field: str) -> list[set[str]]:
    if field == "links":
        return [{url.lower()} for url in row["links"]]
    if field == "introduces":
        return [{name_key(n)} for n in row["introduces"]]
    return [{name_key(x["name"]), *(name_key(a) for a in x["aliases"])} for x in row[field]]


def _system_names(out: dict, field: str) -> set[str]:
    if field == "links":
        return {link["url"].lower() for link in out["links"]}
    if field == "introduces":
        return {name_key(n) for n in out["introduces"]}
    return {name_key(x["name"]) for x in out[field]}


def score(rows: list[dict], outputs: list[dict]) -> dict[str, float]:
    counts = {f: [0, 0, 0] for f in FIELDS}
    for row, out in zip(rows, outputs):
        for field in FIELDS:
            gold, names = _gold_sets(row, field), _system_names(out, field)
            hit = [False] * len(gold)
            for name in names:
                matches = [i for i, keys in enumerate(gold) if name in keys]
                if not matches:
                    counts[field][1] += 1
                for i in matches:
                    hit[i] = True
            counts[field][0] += sum(hit)
            counts[field][2] += len(gold) - sum(hit)
    f1 = {}
    for field, (tp, fp, fn) in counts.items():
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        f1[field] = 2 * p * r / (p + r) if p + r else 0.0
    return f1


def test_scorer_itself_counts_false_positives_and_misses():
    rows = [{"models": [{"name": "Llama 2", "aliases": ["Llama2"]}], "datasets": [], "languages": [],
             "links": [], "introduces": []}]
    perfect = [{"models": [{"name": "LLaMA-2"}], "datasets": [], "languages": [], "links": [], "introduces": []}]
    wrong = [{"models": [{"name": "GPT-4"}], "datasets": [], "languages": [], "links": [], "introduces": []}]
    assert score(rows, perfect)["models"] == 1.0
    assert score(rows, wrong)["models"] == 0.0


@pytest.fixture(scope="module")
def fixture_scores() -> dict[str, float]:
    rows = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    extractor = Extractor([Path(__file__).parent / "fixtures" / "extraction" / "extra_gazetteer.tsv"])
    records = [PaperRecord(title=r["title"], abstract=r["abstract"], source=f"{GOLD}:{i}")
               for i, r in enumerate(rows, start=1)]
    outputs = [x.to_json() for x in extractor.pipe(records)]
    return score(rows, outputs)


@pytest.mark.parametrize("field, minimum", [
    ("models", 0.85), ("datasets", 0.85), ("languages", 0.95), ("links", 1.0), ("introduces", 0.8),
])
def test_fixture_f1(fixture_scores, field, minimum):
    assert fixture_scores[field] >= minimum, fixture_scores
