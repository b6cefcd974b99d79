"""The spaCy pipeline: a blank English tokenizer plus matcher components (no model weights).

Why these pieces:

* Tokenizer: spaCy's English rules keep "Llama-3.1", "GPT4" or "Llama2" as one
  token, so a gazetteer entry "Llama 2" would miss "Llama2". We add infixes
  that split hyphens/slashes/underscores between word characters and every
  letter<->digit boundary; every spelling then becomes the same token sequence
  up to separator tokens, and the PhraseMatcher patterns cover separator
  variants ("Llama 2" / "Llama2" / "Llama-2").
* `paperkg_gazetteer`: two PhraseMatchers over the gazetteer spellings, LOWER
  for ordinary entries and ORTH for `case_sensitive` ones ("BLOOM" but not
  "bloom"); longest non-overlapping matches go to `doc.spans["gazetteer"]`
  labelled with the entry index.
* `paperkg_languages`: a PhraseMatcher (ORTH: language names are capitalised)
  over the language lexicon, to `doc.spans["languages"]`.

No sentencizer: sentence bounds are only computed around mentions
(`evidence.SentenceIndex`), which keeps the hot path near tokenizer speed.
The built pipeline is cached per process and per gazetteer file list.
"""
from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import compile_infix_regex, compile_suffix_regex, filter_spans

from .gazetteer import Gazetteer, load_gazetteer
from .languages import language_lexicon

EXTRA_INFIXES = (
    r"(?<=[0-9A-Za-z])[-/_](?=[0-9A-Za-z])",  # XLM-R, Llama-2, opus-mt, org/name
    r"(?<=[A-Za-z])(?=[0-9])",  # Llama2 -> Llama 2, GPT4 -> GPT 4
    r"(?<=[0-9])(?=[A-Za-z])",  # 7b -> 7 b, HowTo100M -> HowTo 100 M
    r"[↔→←⇒⇐⇔⟷]",  # Chinese↔Japanese, En→De: translation directions
    r"(?<=[A-Za-z])(?:<->|<=>|->|=>)(?=[A-Za-z])",  # English->German: the same, in ASCII
)
SEPARATORS = frozenset({"-", "_", "/"})
TOKENIZER_CACHE_SIZE = 500_000


def make_tokenizer_infixes(nlp: Language) -> None:
    """Install the extra infixes on `nlp`'s tokenizer (see module docstring)."""
    infixes = list(nlp.Defaults.infixes) + list(EXTRA_INFIXES)
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    # spaCy caches the split of each whitespace-separated chunk, but only the first
    # 10,000 distinct chunks; a corpus of abstracts has far more, so most chunks
    # would be re-split by the affix regexes every time. A bigger cache costs a few MB.
    nlp.tokenizer.max_cache_size = TOKENIZER_CACHE_SIZE
    # A full stop after "<lower, digit or hyphen><capital>" ends a sentence, not an abbreviation:
    # "... dataset HowTo100M." / "Poro 34B." / "on MultiPL-E." must end in the token "M" / "B" / "E"
    # to match names.
    suffixes = list(nlp.Defaults.suffixes) + [r"(?<=[a-z0-9-][A-Z])\."]
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    # No tokenizer exceptions. English's special cases (contractions, abbreviations, times,
    # emoticons) name no model, dataset or language, and they cost more than all the rest:
    # * the whitespace ones ("\n" after the title) switch spaCy's chunk cache off for the rest
    #   of the doc (spaCy issue #13950): 15x slower;
    # * the ~400 that hold an affix make spaCy run a PhraseMatcher over every doc: half of
    #   the remaining tokenizer time (docs/benchmarks.md);
    # * abbreviation rules glue a name's last letter to a full stop ("GPT-4o." -> "o.",
    #   "ImageNet-21k." -> "k."), so the gazetteer missed those names at a sentence end.
    nlp.tokenizer.rules = {}


def spelling_variants(nlp: Language, surface: str) -> list[list[str]]:
    """Token sequences for a name and its separator variants.

    "Llama 2" -> [Llama, 2] (also matches "Llama2") and [Llama, -, 2];
    "GPT-4" -> [GPT, -, 4] and [GPT, 4] (matches "GPT4", "GPT 4").
    """
    doc = nlp.make_doc(surface)
    tokens = [t.text for t in doc]
    variants = [tokens]
    bare = [t for t in tokens if t not in SEPARATORS]
    if bare and bare != tokens:
        variants.append(bare)
    hyphenated: list[str] = []
    for token in doc:
        hyphenated.append(token.text)
        if token.whitespace_ and token.i + 1 < len(doc):
            hyphenated.append("-")
    if hyphenated != tokens:
        variants.append(hyphenated)
    return variants


def _with_plural(variants: list[list[str]]) -> list[list[str]]:
    """The variants and, for a name of several words ending in a capitalised word, its plural:
    "Switch Transformers" are the Switch Transformer family, as "BERTs" are BERT models."""
    out = list(variants)
    for tokens in variants:
        last = tokens[-1]
        if len(tokens) > 1 and last.isalpha() and last[0].isupper() and len(last) > 2 and last[-1] not in "sS":
            out.append([*tokens[:-1], last + "s"])
    return out


class GazetteerMatcher:
    """Marks known model/dataset spellings: `doc.spans["gazetteer"]`, label = entry index."""

    def __init__(self, nlp: Language, gazetteer: Gazetteer):
        self.gazetteer = gazetteer
        self.index = {id(entry): i for i, entry in enumerate(gazetteer.entries)}
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.orth = PhraseMatcher(nlp.vocab, attr="ORTH")
        lower_patterns: dict[str, list[Doc]] = {}
        orth_patterns: dict[str, list[Doc]] = {}
        seen: set[tuple[str, bool, tuple[str, ...]]] = set()
        for surface, entry in gazetteer.surface_forms():
            label = str(self.index[id(entry)])
            target = orth_patterns if entry.case_sensitive else lower_patterns
            for tokens in _with_plural(spelling_variants(nlp, surface)):
                if not entry.case_sensitive:
                    tokens = [t.lower() for t in tokens]
                key = (label, entry.case_sensitive, tuple(tokens))
                if key in seen:
                    continue
                seen.add(key)
                target.setdefault(label, []).append(Doc(nlp.vocab, words=tokens))
        for label, docs in lower_patterns.items():
            self.lower.add(label, docs)
        for label, docs in orth_patterns.items():
            self.orth.add(label, docs)

    def __call__(self, doc: Doc) -> Doc:
        spans = [span for span in self.lower(doc, as_spans=True) if not self._prose(span)]
        spans += self.orth(doc, as_spans=True)
        # The two rows of a dual name match the same tokens, in the matchers' hash order; the first
        # row (its model's: models load first) is kept whatever that order (`filter_spans` is stable).
        spans.sort(key=lambda span: int(span.label_))
        doc.spans["gazetteer"] = filter_spans(spans)
        return doc

    def _prose(self, span: Span) -> bool:
        """A case-blind match of a spaced spelling that starts with a lower-case word and goes on
        in capitals is prose around a name: "we distil BERT into ..." is no DistilBERT (alias
        "Distil-BERT"), though "Distil BERT" and "gpt 4" are names. The shorter match inside wins."""
        first, space, rest = span.text.partition(" ")
        if not space or not first.isalpha() or not first.islower() or rest == rest.lower():
            return False
        return self.gazetteer.entries[int(span.label_)].name[:1].isupper()


class LanguageMatcher:
    """Marks language names from the lexicon: `doc.spans["languages"]`, label = the lexicon
    name (the text may join its words by hyphens: "Nigerian-Pidgin")."""

    def __init__(self, nlp: Language):
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        for surface in language_lexicon():
            self.matcher.add(surface, [Doc(nlp.vocab, words=words) for words in spelling_variants(nlp, surface)])

    def __call__(self, doc: Doc) -> Doc:
        doc.spans["languages"] = filter_spans(self.matcher(doc, as_spans=True))
        return doc


@Language.factory("paperkg_gazetteer", default_config={"gazetteers": []})
def make_gazetteer_matcher(nlp: Language, name: str, gazetteers: list[str]) -> GazetteerMatcher:
    return GazetteerMatcher(nlp, load_gazetteer(gazetteers))


@Language.factory("paperkg_languages")
def make_language_matcher(nlp: Language, name: str) -> LanguageMatcher:
    return LanguageMatcher(nlp)


def build_nlp(gazetteers: Iterable[str | Path] = ()) -> Language:
    """A fresh pipeline: tokenizer with name-friendly infixes + the two matchers."""
    nlp = spacy.blank("en")
    make_tokenizer_infixes(nlp)
    nlp.add_pipe("paperkg_gazetteer", config={"gazetteers": [str(p) for p in gazetteers]})
    nlp.add_pipe("paperkg_languages")
    return nlp


@lru_cache(maxsize=8)
def get_nlp(gazetteers: tuple[str, ...] = ()) -> Language:
    """The pipeline for these user gazetteer files, built once per process."""
    return build_nlp(gazetteers)
