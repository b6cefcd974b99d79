"""Answer the ready-made questions from an in-memory NetworkX graph.

The stored graph is never modified. What is built when:

* Once per graph, by the first question that needs it, or all at once by
  `warm()` (about 2-2.5 s of CPU at 100,000 papers on the benchmark machine:
  a long-lived process calls it right after loading; the one-shot CLI does
  not, so each command builds only what its question needs):
  - the label index (node ids by label): every question;
  - the paper index, one pass over the papers' edges: paper ranks (newest
    first), then every paper -> entity edge as numpy integer arrays grouped
    two ways: by entity (its papers, newest first) and by paper (the
    entities it mentions); plus the typed relations and who owns what:
    papers, show, top, related, co-occurrence (and search, for the ranks);
  - the search text (one lower-cased UTF-8 byte string) and its trigram
    filter: search;
  - one name index per label (`name_index`): every question naming an entity.
  `warm()` also loads the name gazetteer and freezes the garbage collector's
  view of what exists (see `warm`).
* Per question, from those arrays, in about the size of the answer: an
  entity's papers are a slice; co-mention counts are one `np.bincount` over
  the entities its papers mention; `top` ranks one label's counts with numpy
  on its first call and keeps the ranking; the first co-occurrence projection
  of two kinds is a vectorised join of their mentions by paper, then kept; a
  path is a bidirectional BFS that avoids expanding hubs; a search is a
  `bytes.find` over the blocks whose filter holds every trigram of the query.

Every builder runs with the cyclic garbage collector paused (`paperkg.gc_pause.gc_paused`).
"""
from __future__ import annotations

import gc
from array import array
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterator
from functools import cached_property
from itertools import accumulate, chain, groupby, islice
from operator import itemgetter
from typing import Any

import networkx as nx
import numpy as np

from ..graph import schema as S
from ..gc_pause import gc_paused
from .backend import NameIndexCache
from .resolve import load_name_gazetteer
from .results import MENTIONED_LABELS, CatalogEntry, CoOccurrence, Count, NodeRef, PaperHit, PathStep, Related

_SKIP_RELATIONS = (S.MENTIONS, S.LINKS_TO, S.CITES)
# Which relationship names a path hop when two nodes are joined by several.
_PATH_PREFERENCE = (S.INTRODUCES, S.BASED_ON, S.TRAINED_ON, S.EVALUATED_ON, S.HAS_CODE, S.MENTIONS,
                    S.LINKS_TO, S.OWNED_BY, S.CITES)

# An entry of an entity's paper list: (paper rank, target id, True for LINKS_TO / False for MENTIONS).
Entry = tuple[int, int, bool]


def _unique(items) -> list[str]:
    return list(dict.fromkeys(i for i in items if i))


def _as_list(value) -> list[str]:
    if value is None:
        return []
    return [value] if isinstance(value, str) else list(value)


def _gather(starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """The index ranges [starts[i], ends[i]) concatenated into one index array, without a Python loop."""
    lengths = ends - starts
    offsets = np.cumsum(lengths) - lengths
    return np.arange(int(lengths.sum())) + np.repeat(starts - offsets, lengths)


def _split_papers(g: nx.MultiDiGraph) -> tuple[list[str], list[str]]:
    """(paper node ids by date descending, undated last, ties by paper key ascending; the other node ids)."""
    papers, others = [], []
    for nid, data in g.nodes(data=True):
        if data.get("label") == S.PAPER:
            papers.append((nid, data))
        else:
            others.append(nid)
    papers.sort(key=lambda item: item[1].get("key") or item[0])
    papers.sort(key=lambda item: item[1].get("date") or "", reverse=True)  # stable: ties keep key order
    return [nid for nid, _ in papers], others


class _PaperIndex:
    """Which paper points at which node, as integer arrays; built in one pass over the papers' edges
    and one over the other nodes' edges.

    Papers are numbered by rank (0 = newest). The nodes papers MENTION or LINK_TO ("targets") are
    numbered in sorted "Label:key" order, so one label is one id range and sorting ids sorts by
    (label, key): the tie order of every count. Each paper -> target edge is an entry, stored twice:
    grouped by target (`hit_paper`/`hit_link` from `hit_start[t]` to `hit_start[t + 1]`, newest
    paper first), and, for MENTIONS, grouped by paper (`mention_target` from `mention_start[r]`).
    """

    def __init__(self, g: nx.MultiDiGraph):
        self.order, others = _split_papers(g)
        self.relations: dict[str, list[tuple[str, str, str, dict]]] = defaultdict(list)
        self.owned: dict[str, list[str]] = defaultdict(list)  # organization -> resources it owns
        first_ids, mentions, links = self._scan_papers(g._succ)  # plain dict walks: no views
        self._scan_others(g._succ, others)
        self.targets: list[str] = sorted(first_ids)
        self.target_id: dict[str, int] = {nid: i for i, nid in enumerate(self.targets)}
        renumber = np.array([self.target_id[nid] for nid in first_ids], dtype=np.int64)
        papers = np.arange(len(self.order))
        (mention_target, mention_counts), (link_target, link_counts) = (
            (renumber[np.frombuffer(ids, dtype=np.int32)], np.frombuffer(counts, dtype=np.int32))
            for ids, counts in (mentions, links))
        self.mention_target = mention_target  # in paper order
        self.mention_start = np.concatenate(([0], np.cumsum(mention_counts)))
        target = np.concatenate((mention_target, link_target))
        paper = np.concatenate((np.repeat(papers, mention_counts), np.repeat(papers, link_counts)))
        link = np.arange(len(target)) >= len(mention_target)
        by_target = np.lexsort((link, paper, target))  # newest paper first within a target
        self.hit_paper, self.hit_link = paper[by_target], link[by_target]
        self.hit_start = np.searchsorted(target[by_target], np.arange(len(self.targets) + 1))
        self.paper_counts: list[int] = np.diff(self.hit_start).tolist()

    def _scan_papers(self, succ: dict) -> tuple[dict[str, int], tuple[array, array], tuple[array, array]]:
        """Target ids in first-seen order; for MENTIONS and for LINKS_TO, the target ids of every
        paper's edges in paper rank order and how many each paper has; the papers' typed
        relations on the way. One pass, as little work per edge as possible: it is the bulk."""
        first_ids: dict[str, int] = {}
        mentions, links, mention_counts, link_counts = array("i"), array("i"), array("i"), array("i")
        typed = []  # (paper, target, relationships) of the edges with relationships of other types
        add_mention, add_link, number = mentions.append, links.append, first_ids.setdefault
        for u in self.order:
            before_mentions, before_links = len(mentions), len(links)
            for v, by_type in succ[u].items():
                kinds = 0
                if S.MENTIONS in by_type:
                    add_mention(number(v, len(first_ids)))
                    kinds += 1
                if S.LINKS_TO in by_type:
                    add_link(number(v, len(first_ids)))
                    kinds += 1
                if len(by_type) > kinds:
                    typed.append((u, v, by_type))
            mention_counts.append(len(mentions) - before_mentions)
            link_counts.append(len(links) - before_links)
        for u, v, by_type in typed:
            for rel, data in by_type.items():
                if rel not in _SKIP_RELATIONS:
                    self.relations[u].append((rel, "out", v, data))
                    self.relations[v].append((rel, "in", u, data))
        return first_ids, (mentions, mention_counts), (links, link_counts)

    def _scan_others(self, succ: dict, others: list[str]) -> None:
        """Typed relations (and ownership) of the edges that do not start at a paper."""
        relations, owned = self.relations, self.owned
        for u in others:
            for v, by_type in succ[u].items():
                for rel, data in by_type.items():
                    if rel not in _SKIP_RELATIONS:
                        relations[u].append((rel, "out", v, data))
                        relations[v].append((rel, "in", u, data))
                        if rel == S.OWNED_BY:
                            owned[v].append(u)

    def id_range(self, label: str | None) -> tuple[int, int]:
        """The target ids of one label ("Label:" prefix), or all of them."""
        if label is None:
            return 0, len(self.targets)
        return bisect_left(self.targets, f"{label}:"), bisect_left(self.targets, f"{label};")  # ";" follows ":"

    def ranks(self, ids: list[int]) -> np.ndarray:
        """Ranks of the papers pointing at any of these targets, newest first, each paper once
        (one target: its list as stored)."""
        start = self.hit_start
        if len(ids) == 1:
            return self.hit_paper[start[ids[0]]:start[ids[0] + 1]]
        lists = [self.hit_paper[start[i]:start[i + 1]] for i in ids]
        return np.unique(np.concatenate(lists)) if lists else self.hit_paper[:0]


class _TextIndex:
    """All titles and abstracts, lower-cased, as one UTF-8 byte string in newest-first paper order,
    with a trigram filter per block so a rare search does not scan everything.

    `bytes.find` answers a substring search in C. A common word stops after
    `limit` hits near the start. For a rare one, each block of BLOCK bytes has
    a bit set of the (hashed) byte trigrams occurring in it, built with numpy:
    only blocks holding every trigram of the query are scanned - a block can
    match falsely (then it is scanned for nothing), never be skipped wrongly.
    Bytes, not str: one accented character would make CPython store a joined
    str with 2-4 bytes per character. UTF-8 is self-synchronizing, so an
    encoded query matches only at character boundaries. \x00 separates title
    from abstract and \x01 papers, so a match never spans two fields (the
    same rule as the Neo4j query).
    """

    BLOCK = 1 << 20  # bytes per filter block
    OVERLAP = 256  # trigrams starting this far past a block count for it too (matches straddling the end)
    BITS = 17  # 2**17 hash slots per block (16 KB); about 10% are set in 1 MB of English text

    @gc_paused()
    def __init__(self, g: nx.MultiDiGraph, order: list[str]):
        nodes = g.nodes
        pieces: list[bytes] = []
        for nid in order:
            data = nodes[nid]
            title, abstract = data.get("title") or data.get("name") or "", data.get("abstract") or ""
            pieces.append(f"{title.lower()}\x00{abstract.lower()}\x01".encode("utf-8", "surrogatepass"))
        self.starts = array("q", [0])
        self.starts.extend(accumulate(map(len, pieces)))
        self.starts.pop()  # the end of the last paper starts nothing
        self.text = b"".join(pieces)
        self.filters = self._filters(self.text)

    @classmethod
    def _hash(cls, codes: np.ndarray) -> np.ndarray:
        """Slot of each trigram code (in place). Fibonacci hashing, wrapping at 2**32."""
        codes *= np.uint32(2654435761)
        codes >>= np.uint32(32 - cls.BITS)
        return codes

    @classmethod
    def _filters(cls, text: bytes) -> np.ndarray:
        """One packed bit row per block: which trigram hashes start in it (or in its overlap).

        The trigram at p is the little-endian uint32 at p shifted left by one
        byte (dropping byte p + 3), read as four contiguous uint32 views of the
        text (p = 0, 4, 8... then 1, 5, 9...): no copy per trigram. The last
        trigram of the text is skipped: it ends with the final \x01, which no
        query holds.
        """
        blocks = max(1, -(-len(text) // cls.BLOCK))
        rows = np.zeros((blocks, (1 << cls.BITS) // 8), dtype=np.uint8)
        for i in range(blocks):
            first, last = i * cls.BLOCK, min(len(text) - 4, (i + 1) * cls.BLOCK + cls.OVERLAP - 1)
            counts = np.zeros(1 << cls.BITS, dtype=np.int64)
            for phase in range(min(4, last - first + 1)):
                words = np.frombuffer(text, dtype="<u4", count=(last - first - phase) // 4 + 1, offset=first + phase)
                counts += np.bincount(cls._hash(words << np.uint32(8)), minlength=1 << cls.BITS)
            rows[i] = np.packbits(counts > 0)
        return rows

    def _blocks(self, needle: bytes) -> np.ndarray:
        """Indices of the blocks that may contain `needle` (all blocks when it is too short to filter)."""
        head = needle[:self.OVERLAP + 2]
        if len(head) < 3:
            return np.arange(len(self.filters))
        codes = np.frombuffer(head, dtype=np.uint8).astype(np.uint32)
        slots = self._hash((codes[:-2] << 8) | (codes[1:-1] << 16) | (codes[2:] << 24))
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

    # -- indexes built once per graph (see the module docstring) ---------------------------
    @cached_property
    @gc_paused()
    def _by_label(self) -> dict[str, list[str]]:
        by_label: dict[str, list[str]] = defaultdict(list)
        for nid, label in self.graph.nodes(data="label"):
            by_label[label].append(nid)
        return by_label

    @cached_property
    @gc_paused()
    def _index(self) -> _PaperIndex:
        return _PaperIndex(self.graph)

    @cached_property
    def _text(self) -> _TextIndex:
        return _TextIndex(self.graph, self._index.order)

    @gc_paused()  # and no collection between the builders either: the graph's objects are still young
    def warm(self) -> None:
        """Build every per-graph index now, so that even the first question of each kind is fast.

        Also loads the name gazetteer, and ends with `gc.freeze()`: the graph
        and its indexes (millions of objects) then sit in the collector's
        permanent generation. Otherwise the first full collection after
        loading walks them all (over a second at 100,000 papers) inside
        whichever question happens to trigger it. They are acyclic, so
        reference counting still frees them when the graph is dropped.
        """
        self._by_label, self._index, self._text  # noqa: B018 - touching cached properties builds them
        for label in (*MENTIONED_LABELS, S.REPOSITORY, S.HF_RESOURCE, S.ORGANIZATION, S.WEBSITE):
            self.name_index(label)
            for by in ("papers", "relations"):  # `top`'s rankings (~0.1 s for all)
                self._ranking(label, by)
        load_name_gazetteer()
        gc.freeze()

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

    def _target_ids(self, nids: list[str]) -> list[int]:
        """Ids of those nodes that papers point at (the others have no papers)."""
        target_id = self._index.target_id
        return [target_id[nid] for nid in nids if nid in target_id]

    def _entries(self, refs: list[NodeRef], limit: int | None) -> tuple[int, list[Entry]]:
        """(number of papers, newest-first entries of the first `limit`) pointing at `refs`, one per paper:
        of a paper pointing at several of them, the entry with the smallest evidence."""
        index = self._index
        ids = self._target_ids(self._targets(refs))
        ranks = index.ranks(ids)
        shown = ranks[:limit].tolist()
        if len(ids) == 1:
            first = int(index.hit_start[ids[0]])
            links = index.hit_link[first:first + len(shown)].tolist()
            return len(ranks), [(rank, ids[0], link) for rank, link in zip(shown, links)]
        best: dict[int, Entry] = {}
        for i in ids:
            start = int(index.hit_start[i])
            papers = index.hit_paper[start:index.hit_start[i + 1]]
            for k in range(int(np.searchsorted(papers, shown[-1], side="right")) if shown else 0):
                entry = (int(papers[k]), i, bool(index.hit_link[start + k]))
                old = best.get(entry[0])
                if old is None or self._evidence(entry) < self._evidence(old):
                    best[entry[0]] = entry
        return len(ranks), [best[r] for r in shown]

    def _edge(self, entry: Entry) -> tuple[str, dict]:
        """Relationship type and attributes of the paper -> target edge behind an entry."""
        index = self._index
        rel = S.LINKS_TO if entry[2] else S.MENTIONS
        return rel, self.graph._succ[index.order[entry[0]]][index.targets[entry[1]]][rel]

    def _evidence(self, entry: Entry) -> str:
        rel, attrs = self._edge(entry)
        return (attrs.get("evidence") if rel == S.MENTIONS else attrs.get("url")) or ""

    def papers_of(self, refs: list[NodeRef], limit: int | None) -> tuple[int, list[PaperHit]]:
        total, entries = self._entries(refs, limit)
        return total, [self._hit(e) for e in entries]

    def _hit(self, entry: Entry) -> PaperHit:
        rel, attrs = self._edge(entry)
        paper = self.graph.nodes[self._index.order[entry[0]]]
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

    def _co_sorted(self, refs: list[NodeRef]) -> tuple[np.ndarray, np.ndarray, list[int]]:
        """(ids, papers) of every entity co-mentioned with `refs`, most papers first, ties by id
        ("Label:key" order), and the target ids of `refs` themselves.

        One `np.bincount` over the mentions of the papers involved: about a
        millisecond even for a hub named by a third of the papers.
        """
        index = self._index
        ids = self._target_ids(self._targets(refs))
        ranks = index.ranks(ids)
        mentioned = index.mention_target[_gather(index.mention_start[ranks], index.mention_start[ranks + 1])]
        counts = np.bincount(mentioned, minlength=len(index.targets))
        found = np.flatnonzero(counts)
        found = found[np.lexsort((found, -counts[found]))]
        return found, counts[found], ids

    def _best(self, found: np.ndarray, counts: np.ndarray, own: list[int], label: str | None,
              limit: int | None) -> list[Count]:
        lo, hi = self._index.id_range(label)
        keep = (found >= lo) & (found < hi) & ~np.isin(found, own)
        targets = self._index.targets
        return [Count(self._ref(targets[i]), n) for i, n in zip(found[keep][:limit].tolist(),
                                                               counts[keep][:limit].tolist())]

    def co_mentions(self, refs: list[NodeRef], label: str | None, limit: int | None) -> list[Count]:
        return self._best(*self._co_sorted(refs), label, limit)

    def co_mention_groups(self, refs: list[NodeRef], labels: tuple[str, ...],
                          limit: int | None) -> dict[str, list[Count]]:
        found, counts, own = self._co_sorted(refs)
        return {label: self._best(found, counts, own, label, limit) for label in labels}

    def top(self, label: str, by: str, limit: int | None) -> list[Count]:
        nids, counts = self._ranking(label, by)
        return [Count(self._ref(nid), n) for nid, n in zip(nids[:limit], counts[:limit])]

    def _ranking(self, label: str, by: str) -> tuple[list[str], list[int]]:
        """The label's nodes with a non-zero count, most first, ties in "Label:key" order (the tie
        order of counts on Neo4j too), with their counts; counted with numpy once, then kept."""
        cache = self.__dict__.setdefault("_rankings", {})
        if (label, by) not in cache:
            if by == "papers" and label == S.ORGANIZATION:
                nids = sorted(self._by_label.get(label, ()))
                counts = self._owner_paper_counts(nids)
            elif by == "papers":  # the label's targets are one id range, in "Label:key" order
                lo, hi = self._index.id_range(label)
                nids, counts = self._index.targets[lo:hi], np.diff(self._index.hit_start[lo:hi + 1])
            else:
                relations = self._index.relations
                nids = sorted(nid for nid in self._by_label.get(label, ()) if nid in relations)
                counts = np.array([len(relations[nid]) for nid in nids], dtype=np.int64)
            order = np.argsort(-counts, kind="stable")  # stable: ties stay in "Label:key" order
            order = order[counts[order] > 0]
            cache[(label, by)] = [nids[i] for i in order.tolist()], counts[order].tolist()
        return cache[(label, by)]

    def _owner_paper_counts(self, orgs: list[str]) -> np.ndarray:
        """Per organization, the papers linking it or anything it owns, each paper once."""
        index, owner, target = self._index, [], []
        for position, org in enumerate(orgs):
            for nid in (org, *index.owned.get(org, ())):
                if nid in index.target_id:
                    owner.append(position)
                    target.append(index.target_id[nid])
        target = np.array(target, dtype=np.int64)
        start, end = index.hit_start[target], index.hit_start[target + 1]
        pairs = np.repeat(np.array(owner, dtype=np.int64), end - start) * len(index.order)
        pairs = np.unique(pairs + index.hit_paper[_gather(start, end)])
        return np.bincount(pairs // max(1, len(index.order)), minlength=len(orgs))

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

    def cooccurrence(self, left: str, right: str) -> Iterator[CoOccurrence]:
        """The projection's pairs, most papers first, made as they are read: the counts are
        computed once (numpy arrays, kept), a pair object only when a caller gets that far
        (the API's top 10 does not build the other 100,000)."""
        cache = self.__dict__.setdefault("_pairs", {})
        if (left, right) not in cache:
            cache[(left, right)] = self._pair_counts(left, right)
        targets = self._index.targets
        refs: dict[int, NodeRef] = {}  # one NodeRef per node, shared by its pairs
        for x, y, n in zip(*(column.tolist() for column in cache[(left, right)])):
            rx = refs.get(x) or refs.setdefault(x, self._ref(targets[x]))
            ry = refs.get(y) or refs.setdefault(y, self._ref(targets[y]))
            yield CoOccurrence(rx, ry, n)

    @gc_paused()
    def _pair_counts(self, left: str, right: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(left id, right id, papers naming both), most papers first, ties by left then right id:
        the mentions of each kind joined on the paper, counted with `np.unique`."""
        index = self._index
        paper = np.repeat(np.arange(len(index.order)), np.diff(index.mention_start))
        target = index.mention_target
        (lo, hi), (rlo, rhi) = index.id_range(left), index.id_range(right)
        is_left, is_right = (target >= lo) & (target < hi), (target >= rlo) & (target < rhi)
        lpaper, lids, rpaper, rids = paper[is_left], target[is_left], paper[is_right], target[is_right]
        first, end = np.searchsorted(rpaper, lpaper, "left"), np.searchsorted(rpaper, lpaper, "right")
        xs, ys = np.repeat(lids, end - first), rids[_gather(first, end)]
        distinct = xs != ys
        codes, papers = np.unique(xs[distinct] * len(index.targets) + ys[distinct], return_counts=True)
        ordered = np.argsort(-papers, kind="stable")  # `np.unique` sorted the codes: ties by left, right id
        codes, papers = codes[ordered], papers[ordered]
        return codes // len(index.targets), codes % len(index.targets), papers


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
