"""The streamed save: the same bytes as serialising the whole node-link dict at once, in bounded memory."""
from __future__ import annotations

import tracemalloc

import networkx as nx
import orjson
import pytest
from paperkg.graph import schema as S
from paperkg.graph import store
from paperkg.graph.store import dump_graph, load_graph, save_graph


def one_shot(graph: nx.MultiDiGraph) -> bytes:
    """The save format as one orjson call over the sorted node-link dict (how save_graph used to write it)."""
    data = nx.node_link_data(graph, edges="edges")
    data["graph"] = {**data.get("graph", {}), "schema_version": S.SCHEMA_VERSION}
    data["nodes"].sort(key=lambda n: n["id"])
    data["edges"].sort(key=lambda e: (e["source"], e["target"], str(e.get("key", ""))))
    return orjson.dumps(data, option=orjson.OPT_SORT_KEYS | orjson.OPT_APPEND_NEWLINE)


def odd_graph() -> nx.MultiDiGraph:
    """Values and ids that a serialiser could get subtly wrong: unicode, -0.0, 1 vs 1.0 vs True, big ints,
    empty lists, several edge types between the same nodes, nodes without edges, ids that sort by code point."""
    g = nx.MultiDiGraph(schema_version=S.SCHEMA_VERSION, note="ünïcode ✓")
    g.add_node("Paper:b", label=S.PAPER, key="b", name="Zürich <script>", score=-0.0, count=1, flag=True,
               ratio=1.0, big=2**62, empty=[], tags=["x", "é", "日本"])
    g.add_node("Paper:a", label=S.PAPER, key="a", name="A", Zeta=1, alpha=2, Ärger=3)
    g.add_node("Model:Z", label=S.MODEL, key="Z", name="Z")
    g.add_node("Model:a", label=S.MODEL, key="a", name="a")
    g.add_node("Dataset:lonely", label=S.DATASET, key="lonely", name="lonely")
    for rel in (S.MENTIONS, S.INTRODUCES, S.CITES):
        g.add_edge("Paper:b", "Model:a", key=rel, evidence=f"{rel} \"quoted\"\n", confidence=0.1 + 0.2)
    g.add_edge("Paper:a", "Model:Z", key=S.MENTIONS, aliases=["Z", "z"], start=0, end=1)
    g.add_edge("Paper:a", "Paper:b", key=S.CITES, derived=True, via=["a"])
    return g


def test_streamed_bytes_equal_the_one_shot_serialisation(sample_graph, monkeypatch):
    for chunk in (1, 2, 3, store.CHUNK_ITEMS):  # chunk boundaries everywhere, and the default
        monkeypatch.setattr(store, "CHUNK_ITEMS", chunk)
        for graph in (sample_graph, odd_graph(), nx.MultiDiGraph()):
            assert dump_graph(graph) == one_shot(graph), (chunk, graph)


def test_saved_file_equals_the_one_shot_serialisation_and_loads_back(sample_graph, tmp_path, monkeypatch):
    monkeypatch.setattr(store, "CHUNK_ITEMS", 4)
    path = tmp_path / "graph.json"
    save_graph(sample_graph, path)
    assert path.read_bytes() == one_shot(sample_graph)
    assert nx.utils.graphs_equal(load_graph(path), sample_graph)


def big_graph(papers: int) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph(schema_version=S.SCHEMA_VERSION)
    for i in range(papers):
        paper = S.node_id(S.PAPER, f"p{i:06d}")
        g.add_node(paper, label=S.PAPER, key=f"p{i:06d}", name=f"Paper {i}", abstract=f"Abstract {i} " * 20)
        for j in range(3):
            model = S.node_id(S.MODEL, f"m{(i * 3 + j) % 500}")
            g.add_node(model, label=S.MODEL, key=model[6:], name=model[6:])
            g.add_edge(paper, model, key=S.MENTIONS, evidence=f"Sentence {i} naming {model}.",
                       aliases=[model[6:]], start=j, end=j + 4, confidence=0.9)
    return g


def test_save_holds_a_chunk_not_a_copy_of_the_graph(tmp_path):
    """The old save built a node-link copy of every node and edge plus the whole file in memory
    (more than the file size); the streamed one holds about one chunk besides the graph."""
    graph = big_graph(8000)
    path = tmp_path / "graph.json"
    tracemalloc.start()
    try:
        save_graph(graph, path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    size = path.stat().st_size
    assert size > 5_000_000
    assert peak < size / 5, (peak, size)
    assert path.read_bytes() == one_shot(graph)


def test_only_multidigraphs_are_saved(tmp_path):
    with pytest.raises(TypeError, match="MultiDiGraph"):
        save_graph(nx.DiGraph([("a", "b")]), tmp_path / "graph.json")
