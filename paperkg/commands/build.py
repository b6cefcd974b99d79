"""`paperkg build`, `paperkg extract` and `paperkg stats`: listings -> graph file, JSON lines, counts.

The readers, the extractor and the explorer site are imported when a command
runs, not when the parser is built, so `paperkg --help` stays fast and a
missing optional part (the site writer) only disables its own step.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import nullcontext
from pathlib import Path
from typing import Any

import orjson
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from .. import DEFAULT_GRAPH, EXAMPLES_DIR
from . import int_at_least
from ..errors import PaperkgError
from ..files import atomic_write

SKIPPED_SHOWN = 10  # skipped records listed by name in the summary; the rest are counted
LARGE_INPUT_BYTES = 20 * 1024 * 1024  # show progress without a terminal above this much input
TOP_N = 10


def register(sub) -> None:
    """Add `build`, `extract` and `stats` to the `paperkg` parser."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("inputs", nargs="*", metavar="INPUT", type=Path,
                        help="listing files or directories (default: the bundled examples)")
    common.add_argument("--format", dest="fmt", metavar="F",
                        help="input format, overriding detection from extension and content")
    common.add_argument("--strict", action="store_true", help="stop at the first bad record (exit code 1)")
    common.add_argument("--gazetteer", action="append", default=[], metavar="FILE", type=Path,
                        help="extra names of models/datasets (repeatable)")
    common.add_argument("--jobs", type=int_at_least(1), default=1, metavar="N", help="extraction worker processes")

    p = sub.add_parser("build", parents=[common], help="build (or extend) the knowledge graph from listings",
                       description="Read listings, extract entities and links, and build the graph file. "
                                   "An existing graph file is extended incrementally (unless --fresh).")
    p.add_argument("-o", "--output", type=Path, default=DEFAULT_GRAPH, metavar="GRAPH",
                   help=f"graph file to write (default: {DEFAULT_GRAPH})")
    p.add_argument("--fresh", action="store_true", help="start a new graph even if GRAPH exists")
    p.add_argument("--no-viz", action="store_true", help="do not write the explorer site")
    p.add_argument("--viz-dir", type=Path, metavar="DIR",
                   help="where to write the explorer site (default: 'site' beside GRAPH)")
    p.add_argument("--export", type=Path, action="append", default=[], metavar="FILE",
                   help="also export to FILE.graphml or FILE.gexf (repeatable)")
    p.set_defaults(func=run_build)

    p = sub.add_parser("extract", parents=[common], help="extract entities and links as JSON lines",
                       description="One JSON object per unique paper (duplicated records merged).")
    p.add_argument("-o", "--output", type=Path, metavar="OUT.jsonl", help="output file (default: stdout)")
    p.set_defaults(func=run_extract)

    p = sub.add_parser("stats", help="counts of a graph: nodes, edges, dates, top entities")
    p.add_argument("graph", nargs="?", type=Path, default=DEFAULT_GRAPH, metavar="GRAPH",
                   help=f"graph file (default: {DEFAULT_GRAPH})")
    p.add_argument("--json", action="store_true", help="print JSON instead of tables")
    p.add_argument("--top", type=int_at_least(1), default=TOP_N, metavar="N", help=f"top entities shown (default {TOP_N})")
    p.set_defaults(func=run_stats)


# -- shared ----------------------------------------------------------------------------------------

def _inputs(args) -> list[Path]:
    """The inputs given, else the bundled examples - named relative to the working directory
    when inside it, so the `sources` recorded in the graph do not depend on the checkout's path."""
    if args.inputs:
        return list(args.inputs)
    try:
        return [EXAMPLES_DIR.relative_to(Path.cwd())]
    except ValueError:
        return [EXAMPLES_DIR]


def _input_bytes(paths: Iterable[Path]) -> int:
    total = 0
    for path in paths:
        if path.is_dir():
            for root, _, files in os.walk(path):
                total += sum(os.path.getsize(os.path.join(root, f)) for f in files)
        elif path.is_file():
            total += path.stat().st_size
    return total


def _progress(paths: list[Path]):
    """A rich progress display on stderr, or a no-op when nobody would see it."""
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    show = sys.stderr.isatty() or _input_bytes(paths) >= LARGE_INPUT_BYTES
    if not show:
        return nullcontext(None)
    return Progress(SpinnerColumn(), TextColumn("{task.description}"), TextColumn("{task.completed} records"),
                    TimeElapsedColumn(), console=Console(stderr=True), transient=True)


def _read(args):
    """(records iterator, report) of the command's inputs."""
    from ..extract.readers import ReadReport, read_listings

    report = ReadReport()
    return read_listings(_inputs(args), fmt=args.fmt, strict=args.strict, report=report), report


def _extractor(args):
    from ..extract.pipeline import Extractor

    for path in args.gazetteer:
        if not path.is_file():
            raise PaperkgError(f"{path}: no such gazetteer file")
    return Extractor(gazetteers=tuple(args.gazetteer))


def _nothing_read(report, inputs: list[Path]) -> PaperkgError:
    where = ", ".join(str(p) for p in inputs)
    detail = f" ({report.errors[0]})" if report.errors else ""
    return PaperkgError(f"no paper records read from {where}{detail}")


def _counted(records: Iterable, progress, description: str) -> Iterator:
    if progress is None:
        yield from records
        return
    task = progress.add_task(description, total=None)
    for record in records:
        progress.advance(task)
        yield record


# -- build -----------------------------------------------------------------------------------------

def run_build(args) -> int:
    """Read -> extract -> build (into the existing graph unless --fresh) -> save, export, site, summary."""
    from ..graph.build import GraphBuilder
    from ..graph.store import EXPORT_FORMATS, export_graph, load_graph, save_graph

    started = time.perf_counter()
    for path in args.export:
        if path.suffix.lower() not in EXPORT_FORMATS:
            raise PaperkgError(f"{path}: unknown export format; use one of {', '.join(EXPORT_FORMATS)}")
    incremental = args.output.exists() and not args.fresh
    builder = GraphBuilder(load_graph(args.output) if incremental else None)  # a bad graph fails before spaCy loads
    extractor = _extractor(args)
    records, report = _read(args)
    inputs = _inputs(args)

    # A record whose paper and text are already built is merged without extraction. One
    # whose identical text is still being extracted (same batch) waits for it, then merges.
    in_flight: set[str] = set()
    waiting: list = []

    def to_extract(records, wait: bool = True):
        for record in records:
            if builder.known_text_hash(record):
                builder.add_unchanged(record)
            elif wait and record.text_hash in in_flight:
                waiting.append(record)
            else:
                in_flight.add(record.text_hash)
                yield record

    with _progress(inputs) as progress:
        for extraction in extractor.pipe(to_extract(_counted(records, progress, "building")), jobs=args.jobs):
            builder.add(extraction)
            in_flight.discard(extraction.paper.text_hash)  # from now on known_text_hash answers for it
        # What is left of the waiting records has the same text as another paper (conflicting ids).
        for extraction in extractor.pipe(to_extract(waiting, wait=False)):
            builder.add(extraction)
    if report.records == 0:
        raise _nothing_read(report, inputs)

    summary = builder.finish()
    save_graph(builder.graph, args.output)
    for path in args.export:
        export_graph(builder.graph, path)
    site = None if args.no_viz else _write_site(builder.graph, args.viz_dir or args.output.parent / "site")

    out = Console(highlight=False, soft_wrap=True)
    out.print(f"[bold]paperkg build[/]: {'extended' if incremental else 'built'} {escape(str(args.output))}")
    out.print(f"files read: {len(report.files)}, records read: {report.records}, "
              f"duplicates merged: {summary.duplicates_merged}, "
              f"not re-extracted (text already built): {summary.papers_skipped_unchanged}")
    out.print(f"papers: {summary.papers} ({summary.papers_new} new), nodes: {summary.nodes}, "
              f"edges: {summary.edges}")
    if summary.relations_dropped:
        out.print(f"relations dropped (an end is not in the graph): {summary.relations_dropped}")
    out.print(_counts_table("nodes by label", summary.nodes_by_label))
    out.print(_counts_table("edges by type", summary.edges_by_type))
    _print_problems(out, report)
    for path in args.export:
        out.print(f"exported: {escape(str(path))}")
    if site:
        out.print(f"explorer site: {escape(str(site))}")
    out.print(f"time: {time.perf_counter() - started:.1f}s")
    return 0


def _write_site(graph, out_dir: Path) -> Path | None:
    """The explorer site via `paperkg.viz.site.write_site`, when that module is installed."""
    try:
        from ..viz.site import write_site
    except ImportError as err:
        Console(stderr=True).print(f"[dim]explorer site skipped: {escape(str(err))}[/]", highlight=False)
        return None
    result = write_site(graph, out_dir)
    return Path(result) if isinstance(result, (str, os.PathLike)) else out_dir


def _counts_table(title: str, counts: dict[str, int]) -> Table:
    table = Table(title=title, title_justify="left", show_edge=False, pad_edge=False)
    table.add_column("type")
    table.add_column("count", justify="right")
    for name, count in counts.items():
        table.add_row(escape(name), str(count))
    return table


def _print_problems(out: Console, report) -> None:
    for error in report.errors:
        out.print(f"[yellow]not read[/]: {escape(str(error))}")
    if report.skipped:
        out.print(f"skipped records: {len(report.skipped)}")
        for skip in report.skipped[:SKIPPED_SHOWN]:
            out.print(f"  {escape(str(skip))}")
        if len(report.skipped) > SKIPPED_SHOWN:
            out.print(f"  ... and {len(report.skipped) - SKIPPED_SHOWN} more")


def _write_stdout(data: bytes) -> None:
    """UTF-8 bytes to stdout, also when stdout was replaced by a text-only stream (tests, notebooks)."""
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is not None:
        sys.stdout.flush()
        buffer.write(data)
    else:
        sys.stdout.write(data.decode("utf-8"))


# -- extract ---------------------------------------------------------------------------------------

def write_unique_extractions(records: Iterable, extractor, write: Callable[[bytes], Any], jobs: int = 1) -> int:
    """Write one JSON line per unique paper, duplicates merged the way the graph builder merges
    them, in order of each paper's first record; returns the number of papers.

    The paper identity comes from a GraphBuilder that sees only the records (no
    entities). A duplicate record with the same text as one already seen is not
    extracted again; one with a different text is, and its results fold into
    the first record's (whose id, like the Paper node's key, is kept).

    A paper's last duplicate may come at the end of the input, so nothing can be
    written before every record is read. The lines wait in a temporary spill file,
    not in memory (an extraction takes ~14 KB as objects, ~1.5 KB as JSON): memory
    holds each paper's ids, titles and where its lines are. A paper with several
    texts is read back and merged when it is written.
    """
    from ..extract.records import PaperRecord
    from ..extract.results import PaperExtraction
    from ..graph.build import GraphBuilder, merge_extraction

    papers = GraphBuilder()
    hashes: dict[str, set[str]] = {}
    spilled: dict[str, list[tuple[int, int]]] = {}  # Paper node id -> (offset, size) of its lines, first seen first

    def to_extract():
        for record in records:
            # (identity needs only ids and titles: the Paper node need not keep every abstract)
            nid = papers.add_paper(PaperRecord(title=record.title, abstract="", source=record.source, ids=record.ids))
            seen = hashes.setdefault(nid, set())
            if record.text_hash not in seen:
                seen.add(record.text_hash)
                yield record

    with tempfile.TemporaryFile(prefix="paperkg-extract-") as spill:
        for extraction in extractor.pipe(to_extract(), jobs=jobs):
            line = orjson.dumps(extraction.to_json(), option=orjson.OPT_APPEND_NEWLINE)
            spilled.setdefault(papers.index.find(extraction.paper), []).append((spill.tell(), len(line)))
            spill.write(line)
        for parts in spilled.values():
            lines = []
            for offset, size in parts:
                spill.seek(offset)
                lines.append(spill.read(size))
            if len(lines) > 1:
                merged, *others = (PaperExtraction.from_json(orjson.loads(line)) for line in lines)
                for other in others:
                    merge_extraction(merged, other)
                lines = [orjson.dumps(merged.to_json(), option=orjson.OPT_APPEND_NEWLINE)]
            write(lines[0])
    return len(spilled)


def run_extract(args) -> int:
    """`paperkg extract`: JSON lines (PaperExtraction.to_json) to stdout or atomically to -o."""
    extractor = _extractor(args)
    records, report = _read(args)
    inputs = _inputs(args)
    with _progress(inputs) as progress, \
            (atomic_write(args.output, "wb") if args.output else nullcontext()) as handle:
        records = _counted(records, progress, "extracting")
        papers = write_unique_extractions(records, extractor, handle.write if handle else _write_stdout, args.jobs)
        if report.records == 0:
            raise _nothing_read(report, inputs)  # (before the rename: an old output file stays)
    sys.stdout.flush()
    err = Console(stderr=True, highlight=False, soft_wrap=True)
    err.print(f"papers: {papers} (from {report.records} records in {len(report.files)} files)"
              + (f" -> {escape(str(args.output))}" if args.output else ""))
    _print_problems(err, report)
    return 0


# -- stats -----------------------------------------------------------------------------------------

def graph_stats(graph, top: int = TOP_N) -> dict[str, Any]:
    """Counts of a graph in the schema: nodes/edges by type, paper dates, most-mentioned entities."""
    from ..graph import schema as S

    nodes = Counter(d.get("label", "?") for _, d in graph.nodes(data=True))
    edges = Counter(k for _, _, k in graph.edges(keys=True))
    dates = sorted(d["date"] for _, d in graph.nodes(data=True)
                   if d.get("label") == S.PAPER and isinstance(d.get("date"), str) and d["date"])
    papers_of: dict[str, Counter] = {}
    for u, v, k in graph.edges(keys=True):
        if k in (S.MENTIONS, S.LINKS_TO) and graph.nodes[u].get("label") == S.PAPER:
            label = graph.nodes[v].get("label", "?")
            papers_of.setdefault(label, Counter())[v] += 1
    top_entities = {
        label: [{"id": nid, "name": graph.nodes[nid].get("name", nid), "papers": n}
                for nid, n in sorted(counter.items(), key=lambda item: (-item[1], item[0]))[:top]]
        for label, counter in sorted(papers_of.items())
    }
    return {
        "nodes": graph.number_of_nodes(),
        "edges": graph.number_of_edges(),
        "nodes_by_label": dict(sorted(nodes.items())),
        "edges_by_type": dict(sorted(edges.items())),
        "papers": nodes.get(S.PAPER, 0),
        "papers_with_date": len(dates),
        "date_min": dates[0] if dates else None,
        "date_max": dates[-1] if dates else None,
        "top": top_entities,
    }


def run_stats(args) -> int:
    """`paperkg stats`: tables (or --json) of a saved graph."""
    from ..graph.store import load_graph

    stats = graph_stats(load_graph(args.graph), top=args.top)
    if args.json:
        _write_stdout(orjson.dumps(stats, option=orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE))
        sys.stdout.flush()
        return 0
    out = Console(highlight=False, soft_wrap=True)
    out.print(f"[bold]{escape(str(args.graph))}[/]: {stats['nodes']} nodes, {stats['edges']} edges, "
              f"{stats['papers']} papers")
    if stats["papers_with_date"]:
        out.print(f"dated papers: {stats['papers_with_date']}, from {stats['date_min']} to {stats['date_max']}")
    out.print(_counts_table("nodes by label", stats["nodes_by_label"]))
    out.print(_counts_table("edges by type", stats["edges_by_type"]))
    for label, rows in stats["top"].items():
        table = Table(title=f"top {label} (by papers)", title_justify="left", show_edge=False, pad_edge=False)
        table.add_column("name")
        table.add_column("papers", justify="right")
        for row in rows:
            table.add_row(escape(str(row["name"])), str(row["papers"]))
        out.print(table)
    return 0
