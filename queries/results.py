"""Plain result types of the ready-made questions.

Both backends return these same dataclasses, so a caller (the CLI, a test, a
notebook) never sees whether NetworkX or Neo4j answered. `to_row()` gives the
flat, stable field names that `--json` and `--csv` print.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from ..graph import schema as S

# User-facing kinds -> node labels (the `--model/--dataset/...` options and `top` choices).
KIND_LABELS: dict[str, str] = {
    "model": S.MODEL,
    "dataset": S.DATASET,
    "language": S.LANGUAGE,
    "repo": S.REPOSITORY,
    "org": S.ORGANIZATION,
    "hf": S.HF_RESOURCE,
    "website": S.WEBSITE,
    "paper": S.PAPER,
}
LABEL_KINDS: dict[str, str] = {label: kind for kind, label in KIND_LABELS.items()}
# Entities a paper MENTIONS: the ones co-occurrence and `related` count.
MENTIONED_LABELS = (S.MODEL, S.DATASET, S.LANGUAGE)


@dataclass(frozen=True, slots=True)
class NodeRef:
    """A node named by label + key (its identity in both backends) with its display name."""

    label: str
    key: str
    name: str

    @property
    def kind(self) -> str:
        return LABEL_KINDS.get(self.label, self.label.lower())

    def to_row(self) -> dict[str, Any]:
        return {"kind": self.kind, "key": self.key, "name": self.name}


@dataclass(slots=True)
class CatalogEntry:
    """What name resolution needs of one node: every spelling it answers to."""

    label: str
    key: str
    name: str
    aliases: list[str] = field(default_factory=list)
    variants: list[str] = field(default_factory=list)
    tag: str | None = None  # languages: BCP-47


@dataclass(slots=True)
class PaperHit:
    """A paper answering a question, with the sentence (or URL) that makes it an answer.

    `matched` lists the spellings/variants the paper used ("XLM-R large") or,
    for repository/organization questions, the URL it links.
    """

    key: str
    title: str
    date: str | None = None
    url: str | None = None
    evidence: str | None = None
    matched: list[str] = field(default_factory=list)

    def to_row(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class Count:
    """An entity and how many distinct papers support it (top, related, profile neighbours)."""

    node: NodeRef
    papers: int

    def to_row(self) -> dict[str, Any]:
        return {**self.node.to_row(), "papers": self.papers}


@dataclass(slots=True)
class Related:
    """A typed relationship of a profiled entity: `direction` "out" = entity -> other."""

    type: str
    direction: str
    other: NodeRef
    evidence: str | None = None

    def to_row(self) -> dict[str, Any]:
        return {"type": self.type, "direction": self.direction, **self.other.to_row(), "evidence": self.evidence}


@dataclass(slots=True)
class PathStep:
    """One hop of an explanation path: `rel` joins the previous node to `node`.

    `forward` is True when the stored relationship points from the previous
    node to this one. The first step of a path has `rel` None.
    """

    node: NodeRef
    rel: str | None = None
    forward: bool = True

    def to_row(self) -> dict[str, Any]:
        return {**self.node.to_row(), "rel": self.rel, "forward": self.forward}


@dataclass(slots=True)
class CoOccurrence:
    """An edge of a co-occurrence projection: two entities and the papers naming both."""

    left: NodeRef
    right: NodeRef
    papers: int

    def to_row(self) -> dict[str, Any]:
        return {"left_kind": self.left.kind, "left_key": self.left.key, "left": self.left.name,
                "right_kind": self.right.kind, "right_key": self.right.key, "right": self.right.name,
                "papers": self.papers}


@dataclass(slots=True)
class EntityProfile:
    """Everything `paperkg show` prints about one entity."""

    node: NodeRef
    aliases: list[str] = field(default_factory=list)
    variants: list[str] = field(default_factory=list)
    properties: dict[str, Any] = field(default_factory=dict)  # tag, url, platform... (not lists above)
    paper_count: int = 0
    papers: list[PaperHit] = field(default_factory=list)  # newest first, up to the limit
    introduced_by: list[Related] = field(default_factory=list)  # INTRODUCES from papers
    based_on: list[Related] = field(default_factory=list)  # this -> other (BASED_ON out)
    built_on_by: list[Related] = field(default_factory=list)  # other -> this (BASED_ON in)
    code: list[Related] = field(default_factory=list)  # HAS_CODE, OWNED_BY
    datasets: list[Related] = field(default_factory=list)  # TRAINED_ON / EVALUATED_ON either way
    co_models: list[Count] = field(default_factory=list)
    co_datasets: list[Count] = field(default_factory=list)
    co_languages: list[Count] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            **self.node.to_row(),
            "aliases": list(self.aliases),
            "variants": list(self.variants),
            "properties": dict(self.properties),
            "paper_count": self.paper_count,
            "papers": [h.to_row() for h in self.papers],
            "introduced_by": [r.to_row() for r in self.introduced_by],
            "based_on": [r.to_row() for r in self.based_on],
            "built_on_by": [r.to_row() for r in self.built_on_by],
            "code": [r.to_row() for r in self.code],
            "datasets": [r.to_row() for r in self.datasets],
            "co_models": [c.to_row() for c in self.co_models],
            "co_datasets": [c.to_row() for c in self.co_datasets],
            "co_languages": [c.to_row() for c in self.co_languages],
        }
