"""The `Backend` protocol: the few graph primitives every ready-made question is built from.

`api.py` resolves names and shapes answers; a backend only fetches. Both
`NetworkXBackend` and `Neo4jBackend` implement these methods with the SAME
ordering rules, so every question gets the same answer on either:

- papers: newest first (ISO `date` descending, papers without a date last),
  ties by paper key ascending;
- counts: most papers first, ties by label then key ascending.
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Protocol, runtime_checkable

from ..gc_pause import gc_paused
from .resolve import NameIndex
from .results import CatalogEntry, CoOccurrence, Count, NodeRef, PaperHit, PathStep, Related


@runtime_checkable
class Backend(Protocol):
    """What a query backend provides (see module docstring for ordering rules)."""

    name: str  # "networkx" | "neo4j"

    def name_index(self, label: str) -> NameIndex:
        """The label's name index, built once per backend (i.e. per loaded graph)."""

    def catalog(self, label: str) -> list[CatalogEntry]:
        """Name, aliases, variants (and tag) of every node with this label."""

    def properties(self, ref: NodeRef) -> dict[str, Any]:
        """All stored properties of one node ({} if absent)."""

    def papers_of(self, refs: list[NodeRef], limit: int | None) -> tuple[int, list[PaperHit]]:
        """(total, newest-first hits) of the papers mentioning/linking any of `refs`.

        Models, datasets, languages: MENTIONS edges (evidence = the sentence).
        Repositories, HF resources, websites: LINKS_TO edges (evidence = URL).
        Organizations: papers linking the owner or anything it OWNS.
        """

    def relations(self, ref: NodeRef, limit: int | None = None) -> list[Related]:
        """Typed relationships of a node other than MENTIONS, LINKS_TO and CITES, ordered by
        (type, direction, other label, other key); at most `limit` per (type, direction)."""

    def co_mentions(self, refs: list[NodeRef], label: str | None, limit: int | None) -> list[Count]:
        """Entities (of `label`, or any mentioned kind) named by papers that name `refs`."""

    def co_mention_groups(self, refs: list[NodeRef], labels: tuple[str, ...],
                          limit: int | None) -> dict[str, list[Count]]:
        """`co_mentions` for several labels at once (one pass over the papers where possible)."""

    def top(self, label: str, by: str, limit: int | None) -> list[Count]:
        """Nodes of a label by number of papers (`by="papers"`) or of typed relations (`"relations"`)."""

    def shortest_path(self, a: NodeRef, b: NodeRef, max_hops: int) -> list[PathStep] | None:
        """A shortest path ignoring direction, or None."""

    def search(self, text: str, limit: int | None) -> list[PaperHit]:
        """Papers whose title or abstract contains `text` (case-insensitive), newest first."""

    def cooccurrence(self, left: str, right: str) -> Iterable[CoOccurrence]:
        """Pairs (left-label node, right-label node) with the number of papers naming both,
        most papers first, ties by left key then right key (read lazily: stop when done)."""


class NameIndexCache:
    """Mixin: build each label's `NameIndex` on first use and keep it for the backend's life."""

    def name_index(self, label: str) -> NameIndex:
        cache = self.__dict__.setdefault("_name_indexes", {})
        if label not in cache:
            cache[label] = self._build_name_index(label)
        return cache[label]

    @gc_paused()  # builds next to a loaded graph's millions of objects: no full collections
    def _build_name_index(self, label: str) -> NameIndex:
        return NameIndex(label, self.catalog(label))

