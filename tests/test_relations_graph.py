"""Relation edges and derived CITES in built graphs (graph/citations.py + the builder's hooks).

One real build of the bundled examples (readers -> Extractor -> GraphBuilder)
checks the edges users will see; small graphs built with the real GraphBuilder
from hand-written extractions check the citation rules that the bundled data
does not exercise (links, both-introduce, dates).
"""
from __future__ import annotations

import json
import subprocess
import sys

import pytest
from paperkg.extract.pipeline import Extractor
from paperkg.extract.readers import read_listings
from paperkg.extract.records import PaperRecord
from paperkg.extract.results import Entity, Link, Mention, PaperExtraction, Relation
from paperkg.graph import schema as S
from paperkg.graph.build import GraphBuilder
from paperkg.graph.citations import add_cites, derive_cites, first_introducer, introducers
from paperkg.queries.api import cooccurrence
from paperkg.queries.networkx_backend import NetworkXBackend

from paperkg import EXAMPLES_DIR

APR = "Enhancing Automated Program Repair through Fine-tuning and Prompt Engineering"
CODET5 = "CodeT5+: Open Code Large Language Models for Code Understanding and Generation"
DLIP = "DLIP: Distilling Language-Image Pre-training"
BLIP = "BLIP: Bootstrapping Language-Image Pre-training for Unified Vision-Language Understanding and Generation"


@pytest.fixture(scope="module")
def built():
    builder = GraphBuilder()
    for extraction in Extractor().pipe(read_listings([str(EXAMPLES_DIR)])):
        builder.add(extraction)
    summary = builder.finish()
    return builder.graph, summary


def _paper(graph, title: str) -> str:
    return next(n for n, d in graph.nodes(data=True) if d.get("label") == S.PAPER and d.get("title") == title)


def _edges(graph, rel: str):
    return [(u, v, d) for u, v, k, d in graph.edges(keys=True, data=True) if k == rel]


def test_bundled_derived_citations(built):
    graph, summary = built
    assert summary.cites_added == len(_edges(graph, S.CITES)) >= 2
    for citing, cited, via in ((APR, CODET5, "CodeT5"), (DLIP, BLIP, "BLIP")):
        attrs = graph.edges[_paper(graph, citing), _paper(graph, cited), S.CITES]
        assert attrs["derived"] is True and attrs["via"] == [via]
    for u, v, d in _edges(graph, S.CITES):
        assert u != v and d["derived"] is True and d["via"]


def test_cites_wherever_a_paper_mentions_what_another_introduces(built):
    graph, _ = built
    checked = 0
    for entity, owners in introducers(graph).items():
        b = first_introducer(graph, owners)
        for a, keys in graph.pred[entity].items():
            if S.MENTIONS in keys and a not in owners:
                assert (b is not None) == graph.has_edge(a, b, key=S.CITES), (a, b, entity)
                checked += b is not None
    assert checked >= 2


def test_bundled_relation_edges(built):
    graph, _ = built
    counts = {rel: len(_edges(graph, rel)) for rel in (S.BASED_ON, S.TRAINED_ON, S.EVALUATED_ON, S.HAS_CODE)}
    assert all(n > 0 for n in counts.values()), counts
    assert graph.has_edge("Model:bloomz", "Model:bloom", key=S.BASED_ON)
    assert graph.has_edge("Model:vlbert", "Repository:jackroos/vl-bert", key=S.HAS_CODE)
    for u, v, d in _edges(graph, S.BASED_ON):
        assert graph.nodes[u]["label"] == graph.nodes[v]["label"] == S.MODEL
        assert d["evidence"] and d["rule"].startswith("based_on:") and d["papers"]
    for rel in (S.TRAINED_ON, S.EVALUATED_ON):
        for u, v, d in _edges(graph, rel):
            assert graph.nodes[u]["label"] in (S.MODEL, S.PAPER) and graph.nodes[v]["label"] == S.DATASET
    for u, v, _ in _edges(graph, S.HAS_CODE):
        assert graph.nodes[v]["label"] == S.REPOSITORY


def test_cites_are_recomputed_identically(built):
    graph, _ = built
    before = sorted((u, v, json.dumps(d, sort_keys=True)) for u, v, d in _edges(graph, S.CITES))
    assert derive_cites(graph) == {(u, v): d["via"] for u, v, d in _edges(graph, S.CITES)}
    assert add_cites(graph) == 0  # nothing new: all already there
    assert sorted((u, v, json.dumps(d, sort_keys=True)) for u, v, d in _edges(graph, S.CITES)) == before


def test_cooccurrence_projection_is_reused_from_queries(built):
    graph, _ = built
    pairs = cooccurrence(NetworkXBackend(graph), "model", "dataset")
    assert pairs
    top = max(pairs, key=lambda p: p.papers)
    left, right = S.node_id(S.MODEL, top.left.key), S.node_id(S.DATASET, top.right.key)
    both = {u for u, keys in graph.pred[left].items() if S.MENTIONS in keys} & \
        {u for u, keys in graph.pred[right].items() if S.MENTIONS in keys}
    assert top.papers == len(both) >= 2


# --- small graphs for the rules the bundled data does not exercise ------------------------------------

def _extraction(title: str, *, date: str | None = None, models=(), introduces=(), links=(), relations=()):
    record = PaperRecord(title=title, abstract=f"Abstract of {title}.", source=f"t.txt:{abs(hash(title)) % 97}",
                         date=date)
    ents = [Entity(kind="model", name=m, key=m.lower().replace("-", ""),
                   mentions=[Mention(m, "abstract", 0, len(m), f"We use {m}.")]) for m in models]
    lks = [Link(url=f"https://github.com/{r}", kind="github_repo", resource=r, owner=r.split("/")[0])
           if "/" in r and not r.startswith("models/") else
           Link(url=f"https://huggingface.co/{r[7:]}", kind="hf_model", resource=r, owner=r.split("/")[1])
           for r in links]
    return PaperExtraction(paper=record, models=ents, introduces=list(introduces), links=lks,
                           relations=list(relations))


def _build(*extractions):
    builder = GraphBuilder()
    for ex in extractions:
        builder.add(ex)
    builder.finish()
    return builder.graph


def _cites(graph) -> dict[tuple[str, str], list[str]]:
    title = lambda n: graph.nodes[n]["title"]
    return {(title(u), title(v)): d["via"] for u, v, d in _edges(graph, S.CITES)}


def test_link_to_another_papers_code_is_a_citation():
    owner = _extraction("Owner", models=["FooLM"], introduces=["FooLM"], links=["acme/foolm-code"],
                        relations=[Relation("HAS_CODE", ("model", "foolm"), ("repository", "acme/foolm-code"),
                                            "Code at https://github.com/acme/foolm-code.", "has_code:test", 0.9)])
    user = _extraction("User", links=["acme/foolm-code"])
    hf_owner = _extraction("HF owner", models=["BarNet"], introduces=["BarNet"], links=["models/lab/barnet-7b"])
    hf_user = _extraction("HF user", links=["models/lab/barnet-7b"])
    unrelated = _extraction("Unrelated", links=["acme/other"])
    assert _cites(_build(owner, user, hf_owner, hf_user, unrelated)) == {
        ("User", "Owner"): ["acme/foolm-code"], ("HF user", "HF owner"): ["lab/barnet-7b"]}


def test_a_papers_own_code_is_cited_through_its_repository():
    owner = _extraction("Method paper", links=["acme/trick"],
                        relations=[Relation("HAS_CODE", ("paper", ""), ("repository", "acme/trick"),
                                            "Our code is available at https://github.com/acme/trick.",
                                            "has_code:release_sentence:paper", 0.7)])
    user = _extraction("User", links=["acme/trick"])
    graph = _build(owner, user)
    assert _cites(graph) == {("User", "Method paper"): ["acme/trick"]}
    paper = next(n for n, d in graph.nodes(data=True) if d.get("title") == "Method paper")
    assert graph.has_edge(paper, "Repository:acme/trick", key=S.HAS_CODE)


def test_shared_introductions_follow_dates_and_never_self_cite():
    old = _extraction("Old", date="2020-01-02", models=["BazLM"], introduces=["BazLM"])
    new = _extraction("New", date="2021-05-06", models=["BazLM"], introduces=["BazLM"])
    user = _extraction("User", models=["BazLM"])
    assert _cites(_build(new, old, user)) == {("New", "Old"): ["BazLM"], ("User", "Old"): ["BazLM"]}
    undated = _extraction("Undated", models=["BazLM"], introduces=["BazLM"])
    assert _cites(_build(old, undated, user)) == {}  # no direction to trust: nobody is credited
    alone = _extraction("Alone", models=["QuxLM"], introduces=["QuxLM"])
    assert _cites(_build(alone)) == {}


def test_extract_command_lists_relations(tmp_path):
    listing = tmp_path / "one.jsonl"
    listing.write_text(json.dumps({
        "title": "Crosslingual Generalization through Multitask Finetuning",
        "abstract": "We apply MTF to the pretrained multilingual BLOOM and mT5 model families to produce finetuned "
                    "variants called BLOOMZ and mT0. Our code, datasets and models are publicly available at "
                    "https://github.com/bigscience-workshop/xmtf."}) + "\n", encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "paperkg", "extract", str(listing)], capture_output=True, text=True,
                         check=True).stdout
    rels = json.loads(out.splitlines()[0])["relations"]
    got = {(r["type"], tuple(r["source"]), tuple(r["target"])) for r in rels}
    assert ("BASED_ON", ("model", "bloomz"), ("model", "bloom")) in got
    assert ("HAS_CODE", ("model", "mt0"), ("repository", "bigscience-workshop/xmtf")) in got
    assert all(r["evidence"] and r["rule"] for r in rels)
