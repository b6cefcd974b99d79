"""The query commands end to end: argparse -> backend -> table / JSON / CSV on stdout."""
from __future__ import annotations

import csv
import io
import json

import pytest

from paperkg import DEFAULT_GRAPH
from paperkg.cli import main
from paperkg.graph.store import save_graph

P1 = "Crosslingual Generalization through Multitask Finetuning"
P2 = "Towards Making the Most of Multilingual Pretraining for Zero-Shot Neural Machine Translation"
P4 = "<img src=x onerror=alert(1)> An injected title"


@pytest.fixture
def graph_file(sample_graph, tmp_path):
    path = tmp_path / "graph.json"
    save_graph(sample_graph, path)
    return str(path)


def run(capsys, *argv):
    rc = main(list(argv))
    captured = capsys.readouterr()
    return rc, captured.out, captured.err


def test_papers_json_has_stable_fields(graph_file, capsys):
    rc, out, _ = run(capsys, "papers", "--model", "XLMR", "--graph", graph_file, "--json")
    assert rc == 0
    rows = json.loads(out)
    assert [r["title"] for r in rows] == [P4, P2]
    assert list(rows[0]) == ["key", "title", "date", "url", "evidence", "matched"]
    assert rows[1]["matched"] == ["XLM-R large"]


def test_papers_csv(graph_file, capsys):
    rc, out, _ = run(capsys, "papers", "--language", "kor", "--graph", graph_file, "--csv")
    assert rc == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["title"] for r in rows] == [P4, P2]
    assert rows[1]["evidence"] == "on Korean and English" and rows[1]["date"] == "2021-10-16"
    assert rows[0]["url"] == ""


def test_papers_table_prints_titles_literally(graph_file, capsys):
    rc, out, _ = run(capsys, "papers", "--model", "BLOOMZ", "--graph", graph_file)
    assert rc == 0
    assert "<img src=x" in out and "2 of 2" in out


def test_rich_markup_in_titles_is_not_interpreted(sample_graph, tmp_path, capsys):
    sample_graph.nodes["Paper:arxiv:2211.01786"]["title"] = "[bold red]Loud[/] title"
    path = tmp_path / "g.json"
    save_graph(sample_graph, path)
    rc, out, _ = run(capsys, "search", "loud", "--graph", str(path))
    assert rc == 0 and "[bold red]Loud[/]" in out


def test_unknown_name_is_a_one_line_error_with_suggestions(graph_file, capsys):
    rc, out, err = run(capsys, "papers", "--model", "BLOMZ", "--graph", graph_file, "--json")
    assert rc == 1 and out == ""
    assert err.strip() == "paperkg: error: no model named 'BLOMZ'; did you mean: BLOOMZ, BLOOM?"


def test_papers_needs_exactly_one_subject(graph_file, capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["papers", "--graph", graph_file])
    assert exit_.value.code == 2
    with pytest.raises(SystemExit):
        main(["papers", "--model", "x", "--dataset", "y", "--graph", graph_file])
    capsys.readouterr()


def test_org_and_limit(graph_file, capsys):
    rc, out, _ = run(capsys, "papers", "--org", "bigscience", "--graph", graph_file, "--json", "-n", "1")
    assert rc == 0 and [r["title"] for r in json.loads(out)] == [P1]


def test_show_json_and_csv(graph_file, capsys):
    rc, out, _ = run(capsys, "show", "BLOOMZ", "--graph", graph_file, "--json")
    assert rc == 0
    data = json.loads(out)
    assert data["kind"] == "model" and data["paper_count"] == 2
    assert [c["name"] for c in data["co_languages"]] == ["English", "Korean"]
    rc, out, _ = run(capsys, "show", "BLOOMZ", "--graph", graph_file, "--csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert {"papers", "introduced by", "based on", "code", "co-mentioned languages"} <= {r["section"] for r in rows}
    rc, out, _ = run(capsys, "show", "BLOOMZ", "--graph", graph_file)
    assert rc == 0 and "based on" in out and "bigscience-workshop/xmtf" in out


def test_top_related_path_search(graph_file, capsys):
    _, out, _ = run(capsys, "top", "models", "-n", "2", "--graph", graph_file, "--json")
    assert json.loads(out) == [{"kind": "model", "key": "bloomz", "name": "BLOOMZ", "papers": 2},
                               {"kind": "model", "key": "xlmr", "name": "XLM-R", "papers": 2}]
    _, out, _ = run(capsys, "related", "BLOOM", "--among", "language", "--graph", graph_file, "--csv")
    assert out.splitlines() == ["name,kind,key,papers", "English,language,eng,1"]
    _, out, _ = run(capsys, "path", "BLOOMZ", "Korean", "--graph", graph_file, "--json")
    assert [(s["name"], s["rel"]) for s in json.loads(out)] == [("BLOOMZ", None), (P4, "MENTIONS"),
                                                                ("Korean", "MENTIONS")]
    _, out, _ = run(capsys, "path", "BLOOMZ", "Korean", "--graph", graph_file)
    assert "2 hop(s)" in out and "<-[MENTIONS]-" in out
    _, out, _ = run(capsys, "search", "zero-shot", "--graph", graph_file, "--json")
    assert [r["title"] for r in json.loads(out)] == [P2]


def test_empty_answers_are_said_not_silent(graph_file, capsys):
    rc, out, _ = run(capsys, "search", "no such words here", "--graph", graph_file)
    assert rc == 0 and "no paper title or abstract contains 'no such words here'" in out
    _, out, _ = run(capsys, "search", "no such words here", "--graph", graph_file, "--json")
    assert json.loads(out) == []


def test_default_graph_path_and_missing_graph(sample_graph, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    rc, _, err = run(capsys, "top", "models")
    assert rc == 1 and f"no graph at {DEFAULT_GRAPH}" in err and "paperkg build" in err
    save_graph(sample_graph, tmp_path / DEFAULT_GRAPH)
    rc, out, _ = run(capsys, "top", "languages", "--json")
    assert rc == 0 and json.loads(out)[0]["name"] == "English"
