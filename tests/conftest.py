"""Shared fixtures.

`sample_graph` is a small graph written by hand in the schema of
docs/schema.md, so query, Neo4j and viz tests have known answers that do not
depend on extraction quality. Tests of the whole pipeline build real graphs
from the bundled examples instead.
"""
from __future__ import annotations

import networkx as nx
import pytest

from paperkg.graph import schema as S


def _add(g: nx.MultiDiGraph, label: str, key: str, name: str, **props) -> str:
    nid = S.node_id(label, key)
    g.add_node(nid, label=label, key=key, name=name, **props)
    return nid


def _mention(g, paper, entity, evidence, alias, **extra):
    g.add_edge(paper, entity, key=S.MENTIONS, count=1, aliases=[alias], variants=extra.pop("variants", []),
               evidence=evidence, field="abstract", start=0, end=len(alias), confidence=1.0,
               origin="text", **extra)


def build_sample_graph() -> nx.MultiDiGraph:
    g = nx.MultiDiGraph(schema_version=S.SCHEMA_VERSION)
    p1 = _add(g, S.PAPER, "arxiv:2211.01786", "Crosslingual Generalization through Multitask Finetuning",
              title="Crosslingual Generalization through Multitask Finetuning",
              abstract="We apply MTF to the pretrained multilingual BLOOM and mT5 model families to produce "
                       "finetuned variants called BLOOMZ and mT0. We introduce xP3. Code at "
                       "https://github.com/bigscience-workshop/xmtf.",
              date="2022-11-03", authors_count=19, sources=["listing.txt:12"], arxiv_id="2211.01786")
    p2 = _add(g, S.PAPER, "title:00000000000000a2",
              "Towards Making the Most of Multilingual Pretraining for Zero-Shot Neural Machine Translation",
              title="Towards Making the Most of Multilingual Pretraining for Zero-Shot Neural Machine Translation",
              abstract="SixT+ initializes the decoder embedding and the full encoder with XLM-R large. "
                       "It outperforms CRISS and m2m-100 on Korean and English.",
              date="2021-10-16", sources=["listing.txt:40"])
    p3 = _add(g, S.PAPER, "title:00000000000000a3", "LERT: A Linguistically-motivated Pre-trained Language Model",
              title="LERT: A Linguistically-motivated Pre-trained Language Model",
              abstract="We propose LERT, trained on Chinese text, compared with BERT-base and RoBERTa. "
                       "Resources are available at https://github.com/ymcui/LERT",
              sources=["other.txt:1"])
    p4 = _add(g, S.PAPER, "title:00000000000000a4", "<img src=x onerror=alert(1)> An injected title",
              title="<img src=x onerror=alert(1)> An injected title",
              abstract="Evaluated on XNLI with XLM-R and BLOOMZ in Korean. <script>alert(2)</script>",
              date="2023-05-01", sources=["evil.txt:1"])

    bloom = _add(g, S.MODEL, "bloom", "BLOOM", aliases=["BLOOM"], variants=[])
    bloomz = _add(g, S.MODEL, "bloomz", "BLOOMZ", aliases=["BLOOMZ"], variants=[])
    mt5 = _add(g, S.MODEL, "mt5", "mT5", aliases=["mT5"], variants=[])
    mt0 = _add(g, S.MODEL, "mt0", "mT0", aliases=["mT0"], variants=[])
    xlmr = _add(g, S.MODEL, "xlmr", "XLM-R", aliases=["XLM-R", "XLM-RoBERTa"], variants=["XLM-R large"])
    sixt = _add(g, S.MODEL, "sixt", "SixT+", aliases=["SixT+"], variants=[])
    bert = _add(g, S.MODEL, "bert", "BERT", aliases=["BERT"], variants=["BERT-base"])
    roberta = _add(g, S.MODEL, "roberta", "RoBERTa", aliases=["RoBERTa"], variants=[])
    lert = _add(g, S.MODEL, "lert", "LERT", aliases=["LERT"], variants=[])
    xp3 = _add(g, S.DATASET, "xp3", "xP3", aliases=["xP3"], variants=[])
    xnli = _add(g, S.DATASET, "xnli", "XNLI", aliases=["XNLI"], variants=[])
    eng = _add(g, S.LANGUAGE, "eng", "English", tag="en", aliases=["English", "En"])
    kor = _add(g, S.LANGUAGE, "kor", "Korean", tag="ko", aliases=["Korean"])
    zho = _add(g, S.LANGUAGE, "zho", "Chinese", tag="zh", aliases=["Chinese"])
    repo1 = _add(g, S.REPOSITORY, "bigscience-workshop/xmtf", "bigscience-workshop/xmtf",
                 url="https://github.com/bigscience-workshop/xmtf", host="github.com")
    repo2 = _add(g, S.REPOSITORY, "ymcui/lert", "ymcui/LERT", url="https://github.com/ymcui/LERT", host="github.com")
    org1 = _add(g, S.ORGANIZATION, "github:bigscience-workshop", "bigscience-workshop", platform="github",
                url="https://github.com/bigscience-workshop")
    org2 = _add(g, S.ORGANIZATION, "github:ymcui", "ymcui", platform="github", url="https://github.com/ymcui")
    hf = _add(g, S.HF_RESOURCE, "models/bigscience/bloomz", "bigscience/bloomz", kind="model",
              url="https://huggingface.co/bigscience/bloomz")
    org3 = _add(g, S.ORGANIZATION, "huggingface:bigscience", "bigscience", platform="huggingface",
                url="https://huggingface.co/bigscience")
    site = _add(g, S.WEBSITE, "lert.github.io", "https://lert.github.io", url="https://lert.github.io",
                kind="project_page")

    s1 = "We apply MTF to the pretrained multilingual BLOOM and mT5 model families."
    for m, alias in ((bloom, "BLOOM"), (mt5, "mT5"), (bloomz, "BLOOMZ"), (mt0, "mT0")):
        _mention(g, p1, m, s1, alias)
    _mention(g, p1, xp3, "We introduce xP3.", "xP3")
    _mention(g, p1, eng, "English prompts.", "English")
    for target in (bloomz, mt0, xp3):
        g.add_edge(p1, target, key=S.INTRODUCES, evidence=s1, rule="called")
    g.add_edge(bloomz, bloom, key=S.BASED_ON, evidence=s1, rule="variants-of", confidence=0.9, papers=[p1])
    g.add_edge(mt0, mt5, key=S.BASED_ON, evidence=s1, rule="variants-of", confidence=0.9, papers=[p1])
    g.add_edge(p1, repo1, key=S.LINKS_TO, url="https://github.com/bigscience-workshop/xmtf", origin="text")
    g.add_edge(repo1, org1, key=S.OWNED_BY)
    g.add_edge(p1, hf, key=S.LINKS_TO, url="https://huggingface.co/bigscience/bloomz", origin="text")
    g.add_edge(hf, org3, key=S.OWNED_BY)
    g.add_edge(bloomz, repo1, key=S.HAS_CODE, evidence="Code at ...", rule="code-at", confidence=0.8, papers=[p1])

    s2 = "SixT+ initializes the decoder embedding and the full encoder with XLM-R large."
    _mention(g, p2, sixt, s2, "SixT+")
    _mention(g, p2, xlmr, s2, "XLM-R large", variants=["XLM-R large"])
    _mention(g, p2, kor, "on Korean and English", "Korean")
    _mention(g, p2, eng, "on Korean and English", "English")
    g.add_edge(p2, sixt, key=S.INTRODUCES, evidence=s2, rule="we-present")
    g.add_edge(sixt, xlmr, key=S.BASED_ON, evidence=s2, rule="initialized-with", confidence=0.9, papers=[p2])

    s3 = "We propose LERT, trained on Chinese text, compared with BERT-base and RoBERTa."
    for m, alias in ((lert, "LERT"), (bert, "BERT-base"), (roberta, "RoBERTa"), (zho, "Chinese")):
        _mention(g, p3, m, s3, alias)
    g.add_edge(p3, lert, key=S.INTRODUCES, evidence=s3, rule="we-propose")
    g.add_edge(p3, repo2, key=S.LINKS_TO, url="https://github.com/ymcui/LERT", origin="text")
    g.add_edge(p3, site, key=S.LINKS_TO, url="https://lert.github.io", origin="text")
    g.add_edge(repo2, org2, key=S.OWNED_BY)

    s4 = "Evaluated on XNLI with XLM-R and BLOOMZ in Korean."
    for m, alias in ((xnli, "XNLI"), (xlmr, "XLM-R"), (bloomz, "BLOOMZ"), (kor, "Korean")):
        _mention(g, p4, m, s4, alias)
    g.add_edge(p4, xnli, key=S.EVALUATED_ON, evidence=s4, rule="evaluated-on", confidence=0.9, papers=[p4])
    g.add_edge(p4, p1, key=S.CITES, derived=True, via=["BLOOMZ"])
    return g


@pytest.fixture
def sample_graph() -> nx.MultiDiGraph:
    """A fresh copy per test: 4 papers, 9 models, 2 datasets, 3 languages, code links."""
    return build_sample_graph()
