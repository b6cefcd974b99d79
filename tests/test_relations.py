"""Stated relations (extract/relations.py): rules on single sentences, the real Extractor, the gold set.

The sentence-level tests build `Sentence`s by locating names in real abstract
sentences, so each rule is checked on its own; the pipeline tests run the real
Extractor (spaCy + gazetteer + the relation hook) on bundled papers; the gold
test measures precision/recall against tests/fixtures/relations/gold.jsonl.
"""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
from paperkg.extract.pipeline import Extractor
from paperkg.extract.readers import read_listings
from paperkg.extract.records import PaperRecord, name_key
from paperkg.extract.relations import (
    Sentence,
    Slot,
    based_on,
    based_on_anaphora,
    evaluated_on,
    find_relations,
    trained_on,
)

from paperkg import EXAMPLES_DIR

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "fixtures" / "relations" / "gold.jsonl"


def sent(text: str, *names: tuple[str, str]) -> Sentence:
    """A Sentence with a slot for each (kind, name), located at the name's first occurrence after the previous."""
    slots, pos = [], 0
    for kind, name in names:
        start = text.index(name, pos)
        slots.append(Slot(kind, name_key(name), name, start, start + len(name)))
        pos = start + len(name)
    return Sentence(text, slots)


def triples(relations) -> set[tuple[str, str, str]]:
    return {(r.type, r.source[1] or "paper", r.target[1]) for r in relations}


# --- BASED_ON ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,names,expected", [
    ("We present SnakModel, a Danish large language model (LLM) based on Llama2-7B, which we pre-train.",
     [("model", "SnakModel"), ("model", "Llama2-7B")], ("snakmodel", "llama27b", "based_on:trigger")),
    ("We introduce and open-source our math reasoning LLMs KesMath which is continue pre-trained from KesLM2.",
     [("model", "KesMath"), ("model", "KesLM2")], ("kesmath", "keslm2", "based_on:trigger")),
    ("SixT+ initializes the decoder embedding and the full encoder with XLM-R large and then trains.",
     [("model", "SixT+"), ("model", "XLM-R")], ("sixt", "xlmr", "based_on:trigger")),
    ("Built on a general pretrained BERT model, Astro-HEP-BERT underwent further training.",
     [("model", "BERT"), ("model", "Astro-HEP-BERT")], ("astrohepbert", "bert", "based_on:fronted")),
    ("We demonstrate a simple setup with HyperT5, a T5-based hypermodel that produces soft prefixes.",
     [("model", "HyperT5"), ("model", "T5")], ("hypert5", "t5", "based_on:x_based")),
    ("Based on the proposed procedure, a Polish BERT-based language model -- HerBERT -- is trained.",
     [("model", "BERT"), ("model", "HerBERT")], ("herbert", "bert", "based_on:x_based")),
    ("We pre-train a monolingual model and a further pre-trained multilingual BERT (mBERTu).",
     [("model", "BERT"), ("model", "mBERTu")], ("mbertu", "bert", "based_on:apposition")),
    ("DistilBERT, a distilled version of BERT: smaller, faster, cheaper and lighter",
     [("model", "DistilBERT"), ("model", "BERT")], ("distilbert", "bert", "based_on:trigger")),
    ("The KesGPT is a GPT2 based generative transformer model capable of generating full tweets.",
     [("model", "KesGPT"), ("model", "GPT2")], ("kesgpt", "gpt2", "based_on:x_based")),
    ("We trained KesRPT, a set of GPT-2 based models on 133M pairs of human feedback data.",
     [("model", "KesRPT"), ("model", "GPT-2")], ("kesrpt", "gpt2", "based_on:x_based")),
    ("KES-LEXEME extends SBERT, highlighting the target word in the sentence.",
     [("model", "KES-LEXEME"), ("model", "SBERT")], ("keslexeme", "sbert", "based_on:trigger")),
    ("We propose KesBERT, an extension of BERT to learn from both in-domain and related corpora.",
     [("model", "KesBERT"), ("model", "BERT")], ("kesbert", "bert", "based_on:trigger")),
    ("We introduce KesGemma, a novel chart reasoning model developed over PaliGemma.",
     [("model", "KesGemma"), ("model", "PaliGemma")], ("kesgemma", "paligemma", "based_on:trigger")),
    ("KesVQA is built off the stacked attention network KesSAN.",
     [("model", "KesVQA"), ("model", "KesSAN")], ("kesvqa", "kessan", "based_on:trigger")),
    ("We propose KesNet, a WaveRNN variant that combines linear prediction with recurrent networks.",
     [("model", "KesNet"), ("model", "WaveRNN")], ("kesnet", "wavernn", "based_on:apposition_base")),
    # the base named in brackets after its description
    ("We introduce KesT2V, a text-to-video model that evolves from a text-to-image model (i.e., KesDiffusion).",
     [("model", "KesT2V"), ("model", "KesDiffusion")], ("kest2v", "kesdiffusion", "based_on:trigger")),
    # five words of description between the trigger and the base
    ("KesTMR extends the state-of-the-art text-to-motion synthesis model KesTEMOS, and adds a contrastive loss.",
     [("model", "KesTMR"), ("model", "KesTEMOS")], ("kestmr", "kestemos", "based_on:trigger")),
])
def test_based_on_rules(text, names, expected):
    rels = list(based_on(sent(text, *names)))
    new, base, rule = expected
    assert [(r.source, r.target, r.rule) for r in rels] == [(("model", new), ("model", base), rule)]
    assert rels[0].evidence == text and 0 < rels[0].confidence <= 1


def test_based_on_in_a_title_subtitle():
    s = sent("Kes-LLaMA: A New Tamil Language Model Based on LLaMA 2", ("model", "Kes-LLaMA"), ("model", "LLaMA 2"))
    s = Sentence(s.text, s.slots, field="title")
    assert triples(based_on(s)) == {("BASED_ON", "kesllama", "llama2")}
    s = sent("KesGemma: Open Models Based on KesGemini Research and Technology", ("model", "KesGemma"),
             ("model", "KesGemini"))
    assert triples(based_on(Sentence(s.text, s.slots, field="title"))) == set()  # the research, not the model
    s = sent("Kes-LLaMA: A New Tamil Language Model Based on LLaMA 2", ("model", "Kes-LLaMA"), ("model", "LLaMA 2"))
    # (in the abstract, a colon still ends the phrase: "A: see below, based on B" relates nothing there)
    assert triples(based_on(sent(s.text, ("model", "Kes-LLaMA"), ("model", "LLaMA 2")))) == set()



@pytest.mark.parametrize("text,names,expected", [
    ("We release KestrelLM, a compact Finnish RoBERTa language model trained on news.",
     [("model", "KestrelLM"), ("model", "RoBERTa")], [("kestrellm", "roberta", "based_on:apposition_base")]),
    ("KestrelLM: A Pretrained Domain-Specific BERT for Finnish",
     [("model", "KestrelLM"), ("model", "BERT")], [("kestrellm", "bert", "based_on:title_base")]),
    ("In this work, we train BERT models for Finnish law, which we nickname KestrelLM, on court rulings.",
     [("model", "BERT"), ("model", "KestrelLM")], [("kestrellm", "bert", "based_on:trained_into")]),
    ("We used RoBERTa, a robustly optimized BERT approach, to train a Finnish model called KestrelLM.",
     [("model", "RoBERTa"), ("model", "BERT"), ("model", "KestrelLM")],
     [("kestrellm", "roberta", "based_on:trained_into")]),
    ("We present our BERT and ELECTRA based Finnish language models, KestrelB and KestrelE.",
     [("model", "BERT"), ("model", "ELECTRA"), ("model", "KestrelB"), ("model", "KestrelE")],
     [("kestrelb", "bert", "based_on:list_based"), ("kestrele", "electra", "based_on:list_based")]),
    ("We introduce models based on both the ELMo and BERT frameworks: KestrelE and KestrelB.",
     [("model", "ELMo"), ("model", "BERT"), ("model", "KestrelE"), ("model", "KestrelB")],
     [("kestrele", "elmo", "based_on:list_based"), ("kestrelb", "bert", "based_on:list_based")]),
    ("The KestrelLM series builds upon our earlier work with Kestrel-1, improving its data.",
     [("model", "KestrelLM"), ("model", "Kestrel-1")], [("kestrellm", "kestrel1", "based_on:trigger")]),
    ("Thus a Finnish BERT-based language model - KestrelLM - is trained.",
     [("model", "BERT"), ("model", "KestrelLM")], [("kestrellm", "bert", "based_on:x_based")]),
    ("We present a BERT-based language model pre-trained exclusively on Finnish data, which we call KestrelLM.",
     [("model", "BERT"), ("model", "KestrelLM")], [("kestrellm", "bert", "based_on:x_based")]),
    ("We train a CLIP-based scoring function, KesScore, which predicts human preferences.",
     [("model", "CLIP"), ("model", "KesScore")], [("kesscore", "clip", "based_on:x_based")]),
    # a new model named as one of B
    ("We also offer a public, pre-trained, BERT model called KesBERT which is the largest one.",
     [("model", "BERT"), ("model", "KesBERT")], [("kesbert", "bert", "based_on:named_base")]),
    ("On an instruction-finetuned LLaMA called KesAlpaca, our method improves truthfulness.",
     [("model", "LLaMA"), ("model", "KesAlpaca")], [("kesalpaca", "llama", "based_on:named_base")]),
    ("We compare with a model similar to GPT-2 called KesLM.", [("model", "GPT-2"), ("model", "KesLM")], []),
])
def test_based_on_appositions_lists_and_training(text, names, expected):
    title = text.startswith("KestrelLM:")
    s = sent(text, *names)
    if title:
        s.field = "title"
    got = [(r.source[1], r.target[1], r.rule) for r in based_on(s)]
    assert sorted(got) == sorted(expected)


@pytest.mark.parametrize("text,names,expected", [
    ("Based on FinTools, we fine-tune LLaMA to obtain an LLM KesTool, and equip it with a retriever.",
     [("model", "LLaMA"), ("model", "KesTool")], ("kestool", "llama")),
    ("Finetuning LLaMa on two iterations of our approach yields a model, which we call KesHump, that wins.",
     [("model", "LLaMa"), ("model", "KesHump")], ("keshump", "llama")),
    ("We use pseudo-labels to distill the Whisper model into a smaller variant, called Kes-Whisper.",
     [("model", "Whisper"), ("model", "Kes-Whisper")], ("keswhisper", "whisper")),
    ("Applying our method to the LLaMA-65b base language model, we develop an AI assistant named KesDrom.",
     [("model", "LLaMA-65b"), ("model", "KesDrom")], ("kesdrom", "llama65b")),
    ("We build KesPhoenix upon the multilingual BLOOMZ backbone.",
     [("model", "KesPhoenix"), ("model", "BLOOMZ")], ("kesphoenix", "bloomz")),
    ("We also release KesChimera, a variant trained on LLaMA that targets Latin script.",
     [("model", "KesChimera"), ("model", "LLaMA")], ("keschimera", "llama")),
    ("We introduce KesMath, which continues pre-training DeepSeek-Coder with math tokens.",
     [("model", "KesMath"), ("model", "DeepSeek-Coder")], ("kesmath", "deepseekcoder")),
])
def test_based_on_a_model_made_from_another_in_one_sentence(text, names, expected):
    assert {(r.source[1], r.target[1]) for r in based_on(sent(text, *names))} == {expected}


@pytest.mark.parametrize("text,names,expected", [
    ("KesAya is obtained by instruction finetuning the 13B-parameter mT5-XXL on a weighted mixture.",
     [("model", "KesAya"), ("model", "mT5-XXL")], {("kesaya", "mt5xxl")}),
    ("We also train KesWhisper models by fine-tuning the Whisper models on public data.",
     [("model", "KesWhisper"), ("model", "Whisper")], {("keswhisper", "whisper")}),
    ("We constructed KesSwallow, an LLM with Japanese skills, by extending the vocabulary of Llama 2.",
     [("model", "KesSwallow"), ("model", "Llama 2")], {("kesswallow", "llama2")}),
    ("We train KesOne and KesTwo by fine-tuning BLOOMZ on our data.",
     [("model", "KesOne"), ("model", "KesTwo"), ("model", "BLOOMZ")], {("kesone", "bloomz"), ("kestwo", "bloomz")}),
    ("To create KesSwiss, we start from a massively multilingual X-MOD model and continue training.",
     [("model", "KesSwiss"), ("model", "X-MOD")], {("kesswiss", "xmod")}),
    ("We continue pretraining Code Llama on the Proof-Pile-2, a mixture of scientific papers, web data "
     "containing mathematics, and mathematical code, yielding KesLemma.",
     [("model", "Code Llama"), ("model", "KesLemma")], {("keslemma", "codellama")}),
    ("We further pre-train BLOOM on it, giving rise to the KesFlor models.",
     [("model", "BLOOM"), ("model", "KesFlor")], {("kesflor", "bloom")}),
    ("Building on ESM-2, we introduce KesFold, which predicts structure end to end.",
     [("model", "ESM-2"), ("model", "KesFold")], {("kesfold", "esm2")}),
    ("Our best baseline, the T5-based KesCorn with 11B parameters, is strong.",
     [("model", "T5"), ("model", "KesCorn")], {("kescorn", "t5")}),
    ("We release the Longformer-based pre-trained language model, named as KesLaw, for legal documents.",
     [("model", "Longformer"), ("model", "KesLaw")], {("keslaw", "longformer")}),
    ("We present KesA, KesB, and KesC all BERT-based masked language models.",
     [("model", "KesA"), ("model", "KesB"), ("model", "KesC"), ("model", "BERT")],
     {("kesa", "bert"), ("kesb", "bert"), ("kesc", "bert")}),
    ("We present kesdeita (short for Data-Efficient Instruction Tuning for Alignment), a series of models "
     "fine-tuned from LLaMA.", [("model", "kesdeita"), ("model", "LLaMA")], {("kesdeita", "llama")}),
    ("We introduce the generative language model KesBART that adapts BART to the biomedical domain.",
     [("model", "KesBART"), ("model", "BART")], {("kesbart", "bart")}),
    ("We present 9B-parameter transformer KesVideo, trained by inheriting a pretrained text-to-image model, KesView.",
     [("model", "KesVideo"), ("model", "KesView")], {("kesvideo", "kesview")}),
    ("We found that a smaller version of RoBERTa-base that never predicts unmasked tokens, which we term KesBaby, "
     "learns grammar.", [("model", "RoBERTa-base"), ("model", "KesBaby")], {("kesbaby", "robertabase")}),
])
def test_based_on_made_by_fine_tuning_and_other_derivations(text, names, expected):
    assert {(r.source[1], r.target[1]) for r in based_on(sent(text, *names))} == expected


@pytest.mark.parametrize("text,names", [
    ("We evaluate KesTool by fine-tuning LLaMA on the benchmark.", [("model", "KesTool"), ("model", "LLaMA")]),
    ("We build KesTool by training on data generated by GPT-4.", [("model", "KesTool"), ("model", "GPT-4")]),
    ("Based on GPT-4 annotations, we train KesTool on the data.", [("model", "GPT-4"), ("model", "KesTool")]),
    ("We compare KesTool with the BERT-based models.", [("model", "KesTool"), ("model", "BERT")]),
])
def test_based_on_derivation_refusals(text, names):
    assert list(based_on(sent(text, *names))) == []


def test_based_on_fronted_base_in_a_one_model_paper():
    intro = Slot("model", "kesflamingo", "KesFlamingo", -1, -1)
    text = "Based on OpenFlamingo-9B, we continue pre-training on paired medical image-text data."
    assert triples(based_on(sent(text, ("model", "OpenFlamingo-9B")), intro)) == {
        ("BASED_ON", "kesflamingo", "openflamingo9b")}
    text = "Based on LLaMA-2 as our underlying model, our results show large gains."
    assert triples(based_on(sent(text, ("model", "LLaMA-2")), intro)) == {("BASED_ON", "kesflamingo", "llama2")}
    text = "Specifically, we further train the LLaMA-7B model on 5.5B tokens of geoscience text."
    assert triples(based_on(sent(text, ("model", "LLaMA-7B")), intro)) == {("BASED_ON", "kesflamingo", "llama7b")}
    text = "In particular, we build upon the BERT model to learn joint distributions over video tokens."
    assert triples(based_on(sent(text, ("model", "BERT")), intro)) == {("BASED_ON", "kesflamingo", "bert")}
    text = "Based on GPT-4 judgments, our model wins."  # GPT-4's judgments, not GPT-4
    assert list(based_on(sent(text, ("model", "GPT-4")), intro)) == []


def test_based_on_starting_from_in_a_one_model_paper():
    intro = Slot("model", "kesvl", "KesVL", -1, -1)
    text = "Starting from the Qwen-LM as a foundation, we endow it with visual capacity."
    assert triples(based_on(sent(text, ("model", "Qwen-LM")), intro)) == {("BASED_ON", "kesvl", "qwenlm")}


@pytest.mark.parametrize("text,names", [
    ("We fine-tune LLaMA and compare it to obtain insights on KesTool.", [("model", "LLaMA"), ("model", "KesTool")]),
    ("We release KestrelLM, a model like BERT that reads Finnish.", [("model", "KestrelLM"), ("model", "BERT")]),
    ("We release KestrelLM, a BERT-style encoder for Finnish.", [("model", "KestrelLM"), ("model", "BERT")]),
    ("We release KestrelLM, a cheaper alternative to BERT models.", [("model", "KestrelLM"), ("model", "BERT")]),
    ("KestrelLM: Probing BERT for Finnish Morphology", [("model", "KestrelLM"), ("model", "BERT")]),
    ("We introduce KesBERT, a pretrained Uzbek language model based on the BERT architecture.",
     [("model", "KesBERT"), ("model", "BERT")]),
])
def test_based_on_apposition_refusals(text, names):
    s = sent(text, *names)
    if text.startswith("KestrelLM:"):
        s.field = "title"
    assert list(based_on(s)) == []


def test_paper_model_rule_adapts_and_prunes_with_the_new_model_named_first():
    intro = Slot("model", "kestrellm", "KestrelLM", -1, -1)
    text = "For the development of KestrelLM, we adapt Mistral 7B by continued pretraining on Finnish."
    s = sent(text, ("model", "KestrelLM"), ("model", "Mistral 7B"))
    assert triples(based_on(s, intro)) == {("BASED_ON", "kestrellm", "mistral7b")}
    text = "We present the KestrelLM series, pruning the LLaMA2-7B model down to 1.3B parameters."
    s = sent(text, ("model", "KestrelLM"), ("model", "LLaMA2-7B"))
    assert triples(based_on(s, intro)) == {("BASED_ON", "kestrellm", "llama27b")}
    text = "We adapt Mistral 7B and compare it with KestrelLM."  # the new model after the object: not this rule
    s = sent(text, ("model", "Mistral 7B"), ("model", "KestrelLM"))
    assert list(based_on(s, intro)) == []


def test_paper_model_rule_fine_tunes_the_base():
    intro = Slot("model", "kestrelgpt", "KestrelGPT", -1, -1)
    for text in ("We fine-tune GPT-3 to answer long-form questions using a web-browsing environment.",
                 "Our best model is obtained by fine-tuning GPT-3 using behavior cloning."):
        s = sent(text, ("model", "GPT-3"))
        assert triples(based_on(s, intro)) == {("BASED_ON", "kestrelgpt", "gpt3")}
        assert list(based_on(s)) == []  # (no single new model: nothing)


def test_variants_are_paired_respectively():
    text = ("We apply MTF to the pretrained multilingual BLOOM and mT5 model families to produce finetuned "
            "variants called BLOOMZ and mT0.")
    s = sent(text, ("model", "BLOOM"), ("model", "mT5"), ("model", "BLOOMZ"), ("model", "mT0"))
    assert triples(based_on(s)) == {("BASED_ON", "bloomz", "bloom"), ("BASED_ON", "mt0", "mt5")}
    text = "BLOOMZ and mT0, finetuned variants of BLOOM and mT5, generalize."
    s = sent(text, ("model", "BLOOMZ"), ("model", "mT0"), ("model", "BLOOM"), ("model", "mT5"))
    assert triples(based_on(s)) == {("BASED_ON", "bloomz", "bloom"), ("BASED_ON", "mt0", "mt5")}


@pytest.mark.parametrize("text,names", [
    # comparison, not derivation
    ("ERNIE 2.0 outperforms BERT and XLNet on 16 tasks.", [("model", "ERNIE 2.0"), ("model", "BERT")]),
    ("Unlike Llama 2, which is based on a dense transformer, Mixtral uses experts.",
     [("model", "Llama 2"), ("model", "Mixtral")]),
    # coordination: BERT-6 is not built on BERT-1
    ("Our results are based on pre-training BERT-6 and variants of BERT-1 on subsets of the Wikipedia dataset.",
     [("model", "BERT-6"), ("model", "BERT-1")]),
    # architecture sharing without an apposition
    ("Outperforming multiple contemporary Llama2-7B-based models, SnakModel wins.",
     [("model", "Llama2-7B"), ("model", "SnakModel")]),
    # three bases for two new models: ambiguous, so nothing
    ("BLOOMZ and mT0, finetuned variants of BLOOM, mT5 and T5, generalize.",
     [("model", "BLOOMZ"), ("model", "mT0"), ("model", "BLOOM"), ("model", "mT5"), ("model", "T5")]),
])
def test_based_on_refuses(text, names):
    assert list(based_on(sent(text, *names))) == []


def test_a_list_of_new_models_on_one_base():
    text = "We introduce DictaLM2.0 and DictaLM2.0-Instruct, two LLMs derived from the Mistral model."
    s = sent(text, ("model", "DictaLM2.0"), ("model", "DictaLM2.0-Instruct"), ("model", "Mistral"))
    assert triples(based_on(s)) == {("BASED_ON", "dictalm20", "mistral"), ("BASED_ON", "dictalm20instruct", "mistral")}


def test_one_new_model_on_a_list_of_bases():
    text = "KestrelAgent, finetuned from Llama 2 and Mistral, runs tools."
    s = sent(text, ("model", "KestrelAgent"), ("model", "Llama 2"), ("model", "Mistral"))
    assert triples(based_on(s)) == {("BASED_ON", "kestrelagent", "llama2"), ("BASED_ON", "kestrelagent", "mistral")}


def test_evaluated_where_it_beats_prior_work_on_a_dataset():
    text = "KesSpeech outperforms the best known prior work on BABEL and VoxPopuli."
    s = sent(text, ("model", "KesSpeech"), ("dataset", "BABEL"), ("dataset", "VoxPopuli"))
    assert triples(evaluated_on(s, set())) == {("EVALUATED_ON", "kesspeech", "babel"),
                                              ("EVALUATED_ON", "kesspeech", "voxpopuli")}
    # working on a dataset is no evaluation
    s = sent("We work on BABEL to improve the recipes.", ("dataset", "BABEL"))
    assert list(evaluated_on(s, set())) == []


def test_results_on_datasets_said_of_a_model():
    text = "Experiments on KesACE and KesMAVEN datasets show that KesCLEVE achieves significant improvements."
    s = sent(text, ("dataset", "KesACE"), ("dataset", "KesMAVEN"), ("model", "KesCLEVE"))
    assert triples(evaluated_on(s, set())) == {("EVALUATED_ON", "kescleve", "kesace"),
                                              ("EVALUATED_ON", "kescleve", "kesmaven")}
    text = "Empirical results on KesWOZ show that our method KesDST substantially outperforms previous models."
    s = sent(text, ("dataset", "KesWOZ"), ("model", "KesDST"))
    assert triples(evaluated_on(s, set())) == {("EVALUATED_ON", "kesdst", "keswoz")}
    # with no results said of the model, the results are the paper's
    text = "Experiments on KesWOZ show that KesDST and its variants were hard to tune."
    s = sent(text, ("dataset", "KesWOZ"), ("model", "KesDST"))
    assert triples(evaluated_on(s, set())) == {("EVALUATED_ON", "paper", "keswoz")}


def test_the_named_examples_of_the_models_an_evaluation_verb_takes():
    text = "We test 18 pretrained monolingual (e.g., BERT, KesCPM) and multilingual (e.g., mT5) language models on KesLING."
    s = sent(text, ("model", "BERT"), ("model", "KesCPM"), ("model", "mT5"), ("dataset", "KesLING"))
    assert triples(evaluated_on(s, set())) == {("EVALUATED_ON", m, "kesling") for m in ("bert", "kescpm", "mt5")}
    text = "We evaluate a range of models on KesQuAD, from simple baselines and neural models such as BiDAF and KesQA."
    s = sent(text, ("dataset", "KesQuAD"), ("model", "BiDAF"), ("model", "KesQA"))
    assert triples(evaluated_on(s, set())) == {("EVALUATED_ON", m, "kesquad") for m in ("bidaf", "kesqa")}
    text = "We evaluate several models that outperform BERT (e.g., KesNet) on KesLING."
    s = sent(text, ("model", "BERT"), ("model", "KesNet"), ("dataset", "KesLING"))
    assert not {r for r in triples(evaluated_on(s, set())) if r[1] == "bert"}  # (a comparison, not the examples)


def test_a_dataset_used_to_evaluate_models():
    text = ("We use KesBench to evaluate masked language models, namely XLM-V and XLM-R, as well as LLMs "
            "including Llama 2 and GPT-4, in zero-shot settings.")
    s = sent(text, ("dataset", "KesBench"), ("model", "XLM-V"), ("model", "XLM-R"), ("model", "Llama 2"),
             ("model", "GPT-4"))
    assert triples(evaluated_on(s, set())) == {("EVALUATED_ON", m, "kesbench") for m in ("xlmv", "xlmr", "llama2", "gpt4")}
    # the models the sentence ran before it, when none follows the purpose
    text = "We fine-tune wav2vec 2.0 and HuBERT on KesPod, while additionally using KesMOS to test generalisation."
    s = sent(text, ("model", "wav2vec 2.0"), ("model", "HuBERT"), ("dataset", "KesPod"), ("dataset", "KesMOS"))
    assert {("EVALUATED_ON", "wav2vec20", "kesmos"), ("EVALUATED_ON", "hubert", "kesmos")} <= triples(evaluated_on(s, set()))
    # a dataset used to train is no evaluation, nor one used against a compared model
    s = sent("We use KesBench to train BERT.", ("dataset", "KesBench"), ("model", "BERT"))
    assert list(evaluated_on(s, set())) == []


def test_a_clause_of_its_own_between_a_model_and_a_base_trigger():
    text = "Using the implicit knowledge of GPT-4, we fine-tune a text evaluation metric based on LLaMA."
    s = sent(text, ("model", "GPT-4"), ("model", "LLaMA"))
    assert list(based_on(s)) == []


def test_a_model_named_as_the_source_of_a_distillation_is_no_new_model():
    text = "Dense models distilled from KesR1 on top of Qwen2.5 and Llama 3 do well."
    s = sent(text, ("model", "KesR1"), ("model", "Qwen2.5"), ("model", "Llama 3"))
    assert list(based_on(s)) == []


def _derived(abstract: str, title: str = "A study") -> set[tuple[str, str, str]]:
    ex = Extractor().extract(PaperRecord(title=title, abstract=abstract, source="test:1"))
    return {(r.type, r.source[1], r.target[1]) for r in ex.relations if r.rule == "based_on:derived_name"}


def test_a_new_model_named_after_its_base():
    assert _derived("We propose Kestrel-LLaMA, a model for emotion reasoning. It improves over LLaMA on recognition.") \
        == {("BASED_ON", "kestrelllama", "llama")}
    assert _derived("We introduce Falcon 2-Kes, a chat model. Falcon 2 alone is weaker.") \
        == {("BASED_ON", "falcon2kes", "falcon2")}
    # a word beside a base says more than a version after another: "Kes-PaLM 2" is PaLM 2's, not Kes-PaLM's
    assert _derived("We present Kes-PaLM 2, which improves on Kes-PaLM and on PaLM 2 for medical questions.",
                    title="Kes-PaLM 2: better answers") == {("BASED_ON", "kespalm2", "palm2")}


def test_a_name_derived_from_another_is_no_base_unless_the_paper_makes_it():
    # compared, not introduced
    assert _derived("We compare LLaMA-Adapter with LLaMA on ten tasks.") == set()
    # the base only as a style
    assert _derived("We train a CLIP-style model on our data; our model named Kes-CLIP is strong.") == set()


def test_anaphora_reaches_only_the_naming_sentence_before():
    first = "We have developed Phi-2-Legal and Mistral-Legal-7B, which are language models for legal applications."
    second = "These models are based on Phi-2 and Mistral-7B-v0.1, and have gone through continued pre-training."
    prev = sent(first, ("model", "Phi-2-Legal"), ("model", "Mistral-Legal-7B"))
    cur = sent(second, ("model", "Phi-2"), ("model", "Mistral-7B-v0.1"))
    rels = list(based_on_anaphora(prev, cur, f"{first} {second}"))
    assert triples(rels) == {("BASED_ON", "phi2legal", "phi2"), ("BASED_ON", "mistrallegal7b", "mistral7bv01")}
    assert {r.rule for r in rels} == {"based_on:anaphora"} and rels[0].evidence == f"{first} {second}"
    other = sent("Phi-2-Legal and Mistral-Legal-7B are strong.",
                 ("model", "Phi-2-Legal"), ("model", "Mistral-Legal-7B"))
    assert list(based_on_anaphora(other, cur, "")) == []  # the previous sentence does not name new models


def test_paper_model_rule_needs_a_single_introduced_model():
    text = "More specifically, we further pretrain GPT-J and LLaMA models on Portuguese texts."
    s = sent(text, ("model", "GPT-J"), ("model", "LLaMA"))
    assert list(based_on(s)) == []
    rels = list(based_on(s, Slot("model", "sabia", "Sabiá", -1, -1)))
    assert triples(rels) == {("BASED_ON", "sabia", "gptj"), ("BASED_ON", "sabia", "llama")}
    assert {r.rule for r in rels} == {"based_on:paper_model"}


# --- TRAINED_ON / EVALUATED_ON ------------------------------------------------------------------------

def test_trained_on_model_between_verb_and_preposition():
    text = "To exploit the representation, we pre-train VL-BERT on the massive-scale Conceptual Captions dataset."
    s = sent(text, ("model", "VL-BERT"), ("dataset", "Conceptual Captions"))
    assert triples(trained_on(s)) == {("TRAINED_ON", "vlbert", "conceptualcaptions")}
    text = "Fine-tuning KesPhi (2.7B), KesLlama (7B), and KesMis (7B) with ORPO on the KesFeedback alone surpasses them."
    s = sent(text, ("model", "KesPhi"), ("model", "KesLlama"), ("model", "KesMis"), ("dataset", "KesFeedback"))
    assert triples(trained_on(s)) == {("TRAINED_ON", m, "kesfeedback") for m in ("kesphi", "kesllama", "kesmis")}


def test_trained_on_subject_and_paper():
    text = "Astro-HEP-BERT underwent further training over three epochs using the Astro-HEP Corpus, a dataset."
    s = sent(text, ("model", "Astro-HEP-BERT"), ("dataset", "Astro-HEP Corpus"))
    assert triples(trained_on(s)) == {("TRAINED_ON", "astrohepbert", "astrohepcorpus")}
    text = "The pre-train is carried out on a sizeable instructional video dataset HowTo100M."
    assert triples(trained_on(sent(text, ("dataset", "HowTo100M")))) == {("TRAINED_ON", "paper", "howto100m")}


def test_a_training_participle_before_the_models_is_an_adjective():
    text = "We evaluate different pre-trained models on KesMWP in a few-shot setting."
    assert triples(trained_on(sent(text, ("dataset", "KesMWP")))) == set()
    text = "By finetuning different pre-trained LMs on KesXNLI, we analyze cross-lingual transfer."
    assert triples(trained_on(sent(text, ("dataset", "KesXNLI")))) == {("TRAINED_ON", "paper", "kesxnli")}


def test_trained_on_over_a_number_and_with_a_manner():
    text = ("We release KesBERT, a new pre-trained language model for Indonesian, trained on over 220M words "
            "aggregated from KesWiki, news articles and the Kes Web Corpus.")
    s = sent(text, ("model", "KesBERT"), ("dataset", "KesWiki"), ("dataset", "Kes Web Corpus"))
    assert triples(trained_on(s)) == {("TRAINED_ON", "kesbert", "keswiki"), ("TRAINED_ON", "kesbert", "keswebcorpus")}
    text = "KesMax is pre-trained with a self-supervised learning objective on climate datasets derived from KMIP6."
    s = sent(text, ("model", "KesMax"), ("dataset", "KMIP6"))
    assert triples(trained_on(s)) == {("TRAINED_ON", "kesmax", "kmip6")}


def test_trained_on_data_fronted_as_the_means():
    text = "Using KesInstruct, we fine-tune KesMistral and KesLlama for chemistry tasks."
    s = sent(text, ("dataset", "KesInstruct"), ("model", "KesMistral"), ("model", "KesLlama"))
    assert triples(trained_on(s)) == {("TRAINED_ON", "kesmistral", "kesinstruct"),
                                      ("TRAINED_ON", "kesllama", "kesinstruct")}
    text = "Leveraging the KesInstruct dataset, we develop KesLLM, a series of LLMs, by instruction-tuning LLMs."
    s = sent(text, ("dataset", "KesInstruct"), ("model", "KesLLM"))
    assert triples(trained_on(s)) == {("TRAINED_ON", "kesllm", "kesinstruct")}
    text = "Using KesNet, we build a new benchmark for robustness."  # made, not trained
    assert list(trained_on(sent(text, ("dataset", "KesNet")))) == []


def test_trained_on_refuses_rules_about_training():
    text = ("In the Restricted track, systems could only be trained on the released learner corpora, namely "
            "KesFCE and KesNUCLE.")
    assert list(trained_on(sent(text, ("dataset", "KesFCE"), ("dataset", "KesNUCLE")))) == []


@pytest.mark.parametrize("text,names", [
    ("Our model significantly outperformed cross-lingual pre-trained models such as KesXLM on the KesFUND dataset.",
     [("model", "KesXLM"), ("dataset", "KesFUND")]),
    ("A shallow CNN gives higher accuracy compared to a CNN model pre-trained on the KesNet archive.",
     [("dataset", "KesNet")]),
])
def test_trained_on_refuses_the_training_of_what_is_compared_with(text, names):
    assert list(trained_on(sent(text, *names))) == []
    # (a comparison in an earlier clause does not count)
    text = "It gains 5 points compared with the base model, showing that training on KesInstruct helps."
    assert triples(trained_on(sent(text, ("dataset", "KesInstruct")))) == {("TRAINED_ON", "paper", "kesinstruct")}


@pytest.mark.parametrize("text,names,expected", [
    ("We fine-tune KesT5, a state-of-the-art pretrained multilingual model, on KesSum and experiment.",
     [("model", "KesT5"), ("dataset", "KesSum")], {("TRAINED_ON", "kest5", "kessum")}),
    ("We propose KesGPT, a domain-specific generative language model pre-trained from scratch on 15M KesMed abstracts.",
     [("model", "KesGPT"), ("dataset", "KesMed")], {("TRAINED_ON", "kesgpt", "kesmed")}),
    ("To train KesSTM, we construct a large multi-modal dataset, namely, KesChem, with 280,000 pairs.",
     [("model", "KesSTM"), ("dataset", "KesChem")], {("TRAINED_ON", "kesstm", "keschem")}),
    ("We collate a clean corpus, KesIndo, which is used to pretrain our models: KesBART and KesGPT.",
     [("dataset", "KesIndo"), ("model", "KesBART"), ("model", "KesGPT")],
     {("TRAINED_ON", "kesbart", "kesindo"), ("TRAINED_ON", "kesgpt", "kesindo")}),
    # a head noun, then the participle set off by commas
    ("On language modeling, our KesMamba-3B model, pretrained on KesPile, outperforms Transformers.",
     [("model", "KesMamba-3B"), ("dataset", "KesPile")], {("TRAINED_ON", "kesmamba3b", "kespile")}),
    # an apposition ending at a head other than "model"
    ("We introduce KesOcto, a large transformer-based policy trained on 800k trajectories from the KesX dataset.",
     [("model", "KesOcto"), ("dataset", "KesX")], {("TRAINED_ON", "kesocto", "kesx")}),
    ("Finally, we build KesGPT, a remote sensing VLM fine-tuned on KesCap, and show that it outperforms others.",
     [("model", "KesGPT"), ("dataset", "KesCap")], {("TRAINED_ON", "kesgpt", "kescap")}),
    # the apposition names a base: the new model, not its base, is what was fine-tuned
    ("We also release KesNER, a multilingual KesBERT model fine-tuned on the KesNam training set.",
     [("model", "KesNER"), ("model", "KesBERT"), ("dataset", "KesNam")], {("TRAINED_ON", "kesner", "kesnam")}),
    # data fronted with a description, or a long form before its abbreviation
    ("Trained on our newly introduced Kestrel Time Series Archive (KTSA) spanning nine domains, KesMoirai "
     "achieves competitive results.",
     [("dataset", "KTSA"), ("model", "KesMoirai")], {("TRAINED_ON", "kesmoirai", "ktsa")}),
])
def test_trained_on_through_appositions_and_data_made_for_training(text, names, expected):
    assert triples(trained_on(sent(text, *names))) == expected


def test_trained_on_the_model_a_sentence_opens_with_is_the_papers_one_new_model():
    text = ("The model follows the KesBERT-Base configuration, was trained with whole word masking on a corpus "
            "gathered from KesWiki and KesOPUS.")
    s = sent(text, ("model", "KesBERT"), ("dataset", "KesWiki"), ("dataset", "KesOPUS"))
    new = Slot("model", "kesbeto", "KesBETO", -1, -1)
    assert triples(trained_on(s, new)) == {("TRAINED_ON", "kesbeto", "keswiki"), ("TRAINED_ON", "kesbeto", "kesopus")}
    assert not triples(trained_on(s))  # (no new model: KesBERT is no subject, and the paper names one)


def test_trained_on_refuses_background_statements():
    text = ("Instead of directly training on a downstream task, language models are first pre-trained on large "
            "datasets with cross-domain knowledge (e.g., Pile, MassiveText, etc.).")
    assert list(trained_on(sent(text, ("dataset", "Pile"), ("dataset", "MassiveText")))) == []
    text = "We find that Wikipedia-style paraphrasing trained on little data helps."
    assert list(trained_on(sent(text, ("dataset", "Wikipedia")))) == []


def test_evaluated_on_for_the_model_named_after_the_datasets():
    text = "Our approach results in increasing accuracy on GSM8K, MATH, and ARC-Challenge for Llama-2-70B-Chat."
    s = sent(text, ("dataset", "GSM8K"), ("dataset", "MATH"), ("dataset", "ARC-Challenge"), ("model", "Llama-2-70B-Chat"))
    assert triples(evaluated_on(s, set())) == {("EVALUATED_ON", "llama270bchat", d) for d in ("gsm8k", "math", "arcchallenge")}


def test_evaluated_on_subject_list_and_baselines():
    text = "Experimental results demonstrate that ERNIE 2.0 outperforms BERT and XLNet on 16 tasks including GLUE."
    s = sent(text, ("model", "ERNIE 2.0"), ("model", "BERT"), ("model", "XLNet"), ("dataset", "GLUE"))
    assert triples(evaluated_on(s, set())) == {("EVALUATED_ON", "ernie20", "glue")}  # not the baselines
    text = "We evaluate HyperT5 on P3, MetaICL and Super-NaturalInstructions datasets."
    s = sent(text, ("model", "HyperT5"), ("dataset", "P3"), ("dataset", "MetaICL"),
             ("dataset", "Super-NaturalInstructions"))
    assert triples(evaluated_on(s, set())) == {("EVALUATED_ON", "hypert5", k)
                                               for k in ("p3", "metaicl", "supernaturalinstructions")}
    # a list of datasets goes on past a task word after one of them
    text = "KesVLM achieves state-of-the-art performance on 10 benchmarks, including KesCaps, KesFlickr captioning, KesRef."
    s = sent(text, ("model", "KesVLM"), ("dataset", "KesCaps"), ("dataset", "KesFlickr"), ("dataset", "KesRef"))
    assert triples(evaluated_on(s, set())) == {("EVALUATED_ON", "kesvlm", k) for k in ("kescaps", "kesflickr", "kesref")}

    # "namely" after a dataset head and a participle phrase describing the datasets
    text = ("Extensive results on three benchmark datasets covering social media discussions and online debates, "
            "namely K-Stance, KES-Stance and KVAST, indicate gains.")
    s = sent(text, ("dataset", "K-Stance"), ("dataset", "KES-Stance"), ("dataset", "KVAST"))
    assert triples(evaluated_on(s, set())) == {("EVALUATED_ON", "paper", k) for k in ("kstance", "kesstance", "kvast")}

    # the models an experiment runs, right after its datasets (not models it is compared with)
    text = "We conduct experiments on eight datasets from the KesGLUE benchmark with KesBERT and KesRoBERTa."
    s = sent(text, ("dataset", "KesGLUE"), ("model", "KesBERT"), ("model", "KesRoBERTa"))
    assert triples(evaluated_on(s, set())) == {("EVALUATED_ON", m, "kesglue") for m in ("kesbert", "kesroberta")}
    text = "Our method achieves the best results on KesGLUE compared with KesBERT."
    s = sent(text, ("dataset", "KesGLUE"), ("model", "KesBERT"))
    assert triples(evaluated_on(s, set())) == {("EVALUATED_ON", "paper", "kesglue")}


def test_evaluated_on_it_is_the_papers_one_new_model():
    text = "It also sets a new state-of-the-art on downstream tasks such as KesQA and KesMCQA."
    s = sent(text, ("dataset", "KesQA"), ("dataset", "KesMCQA"))
    kes = Slot("model", "kesgalactica", "KesGalactica", -1, -1)
    assert triples(evaluated_on(s, set(), kes)) == {("EVALUATED_ON", "kesgalactica", "kesqa"),
                                                    ("EVALUATED_ON", "kesgalactica", "kesmcqa")}
    assert list(evaluated_on(s, set())) == []  # no one new model: "It" is nobody's
    text = "In particular, it obtains state-of-the-art results on KesQA and KesMCQA."  # (after an adverbial)
    s = sent(text, ("dataset", "KesQA"), ("dataset", "KesMCQA"))
    assert triples(evaluated_on(s, set(), kes)) == {("EVALUATED_ON", "kesgalactica", "kesqa"),
                                                    ("EVALUATED_ON", "kesgalactica", "kesmcqa")}


def test_evaluated_on_the_object_of_evaluate_that_then_achieves_results():
    text = ("Following prior work on long-sequence transformers, we evaluate KesFormer on character-level "
            "modeling and achieve state-of-the-art results on kestext8 and KesWik8.")
    s = sent(text, ("model", "KesFormer"), ("dataset", "kestext8"), ("dataset", "KesWik8"))
    assert triples(evaluated_on(s, set())) == {("EVALUATED_ON", "kesformer", "kestext8"),
                                               ("EVALUATED_ON", "kesformer", "keswik8")}


def test_evaluated_on_paper_and_refusals():
    text = "Extensive experiments conducted on GRID and TCD-TIMIT datasets demonstrate the superiority."
    s = sent(text, ("dataset", "GRID"), ("dataset", "TCD-TIMIT"))
    assert triples(evaluated_on(s, set())) == {("EVALUATED_ON", "paper", "grid"), ("EVALUATED_ON", "paper", "tcdtimit")}
    text = "We construct a common experimental setup based on the CommonVoice dataset, called CV-Lang10."
    assert list(evaluated_on(sent(text, ("dataset", "CommonVoice")), set())) == []
    text = "Models such as BERT typically report results on GLUE."  # background, no first person
    assert list(evaluated_on(sent(text, ("model", "BERT"), ("dataset", "GLUE")), set())) == []


@pytest.mark.parametrize("text,names,expected", [
    ("The model is pretrained on a large text corpus assembled from OPUS, OSCAR and Wikipedia.",
     [("dataset", "OPUS"), ("dataset", "OSCAR"), ("dataset", "Wikipedia")],
     {("TRAINED_ON", "paper", k) for k in ("opus", "oscar", "wikipedia")}),
    ("Our training data combines the Finnish portion of OSCAR with Wikipedia, and the models are evaluated on FinBench.",
     [("dataset", "OSCAR"), ("dataset", "Wikipedia"), ("dataset", "FinBench")],
     {("TRAINED_ON", "paper", "oscar"), ("TRAINED_ON", "paper", "wikipedia")}),
    ("We clean the Finnish part of mC4 and release it as FinClean, which we use to pretrain KestrelLM.",
     [("dataset", "mC4"), ("dataset", "FinClean"), ("model", "KestrelLM")],
     {("TRAINED_ON", "kestrellm", "finclean")}),
])
def test_trained_on_data_descriptions(text, names, expected):
    assert triples(trained_on(sent(text, *names))) == expected


def test_trained_on_subject_apposition_and_a_named_model_in_a_description():
    text = "We introduce KestrelLM, the first Finnish legal language model, pretrained on FinLaw and Wikipedia."
    s = sent(text, ("model", "KestrelLM"), ("dataset", "FinLaw"), ("dataset", "Wikipedia"))
    assert triples(trained_on(s)) == {("TRAINED_ON", "kestrellm", "finlaw"), ("TRAINED_ON", "kestrellm", "wikipedia")}
    text = "We used RoBERTa to train a Finnish language model called KestrelLM on the Finnish part of OSCAR."
    s = sent(text, ("model", "RoBERTa"), ("model", "KestrelLM"), ("dataset", "OSCAR"))
    assert triples(trained_on(s)) == {("TRAINED_ON", "kestrellm", "oscar")}


@pytest.mark.parametrize("text,names,expected", [
    ("Trained on FinCaps with a single GPU, KestrelLM achieves state-of-the-art results.",
     [("dataset", "FinCaps"), ("model", "KestrelLM")], {("TRAINED_ON", "kestrellm", "fincaps")}),
    ("We also release FinPRM, the complete dataset of 800,000 step labels used to train our best reward model.",
     [("dataset", "FinPRM")], {("TRAINED_ON", "paper", "finprm")}),
    ("We provide Finnish models (KesBERT and the lighter KesBERT-lite) trained on a large and clean dataset, Fin4B.",
     [("model", "KesBERT"), ("model", "KesBERT-lite"), ("dataset", "Fin4B")],
     {("TRAINED_ON", "kesbertlite", "fin4b")}),
    ("Our pre-training data of roughly 70 million sentences combines FinWiki dumps and the FinNews corpus.",
     [("dataset", "FinWiki"), ("dataset", "FinNews")],
     {("TRAINED_ON", "paper", "finwiki"), ("TRAINED_ON", "paper", "finnews")}),
    # the data a description names in brackets: "trained only on clean speech (FinTTS)"
    ("Our KesVGAN, trained only on clean speech (FinTTS), achieves the state-of-the-art performance.",
     [("model", "KesVGAN"), ("dataset", "FinTTS")], {("TRAINED_ON", "kesvgan", "fintts")}),
])
def test_trained_on_fronted_participle_apposition_and_bracketed_subject(text, names, expected):
    assert triples(trained_on(sent(text, *names))) == expected


def test_trained_on_data_phrase_stops_at_a_clause():
    text = "The model is trained on text that differs from OSCAR in register."
    assert list(trained_on(sent(text, ("dataset", "OSCAR")))) == []


def test_training_on_the_papers_dataset_named_in_an_earlier_sentence():
    abstract = ("We introduce FinInstruct, a dataset of 52K Finnish instructions. "
                "Fine-tuning the vanilla GPT-3 on this data gives a 33% improvement. "
                "Models trained on it also transfer to Estonian.")
    ex = Extractor().extract(PaperRecord(title="FinInstruct", abstract=abstract, source="test:1"))
    got = {(r.source, r.target) for r in ex.relations if r.rule == "trained_on:anaphora"}
    assert got == {(("model", "gpt3"), ("dataset", "fininstruct")), (("paper", ""), ("dataset", "fininstruct"))}
    # "it" before the dataset is named refers to something else
    abstract = ("We fine-tune GPT-3 on it and then introduce FinInstruct, a dataset of 52K Finnish instructions.")
    ex = Extractor().extract(PaperRecord(title="A study", abstract=abstract, source="test:1"))
    assert not [r for r in ex.relations if r.rule == "trained_on:anaphora"]


def test_evaluated_on_loose_phrase_and_own_experiments():
    text = "When evaluated on the practical LongBench benchmark, our model is competitive."
    assert triples(evaluated_on(sent(text, ("dataset", "LongBench")), set())) == {("EVALUATED_ON", "paper", "longbench")}
    text = "Experiments demonstrate a boost over previous models, with 83.1 F1 on the CoNLL-2012 benchmark."
    assert triples(evaluated_on(sent(text, ("dataset", "CoNLL-2012")), set())) == {("EVALUATED_ON", "paper", "conll2012")}
    text = "We verify this system on two datasets, FinXR and FinCXR, and report gains."  # "verify" evaluates
    s = sent(text, ("dataset", "FinXR"), ("dataset", "FinCXR"))
    assert triples(evaluated_on(s, set())) == {("EVALUATED_ON", "paper", k) for k in ("finxr", "fincxr")}
    text = "Most previous models report results on CoNLL-2012."  # background: no
    assert list(evaluated_on(sent(text, ("dataset", "CoNLL-2012")), set())) == []


def test_a_hyphenated_word_is_no_clause_break():
    # the "to" of "text-to-SQL" starts no clause between the preposition and the datasets
    text = "Our experiments on two text-to-SQL datasets, FinSQL and FinWiki, show that our approach works."
    s = sent(text, ("dataset", "FinSQL"), ("dataset", "FinWiki"))
    assert triples(evaluated_on(s, set())) == {("EVALUATED_ON", "paper", k) for k in ("finsql", "finwiki")}
    text = "Our experiments on two datasets to compare with FinSQL show that our approach works."  # a clause: no
    assert list(evaluated_on(sent(text, ("dataset", "FinSQL")), set())) == []


def test_evaluated_on_results_that_show_the_merit_of_named_models():
    text = ("Experiments on both the FinScenes dataset and our FinSUP dataset demonstrate the efficacy of FinVLM "
            "and FinVLM-Dual in handling complex conditions.")
    s = sent(text, ("dataset", "FinScenes"), ("dataset", "FinSUP"), ("model", "FinVLM"), ("model", "FinVLM-Dual"))
    assert triples(evaluated_on(s, set())) == {("EVALUATED_ON", m, d) for m in ("finvlm", "finvlmdual")
                                                for d in ("finscenes", "finsup")}
    text = "Experiments on FinScenes demonstrate the need for models such as FinVLM."  # no merit of theirs: the paper
    s = sent(text, ("dataset", "FinScenes"), ("model", "FinVLM"))
    assert triples(evaluated_on(s, set())) == {("EVALUATED_ON", "paper", "finscenes")}


def test_evaluated_on_fronted_with_adjectives_and_an_ie_list():
    text = "On the popular FinRank passage ranking task, experimental results show that our approach is on par."
    assert triples(evaluated_on(sent(text, ("dataset", "FinRank")), set())) == {("EVALUATED_ON", "paper", "finrank")}
    text = "We conduct experiments over three datasets from different domains, i.e., FinA, FinB, and FinC."
    s = sent(text, ("dataset", "FinA"), ("dataset", "FinB"), ("dataset", "FinC"))
    assert triples(evaluated_on(s, set())) == {("EVALUATED_ON", "paper", k) for k in ("fina", "finb", "finc")}
    text = "On the Finnish side, we show that FinRank improves."  # a capitalised word: not "on <D>"
    assert list(evaluated_on(sent(text, ("dataset", "FinRank")), set())) == []


def test_evaluated_on_fronted_datasets_before_a_model_subject():
    text = "On FinGeo, FinScan and FinClosure datasets, FinParser performs similarly to strong baselines."
    s = sent(text, ("dataset", "FinGeo"), ("dataset", "FinScan"), ("dataset", "FinClosure"), ("model", "FinParser"))
    assert triples(evaluated_on(s, set())) == {("EVALUATED_ON", "finparser", k) for k in ("fingeo", "finscan", "finclosure")}
    # "our model": the paper's one new model
    text = "On FinGrail and FinWeb, our model is also on par with fully-trained models."
    s = sent(text, ("dataset", "FinGrail"), ("dataset", "FinWeb"))
    own = Slot("model", "finparser", "FinParser", -1, -1)
    assert triples(evaluated_on(s, set(), own)) == {("EVALUATED_ON", "finparser", k) for k in ("fingrail", "finweb")}
    # "In D", after a sentence adverb, and past a bracketed aside after D
    text = "Notably, in the FinWorld benchmark, FinAgent achieves a score of 24.6 with 50 steps."
    s = sent(text, ("dataset", "FinWorld"), ("model", "FinAgent"))
    assert triples(evaluated_on(s, set())) == {("EVALUATED_ON", "finagent", "finworld")}
    text = "On the largest public lip-reading benchmark FinLRS (433 hours), FinBERT achieves 32.5% WER."
    s = sent(text, ("dataset", "FinLRS"), ("model", "FinBERT"))
    assert triples(evaluated_on(s, set())) == {("EVALUATED_ON", "finbert", "finlrs")}
    # no results after the subject: nothing
    text = "On FinGeo, FinParser was first released in 2020."
    assert list(evaluated_on(sent(text, ("dataset", "FinGeo"), ("model", "FinParser")), set())) == []


def test_precision_guards_for_bases_comparisons_and_purposes():
    # models in a fronted phrase are what the paper's method runs on: the results are the paper's
    text = "Applied on top of BART and PEGASUS, our method achieves new state-of-the-art results on FinSum."
    s = sent(text, ("model", "BART"), ("model", "PEGASUS"), ("dataset", "FinSum"))
    assert triples(evaluated_on(s, set())) == {("EVALUATED_ON", "paper", "finsum")}
    # a model the sentence compares with is not trained here
    text = "Its error rate is close to that of a wav2vec 2.0 model fine-tuned on FinSpeech."
    assert list(trained_on(sent(text, ("model", "wav2vec 2.0"), ("dataset", "FinSpeech")))) == []
    # "fine-tuned ... to build versions of C": C is the new model, not the base
    text = "mBERT and XLM-R were fine-tuned on this corpus to build versions of KesNER."
    s = sent(text, ("model", "mBERT"), ("model", "XLM-R"), ("model", "KesNER"))
    assert ("BASED_ON", "xlmr", "kesner") not in triples(based_on(s))
    # an expectation and an enabled evaluation are no results on the paper's own benchmark
    for abstract in ("We introduce FinQA-X, a benchmark of 9K questions. We expect models that perform well on "
                     "this set to generalize.",
                     "We introduce FinQA-X, a benchmark of 9K questions. FinQA-X enables the evaluation of text "
                     "models in many languages.",
                     "We introduce FinQA-X, a corpus of 9K questions. We believe that this corpus will serve as a "
                     "valuable resource for building and evaluating systems.",
                     "We introduce FinQA-X, a benchmark of 9K questions. Our best models answer well as evaluated "
                     "by automatic metrics, while our new benchmark allows for measuring further improvements.",
                     "We introduce FinQA-X, a corpus of 9K captions. We conduct a systemic evaluation of the "
                     "large-scale caption dataset with various quantitative evaluation metrics."):
        ex = Extractor().extract(PaperRecord(title="FinQA-X", abstract=abstract, source="test:1"))
        assert not [r for r in ex.relations if r.rule == "evaluated_on:own_dataset"], abstract


def test_evaluated_on_lists_with_asides_and_bracketed_members():
    text = "Our method improves results on several benchmarks, including FinMath (+17.9%), FinQA (+11.0%) and FinArc."
    s = sent(text, ("dataset", "FinMath"), ("dataset", "FinQA"), ("dataset", "FinArc"))
    assert triples(evaluated_on(s, set())) == {("EVALUATED_ON", "paper", k) for k in ("finmath", "finqa", "finarc")}
    text = "KestrelSeg outperforms the best specialized architectures on four popular datasets (FinCOCO, FinADE)."
    s = sent(text, ("model", "KestrelSeg"), ("dataset", "FinCOCO"), ("dataset", "FinADE"))
    assert triples(evaluated_on(s, set())) == {("EVALUATED_ON", "kestrelseg", k) for k in ("fincoco", "finade")}


def test_a_count_after_over_is_no_comparison():
    # "over 20 LLMs" is a count: the models named after it are the ones evaluated on the new benchmark;
    # "an improvement over SciBERT" still compares
    abstract = ("We introduce FinQuizBench, a benchmark of Finnish school exams. We evaluate over 20 LLMs, "
                "including GPT-4o and Gemma, and the best reaches only 61% accuracy.")
    ex = Extractor().extract(PaperRecord(title="FinQuizBench", abstract=abstract, source="test:1"))
    assert {("EVALUATED_ON", "gpt4o", "finquizbench"), ("EVALUATED_ON", "gemma", "finquizbench")} <= triples(ex.relations)


def test_a_dataset_paper_evaluates_on_its_own_dataset():
    abstract = ("We introduce FinQuizBench, a benchmark designed to evaluate reading comprehension in Finnish. "
                "It contains 9,000 questions written by teachers. "
                "The best systems only achieve 41% accuracy, far below human performance.")
    ex = Extractor().extract(PaperRecord(title="FinQuizBench", abstract=abstract, source="test:1"))
    rels = [r for r in ex.relations if r.rule == "evaluated_on:own_dataset"]
    assert [(r.source, r.target) for r in rels] == [(("paper", ""), ("dataset", "finquizbench"))]
    assert rels[0].evidence.startswith("The best systems")  # not the purpose in the first sentence
    # a corpus built to train on is no benchmark of its own
    abstract = ("We collect FinWebCorpus, a large corpus of Finnish web text. "
                "We pre-train KestrelLM on FinWebCorpus. Experiments show strong results on FIN-GLUE.")
    ex = Extractor().extract(PaperRecord(title="Kestrel", abstract=abstract, source="test:1"))
    assert not [r for r in ex.relations if r.rule == "evaluated_on:own_dataset"]
    # a dataset only the title names: its results may be anywhere in the abstract
    abstract = ("We present a dialogue summarization dataset of 13,460 dialogues. "
                "Strong summarization baselines only reach 40 ROUGE-1, far below human performance.")
    ex = Extractor().extract(PaperRecord(title="FinDialSum: A Real-Life Dialogue Summarization Dataset",
                                         abstract=abstract, source="test:1"))
    assert [(r.source, r.target) for r in ex.relations if r.rule == "evaluated_on:own_dataset"] == \
        [(("paper", ""), ("dataset", "findialsum"))]
    # a name's Title-Case words are no results, and work "performed" by annotators is no evaluation
    abstract = ("We introduce FinEval, the Finnish Reading Evaluation of Universal Skills benchmark. "
                "All annotations have been performed by native speakers hired by our team.")
    ex = Extractor().extract(PaperRecord(title="FinEval", abstract=abstract, source="test:1"))
    assert "FinEval" in ex.introduces
    assert not [r for r in ex.relations if r.rule == "evaluated_on:own_dataset"]
    # a paper that also makes a model: only data called a benchmark or test set is its own benchmark
    abstract = ("We build FinSpeech-200K, a dataset of 200K Finnish speech instructions, and present "
                "KestrelLM, a new speech model. Experimental results show that our model responds better.")
    ex = Extractor().extract(PaperRecord(title="KestrelLM", abstract=abstract, source="test:1"))
    assert {"FinSpeech-200K", "KestrelLM"} <= set(ex.introduces)
    assert not [r for r in ex.relations if r.rule == "evaluated_on:own_dataset"]
    # nor is a corpus collected along with the paper's own model
    abstract = ("We collect a large-scale Finnish corpus, FinWebCorpus, from 70 sources. "
                "We present KestrelLM, a new Finnish language model. "
                "Extensive experiments show that our model achieves strong results.")
    ex = Extractor().extract(PaperRecord(title="Kestrel", abstract=abstract, source="test:1"))
    assert {"FinWebCorpus", "KestrelLM"} <= set(ex.introduces)
    assert not [r for r in ex.relations if r.rule == "evaluated_on:own_dataset"]


def test_trained_on_the_model_a_training_run_makes():
    """"We continue pretraining B on D, yielding A": A (not B) is what was trained on D."""
    abstract = "We continue pretraining Code Llama on the KesProof dataset, a mixture of papers and code, yielding KesMath."
    ex = Extractor().extract(PaperRecord(title="KesMath: an open language model for Finnish mathematics",
                                         abstract=abstract, source="test:1"))
    assert {("BASED_ON", "kesmath", "codellama"), ("TRAINED_ON", "kesmath", "kesproof")} <= triples(ex.relations)
    assert ("TRAINED_ON", "codellama", "kesproof") not in triples(ex.relations)
    abstract = ("We construct KesBench, an instruction-tuning dataset for tool use. Based on KesBench, we fine-tune "
                "LLaMA to obtain an LLM KesTool, and equip it with a neural API retriever.")
    ex = Extractor().extract(PaperRecord(title="KesTool: Facilitating Large Language Models to Master Real-world APIs",
                                         abstract=abstract, source="test:1"))
    assert ("TRAINED_ON", "kestool", "kesbench") in triples(ex.relations)


# --- the real pipeline ----------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def bundled():
    """title -> PaperExtraction for the gold papers and a few more, by the real Extractor."""
    gold_titles = {json.loads(line)["title"] for line in GOLD.read_text(encoding="utf-8").splitlines() if line}
    extra = {"DistilBERT, a distilled version of BERT: smaller, faster, cheaper and lighter",
             "BLIP: Bootstrapping Language-Image Pre-training for Unified Vision-Language Understanding and Generation"}
    records: dict[str, PaperRecord] = {}
    for record in read_listings([str(EXAMPLES_DIR)]):
        if record.title in gold_titles | extra:
            records.setdefault(record.title, record)
    return {r.title: ex for r, ex in zip(records.values(), Extractor().pipe(records.values()))}


def test_extractor_runs_the_relation_hook(bundled):
    ex = bundled["Crosslingual Generalization through Multitask Finetuning"]
    got = triples(ex.relations)
    assert {("BASED_ON", "bloomz", "bloom"), ("BASED_ON", "mt0", "mt5"),
            ("HAS_CODE", "bloomz", "bigscience-workshop/xmtf")} <= got
    assert find_relations(ex.paper, ex) == ex.relations  # deterministic, and what the hook produced
    data = ex.to_json()["relations"]
    assert data and set(data[0]) == {"type", "source", "target", "evidence", "rule", "confidence"}
    json.dumps(data)  # plain data


def test_every_relation_is_auditable(bundled):
    for ex in bundled.values():
        text = f"{ex.paper.title}\n{ex.paper.abstract}"
        for rel in ex.relations:
            assert rel.evidence and rel.evidence in text, rel
            assert rel.rule.split(":")[0] in {"based_on", "trained_on", "evaluated_on", "has_code"}
            assert 0 < rel.confidence <= 1
            assert rel.source != rel.target


def test_has_code_is_the_code_of_what_the_paper_introduces(bundled):
    ex = bundled["VL-BERT: Pre-training of Generic Visual-Linguistic Representations"]
    assert ("HAS_CODE", "vlbert", "jackroos/vl-bert") in triples(ex.relations)
    # nothing named is introduced: the released code is the paper's own
    ex = bundled["Linearly Mapping from Image to Text Space"]
    assert triples(ex.relations) == {("HAS_CODE", "paper", "jmerullo/limber")}
    # a dataset paper's "The dataset and code are available at URL": the code of its datasets
    ex = bundled["Egocentric Video-Language Pretraining"]
    assert {("HAS_CODE", "egoclip", "showlab/egovlp"), ("HAS_CODE", "egomcq", "showlab/egovlp")} <= triples(ex.relations)


def test_has_code_goes_to_the_model_the_repository_is_named_after():
    abstract = ("We introduce KestrelLM, a speech model built on Helix, a new text model, and Quill, a new codec. "
                "Our resulting model is available at https://github.com/acme/kestrellm.")
    ex = Extractor().extract(PaperRecord(title="KestrelLM", abstract=abstract, source="test:1"))
    assert {"KestrelLM", "Helix", "Quill"} <= set(ex.introduces)
    assert [(r.source, r.target) for r in ex.relations if r.type == "HAS_CODE"] == \
        [(("model", "kestrellm"), ("repository", "acme/kestrellm"))]


@pytest.mark.parametrize("sentence", [
    "Code: https://github.com/acme/foo",
    "We release FooBench at https://github.com/acme/foo.",
    "Please refer to our GitHub project for details: https://github.com/acme/foo.",
    "FooBench comes with open-source code and a public leaderboard at https://github.com/acme/foo.",
])
def test_has_code_release_sentences(sentence):
    record = PaperRecord(title="Foo", abstract=f"We study foo. {sentence}", source="test:1")
    ex = Extractor().extract(record)
    assert ("repository", "acme/foo") in {tuple(r.target) for r in ex.relations if r.type == "HAS_CODE"}


def test_no_has_code_for_a_linked_list_or_a_used_tool():
    for sentence in ("We maintain an awesome list of papers at https://github.com/acme/awesome-foo.",
                     "We build on the toolkit https://github.com/acme/foo for our experiments."):
        ex = Extractor().extract(PaperRecord(title="Foo", abstract=f"We study foo. {sentence}", source="test:1"))
        assert not [r for r in ex.relations if r.type == "HAS_CODE"], sentence


def test_papers_without_stated_relations_get_none(bundled):
    for title in ("Benchmarking Large Language Model Capabilities for Conditional Generation",
                  ("QLIP: Text-Aligned Visual Tokenization Unifies Auto-Regressive Multimodal Understanding and "
                   "Generation")):
        assert bundled[title].relations == []


def _eval_module():
    spec = importlib.util.spec_from_file_location("eval_relations", ROOT / "bench" / "eval_relations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_precision_and_recall_on_the_hand_checked_set(bundled):
    ev = _eval_module()
    gold = ev.load_gold(GOLD)
    assert len(gold) >= 30 and any(not g["relations"] for g in gold)
    report = ev.score(gold, bundled)["groups"]
    # precision over recall: measured 1.00 / 0.96 / 0.94; recall 0.61 / 0.59 / 0.94 (docs/benchmarks.md)
    assert report["BASED_ON"]["precision"] >= 0.9
    assert report["TRAINED_ON+EVALUATED_ON"]["precision"] >= 0.9
    assert report["HAS_CODE"]["precision"] >= 0.9
    assert report["BASED_ON"]["recall"] >= 0.5
    assert report["TRAINED_ON+EVALUATED_ON"]["recall"] >= 0.5
    assert report["HAS_CODE"]["recall"] >= 0.8


def test_scorer_counts_misses_and_false_positives(bundled):
    """The scorer itself can fail: an empty prediction has recall 0, a wrong one precision 0."""
    ev = _eval_module()
    title = "Crosslingual Generalization through Multitask Finetuning"
    ex = bundled[title]
    gold = [{"title": title, "relations": [{"type": "BASED_ON", "source": ["model", "BLOOMZ"],
                                            "target": ["model", "BLOOM"]}]}]
    assert ev.score(gold, {title: ex})["groups"]["BASED_ON"]["recall"] == 1.0
    wrong = [{"title": title, "relations": [{"type": "BASED_ON", "source": ["model", "BLOOM"],
                                             "target": ["model", "BLOOMZ"]}]}]
    s = ev.score(wrong, {title: ex})["groups"]["BASED_ON"]
    assert s["recall"] == 0.0 and s["precision"] == 0.0


def test_scorer_name_matching_tolerates_what_extraction_folds():
    ev = _eval_module()
    assert ev._same_name("ernie20", "ernie") and ev._same_name("nemotronmini", "nemotronmini4b")
    assert ev._same_name("arabicwikipedia", "wikipedia")  # a language edition of the corpus
    assert not ev._same_name("simplewikipedia", "wikipedia") and not ev._same_name("bert", "roberta")


def test_heldout_relation_sets_name_their_abstracts_and_pool():
    """Each bench/heldout/relations/NAME.jsonl annotates papers of bench/heldout/NAME.jsonl, and the
    pooled report adds the sets' counts."""
    ev = _eval_module()
    folder = ROOT / "bench" / "heldout" / "relations"
    paths = sorted(folder.glob("*.jsonl"))
    assert len(paths) >= 10
    for path in paths:
        titles = {json.loads(line)["title"] for line in (folder.parent / path.name).read_text("utf-8").splitlines()
                  if line.strip()}
        gold = ev.load_gold(path)
        assert gold and {g["title"] for g in gold} <= titles, path.name
        for g in gold:
            assert all(r["type"] in ev.GROUPS for r in g["relations"]), path.name
    one = {"papers": 2, "errors": [], "groups": {g: {"predicted": 2, "correct": 1, "gold": 4, "found": 1}
                                                 for g in ev.GROUPS}}
    both = ev.pooled([one, one])
    assert both["papers"] == 4 and both["groups"]["BASED_ON"]["precision"] == 0.5
    assert both["groups"]["BASED_ON"]["recall"] == 0.25 and both["groups"]["BASED_ON"]["gold"] == 8


def test_precision_and_recall_on_the_blind_heldout_relations():
    """The blind-annotated held-out sets, pooled: floors under the measured figures (160 sets:
    precision 0.89 / 0.76 / 0.88, recall 0.37 / 0.41 / 0.84 for BASED_ON / TRAINED+EVALUATED / HAS_CODE)."""
    ev = _eval_module()
    folder = ROOT / "bench" / "heldout" / "relations"
    reports = []
    for path in sorted(folder.glob("*.jsonl")):
        gold = ev.load_gold(path)
        reports.append(ev.score(gold, ev.extract_titles((g["title"] for g in gold), folder.parent / path.name)))
    groups = ev.pooled(reports)["groups"]
    assert groups["BASED_ON"]["precision"] >= 0.85 and groups["BASED_ON"]["recall"] >= 0.25
    assert groups["TRAINED_ON+EVALUATED_ON"]["precision"] >= 0.7
    assert groups["TRAINED_ON+EVALUATED_ON"]["recall"] >= 0.3
    assert groups["HAS_CODE"]["precision"] >= 0.8 and groups["HAS_CODE"]["recall"] >= 0.75


def test_trained_on_by_a_second_predicate_of_the_subject():
    text = ("KesFS is based on a graph neural network (GNN) encoder and decoder and a sliding-window processor, "
            "and is trained on the KesERA5 re-analysis.")
    s = sent(text, ("model", "KesFS"), ("dataset", "KesERA5"))
    assert triples(trained_on(s, None)) == {("TRAINED_ON", "kesfs", "kesera5")}
    text = "KesFS is better than KesNet, and is trained on KesERA5."  # (the subject, not the one compared with)
    s = sent(text, ("model", "KesFS"), ("model", "KesNet"), ("dataset", "KesERA5"))
    assert triples(trained_on(s, None)) == {("TRAINED_ON", "kesfs", "kesera5")}
