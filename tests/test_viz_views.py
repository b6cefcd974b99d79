"""Which nodes and edges each explorer view selects (no browser needed)."""
from __future__ import annotations

import networkx as nx
import pytest

from paperkg.errors import UsageError
from paperkg.graph import schema as S
from paperkg.viz import views

P1 = "Paper:arxiv:2211.01786"
P2 = "Paper:title:00000000000000a2"
P3 = "Paper:title:00000000000000a3"
P4 = "Paper:title:00000000000000a4"


def star_graph(n_entities: int, papers_per_entity: int) -> nx.MultiDiGraph:
    """Entity i is mentioned by i+1 .. papers_per_entity papers; paper j mentions entities j % k and (j+1) % k."""
    g = nx.MultiDiGraph()
    for i in range(n_entities):
        g.add_node(f"Model:m{i:03d}", label=S.MODEL, key=f"m{i:03d}", name=f"M{i}")
    n_papers = n_entities * papers_per_entity
    for j in range(n_papers):
        p = f"Paper:p{j:05d}"
        g.add_node(p, label=S.PAPER, key=f"p{j:05d}", name=f"Paper {j}", title=f"Paper {j}",
                   date=f"2020-01-{1 + j % 28:02d}")
        g.add_edge(p, f"Model:m{j % n_entities:03d}", key=S.MENTIONS)
        if j % 3 == 0:
            g.add_edge(p, f"Model:m{(j + 1) % n_entities:03d}", key=S.MENTIONS)
    return g


def test_overview_small_graph_shows_everything_of_the_default_types(sample_graph):
    view = views.overview(sample_graph)
    labels = {sample_graph.nodes[n]["label"] for n in view.nodes}
    assert labels == {S.PAPER, S.MODEL, S.DATASET, S.LANGUAGE, S.REPOSITORY}
    assert len(view.nodes) == 4 + 9 + 2 + 3 + 2
    assert not view.truncated and view.notes == []
    # Edges are exactly those of the induced subgraph.
    expected = sorted((u, v, k) for u, v, k in sample_graph.edges(keys=True) if u in view.nodes and v in view.nodes)
    assert view.edges == expected
    assert (P4, P1, S.CITES) in view.edges


def test_overview_types_filter_and_errors(sample_graph):
    view = views.overview(sample_graph, types="language")
    kinds = {sample_graph.nodes[n]["label"] for n in view.nodes}
    assert kinds == {S.LANGUAGE, S.PAPER}
    assert set(views.parse_types("models, repo")) == {S.MODEL, S.REPOSITORY}
    with pytest.raises(UsageError, match="unknown node type 'foo'"):
        views.overview(sample_graph, types="model,foo")
    with pytest.raises(UsageError, match="at least 1"):
        views.overview(sample_graph, top=0)


def test_overview_cap_keeps_the_most_connected_and_says_so():
    g = star_graph(40, 10)  # 40 entities + 400 papers
    view = views.overview(g, top=100)
    assert len(view.nodes) == 100
    assert view.truncated
    assert "Showing 100 of 440 nodes" in view.notes[0]
    entities = [n for n in view.nodes if g.nodes[n]["label"] == S.MODEL]
    counts = {n: views.paper_count(g, n) for n in g if g.nodes[n]["label"] == S.MODEL}
    # Every shown entity has at least as many papers as any hidden one.
    hidden = [c for n, c in counts.items() if n not in entities]
    assert min(counts[e] for e in entities) >= max(hidden)
    # No shown entity is left without one of its papers.
    shown = set(view.nodes)
    for e in entities:
        assert any(p in shown for p in g.pred[e]), e


def test_overview_hard_cap():
    g = star_graph(100, 30)  # 3,100 nodes
    view = views.overview(g, top=10_000)
    assert len(view.nodes) == views.HARD_CAP
    assert any("hard cap" in n for n in view.notes)


def test_overview_is_independent_of_insertion_order(sample_graph):
    shuffled = nx.MultiDiGraph(**sample_graph.graph)
    shuffled.add_nodes_from(reversed(list(sample_graph.nodes(data=True))))
    shuffled.add_edges_from(reversed(list(sample_graph.edges(keys=True, data=True))))
    for top in (5, 300):
        a, b = views.overview(sample_graph, top=top), views.overview(shuffled, top=top)
        assert (a.nodes, a.edges, a.notes) == (b.nodes, b.edges, b.notes)


def test_entity_view_has_papers_comentions_chain_and_citations(sample_graph):
    view = views.entity_view(sample_graph, "Model:xlmr")
    shown = set(view.nodes)
    assert view.nodes[0] == "Model:xlmr" and view.focus == "Model:xlmr"
    assert {P2, P4} <= shown  # its papers
    assert "Model:sixt" in shown  # BASED_ON chain: SixT+ is based on XLM-R
    assert {"Dataset:xnli", "Model:bloomz", "Language:kor"} <= shown  # co-mentioned
    assert P1 in shown  # P4 derived-cites P1
    assert (P4, P1, S.CITES) in view.edges
    assert ("Model:sixt", "Model:xlmr", S.BASED_ON) in view.edges
    assert P3 not in shown  # unrelated paper


def test_based_on_chain_is_transitive():
    g = nx.MultiDiGraph()
    for k in "abcd":
        g.add_node(f"Model:{k}", label=S.MODEL, key=k, name=k.upper())
    g.add_edge("Model:a", "Model:b", key=S.BASED_ON)
    g.add_edge("Model:b", "Model:c", key=S.BASED_ON)
    g.add_edge("Model:d", "Model:a", key=S.BASED_ON)
    assert views.based_on_chain(g, "Model:a") == ["Model:b", "Model:d", "Model:c"]


def test_entity_view_cap_reports_what_was_left_out():
    g = star_graph(2, 300)  # m000 has 400 papers
    view = views.entity_view(g, "Model:m000", cap=50)
    assert len(view.nodes) == 50
    assert view.truncated and "papers" in view.notes[0]
    papers = [n for n in view.nodes if g.nodes[n]["label"] == S.PAPER]
    dates = [g.nodes[p]["date"] for p in papers]
    assert dates == sorted(dates, reverse=True)  # newest first


def test_paper_view_has_everything_it_links_and_its_citations(sample_graph):
    view = views.paper_view(sample_graph, P1)
    shown = set(view.nodes)
    assert {"Model:bloom", "Model:bloomz", "Model:mt5", "Model:mt0", "Dataset:xp3", "Language:eng"} <= shown
    assert {"Repository:bigscience-workshop/xmtf", "HFResource:models/bigscience/bloomz"} <= shown
    assert "Organization:github:bigscience-workshop" in shown  # owner of the linked repo
    assert P4 in shown  # cited by
    assert (P1, "Model:bloomz", S.INTRODUCES) in view.edges and (P1, "Model:bloomz", S.MENTIONS) in view.edges
    assert P2 not in shown and "Model:xlmr" not in shown
    assert views.paper_view(sample_graph, P4).nodes[-1] == P1  # P4 cites P1


def test_focus_views_reject_missing_or_wrong_nodes(sample_graph):
    from paperkg.errors import PaperkgError

    with pytest.raises(PaperkgError, match="no node 'Model:nope'"):
        views.entity_view(sample_graph, "Model:nope")
    with pytest.raises(PaperkgError, match="use the paper view"):
        views.entity_view(sample_graph, P1)
    with pytest.raises(PaperkgError, match="use the entity view"):
        views.paper_view(sample_graph, "Model:xlmr")
