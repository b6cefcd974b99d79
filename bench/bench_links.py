#!/usr/bin/env python3
"""Link finding throughput (extract/links.py): abstracts/s, as ratios against a baseline.

Workload: the title and abstract of every record of the bundled example
listings (data/examples), replicated to N texts (default 50,000). Measured in
the same process, on the same texts:

* baseline -- `re.findall(r"https?://\\S+", text)`: the cheapest possible scan
  for scheme URLs, with no cleaning, classification or offsets;
* find_links -- `find_links(text)` on every text (most have no URL and are
  skipped by the substring pre-check);
* find_links, URL texts only -- the same on the texts that do contain a URL
  (the worst case: every text goes through the regex, cleaner and classifier).

Times are CPU time of this process (`time.process_time`), so other load on
the machine does not inflate them. Target: tens of thousands of abstracts/s.

usage: bench/bench_links.py [-n 50000] [--repeat 5]
"""
from __future__ import annotations

import argparse
import itertools
import re
import statistics
import time

from paperkg import EXAMPLES_DIR
from paperkg.extract.links import find_links
from paperkg.extract.readers import read_listings

_BASELINE = re.compile(r"https?://\S+")


def _median_seconds(fn, texts, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.process_time()
        for text in texts:
            fn(text)
        times.append(time.process_time() - started)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=50_000, help="texts per run (default 50,000)")
    parser.add_argument("--repeat", type=int, default=5, help="runs per measurement; the median is reported")
    args = parser.parse_args(argv)

    base = [t for r in read_listings([EXAMPLES_DIR]) for t in (r.title, r.abstract) if t]
    with_urls = [t for t in base if find_links(t)]
    texts = list(itertools.islice(itertools.cycle(base), args.n))
    url_texts = list(itertools.islice(itertools.cycle(with_urls), args.n))

    rows = []
    for label, corpus in (("all texts", texts), ("URL texts only", url_texts)):
        t_base = _median_seconds(_BASELINE.findall, corpus, args.repeat)
        t_ours = _median_seconds(find_links, corpus, args.repeat)
        rows.append((label, len(corpus) / t_base, len(corpus) / t_ours, t_ours / t_base))

    print(f"texts: {args.n} per run ({len(base)} distinct, {len(with_urls)} with URLs), "
          f"median of {args.repeat} runs")
    print(f"{'workload':<16}{'baseline/s':>14}{'find_links/s':>14}{'ratio':>8}")
    for label, base_rate, ours_rate, ratio in rows:
        print(f"{label:<16}{base_rate:>14,.0f}{ours_rate:>14,.0f}{ratio:>7.1f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
