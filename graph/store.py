"""Save, load and export the NetworkX graph.

The saved format is NetworkX node-link JSON (`{"directed", "multigraph",
"graph", "nodes", "edges"}`), an open format any JSON reader understands;
never pickle, which would run code on load. Nodes are sorted by id, edges by
(source, target, type) and object keys alphabetically, so the same graph
always gives the same bytes (rebuilds are diffable and testable). Files are
written atomically: a crash or Ctrl-C leaves the previous file intact.

GraphML and GEXF exports are for Gephi and other tools: those formats have no
list values and no nulls, so lists become "; "-joined strings.
"""
from __future__ import annotations

import contextlib
import gc
import os
from collections.abc import Iterator
from itertools import islice
from pathlib import Path
from typing import Any

import networkx as nx
import orjson

from ..errors import PaperkgError
from ..files import atomic_write
from .schema import SCHEMA_VERSION

LIST_SEPARATOR = "; "
EXPORT_FORMATS = (".graphml", ".gexf")


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while millions of small dicts are made.

    They hold no reference cycles, yet each allocation burst triggers full
    collections that walk all of them: pausing halves the load time of a large graph.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


# Nodes or edges serialised per write: bounds what the save holds besides the graph
# (~10 MB) instead of a node-link copy of every node and edge plus the whole file's bytes.
CHUNK_ITEMS = 1_000
_SORTED = orjson.OPT_SORT_KEYS


def _nodes(graph: nx.MultiDiGraph) -> Iterator[dict[str, Any]]:
    """Node-link node objects (`{**attrs, "id": id}`, as nx.node_link_data makes them) by id."""
    for nid in sorted(graph.nodes):
        yield {**graph.nodes[nid], "id": nid}


def _edges(graph: nx.MultiDiGraph) -> Iterator[dict[str, Any]]:
    """Node-link edge objects by (source, target, type), walking the sorted adjacency:
    the order of sorting the whole edge list, without holding it."""
    for u in sorted(graph.succ):
        nbrs = graph.succ[u]
        for v in sorted(nbrs):
            keys = nbrs[v]
            for key in sorted(keys, key=str):
                yield {**keys[key], "source": u, "target": v, "key": key}


def _json_array_items(items: Iterator[dict[str, Any]]) -> Iterator[bytes | memoryview]:
    """The items as the inside of a compact JSON array, CHUNK_ITEMS at a time, comma-separated."""
    first = True
    while chunk := list(islice(items, CHUNK_ITEMS)):
        if not first:
            yield b","
        yield memoryview(orjson.dumps(chunk, option=_SORTED))[1:-1]  # without the chunk's [ ], no copy
        first = False


def iter_graph_json(graph: nx.MultiDiGraph) -> Iterator[bytes | memoryview]:
    """The saved bytes in pieces: node-link JSON with sorted keys, nodes by id, edges by
    (source, target, type), the schema version in the graph attributes - exactly what
    `orjson.dumps(nx.node_link_data(graph, edges="edges"), OPT_SORT_KEYS)` gives after
    those sorts, plus a newline. Top-level keys in sorted order: directed, edges, graph,
    multigraph, nodes.
    """
    if not (graph.is_directed() and graph.is_multigraph()):
        raise TypeError("a paperkg graph is a networkx.MultiDiGraph")
    yield b'{"directed":true,"edges":['
    yield from _json_array_items(_edges(graph))
    yield b'],"graph":' + orjson.dumps({**graph.graph, "schema_version": SCHEMA_VERSION}, option=_SORTED)
    yield b',"multigraph":true,"nodes":['
    yield from _json_array_items(_nodes(graph))
    yield b"]}\n"


def dump_graph(graph: nx.MultiDiGraph) -> bytes:
    """The bytes `save_graph` writes, in one piece (small graphs, tests)."""
    return b"".join(iter_graph_json(graph))


def save_graph(graph: nx.MultiDiGraph, path: str | os.PathLike) -> None:
    """Write the graph as node-link JSON to `path`, atomically, streamed chunk by chunk."""
    try:
        with atomic_write(path, "wb") as handle, gc_paused():
            for piece in iter_graph_json(graph):
                handle.write(piece)
    except OSError as err:
        raise PaperkgError(f"{path}: cannot write graph: {err.strerror or err}") from err


def load_graph(path: str | os.PathLike) -> nx.MultiDiGraph:
    """Read a graph `save_graph` wrote; a clear PaperkgError for anything else."""
    path = Path(path)
    if not path.exists():
        raise PaperkgError(f"{path}: no such graph file (make one with `paperkg build`)")
    if path.is_dir():
        raise PaperkgError(f"{path}: is a directory, not a graph file")
    try:
        raw = path.read_bytes()
    except OSError as err:
        raise PaperkgError(f"{path}: cannot read graph: {err.strerror or err}") from err
    if not raw.strip():
        raise PaperkgError(f"{path}: empty file, not a paperkg graph (rebuild it with `paperkg build --fresh`)")
    with gc_paused():
        try:
            data = orjson.loads(raw)
        except orjson.JSONDecodeError as err:
            raise PaperkgError(f"{path}: corrupt graph file, not valid JSON ({err}); "
                               "rebuild it with `paperkg build --fresh`") from err
        del raw  # the file's bytes are not needed once parsed: peak = file + graph, not more
        _check_shape(path, data)
        return _graph_from_data(path, data)


def _check_shape(path: Path, data: Any) -> None:
    """Node-link JSON of a directed multigraph in this schema version, or a PaperkgError."""
    if not isinstance(data, dict) or not isinstance(data.get("nodes"), list) \
            or not isinstance(data.get("edges"), list):
        raise PaperkgError(f"{path}: not a paperkg graph (expected node-link JSON with 'nodes' and 'edges')")
    version = (data.get("graph") or {}).get("schema_version") if isinstance(data.get("graph"), dict) else None
    if version != SCHEMA_VERSION:
        raise PaperkgError(f"{path}: graph schema version {version!r}, this paperkg reads version "
                           f"{SCHEMA_VERSION}; rebuild it with `paperkg build --fresh`")
    if data.get("directed") is not True or data.get("multigraph") is not True:
        raise PaperkgError(f"{path}: not a paperkg graph (expected a directed multigraph)")


def _graph_from_data(path: Path, data: dict) -> nx.MultiDiGraph:
    """The graph from parsed node-link data, checking every item on the way: nodes with an
    id and a label, edges between known nodes with a type (a damaged file fails here,
    pointing at the item, instead of getting invented ids or nodes).

    The parsed dicts become NetworkX's attribute dicts as they are, written straight into
    the MultiDiGraph's adjacency (`_node`, `_adj` = `_succ`, `_pred`; one key dict shared
    by both directions, as `add_edge` does): `nx.node_link_graph` copies each one through
    `add_node`/`add_edge`, 2.5x slower and twice the memory while loading.
    """
    graph = nx.MultiDiGraph()
    graph.graph.update(data["graph"])
    node, succ, pred = graph._node, graph._adj, graph._pred
    try:
        for attrs in data["nodes"]:
            nid = attrs.pop("id")
            if type(nid) is not str or nid in node or "label" not in attrs:
                raise ValueError(nid)
            node[nid] = attrs
            succ[nid] = {}
            pred[nid] = {}
    except (AttributeError, KeyError, TypeError, ValueError):
        raise PaperkgError(f"{path}: corrupt graph file (node #{len(node)} has no id or label, "
                           "or a repeated id)") from None
    edges = 0
    try:
        for attrs in data["edges"]:
            u, v, key = attrs.pop("source"), attrs.pop("target"), attrs.pop("key")
            if type(key) is not str or v not in node:
                raise ValueError(key)
            keys = succ[u].get(v)
            if keys is None:
                keys = succ[u][v] = pred[v][u] = {}
            keys[key] = attrs
            edges += 1
    except (AttributeError, KeyError, TypeError, ValueError):
        raise PaperkgError(f"{path}: corrupt graph file (edge #{edges} has an unknown end or no type)") from None
    return graph


def _flat(value: Any) -> Any:
    """A property value GraphML/GEXF can hold: lists joined, everything else as is."""
    if isinstance(value, (list, tuple)):
        return LIST_SEPARATOR.join(str(v) for v in value)
    return value


def flatten_for_export(graph: nx.MultiDiGraph, gexf: bool = False) -> nx.MultiDiGraph:
    """A copy with list values "; "-joined and no None values.

    For GEXF the node's schema label moves to `type` and its `name` becomes the
    GEXF label (NetworkX writes a `label` attribute as the GEXF label, which is
    what Gephi shows); edges get their relationship type as label.
    """
    out = nx.MultiDiGraph()
    out.graph.update({k: _flat(v) for k, v in graph.graph.items() if v is not None})
    for nid, attrs in sorted(graph.nodes(data=True), key=lambda item: item[0]):
        flat = {k: _flat(v) for k, v in attrs.items() if v is not None}
        if gexf:
            flat["type"] = flat.pop("label", "")
            flat["label"] = str(attrs.get("name") or nid)
        out.add_node(nid, **flat)
    for u, v, key, attrs in sorted(graph.edges(keys=True, data=True), key=lambda e: (e[0], e[1], str(e[2]))):
        flat = {k: _flat(val) for k, val in attrs.items() if val is not None}
        if gexf:
            flat.setdefault("label", str(key))
        out.add_edge(u, v, key=key, **flat)
    return out


def export_graph(graph: nx.MultiDiGraph, path: str | os.PathLike) -> None:
    """Write the graph as GraphML or GEXF, chosen by the file suffix, atomically."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in EXPORT_FORMATS:
        raise PaperkgError(f"{path}: unknown export format {suffix or '(no suffix)'!r}; "
                           f"use one of {', '.join(EXPORT_FORMATS)}")
    try:
        with atomic_write(path, "wb") as handle:
            if suffix == ".graphml":
                nx.write_graphml(flatten_for_export(graph), handle)
            else:
                nx.write_gexf(flatten_for_export(graph, gexf=True), handle)
    except OSError as err:
        raise PaperkgError(f"{path}: cannot write export: {err.strerror or err}") from err
