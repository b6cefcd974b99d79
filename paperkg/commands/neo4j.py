"""`paperkg load` (graph -> Neo4j) and `paperkg export --neo4j-import DIR` (neo4j-admin CSVs).

Both take a saved graph.json or listing files (built in memory, nothing
written). Connection settings come from flags or NEO4J_URI / NEO4J_USER /
NEO4J_PASSWORD / NEO4J_DATABASE; the password flag exists for scripts, but
the environment (or a .env file) keeps it out of shell history and `ps`.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from .. import DEFAULT_GRAPH
from . import int_at_least
from ..errors import PaperkgError, UsageError

# Equal to paperkg.graph.neo4j.DEFAULT_BATCH_SIZE (a test checks it); not imported
# from there because the driver import would slow down every `paperkg --help`.
DEFAULT_BATCH_SIZE = 1000


def add_connection_args(parser: argparse.ArgumentParser) -> None:
    """--neo4j/--user/--password/--database, shared with `paperkg cypher`."""
    group = parser.add_argument_group("Neo4j connection (flags override NEO4J_* environment variables)")
    group.add_argument("--neo4j", metavar="URI", dest="neo4j_uri",
                       help="bolt:// or neo4j:// URI (env NEO4J_URI, default bolt://localhost:7687)")
    group.add_argument("--user", dest="neo4j_user", metavar="NAME", help="user name (env NEO4J_USER, default neo4j)")
    group.add_argument("--password", dest="neo4j_password", metavar="SECRET",
                       help="password (prefer env NEO4J_PASSWORD: flags show up in `ps` and shell history)")
    group.add_argument("--database", dest="neo4j_database", metavar="DB",
                       help="database name (env NEO4J_DATABASE, default: the server's default database)")


def connect_from_args(args):
    """A checked `Neo4jConnection` from the connection flags (and the environment)."""
    from ..graph.neo4j import connect

    return connect(args.neo4j_uri, args.neo4j_user, args.neo4j_password, args.neo4j_database)


def register(sub) -> None:
    """Add `load` and `export` to the `paperkg` parser."""
    source_help = (f"a graph.json saved by `paperkg build`, or listing files/directories to build in memory "
                   f"(default: {DEFAULT_GRAPH})")
    p = sub.add_parser("load", help="load the graph into Neo4j (batched, idempotent MERGE)",
                       description="Create constraints and indexes, then MERGE nodes and relationships in "
                                   "batches. Loading twice leaves the same counts; new listings only add.")
    p.add_argument("sources", nargs="*", type=Path, metavar="GRAPH_OR_INPUT", help=source_help)
    p.add_argument("--format", dest="fmt", metavar="F", help="listing format, when INPUTs are listings")
    add_connection_args(p)
    p.add_argument("--batch-size", type=int_at_least(1), default=DEFAULT_BATCH_SIZE, metavar="N",
                   help=f"rows per transaction (default {DEFAULT_BATCH_SIZE})")
    p.add_argument("--wipe", action="store_true",
                   help="first delete paperkg's nodes and relationships (only the schema's labels)")
    p.set_defaults(func=run_load)

    p = sub.add_parser("export", help="write CSV files for `neo4j-admin database import full`",
                       description="Node and relationship CSVs with neo4j-admin headers, import.sh with the "
                                   "exact import command, and schema.cypher with the constraints and indexes.")
    p.add_argument("sources", nargs="*", type=Path, metavar="GRAPH_OR_INPUT", help=source_help)
    p.add_argument("--format", dest="fmt", metavar="F", help="listing format, when INPUTs are listings")
    p.add_argument("--neo4j-import", dest="neo4j_import", type=Path, required=True, metavar="DIR",
                   help="directory to write the import files to")
    p.add_argument("--database", dest="neo4j_database", default="neo4j", metavar="DB",
                   help="database name in the import command (default neo4j)")
    p.set_defaults(func=run_export)


def graph_from_sources(sources: list[Path], fmt: str | None = None):
    """The graph to load/export: a saved graph file, or listings built in memory."""
    from ..graph.store import load_graph

    for path in sources:
        if not path.exists():
            raise PaperkgError(f"{path}: no such file or directory")
    if not sources:
        if not DEFAULT_GRAPH.exists():
            raise UsageError(f"no input given and {DEFAULT_GRAPH} does not exist; "
                             "pass a graph.json or listing files (or run `paperkg build` first)")
        return load_graph(DEFAULT_GRAPH)
    if len(sources) == 1 and sources[0].suffix.lower() == ".json" and sources[0].is_file():
        try:
            return load_graph(sources[0])
        except PaperkgError as err:
            if "not a paperkg graph" not in str(err):
                raise
        # a JSON listing, not a saved graph: build it below
    return _build_in_memory(sources, fmt)


def _build_in_memory(sources: list[Path], fmt: str | None):
    from ..extract.pipeline import Extractor
    from ..extract.readers import ReadReport, read_listings
    from ..graph.build import GraphBuilder

    report = ReadReport()
    builder = GraphBuilder()
    for extraction in Extractor().pipe(read_listings(sources, fmt=fmt, strict=False, report=report)):
        builder.add(extraction)
    if report.records == 0:
        raise PaperkgError(f"no paper records read from {', '.join(str(p) for p in sources)}")
    builder.finish()
    return builder.graph


def run_load(args) -> int:
    """Connect first (fail fast), then read/build the graph, then load with a progress bar."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from ..graph.neo4j import load

    for path in args.sources:  # cheap checks before the network
        if not path.exists():
            raise PaperkgError(f"{path}: no such file or directory")
    err = Console(stderr=True, highlight=False)
    with connect_from_args(args) as conn:
        graph = graph_from_sources(args.sources, args.fmt)
        total = graph.number_of_nodes() + graph.number_of_edges()
        progress = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                            TextColumn("rows"), TimeElapsedColumn(), console=err, transient=True,
                            disable=not err.is_terminal)
        with progress:
            task = progress.add_task("loading into Neo4j", total=total)
            summary = load(conn, graph, batch_size=args.batch_size, wipe_first=args.wipe,
                           progress=lambda batch: progress.advance(task, len(batch.rows)))
        _print_summary(conn.settings.where, conn.server_agent, summary, args.batch_size)
    return 0


def _print_summary(where: str, agent: str, summary, batch_size: int) -> None:
    out = Console(highlight=False)
    out.print(f"[bold]paperkg load[/]: {escape(where)} ({escape(agent)})")
    if summary.wiped:
        out.print(f"wiped: {summary.wiped} nodes")
    table = Table(show_edge=False, pad_edge=False)
    for column in ("label / type", "rows sent", "in database"):
        table.add_column(column, justify="left" if column == "label / type" else "right")
    for label, count in summary.db_nodes.items():
        table.add_row(label, str(summary.nodes_sent.get(label, 0)), str(count))
    for rel_type, count in summary.db_relationships.items():
        table.add_row(rel_type, str(summary.relationships_sent.get(rel_type, 0)), str(count))
    out.print(table)
    c = summary.counters
    out.print(f"created: {c.get('nodes_created', 0)} nodes, {c.get('relationships_created', 0)} relationships; "
              f"properties set: {c.get('properties_set', 0)}")
    out.print(f"{summary.rows} rows in {summary.batches} batches of <= {batch_size} "
              f"in {summary.seconds:.1f}s ({summary.rows_per_second:,.0f} rows/s)")


def run_export(args) -> int:
    from ..graph.neo4j_import import export_neo4j_import

    graph = graph_from_sources(args.sources, args.fmt)
    files = export_neo4j_import(graph, args.neo4j_import, database=args.neo4j_database)
    out = Console(highlight=False)
    out.print(f"[bold]paperkg export[/]: {len(files.node_files)} node files "
              f"({sum(files.nodes.values())} nodes), {len(files.relationship_files)} relationship files "
              f"({sum(files.relationships.values())} relationships) in {escape(str(files.directory))}")
    out.print(f"import with: sh {escape(str(files.directory / 'import.sh'))}   "
              f"(database stopped; then run schema.cypher)")
    sys.stdout.flush()
    return 0
