"""Build the knowledge graph (docs/schema.md) from paper records and their extractions.

The builder is the only place that decides paper identity in the graph: the
same paper can come from several files or formats, with an arXiv id in one,
a DOI in another and no id at all in a third. `PaperIndex` finds it by any of
its ids or by its normalized title, so the records merge into one Paper node
that lists all their `sources` and keeps the key it was first created with.

Every `add` is idempotent (edge keys are relationship types, list properties
are unions, scalars keep their first non-empty value), and the indexes are
rebuilt from the graph itself, so building into a loaded graph is incremental:
new listings add, known ones change nothing.
"""
from __future__ import annotations

import importlib
import logging
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import asdict, dataclass, field
from typing import Any

import networkx as nx

from ..extract.records import PaperRecord, name_key
from ..extract.results import Entity, Link, PaperExtraction, Relation
from . import schema as S
from ..gc_pause import gc_paused

log = logging.getLogger(__name__)

# Paper-id schemes of PaperRecord.ids and the Paper property each is stored in.
ID_PROPS = {"arxiv": "arxiv_id", "doi": "doi", "acl": "acl_id"}

# Relation endpoint kinds (Relation.source/target[0]) -> node label. "paper" is the paper itself.
ENDPOINT_LABELS = {
    "model": S.MODEL,
    "dataset": S.DATASET,
    "language": S.LANGUAGE,
    "repository": S.REPOSITORY,
    "repo": S.REPOSITORY,
    "github_repo": S.REPOSITORY,
    "organization": S.ORGANIZATION,
    "hfresource": S.HF_RESOURCE,
    "hf_resource": S.HF_RESOURCE,
    "website": S.WEBSITE,
}

HF_KINDS = {"hf_model": "model", "hf_dataset": "dataset", "hf_space": "space", "hf_collection": "collection"}
WEBSITE_KINDS = ("project_page", "anonymous", "website")

# The derived-edge hook of the finish step: `paperkg.graph.citations.add_cites(graph) -> int`
# adds CITES edges (derived=True) and returns how many. Looked up lazily so the builder
# works before (and without) that module.
CITES_HOOK = ("paperkg.graph.citations", "add_cites")


@dataclass
class BuildSummary:
    """Counts of one build session, for the CLI's closing summary and for tests."""

    papers_read: int = 0  # records given to the builder (extracted or skipped as unchanged)
    papers_new: int = 0  # Paper nodes created in this session
    duplicates_merged: int = 0  # records merged into a Paper node an earlier record of this session made or met
    papers_skipped_unchanged: int = 0  # records whose paper + text were already built: not extracted again
    relations_dropped: int = 0  # relations whose endpoint was neither extracted nor in the graph
    cites_added: int = 0
    papers: int = 0  # Paper nodes in the graph
    nodes: int = 0
    edges: int = 0
    nodes_by_label: dict[str, int] = field(default_factory=dict)
    edges_by_type: dict[str, int] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


_SCALARS = (str, bool, int, float)
_SEQUENCES = (list, tuple, set, frozenset)


def clean_value(value: Any) -> Any:
    """The value as a schema property (str/int/float/bool or list of those), or None to leave it out."""
    if value is None:
        return None
    if isinstance(value, _SCALARS):
        return None if value == "" else value
    if isinstance(value, _SEQUENCES):
        items = [v for v in value if isinstance(v, _SCALARS) and v != ""]
        return items or None
    return str(value)


def _union(old: list, new: Iterable) -> list:
    """`old` followed by the items of `new` it lacks, in their order: stable, idempotent."""
    out = list(old)
    _extend_missing(out, new)
    return out


def _extend_missing(old: list, new: Iterable, share: Callable[[Any], Any] | None = None) -> None:
    """Append to `old`, in place, the items of `new` it lacks, in their order (through `share`).

    In place and without a set: these lists are short (aliases, sources, the papers of
    a relation) and most merges add nothing, so no copy is made per merge.
    """
    for item in new:
        if item not in old:
            old.append(item if share is None else share(item))


def merge_props(attrs: dict, props: dict[str, Any], lists: Collection[str] = (),
                shares: Mapping[str, Callable[[Any], Any]] | None = None) -> None:
    """Merge `props` into node/edge `attrs` in place.

    Lists union in stable order; scalars keep the first non-empty value, so a
    rebuild or a later duplicate never overwrites what the graph already says.
    Keys in `lists` are always stored as lists even when given a scalar.
    `shares` maps a property name to a function that returns the value (or list item)
    to store instead of an equal one (a ValuePool); applied only to what is stored.
    """
    for name, raw in props.items():
        value = clean_value(raw)
        if value is None:
            continue
        if name in lists and not isinstance(value, list):
            value = [value]
        old = attrs.get(name)
        share = shares.get(name) if shares else None
        if old is None:
            if isinstance(value, list):
                attrs[name] = list(value) if share is None else [share(v) for v in value]
            else:
                attrs[name] = value if share is None else share(value)
        elif isinstance(old, list):
            _extend_missing(old, value if isinstance(value, list) else [value], share)


class ValuePool:
    """One object per distinct value: `pool(value)` returns the first equal value it was given.

    Each extraction brings its own copies of values that repeat across a million
    papers (the same few thousand names, rules, categories, authors; offsets and
    scores from a small range), and with --jobs every worker batch arrives
    unpickled as new objects. Storing the first copy instead keeps one object per
    value in the graph; the saved file is the same. Kept apart by type, so 1 and
    1.0 (equal, same hash) stay what they are; zeros are never pooled (-0.0 == 0.0).
    """

    def __init__(self) -> None:
        self._by_type: dict[type, dict] = {str: {}, int: {}, float: {}}

    def __call__(self, value: Any) -> Any:
        values = self._by_type.get(type(value))
        if values is None or not value:
            return value
        return values.setdefault(value, value)


# Properties whose values repeat across papers, pooled for the whole build. Values unique
# to a paper (abstract, title, ids, URLs, text hashes) are not: that would only add pool entries.
POOLED_PROPS = frozenset({"aliases", "variants", "authors", "categories", "focus", "date", "update_date",
                          "rule", "field", "origin", "kind", "platform", "host", "tag", "subpath",
                          "confidence", "start", "end"})
# Pooled per paper: the same sentence is the evidence of several edges of one paper.
PAPER_POOLED_PROPS = frozenset({"evidence"})


def _paper_ids(attrs: dict[str, Any]) -> dict[str, str]:
    """The ids a Paper node states: its id properties, else the scheme of its key ("arxiv:...")."""
    ids = {scheme: attrs[prop] for scheme, prop in ID_PROPS.items() if isinstance(attrs.get(prop), str)}
    scheme, _, value = str(attrs.get("key", "")).partition(":")
    if scheme in ID_PROPS and value:
        ids.setdefault(scheme, value)
    return ids


def _paper_titles(attrs: dict[str, Any]) -> list[str]:
    """The titles a Paper node goes by: its title, then the other titles its records gave (aliases)."""
    return [attrs.get("title") or "", *(attrs.get("aliases") or ())]


class PaperIndex:
    """Finds the Paper node of a record by any of its ids, its source or its normalized title.

    It holds only the lookups (id, title key, source -> node id); what a node says
    of itself (its ids, its titles) it reads from the node's attributes in `nodes`
    (the graph's node view), so a paper costs three dict entries and no per-node
    containers. Rebuilt from a loaded graph for incremental builds; `paperkg
    extract` uses it through a GraphBuilder to merge duplicates the same way.
    """

    def __init__(self, nodes: Mapping[str, dict[str, Any]]) -> None:
        self._nodes = nodes
        self._by_id: dict[str, dict[str, str]] = {}  # scheme -> normalized id ("2211.01786") -> node id
        self._by_title: dict[str, str] = {}  # name_key(title) -> node id
        self._by_source: dict[str, str] = {}  # "path:line" of a record merged in -> node id

    @staticmethod
    def _norm_id(value: str) -> str:
        """The id as looked up: stripped, lower case (the given string itself when already so: no copy)."""
        norm = value.strip().lower()
        return value if norm == value else norm

    def find(self, record: PaperRecord) -> str | None:
        """Node id of the record's paper, or None when it is new.

        The same record again (same source, same title) goes where it went
        before, so re-adding is idempotent even when its title is ambiguous.
        Then ids; then the title, unless the candidate has a different id of a
        scheme the record also has (two papers that share a generic title).
        """
        tkey = name_key(record.title)
        nid = self._by_source.get(record.source)
        if nid is not None and tkey and any(name_key(t) == tkey for t in _paper_titles(self._nodes[nid])):
            return nid
        for scheme, value in record.ids.items():
            if value and (nid := self._by_id.get(scheme, {}).get(self._norm_id(value))):
                return nid
        nid = self._by_title.get(tkey) if tkey else None
        if nid is None or self._conflicts(nid, record):
            return None
        return nid

    def _conflicts(self, nid: str, record: PaperRecord) -> bool:
        """True when the node has an id of a scheme the record also has, with another value."""
        known = _paper_ids(self._nodes[nid])
        return any(value and scheme in known and known[scheme].strip().lower() != value.strip().lower()
                   for scheme, value in record.ids.items())

    def _add(self, nid: str, ids: dict[str, str], title: str | None) -> None:
        """Register node `nid` under these ids and title.

        When two nodes claim the same id or title (conflicting listings), the
        smaller node id wins: a rule that does not depend on the order nodes were
        registered, so an index rebuilt from a saved graph answers like the one
        that built it.
        """
        for scheme, value in ids.items():
            if value:
                by_id = self._by_id.setdefault(scheme, {})
                key = self._norm_id(value)
                by_id[key] = min(by_id.get(key, nid), nid)
        tkey = name_key(title or "")
        if tkey:
            self._by_title[tkey] = min(self._by_title.get(tkey, nid), nid)

    def add_paper(self, nid: str, attrs: dict[str, Any]) -> None:
        """Register a Paper node by what the node itself stores: key, id properties, title, aliases, sources.

        Used both while building and when rebuilding from a loaded graph, so an
        incremental build finds exactly what a one-shot build would.
        """
        self._add(nid, _paper_ids(attrs), attrs.get("title"))
        for title in attrs.get("aliases") or ():
            self._add(nid, {}, title)
        for source in attrs.get("sources") or ():
            self._by_source.setdefault(source, nid)

    @classmethod
    def from_graph(cls, graph: nx.MultiDiGraph) -> PaperIndex:
        """The index of the Paper nodes of a (loaded) graph, reading node attributes from it."""
        index = cls(graph.nodes)
        for nid, attrs in graph.nodes(data=True):
            if attrs.get("label") == S.PAPER:
                index.add_paper(nid, attrs)
        return index


def paper_props(record: PaperRecord) -> dict[str, Any]:
    """The Paper node properties a record states (docs/schema.md)."""
    props: dict[str, Any] = dict(record.properties)
    props.update(
        title=record.title,
        name=record.title,
        abstract=record.abstract,
        date=record.date,
        authors=record.authors,
        url=record.url,
        sources=[record.source],
    )
    props["text_hash"] = text_hash = record.text_hash  # a sha1 each time it is read: computed once, stored once
    props["text_hashes"] = [text_hash]
    for scheme, prop in ID_PROPS.items():
        if record.ids.get(scheme):
            props[prop] = record.ids[scheme]
    return props


PAPER_LIST_PROPS = frozenset({"sources", "text_hashes", "authors", "categories", "focus", "references", "aliases"})
ENTITY_LIST_PROPS = frozenset({"aliases", "variants"})
RELATION_LIST_PROPS = frozenset({"papers"})


class GraphBuilder:
    """Adds paper extractions to a MultiDiGraph in the shared schema.

    Give it an existing graph (e.g. from `store.load_graph`) to build
    incrementally; `graph` is the result. Call `finish()` once at the end.
    """

    def __init__(self, graph: nx.MultiDiGraph | None = None) -> None:
        if graph is None:
            graph = nx.MultiDiGraph()
        graph.graph.setdefault("schema_version", S.SCHEMA_VERSION)
        self.graph = graph
        self.index = PaperIndex.from_graph(graph)
        self._touched: set[str] = set()  # Paper nodes a record of this session made or merged into
        self._summary = BuildSummary()
        self._pool = ValuePool()
        self._shares: dict[str, ValuePool] = dict.fromkeys(POOLED_PROPS, self._pool)  # merge_props' `shares`
        self._new_paper_pool()

    def _new_paper_pool(self) -> None:
        """A fresh pool for PAPER_POOLED_PROPS: values shared within one paper only."""
        self._shares.update(dict.fromkeys(PAPER_POOLED_PROPS, ValuePool()))

    def _merge(self, attrs: dict, props: dict[str, Any], lists: Collection[str] = ()) -> None:
        merge_props(attrs, props, lists, self._shares)

    # -- papers -----------------------------------------------------------------------------------

    def known_text_hash(self, record: PaperRecord) -> bool:
        """True when this paper, with exactly this title + abstract, is already in the graph.

        Then extraction would give the same result again: the caller can skip it and
        call `add_unchanged(record)` to record the source.
        """
        nid = self.index.find(record)
        if nid is None:
            return False
        attrs = self.graph.nodes[nid]
        return record.text_hash in (attrs.get("text_hashes") or [attrs.get("text_hash")])

    def add_paper(self, record: PaperRecord) -> str:
        """Create or merge the record's Paper node (no entities) and return its id; counts duplicates."""
        self._summary.papers_read += 1
        nid = self.index.find(record)
        if nid is None:
            nid = S.node_id(S.PAPER, record.key)
            self.graph.add_node(nid, label=S.PAPER, key=record.key)
            self._summary.papers_new += 1
        elif nid in self._touched:
            self._summary.duplicates_merged += 1
        self._touched.add(nid)
        attrs = self.graph.nodes[nid]
        self._merge(attrs, paper_props(record), PAPER_LIST_PROPS)
        if name_key(record.title) != name_key(attrs.get("title", "")):
            self._merge(attrs, {"aliases": [record.title]}, PAPER_LIST_PROPS)  # another title of it
        self.index.add_paper(nid, attrs)
        return nid

    def add_unchanged(self, record: PaperRecord) -> None:
        """Merge a record whose text is already built (sources, ids, metadata) without extraction."""
        self.add_paper(record)
        self._summary.papers_skipped_unchanged += 1

    # -- extraction ------------------------------------------------------------------------------

    def add(self, extraction: PaperExtraction) -> None:
        """Add one paper's extraction: its Paper node, entities, links and relations. Idempotent."""
        self._new_paper_pool()
        paper = self.add_paper(extraction.paper)
        self._merge(self.graph.nodes[paper], {"focus": extraction.focus, "references": extraction.references},
                    PAPER_LIST_PROPS)
        by_name: dict[str, str] = {}
        for entity in (*extraction.models, *extraction.datasets, *extraction.languages):
            nid = self._add_entity(paper, entity)
            for spelling in (entity.name, *entity.aliases):
                by_name.setdefault(name_key(spelling), nid)
        for name in extraction.introduces:
            self._add_introduces(paper, name, by_name, extraction)
        for link in extraction.links:
            self._add_link(paper, link)
        for relation in extraction.relations:
            self._add_relation(paper, relation)

    def _node(self, label: str, key: str, props: dict[str, Any], lists: Collection[str] = ()) -> str:
        nid = S.node_id(label, key)
        attrs = self.graph._node.get(nid)  # NetworkX's node dict: one lookup instead of a view and a test
        if attrs is None:
            self.graph.add_node(nid, label=label, key=key)
            attrs = self.graph._node[nid]
        self._merge(attrs, props, lists)
        return nid

    def _edge(self, u: str, v: str, rel: str, props: dict[str, Any], lists: Collection[str] = ()) -> dict:
        attrs = self.graph._succ[u].get(v, {}).get(rel)  # NetworkX's adjacency dict, as for _node
        if attrs is None:
            self.graph.add_edge(u, v, key=rel)
            attrs = self.graph._succ[u][v][rel]
        self._merge(attrs, props, lists)
        return attrs

    def _add_entity(self, paper: str, entity: Entity) -> str:
        label = S.ENTITY_LABELS[entity.kind]
        props: dict[str, Any] = {"name": entity.name, "aliases": [entity.name, *entity.aliases],
                                 "variants": entity.variants}
        if entity.kind == "language":
            props["tag"] = entity.tag
        nid = self._node(label, entity.key, props, ENTITY_LIST_PROPS)
        first = entity.mentions[0] if entity.mentions else None
        edge_props: dict[str, Any] = {
            "aliases": [m.text for m in entity.mentions] or entity.aliases or [entity.name],
            "variants": entity.variants,
            "confidence": entity.confidence,
            "origin": entity.origin,
            "rule": entity.rule,
        }
        if first is not None:
            edge_props.update(evidence=first.sentence, field=first.field, start=first.start, end=first.end)
        attrs = self._edge(paper, nid, S.MENTIONS, edge_props, ENTITY_LIST_PROPS)
        # A count is per paper: a duplicate record of the same paper must not add to it.
        attrs["count"] = max(attrs.get("count", 0), len(entity.mentions) or 1)
        if isinstance(attrs.get("confidence"), (int, float)):
            attrs["confidence"] = self._pool(max(attrs["confidence"], entity.confidence))
        return nid

    def _add_introduces(self, paper: str, name: str, by_name: dict[str, str], ex: PaperExtraction) -> None:
        nid = by_name.get(name_key(name))
        if nid is None:  # not among the paper's entities: an already-known model/dataset, else a new Model
            for label in (S.MODEL, S.DATASET):
                if S.node_id(label, name_key(name)) in self.graph:
                    nid = S.node_id(label, name_key(name))
                    break
            else:
                if not name_key(name):
                    return
                nid = self._node(S.MODEL, name_key(name), {"name": name, "aliases": [name]}, ENTITY_LIST_PROPS)
        entity = next((e for e in (*ex.models, *ex.datasets) if S.node_id(S.ENTITY_LABELS[e.kind], e.key) == nid),
                      None)
        props: dict[str, Any] = {"rule": (entity.rule if entity else "") or "introduces"}
        if entity and entity.mentions:
            props["evidence"] = entity.mentions[0].sentence
        self._edge(paper, nid, S.INTRODUCES, props)

    def _add_link(self, paper: str, link: Link) -> str | None:
        """The node a link points at (+ OWNED_BY its Organization) and the paper's LINKS_TO edge."""
        resource = link.resource.strip().strip("/")
        if not resource:
            return None
        owner_nid = None
        if link.kind == "github_repo":
            owner = link.owner or resource.split("/")[0]
            nid = self._node(S.REPOSITORY, resource.lower(),
                             {"name": resource, "url": f"https://github.com/{resource}", "host": "github.com"})
            owner_nid = self._org("github", owner)
        elif link.kind == "github_owner":
            nid = self._org("github", link.owner or resource)
        elif link.kind in HF_KINDS:
            kind = HF_KINDS[link.kind]
            parts = resource.split("/")
            path = "/".join(parts[1:]) if parts[0] in ("models", "datasets", "spaces", "collections") else resource
            url_path = path if kind == "model" else f"{kind}s/{path}"
            key = resource.lower() if parts[0] in ("models", "datasets", "spaces", "collections") \
                else f"{kind}s/{resource}".lower()
            nid = self._node(S.HF_RESOURCE, key,
                             {"name": path, "kind": kind, "url": f"https://huggingface.co/{url_path}"})
            owner = link.owner or (path.split("/")[0] if "/" in path else None)
            if owner:
                owner_nid = self._org("huggingface", owner)
        elif link.kind == "hf_owner":
            nid = self._org("huggingface", link.owner or resource)
        else:
            kind = link.kind if link.kind in WEBSITE_KINDS else "website"
            nid = self._node(S.WEBSITE, resource.lower(), {"name": resource, "url": link.url, "kind": kind})
        if owner_nid:
            self._edge(nid, owner_nid, S.OWNED_BY, {})
        self._edge(paper, nid, S.LINKS_TO, {"url": link.url, "subpath": link.subpath, "origin": link.origin})
        return nid

    def _org(self, platform: str, owner: str) -> str:
        host = "github.com" if platform == "github" else "huggingface.co"
        return self._node(S.ORGANIZATION, f"{platform}:{owner.lower()}",
                          {"name": owner, "platform": platform, "url": f"https://{host}/{owner}"})

    def _endpoint(self, paper: str, end: tuple[str, str]) -> str | None:
        kind, key = end
        if kind == "paper":
            return paper
        label = ENDPOINT_LABELS.get(kind.lower())
        if label is None:
            return None
        if label in (S.REPOSITORY, S.HF_RESOURCE, S.WEBSITE):
            key = key.lower()
        nid = S.node_id(label, key)
        return nid if nid in self.graph else None

    def _add_relation(self, paper: str, rel: Relation) -> None:
        """A relation edge between nodes this paper (or an earlier one) added; `papers` accumulates."""
        u, v = self._endpoint(paper, tuple(rel.source)), self._endpoint(paper, tuple(rel.target))
        if u is None or v is None or rel.type not in S.REL_TYPES:
            self._summary.relations_dropped += 1
            log.debug("relation %s %s -> %s dropped: endpoint not in graph", rel.type, rel.source, rel.target)
            return
        attrs = self._edge(u, v, rel.type, {"evidence": rel.evidence, "rule": rel.rule,
                                            "confidence": rel.confidence, "papers": [paper]},
                           RELATION_LIST_PROPS)
        attrs["confidence"] = self._pool(max(attrs.get("confidence", 0.0), rel.confidence))

    # -- finish ----------------------------------------------------------------------------------

    def _cites_hook(self):
        module_name, function = CITES_HOOK
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as err:
            if err.name != module_name:
                raise
            return None
        return getattr(module, function, None)

    def finish(self) -> BuildSummary:
        """Derived steps (CITES edges, recomputed from scratch so rebuilds stay identical) and counts.

        With the collector paused: it makes no reference cycles, and the collector's
        full passes over every dict of a large graph cost more than the step itself.
        """
        with gc_paused():
            hook = self._cites_hook()
            if hook is not None:
                self.graph.remove_edges_from(self._derived_cites())
                added = hook(self.graph)
                self._summary.cites_added = added if isinstance(added, int) else 0
            return self._counts()

    def _derived_cites(self) -> list[tuple[str, str, str]]:
        """The CITES edges the last finish() derived (derived=True), to be recomputed.

        Reads NetworkX's adjacency dict (`_succ`) directly, as NetworkX's own algorithms do:
        the public edge views cost a generator step and a tuple per edge of the graph.
        """
        return [(u, v, S.CITES) for u, nbrs in self.graph._succ.items() for v, keys in nbrs.items()
                if keys.get(S.CITES, {}).get("derived")]

    def _counts(self) -> BuildSummary:
        s = self._summary
        s.nodes_by_label = dict(sorted(Counter(d.get("label", "?") for d in self.graph._node.values()).items()))
        s.edges_by_type = dict(sorted(Counter(k for nbrs in self.graph._succ.values()
                                              for keys in nbrs.values() for k in keys).items()))
        s.papers = s.nodes_by_label.get(S.PAPER, 0)
        s.nodes = len(self.graph)
        s.edges = sum(s.edges_by_type.values())
        return s


def merge_extraction(into: PaperExtraction, other: PaperExtraction) -> None:
    """Fold a duplicate record's extraction into the first one of the same paper (for `paperkg extract`).

    Entities merge by (kind, key) with aliases/variants/mentions unioned; links by
    URL; lists of names by value. The paper keeps the first record (so its id is
    the key the graph builder gives the Paper node).
    """
    for attr in ("models", "datasets", "languages"):
        mine = {e.key: e for e in getattr(into, attr)}
        for entity in getattr(other, attr):
            if entity.key in mine:
                m = mine[entity.key]
                m.aliases = _union(m.aliases, entity.aliases)
                m.variants = _union(m.variants, entity.variants)
                m.mentions.extend(entity.mentions)
                m.confidence = max(m.confidence, entity.confidence)
            else:
                getattr(into, attr).append(entity)
                mine[entity.key] = entity
    urls = {link.url for link in into.links}
    into.links.extend(link for link in other.links if link.url not in urls)
    rels = {(r.type, tuple(r.source), tuple(r.target)) for r in into.relations}
    into.relations.extend(r for r in other.relations if (r.type, tuple(r.source), tuple(r.target)) not in rels)
    into.introduces = _union(into.introduces, other.introduces)
    into.references = _union(into.references, other.references)
    into.focus = _union(into.focus, other.focus)
