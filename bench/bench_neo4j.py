"""Benchmark: the client-side cost of a Neo4j load and of the neo4j-admin CSV export.

No server runs here, so this measures what paperkg itself adds on top of the
database: building and checking every batch (`plan`), encoding the batches
with the driver's own Bolt PackStream encoder (the bytes a load sends), and
writing the neo4j-admin import files. Workload: the synthetic graph of
bench/bench_store.py (copies of the test fixture's pattern; 4 papers a copy).

Ratios are against baselines run in the same process on the same graph:
* plan and encode vs `copy`: copying every node's and edge's attribute dict
  into a list, the least any loader must do to build its parameters;
* export vs `save_graph`: paperkg's own JSON save of the same graph.

Usage: .venv/bin/python bench/bench_neo4j.py [--papers N] [--repeat R] [--batch-size B]
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "tests"))

from bench_store import synthetic_graph  # noqa: E402
from neo4j._codec.packstream import RUST_AVAILABLE  # noqa: E402
from neo4j._codec.packstream.v1 import Packer  # noqa: E402
from paperkg.graph import neo4j as N  # noqa: E402
from paperkg.graph.neo4j_import import export_neo4j_import  # noqa: E402
from paperkg.graph.store import save_graph  # noqa: E402


def best(fn, repeat: int) -> tuple[float, object]:
    """Minimum wall time over `repeat` runs (noise only adds time) and the last result."""
    times, result = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - started)
    return min(times), result


def copy_baseline(graph) -> list:
    rows = [dict(data) for _, data in graph.nodes(data=True)]
    rows += [dict(data) for _, _, _, data in graph.edges(keys=True, data=True)]
    return rows


def encode(batches) -> int:
    size = 0
    for batch in batches:
        buffer = Packer.new_packable_buffer()
        Packer(buffer).pack({"rows": batch.rows})
        size += len(buffer.data)
    return size


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--papers", type=int, default=20000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--batch-size", type=int, default=N.DEFAULT_BATCH_SIZE)
    args = parser.parse_args(argv)

    graph = synthetic_graph(args.papers)
    rows = graph.number_of_nodes() + graph.number_of_edges()
    print(f"graph: {args.papers} papers, {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges "
          f"({rows} rows); best of {args.repeat}; Bolt encoder: "
          f"{'Rust (neo4j-rust-ext)' if RUST_AVAILABLE else 'pure Python (install neo4j-rust-ext)'}")

    t_copy, _ = best(lambda: copy_baseline(graph), args.repeat)
    t_plan, batches = best(lambda: N.plan(graph, args.batch_size), args.repeat)
    t_encode, size = best(lambda: encode(batches), args.repeat)
    with tempfile.TemporaryDirectory() as tmp:
        t_save, _ = best(lambda: save_graph(graph, Path(tmp) / "graph.json"), args.repeat)
        t_export, _ = best(lambda: export_neo4j_import(graph, Path(tmp) / "import"), args.repeat)
        csv_bytes = sum(p.stat().st_size for p in (Path(tmp) / "import").glob("*.csv"))

    print(f"batches: {len(batches)} of <= {args.batch_size} rows; Bolt payload {size / 1e6:.1f} MB "
          f"({size / len(batches) / 1e3:.0f} kB per transaction); CSV {csv_bytes / 1e6:.1f} MB")
    print("| step | paperkg | baseline | ratio | rows/s |")
    print("|---|---|---|---|---|")
    for name, t, base_name, base in (("plan (rows + checks)", t_plan, "copy", t_copy),
                                     ("Bolt encoding of all batches", t_encode, "copy", t_copy),
                                     ("neo4j-admin CSV export", t_export, "save_graph", t_save)):
        print(f"| {name} | {t:.2f} s | {base_name} {base:.2f} s | {t / base:.2f} | {rows / t:,.0f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
