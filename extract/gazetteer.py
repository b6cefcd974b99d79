"""Gazetteers: known model and dataset names, and look-alike terms that are neither.

The extractor cannot tell from the text alone that "XLM-R" is a model while
"LoRA" is a method, nor that "BLOOM" is a model while "bloom" is a verb. These
lists carry that knowledge as plain TSV files that users can read and extend
(`extract/data/*.tsv`, plus any `--gazetteer FILE`).

Bundled files (a header line, `#` comment lines and blank lines allowed):

* `models.tsv`, `datasets.tsv`: ``name<TAB>aliases[<TAB>flags]``
* `non_entities.tsv`: ``term<TAB>category[<TAB>flags]``

User files add a `type` column: ``name<TAB>type<TAB>aliases[<TAB>flags]`` with
type `model`, `dataset` or `non_entity` (for `non_entity` the aliases are more
spellings of the same term). User rows override bundled rows with the same key.

`aliases` are separated by ``|``; `flags` by commas. The flags (see FLAGS):

* `case_sensitive` -- the name is also an everyday word or a generic term
  ("BLOOM", "Falcon", "Alpaca", "Pile"): only the exact spellings written in
  the row match; "bloom" or "falcon" do not.
* `needs_context` -- even correctly spelled, the surface is often not the
  entity ("Wikipedia" as a source of facts, "Gemini" the zodiac sign, "Claude"
  a first name): the extractor should accept it only with supporting context
  (a size/version suffix, "model"/"dataset"/"corpus" nearby, a relation cue).
* `dual` -- the same name is intentionally both a model and a dataset
  ("Alpaca", "Dolly", "OpenAssistant"); both rows must carry the flag, and
  `lookup(surface, kind=...)` picks one.

Keys are `name_key` (records.py): "LLaMA-2", "Llama 2" and "llama2" share one.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from paperkg.errors import PaperkgError

from .records import name_key as _name_key

DATA_DIR = Path(__file__).resolve().parent / "data"
BUNDLED = {"model": DATA_DIR / "models.tsv", "dataset": DATA_DIR / "datasets.tsv"}
NON_ENTITIES = DATA_DIR / "non_entities.tsv"

KINDS = ("model", "dataset")
USER_TYPES = (*KINDS, "non_entity")
FLAGS = frozenset({"case_sensitive", "needs_context", "dual"})
NON_ENTITY_FLAGS = frozenset({"case_sensitive"})
NON_ENTITY_CATEGORIES = frozenset({
    "architecture", "method", "metric", "library", "organization", "task",
    "programming_language", "venue", "generic", "user",
})

_FLAG_SPLIT = re.compile(r"[,\s]+")
_LINE_END = re.compile(r"\r\n|\r|\n")

# Loading computes the key of each of several thousand spellings more than once:
# memoised, it stays well under 50 ms.
name_key = lru_cache(maxsize=1 << 16)(_name_key)


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    """One known model or dataset: canonical display name plus other spellings.

    `source` is "path:line" of the row, so conflicts and overrides can be traced.
    """

    name: str
    kind: str  # "model" | "dataset"
    aliases: tuple[str, ...]
    case_sensitive: bool = False
    needs_context: bool = False
    dual: bool = False
    source: str = ""

    @property
    def key(self) -> str:
        return name_key(self.name)

    @property
    def forms(self) -> tuple[str, ...]:
        """The name followed by every alias."""
        return (self.name, *self.aliases)

    def matches(self, surface: str) -> bool:
        """Whether `surface` is a spelling of this entry, honouring case_sensitive."""
        if not self.case_sensitive:
            return name_key(surface) in {name_key(form) for form in self.forms}
        return _squash(surface) in {_squash(form) for form in self.forms}


class _NonEntity(NamedTuple):
    term: str
    category: str
    forms: frozenset[str] | None  # exact spellings when case-sensitive, else None
    source: str


def _squash(text: str) -> str:
    """Exact-spelling comparison that still ignores runs of whitespace."""
    return " ".join(text.split())


class Gazetteer:
    """Lookup tables over the loaded entries (build with `load_gazetteer`).

    `entries` lists every entry once (bundled then user, overridden ones
    removed). Lookups are dictionary hits on `name_key`, so they cost the same
    for ten or ten thousand entries.
    """

    def __init__(self, entries: Iterable[GazetteerEntry], non_entities: dict[str, _NonEntity],
                 _index: _Index | None = None):
        self.entries = list(entries)
        self._by_key = _index if _index is not None else _build_index(self.entries)
        self._non_entities = non_entities

    def __len__(self) -> int:
        return len(self.entries)

    def lookup(self, surface: str, kind: str | None = None) -> GazetteerEntry | None:
        """The entry `surface` names, or None.

        Case-insensitive entries match any spelling with the same `name_key`;
        `case_sensitive` ones only their listed spellings (whitespace runs
        aside). When a `dual` name is both a model and a dataset, `kind` picks
        one; without it the model row wins.
        """
        matches = self.lookup_all(surface)
        if kind is None:
            return min(matches, key=lambda entry: entry.kind != "model", default=None)
        return next((entry for entry in matches if entry.kind == kind), None)

    def lookup_all(self, surface: str, any_case: bool = False) -> tuple[GazetteerEntry, ...]:
        """Every entry `surface` names: one, or two for a `dual` model/dataset name.

        `any_case` ignores case_sensitive, for a name that other evidence has already
        shown to be a name: "four auto-encoder models (BERT, Albert, Electra, T5)".
        """
        bucket = self._by_key.get(name_key(surface))
        if not bucket:
            return ()
        squashed = _squash(surface)
        return tuple(entry for entry, exact in bucket if any_case or exact is None or squashed in exact)

    def non_entity(self, surface: str) -> str | None:
        """Category ("metric", "method", ...) if `surface` is a known non-entity.

        A plain English plural ("LLMs", "CNNs", "Transformers") counts as the
        singular term.
        """
        key = name_key(surface)
        found = self._non_entities.get(key)
        if found is None and len(key) > 2 and key.endswith("s"):
            found = self._non_entities.get(key[:-1])
            if found is not None and found.forms is not None:
                surface = surface.rstrip()[:-1]
        if found is None:
            return None
        if found.forms is not None and _squash(surface) not in found.forms:
            return None
        return found.category

    def surface_forms(self) -> Iterator[tuple[str, GazetteerEntry]]:
        """Every (spelling, entry) pair, for building PhraseMatcher patterns.

        A case_sensitive entry's spellings must be matched on the token text
        (ORTH); the others can be matched on the lower-cased text (LOWER).
        Spellings whose key was overridden by another entry are skipped.
        """
        for entry in self.entries:
            seen: set[str] = set()
            for form in entry.forms:
                bucket = self._by_key.get(name_key(form), ())
                if form in seen or not any(owner is entry for owner, _ in bucket):
                    continue
                seen.add(form)
                yield form, entry


# name_key -> the entries spelled so, each with its exact spellings if case-sensitive.
_Index = dict[str, list[tuple[GazetteerEntry, "frozenset[str] | None"]]]


def _build_index(entries: Iterable[GazetteerEntry]) -> _Index:
    index: _Index = {}
    for entry in entries:
        exact = frozenset(_squash(form) for form in entry.forms) if entry.case_sensitive else None
        for key in _keys(entry):
            index.setdefault(key, []).append((entry, exact))
    return index


def load_gazetteer(extra: Iterable[str | Path] = ()) -> Gazetteer:
    """The bundled gazetteers, extended and overridden by user files `extra`.

    A user row replaces every bundled (or earlier user) entry that shares one of
    its keys, except the other half of a `dual` pair; a user `non_entity` row
    removes the entries it names. Raises PaperkgError naming file and line for a
    malformed row, an unknown type, category or flag, or a key two different
    entries claim within the bundled files or within one user file.
    """
    bundled = _bundled()
    paths = [Path(path) for path in extra]
    if not paths:
        return Gazetteer(bundled.entries, bundled.non_entities, bundled.index)

    ordered = list(bundled.entries)
    by_key = {key: [entry for entry, _ in bucket] for key, bucket in bundled.index.items()}
    nons = dict(bundled.non_entities)
    for path in paths:
        user_entries, user_nons = _parse_user_file(path)
        removed: set[int] = set()
        for entry in user_entries:
            for key in _keys(entry):
                for old in by_key.get(key, ()):
                    if not (old.kind != entry.kind and old.dual and entry.dual):
                        removed.add(id(old))
                nons.pop(key, None)
        for key, non in user_nons.items():
            removed.update(id(old) for old in by_key.get(key, ()))
            nons[key] = non
        if removed:
            ordered = [entry for entry in ordered if id(entry) not in removed]
            by_key = {key: [e for e in bucket if id(e) not in removed] for key, bucket in by_key.items()}
        for entry in user_entries:
            ordered.append(entry)
            for key in _keys(entry):
                by_key.setdefault(key, []).append(entry)
    return Gazetteer(ordered, nons)


@dataclass(frozen=True, slots=True)
class _Bundled:
    entries: tuple[GazetteerEntry, ...]
    index: _Index
    non_entities: dict[str, _NonEntity]


@lru_cache(maxsize=1)
def _bundled() -> _Bundled:
    """Parse, cross-check and index the bundled files once per process.

    Gazetteers without user files share these tables; nothing mutates them.
    """
    entries = (*_parse_entry_file(BUNDLED["model"], "model"), *_parse_entry_file(BUNDLED["dataset"], "dataset"))
    _check_conflicts(entries)
    return _Bundled(entries, _build_index(entries), _parse_non_entity_file(NON_ENTITIES))


def _keys(entry: GazetteerEntry) -> dict[str, None]:
    """The distinct keys of an entry's spellings, in spelling order."""
    return dict.fromkeys(name_key(form) for form in entry.forms)


def _check_conflicts(entries: Iterable[GazetteerEntry]) -> None:
    """Two entries may share a key only as a `dual` model/dataset pair."""
    owners: dict[str, list[GazetteerEntry]] = {}
    for entry in entries:
        for form in entry.forms:
            bucket = owners.setdefault(name_key(form), [])
            for other in bucket:
                if other is entry or (other.kind != entry.kind and other.dual and entry.dual):
                    continue
                raise PaperkgError(
                    f"{entry.source}: {form!r} ({entry.kind} {entry.name!r}) is already "
                    f"{other.kind} {other.name!r} at {other.source}"
                    + ("" if other.kind == entry.kind else "; flag both rows 'dual' if intended")
                )
            if not any(other is entry for other in bucket):
                bucket.append(entry)


def _rows(path: Path) -> Iterator[tuple[int, list[str]]]:
    """(line number, fields) of each data row; comments and blank lines skipped.

    Forgiving where editors and spreadsheets differ harmlessly: a UTF-8 byte
    order mark, CRLF line ends, spaces around fields, empty trailing columns.
    Only CR/LF end a line, so line numbers match what an editor shows.
    """
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise PaperkgError(f"{path}: gazetteer file not found") from None
    except UnicodeDecodeError as exc:
        raise PaperkgError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    except OSError as exc:
        raise PaperkgError(f"{path}: cannot read gazetteer ({exc.strerror})") from None
    for number, line in enumerate(_LINE_END.split(text), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = [field.strip() for field in line.split("\t")]
        while len(fields) > 1 and not fields[-1]:
            fields.pop()
        yield number, fields


def _column_error(where: str, expected: str, fields: list[str]) -> PaperkgError:
    count = len(fields)
    hint = " (separate columns with TAB characters, not spaces)" if count == 1 and "  " in fields[0] else ""
    return PaperkgError(
        f"{where}: expected {expected}, got {count} tab-separated column{'' if count == 1 else 's'}{hint}"
    )


def _split_aliases(text: str) -> tuple[str, ...]:
    if not text:
        return ()
    return tuple(alias for alias in map(str.strip, text.split("|")) if alias)


def _parse_flags(text: str, allowed: frozenset[str], where: str) -> frozenset[str]:
    if not text:
        return frozenset()
    flags = frozenset(flag for flag in _FLAG_SPLIT.split(text.strip()) if flag)
    unknown = flags - allowed
    if unknown:
        raise PaperkgError(
            f"{where}: unknown flag {sorted(unknown)[0]!r} (known: {', '.join(sorted(allowed))})"
        )
    return flags


def _make_entry(name: str, kind: str, aliases: str, flags: str, where: str) -> GazetteerEntry:
    if not name_key(name):
        raise PaperkgError(f"{where}: empty or unusable name {name!r}")
    alias_list = _split_aliases(aliases)
    for alias in alias_list:
        if not name_key(alias):
            raise PaperkgError(f"{where}: unusable alias {alias!r}")
    flag_set = _parse_flags(flags, FLAGS, where)
    unique = tuple(dict.fromkeys(alias for alias in alias_list if alias != name))
    return GazetteerEntry(
        name=name, kind=kind, aliases=unique,
        case_sensitive="case_sensitive" in flag_set,
        needs_context="needs_context" in flag_set,
        dual="dual" in flag_set,
        source=where,
    )


def _table(path: Path, columns: tuple[str, ...], required: int) -> Iterator[tuple[str, list[str]]]:
    """("file:line", fields padded to len(columns)) of each data row of a gazetteer file.

    A first row naming the first two columns is a header and skipped; a row with fewer than
    `required` columns or more than `columns` is an error naming the file and line (the last
    column, the flags, is the optional one in the message)."""
    prefix = str(path)
    expected = "<TAB>".join(columns[:-1]) + f"[<TAB>{columns[-1]}]"
    for index, (number, fields) in enumerate(_rows(path)):
        where = f"{prefix}:{number}"
        if index == 0 and len(fields) >= 2 and [f.lower() for f in fields[:2]] == list(columns[:2]):
            continue
        if not required <= len(fields) <= len(columns):
            raise _column_error(where, expected, fields)
        yield where, [*fields, *[""] * (len(columns) - len(fields))]


def _parse_entry_file(path: Path, kind: str) -> list[GazetteerEntry]:
    entries: list[GazetteerEntry] = []
    for where, (name, aliases, flags) in _table(path, ("name", "aliases", "flags"), required=1):
        entries.append(_make_entry(name, kind, aliases, flags, where))
    return entries


def _parse_non_entity_file(path: Path) -> dict[str, _NonEntity]:
    terms: dict[str, _NonEntity] = {}
    for where, (term, category, flags) in _table(path, ("term", "category", "flags"), required=2):
        if category not in NON_ENTITY_CATEGORIES:
            raise PaperkgError(
                f"{where}: unknown category {category!r} (known: {', '.join(sorted(NON_ENTITY_CATEGORIES))})"
            )
        flag_set = _parse_flags(flags, NON_ENTITY_FLAGS, where)
        _add_non_entity(terms, term, category, [term], "case_sensitive" in flag_set, where)
    return terms


def _add_non_entity(
    terms: dict[str, _NonEntity], term: str, category: str, forms: list[str], case_sensitive: bool, where: str
) -> None:
    key = name_key(term)
    if not key:
        raise PaperkgError(f"{where}: empty or unusable term {term!r}")
    exact = frozenset(_squash(form) for form in forms) if case_sensitive else None
    old = terms.get(key)
    if old is not None:
        if old.category != category:
            raise PaperkgError(
                f"{where}: {term!r} is already {old.category!r} at {old.source}, not {category!r}"
            )
        if old.forms is None or exact is None:
            exact = None
        else:
            exact = old.forms | exact
    terms[key] = _NonEntity(term=old.term if old else term, category=category, forms=exact, source=where)


def _parse_user_file(path: Path) -> tuple[list[GazetteerEntry], dict[str, _NonEntity]]:
    entries: list[GazetteerEntry] = []
    nons: dict[str, _NonEntity] = {}
    for where, (name, kind, aliases, flags) in _table(path, ("name", "type", "aliases", "flags"), required=2):
        kind = kind.lower()
        if kind not in USER_TYPES:
            raise PaperkgError(f"{where}: unknown type {kind!r} (expected one of: {', '.join(USER_TYPES)})")
        if kind == "non_entity":
            flag_set = _parse_flags(flags, NON_ENTITY_FLAGS, where)
            forms = [name, *_split_aliases(aliases)]
            for form in forms:
                _add_non_entity(nons, form, "user", forms, "case_sensitive" in flag_set, where)
            continue
        entries.append(_make_entry(name, kind, aliases, flags, where))
    _check_conflicts(entries)
    for entry in entries:
        for key in _keys(entry):
            if key in nons:
                raise PaperkgError(
                    f"{nons[key].source}: {nons[key].term!r} is a non_entity, but {entry.kind} "
                    f"{entry.name!r} at {entry.source} has the same key"
                )
    return entries, nons
