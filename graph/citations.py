"""Derived citation edges: Paper A CITES Paper B when A uses what B introduces.

Abstracts rarely cite explicitly (those strings go to the Paper's `references`),
but they name the models and datasets they build on and link the code they use.
So a CITES edge (derived: true) is drawn from A to B when

* A MENTIONS a Model/Dataset that B INTRODUCES ("via" the entity's name), or
* A LINKS_TO a Repository/HFResource that is B's own: the code of something B
  introduces or of B itself (HAS_CODE, stated in B's text) or a repository/HF resource B links
  whose name carries the name of something B introduces ("via" its name).

Never a self-citation. When several papers claim to introduce the same entity
(two papers claim "CPM"), it is credited to the earliest of them only when the
dates say which one that is (the others cite it); otherwise no paper is cited
through it - there is no direction to trust. Crediting one paper per entity
also keeps the number of derived edges linear in the number of mentions: a
name claimed by many papers would otherwise make every mention cite them all. The computation reads the
whole graph and is deterministic (sorted iteration), so the builder can drop
and recompute all derived edges at the end of every build.

Co-occurrence projections (Model-Dataset, Model-Language, Dataset-Language)
are computed on demand by `paperkg.queries.api.cooccurrence` and are not stored.
"""
from __future__ import annotations

import re
from collections import defaultdict

import networkx as nx

from ..extract.records import name_key
from . import schema as S

MIN_NAME_KEY = 3  # entity keys shorter than this ("lm", "qa") would match inside too many resource names


def _name(graph: nx.MultiDiGraph, nid: str) -> str:
    attrs = graph.nodes[nid]
    return str(attrs.get("name") or attrs.get("key") or S.split_node_id(nid)[1])


# The functions below walk NetworkX's adjacency dicts (`_node`, `_succ`, `_pred`) directly, as
# NetworkX's own algorithms do: they run over every edge of the graph at the end of every build,
# and the public views cost a wrapper object or a tuple per step.


def introducers(graph: nx.MultiDiGraph) -> dict[str, list[str]]:
    """Model/Dataset node id -> sorted ids of the Papers that INTRODUCE it."""
    out: dict[str, set[str]] = defaultdict(set)
    nodes = graph._node
    for u, nbrs in graph._succ.items():
        if nodes[u].get("label") == S.PAPER:
            for v, keys in nbrs.items():
                if S.INTRODUCES in keys:
                    out[v].add(u)
    return {nid: sorted(papers) for nid, papers in out.items()}


def own_resources(graph: nx.MultiDiGraph, intro: dict[str, list[str]]) -> dict[str, list[str]]:
    """Repository/HFResource node id -> sorted ids of the Papers whose own code/resource it is."""
    out: dict[str, set[str]] = defaultdict(set)
    nodes, succ = graph._node, graph._succ
    by_paper: dict[str, list[str]] = defaultdict(list)  # paper -> name keys of what it introduces
    for entity, papers in intro.items():
        for paper in papers:
            by_paper[paper].append(str(nodes[entity].get("key", "")))
    for u, papers in intro.items():
        for v, keys in succ[u].items():
            data = keys.get(S.HAS_CODE)
            if data is not None:
                stated_by = set(data.get("papers") or ())
                out[v].update(p for p in papers if p in stated_by)
    for paper, nbrs in succ.items():  # the paper's own code, stated of the paper itself (a method's code)
        if nodes[paper].get("label") != S.PAPER:
            continue
        for v, keys in nbrs.items():
            data = keys.get(S.HAS_CODE)
            if data is not None and paper in (data.get("papers") or ()):
                out[v].add(paper)
    for paper, keys in by_paper.items():
        keys = [k for k in keys if len(k) >= MIN_NAME_KEY]
        for v, edges in succ[paper].items():
            if S.LINKS_TO not in edges or nodes[v].get("label") not in (S.REPOSITORY, S.HF_RESOURCE):
                continue
            last = name_key(str(nodes[v].get("key", "")).rsplit("/", 1)[-1])
            if any(k in last for k in keys):
                out[v].add(paper)
    return {nid: sorted(papers) for nid, papers in out.items()}


_ARXIV_NEW = re.compile(r"^(\d{2})(\d{2})\.\d{4,5}")


def _when(attrs: dict) -> str | None:
    """The paper's date, else the month its new-style arXiv id encodes ("2211.01786" -> "2022-11")."""
    date = attrs.get("date")
    if isinstance(date, str) and date:
        return date
    arxiv = attrs.get("arxiv_id") or (attrs.get("key", "")[6:] if str(attrs.get("key", "")).startswith("arxiv:")
                                      else "")
    m = _ARXIV_NEW.match(str(arxiv))
    return f"20{m.group(1)}-{m.group(2)}" if m else None


def first_introducer(graph: nx.MultiDiGraph, owners: list[str]) -> str | None:
    """The one paper an entity is credited to: its only introducer, or the strictly
    earliest dated one; None when the dates cannot tell."""
    if len(owners) == 1:
        return owners[0]
    earliest = min(owners, key=lambda p: _when(graph.nodes[p]) or "~")
    return earliest if all(p == earliest or _later(graph, p, earliest) for p in owners) else None


def _later(graph: nx.MultiDiGraph, a: str, b: str) -> bool:
    """True when both papers are dated and A is strictly later than B (compared at the shared precision)."""
    da, db = _when(graph.nodes[a]), _when(graph.nodes[b])
    if not da or not db:
        return False
    n = min(len(da), len(db))
    return da[:n] > db[:n]


def derive_cites(graph: nx.MultiDiGraph) -> dict[tuple[str, str], list[str]]:
    """(citing paper, cited paper) -> sorted names of the shared entities/resources. Reads only."""
    via: dict[tuple[str, str], set[str]] = defaultdict(set)
    nodes, pred = graph._node, graph._pred
    intro = introducers(graph)
    for entity in sorted(intro):
        b = first_introducer(graph, intro[entity])
        if b is None:
            continue
        name = _name(graph, entity)
        for a, edges in sorted(pred[entity].items()):
            if a != b and S.MENTIONS in edges and nodes[a].get("label") == S.PAPER:
                via[(a, b)].add(name)
    own = own_resources(graph, intro)
    for resource in sorted(own):
        owners = own[resource]
        name = _name(graph, resource)
        for a, edges in sorted(pred[resource].items()):
            if S.LINKS_TO not in edges or nodes[a].get("label") != S.PAPER or a in owners:
                continue
            for b in owners:
                via[(a, b)].add(name)
    return {pair: sorted(names) for pair, names in sorted(via.items())}


def add_cites(graph: nx.MultiDiGraph) -> int:
    """Add the derived CITES edges (derived=True, via=[names]) to the graph; returns how many.

    The graph builder calls this from `finish()` after removing the previous
    derived edges, so rebuilding gives the same edges.
    """
    added = 0
    succ = graph._succ
    for (a, b), names in derive_cites(graph).items():
        attrs = succ[a].get(b, {}).get(S.CITES)
        if attrs is None:
            graph.add_edge(a, b, key=S.CITES)
            added += 1
            attrs = succ[a][b][S.CITES]
        attrs["derived"] = True
        attrs["via"] = sorted(set(attrs.get("via") or ()) | set(names))
    return added


__all__ = ["add_cites", "derive_cites", "first_introducer", "introducers", "own_resources"]
