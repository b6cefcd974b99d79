"""The explorer pages in a real headless Chromium, opened from file:// URLs.

For each view: no console error or exception, no JavaScript dialog (the
injected `<img onerror=alert(1)>` title must not run), no network request,
the vis network holds the expected nodes and edges, physics has stopped,
and a PNG screenshot is saved under the test's tmp dir.
"""
from __future__ import annotations

import pytest

from browser import INSTALL_HINT, Chromium, find_chromium
from paperkg.viz import render, site, views

pytestmark = pytest.mark.browser

INJECTED = "<img src=x onerror=alert(1)> An injected title"
P4 = "Paper:title:00000000000000a4"


@pytest.fixture(scope="module")
def chromium():
    binary = find_chromium()
    if binary is None:
        pytest.fail(INSTALL_HINT)
    browser = Chromium(binary)
    yield browser
    browser.close()


def assert_clean(page):
    assert page.problems == [], page.problems
    assert page.dialogs == [], f"a dialog opened: {page.dialogs}"
    assert page.network_requests == [], page.network_requests
    assert page.requests, "the page itself was not requested"


def check_view(chromium, graph, view, path):
    render.write_html(render.view_html(graph, view), path)
    page = chromium.load(path)
    assert_clean(page)
    counts = chromium.evaluate("[network.body.data.nodes.length, network.body.data.edges.length]")
    assert counts == [len(view.nodes), len(view.edges)]
    assert chromium.evaluate("network.physics.physicsEnabled") is False  # stabilized, then stopped
    assert chromium.evaluate("document.images.length") == 0
    shot = chromium.screenshot(path.with_suffix(".png"))
    assert shot.stat().st_size > 5000 and shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    return page


@pytest.mark.parametrize("kind", ["overview", "entity", "paper"])
def test_each_view_in_chromium(chromium, sample_graph, tmp_path, kind):
    view = {"overview": lambda: views.overview(sample_graph),
            "entity": lambda: views.entity_view(sample_graph, "Model:xlmr"),
            "paper": lambda: views.paper_view(sample_graph, P4)}[kind]()
    assert P4 in view.nodes  # every view contains the injected paper
    check_view(chromium, sample_graph, view, tmp_path / f"{kind}.html")
    # The injected title is data: the tooltip holds it as text, no element was created from it.
    assert chromium.evaluate(f"nodes.get({P4!r}).title.indexOf({INJECTED!r}) === 0")
    assert chromium.evaluate("document.querySelectorAll('img, [onerror]').length") == 0


def test_search_and_details_show_text_not_html(chromium, sample_graph, tmp_path):
    path = render.write_html(render.overview_html(sample_graph), tmp_path / "o.html")
    assert_clean(chromium.load(path))
    chromium.evaluate("""(function () {
        var s = document.getElementById('search');
        s.value = 'injected';
        s.dispatchEvent(new KeyboardEvent('keydown', {key: 'Enter'}));
    })()""")
    assert chromium.evaluate("document.getElementById('search-result').textContent") == "1 match"
    assert chromium.evaluate("network.getSelectedNodes()") == [P4]
    details = chromium.evaluate("document.getElementById('details').textContent")
    assert details.startswith(INJECTED)
    assert chromium.evaluate("document.querySelectorAll('#details *').length") > 0
    assert chromium.evaluate("document.images.length") == 0
    # Type filter hides all papers.
    chromium.evaluate("""(function () {
        var box = document.querySelector('#type-filter input[data-kind="Paper"]');
        box.checked = false; box.dispatchEvent(new Event('change'));
    })()""")
    visible_papers = "nodes.get({filter: function (n) { return n.kind === 'Paper' && !n.hidden; }}).length"
    assert chromium.evaluate(visible_papers) == 0
    chromium.screenshot(tmp_path / "o-filtered.png")


def test_site_pages_in_chromium(chromium, sample_graph, tmp_path):
    index = site.write_site(sample_graph, tmp_path / "site", top=4)
    page = chromium.load(index)
    assert_clean(page)
    total = sample_graph.number_of_nodes() - 4
    assert chromium.evaluate("document.getElementById('shown').textContent") == f"{total} of {total} shown"
    chromium.evaluate("""(function () {
        var q = document.getElementById('q'); q.value = 'xlm'; q.dispatchEvent(new Event('input'));
    })()""")
    assert chromium.evaluate("document.getElementById('shown').textContent") == f"1 of {total} shown"
    chromium.screenshot(tmp_path / "index.png")
    for page_path in [tmp_path / "site" / "overview.html", *sorted((tmp_path / "site" / "entities").iterdir())]:
        assert_clean(chromium.load(page_path))


def test_default_cap_overview_of_a_big_graph_stabilizes(chromium, tmp_path):
    from test_viz_views import star_graph

    graph = star_graph(200, 20)  # 4,200 nodes -> capped at the default 300
    view = views.overview(graph)
    assert len(view.nodes) == views.DEFAULT_TOP
    page = check_view(chromium, graph, view, tmp_path / "big.html")
    assert page.ready_seconds < 20
    assert chromium.evaluate("document.querySelector('.note').textContent").startswith("Showing 300 of 4,200")


def test_the_checks_catch_a_bad_page(chromium, tmp_path):
    """The helper really sees dialogs, errors and requests (so the tests above can fail)."""
    bad = tmp_path / "bad.html"
    bad.write_text("<!DOCTYPE html><img src=x onerror=\"alert(1)\"><script>console.error('boom');"
                   "fetch('http://127.0.0.1:9/x').catch(function () {});"
                   "setTimeout(function () { throw new Error('late'); }, 0);</script>", encoding="utf-8")
    page = chromium.load(bad, ready="true")
    assert page.dialogs == ["alert: 1"]
    assert any("boom" in e for e in page.console_errors)
    assert any("late" in e for e in page.exceptions)
    assert "http://127.0.0.1:9/x" in page.network_requests


def test_empty_and_single_node_graphs(chromium, tmp_path):
    import networkx as nx

    graph = nx.MultiDiGraph()
    empty = views.overview(graph)
    assert empty.nodes == [] and empty.notes == ["The graph has no entities of these types."]
    check_view(chromium, graph, empty, tmp_path / "empty.html")
    graph.add_node("Model:x", label="Model", key="x", name="X")
    check_view(chromium, graph, views.overview(graph), tmp_path / "one.html")


def test_layout_is_reproducible(chromium, sample_graph, tmp_path):
    """Seeded layout: the same page lays out to the same positions every time it is opened."""
    path = render.write_html(render.overview_html(sample_graph), tmp_path / "o.html")
    positions = []
    for _ in range(2):
        assert_clean(chromium.load(path))
        positions.append(chromium.evaluate("JSON.stringify(network.getPositions())"))
    assert positions[0] == positions[1]
    assert len(set(positions[0].split("}"))) > 10  # the nodes are spread out, not stacked
