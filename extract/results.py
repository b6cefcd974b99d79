"""Plain data produced by extraction: entities, links, relations of one paper.

`PaperExtraction.to_json()` is the contract of `paperkg extract` output and of
`../shared/eval/score.py`: keep its field names stable.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from .records import ID_SCHEMES, PaperRecord

ENTITY_KINDS = ("model", "dataset", "language")


@dataclass(slots=True)
class Mention:
    """Where a name occurs: `field` is "title" or "abstract"; offsets index that field's text."""

    text: str
    field: str
    start: int
    end: int
    sentence: str


@dataclass(slots=True)
class Entity:
    """A model, dataset or language a paper names, folded to its canonical entity.

    `key` is the node key (see graph/schema.py): `name_key(name)` for models and
    datasets, the ISO 639-3 code for languages. `aliases` are the spellings
    seen in this paper; `variants` the size/flavour variants seen ("BERT-base").
    """

    kind: str  # one of ENTITY_KINDS
    name: str
    key: str
    aliases: list[str] = field(default_factory=list)
    variants: list[str] = field(default_factory=list)
    confidence: float = 1.0
    origin: str = "text"  # "text" | "metadata"
    rule: str = ""  # what found it: "gazetteer", "pattern:<name>", ...
    code: str | None = None  # languages: ISO 639-3
    tag: str | None = None  # languages: BCP-47
    mentions: list[Mention] = field(default_factory=list)


@dataclass(slots=True)
class Link:
    """A URL in the text (or in curated metadata), normalized and classified.

    kind: github_repo | github_owner | hf_model | hf_dataset | hf_space |
    hf_collection | hf_owner | project_page | anonymous | website.
    `resource` is the canonical id of what it points at: "owner/repo" for
    GitHub repos, "owner" for GitHub owners, "models/org/name" (etc.) for
    Hugging Face, host+path for websites.
    """

    url: str
    kind: str
    resource: str
    owner: str | None = None
    subpath: str | None = None  # e.g. "tree/main/examples" of a GitHub URL
    origin: str = "text"  # "text" | "metadata"
    mentions: list[Mention] = field(default_factory=list)


@dataclass(slots=True)
class Relation:
    """A relation the text states, with the sentence that states it.

    type: BASED_ON (model->model), TRAINED_ON / EVALUATED_ON (model or paper ->
    dataset), HAS_CODE (model -> repository). `source`/`target` are
    (kind, key) pairs; kind "paper" means the paper itself.
    """

    type: str
    source: tuple[str, str]
    target: tuple[str, str]
    evidence: str
    rule: str
    confidence: float


@dataclass(slots=True)
class PaperExtraction:
    """Everything extraction found in one paper's title + abstract."""

    paper: PaperRecord
    models: list[Entity] = field(default_factory=list)
    datasets: list[Entity] = field(default_factory=list)
    languages: list[Entity] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    introduces: list[str] = field(default_factory=list)  # canonical names of models/datasets
    relations: list[Relation] = field(default_factory=list)
    references: list[str] = field(default_factory=list)  # citation strings, "(Singh et al., 2019)"
    focus: list[str] = field(default_factory=list)  # "multilingual", "low-resource"

    def to_json(self) -> dict[str, Any]:
        p = self.paper
        return {
            "id": p.key,
            "title": p.title,
            "source": p.source,
            "date": p.date,
            "models": [asdict(e) for e in self.models],
            "datasets": [asdict(e) for e in self.datasets],
            "languages": [asdict(e) for e in self.languages],
            "links": [asdict(link) for link in self.links],
            "introduces": list(self.introduces),
            "relations": [asdict(r) for r in self.relations],
            "references": list(self.references),
            "focus": list(self.focus),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> PaperExtraction:
        """The extraction `to_json` wrote (`paperkg extract` re-reads its own lines to merge a
        paper's duplicate records). The JSON holds no abstract, so the rebuilt record has an
        empty one; its key, title, source and date are the written ones, so `to_json` of the
        result gives `data` back."""
        scheme, _, value = data["id"].partition(":")
        ids = {scheme: value} if scheme in ID_SCHEMES else {}
        paper = PaperRecord(title=data["title"], abstract="", source=data["source"], date=data["date"], ids=ids)
        return cls(
            paper=paper,
            models=[_entity(e) for e in data["models"]],
            datasets=[_entity(e) for e in data["datasets"]],
            languages=[_entity(e) for e in data["languages"]],
            links=[Link(**{**link, "mentions": _mentions(link)}) for link in data["links"]],
            introduces=list(data["introduces"]),
            relations=[Relation(**{**r, "source": tuple(r["source"]), "target": tuple(r["target"])})
                       for r in data["relations"]],
            references=list(data["references"]),
            focus=list(data["focus"]),
        )


def _entity(data: dict[str, Any]) -> Entity:
    return Entity(**{**data, "mentions": _mentions(data)})


def _mentions(data: dict[str, Any]) -> list[Mention]:
    return [Mention(**m) for m in data["mentions"]]
