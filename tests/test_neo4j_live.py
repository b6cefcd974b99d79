"""The loader against a live Neo4j 5 server (runs only when NEO4J_URI is set).

WARNING: wipes paperkg's labels in that database - point it at a throwaway one,
e.g. the docker compose service: `docker compose up -d`, then
`NEO4J_URI=bolt://localhost:7687 NEO4J_PASSWORD=... pytest -m neo4j`.
Answers of the ready-made questions on both backends are compared in
tests/test_queries_neo4j.py; here every statement of the queries' CYPHER dict
also runs on the loaded data.
"""
from __future__ import annotations

import importlib.util
import os
import re

import pytest

from paperkg.cli import main
from paperkg.graph import neo4j as N
from paperkg.graph import schema as S

pytestmark = [pytest.mark.neo4j,
              pytest.mark.skipif(not os.environ.get("NEO4J_URI"), reason="NEO4J_URI not set")]


@pytest.fixture
def conn():
    with N.connect() as connection:
        N.wipe(connection)
        yield connection
        N.wipe(connection)


def graph_counts(graph):
    nodes = {label: 0 for label in S.NODE_LABELS}
    for _, label in graph.nodes(data="label"):
        nodes[label] += 1
    rels = {t: 0 for t in S.REL_TYPES}
    for _, _, t in graph.edges(keys=True):
        rels[t] += 1
    return nodes, rels


def test_load_gives_the_graphs_counts_and_twice_changes_nothing(conn, sample_graph):
    first = N.load(conn, sample_graph, batch_size=2)
    assert (first.db_nodes, first.db_relationships) == graph_counts(sample_graph)
    assert first.counters["nodes_created"] == sample_graph.number_of_nodes()
    assert first.counters["relationships_created"] == sample_graph.number_of_edges()
    second = N.load(conn, sample_graph, batch_size=1000)
    assert (second.db_nodes, second.db_relationships) == graph_counts(sample_graph)
    assert second.counters["nodes_created"] == second.counters["relationships_created"] == 0


def test_properties_arrive_with_their_types(conn, sample_graph):
    N.load(conn, sample_graph)
    paper = conn.read("MATCH (p:Paper {key: $key}) RETURN properties(p) AS props", key="arxiv:2211.01786")
    props = paper[0]["props"]
    assert props["authors_count"] == 19 and props["sources"] == ["listing.txt:12"]
    assert props["key"] == "arxiv:2211.01786" and "label" not in props
    evil = conn.read("MATCH (p:Paper {key: $key}) RETURN p.title AS title", key="title:00000000000000a4")
    assert evil[0]["title"] == "<img src=x onerror=alert(1)> An injected title"
    cites = conn.read("MATCH (:Paper {key: $a})-[r:CITES]->(:Paper {key: $b}) RETURN properties(r) AS props",
                      a="title:00000000000000a4", b="arxiv:2211.01786")
    assert cites == [{"props": {"derived": True, "via": ["BLOOMZ"]}}]


def test_new_listings_add_and_wipe_keeps_other_labels(conn, sample_graph):
    N.load(conn, sample_graph)
    sample_graph.add_node("Model:newmodel", label="Model", key="newmodel", name="NewModel")
    sample_graph.add_edge("Paper:arxiv:2211.01786", "Model:newmodel", key="MENTIONS", count=1)
    summary = N.load(conn, sample_graph)
    assert summary.counters["nodes_created"] == 1 and summary.counters["relationships_created"] == 1
    conn.write("CREATE (:NotPaperkg {key: 'keep-me'})")
    try:
        assert N.wipe(conn, batch_size=3) == sample_graph.number_of_nodes()
        assert conn.read("MATCH (n:NotPaperkg) RETURN count(n) AS n") == [{"n": 1}]
    finally:
        conn.write("MATCH (n:NotPaperkg) DELETE n")


def test_constraints_and_indexes_exist(conn, sample_graph):
    N.load(conn, sample_graph)
    names = {row["name"] for row in conn.read("SHOW CONSTRAINTS YIELD name RETURN name")}
    assert {N.constraint_name(label) for label in S.NODE_LABELS} <= names
    indexes = {row["name"] for row in conn.read("SHOW INDEXES YIELD name RETURN name")}
    assert N.FULLTEXT_INDEX in indexes
    hits = conn.read(f"CALL db.index.fulltext.queryNodes('{N.FULLTEXT_INDEX}', $q) YIELD node "
                     "RETURN node.key AS key", q="RoBERTa")
    assert {"key": "xlmr"} in hits or {"key": "roberta"} in hits


def test_every_queries_statement_runs_on_the_loaded_graph(conn, sample_graph):
    if importlib.util.find_spec("paperkg.queries.neo4j_backend") is None:
        pytest.skip("paperkg.queries.neo4j_backend does not exist")
    from paperkg.queries.neo4j_backend import CYPHER

    N.load(conn, sample_graph)
    values = {"key": "bloomz", "keys": ["bloomz", "xlmr"], "limit": 5, "text": "bloom",
              "a": "bloomz", "b": "xlmr", "a_label": "Model", "b_label": "Model"}
    for _name, query in CYPHER.items():
        params = {p: values.get(p, "x") for p in re.findall(r"\$(\w+)", query)}
        conn.read(query, **params)  # raises PaperkgError on any server-side error


def test_cli_load_prints_summary(conn, sample_graph, tmp_path, capsys):
    store = pytest.importorskip("paperkg.graph.store")
    store.save_graph(sample_graph, tmp_path / "graph.json")
    assert main(["load", str(tmp_path / "graph.json"), "--batch-size", "5", "--wipe"]) == 0
    out = capsys.readouterr().out
    assert "rows/s" in out and f"{sample_graph.number_of_nodes() + sample_graph.number_of_edges()} rows" in out
    assert os.environ.get("NEO4J_PASSWORD", "\0") not in out


def test_wrong_password_is_a_clear_error(sample_graph):
    with pytest.raises(Exception) as info:
        N.connect(password="certainly-not-the-password-" + "x" * 8)
    assert "authentication failed" in str(info.value) and "certainly-not" not in str(info.value)


def test_unknown_database_is_a_clear_error():
    with pytest.raises(Exception, match="does not exist"):
        N.connect(database="no-such-database-paperkg")
