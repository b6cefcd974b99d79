"""Query commands: `papers`, `show`, `top`, `related`, `path`, `search`, `cypher`.

Each reads the saved graph (`--graph FILE`, default the file `paperkg build`
writes) or a Neo4j database (`--neo4j URI`), answers through
`paperkg.queries.api`, and prints a table, `--json` or `--csv`.
"""
from __future__ import annotations

import argparse
import gc
from contextlib import contextmanager
from pathlib import Path

from rich.console import Console
from rich.text import Text

from .. import DEFAULT_GRAPH
from . import int_at_least
from ..errors import PaperkgError
from .neo4j import add_connection_args, connect_from_args

PAPER_COLUMNS = ["key", "title", "date", "url", "evidence", "matched"]
PAPER_TABLE = ["date", "title", "evidence", "matched"]
COUNT_COLUMNS = ["name", "kind", "key", "papers"]


def _common() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--graph", type=Path, default=DEFAULT_GRAPH, metavar="FILE",
                        help=f"graph saved by `paperkg build` (default: {DEFAULT_GRAPH})")
    add_connection_args(common)
    out = common.add_mutually_exclusive_group()
    out.add_argument("--json", dest="fmt", action="store_const", const="json", help="print JSON")
    out.add_argument("--csv", dest="fmt", action="store_const", const="csv", help="print CSV")
    common.set_defaults(fmt="table")
    return common


def register(sub) -> None:
    """Add the query sub-commands to the `paperkg` parser."""
    common = _common()

    p = sub.add_parser("papers", parents=[common], help="papers mentioning a model, dataset, language, repo or org",
                       description="Papers that mention (or link) X, newest first, with the evidence sentence.")
    what = p.add_mutually_exclusive_group(required=True)
    for kind, meta, helptext in (("model", "NAME", "model name or alias (family finds its variants)"),
                                 ("dataset", "NAME", "dataset name or alias"),
                                 ("language", "NAME", "language name, ISO 639-3 or BCP-47 code (ko, kor, Korean)"),
                                 ("repo", "OWNER/REPO", "GitHub repository (case-insensitive, URL accepted)"),
                                 ("org", "OWNER", "papers linking any repository or HF resource of this owner"),
                                 ("hf", "NAME", "Hugging Face resource (models/owner/name or owner/name)"),
                                 ("website", "HOST/PATH", "website or project page")):
        what.add_argument(f"--{kind}", dest=kind, metavar=meta, help=helptext)
    p.add_argument("-n", "--limit", type=int_at_least(0), default=20, metavar="N", help="at most N papers (0 = all)")
    p.set_defaults(func=run_papers)

    p = sub.add_parser("show", parents=[common], help="profile of an entity: papers, lineage, code, co-mentions")
    p.add_argument("entity", metavar="ENTITY", help="model, dataset, language, repository or organization")
    p.add_argument("--kind", choices=("model", "dataset", "language", "repo", "org", "hf", "website"),
                   help="which kind ENTITY is, when a name is used by several")
    p.add_argument("-n", "--limit", type=int_at_least(0), default=10, metavar="N", help="papers listed (default 10)")
    p.set_defaults(func=run_show)

    p = sub.add_parser("top", parents=[common], help="most mentioned models, datasets, languages, repos")
    p.add_argument("what", choices=("models", "datasets", "languages", "repos", "orgs", "hf", "websites"))
    p.add_argument("--by", choices=("papers", "relations"), default="papers",
                   help="rank by distinct papers (default) or by typed relations (BASED_ON, HAS_CODE...)")
    p.add_argument("-n", "--limit", type=int_at_least(0), default=10, metavar="N", help="how many (default 10, 0 = all)")
    p.set_defaults(func=run_top)

    p = sub.add_parser("related", parents=[common], help="entities most often co-mentioned with X")
    p.add_argument("entity", metavar="ENTITY")
    p.add_argument("--kind", choices=("model", "dataset", "language", "repo", "org", "hf", "website"))
    p.add_argument("--among", choices=("model", "dataset", "language"), help="only related entities of this kind")
    p.add_argument("-n", "--limit", type=int_at_least(0), default=10, metavar="N")
    p.set_defaults(func=run_related)

    p = sub.add_parser("path", parents=[common], help="shortest explanation path between two entities or papers")
    p.add_argument("a", metavar="A", help="entity name, paper key (arxiv:2211.01786) or exact paper title")
    p.add_argument("b", metavar="B")
    p.add_argument("--max-hops", type=int_at_least(0), default=6, metavar="N", help="longest path considered (default 6)")
    p.set_defaults(func=run_path)

    p = sub.add_parser("search", parents=[common], help="papers whose title or abstract contains TEXT")
    p.add_argument("text", metavar="TEXT")
    p.add_argument("-n", "--limit", type=int_at_least(0), default=20, metavar="N", help="at most N papers (0 = all)")
    p.set_defaults(func=run_search)

    p = sub.add_parser("cypher", parents=[common], help="run a Cypher query (embedded graph or Neo4j)",
                       description="Run Cypher on the saved graph through grand-cypher (a read-only subset: "
                                   "see docs/usage.md) or, with --neo4j, on Neo4j (read-only unless --write).")
    p.add_argument("query", metavar="QUERY", help="Cypher, e.g. \"MATCH (m:Model) RETURN m.name LIMIT 5\"")
    p.add_argument("--write", action="store_true", help="Neo4j only: run in a WRITE transaction")
    p.set_defaults(func=run_cypher)


@contextmanager
def open_backend(args):
    """The backend the flags choose: Neo4j with --neo4j, else the saved NetworkX graph."""
    if getattr(args, "neo4j_uri", None):
        from ..queries.neo4j_backend import Neo4jBackend

        conn = connect_from_args(args)
        try:
            yield Neo4jBackend(conn)
        finally:
            conn.close()
        return
    from ..queries.networkx_backend import NetworkXBackend

    graph = load_saved_graph(args.graph)
    gc.freeze()  # one question per process: no full collection walking the loaded graph during it
    yield NetworkXBackend(graph)


def load_saved_graph(path: Path):
    if not Path(path).exists():
        raise PaperkgError(f"no graph at {path}: run `paperkg build` first, or pass --graph FILE or --neo4j URI")
    from ..graph.store import load_graph

    return load_graph(path)


def _limit(n: int) -> int | None:
    return None if n == 0 else n


def run_papers(args) -> int:
    from ..queries import api

    kind = next(k for k in api.PAPER_KINDS if getattr(args, k, None))
    with open_backend(args) as backend:
        answer = api.find_papers(backend, kind, getattr(args, kind), _limit(args.limit))
    subject = " / ".join(f"{r.name} ({r.kind} {r.key})" for r in answer.subjects)
    verb = "mentioning" if kind in ("model", "dataset", "language") else "linking"
    _emit([h.to_row() for h in answer.papers], PAPER_COLUMNS, args.fmt,
          title=f"Papers {verb} {subject}: {len(answer.papers)} of {answer.total}, newest first",
          empty=f"no paper in the graph is {verb} {subject}", table_columns=PAPER_TABLE)
    return 0


def run_show(args) -> int:
    from ..queries import api

    with open_backend(args) as backend:
        profile = api.entity_profile(backend, args.entity, args.kind, _limit(args.limit) or 10**9)
    data = profile.to_json()
    if args.fmt == "json":
        from ..queries.render import write_json

        write_json(data)
        return 0
    rows = _profile_rows(profile)
    if args.fmt == "csv":
        from ..queries.render import write_csv

        write_csv(rows, ["section", "kind", "key", "name", "detail", "evidence"])
        return 0
    from ..queries.render import table

    console = Console()
    node = profile.node
    head = Text(f"{node.name}", style="bold")
    head.append(f"  {node.kind} · key {node.key} · {profile.paper_count} paper(s)", style="dim")
    console.print(head)
    for label, values in (("aliases", profile.aliases), ("variants", profile.variants)):
        if values:
            console.print(Text(f"{label}: {', '.join(values)}"))
    for key, value in profile.properties.items():
        console.print(Text(f"{key}: {value if not isinstance(value, list) else ', '.join(map(str, value))}"))
    sections: dict[str, list[dict]] = {}
    for row in rows:
        sections.setdefault(row["section"], []).append(row)
    for section, srows in sections.items():
        console.print(table(srows, ["name", "kind", "detail", "evidence"], title=section))
    return 0


def _profile_rows(profile) -> list[dict]:
    """The profile as one flat table: a `section` column says which part each row is."""
    rows = [{"section": "papers", "kind": "paper", "key": h.key, "name": h.title, "detail": h.date,
             "evidence": h.evidence} for h in profile.papers]
    for section, rels in (("introduced by", profile.introduced_by), ("based on", profile.based_on),
                          ("built on by", profile.built_on_by), ("code", profile.code),
                          ("datasets", profile.datasets)):
        rows += [{"section": section, "kind": r.other.kind, "key": r.other.key, "name": r.other.name,
                  "detail": f"{r.type} ({r.direction})", "evidence": r.evidence} for r in rels]
    for section, counts in (("co-mentioned models", profile.co_models),
                            ("co-mentioned datasets", profile.co_datasets),
                            ("co-mentioned languages", profile.co_languages)):
        rows += [{"section": section, "kind": c.node.kind, "key": c.node.key, "name": c.node.name,
                  "detail": f"{c.papers} paper(s)", "evidence": None} for c in counts]
    return rows


def run_top(args) -> int:
    from ..queries import api

    with open_backend(args) as backend:
        counts = api.top(backend, args.what, _limit(args.limit), args.by)
    _emit([c.to_row() for c in counts], COUNT_COLUMNS if args.by == "papers" else ["name", "kind", "key", "papers"],
          args.fmt, title=f"Top {args.what} by {args.by}", headers={"papers": args.by},
          empty=f"no {args.what} in the graph")
    return 0


def run_related(args) -> int:
    from ..queries import api

    with open_backend(args) as backend:
        ref = api.resolve_entity(backend, args.entity, args.kind)
        counts = api.related(backend, args.entity, _limit(args.limit), args.kind, args.among)
    _emit([c.to_row() for c in counts], COUNT_COLUMNS, args.fmt,
          title=f"Co-mentioned with {ref.name} ({ref.kind})", empty=f"nothing is co-mentioned with {ref.name}")
    return 0


def run_path(args) -> int:
    from ..queries import api

    with open_backend(args) as backend:
        steps = api.path(backend, args.a, args.b, args.max_hops)
    rows = [s.to_row() for s in steps]
    if args.fmt != "table":
        _emit(rows, ["kind", "key", "name", "rel", "forward"], args.fmt)
        return 0
    console = Console()
    line = Text()
    for i, step in enumerate(steps):
        if i:
            line.append(f" -[{step.rel}]-> " if step.forward else f" <-[{step.rel}]- ", style="dim")
        line.append(f"({step.node.kind}) {step.node.name}")
    console.print(Text(f"{len(steps) - 1} hop(s):", style="bold"))
    console.print(line)
    return 0


def run_search(args) -> int:
    from ..queries import api

    with open_backend(args) as backend:
        hits = api.search(backend, args.text, _limit(args.limit))
    _emit([h.to_row() for h in hits], ["key", "title", "date", "url", "evidence"], args.fmt,
          title=f"Papers containing {args.text!r} (newest first)", headers={"evidence": "context"},
          table_columns=["date", "title", "evidence"],
          empty=f"no paper title or abstract contains {args.text!r}")
    return 0


def run_cypher(args) -> int:
    from ..queries import cypher

    if getattr(args, "neo4j_uri", None):
        conn = connect_from_args(args)
        try:
            result = cypher.run_neo4j(conn, args.query, write=args.write)
        finally:
            conn.close()
    else:
        if args.write:
            raise PaperkgError("--write needs --neo4j URI: the embedded graph is read-only in Cypher")
        result = cypher.run_networkx(load_saved_graph(args.graph), args.query)
    _emit(result.rows, result.columns, args.fmt, empty="(no rows)")
    return 0


def _emit(rows, columns, fmt, **kwargs) -> None:
    from ..queries.render import emit

    emit(rows, columns, fmt, **kwargs)
