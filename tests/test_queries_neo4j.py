"""Neo4j gives the SAME answers as NetworkX on the same graph (needs a live server).

Runs only when NEO4J_URI is set (with NEO4J_USER / NEO4J_PASSWORD /
NEO4J_DATABASE as needed). WARNING: it wipes that database and loads the
test graph into it - point it at a throwaway database.
"""
from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from paperkg.queries import api
from paperkg.queries.cypher import run_neo4j, run_networkx
from paperkg.queries.networkx_backend import NetworkXBackend

pytestmark = [pytest.mark.neo4j,
              pytest.mark.skipif(not os.environ.get("NEO4J_URI"), reason="NEO4J_URI is not set")]

USAGE = Path(__file__).resolve().parent.parent / "docs" / "usage.md"


@pytest.fixture(scope="module")
def backends():
    from conftest import build_sample_graph

    from paperkg.graph import neo4j as N
    from paperkg.queries.neo4j_backend import Neo4jBackend

    graph = build_sample_graph()
    conn = N.connect()
    N.load(conn, graph, wipe_first=True)
    yield NetworkXBackend(graph), Neo4jBackend(conn), graph, conn
    conn.close()


QUESTIONS = [
    ("papers xlmr", lambda b: api.papers_mentioning(b, "model", "xlm-roberta")),
    ("papers variant", lambda b: api.papers_mentioning(b, "model", "XLM-R large")),
    ("papers ko", lambda b: api.find_papers(b, "language", "ko", limit=1)),
    ("papers repo", lambda b: api.papers_mentioning(b, "repo", "YMCUI/lert")),
    ("papers org", lambda b: api.papers_mentioning(b, "org", "bigscience")),
    ("papers dataset", lambda b: api.papers_mentioning(b, "dataset", "XNLI")),
    ("profile", lambda b: api.entity_profile(b, "BLOOMZ").to_json()),
    ("profile repo", lambda b: api.entity_profile(b, "bigscience-workshop/xmtf").to_json()),
    ("top models", lambda b: api.top(b, "models")),
    ("top languages", lambda b: api.top(b, "languages", 2)),
    ("top repos", lambda b: api.top(b, "repos")),
    ("top orgs", lambda b: api.top(b, "orgs")),
    ("top by relations", lambda b: api.top(b, "models", by="relations")),
    ("related", lambda b: api.related(b, "BLOOM")),
    ("related among", lambda b: api.related(b, "Korean", among="model")),
    ("search", lambda b: api.search(b, "xlm-r")),
    ("search limit", lambda b: api.search(b, "multilingual", n=1)),
    ("cooccurrence", lambda b: api.cooccurrence(b, "model", "language")),
]


@pytest.mark.parametrize("name, question", QUESTIONS, ids=[q[0] for q in QUESTIONS])
def test_same_answer_on_both_backends(backends, name, question):
    nx_backend, neo_backend, _, _ = backends
    assert question(neo_backend) == question(nx_backend)


def test_unknown_names_fail_the_same_way(backends):
    nx_backend, neo_backend, _, _ = backends
    messages = []
    for backend in (nx_backend, neo_backend):
        with pytest.raises(api.UnknownNameError) as err:
            api.papers_mentioning(backend, "model", "BLOMZ")
        messages.append(str(err.value))
    assert messages[0] == messages[1]


def test_paths_have_the_same_length_and_ends(backends):
    nx_backend, neo_backend, _, _ = backends
    a = api.path(nx_backend, "BLOOMZ", "Korean")
    b = api.path(neo_backend, "BLOOMZ", "Korean")
    assert len(a) == len(b) == 3
    assert (a[0].node, a[-1].node) == (b[0].node, b[-1].node)


@pytest.mark.parametrize("query", re.findall(r"```cypher\n(.*?)\n```", USAGE.read_text(encoding="utf-8"), re.S))
def test_docs_examples_agree(backends, query):
    _, _, graph, conn = backends
    embedded = run_networkx(graph, query)
    server = run_neo4j(conn, query)
    assert server.rows
    if "ORDER BY" in query:
        assert server.rows == embedded.rows
    else:
        key = lambda row: repr(sorted(row.items()))  # noqa: E731
        assert sorted(server.rows, key=key) == sorted(embedded.rows, key=key)
