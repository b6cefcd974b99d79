"""Benchmark: explorer overview of a synthetic 100,000-paper graph.

Targets (issue 7): writing the overview page takes < 5 s; the page reaches a
stabilized layout in headless Chromium in < 10 s at the default cap (300 nodes).

Baseline, run in the same process on the same selected subgraph: pyvis's own
default page (`Network.from_nx` + `generate_html`, `cdn_resources="in_line"`),
i.e. what one gets from pyvis without paperkg's selection, template and
physics settings. Figures are printed as a Markdown table (docs/benchmarks.md,
"## Explorers").

The graph: entity popularity follows a Zipf law, as in real listings (a few
models like BERT in thousands of papers, a long tail in one or two); each
paper mentions 2-7 entities, links a repository one time in three, and a few
papers derived-cite an earlier one.

Usage: .venv/bin/python bench/bench_viz.py [--papers N] [--repeat R] [--no-browser]
"""
from __future__ import annotations

import argparse
import itertools
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx
from pyvis.network import Network

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from paperkg.graph import schema as S  # noqa: E402
from paperkg.viz import render, views  # noqa: E402

POOLS = {S.MODEL: 6000, S.DATASET: 2500, S.LANGUAGE: 180}


def synthetic_graph(papers: int, seed: int = 0) -> nx.MultiDiGraph:
    rng = random.Random(seed)
    g = nx.MultiDiGraph(schema_version=S.SCHEMA_VERSION)
    pools: dict[str, list[str]] = {}
    weights: dict[str, list[float]] = {}
    for label, size in POOLS.items():
        ids = []
        for i in range(size):
            key = f"{label.lower()}{i}"
            nid = S.node_id(label, key)
            g.add_node(nid, label=label, key=key, name=f"{label} {i}", aliases=[f"{label}-{i}"], variants=[])
            ids.append(nid)
        pools[label] = ids
        weights[label] = list(itertools.accumulate(1 / (i + 1) ** 1.1 for i in range(size)))
    for i in range(papers):
        key = f"arxiv:{2000 + i // 10000}.{i % 10000:05d}"
        p = S.node_id(S.PAPER, key)
        g.add_node(p, label=S.PAPER, key=key, name=f"Paper {i} about things", title=f"Paper {i} about things",
                   abstract="We study multilingual models. " * 8, date=f"{2015 + i % 10}-{1 + i % 12:02d}-01")
        for label, k in ((S.MODEL, rng.randint(1, 4)), (S.DATASET, rng.randint(0, 2)), (S.LANGUAGE, 1)):
            for e in set(rng.choices(pools[label], cum_weights=weights[label], k=k)):
                g.add_edge(p, e, key=S.MENTIONS, count=1, evidence="We study multilingual models.")
        if i % 3 == 0:
            repo = S.node_id(S.REPOSITORY, f"owner{i}/repo{i}")
            g.add_node(repo, label=S.REPOSITORY, key=f"owner{i}/repo{i}", name=f"owner{i}/repo{i}",
                       url=f"https://github.com/owner{i}/repo{i}")
            g.add_edge(p, repo, key=S.LINKS_TO, url=f"https://github.com/owner{i}/repo{i}")
        if i % 50 == 0 and i:
            q = S.node_id(S.PAPER, f"arxiv:{2000 + (i - 17) // 10000}.{(i - 17) % 10000:05d}")
            g.add_edge(p, q, key=S.CITES, derived=True, via=["Model 1"])
    models = pools[S.MODEL]
    for i in range(1, 400):
        g.add_edge(models[i], models[rng.randrange(i)], key=S.BASED_ON, evidence="based on", papers=[])
    return g


def timed(fn, repeat: int) -> tuple[float, float, object]:
    """Median wall-clock and CPU seconds (CPU shows the cost on a loaded machine)."""
    walls, cpus, result = [], [], None
    for _ in range(repeat):
        start, cpu = time.perf_counter(), time.process_time()
        result = fn()
        walls.append(time.perf_counter() - start)
        cpus.append(time.process_time() - cpu)
    return statistics.median(walls), statistics.median(cpus), result


def pyvis_default(graph: nx.MultiDiGraph, view: views.View) -> str:
    """The baseline page: pyvis's defaults on the same subgraph."""
    sub = nx.MultiDiGraph()
    for nid in view.nodes:
        data = graph.nodes[nid]
        sub.add_node(nid, title=str(data.get("title") or data.get("name")), group=data.get("label"))
    for u, v, k in view.edges:
        sub.add_edge(u, v, key=k, title=k)
    net = Network(directed=True, cdn_resources="in_line")
    net.from_nx(sub)
    return net.generate_html()


BASELINE_HOOK = """<script>
window.__stab = false; var __t0 = performance.now();
network.once("stabilizationIterationsDone", function () { window.__stab = performance.now() - __t0; });
</script></body>"""


def browser_times(ours: Path, baseline: Path) -> dict[str, float]:
    from browser import Chromium, find_chromium

    binary = find_chromium()
    if binary is None:
        raise SystemExit("chromium not found: apt-get install -y chromium, or pass --no-browser")
    chrome = Chromium(binary)
    try:
        chrome.call("Network.setBlockedURLs", urls=["http://*", "https://*"])  # baseline loads CDNs
        page = chrome.load(ours, timeout=120)
        problems = page.problems + page.network_requests
        ours_ms = chrome.evaluate("window.paperkg.stabilizeMs")
        page_b = chrome.load(baseline, ready="window.__stab !== false", timeout=300)
        base_ms = chrome.evaluate("window.__stab")
        return {"ours_ready": page.ready_seconds, "ours_stab": ours_ms / 1000, "base_ready": page_b.ready_seconds,
                "base_stab": base_ms / 1000, "problems": len(problems),
                "base_requests": len(page_b.network_requests)}
    finally:
        chrome.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--papers", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-browser", action="store_true")
    args = parser.parse_args()

    start = time.perf_counter()
    graph = synthetic_graph(args.papers)
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs", file=sys.stderr)
    print(f"graph: {graph.number_of_nodes():,} nodes, {graph.number_of_edges():,} edges "
          f"(built in {time.perf_counter() - start:.1f} s)", file=sys.stderr)

    with tempfile.TemporaryDirectory() as tmp:
        ours_path, base_path = Path(tmp) / "overview.html", Path(tmp) / "baseline.html"
        t_ours, c_ours, _ = timed(lambda: render.write_html(render.overview_html(graph), ours_path), args.repeat)
        t_select, c_select, view = timed(lambda: views.overview(graph), args.repeat)
        t_base, c_base, html = timed(lambda: pyvis_default(graph, view), args.repeat)
        base_path.write_text(html.replace("</body>", BASELINE_HOOK, 1), encoding="utf-8")
        rows = [
            ("overview page written (select + render + atomic write), 100k papers" if args.papers == 100_000
             else f"overview page written, {args.papers:,} papers", t_ours, c_ours, "< 5 s"),
            ("  of which view selection", t_select, c_select, ""),
            ("baseline: pyvis default page of the same subgraph (render only)", t_base, c_base, ""),
        ]
        print(f"\nview: {len(view.nodes)} nodes, {len(view.edges)} edges; "
              f"page {ours_path.stat().st_size / 1e6:.2f} MB\n")
        print("| measure | wall s | CPU s | ratio to baseline (wall) | target |\n|---|---|---|---|---|")
        for name, sec, cpu, target in rows:
            print(f"| {name} | {sec:.3f} | {cpu:.3f} | {sec / t_base:.2f} | {target} |")
        if not args.no_browser:
            b = browser_times(ours_path, base_path)
            print(f"| paperkg page: stabilized layout in headless Chromium (physics then off) | "
                  f"{b['ours_stab']:.2f} | | {b['ours_stab'] / b['base_stab']:.2f} | < 10 s |")
            print(f"| paperkg page: load to stabilized | {b['ours_ready']:.2f} | | "
                  f"{b['ours_ready'] / b['base_ready']:.2f} | |")
            print(f"| baseline pyvis page: stabilizationIterationsDone (physics keeps running) | "
                  f"{b['base_stab']:.2f} | | 1.00 | |")
            print(f"\npaperkg page: {b['problems']} console errors/requests; baseline page tried "
                  f"{b['base_requests']} network requests (CDN, blocked here)")


if __name__ == "__main__":
    main()
