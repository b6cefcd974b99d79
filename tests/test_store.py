"""Saving, loading and exporting graphs: round trips, canonical bytes, clear errors, atomic writes."""
from __future__ import annotations

import contextlib

import networkx as nx
import orjson
import pytest
from paperkg.graph import schema as S
from paperkg.graph import store
from paperkg.graph.store import export_graph, load_graph, save_graph

from paperkg.errors import PaperkgError


def test_json_round_trip_keeps_everything(sample_graph, tmp_path):
    path = tmp_path / "out" / "graph.json"  # parent directory is created
    save_graph(sample_graph, path)
    loaded = load_graph(path)
    assert isinstance(loaded, nx.MultiDiGraph)
    assert nx.utils.graphs_equal(sample_graph, loaded)
    assert loaded.graph["schema_version"] == S.SCHEMA_VERSION
    assert loaded.edges["Paper:title:00000000000000a4", "Paper:arxiv:2211.01786", S.CITES]["via"] == ["BLOOMZ"]
    assert loaded.nodes["Model:xlmr"]["aliases"] == ["XLM-R", "XLM-RoBERTa"]
    data = orjson.loads(path.read_bytes())
    assert set(data) == {"directed", "multigraph", "graph", "nodes", "edges"}  # documented node-link JSON


def test_saved_bytes_do_not_depend_on_insertion_order(sample_graph, tmp_path):
    shuffled = nx.MultiDiGraph(schema_version=S.SCHEMA_VERSION)
    shuffled.add_nodes_from(reversed(list(sample_graph.nodes(data=True))))
    shuffled.add_edges_from(reversed(list(sample_graph.edges(keys=True, data=True))))
    save_graph(sample_graph, tmp_path / "a.json")
    save_graph(shuffled, tmp_path / "b.json")
    save_graph(load_graph(tmp_path / "a.json"), tmp_path / "c.json")
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "c.json").read_bytes()


def test_graphml_export_is_readable_by_networkx(sample_graph, tmp_path):
    path = tmp_path / "g.graphml"
    export_graph(sample_graph, path)
    back = nx.read_graphml(path, force_multigraph=True)
    assert back.number_of_nodes() == sample_graph.number_of_nodes()
    assert back.number_of_edges() == sample_graph.number_of_edges()
    assert back.nodes["Model:xlmr"]["aliases"] == "XLM-R; XLM-RoBERTa"
    assert back.nodes["Model:xlmr"]["label"] == "Model"
    assert back.has_edge("Model:bloomz", "Model:bloom", key=S.BASED_ON)
    assert back.edges["Paper:arxiv:2211.01786", "Model:bloom", S.MENTIONS]["count"] == 1
    assert "<script>" not in path.read_text() or "&lt;script&gt;" in path.read_text()


def test_gexf_export_is_readable_by_networkx_and_named_for_gephi(sample_graph, tmp_path):
    path = tmp_path / "g.gexf"
    export_graph(sample_graph, path)
    back = nx.read_gexf(path)
    assert back.number_of_nodes() == sample_graph.number_of_nodes()
    assert back.number_of_edges() == sample_graph.number_of_edges()
    node = back.nodes["Model:xlmr"]
    assert node["label"] == "XLM-R" and node["type"] == "Model"  # Gephi shows the name
    assert node["aliases"] == "XLM-R; XLM-RoBERTa"
    labels = {d["label"] for _, _, d in back.edges(data=True)}
    assert S.MENTIONS in labels and S.OWNED_BY in labels
    for _, attrs in back.nodes(data=True):
        assert None not in attrs.values()


def test_export_refuses_unknown_suffix(sample_graph, tmp_path):
    with pytest.raises(PaperkgError, match=r"g\.csv: unknown export format"):
        export_graph(sample_graph, tmp_path / "g.csv")


@pytest.mark.parametrize(("content", "message"), [
    (None, "no such graph file"),
    (b"", "empty file"),
    (b'{"directed": true, "multigraph": true, "graph": {}, "nod', "corrupt graph file, not valid JSON"),
    (b"\x89PNG\r\n\x1a\n\x00\x00", "corrupt graph file, not valid JSON"),
    (b"[1, 2, 3]", "not a paperkg graph"),
    (b'{"nodes": [], "edges": [], "graph": {"schema_version": 99}, "directed": true, "multigraph": true}',
     "schema version 99"),
    (b'{"nodes": [], "edges": [], "graph": {}, "directed": true, "multigraph": true}', "schema version None"),
    (b'{"nodes": [], "edges": [], "graph": {"schema_version": 1}, "directed": false, "multigraph": true}',
     "directed multigraph"),
    ((b'{"nodes": [{"label": "Paper"}], "edges": [], "graph": {"schema_version": 1}, "directed": true,'
     b' "multigraph": true}'), r"corrupt graph file \(node #0"),
    ((b'{"nodes": [{"id": "Model:a", "label": "Model"}], "edges": [{"source": "Model:a", "target": "Model:b",'
     b' "key": "BASED_ON"}], "graph": {"schema_version": 1}, "directed": true, "multigraph": true}'),
     r"corrupt graph file \(edge #0"),
    ((b'{"nodes": [{"id": "Model:a", "label": "Model"}, {"id": "Model:a", "label": "Model"}], "edges": [],'
      b' "graph": {"schema_version": 1}, "directed": true, "multigraph": true}'), r"node #1 .* repeated id"),
    ((b'{"nodes": [{"id": "Model:a", "label": "Model"}], "edges": [{"source": ["Model:a"], "target": "Model:a",'
      b' "key": "BASED_ON"}], "graph": {"schema_version": 1}, "directed": true, "multigraph": true}'),
     r"corrupt graph file \(edge #0"),
])
def test_bad_graph_files_give_one_clear_error(tmp_path, content, message):
    path = tmp_path / "graph.json"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(PaperkgError, match=message) as err:
        load_graph(path)
    assert str(err.value).startswith(str(path))
    assert "\n" not in str(err.value)


def test_a_directory_is_not_a_graph(tmp_path):
    with pytest.raises(PaperkgError, match="is a directory"):
        load_graph(tmp_path)


def test_truncated_saved_graph_is_reported(sample_graph, tmp_path):
    path = tmp_path / "graph.json"
    save_graph(sample_graph, path)
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    with pytest.raises(PaperkgError, match="corrupt graph file"):
        load_graph(path)


@pytest.mark.parametrize("exc", [KeyboardInterrupt, RuntimeError])
@pytest.mark.parametrize("writer", ["save", "export"])
def test_interrupted_write_leaves_the_old_file_intact(sample_graph, tmp_path, monkeypatch, exc, writer):
    """Half of the new content reaches the temporary file, then the write dies: the old file stays."""
    path = tmp_path / ("graph.json" if writer == "save" else "graph.graphml")
    old = b"previous complete file\n"
    path.write_bytes(old)
    real_atomic_write = store.atomic_write

    @contextlib.contextmanager
    def dying_atomic_write(target, mode="w", **kw):
        with real_atomic_write(target, mode, **kw) as handle:
            class HalfThenDie:
                def write(self, data):
                    handle.write(data[: len(data) // 2])
                    handle.flush()
                    assert len(list(tmp_path.glob(".graph.*.tmp"))) == 1  # the half-written temp file
                    raise exc("killed mid-write")

            yield HalfThenDie()

    monkeypatch.setattr(store, "atomic_write", dying_atomic_write)
    with pytest.raises(exc):
        if writer == "save":
            save_graph(sample_graph, path)
        else:
            export_graph(sample_graph, path)
    assert path.read_bytes() == old
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]  # temp file removed


def test_loaded_graph_is_the_networkx_graph_node_link_graph_makes(sample_graph, tmp_path):
    """load_graph writes the parsed dicts straight into the adjacency: the result must be an
    ordinary MultiDiGraph (same as nx.node_link_graph's, and it keeps working when edited)."""
    path = tmp_path / "graph.json"
    save_graph(sample_graph, path)
    loaded = load_graph(path)
    reference = nx.node_link_graph(orjson.loads(path.read_bytes()), directed=True, multigraph=True, edges="edges")
    assert nx.utils.graphs_equal(loaded, reference)
    assert loaded._succ is loaded._adj
    for u, v in loaded.edges():
        assert loaded._succ[u][v] is loaded._pred[v][u]  # one key dict for both directions
    u, v = next(iter(loaded.edges()))
    loaded.add_edge(u, v, key="EXTRA", weight=1)
    assert loaded.pred[v][u]["EXTRA"] == {"weight": 1}
    loaded.remove_node(u)
    assert u not in loaded and all(u not in loaded.pred[n] for n in loaded)
    assert loaded.number_of_edges() == reference.number_of_edges() - reference.degree(u)
