"""`paperkg viz overview|entity NAME|paper ID_OR_TITLE|site`: explorer pages from a graph file.

Each page is one self-contained HTML file (opens offline from disk). `-o`
takes a file name ending in .html, or a directory where a name is chosen
(overview.html, entity-<slug>.html, paper-<slug>.html); `site` always
writes a directory.
"""
from __future__ import annotations

import argparse
from pathlib import Path

from rich.console import Console
from rich.markup import escape

from . import int_at_least
from .. import DEFAULT_GRAPH
from ..errors import PaperkgError

DEFAULT_VIZ_DIR = DEFAULT_GRAPH.parent / "viz"
DEFAULT_SITE_DIR = DEFAULT_GRAPH.parent / "site"


def register(sub) -> None:
    """Add `viz` and its sub-commands to the `paperkg` parser."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--graph", type=Path, default=DEFAULT_GRAPH, metavar="FILE",
                        help=f"graph file (default: {DEFAULT_GRAPH})")
    common.add_argument("-o", "--output", type=Path, metavar="OUT",
                        help=f"FILE.html, or a directory (default: {DEFAULT_VIZ_DIR})")

    viz = sub.add_parser("viz", help="write interactive explorer pages (HTML, works offline)",
                         description="Write interactive explorer pages of the graph (pyvis / vis-network). "
                                     "Pages are self-contained and open from disk with no network.")
    views = viz.add_subparsers(dest="view", required=True, metavar="VIEW")

    p = views.add_parser("overview", parents=[common], help="the most connected entities and their papers")
    p.add_argument("--top", type=int_at_least(1), default=300, metavar="N", help="node cap (default 300, hard cap 2000)")
    p.add_argument("--types", default=None, metavar="T,...",
                   help="entity types: model,dataset,language,repo,org,hf,website "
                        "(default: model,dataset,language,repo)")
    p.set_defaults(func=run_overview)

    p = views.add_parser("entity", parents=[common],
                         help="one entity: its papers, co-mentioned entities, BASED_ON chain, citations")
    p.add_argument("name", metavar="NAME", help='name, alias or node id (e.g. "XLM-R", Model:xlmr)')
    p.add_argument("--kind", choices=["model", "dataset", "language", "repo", "org", "hf", "website"],
                   help="only look among this kind of entity")
    p.set_defaults(func=run_entity)

    p = views.add_parser("paper", parents=[common],
                         help="one paper: what it mentions, introduces and links; papers it cites / is cited by")
    p.add_argument("paper", metavar="ID_OR_TITLE", help="arXiv id, paper key, node id or title")
    p.set_defaults(func=run_paper)

    p = views.add_parser("site", parents=[common],
                         help="index.html + overview + a page per top entity (a folder)")
    p.add_argument("--top", type=int_at_least(1), default=30, metavar="N", help="entities given their own page (default 30)")
    p.set_defaults(func=run_site)


def _load(args):
    from ..graph.store import load_graph

    return load_graph(args.graph)  # clear PaperkgError for a missing or corrupt file


def _target(args, default_name: str) -> Path:
    out = args.output if args.output is not None else DEFAULT_VIZ_DIR
    if out.suffix.lower() in (".html", ".htm"):
        return out
    if out.exists() and not out.is_dir():
        raise PaperkgError(f"{out}: exists and is not a directory (give a FILE.html or a directory)")
    return out / default_name


def _done(path: Path, what: str) -> int:
    Console().print(f"{escape(what)}: [bold]{escape(str(path))}[/]", highlight=False)
    return 0


def run_overview(args) -> int:
    from ..viz.render import overview_html, write_html

    graph = _load(args)
    return _done(write_html(overview_html(graph, top=args.top, types=args.types), _target(args, "overview.html")),
                 "overview written")


def run_entity(args) -> int:
    from ..viz.lookup import resolve_entity
    from ..viz.render import entity_html, write_html
    from ..viz.site import page_slug

    graph = _load(args)
    nid = resolve_entity(graph, args.name, args.kind)
    path = _target(args, f"entity-{page_slug(nid)}")
    return _done(write_html(entity_html(graph, nid), path), f"{nid} written")


def run_paper(args) -> int:
    from ..viz.lookup import resolve_paper
    from ..viz.render import paper_html, write_html
    from ..viz.site import page_slug

    graph = _load(args)
    nid = resolve_paper(graph, args.paper)
    path = _target(args, f"paper-{page_slug(nid)}")
    return _done(write_html(paper_html(graph, nid), path), f"{nid} written")


def run_site(args) -> int:
    from ..viz.site import write_site

    graph = _load(args)
    out = args.output if args.output is not None else DEFAULT_SITE_DIR
    if out.suffix.lower() in (".html", ".htm") or (out.exists() and not out.is_dir()):
        raise PaperkgError(f"{out}: `viz site` writes a directory; give a directory name")
    if args.top < 0:
        raise PaperkgError(f"--top must be 0 or more, got {args.top}")
    return _done(write_site(graph, out, top=args.top), "site written, open")
