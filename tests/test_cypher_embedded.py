"""`paperkg cypher` on the embedded NetworkX graph through grand-cypher.

The docs/usage.md examples are parsed from the page and run here, so the
documented queries cannot rot; each must return rows on the test graph.
"""
from __future__ import annotations

import copy
import json
import re
from pathlib import Path

import pytest

from paperkg.cli import main
from paperkg.graph.store import save_graph
from paperkg.queries.cypher import CypherError, labelled_view, run_networkx, to_grand_cypher, write_clause

USAGE = Path(__file__).resolve().parent.parent / "docs" / "usage.md"


def doc_examples() -> list[str]:
    return re.findall(r"```cypher\n(.*?)\n```", USAGE.read_text(encoding="utf-8"), flags=re.S)


def test_the_docs_have_cypher_examples():
    assert len(doc_examples()) >= 6


@pytest.mark.parametrize("query", doc_examples())
def test_every_docs_example_runs_on_the_embedded_graph(sample_graph, query):
    result = run_networkx(sample_graph, query)
    assert result.rows, f"no rows for documented query: {query}"
    assert all(set(row) == set(result.columns) for row in result.rows)


def test_issue_example_with_single_quotes(sample_graph):
    result = run_networkx(sample_graph, "MATCH (p:Paper)-[:MENTIONS]->(m:Model {name: 'BERT'}) RETURN p.title")
    assert result.columns == ["p.title"]
    assert result.rows == [{"p.title": "LERT: A Linguistically-motivated Pre-trained Language Model"}]


def test_counts_and_order(sample_graph):
    result = run_networkx(sample_graph, "MATCH (p:Paper)-[:MENTIONS]->(l:Language) "
                                        "RETURN l.name AS language, count(p) AS papers ORDER BY papers DESC, language")
    assert result.columns == ["language", "papers"]
    assert result.rows == [{"language": "English", "papers": 2}, {"language": "Korean", "papers": 2},
                           {"language": "Chinese", "papers": 1}]


def test_languages_co_mentioned_with_bloom(sample_graph):
    query = [q for q in doc_examples() if "'BLOOM'" in q][0]
    assert [r["language"] for r in run_networkx(sample_graph, query).rows] == ["English"]


def test_whole_nodes_come_back_without_the_internal_label_set(sample_graph):
    rows = run_networkx(sample_graph, "MATCH (m:Model {name: 'XLM-R'}) RETURN m").rows
    assert rows == [{"m": {"label": "Model", "key": "xlmr", "name": "XLM-R", "aliases": ["XLM-R", "XLM-RoBERTa"],
                           "variants": ["XLM-R large"]}}]


def test_the_stored_graph_is_not_mutated(sample_graph):
    nodes = copy.deepcopy(dict(sample_graph.nodes(data=True)))
    edges = copy.deepcopy(list(sample_graph.edges(keys=True, data=True)))
    for query in doc_examples():
        run_networkx(sample_graph, query)
    assert dict(sample_graph.nodes(data=True)) == nodes
    assert list(sample_graph.edges(keys=True, data=True)) == edges
    assert labelled_view(sample_graph) is labelled_view(sample_graph)  # built once per graph


def test_quotes_inside_strings_survive_the_rewrite():
    assert to_grand_cypher("""MATCH (n {name: 'it\\'s "x"'}) RETURN count(n);""") == \
        'MATCH (n {name: "it\'s \\"x\\""}) RETURN COUNT(n)'
    assert to_grand_cypher('MATCH (n) WHERE n.name = "count(x)" RETURN n') == \
        'MATCH (n) WHERE n.name = "count(x)" RETURN n'


@pytest.mark.parametrize("query, clause", [
    ("CREATE (n:Model {name: 'x'})", "CREATE"),
    ("MATCH (n) DETACH DELETE n", "DETACH"),
    ("MATCH (m:Model) SET m.name = 'x' RETURN m", "SET"),
    ("MERGE (m:Model {key: 'x'})", "MERGE"),
])
def test_write_clauses_are_refused_on_the_embedded_graph(sample_graph, query, clause):
    with pytest.raises(CypherError, match=f"{clause} is a write clause.*read-only"):
        run_networkx(sample_graph, query)


def test_keywords_inside_strings_or_properties_are_not_write_clauses():
    assert write_clause("MATCH (n) WHERE n.name = 'SET DELETE' RETURN n.set") is None


@pytest.mark.parametrize("query, near", [
    ("MATCH (m:Model) WITH m RETURN m.name", "WITH"),
    ("OPTIONAL MATCH (m:Model) RETURN m.name", "OPTIONAL"),
    ("MATCH (m:Model) RETURN m.name UNION MATCH (d:Dataset) RETURN d.name", "UNION"),
    ("MATCH (m:Model) WHERE m.name =~ 'B.*' RETURN m.name", "~"),
    ("MATCH (m:Model RETURN m", "RETURN"),
])
def test_unsupported_cypher_gives_one_clear_error(sample_graph, query, near):
    with pytest.raises(CypherError) as err:
        run_networkx(sample_graph, query)
    message = str(err.value)
    assert "cannot run this Cypher" in message and near in message and "--neo4j" in message
    assert "\n" not in message


def test_unterminated_string_is_reported(sample_graph):
    with pytest.raises(CypherError, match="unterminated string"):
        run_networkx(sample_graph, "MATCH (m:Model {name: 'BERT}) RETURN m")


@pytest.fixture
def saved(sample_graph, tmp_path):
    path = tmp_path / "graph.json"
    save_graph(sample_graph, path)
    return path


def test_cli_cypher_json(saved, capsys):
    rc = main(["cypher", "--graph", str(saved), "--json",
               "MATCH (a:Model)-[:BASED_ON]->(b:Model) RETURN a.name AS model, b.name AS base ORDER BY model"])
    assert rc == 0
    assert json.loads(capsys.readouterr().out) == [
        {"model": "BLOOMZ", "base": "BLOOM"}, {"model": "SixT+", "base": "XLM-R"}, {"model": "mT0", "base": "mT5"}]


def test_cli_cypher_csv_and_table(saved, capsys):
    query = "MATCH (p:Paper)-[:MENTIONS]->(m:Model {name: 'BERT'}) RETURN p.title"
    assert main(["cypher", "--graph", str(saved), "--csv", query]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "p.title", "LERT: A Linguistically-motivated Pre-trained Language Model"]
    assert main(["cypher", "--graph", str(saved), query]) == 0
    assert "LERT: A Linguistically-motivated" in capsys.readouterr().out


def test_cli_cypher_errors_are_one_line(saved, capsys):
    assert main(["cypher", "--graph", str(saved), "MATCH (n) DELETE n"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("paperkg: error: DELETE is a write clause") and "Traceback" not in err
    assert main(["cypher", "--graph", str(saved), "--write", "MATCH (n) RETURN n"]) == 1
    assert "--write needs --neo4j" in capsys.readouterr().err
