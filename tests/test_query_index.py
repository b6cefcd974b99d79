"""The NetworkX backend's integer-array indexes against answers computed straight from the graph.

`NetworkXBackend` answers from arrays built once per graph (see
queries/networkx_backend.py): these tests recompute every answer by walking
the graph's edges the obvious way, on a seeded random graph with hubs, undated
papers, date ties, organizations owning repositories and typed relations, and
check that building the indexes up front (`warm()`) or lazily changes nothing.
"""
from __future__ import annotations

import gc
import random
import weakref
from collections import Counter

import networkx as nx
import pytest

from paperkg.graph import schema as S
from paperkg.queries import api
from paperkg.queries.networkx_backend import NetworkXBackend
from paperkg.queries.results import MENTIONED_LABELS, NodeRef

ENTITY_LABELS = (S.MODEL, S.DATASET, S.LANGUAGE, S.REPOSITORY, S.ORGANIZATION)


def random_graph(seed: int, papers: int = 300) -> nx.MultiDiGraph:
    rng = random.Random(seed)
    g = nx.MultiDiGraph(schema_version=S.SCHEMA_VERSION)
    sizes = {S.MODEL: 40, S.DATASET: 12, S.LANGUAGE: 6, S.REPOSITORY: 30, S.ORGANIZATION: 8}
    nodes = {label: [] for label in sizes}
    for label, n in sizes.items():
        for i in range(n):
            key = f"{label.lower()}{i:02d}" if label != S.ORGANIZATION else f"github:org{i}"
            g.add_node(S.node_id(label, key), label=label, key=key, name=f"{label} {i}", aliases=[], variants=[])
            nodes[label].append(S.node_id(label, key))
    for repo in nodes[S.REPOSITORY]:
        if rng.random() < 0.8:
            g.add_edge(repo, rng.choice(nodes[S.ORGANIZATION]), key=S.OWNED_BY)
    for i in range(papers):
        pid = S.node_id(S.PAPER, f"p{rng.randrange(10**6):06d}-{i}")
        date = None if rng.random() < 0.1 else f"2020-0{rng.randint(1, 3)}-0{rng.randint(1, 3)}"  # many ties
        g.add_node(pid, label=S.PAPER, key=pid.split(":", 1)[1], title=f"Paper {i}", abstract="",
                   **({"date": date} if date else {}))
        weights = [1 / (k + 1) for k in range(len(nodes[S.MODEL]))]  # the first models are hubs
        mentioned = set(rng.choices(nodes[S.MODEL], weights, k=rng.randint(0, 4)))
        mentioned |= set(rng.sample(nodes[S.DATASET], rng.randint(0, 2)) + rng.sample(nodes[S.LANGUAGE], 1))
        for target in sorted(mentioned):
            g.add_edge(pid, target, key=S.MENTIONS, evidence=f"sentence {rng.randrange(5)}", aliases=[], variants=[])
        for repo in rng.sample(nodes[S.REPOSITORY], rng.choice((0, 0, 1, 2))):
            g.add_edge(pid, repo, key=S.LINKS_TO, url=f"https://github.com/{repo}")
        if rng.random() < 0.2:
            g.add_edge(pid, rng.choice(nodes[S.ORGANIZATION]), key=S.LINKS_TO, url="https://github.com/org")
        if mentioned and rng.random() < 0.2:
            g.add_edge(pid, sorted(mentioned)[0], key=S.INTRODUCES, evidence="We propose it.")
        if i and rng.random() < 0.1:
            g.add_edge(pid, rng.choice([n for n in g if n.startswith("Paper:") and n != pid]), key=S.CITES)
    for a, b in zip(nodes[S.MODEL][5:], nodes[S.MODEL][:5]):
        g.add_edge(a, b, key=S.BASED_ON, evidence="built on")
    for label, key in ((S.MODEL, "lonely"), (S.ORGANIZATION, "github:lonely")):  # no paper at all
        g.add_node(S.node_id(label, key), label=label, key=key, name=f"Lonely {label}", aliases=[], variants=[])
    return g


def _ref(g, nid: str) -> NodeRef:
    d = g.nodes[nid]
    return NodeRef(d["label"], d["key"], d.get("name") or d.get("title"))


def _newest_first(g, papers) -> list[str]:
    papers = sorted(papers, key=lambda p: g.nodes[p]["key"])
    return sorted(papers, key=lambda p: g.nodes[p].get("date") or "", reverse=True)


def _papers_of(g, nid: str) -> list[str]:
    """Papers with a MENTIONS or LINKS_TO edge to `nid` or, for an organization, to what it owns."""
    targets = {nid}
    if g.nodes[nid]["label"] == S.ORGANIZATION:
        targets |= {u for u, _, rel in g.in_edges(nid, keys=True) if rel == S.OWNED_BY}
    return _newest_first(g, {u for t in targets for u, _, rel in g.in_edges(t, keys=True)
                             if rel in (S.MENTIONS, S.LINKS_TO)})


def _mentions(g, paper: str) -> set[str]:
    return {v for _, v, rel in g.out_edges(paper, keys=True) if rel == S.MENTIONS}


def _ranked(counts: Counter) -> list[tuple[str, int]]:
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))


@pytest.fixture(scope="module", params=[1, 2])
def graph(request):
    return random_graph(request.param)


@pytest.fixture(scope="module")
def backend(graph):
    backend = NetworkXBackend(graph)
    backend.warm()
    return backend


def _entities(graph):
    return [nid for nid, d in graph.nodes(data=True) if d["label"] in ENTITY_LABELS]


def test_papers_of_every_entity_newest_first(graph, backend):
    for nid in _entities(graph):
        expected = _papers_of(graph, nid)
        total, hits = backend.papers_of([_ref(graph, nid)], None)
        assert (total, [h.key for h in hits]) == (len(expected), [graph.nodes[p]["key"] for p in expected]), nid
        total, hits = backend.papers_of([_ref(graph, nid)], 3)
        assert total == len(expected) and [h.key for h in hits] == [graph.nodes[p]["key"] for p in expected[:3]]


def test_papers_of_several_organizations_counts_each_paper_once(graph, backend):
    orgs = [nid for nid in _entities(graph) if nid.startswith("Organization:")]
    expected = _newest_first(graph, {p for org in orgs for p in _papers_of(graph, org)})
    total, hits = backend.papers_of([_ref(graph, org) for org in orgs], 5)
    assert total == len(expected) and [h.key for h in hits] == [graph.nodes[p]["key"] for p in expected[:5]]


def test_co_mentions_of_every_entity(graph, backend):
    for nid in _entities(graph):
        counts = Counter(m for p in _papers_of(graph, nid) for m in _mentions(graph, p) if m != nid)
        for label in (None, *MENTIONED_LABELS):
            expected = [(m, n) for m, n in _ranked(counts) if label is None or m.startswith(f"{label}:")]
            got = backend.co_mentions([_ref(graph, nid)], label, None)
            assert [(S.node_id(c.node.label, c.node.key), c.papers) for c in got] == expected, (nid, label)


def test_top_by_papers_and_by_relations(graph, backend):
    for label in ENTITY_LABELS:
        nids = [nid for nid in _entities(graph) if nid.startswith(f"{label}:")]
        by_papers = Counter({nid: len(_papers_of(graph, nid)) for nid in nids})
        by_relations = Counter({nid: sum(1 for _, _, rel in [*graph.in_edges(nid, keys=True),
                                                             *graph.out_edges(nid, keys=True)]
                                         if rel not in (S.MENTIONS, S.LINKS_TO, S.CITES)) for nid in nids})
        for by, counts in (("papers", by_papers), ("relations", by_relations)):
            expected = [(nid, n) for nid, n in _ranked(counts) if n]
            got = backend.top(label, by, None)
            assert [(S.node_id(c.node.label, c.node.key), c.papers) for c in got] == expected, (label, by)
            assert backend.top(label, by, 2) == got[:2]


@pytest.mark.parametrize("left, right", [(a, b) for a in MENTIONED_LABELS for b in MENTIONED_LABELS])
def test_cooccurrence_projection(graph, backend, left, right):
    pairs: Counter = Counter()
    for paper in (nid for nid, d in graph.nodes(data=True) if d["label"] == S.PAPER):
        mentioned = _mentions(graph, paper)
        pairs.update((x, y) for x in mentioned if x.startswith(f"{left}:")
                     for y in mentioned if y.startswith(f"{right}:") and x != y)
    expected = [(x, y, n) for (x, y), n in sorted(pairs.items(), key=lambda item: (-item[1], item[0]))]
    got = [(S.node_id(c.left.label, c.left.key), S.node_id(c.right.label, c.right.key), c.papers)
           for c in backend.cooccurrence(left, right)]
    assert got == expected


def _every_answer(backend, graph) -> list:
    """Every ready-made question about every entity, as plain data."""
    answers = []
    for nid in _entities(graph):
        name, kind = graph.nodes[nid]["name"], graph.nodes[nid]["label"]
        kind = {S.REPOSITORY: "repo", S.ORGANIZATION: "org"}.get(kind, kind.lower())
        answers.append(api.find_papers(backend, kind, graph.nodes[nid]["key"] if kind == "repo" else name, 4))
        answers.append(api.entity_profile(backend, name, kind).to_json())
        answers.append(api.related(backend, name, kind=kind))
    answers += [api.top(backend, kind, 5, by) for kind in api.TOP_KINDS for by in api.TOP_BY]
    answers += [api.cooccurrence(backend, a, b) for a, b in sorted(api.PROJECTIONS)]
    answers += [api.path(backend, "Model 39", "Language 5"), api.search(backend, "paper 1")]
    return answers


def test_lazily_built_indexes_answer_like_warmed_ones(graph, backend):
    """A fresh backend builds each index on the question that first needs it: same answers."""
    assert _every_answer(NetworkXBackend(graph), graph) == _every_answer(backend, graph)


@pytest.mark.parametrize("enabled", [True, False])
def test_index_building_restores_the_garbage_collector(graph, enabled):
    was = gc.isenabled()
    try:
        (gc.enable if enabled else gc.disable)()
        NetworkXBackend(graph).warm()
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()


def test_a_warmed_graph_is_freed_when_dropped(graph):
    """`warm()` freezes the collector's view of the graph: it must hold no reference cycle."""
    copy = graph.copy()
    backend = NetworkXBackend(copy)
    backend.warm()
    _every_answer(backend, copy)
    graph_ref, backend_ref = weakref.ref(copy), weakref.ref(backend)
    del copy, backend
    assert graph_ref() is None and backend_ref() is None
