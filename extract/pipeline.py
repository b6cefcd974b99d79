"""The Extractor: PaperRecord in, PaperExtraction out (models, datasets, languages, links...).

One spaCy pass per paper over "title\\nabstract" (see nlp.py), then plain
Python decisions (entities.py, languages.py, introduces.py) and the links
engineer's `find_links`. `pipe` streams in batches through `nlp.pipe`; with
`jobs > 1` batches go to a process pool (each worker builds its own cached
pipeline) and come back in input order, so output equals `jobs=1` output.

Hook for relations: `RELATION_HOOKS` holds callables
`(record, extraction) -> list[Relation]`; `paperkg.extract.relations` is
imported and registered automatically when it exists and exposes
`find_relations(record, extraction)`.
"""
from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from pathlib import Path

from spacy.tokens import Doc

from ..gc_pause import gc_paused
from .entities import EntityFinder, to_entities
from .evidence import FieldMapper, find_focus, find_references
from .gazetteer import load_gazetteer
from .introduces import introduced_names
from .languages import find_languages
from .links import classify_url, find_links, looks_like_url
from .nlp import get_nlp
from .records import PaperRecord, name_key
from .results import Entity, Link, PaperExtraction, Relation

RelationHook = Callable[[PaperRecord, PaperExtraction], list[Relation]]
RELATION_HOOKS: list[RelationHook] = []


def _load_relation_hook() -> None:
    try:
        module = importlib.import_module("paperkg.extract.relations")
    except ImportError:
        return
    hook = getattr(module, "find_relations", None)
    if callable(hook) and hook not in RELATION_HOOKS:
        RELATION_HOOKS.append(hook)


_load_relation_hook()


class Extractor:
    """Extracts entities, links and paper facts from records (see module docstring)."""

    def __init__(self, gazetteers: Iterable[str | Path] = ()) -> None:
        self.gazetteer_files = tuple(str(p) for p in gazetteers)
        self.gazetteer = load_gazetteer(self.gazetteer_files)
        self.nlp = get_nlp(self.gazetteer_files)
        self.finder = EntityFinder(self.gazetteer)

    def extract(self, record: PaperRecord) -> PaperExtraction:
        text = _doc_text(record)
        return self._from_doc(record, self.nlp(text), text)

    def pipe(self, records: Iterable[PaperRecord], batch_size: int = 256, jobs: int = 1) -> Iterator[PaperExtraction]:
        """Stream extractions in input order; `jobs > 1` uses that many worker processes."""
        if jobs <= 1:
            yield from self._pipe_local(records, batch_size)
            return
        batches = _batched(records, batch_size)
        with ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker,
                                 initargs=(self.gazetteer_files,)) as pool:
            pending: list[tuple[list[PaperRecord], Future]] = []
            for batch in batches:
                pending.append((batch, pool.submit(_work, batch, batch_size)))
                if len(pending) >= jobs * 2:
                    yield from _with_records(*pending.pop(0))
            for batch, future in pending:
                yield from _with_records(batch, future)

    def _pipe_local(self, records: Iterable[PaperRecord], batch_size: int) -> Iterator[PaperExtraction]:
        for batch in _batched(records, batch_size):
            texts = [_doc_text(r) for r in batch]
            with gc_paused():  # a batch is a burst of short-lived objects without cycles
                # The whole batch through spaCy first, then the Python decisions: interleaving
                # them per doc evicts the tokenizer's caches from the CPU's (~10% slower).
                docs = list(self.nlp.pipe(texts, batch_size=batch_size))
                done = [self._from_doc(record, doc, text) for record, text, doc in zip(batch, texts, docs)]
            yield from done  # (outside the pause: the consumer's own work gets the usual collector)

    def _from_doc(self, record: PaperRecord, doc: Doc, text: str) -> PaperExtraction:
        title, abstract = record.title or "", record.abstract or ""
        mapper = FieldMapper(title, abstract)
        languages = self._languages(doc, text, mapper)
        decisions = self.finder.find(doc, len(title), text,
                                     languages={m.text for lang in languages for m in lang.mentions})
        models, datasets = to_entities(decisions, mapper)
        languages = _without_names(languages, (*models, *datasets))
        extraction = PaperExtraction(
            paper=record,
            models=models,
            datasets=datasets,
            languages=languages,
            links=_links(record),
            introduces=introduced_names(decisions),
            references=find_references(text),
            focus=find_focus(text),
        )
        _add_curated_datasets(record, extraction)
        for hook in RELATION_HOOKS:
            extraction.relations.extend(hook(record, extraction))
        return extraction

    def _languages(self, doc: Doc, text: str, mapper: FieldMapper) -> list[Entity]:
        spans = [(s.label_, s.start_char, s.end_char) for s in doc.spans.get("languages", ())]
        excluded = lambda surface: self.gazetteer.non_entity(surface) is not None
        by_code: dict[str, Entity] = {}
        for info, start, end in find_languages(text, spans, excluded):
            ent = by_code.get(info.code)
            if ent is None:
                ent = by_code[info.code] = Entity(kind="language", name=info.name, key=info.code,
                                                  code=info.code, tag=info.tag, confidence=0.95,
                                                  rule="lexicon")
                if info.base:
                    ent.aliases.append(info.base)
            surface = text[start:end]
            if surface != ent.name and surface not in ent.aliases:
                ent.aliases.append(surface)
            ent.mentions.append(mapper.mention(start, end))
        return list(by_code.values())


def _without_names(languages: list[Entity], names: Iterable[Entity]) -> list[Entity]:
    """Languages without the mentions a model or dataset was decided at: "open LLMs (e.g., Tulu and
    LLaMA-2)" names the Tulu model, not the Tulu language. Where the paper names a model or dataset
    by the language's very name, the name means it throughout (one sense per paper): also the
    language mentions inside other names go ("Tulu 2", "Tulu-V2-mix"), while "Chinese-LLaMA" still
    names Chinese."""
    if not languages:
        return languages
    names = list(names)
    taken = {(m.field, m.start, m.end) for entity in names for m in entity.mentions}
    spelled = {spelling for entity in names for spelling in (entity.name, *entity.aliases)}
    for language in languages:
        if spelled.isdisjoint((language.name, *language.aliases)):
            language.mentions = [m for m in language.mentions if (m.field, m.start, m.end) not in taken]
        else:
            language.mentions = [m for m in language.mentions
                                 if not any(f == m.field and s <= m.start and m.end <= e for f, s, e in taken)]
    return [language for language in languages if language.mentions]


def _doc_text(record: PaperRecord) -> str:
    return f"{record.title or ''}\n{record.abstract or ''}"


def _links(record: PaperRecord) -> list[Link]:
    merged: dict[str, Link] = {}
    for field, text in (("title", record.title), ("abstract", record.abstract)):
        for link in find_links(text or "", field):
            if link.url in merged:
                merged[link.url].mentions.extend(link.mentions)
            else:
                merged[link.url] = link
    for item in record.curated:
        if item.kind == "link" and looks_like_url(item.value):
            link = classify_url(item.value, origin="metadata")
            merged.setdefault(link.url, link)
    return list(merged.values())


def _add_curated_datasets(record: PaperRecord, extraction: PaperExtraction) -> None:
    """Datasets a listing's metadata names (ACL <pwcdataset>) become origin="metadata" entities."""
    known = {d.key for d in extraction.datasets}
    for item in record.curated:
        if item.kind != "dataset":
            continue
        name = (item.name or item.value).strip()
        key = name_key(name)
        if not key or key in known:
            continue
        known.add(key)
        extraction.datasets.append(Entity(kind="dataset", name=name, key=key, origin="metadata",
                                          rule="metadata", confidence=1.0))


def _batched(records: Iterable[PaperRecord], size: int) -> Iterator[list[PaperRecord]]:
    iterator = iter(records)
    while batch := list(islice(iterator, max(1, size))):
        yield batch


_WORKER: Extractor | None = None


def _init_worker(gazetteers: tuple[str, ...]) -> None:
    global _WORKER
    _WORKER = Extractor(gazetteers)


def _work(batch: list[PaperRecord], batch_size: int) -> list[PaperExtraction]:
    """A worker's extractions, without their records: the parent has them (`_with_records`),
    and a record is most of an extraction's pickled size."""
    assert _WORKER is not None
    out = list(_WORKER._pipe_local(batch, batch_size))
    for extraction in out:
        extraction.paper = None
    return out


def _with_records(batch: list[PaperRecord], future: Future) -> Iterator[PaperExtraction]:
    for record, extraction in zip(batch, future.result(), strict=True):
        extraction.paper = record
        yield extraction
