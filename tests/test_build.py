"""GraphBuilder on hand-made extractions: schema, dedupe, idempotence, incremental builds, relations."""
from __future__ import annotations

import networkx as nx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from paperkg.extract.records import PaperRecord, name_key, title_key
from paperkg.extract.results import Entity, Link, Mention, PaperExtraction, Relation
from paperkg.graph import schema as S
from paperkg.graph.build import BuildSummary, GraphBuilder, PaperIndex, merge_extraction
from paperkg.graph.store import dump_graph, load_graph, save_graph

SCALARS = (str, int, float, bool)

TITLE = "Crosslingual Generalization through Multitask Finetuning"
ABSTRACT = ("We apply MTF to the pretrained multilingual BLOOM and mT5 model families to produce finetuned "
            "variants called BLOOMZ. Code: https://github.com/bigscience-workshop/xmtf/tree/main/data")


def record(title=TITLE, abstract=ABSTRACT, source="a.txt:1", **kw) -> PaperRecord:
    return PaperRecord(title=title, abstract=abstract, source=source, **kw)


def mention(text, sentence="We apply MTF to BLOOM.", start=0):
    return Mention(text=text, field="abstract", start=start, end=start + len(text), sentence=sentence)


def model(name, *aliases, variants=(), mentions=None, **kw) -> Entity:
    return Entity(kind="model", name=name, key=name_key(name), aliases=list(aliases), variants=list(variants),
                  mentions=mentions if mentions is not None else [mention(name)], rule="gazetteer", **kw)


def dataset(name, **kw) -> Entity:
    return Entity(kind="dataset", name=name, key=name_key(name), aliases=[name], mentions=[mention(name)], **kw)


def language(name, code, tag) -> Entity:
    return Entity(kind="language", name=name, key=code, aliases=[name], code=code, tag=tag,
                  mentions=[mention(name, "Korean and English.")])


def rich_extraction(rec: PaperRecord | None = None) -> PaperExtraction:
    rec = rec or record(ids={"arxiv": "2211.01786"}, date="2022-11-03",
                        properties={"upvotes": 12, "authors_count": 19, "categories": ["cs.CL"]})
    s1 = "We apply MTF to the pretrained multilingual BLOOM and mT5 model families."
    bloom = model("BLOOM", mentions=[mention("BLOOM", s1, 44), mention("BLOOM", "BLOOM again.", 0)])
    bloomz = model("BLOOMZ", "BLOOM-Z", variants=["BLOOMZ-7b1"])
    xp3 = dataset("xP3")
    return PaperExtraction(
        paper=rec,
        models=[bloom, bloomz],
        datasets=[xp3],
        languages=[language("Korean", "kor", "ko")],
        links=[
            Link(url="https://github.com/bigscience-workshop/xmtf/tree/main/data", kind="github_repo",
                 resource="bigscience-workshop/xmtf", owner="bigscience-workshop", subpath="tree/main/data"),
            Link(url="https://github.com/ymcui", kind="github_owner", resource="ymcui", owner="ymcui"),
            Link(url="https://huggingface.co/bigscience/bloomz", kind="hf_model",
                 resource="models/bigscience/bloomz", owner="bigscience"),
            Link(url="https://huggingface.co/datasets/bigscience/xP3", kind="hf_dataset",
                 resource="datasets/bigscience/xP3", owner="bigscience"),
            Link(url="https://bloomz.github.io/demo", kind="project_page", resource="bloomz.github.io/demo"),
            Link(url="https://anonymous.4open.science/r/abc", kind="anonymous",
                 resource="anonymous.4open.science/r/abc"),
        ],
        introduces=["BLOOMZ", "xP3"],
        relations=[
            Relation("BASED_ON", ("model", "bloomz"), ("model", "bloom"), s1, "variants-of", 0.9),
            Relation("TRAINED_ON", ("model", "bloomz"), ("dataset", "xp3"), s1, "trained-on", 0.8),
            Relation("EVALUATED_ON", ("paper", ""), ("dataset", "xp3"), s1, "evaluated-on", 0.7),
            Relation("HAS_CODE", ("model", "bloomz"), ("repository", "bigscience-workshop/xmtf"), s1,
                     "code-at", 0.6),
        ],
        focus=["multilingual"],
        references=["(Muennighoff et al., 2022)"],
    )


def build(*extractions) -> GraphBuilder:
    builder = GraphBuilder()
    for ex in extractions:
        builder.add(ex)
    return builder


def assert_schema(graph: nx.MultiDiGraph) -> None:
    """Every node and edge as docs/schema.md says: ids, labels, keys, property types."""
    for nid, attrs in graph.nodes(data=True):
        assert attrs["label"] in S.NODE_LABELS, nid
        assert nid == S.node_id(attrs["label"], attrs["key"])
        assert isinstance(attrs.get("name"), str) and attrs["name"], nid
        for name, value in attrs.items():
            assert value is not None and value != "", (nid, name)
            assert isinstance(value, SCALARS) or (
                isinstance(value, list) and all(isinstance(v, SCALARS) for v in value)), (nid, name, value)
    for u, v, key, attrs in graph.edges(keys=True, data=True):
        assert key in S.REL_TYPES, (u, v, key)
        for name, value in attrs.items():
            assert value is not None, (u, v, key, name)
            assert isinstance(value, SCALARS) or (
                isinstance(value, list) and all(isinstance(v, SCALARS) for v in value)), (u, v, key, name)


def test_nodes_edges_and_properties_follow_the_schema():
    builder = build(rich_extraction())
    g = builder.graph
    assert_schema(g)
    paper = "Paper:arxiv:2211.01786"
    p = g.nodes[paper]
    assert p["title"] == p["name"] == TITLE
    assert p["arxiv_id"] == "2211.01786" and p["date"] == "2022-11-03"
    assert p["upvotes"] == 12 and p["authors_count"] == 19 and p["categories"] == ["cs.CL"]
    assert p["sources"] == ["a.txt:1"] and p["text_hash"] == record().text_hash
    assert p["focus"] == ["multilingual"] and p["references"] == ["(Muennighoff et al., 2022)"]
    assert "authors" not in p and "url" not in p  # absent means unknown, never None or []

    assert g.nodes["Model:bloomz"]["aliases"] == ["BLOOMZ", "BLOOM-Z"]
    assert g.nodes["Model:bloomz"]["variants"] == ["BLOOMZ-7b1"]
    assert g.nodes["Language:kor"]["tag"] == "ko" and g.nodes["Language:kor"]["name"] == "Korean"
    m = g.edges[paper, "Model:bloom", S.MENTIONS]
    assert m["count"] == 2 and m["field"] == "abstract" and m["start"] == 44 and m["end"] == 49
    assert m["evidence"].startswith("We apply MTF") and m["origin"] == "text" and m["confidence"] == 1.0
    assert g.has_edge(paper, "Model:bloomz", S.INTRODUCES) and g.has_edge(paper, "Dataset:xp3", S.INTRODUCES)
    assert not g.has_edge(paper, "Model:bloom", S.INTRODUCES)

    repo = "Repository:bigscience-workshop/xmtf"
    assert g.nodes[repo]["url"] == "https://github.com/bigscience-workshop/xmtf"
    assert g.edges[paper, repo, S.LINKS_TO]["subpath"] == "tree/main/data"
    assert g.has_edge(repo, "Organization:github:bigscience-workshop", S.OWNED_BY)
    assert g.has_edge(paper, "Organization:github:ymcui", S.LINKS_TO)
    hf = "HFResource:models/bigscience/bloomz"
    assert g.nodes[hf]["kind"] == "model" and g.nodes[hf]["url"] == "https://huggingface.co/bigscience/bloomz"
    assert g.has_edge(hf, "Organization:huggingface:bigscience", S.OWNED_BY)
    hfd = "HFResource:datasets/bigscience/xp3"
    assert g.nodes[hfd]["url"] == "https://huggingface.co/datasets/bigscience/xP3"
    assert g.nodes["Website:bloomz.github.io/demo"]["kind"] == "project_page"
    assert g.nodes["Website:anonymous.4open.science/r/abc"]["kind"] == "anonymous"
    assert len([1 for _, _, k in g.out_edges(paper, keys=True) if k == S.LINKS_TO]) == 6


def test_relation_edges_accumulate_papers_and_drop_unknown_endpoints():
    first = rich_extraction()
    rec2 = record(title="BLOOMZ revisited", abstract="BLOOMZ is based on BLOOM.", source="b.txt:5")
    second = PaperExtraction(paper=rec2, models=[model("BLOOMZ"), model("BLOOM")], relations=[
        Relation("BASED_ON", ("model", "bloomz"), ("model", "bloom"), "BLOOMZ is based on BLOOM.", "based-on", 0.95),
        Relation("BASED_ON", ("model", "bloomz"), ("model", "never-seen"), "x", "based-on", 0.5),
    ])
    builder = build(first, second)
    g = builder.graph
    p1, p2 = "Paper:arxiv:2211.01786", S.node_id(S.PAPER, rec2.key)
    based = g.edges["Model:bloomz", "Model:bloom", S.BASED_ON]
    assert based["papers"] == [p1, p2]
    assert based["evidence"].startswith("We apply MTF") and based["rule"] == "variants-of"
    assert based["confidence"] == 0.95
    assert g.has_edge("Model:bloomz", "Dataset:xp3", S.TRAINED_ON)
    assert g.edges[p1, "Dataset:xp3", S.EVALUATED_ON]["papers"] == [p1]
    assert g.has_edge("Model:bloomz", "Repository:bigscience-workshop/xmtf", S.HAS_CODE)
    assert "Model:never-seen" not in g
    assert builder.finish().relations_dropped == 1


def test_same_paper_from_several_formats_is_one_node_by_title_and_id():
    # Daily-papers text (no id), then arXiv JSONL (id, title in other case), then ACL XML (DOI, same arXiv id).
    txt = record(source="listing.txt:3", date="2022-11-03", properties={"upvotes": 4})
    arx = record(title=TITLE.upper() + ".", source="snap.jsonl:9", ids={"arxiv": "2211.01786"},
                 authors=["Niklas Muennighoff"])
    acl = record(title="Crosslingual generalization (extended)", source="acl.xml:40",
                 ids={"arxiv": "2211.01786", "doi": "10.18653/V1/2023.ACL-LONG.891"})
    by_doi = record(title="Another title entirely", source="other.csv:2", ids={"doi": "10.18653/v1/2023.acl-long.891"})
    builder = build(*(PaperExtraction(paper=r) for r in (txt, arx, acl, by_doi)))
    g = builder.graph
    papers = [n for n, d in g.nodes(data=True) if d["label"] == S.PAPER]
    assert papers == [S.node_id(S.PAPER, title_key(TITLE))]  # keeps its first key
    p = g.nodes[papers[0]]
    assert p["sources"] == ["listing.txt:3", "snap.jsonl:9", "acl.xml:40", "other.csv:2"]
    assert p["arxiv_id"] == "2211.01786" and p["doi"] == "10.18653/V1/2023.ACL-LONG.891"
    assert p["title"] == TITLE and p["authors"] == ["Niklas Muennighoff"] and p["upvotes"] == 4
    summary = builder.finish()
    assert (summary.papers_read, summary.papers_new, summary.duplicates_merged, summary.papers) == (4, 1, 3, 1)


def test_shared_title_with_conflicting_ids_stays_two_papers():
    a = record(title="Introduction", ids={"arxiv": "2301.00001"})
    b = record(title="Introduction", ids={"arxiv": "2301.00002"}, source="b.txt:1")
    c = record(title="Introduction", source="c.txt:2")  # no id: joins the first paper of that title
    builder = build(*(PaperExtraction(paper=r) for r in (a, b, c)))
    assert builder.finish().nodes_by_label == {S.PAPER: 2}
    assert builder.graph.nodes["Paper:arxiv:2301.00001"]["sources"] == ["a.txt:1", "c.txt:2"]


def test_duplicate_records_do_not_inflate_mention_counts():
    ex = rich_extraction()
    dup = rich_extraction(record(title=TITLE, source="b.txt:7", ids={"arxiv": "2211.01786"}))
    g = build(ex, dup).graph
    assert g.edges["Paper:arxiv:2211.01786", "Model:bloom", S.MENTIONS]["count"] == 2
    assert g.nodes["Paper:arxiv:2211.01786"]["sources"] == ["a.txt:1", "b.txt:7"]


def test_add_is_idempotent():
    once = build(rich_extraction())
    twice = build(rich_extraction(), rich_extraction())
    assert dump_graph(once.graph) == dump_graph(twice.graph)


def test_first_nonempty_scalar_wins_and_lists_union_in_order():
    a = PaperExtraction(paper=record(source="a.txt:1"), models=[model("XLM-R", "XLM-R large")])
    b = PaperExtraction(paper=record(source="b.txt:1", date="2021-10-16", url="https://arxiv.org/abs/1"),
                        models=[model("XLM-R", "XLM-RoBERTa", "XLM-R large")])
    g = build(a, b).graph
    p = g.nodes[S.node_id(S.PAPER, title_key(TITLE))]
    assert p["date"] == "2021-10-16" and p["url"] == "https://arxiv.org/abs/1"
    assert g.nodes["Model:xlmr"]["aliases"] == ["XLM-R", "XLM-R large", "XLM-RoBERTa"]


def test_rebuild_is_byte_identical_and_incremental_adds_without_duplicates(tmp_path):
    first, second = rich_extraction(), PaperExtraction(
        paper=record(title="LERT", abstract="We propose LERT.", source="b.txt:1"), models=[model("LERT")],
        introduces=["LERT"])
    out1, out2 = tmp_path / "one.json", tmp_path / "two.json"
    b1 = build(first, second)
    b1.finish()
    save_graph(b1.graph, out1)
    b2 = build(rich_extraction(), PaperExtraction(paper=second.paper, models=[model("LERT")], introduces=["LERT"]))
    b2.finish()
    save_graph(b2.graph, out2)
    assert out1.read_bytes() == out2.read_bytes()

    # Incremental: load the first graph, add the same papers again plus a new one and a duplicate.
    b3 = GraphBuilder(load_graph(out1))
    assert b3.known_text_hash(first.paper) and b3.known_text_hash(second.paper)
    assert not b3.known_text_hash(record(abstract="changed"))
    # Found by title although this record has an id the graph did not know yet.
    assert b3.known_text_hash(record(ids={"doi": "10.1/x"}, source="c.txt:1"))
    b3.add_unchanged(first.paper)
    b3.add_unchanged(second.paper)
    summary = b3.finish()
    assert summary.papers_skipped_unchanged == 2 and summary.papers_new == 0
    save_graph(b3.graph, tmp_path / "three.json")
    assert (tmp_path / "three.json").read_bytes() == out1.read_bytes()

    b3.add(PaperExtraction(paper=record(title="New paper", abstract="Uses BLOOM.", source="n.txt:1"),
                           models=[model("BLOOM")]))
    b3.add_unchanged(record(source="elsewhere.jsonl:4", ids={"arxiv": "2211.01786"}))
    summary = b3.finish()
    assert summary.papers == 3 and summary.papers_new == 1
    assert summary.nodes_by_label[S.MODEL] == 3  # BLOOM reused, not duplicated
    assert b3.graph.nodes["Paper:arxiv:2211.01786"]["sources"] == ["a.txt:1", "elsewhere.jsonl:4"]
    assert b3.graph.in_degree("Model:bloom") == 3  # MENTIONS x2 papers + BASED_ON from BLOOMZ


def test_index_rebuilt_from_graph_finds_by_key_id_and_title(sample_graph):
    index = PaperIndex.from_graph(sample_graph)
    assert index.find(record(title="whatever", ids={"arxiv": "2211.01786"})) == "Paper:arxiv:2211.01786"
    lert = "LERT: A Linguistically-motivated Pre-trained Language Model"
    assert index.find(record(title=lert.lower())) == "Paper:title:00000000000000a3"
    assert index.find(record(title="Unknown")) is None


def test_builder_extends_the_sample_graph(sample_graph):
    builder = GraphBuilder(sample_graph)
    builder.add(PaperExtraction(paper=record(ids={"arxiv": "2211.01786"}, source="new.txt:1"),
                                models=[model("BLOOM")]))
    summary = builder.finish()
    assert summary.papers == 4 and summary.papers_new == 0
    assert builder.graph.nodes["Paper:arxiv:2211.01786"]["sources"] == ["listing.txt:12", "new.txt:1"]
    assert builder.graph.nodes["Model:bloom"]["aliases"] == ["BLOOM"]


def test_finish_runs_the_cites_hook_and_counts(monkeypatch):
    calls = []

    def add_cites(graph):
        calls.append(graph.number_of_edges())
        graph.add_edge("Paper:arxiv:2211.01786", "Paper:arxiv:2211.01786", key=S.CITES, derived=True, via=["x"])
        return 1

    builder = build(rich_extraction())
    monkeypatch.setattr(GraphBuilder, "_cites_hook", lambda self: add_cites)
    summary = builder.finish()
    again = builder.finish()  # recomputed, not accumulated
    assert isinstance(summary, BuildSummary) and summary.cites_added == 1
    assert calls[0] == calls[1] and again.edges_by_type[S.CITES] == 1


def test_merge_extraction_unions_entities_links_and_names():
    a = rich_extraction()
    b = PaperExtraction(paper=record(source="b.txt:1", ids={"doi": "10.1/x"}),
                        models=[model("BLOOM", "Bloom"), model("mT0")],
                        links=[a.links[0], Link(url="https://example.org", kind="website", resource="example.org")],
                        introduces=["BLOOMZ", "mT0"], focus=["low-resource"])
    merge_extraction(a, b)
    assert [m.key for m in a.models] == ["bloom", "bloomz", "mt0"]
    assert a.models[0].aliases == ["Bloom"] and len(a.models[0].mentions) == 3
    assert [link.url for link in a.links][-1] == "https://example.org" and len(a.links) == 7
    assert a.introduces == ["BLOOMZ", "xP3", "mT0"] and a.focus == ["multilingual", "low-resource"]
    assert a.paper.key == "arxiv:2211.01786"


@pytest.mark.parametrize("value", [None, "", [], [None, ""], {"a": 1}])
def test_empty_or_odd_property_values_never_reach_the_graph(value):
    rec = record(properties={"odd": value})
    g = build(PaperExtraction(paper=rec)).graph
    assert_schema(g)


# -- properties over random record streams --------------------------------------------------------

TITLES = ["Attention Is All You Need", "attention is all you need!", "BERT", "Introduction", "Llama 2"]
random_records = st.lists(
    st.builds(
        lambda title, arxiv, doi, n, abstract: record(
            title=title, abstract=abstract, source=f"f{n}.txt:{n}",
            ids={k: v for k, v in (("arxiv", arxiv), ("doi", doi)) if v}),
        st.sampled_from(TITLES), st.sampled_from([None, "2301.1", "2301.2"]),
        st.sampled_from([None, "10.1/A", "10.1/a", "10.2/b"]), st.integers(0, 30), st.sampled_from(["x", "y"])),
    max_size=12)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(records=random_records, split=st.integers(0, 12))
def test_incremental_equals_one_shot_and_every_record_is_kept(tmp_path, records, split):
    for i, r in enumerate(records):
        r.source = f"f.txt:{i}"
    one_shot = GraphBuilder()
    for r in records:
        one_shot.add(PaperExtraction(paper=r, models=[model("BERT")]))
    summary = one_shot.finish()
    sources = [s for _, d in one_shot.graph.nodes(data=True) if d["label"] == S.PAPER for s in d["sources"]]
    assert sorted(sources) == sorted(r.source for r in records)  # every record kept, in one paper
    assert summary.papers_new == summary.papers
    assert summary.duplicates_merged == len(records) - summary.papers

    first = GraphBuilder()
    for r in records[:split]:
        first.add(PaperExtraction(paper=r, models=[model("BERT")]))
    first.finish()
    path = tmp_path / "g.json"
    save_graph(first.graph, path)
    second = GraphBuilder(load_graph(path))
    for r in records[split:]:
        second.add(PaperExtraction(paper=r, models=[model("BERT")]))
    second.finish()
    assert dump_graph(second.graph) == dump_graph(one_shot.graph)

    for r in records:  # adding everything again changes nothing
        one_shot.add(PaperExtraction(paper=r, models=[model("BERT")]))
    assert dump_graph(one_shot.graph) == dump_graph(second.graph)
