"""The ready-made questions, backend-agnostic: resolve names, ask the backend, shape the answer.

    from paperkg.graph.store import load_graph
    from paperkg.queries.api import papers_mentioning, entity_profile
    from paperkg.queries.networkx_backend import NetworkXBackend

    backend = NetworkXBackend(load_graph("paperkg-out/graph.json"))
    for hit in papers_mentioning(backend, "model", "xlmr"):
        print(hit.date, hit.title, hit.evidence)

Every function takes a `Backend` (NetworkX or Neo4j) and returns plain
dataclasses from `results.py`, identical on both backends. Unknown names raise
`UnknownNameError` with did-you-mean suggestions (a `PaperkgError`).
"""
from __future__ import annotations

from dataclasses import dataclass
from itertools import islice, takewhile

import networkx as nx

from ..errors import PaperkgError, UsageError
from ..graph import schema as S
from .backend import Backend
from .resolve import AmbiguousNameError, UnknownNameError
from .results import (
    KIND_LABELS, MENTIONED_LABELS, CoOccurrence, Count, EntityProfile, NodeRef, PaperHit, PathStep,
)

PAPER_KINDS = ("model", "dataset", "language", "repo", "org", "hf", "website")
TOP_KINDS = {"models": "model", "datasets": "dataset", "languages": "language", "repos": "repo",
             "orgs": "org", "hf": "hf", "websites": "website"}
TOP_BY = ("papers", "relations")
# Order in which `show`/`related`/`path` try kinds for a bare name (ties go to the first).
ENTITY_ORDER = ("model", "dataset", "language", "repo", "hf", "org", "website")
PROJECTIONS = {("model", "dataset"), ("model", "language"), ("dataset", "language"),
               ("model", "model"), ("dataset", "dataset"), ("language", "language")}


@dataclass(slots=True)
class PaperAnswer:
    """The papers answering "which papers mention X": what X resolved to, the total, the hits."""

    subjects: list[NodeRef]
    total: int
    papers: list[PaperHit]


def _label(kind: str) -> str:
    try:
        return KIND_LABELS[kind]
    except KeyError:
        raise UsageError(f"unknown kind {kind!r}; expected one of: {', '.join(KIND_LABELS)}") from None


def resolve(backend: Backend, kind: str, name: str) -> list[NodeRef]:
    """The node(s) `name` designates among `kind`; an organization may be on several platforms."""
    if not name or not name.strip():
        raise UsageError(f"empty {kind} name")
    return backend.name_index(_label(kind)).resolve(name, allow_many=(kind == "org"))


def resolve_entity(backend: Backend, name: str, kind: str | None = None, *, papers: bool = False) -> NodeRef:
    """One node for a bare name: the best-matching kind (canonical > alias > variant), then
    ENTITY_ORDER; papers (by key or exact title) only when no entity matches and `papers` is set."""
    if kind:
        return resolve(backend, kind, name)[0]
    if not name or not name.strip():
        raise UsageError("empty entity name")
    best: tuple[int, int, list[NodeRef]] | None = None
    for position, k in enumerate(ENTITY_ORDER):
        priority, refs = backend.name_index(KIND_LABELS[k]).lookup_ranked(name)
        if refs and (best is None or (priority, position) < best[:2]):
            best = (priority, position, refs)
        if best is not None and best[0] == 0:
            break  # a canonical match: no later kind can beat it
    if best is None and papers:
        refs = backend.name_index(S.PAPER).lookup(name)
        if refs:
            best = (0, 0, refs)
    if best is None:
        suggestions: list[str] = []
        for k in ("model", "dataset", "language"):
            suggestions += [s for s in backend.name_index(KIND_LABELS[k]).suggest(name, 3) if s not in suggestions]
        raise UnknownNameError("entity" if not papers else "entity or paper", name, suggestions[:6])
    refs = best[2]
    if len(refs) > 1:
        listed = ", ".join(f"{r.name} ({r.key})" for r in refs)
        raise AmbiguousNameError(f"{name!r} is ambiguous: {listed}; use one of the keys")
    return refs[0]


def find_papers(backend: Backend, kind: str, name: str, limit: int | None = None) -> PaperAnswer:
    """`papers_mentioning` plus what the name resolved to and the total number of papers."""
    if kind not in PAPER_KINDS:
        raise UsageError(f"cannot list papers by {kind!r}; expected one of: {', '.join(PAPER_KINDS)}")
    refs = resolve(backend, kind, name)
    total, hits = backend.papers_of(refs, limit)
    return PaperAnswer(refs, total, hits)


def papers_mentioning(backend: Backend, kind: str, name: str, limit: int | None = None) -> list[PaperHit]:
    """Papers mentioning (or, for repo/org/hf/website, linking) `name`, newest first, with evidence."""
    return find_papers(backend, kind, name, limit).papers


def entity_profile(backend: Backend, name: str, kind: str | None = None, limit: int = 10) -> EntityProfile:
    """Type, spellings, papers, introducing paper, lineage, code and top co-mentions of an entity."""
    ref = resolve_entity(backend, name, kind)
    props = backend.properties(ref)
    total, hits = backend.papers_of([ref], limit)
    profile = EntityProfile(
        node=ref,
        aliases=list(props.get("aliases") or []),
        variants=list(props.get("variants") or []),
        properties={k: v for k, v in props.items()
                    if k not in ("label", "key", "name", "aliases", "variants") and not k.startswith("_")},
        paper_count=total,
        papers=hits,
    )
    for rel in backend.relations(ref, limit):
        if rel.type == S.INTRODUCES and rel.direction == "in":
            profile.introduced_by.append(rel)
        elif rel.type == S.BASED_ON:
            (profile.based_on if rel.direction == "out" else profile.built_on_by).append(rel)
        elif rel.type in (S.HAS_CODE, S.OWNED_BY):
            profile.code.append(rel)
        elif rel.type in (S.TRAINED_ON, S.EVALUATED_ON):
            profile.datasets.append(rel)
    groups = backend.co_mention_groups([ref], MENTIONED_LABELS, 5)
    profile.co_models, profile.co_datasets, profile.co_languages = (groups[label] for label in MENTIONED_LABELS)
    return profile


def top(backend: Backend, kind: str, n: int = 10, by: str = "papers") -> list[Count]:
    """The `n` entities of a kind ("model" or "models", ...) with the most papers (or relations)."""
    kind = TOP_KINDS.get(kind, kind)
    if by not in TOP_BY:
        raise UsageError(f"cannot rank by {by!r}; expected one of: {', '.join(TOP_BY)}")
    return backend.top(_label(kind), by, n)


def related(backend: Backend, name: str, n: int = 10, kind: str | None = None,
            among: str | None = None) -> list[Count]:
    """The entities most often co-mentioned with `name` (optionally only models/datasets/languages)."""
    ref = resolve_entity(backend, name, kind)
    label = _label(among) if among else None
    if label is not None and label not in MENTIONED_LABELS:
        raise UsageError("related entities are models, datasets or languages")
    return backend.co_mentions([ref], label, n)


def path(backend: Backend, a: str, b: str, max_hops: int = 6) -> list[PathStep]:
    """A shortest explanation path between two entities or papers (direction ignored)."""
    ra = resolve_entity(backend, a, papers=True)
    rb = resolve_entity(backend, b, papers=True)
    if ra == rb:
        return [PathStep(ra)]
    steps = backend.shortest_path(ra, rb, max_hops)
    if steps is None:
        raise PaperkgError(f"no path between {ra.name!r} and {rb.name!r} within {max_hops} hops")
    return steps


def search(backend: Backend, text: str, n: int | None = 20) -> list[PaperHit]:
    """Papers whose title or abstract contains `text` (case-insensitive), newest first."""
    if not text or not text.strip():
        raise UsageError("empty search text")
    return backend.search(text, n)


def cooccurrence(backend: Backend, left: str, right: str, min_papers: int = 1,
                 limit: int | None = None) -> list[CoOccurrence]:
    """The left-kind x right-kind co-occurrence projection, weighted by papers naming both."""
    left, right = TOP_KINDS.get(left, left), TOP_KINDS.get(right, right)
    if (left, right) not in PROJECTIONS:
        raise UsageError(f"no {left}-{right} projection; choose two of model, dataset, language")
    pairs = takewhile(lambda p: p.papers >= min_papers, backend.cooccurrence(_label(left), _label(right)))
    if left == right:  # each unordered pair once
        pairs = (p for p in pairs if p.left.key < p.right.key)
    return list(islice(pairs, limit))


def cooccurrence_graph(backend: Backend, left: str, right: str, min_papers: int = 1) -> nx.Graph:
    """The projection as a weighted undirected NetworkX graph ("Label:key" nodes, `weight` = papers)."""
    graph = nx.Graph(projection=f"{left}-{right}")
    for pair in cooccurrence(backend, left, right, min_papers):
        for ref in (pair.left, pair.right):
            graph.add_node(S.node_id(ref.label, ref.key), label=ref.label, key=ref.key, name=ref.name)
        graph.add_edge(S.node_id(pair.left.label, pair.left.key), S.node_id(pair.right.label, pair.right.key),
                       weight=pair.papers)
    return graph
