"""The HTML pages: self-contained, escaped, reproducible (checked on the page text).

The same pages are loaded in a real browser by test_viz_browser.py.
"""
from __future__ import annotations

import json
import re

import networkx as nx
import pytest

from paperkg.graph import schema as S
from paperkg.viz import render, views

INJECTED = "<img src=x onerror=alert(1)>"
P4 = "Paper:title:00000000000000a4"


def page_data(html: str) -> dict:
    """The JSON data block of a page, decoded as the browser would."""
    match = re.search(r'<script type="application/json" id="paperkg-data">(.*?)</script>', html, re.S)
    assert match, "no data block"
    return json.loads(match.group(1))


@pytest.fixture
def pages(sample_graph):
    return {
        "overview": render.overview_html(sample_graph),
        "entity": render.entity_html(sample_graph, "Model:xlmr"),
        "paper": render.paper_html(sample_graph, P4),
    }


def test_pages_load_nothing_from_the_network(pages):
    for html in pages.values():
        assert not re.search(r"<script[^>]*\bsrc=", html)
        assert not re.search(r"<link[^>]*rel=\"?stylesheet", html)
        assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", html)
        assert "cdn.jsdelivr" not in html and "cdnjs.cloudflare" not in html
        assert "default-src 'none'" in html  # CSP: the browser refuses any request
        assert "sourceMappingURL" not in html
        assert "vis.Network" in html and "DataSet" in html  # vis-network inlined


def test_injected_text_is_escaped_everywhere(pages):
    for kind, html in pages.items():
        assert INJECTED not in html, kind
        assert "<script>alert(2)" not in html, kind
        # The JSON block decodes back to the original text, shown as a plain-text tooltip.
        data = page_data(html)
        node = next((n for n in data["nodes"] if n["id"] == P4), None)
        if node is not None:
            assert node["name"].startswith(INJECTED)
            assert node["title"].startswith(INJECTED)
    assert "<h1>Paper: &lt;img src=x onerror=alert(1)&gt; An injected title</h1>" in pages["paper"]


def test_script_json_cannot_close_the_script():
    text = render.script_json({"a": "</script><script>alert(1)</script>", "b": "x\u2028y & z"})
    assert "</" not in text and "<" not in text and "&" not in text and "\u2028" not in text
    assert json.loads(text) == {"a": "</script><script>alert(1)</script>", "b": "x\u2028y & z"}


@pytest.mark.parametrize("url, ok", [
    ("https://github.com/ymcui/LERT", True),
    ("http://example.org/a?b=c", True),
    ("javascript:alert(1)", False),
    ("JaVaScRiPt:alert(1)", False),
    ("data:text/html,<script>alert(1)</script>", False),
    ("//evil.example/x", False),
    ("https://exa mple.org", False),
    ("https://example.org/\nx", False),
    ("ftp://example.org", False),
    (None, False),
])
def test_safe_url(url, ok):
    assert (render.safe_url(url) is not None) == ok


def test_only_http_urls_become_links(sample_graph):
    sample_graph.nodes["Repository:ymcui/lert"]["url"] = "javascript:alert(1)"
    data = page_data(render.overview_html(sample_graph))
    by_id = {n["id"]: n for n in data["nodes"]}
    assert "url" not in by_id["Repository:ymcui/lert"]
    assert by_id["Repository:bigscience-workshop/xmtf"]["url"] == "https://github.com/bigscience-workshop/xmtf"


def test_nodes_are_styled_sized_and_explained(sample_graph):
    html = render.overview_html(sample_graph)
    data = page_data(html)
    by_id = {n["id"]: n for n in data["nodes"]}
    xlmr, p1 = by_id["Model:xlmr"], by_id["Paper:arxiv:2211.01786"]
    assert (xlmr["shape"], p1["shape"]) == ("dot", "square")
    assert xlmr["color"]["background"] != p1["color"]["background"]
    assert xlmr["size"] > by_id["Model:lert"]["size"] > p1["size"]  # size by paper count (p1: cited once)
    assert xlmr["papers"] == 2 and by_id["Model:lert"]["papers"] == 1
    assert xlmr["title"].splitlines()[:2] == ["XLM-R", "Model \u00b7 2 papers"]
    assert "2022-11-03" in p1["title"] and "We apply MTF" in p1["title"]
    assert p1["snippet"].startswith("We apply MTF")
    # Edges are labelled by relation type, coloured per type.
    assert {e["label"] for e in data["edges"]} == {S.MENTIONS, S.INTRODUCES, S.LINKS_TO, S.BASED_ON,
                                                    S.EVALUATED_ON, S.HAS_CODE, S.CITES}
    # Legend: one checkbox per node type present, one line per relation.
    assert html.count('type="checkbox" checked data-kind=') == 5
    for word in ("models (9)", "papers (4)", "repositories (2)", "MENTIONS (18)", "CITES (1)"):
        assert word in html
    # Seeded layout, bounded stabilization that ends physics.
    assert data["options"]["layout"]["randomSeed"] == render.LAYOUT_SEED
    assert data["options"]["physics"]["stabilization"]["iterations"] == render.stabilization_iterations(20) <= 1000
    assert "setOptions({physics: false})" in html


def test_parallel_edges_are_bent_apart(sample_graph):
    data = page_data(render.paper_html(sample_graph, "Paper:arxiv:2211.01786"))
    pair = [e for e in data["edges"] if e["from"] == "Paper:arxiv:2211.01786" and e["to"] == "Model:bloomz"]
    assert len(pair) == 2
    assert sum("smooth" in e for e in pair) == 1


def test_truncation_note_is_visible(sample_graph):
    html = render.overview_html(sample_graph, top=5)
    assert re.search(r'<p class="note" role="status">Showing 5 of 20 nodes', html)


def test_same_graph_gives_byte_identical_pages(sample_graph):
    again = nx.MultiDiGraph(**sample_graph.graph)
    again.add_nodes_from(reversed(list(sample_graph.nodes(data=True))))
    again.add_edges_from(reversed(list(sample_graph.edges(keys=True, data=True))))
    for make in (lambda g: render.overview_html(g), lambda g: render.overview_html(g, top=6),
                 lambda g: render.entity_html(g, "Model:bloomz"), lambda g: render.paper_html(g, P4)):
        assert make(sample_graph) == make(again)


def test_write_html_is_atomic_and_complete(tmp_path, sample_graph):
    html = render.overview_html(sample_graph)
    path = render.write_html(html, tmp_path / "sub" / "o.html")
    assert path.read_text(encoding="utf-8") == html
    assert [p.name for p in path.parent.iterdir()] == ["o.html"]  # no temp file left behind


def test_views_render_from_views_module(sample_graph):
    view = views.overview(sample_graph, top=6)
    data = page_data(render.view_html(sample_graph, view))
    assert [n["id"] for n in data["nodes"]] == view.nodes
    assert [(e["from"], e["to"], e["label"]) for e in data["edges"]] == view.edges
