"""Site mode: a folder of linked explorer pages that opens from disk.

    index.html            searchable list of entities with paper counts
    overview.html         the overview page
    entities/<slug>.html  one entity page per top entity

Pages link each other with relative URLs (double-click a node that has a
page), so the folder can be moved, zipped or served as is. Every file is
written atomically; entity pages left over from an earlier run with other
top entities are removed so the index never links a stale page.
"""
from __future__ import annotations

import hashlib
import re
from pathlib import Path

import networkx as nx

from paperkg.graph import schema as S

from . import views
from .render import template_env, view_html, write_html
from .styles import node_style

INDEX_CAP = 5000  # rows in the index list; the rest are counted in a note
ENTITY_DIR = "entities"


def page_slug(nid: str) -> str:
    """File name of a node's page: readable, filesystem-safe, and unique (hash of the id)."""
    readable = re.sub(r"[^a-z0-9]+", "-", nid.lower()).strip("-")[:60]
    return f"{readable}-{hashlib.sha1(nid.encode()).hexdigest()[:8]}.html"


def ranked_entities(graph: nx.MultiDiGraph) -> list[tuple[str, int]]:
    """Every non-paper node with its paper count, most papers first (ties by id)."""
    entities = [nid for nid, label in graph.nodes(data="label") if label != S.PAPER]
    counts = list(views.paper_counts(graph, entities).items())
    counts.sort(key=lambda item: (-item[1], item[0]))
    return counts


def index_html(graph: nx.MultiDiGraph, ranked: list[tuple[str, int]], pages: dict[str, str]) -> str:
    nodes = graph.nodes
    rows = []
    for nid, count in ranked[:INDEX_CAP]:
        data = nodes[nid]
        style = node_style(data.get("label", ""))
        name = str(data.get("name") or nid)
        aliases = [str(a) for a in data.get("aliases") or []]
        rows.append({"name": name, "kind": data.get("label", ""), "color": style.color, "symbol": style.symbol,
                     "count": count, "href": pages.get(nid),
                     "search": " ".join([name, *aliases, data.get("label", "")]).lower()})
    n_papers = sum(1 for _n, d in nodes(data=True) if d.get("label") == S.PAPER)
    notes = []
    if len(ranked) > INDEX_CAP:
        notes.append(f"Listing the {INDEX_CAP:,} entities with the most papers of {len(ranked):,}.")
    return template_env().get_template("index.html").render(
        rows=rows, notes=notes, n_entities=len(ranked), n_papers=n_papers, n_pages=len(pages),
    )


def write_site(graph: nx.MultiDiGraph, out_dir: str | Path, top: int = 30) -> Path:
    """Write index.html, overview.html and an entity page for each of the `top` entities; returns index.html."""
    out = Path(out_dir)
    ranked = ranked_entities(graph)
    top_ids = [nid for nid, _count in ranked[: max(0, top)]]
    slugs = {nid: page_slug(nid) for nid in top_ids}

    from_root = {nid: f"{ENTITY_DIR}/{slug}" for nid, slug in slugs.items()}
    nav_root = [("Index", "index.html"), ("Overview", "overview.html")]
    write_html(view_html(graph, views.overview(graph), pages=from_root, nav=nav_root), out / "overview.html")

    nav_entity = [("Index", "../index.html"), ("Overview", "../overview.html")]
    for nid, slug in slugs.items():
        html = view_html(graph, views.entity_view(graph, nid), pages=slugs, nav=nav_entity)
        write_html(html, out / ENTITY_DIR / slug)
    entity_dir = out / ENTITY_DIR
    if entity_dir.is_dir():
        keep = set(slugs.values())
        for stale in entity_dir.glob("*.html"):
            if stale.name not in keep:
                stale.unlink()
    return write_html(index_html(graph, ranked, from_root), out / "index.html")
