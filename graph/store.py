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

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import networkx as nx
import orjson

from ..errors import PaperkgError
from ..files import atomic_write
from ..gc_pause import gc_paused
from .schema import SCHEMA_VERSION

LIST_SEPARATOR = "; "
EXPORT_FORMATS = (".graphml", ".gexf")


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


def _json_array_items(items: Iterator[dict[str, Any]]) -> Iterator[bytes]:
    """The items of a JSON array, one a line ("item,\\n" ... "item\\n"), serialised as they are
    written: the save holds one item besides the graph, never a node-link copy of it.

    One item a line keeps the file plain node-link JSON (whitespace between items is
    allowed) while `load_graph` can parse it item by item: orjson cannot parse a
    multi-gigabyte document in one piece, and a line never splits an item (orjson
    escapes newlines inside strings)."""
    first = True
    for item in items:
        line = orjson.dumps(item, option=_SORTED)
        yield line if first else b",\n" + line
        first = False
    if not first:
        yield b"\n"


_EDGES_START = b'{"directed":true,"edges":[\n'
_GRAPH_START = b'],"graph":'
_NODES_START = b',"multigraph":true,"nodes":[\n'
_END = b"]}\n"


def iter_graph_json(graph: nx.MultiDiGraph) -> Iterator[bytes]:
    """The saved bytes in pieces: node-link JSON with sorted keys, nodes by id, edges by
    (source, target, type), the schema version in the graph attributes, one node or edge
    a line (`_json_array_items`). Top-level keys in sorted order: directed, edges, graph,
    multigraph, nodes. Parsed, it is `nx.node_link_data(graph, edges="edges")` after
    those sorts.
    """
    if not (graph.is_directed() and graph.is_multigraph()):
        raise TypeError("a paperkg graph is a networkx.MultiDiGraph")
    yield _EDGES_START
    yield from _json_array_items(_edges(graph))
    yield _GRAPH_START + orjson.dumps({**graph.graph, "schema_version": SCHEMA_VERSION}, option=_SORTED)
    yield _NODES_START
    yield from _json_array_items(_nodes(graph))
    yield _END


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
        with open(path, "rb") as handle, gc_paused():
            first = handle.readline()
            data = _read_items(path, first, handle) if first == _EDGES_START else _read_whole(path, first, handle)
    except OSError as err:
        raise PaperkgError(f"{path}: cannot read graph: {err.strerror or err}") from err
    except MemoryError as err:
        raise _too_large(path) from err
    with gc_paused():
        _check_shape(path, data)
        return _graph_from_data(path, data)


def _too_large(path: Path) -> PaperkgError:
    size = path.stat().st_size / 1e9
    return PaperkgError(f"{path}: not enough memory to load this {size:.1f} GB graph here; load it on a "
                        "machine with more memory and move it to Neo4j (`paperkg export --neo4j-import DIR`, "
                        "README: Using Neo4j)")


def _read_items(path: Path, first: bytes, handle) -> dict[str, Any]:
    """The node-link data of a file `save_graph` wrote, parsed one item (line) at a time: the
    peak is the parsed items, which become the graph, never the whole file's bytes."""
    edges: list = []
    nodes: list = []
    graph_attrs: Any = None
    items, number = edges, 1
    for number, line in enumerate(handle, start=2):
        if line.startswith(b"]"):
            if items is nodes:
                if line.rstrip() != _END.rstrip() or handle.read(1):
                    raise PaperkgError(f"{path}:{number}: corrupt graph file (unexpected end)")
                return {"directed": True, "multigraph": True, "graph": graph_attrs, "nodes": nodes, "edges": edges}
            if not (line.startswith(_GRAPH_START) and line.endswith(_NODES_START)):
                raise PaperkgError(f"{path}:{number}: corrupt graph file (expected the graph attributes)")
            graph_attrs = _loads(path, line[len(_GRAPH_START):-len(_NODES_START)], number)
            items = nodes
            continue
        items.append(_loads(path, line.rstrip(b",\n"), number))
    raise PaperkgError(f"{path}:{number}: corrupt graph file, truncated; rebuild it with `paperkg build --fresh`")


def _loads(path: Path, text: bytes, line: int | None = None) -> Any:
    """`orjson.loads`, its failures as one-line PaperkgErrors naming the file (and line)."""
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError as err:
        if "memory" in str(err).lower():  # orjson reports its allocation failure as a decode error
            raise _too_large(path) from err
        where = f"{path}:{line}" if line else str(path)
        raise PaperkgError(f"{where}: corrupt graph file, not valid JSON ({err}); "
                           "rebuild it with `paperkg build --fresh`") from err


def _read_whole(path: Path, first: bytes, handle) -> Any:
    """Any other JSON file (a graph saved on one line, a file made by hand), parsed in one piece."""
    raw = first + handle.read()
    if not raw.strip():
        raise PaperkgError(f"{path}: empty file, not a paperkg graph (rebuild it with `paperkg build --fresh`)")
    return _loads(path, raw)


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
