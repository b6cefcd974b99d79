"""Benchmark: save/load time and file size of a synthetic 100k-paper graph.

The graph repeats the pattern of the test fixture `sample_graph` (4 papers with
their models, datasets, languages, repositories, Hugging Face resources and
relations): paper, repository and link nodes are unique per copy, entities are
drawn from shared pools so they have many papers each, as in a real graph.

Figures are ratios against a baseline run in the same process: the standard
library `json` module on the same NetworkX node-link data (no sorting, no
atomic write). Save memory is the tracemalloc peak of one more run of each
(what the save allocates besides the graph), measured apart from the timings.
Usage: .venv/bin/python bench/bench_store.py [--papers N] [--repeat R]
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

import networkx as nx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from conftest import build_sample_graph
from paperkg.graph import schema as S
from paperkg.graph.store import load_graph, save_graph

SHARED = {S.MODEL: 2000, S.DATASET: 1000, S.LANGUAGE: 200, S.ORGANIZATION: 5000}


def synthetic_graph(papers: int) -> nx.MultiDiGraph:
    """`papers` papers in copies of the sample graph's pattern (4 papers a copy)."""
    pattern = build_sample_graph()
    nodes = list(pattern.nodes(data=True))
    edges = list(pattern.edges(keys=True, data=True))
    g = nx.MultiDiGraph(schema_version=S.SCHEMA_VERSION)
    for i in range((papers + 3) // 4):
        def rename(nid: str, i: int = i) -> str:
            label = pattern.nodes[nid]["label"]
            pool = SHARED.get(label)
            return f"{nid}-{i % pool if pool else i}"

        for nid, attrs in nodes:
            new = rename(nid)
            if new not in g:
                g.add_node(new, **{**attrs, "key": new.partition(":")[2]})
        for u, v, key, attrs in edges:
            attrs = dict(attrs)
            if "papers" in attrs:
                attrs["papers"] = [rename(p) for p in attrs["papers"]]
            g.add_edge(rename(u), rename(v), key=key, **attrs)
    return g


def best_pair(ours, baseline, repeat: int) -> tuple[float, float]:
    """Best-of-`repeat` times of two functions, run alternately so machine load hits both alike."""
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(repeat):
        for fn, out in ((baseline, times[1]), (ours, times[0])):
            start = time.perf_counter()
            fn()
            out.append(time.perf_counter() - start)
    return min(times[0]), min(times[1])


def peak_alloc(fn) -> int:
    """Bytes allocated at the peak of one call of `fn`, beyond what was allocated before it."""
    tracemalloc.start()
    try:
        fn()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--papers", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)

    start = time.perf_counter()
    g = synthetic_graph(args.papers)
    made = time.perf_counter() - start
    with tempfile.TemporaryDirectory() as tmp:
        ours, base = Path(tmp) / "graph.json", Path(tmp) / "baseline.json"

        def baseline_save() -> None:
            base.write_text(json.dumps(nx.node_link_data(g, edges="edges")), encoding="utf-8")

        def baseline_load() -> nx.MultiDiGraph:
            return nx.node_link_graph(json.loads(base.read_text(encoding="utf-8")), edges="edges")

        t_save, t_base_save = best_pair(lambda: save_graph(g, ours), baseline_save, args.repeat)
        t_load, t_base_load = best_pair(lambda: load_graph(ours), baseline_load, args.repeat)
        m_save, m_base_save = peak_alloc(lambda: save_graph(g, ours)), peak_alloc(baseline_save)
        loaded = load_graph(ours)
        assert loaded.number_of_nodes() == g.number_of_nodes()
        assert loaded.number_of_edges() == g.number_of_edges()
        size, base_size = ours.stat().st_size, base.stat().st_size

    papers = sum(1 for _, d in g.nodes(data=True) if d["label"] == S.PAPER)
    print(f"synthetic graph: {papers} papers, {g.number_of_nodes()} nodes, {g.number_of_edges()} edges "
          f"(made in {made:.1f}s); best of {args.repeat}")
    print("| step | paperkg | baseline (stdlib json) | ratio |")
    print("|---|---|---|---|")
    print(f"| save | {t_save:.2f} s | {t_base_save:.2f} s | {t_save / t_base_save:.2f} |")
    print(f"| load | {t_load:.2f} s | {t_base_load:.2f} s | {t_load / t_base_load:.2f} |")
    print(f"| save: memory besides the graph (tracemalloc peak) | {m_save / 2**20:.1f} MB "
          f"| {m_base_save / 2**20:.1f} MB | {m_save / m_base_save:.3f} |")
    print(f"| file size | {size / 1e6:.1f} MB | {base_size / 1e6:.1f} MB | {size / base_size:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
