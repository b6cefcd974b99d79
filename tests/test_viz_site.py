"""Site mode and the `paperkg viz` command line, on real graph files."""
from __future__ import annotations

import re

import pytest

from paperkg.cli import main
from paperkg.graph.store import save_graph
from paperkg.viz import site

INJECTED = "<img src=x onerror=alert(1)>"


def test_site_has_index_overview_and_top_entity_pages(tmp_path, sample_graph):
    index = site.write_site(sample_graph, tmp_path / "site", top=5)
    assert index == tmp_path / "site" / "index.html"
    html = index.read_text(encoding="utf-8")
    pages = sorted(p.name for p in (tmp_path / "site" / "entities").iterdir())
    assert len(pages) == 5
    top5 = [nid for nid, _count in site.ranked_entities(sample_graph)[:5]]
    assert pages == sorted(site.page_slug(n) for n in top5)
    for name in pages:  # the index links every page, and every link resolves
        assert f'href="entities/{name}"' in html
    assert 'href="overview.html"' in html and (tmp_path / "site" / "overview.html").is_file()
    # One row per entity with its paper count; names escaped.
    assert html.count("<tr data-search=") == sample_graph.number_of_nodes() - 4
    assert re.search(r"XLM-R</a></td><td>.*?Model</td><td class=\"num\">2</td>", html)
    assert INJECTED not in html
    # Entity pages link back and link each other relatively.
    entity_html = (tmp_path / "site" / "entities" / pages[0]).read_text(encoding="utf-8")
    assert 'href="../index.html"' in entity_html and 'href="../overview.html"' in entity_html


def test_site_rewrite_removes_stale_entity_pages(tmp_path, sample_graph):
    out = tmp_path / "site"
    site.write_site(sample_graph, out, top=10)
    site.write_site(sample_graph, out, top=2)
    assert len(list((out / "entities").iterdir())) == 2


def test_page_slug_is_safe_and_unique():
    a, b = site.page_slug("Repository:a/b"), site.page_slug("Repository:a-b")
    assert a != b
    assert re.fullmatch(r"[a-z0-9-]+\.html", a)
    assert site.page_slug("Paper:" + "x" * 500).__len__() < 80


@pytest.fixture
def graph_file(tmp_path, sample_graph):
    path = tmp_path / "graph.json"
    save_graph(sample_graph, path)
    return path


def test_cli_writes_each_view(tmp_path, graph_file, capsys):
    out = tmp_path / "out"
    assert main(["viz", "overview", "--graph", str(graph_file), "-o", str(out), "--top", "10",
                 "--types", "model,language"]) == 0
    assert "Showing 10 of" in (out / "overview.html").read_text(encoding="utf-8")
    assert main(["viz", "entity", "xlm-r", "--graph", str(graph_file), "-o", str(out)]) == 0
    assert (out / f"entity-{site.page_slug('Model:xlmr')}").is_file()
    assert main(["viz", "paper", "2211.01786", "--graph", str(graph_file), "-o", str(tmp_path / "p.html")]) == 0
    assert "Crosslingual Generalization" in (tmp_path / "p.html").read_text(encoding="utf-8")
    assert main(["viz", "paper", "<img src=x onerror=alert(1)> An injected title", "--graph", str(graph_file),
                 "-o", str(tmp_path / "evil.html")]) == 0
    assert main(["viz", "site", "--graph", str(graph_file), "-o", str(tmp_path / "s"), "--top", "3"]) == 0
    assert len(list((tmp_path / "s" / "entities").iterdir())) == 3


def test_cli_errors_are_one_clear_line(tmp_path, graph_file, capsys):
    assert main(["viz", "entity", "xlmrr", "--graph", str(graph_file), "-o", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "no entity named 'xlmrr'" in err and "XLM-R" in err and "Traceback" not in err
    assert main(["viz", "paper", "no such paper", "--graph", str(graph_file)]) == 1
    assert "no paper named" in capsys.readouterr().err
    assert main(["viz", "overview", "--graph", str(tmp_path / "missing.json")]) == 1
    assert "missing.json" in capsys.readouterr().err
    assert main(["viz", "overview", "--graph", str(graph_file), "--types", "model,nope"]) == 2
    assert "unknown node type 'nope'" in capsys.readouterr().err.replace("\n", " ")
    assert main(["viz", "site", "--graph", str(graph_file), "-o", str(tmp_path / "x.html")]) == 1
    assert not list(tmp_path.glob("*.html"))


def test_site_is_reproducible(tmp_path, sample_graph):
    a = site.write_site(sample_graph, tmp_path / "a", top=6).parent
    b = site.write_site(sample_graph, tmp_path / "b", top=6).parent
    files_a = sorted(p.relative_to(a) for p in a.rglob("*.html"))
    assert files_a == sorted(p.relative_to(b) for p in b.rglob("*.html")) and len(files_a) == 8
    for rel in files_a:
        assert (a / rel).read_bytes() == (b / rel).read_bytes(), rel


def test_build_writes_the_site_by_default(tmp_path, capsys):
    """`paperkg build` on a bundled listing writes the explorer site beside the graph."""
    from paperkg import EXAMPLES_DIR

    listing = min(EXAMPLES_DIR.glob("*.txt"), key=lambda p: p.stat().st_size)
    assert main(["build", str(listing), "-o", str(tmp_path / "g" / "graph.json")]) == 0
    index = tmp_path / "g" / "site" / "index.html"
    assert index.is_file() and (tmp_path / "g" / "site" / "overview.html").is_file()
    linked = re.findall(r'href="(entities/[^"]+)"', index.read_text(encoding="utf-8"))
    assert linked and all((index.parent / href).is_file() for href in linked)
