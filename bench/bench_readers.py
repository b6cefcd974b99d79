#!/usr/bin/env python3
"""Reader throughput and memory (extract/readers): records/s as ratios against a baseline.

Workload: the records of the bundled example listings (data/examples),
replicated to N records (default 50,000) and written, in a temporary
directory, in every format: compact pages, JSON Lines, JSON array, CSV, arXiv
Atom and ACL XML. Measured in the same process, on the same files:

* baseline -- the cheapest standard-library parse of the same file that
  yields the raw title/abstract strings, with no cleaning, ids, dates or
  error handling: lines in pairs (pages), `json.loads` per line (JSONL),
  `json.load` of the whole file (JSON array), `csv.reader` (CSV),
  `ElementTree.iterparse` (XML);
* read_listings -- the real reader (`read_listings([path], fmt=...)`).

Memory: tracemalloc peak while streaming each file, against the file size:
streaming means the peak stays flat as N grows.

Times are CPU time of the process (`time.process_time`): the machines are shared.
Target: within a small factor (<= 5x) of the baseline; peak memory a small
fraction of the file size. usage: bench/bench_readers.py [-n 50000] [--repeat 3]
"""
from __future__ import annotations

import argparse
import csv
import itertools
import json
import statistics
import tempfile
import time
import tracemalloc
import xml.etree.ElementTree as ET
from pathlib import Path
from xml.sax.saxutils import escape

from paperkg import EXAMPLES_DIR
from paperkg.extract.readers import read_listings


def write_files(records, folder: Path) -> dict[str, Path]:
    """The same records in each format."""
    paths = {fmt: folder / name for fmt, name in (
        ("pages", "p.txt"), ("jsonl", "p.jsonl"), ("json", "p.json"), ("csv", "p.csv"),
        ("arxiv-atom", "p.atom"), ("acl-xml", "p.xml"))}
    with open(paths["pages"], "w", encoding="utf-8") as f:
        f.write("Get trending papers in your email inbox!\n")
        for r in records:
            f.write(f"{r.title}\n{r.abstract}\n")
    with open(paths["jsonl"], "w", encoding="utf-8") as f:
        for i, r in enumerate(records):
            f.write(json.dumps({"id": f"2301.{i:05d}", "title": r.title, "abstract": r.abstract,
                                "authors": "A. Author; B. Author", "date": "2023-01-02"}) + "\n")
    with open(paths["json"], "w", encoding="utf-8") as f:
        json.dump([{"title": r.title, "abstract": r.abstract} for r in records], f, indent=1)
    with open(paths["csv"], "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["title", "abstract", "authors"])
        writer.writerows((r.title, r.abstract, "A. Author; B. Author") for r in records)
    with open(paths["arxiv-atom"], "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n')
        for i, r in enumerate(records):
            f.write(f"<entry>\n<id>http://arxiv.org/abs/2301.{i:05d}v1</id>\n"
                    f"<published>2023-01-02T00:00:00Z</published>\n<title>{escape(r.title)}</title>\n"
                    f"<summary>{escape(r.abstract)}</summary>\n<author><name>A. Author</name></author>\n</entry>\n")
        f.write("</feed>\n")
    with open(paths["acl-xml"], "w", encoding="utf-8") as f:
        f.write("<?xml version='1.0' encoding='UTF-8'?>\n<collection id=\"2023.acl\">\n<volume id=\"long\">\n"
                "<meta><year>2023</year></meta>\n")
        for i, r in enumerate(records, 1):
            f.write(f'<paper id="{i}">\n<title>{escape(r.title)}</title>\n'
                    f"<author><first>A.</first><last>Author</last></author>\n"
                    f"<abstract>{escape(r.abstract)}</abstract>\n<url>2023.acl-long.{i}</url>\n</paper>\n")
        f.write("</volume>\n</collection>\n")
    return paths


def baseline(fmt: str, path: Path) -> int:
    """Raw title/abstract pairs with the standard library only; returns the count."""
    count = 0
    if fmt == "pages":
        with open(path, encoding="utf-8") as f:
            lines = iter(f)
            next(lines)
            for _title, _abstract in zip(lines, lines, strict=False):
                count += 1
    elif fmt == "jsonl":
        with open(path, encoding="utf-8") as f:
            for line in f:
                obj = json.loads(line)
                count += bool(obj["title"] and obj["abstract"])
    elif fmt == "json":
        with open(path, encoding="utf-8") as f:
            count = sum(bool(o["title"] and o["abstract"]) for o in json.load(f))
    elif fmt == "csv":
        with open(path, encoding="utf-8", newline="") as f:
            rows = csv.reader(f)
            next(rows)
            count = sum(bool(row[0] and row[1]) for row in rows)
    else:
        tag = "{http://www.w3.org/2005/Atom}entry" if fmt == "arxiv-atom" else "paper"
        for _, element in ET.iterparse(path):
            if element.tag == tag:
                count += 1
                element.clear()
    return count


def ours(fmt: str, path: Path) -> int:
    return sum(1 for _ in read_listings([path], fmt=fmt))


def median_seconds(fn, fmt, path, repeat) -> tuple[float, int]:
    times, count = [], 0
    for _ in range(repeat):
        started = time.process_time()
        count = fn(fmt, path)
        times.append(time.process_time() - started)
    return statistics.median(times), count


def peak_bytes(fn, fmt, path) -> int:
    tracemalloc.start()
    try:
        fn(fmt, path)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=50_000, help="records per file (default 50,000)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement; the median is reported")
    args = parser.parse_args(argv)

    base = list(read_listings([EXAMPLES_DIR]))
    records = list(itertools.islice(itertools.cycle(base), args.n))
    print(f"records: {args.n} per file ({len(base)} distinct from data/examples)")
    print(f"{'format':<11} {'MB':>6} {'baseline rec/s':>15} {'readers rec/s':>14} {'ratio':>6} "
          f"{'peak MB base':>13} {'peak MB ours':>13}")
    with tempfile.TemporaryDirectory() as tmp:
        for fmt, path in write_files(records, Path(tmp)).items():
            t_base, n_base = median_seconds(baseline, fmt, path, args.repeat)
            t_ours, n_ours = median_seconds(ours, fmt, path, args.repeat)
            assert n_base == n_ours == args.n, (fmt, n_base, n_ours)
            mem_base, mem_ours = peak_bytes(baseline, fmt, path), peak_bytes(ours, fmt, path)
            print(f"{fmt:<11} {path.stat().st_size / 1e6:6.1f} {n_base / t_base:15,.0f} {n_ours / t_ours:14,.0f} "
                  f"{t_ours / t_base:5.1f}x {mem_base / 1e6:13.1f} {mem_ours / 1e6:13.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
