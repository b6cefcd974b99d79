"""Turn a `View` into one self-contained, safe, reproducible HTML page.

pyvis collects the vis-network node and edge records and the options; the
page itself comes from our own template (`templates/explorer.html`) rather
than pyvis's, because pyvis's template loads Bootstrap from a CDN even in
`in_line` mode, prints the heading twice, and renders any tooltip containing
"href" with innerHTML. Here:

* all JS/CSS is inlined (`assets.py`) and a Content-Security-Policy forbids
  every network request;
* paper text only ever reaches the page as Jinja-escaped HTML or as JSON in a
  `<script type="application/json">` block with `<`, `>`, `&` escaped, and the
  page script shows it with `textContent` (vis-network shows string tooltips
  with `innerText`);
* only http(s) URLs are kept as links;
* layout is seeded and the data sorted, so a graph always gives the same bytes;
  physics runs a bounded number of stabilization iterations, then stops.
"""
from __future__ import annotations

import functools
import json
import math
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

import jinja2
import networkx as nx
from pyvis.network import Network

from paperkg.files import atomic_write
from paperkg.graph import schema as S

from . import views
from .assets import vis_css, vis_js
from .styles import edge_color, node_style

LAYOUT_SEED = 7
PAPER_LABEL_CHARS = 48
SNIPPET_CHARS = 280
PAPER_FONT, ENTITY_FONT, FOCUS_FONT = 11, 13, 18
SMALL_VIEW = 60  # nodes: up to this many, barnesHut with long springs; above, forceAtlas2
LABEL_DRAW_THRESHOLD = 7  # on-screen px below which vis-network skips a label


def safe_url(url: object) -> str | None:
    """`url` if it is an absolute http(s) URL without spaces or control characters, else None."""
    if not isinstance(url, str):
        return None
    url = url.strip()
    if not url or any(c.isspace() or ord(c) < 32 or ord(c) == 127 for c in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return url


def _short(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


def _plural(n: int, word: str) -> str:
    return f"{n:,} {word}" if n == 1 else f"{n:,} {word}s"


def node_size(n_papers: int, paper: bool = False) -> int:
    """Size by paper count on one absolute log scale, so sizes compare across pages
    (vis-network's `value` scaling is relative to each page's own range)."""
    base = 7 if paper else 10
    return min(40, base + round(4 * math.log2(1 + n_papers)))


def node_record(graph: nx.MultiDiGraph, nid: str, view: views.View, page: str | None = None,
                n_papers: int | None = None) -> dict:
    """The vis-network record of one node: display fields plus plain-text tooltip and details."""
    data = graph.nodes[nid]
    label = data.get("label", "")
    style = node_style(label)
    name = str(data.get("title") or data.get("name") or nid) if label == S.PAPER else str(data.get("name") or nid)
    if n_papers is None:
        n_papers = views.paper_count(graph, nid)
    record: dict = {
        "id": nid,
        "kind": label or style.label,
        "name": name,
        "papers": n_papers,
        "shape": style.shape,
        "color": {"background": style.color, "border": "#333333" if nid == view.focus else style.color,
                  "highlight": {"background": style.color, "border": "#000000"}},
        "borderWidth": 4 if nid == view.focus else 1,
    }
    lines = [name]
    if label == S.PAPER:
        out_degree = sum(1 for v in graph.succ[nid] if graph.nodes[v].get("label") != S.PAPER)
        cites = sum(1 for _v, keys in graph.succ[nid].items() if S.CITES in keys)
        record["size"] = node_size(n_papers, paper=True)
        record["date"] = str(data.get("date") or "")
        abstract = str(data.get("abstract") or "")
        record["snippet"] = _short(abstract, SNIPPET_CHARS) if abstract else ""
        lines.append(f"Paper \u00b7 {record['date'] or 'date unknown'}")
        lines.append(f"links {_plural(out_degree, 'entity')} \u00b7 cites {cites:,} \u00b7 cited by {n_papers:,}")
        if record["snippet"]:
            lines += ["", _short(abstract, 160)]
        display = _short(name, PAPER_LABEL_CHARS)
    else:
        record["size"] = node_size(n_papers)
        lines.append(f"{label} \u00b7 {_plural(n_papers, 'paper')}")
        aliases = [str(a) for a in data.get("aliases") or [] if str(a) != name]
        if aliases:
            lines.append("also: " + _short(", ".join(aliases), 120))
        variants = [str(v) for v in data.get("variants") or []]
        if variants:
            lines.append("variants: " + _short(", ".join(variants), 120))
        display = _short(name, 40)
    record["label"] = display
    # Bigger labels for entities in many papers: with the draw threshold in `vis_options`, a zoomed-out
    # overview names only its hubs, and paper titles appear as the user zooms in.
    size = PAPER_FONT if label == S.PAPER else ENTITY_FONT + min(24, round(4 * math.log2(1 + n_papers)))
    record["font"] = {"size": max(size, FOCUS_FONT) if nid == view.focus else size}
    record["title"] = "\n".join(lines)
    url = safe_url(data.get("url"))
    if url:
        record["url"] = url
    if page:
        record["page"] = page
    return record


def edge_record(graph: nx.MultiDiGraph, u: str, v: str, rel: str) -> dict:
    data = graph.edges[u, v, rel]
    lines = [rel]
    for key in ("rule", "evidence"):
        if data.get(key):
            lines.append(f"{key}: {_short(str(data[key]), 200)}")
    if data.get("via"):
        lines.append("via: " + _short(", ".join(map(str, data["via"])), 200))
    if data.get("count"):
        lines.append(f"count: {data['count']}")
    return {"id": f"{u}|{rel}|{v}", "label": rel, "title": "\n".join(lines), "color": edge_color(rel),
            "rel": rel, "arrows": "to"}


def stabilization_iterations(n_nodes: int) -> int:
    """Upper bound on layout iterations: the cost per iteration grows with the node count, so
    big views get fewer (vis-network also stops early once every node is nearly still)."""
    if n_nodes <= 100:
        return 1000
    if n_nodes <= 500:
        return 200
    return 120


def vis_options(n_nodes: int) -> dict:
    """Seeded layout; bounded stabilization (fewer iterations for big views), then physics stops."""
    big = n_nodes > 500
    return {
        "layout": {"randomSeed": LAYOUT_SEED, "improvedLayout": n_nodes <= 100},
        "physics": {
            "enabled": True,
            # forceAtlas2 spreads hub-and-spoke graphs (entities with many papers) far better than
            # barnesHut and converges in fewer iterations; short springs keep a big view compact
            # enough that hub labels stay readable when the whole graph is fitted. Small views
            # (a paper, a rare entity) look better with barnesHut's longer springs.
            **({"solver": "barnesHut",
                "barnesHut": {"gravitationalConstant": -6000, "springLength": 120, "springConstant": 0.04,
                              "damping": 0.3, "avoidOverlap": 0.1}}
               if n_nodes <= SMALL_VIEW else
               {"solver": "forceAtlas2Based",
                "forceAtlas2Based": {"gravitationalConstant": -40, "springLength": 40, "centralGravity": 0.015,
                                     "springConstant": 0.08, "damping": 0.4, "avoidOverlap": 0}}),
            "stabilization": {"enabled": True, "iterations": stabilization_iterations(n_nodes),
                              "updateInterval": 25, "fit": True},
            "minVelocity": 1.0,
        },
        "nodes": {"font": {"size": ENTITY_FONT, "face": "sans-serif"},
                  "scaling": {"label": {"enabled": False, "drawThreshold": LABEL_DRAW_THRESHOLD, "maxVisible": 30}}},
        "edges": {"smooth": False, "width": 1, "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
                  "font": {"size": 9, "align": "middle", "color": "#555555", "strokeWidth": 3},
                  "scaling": {"label": {"drawThreshold": LABEL_DRAW_THRESHOLD}}},
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": big, "multiselect": True,
                        "keyboard": False},
    }


def script_json(obj: object) -> str:
    """JSON that can sit inside <script>: no '<', '>', '&' or line separators survive literally."""
    text = json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


@functools.lru_cache(maxsize=1)
def template_env() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(Path(__file__).resolve().parent / "templates"),
        autoescape=True, undefined=jinja2.StrictUndefined, keep_trailing_newline=True,
    )


def view_html(graph: nx.MultiDiGraph, view: views.View, pages: dict[str, str] | None = None,
              nav: list[tuple[str, str]] | None = None) -> str:
    """The page of `view`. `pages` maps node ids to relative page links (site mode);
    `nav` is a list of (text, relative href) shown at the top."""
    pages = pages or {}
    net = Network(directed=True, height="100%", width="100%", cdn_resources="in_line")
    counts = views.paper_counts(graph, view.nodes)
    for nid in view.nodes:
        record = node_record(graph, nid, view, pages.get(nid), counts[nid])
        net.add_node(record.pop("id"), **record)
    parallel: Counter[frozenset] = Counter()
    for u, v, rel in view.edges:
        record = edge_record(graph, u, v, rel)
        pair = frozenset((u, v))
        if parallel[pair]:  # bend 2nd, 3rd... edge between the same nodes so labels do not overlap
            record["smooth"] = {"enabled": True, "type": "curvedCW", "roundness": 0.25 * parallel[pair]}
        parallel[pair] += 1
        net.add_edge(u, v, **record)
    net.options = vis_options(len(view.nodes))
    nodes, edges, _heading, _h, _w, options = net.get_network_data()

    kinds = Counter(n["kind"] for n in nodes)
    node_legend = [{"kind": k, "plural": node_style(k).plural, "color": node_style(k).color,
                    "symbol": node_style(k).symbol, "count": kinds[k]}
                   for k in S.NODE_LABELS + tuple(sorted(set(kinds) - set(S.NODE_LABELS))) if kinds.get(k)]
    rels = Counter(e["rel"] for e in edges)
    edge_legend = [{"rel": r, "color": edge_color(r), "count": rels[r]}
                   for r in S.REL_TYPES + tuple(sorted(set(rels) - set(S.REL_TYPES))) if rels.get(r)]
    data = {"nodes": nodes, "edges": edges, "options": json.loads(options), "focus": view.focus,
            "kind": view.kind}
    return template_env().get_template("explorer.html").render(
        title=view.title, kind=view.kind, notes=view.notes, node_legend=node_legend, edge_legend=edge_legend,
        n_nodes=len(nodes), n_edges=len(edges), nav=nav or [], data_json=script_json(data),
        vis_js=vis_js(), vis_css=vis_css(),
    )


def overview_html(graph: nx.MultiDiGraph, top: int = views.DEFAULT_TOP, types=None, **kwargs) -> str:
    """Overview page: the most connected entities of `types` and their papers, at most `top` nodes."""
    return view_html(graph, views.overview(graph, top=top, types=types), **kwargs)


def entity_html(graph: nx.MultiDiGraph, node_id: str, **kwargs) -> str:
    """Entity page: the entity, its papers, co-mentioned entities, BASED_ON chain, derived citations."""
    return view_html(graph, views.entity_view(graph, node_id), **kwargs)


def paper_html(graph: nx.MultiDiGraph, node_id: str, **kwargs) -> str:
    """Paper page: the paper, what it mentions/introduces/links, the papers it cites or is cited by."""
    return view_html(graph, views.paper_view(graph, node_id), **kwargs)


def write_html(html: str, path: str | Path) -> Path:
    """Write a page atomically (readers never see half a page); returns the path."""
    path = Path(path)
    with atomic_write(path) as handle:
        handle.write(html)
    return path
