"""Precision/recall of the stated relations against the hand-checked set.

    .venv/bin/python bench/eval_relations.py [--gold tests/fixtures/relations/gold.jsonl]
                                             [--examples data/examples] [--errors] [--timing]
    .venv/bin/python bench/eval_relations.py --heldout bench/heldout/relations [--errors]

The gold set (tests/fixtures/relations/gold.jsonl, rules in its README.md) was
written from the bundled abstracts before the rules were tuned. Each gold line
names a paper by title and lists the relations its text states, with entity
names as written; papers with no relation have an empty list (they measure
false positives). The papers are read from the bundled examples and run through
the real Extractor (with the relation hook) - nothing is mocked.

Matching: a predicted endpoint matches a gold name when the name's `name_key`
is the entity's key or one of its spellings/variants in that paper; "paper"
matches "paper" and, since a paper and the one model it introduces are the same
claim ("we pre-train on D" in the UniVL paper), the paper's introduced models and
datasets ("Data and code are available at URL" in a dataset paper).
Scores are reported per type and for TRAINED_ON + EVALUATED_ON together.

`--heldout DIR` scores each DIR/NAME.jsonl (relations written blind for the
abstracts of bench/heldout/NAME.jsonl, see its README) and the sets pooled.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "fixtures" / "relations" / "gold.jsonl"
EXAMPLES = ROOT / "data" / "examples"
GROUPS = {
    "BASED_ON": ("BASED_ON",),
    "TRAINED_ON": ("TRAINED_ON",),
    "EVALUATED_ON": ("EVALUATED_ON",),
    "TRAINED_ON+EVALUATED_ON": ("TRAINED_ON", "EVALUATED_ON"),
    "HAS_CODE": ("HAS_CODE",),
}


def load_gold(path: Path = GOLD) -> list[dict]:
    """The gold lines: {"title", "relations": [{"type", "source": [kind, name], "target": [kind, name]}]}."""
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def extract_titles(titles: Iterable[str], examples: Path = EXAMPLES) -> dict:
    """title -> PaperExtraction of the first bundled record with that title (the real Extractor)."""
    from paperkg.extract.pipeline import Extractor
    from paperkg.extract.readers import read_listings

    wanted = set(titles)
    records = {}
    for record in read_listings([str(examples)]):
        if record.title in wanted and record.title not in records:
            records[record.title] = record
    missing = wanted - set(records)
    if missing:
        raise SystemExit(f"gold titles not in {examples}: {sorted(missing)[:3]}")
    extractor = Extractor()
    return {r.title: ex for r, ex in zip(records.values(), extractor.pipe(records.values()))}


def _spellings(extraction) -> dict[tuple[str, str], set[str]]:
    from paperkg.extract.records import name_key

    out: dict[tuple[str, str], set[str]] = {}
    for e in (*extraction.models, *extraction.datasets):
        out[(e.kind, e.key)] = {e.key} | {name_key(x) for x in (e.name, *e.aliases, *e.variants)}
    return out


def _matches(pred_end: tuple[str, str], gold_end: list[str], spellings, intro: set[str]) -> bool:
    from paperkg.extract.records import name_key

    kind, key = pred_end
    gkind, gname = gold_end
    if gkind == "paper":
        return kind == "paper" or (kind in ("model", "dataset") and key in intro)
    if kind == "paper":  # (up to a size: "Meltemi 7B" is the introduced Meltemi)
        return gkind in ("model", "dataset") and any(_same_name(name_key(gname), k) for k in intro)
    if gkind == "repository":
        return kind == "repository" and key.lower() == gname.lower()
    if kind != gkind:
        return False
    gkey = name_key(gname)
    return any(_same_name(gkey, spelling) for spelling in spellings.get((kind, key), {key}))


_SIZE = re.compile(r"\d+[bmk]?")


def _same_name(gold_key: str, spelling: str) -> bool:
    """Equal keys, or equal up to a version/size suffix the extractor folds away ("ERNIE 2.0" ~ ERNIE,
    "Nemotron-Mini" ~ "Nemotron-Mini 4B"), or up to a language edition it folds into its corpus
    ("Arabic Wikipedia" ~ Wikipedia)."""
    if gold_key == spelling:
        return True
    for longer, shorter in ((gold_key, spelling), (spelling, gold_key)):
        if shorter and longer.startswith(shorter) and _SIZE.fullmatch(longer[len(shorter):]):
            return True
    return bool(spelling) and gold_key.endswith(spelling) and gold_key[:-len(spelling)] in _language_keys()


@lru_cache(maxsize=1)
def _language_keys() -> frozenset[str]:
    from paperkg.extract.languages import language_lexicon
    from paperkg.extract.records import name_key

    return frozenset(name_key(surface) for surface in language_lexicon())


def _hit(pred, gold_rel: dict, spellings, intro: set[str]) -> bool:
    return (pred.type == gold_rel["type"] and _matches(tuple(pred.source), gold_rel["source"], spellings, intro)
            and _matches(tuple(pred.target), gold_rel["target"], spellings, intro))


def score(gold: list[dict], extractions: dict) -> dict:
    """Per group: predicted, correct, gold, found, precision, recall; plus the errors for inspection."""
    from paperkg.extract.records import name_key

    result = {g: {"predicted": 0, "correct": 0, "gold": 0, "found": 0} for g in GROUPS}
    errors: list[dict] = []
    for line in gold:
        ex = extractions[line["title"]]
        spellings = _spellings(ex)
        intro = {name_key(n) for n in ex.introduces}
        preds = ex.relations
        for group, types in GROUPS.items():
            g_rels = [r for r in line["relations"] if r["type"] in types]
            p_rels = [r for r in preds if r.type in types]
            stats = result[group]
            stats["gold"] += len(g_rels)
            stats["predicted"] += len(p_rels)

            for p in p_rels:
                if any(_hit(p, g, spellings, intro) for g in g_rels):
                    stats["correct"] += 1
                elif len(types) == 1:
                    errors.append({"kind": "false_positive", "title": line["title"], "type": p.type,
                                   "source": list(p.source), "target": list(p.target), "rule": p.rule,
                                   "evidence": p.evidence})
            for g in g_rels:
                if any(_hit(p, g, spellings, intro) for p in p_rels):
                    stats["found"] += 1
                elif len(types) == 1:
                    errors.append({"kind": "missed", "title": line["title"], **g})
    for stats in result.values():
        stats["precision"] = round(stats["correct"] / stats["predicted"], 3) if stats["predicted"] else 1.0
        stats["recall"] = round(stats["found"] / stats["gold"], 3) if stats["gold"] else 1.0
    return {"papers": len(gold), "groups": result, "errors": errors}


def timing(examples: Path = EXAMPLES, repeat: int = 3) -> dict:
    """Extraction time of all bundled records with and without the relation hook (same process, best of N).

    Also the number of relations of each type and the hook's own time (find_relations
    alone, on the finished extractions).
    """
    from collections import Counter

    from paperkg.extract import pipeline
    from paperkg.extract.readers import read_listings
    from paperkg.extract.relations import find_relations

    records = list(read_listings([str(examples)]))
    extractor = pipeline.Extractor()
    list(extractor.pipe(records[:50]))  # warm caches
    hooks = list(pipeline.RELATION_HOOKS)
    best = {"with": float("inf"), "without": float("inf")}
    extractions = []
    for _ in range(repeat):
        for mode in ("without", "with"):
            pipeline.RELATION_HOOKS[:] = hooks if mode == "with" else []
            t0 = time.perf_counter()
            out = list(extractor.pipe(records))
            best[mode] = min(best[mode], time.perf_counter() - t0)
            if mode == "with":
                extractions = out
    pipeline.RELATION_HOOKS[:] = hooks
    t0 = time.perf_counter()
    for ex in extractions:
        find_relations(ex.paper, ex)
    hook_only = time.perf_counter() - t0
    counts = Counter(r.type for ex in extractions for r in ex.relations)
    return {"records": len(records), "with_hook_s": round(best["with"], 3), "without_hook_s": round(best["without"], 3),
            "ratio": round(best["with"] / best["without"], 3), "hook_only_s": round(hook_only, 4),
            "per_record_us": round(hook_only / len(records) * 1e6, 1), "relations": dict(sorted(counts.items()))}


def pooled(reports: list[dict]) -> dict:
    """The sum of several `score` reports (counts added, precision/recall recomputed)."""
    groups = {g: {"predicted": 0, "correct": 0, "gold": 0, "found": 0} for g in GROUPS}
    for report in reports:
        for group, stats in report["groups"].items():
            for k in ("predicted", "correct", "gold", "found"):
                groups[group][k] += stats[k]
    for stats in groups.values():
        stats["precision"] = round(stats["correct"] / stats["predicted"], 3) if stats["predicted"] else 1.0
        stats["recall"] = round(stats["found"] / stats["gold"], 3) if stats["gold"] else 1.0
    return {"papers": sum(r["papers"] for r in reports), "groups": groups,
            "errors": [e for r in reports for e in r["errors"]]}


def table(report: dict) -> str:
    lines = ["| relation | gold | predicted | correct | precision | recall |", "|---|---|---|---|---|---|"]
    for group, s in report["groups"].items():
        lines.append(f"| {group} | {s['gold']} | {s['predicted']} | {s['correct']} | {s['precision']:.3f} "
                     f"| {s['recall']:.3f} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--examples", type=Path, default=EXAMPLES)
    parser.add_argument("--errors", action="store_true", help="list false positives and misses")
    parser.add_argument("--timing", action="store_true", help="also time extraction with/without the hook")
    parser.add_argument("--heldout", type=Path, help="score every DIR/NAME.jsonl against bench/heldout/NAME.jsonl")
    args = parser.parse_args(argv)
    if args.heldout:
        reports = []
        for path in sorted(args.heldout.glob("*.jsonl")):
            gold = load_gold(path)
            reports.append(score(gold, extract_titles((g["title"] for g in gold), args.heldout.parent / path.name)))
            print(f"{path.stem}: {reports[-1]['papers']} papers, {sum(len(g['relations']) for g in gold)} relations")
        report = pooled(reports)
        print(f"\nall {len(reports)} sets pooled, {report['papers']} papers\n")
        print(table(report))
        if args.errors:
            for err in report["errors"]:
                print(json.dumps(err, ensure_ascii=False))
        return 0
    gold = load_gold(args.gold)
    t0 = time.perf_counter()
    extractions = extract_titles((g["title"] for g in gold), args.examples)
    report = score(gold, extractions)
    print(f"{report['papers']} papers, {sum(len(g['relations']) for g in gold)} gold relations, "
          f"extraction {time.perf_counter() - t0:.1f}s\n")
    print(table(report))
    if args.timing:
        print(json.dumps(timing(args.examples), indent=1))
    if args.errors:
        for err in report["errors"]:
            print(json.dumps(err, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
