"""`paperkg build`, `extract` and `stats` end to end on the bundled examples (real readers, real extraction).

The full build and extract run once per module (`built`); the other tests reuse
their files or run on one small listing.
"""
from __future__ import annotations

import contextlib
import io
import shutil

import orjson
import pytest
from paperkg.extract.readers import ReadReport, read_listings
from paperkg.extract.records import name_key
from paperkg.graph import schema as S
from paperkg.graph.store import load_graph

from paperkg import EXAMPLES_DIR
from paperkg.cli import main

EXAMPLES = sorted(EXAMPLES_DIR.glob("*.txt"))
SMALL = EXAMPLES[1]  # the smallest bundled listing (~60 kB)
SMALL_LISTING = """\
Graph Neural Networks for Paper Listings
We propose ListGNN, evaluated on XNLI with BERT. Code: https://github.com/example-org/listgnn.git.

A Second Paper About Korean Machine Translation
We translate Korean to English with mBART; see https://huggingface.co/facebook/mbart-large-50 and https://example.github.io/kmt/.
"""


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main([str(a) for a in argv])
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """One full build and one extract of the bundled examples (the defaults), shared by the tests."""
    tmp = tmp_path_factory.mktemp("cli")
    graph = tmp / "out" / "graph.json"
    code, out, err = run("build", "-o", graph, "--no-viz", "--export", tmp / "g.graphml")
    assert code == 0, err
    jsonl = tmp / "extract.jsonl"
    code_x, _, err_x = run("extract", "-o", jsonl)
    assert code_x == 0, err_x
    lines = [orjson.loads(line) for line in jsonl.read_bytes().splitlines()]
    return {"tmp": tmp, "graph": graph, "out": out, "err": err, "jsonl": jsonl, "lines": lines, "extract_err": err_x}


def unique_titles() -> tuple[int, int]:
    report = ReadReport()
    records = list(read_listings([EXAMPLES_DIR], report=report))
    return len(records), len({name_key(r.title) for r in records})


def test_build_makes_one_paper_per_unique_paper(built):
    records, unique = unique_titles()
    assert records > 500 and 400 < unique < records  # ~515 records, ~440 unique papers
    graph = load_graph(built["graph"])
    papers = [d for _, d in graph.nodes(data=True) if d["label"] == S.PAPER]
    assert len(papers) == unique
    assert sum(len(p["sources"]) for p in papers) == records  # every record is one source of one paper
    out = built["out"]
    assert f"records read: {records}" in out and f"duplicates merged: {records - unique}" in out
    assert f"papers: {unique}" in out and "files read: 4" in out
    for label in (S.PAPER, S.MODEL, S.REPOSITORY, S.WEBSITE):
        assert label in out
    assert S.MENTIONS in out and S.LINKS_TO in out and "time:" in out
    assert (built["tmp"] / "g.graphml").stat().st_size > 0


def test_every_extracted_url_is_a_link_node_of_its_paper(built):
    graph = load_graph(built["graph"])
    urls = 0
    for line in built["lines"]:
        paper = S.node_id(S.PAPER, line["id"])
        assert paper in graph, line["title"]
        targets = {v for _, v, k in graph.out_edges(paper, keys=True) if k == S.LINKS_TO}
        expected = {(link["kind"], link["resource"].lower()) for link in line["links"]}
        assert len(targets) == len(expected), line["title"]
        for target in targets:
            assert graph.nodes[target]["label"] in (S.REPOSITORY, S.HF_RESOURCE, S.WEBSITE, S.ORGANIZATION)
        urls += len(line["links"])
    assert urls >= 90  # the examples hold ~100 URLs
    for nid, attrs in graph.nodes(data=True):
        if attrs["label"] in (S.REPOSITORY, S.HF_RESOURCE):
            assert any(k == S.OWNED_BY for _, _, k in graph.out_edges(nid, keys=True)) or "/" not in attrs["name"]


def test_extract_writes_one_line_per_unique_paper(built):
    _, unique = unique_titles()
    lines = built["lines"]
    assert len(lines) == unique
    assert len({name_key(line["title"]) for line in lines}) == unique
    for line in lines:
        assert {"id", "title", "models", "datasets", "languages", "links", "introduces"} <= set(line)
        for link in line["links"]:
            assert link["url"].startswith("http") and link["kind"]
    assert f"papers: {unique}" in built["extract_err"]


def test_extract_json_lines_read_back_to_the_same_extractions(built):
    """`PaperExtraction.from_json` (used to merge a paper's duplicates) inverts `to_json` on every bundled paper."""
    from paperkg.extract.results import PaperExtraction

    for line in built["lines"]:
        assert orjson.dumps(PaperExtraction.from_json(line).to_json()) == orjson.dumps(line)


def test_extract_merges_a_papers_duplicates_in_order_of_first_appearance(tmp_path):
    """The same arXiv paper three times (two texts) between two others: one line each, merged, in input order."""
    listing = tmp_path / "papers.jsonl"
    rows = [
        {"id": "2401.00001", "title": "First Paper On Parsing", "abstract": "We parse with BERT on XNLI."},
        {"id": "2401.00002", "title": "Second Paper On Speech", "abstract": "We fine-tune wav2vec 2.0 on LibriSpeech."},
        {"id": "2401.00001", "title": "First Paper On Parsing", "abstract": "We parse with BERT on XNLI."},
        {"id": "2401.00003", "title": "Third Paper On Korean", "abstract": "We translate Korean with mBART."},
        {"id": "2401.00001", "title": "First Paper On Parsing (v2)",
         "abstract": "We parse with RoBERTa on XNLI. Code: https://github.com/example-org/parse."},
    ]
    listing.write_bytes(b"".join(orjson.dumps(row) + b"\n" for row in rows))
    out = tmp_path / "out.jsonl"
    code, _, err = run("extract", listing, "-o", out)
    assert code == 0, err
    lines = [orjson.loads(line) for line in out.read_bytes().splitlines()]
    assert [line["id"] for line in lines] == ["arxiv:2401.00001", "arxiv:2401.00002", "arxiv:2401.00003"]
    first = lines[0]
    assert first["title"] == "First Paper On Parsing" and first["source"].endswith("papers.jsonl:1")
    assert [m["name"] for m in first["models"]] == ["BERT", "RoBERTa"]
    assert [d["name"] for d in first["datasets"]] == ["XNLI"]
    assert len(first["datasets"][0]["mentions"]) == 2  # one per distinct text: the exact repeat is not re-extracted
    assert [link["url"] for link in first["links"]] == ["https://github.com/example-org/parse"]
    assert "papers: 3 (from 5 records" in err
    code, stdout, err = run("extract", listing)  # the same lines on stdout
    assert code == 0, err
    assert stdout.encode() == out.read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl", "papers.jsonl"]


def test_extract_to_stdout_of_one_listing():
    code, out, err = run("extract", SMALL)
    assert code == 0, err
    lines = [orjson.loads(line) for line in out.splitlines()]
    assert lines and all(line["title"] for line in lines)
    assert len(lines) == len({name_key(line["title"]) for line in lines})


def test_rebuild_into_the_same_graph_skips_extraction_and_is_byte_identical(built, tmp_path):
    graph = tmp_path / "graph.json"
    shutil.copy(built["graph"], graph)
    code, out, err = run("build", "-o", graph, "--no-viz")
    assert code == 0, err
    assert "extended" in out
    records, _ = unique_titles()
    assert f"not re-extracted (text already built): {records}" in out
    assert graph.read_bytes() == built["graph"].read_bytes()


def test_fresh_builds_of_the_same_input_are_byte_identical(tmp_path):
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    assert run("build", SMALL, "-o", a, "--no-viz")[0] == 0
    assert run("build", SMALL, "-o", b, "--no-viz")[0] == 0
    assert a.read_bytes() == b.read_bytes()
    before = a.read_bytes()
    assert run("build", SMALL, "-o", a, "--no-viz", "--fresh")[0] == 0
    assert a.read_bytes() == before


def test_incremental_build_adds_new_listings_without_duplicates(tmp_path):
    graph = tmp_path / "graph.json"
    listing = tmp_path / "new.txt"
    listing.write_text(SMALL_LISTING, encoding="utf-8")
    assert run("build", SMALL, "-o", graph, "--no-viz")[0] == 0
    first = load_graph(graph)
    code, _out, err = run("build", listing, SMALL, "-o", graph, "--no-viz")
    assert code == 0, err
    second = load_graph(graph)
    papers = lambda g: {n for n, d in g.nodes(data=True) if d["label"] == S.PAPER}
    assert papers(second) - papers(first) and papers(first) <= papers(second)
    assert len(papers(second)) == len(papers(first)) + 2
    assert set(first.nodes) <= set(second.nodes)
    assert "Repository:example-org/listgnn" in second
    assert second.has_edge("Repository:example-org/listgnn", "Organization:github:example-org", key=S.OWNED_BY)


def test_build_writes_the_explorer_site_unless_no_viz(tmp_path):
    pytest.importorskip("paperkg.viz.site")
    graph = tmp_path / "g" / "graph.json"
    code, out, err = run("build", SMALL, "-o", graph)
    assert code == 0, err
    site = graph.parent / "site"
    assert site.is_dir() and any(site.iterdir())
    assert "explorer site" in out
    other = tmp_path / "elsewhere"
    assert run("build", SMALL, "-o", graph, "--viz-dir", other)[0] == 0
    assert other.is_dir() and any(other.iterdir())


def test_stats_json_and_tables(built):
    graph = load_graph(built["graph"])
    code, out, err = run("stats", built["graph"], "--json")
    assert code == 0, err
    stats = orjson.loads(out)
    assert stats["nodes"] == graph.number_of_nodes() and stats["edges"] == graph.number_of_edges()
    assert stats["papers"] == stats["nodes_by_label"][S.PAPER]
    assert sum(stats["edges_by_type"].values()) == graph.number_of_edges()
    assert stats["papers_with_date"] > 0 and stats["date_min"] <= stats["date_max"]
    top_models = stats["top"][S.MODEL]
    assert top_models and top_models[0]["papers"] >= top_models[-1]["papers"]
    mentions_of_top = sum(1 for _, _, k in graph.in_edges(top_models[0]["id"], keys=True) if k == S.MENTIONS)
    assert top_models[0]["papers"] == mentions_of_top
    code, out, _ = run("stats", built["graph"])
    assert code == 0 and "nodes by label" in out and "top Model" in out


def test_missing_input_is_one_line_error_and_writes_nothing(tmp_path):
    graph = tmp_path / "graph.json"
    code, _out, err = run("build", tmp_path / "nope.txt", "-o", graph, "--no-viz")
    assert code != 0
    assert "nope.txt" in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert not graph.exists()


def test_stats_of_a_missing_or_corrupt_graph(tmp_path):
    code, _, err = run("stats", tmp_path / "none.json")
    assert code == 1 and "no such graph file" in err
    bad = tmp_path / "bad.json"
    bad.write_text('{"nodes": [', encoding="utf-8")
    code, _, err = run("stats", bad)
    assert code == 1 and "corrupt graph file" in err and len(err.strip().splitlines()) == 1


def test_bad_records_are_skipped_and_listed_or_fatal_with_strict(tmp_path):
    listing = tmp_path / "papers.jsonl"
    listing.write_text('{"title": "A Good Paper On Parsing", "abstract": "We parse with BERT."}\n'
                       '{"title": "broken\n'
                       '{"title": "Another Good Paper", "abstract": "We translate Swahili."}\n', encoding="utf-8")
    graph = tmp_path / "graph.json"
    code, out, err = run("build", listing, "-o", graph, "--no-viz")
    assert code == 0, err
    assert "skipped records: 1" in out and "papers.jsonl:2" in out
    assert load_graph(graph).graph["schema_version"] == S.SCHEMA_VERSION
    before = graph.read_bytes()
    code, out, err = run("build", listing, "-o", graph, "--no-viz", "--strict", "--fresh")
    assert code == 1 and "papers.jsonl:2" in err
    assert graph.read_bytes() == before  # the failed strict build left the graph alone


def test_corrupt_existing_graph_is_reported_not_overwritten(tmp_path):
    graph = tmp_path / "graph.json"
    graph.write_text("not json", encoding="utf-8")
    code, _, err = run("build", SMALL, "-o", graph, "--no-viz")
    assert code == 1 and "corrupt graph file" in err and "--fresh" in err
    assert graph.read_text(encoding="utf-8") == "not json"


def test_crash_while_writing_extract_output_leaves_old_file(tmp_path, monkeypatch):
    """The output generator dies after some lines reached the temporary file: the old output stays."""
    from paperkg.extract import results

    out = tmp_path / "out.jsonl"
    out.write_text("old\n", encoding="utf-8")
    real = results.PaperExtraction.to_json
    calls = []

    def dying_to_json(self):
        calls.append(1)
        if len(calls) > 3:
            raise KeyboardInterrupt
        return real(self)

    monkeypatch.setattr(results.PaperExtraction, "to_json", dying_to_json)
    code, _, err = run("extract", SMALL, "-o", out)
    assert code == 130 and "interrupted" in err
    assert out.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]


def test_bad_arguments(tmp_path, capsys):
    code, _, err = run("build", SMALL, "-o", tmp_path / "g.json", "--export", tmp_path / "g.csv")
    assert code == 1 and "unknown export format" in err
    capsys.readouterr()
    with pytest.raises(SystemExit) as exit_info:
        main(["build", str(SMALL), "-o", str(tmp_path / "g.json"), "--jobs", "0"])
    assert exit_info.value.code == 2 and "--jobs: must be at least 1" in capsys.readouterr().err
    assert not (tmp_path / "g.json").exists()


def test_same_paper_in_another_format_merges_into_one_node(tmp_path):
    """A paper of the text listing, again as an arXiv snapshot line with an id and other casing."""
    first = next(read_listings([SMALL], report=ReadReport()))
    snapshot = tmp_path / "arxiv-metadata.jsonl"
    snapshot.write_bytes(orjson.dumps({"id": "2401.00001", "title": first.title.upper(), "abstract": first.abstract,
                                       "authors": "A. Author, B. Author", "categories": "cs.CL",
                                       "update_date": "2024-01-02"}) + b"\n")
    graph = tmp_path / "graph.json"
    assert run("build", SMALL, "-o", graph, "--no-viz")[0] == 0
    before = load_graph(graph)
    code, _out, err = run("build", snapshot, "-o", graph, "--no-viz")
    assert code == 0, err
    after = load_graph(graph)
    papers = [n for n, d in after.nodes(data=True) if d["label"] == S.PAPER]
    assert len(papers) == sum(1 for _, d in before.nodes(data=True) if d["label"] == S.PAPER)
    node = after.nodes[S.node_id(S.PAPER, first.key)]
    assert node["arxiv_id"] == "2401.00001" and node["title"] == first.title
    assert len(node["sources"]) >= 2 and node["sources"][-1].startswith(str(snapshot))


def test_parallel_extraction_builds_the_same_graph(tmp_path):
    one, two = tmp_path / "one.json", tmp_path / "two.json"
    assert run("build", SMALL, "-o", one, "--no-viz")[0] == 0
    code, _, err = run("build", SMALL, "-o", two, "--no-viz", "--jobs", "2")
    assert code == 0, err
    assert one.read_bytes() == two.read_bytes()


def test_gazetteer_option_adds_names(tmp_path):
    listing = tmp_path / "new.txt"
    listing.write_text(SMALL_LISTING.replace("ListGNN", "Zorblax"), encoding="utf-8")
    gazetteer = tmp_path / "names.tsv"
    gazetteer.write_text("name\ttype\taliases\nZorblax\tmodel\tZorblax-7B\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert run("extract", listing, "-o", out)[0] == 0
    assert "Zorblax" not in {m["name"] for line in out.read_bytes().splitlines() for m in orjson.loads(line)["models"]}
    code, _, err = run("build", listing, "-o", tmp_path / "g.json", "--no-viz", "--gazetteer", gazetteer)
    assert code == 0, err
    assert "Model:zorblax" in load_graph(tmp_path / "g.json")
    code, _, err = run("build", listing, "-o", tmp_path / "g.json", "--gazetteer", tmp_path / "missing.tsv")
    assert code == 1 and "missing.tsv" in err


ACL_XML = """<?xml version='1.0' encoding='UTF-8'?>
<collection id="2023.acl">
  <volume id="long" ingest-date="2023-07-08" type="proceedings">
    <meta><booktitle>Proceedings of ACL</booktitle><year>2023</year></meta>
    <paper id="1">
      <title>One Cannot Stand for Everyone! Leveraging Multiple User Simulators</title>
      <author><first>Yajiao</first><last>Liu</last></author>
      <abstract>We propose <fixed-case>MUST</fixed-case>, evaluated on MultiWOZ 2.1.</abstract>
      <url hash="2b3a8d0f">2023.acl-long.1</url>
      <doi>10.18653/v1/2023.acl-long.1</doi>
      <pwccode url="https://github.com/truthless11/MUST" additional="false">truthless11/MUST</pwccode>
      <pwcdataset url="https://paperswithcode.com/dataset/multiwoz">MultiWOZ</pwcdataset>
      <pwcdataset url="https://paperswithcode.com/dataset/sgd">Schema-Guided Dialogue</pwcdataset>
    </paper>
  </volume>
</collection>
"""


def test_acl_metadata_links_and_cross_format_dedupe(tmp_path):
    xml = tmp_path / "2023.acl.xml"
    xml.write_text(ACL_XML, encoding="utf-8")
    jsonl = tmp_path / "more.jsonl"
    jsonl.write_bytes(orjson.dumps({"id": "2305.00001", "title": "One cannot stand for everyone: leveraging "
                                    "multiple user simulators", "abstract": "Same paper, arXiv version."}) + b"\n")
    graph = tmp_path / "graph.json"
    code, out, err = run("build", xml, jsonl, "-o", graph, "--no-viz")
    assert code == 0, err
    assert "duplicates merged: 1" in out
    g = load_graph(graph)
    papers = [(n, d) for n, d in g.nodes(data=True) if d["label"] == S.PAPER]
    assert len(papers) == 1
    nid, paper = papers[0]
    assert paper["doi"] == "10.18653/v1/2023.acl-long.1" and paper["arxiv_id"] == "2305.00001"
    assert len(paper["sources"]) == 2
    link = g.edges[nid, "Repository:truthless11/must", S.LINKS_TO]
    assert link["origin"] == "metadata"
    assert g.has_edge("Repository:truthless11/must", "Organization:github:truthless11", S.OWNED_BY)
    datasets = {v: d for _, v, k, d in g.out_edges(nid, keys=True, data=True)
                if k == S.MENTIONS and g.nodes[v]["label"] == S.DATASET}
    curated = datasets[S.node_id(S.DATASET, name_key("Schema-Guided Dialogue"))]
    assert curated["origin"] == "metadata" and "evidence" not in curated  # named by metadata, not by the text
