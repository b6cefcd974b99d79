#!/usr/bin/env python3
"""Score paperkg's Extractor on a hand-annotated gold file (default ../shared/eval/gold-dev.jsonl).

Each gold line gives title + abstract; we build a PaperRecord from it, run the
Extractor, write the system output as JSONL (`PaperExtraction.to_json()`,
atomically) and run the project's scorer (score.py next to the gold file) on
it, printing its table. `make eval` runs this.

usage: bench/eval_extraction.py [--gold FILE] [--scorer FILE] [--out FILE] [--show-errors] [--gazetteer FILE]
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

from paperkg.extract.pipeline import Extractor
from paperkg.extract.records import PaperRecord
from paperkg.extract.text import clean_text

from paperkg import REPO_ROOT
from paperkg.files import atomic_write

DEFAULT_GOLD = REPO_ROOT.parent / "shared" / "eval" / "gold-dev.jsonl"


def gold_records(path: Path) -> list[PaperRecord]:
    records = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                sys.exit(f"{path}:{number}: not JSON ({exc.msg})")
            # Cleaned as every reader cleans listings (markup, LaTeX such as "\textbf{X}").
            records.append(PaperRecord(title=clean_text(row.get("title")), abstract=clean_text(row.get("abstract")),
                                       source=f"{path}:{number}"))
    return records


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--scorer", type=Path, default=None, help="default: score.py beside the gold file")
    parser.add_argument("--out", type=Path, default=Path("paperkg-out/eval-system.jsonl"))
    parser.add_argument("--gazetteer", action="append", default=[])
    parser.add_argument("--show-errors", action="store_true")
    args = parser.parse_args(argv)
    if not args.gold.exists():
        print(f"{args.gold}: gold file not found", file=sys.stderr)
        return 2
    scorer = args.scorer or args.gold.with_name("score.py")
    records = gold_records(args.gold)
    started = time.perf_counter()
    extractor = Extractor(args.gazetteer)
    with atomic_write(args.out) as handle:
        for extraction in extractor.pipe(records):
            handle.write(json.dumps(extraction.to_json(), ensure_ascii=False) + "\n")
    elapsed = time.perf_counter() - started
    print(f"extracted {len(records)} papers in {elapsed:.2f}s (incl. pipeline build) -> {args.out}")
    command = [sys.executable, str(scorer), str(args.gold), str(args.out)]
    if args.show_errors:
        command.append("--show-errors")
    return subprocess.call(command)


if __name__ == "__main__":
    sys.exit(main())
