"""Entity extraction: canonical names, variant folding, exclusions, patterns, introduces, jobs.

Runs the real spaCy pipeline and the bundled gazetteers (plus a small user
gazetteer from tests/fixtures/extraction, which also exercises `--gazetteer`).
"""
from __future__ import annotations

from pathlib import Path

import pytest
from paperkg.extract.pipeline import Extractor
from paperkg.extract.records import PaperRecord, name_key

FIXTURES = Path(__file__).parent / "fixtures" / "extraction"


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor([FIXTURES / "extra_gazetteer.tsv"])


def run(extractor: Extractor, abstract: str, title: str = "A study of things"):
    return extractor.extract(PaperRecord(title=title, abstract=abstract, source="test:1"))


def names(entities) -> set[str]:
    return {e.name for e in entities}


# ------------------------------------------------------------------ canonical
@pytest.mark.parametrize("surface", ["Llama2", "Llama 2", "LLaMA-2", "llama-2"])
def test_llama2_spellings_are_one_model(extractor, surface):
    out = run(extractor, f"We fine-tune {surface} on our data.")
    assert names(out.models) == {"Llama 2"}
    assert out.models[0].key == name_key("Llama 2")


def test_all_spellings_in_one_paper_fold_to_one_entity_with_aliases(extractor):
    out = run(extractor, "We compare Llama2, LLaMA-2 and Llama 2 with GPT4 and XLM-RoBERTa.")
    by_name = {e.name: e for e in out.models}
    assert set(by_name) == {"Llama 2", "GPT-4", "XLM-R"}
    assert {"Llama2", "LLaMA-2"} <= set(by_name["Llama 2"].aliases)
    assert "GPT4" in by_name["GPT-4"].aliases
    assert "XLM-RoBERTa" in by_name["XLM-R"].aliases


def test_wav2vec_spellings(extractor):
    out = run(extractor, "We probe wav2vec 2.0 and compare Wav2Vec2 checkpoints.")
    assert names(out.models) == {"wav2vec 2.0"}


# ------------------------------------------------------------ variant folding
@pytest.mark.parametrize("text, family, variant", [
    ("We fine-tune BERT-base on the task.", "BERT", "BERT-base"),
    ("Results with XLM-R large are reported.", "XLM-R", "XLM-R large"),
    ("We evaluate Poro 34B on Finnish.", "Poro", "Poro 34B"),
    ("We use Qwen2-VL-2B as the encoder.", "Qwen2-VL", "Qwen2-VL-2B"),
    ("Our baseline is Llama-2-7b-chat.", "Llama 2", "Llama-2-7b-chat"),
    ("We prompt Mistral-7B-Instruct for labels.", "Mistral 7B", "Mistral-7B-Instruct"),
])
def test_size_and_flavour_variants_fold_to_family(extractor, text, family, variant):
    out = run(extractor, text)
    assert names(out.models) == {family}
    model = out.models[0]
    assert variant in model.variants and variant in model.aliases


@pytest.mark.parametrize("text, expected", [
    ("We compare SmolLM and SmolLM2-360M.", {"SmolLM", "SmolLM2"}),
    ("AlphaFold2 and AlphaFold 3 predict structures.", {"AlphaFold 2", "AlphaFold 3"}),
    ("We detect objects with YOLOv5 and YOLOv8.", {"YOLOv5", "YOLOv8"}),
    ("Encoders: SigLIP and SigLIP 2.", {"SigLIP", "SigLIP 2"}),
    ("We compare mBART and mBART 2.0, which beats mBART by 1.5 points.", {"mBART", "mBART 2.0"}),
])
def test_generations_are_different_models(extractor, text, expected):
    """GUIDELINES: "GPT-3" and "GPT-4" are two models; so is every numbered generation."""
    assert names(run(extractor, text).models) == expected


@pytest.mark.parametrize("text, models, datasets", [
    ("We fine-tune KesBERT v2 and compare it with KesBERT.", {"KesBERT v2", "KesBERT"}, set()),
    ("We compare XTTS-v2 with XTTS on LibriTTS.", {"XTTS-v2", "XTTS"}, {"LibriTTS"}),
    ("We report results on the Kesbank v2 treebank and the KesQA-v1 dataset.", set(), {"Kesbank v2", "KesQA-v1"}),
    ("We evaluate on the SQuAD v2.0 dataset and on the KesQA V3 benchmark.", set(), {"SQuAD 2.0", "KesQA V3"}),
])
def test_a_major_version_after_a_name_is_another_edition(extractor, text, models, datasets):
    """GUIDELINES: different generations are different models; a major version written "v2" after
    a name, spaced or hyphenated, is one, and a dataset's another edition ("VQA-CP v2")."""
    out = run(extractor, text)
    assert names(out.models) == models and names(out.datasets) == datasets


@pytest.mark.parametrize("text, family, variant", [
    ("We prompt Whisper-large-v2 on the test set.", "Whisper", "Whisper-large-v2"),
    ("We prompt Mistral-7B-Instruct-v0.2 for labels.", "Mistral 7B", "Mistral-7B-Instruct-v0.2"),
    ("We fine-tune KesLM-v1.5, a release of KesLM.", "KesLM", "KesLM-v1.5"),
])
def test_a_minor_version_or_one_after_a_size_is_a_variant(extractor, text, family, variant):
    out = run(extractor, text)
    assert names(out.models) == {family} and variant in out.models[0].variants


def test_a_new_version_of_a_method_or_license_is_no_name(extractor):
    out = run(extractor, "We pretrain the encoder with MoCo-v3 and release it under the Apache 2.0 license.")
    assert names(out.models) == set() and names(out.datasets) == set()


def test_mistral_7b_is_the_released_name_and_bare_mistral_the_family():
    out = run(Extractor(), "We fine-tune Mistral-7B-v0.1 and compare with Mistral models.")
    by_name = {e.name: e for e in out.models}
    assert set(by_name) == {"Mistral 7B", "Mistral"}
    assert by_name["Mistral 7B"].variants == ["Mistral-7B-v0.1"]


def test_compound_adjective_is_the_family_not_a_new_name(extractor):
    out = run(extractor, "We study BERT-based classifiers and GPT-4-generated labels.")
    assert names(out.models) == {"BERT", "GPT-4"}
    assert out.models[0].variants == []


def test_new_name_built_on_a_known_one_is_a_new_model(extractor):
    out = run(extractor, "We have developed Phi-2-Legal, a language model for legal texts, and compare "
                         "it with BloombergGPT.")
    assert {"Phi-2-Legal", "BloombergGPT"} <= names(out.models)


# ---------------------------------------------------------------- exclusions
def test_architectures_methods_metrics_libraries_companies_are_excluded(extractor):
    out = run(extractor, "We train a Transformer and an LSTM with LoRA and RLHF in PyTorch, released by "
                         "OpenAI, and report BLEU and ROUGE. Masked language modeling (MLM) is used.")
    assert out.models == [] and out.datasets == []
    # OCR engines are software, also where a paper releases their trained weights
    out = run(extractor, "Lines are recognised with Tesseract, and we release pretrained OCRopus models.")
    assert out.models == [] and out.datasets == []


def test_abbreviation_of_a_lowercase_phrase_is_not_a_name(extractor):
    out = run(extractor, "We propose a conditioned masked frame model (CMFM) objective.")
    assert out.models == []


def test_named_training_algorithm_is_excluded(extractor):
    out = run(extractor, "We present Branch-Train-Stitch (BTS), an efficient training algorithm for "
                         "combining experts. BTS yields the best results.",
              title="BTS: Harmonizing Specialized Experts into a Generalist LLM")
    assert out.models == [] and out.introduces == []


def test_plain_capitalised_words_are_not_names(extractor):
    out = run(extractor, "Particularly, the GPT-3 model shows strong results. However, Models vary.")
    assert names(out.models) == {"GPT-3"}


def test_language_names_are_not_models(extractor):
    out = run(extractor, "English models and Arabic models were compared with BLOOM.")
    assert names(out.models) == {"BLOOM"}


# ------------------------------------------------------------------ patterns
def test_definitional_phrase_with_head_noun(extractor):
    out = run(extractor, "We propose FooNet, a neural network that tags entities, and evaluate it on CoNLL-2003.")
    assert "FooNet" in names(out.models)
    assert out.introduces == ["FooNet"]


def test_called_named_dubbed(extractor):
    out = run(extractor, "We finetune BLOOM to produce finetuned variants called ZorbLM and QuxT5. "
                         "We also collect a corpus dubbed WidgetSet.")
    assert {"ZorbLM", "QuxT5"} <= names(out.models)
    assert "WidgetSet" in names(out.datasets)
    assert {"ZorbLM", "QuxT5", "WidgetSet"} <= set(out.introduces)
    assert "BLOOM" not in out.introduces


def test_title_colon_with_dataset_head(extractor):
    out = run(extractor, "Existing evaluations are incomplete. We release a benchmark of fictitious people.",
              title="PEBench: A Fictitious Dataset to Benchmark Machine Unlearning")
    assert names(out.datasets) == {"PEBench"}
    assert out.introduces == ["PEBench"]


def test_head_nouns_after_and_before_and_coordination(extractor):
    out = run(extractor, "Experiments on the GRID and TCD-TIMIT datasets and on the Kestrel corpus show "
                         "that the Flamingo-X model is strong.")
    assert {"GRID", "TCD-TIMIT", "Kestrel"} <= names(out.datasets)
    assert "Flamingo-X" in names(out.models)


def test_the_subject_after_a_fronted_phrase_is_no_apposition_of_its_name(extractor):
    out = run(extractor, "We propose a Multi-Granularity Kernel Network (MGKN). In MGKN, a novel Coarse2Fine attention "
                          "guided by an auxiliary task can help the modeling.")
    assert names(out.models) == {"MGKN"}
    # set off by a second comma before the clause, it is one
    out = run(extractor, "On KesEval, a new evaluation set we release to measure correctness, our model solves 28.8% "
                          "of the problems.")
    assert names(out.datasets) == {"KesEval"} and "KesEval" in out.introduces


def test_a_named_environment_agents_are_evaluated_in_is_a_benchmark(extractor):
    out = run(extractor, "We introduce Kesricho, a learning environment for man-made IF games, and study text agents.")
    assert names(out.datasets) == {"Kesricho"} and out.introduces == ["Kesricho"]
    out = run(extractor, "KesHome is a simulated household environment for embodied agents.")
    assert names(out.datasets) == {"KesHome"}


def test_a_head_right_before_a_name_names_it_not_the_word_before(extractor):
    out = run(extractor, "Extensive experiments on the recent KF benchmark Kesricho-2 show clear advantages.")
    assert "KF" not in names(out.datasets)
    # a known name keeps its head: "On the MATH benchmark Llemma outperforms ..."
    out = run(extractor, "On the MATH benchmark Kesmma-7B outperforms all known open base models.")
    assert "MATH" in names(out.datasets)


def test_parenthesised_name_after_described_model(extractor):
    out = run(extractor, "We build phoneme-based models (Quokka) that transfer across languages.")
    assert "Quokka" in names(out.models)


def test_title_case_expansion_gives_alias_not_a_second_entity(extractor):
    out = run(extractor, "We introduce Visual-Linguistic BERT (VL-BERT for short), a pre-trainable model.")
    assert names(out.models) == {"VL-BERT"}


def test_family_affix_shape(extractor):
    out = run(extractor, "We compare RuleBert with MedGPT and KidLM on reasoning.")
    assert {"RuleBert", "MedGPT", "KidLM"} <= names(out.models)


def test_one_type_per_name_per_paper(extractor):
    out = run(extractor, "We train on the Zephyrus dataset. Zephyrus contains 1M sentences and Zephyrus is public.")
    assert names(out.datasets) == {"Zephyrus"} and out.models == []
    assert len(out.datasets[0].mentions) == 3


# ---------------------------------------------------------------- evidence
def test_mentions_carry_field_offsets_and_sentence(extractor):
    title = "Probing BERT"
    abstract = "We study GLUE. Then we fine-tune BERT-base on it."
    out = run(extractor, abstract, title=title)
    bert = next(e for e in out.models if e.name == "BERT")
    fields = {(m.field, m.text) for m in bert.mentions}
    assert ("title", "BERT") in fields and ("abstract", "BERT-base") in fields
    for m in bert.mentions:
        source = title if m.field == "title" else abstract
        assert source[m.start:m.end] == m.text
        assert m.text in m.sentence
    abstract_mention = next(m for m in bert.mentions if m.field == "abstract")
    assert abstract_mention.sentence == "Then we fine-tune BERT-base on it."


def test_references_and_focus(extractor):
    out = run(extractor, "Following prior work (Singh et al., 2019) and Li et al. (2023), we study "
                         "multilingual models for low-resource languages.")
    assert out.references == ["(Singh et al., 2019)", "Li et al. (2023)"]
    assert out.focus == ["multilingual", "low-resource"]


def test_links_from_text(extractor):
    out = run(extractor, "Code is at https://github.com/ymcui/LERT.")
    assert [link.url for link in out.links] == ["https://github.com/ymcui/LERT"]


# -------------------------------------------------------------------- pipe
def test_pipe_jobs_2_equals_jobs_1_and_keeps_order(extractor):
    records = [PaperRecord(title=f"Paper {i}", abstract=text, source=f"t:{i}") for i, text in enumerate([
        "We fine-tune BERT-base and XLM-R large on XNLI.",
        "We propose FooNet, a neural network for tagging. Code: https://github.com/a/b",
        "Experiments on Korean and English with Llama2-7b.",
        "No entities here at all.",
    ] * 5)]
    one = [x.to_json() for x in extractor.pipe(records, batch_size=3, jobs=1)]
    two = [x.to_json() for x in extractor.pipe(records, batch_size=3, jobs=2)]
    assert one == two
    assert [x["source"] for x in one] == [r.source for r in records]
    assert one[0]["models"][0]["name"] in {"BERT", "XLM-R"}


def test_our_model_apposition_introduces_and_folds_size(extractor):
    out = run(extractor, "Our model, TigerBot-13B, is trained on the Pile.")
    assert names(out.models) == {"TigerBot-13B"} or names(out.models) == {"TigerBot"}
    assert len(out.introduces) == 1 and name_key(out.introduces[0]).startswith("tigerbot")


def test_slash_separated_names_and_sentence_final_names(extractor):
    out = run(extractor, "We improve over MiniGPT-4/mPLUG-Owl. Pre-training uses the dataset HowTo100M.")
    assert {"MiniGPT-4", "mPLUG-Owl"} <= names(out.models)
    assert names(out.datasets) == {"HowTo100M"}
    assert out.datasets[0].rule == "gazetteer"


def test_benchmark_suffix_beats_model_family_affix(extractor):
    out = run(extractor, "We release ChocoLlama-Bench and MedGPT-Bench for Dutch and medicine.")
    assert names(out.datasets) == {"ChocoLlama-Bench", "MedGPT-Bench"} and out.models == []


@pytest.mark.parametrize("abstract, family, variant", [
    ("We fine-tune the wav2vec 2.0 LARGE model.", "wav2vec 2.0", "wav2vec 2.0 LARGE"),  # upper-case size word
    ("We fine-tune Whisper large-v2 on dialect speech.", "Whisper", "Whisper large-v2"),  # keeps its own tail
    ("We also provide a model fine-tuned to follow instructions, Mistral 7B – Instruct.",
     "Mistral 7B", "Mistral 7B – Instruct"),  # dash-separated flavour
    ("We also release Mistral 7B -- Instruct, a chat model.", "Mistral 7B", "Mistral 7B -- Instruct"),
])
def test_spaced_size_and_flavour_words_are_variants(extractor, abstract, family, variant):
    out = run(extractor, abstract)
    assert names(out.models) == {family}
    assert out.models[0].variants == [variant]


def test_we_provide_introduces_named_models_only(extractor):
    out = run(extractor, "We also provide pretrained language models, QuokkaBERT and QuokkaRoBERTa, "
                         "to help reproduce baselines. We provide insights into ZorbNet behaviour.")
    assert {"QuokkaBERT", "QuokkaRoBERTa"} <= set(out.introduces)
    assert "ZorbNet" not in out.introduces


def test_release_of_an_expanded_name_introduces_its_abbreviation(extractor):
    out = run(extractor, "We also release the Bharat Parallel Corpus Collection (BPCC), the largest "
                         "parallel corpora for these languages.")
    assert "BPCC" in names(out.datasets)
    assert "BPCC" in out.introduces


def test_title_case_compound_of_a_known_name_is_the_known_name(extractor):
    out = run(extractor, "We study the effect of the replaced-token objective.",
              title="DeBERTaV3: Improving DeBERTa using ELECTRA-Style Pre-Training")
    assert "ELECTRA" in names(out.models)
    assert not any("Style" in n for n in names(out.models))


def test_data_after_an_evaluation_verb_a_few_words_back(extractor):
    out = run(extractor, "We evaluate ChatGPT and GPT-4 on KawiQA and report accuracy.")
    assert "KawiQA" in names(out.datasets)


def test_title_case_name_with_a_capitalised_collection_head(extractor):
    out = run(extractor, "We train on the Estonian National Corpus. We release the Kestrel Benchmark. "
                         "The Dataset is large.")
    assert names(out.datasets) == {"Estonian National Corpus", "Kestrel Benchmark"}
    assert out.introduces == ["Kestrel Benchmark"]


def test_plural_abbreviation_of_a_title_case_class_is_not_a_name(extractor):
    out = run(extractor, "Large Reasoning Models (LRMs) and Speech Foundation Models (SFMs) are popular.")
    assert not out.models


def test_size_word_alone_is_not_a_name(extractor):
    out = run(extractor, "Recent methods pretrain very LARGE models. Small models are cheap.")
    assert not out.models


@pytest.mark.parametrize("text, family, variant", [
    ("We use ViT-B and ViT-L encoders.", "ViT", "ViT-B"),
    ("We compare with Claude 3.5-Haiku.", "Claude 3.5", "Claude 3.5-Haiku"),
    ("LLMs including Mistral-7B1 and Llama-2-7B2 produce sequences.", "Llama 2", "Llama-2-7B2"),
])
def test_more_variant_spellings_fold_to_family(extractor, text, family, variant):
    found = {e.name: e for e in run(extractor, text).models}
    assert variant in found[family].aliases
    assert not any(n.startswith(("ViT-", "Claude 3.5-", "Mistral-7B1", "Llama-2-")) for n in found)


def test_we_train_a_described_model_named_in_parentheses_introduces_it(extractor):
    out = run(extractor, "We train two systems on the new data: a compact speech model built from scratch "
                         "(KestrelASR), and a larger one. We compare against a strong model (XLM-R).")
    assert "KestrelASR" in out.introduces
    assert "XLM-R" not in out.introduces


def test_unknown_name_listed_with_known_datasets_is_a_dataset(extractor):
    out = run(extractor, "Results improve on benchmark datasets, including FEVER (dev set), QuokkaNQ, WikiQA, "
                         "and SQuAD. We propose QuokkaNet, a novel approach that uses T5.")
    assert "QuokkaNQ" in names(out.datasets)
    assert "QuokkaNet" not in names(out.models) | names(out.datasets)


def test_a_series_of_models_is_still_the_object(extractor):
    out = run(extractor, "In this report, we present a series of math-specific language models: "
                         "KestrelMath and KestrelMath-Instruct.")
    assert "KestrelMath" in out.introduces


def test_api_snapshot_numbers_are_variants(extractor):
    out = run(extractor, "We compare InstructGPT-001, gpt-4-0613 and GPT-3.5-turbo-1106.")
    by_name = {e.name: e for e in out.models}
    assert set(by_name) == {"InstructGPT", "GPT-4", "GPT-3.5"}
    assert by_name["GPT-4"].variants == ["gpt-4-0613"]


def test_name_shaped_examples_of_benchmarks(extractor):
    out = run(extractor, "It leads on structure prediction benchmarks such as KASP14 and CAMELOT-2.")
    assert {"KASP14", "CAMELOT-2"} <= names(out.datasets)


def test_a_participle_ends_the_described_phrase(extractor):
    out = run(extractor, "We introduce QuokkaKit, a general tool-use framework encompassing data construction, "
                         "model training, and evaluation.")
    assert "QuokkaKit" not in names(out.models) | names(out.datasets)


def test_it_is_a_flavour_only_after_a_size(extractor):
    out = run(extractor, "We prompt Gemma-7b-it and train on SQuAD-it, a translation of SQuAD.")
    assert "Gemma-7b-it" in next(e for e in out.models if e.name == "Gemma").variants
    assert not any(e.variants for e in out.datasets)  # "-it" alone is no size/flavour


def test_two_adverbs_before_the_release_verb(extractor):
    out = run(extractor, "We also publicly release QuokkaT5 checkpoints.")
    assert out.introduces == ["QuokkaT5"]


def test_names_at_a_sentence_end_match_their_own_gazetteer_entry(extractor):
    """"GPT-4o." is GPT-4o, not a name derived from GPT-4 (no "o." abbreviation token)."""
    out = run(extractor, "We compare our model with GPT-4o. We pre-train it on ImageNet-21k.")
    assert [(m.name, m.rule) for m in out.models] == [("GPT-4o", "gazetteer")]
    assert names(out.datasets) == {"ImageNet-21k"}


# ------------------------------------------------------- held-out error classes
def test_second_verb_of_a_first_person_sentence_introduces(extractor):
    out = run(extractor, "We address the task of music generation and introduce MusicGen, a single language model.")
    assert "MusicGen" in out.introduces


def test_naming_verb_takes_its_kind_from_the_phrase_before(extractor):
    out = run(extractor, "Our best model family, which we name Guanaco, is trained on a small dataset.")
    assert "Guanaco" in names(out.models) and "Guanaco" in out.introduces
    out = run(extractor, "This yields a 300B-token dataset, which we call KoruWeb-Edu, and a model.")
    assert "KoruWeb-Edu" in names(out.datasets)


def test_head_noun_after_a_parenthesised_abbreviation_of_a_name(extractor):
    out = run(extractor, "It also yields consistent gains on the New York Times (NYT) dataset.")
    assert "NYT" in names(out.datasets)
    out = run(extractor, "We obtain transcriptions by leveraging grapheme-to-phoneme (G2P) models.")
    assert not out.models


def test_a_tag_set_is_no_dataset(extractor):
    out = run(extractor, "We use the PER, ORG, LOC and DATE tag set of an earlier shared task.")
    assert not out.datasets


def test_a_chain_of_architectures_is_no_model(extractor):
    out = run(extractor, "We compare a CNN-BiLSTM-CRF tagger with a fine-tuned BERT.")
    assert names(out.models) == {"BERT"}


def test_language_editions_and_sources_of_a_corpus(extractor):
    """Wikipedia needs context: a language edition or "sampled from" gives it."""
    assert "Wikipedia" in names(run(extractor, "A classifier pre-trained on the Dutch Wikipedia.").datasets)
    assert "Wikipedia" in names(run(extractor, "Sentences sampled from Wikipedia were translated.").datasets)
    assert "Wikipedia" not in names(run(extractor, "Facts about cities are listed on Wikipedia.").datasets)


def test_a_known_dataset_and_a_word_joined_are_another_dataset(extractor):
    # a Title-Case word after the hyphen does not make a plain word of it, and a model-ish head
    # ("variants") does not outweigh the known dataset the name extends
    out = run(extractor, "Results are reported on HotpotQA and its two robustness variants: "
                         "HotpotQA-Hard and HotpotQA-Para. We also test on Spider-Syn and Spider-Realistic.")
    assert {"HotpotQA-Hard", "HotpotQA-Para", "Spider-Syn", "Spider-Realistic"} <= names(out.datasets)
    assert not names(out.models)


def test_a_dotted_version_belongs_to_a_new_name(extractor):
    out = run(extractor, "It is larger than previous corpora, including DSTC2, WOZ 2.0 and SGD-X.")
    assert "WOZ 2.0" in names(out.datasets)


def test_a_name_given_with_a_naming_word_and_as_is_named(extractor):
    out = run(extractor, "We aim to develop a Radiology Foundation Model, termed as KesFM. KesFM outperforms others.")
    assert names(out.models) == {"KesFM"} and out.introduces == ["KesFM"]


def test_an_apposition_that_we_made_introduces_the_name(extractor):
    out = run(extractor, "KesE5 is trained with signals from KesPairs, a large-scale text pair dataset that we "
                         "curate from heterogeneous sources.")
    assert out.introduces == ["KesPairs"]
    # the clause must belong to the apposition, and say that we made it
    assert run(extractor, "We evaluate on KesQA, a reading comprehension dataset that we find useful.").introduces == []
    assert run(extractor, "We evaluate on KesQA, a reading dataset, and a model that we train.").introduces == []


def test_what_training_creates_is_an_introduced_model(extractor):
    out = run(extractor, "We perform continued pretraining on a multilingual mixture, creating KesBase, followed "
                         "by finetuning on instructions, creating KesInstruct.")
    assert names(out.models) == {"KesBase", "KesInstruct"} and out.introduces == ["KesBase", "KesInstruct"]
    out = run(extractor, "We filter the web crawl, resulting in KesWeb, a corpus of 1B tokens.")
    assert names(out.datasets) == {"KesWeb"} and not names(out.models)


def test_crafting_a_named_benchmark_introduces_it(extractor):
    out = run(extractor, "To assess performance, we craft a novel benchmark, KesBench, consisting of tasks.")
    assert out.introduces == ["KesBench"]
    # a known model crafted around is not the paper's
    assert run(extractor, "We craft GPT-4 prompts for each task.").introduces == []


def test_this_dataset_called_x_introduces_x(extractor):
    out = run(extractor, "We digitised books. This dataset, called KesOCR, consists of 313,173 line pairs.")
    assert names(out.datasets) == {"KesOCR"} and out.introduces == ["KesOCR"]
    # (a method so named is no model or dataset: nothing to introduce)
    assert run(extractor, "Prior work built a model. This approach, called KesMethod, works well.").introduces == []


def test_a_word_and_a_known_name_after_a_naming_word_are_one_new_name(extractor):
    out = run(extractor, "We propose a novel model called Dual BERT, which uses bilingual context. Dual BERT improves "
                         "results over strong baselines.")
    assert names(out.models) == {"Dual BERT"} and out.introduces == ["Dual BERT"]
    # the phrase wherever written, the title first; a mention of the known name alone stays one
    out = run(extractor, "We present a data augmentation strategy called Augmented SBERT for bi-encoders, which "
                         "outperform SBERT.", title="Augmented SBERT: Data Augmentation for Bi-Encoders")
    assert "Augmented SBERT" not in names(out.models) and names(out.models) == {"Sentence-BERT"}


def test_a_known_name_made_and_described_as_new_is_introduced(extractor):
    assert run(extractor, "This paper describes Tacotron 2, a neural network architecture for speech "
                          "synthesis.").introduces == ["Tacotron 2"]
    assert run(extractor, "In this study, we constructed Swallow, an LLM with enhanced Japanese "
                          "capability.").introduces == ["Swallow"]
    # training, obtaining or providing a known model describes using it; a use without apposition too
    assert run(extractor, "We train BERT, a pretrained encoder, on our data.").introduces == []
    assert run(extractor, "We describe Tacotron 2 and its limits.").introduces == []


def test_a_generation_number_after_a_name_is_another_model(extractor):
    """"X 2" is X's next generation, whether X is known or not, and also before a comma or a full
    stop; a list of numbers, a decimal and a plain word's number are not."""
    out = run(extractor, "Models like YourTTS, Mega-TTS 2, and Voicebox are limited. We build on Translatotron 2.")
    assert {"Mega-TTS 2", "Translatotron 2"} <= names(out.models)
    assert not {"Mega-TTS", "Translatotron"} & names(out.models)
    out = run(extractor, "We compare Translatotron 2, 3 and 4 with Translatotron 1.5 in Phase 2. BERT 2.5 points lower.")
    assert "Translatotron" in names(out.models) and "Translatotron 2" not in names(out.models)
    assert not {"Phase 2", "BERT 2"} & names(out.models)


def test_a_generation_of_a_dual_name_takes_its_kind_from_its_contexts(extractor):
    out = run(extractor, "We fine-tune LLaMA on the Dolly 3 dataset.")
    assert "Dolly 3" in names(out.datasets) and "Dolly 3" not in names(out.models)
    out = run(extractor, "Evaluated with LLMs (Pythia, Dolly 2.0, Palmyra, Dolly 1.0, LLaMA, and Vicuna).")
    assert {"Dolly 2.0", "Dolly 1.0"} <= names(out.models)


def test_gazetteer_rows_for_editions_and_formalisms(extractor):
    """A formalism is no dataset, its annotated releases are; a cross-lingual successor and a
    simplified wiki are entities of their own, not spellings of their namesakes."""
    out = run(extractor, "We parse sentences into AMR graphs and report Smatch on AMR 2.0 and AMR 3.0. "
                         "VALL-E X extends VALL-E; both are compared with SimCSE embeddings. "
                         "Pairs are aligned between Simple English Wikipedia and English Wikipedia.")
    assert {"AMR 2.0", "AMR 3.0", "Simple English Wikipedia", "Wikipedia"} <= names(out.datasets)
    assert "AMR" not in names(out.datasets) | names(out.models)
    assert {"VALL-E X", "VALL-E", "SimCSE"} <= names(out.models)


def test_a_metric_named_after_a_model_is_no_mention_of_it(extractor):
    assert "CLAP" not in names(run(extractor, "Quality is measured by FAD and the CLAP score.").models)
    out = run(extractor, "We embed captions with CLAP and report the CLAP score.")
    assert "CLAP" in names(out.models)


def test_capitalised_acronym_letters_do_not_make_a_name(extractor):
    """"LAnguage Model Analysis", "EmbEddings from bidirEctional Encoder rEpresentations"."""
    out = run(extractor, "Pretraining language models helps. We introduce the LAMA (LAnguage Model Analysis) "
                         "probe of what language models know.")
    assert "LAnguage" not in names(out.models)
    out = run(extractor, "DeBERTa improves BERT; code at https://github.com/microsoft/deberta.")
    assert "DeBERTa" in names(out.models)  # a lower-case spelling inside a URL is no ordinary word


def test_progressive_release_and_our_own_model(extractor):
    out = run(extractor, "We are releasing ViLMo, a vision-language model, with its weights.")
    assert "ViLMo" in out.introduces
    out = run(extractor, "Both proprietary models and our own fine-tuned model SWE-Llama fail on most issues.")
    assert "SWE-Llama" in out.introduces


def test_apposition_after_the_expansion_in_brackets(extractor):
    out = run(extractor, "E5 is trained on CCPairs (Colossal Clean text Pairs), a large text pair dataset we curate.")
    assert "CCPairs" in names(out.datasets) and "Pairs" not in names(out.datasets)
    out = run(extractor, "QLoRA uses 4-bit NormalFloat (NF4), a new data type for normally distributed weights.")
    assert not out.datasets  # "data type" is no data


def test_a_split_of_a_known_dataset_released_as_its_own(extractor):
    out = run(extractor, "To support research, we also release SWE-bench-train, a set of 19,000 task instances.")
    assert "SWE-bench-train" in names(out.datasets) and "SWE-bench-train" in out.introduces


def test_name_headed_through_a_hyphenated_modifier(extractor):
    out = run(extractor, "We evaluate on HumanEval, MBPP and the Kestrel code-editing benchmark.")
    assert "Kestrel" in names(out.datasets)


def test_a_plain_word_named_by_the_title_colon(extractor):
    """"Tagengo: A Multilingual Chat Dataset", "Aya Model: An ... Language Model": every title word is
    capitalised, so the colon (after an optional head noun) is what names the paper's own thing."""
    out = run(extractor, "We release a dataset of chats in many languages.", title="Tagengo: A Multilingual Chat Dataset")
    assert "Tagengo" in names(out.datasets) and "Tagengo" in out.introduces
    out = run(extractor, "Aya outperforms mT0 and BLOOMZ on most tasks.",
              title="Aya Model: An Instruction Finetuned Open-Access Multilingual Language Model")
    assert "Aya" in names(out.models) and "Aya" in out.introduces
    out = run(extractor, "Scaling models helps; we study scaling laws.", title="Scaling: A Study of Language Models")
    assert not out.models  # also written in lower case: an ordinary word


def test_an_expansion_alias_inside_a_longer_title_case_name(extractor):
    out = run(extractor, "We release a corpus for speech translation.",
              title="CoVoST 2 and Massively Multilingual Speech Translation")
    assert "MMS" not in names(out.models)
    out = run(extractor, "We fine-tune the Massively Multilingual Speech (MMS) model on Quechua.")
    assert "MMS" in names(out.models)


def test_a_dual_name_in_a_list_is_typed_by_context_not_by_row_order(extractor):
    """"Alpaca" is a model and a dataset row; being listed says nothing about which."""
    out = run(extractor, "We prove our findings on the Llama 3.1 and Alpaca families of base and instruction models.")
    assert "Alpaca" in names(out.models) and "Alpaca" not in names(out.datasets)


def test_an_architecture_name_the_title_introduces_is_the_papers_model(extractor):
    out = run(extractor, "We call the resulting architecture RetNet. RetNet achieves state-of-the-art results.",
              title="RetNet: Retentive Networks for Linear-Time Sequence Modeling")
    assert "RetNet" in names(out.models) and "RetNet" in out.introduces
    out = run(extractor, "We train a Zipformer encoder and compare it with a RetNet baseline.")
    assert not out.models  # elsewhere they name kinds of network


def test_named_graph_and_knowledge_graph_embedding_models_are_models(extractor):
    """Annotators read GraphSAGE, GAT, TransE, RotatE, ComplEx (and Mamba) as named models, GCN as a class."""
    out = run(extractor, "Our model outperforms TransE, DistMult, ComplEx and RotatE on FB15k-237, and GraphSAGE "
                         "and GAT on PPI. Unlike a plain GCN, it scales; it also beats Mamba.")
    assert {"TransE", "DistMult", "ComplEx", "RotatE", "GraphSAGE", "GAT", "Mamba"} <= names(out.models)
    assert "GCN" not in names(out.models)
    assert "ComplEx" not in names(run(extractor, "A complex model of reasoning.").models)


def test_the_resulting_model_and_a_new_dataset_in_apposition_are_introduced(extractor):
    out = run(extractor, "We align PaLM to medicine with prompt tuning. The resulting model, Med-PaLM, performs well.")
    assert "Med-PaLM" in out.introduces and "PaLM" not in out.introduces
    out = run(extractor, "We combine six datasets together with HealthSearchQA, a new free-response dataset of questions.")
    assert "HealthSearchQA" in out.introduces
    out = run(extractor, "Prior work used MedQA, a dataset of exam questions.")
    assert not out.introduces


def test_digits_are_no_initials_of_an_expansion(extractor):
    out = run(extractor, "We present Masked-attention Mask Transformer (Mask2Former), a new architecture for segmentation.")
    assert "Mask2Former" in out.introduces
    out = run(extractor, "mBART is pre-trained on texts in 25 languages extracted from Common Crawl (CC25).")
    assert "Common Crawl" in names(out.datasets)  # "CC25" names a part of it: no expansion


def test_units_of_a_corpus_that_needs_context(extractor):
    assert "Wikipedia" in names(run(extractor, "Answers are then located in Wikipedia articles.").datasets)


@pytest.mark.parametrize("abstract, kind, name", [
    ("Results are reported on MultiPL-E.", "datasets", "MultiPL-E"),
    ("We compare it with GPT-J.", "models", "GPT-J"),
])
def test_a_full_stop_after_a_hyphenated_capital_ends_the_sentence(extractor, abstract, kind, name):
    entity = next(e for e in getattr(run(extractor, abstract), kind) if e.name == name)
    assert entity.rule == "gazetteer"  # the known name itself, not a new name found by its shape


def test_a_new_name_in_apposition_with_our_noun_phrase(extractor):
    out = run(extractor, "Starting from Helium, our 7B text language model backbone, the system encodes audio "
                         "with Mimi, our streaming neural audio codec, in real time.")
    assert {"Helium", "Mimi"} <= names(out.models) and {"Helium", "Mimi"} <= set(out.introduces)
    out = run(extractor, "Instead of growing a pretrained language model (Quarrel), our aim is to extract "
                         "knowledge from the pretraining data.")
    assert "Quarrel" not in out.introduces  # "our aim is ...": a clause, not a noun phrase naming it


def test_contributions_named_as_such_are_introduced(extractor):
    out = run(extractor, "Our first contribution is the release of the Kestrel Parallel Corpus Collection (KPCC), "
                         "the largest parallel corpus for these languages. Our second contribution is KB22, the "
                         "first n-way parallel benchmark. Our main contribution is a GPT-4 evaluation.")
    assert {"KPCC", "KB22"} <= set(out.introduces)
    assert "GPT-4" in names(out.models) and "GPT-4" not in out.introduces  # a known name is only used


def test_a_long_form_is_an_alias_of_its_abbreviation_not_a_second_entity(extractor):
    out = run(extractor, "The suite includes the Hybrid Rumour Detection Corpus (HRDC) for training detectors.")
    assert names(out.datasets) == {"HRDC"}
    assert out.datasets[0].aliases == ["Hybrid Rumour Detection Corpus"]
    out = run(extractor, "Deep learning advanced protein folding, with AlphaFold2 (AF2) reaching atomic precision.")
    assert "AlphaFold 2" in names(out.models)  # a known name that is the long form is mentioned


def test_a_flavour_alias_is_a_variant_and_context_enough(extractor):
    out = run(extractor, "It approaches the performance of Gemini Ultra.")
    gemini = next(e for e in out.models if e.name == "Gemini")
    assert gemini.variants == ["Gemini Ultra"]
    assert "Gemini" not in names(run(extractor, "Born under Gemini, she studied models.").models)


def test_a_lower_case_vision_transformer_is_an_architecture(extractor):
    assert "ViT" not in names(run(extractor, "We combine the chat model with a vision transformer encoder.").models)
    assert "ViT" in names(run(extractor, "We fine-tune the Vision Transformer (ViT) on images.").models)


def test_the_first_conjunct_of_a_title_colon_phrase_types_the_name(extractor):
    out = run(extractor, "We introduce Kestrelo, a family of large language models for Basque.",
              title="Kestrelo: An Open Language Model and Evaluation Suite for Basque")
    assert "Kestrelo" in names(out.models) and "Kestrelo" not in names(out.datasets)
    out = run(extractor, "We present Quillon, a model suite for studying training dynamics.")
    assert "Quillon" in names(out.models)  # a weak head ("suite") does not override "model"


@pytest.mark.parametrize("sentence", ["We furthermore release Kestrel-7B and Quillon-13B.",
                                      "We therefore propose Quillon, an LLM for spoken dialogue."])
def test_adverbs_between_we_and_the_introducing_verb(extractor, sentence):
    out = run(extractor, sentence)
    assert "Quillon" in out.introduces or "Quillon-13B" in out.introduces


def test_referred_to_as_names_and_a_weak_head_types_weakly(extractor):
    out = run(extractor, "We pre-train three variants. We refer to this suite as KestrelBERT. "
                         "We also collect questions; we refer to this dataset as KoraQA.")
    assert "KestrelBERT" in names(out.models)  # "suite" (weak) loses to its "-BERT" shape
    assert "KoraQA" in names(out.datasets)


def test_a_plural_head_before_names_and_named_examples_of_tasks(extractor):
    out = run(extractor, "We evaluate on the classification datasets ChnKorp and THUNews.")
    assert {"ChnKorp", "THUNews"} <= names(out.datasets)
    out = run(extractor, "Results improved on Japanese tasks such as JKorpQA, JSQuID and NIILK.")
    assert {"JKorpQA", "JSQuID", "NIILK"} <= names(out.datasets)
    out = run(extractor, "Results improved on tasks such as NER and POS tagging.")
    assert out.datasets == []  # task acronyms are non-entities


def test_wikipedia_text_is_the_corpus(extractor):
    assert "Wikipedia" in names(run(extractor, "We train on monolingual Wikipedia text only.").datasets)


def test_a_url_path_does_not_make_a_name_an_ordinary_word(extractor):
    out = run(extractor, "We introduce Kestrelo, a family of large language models. Kestrelo is public at "
                         "https://github.com/hitz/kestrelo.", title="Kestrelo: Open Models")
    assert "Kestrelo" in names(out.models)


def test_every_item_of_a_bracketed_list_after_a_head_is_typed_by_it(extractor):
    out = run(extractor, "We evaluate on sentiment datasets in dialectal text (HARQ, ASTQ, ArSenQ-Lev and LABQ).")
    assert {"HARQ", "ASTQ", "ArSenQ-Lev", "LABQ"} <= names(out.datasets)


def test_enumerated_first_person_items_introduce_their_names(extractor):
    out = run(extractor, "For this, we (1) build a clean, high-quality textual Catalan corpus (CaTexto), the largest "
                         "to date, (2) train a RoBERTa-style language model for Catalan (BERTo), and (3) devise a "
                         "thorough evaluation.")
    assert {"CaTexto", "BERTo"} <= set(out.introduces)
    assert "CaTexto" in names(out.datasets)  # "the largest to date, (2) train ... model" describes nothing


def test_a_name_in_brackets_after_the_object_of_we_verb(extractor):
    out = run(extractor, "To address this, we propose Rephrasing Language Model (ReLiM), where the model is "
                         "trained to rephrase the entire sentence.")
    assert "ReLiM" in out.introduces


def test_which_we_publish_introduces_the_name_before_it(extractor):
    out = run(extractor, "The result is a new benchmark, the Kestrel Language Understanding Benchmark (KLUBE), "
                         "which we publish as an open resource.")
    assert "KLUBE" in out.introduces


def test_by_introducing_in_a_first_person_sentence(extractor):
    out = run(extractor, "We verify the agreement by introducing a benchmark, KestrelEval, with multi-turn questions.")
    assert "KestrelEval" in out.introduces
    out = run(extractor, "This paper tackles this by introducing a novel KestrelBench-derived inference dataset.")
    assert "KestrelBench" not in out.introduces  # the name is used as an adjective of the new thing


def test_a_name_in_brackets_after_a_lower_case_task_is_its_dataset(extractor):
    out = run(extractor, "The suite covers textual entailment (WReTEx), part-of-speech tagging (BaPOSx) and "
                         "aspect-based sentiment analysis (CASQ and HoASQ). We study named entity recognition (NER).")
    assert {"WReTEx", "BaPOSx", "HoASQ"} <= names(out.datasets) and "NER" not in names(out.datasets)
    out = run(extractor, "We add a new objective, Swapped Language Modeling (Quarrelo), to pre-training.")
    assert "Quarrelo" not in names(out.datasets)  # a Title-Case phrase names a method, not a task


def test_natural_language_modifies_the_head_after_it(extractor):
    out = run(extractor, "We propose KODEX, the first open-domain natural language (NL) to Python code generation "
                         "dataset. KODEX requires models to use open-domain libraries.")
    assert "KODEX" in names(out.datasets) and "KODEX" in out.introduces
    assert "KODEX" not in names(out.models)  # "requires models": a verb and its object, not "X models"


def test_a_weak_head_after_a_method_word_still_heads_the_phrase(extractor):
    out = run(extractor, "We introduce Voyagero, the first LLM-powered embodied lifelong learning agent in Minecraft.",
              title="Voyagero: An Open-Ended Embodied Agent with Large Language Models")
    assert "Voyagero" in names(out.models) and "Voyagero" in out.introduces


def test_an_opening_quote_is_no_part_of_a_name(extractor):
    out = run(extractor, "To pretrain our model, we collect 27.5 GB of Bangla text, dubbed 'Kestrel2B+', by crawling.")
    assert "Kestrel2B+" in out.introduces


def test_a_known_long_form_inside_another_names_expansion_is_no_mention(extractor):
    out = run(extractor, "We introduce the Legal General Language Understanding Evaluation (KestrelGLUE) benchmark.")
    assert "GLUE" not in names(out.datasets) and "KestrelGLUE" in out.introduces
    out = run(extractor, "Using General Language Understanding Evaluation (GLUE) we compare two encoders.")
    assert "GLUE" in names(out.datasets)  # the long form of its own abbreviation


def test_semicolon_items_after_the_colon_of_an_introducing_clause(extractor):
    out = run(extractor, "We further introduce three evaluation datasets: KesProf, comprising 5,169 questions; "
                         "KesRead, comprising 352 questions; and KesTriv, comprising 1,715 trivia questions.")
    assert {"KesProf", "KesRead", "KesTriv"} <= set(out.introduces)
    out = run(extractor, "We evaluate three models: BERT, with 110M parameters; RoBERTa, a robust model; and XLNet.")
    assert out.introduces == []  # no introducing verb before the colon


def test_enumerated_items_of_the_papers_own_inventory_are_introduced(extractor):
    out = run(extractor, "We introduce resources for Indian languages. These resources include (a) KesCorp, a "
                         "monolingual corpus, (b) KesBERT, a pre-trained language model, and (c) KesGLUE, a "
                         "benchmark of evaluation datasets.")
    assert {"KesCorp", "KesBERT", "KesGLUE"} <= set(out.introduces)
    out = run(extractor, "We introduce K-Pack, a package of resources. K-Pack includes three resources. 1) K-MTB is a "
                         "benchmark for embeddings. 2) K-MTP is a massive text embedding dataset.")
    assert {"K-MTB", "K-MTP"} <= set(out.introduces)
    out = run(extractor, "Prior work includes (1) FooNet, a model, and (2) BarNet, another model. "
                         "These models include (a) ELECTRA and (b) DeBERTa.")
    assert out.introduces == []  # neither the paper's inventory nor an introduced name's


def test_a_suite_of_models_is_a_model_and_a_suite_of_tasks_a_dataset(extractor):
    out = run(extractor, "In this paper, we introduce Kestrel+, a suite of models designed to translate well.")
    assert "Kestrel+" in names(out.models) and "Kestrel+" not in names(out.datasets)
    out = run(extractor, "We release KesEvalo, a suite of evaluation tasks for reasoning.")
    assert "KesEvalo" in names(out.datasets)


def test_a_sentence_glued_to_a_name_by_a_missing_space(extractor):
    out = run(extractor, "We compress BERT into a small model. Results show gains brought by BERT-Tiny.In "
                         "particular, a 4-layer BERT-Tiny keeps accuracy.")
    assert names(out.models) == {"BERT"}  # not "BERT-Tiny.In", a name derived from BERT


def test_a_lower_case_word_before_a_name_is_no_spaced_spelling_of_a_longer_name(extractor):
    out = run(extractor, "We distil BERT into a small student. We compare with Distil BERT and gpt 4.")
    assert names(out.models) == {"BERT", "DistilBERT", "GPT-4"}
    out = run(extractor, "We distil BERT into a small student.")
    assert names(out.models) == {"BERT"}  # not DistilBERT (alias "Distil-BERT")


def test_data_splits_and_modality_compounds_in_capitals_are_no_names(extractor):
    out = run(extractor, "The DEV and TEST evaluation sets are re-transcribed. We leverage a large Vision-Language "
                         "model to label captions.")
    assert names(out.datasets) == set() and names(out.models) == set()


def test_a_language_pair_is_no_name(extractor):
    out = run(extractor, "We introduce KesEn, a Cherokee-English parallel dataset, to facilitate machine translation "
                         "research between Cherokee and English. Besides these datasets, we propose several "
                         "Cherokee-English and English-Cherokee machine translation systems.")
    assert names(out.datasets) == {"KesEn"} and names(out.models) == set()
    # the pair in language codes, bracketed after the names as if it were their abbreviation
    out = run(extractor, "We introduce a Tamil-English (Ta-En) code-mixed dataset for emotion analysis.")
    assert names(out.datasets) == set() and {"Tamil", "English"} <= names(out.languages)


def test_a_known_name_modifying_the_new_thing_is_not_introduced(extractor):
    out = run(extractor, "We address this by proposing a two-tier BERT architecture, naming the model KesBERTo.")
    assert "BERT" in names(out.models) and "BERT" not in out.introduces


def test_our_owns_the_noun_phrase_it_stands_in(extractor):
    out = run(extractor, "We test two models on our dataset: a baseline XLM-RoBERTa model and a GEMNETO model.")
    assert "XLM-R" in names(out.models) and out.introduces == []
    out = run(extractor, "The corpus is used to pretrain our models: KesBART and KesGPT.")
    assert set(out.introduces) == {"KesBART", "KesGPT"}


def test_compiled_corpora_and_what_enables_us_to_build_are_introduced(extractor):
    out = run(extractor, "To facilitate pre-training, we compile the KesLa corpus, a multilingual dataset.")
    assert "KesLa" in out.introduces
    out = run(extractor, "OSS-Instruct enables us to build an enhanced KesCoderS model.")
    assert "KesCoderS" in out.introduces


def test_a_count_in_thousands_is_no_model_size(extractor):
    out = run(extractor, "We first release KesAudio-630K, a large collection of 633,526 audio-text pairs from "
                         "different sources. KesAudio-630K and the proposed model are both available.")
    assert "KesAudio-630K" in names(out.datasets) and "KesAudio-630K" not in names(out.models)


def test_a_name_found_as_a_language_in_the_paper_is_no_dataset(extractor):
    out = run(extractor, "Cherokee is a highly endangered language. We also collect 5k Cherokee monolingual data "
                         "for Cherokee language revitalization.")
    assert names(out.datasets) == set() and "Cherokee" in names(out.languages)


def test_what_a_title_subtitle_is_for_does_not_type_the_name(extractor):
    out = run(extractor, "We present KesVicuna, the first fully open-source LLM capable of listwise reranking.",
              title="KesVicuna: Zero-Shot Listwise Document Reranking with Open-Source Large Language Models")
    assert "KesVicuna" in names(out.models) and "KesVicuna" in out.introduces
    out = run(extractor, "We survey methods that remove knowledge from trained models.",
              title="SoKo: Machine Unlearning for Large Language Models")
    assert names(out.models) == set()


def test_verbs_of_a_model_count_once_against_a_definition(extractor):
    out = run(extractor, "We propose Sparse Expert Activation Pruning (KESAP), a training-free pruning method. "
                         "KESAP surpasses WandA. KESAP obtains gains. KESAP outperforms FLAP. KESAP achieves more.")
    assert "KESAP" not in names(out.models)


def test_a_camel_case_name_extending_a_known_name_takes_its_kind(extractor):
    out = run(extractor, "We further introduce HumanEvalKes, expanding the HumanEval benchmark to three tasks.")
    assert "HumanEvalKes" in names(out.datasets) and "HumanEvalKes" in out.introduces
    out = run(extractor, "We discuss HumanEvalKes briefly.")
    assert names(out.datasets) == set()  # weak evidence: not enough alone


def test_a_spelling_of_one_row_of_a_dual_name_is_that_rows(extractor):
    out = run(extractor, "We compare with other code instructions (xP3x, Self-Instruct, OASST) on the StarCoder model.")
    assert "OpenAssistant" in names(out.datasets) and "OpenAssistant" not in names(out.models)


def test_editions_are_their_own_datasets(extractor):
    out = run(extractor, "We train on Taskmaster-1 and OpenMathInstruct-2 and compare with AISHELL-2 and AISHELL.")
    assert names(out.datasets) == {"Taskmaster-1", "OpenMathInstruct-2", "AISHELL-2", "AISHELL-1"}


def test_a_bracketed_list_after_the_object_of_an_introducing_verb(extractor):
    out = run(extractor, "We additionally introduce new specialized datasets (KesMath, Kes-Edu, and KesTalk) at stages "
                         "where existing data was small.")
    assert set(out.introduces) == {"KesMath", "Kes-Edu", "KesTalk"}


def test_a_name_given_to_a_task_written_out_is_its_dataset(extractor):
    out = run(extractor, "The benchmark covers three tasks: natural language inference (KesXNLI), mathematical "
                         "reasoning (KesuMGSM), and question answering (KesMMLU).")
    assert {"KesXNLI", "KesuMGSM", "KesMMLU"} <= names(out.datasets)
    out = run(extractor, "We extend the implementations to new tasks (XSRK, NER, and QA).")
    assert names(out.datasets) == set()  # abbreviations of tasks, not names given to them


def test_what_a_names_spelling_says_counts_once_not_per_mention(extractor):
    out = run(extractor, "KesNet is a dataset of student interactions. KesNet has logs. KesNet is big. KesNet grows. "
                         "KesNet is free. KesNet is public.", title="KesNet: A Large-Scale Hierarchical Dataset in Education")
    assert "KesNet" in names(out.datasets) and "KesNet" not in names(out.models)


def test_trained_before_an_unknown_name_is_model_evidence(extractor):
    out = run(extractor, "We introduce YOLO-Kestrel, an innovative approach for open-vocabulary detection. "
                         "The fine-tuned YOLO-Kestrel achieves strong results.")
    assert "YOLO-Kestrel" in names(out.models)


def test_a_long_form_given_after_short_for_is_no_second_name(extractor):
    out = run(extractor, "We created a leaderboard featuring our KESRB benchmark (short for Kestrel Language "
                         "Understanding & Reasoning Benchmark).")
    assert names(out.datasets) == {"KESRB"}


def test_library_heads_do_not_type_names_as_models(extractor):
    out = run(extractor, "The ecosystem is maturing, with libraries like KesViz and KesTools enabling introspection.")
    assert names(out.models) == set()


def test_a_hyphenated_name_with_a_generic_part_is_no_chain_of_architectures(extractor):
    out = run(extractor, "In this study, we introduce CT-LLM, a 2B large language model (LLM) for Chinese.")
    assert "CT-LLM" in names(out.models) and "CT-LLM" in out.introduces
    out = run(extractor, "We train a CNN-BiLSTM tagger.")
    assert names(out.models) == set()


def test_a_subtitle_spelling_out_the_titles_own_name_is_no_mention(extractor):
    out = run(extractor, "We propose KesMMLU, a new Korean benchmark.",
              title="KesMMLU: Measuring Massive Multitask Language Understanding in Korean")
    assert names(out.datasets) == {"KesMMLU"}
    out = run(extractor, "We propose a benchmark.", title="MMLU: Measuring Massive Multitask Language Understanding")
    assert names(out.datasets) == {"MMLU"}


def test_a_new_edition_of_a_known_dataset_is_its_own_dataset(extractor):
    out = run(extractor, "Using our method we create CommonsenseQA 3.5, a dataset of yes/no questions. "
                         "We compare with CommonsenseQA and SQuAD 2.0.")
    assert {"CommonsenseQA 3.5", "CommonsenseQA", "SQuAD 2.0"} <= names(out.datasets)
    assert "CommonsenseQA 3.5" in out.introduces


def test_a_task_conjunct_in_a_title_modifies_the_head_after_it(extractor):
    out = run(extractor, "We present a dataset of code-mixed comments.",
              title="KesCodeMix: Sentiment Analysis and Offensive Language Identification Dataset for Tamil")
    assert "KesCodeMix" in names(out.datasets)


def test_a_title_phrase_before_the_colon_named_a_dataset_by_the_subtitle(extractor):
    out = run(extractor, "This work introduces Kestrel Voice, an open-source multilingual speech resource for "
                         "Zambian languages.", title="Kestrel Voice: A Multilingual Speech Corpus for Zambian Languages")
    assert "Kestrel Voice" in names(out.datasets) and "Kestrel Voice" in out.introduces
    out = run(extractor, "We build a machine translation dataset for Tamil.",
              title="Machine Translation: A Dataset for Tamil")
    assert names(out.datasets) == set()  # written in lower case too: ordinary words


def test_a_lower_case_expansion_capitalised_only_at_the_sentence_start_is_generic(extractor):
    out = run(extractor, "Task-oriented dialogue generation (TODG) models have made significant progress in "
                         "recent years. Existing TODG datasets are small.")
    assert "TODG" not in names(out.datasets) | names(out.models)


def test_a_flavour_or_size_tail_on_a_known_dataset_makes_another_dataset(extractor):
    out = run(extractor, "We construct the first multilingual instruction dataset, MGSM8KInstruct, and compare it "
                         "with data filtered from RedPajama-V2.")
    assert {"MGSM8KInstruct", "RedPajama-V2"} <= names(out.datasets) and "MGSM" not in names(out.datasets)
    assert "MGSM8KInstruct" in out.introduces


def test_a_capitalised_head_taken_into_a_name_is_no_name_of_its_own(extractor):
    out = run(extractor, "We introduce the KES-RAE Bench, a dataset curated to challenge models. The KES-RAE Bench "
                         "emphasizes recall. We release fine-tuned Chat models.")
    assert names(out.datasets) == {"KES-RAE Bench"} and names(out.models) == set()


def test_a_shared_task_teams_name_is_no_model(extractor):
    out = run(extractor, "We describe HIT-KESR's system for the shared task. We fine-tune BERT.",
              title="HIT-KESR at MRP 2020: Transition-based Parser and Iterative Inference Parser")
    assert names(out.models) == {"BERT"} and out.introduces == []


def test_a_subset_word_after_a_known_benchmark_names_a_dataset(extractor):
    out = run(extractor, "Our agent resolves 27% of issues on SWE-bench Lite and 32% on SWE-bench Verified, "
                         "and we compare with SWE-bench. Kestrel-CC is a corpus filtered from Common Crawl.")
    assert {"SWE-bench Lite", "SWE-bench Verified", "SWE-bench", "Kestrel-CC"} <= names(out.datasets)


def test_resulting_in_a_new_name_introduces_it(extractor):
    out = run(extractor, "KesTuning is used to instruction-tune the Llama 2 series, resulting in KesAgentLM.")
    assert "KesAgentLM" in out.introduces and "Llama 2" not in out.introduces


def test_new_names_in_the_task_list_of_an_introduced_benchmark_are_introduced(extractor):
    out = run(extractor, "In this paper, we introduce KesBench -- a human-translated benchmark dataset for 17 African "
                         "languages covering three tasks: natural language inference (KesXNLIo), mathematical "
                         "reasoning (KesMGSMo), and multi-choice question answering (KesMMLUo).")
    assert {"KesBench", "KesXNLIo", "KesMGSMo", "KesMMLUo"} <= set(out.introduces)


def test_comprising_and_namely_open_a_list_of_examples_of_the_head_noun(extractor):
    out = run(extractor, "Gains of 2.8% in extraction tasks (comprising KESND, SRKIE, and PKIE). We also report "
                          "three benchmarks, namely ZorbQA and QuillSet.")
    assert {"KESND", "SRKIE", "PKIE", "ZorbQA", "QuillSet"} <= names(out.datasets)


def test_title_case_names_headed_by_bench_or_collection_are_datasets(extractor):
    out = run(extractor, "We first construct the Critique Collection, a new dataset of rubrics. Results on four "
                          "benchmarks (Critique Bench, Vicuna Bench, and MT-Bench) follow.")
    assert {"Critique Collection", "Critique Bench", "Vicuna Bench", "MT-Bench"} <= names(out.datasets)
    assert "Vicuna" not in names(out.models)  # a benchmark named after a model mentions no model


def test_a_method_named_after_the_output_it_generates_is_a_model(extractor):
    out = run(extractor, "We propose KesGaussian, a novel 3D content generation framework. We also propose "
                          "KesTrain, a sparse training method, and KesData, a synthetic data generation pipeline.")
    assert names(out.models) == {"KesGaussian"} and out.introduces == ["KesGaussian"]


def test_a_title_case_compound_naming_a_task_is_no_name(extractor):
    out = run(extractor, "In this paper, we introduce a Span-Extraction dataset for Kestrel reading comprehension.",
              title="A Span-Extraction Dataset for Kestrel Reading Comprehension")
    assert names(out.datasets) == set() and out.introduces == []


def test_the_abbreviation_of_a_title_case_task_is_no_name(extractor):
    out = run(extractor, "Event Extraction (EE) is one of the tasks in Information Extraction (IE). Few multilingual "
                          "EE datasets exist. We introduce a novel benchmark for KEStrel language GENeration (KESGEN), "
                          "covering seven tasks. We evaluate our models on KESGEN and link to the KESGEN datasets.")
    assert names(out.datasets) == {"KESGEN"}


def test_a_subtask_given_a_name_is_no_model(extractor):
    out = run(extractor, "In this paper, we propose a novel sequence labeling subtask for ABSA named KOWE, which aims "
                          "at extracting the opinion words for a given opinion target.")
    assert names(out.models) | names(out.datasets) == set() and out.introduces == []


def test_the_abbreviation_of_a_production_or_prediction_task_is_no_name(extractor):
    out = run(extractor, "The goal of automatic Kestrel Sign Production (KSP) is to render text as signs. Previous "
                          "KSP models drift. Numerical Kestrel Prediction (NKP) models are costly. We release "
                          "Kes-Judgment-Prediction, a multilingual dataset.")
    assert names(out.models) == set() and names(out.datasets) == {"Kes-Judgment-Prediction"}


def test_the_plural_of_a_spelled_out_abbreviation_is_no_name(extractor):
    out = run(extractor, "We introduce a new type of test, called a Kestrel Experiment (KE), for language models. "
                          "In the first three KEs, the existing findings were replicated using recent models.")
    assert names(out.models) == set() and names(out.datasets) == set()


def test_the_role_a_sentence_gives_a_name_types_it(extractor):
    out = run(extractor, "We study design choices, using KesVLA as our representative base model, and use KesData as "
                          "the benchmark dataset. We keep KesTool as a baseline.")
    assert names(out.models) == {"KesVLA"} and names(out.datasets) == {"KesData"}  # (a baseline is weak alone)


def test_a_plural_abbreviation_of_a_lower_case_plural_is_a_class(extractor):
    out = run(extractor, "In this work, we present KesSum, a new dataset with transcripts of earnings calls (ECTs). "
                          "We propose two methods to learn cross-lingual kestrel models (XKMs).")
    assert names(out.datasets) == {"KesSum"} and "XKMs" in names(out.models)


def test_the_name_the_next_sentence_gives_an_unnamed_new_dataset_is_introduced(extractor):
    out = run(extractor, "We present a novel dataset and model for joint extraction. The KESLER dataset consists of "
                          "1M sentences. Earlier work built a small corpus. The KORPA corpus has 5K sentences.")
    assert {"KESLER", "KORPA"} <= names(out.datasets) and out.introduces == ["KESLER"]


def test_provide_with_an_apposition_and_a_known_name_after_a_new_head_introduce(extractor):
    out = run(extractor, "To this end, we provide Kesli-9, a large new multilingual dataset. We also construct a new "
                          "dataset PUBHEALTH of 11.8K claims. We train a new BERT model and provide insights into GLUE.")
    assert set(out.introduces) == {"Kesli-9", "PubHealth"}


def test_an_organisations_possessive_confirms_a_known_name_that_needs_context(extractor):
    out = run(extractor, "Our model even outperforms the largest closed LLMs, Anthropic's Claude and Google's Bard.")
    assert {"Claude", "Bard"} <= names(out.models)


def test_a_name_after_a_second_verb_of_use_is_not_what_the_first_verb_introduces(extractor):
    out = run(extractor, "We meticulously devise annotation instructions and employ GPT-4 to offer detailed feedback.")
    assert "GPT-4" in names(out.models) and out.introduces == []


def test_a_lower_case_agent_or_bench_glued_to_a_name_is_part_of_it(extractor):
    out = run(extractor, "We introduce KES-agent: a system that lets LM agents use computers. KES-agent's interface "
                          "helps. We evaluate KES-agent on SWE-bench and FIN-bench.",
              title="KES-agent: Interfaces Enable Automated Software Engineering")
    assert names(out.models) == {"KES-agent"} and names(out.datasets) == {"SWE-bench", "FIN-bench"}


def test_a_title_name_that_extends_a_known_one_and_recurs_is_the_papers_own(extractor):
    out = run(extractor, "We present Emu Video, a text-to-video generation model. It beats Imagen Video.",
              title="Emu Video: Factorizing Text-to-Video Generation")
    assert names(out.models) == {"Emu Video", "Imagen Video"} and out.introduces == ["Emu Video"]
    out = run(extractor, "We apply early exit to BERT and save compute.", title="BERT Loses Patience: Early Exit")
    assert names(out.models) == {"BERT"} and out.introduces == []


def test_a_currency_is_no_name(extractor):
    out = run(extractor, "The best models can be costly (e.g., over $6,240 USD per million pages for GPT-4o). "
                          "Ours converts a million pages for only $176 USD.")
    assert names(out.models) == {"GPT-4o"}


def test_the_singular_of_a_class_spelled_out_in_lower_case_is_no_name(extractor):
    # "Reward models (RMs)": a class, capitalised only at the sentence start; "an RM benchmark" is one of it
    out = run(extractor, "Reward models (RMs) drive alignment. We construct Kestrel-RB, the first multilingual "
                          "RM evaluation benchmark, and evaluate RMs on it.")
    assert names(out.datasets) == {"Kestrel-RB"}
    # a Title-Case long form names the paper's own model: "Tiny Time Mixers (TTMs) ... TTM outperforms"
    out = run(extractor, "To address this, we introduce Kestrel Time Mixers (KTM), a compact model trained on "
                          "public datasets. KTM, based on the TSMixer architecture, outperforms GPT-4.",
              title="Kestrel Time Mixers (KTMs): Fast Pre-trained Models for Forecasting")
    assert names(out.models) == {"KTM", "TSMixer", "GPT-4"} and out.introduces == ["KTM"]


def test_a_lower_case_method_named_by_a_naming_word_is_no_name(extractor):
    out = run(extractor, "These objectives belong to a family of loss functions that we call human-aware losses "
                          "(HALOs). We call our approach KTO.")
    assert names(out.models) == set() and out.introduces == []


def test_a_statistical_model_named_after_its_authors_is_no_model(extractor):
    out = run(extractor, "We fit a Bradley-Terry model to pairwise preferences and compare it with a "
                          "Plackett-Luce model on Llama 2 outputs.")
    assert names(out.models) == {"Llama 2"}
    # the paper's own model so named still is one, and so is a name with a size tail
    out = run(extractor, "We propose Kestrel-Finch, a new language model. The Kestrel-Finch model outperforms "
                          "GPT-4. The Yoor-Base model is small.")
    assert {"Kestrel-Finch", "GPT-4"} <= names(out.models) and out.introduces == ["Kestrel-Finch"]


def test_a_long_form_after_an_introducing_colon_names_the_new_model(extractor):
    out = run(extractor, "We introduce a novel architecture for dependency parsing: stack-kestrel networks "
                          "(StackKes). The StackKes parser reads the whole sentence.")
    assert names(out.models) == {"StackKes"} and out.introduces == ["StackKes"]


def test_the_resulting_model_set_off_by_commas_is_a_model(extractor):
    out = run(extractor, "We propose a multilingual task adaptation approach based on adapter modules. The resulting "
                          "parser, UDkestrel, outperforms strong baselines.",
              title="UDkestrel: Language Adaptation for Universal Dependency Parsing")
    assert names(out.models) == {"UDkestrel"} and out.introduces == ["UDkestrel"]
    # a variant after "The resulting models," leaves the paper's dataset of that name a dataset
    out = run(extractor, "We create Kestrel, a dataset of long texts with instructions. Using Kestrel, we fine-tune "
                          "Mistral-7B. The resulting models, Kestrel-SFT and Kestrel-I-ORPO, write longer texts.",
              title="Kestrel: Instruction Following for Long-form Text Generation")
    assert "Kestrel" in names(out.datasets)


def test_a_long_form_with_a_prepositional_tail_is_typed_by_its_head(extractor):
    out = run(extractor, "Using the extended guidelines, we create a new kestrel treebank for English (Kestrelbank v2) "
                          "that is four times larger than Kestrelbank v1.")
    assert "Kestrelbank v2" in names(out.datasets)  # (a major version is another edition)
    # (a method head before the preposition leaves the name to its naming words)
    out = run(extractor, "We propose a novel multi-task model called Contrastive Learning for Kestrel "
                          "Recommendation (CL4KRec). CL4KRec achieves state-of-the-art performance.")
    assert names(out.models) == {"CL4KRec"} and out.introduces == ["CL4KRec"]


def test_a_named_long_form_says_what_the_name_is(extractor):
    # "an approach, named ... recurrent neural networks (UIS-RNN)": a network, whatever the noun before
    out = run(extractor, "We propose a fully supervised speaker diarization approach, named unbounded "
                          "kestrel-state recurrent neural networks (UKS-RNN). Our system is fully supervised.")
    assert names(out.models) == {"UKS-RNN"} and out.introduces == ["UKS-RNN"]


def test_speaker_embedding_systems_and_their_scoring(extractor):
    out = run(extractor, "The x-vectors are compared with i-vector baselines on VoxCeleb1 and NIST SRE 2016. "
                          "Augmentation helps the PLDA classifier.", title="Robust DNN Embeddings for Speaker Recognition")
    assert names(out.models) == {"x-vector", "i-vector"}
    assert names(out.datasets) == {"VoxCeleb1", "NIST SRE"}


def test_a_name_may_open_with_a_dimension(extractor):
    out = run(extractor, "We present a large-scale speech corpus. 4D-Kestrel contains over 10,000 speakers "
                          "recorded by 3D microphone arrays, and we train a 2D-CNN model on it.",
              title="4D-Kestrel: A Multi-Device Corpus for Speech Representation Disentanglement")
    assert names(out.datasets) == {"4D-Kestrel"} and out.introduces == ["4D-Kestrel"]
    assert names(out.models) == set()


def test_a_title_name_before_capitalised_words_and_a_head_is_the_papers_own(extractor):
    out = run(extractor, "KesMine is a speech database in Persian and English designed to build speaker "
                          "verification systems.", title="KesMine Speech Processing Database: Speaker Verification")
    assert names(out.datasets) == {"KesMine"} and out.introduces == ["KesMine"]
    # (not after a plain word: "Shopping Queries Dataset: ..." names no "Shopping")
    out = run(extractor, "We introduce a large dataset of difficult search queries.",
              title="Shopping Queries Dataset: A Large-Scale Benchmark for Product Search")
    assert "Shopping" not in names(out.datasets)


def test_a_title_naming_a_new_generation_of_a_model_introduces_it(extractor):
    out = run(extractor, "Using an existing text-to-audio model Kestrel, we create a preference dataset. We "
                          "fine-tune the publicly available Kestrel text-to-audio model on it and improve over Kestrel.",
              title="Kestrel 2: Aligning Text-to-Audio Generations through Preference Optimization")
    assert {"Kestrel", "Kestrel 2"} <= names(out.models) and out.introduces == ["Kestrel 2"]
    # (a number after a word that names no model is no generation: "Phase 2: ...")
    out = run(extractor, "We study the second phase of pre-training.", title="Phase 2: Continued Pre-training")
    assert names(out.models) == set()


def test_leaderboards_and_prompt_sets_as_benchmarks(extractor):
    out = run(extractor, "We test Janus on 5 benchmarks (AlpacaEval 2.0, FLASK, Koala, MT-Bench, and Self-Instruct) "
                          "and reach 80% on the HuggingFace Open LLM Leaderboard. Koala and Vicuna are chat models.")
    assert {"Koala", "MT-Bench", "Open LLM Leaderboard"} <= names(out.datasets)
    out = run(extractor, "We compare open chat models such as Vicuna and Koala with GPT-4.")
    assert names(out.models) == {"Vicuna", "Koala", "GPT-4"}


def test_an_adversarial_attack_is_a_method(extractor):
    out = run(extractor, "In this paper, we present KesFooler, a simple but strong baseline to generate natural "
                          "adversarial text. We attack BERT on two tasks. Specifically, we present KesBugger, a "
                          "general attack framework for generating adversarial texts.")
    assert names(out.models) == {"BERT"} and out.introduces == []
    # a method named after the model it runs on: "BERT-Attack"
    out = run(extractor, "We propose GPT-Attack, a high-quality method to find adversarial samples using "
                          "GPT-2.", title="GPT-Attack: Adversarial Attack Against GPT-2 Using GPT-2")
    assert names(out.models) == {"GPT-2"}
    out = run(extractor, "GPT-Attack fools GPT-2 more often than earlier attacks do.",
              title="GPT-Attack: Fooling GPT-2 with GPT-2")
    assert names(out.models) == {"GPT-2"}
    # (a system that generates speech is still a model: GUIDELINES' Text2Lip)
    out = run(extractor, "We present KesSpeech, a framework that generates speech from text.")
    assert names(out.models) == {"KesSpeech"}


def test_the_plural_of_a_known_name_of_several_words_mentions_it(extractor):
    out = run(extractor, "Mixture-of-Experts and Switch Transformers have been proposed as an efficient path. We "
                          "compare with Vision Transformers.")
    assert names(out.models) == {"Switch Transformer", "ViT"}


def test_a_number_format_is_no_model(extractor):
    out = run(extractor, "We show large sparse models may be trained with lower precision (bfloat16) formats.")
    assert names(out.models) == set()


def test_a_method_head_with_a_noun_phrase_of_its_own_after_and_decides(extractor):
    out = run(extractor, "In this work, we propose What's In My Kestrel? (WIMK), a platform and a set of sixteen "
                          "analyses that reveal the contents of large text corpora such as C4 and the Pile.")
    assert names(out.datasets) == {"C4", "the Pile"}


def test_a_law_named_after_a_model_is_no_mention_of_it(extractor):
    out = run(extractor, "These formulas, including the popular Chinchilla scaling laws, neglect inference. We modify "
                          "them for Llama 2.", title="Beyond Chinchilla-Optimal: Accounting for Inference")
    assert names(out.models) == {"Llama 2"}
    out = run(extractor, "We train a compute-optimal model, Chinchilla, that outperforms Gopher.")
    assert names(out.models) == {"Chinchilla", "Gopher"}


def test_a_license_is_no_dataset(extractor):
    out = run(extractor, "We release Kestrel-Pref, a permissively licensed preference dataset (CC-BY-4.0). "
                          "Our code is under Apache 2.0 and the annotations under CC BY-NC-SA 4.0.")
    assert names(out.datasets) == {"Kestrel-Pref"} and out.introduces == ["Kestrel-Pref"]


def test_an_era_of_a_task_is_no_model(extractor):
    out = run(extractor, "Traditional OCR systems (OCR-1.0) fall short. As an OCR-2.0 model, KesOCR reads charts. "
                          "We compare with CT0 and evaluate on ML50.")
    assert "OCR-2.0" not in names(out.models) and "OCR-1.0" not in names(out.models)


def test_namely_after_a_singular_head_names_the_papers_thing(extractor):
    out = run(extractor, "We propose the General Kestrel Theory along with an excellent model, namely KOT. We "
                          "run experiments on two representative LLMs, namely Vicuna and Alpaca.")
    assert out.introduces == ["KOT"] and {"KOT", "Vicuna", "Alpaca"} <= names(out.models)


def test_a_class_of_models_named_by_its_modalities_is_no_model(extractor):
    out = run(extractor, "KesBot N1 is a Vision-Language-Action (VLA) model with a dual-system architecture.")
    assert "VLA" not in names(out.models)


def test_u_net_is_an_architecture(extractor):
    out = run(extractor, "We replace the UNet backbone of latent diffusion with an asymmetric U-Net.")
    assert out.models == []


def test_a_long_form_written_again_is_no_mention_of_the_known_name_inside_it(extractor):
    out = run(extractor, "This work presents the Hausa Visual Genome (HaVG), a dataset of image descriptions. "
                          "The Hausa Visual Genome is the first dataset of its kind.",
              title="Hausa Visual Genome: A Dataset for Multi-Modal English to Hausa Machine Translation")
    assert names(out.datasets) == {"HaVG"} and out.introduces == ["HaVG"]


def test_a_named_example_of_a_country_or_company_is_no_dataset(extractor):
    out = run(extractor, "In a multi-lingual country like Kestrelia, the need for such parallel corpora is "
                          "stringent for several low-resource languages.")
    assert out.datasets == [] and out.models == []


def test_a_quoted_title_case_name_after_which_we_call_takes_the_antecedents_kind(extractor):
    out = run(extractor, "We construct the first expertly-curated benchmark dataset for fake news detection in "
                          "Kestrelese, which we call \"Fake News Kestrelese.\" A high-capacity model trained on "
                          "this data, which we call KT-X, transfers well.")
    assert names(out.datasets) == {"Fake News Kestrelese"} and names(out.models) == {"KT-X"}
    assert set(out.introduces) == {"Fake News Kestrelese", "KT-X"}
    # whichever naming verb gives the quoted name
    out = run(extractor, "We build a benchmark dataset for fake news detection, which we coined \"Fake News Kestrelese.\"")
    assert names(out.datasets) == {"Fake News Kestrelese"}
    # a method so named is one, unless the rest of the text shows a model
    out = run(extractor, "In this study we present an exploration-based trajectory optimization approach, which we "
                          "call KETO, designed to improve open LLM agents. KETO consistently surpasses baselines.")
    assert names(out.models) == set() and out.introduces == []
    out = run(extractor, "This paper explores the approach of pretraining with weak supervision, which is called "
                          "Kistle. Experiments demonstrate the advantages of phoneme-based models (Kistle).")
    assert names(out.models) == {"Kistle"}


def test_the_evaluation_context_of_a_list_types_every_item(extractor):
    out = run(extractor, "Evaluated on WebQSP and KesQuestions, our linker is fast. We report performance on "
                          "HMDB51, Kesla-1K, and ML-SUPERB classification tasks.")
    assert {"KesQuestions", "Kesla-1K"} <= names(out.datasets)


def test_a_known_name_described_as_made_by_us_is_introduced(extractor):
    out = run(extractor, "The models are trained on MathInstruct, our meticulously curated instruction tuning "
                          "dataset. We fine-tune Llama 2, our base model.")
    assert out.introduces == ["MathInstruct"]


def test_a_gerund_in_a_noun_compound_does_not_end_the_phrase(extractor):
    out = run(extractor, "The paper describes the open Kestrel medical language understanding benchmark.",
              title="KesMedBench: A Kestrel Medical Language Understanding Benchmark")
    assert names(out.datasets) == {"KesMedBench"} and out.introduces == ["KesMedBench"]
    out = run(extractor, "We introduce KesLLM, a general tool-use framework encompassing data construction, "
                          "model training, and evaluation.")
    assert out.datasets == []


def test_a_size_range_and_a_title_capitalised_head_are_no_names(extractor):
    out = run(extractor, "Our KesLM-1.5B model surpasses all sub-2B public models.")
    assert not any(name.lower().startswith("sub") for name in names(out.models))
    out = run(extractor, "We present the Kesba2 series, a suite of hybrid models. The Kesba2 series builds on "
                          "Kesba1.", title="The Kesba2 Suite: Technical Report")
    found = names(out.models) | names(out.datasets)
    assert "Kesba2 Suite" not in found and "Kesba2" in found


def test_a_title_name_nothing_types_is_the_unnamed_thing_the_abstract_introduces(extractor):
    out = run(extractor, "To assess factual knowledge retrieval in LMs in different languages, we create a "
                          "multilingual benchmark of cloze-style probes for 23 languages.",
              title="K-FACTR: Multilingual Factual Knowledge Retrieval from Pretrained Language Models")
    assert names(out.datasets) == {"K-FACTR"} and out.introduces == ["K-FACTR"]


def test_a_size_after_a_generation_alias_is_a_size(extractor):
    out = run(extractor, "We pre-train LLaMA 1B and 7B architectures on C4, and align with MultiUN and Europarl.")
    assert names(out.models) == {"LLaMA"} and {"MultiUN", "Europarl"} <= names(out.datasets)


def test_new_names_in_the_colon_list_of_an_introduced_plural_head_are_introduced(extractor):
    out = run(extractor, "Here, we present the Kestrel Graph Benchmark (KGB) with 3 graph learning datasets: "
                          "KascalVOC-SP, KOCO-SP, and KCQM-Contact. We compare with ZINC.")
    assert {"KGB", "KascalVOC-SP", "KOCO-SP", "KCQM-Contact"} <= set(out.introduces)


def test_conformer_is_a_named_model_and_chemistrys_conformers_are_not(extractor):
    out = run(extractor, "We compare E-Branchformer with a Conformer trained on LibriSpeech.")
    assert "Conformer" in names(out.models)
    out = run(extractor, "We generate low-energy conformers of each molecule.")
    assert out.models == []


def test_a_generation_number_after_a_known_model_is_another_model(extractor):
    out = run(extractor, "We introduce StableLM 2 1.6B, the first in a new generation of our language model series. "
                          "It beats BERT 2 times over and GPT-4 by 3 points.",
              title="Stable LM 2 1.6B Technical Report")
    assert any(name.startswith("Stable LM 2") for name in names(out.models)) and "StableLM" not in names(out.models)
    assert {"BERT", "GPT-4"} <= names(out.models)


def test_a_capitals_word_after_a_known_dataset_names_a_part_of_it(extractor):
    out = run(extractor, "Experiments on TREC KAsT and on SQuAD EM scores show gains; we also use GLUE MNLI.")
    assert "TREC KAsT" in names(out.datasets) and "TREC" not in names(out.datasets)
    assert {"SQuAD", "GLUE"} <= names(out.datasets)


def test_a_known_name_whose_new_spelling_follows_in_brackets_is_not_introduced(extractor):
    out = run(extractor, "This paper proposes a monolingual BERT for the Kestrel language (KesBERT), which beats "
                          "multilingual BERT.", title="KesBERT: Transformer-based Model for Kestrel Language Understanding")
    assert out.introduces == ["KesBERT"]


def test_pluses_after_a_name_are_part_of_it_and_unispeech_sat_is_its_own_model(extractor):
    out = run(extractor, "We propose CAM++, an efficient network, and compare it with the Zero123++ model and "
                          "UniSpeech-SAT.")
    assert {"CAM++", "Zero123++", "UniSpeech-SAT"} <= names(out.models) and "UniSpeech" not in names(out.models)


def test_a_dual_names_confidence_does_not_depend_on_the_order_of_its_rows(tmp_path):
    rows = ["Keslapaca\tmodel\t\tdual", "Keslapaca\tdataset\t\tdual"]
    confidences = []
    for order in (rows, rows[::-1]):
        path = tmp_path / f"g{len(confidences)}.tsv"
        path.write_text("\n".join(order) + "\n", encoding="utf-8")
        out = Extractor([path]).extract(PaperRecord(title="A study", source="t:1",
                                                    abstract="We fine-tune on the Keslapaca instruction data."))
        confidences.append([(e.kind, e.name, e.confidence) for e in out.models + out.datasets])
    assert confidences[0] == confidences[1] and confidences[0]


def test_a_capital_and_a_number_is_a_name_shape_and_a_gpu_is_not(extractor):
    out = run(extractor, "We introduce a large-scale benchmark K7, which is a corpus for detection. "
                          "Training takes a day on 8 A100 GPUs.", title="K7: Multi-domain Detection of Things")
    assert names(out.datasets) == {"K7"} and out.introduces == ["K7"]
    assert not out.models


def test_a_benchmark_affix_and_a_sentences_on_the_x_type_a_dataset(extractor):
    out = run(extractor, "Safety training is weak. On the KesBenchmark, GPT-4 follows harmful requests.")
    assert "KesBenchmark" in names(out.datasets) and "KesBenchmark" not in names(out.models)


def test_a_suite_of_tasks_is_a_benchmark(extractor):
    out = run(extractor, "For testing calibration, we introduce the KestrelMath suite of tasks.")
    assert names(out.datasets) == {"KestrelMath"} and out.introduces == ["KestrelMath"]


def test_a_name_in_the_apposition_after_the_object_is_not_introduced(extractor):
    out = run(extractor, "We introduce Stable Diffusion, an image generation model geared towards Human-AI "
                          "conversation use cases.", title="Stable Diffusion: An Image Generator for Human-AI Conversations")
    assert names(out.models) == {"Stable Diffusion"} and out.introduces == ["Stable Diffusion"]


def test_a_latent_diffusion_model_suffix_names_a_model(extractor):
    out = run(extractor, "Our approach outperforms the state-of-the-art KesLDM on most metrics.")
    assert "KesLDM" in names(out.models)


def test_a_second_coordinated_verb_of_making_introduces(extractor):
    out = run(extractor, "We focus on NER in Twitter and construct a new NER dataset, KesNER7, which contains "
                          "seven entity types.")
    assert names(out.datasets) == {"KesNER7"} and out.introduces == ["KesNER7"]
    # "open-source" before the models it describes is an adjective, no verb of the paper's
    out = run(extractor, "For this purpose, we conduct an extensive comparison of various closed-source and "
                          "open-source LLMs, namely GPT-4, GPT-3.5, PaLM-2, and LLaMA-2.")
    assert len(names(out.models)) == 4 and out.introduces == []


def test_a_method_to_generate_outputs_is_a_system(extractor):
    out = run(extractor, "We propose KesTER, a new method to generate document-level embeddings of papers.")
    assert names(out.models) == {"KesTER"}


def test_a_framework_that_can_identify_outputs_is_a_system(extractor):
    out = run(extractor, "We introduce KesSubCon, an end-to-end lexical substitution framework that can "
                         "identify substitute candidates. KesSubCon outperforms previous methods.")
    assert names(out.models) == {"KesSubCon"}
    out = run(extractor, "We introduce KesTrain, a training framework that can scale to many GPUs. "
                         "KesTrain outperforms previous methods.")
    assert not names(out.models)


def test_a_title_naming_learning_says_what_the_name_does_not_what_it_is(extractor):
    out = run(extractor, "We present KesECTER, a publicly available document-level encoder for patents.",
              title="KesECTER: Patent-level Representation Learning using Citation-informed Transformers")
    assert names(out.models) == {"KesECTER"} and out.introduces == ["KesECTER"]


def test_a_dash_apposition_types_a_name(extractor):
    out = run(extractor, "This paper introduces KesLLM -- multilingual language models for five languages, and "
                          "Kesobenchmark -- a new benchmark dataset for downstream tasks.")
    assert "Kesobenchmark" in names(out.datasets) and "Kesobenchmark" in out.introduces


def test_what_an_apposition_is_for_is_not_what_it_is(extractor):
    out = run(extractor, "To measure the efficacy of our methods, we introduce KesProbe -- a probe designed "
                          "specifically for dialogue models.")
    assert "KesProbe" not in names(out.models)


def test_a_known_long_form_inside_a_longer_title_case_name_is_no_mention(extractor):
    out = run(extractor, "We propose a novel Latent Diffusion Transformer, namely Kesto, for video generation. "
                          "Kesto beats the DiT model.")
    assert names(out.models) == {"Kesto", "DiT"}
    assert [m.text for m in next(e for e in out.models if e.name == "DiT").mentions] == ["DiT"]
    assert out.introduces == ["Kesto"]


def test_our_proposed_title_case_name_before_a_bracketed_short_name_is_introduced(extractor):
    out = run(extractor, "We present enhancements to the Transformer, resulting in our proposed Masked Kestrel "
                          "Forecasting Transformer (Kesrai). Trained on our newly introduced Large Kestrel Series "
                          "Archive (LKSA), Kesrai achieves strong results.")
    assert set(out.introduces) == {"Kesrai", "LKSA"}
    # a name the gazetteer already knows is still the paper's own there
    out = run(extractor, "We present enhancements to the Transformer, resulting in our proposed Channel-Independent "
                          "Patch Time Series Transformer (PatchTST).")
    assert out.introduces == ["PatchTST"]


def test_a_method_for_generating_outputs_is_a_system(extractor):
    out = run(extractor, "We introduce Kes3D, a novel method for efficiently generating textured meshes from "
                          "single images.", title="Kes3D: Single Image to 3D")
    assert names(out.models) == {"Kes3D"} and out.introduces == ["Kes3D"]


def test_a_title_subtitle_fine_tuning_a_named_model_says_what_the_name_does(extractor):
    out = run(extractor, "In this paper, we propose KesT5 and study two T5-based ranking model structures.",
              title="KesT5: Fine-Tuning T5 for Text Ranking with Ranking Losses")
    assert "KesT5" in names(out.models) and "KesT5" in out.introduces


def test_the_named_tasks_of_a_benchmark_are_datasets(extractor):
    out = run(extractor, "The benchmark comprises the diagnostic set KesDiRus and the tasks KCB, PAKus, MuKeRC and "
                          "TEKRa. We test on logical reasoning tasks: KesFLD and KesBabi.")
    assert {"KCB", "PAKus", "MuKeRC", "TEKRa", "KesFLD", "KesBabi"} <= names(out.datasets)
    assert not out.models


def test_names_coordinated_before_based_are_not_what_our_introduces(extractor):
    out = run(extractor, "We present the creation of our BERT and ELECTRA based Kestrel language models, "
                          "KesBERT and KesELECTRA.")
    assert {"BERT", "ELECTRA"} <= names(out.models)
    assert "BERT" not in out.introduces and "ELECTRA" not in out.introduces


def test_a_language_edition_of_a_known_model_that_the_paper_introduces_is_a_new_model(extractor):
    out = run(extractor, "This paper introduces Tamil BERT, the first purely Tamil transformer-based language "
                          "model. It outperforms multilingual BERT.",
              title="The birth of Tamil BERT")
    assert "Tamil BERT" in names(out.models) and out.introduces == ["Tamil BERT"]
    assert "BERT" not in names(out.models)


def test_a_title_case_dataset_long_form_before_a_known_bracketed_name_is_that_dataset(extractor):
    out = run(extractor, "We present a Few-Shot Kestrel Classification Dataset (MLQA), consisting of "
                          "sentences derived from Wikipedia.")
    assert names(out.datasets) == {"MLQA", "Wikipedia"}
    mlqa = next(e for e in out.datasets if e.name == "MLQA")
    assert "Few-Shot Kestrel Classification Dataset" in mlqa.aliases


def test_a_corpus_that_data_is_derived_from_is_used_as_a_corpus(extractor):
    out = run(extractor, "The questions come from paragraphs from Wikipedia; relations derived from Common Crawl.")
    assert {"Wikipedia", "Common Crawl"} <= names(out.datasets)


def test_a_year_after_a_title_case_corpus_name_is_its_edition(extractor):
    out = run(extractor, "Pretraining uses the Kestrel National Corpus 2017 as training data.")
    assert names(out.datasets) == {"Kestrel National Corpus 2017"}


def test_a_known_dataset_right_after_a_verb_of_making_is_the_papers(extractor):
    out = run(extractor, "To study this task, we construct SciDocs, a dataset of expert-written claims. "
                          "We also construct BERT models and collect Wikipedia articles.")
    assert out.introduces == ["SciDocs"]


def test_a_lexicon_is_a_dataset(extractor):
    out = run(extractor, "The second resource is the KESDAR Lexicon, a lexicon of 1,045 concepts from 25 cities.")
    assert names(out.datasets) == {"KESDAR Lexicon"} and not out.models


def test_the_items_of_a_counted_introduction_are_introduced(extractor):
    out = run(extractor, "In this paper, we present two resources for dialect work. The first is the KESDAR Corpus, a "
                          "parallel corpus of city dialects. The second is the KESDAR Lexicon, a lexicon of concepts.")
    assert set(out.introduces) == {"KESDAR Corpus", "KESDAR Lexicon"}


def test_a_bracketed_aside_after_a_name_does_not_hide_its_head_noun(extractor):
    out = run(extractor, "We report gains on the OntoNotes (+3.9 F1) and KESGAP (+11.5 F1) benchmarks. Our KOM-DST "
                          "(Selectively Overwriting Memory for Dialogue State Tracking) model achieves the best results. "
                          "We pre-train the modules of our Cross-lingual Kestrular (X-Kes) models from the start.")
    assert {"OntoNotes", "KESGAP"} <= names(out.datasets)
    assert "KOM-DST" in names(out.models) and "KOM-DST" in out.introduces
    assert "Kestrular" not in names(out.models)


def test_a_language_edition_of_a_known_dataset_named_by_the_title_is_a_new_dataset(extractor):
    out = run(extractor, "We build on the US-centered CrowS-pairs dataset to create a stereotypes dataset. "
                          "Models trained on Vietnamese Wikipedia favour stereotypes.",
              title="Tamil CrowS-Pairs: Extending a challenge dataset to another language")
    assert {"Tamil CrowS-Pairs", "CrowS-Pairs", "Wikipedia"} <= names(out.datasets)
    assert out.introduces == ["Tamil CrowS-Pairs"]
    out = run(extractor, "We clean the Tamil portion of mC4 and release the result as the Clean Tamil mC4 corpus.")
    assert "Clean Tamil mC4" in names(out.datasets) and out.introduces == ["Clean Tamil mC4"]


def test_a_title_subtitle_that_starts_with_learning_says_what_the_name_does(extractor):
    out = run(extractor, "KesCast is an autoregressive model, based on graph neural networks and a mesh.",
              title="KesCast: Learning skillful medium-range global weather forecasting")
    assert names(out.models) == {"KesCast"} and out.introduces == ["KesCast"]


def test_a_name_set_off_after_a_singular_head_with_a_is_that_thing(extractor):
    out = run(extractor, "We present molecular embeddings obtained by training an efficient transformer encoder "
                          "model, KesFormer, which uses rotary embeddings. We compare several models, BERT and ELMo.")
    assert "KesFormer" in names(out.models) and out.introduces == ["KesFormer"]


def test_the_names_listed_after_new_plural_heads_are_introduced(extractor):
    out = run(extractor, "We evaluate a collection of models on two new benchmarks, MBPP and KesQA-Python. "
                          "We also report results on the benchmarks GSM8K and MATH.")
    assert set(out.introduces) == {"MBPP", "KesQA-Python"}


def test_the_source_named_data_is_derived_from_is_a_dataset(extractor):
    out = run(extractor, "KesMax is pre-trained with a self-supervised objective on climate datasets derived from "
                          "KMIP6. Results are derived from KesNet.")
    assert names(out.datasets) == {"KMIP6"}


def test_a_glued_subset_tail_after_a_known_dataset_makes_that_subset(extractor):
    out = run(extractor, "Experiments on SWE-bench-lite (300 real-life GitHub issues) show increased efficacy.")
    assert names(out.datasets) == {"SWE-bench-lite"}


def test_a_name_that_is_trained_itself_is_a_model_not_a_method(extractor):
    title = ("KesReader: Universal OCR-free Visually-situated Language Understanding with "
             "Multimodal Large Language Model")
    out = run(extractor, "We propose KesReader, a first exploration of layout-free document understanding. "
                          "KesReader is jointly finetuned on a wide range of document tasks.", title)
    assert names(out.models) == {"KesReader"} and "KesReader" in out.introduces
    # the same framework, never trained itself, stays a method
    out = run(extractor, "We propose KesReader, a first exploration of layout-free document understanding. "
                          "KesReader reads pages without any OCR.", title)
    assert "KesReader" not in names(out.models)


def test_a_name_whose_parts_are_networks_is_a_model_not_a_technique(extractor):
    out = run(extractor, "We present KesSeal, the first audio watermarking technique designed for localized detection. "
                          "KesSeal employs a generator/detector architecture trained jointly with a localization loss.")
    assert names(out.models) == {"KesSeal"} and "KesSeal" in out.introduces
    out = run(extractor, "Our key contribution is KesStamp, a learned steganographic algorithm. KesStamp comprises a "
                          "deep neural network that learns an encoding.")
    assert names(out.models) == {"KesStamp"}
    # the part must be the head of what it adopts: a framework, a loss or implementations say nothing
    for said in ("adopts the encoder-decoder framework: its encoder reads the input.",
                 "employs a generator loss to sharpen outputs.",
                 "contains the implementations of several backbone networks."):
        out = run(extractor, "We present KesSeal, the first audio watermarking technique. KesSeal " + said)
        assert "KesSeal" not in names(out.models), said


def test_our_long_modifier_list_before_a_plural_head_introduces_its_members(extractor):
    out = run(extractor, "In this work we present the experiments which lead to the creation of our BERT and "
                          "ELECTRA based Finnish language models, KesBERT and KesELECTRA.")
    assert {"KesBERT", "KesELECTRA"} <= set(out.introduces) and not {"BERT", "ELECTRA"} & set(out.introduces)


def test_our_model_comma_name_introduces_even_before_is_based_on(extractor):
    out = run(extractor, "Our model, KesFM, is based on pretraining a patched-decoder style attention model on a "
                          "large time-series corpus.")
    assert names(out.models) == {"KesFM"} and "KesFM" in out.introduces


def test_a_lower_case_long_form_after_a_naming_word_is_a_name(extractor):
    out = run(extractor, "We propose a novel end-to-end differentiable model called kernel-to-sequence (Ker2Seq) to "
                          "address this issue. Ker2Seq combines multi-hop attention with a pointer network.")
    assert names(out.models) == {"Ker2Seq"} and "Ker2Seq" in out.introduces
    # without the naming word the lower-case long form is a class: "autoregressive (AR) models"
    out = run(extractor, "We study kernel-to-sequence (KSQ) models. KSQ outperforms RNNs.")
    assert not names(out.models)
    # nor after a naming word when the long form is an activity: "an equivalent called masked image modeling (MIM)"
    out = run(extractor, "In vision there exists an equivalent called masked kernel modeling (MKM). MKM outperforms RNNs.")
    assert not names(out.models)


def test_our_does_not_own_a_list_after_a_prepositional_phrase(extractor):
    out = run(extractor, "From our experiments on two dialog corpora, KesWOZ and MultiWOZ, the proposed model "
                          "improves joint accuracy.")
    assert not out.introduces and {"MultiWOZ"} <= names(out.datasets)


def test_a_set_of_name_based_models_is_models(extractor):
    out = run(extractor, "We trained KesRPT, a set of GPT-2 based models on 133M pairs of human feedback data.")
    assert "KesRPT" in names(out.models) and "KesRPT" not in names(out.datasets)


def test_by_proposing_after_our_work_introduces(extractor):
    out = run(extractor, "The goal of our work is to balance these two goals, by proposing a self-attention based "
                          "sequential model (KesRec) that captures long-term semantics.")
    assert "KesRec" in names(out.models) and "KesRec" in out.introduces


@pytest.mark.parametrize("abstract, name", [
    ("We present a masked graph autoencoder KesMAE that mitigates these issues for graph pretraining.", "KesMAE"),
    ("We propose KesLAD, a global-local belief tracker that shares parameters across slots.", "KesLAD"),
    ("We introduce KesRank, a listwise reranker distilled from a large teacher.", "KesRank"),
])
def test_trained_systems_named_by_what_they_do_are_models(extractor, abstract, name):
    out = run(extractor, abstract)
    assert names(out.models) == {name} and name in out.introduces


def test_a_known_abbreviation_spelled_out_as_another_term_is_that_term(extractor):
    out = run(extractor, "We propose the use of mean absolute error (MAE) instead of classification accuracy, since "
                          "MAE accounts for the ordinal nature of the ratings. Masked autoencoders are strong baselines.")
    assert "MAE" not in names(out.models)
    # its own long form, even in lower case, is still the known model
    out = run(extractor, "We pre-train masked autoencoders (MAE) on ImageNet and fine-tune the MAE model on COCO.")
    assert "MAE" in names(out.models)


def test_a_described_thing_the_paper_proposes_is_named_by_its_bracketed_letters(extractor):
    out = run(extractor, "We propose a fully kernelized one-stage object detector (FKOS) to solve object "
                          "detection in a per-pixel prediction fashion.")
    assert names(out.models) == {"FKOS"} and out.introduces == ["FKOS"]
    # a class in the plural stays a class: "autoregressive (AR) models"
    out = run(extractor, "We study fully kernelized one-stage object detectors (FKOS) in a new light.")
    assert not names(out.models)
    # one network named in the plural, with "a" or "the", is one thing too; a class acronym is not
    for said in ("we propose the interactive kernel networks (IKN) to learn attentions",
                 "we propose a dual kernel convolutional networks (DualKCN) model that considers syntax",
                 "we develop the embedded kernel model (EKM), a generative model of documents",
                 "we propose a novel graph-aided kernel agent (GAKA) that infers belief graphs",
                 "we propose a novel multimodal, multigenre, and multipurpose audio-visual lecture dataset (M3AV)"):
        out = run(extractor, "In this paper, " + said + ".")
        found = names(out.models) | names(out.datasets)
        assert len(found) == 1 and out.introduces == list(found), said
    out = run(extractor, "In this paper, we propose the kernel neural networks (KNNs) to learn attentions.")
    assert not names(out.models)


def test_a_version_alone_names_nothing(extractor):
    out = run(extractor, "We present the Kestrel Images Dataset V4, a dataset of 9.2M images. V4 is larger than V3.",
              title="The Kestrel Images Dataset V4: Unified image classification at scale")
    assert not {"V4", "V3"} & (names(out.models) | names(out.datasets))


def test_a_bracketed_name_inside_a_longer_noun_phrase_is_no_name(extractor):
    out = run(extractor, "We propose a fully kernelized one-stage object detector (FKOS) loss for dense detection.")
    assert not names(out.models)


def test_a_name_ending_in_a_known_everyday_word_name_after_a_case_change(extractor):
    """"DistilBETO" ends in BETO (a case-sensitive row) after a case change: a model; "ODIN" is no O + DIN."""
    out = run(extractor, "In this paper we present KesBETO and DistilBETO, two lightweight language models for Spanish.",
              title="KesBETO and DistilBETO: Lightweight Spanish Language Models")
    assert {"KesBETO", "DistilBETO"} <= names(out.models)
    out = run(extractor, "We study reward hacking in RLHF and propose to train two reward heads.",
              title="ODIN: Disentangled Reward Mitigates Hacking in RLHF")
    assert "ODIN" not in names(out.models)


def test_what_a_model_was_trained_on_is_not_what_it_is(extractor):
    """"A and B, which are versions of C and D pre-trained on Spanish corpora": A and B are no corpora;
    "A, which is trained on D, outperforms ...": A is a trained model."""
    out = run(extractor, "We present KesAL and KesDist, which are versions of ALBERT and DistilBERT pre-trained "
                         "exclusively on Spanish corpora.")
    assert not {"KesAL", "KesDist"} & names(out.datasets)
    out = run(extractor, "We compare with KesRel-7B, which was trained on the FinMix corpus, and others.")
    assert "KesRel-7B" in names(out.models)


def test_title_names_and_their_kind_from_what_the_abstract_says(extractor):
    # "we release two parallel corpora": a count of them types the title's name like "a corpus" would
    out = run(extractor, "We present a novel pipeline for collecting parallel data. We release two parallel corpora "
                         "for the detoxification task.", title="KesDetox: Detoxification with Parallel Data")
    assert "KesDetox" in names(out.datasets) and "KesDetox" in out.introduces
    # a model word that only modifies a plural noun of the subtitle does not type the name
    out = run(extractor, "In this work, we release KesGen, a comprehensive hallucination benchmark of 10,923 prompts.",
              title="KesGen: Fantastic LLM Hallucinations and Where to Find Them")
    assert "KesGen" in names(out.datasets) and "KesGen" not in names(out.models)
    # the head of a hyphenated compound: "a series of decoder-transformers named X"
    out = run(extractor, "We document KesVerbo, a corpus of Portuguese text. Via this corpus, we trained a series "
                         "of decoder-transformers named Tucanito.", title="Tucanito: Text Generation for Portuguese")
    assert "Tucanito" in names(out.models) and "Tucanito" not in names(out.datasets)


def test_what_is_at_the_core_of_a_name_is_not_the_name(extractor):
    out = run(extractor, "Here we introduce KesStorm, a simple transformer model for weather forecasting. At the core "
                         "of KesStorm is a randomized forecasting objective that trains the model.")
    assert "KesStorm" in names(out.models)


def test_a_participle_set_off_by_commas_says_the_name_was_trained(extractor):
    out = run(extractor, "Our experiments show that KesCap, trained only on COCO, has competitive performance.",
              title="KesCap: Lightweight Image Captioning Prompted with Retrieval Augmentation")
    assert "KesCap" in names(out.models)


def test_synthesized_and_annotated_compounds_name_what_they_are_made_with(extractor):
    out = run(extractor, "We build KesVA, a dataset of GPT4V-Synthesized captions and KesNet-Annotated images.")
    assert "GPT-4V" in names(out.models) and not {"GPT4V-Synthesized", "KesNet-Annotated"} & names(out.models)


def test_a_known_name_set_off_after_the_introduced_noun_phrase_is_introduced(extractor):
    out = run(extractor, "We present molecular embeddings obtained by training an efficient transformer encoder "
                         "model, MoLFormer, which uses rotary positional embeddings.")
    assert "MoLFormer" in out.introduces
    out = run(extractor, "Our method beats a strong baseline model, BERT, on every task we study.")
    assert "BERT" not in out.introduces


def test_a_known_name_in_brackets_is_introduced_only_by_a_verb_that_makes_something_new(extractor):
    out = run(extractor, "In this paper, we propose a self-attention based sequential model (SASRec), which captures "
                         "long-term semantics.")
    assert "SASRec" in out.introduces
    out = run(extractor, "Here, we trained two auto-regressive models (Transformer-XL, XLNet) on protein sequences.")
    assert not {"Transformer-XL", "XLNet"} & set(out.introduces)


def test_a_title_phrase_of_plain_words_joined_by_and_names_the_papers_dataset(extractor):
    out = run(extractor, "This paper introduces Kettles and Such, a new dataset of spoken commands. Kettles and Such "
                         "covers four intents: setting kettles, alarms and timers.", title="Kettles and Such: A Practical Benchmark for Spoken Commands")
    assert names(out.datasets) == {"Kettles and Such"} and "Kettles and Such" in out.introduces
    out = run(extractor, "We present KesMTE and KesCOMET, two metrics for African languages. KesMTE and KesCOMET "
                         "correlate well.", title="KesMTE and KesCOMET: A Benchmark of Metrics")
    assert "KesMTE and KesCOMET" not in names(out.datasets)  # two names, not one


def test_a_known_name_of_several_words_written_in_lower_case_is_ordinary_words(extractor):
    out = run(extractor, "We collect spoken commands for common voice control use cases and test on Common Voice.")
    assert names(out.datasets) == {"Common Voice"} and len(out.datasets[0].mentions) == 1
    out = run(extractor, "Our model surpasses larger models on the massive text embedding benchmark.")
    assert names(out.datasets) == {"MTEB"}  # a long form ending in its head noun is still the name


def test_a_list_after_namely_is_typed_by_the_head_a_participle_phrase_follows(extractor):
    out = run(extractor, "Results on three benchmark datasets covering social media discussions and online debates, "
                         "namely K-Stance, KES-19-Stance and KVAST, show gains.")
    assert {"K-Stance", "KES-19-Stance", "KVAST"} <= names(out.datasets)


def test_a_known_name_opening_the_long_form_of_a_new_name_is_not_introduced(extractor):
    out = run(extractor, "We introduce Wikipedia Knowledge BERT (WK-BERT) that infuses knowledge from Wikipedia.")
    assert "WK-BERT" in out.introduces and "Wikipedia" not in out.introduces


def test_a_bracketed_name_with_a_version_after_a_long_introduced_noun_phrase_is_introduced(extractor):
    out = run(extractor, "Peer reviewing is central to science. We present the first public dataset of scientific "
                         "peer reviews available for research purposes (KesRead v1) providing an opportunity.")
    assert names(out.datasets) == {"KesRead v1"} and out.introduces == ["KesRead v1"]  # (a major version: its edition)


def test_a_coordinated_introducing_verb_after_a_fronted_adverbial(extractor):
    out = run(extractor, "To this end, we extend an existing dataset of annotated RCT abstracts with abstracts on four "
                         "further diseases (glaucoma, hepatitis, diabetes and hypertension), and release the resulting "
                         "KesRCT corpus.")
    assert out.introduces == ["KesRCT"]


def test_a_sentence_subject_said_released_is_introduced(extractor):
    out = run(extractor, "We collected 1,017 dialogues. The KesDial dataset and code are released at "
                         "https://github.com/kes/kesdial.")
    assert out.introduces == ["KesDial"]
    out = run(extractor, "Models pre-trained on KesDial are popular. KesDial was collected in 2019.")
    assert out.introduces == []


def test_this_long_form_after_a_new_dataset_in_the_sentence_before_is_introduced(extractor):
    text = ("Our evaluation is based on a new dataset of news headlines about gun violence. This Kes Violence Frame "
            "Corpus (KVFC) was annotated by experts.")
    assert run(extractor, text).introduces == ["KVFC"]
    text = "Our evaluation is based on news headlines. This Kes Violence Frame Corpus (KVFC) was annotated by experts."
    assert run(extractor, text).introduces == []


def test_a_dataset_named_only_for_its_annotation_scheme_is_not_mentioned(extractor):
    out = run(extractor, "We annotate the treebank using the CoNLL-2003 annotation scheme.")
    assert names(out.datasets) == set()
    out = run(extractor, "We follow the CoNLL-2003 annotation scheme and evaluate on CoNLL-2003.")
    assert names(out.datasets) == {"CoNLL-2003"}
    # (a taxonomy or formalism named after a dataset is no mention of it either)
    out = run(extractor, "The clusters largely agree with the Universal Dependencies taxonomy of relations.")
    assert names(out.datasets) == set()


def test_trained_evaluation_models_are_models_and_formula_metrics_are_not(extractor):
    out = run(extractor, "We score the outputs with BLEU, chrF, BERTScore, BLEURT and COMET, and with the "
                          "reference-free CometKiwi.")
    assert names(out.models) == {"BLEURT", "COMET", "CometKiwi"}
    # the everyday word stays a word
    assert names(run(extractor, "A comet passed by while the model was training.").models) == set()


def test_the_name_a_title_describes_stays_a_name_though_its_word_is_ordinary(extractor):
    out = run(extractor, "We annotate complex words (complex vs. non-complex) in texts from three domains.",
              title="ComPlex — A New Corpus for Lexical Complexity Prediction")
    assert names(out.datasets) == {"ComPlex"} and out.introduces == ["ComPlex"]
    # elsewhere a word with its letters capitalised is still the ordinary word
    out = run(extractor, "We probe the LAnguage Model Analysis of facts. A language model stores them.")
    assert names(out.models) | names(out.datasets) == set()


def test_a_capitalised_word_before_a_known_dataset_names_a_dataset_made_from_it(extractor):
    out = run(extractor, "We evaluate on Spoken SQuAD and on the Multilingual ATIS corpus.")
    assert names(out.datasets) == {"Spoken SQuAD", "Multilingual ATIS"}
    # a language makes an edition, an organization names the maker, and a verb or a sentence start is no part
    out = run(extractor, "We train on English Wikipedia and the Google Speech Commands data. Using SQuAD, we "
                          "fine-tune. SQuAD is small.")
    assert names(out.datasets) == {"Wikipedia", "Speech Commands", "SQuAD"}


def test_an_edition_named_only_as_a_shared_task_is_the_event_not_its_data(extractor):
    out = run(extractor, "This paper presents the results of the WMT21 Metrics Shared Task. We describe our "
                          "submission to the WMT 2022 shared task on quality estimation.")
    assert names(out.datasets) == set()
    # its data is data: "on the CoNLL 2012 shared task dataset", and a mention outside a shared task counts
    out = run(extractor, "We obtain 80.2 F1 on the CoNLL 2012 shared task dataset in English.")
    assert names(out.datasets) == {"CoNLL-2012"}
    out = run(extractor, "We report on the WMT21 Metrics Shared Task and train our metric on WMT21 ratings.")
    assert "WMT21" in names(out.datasets)


def test_a_name_given_to_an_operation_or_a_repository_is_no_model(extractor):
    out = run(extractor, "We introduce a novel operation called KESARE (Drop And REscale). We merge models with KESARE.")
    assert names(out.models) == set() and out.introduces == []
    out = run(extractor, "Further, we developed a Github repository named Kesherd.")
    assert names(out.models) == set()


def test_a_venues_numbered_shared_task_is_one_name_typed_by_its_context(extractor):
    assert names(run(extractor, "We evaluate on the SemEval-2017 Task 4 dataset.").datasets) == {"SemEval-2017 Task 4"}
    out = run(extractor, "We conduct experiments using the SemEval-2020 task 11 dataset with GPT-4.")
    assert names(out.datasets) == {"SemEval-2020 task 11"}
    out = run(extractor, "We describe the shared task and its results.",
              title="SemEval-2019 Task 5: Multilingual Detection of Hate Speech")
    assert names(out.datasets) | names(out.models) == set()  # an overview's title names the task


def test_a_venue_and_its_year_are_one_name_typed_by_its_context(extractor):
    out = run(extractor, "Experiments are conducted on the SemEval 2014 and Twitter datasets. We evaluate on three "
                          "benchmark datasets (Inspec, SemEval 2010, SemEval 2017).")
    assert {"SemEval 2014", "SemEval 2010", "SemEval 2017"} <= names(out.datasets)
    # a venue where a paper appears names no data, nor does a year glossing the name before it
    out = run(extractor, "Our system ranked first at SemEval 2014 and was presented at ACL 2020. We run it on the "
                          "DNS challenge (INTERSPEECH 2020) dataset.")
    assert not {"SemEval 2014", "ACL 2020", "INTERSPEECH 2020"} & (names(out.datasets) | names(out.models))


def test_an_unknown_name_listed_between_two_known_datasets_is_a_dataset(extractor):
    out = run(extractor, "Our models outperform previous methods on SemEval 2010 Task 8, KESP37, and TACRED.")
    assert "KESP37" in names(out.datasets)


def test_our_submission_to_a_shared_task_does_not_make_its_data_ours(extractor):
    out = run(extractor, "Compared with our IWSLT'17 submission, this year's system gains 2 BLEU on IWSLT17. "
                         "We also release our corpus, KesSpeech.")
    assert "IWSLT17" in names(out.datasets) and "IWSLT17" not in out.introduces
    assert "KesSpeech" in out.introduces


def test_a_dual_name_and_its_offspring_take_their_kind_from_context(extractor):
    # a dual name (model and dataset) listed with known models is a model, and so are the names
    # derived from it: its own kind says nothing of theirs
    out = run(extractor, "We compare several LLMs on clinical prediction tasks via forum data, including Alpaca, "
                         "Alpaca-QLoRA, GPT-3.5, and GPT-4. Our best fine-tuned models, Clin-Alpaca and "
                         "Clin-GPT, beat GPT-4.")
    assert {"Alpaca", "Alpaca-QLoRA", "Clin-Alpaca", "Clin-GPT"} <= names(out.models)
    assert not names(out.datasets) & {"Alpaca", "Alpaca-QLoRA", "Clin-Alpaca"}


def test_names_with_accents_or_superscripts_have_the_shapes_of_their_ascii_spellings(extractor):
    out = run(extractor, "We introduce Dàqín, a comprehensive benchmark of classical poetry, and "
                         "K²Bench, a benchmark of commentaries. Results on Dàqín are low.",
              title="Dàqín: A Benchmark for Classical Poetry")
    assert {"Dàqín", "K²Bench"} <= names(out.datasets) and "Dàqín" in out.introduces
    # arrows are no letters: a translation direction keeps no shape
    assert names(run(extractor, "Results on the English→German direction improve.").datasets) == set()


def test_an_author_cited_by_name_and_year_is_no_name(extractor):
    out = run(extractor, "We report results on two corpora (KesNotes (Markert et al., 2012) and KESHI (Rosiger, 2018)) "
                         "and on a third (Kesbridge (Müller, 2019)); we compare with a proprietary model (GPT-4, 2023).")
    assert not {"Rosiger", "Markert", "Müller"} & (names(out.datasets) | names(out.models))
    assert "GPT-4" in names(out.models)


def test_a_name_given_by_we_name_and_a_name_set_off_before_is_trained(extractor):
    out = run(extractor, "Our best model family, which we name KesNaco, is trained on the small but high-quality "
                         "OASST1 dataset and outperforms all previously released open models.")
    assert "KesNaco" in names(out.models) and "KesNaco" in out.introduces
    # "name" alone names nothing: "the model name" is no naming phrase
    assert names(run(extractor, "We report the model name Foo in Table 2.").models) == set()


def test_a_name_set_off_after_the_new_thing_an_introducing_verb_makes_is_introduced(extractor):
    # however long the noun phrase, a prepositional tail included; known names too when called new
    out = run(extractor, "We present a new kind of question answering dataset, KesBookQA, modeled after exams.")
    assert names(out.datasets) == {"KesBookQA"} and out.introduces == ["KesBookQA"]
    out = run(extractor, "We create a new dataset of complex questions, KesWebQ, and present a model.")
    assert out.introduces == ["KesWebQ"]
    out = run(extractor, "We created a new corpus of ~50k commonsense stories, ROCStories, to enable this evaluation.")
    assert out.introduces == ["ROCStories"]
    out = run(extractor, "We develop from scratch a large clinical language model - KesTron - using 90 billion words.")
    assert names(out.models) == {"KesTron"} and out.introduces == ["KesTron"]
    # a known name in a phrase that does not call the thing new is used, and so is a name in a method's phrase
    assert run(extractor, "We train a multilingual model with a larger vocabulary, XLM-R, on the data.").introduces == []
    assert run(extractor, "We propose a new method for data selection, KesSel, and test it.").introduces == []
    # the phrase must not name something else
    assert run(extractor, "We present a new dataset of BERT outputs, KesOut, and analyse it.").introduces == []


def test_a_plain_word_glued_in_brackets_to_a_name_is_its_gloss(extractor):
    out = run(extractor, "It challenges large models such as GPT-4V(Vision), Claude 3, and LLaVA-1.5 alike.")
    assert "Vision" not in names(out.models) and {"Claude 3", "LLaVA-1.5"} <= names(out.models)
    # nor is the argument of a one-letter function a name
    out = run(extractor, 'We investigate whether models can be trained to predict "P(IK)", the probability that "I '
                          'know" the answer. Models perform well at predicting P(IK) and partially generalize.')
    assert names(out.models) | names(out.datasets) == set()


def test_a_name_before_a_family_of_models_is_a_model(extractor):
    out = run(extractor, "We analyse the M2M family of conventional neural machine translation models and ChatGPT.")
    assert names(out.models) == {"M2M", "ChatGPT"} and names(out.datasets) == set()
    assert run(extractor, "We study the Niger-Congo family of languages.").models == []


def test_what_an_apposition_is_a_version_of_types_it(extractor):
    # "a reimplementation of CNNs for keyword spotting" is a reimplementation of networks: a model
    out = run(extractor, "We describe Honk, an open-source PyTorch reimplementation of convolutional neural "
                         "networks for keyword spotting that are included as examples in TensorFlow.",
              title="Honk: A PyTorch Reimplementation of Convolutional Neural Networks for Keyword Spotting")
    assert names(out.models) == {"Honk"}
    # a relative clause says what the thing does, not what it is: "... without any pre-training" is no method
    out = run(extractor, "We introduce the Keyword Transformer (KWT), a fully self-attentional architecture that "
                         "exceeds state-of-the-art performance across tasks without any pre-training or extra data.")
    assert names(out.models) == {"KWT"} and out.introduces == ["KWT"]


def test_our_implementation_of_a_known_architecture_does_not_introduce_it(extractor):
    out = run(extractor, "Our best residual network (ResNet) implementation outperforms previous networks.")
    assert names(out.models) == {"ResNet"} and out.introduces == []
    out = run(extractor, "Our new residual network (KesNet) outperforms previous networks.")
    assert out.introduces == ["KesNet"]


def test_a_title_name_for_a_framework_that_performs_a_task_is_a_model(extractor):
    out = run(extractor, "We propose KesKBQA, which generates logical forms and retrieves entities.",
              title="KesKBQA: A Generate-then-Retrieve Framework for Knowledge Base Question Answering")
    assert names(out.models) == {"KesKBQA"} and out.introduces == ["KesKBQA"]
    # so is a name set off with such a phrase
    out = run(extractor, "We propose KesSQL, an effective pre-training approach for table semantic parsing.")
    assert names(out.models) == {"KesSQL"}
    # a way of making models, or a pipeline making data, stays a method
    for title in ("KesHub: A Framework for Adapting Transformers",
                  "KesPELT: A Unified Framework for Parameter-Efficient Language Model Tuning",
                  "Kesoliant: An Optimized Pipeline for the Generation of a Very Large-Scale Web Corpus"):
        out = run(extractor, "We describe it and release the code.", title=title)
        assert out.models == [], title


def test_a_language_code_glued_to_a_known_dataset_names_an_edition(extractor):
    out = run(extractor, "We report results on four datasets: MLQA, XQuAD, SQuAD-it and PIAF.")
    assert names(out.datasets) == {"MLQA", "XQuAD", "SQuAD-it", "PIAF"}
    # a compound stays a mention of the dataset itself
    assert names(run(extractor, "We build a SQuAD-style dataset of questions.").datasets) == {"SQuAD"}


def test_a_lower_case_long_form_with_a_task_acronym_is_a_class(extractor):
    out = run(extractor, "Retrievers, such as closed-book QA (CBQA) models, show promise.")
    assert out.models == [] and out.datasets == []
    # (a known name's own long form may end in capitals: "large language model meta-AI (LLaMA)")
    out = run(extractor, "We refine the large language model meta-AI (LLaMA) on dialogues.")
    assert names(out.models) == {"LLaMA"}


def test_a_resource_is_a_dataset(extractor):
    out = run(extractor, "We introduce Kestrel Probably Asked Questions (KPAQ), a very large resource of 65M "
                         "generated QA-pairs.")
    assert names(out.datasets) == {"KPAQ"} and out.introduces == ["KPAQ"]


def test_an_ambiguous_corpus_name_is_a_dataset_where_data_comes_from_it(extractor):
    for text in ("We train the model on a large entity-annotated corpus retrieved from Wikipedia.",
                 "We construct a dataset with 16k Wikipedia tables as the evidence.",
                 "After integrating WordNet and a subset of Wikipedia into BERT, the model improves."):
        assert "Wikipedia" in names(run(extractor, text).datasets), text
    # not the name alone, nor a range
    assert run(extractor, "Encyclopedias such as Wikipedia are structured by entities.").datasets == []
    assert run(extractor, "We study transfer from Adult to Children speech.").datasets == []


def test_a_score_on_a_name_that_needs_context_makes_it_a_dataset(extractor):
    out = run(extractor, "KesMath achieves 57.1% accuracy on AIME and 94.8% on MATH, improving on prior work.")
    assert {"AIME", "MATH"} <= names(out.datasets)
    assert run(extractor, "We focus on MATH education for children.").datasets == []


def test_capitalised_words_a_naming_verb_gives_are_one_name(extractor):
    out = run(extractor, "We create a new natural language inference dataset called Kestrel NLI. The dataset is large.")
    assert names(out.datasets) == {"Kestrel NLI"} and out.introduces == ["Kestrel NLI"]
    out = run(extractor, "This collection, which we call Kestrel Meadow, combines established medical NLP tasks.")
    assert names(out.datasets) == {"Kestrel Meadow"}
    # unquoted, only a model or data is so named
    assert run(extractor, "We observe a phenomenon we call Catastrophic Forgetting, which hurts models.").models == []
    # what "which" refers to is the phrase its article opens, not a later "this"
    out = run(extractor, "We show that a high-capacity model trained on this data, which we call KesRT-X, transfers.")
    assert names(out.models) == {"KesRT-X"}


def test_arxiv_is_a_corpus_where_data_comes_from_it(extractor):
    out = run(extractor, "The model is fine-tuned on over 300,000 astronomy abstracts from arXiv.")
    assert "arXiv" in names(out.datasets)
    assert run(extractor, "The paper is available on arXiv.").datasets == []


def test_capitalised_words_before_a_lower_case_data_head_are_one_name(extractor):
    out = run(extractor, "We report an F-measure of 93.1% on the Short Jokes dataset and on the Franka Kitchen benchmark.")
    assert names(out.datasets) == {"Short Jokes", "Franka Kitchen"}
    # a task's name says what the data is for
    assert run(extractor, "We evaluate on the Question Answering dataset and the Sentiment Analysis corpus.").datasets == []
    # a language and a name-shaped word are no such phrase: the English part of CoNLL-2009
    assert names(run(extractor, "We evaluate on the English CoNLL-2009 dataset.").datasets) == {"CoNLL-2009"}


def test_a_known_name_saying_what_kind_of_new_thing_is_not_introduced(extractor):
    out = run(extractor, "This paper presents a BERT language model for Ancient Greek.")
    assert names(out.models) == {"BERT"} and out.introduces == []
    out = run(extractor, "We release the first Universal Dependencies treebank of Irish tweets.")
    assert out.introduces == []
    # a known dataset released as the thing itself still is
    assert run(extractor, "We make our results reproducible by releasing a cLang-8 dataset.").introduces == ["cLang-8"]


def test_a_known_name_said_to_be_known_from_elsewhere_is_not_introduced(extractor):
    out = run(extractor, "We further propose I3D, known from video classification, as a strong architecture for signs.")
    assert names(out.models) == {"I3D"} and out.introduces == []


def test_a_data_generation_method_is_data_only_in_data_context(extractor):
    assert run(extractor, "We construct an instruction dataset using Self-Instruct.").datasets == []
    assert run(extractor, "We tailor WizardCoder by adapting the Evol-Instruct method to code.").datasets == []
    out = run(extractor, "We test on five benchmarks (AlpacaEval, MT-Bench, and Self-Instruct) with new prompts.")
    assert "Self-Instruct" in names(out.datasets)


def test_a_plural_acronym_of_a_capitalised_class_is_no_name(extractor):
    out = run(extractor, "We present KesBench to evaluate Audio Large Language Models (AudioLLMs). AudioLLMs vary.")
    assert out.models == []
    out = run(extractor, "Speech language models (SpeechLMs) generate audio. A cold-start SpeechLM is weaker.")
    assert out.models == []


def test_a_list_of_tasks_names_tasks(extractor):
    out = run(extractor, "We validate it on speech benchmarks covering tasks such as ASR, ST, SV and ER, and more.")
    assert out.datasets == []
    # named examples of tasks that are no task names are their datasets
    out = run(extractor, "The performance on Japanese tasks such as KesQA and NIILC drastically improved.")
    assert {"KesQA", "NIILC"} <= names(out.datasets)


def test_a_numbered_level_in_lower_case_is_no_name(extractor):
    out = run(extractor, "LLMs perform only shallow (level-1) causal reasoning and lack deeper (level-2) reasoning.")
    assert out.models == [] and out.datasets == []


def test_a_title_benchmark_named_by_its_tasks_letters_is_a_dataset(extractor):
    """An abbreviation of a task phrase names a task ("Event Extraction (EE)"), but the title's own
    name that its subtitle calls a benchmark is the benchmark, though it spells out a task."""
    out = run(extractor, "We present a new task, Kestrel Event Graph Question Answering (KEGQA), and a benchmark for it. "
                         "Models perform poorly on KEGQA.",
              title="KEGQA: A Benchmark for Compositional Reasoning over Kestrel Graphs")
    assert names(out.datasets) == {"KEGQA"} and out.introduces == ["KEGQA"]
    out = run(extractor, "We study Kestrel Event Graph Question Answering (KEGQA). Models perform poorly on KEGQA.")
    assert names(out.datasets) == set()  # (no title calling it a benchmark: the task)


def test_data_set_in_two_words_is_a_dataset_head(extractor):
    out = run(extractor, "We evaluate on two rumour data sets: the KESHEME data set as well as the Kestrel15 and "
                         "Kestrel16 data sets.")
    assert names(out.datasets) == {"KESHEME", "Kestrel15", "Kestrel16"}


def test_a_name_set_off_after_the_head_it_names_is_typed_by_it(extractor):
    out = run(extractor, "Our model outperforms the state-of-the-art methods on the zero-shot and few-shot "
                         "benchmark dataset, KESVAST. Ablations prove the point.")
    assert names(out.datasets) == {"KESVAST"} and out.introduces == []


def test_a_score_reached_on_a_name_makes_it_data(extractor):
    out = run(extractor, "With it we push the state of the art to 80.2% on KESDC2017T10, and the system gains "
                         "4.5 BLEU points on kestest2018.")
    assert names(out.datasets) == {"KESDC2017T10", "kestest2018"}
    out = run(extractor, "The recipe improves accuracy by 50% on Kesmo-13B for legal tasks.")
    assert names(out.datasets) == set()  # (a model's gain, not data)


def test_one_known_name_types_a_name_listed_with_it_that_nothing_else_types(extractor):
    out = run(extractor, "On KESMEO and CASP14 targets, the folding model approaches the accuracy of older pipelines.")
    assert "KESMEO" in names(out.datasets)
    out = run(extractor, "We train T5 models from scratch on clinical notes from MIMIC-III and IV.")
    assert "IV" not in names(out.datasets)  # (a roman numeral, an edition's number)


def test_a_generative_network_named_by_its_letters_is_a_model_head(extractor):
    out = run(extractor, "In this paper, we propose a conformer-based metric generative adversarial network (KMGAN) for "
                         "SE in the time-frequency (TF) domain. Analysis indicates the capability of KMGAN to outperform "
                         "previous models.",
              title="KMGAN: Conformer-based Metric GAN for Speech Enhancement")
    assert "KMGAN" in names(out.models) and out.introduces == ["KMGAN"]


def test_the_papers_own_name_with_a_network_suffix_is_a_model(extractor):
    out = run(extractor, "In this work, we propose KeepFilterNet, a two-stage speech enhancement framework utilizing deep "
                         "filtering. KeepFilterNet runs in real time.",
              title="KeepFilterNet: A Low Complexity Speech Enhancement Framework for Full-Band Audio")
    assert names(out.models) == {"KeepFilterNet"} and out.introduces == ["KeepFilterNet"]
    out = run(extractor, "In this work, we propose KeepFilter, a two-stage speech enhancement framework utilizing deep "
                         "filtering. KeepFilter runs in real time.",
              title="KeepFilter: A Low Complexity Speech Enhancement Framework for Full-Band Audio")
    assert names(out.models) == set()  # (a framework with no network's name stays a method)
    # after an acronym too: "BEVFormer", "a new framework termed ..."
    out = run(extractor, "In this work, we present a new framework termed KEVFormer, which learns unified "
                         "representations. KEVFormer exploits both spatial and temporal information.",
              title="KEVFormer: Learning Bird's-Eye-View Representation from Multi-Camera Images")
    assert names(out.models) == {"KEVFormer"} and out.introduces == ["KEVFormer"]
    # a generative adversarial network's letters are such a suffix; "a novel X approach" stays a method
    out = run(extractor, "We propose the Motion and Content decomposed Generative Adversarial Network (MoKoGAN) "
                         "framework for video generation. MoKoGAN generates videos.",
              title="MoKoGAN: Decomposing Motion and Content for Video Generation")
    assert names(out.models) == {"MoKoGAN"} and out.introduces == ["MoKoGAN"]
    out = run(extractor, "We propose a novel MetroGAN approach to optimize the generator. We tested the proposed "
                         "MetroGAN on a speech enhancement task.",
              title="MetroGAN: Generative Adversarial Networks based Black-box Metric Scores Optimization")
    assert names(out.models) == set()


def test_discourse_treebanks_and_their_editions(extractor):
    out = run(extractor, "We report the new state of the art for PDTB 2.0 and explore fine-grained classification on "
                         "PDTB 3.0 and the RST Discourse Treebank.")
    assert names(out.datasets) == {"PDTB 2.0", "PDTB 3.0", "RST-DT"}
    out = run(extractor, "We build a parser for PDTB-styled annotation.", title="A PDTB-Styled End-to-End Discourse Parser")
    assert names(out.datasets) == {"PDTB"}  # (a compound adjective: the treebank's style)


def test_data_modifying_a_process_noun_is_no_dataset_head(extractor):
    out = run(extractor, "We propose a novel augmentation method with language models trained on linearized sentences.",
              title="KAGA: Data Augmentation with a Generation Approach for Low-resource Tagging Tasks")
    assert names(out.datasets) == set() and out.introduces == []


def test_a_phrase_the_abstract_introduces_as_a_dataset_or_model_and_names_again(extractor):
    out = run(extractor, "To exploit this at scale, we introduce Kersona Hub -- a collection of 1 billion diverse "
                         "personas curated from web data. By showcasing Kersona Hub's use cases, we show it scales.")
    assert names(out.datasets) == {"Kersona Hub"} and out.introduces == ["Kersona Hub"]
    out = run(extractor, "Based on these findings, we propose Neuron Kecialization, an approach that identifies "
                         "specialized neurons through sparse networks. Neuron Kecialization improves translation.")
    assert names(out.models) == names(out.datasets) == set()  # (a method)


def test_what_we_make_a_model_into_is_introduced(extractor):
    out = run(extractor, "Building upon KesChat, we fine-tune a LLaMA model to create a powerful conversational model, "
                         "KesLLaMA.")
    assert "KesLLaMA" in out.introduces and "LLaMA" not in out.introduces
    out = run(extractor, "Prior work used GPT-4 to create KesAlpaca, a dataset of instructions.")
    assert out.introduces == []  # (not our making: no "we" before the purpose)


def test_known_environments_and_resources_are_datasets(extractor):
    out = run(extractor, "Our agent is trained in TextWorld and uses supervision from the Paraphrase Database (PPDB) and "
                         "News Crawl; receipts come from SROIE.")
    assert names(out.datasets) == {"TextWorld", "Paraphrase Database", "News Crawl", "SROIE"}
    out = run(extractor, "We evaluate on UR_FUNNY, ECB+ and the CoNLL 2009 data, with TasNet and IRNet as baselines.")
    assert names(out.datasets) == {"UR-FUNNY", "ECB+", "CoNLL-2009"} and names(out.models) == {"TasNet", "IRNet"}


def test_a_long_form_after_its_abbreviation_is_its_alias_and_no_mention_of_a_name_inside(extractor):
    out = run(extractor, "We propose a pre-trained language model, named BRIS (BERT Relying In Space), that encodes "
                         "relative positions. We also release KRCD (Kelta Reading Comprehension Dataset).",
              title="BRIS: A Pre-trained Language Model for Key Information Extraction")
    assert names(out.models) == {"BRIS"}  # (no mention of BERT)
    krcd = next(d for d in out.datasets if d.name == "KRCD")
    assert names(out.datasets) == {"KRCD"} and "Kelta Reading Comprehension Dataset" in krcd.aliases


def test_the_titles_own_name_after_the_is_introduced(extractor):
    out = run(extractor, "Students annotate the texts for many layers, and GUM grows every year.",
              title="The GUM corpus: creating multilayer resources in the classroom")
    assert out.introduces == ["GUM"]
    out = run(extractor, "We train BERT on new data.", title="The Power of Scale: BERT for Parameter-Efficient Tuning")
    assert out.introduces == []


def test_an_em_dash_ends_a_name(extractor):
    out = run(extractor, "Our experiments on two major triple-to-text datasets—WebNLG and KESNLG—show that it works.")
    assert names(out.datasets) == {"WebNLG", "KESNLG"}


def test_a_plain_word_listed_after_a_class_noun_among_known_names_is_one_of_them(extractor):
    out = run(extractor, "Evaluated with 6 different LLMs (Pythia, Dolly 2.0, Kalmyra, GPT-J, LLaMA, and Vicuna), the "
                         "detector transfers well.")
    assert "Kalmyra" in names(out.models)
    out = run(extractor, "We report results on four major D2T datasets (LDC2017T10, WebNLG, ViGGO, and Kleaned E2E).")
    assert "Kleaned" not in names(out.datasets)  # (the first word of a longer name)
    out = run(extractor, "We trained four auto-encoder models (BERT, Albert, Electra, T5) on protein sequences.")
    assert {"ALBERT", "ELECTRA"} <= names(out.models)  # (the gazetteer's spelling of a name written in another case)


def test_a_task_done_on_a_name_makes_it_data(extractor):
    out = run(extractor, "We evaluate on fine-grained sentiment analysis on KesReC and on dialect identification on "
                         "KESDAR and KESDI.")
    assert names(out.datasets) == {"KesReC", "KESDAR", "KESDI"}
    out = run(extractor, "We report the results of the error analysis on Kesmo-7B.")
    assert names(out.datasets) == set()  # (a model's evidence first: what is analysed is no data)


def test_what_a_system_is_compared_against_is_a_system(extractor):
    out = run(extractor, "KesDet reaches 25.3% AP on COCO, surpassing KanoDet by 1.8% AP, and outperforms the SOTA "
                         "approach KDERank.")
    assert {"KanoDet", "KDERank"} <= names(out.models)
    out = run(extractor, "Pre-training a multiKPLM with masking outperforms a multiKPLM pre-trained with MLM, and our "
                         "model outperforms KGNNs on link prediction.")
    assert names(out.models) == set()  # (members of a class)


def test_a_name_coordinated_with_a_data_phrase_is_data(extractor):
    out = run(extractor, "We report results on KESDST and a newly collected dataset from news, and on the KesicNLG and "
                         "our newly-constructed KesTNLG datasets.")
    assert {"KESDST", "KesicNLG", "KesTNLG"} <= names(out.datasets)
    out = run(extractor, "We compare KLMs and a novel benchmark of our own.")
    assert names(out.datasets) == set()  # (a class, plural)


def test_a_name_set_off_after_its_head_and_a_time_adverb(extractor):
    out = run(extractor, "To address this, we carefully develop the largest propaganda dataset to date, KesPro, comprised "
                         "of 8K paragraphs. Models fine-tuned on KesPro do well.")
    assert names(out.datasets) == {"KesPro"} and out.introduces == ["KesPro"]
    # "the" alone is an existing thing: named, not introduced
    out = run(extractor, "We then fine-tune on the propaganda dataset, KesPro, and report results.")
    assert names(out.datasets) == {"KesPro"} and out.introduces == []


def test_a_later_coordinated_verb_introduces_what_follows_it(extractor):
    # the verb nearest the name is the coordinated one, not "propose" (whose object is the task)
    out = run(extractor, "In this paper, we propose the task of fallacy detection, and provide a new dataset (Kesfal) "
                         "of logical fallacies. A classifier does best on Kesfal.")
    assert names(out.datasets) == {"Kesfal"} and out.introduces == ["Kesfal"]
    out = run(extractor, "In this paper, we propose KesNet, a network for tagging, and evaluate it on Kesfal.")
    assert out.introduces == ["KesNet"]  # ("evaluate" introduces nothing)


def test_a_one_word_other_name_of_a_language_is_no_model(extractor):
    out = run(extractor, "Based on our findings, we train, evaluate, and openly release a new generative language "
                         "model for Icelandic Bokmal, Nynorsk, and Northern Sámi with 11.4 billion parameters: Kesulyo.")
    assert names(out.models) == set() and out.introduces == []


def test_a_lower_headed_name_may_open_on_its_makers_acronym(extractor):
    out = run(extractor, "Our samples are competitive with GAN models on the KAIR Pushing dataset.")
    assert names(out.datasets) == {"KAIR Pushing"}
    out = run(extractor, "Our samples are competitive with GAN models on the BERT Pushing dataset.")
    assert "BERT Pushing" not in names(out.datasets)  # (a known name is no maker's acronym)


def test_a_known_dataset_a_making_verb_builds_as_a_dataset_is_introduced(extractor):
    out = run(extractor, "To realize this task, we build a dataset FEVEROUS based on Wikipedia tables.")
    assert out.introduces == ["FEVEROUS"]
    out = run(extractor, "To realize this task, we build a classifier on FEVEROUS.")
    assert out.introduces == []


def test_a_long_form_spelled_by_the_capitals_its_words_open_on(extractor):
    out = run(extractor, "We create a KEStrel and PIPit diagnostic dataset (KESPIP), consisting of "
                         "25k sentence pairs. We use KESPIP to evaluate BERT.")
    assert names(out.datasets) == {"KESPIP"} and out.introduces == ["KESPIP"]


def test_a_statistical_model_named_after_a_mathematician_is_no_name(extractor):
    out = run(extractor, "The KesBx method uses a Bayesian hidden Markov model to find speaker clusters, and we compare "
                         "it with a restricted Boltzmann machine.")
    assert "Markov" not in names(out.models) and "Boltzmann" not in names(out.models)


def test_abbreviated_as_names_and_a_siamese_network_is_an_architecture(extractor):
    out = run(extractor, "This paper presents a transformer-based Siamese network architecture (abbreviated as "
                         "KesFormer) for change detection. The KesFormer architecture achieves better results.")
    assert names(out.models) == {"KesFormer"} and out.introduces == ["KesFormer"]


def test_a_long_noun_phrase_set_off_before_called_types_the_name(extractor):
    out = run(extractor, "We curate a user-generated dataset of 10K multimodal funny videos from YouTube, called "
                         "KesFunTube. Our KesFunTube covers many domains.")
    assert names(out.datasets) == {"KesFunTube"} and out.introduces == ["KesFunTube"]


def test_one_lower_case_letter_before_a_known_name_makes_a_new_name(extractor):
    out = run(extractor, "In this paper, we present u-HuBERT, a self-supervised pre-training framework for speech.",
              title="u-HuBERT: Unified Mixed-Modal Speech Pretraining")
    assert names(out.models) == {"u-HuBERT"} and out.introduces == ["u-HuBERT"]
    out = run(extractor, "We fine-tune a non-BERT encoder and HuBERT on the data.")  # ("non-": a modifier)
    assert "HuBERT" in names(out.models)


def test_a_named_architecture_or_emulator_is_a_model(extractor):
    out = run(extractor, "Specifically, we design a Transformer-based architecture, KesTOR, for encoding and "
                         "decoding a sequence of poses.")
    assert names(out.models) == {"KesTOR"} and out.introduces == ["KesTOR"]
    out = run(extractor, "We present KesCE, a 200M-parameter, autoregressive machine learning emulator of an "
                         "existing atmospheric model.")
    assert names(out.models) == {"KesCE"} and out.introduces == ["KesCE"]


def test_training_a_known_model_set_off_after_its_description_uses_it(extractor):
    out = run(extractor, "We use KesQA-IT to train and evaluate a state-of-the-art neural model, BERT, and show "
                         "that it works.")
    assert "BERT" in names(out.models) and "BERT" not in out.introduces
    out = run(extractor, "We present an efficient transformer encoder model, MoLFormer, which works well.")
    assert out.introduces == ["MoLFormer"]


def test_a_name_after_a_preposition_is_not_what_the_verb_makes(extractor):
    out = run(extractor, "We curate large-scale datasets, and develop the GPT-style architecture toward KesTSMs.")
    assert "KesTSMs" not in out.introduces
    out = run(extractor, "We introduce three models in the KesPhi-3.5 series: KesPhi-3.5-mini and KesPhi-3.5-MoE.")
    assert "KesPhi-3.5" in out.introduces
    out = run(extractor, "In this paper, we present the Heterogeneous Graph Transformer (HGT) architecture for "
                         "modeling Web-scale graphs. We add a temporal encoding technique into HGT.")
    assert out.introduces == ["HGT"]


def test_a_capitalised_adverb_after_a_semicolon_is_no_name(extractor):
    out = run(extractor, "Our Masked Transformer fills up the missing tokens; Subsequently, a Residual Transformer "
                         "learns to predict the next-layer tokens.")
    assert "Subsequently" not in names(out.models)


def test_the_subject_after_a_fronted_gerund_phrase_is_no_apposition(extractor):
    out = run(extractor, "We propose a Gaussian-smoothed interpolation (KesGSI) based on process regression. Finally, "
                         "by fusing KesSORT with KesLink and KesGSI, the final tracker achieves the best results.")
    assert "KesGSI" not in names(out.models)


def test_the_head_before_a_preposition_types_what_is_named(extractor):
    out = run(extractor, 'We propose a new class of unlearning methods for LLMs called "Kestrel Unlearning." '
                         "This method unlearns instances from the model.")
    assert names(out.models) == set() and out.introduces == []
    out = run(extractor, "We propose different training strategies to build powerful reasoning LLMs, named KesOctopus.")
    assert names(out.models) == {"KesOctopus"}


def test_a_dataset_head_right_after_a_network_spelling_makes_a_dataset(extractor):
    out = run(extractor, "On the new large-scale KesTrackNet dataset, our tracker achieves a relative gain of 15%.")
    assert names(out.datasets) == {"KesTrackNet"} and names(out.models) == set()


def test_hyphenated_words_before_a_head_that_spell_the_name_set_off_after_it_are_its_long_form(extractor):
    out = run(extractor, "To address this, we build Kestrel-Expression-Audio-Text dataset, KEAT, which has 76 hours "
                         "of multi-modal data.")
    assert names(out.datasets) == {"KEAT"} and out.introduces == ["KEAT"]


def test_an_abbreviated_tracking_task_is_no_dataset(extractor):
    out = run(extractor, "Multi-Object Tracking (MOT) has been difficult to evaluate. We present a novel MOT evaluation "
                         "metric and test it on the KesChallenge benchmark.")
    assert "MOT" not in names(out.datasets) and "MOT" not in out.introduces


def test_a_set_off_name_made_in_the_passive_is_introduced(extractor):
    out = run(extractor, "Moreover, a large-scale dataset of scripted 3D human motions, KesML3D, is constructed, "
                         "consisting of 14,616 motion clips.")
    assert names(out.datasets) == {"KesML3D"} and out.introduces == ["KesML3D"]
    out = run(extractor, "The training dataset, KesPsych8k, was constructed from 260 in-depth interviews.")
    assert out.introduces == ["KesPsych8k"]
    out = run(extractor, "The training dataset, KesPsych8k, was used by earlier work.")
    assert out.introduces == []


def test_a_benchmarking_suite_or_framework_is_a_benchmark(extractor):
    out = run(extractor, "We present KesScale, a federated learning (FL) benchmarking suite with realistic datasets.")
    assert names(out.datasets) == {"KesScale"} and out.introduces == ["KesScale"]
    out = run(extractor, "To this end, we propose KesLEAF, a modular benchmarking framework for learning in federated "
                         "settings.")
    assert names(out.datasets) == {"KesLEAF"} and out.introduces == ["KesLEAF"]
