"""Turn what a user types ("llama2", "XLMR", "ko", "BigScience") into graph nodes.

One `NameIndex` per label is built once per loaded graph from the backend's
catalog (every node's name, aliases, variants, codes), so each lookup is a
dict access. Matching is case-, accent- and punctuation-insensitive through
`name_key`, the same rule the extractor keys nodes with. An unknown name is
an error carrying rapidfuzz "did you mean" suggestions, never an empty answer.
"""
from __future__ import annotations

import contextlib
import re
from collections.abc import Iterable
from functools import lru_cache

import langcodes
from rapidfuzz import fuzz, process

from ..extract.records import name_key, title_key
from ..graph import schema as S
from ..errors import PaperkgError
from .results import LABEL_KINDS, CatalogEntry, NodeRef

# Match priority: a canonical name beats an alias, which beats a variant spelling.
_CANONICAL, _ALIAS, _VARIANT = 0, 1, 2
_URL_PREFIX = re.compile(r"^(?:https?://)?(?:www\.)?(?:github\.com|huggingface\.co)/", re.I)
_SCHEME = re.compile(r"^https?://", re.I)
_NON_ALNUM = re.compile(r"[^0-9a-z]+")  # the rule of extract.records.name_key
_ARXIV_ID = re.compile(r"^\d{4}\.\d{4,5}(?:v\d+)?$")


def fast_key(text: str) -> str:
    """`name_key` with a shortcut for ASCII text (NFKD and the ASCII filter are no-ops there)."""
    return _NON_ALNUM.sub("", text.lower()) if text.isascii() else name_key(text)


def load_name_gazetteer() -> None:
    """Load the bundled gazetteer now (once per process), so the first name only it knows resolves fast."""
    from ..extract.gazetteer import load_gazetteer

    with contextlib.suppress(PaperkgError):  # as in `_gazetteer_entry`: a broken file must not break queries
        load_gazetteer()


def _gazetteer_entry(text: str, kind: str):
    """The bundled gazetteer's entry for `text` (a model or dataset), or None."""
    from ..extract.gazetteer import load_gazetteer

    try:
        return load_gazetteer().lookup(text, kind=kind)
    except PaperkgError:  # a broken gazetteer file must not break queries
        return None


class UnknownNameError(PaperkgError):
    """A name that matches nothing in the graph; the message carries suggestions."""

    def __init__(self, kind: str, text: str, suggestions: list[str]):
        self.kind, self.text, self.suggestions = kind, text, suggestions
        message = f"no {kind} named {text!r}"
        if suggestions:
            message += f"; did you mean: {', '.join(suggestions)}?"
        else:
            message += " in the graph"
        super().__init__(message)


class AmbiguousNameError(PaperkgError):
    """A name that several nodes answer to equally well."""


def repo_key(text: str) -> str:
    """"owner/repo" key of a repository typed as a name or a GitHub URL (case-insensitive)."""
    text = _URL_PREFIX.sub("", text.strip()).strip("/")
    parts = text.split("/")
    if len(parts) >= 2:
        text = f"{parts[0]}/{parts[1].removesuffix('.git')}"
    return text.lower()


def owner_key(text: str) -> str:
    """Owner name of an organization typed as "owner", "github:owner" or an owner URL."""
    text = _URL_PREFIX.sub("", text.strip()).strip("/")
    text = text.split(":", 1)[1] if text.lower().startswith(("github:", "huggingface:")) else text
    return text.split("/")[0].lower()


class NameIndex:
    """Every spelling of every node of one label, keyed by `name_key`.

    Built once from the catalog; `lookup` is O(1), `suggest` runs rapidfuzz
    over the display names only on the error path.
    """

    def __init__(self, label: str, entries: Iterable[CatalogEntry]):
        self.label = label
        self.kind = LABEL_KINDS.get(label, label.lower())
        self._by_key: dict[str, NodeRef] = {}
        self._spellings: dict[str, dict[int, set[str]]] = {}
        self._choices: dict[str, str] = {}  # name_key(spelling) -> canonical name (for suggestions)
        self._keys: dict[str, str] = {}  # spelling -> fast_key(spelling), while building: names recur as keys/aliases
        for entry in sorted(entries, key=lambda e: e.key):  # same ties on every backend
            ref = NodeRef(entry.label, entry.key, entry.name)
            self._by_key[entry.key] = ref
            self._add(entry.key, _CANONICAL, entry.key)
            self._add(entry.name, _CANONICAL, entry.key)
            if entry.tag:
                self._add(entry.tag, _CANONICAL, entry.key)
            for alias in entry.aliases:
                self._add(alias, _ALIAS, entry.key)
            for variant in entry.variants:
                self._add(variant, _VARIANT, entry.key)
            if label == S.ORGANIZATION:  # "github:owner" also answers to "owner"
                self._add(owner_key(entry.key), _CANONICAL, entry.key)
            for spelling in (entry.name, *entry.aliases, *entry.variants):
                if norm := self._key(spelling):
                    self._choices.setdefault(norm, entry.name)
        self._choice_keys = list(self._choices)  # normalized once, so rapidfuzz runs without a processor
        del self._keys

    def _key(self, spelling: str) -> str:
        norm = self._keys.get(spelling)
        if norm is None:
            norm = self._keys[spelling] = fast_key(spelling)
        return norm

    def _add(self, spelling: str, priority: int, key: str) -> None:
        norm = self._key(spelling)
        if norm:
            self._spellings.setdefault(norm, {}).setdefault(priority, set()).add(key)

    def __len__(self) -> int:
        return len(self._by_key)

    def get(self, key: str) -> NodeRef | None:
        return self._by_key.get(key)

    def lookup(self, text: str) -> list[NodeRef]:
        """Nodes answering to `text` at the best priority present (possibly several), else []."""
        return self.lookup_ranked(text)[1]

    def lookup_ranked(self, text: str) -> tuple[int, list[NodeRef]]:
        """(priority, nodes): 0 = canonical name/key/code, 1 = alias, 2 = variant; 9 = no match."""
        if self.label == S.PAPER:
            refs = self._lookup_paper(text)
            return (0 if refs else 9), refs
        if self.label == S.REPOSITORY and (ref := self._by_key.get(repo_key(text))):
            return _CANONICAL, [ref]
        if self.label in (S.HF_RESOURCE, S.WEBSITE):  # typed as a URL
            text = _SCHEME.sub("", text.strip()).rstrip("/")
            if ref := self._by_key.get(text.lower()):
                return _CANONICAL, [ref]
            text = _URL_PREFIX.sub("", text)
        if self.label == S.ORGANIZATION:
            text = owner_key(text)
        found = self._spellings.get(name_key(text))
        if not found and self.label == S.LANGUAGE:
            found = self._spellings.get(self._language_code(text) or "")
        if not found and self.label in (S.MODEL, S.DATASET):
            return self._lookup_gazetteer(text)
        if not found:
            return 9, []
        best = min(found)
        return best, [self._by_key[k] for k in sorted(found[best])]

    def _lookup_gazetteer(self, text: str) -> tuple[int, list[NodeRef]]:
        """Spellings the graph never saw but the extractor's gazetteer knows ("xlm-roberta" -> XLM-R)."""
        entry = _gazetteer_entry(text, self.kind)
        if entry is None:
            return 9, []
        for form in entry.forms:
            found = self._spellings.get(fast_key(form))
            if found:
                return _ALIAS, [self._by_key[k] for k in sorted(found[min(found)])]
        return 9, []

    def _lookup_paper(self, text: str) -> list[NodeRef]:
        text = text.strip()
        candidates = [text, text.lower(), f"arxiv:{text}" if _ARXIV_ID.match(text) else "", title_key(text)]
        for key in candidates:
            if key and key in self._by_key:
                return [self._by_key[key]]
        found = self._spellings.get(name_key(text))
        return [self._by_key[k] for k in sorted(found[min(found)])] if found else []

    @staticmethod
    @lru_cache(maxsize=4096)
    def _language_code(text: str) -> str | None:
        """ISO 639-3 code of a language typed as a BCP-47 tag or an English/native name."""
        try:
            lang = langcodes.Language.get(text) if langcodes.tag_is_valid(text) else langcodes.find(text)
            return lang.to_alpha3() if lang.language else None
        except (LookupError, ValueError):
            return None

    def suggest(self, text: str, limit: int = 5) -> list[str]:
        """Canonical names whose spellings are closest to `text` (rapidfuzz WRatio)."""
        query = name_key(text)
        if not self._choice_keys or not query:
            return []
        # A fast Indel-ratio pass narrows thousands of names to a few dozen; WRatio ranks those.
        rough = process.extract(query, self._choice_keys, scorer=fuzz.ratio, processor=None, limit=50,
                                score_cutoff=40)
        shortlist = sorted(choice for choice, _score, _idx in rough)
        matches = process.extract(query, shortlist, scorer=fuzz.WRatio, processor=None,
                                  limit=limit * 3, score_cutoff=70)
        names: list[str] = []
        for spelling, _score, _idx in matches:
            canonical = self._choices[spelling]
            if canonical not in names:
                names.append(canonical)
        return names[:limit]

    def resolve(self, text: str, *, allow_many: bool = False) -> list[NodeRef]:
        """`lookup`, raising `UnknownNameError` (with suggestions) or `AmbiguousNameError`."""
        refs = self.lookup(text)
        if not refs:
            raise UnknownNameError(self.kind, text, self.suggest(text))
        if len(refs) > 1 and not allow_many:
            listed = ", ".join(f"{r.name} ({r.key})" for r in refs)
            raise AmbiguousNameError(f"{self.kind} name {text!r} is ambiguous: {listed}; use one of the keys")
        return refs
