"""The extraction hot path's faster forms give exactly what the plain forms give.

Each speed-up in entities/languages/evidence replaced a straightforward regex or
scan with a quicker equivalent (prefilters, reordered patterns, one pass per
document, memo tables). These tests pin the equivalence: the reference patterns
below are the original ones, checked against the new code on generated text
with the characters that matter (separators, case, digits, whitespace, the
Unicode letters IGNORECASE folds specially), and end to end on real abstracts
with cold, warm and constantly cleared memo tables.
"""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from paperkg.extract import entities, evidence, languages
from paperkg.extract.pipeline import Extractor
from paperkg.extract.readers import read_listings
from paperkg.extract.records import PaperRecord

from paperkg import EXAMPLES_DIR

# The patterns as they were before the speed work (the specification).
REF_NAMEISH = re.compile(r"[^\s,;:()\[\]{}\"“”‘’<>=|!?—]*[A-Z0-9][^\s,;:()\[\]{}\"“”‘’<>=|!?—]*")
REF_LANGUAGE_WORD = re.compile(r"\b(?:the\s+)?([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+language\b(?!\s+model)")
REF_ITEM = r"[\w.+-]*[A-Z0-9][\w.+-]*"
REF_LIST_ITEM_BACK = re.compile(rf"(?:{REF_ITEM}(?: {REF_ITEM})?\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or|&)\s+))+$")
REF_LOWER_WORD = re.compile(r"(?<![\w-])[a-z]+(?![\w-])")
REF_FOCUS = (
    ("multilingual", re.compile(r"\b(?:multi-?lingual|cross-?lingual|many languages)", re.IGNORECASE)),
    ("low-resource", re.compile(r"\b(?:low|under)[- ]resource[d]?\b", re.IGNORECASE)),
)

# Text made of the pieces the patterns look at, plus characters that IGNORECASE folds
# onto ASCII letters (ı İ ſ K) and that lower() lengthens (İ).
PIECES = st.sampled_from([
    " ", "  ", "\n", "\t", ",", ", ", ".", ". ", "!", "?", ":", ";", "(", ")", "-", "/", "->", "<->", "→", "–", "—",
    "'", "’", "+", "_", "&", "and", "or", "the", "The", "we", "We", "this", "paper", "propose", "introduce",
    "language", "model", "Language", "English", "Swahili", "Old", "en", "EN", "de", "De", "fr", "zh",
    "multi", "lingual", "cross", "many", "languages", "low", "under", "resource", "d",
    "BERT", "GPT", "Llama", "2", "7b", "X", "a", "b", "z", "1", "2023", "(Li et al., 2021)", "et al.",
    "ı", "İ", "ſ", "\u212a", "é", "ß", "²", "٣", "_",
])
TEXTS = st.lists(PIECES, max_size=40).map("".join)
SETTINGS = settings(max_examples=300, deadline=None)


def _examples() -> list[str]:
    return [f"{r.title}\n{r.abstract}" for r in read_listings([EXAMPLES_DIR])]


@SETTINGS
@given(TEXTS)
def test_name_chunks_are_the_nameish_regex_matches(text):
    assert list(entities.name_chunks(text)) == [m.span() for m in REF_NAMEISH.finditer(text)]


@SETTINGS
@given(TEXTS)
def test_language_word_pattern_finds_the_same_names(text):
    assert [m.span(1) for m in languages._LANGUAGE_WORD.finditer(text)] == \
        [m.span(1) for m in REF_LANGUAGE_WORD.finditer(text)]


@SETTINGS
@given(TEXTS)
def test_pair_scan_from_separators_equals_finditer(text):
    fast = [(m.span(), m.groups()) for m in languages._pair_matches(text)]
    assert fast == [(m.span(), m.groups()) for m in languages.PAIR_RE.finditer(text)]


CODE_PIECES = st.lists(st.sampled_from(["en", "de", "fr", "sw", ",", ", ", " ", "and ", "or ", "x", "-", "languages"]),
                       max_size=30).map("".join)


@SETTINGS
@given(CODE_PIECES)
def test_code_list_hint_is_in_every_code_list(text):
    if languages._CODE_LIST.search(text):
        assert languages._CODE_LIST_HINT.search(text)


def test_fast_scans_keep_their_word_boundaries():
    """The scans that open on a literal check the boundary their pattern left out."""
    out = Extractor().extract(PaperRecord(title="x", source="t:1", abstract=(
        "We bathe Kestrel Stone dataset in light. The corpus was renamed Foo Bar, which helps. We use a dataset "
        "called Kes Data, which helps.")))
    assert {d.name for d in out.datasets} == {"Kes Data"}  # ("bathe" and "renamed" hold no "the" or "named")


@SETTINGS
@given(TEXTS)
def test_list_back_pattern_equals_the_backtracking_one(text):
    new, ref = entities._LIST_ITEM_BACK.search(text), REF_LIST_ITEM_BACK.search(text)
    assert (new and new.span()) == (ref and ref.span())


@SETTINGS
@given(TEXTS, st.sampled_from(["the", "we", "language", "model", "b", "z", "paper"]))
def test_lower_word_search_equals_word_set_membership(text, word):
    assert entities._written_as_word(text, word) == (word in set(REF_LOWER_WORD.findall(text)))


# Plain capitalised words and Title-Case compounds: what `_all_occurrences` and
# `_common_word` search for (once per accepted or doubtful name).
PLAIN_WORDS = st.sampled_from(["English", "Old", "Language", "Pre-Training", "Cross-Lingual", "De", "The", "We"])


@SETTINGS
@given(TEXTS, PLAIN_WORDS)
def test_whole_words_equals_the_per_word_regexes(text, word):
    every = [m.start() for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text)]
    assert list(entities.whole_words(text, word, "-", "-")) == every
    lowered = word.lower()
    found = re.search(rf"(?<![\w/.-]){re.escape(lowered)}(?![\w/-])", text) is not None
    assert (next(entities.whole_words(text, lowered, "/.-", "/-"), None) is not None) == found


@SETTINGS
@given(TEXTS)
def test_focus_with_probes_equals_plain_search(text):
    assert evidence.find_focus(text) == [name for name, pattern in REF_FOCUS if pattern.search(text)]


@SETTINGS
@given(TEXTS)
def test_reference_prefilter_never_hides_a_citation(text):
    assert evidence.find_references(text) == list(dict.fromkeys(
        m.group(0) for m in evidence._REFERENCE_RE.finditer(text)))


@SETTINGS
@given(TEXTS, st.integers(0, 12), st.integers(0, 60))
def test_lower_words_before_equals_lowered_words_before(text, count, start):
    start = min(start, len(text))
    assert evidence.lower_words_before(text, start, count) == \
        [w.lower() for w in evidence.words_before(text, start, count)]


@SETTINGS
@given(TEXTS)
def test_intro_prefilter_is_a_necessary_condition(text):
    if not entities._may_introduce(text, 0, len(text)):
        assert entities.INTRO_RE.search(text) is None


@SETTINGS
@given(TEXTS, st.data())
def test_sentence_index_equals_sentence_bounds(text, data):
    index = evidence.SentenceIndex(text)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert index.bounds(start, end) == evidence.sentence_bounds(text, start, end)


def test_sentence_index_on_real_abstracts():
    for text in _examples()[:120]:
        index = evidence.SentenceIndex(text)
        for start in range(0, len(text), 7):
            assert index.bounds(start, start + 3) == evidence.sentence_bounds(text, start, start + 3)


@pytest.fixture(scope="module")
def example_records():
    return list(read_listings([EXAMPLES_DIR]))[:150]


def _outputs(extractor: Extractor, records) -> list[dict]:
    return [x.to_json() for x in extractor.pipe(records)]


def test_memo_tables_do_not_change_results(example_records, monkeypatch):
    """Cold tables, warm tables and tables cleared at every insert give the same output."""
    cold = _outputs(Extractor(), example_records)
    fresh = Extractor()
    fresh.finder = entities.EntityFinder(fresh.gazetteer)
    first = _outputs(fresh, example_records)
    warm = _outputs(fresh, list(reversed(example_records)))[::-1]
    monkeypatch.setattr(entities, "MEMO_LIMIT", 1)
    tiny = Extractor()
    tiny.finder = entities.EntityFinder(tiny.gazetteer)
    cleared = _outputs(tiny, example_records)
    assert first == cold
    assert warm == cold
    assert cleared == cold
    assert len(tiny.finder._surfaces) <= 1 and len(fresh.finder._surfaces) > 1
