"""Find the node a user means by `viz entity NAME` or `viz paper ID_OR_TITLE`.

Delegates to the queries package's resolver (`paperkg.queries.api`), so
`paperkg viz entity xlmr` and `paperkg query ... xlmr` always agree: names
are matched by `name_key` against canonical names, aliases, variants and
codes, and a miss raises a `PaperkgError` with did-you-mean suggestions.
A node id ("Model:xlmr") is accepted as is, to settle an ambiguous name.
"""
from __future__ import annotations

import networkx as nx

from paperkg.errors import PaperkgError
from paperkg.graph import schema as S
from paperkg.queries.api import resolve_entity as _resolve_entity
from paperkg.queries.networkx_backend import NetworkXBackend


def _as_node_id(graph: nx.MultiDiGraph, ref) -> str:
    nid = S.node_id(ref.label, ref.key)
    if nid not in graph:  # the resolver and the graph disagree: a bug, but say it plainly
        raise PaperkgError(f"{ref.name!r} resolved to {nid}, which is not in the graph")
    return nid


def resolve_entity(graph: nx.MultiDiGraph, text: str, kind: str | None = None) -> str:
    """Node id of the entity (not a paper) called `text`; `kind` ("model", "repo"...) narrows the search."""
    text = text.strip()
    if text in graph and graph.nodes[text].get("label") != S.PAPER:
        return text
    return _as_node_id(graph, _resolve_entity(NetworkXBackend(graph), text, kind))


def resolve_paper(graph: nx.MultiDiGraph, text: str) -> str:
    """Node id of the paper with this node id, key ("arxiv:2211.01786"), bare arXiv id or title."""
    text = text.strip()
    if text in graph and graph.nodes[text].get("label") == S.PAPER:
        return text
    refs = NetworkXBackend(graph).name_index(S.PAPER).resolve(text)
    return _as_node_id(graph, refs[0])
