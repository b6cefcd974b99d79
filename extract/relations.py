"""Relations a paper's text states between the entities extraction found.

Input is what the extractor already decided: the paper's models and datasets
with their mentions (field + character offsets), its links and the names it
introduces. Relations are read from one sentence at a time (a few rules look
back at the paper's own names), from the words between (or right around) two
mentions, with regex rules on that text:

* BASED_ON (model -> model): "A, a Danish LLM based on B", "Built on a general pretrained B, A ...",
  "A initializes ... with B", "A, a B-based model", "A, a monolingual B language model", "finetuned
  variants of B called A", "we fine-tune B to obtain A", "our B1 and B2 based models, A1 and A2",
  and, in a paper introducing exactly one model, "we further pretrain B", "we adapt B"; and a new
  model named after a named one ("we propose Emotion-LLaMA", with LLaMA named).
* TRAINED_ON (model or paper -> dataset): a training verb followed by "on/using/over" and the
  dataset, possibly described ("we pre-train A on a corpus assembled from D1 and D2"), a sentence
  about the training data ("Our training data combines D1 with D2"), "D, which we use to pretrain
  A", and "trained on this data" after the paper's own dataset.
* EVALUATED_ON (model or paper -> dataset): an evaluation cue ("evaluate", "results", "outperforms",
  "state-of-the-art", "leaderboard") before "on/in/across/including" and the dataset; and a
  dataset the paper introduces, where the abstract reports results without naming another dataset
  ("We introduce DROP ... . The best systems only achieve 32.7% F1").
* HAS_CODE (model, dataset or paper -> repository): a GitHub repository the paper links in a
  release sentence ("Our code and models are available at URL") is the code of the models the
  paper introduces (the one it is named after, when there is one), else of its datasets, else of
  the paper itself.

Why no dependency parse: the pipeline is a blank "en" tokenizer (no weights
may be downloaded), so there is no parser for a DependencyMatcher. The rules
therefore only fire on short phrases, and refuse anything with
comparison or negation words between the two mentions ("than", "unlike",
"outperforms"...) - a wrong edge is worse than a missing one. The source of a
training/evaluation relation is the model the sentence attributes it to, else
the paper itself, but only when the sentence is not about other people's work
("e.g.", "such as", "existing", "typically"...).

Each Relation carries the sentence as evidence and the rule name, so every edge
in the graph can be audited. Plain functions over plain data: no spaCy objects
cross this module's boundary.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from itertools import pairwise

from .evidence import SentenceIndex, sentence_index
from .records import PaperRecord, name_key
from .results import Entity, PaperExtraction, Relation

BASED_ON = "BASED_ON"
TRAINED_ON = "TRAINED_ON"
EVALUATED_ON = "EVALUATED_ON"
HAS_CODE = "HAS_CODE"


@dataclass(frozen=True, slots=True)
class Slot:
    """One entity mention inside one sentence; offsets index the sentence text."""

    kind: str  # "model" | "dataset"
    key: str
    name: str
    start: int
    end: int


@dataclass(slots=True)
class Sentence:
    """A sentence of the title or abstract with the entity mentions in it, in text order."""

    text: str
    slots: list[Slot]
    field: str = ""  # "title" | "abstract"
    start: int = -1  # offsets of the sentence in its field's text (-1: unknown)
    end: int = -1

    def between(self, a: Slot, b: Slot) -> str:
        return self.text[a.end:b.start]

    def slots_between(self, start: int, end: int) -> list[Slot]:
        return [s for s in self.slots if s.start >= start and s.end <= end]


# --- word lists -----------------------------------------------------------------------------------

_W = r"[\w.+'’-]+"  # one word (names like "Llama-2", "3.1" included)
# Words that turn a span into a comparison, negation or contrast: never a relation across them.
NEGATIVE = re.compile(
    r"\b(?:than|unlike|instead|not|no|without|compared?|comparison|comparable|versus|vs|outperform\w*|"
    r"surpass\w*|beat\w*|beating|rival\w*|against|whereas|while|but|however|except)\b",
    re.IGNORECASE,
)
# Markers of a sentence about the field or other people's work, not about this paper's own runs.
GENERIC = re.compile(
    r"\b(?:e\.g|i\.e|such as|like|typically|usually|often|existing|previous|prior|conventional|"
    r"traditional|commonly|widely|generally|mainstream|most|many|recent|recently|current|currently|"
    r"have been|has been)\b",
    re.IGNORECASE,
)
# A sentence that opens on the paper's own experiments: "Experiments demonstrate ...", "Empirical results ...".
OWN_RESULTS_OPENING = re.compile(
    r"^\W*(?:(?:extensive|comprehensive|thorough|our|the)\s+)?(?:experiments?|experimental\s+results?|empirical\s+"
    r"(?:results?|evaluations?)|evaluations?\s+results?|results)\b(?!\s+(?:of|from|in)\s+(?:previous|prior|existing))",
    re.IGNORECASE)
# What a result is compared with: "over previous models", "than existing methods" (not background).
COMPARED_WITH = re.compile(
    r"\b(?:over|than|outperform\w*|surpass\w*|beat\w*|against|compared\s+(?:to|with))\s+(?:the\s+|all\s+)?"
    r"(?:previous|prior|existing|current|recent|most|many|conventional|traditional|mainstream)\b", re.IGNORECASE)
COORDINATION = re.compile(r"^\s*(?:and|or|&|/)\b", re.IGNORECASE)  # "A and variants of B": A is not the new model
FIRST_PERSON = re.compile(r"\b(?:we|our|us)\b", re.IGNORECASE)

# BASED_ON triggers between the new model A and its base B ("A ... <trigger> ... B").
_BASE_TRIGGER = (
    r"(?:based\s+on|built\s+(?:up)?on(?:\s+top\s+of)?|builds?\s+(?:up)?on(?:\s+top\s+of)?|on\s+top\s+of|"
    r"initiali[sz]ed\s+(?:with|from)|initiali[sz]es?\s+[^;:]{0,60}?\s+(?:with|from)|"
    r"(?:fine-?tuned|finetuned)\s+(?:from|on\s+top\s+of)|"
    r"(?:further|continual(?:ly)?|continued?)\s+pre-?trained\s+(?:from|on\s+top\s+of)|"
    r"distill(?:ed)?\s+from|derived\s+from|adapted\s+from|starting\s+from|evolv(?:es|ed)\s+from|extends|extended|adapts|"
    r"(?:an?\s+)?extension\s+of|built\s+off|developed\s+(?:over|upon|on\s+top\s+of)|"
    r"continu(?:es|ed|ing)\s+(?:the\s+)?pre-?training(?:\s+(?:of|from))?|"
    r"(?:an?\s+)?(?:(?:fine-?tuned|finetuned|further\s+pre-?trained|distilled|instruction-tuned)\s+)?"
    r"(?:version|variant)s?\s+of)"
)
# "A and B were fine-tuned ... to build versions of C": C is the new one, the reverse of "A, a version of C".
MAKE_BEFORE_TRIGGER = re.compile(r"\bto\s+(?:build|create|make|obtain|produce|develop)\s+(?:\w+\s+)?$", re.IGNORECASE)
# Filler allowed between a trigger and the base model: "a general pretrained", "the weights of".
_FILLER = rf"(?:{_W}\s+){{0,5}}?"
# A clause of its own between A and the trigger: "... the knowledge of A, we fine-tune a metric based on B".
NEW_CLAUSE = re.compile(r",\s+we\b", re.IGNORECASE)
# A model named as a source is no new model: "models distilled from A on top of B" are built on B, not A.
SOURCE_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)
LEADING_ASIDE = re.compile(r"^\s*\([^()]{1,80}\)")
# (the base may be named in brackets after its description: "evolves from a text-to-image synthesis model
# (i.e., Stable Diffusion)")
BASE_AFTER = re.compile(rf"^(?P<pre>[^;:]{{0,90}}?)\b{_BASE_TRIGGER}\s+{_FILLER}(?:\((?:i\.e\.,?\s*)?)?$", re.IGNORECASE)
BASE_FRONTED = re.compile(
    r"^\W*(?:(?:built\s+(?:up)?on|building\s+(?:up)?on|based\s+on|initiali[sz]ed\s+(?:with|from)|(?:fine-?tuned|finetuned)\s+from|"
    r"(?:further|continual(?:ly)?|continued)\s+pre-?trained\s+(?:from|on)|distilled\s+from|starting\s+from)"
    rf"\s+{_FILLER})$",
    re.IGNORECASE,
)
# Between B and A in a fronted sentence: a short phrase ending in a comma ("model, ", "on 435B tokens, ").
BASE_FRONTED_GAP = re.compile(r"^[^;:.]{0,80},\s*(?:the\s+)?$", re.IGNORECASE)
# ... or ending in what we make of it: "Building on ESM-2, we introduce A", "Based on B, we develop a model, A".
# (Right after B only what names B's role: "Based on GPT-4 annotations, we train A" is no basis.)
_AS_BASE = (r"\s*(?:\([^()]{0,40}\)\s*)?(?:(?:language\s+)?(?:models?|backbones?|llms?|lms?|checkpoints?)\s*|"
            r"as\s+(?:an?|the|our|its)\s+(?:[\w-]+\s+){0,2}(?:foundation|backbone|base|model)\s*)?,")
BASE_FRONTED_WE = re.compile(
    rf"^{_AS_BASE}\s*we\s+(?:\w+\s+)?(?:introduce|present|propose|develop|build|train|release|create|obtain)\w*\s+"
    r"(?:the\s+|an?\s+|our\s+)?(?:[\w-]+\s+){0,3}?(?:[\w-]+,\s+)?$", re.IGNORECASE)
# "A, a T5-based hypermodel": an apposition before "B-based".
# "T5-based", "GPT2 based" (not "B based on", another trigger).
X_BASED = re.compile(r"[\s-]based\b(?!\s+on\b)", re.IGNORECASE)
# Something of the model's, not the model: "based on the BERT architecture" (a style: no BASED_ON by the
# annotation rules), "Open Models Based on Gemini Research and Technology".
NOT_THE_MODEL_AFTER = re.compile(r"\s+(?:architectures?|style|framework|research|technolog\w*)\b", re.IGNORECASE)
X_BASED_BEFORE = re.compile(rf"^\s*(?:,|--|—|–|\(|is|was)\s*(?:an?|the)?\s*(?:{_W}\s+){{0,3}}$", re.IGNORECASE)
# "a Polish BERT-based language model -- HerBERT", "... model called A".
# (and "a BERT-based language model pre-trained on Spanish data, which we call A", "a CLIP-based scoring
# function, A")
X_BASED_AFTER = re.compile(
    rf"^[\s-]based\s+(?:{_W}\s+){{0,3}}?(?:model|lm|llm|slm|plm|language\s+model|transformer|encoder|network|"
    r"hypermodel|architecture|function|scorer|classifier|detector|retriever|policy|agent)"
    r"(?:\s+(?:pre-?trained|trained|fine-?tuned|finetuned)\s+[^,;:.()]{0,60}?(?=,))?"
    r"\s*(?:--|—|–|\s-|,|:|\(|(?:,\s*)?(?:called|named|dubbed|which\s+we\s+(?:call|name|dub|term))(?:\s+as)?)\s*(?:the\s+)?$"
    r"|^[\s-]based\s+$",  # singular: one new model; or "B-based" right before it: "the T5-based Unicorn"
    re.IGNORECASE,
)
# "A1, A2 and A3, all BERT-based masked language models": the whole list.
X_BASED_LIST_BEFORE = re.compile(r"^\s*,?\s*(?:all|both)\s+(?:of\s+them\s+)?$", re.IGNORECASE)
VARIANTS_NAMED = re.compile(
    r"^\s+(?:model\s+famil(?:y|ies)\s+|models?\s+)?[^;:]{0,60}?\bvariants?\s+(?:called|named|dubbed)\s+$",
    re.IGNORECASE,
)
VARIANTS_OF = re.compile(
    r"^\s*,\s*(?:the\s+|an?\s+)?(?:(?:fine-?tuned|finetuned|instruction-tuned|distilled)\s+)?variants?\s+of\s+"
    r"(?:the\s+)?$", re.IGNORECASE)
# "a further pre-trained multilingual BERT (mBERTu)": base before, new model in brackets after.
PAREN_BEFORE = re.compile(
    r"\b(?:further|continual(?:ly)?|continued)\s+pre-?trained\s+(?:\w+\s+){0,2}$|"
    r"\b(?:fine-?tuned|finetuned|distilled)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
PAREN_AFTER = re.compile(r"^\s*(?:models?\s+)?\(\s*$")
# "RobeCzech, a monolingual RoBERTa language representation model", "Codex, a GPT language model
# fine-tuned on ...": a new model set off with "a ... B model". (Not "a model like B", "a B-style model".)
APPOSITION_BASE_GAP = re.compile(r"^\s*(?:,|:|--|—|–|\s-)\s*(?:an?)\s+(?:[\w-]+\s+){0,5}$", re.IGNORECASE)
APPOSITION_BASE_HEAD = re.compile(
    r"^\s+(?:[\w-]+\s+){0,2}(?:models?|lms?|llms?|plms?|encoders?|decoders?|checkpoints?|variant)\b", re.IGNORECASE)
# "a public, pre-trained, BERT model called A": "a/an" and up to four modifiers (no preposition: not "a
# model similar to B called A") before B, and a naming word after it.
NAMED_BASE_BEFORE = re.compile(r"\ban?\s+(?:(?!(?:to|than|like|with|from|of|on|as|and|or|for|in)\b)[\w-]+,?\s+){0,4}$",
                               re.IGNORECASE)
NAMED_BASE_GAP = re.compile(r"^\s*(?:(?:language\s+)?(?:models?|lms?|llms?|checkpoints?)\s*)?,?\s*"
                            r"(?:(?:called|named|dubbed|termed|known\s+as)|which\s+we\s+(?:call|name|dub|term))\s+$",
                            re.IGNORECASE)
# The title's "A: Czech RoBERTa, ...", "A: A Pretrained Language-Specific BERT for Estonian",
# "A: Pretrained BERT Models for Brazilian Portuguese".
TITLE_BASE_GAP = re.compile(r"^\s*:\s*(?:an?\s+)?(?:[\w-]+\s+){0,4}$", re.IGNORECASE)
TITLE_BASE_AFTER = re.compile(r"^(?:\s+(?:models?|language\s+models?|lms?|llms?))?\s*(?:,|for\b|$)", re.IGNORECASE)
GAP_NOT_A_VARIANT = re.compile(
    r"\b(?:like|than|similar|unlike|such|with|and|or|of|to|from|on|in|by|via|using|vs|versus|other|"
    r"competitor|alternative|rival|style|beyond|new)\b|\w+ing\b|-(?:like|style)\b", re.IGNORECASE)
# "we train BERT models for Brazilian Portuguese, which we nickname BERTimbau";
# "we used RoBERTa ... to train a Dutch language model called RobBERT".
TRAINED_INTO = re.compile(
    r"^\s*(?:\([^()]*\)\s*)?(?:models?\b)?[^.;:]{0,60}?,\s*which\s+we\s+(?:nickname|call|name|dub|term)\s+$",
    re.IGNORECASE)
TRAIN_BEFORE_BASE = re.compile(r"\b(?:train|trained|pre-?train|pre-?trained)\s+(?:the\s+)?$"
                               r"|\bversions?\s+of\s+(?:the\s+)?$", re.IGNORECASE)  # "a smaller version of B ..., which we term A"
USED_TO_TRAIN_NAMED = re.compile(
    r"^[^.;:]{0,60}?\bto\s+(?:pre-?)?train\s+(?:an?\s+)?[^.;:]{0,50}?\b(?:called|named|dubbed)\s+$", re.IGNORECASE)
USE_BEFORE_BASE = re.compile(r"\b(?:use|used|using)\s+(?:the\s+)?$", re.IGNORECASE)
# A new model made from a base in one sentence, the base named first:
# "we fine-tune LLaMA to obtain an LLM ToolLLaMA", "Finetuning LLaMa ... yields a model, which we call
# Humpback", "distill the Whisper model into a smaller variant, called Distil-Whisper", "Applying
# SELF-ALIGN to the LLaMA-65b base language model, we develop an AI assistant named Dromedary".
MADE_VERB_BEFORE = re.compile(
    r"\b(?:fine-?tun\w*|finetun\w*|train\w*|pre-?train\w*|distill\w*|adapt\w*|align\w*|instruction-tun\w*)\s+"
    r"(?:an?\s+|the\s+)?$", re.IGNORECASE)
MADE_TO_OBTAIN = re.compile(
    r"^[^.;:]{0,140}?\b(?:to\s+(?:obtain|create|produce|build|get|derive|develop|yield)|yield(?:s|ing)?|resulting\s+in|"
    r"giving\s+rise\s+to)\b"
    r"[^.;:]{0,60}?$", re.IGNORECASE)
DISTILL_BEFORE = re.compile(r"\bdistill\w*\s+(?:the\s+)?$", re.IGNORECASE)
DISTILL_INTO = re.compile(r"^[^.;:]{0,40}?\binto\b[^.;:]{0,50}?\b(?:called|named|dubbed)\s+$", re.IGNORECASE)
APPLYING_TO_BEFORE = re.compile(r"\bapplying\b[^,;.]{0,50}?\bto\s+(?:the\s+)?$", re.IGNORECASE)
APPLYING_GAP = re.compile(
    r"^[^.;:]{0,60}?,\s*we\s+(?:develop|obtain|build|create|present|introduce|train)\w*\b[^.;:]{0,50}?$",
    re.IGNORECASE)
# "We build Phoenix upon the multilingual BLOOMZ backbone": the new model is the object of "build".
BUILD_BEFORE = re.compile(r"\bbuil[dt]\s+$", re.IGNORECASE)
BUILD_UPON = re.compile(r"^\s+(?:up)?on\s+(?:top\s+of\s+)?(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# "A is obtained by instruction finetuning the 13B-parameter B", "we develop A, ..., by fine-tuning B",
# "we constructed A, an LLM with ..., by extending the vocabulary of B": the new model is what a making
# verb makes (`MADE_VERB_NEAR`), B what the "by"-phrase trains. (Filler without prepositions: "by
# training on data generated by B" does not train B.)
MADE_BY_GAP = re.compile(
    r"^[^.;:]{0,100}?\b(?P<by>by)\s+(?:instruction[- ]?|further\s+|continual(?:ly)?\s+)?"
    r"(?:fine-?tuning|finetuning|pre-?training|training|extending|adapting|inheriting|continuing\s+(?:the\s+)?pre-?training\s+of)"
    r"\s+(?:(?:the|an?|our)\s+)?(?:(?!(?:on|with|using|by|from|than|and|or|to|in)\s)[\w-]+\s+){0,3}?"
    r"(?:of\s+(?:the\s+)?|[\w-]+,\s+)?$",  # (... of the B; "a pretrained text-to-image model, B")
    re.IGNORECASE)
MADE_VERB_NEAR = re.compile(
    r"\b(?:obtain|creat|construct|buil[dt]|develop|train|deriv|produc|propos|introduc|present|releas|call|nam|dub)"
    r"\w*\b", re.IGNORECASE)
# "To create A, we start from a massively multilingual B model and ...".
TO_MAKE_BEFORE = re.compile(r"\bto\s+(?:create|build|obtain|train|develop|produce)\s+(?:the\s+|our\s+)?$", re.IGNORECASE)
WE_START_FROM = re.compile(
    r"^\s*,\s*we\s+(?:start\w*\s+(?:from|with)|initiali[sz]e\w*(?:\s+\w+){0,3}?\s+(?:from|with)|fine-?tune\w*|"
    r"finetune\w*|(?:further|continually)\s+pre-?train\w*|continue\w*\s+(?:the\s+)?pre-?training(?:\s+of)?|adapt\w*|"
    r"extend\w*)\s+(?:(?:the|an?)\s+)?(?:[\w-]+\s+){0,3}?$", re.IGNORECASE)
# "Chimera, a variant trained on LLaMA".
VARIANT_TRAINED_ON = re.compile(
    r"^\s*,\s*(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:variants?|versions?)\s+(?:trained|built|fine-?tuned|based)\s+"
    r"(?:(?:up)?on|from)\s+(?:the\s+)?$", re.IGNORECASE)

# "our BERT and ELECTRA based German language models, GBERT and GELECTRA" / "based on both the ELMo
# and BERT frameworks: NorELMo and NorBERT": a list of bases, then the list of new models they give.
LIST_BASED_AFTER = re.compile(
    r"^[\s-]based\s+(?:[\w-]+\s+){0,3}?(?:models|lms|llms|encoders)\s*(?:,|:|--|—|–)\s*$", re.IGNORECASE)
BASED_ON_LIST_AFTER = re.compile(r"^\s+(?:\w+\s+){0,2}?(?:frameworks|architectures|models)\s*(?::|,)\s*$", re.IGNORECASE)
BASED_ON_LIST_BEFORE = re.compile(r"\bbased\s+on\s+(?:both\s+)?(?:the\s+)?$", re.IGNORECASE)

# In a paper introducing one model: "we further pretrain B", "distillation from B".
PAPER_MODEL_BASE = re.compile(
    r"(?:\bwe\s+(?:further|continually|continue\s+to)\s+(?:pre-?)?train(?:ed)?|"
    r"\b(?:knowledge\s+)?distill(?:ation|ed)\s+from|"
    r"\bwe\s+initiali[sz]e\s+(?:\w+\s+){0,4}?(?:with|from)|"
    # "we adapt Mistral 7B", "pruning the LLaMA2-7B model", "By expanding LLaMa2's vocabulary"
    r"\bwe\s+(?:adapt|adapted|prune|pruned|compress|compressed|extend|extended|expand|expanded)|"
    r"\bwe\s+build\s+(?:up)?on|"  # "we build upon the BERT model to learn ..."
    # "We fine-tune GPT-3 to answer long-form questions" (in WebGPT's paper), "obtained by fine-tuning GPT-3"
    r"\bwe\s+(?:fine-?tune|fine-?tuned|finetune|finetuned)|\bby\s+(?:fine-?tuning|finetuning)|"
    r"\b(?:by\s+)?(?:pruning|compressing|adapting|expanding|extending|continually\s+pre-?training|"
    r"further\s+pre-?training|continuing\s+(?:the\s+)?pre-?training\s+(?:of|on))|"
    # "Starting from the Qwen-LM as a foundation, we ...", "the MatCha pretraining starting from Pix2Struct"
    r"\bstarting\s+from"
    r")\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# ... and a sentence opening on its base: "Based on OpenFlamingo-9B, we continue pre-training on ...",
# "Based on LLaMA-2 as our underlying model, our results show ..." (B's role, then a comma: `_AS_BASE`).
PAPER_MODEL_FRONTED = re.compile(r"^\W*(?:based|built|building)\s+(?:up)?on\s+(?:the\s+|an?\s+)?$", re.IGNORECASE)
AS_BASE = re.compile(_AS_BASE, re.IGNORECASE)

# "These models are based on B1 and B2": the subject refers to the models the previous sentence names.
ANAPHORA_SUBJECT = re.compile(
    r"^\W*(?:these|both|the\s+two|our|the\s+resulting)\s+(?:\w+\s+){0,2}?models?\s+(?:are|is|were|was)\s+"
    r"(?:both\s+|all\s+)?(?:based\s+on|built\s+(?:up)?on|initiali[sz]ed\s+(?:from|with)|(?:fine-?tuned|finetuned)\s+"
    r"from|derived\s+from|(?:further|continually)\s+pre-?trained\s+from)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
INTRO_PREV = re.compile(
    r"\bwe\s+(?:have\s+)?(?:develop(?:ed)?|present(?:ed)?|introduced?|proposed?|released?|buil[dt]|train(?:ed)?)"
    r"\s+(?:\w+\s+){0,2}?$",
    re.IGNORECASE,
)

# TRAINED_ON: "<train verb> [models | filler] on/using/over [filler] D".
_TRAIN_VERB = (
    r"\b(?:(?:continual(?:ly)?|continued|further)\s+)?(?:pre-?|re-?)?train(?:ed|ing|s)?\b|"
    r"\bfine-?tun(?:ed|ing|es?)\b|\bfinetun(?:ed|ing|es?)\b|\bpre-?train\b"
)
TRAIN_VERB = re.compile(_TRAIN_VERB, re.IGNORECASE)
# A training participle used as an adjective of the models right before the preposition ("pre-trained models on").
ATTRIBUTIVE_TRAINED = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:models?|lms?|llms?|plms?|encoders?|checkpoints?|transformers?)\s+$", re.IGNORECASE)
# ("over" before a number is "more than": "trained on over 220M words aggregated from D")
TRAIN_PREP = re.compile(r"\b(?:on|using|over(?!\s+\d))\s+", re.IGNORECASE)
# How a model is trained, right before the preposition of its data: "pre-trained with a self-supervised
# learning objective on D", "fine-tuned with LoRA on D".
MANNER_WITH = re.compile(r"\bwith\s+(?:[\w'’-]+\s+){0,5}[\w'’-]+\s*$", re.IGNORECASE)
# Words allowed between a training verb and its preposition besides model names:
# "pre-train VL-BERT on", "is carried out on", "over three epochs using", "the LLM only on", "A (7B) on".
_MID_WORD = re.compile(
    r"^(?:the|a|an|our|its|their|this|these|it|them|model|models|llm|llms|lm|lms|and|variants|variant|of|"
    r"is|was|are|were|be|been|being|carried|out|conducted|performed|done|only|further|jointly|first|then|"
    r"initially|all|from|scratch|for|\d+|\d+(?:\.\d+)?[bmk]|one|two|three|four|five|epochs?|steps|iterations|over|both|"
    r"each|additionally|also|mainly|exclusively|solely)$",
    re.IGNORECASE,
)
# Subject of a training verb right before it: "A underwent", "A is", "A, which was".
# ("A model, pretrained on D": a head noun, then the participle set off by a comma)
TRAIN_SUBJECT = re.compile(
    r"^\s*\)?\s*(?:(?:model|models)\s*)?(?:,\s*)?(?:(?:which|that|is|was|are|were|has|have|had|been|being|"
    r"underwent|undergoes|then|first|also|further|model|models)\s+){0,4}$",
    re.IGNORECASE,
)
# A second predicate of the sentence's subject, right before the training verb: "..., and is trained on D".
COORDINATED_PREDICATE = re.compile(r",?\s+and\s+(?:is|was|are|were|has\s+been|have\s+been)\s+"
                                   r"(?:(?:then|further|also|first)\s+)?$", re.IGNORECASE)
# A sentence opening on how its subject was trained: "Trained on AudioCaps with a single GPU, A ...".
# (up to three lower-case words before the data: "Trained on our newly introduced D, A achieves ...")
TRAINED_FRONTED = re.compile(r"^\W*(?i:(?:pre-?|further\s+|jointly\s+)?trained|fine-?tuned|finetuned|pre-?trained)\s+"
                             r"(?i:on|using)\s+(?:the\s+|our\s+)?(?:[a-z][\w-]*\s+){0,3}"
                             r"(?:(?:[A-Z][\w-]*\s+){1,6}\()?$")  # ("... Open Time Series Archive (LOTSA)")
# Data fronted as the means of the paper's training: "Using SMolInstruct, we fine-tune A and B",
# "Leveraging the ECInstruct dataset, we develop A ... by instruction-tuning ...".
USE_FRONTED = re.compile(r"^\W*(?:using|leveraging|with|based\s+on)\s+(?:the\s+|our\s+|this\s+)?$", re.IGNORECASE)
WE_TRAIN_AFTER = re.compile(
    r"^\s*(?:(?:dataset|corpus|data)\s*)?,\s*we\s+(?:then\s+|further\s+)?(?:(?P<train>(?:pre-?|instruction-?)?"
    r"(?:train|fine-?tune|finetune)\w*)|develop\w*|build\w*|create\w*)\b", re.IGNORECASE)
# A rule about training, not a training run: "systems could only be trained on D" (a shared task's track).
PERMITTED_TRAINING = re.compile(r"\b(?:could|can|may|must|should)\s+(?:only\s+|not\s+)?be\s+(?:\w+\s+)?$",
                                re.IGNORECASE)
# The training of what is compared with: "... outperformed pre-trained models such as XLM-R on X", "higher
# accuracy compared to a CNN model pre-trained on the ImageNet" (a comparison in the verb's clause).
COMPARED_TRAINING = re.compile(r"\b(?:than|compared\s+(?:to|with)|versus|vs\.?|outperform\w*|surpass\w*|unlike)\b"
                               r"[^;:.,]*$", re.IGNORECASE)
BY_TRAINING = re.compile(r"\bby\s+(?:pre-?|further\s+|instruction-?)?(?:train|fine-?tun|finetun|tun)\w*", re.IGNORECASE)
# A model the sentence compares with, not the paper's: "close to that of a wav2vec 2.0 model fine-tuned on".
COMPARED_SUBJECT = re.compile(r"\b(?:than|compared\s+(?:to|with)|close\s+to|similar\s+to|on\s+par\s+with|"
                              r"comparable\s+to|(?:that|those)\s+of|versus|vs)\b[^,;]{0,40}$", re.IGNORECASE)
# A subject set off by an apposition: "A, the first purely Romanian transformer-based language model, pretrained".
TRAIN_SUBJECT_APPOSITION = re.compile(r"^\s*,\s*(?:an?|the|our)\s+[^,;:.()]{0,80},\s*(?:(?:which|that)\s+(?:is|was)\s+)?$"
                                      # (or ending at its head: "A, a generative language model pre-trained on")
                                      r"|^\s*,\s*(?:an?|the|our)\s+[^,;:.()]{0,80}\b(?:models?|lms?|llms?|vlms?|mllms?|lmms?|"
                                      r"encoders?|networks?|transformers?|polic(?:y|ies)|agents?|checkpoints?)\s+$",
                                      re.IGNORECASE)
# A model's apposition between a training verb and its data: "We fine-tune mT5, a pretrained multilingual
# model, on XL-Sum" (`_mid_ok`).
MID_APPOSITION = re.compile(r"^\s*,\s*(?:an?|the|our)\s+[^,;:.()]{1,90},")
# "To train A, we construct a large multi-modal dataset, namely, D": the data made for training A.
TO_TRAIN_FRONTED = re.compile(r"^\W*to\s+(?:pre-?|further\s+|fine-?)?train\s+(?:the\s+|our\s+)?$", re.IGNORECASE)
WE_MAKE_DATA = re.compile(
    r"^\s*,\s*we\s+(?:\w+\s+)?(?:construct|create|collect|build|built|curate|compile|assemble|use|introduce|develop|"
    r"gather)\w*\s+[^.;:]{0,100}$", re.IGNORECASE)
# "We use large corpora like D1 and D2 to train models".
USE_TO_TRAIN = re.compile(r"^\s+(?:to|for)\s+(?:(?:further|continually|jointly)\s+)?(?:pre-?)?train", re.IGNORECASE)
USE_BEFORE = re.compile(r"\b(?:we\s+(?:use|used|leverage|utili[sz]e|employ))\s+(?P<fill>(?:[\w-]+\s+){0,4}?)$",
                        re.IGNORECASE)
# A training corpus described before its sources: "pretrained on a large text corpus assembled from
# OPUS, OSCAR and Wikipedia", "trained on code from online repositories and StackOverflow", "on the
# Dutch section of the OSCAR corpus". Up to 12 words, none of which starts another clause.
# (whole words only: the "to" of "triple-to-text datasets" starts no clause)
DATA_PHRASE_BREAK = re.compile(
    r"[;:()]|(?<![\w-])(?:which|that|where|when|while|whereas|yet|we|our|and\s+then|then|to|different|unlike|except|"
    r"beyond|outside|other\s+than|instead|e\.g|i\.e)(?![\w-])", re.IGNORECASE)
# A sentence whose subject is the training data: "Our training data combines the German portion of
# OSCAR with Wikipedia", "The training corpus is built from the web corpora hrWaC, bsWaC, ...".
TRAINING_DATA_SUBJECT = re.compile(
    r"^\W*(?:(?:our|the|its|their)\s+)?(?:(?:pre-?|continued\s+|continual\s+)?training|pre-?training)\s+"
    r"(?:data(?:set)?|corpus|corpora|set|mixture|mix)\s+(?:of\s+[^,;:.()]{0,40}?\s+)?(?:(?:is|was|are|were|has\s+been)\s+)?"
    r"(?:combines?|consists?\s+of|consisting\s+of|comprises?|includes?|contains?|mix(?:es)?|spans?|draws?\s+(?:on|from)|"
    r"(?:built|drawn|collected|compiled|composed|sourced|derived|assembled|constructed|created|made\s+up)\s+(?:from|of|out\s+of))\b",
    re.IGNORECASE,
)
# "the Clean Italian mC4 corpus, which we use to pretrain four IT5 model sizes", "Zyda-2, used to train".
USED_TO_TRAIN_AFTER = re.compile(
    r"^\s*(?:(?:corpus|corpora|dataset|data)\s*)?,?\s*(?:(?:the|a|an)\s+(?:[^,;:.()]|(?<=\d)[,.](?=\d)){0,80}?\s+)?"
    # (", the complete dataset of 800,000 labels used to train")
    r"(?:(?:which|that)\s+(?:we\s+)?(?:is\s+|was\s+|are\s+|were\s+)?)?"
    r"used?d?\s+(?:it\s+)?(?:to|for)\s+(?:(?:further|continually|jointly)\s+)?(?:pre-?)?train\w*\b",
    re.IGNORECASE,
)
USE_LIST_WORDS = re.compile(r"\b(?:large|like|such\s+as)\b", re.IGNORECASE)  # "large corpora like D"
# EVALUATED_ON: a cue, then a preposition, then [filler] D.
EVAL_CUE = re.compile(
    r"\b(?:evaluat\w*|experiments?|experimental|results?|performance|performs?|accuracy|scores?|"
    r"achiev\w*|outperform\w*|surpass\w*|state-of-the-art|sota|improv\w*|gains?|tested|test\s+sets?|"
    r"benchmarks?|leaderboards?|first\s+place|validat\w*|verif(?:y|ies|ied|ying)|assess\w*|wers?|bleu|f1|rank\w*|retention)\b",
    re.IGNORECASE,
)
EVAL_PREP = re.compile(
    r"(?:\b(?P<word>on|in|across|including)|\b(?:leaderboards?|test\s+sets?|subsets?|splits?|tasks)\s+of"
    r"|\b(?:benchmarks?|datasets?)\s*:"
    r"|\b(?:benchmarks|datasets|tasks)\b[^.;:]{0,60}?,?\s*(?:i\.e\.|namely)\s*,?)\s+",  # "over four datasets ..., i.e., A"
    re.IGNORECASE,
)
# Between an experiment's datasets and the models it runs: "on ... GLUE benchmark with BERT and RoBERTa".
WITH_MODELS_GAP = re.compile(r"^\s*(?:(?:benchmarks?|datasets?|tasks?|test\s+sets?)\s+)?,?\s*(?:with|using|for)\s+(?:the\s+)?$",
                             re.IGNORECASE)
# "based on D", "relies on D", "focus on D" are not evaluation.
PREP_BLOCK = re.compile(r"\b(?:based|built|relies|rely|relying|focus\w*|depend\w*|build\w*|trained|"
                        r"(?<!prior )(?<!previous )(?<!existing )(?<!related )work\w*|"  # (not "outperforms prior work on D")
                        r"pre-?trained|fine-?tuned|finetuned)\s*$", re.IGNORECASE)
# "On ML50, we demonstrate ...", "On the popular MS MARCO passage ranking task, experimental results show ..."
# (also "In D, ..." and after a sentence adverb: "Notably, in the OSWorld benchmark, UI-TARS achieves ...")
SENTENCE_ON = re.compile(r"^\W*(?:[A-Z][a-z]+ly,\s+)?(?i:on|in)\s+(?:(?i:the)\s+)?(?:[a-z][\w-]*\s+){0,4}$")
_FILL_WORD = re.compile(
    r"^(?:the|a|an|both|all|several|various|multiple|standard|popular|widely-used|used|public|"
    r"challenging|large-scale|massive-scale|sizeable|instructional|video|text|english|chinese|"
    r"\d+(?:\.\d+)?[kmbt]?|one|two|three|four|five|six|seven|eight|nine|ten|subsets?|of|its|their|our|new|"
    r"clean|other|test|dev|labeled|unlabeled|data|its|held-out|downstream|well-known|"
    r"standardized|testing|twelve|datasets?|corpus|corpora|benchmarks?|suite|\w+ly)$",
    re.IGNORECASE,
)
SUBJECT_GUARD = re.compile(r"\b(?:than|over|against|compared|versus|vs|outperform\w*|surpass\w*|beat\w*|"
                           r"such as|like|e\.g|including|rival\w*)\b", re.IGNORECASE)
FRONTED_ADJUNCT = re.compile(r"^\W*(?:applied|built|based|trained|fine-?tuned|using|with|combined|starting|"
                             r"plugged|integrated)\b[^,;:]{0,30}$", re.IGNORECASE)
OUR_SUBJECT_AFTER = re.compile(r"^\s*,\s*(?:our|we|the\s+proposed|this)\b", re.IGNORECASE)
EVAL_VERB_OBJECT = re.compile(r"\b(?:evaluat\w*|test(?:ed|ing)?|benchmark(?:ed|ing)?|assess\w*)\s+(?:the\s+)?$",
                              re.IGNORECASE)
# "evaluate A" + "on <task> and achieve/obtain ... (results|accuracy|performance) ..." before the preposition of D.
EVAL_THEN_RESULTS = re.compile(r"^\s+on\s+[^;:,.()]{1,60}?\s+and\s+(?:achiev|obtain|reach|set)\w*\s+[^;:,.()]{0,40}?"
                               r"\b(?:results?|accuracy|performance|scores?)\s+$", re.IGNORECASE)
# A sentence whose subject stands for the paper's model: "It also sets a new state-of-the-art on D".
# (also after a short fronted adverbial: "In particular, it obtains state-of-the-art results on ...")
MODEL_PRONOUN_SUBJECT = re.compile(r"^\s*(?:[A-Z][a-z]+(?:\s+[a-z]+)?,\s+(?:it|the (?:resulting |proposed |final )?model|"
                                   r"this model|our model)\s|(?:It|The (?:resulting |proposed |final )?model|This model|"
                                   r"Our model)\s)")

# A dataset paper's results on its own dataset: "State-of-the-art systems only achieve 32.7% F1",
# "We evaluate 20 LLMs and find that ...". Results words, and something that is run.
RESULTS_WORDS = re.compile(
    r"\b(?:achiev\w*|scor\w*|accuracy|f1|performance|performs?|performing|struggl\w*|results?|evaluat\w*|baselines?|"
    r"experiments?|outperform\w*|surpass\w*|fall\s+short|lag\w*\s+behind|far\s+(?:from|behind|below))\b",
    re.IGNORECASE)
RUN_WORDS = re.compile(
    r"\b(?:we|our|models?|systems?|llms?|baselines?|methods?|approach\w*|state-of-the-art|sota|humans?|"
    r"annotators?)\b", re.IGNORECASE)

COMPARISON = re.compile(r"\b(?:than|over(?!\s+\d)|against|compared|versus|vs|outperform\w*|surpass\w*|beat\w*|unlike)\b",
                        re.IGNORECASE)
# Evaluation as a purpose, not a result: "designed to evaluate", "for evaluating", "an evaluation framework".
PURPOSE = re.compile(
    r"\b(?:to|for)\s+(?:\w+\s+)?(?:evaluat\w*|assess\w*|benchmark\w*|measur\w*|test\w*)\b[^,.;]*"
    r"|\bevaluation\s+(?:benchmarks?|frameworks?|suites?|sets?|data\w*|corpora|protocols?|platforms?)\b"
    r"|\benabl\w+\s+(?:the\s+)?evaluat\w*",
    re.IGNORECASE)
TRAINING_DATA_WORDS = re.compile(r"\b(?:instruction|pre-?training|training|tuning)\s+(?:data|datasets?|corpus|corpora|sets?)\b",
                                 re.IGNORECASE)
# A Title-Case run is a name ("Few-shot Learning Evaluation of Universal Representations"), not results.
TITLE_CASE_RUN = re.compile(r"\b[A-Z][\w-]*(?:\s+(?:(?:of|for|and|the|on|in|to)\s+)?[A-Z][\w-]*)+")
# What a paper that also makes models calls a dataset it evaluates on: a benchmark, an evaluation or test set.
EVAL_DATA_WORDS = re.compile(r"bench|eval|test|leaderboard|challenge|exam", re.IGNORECASE)
CORPUS_WORD = re.compile(r"\bcorp(?:us|ora)\b", re.IGNORECASE)
TEST_WORDS = re.compile(r"\b(?:evaluat\w*|test\w*|benchmark\w*|assess\w*)\b", re.IGNORECASE)
# Results that are no evaluation run: "results in", "resulting", future work and hopes ("we believe
# this corpus will serve ...", "allows for measuring", "how researchers can use D"), and an
# evaluation of the data itself ("a systemic evaluation of the large-scale captioning dataset").
NEGATIVE_RESULT = re.compile(
    r"\b(?:results?\s+in|resulting|will\s+be|future|expect\w*|would|hope|believe|may|might|could|allows?\s+for|"
    r"can\s+use|evaluation\s+of\s+(?:the|our|this)\s+(?:[\w-]+\s+){0,4}(?:dataset|corpus|data|annotations?))\b",
    re.IGNORECASE)

# Training on a dataset named in an earlier sentence: "We introduce D ... . Fine-tuning GPT-3 on this
# data ...", "models trained on it", "finetuning a toxicity classifier on our data".
ANAPHORIC_TRAINING = re.compile(
    r"\b(?:fine-?tun\w*|finetun\w*|train\w*|pre-?train\w*|instruction-tun\w*)\b(?P<mid>[^.;:]{0,60}?)\b(?:on|using)\s+"
    r"(?:it|this\s+(?:new\s+)?(?:dataset|data|corpus|collection)|our\s+(?:new\s+)?(?:dataset|data|corpus)|"
    r"these\s+data|the\s+resulting\s+(?:dataset|data|corpus))\b", re.IGNORECASE)

# HAS_CODE: a release sentence around a GitHub repository link ("Our code is available at URL",
# "We release AVATAR at URL", "Code: URL", "refer to our GitHub project: URL").
RELEASE = re.compile(
    r"\b(?:code|codes|source\s+code|sources|implementation|models?|weights|checkpoints?|parameters|data|datasets?|"
    r"benchmarks?|annotations|resources|toolkit|framework)\b"
    r"[^.]{0,80}?\b(?:available|released?|open-?sourced?|publicly|at|here|found|hosted)\b"
    r"|\b(?:release[sd]?|open-?sourced?|publish(?:es|ed)?)\b[^.]{0,60}?\b(?:code|models?|weights|checkpoints|data|at)\b"
    r"|\b(?:is|are)\s+(?:now\s+|publicly\s+|freely\s+|openly\s+)?available\s+(?:at|on|from|in)\b"
    r"|\bour\s+(?:github|project|repository|repo)\b|\bopen-source\s+(?:code|implementation|framework)\b"
    r"|(?:^|\.\s+|\n)\s*(?:code|project(?:\s+page)?|data|github)\s*:",
    re.IGNORECASE,
)
URL = re.compile(r"\S+://\S+|\S+\.(?:com|org|io|ai|net)/\S*", re.IGNORECASE)
NOT_OWN_CODE = re.compile(r"\b(?:awesome|list|survey|track|collection of papers|reading list)\b", re.IGNORECASE)

# Between two items of a list; an item may carry a short bracketed aside ("GSM8K (+17.9%), SVAMP").
_SEPARATOR = re.compile(r"^\s*(?:\([^()]{1,30}\)\s*)?(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s*|/\s*)(?:the\s+)?$",
                        re.IGNORECASE)
# ...and in a list of datasets, after a lower-case task word: "NoCaps, Flickr30k captioning, RefCOCO".
# ("the nuScenes dataset and our SUP-AD dataset": the second may be the paper's own)
_DATA_SEPARATOR = re.compile(r"^\s*(?:[a-z][\w-]*\s*)?(?:\([^()]{1,30}\)\s*)?"
                             r"(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s*|/\s*)(?:the\s+|our\s+)?$")


def _separator(kind: str) -> re.Pattern:
    return _DATA_SEPARATOR if kind == "dataset" else _SEPARATOR


# --- sentences ------------------------------------------------------------------------------------

def _field_text(record: PaperRecord, field: str) -> str:
    return (record.title if field == "title" else record.abstract) or ""


def sentences(record: PaperRecord, entities: Iterable[Entity]) -> list[Sentence]:
    """The sentences holding at least one mention, with their slots (overlaps: the longer mention wins)."""
    grouped: dict[tuple[str, int], tuple[str, list[Slot]]] = {}
    index: dict[str, SentenceIndex] = {}  # per field: one pass over the text, however many mentions
    for entity in entities:
        for m in entity.mentions:
            text = _field_text(record, m.field)
            if text[m.start:m.end] != m.text:  # offsets must index this text; otherwise ignore the mention
                continue
            if m.field not in index:
                index[m.field] = sentence_index(text)
            left, right = index[m.field].bounds(m.start, m.end)
            entry = grouped.setdefault((m.field, left), (text[left:right], []))
            entry[1].append(Slot(entity.kind, entity.key, entity.name, m.start - left, m.end - left))
    out: list[Sentence] = []
    for (field, left), (text, slots) in sorted(grouped.items(), key=lambda kv: (kv[0][0] != "title", kv[0][1])):
        slots.sort(key=lambda s: (s.start, -(s.end - s.start)))
        kept: list[Slot] = []
        for slot in slots:
            if kept and slot.start < kept[-1].end:
                continue
            kept.append(slot)
        out.append(Sentence(text, kept, field, left, left + len(text)))
    return out


def coordinated(sent: Sentence, first: Slot, kind: str | None = None) -> list[Slot]:
    """`first` and the slots coordinated after it: "BLOOM and mT5", "FewRel, AGNews, and DBPedia"."""
    kind = kind or first.kind
    group = [first]
    rest = [s for s in sent.slots if s.start >= first.end]
    for slot in rest:
        if slot.kind != kind or not _separator(kind).match(sent.text[group[-1].end:slot.start]):
            break
        group.append(slot)
    return group


def coordinated_before(sent: Sentence, last: Slot) -> list[Slot]:
    """`last` and the same-kind slots coordinated before it, in text order."""
    group = [last]
    for slot in reversed([s for s in sent.slots if s.end <= last.start]):
        if slot.kind != last.kind or not _separator(last.kind).match(sent.text[slot.end:group[0].start]):
            break
        group.insert(0, slot)
    return group


def _rel(kind: str, src: tuple[str, str], dst: tuple[str, str], sent: Sentence, rule: str,
         confidence: float) -> Relation:
    return Relation(type=kind, source=src, target=dst, evidence=sent.text.strip(), rule=rule, confidence=confidence)


def _model(slot: Slot) -> tuple[str, str]:
    return ("model", slot.key)


# --- BASED_ON -------------------------------------------------------------------------------------

def based_on(sent: Sentence, single_intro: Slot | None = None) -> Iterator[Relation]:
    """Model BASED_ON model relations stated in one sentence (see module docstring)."""
    models = [s for s in sent.slots if s.kind == "model"]
    if not models:
        return
    if len(models) == 1:  # only "we further pretrain B" can relate one name (to the paper's own model)
        if single_intro is not None:
            yield from _paper_model(sent, models, single_intro)
        return
    yield from _based_after(sent, models)
    yield from _based_fronted(sent, models)
    yield from _x_based(sent, models)
    yield from _variants(sent, models)
    yield from _paren(sent, models)
    yield from _apposition_base(sent, models)
    yield from _named_base(sent, models)
    yield from _trained_into(sent, models)
    yield from _list_based(sent, models)
    yield from _made_from(sent, models)
    if single_intro is not None:
        yield from _paper_model(sent, models, single_intro)


def _based_after(sent: Sentence, models: list[Slot]) -> Iterator[Relation]:
    """"A, a Danish LLM based on B" / "A initializes the encoder with B": A right before the trigger.

    Lists pair up like `_pairs`: "A1 and A2, two LLMs derived from B" gives both.
    """
    for i, a in enumerate(models[:-1]):
        b = models[i + 1]
        if a.key == b.key:
            continue
        gap = LEADING_ASIDE.sub("", sent.between(a, b), count=1)  # "A (short for ...), a series of models ..."
        m = BASE_AFTER.match(gap)
        if m is None and sent.field == "title" and a.start == 0 and gap.startswith(":"):
            m = BASE_AFTER.match(gap[1:])  # the title's "A: A New Tamil Language Model Based on B"
        if not m or NEGATIVE.search(gap) or len(m.group("pre").split()) > 10 or COORDINATION.match(m.group("pre")) \
                or MAKE_BEFORE_TRIGGER.search(m.group("pre")) or NOT_THE_MODEL_AFTER.match(sent.text, b.end) \
                or SOURCE_BEFORE.search(sent.text, max(0, a.start - 20), a.start) or NEW_CLAUSE.search(m.group("pre")):
            continue
        for new, base in _pairs(coordinated_before(sent, a), coordinated(sent, b)):
            if new.key != base.key:
                yield _rel(BASED_ON, _model(new), _model(base), sent, "based_on:trigger", 0.9)


def _based_fronted(sent: Sentence, models: list[Slot]) -> Iterator[Relation]:
    """"Built on a general pretrained B, A underwent ...": trigger at the start, then B, then A."""
    b = models[0]
    if not BASE_FRONTED.match(sent.text[:b.start]):
        return
    bases = coordinated(sent, b)
    rest = [s for s in models if s.start >= bases[-1].end]
    if not rest:
        return
    a = rest[0]
    gap = sent.text[bases[-1].end:a.start]
    if (BASE_FRONTED_GAP.match(gap) or BASE_FRONTED_WE.match(gap)) and not NEGATIVE.search(gap) \
            and len(gap.split()) <= 10:
        for base in bases:
            if base.key != a.key:
                yield _rel(BASED_ON, _model(a), _model(base), sent, "based_on:fronted", 0.85)


def _x_based(sent: Sentence, models: list[Slot]) -> Iterator[Relation]:
    """"A, a T5-based hypermodel" / "a BERT-based language model -- A"."""
    for b in models:
        if not X_BASED.match(sent.text, b.end):
            continue
        before = [s for s in models if s.end <= b.start]
        after = [s for s in models if s.start >= b.end]
        if before and X_BASED_BEFORE.match(sent.between(before[-1], b)) and before[-1].key != b.key:
            yield _rel(BASED_ON, _model(before[-1]), _model(b), sent, "based_on:x_based", 0.8)
        elif before and X_BASED_LIST_BEFORE.match(sent.between(before[-1], b)):
            for new in coordinated_before(sent, before[-1]):
                if new.key != b.key:
                    yield _rel(BASED_ON, _model(new), _model(b), sent, "based_on:x_based", 0.8)
        elif after and X_BASED_AFTER.match(sent.between(b, after[0])) and after[0].key != b.key \
                and not NEGATIVE.search(sent.text[:b.start]):
            yield _rel(BASED_ON, _model(after[0]), _model(b), sent, "based_on:x_based", 0.8)


def _pairs(news: list[Slot], bases: list[Slot]) -> list[tuple[Slot, Slot]]:
    """Respective pairs for lists of equal length, all-to-one for one base, one-to-all for one new
    model ("CodeActAgent, finetuned from Llama2 and Mistral"), else nothing (ambiguous)."""
    if len(bases) == 1:
        return [(n, bases[0]) for n in news]
    if len(news) == 1:
        return [(news[0], b) for b in bases]
    if len(news) == len(bases):
        return list(zip(news, bases))
    return []


def _variants(sent: Sentence, models: list[Slot]) -> Iterator[Relation]:
    """"B1 and B2 ... variants called A1 and A2" / "A1 and A2, finetuned variants of B1 and B2"."""
    for i, first in enumerate(models):
        if i and _SEPARATOR.match(sent.between(models[i - 1], first)):
            continue  # not the head of a list
        left = coordinated(sent, first)
        after = [s for s in models if s.start >= left[-1].end]
        if not after:
            continue
        gap = sent.text[left[-1].end:after[0].start]
        right = coordinated(sent, after[0])
        if VARIANTS_NAMED.match(gap) and not NEGATIVE.search(gap):
            pairs, rule = _pairs(right, left), "based_on:variants_named"
        elif VARIANTS_OF.match(gap):
            pairs, rule = _pairs(left, right), "based_on:variants_of"
        else:
            continue
        for new, base in pairs:
            if new.key != base.key:
                yield _rel(BASED_ON, _model(new), _model(base), sent, rule, 0.85)


def _paren(sent: Sentence, models: list[Slot]) -> Iterator[Relation]:
    """"a further pre-trained multilingual BERT (mBERTu)"."""
    for b, a in pairwise(models):
        if a.key == b.key or not PAREN_AFTER.match(sent.between(b, a)):
            continue
        if sent.text[a.end:a.end + 2].lstrip().startswith(")") and PAREN_BEFORE.search(sent.text[:b.start]):
            yield _rel(BASED_ON, _model(a), _model(b), sent, "based_on:apposition", 0.85)


def _apposition_base(sent: Sentence, models: list[Slot]) -> Iterator[Relation]:
    """"A, a monolingual B language model" and the title's "A: Czech B, ..." (A right before)."""
    for a, b in pairwise(models):
        if a.key == b.key:
            continue
        gap, after = sent.between(a, b), sent.text[b.end:]
        if GAP_NOT_A_VARIANT.search(gap.lstrip(" ,:-—–")) or NEGATIVE.search(gap):
            continue
        if APPOSITION_BASE_GAP.match(gap) and APPOSITION_BASE_HEAD.match(after):
            yield _rel(BASED_ON, _model(a), _model(b), sent, "based_on:apposition_base", 0.75)
        elif sent.field == "title" and a.start == 0 and TITLE_BASE_GAP.match(gap) and TITLE_BASE_AFTER.match(after):
            yield _rel(BASED_ON, _model(a), _model(b), sent, "based_on:title_base", 0.75)


def _named_base(sent: Sentence, models: list[Slot]) -> Iterator[Relation]:
    """"a public, pre-trained, BERT model called A", "an instruction-finetuned LLaMA called A": A is named
    as one of B (B right after "a/an" and a few modifiers, the name right after B's head)."""
    for b, a in pairwise(models):
        if a.key != b.key and NAMED_BASE_BEFORE.search(sent.text, max(0, b.start - 60), b.start) \
                and NAMED_BASE_GAP.match(sent.between(b, a)):
            yield _rel(BASED_ON, _model(a), _model(b), sent, "based_on:named_base", 0.8)


def _trained_into(sent: Sentence, models: list[Slot]) -> Iterator[Relation]:
    """"we train B models ..., which we nickname A", "we used B ... to train a ... model called A"."""
    for i, b in enumerate(models):
        before = sent.text[:b.start]
        if not (TRAIN_BEFORE_BASE.search(before) or USE_BEFORE_BASE.search(before)):
            continue
        for a in models[i + 1:]:  # (the gap may name more: "we used RoBERTa, a robustly optimized BERT approach, to")
            gap = sent.between(b, a)
            if a.key != b.key and not NEGATIVE.search(gap) and (
                    (TRAIN_BEFORE_BASE.search(before) and TRAINED_INTO.match(gap))
                    or (USE_BEFORE_BASE.search(before) and USED_TO_TRAIN_NAMED.match(gap))):
                yield _rel(BASED_ON, _model(a), _model(b), sent, "based_on:trained_into", 0.8)
                break


def _made_from(sent: Sentence, models: list[Slot]) -> Iterator[Relation]:
    """A new model made from a base within one sentence (see MADE_VERB_BEFORE): the base B first and the
    new model A after it, or "build A upon B", "A, a variant trained on B"."""
    for b, a in pairwise(models):
        if a.key == b.key:
            continue
        gap, before = sent.between(b, a), sent.text[:b.start]
        if NEGATIVE.search(gap):
            continue
        if (MADE_VERB_BEFORE.search(before) and MADE_TO_OBTAIN.match(gap)) \
                or (DISTILL_BEFORE.search(before) and DISTILL_INTO.match(gap)) \
                or (APPLYING_TO_BEFORE.search(before) and APPLYING_GAP.match(gap)):
            yield _rel(BASED_ON, _model(a), _model(b), sent, "based_on:made_from", 0.75)
        # the other order: the new model first
        elif (BUILD_BEFORE.search(before) and BUILD_UPON.match(gap)) or VARIANT_TRAINED_ON.match(gap) \
                or (TO_MAKE_BEFORE.search(before) and WE_START_FROM.match(gap)):
            yield _rel(BASED_ON, _model(b), _model(a), sent, "based_on:made_from", 0.75)
        elif (by := MADE_BY_GAP.match(gap)) and (MADE_VERB_NEAR.search(sent.text, max(0, b.start - 40), b.start)
                                                  or MADE_VERB_NEAR.search(gap, 0, by.start("by"))):
            for new in coordinated_before(sent, b):  # "we train A1 and A2 by fine-tuning B"
                yield _rel(BASED_ON, _model(new), _model(a), sent, "based_on:made_by", 0.75)


def _list_based(sent: Sentence, models: list[Slot]) -> Iterator[Relation]:
    """"our B1 and B2 based ... models, A1 and A2" / "based on both the B1 and B2 frameworks: A1 and A2"."""
    for i, first in enumerate(models):
        if i and _SEPARATOR.match(sent.between(models[i - 1], first)):
            continue
        bases = coordinated(sent, first)
        after = [s for s in models if s.start >= bases[-1].end]
        if not after:
            continue
        gap = sent.text[bases[-1].end:after[0].start]
        fronted = BASED_ON_LIST_BEFORE.search(sent.text[:first.start]) and BASED_ON_LIST_AFTER.match(gap)
        if not (LIST_BASED_AFTER.match(gap) or fronted) or NEGATIVE.search(sent.text[:after[0].start]):
            continue
        for new, base in _pairs(coordinated(sent, after[0]), bases):
            if new.key != base.key:
                yield _rel(BASED_ON, _model(new), _model(base), sent, "based_on:list_based", 0.8)


def _paper_model(sent: Sentence, models: list[Slot], intro: Slot) -> Iterator[Relation]:
    """In a paper introducing exactly one model A: "we further pretrain B" -> A BASED_ON B."""
    for b in models:
        if b.key == intro.key:
            continue
        if any(s.key == intro.key for s in models if s.start > b.start):
            return  # A named after the verb's object: the other rules decide
        before, bases = sent.text[:b.start], coordinated(sent, b)
        if (PAPER_MODEL_BASE.search(before) and not NEGATIVE.search(before)) \
                or (PAPER_MODEL_FRONTED.match(before) and AS_BASE.match(sent.text, bases[-1].end)):
            for base in bases:
                if base.key != intro.key:
                    yield _rel(BASED_ON, _model(intro), _model(base), sent, "based_on:paper_model", 0.65)
            return


def based_on_anaphora(prev: Sentence, sent: Sentence, evidence: str) -> Iterator[Relation]:
    """"We have developed A1 and A2, ... . These models are based on B1 and B2." (adjacent sentences).

    The only rule that looks past one sentence, and only at the one before: its
    first-person naming phrase gives the models "These models" refers to.
    """
    models = [s for s in sent.slots if s.kind == "model"]
    if not models or not ANAPHORA_SUBJECT.match(sent.text[:models[0].start]):
        return
    named = [s for s in prev.slots if s.kind == "model" and INTRO_PREV.search(prev.text[:s.start])]
    if not named:
        return
    for new, base in _pairs(coordinated(prev, named[0]), coordinated(sent, models[0])):
        if new.key != base.key:
            yield Relation(type=BASED_ON, source=_model(new), target=_model(base), evidence=evidence,
                           rule="based_on:anaphora", confidence=0.75)


# --- TRAINED_ON / EVALUATED_ON -------------------------------------------------------------------

def _fill_ok(fill: str, limit: int = 6) -> bool:
    words = fill.split()
    return len(words) <= limit and all(_FILL_WORD.match(w) for w in words)


def _paper_source_ok(sent: Sentence) -> bool:
    """The paper itself may be the source only of a sentence about its own work.

    First person ("we", "our") or a sentence opening on its experiments ("Experiments show ...")
    says so; otherwise the sentence must not read as background ("e.g.", "such as", "existing",
    "typically", ...) - what it is compared with does not count ("a boost over previous models").
    """
    return bool(OWN_RESULTS_OPENING.match(sent.text)) or _not_background(sent.text)


def _not_background(text: str) -> bool:
    """First person, or no background word outside what is compared with (see `_paper_source_ok`)."""
    return bool(FIRST_PERSON.search(text)) or not GENERIC.search(COMPARED_WITH.sub(" ", text))


def _last_prep(prefix: str, pattern: re.Pattern, limit: int = 6) -> re.Match | None:
    """The rightmost preposition of `prefix` followed only by filler words (else None)."""
    matches = list(pattern.finditer(prefix))
    for m in reversed(matches):
        if _fill_ok(prefix[m.end():], limit):
            return m
        break
    return None


def _mid_ok(sent: Sentence, start: int, end: int) -> bool:
    """Only model names and a few function words between a training verb and its preposition."""
    text = sent.text[start:end]
    for slot in reversed(sent.slots_between(start, end)):
        if slot.kind != "model":
            return False
        rest = MID_APPOSITION.sub(" ", text[slot.end - start:], count=1)  # "mT5, a pretrained model, on"
        text = text[:slot.start - start] + " " + rest
    text = MANNER_WITH.sub(" ", text)  # "pre-trained with a self-supervised objective on"
    words = re.findall(r"[\w.+'’-]+", text)
    if len(words) <= 8 and all(_MID_WORD.match(w) for w in words):
        return True
    # a model named in a short description: "train a Dutch language model called A on"
    named = any(slot.kind == "model" for slot in sent.slots_between(start, end))
    return named and len(words) <= 8 and not (DATA_PHRASE_BREAK.search(text) or EVAL_CUE.search(text)
                                              or NEGATIVE.search(text))


def trained_on(sent: Sentence, antecedent: Slot | None = None) -> Iterator[Relation]:
    """"we pre-train A on the D dataset", "A underwent further training ... using the D", "pretrained on
    a corpus assembled from D1 and D2", "Our training data combines D1 with D2", "D, which we use to
    pretrain A". `antecedent`, the paper's one new model, is what "The model ..." opening the sentence
    stands for ("The model follows the BERT-Base configuration, was trained ... on D")."""
    subject = TRAINING_DATA_SUBJECT.match(sent.text)
    for d in sent.slots:
        if d.kind != "dataset" or _modifier(sent, d):
            continue
        if subject and d.start >= subject.end() and not EVAL_CUE.search(sent.text, subject.end(), d.start) \
                and not NEGATIVE.search(sent.text, 0, d.start):
            yield _rel(TRAINED_ON, ("paper", ""), ("dataset", d.key), sent, "trained_on:training_data", 0.75)
            continue
        if _is_listed(sent, d):
            continue
        prefix = sent.text[:d.start]
        targets = coordinated(sent, d)
        made_for = _made_for_training(sent, d)
        if made_for is not None:
            for t in targets:
                yield _rel(TRAINED_ON, _model(made_for), ("dataset", t.key), sent, "trained_on:made_for", 0.8)
            continue
        after = sent.text[targets[-1].end:]
        use = USE_BEFORE.search(prefix)
        if use and _fill_ok(USE_LIST_WORDS.sub(" ", use.group("fill")), 4) and USE_TO_TRAIN.match(after):
            if _paper_source_ok(sent) and not NEGATIVE.search(sent.text[:d.start]):
                for t in targets:
                    yield _rel(TRAINED_ON, ("paper", ""), ("dataset", t.key), sent, "trained_on:use_to_train", 0.75)
            continue
        used = USED_TO_TRAIN_AFTER.match(after)
        if used and not NEGATIVE.search(sent.text, 0, targets[-1].end + used.end()):
            later = _model_after(sent, targets[-1].end + used.end(), 4)  # ("... to pretrain our models: A and B")
            sources = [_model(m) for m in coordinated(sent, later)] if later \
                else [("paper", "")] if _paper_source_ok(sent) else []
            for src in sources:
                for t in targets:
                    yield _rel(TRAINED_ON, src, ("dataset", t.key), sent, "trained_on:used_to_train", 0.75)
            continue
        fronted = WE_TRAIN_AFTER.match(after) if USE_FRONTED.match(prefix) else None
        if fronted and (fronted.group("train") or BY_TRAINING.search(after, fronted.end())) \
                and not NEGATIVE.search(after):
            later = _model_after(sent, targets[-1].end + fronted.end(), 4)
            sources = [_model(m) for m in coordinated(sent, later)] if later else [("paper", "")]
            for src in sources:
                for t in targets:
                    yield _rel(TRAINED_ON, src, ("dataset", t.key), sent, "trained_on:use_fronted", 0.75)
            continue
        if TRAINED_FRONTED.match(prefix):  # "Trained on AudioCaps with a single GPU, AudioLDM achieves ..."
            comma = sent.text.find(",", targets[-1].end)
            later = _model_after(sent, comma, 2) if comma >= 0 else None
            if later or (comma >= 0 and _paper_source_ok(sent)):
                src = _model(later) if later else ("paper", "")
                for t in targets:
                    yield _rel(TRAINED_ON, src, ("dataset", t.key), sent, "trained_on:fronted", 0.8)
                continue
        prep, rule_suffix = _last_prep(prefix, TRAIN_PREP), ""
        if prep is None:
            prep, rule_suffix = _data_phrase_prep(prefix), ":data_phrase"
        if prep is None:
            continue
        verbs = [v for v in TRAIN_VERB.finditer(prefix, 0, prep.start()) if _mid_ok(sent, v.end(), prep.start())]
        if verbs and verbs[-1].group().lower().endswith("ed") and ATTRIBUTIVE_TRAINED.match(prefix, verbs[-1].end(), prep.start()):
            # "pre-trained models on D": an adjective; a training verb right before it governs "on" ("By finetuning
            # different pre-trained LMs on D"), else another verb does ("We evaluate different pre-trained models on D").
            attributive = verbs[-1]
            verbs = [v for v in TRAIN_VERB.finditer(prefix, 0, attributive.start())
                     if _words_between(prefix, v.end(), attributive.start()) <= 2][-1:]
        if not verbs:
            continue
        verb = verbs[-1]
        span = prefix[verb.start():]
        if NEGATIVE.search(span) or "e.g" in span or PERMITTED_TRAINING.search(prefix, 0, verb.start()) \
                or COMPARED_TRAINING.search(prefix, 0, verb.start()):
            continue
        in_mid = [s for s in sent.slots_between(verb.end(), prep.start()) if s.kind == "model"]
        if in_mid:
            sources, rule, conf = [_model(s) for s in in_mid], "trained_on:verb_model_on", 0.9
        else:
            before = [s for s in sent.slots if s.kind == "model" and s.end <= verb.start()]
            if before and (TRAIN_SUBJECT.match(sent.text[before[-1].end:verb.start()])
                           or TRAIN_SUBJECT_APPOSITION.match(sent.text[before[-1].end:verb.start()])) \
                    and not COMPARED_SUBJECT.search(sent.text, 0, before[-1].start):
                sources, rule, conf = [_model(_apposition_owner(sent, before))], "trained_on:subject", 0.85
            elif before and not sent.text[:before[0].start].strip(" \"'") \
                    and COORDINATED_PREDICATE.search(sent.text, before[0].end, verb.start()) \
                    and not COMPARED_TRAINING.search(sent.text, before[0].end, verb.start()):
                # the sentence's subject, a second predicate of it: "A is based on a GNN encoder ..., and is
                # trained on D"
                sources, rule, conf = [_model(before[0])], "trained_on:subject", 0.8
            elif antecedent is not None and MODEL_PRONOUN_SUBJECT.match(sent.text) \
                    and not NEGATIVE.search(prefix, 0, verb.start()):
                sources, rule, conf = [_model(antecedent)], "trained_on:anaphora_subject", 0.75
            elif not before and _paper_source_ok(sent):
                sources, rule, conf = [("paper", "")], "trained_on:paper", 0.75
            else:
                continue
        for src in sources:
            for t in targets:
                yield _rel(TRAINED_ON, src, ("dataset", t.key), sent, rule + rule_suffix, conf - (0.1 if rule_suffix else 0))


def _apposition_owner(sent: Sentence, before: list[Slot]) -> Slot:
    """The subject of a training verb: the last model before it, or the new model A whose apposition
    names it as a base ("A, a multilingual B model fine-tuned on D": A is what was fine-tuned)."""
    b = before[-1]
    if len(before) > 1 and APPOSITION_BASE_GAP.match(sent.between(before[-2], b)) \
            and APPOSITION_BASE_HEAD.match(sent.text[b.end:]):
        return before[-2]
    return b


def _made_for_training(sent: Sentence, d: Slot) -> Slot | None:
    """The model A of "To train A, we construct ... D", when D is the first dataset after A."""
    models = [s for s in sent.slots if s.kind == "model" and s.end <= d.start]
    if not models or not TO_TRAIN_FRONTED.match(sent.text[:models[0].start]):
        return None
    a = models[0]
    if any(s.kind == "dataset" for s in sent.slots_between(a.end, d.start)) \
            or not WE_MAKE_DATA.match(sent.text[a.end:d.start]) or NEGATIVE.search(sent.text, a.end, d.start):
        return None
    return a


def _data_phrase_prep(prefix: str) -> re.Match | None:
    """The last "on/using/over" of `prefix` when a data description of at most 12 words follows it
    ("on a large text corpus assembled from "), with no clause, evaluation or other name inside."""
    matches = list(TRAIN_PREP.finditer(prefix))
    if not matches:
        return None
    prep = matches[-1]
    phrase = prefix[prep.end():]
    if phrase.endswith("("):  # the data the phrase names: "trained only on clean speech (LibriTTS"
        phrase = phrase[:-1]
    if _words(phrase, 12) or DATA_PHRASE_BREAK.search(phrase) or EVAL_CUE.search(phrase) or NEGATIVE.search(phrase):
        return None
    return prep


def _modifier(sent: Sentence, slot: Slot) -> bool:
    """"Wikipedia-style paraphrasing", "BERT-like": the name modifies something else, it is not used."""
    return bool(re.match(r"^-?(?:style|like|based|type|trained|sized)\b", sent.text[slot.end:], re.IGNORECASE))


def _is_listed(sent: Sentence, slot: Slot) -> bool:
    """True when `slot` continues a list started by an earlier dataset (the list head decides)."""
    before = [s for s in sent.slots if s.end <= slot.start]
    return bool(before) and before[-1].kind == slot.kind and bool(
        _separator(slot.kind).match(sent.text[before[-1].end:slot.start]))


def _words(text: str, limit: int) -> bool:
    """True when `text` has more than `limit` words (too loose to be one phrase)."""
    return len(text.split()) > limit


def evaluated_on(sent: Sentence, trained: set[str], antecedent: Slot | None = None) -> Iterator[Relation]:
    """"We evaluate A on D", "A achieved the first place on the leaderboard of D", "results on D";
    `antecedent`, the paper's one new model, is what "It ..." / "The model ..." opening the sentence
    refers to ("It also sets a new state-of-the-art on PubMedQA")."""
    for d in sent.slots:
        if d.kind != "dataset" or d.key in trained or _is_listed(sent, d) or _modifier(sent, d):
            continue
        prefix = sent.text[:d.start]
        targets = coordinated(sent, d)
        if (used := _used_to_evaluate(sent, d, targets)) is not None:
            sources, rule, conf = used, "evaluated_on:used_to_evaluate", 0.75
        elif examples := _examples_evaluated(sent, prefix, targets[-1]):
            sources, rule, conf = examples, "evaluated_on:examples", 0.75
        elif SENTENCE_ON.match(prefix) and not DATA_PHRASE_BREAK.search(prefix) and FIRST_PERSON.search(sent.text) \
                and EVAL_CUE.search(sent.text[d.end:]):
            sources, rule, conf = [("paper", "")], "evaluated_on:fronted", 0.7  # "On D, we demonstrate ..."
        elif SENTENCE_ON.match(prefix) and not DATA_PHRASE_BREAK.search(prefix) \
                and (subject := _fronted_subject(sent, targets[-1], antecedent)):
            sources, rule, conf = subject, "evaluated_on:fronted_subject", 0.7  # "On D, A performs ..."
        else:
            prep = _last_prep(prefix, EVAL_PREP, 5) or _eval_phrase_prep(prefix)
            if prep is None or PREP_BLOCK.search(prefix[:prep.start()]):
                continue
            cues = list(EVAL_CUE.finditer(prefix, 0, prep.end()))
            if not cues or TRAIN_VERB.search(prefix, cues[-1].end(), prep.start()):
                continue
            if (prep.group("word") or "").lower() == "in" and not (
                    _words_between(prefix, cues[-1].end(), prep.start()) <= 3
                    or re.match(r"^\s*(?:tasks?|benchmarks?|datasets?)\b", sent.text[targets[-1].end:], re.IGNORECASE)):
                continue  # "in" is weak: the cue must be close or D must be a named task/benchmark
            if any(s.kind == "dataset" for s in sent.slots_between(prep.start(), d.start)):
                continue
            sources, rule, conf = _eval_sources(sent, prefix, prep.start(), antecedent)
            if rule == "evaluated_on:paper" and (run := _models_run_after(sent, targets[-1])):
                sources, rule, conf = run, "evaluated_on:with_models", 0.75
            elif rule == "evaluated_on:paper" and (shown := _shown_subject(sent, targets[-1])):
                sources, rule, conf = shown, "evaluated_on:results_show", 0.75
        for src in sources:
            for t in targets:
                if t.key not in trained:
                    yield _rel(EVALUATED_ON, src, ("dataset", t.key), sent, rule, conf)


# "We test 18 pretrained monolingual (e.g., A, B) and multilingual (e.g., C) language models on D", "we evaluate
# several models, such as A and B, on D": an evaluation verb whose object, a class of models, names examples.
_MODELS_ON = r"(?:models|llms|lms|plms|systems)\s*,?\s*(?:on|across)\s+(?:the\s+|our\s+)?(?:new\s+|proposed\s+)?$"
EXAMPLES_EVALUATED = re.compile(
    rf"\bwe\s+(?:\w+\s+)?(?:evaluate|test|benchmark|assess)\s+(?P<np>[^;:]{{0,200}}?)\b{_MODELS_ON}", re.IGNORECASE)
MODELS_ON_END = re.compile(_MODELS_ON, re.IGNORECASE)  # its end alone: the cheap test first
EXAMPLE_OPENING = re.compile(r"\(|\b(?:e\.g\.|such\s+as|including|like)\s", re.IGNORECASE)
# ... or after D: "We evaluate a range of models on D, from simple baselines and neural models such as A and B to ...".
EXAMPLES_AFTER = re.compile(
    r"^\s*(?:datasets?|benchmarks?)?\s*,?\s*(?:including|such\s+as|e\.g\.,?|from\s+[^;:()]{0,60}?\b(?:such\s+as|like))"
    r"\s+(?:the\s+)?$", re.IGNORECASE)


def _examples_evaluated(sent: Sentence, prefix: str, last: Slot) -> list[tuple[str, str]]:
    """The named examples of the models "We test ... (e.g., A, B) ... models on D" evaluates, or "We evaluate
    ... models on D, including A and B"; [] otherwise."""
    if not MODELS_ON_END.search(prefix, max(0, len(prefix) - 40)):
        return []  # (the cheap test first: most prefixes do not end in "models on")
    match = EXAMPLES_EVALUATED.search(prefix)
    if match is None or COMPARISON.search(match.group("np")):
        return []
    opening = EXAMPLE_OPENING.search(prefix, match.start("np"), match.end("np"))
    if opening is None:
        return [_model(s) for s in _models_after(sent, last, EXAMPLES_AFTER)]
    return [_model(s) for s in sent.slots
            if s.kind == "model" and opening.end() <= s.start and s.end <= match.end("np")]


# "We use D to evaluate A, B and C": D is what the models after the purpose are evaluated on.
USED_BEFORE = re.compile(r"\b(?:use|uses|used|using)\s+(?:the\s+|our\s+|this\s+)?$", re.IGNORECASE)
TO_EVALUATE = re.compile(r"(?:\s+(?:dataset|benchmark|corpus|suite|data))?\s*(?:\([^()]{0,60}\)\s*)?,?\s*"
                         r"to\s+(?:evaluate|benchmark|assess|test)\b", re.IGNORECASE)


def _used_to_evaluate(sent: Sentence, d: Slot, targets: list[Slot]) -> list[tuple[str, str]] | None:
    """The sources of "We use D to evaluate A, B and C" (the models named after the purpose, up
    to a comparison word; else those the sentence ran before it, "variants of A and B that we
    fine-tuned on E, while using D to test ..."; else the paper), or None for another sentence."""
    if not USED_BEFORE.search(sent.text, max(0, d.start - 16), d.start):
        return None
    purpose = TO_EVALUATE.match(sent.text, targets[-1].end)
    if purpose is None:
        return None
    stop = NEGATIVE.search(sent.text, purpose.end())
    end = stop.start() if stop else len(sent.text)
    models = [_model(m) for m in sent.slots if m.kind == "model" and purpose.end() <= m.start < end]
    if models:
        return models
    before = [m for m in sent.slots if m.kind == "model" and m.end <= d.start]
    if before and not COMPARISON.search(sent.text, before[0].start, d.start):
        return [_model(m) for m in before]
    return [("paper", "")] if _paper_source_ok(sent) else []


# After the fronted datasets, the comma before the sentence's subject: "On GeoQuery and SCAN datasets, A ...".
FRONTED_DATA_END = re.compile(r"(?:\s+(?:datasets?|benchmarks?|tasks?|corpora|splits?))?(?:\s*\([^()]{1,30}\))?,\s+")
OUR_MODEL_SUBJECT = re.compile(r"(?:our|the\s+proposed)\s+(?:model|method|approach|system|framework)\b", re.IGNORECASE)
# What such a subject does there: EVAL_CUE's results, or a comparison ("is on par with", "is competitive").
SUBJECT_RESULTS = re.compile(rf"{EVAL_CUE.pattern}|\b(?:on\s+par|comparabl\w*|competitive|better|worse)\b",
                             re.IGNORECASE)


def _fronted_subject(sent: Sentence, last: Slot, antecedent: Slot | None) -> list[tuple[str, str]]:
    """The subject of "On D1 and D2, A (and B) performs ..." (the models right after the fronted
    datasets' comma), or the paper's one new model for "On D, our model is on par with ...", when
    results follow; [] for another sentence."""
    gap = FRONTED_DATA_END.match(sent.text, last.end)
    if gap is None:
        return []
    rest = sent.text[gap.end():]
    first = next((slot for slot in sent.slots if slot.start >= gap.end()), None)
    if first is not None and first.start == gap.end() and first.kind == "model":
        group = coordinated(sent, first)
        return [_model(g) for g in group] if SUBJECT_RESULTS.search(sent.text, group[-1].end) else []
    if antecedent is not None and (our := OUR_MODEL_SUBJECT.match(rest)) and SUBJECT_RESULTS.search(rest, our.end()):
        return [_model(antecedent)]
    return []


def _models_after(sent: Sentence, last: Slot, gap: re.Pattern) -> list[Slot]:
    """The coordinated models named first after the datasets ending at `last`, when the words between
    match `gap`; [] if another name or other words come first."""
    first = next((s for s in sent.slots if s.start >= last.end), None)
    if first is None or first.kind != "model" or not gap.match(sent.text[last.end:first.start]):
        return []
    return coordinated(sent, first)


def _models_run_after(sent: Sentence, last: Slot) -> list[tuple[str, str]]:
    """The models an experiment runs right after its datasets: "We conduct experiments on eight datasets
    from the GLUE benchmark with BERT and RoBERTa" (not "compared with A": COMPARED_WITH)."""
    return [_model(g) for g in _models_after(sent, last, WITH_MODELS_GAP)]


# "Experiments on D show that (our method) A ...": what the results on the datasets are said of.
RESULTS_SHOW_THAT = re.compile(
    r"^[^;:.()]{0,60}?\b(?:show|shows|showed|demonstrate|demonstrates|demonstrated|indicate|indicates|confirm|confirms|"
    r"reveal|reveals|verify|verifies)\s+that\s+(?:(?:our|the\s+proposed|the)\s+(?:[\w-]+\s+){0,2}?)?$", re.IGNORECASE)


# "Experiments on D1 and D2 demonstrate the efficacy of A and B": the results are the named models' merit.
RESULTS_SHOW_MERIT = re.compile(
    r"^\s*(?:(?:datasets?|benchmarks?)\s+)?(?:show|shows|showed|demonstrate|demonstrates|demonstrated|verify|verifies|"
    r"verified|validate|validates|validated|confirm|confirms|confirmed)\s+the\s+(?:effectiveness|efficacy|superiority|"
    r"advantages?|strengths?|benefits?|robustness)\s+of\s+(?:our\s+|the\s+proposed\s+)?$", re.IGNORECASE)


def _shown_subject(sent: Sentence, last: Slot) -> list[tuple[str, str]]:
    """The models a results clause is said of: "Results on DuLeMon indicate that PLATO-LTM can
    significantly outperform baselines", "Experiments on the FEVER dataset show that our QACG framework
    reduces ..." (the subject right after "that", with results said of it), "Experiments on D demonstrate
    the efficacy of A and B"; [] for another sentence."""
    group = _models_after(sent, last, RESULTS_SHOW_THAT)
    if group and SUBJECT_RESULTS.search(sent.text, group[-1].end):
        return [_model(g) for g in group]
    return [_model(g) for g in _models_after(sent, last, RESULTS_SHOW_MERIT)]


def _eval_phrase_prep(prefix: str) -> re.Match | None:
    """The last evaluation preposition of `prefix` when at most six words that start no clause follow
    it ("on the practical ", "in the Greek part of ", "for the five domains of ")."""
    matches = list(EVAL_PREP.finditer(prefix))
    if not matches:
        return None
    prep = matches[-1]
    phrase = prefix[prep.end():]
    if phrase.endswith("("):  # the datasets of what precedes: "on four popular datasets (COCO", "on open-domain QA (PopQA"
        phrase = phrase[:-1]
    if _words(phrase, 6) or DATA_PHRASE_BREAK.search(phrase) or NEGATIVE.search(phrase) or TRAIN_VERB.search(phrase):
        return None
    return prep


def _model_after(sent: Sentence, start: int, words: int) -> Slot | None:
    """The first model named at most `words` words after `start` ("D, which we use to pretrain A")."""
    return next((s for s in sent.slots if s.kind == "model" and s.start >= start
                 and _words_between(sent.text, start, s.start) <= words), None)


def _words_between(text: str, start: int, end: int) -> int:
    return len(text[start:end].split())


def _eval_sources(sent: Sentence, prefix: str, prep_start: int,
                  antecedent: Slot | None = None) -> tuple[list[tuple[str, str]], str, float]:
    """Who is evaluated: "evaluate A on", the subject model before the verb, the model "It" stands
    for, else the paper."""
    models = [s for s in sent.slots if s.kind == "model" and s.end <= prep_start]
    if not models and antecedent is not None and MODEL_PRONOUN_SUBJECT.match(sent.text) \
            and not NEGATIVE.search(prefix):
        return [_model(antecedent)], "evaluated_on:anaphora", 0.7
    # "We evaluate A (and B) on D": the object of an evaluation verb.
    for s in models:
        if EVAL_VERB_OBJECT.search(prefix[:s.start]):
            group = coordinated(sent, s)
            rest = prefix[group[-1].end:prep_start]
            if not re.search(r"[;:]", rest) and not _words(rest, 3):
                return [_model(g) for g in group], "evaluated_on:verb_model_on", 0.9
            if EVAL_THEN_RESULTS.match(rest) and not any(m.start >= group[-1].end for m in models):
                # "we evaluate A on character-level language modeling and achieve state-of-the-art results on D"
                return [_model(g) for g in group], "evaluated_on:verb_model_results", 0.8
    if models:
        first = models[0]
        lead = prefix[:first.start]
        group = coordinated(sent, first)
        between = prefix[group[-1].end:prep_start]
        # "Applied on top of BART and PEGASUS, our method achieves ...": models in a fronted phrase are
        # what the paper's method runs on; the sentence's results are the paper's.
        if FRONTED_ADJUNCT.match(lead) and OUR_SUBJECT_AFTER.match(between):
            return ([("paper", "")], "evaluated_on:paper", 0.7) if _paper_source_ok(sent) else ([], "", 0.0)
        # The subject: the first model(s) of the sentence, with no comparison/example word before them.
        if not SUBJECT_GUARD.search(lead) and not _words(lead, 6) and "(" not in lead \
                and not re.search(r"[;:]", between):
            return [_model(g) for g in group], "evaluated_on:subject", 0.8
        # "For RLHF-LMs such as A, B, and C, we find ... on D": the listed models are evaluated.
        if re.search(r"\bsuch as\s*$", lead, re.IGNORECASE) and re.match(r"^\s*,\s*we\b", between, re.IGNORECASE):
            return [_model(g) for g in group], "evaluated_on:such_as", 0.7
        return [], "", 0.0
    if _paper_source_ok(sent):
        return [("paper", "")], "evaluated_on:paper", 0.7
    return [], "", 0.0


# --- HAS_CODE -------------------------------------------------------------------------------------

def _introduced(extraction: PaperExtraction) -> tuple[list[Entity], list[Entity]]:
    """The models and the datasets the paper introduces."""
    intro = {name_key(n) for n in extraction.introduces}
    own = [e for e in (*extraction.models, *extraction.datasets) if e.key in intro or name_key(e.name) in intro]
    return [e for e in own if e.kind == "model"], [e for e in own if e.kind == "dataset"]


def anaphoric_training(record: PaperRecord, extraction: PaperExtraction) -> Iterator[Relation]:
    """"Fine-tuning GPT-3 on this data", "models trained on it": training on the dataset the paper
    introduces (when it introduces exactly one and names it before). The source is the model named
    between the verb and "on", else the paper."""
    text = record.abstract or ""
    own = _introduced(extraction)[1]
    if len(own) != 1 or not text:
        return
    dataset = own[0]
    named = [m.start for m in dataset.mentions if m.field == "abstract"]
    in_title = any(m.field == "title" for m in dataset.mentions)
    index = sentence_index(text)
    models = [(m.start, e.key) for e in extraction.models for m in e.mentions if m.field == "abstract"]
    for match in ANAPHORIC_TRAINING.finditer(text):
        if not (in_title or any(s < match.start() for s in named)) or NEGATIVE.search(match.group("mid")):
            continue
        left, right = index.bounds(match.start(), match.end())
        sources = [key for s, key in models if match.start("mid") <= s < match.end("mid")]
        for src in dict.fromkeys(sources) or [""]:
            yield Relation(type=TRAINED_ON, source=("model", src) if src else ("paper", ""),
                           target=("dataset", dataset.key), evidence=text[left:right].strip(),
                           rule="trained_on:anaphora", confidence=0.6)


def own_dataset_results(record: PaperRecord, extraction: PaperExtraction,
                        done: set[tuple[str, str]]) -> Iterator[Relation]:
    """A dataset the paper introduces is one it evaluates on when, from its first mention on, the
    abstract reports results of something run and names no other dataset in that sentence ("We
    introduce DROP ... . The best systems only achieve 32.7% F1"). The first such sentence is the
    evidence; the source is each model it names as run ("GPT-4V and Gemini Ultra only achieve 56%"),
    not after a comparison word, else the paper. `done`: datasets already related (trained or
    evaluated on), which this fallback leaves alone."""
    own_models, own_datasets = _introduced(extraction)
    own = [d for d in own_datasets if ("dataset", d.key) not in done]
    if not own or not record.abstract:
        return
    text = record.abstract
    others = [m.start for d in extraction.datasets if d not in own for m in d.mentions if m.field == "abstract"]
    models = sorted((m.start, m.end, e.key) for e in extraction.models for m in e.mentions if m.field == "abstract")
    index = sentence_index(text)
    own = [d for d in own if not _training_data(d, text, index, bool(own_models))]
    names = sorted((m.start, m.end) for e in (*extraction.models, *extraction.datasets) for m in e.mentions
                   if m.field == "abstract")
    for d in own:
        # (from its first mention in the abstract; from the start when only the title names it:
        # "DialogSum: A Real-Life Scenario Dialogue Summarization Dataset")
        first = min((m.start for m in d.mentions if m.field == "abstract"), default=0)
        left, right = index.bounds(first, first)
        while left < len(text):
            sentence = text[left:right]
            # what the words say, without the names ("... Evaluation of Universal Representations") and
            # without purposes ("a benchmark designed to evaluate models", "an evaluation framework")
            here = [(s - left, e - left) for s, e in names if left <= s < right]
            unnamed = TITLE_CASE_RUN.sub(" ", _blank(sentence, here))
            words = PURPOSE.sub(" ", unnamed)
            if not any(left <= s < right for s in others) and RESULTS_WORDS.search(words) \
                    and RUN_WORDS.search(words) and not NEGATIVE_RESULT.search(unnamed) \
                    and not (TRAIN_VERB.search(words) and not TEST_WORDS.search(words)) \
                    and _not_background(words):
                run = [key for s, _, key in models if left <= s < right and not COMPARISON.search(text, left, s)]
                for src in dict.fromkeys(run) or [""]:
                    yield Relation(type=EVALUATED_ON, source=("model", src) if src else ("paper", ""),
                                   target=("dataset", d.key), evidence=sentence.strip(),
                                   rule="evaluated_on:own_dataset", confidence=0.6)
                break
            while right < len(text) and text[right].isspace():
                right += 1  # (the next sentence starts at its first character)
            if right >= len(text):
                break
            left, right = index.bounds(right, right)


def _training_data(dataset: Entity, text: str, index: SentenceIndex, makes_models: bool) -> bool:
    """A dataset some sentence speaks of training on, and not of testing on ("We pre-train PLIP on
    SYNTH-PEDES"), or a corpus a paper builds along with its models ("We collect a large-scale
    corpus, MVPCorpus"): data the paper built to train on, not a benchmark of its own."""
    for m in dataset.mentions:
        if m.field != "abstract":
            continue
        left, right = index.bounds(m.start, m.end)
        sentence = text[left:right]
        if (TRAIN_VERB.search(sentence) or TRAINING_DATA_WORDS.search(sentence)) and not TEST_WORDS.search(sentence):
            return True
        if makes_models and CORPUS_WORD.search(sentence) and not TEST_WORDS.search(sentence):
            return True
    # a paper that also makes models mostly makes data to train them: only a dataset named or described
    # as a benchmark / evaluation / test set is its own benchmark ("InstructS2S-200K" is LLaMA-Omni's data)
    if makes_models and not EVAL_DATA_WORDS.search(dataset.name):
        first = next((m for m in dataset.mentions if m.field == "abstract"), None)
        if first is None:
            return True
        left, right = index.bounds(first.start, first.end)
        return not EVAL_DATA_WORDS.search(text[left:right])
    return False


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` with each span replaced by spaces (offsets stay valid)."""
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return text


# Where a derived name splits into its base and the rest: "Emotion-LLaMA", "Llama 2-Chat", "Mistral 7B --
# Instruct", "Grounding DINO".
NAME_SEPARATOR = re.compile(r"\s*(?:--|[-–—])\s*|\s+")
VERSION_REST = re.compile(r"[vV]?\d")  # "SigLIP 2", "Llama 3-Physician" after Llama: a version first
STYLE_AFTER = re.compile(r"[\s-](?:style|like|inspired|esque)\b", re.IGNORECASE)  # "a CLIP-style model"


def derived_names(record: PaperRecord, extraction: PaperExtraction) -> Iterator[Relation]:
    """A model the paper introduces whose name is another named model's name plus a word before or
    after it is built on that model: "we propose Emotion-LLaMA" with LLaMA named, "Llama 2-Chat",
    "SigLIP 2" (SigLIP). Where the name splits off several named models, a word beside the base
    says more than a version after it: "Med-PaLM 2" is PaLM 2's (not Med-PaLM's), "Llama 3-Physician"
    Llama 3's (not Llama's). Only the paper's own new models: "we compare with LLaMA-Adapter" says
    nothing of LLaMA-Adapter's making; nor does a base named only as a style ("PMC-CLIP ... a
    CLIP-style model"). The evidence is the first sentence that names both, else the first that
    names the new model."""
    own_models = _introduced(extraction)[0]
    own_keys = {m.key for m in own_models}
    for new in own_models:
        spellings = {new.name, *new.aliases}
        sentences = [m.sentence for m in new.mentions]
        found: list[tuple[bool, Entity]] = []  # (only a version is added to it, base)
        for base in extraction.models:
            if base.key in own_keys:
                continue
            keys = {base.key, *(name_key(a) for a in base.aliases)}
            rests = [rest for spelling in spellings for rest in _rests_after_base(spelling, keys)]
            if rests and not all(STYLE_AFTER.match(_field_text(record, m.field), m.end) for m in base.mentions):
                found.append((all(VERSION_REST.match(rest) for rest in rests), base))
        if any(not version for version, _ in found):
            found = [(version, base) for version, base in found if not version]
        for _, base in found:
            both = [m.sentence for m in base.mentions if m.sentence in sentences]
            evidence = (both or sentences or [""])[0].strip()
            if not evidence:
                continue  # (a name known only from metadata states nothing)
            yield Relation(type=BASED_ON, source=("model", new.key), target=("model", base.key),
                           evidence=evidence, rule="based_on:derived_name", confidence=0.7)


def _rests_after_base(name: str, keys: set[str]) -> list[str]:
    """What `name` adds to a name in `keys` written at its start or end, across a separator
    ("Emotion-LLaMA" -> ["Emotion"] for LLaMA); [] if it is no such name."""
    rests = []
    for sep in NAME_SEPARATOR.finditer(name):
        if not sep.start() or sep.end() == len(name):
            continue
        if name_key(name[:sep.start()]) in keys:
            rests.append(name[sep.end():])
        if name_key(name[sep.end():]) in keys:
            rests.append(name[:sep.start()])
    return rests


def has_code(record: PaperRecord, extraction: PaperExtraction) -> Iterator[Relation]:
    """A repository linked in a release sentence is the code of what the paper introduces: its
    models, else its datasets ("Data and code are available at URL"), else the paper itself (a
    method's code: "Our code is available at URL")."""
    own_models, own_datasets = _introduced(extraction)
    own = own_models or own_datasets
    for link in extraction.links:
        if link.kind != "github_repo" or link.origin != "text":
            continue
        for mention in link.mentions:
            sentence = mention.sentence
            if not RELEASE.search(sentence) or NOT_OWN_CODE.search(sentence):
                continue
            target = ("repository", link.resource.lower())
            if not own:
                yield Relation(type=HAS_CODE, source=("paper", ""), target=target, evidence=sentence,
                               rule="has_code:release_sentence:paper", confidence=0.7)
                break
            # the one whose name the repository carries ("github.com/kyutai-labs/moshi": Moshi, not
            # Helium or Mimi), else those the sentence names, else all
            repo = name_key(link.resource.rsplit("/", 1)[-1])
            named = [e for e in own if e.key and e.key == repo] or [e for e in own if _names_in(e, sentence)]
            for entity in named or own:
                yield Relation(type=HAS_CODE, source=(entity.kind, entity.key), target=target,
                               evidence=sentence, rule="has_code:release_sentence" + (":named" if named else ""),
                               confidence=0.85 if named else 0.75)
            break


def _names_in(entity: Entity, sentence: str) -> bool:
    low = URL.sub(" ", sentence).lower()  # "github.com/microsoft/FIBER" does not name FIBER
    return any(alias.lower() in low for alias in (entity.name, *entity.aliases) if alias)


# --- entry point ----------------------------------------------------------------------------------

# BASED_ON rules that read a training run making the new model from its base in the same sentence.
MADE_RULES = frozenset({"based_on:made_from", "based_on:made_by", "based_on:trained_into"})


def find_relations(record: PaperRecord, extraction: PaperExtraction) -> list[Relation]:
    """All relations the paper's text states, deduplicated by (type, source, target), in text order.

    The extractor's relation hook (`pipeline.RELATION_HOOKS`) calls this with the
    finished entities and links of the paper.
    """
    intro_keys = {name_key(n) for n in extraction.introduces}
    intro_models = [m for m in extraction.models if m.key in intro_keys]
    single = None
    if len(intro_models) == 1:
        m = intro_models[0]
        single = Slot("model", m.key, m.name, -1, -1)
    out: dict[tuple[str, tuple[str, str], tuple[str, str]], Relation] = {}

    def add(rel: Relation) -> None:
        if rel.source != rel.target:
            out.setdefault((rel.type, tuple(rel.source), tuple(rel.target)), rel)

    prev: Sentence | None = None
    for sent in sentences(record, (*extraction.models, *extraction.datasets)):
        made: dict[tuple[str, str], tuple[str, str]] = {}  # base -> the model this sentence makes of it
        for rel in based_on(sent, single):
            add(rel)
            if rel.rule in MADE_RULES:
                made.setdefault(rel.target, rel.source)
        if prev is not None and prev.field == sent.field:
            text = _field_text(record, sent.field)
            if not text[prev.end:sent.start].strip():  # adjacent sentences only
                for rel in based_on_anaphora(prev, sent, text[prev.start:sent.end].strip()):
                    add(rel)
        prev = sent
        # "We continue pretraining B on D, yielding A": the training made A, so A is what was trained on D.
        trained = [replace(r, source=made.get(r.source, r.source)) for r in trained_on(sent, single)]
        for rel in trained:
            add(rel)
        for rel in evaluated_on(sent, {r.target[1] for r in trained}, single):
            add(rel)
    for rel in anaphoric_training(record, extraction):
        add(rel)
    for rel in own_dataset_results(record, extraction, {r.target for r in out.values() if r.type != BASED_ON}):
        add(rel)
    for rel in derived_names(record, extraction):
        add(rel)
    for rel in has_code(record, extraction):
        add(rel)
    return list(out.values())


__all__ = ["BASED_ON", "EVALUATED_ON", "HAS_CODE", "TRAINED_ON", "Sentence", "Slot", "based_on", "based_on_anaphora",
           "coordinated",
           "evaluated_on", "find_relations", "has_code", "sentences", "trained_on"]
