"""Plain data passed between the stages: a paper record as read from a listing.

Readers yield `PaperRecord`s; extraction turns each into a `PaperExtraction`
(see `results.py`); the graph builder consumes both. Nothing here knows about
spaCy, NetworkX or Neo4j.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

_NON_ALNUM = re.compile(r"[^0-9a-z]+")


def name_key(text: str) -> str:
    """Case-, accent-, space- and punctuation-insensitive key of a name or title.

    "Llama 2", "LLaMA-2" and "llama2" share the key "llama2". The same rule as
    the evaluation scorer, so keys and scores agree. ASCII text skips the
    Unicode normalisation, a no-op on it (this runs for every name and title).
    """
    if text.isascii():
        return _NON_ALNUM.sub("", text.lower())
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return _NON_ALNUM.sub("", ascii_text.lower())


ID_SCHEMES = ("arxiv", "doi", "acl")  # external identifiers, in the order `PaperRecord.key` prefers them


def title_key(title: str) -> str:
    """Stable paper key for a record without an external id."""
    digest = hashlib.sha1(name_key(title).encode()).hexdigest()[:16]
    return f"title:{digest}"


@dataclass(slots=True)
class CuratedItem:
    """A link or dataset given by a listing's metadata (e.g. ACL's <pwccode>), not by the text."""

    kind: str  # "link" | "dataset"
    value: str  # URL for links, dataset name for datasets
    name: str | None = None  # display name given by the metadata, if any
    url: str | None = None  # where the metadata points for it (e.g. a Papers with Code dataset page)


@dataclass(slots=True)
class PaperRecord:
    """One paper as one listing file states it.

    `ids` holds external identifiers under the keys "arxiv", "doi", "acl"
    (whichever the listing gives). `source` is "path:line" of the record's first
    line, so every message about a record can point at it.
    """

    title: str
    abstract: str
    source: str
    ids: dict[str, str] = field(default_factory=dict)
    url: str | None = None
    date: str | None = None  # ISO 8601 date (YYYY-MM-DD) when the listing gives one
    authors: list[str] = field(default_factory=list)
    properties: dict[str, Any] = field(default_factory=dict)  # upvotes, authors_count, categories...
    curated: list[CuratedItem] = field(default_factory=list)

    @property
    def key(self) -> str:
        """Identity: arXiv id, else DOI, else ACL id, else a hash of the normalized title."""
        for scheme in ID_SCHEMES:
            value = self.ids.get(scheme)
            if value:
                return f"{scheme}:{value.lower() if scheme == 'doi' else value}"
        return title_key(self.title)

    @property
    def text(self) -> str:
        return f"{self.title}\n{self.abstract}"

    @property
    def text_hash(self) -> str:
        """Changes exactly when extraction input changes (used for incremental rebuilds)."""
        return hashlib.sha1(self.text.encode()).hexdigest()
