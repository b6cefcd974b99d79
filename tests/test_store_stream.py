"""The streamed save: the node-link data of serialising the whole dict at once, one item a line,
in bounded memory; and the line-by-line load that this layout allows."""
from __future__ import annotations

import tracemalloc

import networkx as nx
import orjson
import pytest
from paperkg.graph import schema as S
from paperkg.graph import store
from paperkg.graph.store import dump_graph, load_graph, save_graph


def one_shot(graph: nx.MultiDiGraph) -> bytes:
    """The save format's data as one orjson call over the sorted node-link dict (how save_graph used to
    write it, on one line)."""
    data = nx.node_link_data(graph, edges="edges")
    data["graph"] = {**data.get("graph", {}), "schema_version": S.SCHEMA_VERSION}
    data["nodes"].sort(key=lambda n: n["id"])
    data["edges"].sort(key=lambda e: (e["source"], e["target"], str(e.get("key", ""))))
    return orjson.dumps(data, option=orjson.OPT_SORT_KEYS | orjson.OPT_APPEND_NEWLINE)


def same_as_one_shot(saved: bytes, graph: nx.MultiDiGraph) -> bool:
    """The saved bytes are the one-shot serialisation with a newline after each array's "[" and
    after each item (items hold no raw newline: orjson escapes them), and every item line parses alone."""
    if saved.replace(b"\n", b"") + b"\n" != one_shot(graph):
        return False
    lines = saved.split(b"\n")
    items = [line.rstrip(b",") for line in lines if line.startswith(b"{") and not line.startswith(b'{"directed"')]
    data = orjson.loads(saved)
    return [orjson.loads(item) for item in items] == data["edges"] + data["nodes"]


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


def test_saved_bytes_are_the_one_shot_serialisation_one_item_a_line(sample_graph):
    for graph in (sample_graph, odd_graph(), nx.MultiDiGraph()):
        assert same_as_one_shot(dump_graph(graph), graph), graph


def test_saved_file_loads_back_line_by_line_and_in_one_piece(sample_graph, tmp_path):
    path = tmp_path / "graph.json"
    for graph in (sample_graph, odd_graph(), nx.MultiDiGraph(schema_version=S.SCHEMA_VERSION)):
        save_graph(graph, path)
        assert same_as_one_shot(path.read_bytes(), graph)
        assert nx.utils.graphs_equal(load_graph(path), graph)
        path.write_bytes(one_shot(graph))  # a graph saved on one line (older paperkg) still loads
        assert nx.utils.graphs_equal(load_graph(path), graph)


@pytest.mark.parametrize(("damage", "message"), [
    (lambda b: b[: b.rindex(b"\n", 0, len(b) // 2) + 1], "truncated"),
    (lambda b: b[: len(b) // 2], r":\d+: corrupt graph file, not valid JSON"),
    (lambda b: b.replace(b'"key":"MENTIONS"', b'"key":MENTIONS', 1), r":\d+: corrupt graph file, not valid JSON"),
    (lambda b: b.replace(b"]}\n", b"]}\n{}\n"), "unexpected end"),
    (lambda b: b.replace(b'],"graph":', b'],"grph":', 1), "expected the graph attributes"),
])
def test_damaged_line_files_name_the_line(sample_graph, tmp_path, damage, message):
    path = tmp_path / "graph.json"
    save_graph(sample_graph, path)
    path.write_bytes(damage(path.read_bytes()))
    with pytest.raises(store.PaperkgError, match=message):
        load_graph(path)


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


def test_save_holds_an_item_not_a_copy_of_the_graph(tmp_path):
    """The old save built a node-link copy of every node and edge plus the whole file in memory
    (more than the file size); the streamed one holds about one item besides the graph."""
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
    assert peak < size / 20, (peak, size)
    assert same_as_one_shot(path.read_bytes(), graph)


def test_only_multidigraphs_are_saved(tmp_path):
    with pytest.raises(TypeError, match="MultiDiGraph"):
        save_graph(nx.DiGraph([("a", "b")]), tmp_path / "graph.json")


def test_a_graph_too_big_to_parse_says_so(sample_graph, tmp_path, monkeypatch):
    """orjson reports a failed allocation as a decode error; the user must not be told the file is corrupt."""
    path = tmp_path / "graph.json"
    path.write_bytes(one_shot(sample_graph))  # one line: parsed in one piece

    def no_memory(_raw):
        raise orjson.JSONDecodeError("Not enough memory to allocate buffer for parsing", "", 0)

    monkeypatch.setattr(store.orjson, "loads", no_memory)
    with pytest.raises(store.PaperkgError, match="not enough memory to load this 0.0 GB graph") as err:
        load_graph(path)
    assert "corrupt" not in str(err.value)
