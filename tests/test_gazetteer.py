"""Gazetteer files and API: the bundled lists are well-formed and consistent, lookups
honour aliases and case sensitivity, user files extend/override, errors point at file:line."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from paperkg.errors import PaperkgError
from paperkg.extract import gazetteer as gz
from paperkg.extract.gazetteer import FLAGS, Gazetteer, GazetteerEntry, load_gazetteer
from paperkg.extract.records import name_key

DATA = gz.DATA_DIR
FILES = {"models": DATA / "models.tsv", "datasets": DATA / "datasets.tsv", "non_entities": DATA / "non_entities.tsv"}


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return load_gazetteer()


def _data_lines(path: Path) -> list[tuple[int, list[str]]]:
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip() and not line.lstrip().startswith("#"):
            rows.append((number, line.split("\t")))
    return rows


def _user_file(tmp_path: Path, text: str, name: str = "user.tsv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# --- the bundled files -------------------------------------------------------------

@pytest.mark.parametrize("name", sorted(FILES))
def test_bundled_file_has_header_and_well_formed_rows(name):
    path = FILES[name]
    rows = _data_lines(path)
    header, *data = rows
    expected = ["term", "category", "flags"] if name == "non_entities" else ["name", "aliases", "flags"]
    assert header[1] == expected, f"{path}:{header[0]} header"
    for number, fields in data:
        assert 1 <= len(fields) <= 3, f"{path}:{number}: {len(fields)} columns"
        assert all(field == field.strip() for field in fields), f"{path}:{number}: stray spaces around a field"
        assert name_key(fields[0]), f"{path}:{number}: empty name"
        if len(fields) > 1 and fields[1]:
            aliases = fields[1].split(" | ") if name != "non_entities" else []
            assert all(alias.strip() and "|" not in alias for alias in aliases), f"{path}:{number}: bad alias list"


def test_bundled_sizes_cover_the_field(gaz):
    models = [e for e in gaz.entries if e.kind == "model"]
    datasets = [e for e in gaz.entries if e.kind == "dataset"]
    assert len(models) >= 400
    assert len(datasets) >= 400
    assert len(gz._bundled().non_entities) >= 300


def test_canonical_names_unique_by_key_within_each_kind(gaz):
    for kind in gz.KINDS:
        keys = [e.key for e in gaz.entries if e.kind == kind]
        duplicates = {k for k in keys if keys.count(k) > 1}
        assert not duplicates


def test_model_and_dataset_keys_collide_only_for_dual_rows(gaz):
    owners: dict[str, set[GazetteerEntry]] = {}
    for entry in gaz.entries:
        for form in entry.forms:
            owners.setdefault(name_key(form), set()).add(entry)
    for key, entries in owners.items():
        if len(entries) > 1:
            assert len(entries) == 2 and all(e.dual for e in entries), (key, entries)
            assert {e.kind for e in entries} == {"model", "dataset"}
            assert len({e.key for e in entries}) == 1, "dual rows must share their canonical name"


def test_no_name_or_alias_is_a_non_entity(gaz):
    non_entities = gz._bundled().non_entities
    clashes = [
        (form, entry.name, non_entities[name_key(form)].category)
        for entry in gaz.entries
        for form in entry.forms
        if name_key(form) in non_entities
    ]
    assert not clashes


def test_every_spelling_keeps_a_distinctive_key(gaz):
    """name_key drops non-ASCII letters: "τ-bench" would key as "bench". Keys of one
    character (or none) would match stray tokens."""
    for form, entry in gaz.surface_forms():
        key = name_key(form)
        assert len(key) >= 2, (form, entry.name)
        if sum(c.isalnum() for c in form) > len(key):  # a letter was dropped, not transliterated
            assert any(f.isascii() and name_key(f) == key for f in entry.forms), (form, entry.name)


def test_memoised_key_agrees_with_records_name_key(gaz):
    for form, _ in gaz.surface_forms():
        assert gz.name_key(form) == name_key(form)
    for text in ("Tülu 2", "PanGu-α", "DALL·E 3", "Sabiá", "Ｂｅｒｔ", "ﬁne", "I\u0307"):
        assert gz.name_key(text) == name_key(text)


def test_every_flag_is_documented_in_the_file_headers():
    for name in ("models", "datasets"):
        header = "\n".join(
            line for line in FILES[name].read_text(encoding="utf-8").splitlines() if line.startswith("#")
        )
        for flag in FLAGS:
            assert flag in header, f"{name}.tsv does not document flag {flag!r}"
    non_header = FILES["non_entities"].read_text(encoding="utf-8")
    for category in gz.NON_ENTITY_CATEGORIES - {"user"}:
        assert category in non_header.split("\nterm\t")[0]


def test_non_entity_categories_are_the_documented_ones():
    for number, fields in _data_lines(FILES["non_entities"])[1:]:
        assert fields[1] in gz.NON_ENTITY_CATEGORIES, f"line {number}"


def test_loading_is_fast_enough_to_not_matter():
    """The benchmark (bench/bench_gazetteer.py) measures properly; this only guards
    against an accidental quadratic loop, with a margin for slow CI machines."""
    import time

    gz._bundled.cache_clear()
    started = time.perf_counter()
    load_gazetteer()
    assert time.perf_counter() - started < 0.5


COMMON_WORDS = Path(__file__).parent / "fixtures" / "gazetteer" / "common_english_words.txt"
# Title-case everyday words deliberately accepted without context: in paper abstracts
# "Spider" (text-to-SQL) and "Pile" (the corpus) are practically always the dataset.
SENTENCE_START_OK = {"Spider", "Pile"}


def _common_words() -> list[str]:
    return [w for w in COMMON_WORDS.read_text(encoding="utf-8").splitlines() if w and not w.startswith("#")]


def test_everyday_words_never_match_case_insensitively(gaz):
    """A name whose key is a frequent English word ("squad", "glue", "multiple" for
    MultiPL-E) must be case_sensitive, or the PhraseMatcher would fire on prose."""
    common = {name_key(w) for w in _common_words()}
    offenders = sorted(
        (form, entry.name)
        for form, entry in gaz.surface_forms()
        if not entry.case_sensitive and not entry.needs_context and name_key(form) in common
    )
    assert not offenders


def test_title_case_everyday_words_need_context(gaz):
    """ "Falcon", "Granite", "Shepherd"... start English sentences too: a case-sensitive
    name spelled like a frequent word must also need context, unless listed above."""
    common = set(_common_words())
    offenders = sorted(
        (form, entry.name)
        for form, entry in gaz.surface_forms()
        if entry.case_sensitive and not entry.needs_context and form not in SENTENCE_START_OK
        and form.lower() in common and form in (form.lower(), form.lower().capitalize())
    )
    assert not offenders


def test_language_names_are_not_plain_entries(gaz):
    """The extractor drops a language candidate that is a non-entity, and a gazetteer
    name spelled like a language ("Tulu" the model vs. Tulu the language) must need context.
    Names that are languages only inside a list of languages ("Wu, Gan and Hakka") or as
    "the X language" may also be something else ("Moshi" the speech model, "Gan")."""
    from paperkg.extract.languages import language_lexicon, needs_context

    for surface in language_lexicon():
        if needs_context(surface):
            continue
        assert gaz.non_entity(surface) is None, surface
        entry = gaz.lookup(surface)
        assert entry is None or entry.needs_context, surface


# --- lookups -----------------------------------------------------------------------

@pytest.mark.parametrize(("surface", "name"), [
    ("Llama 2", "Llama 2"), ("LLaMA-2", "Llama 2"), ("llama2", "Llama 2"), ("LLaMA 2", "Llama 2"),
    ("XLM-RoBERTa", "XLM-R"), ("XLMR", "XLM-R"), ("xlm-r", "XLM-R"),
    ("wav2vec2", "wav2vec 2.0"), ("Wav2Vec2", "wav2vec 2.0"), ("wav2vec 2.0", "wav2vec 2.0"),
    ("GPT4", "GPT-4"), ("gpt-3.5-turbo", "GPT-3.5"), ("ChatGPT", "ChatGPT"),
    ("Multilingual BERT", "mBERT"), ("M2M100", "M2M-100"), ("NLLB-200", "NLLB"),
    ("Sentence-BERT", "Sentence-BERT"), ("SBERT", "Sentence-BERT"),
    ("Flores-200", "FLORES-200"), ("MultiNLI", "MNLI"), ("CommonCrawl", "Common Crawl"),
    ("CC-100", "CC100"), ("MS COCO", "COCO"), ("PAN-X", "WikiANN"), ("TyDiQA", "TyDi QA"),
])
def test_lookup_by_name_or_alias(gaz, surface, name):
    entry = gaz.lookup(surface)
    assert entry is not None and entry.name == name


def test_generations_are_distinct_entries(gaz):
    names = [gaz.lookup(s).name for s in ("GPT-3", "GPT-3.5", "GPT-4", "GPT-4o", "LLaMA", "Llama 2", "Llama 3", "Llama 3.1")]
    assert len(set(names)) == len(names)
    # each Dialog System Technology Challenge poses other tasks on other data: not one dataset
    names = [gaz.lookup(s).name for s in ("DSTC", "DSTC2", "DSTC7", "DSTC-8")]
    assert names == ["DSTC", "DSTC2", "DSTC7", "DSTC8"]
    # a suite's sibling or member datasets are datasets of their own, not its aliases
    names = [gaz.lookup(s).name for s in ("KorNLI", "KorSTS", "JGLUE", "JSQuAD", "JCommonsenseQA")]
    assert len(set(names)) == len(names)
    # each anti-spoofing challenge edition and each DIHARD released a database of its own
    names = [gaz.lookup(s).name for s in ("ASVspoof", "ASVspoof2019", "ASVspoof 2021", "DIHARD", "DIHARD II", "DIHARD-III")]
    assert names == ["ASVspoof", "ASVspoof 2019", "ASVspoof 2021", "DIHARD", "DIHARD II", "DIHARD III"]


@pytest.mark.parametrize(("hit", "miss"), [
    ("BLOOM", "bloom"), ("Falcon", "falcon"), ("Alpaca", "alpaca"), ("Pile", "pile"),
    ("C4", "c4"), ("OPT", "opt"), ("PaLM", "palm"), ("Gemini", "gemini"), ("CLIP", "clip"),
    ("MATH", "math"), ("Mistral", "mistral"), ("Phi", "phi"), ("Orca", "orca"), ("Vicuna", "vicuna"),
    ("Dolly", "dolly"), ("ELECTRA", "electra"), ("Claude", "claude"), ("SQuAD", "squad"), ("GLUE", "glue"),
    ("MultiPL-E", "multiple"), ("Whisper", "whisper"),
])
def test_case_sensitive_entries_match_only_listed_spellings(gaz, hit, miss):
    entry = gaz.lookup(hit)
    assert entry is not None and entry.case_sensitive
    assert gaz.lookup(miss) is None
    assert entry.matches(hit) and not entry.matches(miss)


def test_case_sensitive_matching_ignores_whitespace_runs(gaz):
    assert gaz.lookup("the  Pile").name == "the Pile"
    assert gaz.lookup(" The Pile ").name == "the Pile"
    assert gaz.lookup("THE PILE") is None


def test_case_insensitive_entries_accept_any_case(gaz):
    assert gaz.lookup("BLOOMZ").name == gaz.lookup("bloomz").name == "BLOOMZ"
    assert gaz.lookup("roberta").name == "RoBERTa"


def test_ambiguous_names_carry_needs_context(gaz):
    for surface in ("Gemini", "Claude", "Wikipedia", "Yi"):
        assert gaz.lookup(surface).needs_context, surface
    assert not gaz.lookup("BERT").needs_context


def test_dual_name_is_both_model_and_dataset(gaz):
    both = gaz.lookup_all("Alpaca")
    assert {e.kind for e in both} == {"model", "dataset"}
    assert gaz.lookup("Alpaca").kind == "model"
    assert gaz.lookup("Alpaca", kind="dataset").kind == "dataset"
    assert gaz.lookup("databricks-dolly-15k").kind == "dataset"
    assert gaz.lookup("BERT", kind="dataset") is None


def test_unknown_surface_is_none(gaz):
    assert gaz.lookup("our proposed method") is None
    assert gaz.lookup("") is None
    assert gaz.lookup("---") is None


@pytest.mark.parametrize(("surface", "category"), [
    ("LoRA", "method"), ("RLHF", "method"), ("DPO", "method"), ("CoT", "method"), ("RAG", "method"),
    ("Transformer", "architecture"), ("Transformers", "architecture"), ("LLM", "architecture"),
    ("LLMs", "architecture"), ("CNNs", "architecture"), ("MoE", "architecture"), ("MLLMs", "architecture"),
    ("BLEU", "metric"), ("ROUGE-L", "metric"), ("chrF++", "metric"), ("BERTScore", "metric"), ("WER", "metric"),
    ("PyTorch", "library"), ("Hugging Face Transformers", "library"), ("Megatron-LM", "library"),
    ("OpenAI", "organization"), ("Hugging Face", "organization"), ("Meta", "organization"),
    ("NER", "task"), ("NMT", "task"), ("Python", "programming_language"), ("C++", "programming_language"),
    ("Go", "programming_language"), ("NLP", "generic"), ("SOTA", "generic"), ("EMNLP", "venue"),
])
def test_non_entity_categories(gaz, surface, category):
    assert gaz.non_entity(surface) == category


def test_case_sensitive_non_entities_skip_everyday_words(gaz):
    assert gaz.non_entity("go") is None
    assert gaz.non_entity("meta") is None
    assert gaz.non_entity("rust") is None
    assert gaz.non_entity("Rust") == "programming_language"


def test_names_are_not_non_entities(gaz):
    for surface in ("BERT", "GLUE", "XNLI", "Llama 2", "the Pile"):
        assert gaz.non_entity(surface) is None


def test_surface_forms_round_trip_through_lookup(gaz):
    seen_entries = set()
    count = 0
    for form, entry in gaz.surface_forms():
        count += 1
        seen_entries.add(entry)
        assert gaz.lookup(form, kind=entry.kind) is entry, form
    assert seen_entries == set(gaz.entries)
    assert count > len(gaz.entries)


_SHARED = load_gazetteer()


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.text(max_size=30), st.sampled_from([f for f, _ in _SHARED.surface_forms()]).map(
    lambda form: form.swapcase())))
def test_lookups_never_raise_and_agree_with_matches(surface):
    gaz = _SHARED
    entry = gaz.lookup(surface)
    assert entry is None or entry.matches(surface)
    assert gz.name_key(surface) == name_key(surface)
    gaz.non_entity(surface)


# --- user files --------------------------------------------------------------------

def test_user_file_adds_entries(tmp_path, gaz):
    path = _user_file(tmp_path, "# my additions\nname\ttype\taliases\tflags\n"
                      "AstroLLaMA-X\tmodel\tAstroLlamaX | Astro-LLaMA-X\n"
                      "Astro-HEP Corpus\tdataset\t\n"
                      "Kestrel\tmodel\t\tcase_sensitive,needs_context\n")
    user = load_gazetteer([path])
    assert len(user) == len(gaz) + 3
    assert user.lookup("astrollamax").name == "AstroLLaMA-X"
    assert user.lookup("Astro-HEP corpus").kind == "dataset"
    kestrel = user.lookup("Kestrel")
    assert kestrel.case_sensitive and kestrel.needs_context and user.lookup("kestrel") is None
    assert kestrel.source == f"{path}:5"
    assert gaz.lookup("astrollamax") is None, "user files must not leak into other gazetteers"


def test_user_file_header_is_optional(tmp_path):
    path = _user_file(tmp_path, "MyNet\tmodel\n")
    assert load_gazetteer([str(path)]).lookup("mynet").name == "MyNet"


def test_user_entry_overrides_bundled_entry_with_same_key(tmp_path, gaz):
    assert gaz.lookup("falcon") is None
    path = _user_file(tmp_path, "Falcon\tmodel\tFalcon LLM\n")
    user = load_gazetteer([path])
    entry = user.lookup("falcon")
    assert entry.name == "Falcon" and not entry.case_sensitive and entry.source.startswith(str(path))
    assert [e.name for e in user.entries].count("Falcon") == 1
    assert len(user) == len(gaz)


def test_user_entry_can_change_the_kind(tmp_path):
    path = _user_file(tmp_path, "GLUE\tmodel\n")
    user = load_gazetteer([path])
    assert user.lookup("GLUE").kind == "model"
    assert user.lookup("GLUE", kind="dataset") is None


def test_user_override_through_an_alias_replaces_the_bundled_entry(tmp_path):
    path = _user_file(tmp_path, "MyXLM\tmodel\tXLM-RoBERTa\n")
    user = load_gazetteer([path])
    assert user.lookup("XLM-RoBERTa").name == "MyXLM"
    assert user.lookup("XLM-R") is None
    forms = {form for form, _ in user.surface_forms()}
    assert "XLM-RoBERTa" in forms and "XLM-R" not in forms


def test_user_non_entity_suppresses_a_bundled_name(tmp_path):
    path = _user_file(tmp_path, "Gemini\tnon_entity\tGemini Pro\n")
    user = load_gazetteer([path])
    assert user.lookup("Gemini") is None and user.lookup("Gemini Pro") is None
    assert user.non_entity("Gemini") == "user"
    assert user.lookup("Gemini 1.5").name == "Gemini 1.5"


def test_user_entry_overrides_bundled_non_entity(tmp_path):
    path = _user_file(tmp_path, "LoRA\tmodel\n")
    user = load_gazetteer([path])
    assert user.lookup("LoRA").kind == "model"
    assert user.non_entity("LoRA") is None


def test_later_user_file_overrides_earlier(tmp_path):
    first = _user_file(tmp_path, "MyNet\tmodel\n", "a.tsv")
    second = _user_file(tmp_path, "MyNet\tdataset\tmy-net\n", "b.tsv")
    user = load_gazetteer([first, second])
    assert user.lookup("mynet").kind == "dataset"
    assert [e.name for e in user.entries].count("MyNet") == 1


def test_dual_user_rows_coexist(tmp_path):
    path = _user_file(tmp_path, "Corgi\tmodel\t\tdual\nCorgi\tdataset\tCorgi data\tdual\n")
    user = load_gazetteer([path])
    assert {e.kind for e in user.lookup_all("corgi")} == {"model", "dataset"}
    swapped = load_gazetteer([_user_file(tmp_path, "Corgi\tdataset\t\tdual\nCorgi\tmodel\t\tdual\n", "b.tsv")])
    assert swapped.lookup("corgi").kind == "model", "without a kind, the model row wins whatever the order"


# --- errors name file and line ----------------------------------------------------------

def _error(tmp_path: Path, text: str) -> str:
    path = _user_file(tmp_path, text)
    with pytest.raises(PaperkgError) as info:
        load_gazetteer([path])
    return str(info.value)


@pytest.mark.parametrize(("text", "line", "fragment"), [
    ("name\ttype\taliases\nA\tmodel\ta\tcase_sensitive\textra\n", 2, "5 tab-separated columns"),
    ("# comment\n\nOnlyName\n", 3, "1 tab-separated column"),
    ("Foo  model  foo\n", 1, "1 tab-separated column (separate columns with TAB characters, not spaces)"),
    ("A\tmodel\nB\tarchitecture\n", 2, "unknown type 'architecture'"),
    ("A\tmodel\t\tcase-sensitive\n", 1, "unknown flag 'case-sensitive'"),
    ("A\tmodel\tAA\nB\tmodel\tA\n", 2, "already model 'A'"),
    ("A\tmodel\nA\tdataset\n", 2, "flag both rows 'dual'"),
    ("A\tmodel\t\tdual\nA\tdataset\t\tdual\nA\tdataset\tA2\tdual\n", 3, "already dataset 'A' at"),
    ("A\tmodel\n!!!\tmodel\n", 2, "unusable name"),
    ("A\tmodel\tok | ---\n", 1, "unusable alias"),
    ("A\tnon_entity\t\tdual\n", 1, "unknown flag 'dual'"),
    ("A\tmodel\nB\tnon_entity\ta\n", 2, "'a' is a non_entity, but model 'A' at"),
])
def test_errors_name_file_and_line(tmp_path, text, line, fragment):
    message = _error(tmp_path, text)
    assert message.startswith(f"{tmp_path / 'user.tsv'}:{line}: "), message
    assert fragment in message
    assert "\n" not in message


def test_editor_and_spreadsheet_quirks_are_accepted(tmp_path):
    """BOM, CRLF, spaces around fields and empty trailing columns (spreadsheet export)."""
    path = tmp_path / "excel.tsv"
    path.write_bytes("\ufeffname\ttype\taliases\tflags\r\n MyNet \t model \t My-Net |  MN2 \t\t\r\n"
                     "Other\tdataset\t\t\t\r\n".encode("utf-8"))
    user = load_gazetteer([path])
    entry = user.lookup("my net")
    assert entry.name == "MyNet" and entry.aliases == ("My-Net", "MN2") and entry.source == f"{path}:2"
    assert user.lookup("Other").kind == "dataset"


def test_line_numbers_count_only_real_line_ends(tmp_path):
    path = tmp_path / "odd.tsv"
    path.write_text("A\u2028B\tmodel\nC\tbogus\n", encoding="utf-8")
    with pytest.raises(PaperkgError, match=re.escape(f"{path}:2: unknown type 'bogus'")):
        load_gazetteer([path])


def test_missing_and_binary_files_are_clear_errors(tmp_path):
    with pytest.raises(PaperkgError, match=re.escape(f"{tmp_path / 'nope.tsv'}: gazetteer file not found")):
        load_gazetteer([tmp_path / "nope.tsv"])
    binary = tmp_path / "bin.tsv"
    binary.write_bytes(b"\xff\xfe\x00bad")
    with pytest.raises(PaperkgError, match="not UTF-8"):
        load_gazetteer([binary])


def test_bundled_style_files_report_conflicts_with_both_lines(tmp_path):
    path = _user_file(tmp_path, "name\taliases\tflags\nFoo\tBar\nBar\t\n", "models.tsv")
    entries = gz._parse_entry_file(path, "model")
    with pytest.raises(PaperkgError) as info:
        gz._check_conflicts(entries)
    assert str(info.value).startswith(f"{path}:3: ") and f"{path}:2" in str(info.value)


def test_non_entity_file_errors(tmp_path):
    path = _user_file(tmp_path, "term\tcategory\nBLEU\tmetric\nBLEU\tlibrary\n", "non.tsv")
    with pytest.raises(PaperkgError, match=re.escape(f"{path}:3: 'BLEU' is already 'metric'")):
        gz._parse_non_entity_file(path)
    path = _user_file(tmp_path, "term\tcategory\nFoo\tthing\n", "non2.tsv")
    with pytest.raises(PaperkgError, match=re.escape(f"{path}:2: unknown category 'thing'")):
        gz._parse_non_entity_file(path)


def test_editions_and_versions_are_rows_of_their_own(gaz):
    """As generations of a model are: Kinetics-400 vs Kinetics-600, CHiME-6, AIME 2024 (AIME24)."""
    assert gaz.lookup("Kinetics-400").name == "Kinetics-400"
    assert gaz.lookup("Kinetics-600").name == "Kinetics-600"
    assert gaz.lookup("CHiME-6").name == "CHiME-6"
    assert gaz.lookup("AIME24").name == "AIME 2024"
    # each year's shared task has test sets of its own (annotators name them: "WMT'15", "WMT22")
    assert [gaz.lookup(s).name for s in ("WMT14", "WMT'14", "WMT 2014", "WMT16", "WMT", "IWSLT 2017")] == \
        ["WMT14", "WMT14", "WMT14", "WMT16", "WMT", "IWSLT17"]


def test_a_dual_name_is_marked_by_its_model_row_whatever_the_matcher_order():
    """Both rows of a dual name match the same tokens; which one marks the span must not follow
    the PhraseMatcher's hash order (that flipped when unrelated rows were added: "Dolly 1.0" in a
    list of LLMs was once read as a dataset edition)."""
    from paperkg.extract.nlp import build_nlp
    nlp = build_nlp()
    matcher = nlp.get_pipe(next(name for name in nlp.pipe_names if "gazetteer" in name))
    duals = {entry.name for entry in matcher.gazetteer.entries if entry.dual}
    assert {"Dolly", "Alpaca", "FLAN", "LIMA"} <= duals
    for name in sorted(duals):
        doc = nlp(f"We compare {name} with others.")
        assert [matcher.gazetteer.entries[int(span.label_)].kind for span in doc.spans["gazetteer"]] == ["model"], name


def test_refcocog_is_a_dataset_of_its_own(gaz):
    """RefCOCOg (Google's split, longer expressions) is another dataset, not a spelling of RefCOCO;
    RefCOCO+ stays RefCOCO's alias only because keys are lowercase alphanumerics (docs/schema.md)."""
    assert gaz.lookup("RefCOCOg").name == "RefCOCOg"
    assert gaz.lookup("RefCOCO").name == "RefCOCO"
