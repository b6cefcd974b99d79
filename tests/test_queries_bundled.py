"""Queries on a real graph: built by `paperkg build` (reader + spaCy extraction + builder)
from one bundled example listing, then asked through the CLI and the API."""
from __future__ import annotations

import json

import pytest

from paperkg import EXAMPLES_DIR
from paperkg.cli import main
from paperkg.graph.store import load_graph
from paperkg.queries import api
from paperkg.queries.networkx_backend import NetworkXBackend

LISTING = EXAMPLES_DIR / "001_e3a4ffef631c67f9.txt"
SIXT = "Towards Making the Most of Multilingual Pretraining for Zero-Shot Neural Machine Translation"
MTF = "Crosslingual Generalization through Multitask Finetuning"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("real") / "graph.json"
    assert main(["build", str(LISTING), "-o", str(out), "--no-viz"]) == 0
    return out


@pytest.fixture(scope="module")
def backend(built):
    return NetworkXBackend(load_graph(built))


@pytest.mark.parametrize("name", ["XLM-R", "xlm-roberta", "XLMR", "XLM-R large"])
def test_papers_mentioning_xlmr(backend, name):
    hits = api.papers_mentioning(backend, "model", name)
    sixt = [h for h in hits if h.title == SIXT]
    assert sixt and "XLM-R" in sixt[0].evidence


def test_bloom_is_co_mentioned_with_english_most(backend):
    languages = api.related(backend, "BLOOM", among="language")
    assert languages[0].node.name == "English"
    assert MTF in [h.title for h in api.papers_mentioning(backend, "model", "bloom")]


def test_misspelled_model_gets_suggestions(backend):
    with pytest.raises(api.UnknownNameError) as err:
        api.papers_mentioning(backend, "model", "BLOMZ")
    assert err.value.suggestions[0] == "BLOOMZ"


def test_cli_json_on_the_built_graph(built, capsys):
    assert main(["papers", "--model", "xlmr", "--graph", str(built), "--json", "-n", "0"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert SIXT in [r["title"] for r in rows]
    dates = [r["date"] for r in rows if r["date"]]
    assert dates == sorted(dates, reverse=True)  # newest first
    assert main(["cypher", "--graph", str(built), "--json",
                 "MATCH (p:Paper)-[:INTRODUCES]->(m:Model {name: 'BLOOMZ'}) RETURN p.title AS title"]) == 0
    assert json.loads(capsys.readouterr().out) == [{"title": MTF}]
