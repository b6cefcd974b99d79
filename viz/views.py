"""Which part of the graph each explorer page shows.

A view is plain data (`View`): the node ids to draw, the edges between them
and a note when the view was cut down. Selection is separate from rendering
so the caps and priorities can be tested without a browser, and so the pages
stay small: a browser can lay out a few hundred nodes quickly, not 100,000.

Every ordering here ends in a tie-break on the node id, so the same graph
always yields the same view (and byte-identical HTML).
"""
from __future__ import annotations

import functools
import heapq
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

import networkx as nx

from paperkg.errors import PaperkgError, UsageError
from paperkg.graph import schema as S

from .styles import DEFAULT_OVERVIEW_TYPES, TYPE_OPTIONS

DEFAULT_TOP = 300  # overview node cap: lays out in a couple of seconds
HARD_CAP = 2000  # no page ever draws more nodes than this
FOCUS_CAP = 400  # entity and paper views


@dataclass(slots=True)
class View:
    """The nodes and edges of one page, in drawing order."""

    kind: str  # "overview" | "entity" | "paper"
    title: str
    nodes: list[str]
    edges: list[tuple[str, str, str]]  # (source, target, relationship type)
    focus: str | None = None
    notes: list[str] = field(default_factory=list)  # shown on the page, e.g. truncation

    @property
    def truncated(self) -> bool:
        return any(n.startswith("Showing") for n in self.notes)


def parse_types(text: str | Iterable[str] | None) -> tuple[str, ...]:
    """`"model,dataset"` -> ("Model", "Dataset"); an unknown name is a usage error."""
    if text is None:
        return DEFAULT_OVERVIEW_TYPES
    names = text.split(",") if isinstance(text, str) else list(text)
    labels: list[str] = []
    for raw in names:
        name = raw.strip().lower()
        if not name:
            continue
        if name in TYPE_OPTIONS:
            label = TYPE_OPTIONS[name]
        elif name.rstrip("s") in TYPE_OPTIONS:  # "models"
            label = TYPE_OPTIONS[name.rstrip("s")]
        else:
            valid = ", ".join(TYPE_OPTIONS)
            raise UsageError(f"unknown node type {raw.strip()!r} in --types (choose from: {valid})")
        if label not in labels:
            labels.append(label)
    if not labels:
        raise UsageError("--types is empty")
    return tuple(labels)


def paper_count(graph: nx.MultiDiGraph, nid: str) -> int:
    """Distinct papers pointing at a node: mentioning it, or (for a paper) citing it."""
    return len(_paper_preds(graph, nid))


def paper_counts(graph: nx.MultiDiGraph, nids: Iterable[str]) -> dict[str, int]:
    """`paper_count` of many nodes at once: one label table instead of a NodeView lookup per neighbour
    (hubs of a 100k-paper graph have tens of thousands of neighbours)."""
    label_of = dict(graph.nodes(data="label"))
    pred = graph.pred
    return {nid: sum(1 for u in pred[nid] if label_of[u] == S.PAPER) for nid in nids}


def _paper_preds(graph: nx.MultiDiGraph, nid: str) -> list[str]:
    nodes = graph.nodes
    return [u for u in graph.pred[nid] if nodes[u].get("label") == S.PAPER]


def _newest_first(graph: nx.MultiDiGraph, papers: Iterable[str]) -> list[str]:
    # Two stable sorts: by id ascending, then by date descending.
    ordered = sorted(papers)
    ordered.sort(key=lambda p: _text(graph.nodes[p].get("date")), reverse=True)
    return ordered


def induced_edges(graph: nx.MultiDiGraph, nodes: list[str]) -> list[tuple[str, str, str]]:
    """All edges between the chosen nodes, walking successors only (cheap even for hubs)."""
    chosen = set(nodes)
    edges = []
    for u in nodes:
        for v, keys in graph.succ[u].items():
            if v in chosen:
                edges.extend((u, v, k) for k in keys)
    edges.sort()
    return edges


def _fmt(n: int) -> str:
    return f"{n:,}"


def overview(graph: nx.MultiDiGraph, top: int = DEFAULT_TOP, types: Iterable[str] | str | None = None) -> View:
    """The most connected entities of the chosen types and their papers, at most `top` nodes.

    When everything fits, everything is shown. Otherwise a quarter of the
    budget goes to the entities with the most papers and the rest to papers:
    first each chosen entity's best-connected paper (so no entity floats
    alone), then the papers linking the most chosen entities. Budget the
    papers cannot use goes to further entities, those the shown papers link first.
    """
    labels = set(parse_types(types))
    if top < 1:
        raise UsageError(f"--top must be at least 1, got {top}")
    notes = []
    cap = top
    if top > HARD_CAP:
        cap = HARD_CAP
        notes.append(f"--top {_fmt(top)} is above the hard cap: showing at most {_fmt(HARD_CAP)} nodes.")

    label_of = dict(graph.nodes(data="label"))  # one dict lookup per neighbour below, not a NodeView
    pred = graph.pred
    papers_of = {
        nid: [u for u in pred[nid] if label_of[u] == S.PAPER] for nid, label in label_of.items() if label in labels
    }
    counts = {nid: len(ps) for nid, ps in papers_of.items()}
    ranked = sorted(counts, key=lambda n: (-counts[n], n))
    all_papers: set[str] = set()
    for ps in papers_of.values():
        all_papers.update(ps)
    total = len(ranked) + len(all_papers)

    if total <= cap:
        entities = ranked
        papers = sorted(all_papers)
    else:
        n_entities = min(len(ranked), max(1, cap // 4))
        entities = ranked[:n_entities]
        budget = cap - n_entities
        score: Counter[str] = Counter()
        for e in entities:
            score.update(papers_of[e])
        date_of = dict(graph.nodes(data="date"))
        # Most chosen entities linked first, then newest, then id.
        key_of = {p: (-n, -_date_number(_text(date_of[p])), p) for p, n in score.items()}

        picked: list[str] = []
        picked_set: set[str] = set()
        for e in entities:  # coverage: each entity's best paper, most connected entities first
            if len(picked) >= budget:
                break
            preds = papers_of[e]
            if preds and picked_set.isdisjoint(preds):
                best = min(preds, key=key_of.__getitem__)
                picked.append(best)
                picked_set.add(best)
        if len(picked) < budget:
            rest = (key_of[p] for p in score if p not in picked_set)
            for _n, _d, p in heapq.nsmallest(budget - len(picked), rest):
                picked.append(p)
                picked_set.add(p)
        papers = sorted(picked)
        room = cap - len(entities) - len(papers)
        if room > 0:  # too few papers to fill the budget: more entities, those the shown papers link first
            shown = set(entities)
            linked = {v for p in papers for v in graph.succ[p] if v in counts and v not in shown}
            entities = entities + sorted(linked, key=lambda n: (-counts[n], n))[:room]
        notes.append(
            f"Showing {_fmt(len(entities) + len(papers))} of {_fmt(total)} nodes: the {_fmt(len(entities))} "
            f"most connected of {_fmt(len(ranked))} entities and {_fmt(len(papers))} of their "
            f"{_fmt(len(all_papers))} papers. Use --top N to show more (at most {_fmt(HARD_CAP)})."
        )
    chosen = entities + papers
    if not chosen:
        notes.append("The graph has no entities of these types.")
    type_names = ", ".join(sorted(o for o, lab in TYPE_OPTIONS.items() if lab in labels))
    return View("overview", f"Overview: {type_names}", chosen, induced_edges(graph, chosen), notes=notes)


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


@functools.lru_cache(maxsize=65536)  # few distinct dates, many papers
def _date_number(date: str) -> int:
    """20221103 for "2022-11-03" (a partial date is padded, no date is 0): sortable as a number."""
    if len(date) >= 10 and date[4] == "-" and date[7] == "-":
        try:
            return int(date[0:4] + date[5:7] + date[8:10])
        except ValueError:
            pass
    digits = "".join(c for c in date[:10] if c.isdigit())
    return int(digits[:8].ljust(8, "0")) if digits else 0


class _Budget:
    """Collects nodes in priority order until the cap, remembering what was left out."""

    def __init__(self, cap: int):
        self.cap = cap
        self.nodes: list[str] = []
        self.seen: set[str] = set()
        self.dropped: Counter[str] = Counter()

    def add(self, nids: Iterable[str], what: str) -> None:
        for nid in nids:
            if nid in self.seen:
                continue
            if len(self.nodes) >= self.cap:
                self.dropped[what] += 1
                continue
            self.nodes.append(nid)
            self.seen.add(nid)

    def notes(self) -> list[str]:
        if not self.dropped:
            return []
        left = ", ".join(f"{_fmt(n)} {what}" for what, n in sorted(self.dropped.items()))
        return [f"Showing {_fmt(len(self.nodes))} nodes (the cap); left out: {left}."]


def _require(graph: nx.MultiDiGraph, nid: str, paper: bool) -> None:
    """A focus view needs an existing node of the right kind (callers resolve names first)."""
    if nid not in graph:
        raise PaperkgError(f"no node {nid!r} in the graph")
    if (graph.nodes[nid].get("label") == S.PAPER) != paper:
        raise PaperkgError(f"{nid} is {'not ' if paper else ''}a paper; use the {'entity' if paper else 'paper'} view")


def based_on_chain(graph: nx.MultiDiGraph, start: str, limit: int = 200) -> list[str]:
    """Models `start` is based on, transitively, and models based on it (BFS order)."""
    found: list[str] = []
    seen = {start}
    frontier = [start]
    while frontier and len(found) < limit:
        nxt = []
        for nid in frontier:
            ups = [v for v, keys in graph.succ[nid].items() if S.BASED_ON in keys]
            downs = [u for u, keys in graph.pred[nid].items() if S.BASED_ON in keys]
            for other in sorted(ups) + sorted(downs):
                if other not in seen:
                    seen.add(other)
                    found.append(other)
                    nxt.append(other)
        frontier = nxt
    return found[:limit]


def entity_view(graph: nx.MultiDiGraph, nid: str, cap: int = FOCUS_CAP) -> View:
    """One entity with its papers, co-mentioned entities, BASED_ON chain and derived citations.

    Priority under the cap: the entity, its BASED_ON chain, its other direct
    neighbours (code, owners...), its papers (newest first), the entities
    those papers also mention (most shared first), then papers its papers
    cite or are cited by.
    """
    _require(graph, nid, paper=False)
    nodes = graph.nodes
    budget = _Budget(cap)
    budget.add([nid], "focus")
    budget.add(based_on_chain(graph, nid), "BASED_ON relatives")
    direct = set(graph.succ[nid]) | set(graph.pred[nid])
    papers = _newest_first(graph, (n for n in direct if nodes[n].get("label") == S.PAPER))
    others = sorted(n for n in direct if nodes[n].get("label") != S.PAPER)
    budget.add(others, "linked entities")
    budget.add(papers, "papers")
    shown_papers = [p for p in papers if p in budget.seen]
    co: Counter[str] = Counter()
    for p in shown_papers:
        co.update(v for v in graph.succ[p] if v != nid and nodes[v].get("label") != S.PAPER)
    budget.add(sorted(co, key=lambda n: (-co[n], n)), "co-mentioned entities")
    cited: set[str] = set()
    for p in shown_papers:
        cited.update(v for v, keys in graph.succ[p].items() if S.CITES in keys)
        cited.update(u for u, keys in graph.pred[p].items() if S.CITES in keys)
    budget.add(_newest_first(graph, cited), "citing/cited papers")
    name = nodes[nid].get("name") or nid
    label = nodes[nid].get("label", "")
    return View("entity", f"{label}: {name}", budget.nodes, induced_edges(graph, budget.nodes), focus=nid,
                notes=budget.notes())


def paper_view(graph: nx.MultiDiGraph, nid: str, cap: int = FOCUS_CAP) -> View:
    """One paper with everything it mentions, introduces and links, and its derived citations."""
    _require(graph, nid, paper=True)
    nodes = graph.nodes
    budget = _Budget(cap)
    budget.add([nid], "focus")
    outs = sorted(v for v in graph.succ[nid] if nodes[v].get("label") != S.PAPER)
    budget.add(outs, "linked entities")
    owners = sorted({o for v in outs for o, keys in graph.succ[v].items() if S.OWNED_BY in keys})
    budget.add(owners, "owners")
    cites = [v for v, keys in graph.succ[nid].items() if S.CITES in keys]
    cited_by = [u for u, keys in graph.pred[nid].items() if S.CITES in keys]
    budget.add(_newest_first(graph, cites), "cited papers")
    budget.add(_newest_first(graph, cited_by), "citing papers")
    title = nodes[nid].get("title") or nodes[nid].get("name") or nid
    return View("paper", f"Paper: {title}", budget.nodes, induced_edges(graph, budget.nodes), focus=nid,
                notes=budget.notes())
