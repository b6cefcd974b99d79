"""Benchmark: gazetteer loading and lookup cost.

Target: loading the bundled gazetteers takes < 50 ms, so every `paperkg` command
can afford it. Figures are reported as ratios against a baseline run in the same
process (the bare cost of reading the same TSV files with the csv module, and of
a plain dict hit on `name_key`), so they compare across machines.

Run: .venv/bin/python bench/bench_gazetteer.py [--repeat N]
"""
from __future__ import annotations

import argparse
import csv
import tempfile
import time
from pathlib import Path

from paperkg.extract import gazetteer as gz
from paperkg.extract.records import name_key


def _best(fn, repeat: int, clock=time.perf_counter) -> float:
    """Best (minimum) time of `fn()` in seconds over `repeat` runs: noise only adds time."""
    times = []
    for _ in range(repeat):
        started = clock()
        fn()
        times.append(clock() - started)
    return min(times)


def _cpu(fn, repeat: int) -> float:
    """Best CPU time of `fn()`: on a shared, busy machine wall time also counts other processes."""
    return _best(fn, repeat, time.process_time)


def _baseline_read() -> None:
    for path in (gz.BUNDLED["model"], gz.BUNDLED["dataset"], gz.NON_ENTITIES):
        with path.open(encoding="utf-8", newline="") as handle:
            list(csv.reader((line for line in handle if not line.startswith("#")), delimiter="\t"))


def _cold_load() -> None:
    gz._bundled.cache_clear()
    gz.name_key.cache_clear()
    gz.load_gazetteer()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()

    baseline = _best(_baseline_read, args.repeat)
    cold = _best(_cold_load, args.repeat)
    cold_cpu = _cpu(_cold_load, args.repeat)
    warm = _best(gz.load_gazetteer, args.repeat)

    with tempfile.TemporaryDirectory() as tmp:
        user = Path(tmp) / "user.tsv"
        user.write_text("name\ttype\taliases\tflags\n" + "".join(
            f"UserModel{i}\tmodel\tUM-{i} | user model {i}\n" for i in range(1000)), encoding="utf-8")
        with_user = _best(lambda: gz.load_gazetteer([user]), args.repeat)

    gaz = gz.load_gazetteer()
    surfaces = [form for form, _ in gaz.surface_forms()] + ["not a model", "bloom", "the results"] * 200
    table = {name_key(s): s for s in surfaces}
    lookups = _best(lambda: [gaz.lookup(s) for s in surfaces], args.repeat)
    dict_hits = _best(lambda: [table.get(name_key(s)) for s in surfaces], args.repeat)
    n = len(surfaces)

    print(f"entries: {len(gaz)} ({sum(1 for _ in gaz.surface_forms())} surface forms), "
          f"non-entities: {len(gz._bundled().non_entities)}")
    print(f"baseline csv read of the 3 files : {baseline * 1e3:7.2f} ms")
    print(f"cold load (parse + checks)       : {cold * 1e3:7.2f} ms  ratio {cold / baseline:5.1f}x  target < 50 ms")
    print(f"cold load, CPU time              : {cold_cpu * 1e3:7.2f} ms")
    print(f"warm load (bundled cached)       : {warm * 1e3:7.2f} ms  ratio {warm / baseline:5.1f}x")
    print(f"load + 1000-row user file        : {with_user * 1e3:7.2f} ms  ratio {with_user / baseline:5.1f}x")
    print(f"lookup                           : {lookups / n * 1e6:7.2f} us  ratio {lookups / dict_hits:5.1f}x "
          f"vs name_key + dict.get")


if __name__ == "__main__":
    main()
