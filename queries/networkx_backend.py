"""Answer the ready-made questions from an in-memory NetworkX graph.

The stored graph is never modified. Indexes are built lazily, once per graph
(or all at once by `warm()`): the label index and name indexes (for name
resolution), the paper index (paper ranks by date, per-node newest-first paper
lists, per-paper mention tuples, typed relations), pre-sorted co-mention
counts of hub entities, and the search text with its trigram filter. After
that a question costs about the size of its answer: a slice of a pre-sorted
list, a C-level `Counter` over the papers involved, a bidirectional BFS that
avoids expanding hubs, or a `bytes.find` over the blocks that can match.
"""
from __future__ import annotations

from array import array
from bisect import bisect_right
from collections import Counter, defaultdict
from functools import cached_property
from itertools import chain, groupby, islice
from operator import itemgetter
from typing import Any

import networkx as nx
import numpy as np

from ..graph import schema as S
from .backend import NameIndexCache, count_order
from .results import MENTIONED_LABELS, CatalogEntry, CoOccurrence, Count, NodeRef, PaperHit, PathStep, Related

HUB_PAPERS = 1000  # entities with at least this many papers get their co-mentions counted once
_SKIP_RELATIONS = (S.MENTIONS, S.LINKS_TO, S.CITES)
# Which relationship names a path hop when two nodes are joined by several.
_PATH_PREFERENCE = (S.INTRODUCES, S.BASED_ON, S.TRAINED_ON, S.EVALUATED_ON, S.HAS_CODE, S.MENTIONS,
                    S.LINKS_TO, S.OWNED_BY, S.CITES)


def _unique(items) -> list[str]:
    return list(dict.fromkeys(i for i in items if i))


def _as_list(value) -> list[str]:
    if value is None:
        return []
    return [value] if isinstance(value, str) else list(value)


class _PaperIndex:
    """Per-graph lookup tables: built in one pass over the nodes and one over the edges."""

    def __init__(self, g: nx.MultiDiGraph):
        papers = [(nid, d) for nid, d in g.nodes(data=True) if d.get("label") == S.PAPER]
        papers.sort(key=lambda item: item[1].get("key") or item[0])
        papers.sort(key=lambda item: item[1].get("date") or "", reverse=True)  # stable: ties keep key order
        self.order: list[str] = [nid for nid, _ in papers]
        self.rank: dict[str, int] = {nid: i for i, nid in enumerate(self.order)}
        # target node -> [(paper rank, relationship type, edge attrs)], sorted by rank (newest first)
        self.hits: dict[str, list[tuple[int, str, dict]]] = defaultdict(list)
        mentions: dict[str, list[str]] = defaultdict(list)
        self.relations: dict[str, list[tuple[str, str, str, dict]]] = defaultdict(list)
        self.owned: dict[str, list[str]] = defaultdict(list)  # organization -> resources it owns
        succ = g._succ  # plain dict walks: no edge-view generator per edge
        relations, owned = self.relations, self.owned
        # Papers in rank order, so every hits list is appended already sorted (newest first).
        for rank, u in enumerate(self.order):
            own: list[str] = []
            for v, by_type in succ[u].items():
                for rel, data in by_type.items():
                    if rel == S.MENTIONS:
                        self.hits[v].append((rank, rel, data))
                        own.append(v)
                    elif rel == S.LINKS_TO:
                        self.hits[v].append((rank, rel, data))
                    elif rel != S.CITES:
                        relations[u].append((rel, "out", v, data))
                        relations[v].append((rel, "in", u, data))
            if own:
                mentions[u] = own
        for u, nbrs in succ.items():
            if u in self.rank:
                continue
            for v, by_type in nbrs.items():
                for rel, data in by_type.items():
                    if rel not in _SKIP_RELATIONS:
                        relations[u].append((rel, "out", v, data))
                        relations[v].append((rel, "in", u, data))
                        if rel == S.OWNED_BY:
                            owned[v].append(u)
        self.mentions: dict[str, tuple[str, ...]] = {p: tuple(ms) for p, ms in mentions.items()}
        self.mentions_by_rank: list[tuple[str, ...]] = [self.mentions.get(nid, ()) for nid in self.order]


class _TextIndex:
    """All titles and abstracts, lower-cased, as one UTF-8 byte string in newest-first paper order,
    with a trigram filter per block so a rare search does not scan everything.

    `bytes.find` answers a substring search in C. A common word stops after
    `limit` hits near the start. For a rare one, each block of BLOCK bytes has
    a bit set of the (hashed) byte trigrams occurring in it, built once with
    numpy: only blocks holding every trigram of the query are scanned - a
    block can match falsely (then it is scanned for nothing), never be
    skipped wrongly. Bytes, not str: one accented character would make
    CPython store a joined str with 2-4 bytes per character. UTF-8 is
    self-synchronizing, so an encoded query matches only at character
    boundaries. \x00 separates title from abstract and \x01 papers, so a
    match never spans two fields (the same rule as the Neo4j query).
    """

    BLOCK = 1 << 20  # bytes per filter block
    OVERLAP = 256  # trigrams starting this far past a block count for it too (matches straddling the end)
    BITS = 20  # 2**20 hash slots per block: 128 KB

    def __init__(self, g: nx.MultiDiGraph, order: list[str]):
        nodes = g.nodes
        pieces: list[bytes] = []
        starts = array("q")
        pos = 0
        for nid in order:
            data = nodes[nid]
            title, abstract = data.get("title") or data.get("name") or "", data.get("abstract") or ""
            piece = f"{title.lower()}\x00{abstract.lower()}\x01".encode("utf-8", "surrogatepass")
            starts.append(pos)
            pieces.append(piece)
            pos += len(piece)
        self.text = b"".join(pieces)
        self.starts = starts
        self.filters = self._filters(self.text)

    @classmethod
    def _hash(cls, codes: np.ndarray) -> np.ndarray:
        return (codes * np.uint32(2654435761)) >> np.uint32(32 - cls.BITS)  # Fibonacci hashing, wraps at 2**32

    @classmethod
    def _filters(cls, text: bytes) -> np.ndarray:
        """One packed bit row per block: which trigram hashes start in it (or in its overlap)."""
        data = np.frombuffer(text, dtype=np.uint8)
        blocks = max(1, -(-len(data) // cls.BLOCK))
        rows = np.zeros((blocks, (1 << cls.BITS) // 8), dtype=np.uint8)
        seen = np.zeros(1 << cls.BITS, dtype=bool)
        for i in range(blocks):
            chunk = data[i * cls.BLOCK:(i + 1) * cls.BLOCK + cls.OVERLAP + 2].astype(np.uint32)
            if len(chunk) < 3:
                continue
            seen[:] = False
            seen[cls._hash((chunk[:-2] << 16) | (chunk[1:-1] << 8) | chunk[2:])] = True
            rows[i] = np.packbits(seen)
        return rows

    def _blocks(self, needle: bytes) -> np.ndarray:
        """Indices of the blocks that may contain `needle` (all blocks when it is too short to filter)."""
        head = needle[:self.OVERLAP + 2]
        if len(head) < 3:
            return np.arange(len(self.filters))
        codes = np.frombuffer(head, dtype=np.uint8).astype(np.uint32)
        slots = self._hash((codes[:-2] << 16) | (codes[1:-1] << 8) | codes[2:])
        present = self.filters[:, slots >> 3] & (np.uint8(128) >> (slots & 7).astype(np.uint8))
        return np.flatnonzero(present.all(axis=1))

    def find(self, query: str, limit: int | None) -> list[int]:
        """Ranks of the papers containing `query` (already lower-cased), newest first."""
        needle = query.replace("\x00", "").replace("\x01", "").encode("utf-8", "surrogatepass")
        ranks: list[int] = []
        if not needle:
            return ranks
        text, starts, find = self.text, self.starts, self.text.find
        last = -1
        for block in self._blocks(needle).tolist():
            lo = max(block * self.BLOCK, last + 1)
            hi = min(len(text), (block + 1) * self.BLOCK + len(needle) - 1)  # matches starting in the block
            pos = lo
            while (hit := find(needle, pos, hi)) >= 0:
                rank = bisect_right(starts, hit) - 1
                ranks.append(rank)
                if limit is not None and len(ranks) >= limit:
                    return ranks
                pos = starts[rank + 1] if rank + 1 < len(starts) else len(text)
                last = pos - 1  # the next block must not report this paper again
        return ranks


class NetworkXBackend(NameIndexCache):
    """Queries over a `MultiDiGraph` in the schema of docs/schema.md (read-only)."""

    name = "networkx"

    def __init__(self, graph: nx.MultiDiGraph):
        self.graph = graph

    # -- lazily built indexes ------------------------------------------------------------
    @cached_property
    def _by_label(self) -> dict[str, list[str]]:
        by_label: dict[str, list[str]] = defaultdict(list)
        for nid, label in self.graph.nodes(data="label"):
            by_label[label].append(nid)
        return by_label

    @cached_property
    def _index(self) -> _PaperIndex:
        return _PaperIndex(self.graph)

    @cached_property
    def _text(self) -> _TextIndex:
        return _TextIndex(self.graph, self._index.order)

    def warm(self) -> None:
        """Build every index now instead of on first use (benchmarks time this apart from queries)."""
        self._by_label, self._index, self._hubs, self._text  # noqa: B018 - touching cached properties builds them
        for label in (*MENTIONED_LABELS, S.REPOSITORY, S.HF_RESOURCE, S.ORGANIZATION, S.WEBSITE):
            self.name_index(label)

    def _ref(self, nid: str) -> NodeRef:
        data = self.graph.nodes[nid]
        label, key = S.split_node_id(nid)
        key = data.get("key", key)
        return NodeRef(data.get("label", label), key, data.get("name") or data.get("title") or key)

    # -- Backend protocol ----------------------------------------------------------------
    def catalog(self, label: str) -> list[CatalogEntry]:
        nodes = self.graph.nodes
        entries = []
        for nid in self._by_label.get(label, ()):
            d = nodes[nid]
            key = d.get("key", nid)
            entries.append(CatalogEntry(label, key, d.get("name") or d.get("title") or key,
                                        _as_list(d.get("aliases")), _as_list(d.get("variants")), d.get("tag")))
        return entries

    def properties(self, ref: NodeRef) -> dict[str, Any]:
        nid = S.node_id(ref.label, ref.key)
        return dict(self.graph.nodes[nid]) if nid in self.graph else {}

    def _targets(self, refs: list[NodeRef]) -> list[str]:
        targets = []
        for ref in refs:
            nid = S.node_id(ref.label, ref.key)
            targets.append(nid)
            if ref.label == S.ORGANIZATION:
                targets.extend(self._index.owned.get(nid, ()))
        return targets

    def _entries(self, refs: list[NodeRef]) -> list[tuple[int, str, dict]]:
        """Newest-first (rank, type, attrs) entries of the papers pointing at `refs`, one per paper."""
        hits = self._index.hits
        lists = [hits.get(t, []) for t in self._targets(refs)]
        if len(lists) == 1:
            return lists[0]
        best: dict[int, tuple[int, str, dict]] = {}
        for entry in chain.from_iterable(lists):
            old = best.get(entry[0])
            if old is None or _evidence(entry) < _evidence(old):
                best[entry[0]] = entry
        return [best[r] for r in sorted(best)]

    def papers_of(self, refs: list[NodeRef], limit: int | None) -> tuple[int, list[PaperHit]]:
        entries = self._entries(refs)
        return len(entries), [self._hit(e) for e in entries[:limit]]

    def _hit(self, entry: tuple[int, str, dict]) -> PaperHit:
        rank, rel, attrs = entry
        paper = self.graph.nodes[self._index.order[rank]]
        if rel == S.MENTIONS:
            evidence = attrs.get("evidence")
            matched = _unique(chain(_as_list(attrs.get("aliases")), _as_list(attrs.get("variants"))))
        else:
            evidence, matched = attrs.get("url"), []
        return PaperHit(paper.get("key", ""), paper.get("title") or paper.get("name") or "", paper.get("date"),
                        paper.get("url"), evidence, matched)

    def relations(self, ref: NodeRef, limit: int | None = None) -> list[Related]:
        nid = S.node_id(ref.label, ref.key)
        entries = sorted(self._index.relations.get(nid, ()), key=itemgetter(0, 1, 2))  # "Label:key" ~ (label, key)
        out: list[Related] = []
        for _group, items in groupby(entries, key=itemgetter(0, 1)):
            out += [Related(rel, direction, self._ref(other), data.get("evidence"))
                    for rel, direction, other, data in islice(items, limit)]
        return out

    def _count(self, entries: list[tuple[int, str, dict]]) -> Counter:
        """How many of these papers mention each entity (C-level counting)."""
        ranks = map(itemgetter(0), entries)
        return Counter(chain.from_iterable(map(self._index.mentions_by_rank.__getitem__, ranks)))

    @cached_property
    def _hubs(self) -> dict[str, list[tuple[int, str]]]:
        """Co-mention counts of the hubs (>= HUB_PAPERS papers), pre-sorted, built once per graph.

        Counting a hub's co-mentions walks tens of thousands of papers; doing it
        once keeps `related`/`show` of "English" or "BERT" under a millisecond.
        """
        hubs = {}
        for nid, entries in self._index.hits.items():
            if len(entries) >= HUB_PAPERS:
                hubs[nid] = sorted((-n, other) for other, n in self._count(entries).items())
        return hubs

    def _co_sorted(self, refs: list[NodeRef]) -> tuple[list[tuple[int, str]], set[str]]:
        """(-papers, "Label:key") of every co-mentioned entity, ascending, and the ids of `refs` themselves."""
        targets = self._targets(refs)
        if len(targets) == 1 and targets[0] in self._hubs:
            return self._hubs[targets[0]], set(targets)
        return sorted((-n, nid) for nid, n in self._count(self._entries(refs)).items()), set(targets)

    def _best(self, ranked: list[tuple[int, str]], own: set[str], label: str | None,
              limit: int | None) -> list[Count]:
        # "Label:key" ids sort like (label, key): the same tie order as `count_order` and Neo4j.
        prefix = f"{label}:" if label else ""
        items = (item for item in ranked if item[1].startswith(prefix) and item[1] not in own)
        return [Count(self._ref(nid), -neg) for neg, nid in islice(items, limit)]

    def co_mentions(self, refs: list[NodeRef], label: str | None, limit: int | None) -> list[Count]:
        return self._best(*self._co_sorted(refs), label, limit)

    def co_mention_groups(self, refs: list[NodeRef], labels: tuple[str, ...],
                          limit: int | None) -> dict[str, list[Count]]:
        ranked, own = self._co_sorted(refs)
        return {label: self._best(ranked, own, label, limit) for label in labels}

    def top(self, label: str, by: str, limit: int | None) -> list[Count]:
        ranked = self._top_cache(label, by)
        return ranked[:limit] if limit is not None else list(ranked)

    def _top_cache(self, label: str, by: str) -> list[Count]:
        cache = self.__dict__.setdefault("_tops", {})
        if (label, by) not in cache:
            counts = []
            for nid in self._by_label.get(label, ()):
                ref = self._ref(nid)
                if by == "papers":
                    n = len(self._entries([ref]))
                else:
                    n = len(self._index.relations.get(nid, ()))
                if n:
                    counts.append(Count(ref, n))
            cache[(label, by)] = sorted(counts, key=count_order)
        return cache[(label, by)]

    def shortest_path(self, a: NodeRef, b: NodeRef, max_hops: int) -> list[PathStep] | None:
        g = self.graph
        nodes = _bidirectional_bfs(g, S.node_id(a.label, a.key), S.node_id(b.label, b.key), max_hops)
        if nodes is None:
            return None
        steps = [PathStep(self._ref(nodes[0]))]
        for u, v in zip(nodes, nodes[1:]):
            choices = [(rel, True) for rel in g.succ[u].get(v, {})] + [(rel, False) for rel in g.succ[v].get(u, {})]
            rel, forward = min(choices, key=lambda c: (_path_rank(c[0]), not c[1]))
            steps.append(PathStep(self._ref(v), rel, forward))
        return steps

    def search(self, text: str, limit: int | None) -> list[PaperHit]:
        query = text.lower()
        order, nodes = self._index.order, self.graph.nodes
        hits = []
        for rank in self._text.find(query, limit):
            data = nodes[order[rank]]
            hits.append(PaperHit(data.get("key", ""), data.get("title") or data.get("name") or "",
                                 data.get("date"), data.get("url"), _snippet(data, query), []))
        return hits

    def cooccurrence(self, left: str, right: str) -> list[CoOccurrence]:
        cache = self.__dict__.setdefault("_pairs", {})
        if (left, right) not in cache:
            lp, rp = f"{left}:", f"{right}:"
            counter: Counter = Counter()
            for ms in self._index.mentions.values():
                lefts = [m for m in ms if m.startswith(lp)]
                if lefts:
                    rights = [m for m in ms if m.startswith(rp)]
                    counter.update((x, y) for x in lefts for y in rights if x != y)
            pairs = [CoOccurrence(self._ref(x), self._ref(y), n) for (x, y), n in counter.items()]
            pairs.sort(key=lambda c: (-c.papers, c.left.key, c.right.key))
            cache[(left, right)] = pairs
        return cache[(left, right)]  # shared and pre-sorted: callers must not modify it


def _bidirectional_bfs(g: nx.MultiDiGraph, source: str, target: str, max_hops: int) -> list[str] | None:
    """A shortest path ignoring edge direction, or None; at most `max_hops` edges.

    Grows the side whose frontier has fewer edges to scan (not fewer nodes):
    a hub such as "English" is one node with tens of thousands of papers, so
    the search reaches it from the other side instead of expanding it.
    """
    if source not in g or target not in g:
        return None
    if source == target:
        return [source]
    succ, pred = g._succ, g._pred  # read-only access to the adjacency dicts, no view overhead
    parents: tuple[dict, dict] = ({source: None}, {target: None})
    fringes = [[source], [target]]
    for _ in range(max_hops):
        cost = [sum(map(len, map(succ.__getitem__, fringe))) + sum(map(len, map(pred.__getitem__, fringe)))
                for fringe in fringes]
        side = 0 if cost[0] <= cost[1] else 1
        mine, other = parents[side], parents[1 - side]
        grown: list[str] = []
        for node in fringes[side]:
            for adjacent in (succ[node], pred[node]):
                common = adjacent.keys() & other.keys()  # C-level: iterates the smaller of the two
                if common:
                    meet = min(common)  # deterministic, whatever the hash seed
                    mine[meet] = node
                    return _join(parents, meet)
                fresh = [n for n in adjacent if n not in mine]
                mine.update(dict.fromkeys(fresh, node))
                grown += fresh
        if not grown:
            return None
        fringes[side] = grown
    return None


def _join(parents: tuple[dict, dict], meet: str) -> list[str]:
    left, node = [], meet
    while node is not None:
        left.append(node)
        node = parents[0][node]
    right, node = [], parents[1][meet]
    while node is not None:
        right.append(node)
        node = parents[1][node]
    return left[::-1] + right


def _evidence(entry: tuple[int, str, dict]) -> str:
    attrs = entry[2]
    return (attrs.get("evidence") if entry[1] == S.MENTIONS else attrs.get("url")) or ""


def _path_rank(rel: str) -> int:
    return _PATH_PREFERENCE.index(rel) if rel in _PATH_PREFERENCE else len(_PATH_PREFERENCE)


def _snippet(data: dict, query: str, width: int = 80) -> str:
    """The title or abstract text around the first match, as evidence of a search hit."""
    for text in (data.get("title") or "", data.get("abstract") or ""):
        pos = text.lower().find(query)
        if pos >= 0:
            start, end = max(0, pos - width), min(len(text), pos + len(query) + width)
            return ("…" if start else "") + text[start:end] + ("…" if end < len(text) else "")
    return ""
