"""Benchmark: the ready-made questions on a synthetic 100,000-paper graph (NetworkX backend).

The graph is built here, deterministically from --seed: titles and abstract
sentences are real ones from data/examples/*.txt; model, dataset, repository
and organization names are random; popularity is Zipf-like, so a few
entities (and "English", mentioned by about half the papers) are hubs with
tens of thousands of papers - the hard case for "which papers mention X".

It is saved with paperkg.graph.store and loaded back (the timed load), the
per-graph query indexes are built (`NetworkXBackend.warm()`, timed by part),
then every question is asked for a hub, a mid-popularity and a rare entity:
first on a backend holding only warm()'s indexes (no per-question cache), then
repeated. A few are also asked "cold", as the one-shot CLI does (no warm()).
Target: load + warm() < 10 s; then each question < 50 ms, its first call
included (listing *all* papers of a hub is O(answer) and exempt). Figures are also given
as ratios against baselines run in the same process: for load, parsing the
same file with orjson alone; for questions, one plain NetworkX step over the
hub's neighbours (`list(g.predecessors(hub))`).

Usage: .venv/bin/python bench/bench_queries.py [--papers N] [--seed S] [--repeat R]
"""
from __future__ import annotations

import argparse
import random
import re
import string
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx
import orjson

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from paperkg import EXAMPLES_DIR  # noqa: E402
from paperkg.extract.records import name_key, title_key  # noqa: E402
from paperkg.graph import schema as S  # noqa: E402
from paperkg.graph.store import load_graph, save_graph  # noqa: E402
from paperkg.queries import api  # noqa: E402
from paperkg.queries.networkx_backend import NetworkXBackend  # noqa: E402

LANGUAGES = [("eng", "English", "en"), ("zho", "Chinese", "zh"), ("kor", "Korean", "ko"), ("jpn", "Japanese", "ja"),
             ("deu", "German", "de"), ("fra", "French", "fr"), ("spa", "Spanish", "es"), ("ara", "Arabic", "ar"),
             ("hin", "Hindi", "hi"), ("rus", "Russian", "ru"), ("por", "Portuguese", "pt"), ("ita", "Italian", "it"),
             ("swa", "Swahili", "sw"), ("yor", "Yoruba", "yo"), ("vie", "Vietnamese", "vi"), ("tha", "Thai", "th"),
             ("tur", "Turkish", "tr"), ("pol", "Polish", "pl"), ("nld", "Dutch", "nl"), ("ben", "Bengali", "bn"),
             ("urd", "Urdu", "ur"), ("fas", "Persian", "fa"), ("heb", "Hebrew", "he"), ("ind", "Indonesian", "id"),
             ("tam", "Tamil", "ta"), ("tel", "Telugu", "te"), ("amh", "Amharic", "am"), ("hau", "Hausa", "ha"),
             ("zul", "Zulu", "zu"), ("ukr", "Ukrainian", "uk")]
TARGET_MS = 50.0
COLD_QUESTIONS = ("papers --model HUB (20)", "show HUB", "top models", "related English", "path HUB -> Korean",
                  "search rare word", "cooccurrence model-dataset (top 10)")


def real_text() -> tuple[list[str], list[str]]:
    """(titles, abstract sentences) from the bundled example listings (lines: title, abstract, ...)."""
    titles, sentences = [], []
    for path in sorted(EXAMPLES_DIR.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if 20 <= len(line) < 200 and not line.startswith(("Get trending", "Subscribe")):
                titles.append(line)
            elif len(line) >= 200:
                sentences += [s for s in re.split(r"(?<=[.!?])\s+", line) if len(s) > 40]
    return titles, sentences


def random_name(rng: random.Random, taken: set[str]) -> str:
    while True:
        stem = "".join(rng.choice(string.ascii_letters) for _ in range(rng.randint(3, 7)))
        name = stem.capitalize() + rng.choice(["", "-" + str(rng.randint(1, 9)), "BERT", "-XL", "LM", "Net"])
        if name_key(name) not in taken:
            taken.add(name_key(name))
            return name


def zipf_weights(n: int, s: float = 1.1) -> list[float]:
    total, cum = 0.0, []
    for rank in range(1, n + 1):
        total += 1.0 / rank**s
        cum.append(total)
    return cum


def with_name(sentence: str, name: str, rng: random.Random) -> str:
    """A real sentence naming `name`: it replaces an acronym of the sentence, or is appended."""
    acronyms = re.findall(r"\b[A-Z][A-Za-z0-9-]*[A-Z][A-Za-z0-9-]*\b", sentence)
    if acronyms:
        return sentence.replace(rng.choice(acronyms), name, 1)
    return f"{sentence.rstrip('.')} with {name}."


def synthetic_graph(papers: int, seed: int) -> nx.MultiDiGraph:
    rng = random.Random(seed)
    titles, sentences = real_text()
    taken: set[str] = set()
    g = nx.MultiDiGraph(schema_version=S.SCHEMA_VERSION)
    models = [random_name(rng, taken) for _ in range(6000)]
    datasets = [random_name(rng, taken) for _ in range(2000)]
    owners = ["".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(4, 10))) for _ in range(8000)]
    for name in models:
        g.add_node(f"Model:{name_key(name)}", label=S.MODEL, key=name_key(name), name=name, aliases=[name],
                   variants=[f"{name}-base", f"{name}-large"] if rng.random() < 0.2 else [])
    for name in datasets:
        g.add_node(f"Dataset:{name_key(name)}", label=S.DATASET, key=name_key(name), name=name, aliases=[name],
                   variants=[])
    for code, name, tag in LANGUAGES:
        g.add_node(f"Language:{code}", label=S.LANGUAGE, key=code, name=name, tag=tag, aliases=[name])
    for owner in sorted(set(owners)):  # sorted: set order varies with the string hash seed
        g.add_node(f"Organization:github:{owner}", label=S.ORGANIZATION, key=f"github:{owner}", name=owner,
                   platform="github", url=f"https://github.com/{owner}")
    mcum, dcum, lcum = zipf_weights(len(models)), zipf_weights(len(datasets)), zipf_weights(len(LANGUAGES), 1.5)
    for i in range(papers):
        title = f"{rng.choice(titles)} ({i})"
        pid = f"Paper:{title_key(title)}"
        body = rng.sample(sentences, rng.randint(4, 8))
        date = None if rng.random() < 0.05 else f"{rng.randint(2015, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        mentioned = [("Model", m) for m in sorted(set(rng.choices(models, cum_weights=mcum, k=rng.randint(1, 4))))]
        mentioned += [("Dataset", d) for d in sorted(set(rng.choices(datasets, cum_weights=dcum, k=rng.randint(0, 2))))]
        langs = sorted({rng.choices(LANGUAGES, cum_weights=lcum)[0] for _ in range(rng.randint(0, 2))})
        evidence = []
        for label, name in mentioned:
            k = rng.randrange(len(body))
            body[k] = with_name(body[k], name, rng)
            evidence.append((f"{label}:{name_key(name)}", body[k], name))
        for code, name, _ in langs:
            k = rng.randrange(len(body))
            body[k] = f"{body[k].rstrip('.')} for {name}."
            evidence.append((f"Language:{code}", body[k], name))
        props = {"date": date} if date else {}
        g.add_node(pid, label=S.PAPER, key=title_key(title), name=title, title=title, abstract=" ".join(body),
                   sources=[f"synthetic.txt:{i + 1}"], **props)
        for target, sentence, alias in evidence:
            g.add_edge(pid, target, key=S.MENTIONS, count=1, aliases=[alias], variants=[], evidence=sentence,
                       field="abstract", start=sentence.find(alias), end=sentence.find(alias) + len(alias),
                       confidence=0.9, origin="text")
        if rng.random() < 0.15:  # the paper introduces a new model, based on the first one it mentions
            name = random_name(rng, taken)
            new, base = f"Model:{name_key(name)}", f"Model:{name_key(mentioned[0][1])}"
            sentence = with_name(rng.choice(sentences), name, rng)
            g.nodes[pid]["abstract"] += " " + sentence
            g.add_node(new, label=S.MODEL, key=name_key(name), name=name, aliases=[name], variants=[])
            g.add_edge(pid, new, key=S.MENTIONS, count=1, aliases=[name], variants=[], evidence=sentence,
                       field="abstract", start=0, end=len(name), confidence=0.9, origin="text")
            g.add_edge(pid, new, key=S.INTRODUCES, evidence=sentence, rule="we-propose")
            g.add_edge(new, base, key=S.BASED_ON, evidence=evidence[0][1], rule="based-on", confidence=0.8,
                       papers=[pid])
        if rng.random() < 0.3:
            owner = rng.choice(owners)
            repo = f"{owner}/{random_name(rng, taken).lower()}"
            rid = f"Repository:{repo}"
            g.add_node(rid, label=S.REPOSITORY, key=repo, name=repo, url=f"https://github.com/{repo}",
                       host="github.com")
            g.add_edge(rid, f"Organization:github:{owner}", key=S.OWNED_BY)
            g.add_edge(pid, rid, key=S.LINKS_TO, url=f"https://github.com/{repo}", origin="text")
            if mentioned[0][0] == "Model" and rng.random() < 0.5:
                g.add_edge(f"Model:{name_key(mentioned[0][1])}", rid, key=S.HAS_CODE, evidence="Code at ...",
                           rule="code-at", confidence=0.8, papers=[pid])
    return g


def timed(fn, repeat: int) -> tuple[float, object]:
    """Best-of-`repeat` wall time in ms (and the last result)."""
    best, _cpu, result = timed_cpu(fn, repeat)
    return best, result


def timed_cpu(fn, repeat: int) -> tuple[float, float, object]:
    """Best-of-`repeat` wall and CPU (process) times in ms, and the last result.

    CPU time is reported beside wall time because a shared, loaded machine
    inflates wall time without the code doing more work.
    """
    best, best_cpu, result = float("inf"), float("inf"), None
    for _ in range(repeat):
        start, cpu = time.perf_counter(), time.process_time()
        result = fn()
        best = min(best, (time.perf_counter() - start) * 1000)
        best_cpu = min(best_cpu, (time.process_time() - cpu) * 1000)
    return best, best_cpu, result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--papers", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)

    start = time.perf_counter()
    g0 = synthetic_graph(args.papers, args.seed)
    print(f"synthetic graph: {args.papers} papers, {g0.number_of_nodes()} nodes, {g0.number_of_edges()} edges "
          f"(built in {time.perf_counter() - start:.1f} s)")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "graph.json"
        save_graph(g0, path)
        del g0
        size = path.stat().st_size
        start, cpu = time.perf_counter(), time.process_time()
        g = load_graph(path)
        load_s, load_cpu = time.perf_counter() - start, time.process_time() - cpu
        raw = path.read_bytes()
        start = time.perf_counter()
        orjson.loads(raw)
        parse_s = time.perf_counter() - start
        del raw
    print(f"load_graph: {load_s:.2f} s wall, {load_cpu:.2f} s CPU for {size / 1e6:.0f} MB (target < 10 s); "
          f"{load_s / parse_s:.1f}x a bare orjson.loads of the file ({parse_s:.2f} s)")

    backend = NetworkXBackend(g)
    parts = []
    for part, build in (("label index", lambda: backend._by_label),
                        ("paper index", lambda: backend._index),
                        ("search text + trigram filter", lambda: backend._text),
                        ("name indexes", backend.warm)):
        start, cpu = time.perf_counter(), time.process_time()
        build()
        parts.append((part, time.perf_counter() - start, time.process_time() - cpu))
    index_s, index_cpu = sum(p[1] for p in parts), sum(p[2] for p in parts)
    print(f"warm(): indexes built once per graph: {index_s:.2f} s wall, {index_cpu:.2f} s CPU: "
          + ", ".join(f"{name} {cpu:.2f} s" for name, _, cpu in parts))

    top_models = api.top(backend, "models", None)
    hub, mid, rare = top_models[0].node, top_models[len(top_models) // 20].node, top_models[-1].node
    repo = api.top(backend, "repos", 1)[0].node
    org = api.top(backend, "orgs", 1)[0].node
    print(f"entities: hub {hub.name} ({top_models[0].papers} papers), mid {mid.name} "
          f"({top_models[len(top_models) // 20].papers}), rare {rare.name} ({top_models[-1].papers}); "
          f"English in {api.find_papers(backend, 'language', 'en', 1).total} papers")

    hub_nid = S.node_id(hub.label, hub.key)
    base_ms, _ = timed(lambda: list(g.predecessors(hub_nid)), args.repeat)
    print(f"baseline: list(g.predecessors(hub)) = {base_ms:.3f} ms\n")

    questions = [
        ("papers --model HUB (20)", lambda b: api.find_papers(b, "model", hub.name.lower(), 20)),
        ("papers --model HUB (all)", lambda b: api.find_papers(b, "model", hub.name, None)),
        ("papers --model MID", lambda b: api.find_papers(b, "model", mid.name, 20)),
        ("papers --model RARE", lambda b: api.find_papers(b, "model", rare.name, 20)),
        ("papers --language en (20)", lambda b: api.find_papers(b, "language", "en", 20)),
        ("papers --language English (all)", lambda b: api.find_papers(b, "language", "English", None)),
        ("papers --repo", lambda b: api.find_papers(b, "repo", repo.key.upper(), 20)),
        ("papers --org", lambda b: api.find_papers(b, "org", org.name, 20)),
        ("papers misspelled (did you mean)", lambda b: _suggest(b, hub.name[:-1] + "q")),
        ("show HUB", lambda b: api.entity_profile(b, hub.name)),
        ("show English", lambda b: api.entity_profile(b, "English")),
        ("show RARE", lambda b: api.entity_profile(b, rare.name)),
        ("show org", lambda b: api.entity_profile(b, org.name, "org")),
        ("top models", lambda b: api.top(b, "models", 10)),
        ("top languages", lambda b: api.top(b, "languages", 10)),
        ("top repos", lambda b: api.top(b, "repos", 10)),
        ("top orgs", lambda b: api.top(b, "orgs", 10)),
        ("top models --by relations", lambda b: api.top(b, "models", 10, by="relations")),
        ("related HUB", lambda b: api.related(b, hub.name)),
        ("related English", lambda b: api.related(b, "English")),
        ("related RARE", lambda b: api.related(b, rare.name)),
        ("path RARE -> MID", lambda b: api.path(b, rare.name, mid.name)),
        ("path HUB -> Korean", lambda b: api.path(b, hub.name, "Korean")),
        ("search common word", lambda b: api.search(b, "language")),
        ("search rare word", lambda b: api.search(b, "catastrophic forgetting")),
        ("search entity name", lambda b: api.search(b, rare.name)),
        ("search no match", lambda b: api.search(b, "zzqx no such text")),
        ("search short rare", lambda b: api.search(b, "qx")),
        ("cooccurrence model-language (top 10)", lambda b: api.cooccurrence(b, "model", "language", limit=10)),
        ("cooccurrence model-dataset (top 10)", lambda b: api.cooccurrence(b, "model", "dataset", limit=10)),
    ]
    print("first: the first call on a backend holding only warm()'s indexes; then best of "
          f"{args.repeat} on that backend")
    print(f"{'question':40} {'first ms':>9} {'wall ms':>9} {'cpu ms':>8} {'x baseline':>11}  answer")
    worst = worst_cpu = 0.0
    for name, fn in questions:
        fresh = _warm_copy(backend)
        start, cpu = time.perf_counter(), time.process_time()
        fn(fresh)
        first, first_cpu = (time.perf_counter() - start) * 1000, (time.process_time() - cpu) * 1000
        ms, cpu, result = timed_cpu(lambda fn=fn, fresh=fresh: fn(fresh), args.repeat)
        size = len(result.papers) if hasattr(result, "papers") else len(result) if hasattr(result, "__len__") else 1
        if "(all)" not in name:  # listing every paper of a hub is O(answer), not a 50 ms question
            worst, worst_cpu = max(worst, first, ms), max(worst_cpu, first_cpu, cpu)
        flag = "" if max(first, ms) < TARGET_MS else "  over 50 ms"
        print(f"{name:40} {first:9.2f} {ms:9.2f} {cpu:8.2f} {ms / base_ms:11.1f}  {size} rows{flag}")

    print("\ncold (as the CLI runs: a fresh backend without warm(), so the question builds what it needs):")
    for name, fn in questions:
        if name in COLD_QUESTIONS:
            start, cpu = time.perf_counter(), time.process_time()
            fn(NetworkXBackend(g))
            print(f"{name:40} {time.perf_counter() - start:6.2f} s wall {time.process_time() - cpu:6.2f} s CPU")
    print(f"\nslowest question (CLI default limits, first call included): {worst:.2f} ms wall, {worst_cpu:.2f} ms CPU "
          f"(target < {TARGET_MS:.0f} ms) -> {'PASS' if worst < TARGET_MS else 'FAIL'}")
    total_s, total_cpu = load_s + index_s, load_cpu + index_cpu
    print(f"load: {load_s:.2f} s wall, {load_cpu:.2f} s CPU; + warm() {index_s:.2f} s wall, {index_cpu:.2f} s CPU "
          f"= {total_s:.2f} s wall, {total_cpu:.2f} s CPU (target < 10 s) -> {'PASS' if total_s < 10 else 'FAIL'}")
    return 0 if worst < TARGET_MS and total_s < 10 else 1


def _warm_copy(warmed: NetworkXBackend) -> NetworkXBackend:
    """A backend with the per-graph indexes `warmed.warm()` built, and none of the per-question caches."""
    fresh = NetworkXBackend(warmed.graph)
    for name in ("_by_label", "_index", "_text"):
        fresh.__dict__[name] = warmed.__dict__[name]
    fresh.__dict__["_name_indexes"] = dict(warmed.__dict__["_name_indexes"])
    return fresh


def _suggest(backend, name):
    try:
        api.find_papers(backend, "model", name, 20)
    except api.UnknownNameError as err:
        return err.suggestions
    return []


if __name__ == "__main__":
    sys.exit(main())
