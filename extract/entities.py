"""Models and datasets in one paper: find candidates, weigh evidence, decide, canonicalise.

Three sources of candidates:

* known names: gazetteer matches (`doc.spans["gazetteer"]`, see nlp.py);
  sized/flavoured spellings ("BERT-base", "Llama-2-7b-chat", "XLM-R large")
  fold into the family, with the spelling kept in `variants` + `aliases`;
  a known name glued into a longer one ("BloombergGPT", "VL-BERT",
  "Phi-2-Legal") becomes a *derived* new name;
* unknown names: chunks with a name shape (CamelCase, internal digits,
  hyphenated capitals, acronyms, family affixes like "-BERT"/"GPT"/"LM");
* phrases of plain capitalised words that the text marks as one name: a
  capitalised head ("the Estonian National Corpus", "the Feedback Collection"),
  the title's "Zambezi Voice: ...", quotes after a naming verb ('we call
  "Fake News Filipino"').

Every occurrence collects typed evidence (`Evidence`): head nouns ("X model",
"the X dataset"), appositions ("X, a ... model"), naming phrases ("called X"),
definitions ("we propose X"), title colons ("X: A ... Benchmark"),
parentheses after a described thing ("phoneme-based models (Whistle)"),
coordination and "such as" lists, and evaluation context ("results on X").
Evidence for a name is summed over the whole paper, so one name gets one type
per paper. Method/objective/metric evidence (heads like "approach",
"algorithm", "training"; abbreviations of lower-case phrases such as
"masked language model (MLM)") counts against a name, and the gazetteer's
non-entity list (architectures, methods, metrics, libraries, companies,
tasks, programming languages) removes it outright.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from operator import itemgetter

from spacy.tokens import Doc

from .evidence import (
    LIST_GAP,
    FieldMapper,
    chunk_bounds,
    citation_spans,
    lower_words_before,
    sentence_ends,
    words_after,
    words_before,
)
from .gazetteer import Gazetteer, GazetteerEntry
from .languages import code_pair_languages, language_lexicon, list_only, small_languages
from .records import name_key
from .results import Entity

MODEL_HEADS = frozenset({
    "model", "models", "lm", "lms", "llm", "llms", "slm", "slms", "plm", "plms", "vlm", "vlms",
    "mllm", "mllms", "lvlm", "lvlms", "network", "networks", "net", "transformer", "transformers",
    "encoder", "encoders", "decoder", "decoders", "checkpoint", "checkpoints", "chatbot", "assistant",
    "variants", "variant", "backbone", "backbones", "baseline", "baselines", "agent", "recognizer",
    "tagger", "parser", "classifier", "generator", "system", "systems", "codec", "codecs", "vocoder", "vocoders",
    # trained systems named by what they do: "a masked graph autoencoder GraphMAE", "X, a belief tracker"
    "autoencoder", "autoencoders", "recommender", "recommenders", "forecaster", "forecasters", "detector",
    "detectors", "tracker", "trackers", "ranker", "rankers", "reranker", "rerankers", "retriever", "retrievers",
    "emulator", "emulators",
    # a named architecture is the paper's network ("TitaNet, a novel neural network architecture", "a neural
    # architecture called Joint Language to Pose (JL2P)"; held-out annotators: 40 of 45 such names are models)
    "architecture", "architectures",
    # a generative network named by its architecture's letters: "a conformer-based metric GAN", "a hierarchical VAE"
    "gan", "gans", "vae", "vaes",
})
DATASET_HEADS = frozenset({
    "dataset", "datasets", "corpus", "corpora", "benchmark", "benchmarks", "treebank", "treebanks",
    "testbed", "leaderboard", "suite", "collection", "test-set", "testset", "set", "sets",
    "data", "split", "splits", "bank", "challenge", "database", "crawl", "archive", "evaluation", "lexicon",
    "lexicons", "resource",
    # a named environment agents are evaluated in is a benchmark: "WebShop -- a simulated e-commerce website
    # environment", "Jericho, a learning environment for man-made IF games"
    "environment", "environments",
})
METHOD_HEADS = frozenset({
    "method", "methods", "approach", "approaches", "algorithm", "algorithms", "technique",
    "techniques", "strategy", "strategies", "objective", "objectives", "loss", "losses",
    "paradigm", "procedure", "mechanism", "metric", "metrics", "score", "measure", "toolkit",
    "library", "task", "tasks", "subtask", "subtasks", "training", "pretraining", "pre-training", "tuning", "fine-tuning",
    "finetuning", "learning", "prompting", "attack", "attacks", "scheme", "recipe", "protocol",
    "framework", "frameworks", "pipeline", "module", "layer", "optimizer", "regularization",
    "distillation", "alignment", "adaptation", "decoding", "sampling", "search", "estimator",
    "principle", "idea", "analysis", "study", "survey", "theory", "hypothesis", "law", "laws",
    "platform", "tool", "tools", "libraries", "package", "packages", "toolkits", "methodology", "methodologies", "solution", "workflow", "heuristic", "interface", "language", "languages", "format", "criterion",
    "operation", "operations", "operator", "operators", "repository", "repositories", "codebase",
})
HEAD_KIND = {**{w: "method" for w in METHOD_HEADS}, **{w: "dataset" for w in DATASET_HEADS},
             **{w: "model" for w in MODEL_HEADS}}
# Heads that are only weak on their own ("X data", "X system", "X framework").
WEAK_HEADS = frozenset({"data", "set", "sets", "system", "systems", "framework", "frameworks", "suite",
                        "collection", "split", "splits", "baseline", "baselines", "variants", "variant",
                        "agent", "generator", "language", "languages", "crawl", "archive", "challenge", "resource",
                        "environment", "environments"})
CORPUS_UNITS = frozenset({"articles", "abstracts", "pages", "dump", "dumps", "text", "texts", "documents", "sentences",
                          "papers", "passages", "paragraphs", "posts", "snapshots", "article", "page", "document",
                          "sentence", "passage", "paragraph", "post", "snapshot", "tables", "table", "revisions",
                          "infoboxes", "versions"})
# Parts of a corpus named with "of" before its name: "a subset of Wikipedia".
_PART_OF_DATA = frozenset({"subset", "subsets", "portion", "portions", "sample", "samples", "version", "versions",
                           "dump", "dumps", "snapshot", "snapshots"})
# Verbs that make "from X" the source of data: "sentences derived from Wikipedia".
SOURCE_VERBS = frozenset({"derived", "extracted", "collected", "crawled", "sampled", "drawn", "mined", "scraped",
                          "harvested", "sourced"})
# Tails that make a split or a subset released as a dataset of its own ("SWE-bench-train", "SWE-bench-lite").
SPLIT_TAILS = frozenset({"-train", "-test", "-dev", "-val", "-valid", "-validation", "-lite", "-verified", "-extended",
                         "-diamond"})
# Words that make "set(s)" a set of symbols, not data: "the PER, ORG and LOC tag set".
SYMBOL_SET_WORDS = frozenset({"tag", "label", "feature", "character", "rule", "symbol", "parameter", "instruction"})
PREPOSITIONS = frozenset({"for", "of", "with", "that", "which", "to", "in", "on", "by", "from", "via",
                          "using", "based", "where", "whose", "and", "or", "as", "at", "than"})
# Prepositions after "our" that end its noun phrase before a head ("our experiments on ... corpora"; a
# coordination or "based" stays inside it: "our BERT and ELECTRA based ... models").
_OWNER_BREAK = PREPOSITIONS - {"and", "or", "based"}
# A preposition right before a name: the name is not the object of the verb before it.
_PREPOSITION_LAST = re.compile(r"\b(?:for|to|toward|towards|with|from|on|in|into|via|by|against|than|over|across)"
                               r"\s+(?:the\s+)?$", re.IGNORECASE)
# ...but a family the new things are in is the object's: "we introduce three models in the phi-3.5 series".
_FAMILY_AFTER = re.compile(r"[\w.+-]+\s+(?:series|family)\b")
GROUP_WORDS = frozenset({"series", "family", "families", "suite", "pool", "collection", "set", "pair", "range",
                         "couple", "number", "variety", "group"})
NAMING_WORDS = frozenset({"called", "named", "dubbed", "termed", "coined", "denoted", "nicknamed", "call",
                          "abbreviated"})  # ("abbreviated as ChangeFormer": with "as", as "termed as X")
REFER_WORDS = frozenset({"refer", "refers", "referred"})  # "which we refer to as X"
# Words that open a list of examples of the head noun before them: "benchmarks such as X, Y".
EXAMPLE_TRIGGERS = ("such as", "e.g.", "including", "like ", "comprising", "namely", "i.e.")
# Classes of things that are no model or dataset: their named examples are none either.
OTHER_CLASS_NOUNS = frozenset({"country", "countries", "region", "regions", "city", "cities", "nation", "nations",
                               "continent", "continents", "company", "companies", "organization", "organizations",
                               "organisation", "organisations", "institution", "institutions", "university",
                               "universities", "platform", "platforms", "website", "websites", "person", "people"})
EVAL_CONTEXT = frozenset({
    "evaluate", "evaluated", "evaluating", "evaluation", "evaluations", "experiments", "experiment",
    "results", "performance", "trained", "train", "training", "finetuned", "fine-tuned", "finetuning",
    "fine-tuning", "pretrained", "pre-trained", "pretraining", "pre-training", "tested", "test",
    "accuracy", "score", "scores", "benchmarked", "state-of-the-art", "sota", "improvements",
    "gains", "outperforms", "outperform", "achieves", "achieve", "tuned", "collected", "built",
    "baselines", "models", "methods", "systems", "experimented", "conducted", "tests",
    "points",  # "+4.5 BLEU points on X"
    # "<task> on X": "edge detection on BSDS500", "segmentation on ADE20K"
    "detection", "segmentation", "classification", "recognition", "retrieval", "estimation", "prediction",
    "translation", "summarization", "parsing", "tagging", "probing", "captioning", "localization", "tracking",
    "answering", "transcription",
    "sampled", "extracted", "crawled", "scraped", "drawn", "mined", "sourced", "gathered",  # "... from X"
})
# Verbs whose "on X" a few words later is still the data: "we evaluate ChatGPT and GPT-4 on X".
EVAL_VERBS = frozenset({"evaluate", "evaluated", "evaluating", "test", "tested", "benchmark", "benchmarked",
                        "fine-tune", "fine-tuned", "finetune", "finetuned", "train", "trained", "experiment"})
TRAINED_WORDS = frozenset({"fine-tuned", "finetuned", "pre-trained", "pretrained", "trained", "distilled"})
TRAIN_VERBS = frozenset({"train", "finetune", "fine-tune", "pretrain", "pre-train", "retrain"})  # "we train X"
MODEL_VERBS = frozenset({"achieves", "outperforms", "surpasses", "generates", "obtains", "attains",
                         "significantly", "consistently", "substantially", "excels", "rivals", "matches"})
SIZE_WORDS = frozenset({"base", "large", "small", "medium", "tiny", "mini", "micro", "nano", "huge", "giant",
                        "xl", "xxl", "xs", "chat", "instruct"})  # (and flavours: "fine-tuned Chat models")
STOP = frozenset({
    "a", "an", "the", "we", "our", "this", "that", "these", "those", "it", "its", "in", "on", "of",
    "for", "and", "or", "with", "to", "by", "as", "is", "are", "be", "from", "at", "via", "which",
    "however", "moreover", "furthermore", "finally", "first", "second", "third", "then", "also", "both",
})
# An enumeration marker: "(1)", "(ii)", "(b)".
_ENUM_MARK = r"\((?:\d|[ivx]{1,3}|[a-e])\)"
INTRO_RE = re.compile(
    r"\b(?:we|this (?:paper|work|study|article|report)|the paper|in this (?:paper|work),?|us to|we [\w-]+ [^.;]{1,60}? to)\s+"
    r"(?:have\s+|hereby\s+|will\s+|can\s+)?(?:(?:\w+ly|also|further|furthermore|moreover|then|first|additionally|"
    rf"here|now|thus|therefore|hence)\s+){{0,2}}(?:{_ENUM_MARK}\s+)?"
    r"(?P<verb>propose|present|introduce|release|develop|build|construct|create|train|pre-?train|curate|"
    r"collect|design|contribute|open-source|publish|offer|describe|devise|establish|produce|"
    r"obtain|call|name|dub|term|debut|unveil|launch|provide|compile|assemble|collate|craft|crowd-?source)(?:s|d|ed|es)?\b",
    re.IGNORECASE,
)
# "We are releasing X": the progressive of INTRO_RE's verbs (base forms for `WEAK_INTRO_VERBS`).
PROGRESSIVE_VERBS = {"releasing": "release", "introducing": "introduce", "presenting": "present",
                     "proposing": "propose", "open-sourcing": "open-source", "publishing": "publish",
                     "launching": "launch", "providing": "provide", "contributing": "contribute"}
PROGRESSIVE_INTRO = re.compile(
    rf"\bwe\s+are\s+(?:(?:\w+ly|also|now)\s+)?(?P<verb>{'|'.join(PROGRESSIVE_VERBS)})\b", re.IGNORECASE)
# Verbs (INTRO_RE's `verb`, lower case, no hyphen) that also describe using an existing model
# ("we train BERT"): no introduction for known names.
WEAK_INTRO_VERBS = frozenset({"train", "pretrain", "obtain", "produce", "build", "create", "construct", "design",
                              "describe", "offer", "establish", "collect", "curate", "develop", "provide",
                              "contribution", "compile", "assemble", "collate", "craft", "crowdsource"})
# ...of which these make a thing: a known dataset right after them is the paper's ("we construct SciFact").
MAKING_VERBS = frozenset({"build", "create", "construct", "curate", "compile", "assemble", "collate", "crowdsource"})
# ...and these, with them, make or describe the thing they name as new when an apposition follows
# ("we develop X, a ..."); "train", "obtain", "provide" and "offer" do not.
DESCRIBING_VERBS = MAKING_VERBS | {"develop", "describe", "design", "collect", "devise", "establish"}
_A_DESCRIPTION = re.compile(r",\s+an?\s")
# A second verb of a first-person sentence: "We address the task of ... and introduce X".
COORDINATED_INTRO = re.compile(
    r"\band\s+(?:(?:\w+ly|also|then|further)\s+)?(?P<verb>propose|present|introduce|release|develop|"
    r"contribute|open-source|publish|unveil|launch|construct|build|create|curate|provide)(?:s|d|ed|es)?\b"
    # (not the adjective: "various closed-source and open-source LLMs, namely GPT-4, ...")
    r"(?!(?<=open-source)\s+(?:LLMs|LMs|models|counterparts|alternatives|ones|systems)\b)",
    re.IGNORECASE)
# ("To this end, we extend ... and release X": a short fronted adverbial before "we")
_WE_FIRST = re.compile(r"\W*(?:[a-z]+(?:\s+[a-z]+){0,3},\s+)?(?:we|this (?:paper|work|study|article|report)|in this (?:paper|work),?\s+we)\b",
                       re.IGNORECASE)
# A contribution named as such: "Our second contribution is X", "Our first contribution is the release
# of X". Without a noun such as "release", `verb` is None, read as "contribution": a weak verb, so a
# known name is not introduced by it.
CONTRIBUTION_INTRO = re.compile(
    r"\bour\s+(?:\w+\s+){0,2}?contributions?\s+(?:is|are|includes?)\s+"
    r"(?:(?:the|a|an)\s+(?:public\s+)?(?P<verb>release|introduction|creation|construction)\s+of\s+)?", re.IGNORECASE)
# "We verify ... by introducing two benchmarks: X ...": a gerund after "by" in a first-person sentence.
GERUND_VERBS = {"introducing": "introduce", "proposing": "propose", "releasing": "release", "presenting": "present",
                "publishing": "publish", "open-sourcing": "open-source", "developing": "develop", "building": "build",
                "constructing": "construct", "creating": "create", "collecting": "collect", "curating": "curate",
                "training": "train", "designing": "design"}
GERUND_INTRO = re.compile(rf"\bby\s+(?P<verb>{'|'.join(GERUND_VERBS)})\b", re.IGNORECASE)
# Base verbs of INTRO_RE-like `verb` groups that are not base verbs themselves.
VERB_FORMS = {**PROGRESSIVE_VERBS, **GERUND_VERBS,
              "introduction": "introduce", "creation": "create", "construction": "construct"}
# The later items of an enumerated first-person sentence: "we (1) build X, (2) train Y, and (3) ...".
ENUMERATED_INTRO = re.compile(
    rf"{_ENUM_MARK}\s+(?P<verb>propose|present|introduce|release|develop|build|construct|create|"
    r"train|pre-?train|curate|collect|design|contribute|open-source|publish|devise|establish|produce)"
    r"(?:s|d|ed|es)?\b", re.IGNORECASE)
# A relative clause saying the paper releases the name just given: "X (...), which we publish".
RELEASED_AFTER = re.compile(
    r"\)?(?:\s*\([^()]{1,80}\))?,?\s+(?:which|that)\s+we\s+(?:(?:\w+ly|also|will|hereby)\s+)?"
    r"(?:release|publish|open-source|make\s+(?:publicly\s+)?available|introduce|propose|present)[sd]?\b")
# The sentence's subject said released: "The X dataset and code are released at URL", "X is publicly released".
_RELEASED_PASSIVE = re.compile(
    r"(?:\s+(?:dataset|corpus|benchmark|model|suite|collection)s?)?(?:,?\s+(?:and|as\s+well\s+as)\s+(?:the\s+|our\s+|its\s+)?"
    r"[\w-]+(?:\s+[\w-]+)?)?\s+(?:is|are|will\s+be|has\s+been|have\s+been)\s+(?:\w+ly\s+)?"
    r"(?:released|open-sourced|made\s+(?:\w+ly\s+)?available)\b")
_SUBJECT_OPENING = re.compile(r"\s*(?:the|our)?\s*", re.IGNORECASE)  # what may stand before that subject
_THIS_SUBJECT = re.compile(r"\s*This\s*")
# A new thing the sentence before gives, for "This X" to name: "based on a new dataset of news headlines".
_NEW_THING = re.compile(r"\b(?:a|an)\s+(?:new|novel)\s+(?:[\w-]+\s+){0,3}?(dataset|corpus|benchmark|model)\b[^.]*\.\s*$",
                        re.IGNORECASE)
# Naming verbs: their object's kind is named before them ("Our best model family, which we name X").
NAMING_VERBS = frozenset({"call", "name", "dub", "term"})
# Nouns after a known name that make the name a modifier of something new ("a BERT architecture",
# "a Llama backbone", "a new GPT-2 variant"): the verb introduces that, not the known name.
PART_WORDS = frozenset({"architecture", "architectures", "backbone", "backbones", "encoder", "encoders",
                        "decoder", "decoders", "variant", "variants", "layer", "layers", "block", "blocks"})
OUTPUT_VERB = re.compile(r"\b(?:that|which|(?:method|approach|framework|technique|pipeline)\s+to)\s+"
                         r"(?:\w+ly\s+)?(?:(?:can|could|is\s+able\s+to)\s+(?:\w+ly\s+)?)?"  # ("that can identify ...")
                         r"(?:generates?|produces?|synthesi[sz]es?|predicts?|"
                         r"translates?|answers?|recogni[sz]es?|transcribes?|outputs?|detects?|classifies?|"
                         r"segments?|summari[sz]es?|converts?|identif(?:y|ies)|parses?|disambiguates?)\b"
                         # "a novel method for efficiently generating textured meshes" (making, not judging)
                         r"|\b(?:method|approach|framework|technique|pipeline)\s+for\s+(?:\w+ly\s+)?"
                         r"(?:generating|producing|synthesi[sz]ing|translating|transcribing)\b")
# A name coordinated with a phrase naming data is data: "on UDST and a newly collected dataset".
_AND_DATA_PHRASE = re.compile(r" (?:and|or) (?:a|an|another|our|the|two|three) (?:[\w-]+ ){0,3}?"
                              r"(?:(?:dataset|corpus|benchmark|treebank)s?|corpora)\b")
# What a system is compared against is a system: "surpassing NanoDet by 1.8% AP", "outperforms the SOTA approach
# MDERank", "90% vs. Nvidia's PYOCO" (data is never outperformed; a known method keeps its kind; not a
# member of a class: "outperforms a multiPLM ...", "outperforms SGNNs").
_COMPARING_WORDS = ("utperform", "urpass", "beat", "Beat", "vs.", "versus")  # (a quick necessary condition for the pattern)
_COMPARED_BEFORE = re.compile(
    r"\b(?:outperform(?:s|ed|ing)?|surpass(?:es|ed|ing)?|beat(?:s|ing)?|vs\.|versus)\s+"
    r"(?:(?:the|several|strong(?:est)?|previous|prior|sota|state-of-the-art|best|existing|recent|competing|"
    r"supervised|unsupervised|original)\s+)*(?:(?:approach|method|model|system|baseline)s?,?\s+)?(?:\w+['’]s\s+)?$",
    re.IGNORECASE)
_ROMAN_NUMERAL = re.compile(r"[IVX]{1,4}")  # "MIMIC III and IV": an edition's number, no name
# What makes adversarial inputs is an attack, a method, whatever it is called: "a strong baseline to generate
# natural adversarial text", "an attack framework for generating adversarial texts".
_ADVERSARIAL_OUTPUT = re.compile(r"\b(?:generat|craft|produc|find|search)\w*\s+(?:\w+\s+){0,2}adversarial\b", re.IGNORECASE)
# A method head named after the output it makes: "a 3D content generation framework", "a text-to-image
# generation method" (a system producing outputs, GUIDELINES; not "a data generation pipeline").
OUTPUT_TASK_HEAD = re.compile(r"(?<!\bdata )\b(?:generation|synthesis|translation|recognition|detection|segmentation|"
                              r"captioning|transcription|reconstruction)\s+(?:framework|method|approach|system|"
                              r"pipeline|solution)\b")
# A method head for a task the thing performs: "A Generate-then-Retrieve Framework for Knowledge Base Question
# Answering", "A Coarse-to-Fine Approach for Cross-domain Slot Filling" (not "for Adapting Transformers", "for
# Parameter-Efficient Language Model Tuning": ways of making models; nor a pipeline making data).
_TASK_FOR = re.compile(
    r"\b(?:framework|approach|method|system|architecture|strategy|paradigm|pipeline)\s+for\s+(?![a-z]+ing\b)"
    r"(?:[\w-]+\s+){0,4}?(?:generation|synthesis|translation|recognition|detection|segmentation|captioning|"
    r"transcription|reconstruction|analysis|extraction|answering|filling|parsing|tracking|classification|"
    r"summari[sz]ation|retrieval|tagging|labell?ing|resolution|linking|spotting|conversion|separation|enhancement|"
    r"completion|prediction|forecasting|disambiguation|correction|simplification)\b"
    r"(?!\s+of\s+(?:[\w-]+\s+){0,6}?(?:corpus|corpora|datasets?|data)\b)", re.IGNORECASE)  # ("the Generation of a ... Corpus")
# A name whose parts are networks is a trained system, whatever else calls it a technique or an algorithm:
# "AudioSeal employs a generator/detector architecture trained jointly", "StegaStamp comprises a deep neural
# network that ..." (the part is the head of the noun phrase: not "adopts the encoder-decoder framework",
# "contains the implementations of ... networks", "employs a generator loss").
_NETWORK_PART = re.compile(
    r" (?:comprises|consists of|is composed of|contains|employs|adopts|integrates) (?:a|an|the|its|one) "
    r"(?:(?!(?:of|for|with|to|and|or|in|on|by|from|that|which)\b)[\w/-]+ ){0,4}?"
    r"(?:network|architecture|encoder|decoder|generator|detector|discriminator|backbone|transformer)"
    r"(?=[,.;:]| (?:that|which|to|with|for|and|trained|pre-?trained|learned|based|on|in|of)\b)")
# ("X is trained ...", or a participle set off by a comma: "X, trained only on COCO, has ...")
_TRAINED_AFTER = re.compile(r",?\s+(?:is|was|are|were)\s+(?:\w+ly\s+)?(?:trained|fine-?tuned|pre-?trained|finetuned)\b"
                            r"|,\s+(?:pre-?trained|trained|fine-?tuned|finetuned)\s+(?:only\s+|solely\s+|exclusively\s+)?"
                            r"(?:on|with|using)\b")
OWN_RE = re.compile(r"\b(?:we|our|this paper|this work|the paper)\b", re.IGNORECASE)

# A glued right-hand tail that is a size/flavour variant: "-7b-chat", "-base", "-v0.1", "-Instruct".
_VARIANT_PIECE = (
    r"(?:\d+(?:\.\d+)?(?:x\d+)?[bmkt]\d?|base|large|small|medium|tiny|mini|micro|nano|xs|xl|xxl|huge|giant|"
    r"chat|instruct|(?<=\d[bmk][-_])it|hf|sft|dpo|rlhf|v\d+(?:\.\d+)*|\d+k|uncased|cased|turbo|preview|distilled|"
    r"lite|plus|pro|ultra|flash|haiku|sonnet|opus|0\d{2,3}|1[01]\d{2}|[a-z]{2}-[a-z]{2}|(?:ti|[sblhg])/\d+|(?<=[-_ ])[sblhg](?![a-z]))"
)
# A major version right after a name is another edition or generation, not a variant of it: "XTTS-v2",
# "VQA-CP v2", "OWSM v3" (GUIDELINES: different generations are different models). A minor one
# ("-v0.1", "v1.5", "v1.0") or one after a size or flavour ("Whisper-large-v2") is a release of the same.
_MAJOR_VERSION = r"[vV](?:\d+|[2-9]\.0|\d\d+\.0)"
_MAJOR_VERSION_AFTER = re.compile(rf" {_MAJOR_VERSION}(?![\w-]|\.\d)")
_MAJOR_VERSION_END = re.compile(rf"[-_ ]{_MAJOR_VERSION}$")
VARIANT_TAIL = re.compile(rf"^(?![-_ ]?{_MAJOR_VERSION}(?![\w.]))(?:[-_ ]?{_VARIANT_PIECE})+$", re.IGNORECASE)
# A space-separated size/flavour word right after a name: "XLM-R large", "Poro 34B", "Llama 2 7B-chat".
SPACED_VARIANT = re.compile(
    rf"^ (?:(?:-{{1,2}}|[–—]) )?(?:\d+(?:\.\d+)?(?:x\d+)?[BMKTbmkt]|(?i:base|large|small|xl|xxl)|Instruct|Chat)"
    rf"(?:[-_]{_VARIANT_PIECE})*(?![\w-])"
)
SIZE_ONLY = re.compile(r"^\d+(?:\.\d+)?(?:x\d+)?[BMKTbmkt]$")
# Words that make a compound adjective of a name, capitalised as Title-Case titles write them
# ("ELECTRA-Style Pre-Training", "BERT-Based Models"); lower-case tails are all compounds.
_TITLE_COMPOUND_WORD = (r"(?:Style|Styled|Based|Like|Driven|Guided|Enhanced|Aware|Free|Specific|Centric|Inspired|"
                        r"Powered|Generated|Synthesized|Synthesised|Annotated|Labeled|Labelled|Filtered|Augmented|"
                        r"Assisted|Level|Scale|Sized|Type|Only|Tuned|Trained|Optimal)")
_COMPOUND_WORD = rf"(?:[a-z]+|{_TITLE_COMPOUND_WORD})"
# ISO 639-1 codes of major languages: a dataset name's tail of one is a language edition ("SQuAD-it").
_EDITION_CODES = frozenset({"ar", "bg", "cs", "da", "de", "el", "en", "es", "fa", "fi", "fr", "he", "hi", "hu", "id",
                            "it", "ja", "ko", "nl", "pl", "pt", "ro", "ru", "sv", "th", "tr", "uk", "vi", "zh"})
_COMPOUND_TAIL = re.compile(rf"^-{_COMPOUND_WORD}(?:-{_COMPOUND_WORD})*$")  # "-based", "-style", "-Style"
_COMPOUND_HEAD = re.compile(r"^(?:[a-z]+-)+$")  # "non-", "in-domain-"

# Name shapes for unknown names.
_CHUNK_RE = re.compile(r"[^\s,;:()\[\]{}\"“”‘’<>=|!?—]+")
_ADJECTIVE_LIKE = re.compile(r"(?:ian|ean|ic|al|ive|ous|ese|ish|ed|ing|ary|ern)$")
_TITLE_CASE_NEIGHBOUR = re.compile(r"[ -][A-Z][a-z]")
_TITLE_CASE_BEFORE = re.compile(r"[A-Z][a-z]+[ -]$")
_PLAIN_WORD = re.compile(r"[A-Z][a-z]+")
_CAMEL = re.compile(r"[a-z][A-Z]|[A-Z]{2,}[a-z]")
_CAPS = re.compile(r"^[A-Z][A-Z0-9+&.-]*[A-Z0-9+]$")
_DIGITMIX = re.compile(r"[A-Za-z]{2,}.*\d|\d.*[A-Za-z]{2,}")
_LETTER_NUMBER = re.compile(r"[A-Z]\d{1,2}$")  # "M4", "T5", "P3" (not "A100", a GPU)
_HYPHEN_TITLE = re.compile(r"^[A-Z][A-Za-z0-9]*(?:-[A-Z0-9][A-Za-z0-9]*)+$")
# Compound tails that make an adjective of a name: "BERT-based", "English-centric", "BERT-Style".
COMPOUND_TAIL = re.compile(rf"-{_COMPOUND_WORD}(?:-{_COMPOUND_WORD})*$")
_PLAIN_TITLE = re.compile(r"^[A-Z][a-z]+$")
MODEL_AFFIX = re.compile(
    r"(?:BERT|Bert|GPT|LLaMA|Llama|LLaVA|BART|RoBERTa|ELECTRA|CLIP|ViT|(?<=[a-z0-9])(?:LM|LDM)(?:s?\d*$|-)|"
    r"(?<=[a-z])Net$|(?<=[A-Za-z]{2})(?:Former|GAN)$|(?<=[A-Za-z])T5|^T5)"
)
DATASET_AFFIX = re.compile(r"(?:(?<=[A-Za-z])-?Bench(?:mark)?$|(?<=[A-Za-z])-bench$|(?<=[A-Za-z]{2})-?QA$|"
                           r"(?<=[A-Za-z])-?Eval$|(?<=[A-Za-z])\d+[MK]$|(?<=[a-z])(?:instruct|Instruct)$|Corpus$|"
                           r"(?<=[A-Za-z])-CC$)")
URLISH = re.compile(r"://|^www\.|\.(?:com|org|io|ai|net|edu)\b|@|/")

# Hot-path patterns, compiled once (inline `re.match(r"...")` pays re's cache lookup per call).
_NAME_TAIL_RE = re.compile(r"[A-Z0-9][^\s,;:()\[\]{}\"“”‘’<>=|!?—]*+")  # capital/digit .. chunk end
_CHUNK_STOP = frozenset(",;:()[]{}\"“”‘’<>=|!?—")  # with whitespace: the chunk separators above
_DOTTED_VERSION = re.compile(r" \d+\.\d+(?![\w.%])")
# A metric, law or regime named after a model: "CLIP score", "the Chinchilla scaling laws",
# "Chinchilla-optimal", '("Chinchilla") scaling law'.
_NAMED_AFTER_MODEL = re.compile(r"[- ](?:score|scores|metric|metrics|similarity|distance)\b"
                                r"|[\"”’')]*[- ](?:scaling\s+laws?|optimal(?:ity)?)\b", re.IGNORECASE)
# "the CoNLL-2003 annotation scheme", "UD guidelines": a dataset's conventions, not the dataset.
_SCHEME_AFTER = re.compile(r"[- ](?:annotation\s+)?(?:scheme|schemes|guidelines|tagset|tag\s+set|conventions|taxonomy|formalism)\b", re.IGNORECASE)
_SHARED_TASK_AFTER = re.compile(r"(?:\s+[A-Za-z][\w-]*){0,4}?\s+[Ss]hared\s+[Tt]asks?\b"
                                r"(?!\s+(?:data|datasets?|corpus|corpora|test\s+sets?|benchmarks?)\b)")  # (its data is)
_CAP_HEAD_NOUN = re.compile(r" (Corpus|Dataset|Benchmark|Treebank|Bench|Suite|Lexicon)\b")
_COLLECTION_HEADS = ("Corpus", "Dataset", "Benchmark", "Treebank", "Bench", "Collection")
# (a year after the head is an edition: "the Estonian National Corpus 2017")
_COLLECTION = re.compile(r"\b((?:[A-Z][\w'’-]*\s){1,4})(Corpus|Dataset|Benchmark|Treebank|Bench|Collection)"
                         r"(?:\s(?:Collection|Suite))?(?:\s(?:19|20)\d\d(?![\w.,]\d))?\b")
_LOWER_HEADED_PHRASE = re.compile(r"the\s+((?:[A-Z]{2,5}|[A-Z][a-z][\w'’-]*)(?:\s[A-Z][a-z][\w'’-]*){1,2})\s"
                                  r"(?:dataset|corpus|benchmark|treebank)\b")
_HEADED_TITLE_SEP = re.compile(r"(?: [A-Z][\w-]*){0,2} (\w+)(?=\s*(?::|-{1,2} |— ))")
_TITLE_NAME_COLON = re.compile(r"([A-Z][\w+-]*)\s*:")
# A shared-task system paper's title: "<team> at <venue and year>: ..." ("HIT-SCIR at MRP 2020",
# "Team:PULSAR at ProbSum 2023", "UPB at SemEval-2020 Task 9").
_TEAM_AT_VENUE = re.compile(r"(?:Team\s*:\s*)?(?P<team>[^:\n]{1,40}?)\s+(?:at|@)\s+(?:the\s+)?[A-Z][A-Za-z]*[- ]?(?:\d{4}|\d{2})\b")
# "Zambezi Voice: ...", "Timers and Such: ..." (a connective only between plain capitalised words).
_TITLE_PHRASE_COLON = re.compile(r"((?:[A-Z][\w'’+-]*\s){1,2}[A-Z][\w'’+-]*|[A-Z][a-z]+ (?:and|of|&) [A-Z][a-z]+)\s*:")
_YEAR = re.compile(r"(?:19|20)\d{2}(?![\w-])")
_TASK_NUMBER = re.compile(r"ask\s*\d")
_SHARED_TASK = re.compile(r"(?<![\w-])([A-Z][A-Za-z]+)[- ]?(?:(?:19|20)\d{2}|\d{2})\s+[Tt]ask\s*\d+\b")  # "SemEval-2017 Task 4"
_TITLE_CONNECTIVES = frozenset({"and", "of", "&"})
_TITLE_SEP = re.compile(r"\s*(?::|-{1,2} |— )")
_TITLE_DESCRIPTION = re.compile(_TITLE_SEP.pattern + r"\s*(?:A|An|The)\s")  # "X: A ... Dataset": what X is
_TITLE_SEP_STRIP = re.compile(r"^\s*(?::|-{1,2}|—)\s*")
_OF_HEAD = re.compile(r"\s+\w+\s+of\s+(?:\w+\s+){0,2}?(\w+)")
_OF_PHRASE = re.compile(r"\s+\w+\s+of\s+((?:[\w-]+\s+){0,5}[\w-]+)")  # "family of ... models"
_TITLE_CASE_RUN = re.compile(r"(?<![\w-])[A-Z][\w-]*(?:\s+[A-Z][\w-]*)+\s*$")  # "... Classification Dataset" before "("
_CAPITALISED_WORD_BEFORE = re.compile(r"\b([A-Z][a-z]+) $")  # "Romanian " before "BERT"
# "The first is (the) X": an item of a counted introduction before it ("we present two resources").
_NTH_IS = re.compile(r"\s*The (?:first|second|third|fourth|last|other|latter|former)(?: one)? (?:is|was) "
                     r"(?:the |a |an )?")
_COUNTED_INTRO = re.compile(r"\b(?:we|this (?:paper|work))\s+(?:\w+\s+){0,2}?(?:present|introduce|release|propose|"
                            r"describe|build|create|construct|develop|provide)\w*\s+(?:two|three|four|several)\b",
                            re.IGNORECASE)
# The rest of a coordination of names that modifies what follows: "BERT and ELECTRA based models".
# (list items are names, never a copula: "Our model, X, is based on ..." is no modifier list)
_MODIFIER_LIST_BASED = re.compile(r"(?:\s*(?:,|and|or|&)\s*(?!(?:is|are|was|were|being|been)\b)[\w.+-]+)*[\s-]based\b",
                                  re.IGNORECASE)
# "our proposed/new/newly introduced" + a Title-Case name, right before a bracketed short name.
_OUR_NEW_NAME = re.compile(r"\bour\s+(?:newly\s+)?(?:proposed|introduced|new|novel)\s+"
                           r"(?:[A-Z][\w-]*\s+)*[A-Z][\w-]*\s*$")
_APPOSITION = re.compile(r"\)?(?:\s*\([^()]{1,80}\))?(?:\s*(?:,|:|\s+--|\s+—|\s+–|\s+is|\s+was)\s+"
                         r"(?:a|an|the|two|three|several|new|our)\s+"
                         r"|,?\s+which (?:is|are|was|were)\s+(?:(?:a|an|the)\s+)?)")
_COPULA_APPOSITION = re.compile(r"\)?\s+(?:is|was)\s")
_HYPHEN_WORD = re.compile(r"[\w-]+")
_NAME_AFTER_HEAD = re.compile(r"[A-Z][\w-]*[A-Za-z0-9]$")  # a capitalised word: "benchmark Jericho"
_ARTICLE_PHRASE = re.compile(r"\s+(?:a|an|the)\s[\w\s,-]{0,100}")  # the start of a noun phrase, words and commas
_CLAUSE_AFTER_APPOSITION = re.compile(r",\s+(?:we|our|it|its|they|their|the|this|these|a|an|[A-Z])")
_FRONTING_PREPOSITIONS = frozenset({"in", "for", "with", "within", "on", "using", "by", "from", "under", "after",
                                    "through", "via", "unlike", "like", "beyond", "besides"})
# A sentence opening on an adverbial phrase of a preposition and a gerund, the name inside it ("Finally, by
# fusing X with Y and "): what follows the comma after the name is the main clause, no apposition.
_FRONTED_GERUND = re.compile(r"\s*(?:[A-Z][a-z]+,\s+)?(?:[Bb]y|[Aa]fter|[Bb]efore|[Uu]pon|[Tt]hrough|[Ww]hen|[Ww]hile)"
                             r"\s+[a-z]+ing\b[^,;:()]*")
# A verb in the passive after a set-off name that says the paper made it.
_PASSIVE_MADE = re.compile(r",\s+(?:is|was|are|were|has\s+been)\s+(?:\w+ly\s+)?(?:proposed|introduced|constructed|built|"
                           r"collected|created|presented|released|developed|curated|compiled|designed)\b")
# Capitalised words joined by hyphens right before a head noun and ", " ("Body-Expression-Audio-Text dataset, ").
_SPELLED_BEFORE_HEAD = re.compile(r"\b([A-Z][a-z]+(?:-[A-Z][a-z]+)+) [a-z]+, $")
_APPOSITION_END = re.compile(rf";|{_ENUM_MARK}")  # "X, the largest to date, (2) train ...": it ends
_NEW = re.compile(r"(?:new|novel)\b", re.IGNORECASE)
# Participles that give a name ("a model called X"); the two patterns below start from them.
_NAMING_PARTICIPLES = ("called", "named", "dubbed", "termed")
# A capitalised word between a naming word and a known name: "a model called Dual BERT".
_NAMED_WORD_BEFORE = re.compile(rf"\b(?:{'|'.join(_NAMING_PARTICIPLES)})\s+(?:as\s+)?[\"'“]?(?P<word>[A-Z][\w-]*)\s+$")
# A sentence opening on the thing the text just described, then naming it: "This dataset, called X".
_THIS_NAMED = re.compile(r"\s*(?:This|These)\s+(?:[\w-]+\s+){0,3}?(?P<head>[\w-]+),?\s+"
                         rf"(?:{'|'.join(_NAMING_PARTICIPLES)})(?:\s+as)?\s+[\"'“]?")
# An apposition's noun phrase that a (reduced) relative clause says we made: "X, a large-scale text pair dataset
# that we curate from ...", "X, a corpus which we collected", "X, a new evaluation set we release".
_WE_MADE = re.compile(r"[^.,;:()]{0,80}?\b(?:(?:that|which)\s+)?we\s+(?:\w+ly\s+|have\s+)?(?:curate|collect|build|"
                      r"construct|create|compile|assemble|release|introduce|propose|develop|train|pretrain|design)"
                      r"(?:s|d|ed)?\b", re.IGNORECASE)
# A name set off after the noun phrase an introducing verb makes, and what may stand between the verb
# and that phrase ("we develop from scratch a ...", "we construct and release a new ..."): `_appositive_object`.
_APPOSED_OPEN = re.compile(r"(?:,|\s[-\u2013\u2014])\s$")
_APPOSED_NP = re.compile(r"(?:\s+(?:\w+ly|also|further|then|here|from scratch|and\s+(?:\w+ly\s+)?(?:release|publish|present|"
                         r"introduce|open-source)\w*))*\s+(?P<det>a|an|our|the\s+first)\s", re.IGNORECASE)
_APPOSED_CLOSE = re.compile(r"\s*(?:[,.;]|\s[-\u2013\u2014]\s|\s+and\s|\s+\()")
_PAREN_CLOSE = re.compile(r"(?:\s+(?:for|in) short|\s+v\d+(?:\.\d+)*)?[),;]")  # ("(PeerRead v1)": a version inside)
_CLAUSE_BREAK = re.compile(r"[;.(]|,\s*(?:which|that|and|but|while|a|an)\b|"
                           r"\b(?:to|that|which|by|with|on|for|from|using|via|of)\b|"
                           r"\band\s+(?:use|employ|leverage|adopt|apply|utili[sz]e|query|prompt)s?\b")  # "and employ X"
_APOS_WORD = re.compile(r"[\w'’]+")
# What ends the noun phrase an introducing verb makes ("we build a clean corpus (X)"): a sentence
# or enumeration break, or a new clause.
_OBJECT_BREAK = re.compile(rf"[;.]|{_ENUM_MARK}|,\s*(?:which|that|and|but|while)\b")
_LEADING_DIGIT = re.compile(r"^\d")
_GROUP_OF = re.compile(r"\b(?:a|an|the|two|three|our|new)\s+(?:\w+\s+)?(?:series|family|suite|collection|set|pair|range)"
                       r"\s+of\b", re.IGNORECASE)
_ENDS_WITH_SIZE = re.compile(r"\d[BMKbmk]$")
# Between two coordinated names, a short parenthesis allowed first: "X (dev set), Y".
_LIST_GAP = re.compile(rf"(?:\s*\([^()]{{0,30}}\))?(?:{LIST_GAP.pattern})")
# A numbered level, step or round in lower case ("level-1", "top-48"): no name (`EntityFinder._unknown`).
_ORDINAL_NUMBER = re.compile(r"(?:level|stage|phase|round|step|layer|type|tier|top|track|subtask|part|grade|epoch|hop|"
                             r"shot|order)s?-\d+")
_TASK_ACRONYM = re.compile(r"[A-Z]{2,4}")  # ("SV", "ER": what a list of tasks holds besides "ASR")
_PLURAL_ACRONYM = re.compile(r"^(?:[a-z]*|[A-Z][a-z]+)[A-Z][A-Z0-9-]*s$")  # "LRMs", "PTMs", "multiPLMs", "AudioLLMs", "SpeechLMs"
# Task nouns: a Title-Case compound ending in one names a task ("Span-Extraction"), not a thing.
_TASK_NOUNS = frozenset({"extraction", "classification", "detection", "generation", "recognition", "retrieval",
                         "answering", "summarization", "summarisation", "translation", "labeling", "labelling",
                         "tagging", "parsing", "segmentation", "captioning", "transcription", "linking",
                         "reasoning", "understanding", "comprehension"})
# ...and in a long form before an abbreviation, more: "Sign Language Production (SLP)", "Numerical Weather
# Prediction (NWP)" are tasks (not in a hyphenated name: "Swiss-Judgment-Prediction" is a dataset).
_LONG_FORM_TASK_NOUNS = _TASK_NOUNS | {
    "production", "synthesis", "verification", "estimation", "prediction", "resolution", "localization",
    "localisation", "grounding", "completion", "correction", "simplification", "identification", "forecasting",
    "tracking"}  # ("Multi-Object Tracking (MOT)")
_PHRASE_TASK_NOUNS = _LONG_FORM_TASK_NOUNS | {"inference", "analysis", "modeling", "modelling"}
_TITLE_COMPOUND = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)+")
_BEFORE_SEP = re.compile(r"(?=[-_])")
_LIST_SPLIT = re.compile(r",\s*(?:and\s+|or\s+)?|\s(?:and|or|&)\s+")
_CAP_OR_DIGIT = re.compile(r"[A-Z0-9]")
_WHICH_ARE = re.compile(r",?\s+which (?:are|were)\s+(?:(?:the|two|three)\s+)?([^.;:]{0,80})")
# Lists of the paper's own things (`_listed_contribution`): a ";"-item after a colon, an
# enumeration mark ("(b) ", "2) ") right before a name, and the clauses that own an enumeration.
_SEMICOLON_ITEM = re.compile(r";\s*(?:and\s+)?$")
_NAME_FIRST = re.compile(r"\s*[\"'“‘]?[A-Z0-9]")
_MARK_BEFORE = re.compile(r"(?:\((?P<paren>\d|[ivx]{1,3}|[a-e])\)|(?<![\w(])(?P<bare>\d|[a-e])\))\s+$")
_ROMAN = frozenset({"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"})
_OWN_INVENTORY = re.compile(
    r"(?:these|our|the)\s+(?:[\w-]+\s+){0,2}?(?:resources|contributions|components|artifacts|assets)\s+"
    r"(?:include|comprise|consist\s+of|contain|are)\b", re.IGNORECASE)
_NAME_INVENTORY = re.compile(r"([A-Z][\w+.-]*)\s+(?:includes|comprises|consists\s+of|contains|is\s+composed\s+of)\b")
_SENTENCE_GAP = re.compile(r"(?<=[.!?])\s+")
_TASK_LIST_TAIL = re.compile(r"\btasks?:(?:[\s,a-z-]|\([^()]*\))*$")  # "... tasks: a (X), b (Y), c "
_RESULTING = re.compile(r"\b(?:resulting in|which results in|yielding|creating|producing)\s+(?:the\s+|our\s+)?$")
# Training words: what a clause did to make the name `_RESULTING` gives ("fine-tune ..., yielding X").
_TRAINING_WORD = re.compile(r"\b(?:pre-?train|train|fine-?tun|finetun|instruction-tun|distill)\w*", re.IGNORECASE)
_QUOTED_NAME = re.compile(r"\b(?:call|called|named|dubbed|termed|coined)\s+[\"“]"
                          r"(?P<name>[A-Z][\w'’+-]*(?:\s+[A-Z0-9][\w'’+-]*){1,4})[.,]?[\"”]")
# ...and, unquoted, two to four capitalised words the naming verb gives, ending where the phrase does:
# "a new natural language inference dataset called Dialogue NLI.", "which we call Medical Meadow, combines".
# What both naming patterns open with ("call" also in "called", "we call").
_NAMING_VERB_STEMS = ("call", "named", "dubbed", "termed", "coined")
_NAMED_WORDS = re.compile(r"(?:called|named|dubbed|termed|coined|we\s+call)\s+"  # (\b: `_glued_before`)
                          r"(?P<name>[A-Z][\w'’+-]*(?:\s+[A-Z][\w'’+-]*){1,3})(?=\s*[,.;:)]|\s+(?:and|which|that|is|was)\b)")
# An indefinite or first-of-its-kind opening right before a known name that a head noun follows: the name
# says what kind of new thing it is (`EntityFinder._definition`).
_KIND_OF_THING = re.compile(r"\b(?:an?|the\s+first|(?:an?\s+)?(?:new\s+)?(?:set|series|family|suite|collection)\s+of)"
                            r"\s+(?:(?:new|novel)\s+)?$", re.IGNORECASE)
_KNOWN_FROM = re.compile(r",\s+(?:well[- ])?known\s+(?:from|for)\b")
_VECTOR_HEADS = frozenset({"embeddings", "vectors", "word-vectors", "word-embeddings"})
_MADE_BY_US = re.compile(r"\s*(?:\w+ly\s+)?(?:new|novel|curated|collected|constructed|built|created|proposed|"
                         r"compiled|released|introduced)\b", re.IGNORECASE)
_OPENS_LONG_FORM = re.compile(r"(?:\s+[A-Z][\w-]*){1,6}\s+\([A-Z][\w-]*\)")  # "... Stance Detection BERT (WS-BERT)"
_BRACKETED_NAME = re.compile(r"\(([A-Za-z][\w-]*[A-Z][\w-]*)\)")
_SENTENCE_OR_LIST_BREAK = re.compile(r"[.;:,]")
_CAPS_WORD_AFTER = re.compile(r" ([A-Z][a-z]?[A-Z][A-Za-z]+)(?![\w-])")  # (3+ letters: no "EN")
# (a dotted version too: "DictaLM 2.0", "InternVL 1.5"; not "2.5 points", "1.5x")
# (a comma, a colon or a full stop may follow: "Mega-TTS 2, and Voicebox", "based on Translatotron 2.";
# not a decimal, "2.5", nor a list of numbers, "GPT 2, 3 and 4")
_GENERATION_AFTER = re.compile(r" [1-9](?:\.\d{1,2}(?![\w%.])(?! (?:times|points|\w+s)\b)"
                               r"|(?![\w%/)-]|[.,:]\S|, ?\d| (?:times|points|and|or|to|of|in|on|by|for|\w+s)\b))")
_TITLE_GENERATION = re.compile(r"([A-Z][a-z]+) [2-9](?=\s*:)")  # "Tango 2: ..."
_TRAILING_NUMBER = re.compile(r"[ -]?\d+$")
_SIZE_PREFIXES = frozenset({"sub", "over", "under", "up", "near", "super"})
# A head noun right after a bracketed name: the phrase goes on ("a masked frame model (CMFM) objective").
_HEAD_AFTER_BRACKET = re.compile(
    rf"\)\s+(?:{'|'.join(map(re.escape, sorted(HEAD_KIND, key=len, reverse=True)))})\b", re.IGNORECASE)
# What a known name in brackets goes on to modify: our realisation of it, not a new thing of that name.
_REALISED_AFTER = re.compile(r"\)\s+(?:re-?)?(?:implementation|variant|backbone|architecture|encoder|decoder|baseline)s?\b")
_AS_ROLE = re.compile(r" as (?:an?|the|our|its|their) ((?:[\w-]+ ){0,3}[\w-]+)")  # (`EntityFinder._context`)
_BARE_VERSION = re.compile(r"^[vV]\d+(?:\.\d+)*$")
_VERSION_END = re.compile(r"[- ][vV]?\d+\.\d+$")  # "-2.0" (not a glued digit: "CT0", "ML50" are names)
_GLUED_HEAD = re.compile(r"-(?:agent|bench)\b(?!-)")
# What a team sends to a shared task: "our WMT'18 submission", "our SemEval entry".
_SUBMISSION_HEADS = frozenset({"submission", "submissions", "entry", "entries", "participation", "run", "runs",
                              "team", "system", "systems"})
_CITED_WORD = re.compile(r"[^\W\d_][\w'’-]*")  # the first word of a citation: "Rösiger" of "(Rösiger, 2018)"
_OWNER_BEFORE = re.compile(r"([A-Z][\w&-]*)['’]s $")  # "Anthropic's " before a name
_CAP_COLLECTION_AFTER = re.compile(r" (?:Bench|Benchmark|Collection|Corpus|Dataset)\b")
_DATASET_SUBSET = re.compile(r" (?:Lite|Verified|Hard|Pro|Plus|Mini|Extended|Diamond|Multimodal)\b")
_BRACKETED = re.compile(r"\([^()]*\)")
_LONG_FORM_AFTER = re.compile(r"\((?:short\s+for|stands\s+for|standing\s+for|i\.e\.,?)\s[^()]*$")
_GLUED_SENTENCE = re.compile(r"(?<=[\w+])\.[A-Z][a-z]+$")  # a chunk ending ".In": the next sentence
# Per-surface memo tables are cleared when they reach this size (bounded memory on big corpora).
MEMO_LIMIT = 100_000
_REJECT = None  # an `_analyse` verdict: the chunk can never be a name


@dataclass(slots=True)
class Occurrence:
    start: int
    end: int
    surface: str  # text as written (chunk, with a spaced variant when present)
    base: str  # the name without size/flavour tail
    variant: bool
    compound: bool = False  # written as an adjective ("BERT-style models"): no introduction


@dataclass(slots=True)
class Candidate:
    """All evidence for one name key in one paper."""

    key: str
    entry: GazetteerEntry | None = None
    scores: dict[str, float] = field(default_factory=lambda: {"model": 0.0, "dataset": 0.0, "method": 0.0})
    rules: list[str] = field(default_factory=list)
    occurrences: list[Occurrence] = field(default_factory=list)
    strong: bool = False  # named by a definitional/naming/title construction
    intro: bool = False
    plain_word: bool = True  # every surface is a plain capitalised word
    headed: bool = False  # directly followed by a (non-weak) head noun
    defined_generic: bool = False  # abbreviation of a lower-case phrase or of a method name
    derived_from: str | None = None  # kind of a glued gazetteer name ("BloombergGPT" <- GPT)
    language_name: bool = False  # first written as a language name ("English"): never a model/dataset
    trained: bool = False  # trained itself: "X is jointly finetuned on", "we train X", "the fine-tuned X"
    titled: str | None = None  # the kind a title's subtitle gives its name: "AGQA: A Benchmark for ..."

    def add(self, kind: str, weight: float, rule: str) -> None:
        self.scores[kind] += weight
        if rule not in self.rules:
            self.rules.append(rule)


@dataclass(slots=True)
class Decision:
    """A decided entity before it becomes an `Entity` (kept internal)."""

    kind: str
    name: str
    key: str
    confidence: float
    rule: str
    intro: bool
    occurrences: list[Occurrence]
    evidence: tuple[str, ...] = ()  # every rule that fired, for debugging and provenance


class EntityFinder:
    """Finds the models and datasets of one document (see module docstring)."""

    def __init__(self, gazetteer: Gazetteer):
        self.gazetteer = gazetteer
        # Names repeat across abstracts: decisions that depend only on a surface string
        # (and this gazetteer) are memoised per finder; see `_analyse` and `_base_facts`.
        self._surfaces: dict[str, tuple | None] = {}
        self._bases: dict[str, tuple[str, bool, bool, bool]] = {}
        self._plain: dict[str, bool] = {}

    # ------------------------------------------------------------------ public
    def find(self, doc: Doc, title_len: int, text: str | None = None,
             languages: frozenset[str] | set[str] = frozenset()) -> list[Decision]:
        """Decisions for `doc`; pass `text` (== doc.text) to avoid rebuilding it from tokens, and
        `languages`, the names found as languages in this text: an unknown name written as one of
        them is that language ("Cherokee is a highly endangered language ... Cherokee data")."""
        text = doc.text if text is None else text
        self.text = text
        self.languages = languages
        self.title_end = title_len
        self._title_name = _TITLE_NAME_COLON.match(text, 0, title_len)  # "Name: subtitle", or None
        phrase = _TITLE_PHRASE_COLON.match(text, 0, title_len)
        # "Emu Video: ...", "Zambezi Voice: ...": a title's name of several words, if the abstract repeats it
        self._title_words = phrase.group(1) if phrase and text.find(phrase.group(1), title_len) > 0 else None
        self._ends: list[int] | None = None
        self._expansions: list[tuple[int, int, str]] = []  # (start, end, key of LF) of "Long Form (LF)", "LF (Long Form)"
        candidates: dict[str, Candidate] = {}
        self._owned: list[tuple[Candidate, str]] = []  # (item, key of the name that includes it)
        self._absorbed: set[int] = set()  # starts of capitalised head nouns taken into a name ("X Bench")
        spans = doc.spans.get("gazetteer", ())
        # A capitalised word and a known name that a naming word joins are one name wherever written
        # ("a novel model called Dual BERT ... Dual BERT improves"): found before any mention is read.
        # (most texts hold no naming participle: then no span is searched)
        self._named_phrases = {text[named.start("word"):span.end_char] for span in spans
                               if (named := _NAMED_WORD_BEFORE.search(text, max(0, span.start_char - 40), span.start_char))
                               and named.group("word").lower() not in STOP
                               } if any(word in text for word in _NAMING_PARTICIPLES) else set()
        taken: list[tuple[int, int]] = []
        team = _TEAM_AT_VENUE.match(text, 0, title_len)
        if team:  # "DAMO-NLP at SemEval-2022 Task 11: ...": a team's name, not a model
            taken.append(team.span("team"))
        for span in spans:
            if team and span.start_char < team.end("team"):
                continue
            entry = self.gazetteer.entries[int(span.label_)]
            self._known(candidates, taken, entry, span.start_char, span.end_char)
        for cs, ce in citation_spans(text):  # "BASHI (Rösiger, 2018)": an author's name (not "(GPT-4, 2023)")
            if (author := _CITED_WORD.match(text, cs + 1)) and _plain_word(author.group(0)):
                taken.append((cs, ce))
        taken.sort()
        self._collections(candidates, taken)
        self._shared_tasks(candidates, taken)
        self._title_phrase(candidates, taken)
        self._introduced_phrase(candidates, taken)
        self._quoted_names(candidates, taken)
        plain, verdicts = self._plain, self._surfaces
        own = self._title_architecture()
        for s, e in name_chunks(text):
            if text[s] == "'":
                s += 1  # an opening quote is no part of the name: "dubbed 'Bangla2B+'"
            if (taken and _overlaps(taken, s, e)) or s in self._absorbed:
                continue
            chunk = text[s:e]
            if s >= 2 and text[s - 1] == "(" and text[s - 2].isalpha() and (s == 2 or not text[s - 3].isalnum()):
                continue  # an argument of a one-letter function: "P(IK)", "f(X)"
            if own and chunk in own:
                self._own_architecture(candidates, s, s + len(own[0]))
                continue
            if text.startswith((" 19", " 20"), e) and (year := _YEAR.match(text, e + 1)) \
                    and self.gazetteer.non_entity(chunk) == "venue":
                if text[s - 1:s] != "(":  # (not a gloss of the name before: "the DNS challenge (INTERSPEECH 2020) dataset")
                    self._venue_edition(candidates, s, year.end())  # "the SemEval 2014 dataset"
                continue
            verdict = verdicts.get(chunk, False)
            if verdict is _REJECT or (verdict and verdict[1] is None):
                continue  # known from an earlier paper: `_unknown` would drop it ("We", "2023")
            is_plain = plain.get(chunk)
            if is_plain is None:
                if len(plain) >= MEMO_LIMIT:
                    plain.clear()
                is_plain = plain[chunk] = _plain_word(chunk)
            if is_plain and not _MAJOR_VERSION_AFTER.match(text, e):  # ("Tweebank v2" is a name)
                if s != 0 and (s < title_len or _at_sentence_start(text, s)):
                    continue  # Title-Case titles and sentence-initial words: plain words there say nothing
                if (_TITLE_CASE_NEIGHBOUR.match(text, e) and not (s == 0 and _headed_title_colon(text, e))) \
                        or _TITLE_CASE_BEFORE.search(text, max(0, s - 30), s):
                    continue  # one word of a Title-Case phrase ("Natural Language Inference"), not "Aya Model: ..."
                if s >= 2 and text[s - 1] == "(" and not text[s - 2].isspace():
                    continue  # a gloss glued to the name before it: "GPT-4V(Vision)"
                if _written_as_word(text, chunk.lower(), "-/"):
                    continue  # also written in lower case: an ordinary word ("Transformer"/"transformer";
                    # a URL path, "github.com/org/latxa", does not count)
            self._unknown(candidates, s, e)
        if team:
            candidates.pop(name_key(team.group("team")), None)  # ("We describe HIT-SCIR's system")
        for cand, owner in self._owned:
            if owner in candidates and candidates[owner].intro:
                cand.intro = cand.strong = True
        self._coordinated_with_known(candidates)
        self._fold_expansions(candidates)
        self._type_title_name(candidates)
        self._title_generation(candidates)
        return self._decide(candidates)

    # -------------------------------------------------------------- candidates
    def _known(self, cands: dict[str, Candidate], taken: list, entry: GazetteerEntry, s: int, e: int) -> None:
        text = self.text
        if " " in text[s:e] and (_inside_longer_title(text, s, e, entry) or self._spells_out_title_name(s, entry)
                                 or _everyday_phrase(text[s:e], entry)):
            return
        cs, ce = chunk_bounds(text, s, e)
        ce = max(ce, e)
        left, right = text[cs:s], text[e:ce]
        if "/" in left:  # hub id "org/name-..."
            left, cs = "", s
        if "/" in right and not VARIANT_TAIL.match(right):  # "MiniGPT-4/mPLUG-Owl": two names
            cut = right.index("/")
            right, ce = right[:cut], e + cut
        if len(right) == 1 and right.isdigit() and _ENDS_WITH_SIZE.search(text, s, e):
            right, ce = "", e  # a footnote mark glued to a sized name ("Mistral-7B1")
        if len(right) == 1 and right in "BMbm" and (number := _TRAILING_NUMBER.search(text, s, e)) \
                and (family := self.gazetteer.lookup(text[s:number.start()])) is not None and family.kind == "model":
            entry, e, right, ce = family, number.start(), "", number.start()  # "LLaMA 1B": a size, not "LLaMA 1"
        if not left and not right and self._named_phrases and (start := self._named_phrase_start(e)) is not None:
            taken.append((start, ce))  # "Dual BERT" (`find`): a new name, not a mention of BERT
            self._unknown(cands, start, ce, derived_kind=entry.kind)
            return
        if not left and not right and (edition := self._introduced_language_edition(s, ce)) is not None:
            taken.append((edition, ce))  # "This paper introduces Romanian BERT": a new model, not BERT
            self._unknown(cands, edition, ce, derived_kind=entry.kind)
            return
        if not left and entry.kind == "dataset" and not entry.dual and not entry.needs_context \
                and (start := self._modified_dataset(s)) is not None:
            taken.append((start, ce))  # "the Spoken SQuAD dataset", "Adversarial GLUE": a dataset made from it
            self._unknown(cands, start, ce, derived_kind="dataset")
            return
        derived = False
        if left and (not _COMPOUND_HEAD.match(left) or len(left) == 2):
            derived = True  # (one lower-case letter is a new name's prefix, not a modifier: "u-HuBERT", "e-SNLI")
        if right and not (VARIANT_TAIL.match(right) or _COMPOUND_TAIL.match(right) or right in {"s", "es"}):
            derived = True
        if right.lower() in SPLIT_TAILS:
            derived = True  # "SWE-bench-train", "SWE-bench-lite": a split or subset released as a dataset of its own
        if entry.kind == "dataset" and right[:1] == "-" and right[1:] in _EDITION_CODES:
            derived = True  # "SQuAD-it", "XNLI-fr": a language edition, not a compound like "SQuAD-style"
        derived_kind = "dual" if entry.dual else entry.kind  # (a dual name's kind says nothing of its offspring's)
        if not derived and not right and (extension := self._extension(entry, s, e, ce)) is not None:
            (ce, derived_kind), derived = extension, True
        if right and not derived and entry.kind == "dataset" and not entry.dual and VARIANT_TAIL.match(right):
            derived = True  # "MGSM8KInstruct", "X-v2": sizes and flavours are models'; a dataset's tail makes another
        if derived:
            spaced = SPACED_VARIANT.match(text[ce:ce + 40])
            taken.append((cs, ce + (spaced.end() if spaced else 0)))
            self._unknown(cands, cs, ce, derived_kind=derived_kind)
            return
        end = ce if right and VARIANT_TAIL.match(right) else e
        spaced = SPACED_VARIANT.match(text[end:end + 40])
        if spaced:
            end += spaced.end()
        taken.append((cs, max(ce, end)))
        key = name_key(entry.name)
        cand = cands.get(key)
        if cand is None:
            cand = cands[key] = Candidate(key=key, entry=entry)
        cand.plain_word = False
        occ = Occurrence(start=s, end=end, surface=text[s:end], base=text[s:e],
                         variant=end > e or _flavour_alias(entry.name, text[s:e]),
                         compound=bool(right) and bool(_COMPOUND_TAIL.match(right)))
        cand.occurrences.append(occ)
        cand.add(entry.kind, 3.0, "gazetteer")
        self._context(cand, occ)

    def _modified_dataset(self, s: int) -> int | None:
        """Start of a capitalised word that makes a known dataset's name another dataset's: "Spoken
        SQuAD", "Multilingual LAMA", "Adversarial GLUE" (held-out annotators name the whole in 15 of the
        16 mentions this finds). Not a language ("English Wikipedia": an edition; so is any word before a corpus
        that needs context), an organization ("Google Speech Commands"), a verb ("Using X"), a
        sentence's first word or one word of a Title-Case run; the abstract only."""
        text = self.text
        if s <= self.title_end or text[s - 1:s] != " ":
            return None
        word = _CAPITALISED_WORD_BEFORE.search(text, max(0, s - 30), s)
        if word is None:
            return None
        start = word.start(1)
        mod = word.group(1)
        if _at_sentence_start(text, start) or _TITLE_CASE_BEFORE.search(text, max(0, start - 30), start) \
                or mod.endswith("ing") or mod.lower() in STOP or mod.lower() in _lower_language_names() \
                or self.gazetteer.non_entity(mod) is not None or self.gazetteer.lookup(mod) is not None:
            return None
        return start

    def _named_phrase_start(self, e: int) -> int | None:
        """Start of a named phrase (`find`: "Dual BERT") written as a whole word that ends at `e`."""
        text = self.text
        for phrase in self._named_phrases:
            start = e - len(phrase)
            if start >= 0 and text.startswith(phrase, start) and not text[start - 1:start].isalnum():
                return start
        return None

    def _introduced_language_edition(self, s: int, ce: int) -> int | None:
        """Start of "<Language> <known name>" (the name's chunk at s..ce) when the paper
        introduces that phrase: as the title's name ("French CrowS-Pairs: Extending a challenge
        dataset ...") or as the object of an introducing verb ("This paper introduces Romanian BERT,
        the first ..."), wherever the phrase is written; else None. ("Vietnamese Wikipedia" used as
        data stays Wikipedia.)"""
        text = self.text
        language = _CAPITALISED_WORD_BEFORE.search(text, max(0, s - 30), s)
        if language is None or language.group(1) not in language_lexicon():
            return None
        start = language.start(1)
        while (word := _CAPITALISED_WORD_BEFORE.search(text, max(0, start - 30), start)) is not None \
                and word.group(1).lower() not in STOP and not _at_sentence_start(text, word.start(1)):
            start = word.start(1)  # "the Clean Italian mC4 corpus": the whole capitalised name
        phrase = text[start:ce]
        if phrase + " (" in text:
            return None  # the long form of an abbreviation: "the Hausa Visual Genome (HaVG)" is HaVG
        if text.startswith(phrase + ":"):
            return start
        at = text.find(phrase, self.title_end)
        while at >= 0:
            sent_s = max(self._sentence(at, at + len(phrase))[0], self.title_end + 1)
            intro = _last_intro(text, sent_s, at)
            if intro is not None and self._is_object(intro.end(), at):
                return start
            at = text.find(phrase, at + len(phrase))
        return None

    def _edition_of_dataset(self, base: str) -> bool:
        """Whether `base` is a known dataset, so a language code glued to it names an edition ("SQuAD-it")."""
        entry = self.gazetteer.lookup(base)
        return entry is not None and entry.kind == "dataset"

    def _extension(self, entry: GazetteerEntry, s: int, e: int, ce: int) -> tuple[int, str] | None:
        """Where a known name written whole (text[s:e], its chunk ending at `ce`) goes on into
        another name after a space, and that name's kind; None if it does not."""
        text = self.text
        if version := _MAJOR_VERSION_AFTER.match(text, ce):
            return version.end(), "dual" if entry.dual else entry.kind  # "VQA-CP v2", "OWSM v3": another edition
        if entry.kind == "dataset":
            if _DOTTED_VERSION.match(text, ce):
                return ce, "dataset"  # "CommonsenseQA 2.0": another edition (known editions are rows of their own)
            if subset := _DATASET_SUBSET.match(text, ce):
                return subset.end(), "dataset"  # "SWE-bench Lite", "SWE-bench Verified": a subset released as a dataset
            if not entry.dual and (track := _CAPS_WORD_AFTER.match(text, ce)) and self._names_nothing(track.group(1)):
                return track.end(), "dataset"  # "TREC CAsT", "TREC COVID": a named part of a known collection
        if entry.kind == "model" and not entry.name[-1].isdigit() and (generation := _GENERATION_AFTER.match(text, ce)):
            # "Jina Embeddings 2": another generation, another model; a dual name's ("Dolly 1.0") is
            # either, as its contexts say
            return generation.end(), "dual" if entry.dual else "model"
        if self._title_words and self._title_words.startswith(text[s:e] + " ") and text.startswith(self._title_words, s):
            return s + len(self._title_words), entry.kind  # "Emu Video: ...": the title's own name extends a known one
        if entry.kind == "model" and (head := _CAP_COLLECTION_AFTER.match(text, ce)):
            return head.end(), "dataset"  # "Vicuna Bench": a benchmark named after a model
        return None

    def _names_nothing(self, word: str) -> bool:
        """Whether a capitals word after a known dataset is neither a name nor a non-entity of its
        own (a metric, a task: "SQuAD EM", "GLUE MNLI")."""
        gz = self.gazetteer
        return gz.lookup(word) is None and gz.non_entity(word) is None

    def _spells_out_title_name(self, start: int, entry: GazetteerEntry) -> bool:
        """Whether a spaced spelling in the title's subtitle spells out the title's own name, which
        extends the entry's: "KMMLU: Measuring Massive Multitask Language Understanding in Korean"
        (MMLU's long form) describes KMMLU, no mention of MMLU."""
        if start >= self.title_end:
            return False
        match = self._title_name
        if not match or start < match.end():
            return False
        own = name_key(match.group(1))
        return entry.key in own and entry.key != own

    def _title_architecture(self) -> tuple[str, ...] | None:
        """A known architecture name that the title introduces ("Mamba: Linear-Time Sequence
        Modeling ...", "Conformer: Convolution-augmented Transformer ..."): in this paper it is
        the paper's own model, though elsewhere it names a kind of network. Its spellings as
        chunks ("Mamba", "Mamba's"), else None."""
        match = self._title_name
        if not match or self.gazetteer.non_entity(match.group(1)) != "architecture":
            return None
        name = match.group(1)
        return name, name + "'s", name + "’s"

    def _own_architecture(self, cands: dict[str, Candidate], s: int, e: int) -> None:
        name = self.text[s:e]
        cand = cands.get(name_key(name))
        if cand is None:
            cand = cands[name_key(name)] = Candidate(key=name_key(name))
            cand.add("model", 2.0, "pattern:introduced_architecture")
        cand.plain_word = cand.plain_word and _plain_word(name)
        occ = Occurrence(start=s, end=e, surface=name, base=name, variant=False)
        cand.occurrences.append(occ)
        self._context(cand, occ)

    def _collections(self, cands: dict[str, Candidate], taken: list[tuple[int, int]]) -> None:
        """Title-Case names headed by a capitalised "Corpus"/"Dataset"/"Benchmark"/"Treebank"/"Bench"/
        "Collection" in the abstract ("the Estonian National Corpus", "the Kestrel Benchmark", "the
        Feedback Collection"): each word alone is a
        plain word, the phrase is a dataset's name. Single name-shaped words ("the Astro-HEP
        Corpus") are left to `_unknown`; known names win."""
        text, floor = self.text, self.title_end + 1
        for match in _LOWER_HEADED_PHRASE.finditer(text, floor):
            # "the Short Jokes dataset", "the Franka Kitchen benchmark": capitalised words before a lower-case head
            if _glued_before(text, match.start()):
                continue  # ("the" ends a word: "bathe")
            s, e = match.span(1)
            words = match.group(1).split()
            if _overlaps(taken, s, e) or words[-1].lower() in _PHRASE_TASK_NOUNS \
                    or any(w.lower() in STOP or _shape(w) not in ((None, "plain", "caps") if i == 0 else (None, "plain"))
                           or w in language_lexicon() or self.gazetteer.lookup(w) or self.gazetteer.non_entity(w)
                           for i, w in enumerate(words)):
                continue  # (plain words only, after the acronym of who made it: "the BAIR Robot dataset"; "the
                # English CoNLL-2009 dataset" is CoNLL-2009's English part; a task's name says what the data is
                # for: "the Question Answering dataset")
            self._phrase(cands, s, e, ("dataset", 2.0, "pattern:named_collection"))
            taken.append((s, e))
        if not any(head in text for head in _COLLECTION_HEADS):
            taken.sort()
            return
        for match in _COLLECTION.finditer(text, floor):
            s, e = match.span()
            words = match.group(1).split()
            while words and words[0].lower() in STOP:
                s = text.index(words[1] if len(words) > 1 else match.group(2), s + len(words[0]))
                words.pop(0)
            if not words or (len(words) == 1 and _shape(words[0]) not in (None, "plain")) or _overlaps(taken, s, e):
                continue
            if _LONG_FORM_AFTER.search(text, max(0, s - 120), s):
                continue  # "our BLURB benchmark (short for Biomedical ... Reasoning Benchmark)": BLURB's long form
            self._phrase(cands, s, e, ("dataset", 2.0, "pattern:named_collection"))
            taken.append((s, e))
        taken.sort()

    def _quoted_names(self, cands: dict[str, Candidate], taken: list[tuple[int, int]]) -> None:
        """Capitalised words in quotes after a naming verb are a name, though each word alone is a
        plain word: '... benchmark dataset for fake news detection, which we call "Fake News Filipino."';
        so are two to four of them, unquoted, that end the named phrase: "a dataset called Dialogue NLI."."""
        text = self.text
        if not any(word in text for word in _NAMING_VERB_STEMS):
            return  # (a quick necessary condition for both patterns)
        quoted = '"' in text or "“" in text
        for pattern in (_QUOTED_NAME, _NAMED_WORDS) if quoted else (_NAMED_WORDS,):
            for match in pattern.finditer(text, self.title_end + 1):
                if _glued_before(text, match.start()):
                    continue  # (the verb ends a word: "renamed")
                s, e = match.span("name")
                name = match.group("name")
                if _overlaps(taken, s, e) or self.gazetteer.lookup(name) or self.gazetteer.non_entity(name) \
                        or any(self.gazetteer.lookup(w) for w in name.split()):
                    continue  # (a known name inside is `_named_phrases`': "a model called Dual BERT")
                if pattern is _NAMED_WORDS and self._named_kind(match.start()) not in ("model", "dataset"):
                    continue  # unquoted, only a model or data is so named: not "a phenomenon we call Reward Hacking"
                self._phrase(cands, s, e)
                taken.append((s, e))
        taken.sort()

    def _named_kind(self, start: int) -> str | None:
        """The kind of what a naming verb at `start` names: the clause's antecedent ("This collection,
        which we call X") or the head noun before it ("a new NLI dataset called X")."""
        sent_s = max(self._sentence(start, start + 1)[0], self.title_end + 1)
        words = lower_words_before(self.text, start, 8, sent_s)
        if "which" in words or "that" in words:
            return self._antecedent_kind(start, sent_s)
        head = _last_head_word(words)
        return HEAD_KIND.get(head) if head else None

    def _phrase(self, cands: dict[str, Candidate], s: int, e: int,
                evidence: tuple[str, float, str] | None = None) -> None:
        """An occurrence of a phrase of plain words that the text marks as one name (`_collections`,
        `_quoted_names`): its candidate, made if new, what marks it, then its context."""
        name = self.text[s:e]
        key = name_key(name)
        cand = cands.get(key)
        if cand is None:
            cand = cands[key] = Candidate(key=key)
        cand.plain_word = False
        occ = Occurrence(start=s, end=e, surface=name, base=name, variant=False)
        cand.occurrences.append(occ)
        if evidence is not None:
            cand.add(*evidence)
        self._context(cand, occ)

    def _shared_tasks(self, cands: dict[str, Candidate], taken: list[tuple[int, int]]) -> None:
        """A venue's numbered shared task, "SemEval-2017 Task 4", is one name, typed by its context like
        any other ("the SemEval-2020 task 11 dataset" is its data); the gazetteer knows some."""
        text = self.text
        if _TASK_NUMBER.search(text) is None:
            return  # (a quick necessary condition for the regex, which opens on a character class: slow to scan)
        for match in _SHARED_TASK.finditer(text):
            if match.start() < self.title_end or self.gazetteer.non_entity(match.group(1)) != "venue" \
                    or _overlaps(taken, *match.span()):
                continue  # (a title "SemEval-2019 Task 5: ..." is the task's overview, not its data)
            self._venue_edition(cands, *match.span())
            taken.append(match.span())
        taken.sort()

    def _venue_edition(self, cands: dict[str, Candidate], s: int, e: int) -> None:
        """A venue's shared task or year as one name ("SemEval-2017 Task 4", "SemEval 2014"): its data
        where the context says so ("the SemEval 2014 dataset"), else nothing; never a model."""
        name = self.text[s:e]
        key = name_key(name)
        cand = cands.get(key)
        if cand is None:
            cand = cands[key] = Candidate(key=key, plain_word=False)
        occ = Occurrence(start=s, end=e, surface=name, base=name, variant=False)
        cand.occurrences.append(occ)
        if "pattern:shared_task" not in cand.rules:
            cand.rules.append("pattern:shared_task")
        self._context(cand, occ)

    def _title_phrase(self, cands: dict[str, Candidate], taken: list[tuple[int, int]]) -> None:
        """A name of two or three capitalised words that the title gives before its colon, and that
        the subtitle says is a model or dataset, is the paper's own: "Zambezi Voice: A Multilingual
        Speech Corpus for Zambian Languages" (each word alone is a plain word). Each of its words
        must be written capitalised only, and the abstract must name it again."""
        text, end = self.text, self.title_end
        name = self._title_words
        if not name:
            return
        words = name.split()
        joined = len(words) == 3 and words[1] in _TITLE_CONNECTIVES  # "Timers and Such" (yet "setting timers")
        if any(_written_as_word(text, word.lower(), "-") for word in ([name] if joined else words)) \
                or self.gazetteer.lookup(name) or self.gazetteer.non_entity(name):
            return
        sub = _TITLE_SEP_STRIP.sub("", text[len(name):end]).split()
        kind = _phrase_head(sub, after_preposition=False) if sub and sub[0].lower() in ("a", "an") else None
        starts = list(whole_words(text, name, "-", "-"))
        if kind not in ("model", "dataset") or len(starts) < 2 or any(_overlaps(taken, a, a + len(name)) for a in starts):
            return
        key = name_key(name)
        cand = cands[key] = Candidate(key=key, strong=True, intro=True, plain_word=False)
        cand.add(kind, 2.5, "pattern:title_colon")
        for at in starts:
            occ = Occurrence(start=at, end=at + len(name), surface=name, base=name, variant=False)
            cand.occurrences.append(occ)
            taken.append((at, at + len(name)))
            if at > end:
                self._context(cand, occ)
        taken.sort()

    def _introduced_phrase(self, cands: dict[str, Candidate], taken: list[tuple[int, int]]) -> None:
        """A name of two or three capitalised words that the abstract introduces with a description and
        names again: "we introduce Persona Hub -- a collection of 1 billion diverse personas ... Persona
        Hub's use cases" (each word alone is a plain word, "persona" an everyday one); its description
        types it like any apposition."""
        text = self.text
        we = sorted(at for word in ("we", "We") for at in whole_words(text, word, "", "") if at >= self.title_end)
        for at in we:  # (str.find, then the pattern there: opening on a character class, it would be tried everywhere)
            if (match := _INTRODUCED_PHRASE.match(text, at)) is None:
                continue
            s, e = match.span("name")
            name = match.group("name")
            if _overlaps(taken, s, e) or any(w.lower() in STOP or w in language_lexicon() for w in name.split()) \
                    or self.gazetteer.lookup(name) or self.gazetteer.non_entity(name):
                continue
            kind = _phrase_head(text[match.end():match.end() + 120].split(".")[0].split()[1:], after_preposition=False)
            starts = list(whole_words(text, name, "-", "-"))
            if kind not in ("model", "dataset") or len(starts) < 2 or any(_overlaps(taken, a, a + len(name)) for a in starts):
                continue  # (not a method: "we propose Neuron Specialization, an approach that ...")
            for start in starts:
                self._phrase(cands, start, start + len(name), (kind, 2.0, "pattern:introduced_phrase"))
                taken.append((start, start + len(name)))
            cands[name_key(name)].intro = cands[name_key(name)].strong = True
        taken.sort()

    def _unknown(self, cands: dict[str, Candidate], s: int, e: int, derived_kind: str | None = None) -> None:
        text = self.text
        chunk = text[s:e]
        verdict = self._surfaces.get(chunk, False)
        if verdict is False:
            if len(self._surfaces) >= MEMO_LIMIT:
                self._surfaces.clear()
            verdict = self._surfaces[chunk] = self._analyse(chunk)
        if verdict is _REJECT:
            return
        cut, shape, base, tail, sized, compound, part_kind = verdict
        if shape is None and derived_kind is None:
            return
        if shape == "camel" and derived_kind is None and _written_as_word(text, base.lower(), "/.-") \
                and not (s == 0 and _TITLE_DESCRIPTION.match(text, s + cut)):
            return  # "LAnguage Model Analysis": an ordinary word with its acronym letters capitalised
            # (not the name a title describes: "CompLex — A New Corpus ..." whose abstract says "complex words")
        e = s + cut
        chunk = base + tail
        end = e
        major = None  # a major version written after the name: "Tweebank v2"
        if text[e:e + 1] == " ":  # both patterns below start with a space
            spaced = SPACED_VARIANT.match(text[e:e + 40])
            if spaced:
                end += spaced.end()
            # "the Astro-HEP Corpus": a capitalised head noun belongs to the name.
            nxt = _CAP_HEAD_NOUN.match(text[e:e + 12])
            if nxt and not tail and (s > self.title_end or text.find(chunk + nxt.group(0), self.title_end) > 0):
                # (a title capitalises every head: "The Zamba2 Suite: ..." names Zamba2 unless the abstract agrees)
                base = chunk = chunk + nxt.group(0)
                self._absorbed.add(e + 1)  # (the head's own chunk is part of this name: `find` skips it)
                end = e = e + nxt.end()
            # "WOZ 2.0": a dotted version number is part of a new name (another edition); so is a major
            # version after any name ("Tweebank v2") and a generation after a name-shaped word ("Mega-TTS 2";
            # not after a plain word: "Phase 2").
            major = None if spaced or tail or nxt else _MAJOR_VERSION_AFTER.match(text, e)
            version = None if spaced or tail or nxt else major or _DOTTED_VERSION.match(text, e) or (
                _GENERATION_AFTER.match(text, e) if shape not in (None, "plain") else None)
            if version:
                base = chunk = chunk + version.group(0)
                end = e = version.end()
        elif not tail and (glued := _GLUED_HEAD.match(text, e)):
            base = chunk = chunk + glued.group(0)  # "SWE-agent", "Sea-bench": a glued lower-case head is part of the name
            end = e = glued.end()
        facts = self._bases.get(base)
        if facts is None:
            if len(self._bases) >= MEMO_LIMIT:
                self._bases.clear()
            facts = self._bases[base] = _base_facts(base)
        key, dataset_affix, model_affix, family = facts
        if not key or key.isdigit():
            return
        cand = cands.get(key)
        if cand is None:
            cand = cands[key] = Candidate(key=key, language_name=base in language_lexicon() and not list_only(base))
        if shape != "plain" or major or (derived_kind is not None and "-" in base):  # ("Tweebank v2"; not "Apache 2.0")
            cand.plain_word = False  # (a known name and a word joined into another name is no plain word: "Spider-Syn")
        occ = Occurrence(start=s, end=end, surface=text[s:end], base=base, variant=bool(tail) or end > e,
                         compound=compound)
        cand.occurrences.append(occ)
        # What the name's spelling says counts once per name, not once per mention ("EdNet" eight
        # times is not eight times the evidence of its "-Net"); its contexts count each time.
        facts: list[tuple[str, float, str]] = []
        if derived_kind == "dual":  # "Mental-Alpaca", "Alpaca-LoRA": a name of either kind, decided by its contexts
            facts += [("model", 1.0, "pattern:derived_name"), ("dataset", 1.0, "pattern:derived_name")]
        elif derived_kind is not None:
            cand.derived_from = derived_kind
            facts.append((derived_kind, 2.0, "pattern:derived_name"))
        method_affix = derived_kind == "model" and base.rpartition("-")[2].lower() in METHOD_HEADS
        if method_affix:  # "BERT-Attack": a method named after the model it runs on
            facts.append(("method", 3.0, "pattern:method_affix"))
        if dataset_affix:  # "ChocoLlama-Bench" is a benchmark, whatever it is built on
            facts.append(("dataset", 2.0 if derived_kind == "model" or model_affix else 1.5, "pattern:dataset_affix"))
        elif family and not method_affix:
            facts.append(("model", 2.0, "pattern:family_affix"))
        elif part_kind and derived_kind is None:
            facts.append((part_kind, 1.5, "pattern:known_part"))
        if sized:
            facts.append(("model", 1.0, "pattern:size_suffix"))
        counted = set(cand.rules)
        for kind, weight, rule in facts:
            if rule not in counted:
                cand.add(kind, weight, rule)
        if cand.language_name and text[s - 1:s] != "(":
            return  # rejected whatever its context says (`_decide`): the scan is skipped ("(X)" may expand)
        self._context(cand, occ)

    def _analyse(self, chunk: str) -> tuple | None:
        """What `_unknown` can tell from a chunk's text alone (memoised: names repeat).

        `_REJECT` if the chunk can never be a name, else (cut, shape, base, tail, sized, compound,
        part_kind): the chunk is `chunk[:cut]` once trailing punctuation, "'s" and a compound tail
        ("-based") are cut, == base + tail; `sized` = the tail starts with a size ("-7b");
        `compound` = a compound tail was cut ("XBench-derived": the name used as an adjective);
        `part_kind` = the kind of a known name it extends (`_known_part`).
        A shape of None is still a name when a known name is glued into it (derived)."""
        glued = _GLUED_SENTENCE.search(chunk)  # "... brought by ERNIE-Tiny.In particular": no space after the stop
        e = glued.start() if glued else len(chunk)
        while e > 0 and chunk[e - 1] in ".-/+'’":
            if chunk[e - 1] == "+" and chunk[:e].rstrip("+")[-1:].isalnum():
                break  # "CodeT5+", "CAM++", "Zero123++": pluses right after the name are part of it
            e -= 1
        if chunk.endswith(("'s", "’s"), 0, e):
            e -= 2
        tail_match = COMPOUND_TAIL.search(chunk, 0, e)
        compound = False
        if tail_match and not VARIANT_TAIL.match(tail_match.group(0)) \
                and not tail_match.group(0).lower().endswith(tuple(SPLIT_TAILS)) \
                and not (tail_match.group(0)[1:] in _EDITION_CODES and self._edition_of_dataset(chunk[:tail_match.start()])):
            e, compound = tail_match.start(), True
            if _shape(chunk[:e]) in (None, "plain"):
                return _REJECT  # "Pre-trained", "English-centric": a compound adjective
        chunk = chunk[:e]
        if len(chunk) < 2 or URLISH.search(chunk) or not (chunk[0].isalpha() or _DIGIT_LED_NAME.match(chunk)) \
                or _ORDINAL_NUMBER.fullmatch(chunk):
            return _REJECT  # (a numbered level or step in lower case names no thing: "shallow (level-1) reasoning")
        shape = _shape(chunk)
        base, tail = _split_variant(chunk)
        if not base or SIZE_ONLY.match(chunk) or _BARE_VERSION.match(chunk):
            return _REJECT  # (a size or a version alone names nothing: "the Open Images Dataset V4")
        gz = self.gazetteer
        if gz.non_entity(chunk) or gz.non_entity(base) or gz.non_entity(_MAJOR_VERSION_END.sub("", base)):
            return _REJECT  # (a method's new version is a method: "MoCo-v3")
        if "-" in base and all(gz.non_entity(part) in ("architecture", "method") for part in base.split("-")):
            return _REJECT  # "CNN-BiLSTM-CRF": a chain of architectures (not "CT-LLM": "CT" is no architecture)
        if "-" in base and (_language_pair(base.split("-")) or (len(base) == 5 and len(code_pair_languages(base)) == 2)):
            return _REJECT  # "Cherokee-English", "(Hi-En)": a translation direction or a language pair
        if base.endswith("s") and gz.non_entity(base[:-1]):
            return _REJECT
        stem = _VERSION_END.sub("", base)
        if stem != base and len(stem) > 1 and gz.non_entity(stem):
            return _REJECT  # "OCR-2.0", "Web 3.0": an era of a task or term, not a model
        if base.lower() in STOP or base.lower() in SIZE_WORDS or base.lower() in _SIZE_PREFIXES:
            return _REJECT  # "very LARGE models": a size word alone names nothing; "sub-2B models" neither
        size = tail.strip("-_ ").split("-")[0]
        # (a count in thousands names a dataset's size, "LAION-Audio-630K", not a model's)
        sized = bool(tail) and SIZE_ONLY.match(size) is not None and size[-1:] not in "Kk"
        return e, shape, base, tail, sized, compound, self._known_part(base) if shape in ("camel", "caps") else None

    def _known_part(self, base: str) -> str | None:
        """Kind of the longest known name that a CamelCase or capitals name extends: by capitalised
        parts after it ("HumanEvalPack": HumanEval, a dataset; "MagicoderS") or by a prefix before
        it ("AfriXNLI", "KMMLU": XNLI, MMLU); None for none. Everyday-word names ("MATH") do not count."""
        gz = self.gazetteer
        for cut in range(len(base) - 1, 3, -1):
            if base[cut].isupper() and base[cut - 1].isalnum() and not base[cut - 1].isupper():
                entry = gz.lookup(base[:cut])
                if entry is not None and not entry.case_sensitive and not entry.dual:
                    return entry.kind
        for cut in range(1, len(base) - 2):
            if base[cut].isupper() and base[cut - 1].isalpha():
                entry = gz.lookup(base[cut:])
                if entry is not None and not entry.dual and (not entry.case_sensitive or (
                        base[cut - 1].islower() and base[cut:] in (entry.name, *entry.aliases))):
                    return entry.kind  # (an everyday-word name counts as written after a case change:
                    # "DistilBETO" ends in BETO; "ODIN" is no O + DIN)
        return None

    # ----------------------------------------------------------------- context
    def _context(self, cand: Candidate, occ: Occurrence) -> None:
        text, s, e = self.text, occ.start, occ.end
        in_title = s < self.title_end
        floor = 0 if in_title else self.title_end + 1
        ceiling = self.title_end if in_title else len(text)
        if in_title:
            sent_s, sent_e = 0, self.title_end
        else:
            sent_s, sent_e = self._sentence(s, e)
            sent_s = max(sent_s, floor)
        # (past a bracketed aside: "Our SOM-DST (Selectively ... Tracking) model"; not for a plain word,
        # part of a longer phrase: "our Cross-lingual Modular (X-Mod) models")
        after = words_after(text, e if cand.plain_word else _past_aside(text, e, sent_e), 4, min(ceiling, sent_e))
        low_after = [w.lower() for w in after]
        low_before = lower_words_before(text, s, 8, sent_s)
        tail = text[e:min(sent_e, e + 160)]

        # Title "X: subtitle" (or "X Model: subtitle") -> the paper's own thing.
        # (the title's name may follow "The": "The brWaC Corpus: A New Open Resource ...")
        opens_title = in_title and (s == 0 or (s == 4 and text.startswith("The ")))
        headed = _headed_title_colon(text, e) if opens_title else None
        if headed:
            tail = tail[headed.end(1) - e:]
        if opens_title and _TITLE_SEP.match(tail):
            cand.strong = cand.intro = True
            cand.rules.append("pattern:title_colon")
            sub = _TITLE_SEP_STRIP.sub("", tail).split()
            # "X: Harmonizing ..." (a gerund) says what X does, not what X is; so does "X: Speech
            # Representation Learning by ...": X is as often the model learnt as the method.
            # ("X: Fine-Tuning T5 for Ranking": an activity noun with a named object is a gerund too, and
            # so is learning first: "GraphCast: Learning skillful medium-range ... forecasting")
            gerund = bool(sub) and sub[0].lower().endswith("ing") and (
                sub[0].lower() not in HEAD_KIND or sub[0].lower() in _LEARNING_HEADS
                or (len(sub) > 1 and _shape(sub[1]) not in (None, "plain")))
            kind = None if gerund or _learning_head(sub) else _phrase_head(sub, after_preposition=False)
            if kind == "model" and _model_word_modifies(sub):
                kind = None  # "X: Fantastic LLM Hallucinations and ...": the hallucinations are the head
            elif kind == "method" and _TASK_FOR.search(" ".join(sub)):
                kind = "model"  # "X: An Adaptive Graph-Interactive Framework for Joint Multiple Intent Detection":
                # a system that does a task (GUIDELINES: named trained systems), not a way of training models
            if kind:
                cand.add(kind, 2.5, "pattern:title_colon")
                cand.titled = kind

        # Head noun right after: "X model", "X language models", "X dataset".
        head = None
        if low_after:
            if low_after[0] in HEAD_KIND:
                head = low_after[0]
            elif len(low_after) > 1 and low_after[1] in HEAD_KIND and low_after[0] not in STOP \
                    and after[0][:1].islower() and low_after[0] not in PREPOSITIONS \
                    and not (low_after[0].endswith("s") and low_after[0] not in HEAD_KIND):
                head = low_after[1]  # "X language models"; not a verb and its object: "X requires models"
        if head == "data" and len(low_after) > 1 and low_after[1] in ("set", "sets"):
            head = "dataset" if low_after[1] == "set" else "datasets"  # "the PHEME data set": one head, two words
        if head in ("set", "sets") and low_after[0] in SYMBOL_SET_WORDS:
            head = None
        if head is None and low_after and low_after[0] in ("family", "families") \
                and (of := _OF_PHRASE.match(text, e, min(sent_e, e + 90))):
            # "the M2M family of conventional neural machine translation models": what the family is of
            head = next((w for w in of.group(1).lower().split() if HEAD_KIND.get(w) in ("model", "dataset")), None)
        if head in {"suite", "family", "collection", "series"}:
            of = _OF_HEAD.match(text[e:e + 60])
            # ("a suite of models" is models; "the X suite of tasks" stays a suite: a benchmark)
            head = of.group(1).lower() if of and HEAD_KIND.get(of.group(1).lower(), "method") != "method" else head
        if head and cand.entry is None and len(after) > 1 and head == low_after[0] and _NAME_AFTER_HEAD.match(after[1]) \
                and _kind_named_after(head) and text.startswith(f" {after[0]} {after[1]}", e):
            head = None  # "the recent IF benchmark Jericho": the head names the name after it; X only modifies it
            # (a known name keeps it: "On the MATH benchmark Llemma outperforms ...")
        if head and (text[e:e + 1] in " -" or (text[e:e + 2] == ") " and _names_what_precedes(text, s))):
            w = 1.0 if head in WEAK_HEADS else 2.0
            kind = HEAD_KIND[head]
            if kind == "model" and cand.entry is None and cand.derived_from is None and not cand.strong \
                    and _eponym(occ.base):
                kind = "method"  # "a Bradley-Terry model": a statistical model named after its authors
            cand.add(kind, w, "pattern:head_noun")
            # "the Kestrel corpus", "the Kestrel code-editing benchmark": a capitalised word naming a thing
            at = 0 if head == low_after[0] else 1
            direct = at == 0 or (len(low_after) > 1 and head == low_after[1] and "-" in after[0] and after[0].islower())
            if w == 2.0 and direct and after[at].islower() and not _ADJECTIVE_LIKE.search(occ.base):
                cand.headed = True
        # The role a sentence gives the name: "using OpenVLA as our representative base model", "X as the benchmark".
        if text.startswith(" as ", e) and (role := _AS_ROLE.match(text, e)):
            word = next((w for w in role.group(1).lower().split() if w in HEAD_KIND), None)
            if word is not None and HEAD_KIND[word] in ("model", "dataset"):
                cand.add(HEAD_KIND[word], 1.0 if word in WEAK_HEADS else 2.0, "pattern:as_role")
        # "We present a new dataset ... . The X dataset consists of ...": the name the next sentence gives
        # to what the paper just introduced without a name is introduced.
        if head and cand.entry is None and not in_title and s - sent_s <= 6 and text[sent_s:s].strip() == "The" \
                and HEAD_KIND[head] != "method" and self._introduced_unnamed(sent_s, head):
            cand.intro = cand.strong = True
        # Head noun right before: "the dataset HowTo100M", "benchmark X"; a plural one names what
        # follows as one of them: "the classification datasets ChnSentiCorp and THUCNews".
        named = _kind_named_after(low_before[-1]) if low_before and low_before[-1] not in WEAK_HEADS else None
        if named and text[s - 1:s] == " ":
            cand.add(named, 2.0 if _plural(low_before[-1]) else 1.5, "pattern:head_before")

        # Made, in the passive, after the noun phrase it names: "a large-scale dataset of scripted 3D human
        # motions, HumanML3D, is constructed", "The training dataset, Psych8k, was constructed from ...".
        if text[s - 2:s] == ", " and _PASSIVE_MADE.match(text, e) and (made := _head_after_article(
                lower_words_before(text, s, 12, sent_s), ("a", "an", "the", "our"))) in ("model", "dataset"):
            cand.intro = cand.strong = True
            if cand.entry is None:
                cand.add(made, 2.0, "pattern:passive_made")
        # A name set off after the singular head it names: "... on the few-shot benchmark dataset, VAST.";
        # after "a" or "our" it is the paper's: "an efficient transformer encoder model, MoLFormer, which ...",
        # "Our model, TimesFM, is ...".
        # (a known name too is introduced so: "we present ... an efficient transformer encoder model, MoLFormer, ...")
        # (past a time adverb after the head: "we develop the largest propaganda dataset to date, ArPro, ...")
        set_off = low_before[:-2] if low_before[-2:] in (["to", "date"], ["so", "far"]) else low_before
        named_set_off = named if set_off is low_before else (
            _kind_named_after(set_off[-1]) if set_off and set_off[-1] not in WEAK_HEADS else None)
        if named_set_off and text[s - 2:s] == ", " and text[e:e + 1] in ",." and not _plural(set_off[-1]):
            spelled = _SPELLED_BEFORE_HEAD.search(text, max(sent_s, s - 80), s)
            if spelled and "".join(
                    part[0] for part in spelled.group(1).split("-")).lower() == occ.base.lower():
                # the words before the head spell the name out: "we build Body-Expression-Audio-Text dataset,
                # BEAT, ...": an alias, not a second dataset
                self._expansions.append((spelled.start(1), spelled.end(1), cand.key))
            determiners = set_off[-6:-1]
            if not {"a", "an", "our"}.isdisjoint(determiners):
                if cand.entry is None:
                    cand.add(named_set_off, 2.0, "pattern:apposition_before")
                    cand.strong = True
                intro = _last_intro(text, sent_s, s)
                if intro is not None and _reaches_object(text[intro.end():s]) and (
                        cand.entry is None or _base_verb(intro) not in WEAK_INTRO_VERBS
                        or _base_verb(intro) in DESCRIBING_VERBS):
                    cand.intro = True  # (a known name only by a verb that makes or describes it: "we use X
                    # to train a neural model, BERT, ..." uses BERT)
            elif "the" in determiners:
                cand.add(named_set_off, 2.0, "pattern:apposition_before")
                # "we develop the largest propaganda dataset to date, ArPro": "the" with a first or a superlative
                if any(w in ("first", "new") or w.endswith("est") for w in determiners) \
                        and (intro := _last_intro(text, sent_s, s)) is not None \
                        and _reaches_object(text[intro.end():s]):
                    cand.intro = True

        # Apposition: "X, a ... model", "X: a ... dataset", "X is a ... benchmark".
        app = _APPOSITION.match(tail)
        if app and tail[:1] == ")" and text[s - 1:s] != "(":
            app = None  # "(Colossal Clean text Pairs), a ... dataset" describes the name before the bracket
        elif app and low_before and low_before[-1] in ("of", "in", "for", "to", "with", "by", "from") \
                and _COPULA_APPOSITION.match(app.group(0)):
            app = None  # "At the core of X is a forecasting objective": the core is, not X
        elif app and len(low_before) == 1 and low_before[0] in _FRONTING_PREPOSITIONS and app.group(0)[:1] == "," \
                and not _CLAUSE_AFTER_APPOSITION.search(text, e + app.end(), sent_e):
            app = None  # "In MGAN, a novel Coarse2Fine attention ... can help": the subject after a fronted phrase
            # (but "On HumanEval, a new evaluation set we release ..., our model solves": set off, then the clause)
        elif app and app.group(0)[:1] == "," and _FRONTED_GERUND.fullmatch(text, sent_s, s):
            app = None  # "Finally, by fusing X with Y and Z, the final tracker ... achieves": the main clause's subject
        if app and not (in_title and s == 0):
            article = app.group(0).split()[-1].lower()
            if article == "our":  # only a whole noun phrase: "Mimi, our streaming neural audio codec, ..."
                kind = _our_noun_phrase_head(tail, app.end())  # (not "X), our aim is to ...")
            else:
                phrase = _HYPHEN_WORD.findall(_APPOSITION_END.split(tail[app.end():app.end() + 120], 1)[0])[:12]
                kind = _phrase_head(phrase)
                said = " ".join(phrase)
                if _ADVERSARIAL_OUTPUT.search(said):
                    kind = "method"  # "a strong baseline to generate adversarial text": an attack (GUIDELINES: a method)
                elif kind == "method" and (OUTPUT_VERB.search(said) or OUTPUT_TASK_HEAD.search(said) or _TASK_FOR.search(said)):
                    kind = "model"  # "a method that generates speech" names a system (GUIDELINES: Text2Lip)
            if kind:
                cand.add(kind, 3.0 if kind == "method" else 2.0, "pattern:apposition")
                cand.strong = True
                # The paper's own: "We ... together with HealthSearchQA, a new free-response dataset",
                # "CCPairs, a large-scale text pair dataset that we curate from ...", and a new name
                # described as ours: "Helium, our 7B text language model backbone".
                if kind != "method" and ((article in ("a", "an") and ((_NEW.match(tail, app.end())
                                                                 and OWN_RE.search(text, sent_s, s))
                                                                or _WE_MADE.match(tail, app.end())))
                                         or (article == "our" and (cand.entry is None
                                                                   or _MADE_BY_US.match(tail, app.end())))):
                    cand.intro = True  # (a known name only as made here: "MathInstruct, our curated dataset")

        # List start: "such as X, Y and Z", "called X and Y", "datasets X and Y".
        ls = _list_start(text, s, sent_s)
        llow = lower_words_before(text, ls, 8, sent_s) if ls != s else low_before
        seg_before = text[max(sent_s, ls - 30):ls].lower()

        # A member of a coordination list of names ("CC100 and Wikipedia") is used as a name.
        if ls != s and cand.entry is not None and not cand.entry.dual:  # (a dual name's kind is the question)
            cand.add(cand.entry.kind, 1.0, "pattern:list_member")
        # Naming: "called X", "dubbed X", "we refer to this suite as X". What is referred to by a
        # weak head is often a group ("this suite as CAMeLBERT": of models): it types the name weakly.
        referred = bool(llow) and llow[-1] == "as" and not REFER_WORDS.isdisjoint(llow[-6:-1])
        # "an excellent model, namely GOT" names it (but "two LLMs, namely X and Y" lists examples)
        namely = bool(llow) and llow[-1] == "namely" and len(llow) > 1 and llow[-2] in HEAD_KIND \
            and HEAD_KIND[llow[-2]] != "method" and not _plural(llow[-2])
        # ("which we name X": "name" only after "we", not "the model name X")
        we_name = len(llow) > 1 and llow[-1] == "name" and llow[-2] == "we"
        # "..., termed as RadFM", "named as X": a naming word and "as"
        named_as = len(llow) > 1 and llow[-1] == "as" and llow[-2] in NAMING_WORDS
        if llow and (referred or namely or we_name or named_as or llow[-1].strip("\"'“") in NAMING_WORDS):
            self._named(cand, llow[:-1] if named_as else llow, ls, sent_s, referred)
        # "such as / e.g. / including / comprising" after a head noun.
        elif ls != s or any(t in seg_before for t in EXAMPLE_TRIGGERS):
            trig = max((seg_before.rfind(t) for t in EXAMPLE_TRIGGERS), default=-1)
            if trig >= 0:
                at = max(sent_s, ls - 30) + trig
                pre = words_before(text, at, 6, sent_s)
                head = _last_head_word([w.lower() for w in pre]) or _head_before_participle(
                    lower_words_before(text, at, 12, sent_s))
                # "benchmarks such as CASP14": enough for a name-shaped word. Named examples of tasks
                # are their datasets ("Japanese tasks such as JSQuAD"; task acronyms are non-entities).
                kind = "dataset" if head in ("task", "tasks") else HEAD_KIND.get(head)
                if head in ("task", "tasks") and _TASK_ACRONYM.fullmatch(occ.base) \
                        and any(self.gazetteer.non_entity(w) == "task" for w in _CHUNK_RE.findall(text, at, min(sent_e, at + 100))):
                    kind = None  # a list of task acronyms names tasks: "tasks such as ASR, ST, SV and ER"
                if kind and kind != "method":
                    cand.add(kind, 1.5 if cand.plain_word else 2.0, "pattern:example_list")
                elif cand.entry is None and pre and pre[-1].lower() in OTHER_CLASS_NOUNS:
                    cand.defined_generic = True  # "a multi-lingual country like India": an example of another class
            elif llow and (named_list := _kind_named_after(llow[-1])):
                cand.add(named_list, 2.0 if _plural(llow[-1]) else 1.5, "pattern:head_before")
            elif ls != s and text[ls - 1:ls] == "(":  # typed as the first item of the bracketed list is:
                kind = self._bracket_kind(_APOS_WORD.findall(text[max(sent_s, ls - 140):ls - 1]))  # "(HARD, ASTD)"
                if kind and kind != "method":
                    cand.add(kind, 2.0, "pattern:parenthetical")

        # "X and Y datasets": a head after the coordination.
        kind = _list_tail_head(text, e, sent_e)
        if kind and not head:
            cand.add(kind, 2.0, "pattern:coordination")
        # ("the LogicNLG and our newly-constructed LoTNLG datasets": one of two data)
        elif not head and text.startswith((" and ", " or "), e) and _AND_DATA_PHRASE.match(text, e, sent_e) \
                and not _PLURAL_ACRONYM.match(occ.base):
            cand.add("dataset", 2.0, "pattern:coordination")

        # Parenthesis: "... models (Whistle)" / "Vision-and-Language Transformer (ViLT)".
        obj = ls  # where the name's noun phrase starts, for "we propose <obj>"
        if text[s - 1:s] == "(" and _PAREN_CLOSE.match(text[e:e + 14]):
            self._parenthetical(cand, occ, sent_s)
            if self._expansions and self._expansions[-1][1] == s:
                obj = self._expansions[-1][0]
        elif ls != s and text[ls - 1:ls] == "(":
            obj = ls - 1  # a bracketed list names the noun before it: "new datasets (A, B, and C)"

        # Definitions: "we propose X", "This paper introduces X".
        intro = _last_intro(text, sent_s, s)
        if intro is not None and cand.entry is not None and (named := _BRACKETED_NAME.search(text, e, min(sent_e, e + 60))) \
                and cand.entry.key in name_key(named.group(1)) and not _SENTENCE_OR_LIST_BREAK.search(text, e, named.start()):
            intro = None  # "proposes a monolingual BERT for the Persian language (ParsBERT)": ParsBERT is new, BERT is not
        if intro is not None and cand.entry is not None and _OPENS_LONG_FORM.match(text, e):
            intro = None  # "We introduce Wikipedia Stance Detection BERT (WS-BERT)": the first word of a new name's long form
        if intro is not None and intro.end() <= obj and not occ.compound and self._is_object(intro.end(), obj):
            self._definition(cand, intro, text[intro.end():obj], after, low_after, sent_s)
            # A known name made or described right there as a new thing: "we constructed Swallow, an LLM
            # with ...", "This paper describes Tacotron 2, a neural network architecture ..." (not "we train
            # BERT, a ...": training, obtaining and providing also describe using a model)
            if not cand.intro and cand.entry is not None and obj == s and _A_DESCRIPTION.match(text, e) \
                    and _base_verb(intro) in DESCRIBING_VERBS:
                cand.intro = True
        if not cand.intro and not occ.compound and not in_title:
            self._appositive_object(cand, occ, sent_s)
        if not cand.intro and not occ.compound and not in_title:
            self._listed_contribution(cand, occ, sent_s, after, low_after)
        if not cand.intro and cand.entry is None and text[ls - 2:ls] == ": " and ls - 2 > sent_s:
            self._introduced_list(cand, ls - 2, sent_s)
        if not cand.intro and len(llow) > 1 and _plural(llow[-1]) and HEAD_KIND.get(llow[-1]) in ("model", "dataset") \
                and _new_modifies(llow[-6:-1]) and text[ls - 2:ls] in (", ", ": ") \
                and (cand.entry is None or cand.entry.kind == HEAD_KIND[llow[-1]]):
            cand.intro = True  # "on two new benchmarks, MBPP and MathQA-Python", "two new text simplification
            # datasets, Newsela-Auto and Wiki-Auto"
        if not cand.intro and not in_title and _NTH_IS.fullmatch(text, sent_s, s) \
                and _COUNTED_INTRO.search(text, max(floor, sent_s - 600), sent_s):
            cand.intro = True  # "we present two resources ... The second is the MADAR Lexicon, ..."
        if resulting := _RESULTING.search(text, max(sent_s, s - 30), s):
            cand.intro = True  # "AgentTuning is used to instruction-tune the Llama 2 series, resulting in AgentLM"
            if _TRAINING_WORD.search(text, sent_s, resulting.start()):
                cand.add("model", 2.0, "pattern:trained_into")  # (what training made is a model: "..., creating TowerBase")
        if " we " in tail[:40] and RELEASED_AFTER.match(tail):
            cand.intro = True  # "the Catalan Language Understanding Benchmark (CLUB), which we publish"
        if not cand.intro and not in_title and _THIS_SUBJECT.fullmatch(text, sent_s, obj) \
                and (new := _NEW_THING.search(text, max(floor, sent_s - 300), sent_s)) \
                and (cand.entry is None or HEAD_KIND[new.group(1).lower()] == cand.entry.kind):
            cand.intro = True  # "... based on a new dataset of news headlines. This Gun Violence Frame Corpus (GVFC) ..."
        if not in_title and _SUBJECT_OPENING.fullmatch(text, sent_s, s) and _RELEASED_PASSIVE.match(text, e):
            cand.intro = True  # "The PersuasionForGood dataset and code are released at URL"
        if len(low_before) > 1 and low_before[-2] == "resulting" and low_before[-1] in HEAD_KIND \
                and HEAD_KIND[low_before[-1]] != "method" and OWN_RE.search(text, max(0, sent_s - 400), s):
            cand.intro = True  # "We align PaLM ... The resulting model, Med-PaLM, ..."
            if text[s - 2:s] == ", " and cand.entry is None and not occ.variant:
                cand.add(HEAD_KIND[low_before[-1]], 2.0, "pattern:resulting_head")  # "The resulting parser, UDapter,"
        if (_ours(low_before, text, sent_s, s) or (ls != s and _ours(llow, text, sent_s, ls))) \
                and not _MODIFIER_LIST_BASED.match(text, e) \
                and not (cand.entry is not None and cand.entry.kind == "dataset" and low_after
                         and low_after[0] in _SUBMISSION_HEADS) \
                and not (cand.entry is not None and _REALISED_AFTER.match(text, e)):
            # ("our WMT'18 submission": ours is the submission; "Our best residual network (ResNet)
            # implementation": ours is an implementation of a known architecture)
            cand.intro = True  # "our X", "Our model, X, ...", "our models: X and Y" (not "our BERT and ELECTRA
            # based models")
        # A language edition of a known corpus: "Vietnamese Wikipedia", "the English Common Crawl".
        if low_before and cand.entry is not None and cand.entry.kind == "dataset" and text[s - 1:s] == " " \
                and low_before[-1] in _lower_language_names():
            cand.add("dataset", 1.0, "pattern:language_edition")
        # An organisation's product: "Anthropic's Claude and Google's Bard" (names that need context).
        if cand.entry is not None and text[s - 3:s] in ("'s ", "’s ") and (
                owner := _OWNER_BEFORE.search(text, max(sent_s, s - 40), s)) \
                and self.gazetteer.non_entity(owner.group(1)) == "organization":
            cand.add(cand.entry.kind, 1.0, "pattern:organization_product")
        # Units of a corpus after a name that needs context: "Wikipedia articles", "PubMed abstracts".
        if cand.entry is not None and cand.entry.kind == "dataset" and cand.entry.needs_context and (
                (low_after and low_after[0] in CORPUS_UNITS and text[e:e + 1] == " ")
                or (low_before and low_before[-1] == "from" and text[s - 1:s] == " " and not text.startswith(" to ", e))
                or (len(low_before) > 1 and low_before[-1] == "of" and low_before[-2] in _PART_OF_DATA)):
            cand.add("dataset", 1.0, "pattern:corpus_units")  # (and data from it: "paragraphs from Wikipedia",
            # "derived from X", "knowledge retrieved from Wikipedia"; not a range: "from Adult to Children"; and
            # a part of it: "a subset of Wikipedia")
        # The source of named data: "climate datasets derived from CMIP6", "a corpus extracted from X".
        if len(low_before) > 2 and low_before[-1] == "from" and low_before[-2] in SOURCE_VERBS \
                and HEAD_KIND.get(low_before[-3]) == "dataset" and text[s - 1:s] == " ":
            cand.add("dataset", 2.0, "pattern:data_source")
        # A task done on it: "sentiment analysis on NoReC", "dialect identification on MADAR and NADI"
        # (unless a model's evidence came first: "our error analysis on Kestrel-7B").
        if len(llow) > 1 and llow[-1] == "on" and llow[-2] in _PHRASE_TASK_NOUNS and text[ls - 1:ls] == " " \
                and not cand.scores["model"] and "pattern:task_on" not in cand.rules:
            cand.add("dataset", 2.0, "pattern:task_on")
        # Evaluation context: "results on X", "fine-tuned on X", "Evaluated on WebQSP and X".
        if _eval_context(low_before) or (ls != s and _eval_context(llow)) \
                or (low_before in (["on"], ["on", "the"]) and text[e:e + 1] == ","):
            cand.add("dataset", 1.0, "pattern:eval_context")  # (and a sentence's "On the X, ...": its results there)
            if len(low_before) > 1 and low_before[-1] == "on" and (_SCORE.fullmatch(low_before[-2]) or low_before[-2] == "points") \
                    and not cand.scores["model"] and "pattern:score_on" not in cand.rules:
                cand.add("dataset", 1.0, "pattern:score_on")  # a score reached on it: "80.2% on LDC2017T10", "4.5 BLEU
                # points on X" (not a model's gain: "by 50% on Llama-13B")
        if low_before and low_before[-1] in TRAINED_WORDS and text[s - 1:s] == " " \
                and "pattern:trained_before" not in cand.rules:
            cand.add("model", 1.0, "pattern:trained_before")  # "the fine-tuned YOLO-World achieves ..."
        # What a system is compared against is a system: "surpassing NanoDet by 1.8% AP".
        if cand.entry is None and not cand.plain_word and "pattern:compared_with" not in cand.rules \
                and not occ.compound and not _PLURAL_ACRONYM.match(occ.base):
            window = max(sent_s, s - 80)
            if any(word in text[window:s] for word in _COMPARING_WORDS) and _COMPARED_BEFORE.search(text, window, s):
                cand.add("model", 2.0, "pattern:compared_with")
        if ((low_after and low_after[0] in MODEL_VERBS) or _TRAINED_AFTER.match(tail)) \
                and "pattern:model_verb" not in cand.rules:  # (weak: once per name, "X outperforms ... X surpasses")
            cand.add("model", 1.0, "pattern:model_verb")
        # A name that is trained itself is a trained system, whatever else calls it a framework or an
        # approach (GUIDELINES: "a method unless the text presents a trained system"): "UReader is
        # jointly finetuned on ...", "we train DePlot end-to-end", "the fine-tuned X".
        if text[s - 1:s] == " " and low_before and (low_before[-1] in TRAINED_WORDS or low_before[-1] in TRAIN_VERBS) \
                or _TRAINED_AFTER.match(tail):
            cand.trained = True
        if tail[:1] == " " and _NETWORK_PART.match(tail):
            cand.trained = True
            cand.add("model", 1.0, "pattern:network_part")

    def _named(self, cand: Candidate, llow: list[str], start: int, sent_s: int, referred: bool = False,
               kind: str | None = None) -> None:
        """The name at `start` is given by a naming word, the last of `llow` ("a model called X",
        "which we refer to as X"): typed by the noun phrase it names (or by `kind`, what the named
        long form says it is), the paper's own if the sentence says so."""
        if kind is not None:
            head = None
        elif "which" in llow or "that" in llow:  # "..., which we call X": what the clause is about
            head, kind = None, self._antecedent_kind(start, sent_s)
        else:
            head = _head_before_preposition(llow[:-1]) or _last_head_word(llow[:-1])
            kind = HEAD_KIND.get(head)
            if head is None and self.text[max(sent_s, start - 12):start].rstrip().endswith(
                    (", called", ", named", ", dubbed")):
                kind = self._set_off_kind(start, sent_s)  # a long noun phrase set off before the naming word
        cand.strong = True
        weak = (referred and head in WEAK_HEADS) or (head is None and kind == "method")
        # (a method a relative clause names is only weak evidence: "an ... optimization approach, which we call
        # ETO" is a method, "the approach of pretraining ..., which is called Whistle" a model the text goes on to show)
        cand.add(kind or "model", 2.5 if kind and not weak else 1.0, "pattern:naming")
        if OWN_RE.search(self.text, sent_s, start) or INTRO_RE.search(self.text, sent_s, start):
            cand.intro = True
        elif cand.entry is None and (this := _THIS_NAMED.fullmatch(self.text, sent_s, start)) \
                and HEAD_KIND.get(this.group("head").lower()) in ("model", "dataset"):
            cand.intro = True  # what the last sentence made, named: "This dataset, called GT4HistOCR, consists of ..."

    def _type_title_name(self, cands: dict[str, Candidate]) -> None:
        """A new name the title gives before its colon, that nothing else types, is the unnamed
        thing the abstract introduces: "X-FACTR: Multilingual Factual Knowledge Retrieval ..." with
        "we create a multilingual benchmark of cloze-style probes" is a dataset."""
        text = self.text
        for cand in cands.values():
            if cand.entry is None and "pattern:title_colon" in cand.rules and not any(cand.scores.values()):
                for intro in INTRO_RE.finditer(text, self.title_end + 1):
                    words = _HYPHEN_WORD.findall(text[intro.end():intro.end() + 100])[:9]
                    # ("we release two parallel corpora": a count of them is as good as "a")
                    if not words or words[0].lower() not in _UNNAMED_DETERMINERS \
                            or any(w[:1].isupper() for w in words[1:]):
                        continue
                    kind = _phrase_head([w.lower() for w in words[1:]], after_preposition=False)
                    if kind in ("model", "dataset"):
                        cand.add(kind, 2.0, "pattern:title_names_unnamed")
                        break

    def _title_generation(self, cands: dict[str, Candidate]) -> None:
        """A title naming a new generation of a model the abstract names, "Tango 2: Aligning ..."
        (the abstract fine-tunes "the Tango text-to-audio model"), names the paper's new model;
        each word alone is a plain word, and the gerund says what it does, not what it is."""
        match = _TITLE_GENERATION.match(self.text, 0, self.title_end)
        if match is None:
            return
        family = cands.get(name_key(match.group(1)))
        if family is None or family.scores["model"] <= max(family.scores["dataset"], family.scores["method"]):
            return
        name = match.group(0)
        key = name_key(name)
        if key in cands:
            return
        cand = cands[key] = Candidate(key=key, strong=True, intro=True, plain_word=False)
        cand.add("model", 2.5, "pattern:title_generation")
        for at in whole_words(self.text, name, "-", "-"):
            cand.occurrences.append(Occurrence(start=at, end=at + len(name), surface=name, base=name, variant=False))

    def _set_off_kind(self, start: int, sent_s: int) -> str | None:
        """What a noun phrase set off before ", called X" is, however long: "a user-generated dataset of
        10K multimodal funny videos from YouTube, called ExFunTube" (its head after the article: dataset)."""
        words = lower_words_before(self.text, start, 24, sent_s)[:-1]  # (without the naming word)
        return _head_after_article(words, ("a", "an"))

    def _antecedent_kind(self, start: int, sent_s: int) -> str | None:
        """What the noun phrase that a relative clause before `start` names is: "the first ... benchmark
        dataset for fake news detection in Filipino, which we call X" (dataset), "a high-capacity model
        trained on this data, which we call RT-X" (model), "a ... trajectory optimization approach, which
        we call ETO" (method)."""
        words = lower_words_before(self.text, start, 24, sent_s)
        relative = max(i for i, w in enumerate(words) if w in ("which", "that"))
        phrase = words[:relative]
        # ("This collection, which we call X"; but "a model trained on this data, which ...")
        articles = ("a", "an", "the") if not {"a", "an", "the"}.isdisjoint(phrase) else ("this", "these", "our")
        return _head_after_article(phrase, articles)

    def _introduced_list(self, cand: Candidate, colon: int, sent_s: int) -> None:
        """A new name in the colon list of a plural head that the sentence introduces is
        introduced: "we present the Long Range Graph Benchmark (LRGB) with 5 graph learning
        datasets: PascalVOC-SP, COCO-SP, ..." (a clause between verb and list is fine here)."""
        head = lower_words_before(self.text, colon, 1, sent_s)
        kind = HEAD_KIND.get(head[-1]) if head else None
        if kind in ("model", "dataset") and _plural(head[-1]) and _last_intro(self.text, sent_s, colon) is not None:
            cand.intro = True
            cand.add(kind, 1.5, "pattern:introduced_list")

    def _introduced_unnamed(self, sent_s: int, head: str) -> bool:
        """Whether the sentence before `sent_s` introduces an unnamed thing with this head noun:
        "We present a novel dataset and model for ..." (head "dataset")."""
        floor = self.title_end + 1
        if sent_s - 2 < floor:
            return False
        prev_s = max(self._sentence(sent_s - 2, sent_s - 1)[0], floor)
        intro = _last_intro(self.text, prev_s, sent_s)
        if intro is None:
            return False
        written = _HYPHEN_WORD.findall(self.text[intro.end():sent_s])[:8]
        words = [w.lower() for w in written]
        return bool(words) and words[0] in ("a", "an") and head in words and not any(
            w[:1].isupper() for w in written[1:words.index(head)])

    def _definition(self, cand: Candidate, intro: re.Match, between: str, after: list[str],
                    low_after: list[str], sent_s: int) -> None:
        """The name is the object of an introducing verb ("we propose X"): the paper's own
        thing, typed by the noun phrase before it or the head noun after it. Verbs that also
        describe using a model ("we train BERT") do not introduce a known name."""
        verb = _base_verb(intro)
        kind = _phrase_head(_HYPHEN_WORD.findall(between)) or (
            _phrase_head([w.lower() for w in after[:2]]) if low_after and low_after[0] not in PREPOSITIONS else None)
        if kind is None and verb in NAMING_VERBS:  # "Our best model family, which we name X"
            before = lower_words_before(self.text, intro.start(), 6, sent_s)
            if "which" in before or "that" in before:
                kind = self._antecedent_kind(intro.start(), sent_s)
                kind = kind if kind in ("model", "dataset") else None  # (`_named` weighs a method)
            else:
                kind = _last_head(before)
        if verb == "provide" and kind in (None, "method") and not (
                kind is None and "pattern:apposition" in cand.rules and cand.scores["method"] == 0.0):
            return  # "we provide" introduces a named model/dataset ("models, X and Y", "X, a new dataset"), not "insights into X"
        if cand.entry is not None and low_after and low_after[0] in PART_WORDS \
                and not self.text.startswith(")", cand.occurrences[-1].end):
            return  # a known name modifying the object: "we propose a two-tier BERT architecture" (but its own
            # long form's: "we present the Heterogeneous Graph Transformer (HGT) architecture")
        if cand.entry is not None and _KNOWN_FROM.match(self.text, cand.occurrences[-1].end):
            return  # "We further propose I3D, known from video classification, as ... for sign language"
        if cand.entry is not None and (kind_of := _KIND_OF_THING.search(between)) \
                and (cand.entry.kind == "model" or kind_of.group(0).lower().startswith("the")) \
                and any(HEAD_KIND.get(w) in ("model", "dataset") or w in _VECTOR_HEADS for w in low_after[:2]):
            return  # a new thing of a known kind: "presents a BERT language model for Ancient Greek", "the first
            # Universal Dependencies treebank of Irish tweets", "a set of fasttext word-vectors" (a known dataset
            # may be the thing itself: "by releasing a cLang-8 dataset")
        words = _HYPHEN_WORD.findall(between)
        a_dataset = len(words) == 2 and words[0].lower() in ("a", "an") and HEAD_KIND.get(words[1].lower()) == "dataset"
        if cand.entry is None or verb not in WEAK_INTRO_VERBS or (
                words and words[-1].lower() in HEAD_KIND and any(_NEW.fullmatch(w) for w in words)) or (
                verb in MAKING_VERBS and cand.entry.kind == "dataset" and not cand.entry.dual
                and not cand.entry.needs_context and (not words or a_dataset)):
            cand.intro = True  # (a known name after a new thing's head: "we construct a new dataset PUBHEALTH";
            # a known dataset made right there: "we construct SciFact, a dataset of ...", "we build a dataset SNLI-VE")
        cand.strong = True
        if kind:
            cand.add(kind, 1.5, "pattern:definition")
        else:
            cand.rules.append("pattern:definition")

    def _appositive_object(self, cand: Candidate, occ: Occurrence, sent_s: int) -> None:
        """A name set off after the noun phrase an introducing verb makes names that new thing, however
        long the phrase: "We present a new kind of question answering dataset, OpenBookQA, modeled ...",
        "we create a new dataset of complex questions, ComplexWebQuestions, and ...", "we develop from
        scratch a large clinical language model - GatorTron - using ...". The phrase opens with "a",
        "our" or "the first", names nothing itself, and is headed by a model or dataset noun; a known
        name needs the phrase to call the thing new, or a verb that makes it ("we train a model, BERT,
        on ..." uses BERT)."""
        text, s, e = self.text, occ.start, occ.end
        opening = _APPOSED_OPEN.search(text, max(sent_s, s - 3), s)
        if opening is None or not _APPOSED_CLOSE.match(text, e):
            return
        intro = _last_intro(text, sent_s, opening.start())
        if intro is None or intro.group("verb") is None:
            return
        np = _APPOSED_NP.match(text, intro.end(), opening.start())
        phrase = text[np.end():opening.start()] if np else ""
        if not phrase or len(phrase) > 120 or _OBJECT_BREAK.search(phrase) or any(
                _shape(w) not in (None, "plain") and not self.gazetteer.non_entity(w) for w in _CHUNK_RE.findall(phrase)):
            return
        words = _HYPHEN_WORD.findall(phrase)
        kind = _phrase_head(words)
        if kind not in ("model", "dataset"):
            return
        if cand.entry is not None and not (np.group("det").lower().startswith("the") or any(_NEW.fullmatch(w) for w in words)
                                           or _base_verb(intro) in DESCRIBING_VERBS):
            return
        cand.intro = cand.strong = True
        if cand.entry is None:
            cand.add(kind, 2.0, "pattern:apposed_object")
        else:
            cand.rules.append("pattern:apposed_object")

    def _listed_contribution(self, cand: Candidate, occ: Occurrence, sent_s: int, after: list[str],
                             low_after: list[str]) -> None:
        """A name that starts an item of a list of the paper's own things is introduced:
        * a ";"-item after the colon of an introducing clause: "we further introduce four datasets:
          EusProficiency, comprising ...; EusReading, comprising ...; and EusExams, ...";
        * an enumerated item of the paper's inventory: "These resources include (a) IndicCorp, ...,
          (b) IndicFT, ...", "C-Pack includes three resources. 1) C-MTEB is ... 2) C-MTP is ..."
          (once C-Pack is known to be introduced: `find`), "We release three resources: (1) X, ...".
        (The first item of a colon list is the verb's object: `_definition`.)"""
        text, s = self.text, occ.start
        floor = self.title_end + 1
        if _SEMICOLON_ITEM.search(text, max(sent_s, s - 8), s):
            colon = text.rfind(":", sent_s, s)
            if colon >= 0 and _NAME_FIRST.match(text, colon + 1):
                intro = _last_intro(text, sent_s, colon)
                if intro is not None and self._is_object(intro.end(), colon):
                    self._definition(cand, intro, text[intro.end():colon], after, low_after, sent_s)
            return
        mark = _MARK_BEFORE.search(text, max(floor, s - 8), s)
        if mark is None:
            return
        label = mark.group("paren") or mark.group("bare")
        first_label = "1" if label.isdigit() else "i" if label in _ROMAN else "a"
        if label == first_label:
            first = mark.start()
        else:
            first = text.rfind(f"({first_label})" if mark.group("paren") else f"{first_label})", floor, mark.start())
            if first < 0:
                return
        # The clause the enumeration belongs to: the last sentence before its first mark.
        window = max(floor, first - 200)
        owner = text[window:first].rstrip().removesuffix(".")
        gap = None
        for gap in _SENTENCE_GAP.finditer(owner):
            pass
        clause_start = window + (gap.end() if gap else 0)
        clause = text[clause_start:window + len(owner)]
        if _OWN_INVENTORY.match(clause):
            cand.intro = cand.strong = True
            return
        named = _NAME_INVENTORY.match(clause)
        if named:  # (whether that name is introduced is known once every candidate is scanned)
            self._owned.append((cand, name_key(named.group(1))))
            return
        intro = _last_intro(text, clause_start, first)
        if intro is not None and _reaches_object(text[intro.end():first]):
            self._definition(cand, intro, text[intro.end():first], after, low_after, sent_s)

    def _sentence(self, s: int, e: int) -> tuple[int, int]:
        """Sentence bounds from one regex pass per document (bisect on its sentence ends)."""
        if self._ends is None:
            self._ends = sentence_ends(self.text)
        ends = self._ends
        i = bisect_right(ends, s)
        left = ends[i - 1] if i else 0
        j = bisect_left(ends, e)
        right = ends[j] if j < len(ends) else len(self.text)
        return left, right

    def _is_object(self, verb_end: int, start: int) -> bool:
        """Whether a name at `start` is the (first) object of the verb ending at `verb_end`:
        a short noun phrase in between, no clause break, no other name before it."""
        between = self.text[verb_end:start]
        if "of" in between:  # "a series of ... models: X" is still one noun phrase
            between = _GROUP_OF.sub(" ", between)
        if len(between) > 90 or _CLAUSE_BREAK.search(between):
            return False
        if (prep := _PREPOSITION_LAST.search(between)) and not (
                prep.group(0)[:2].lower() == "in" and _FAMILY_AFTER.match(self.text, start)):
            return False  # what the object is for or toward: "we develop the GPT-style architecture toward LTSMs"
        return not any(_shape(w) not in (None, "plain") and not self.gazetteer.non_entity(w)
                       for w in _CHUNK_RE.findall(between))

    def _parenthetical(self, cand: Candidate, occ: Occurrence, sent_s: int) -> None:
        text = self.text
        name = occ.base
        window_start = max(sent_s, occ.start - 140)
        window = text[window_start:occ.start - 1]
        if _OUR_NEW_NAME.search(window):
            cand.intro = True  # "resulting in our proposed ... Transformer (Moirai)", known or not
        if cand.entry is not None and cand.entry.kind == "dataset" and (run := _TITLE_CASE_RUN.search(window)) \
                and HEAD_KIND.get(run.group(0).split()[-1].lower()) == "dataset":
            # "a Few-Shot Relation Classification Dataset (FewRel)": the long form is the known name's
            self._expansions.append((window_start + run.start(), occ.start, cand.key))
        prev = _APOS_WORD.findall(window)
        letters = "".join(c for c in name if c.isalnum()).lower()
        if not name[-1:].isdigit():  # "Mask2Former": a digit inside is no initial. A number at the end
            letters = "".join(c for c in letters if c.isalpha())  # stays: "Common Crawl (CC25)" is no expansion
        expansion = _initialism(letters, prev)
        if expansion:
            words = [w for w in expansion if w.lower() not in STOP]
            occ_exp = " ".join(expansion)
            exp_start = text.rfind(expansion[0], max(sent_s, occ.start - 160), occ.start)
            if words and exp_start >= 0 and _at_sentence_start(text, exp_start) and words[0] == expansion[0] \
                    and words[0][1:].islower():
                words[0] = words[0].lower()  # "Task-oriented dialogue (TOD)": capitalised only as the sentence start
            # (an acronym inside leaves a phrase lower case: "closed-book QA (CBQA) models")
            # (for a new name; a known one's own long form may end so: "large language model meta-AI (LLaMA)")
            lower = all(w[:1].islower() or w.isdigit() or (cand.entry is None and w.isupper() and len(w) <= 4
                                                              and self.gazetteer.lookup(w) is None)
                        for w in words) and any(w[:1].islower() for w in words)
            # A new name spelled out in lower case is still a name when the words before give it: a naming
            # word, or "a" and a singular head the sentence introduces.
            head = expansion[-1].lower()
            word_before = prev[-len(expansion) - 1].lower() if len(prev) > len(expansion) else ""
            if lower and cand.entry is None and exp_start >= 0:
                if word_before in NAMING_WORDS and head not in _LONG_FORM_TASK_NOUNS and not head.endswith("ing") \
                        and HEAD_KIND.get(head) != "method":
                    # "a model called memory-to-sequence (Mem2Seq)" (not a task, an activity or a method: "an
                    # equivalent called masked image modeling (MIM)", "loss functions that we call
                    # human-aware losses (HALOs)")
                    self._expansions.append((exp_start, occ.start, cand.key))
                    # (the long form says what it is, before the noun the naming word follows: "an
                    # approach, named unbounded interleaved-state recurrent neural networks (UIS-RNN)")
                    own_kind = HEAD_KIND.get(head) if head not in WEAK_HEADS else None
                    self._named(cand, lower_words_before(text, exp_start, 8, sent_s), exp_start, sent_s,
                                kind=own_kind if own_kind in ("model", "dataset") else None)
                    return
                if text[exp_start - 2:exp_start] == ": " and HEAD_KIND.get(head) in ("model", "dataset") \
                        and _last_intro(text, sent_s, exp_start) is not None:
                    # "We introduce a novel architecture for dependency parsing: stack-pointer networks
                    # (StackPtr)": the long form after an introducing colon names what the paper makes
                    self._expansions.append((exp_start, occ.start, cand.key))
                    cand.add(HEAD_KIND[head], 2.5, "pattern:named_description")
                    cand.strong = cand.intro = True
                    return
                after = _HEAD_AFTER_BRACKET.match(text, occ.end)
                lead = [w.lower() for w in prev[:len(prev) - len(expansion)][-3:]]
                while lead and lead[-1] in ("novel", "new"):
                    lead.pop()  # ("we propose a novel graph-aided transformer agent (GATA)")
                intro = _last_intro(text, sent_s, exp_start)
                # (or the whole object of the verb: "we propose a novel multimodal, multigenre, and multipurpose
                # audio-visual academic lecture dataset (M3AV)")
                if intro is not None and (lead and lead[-1] in ("a", "an", "the")
                                          or _ARTICLE_PHRASE.fullmatch(text, intro.end(), exp_start)) \
                        and HEAD_KIND.get(head) in ("model", "dataset") \
                        and (head not in WEAK_HEADS or head in ("agent", "system", "generator")) \
                        and (not _plural(head) or (head in ("networks", "nets") and not _PLURAL_ACRONYM.match(name))) \
                        and not (after and HEAD_KIND[after.group(0).split()[-1].lower()] == "method"):
                    # "We propose a fully convolutional one-stage object detector (FCOS)": one thing the
                    # paper makes (a class is plural: "autoregressive (AR) models"; one network is named in the
                    # plural: "we propose the interactive attention networks (IAN)", "a dual graph convolutional
                    # networks (DualGCN) model"; not "a ... model (CMFM) objective")
                    self._expansions.append((exp_start, occ.start, cand.key))
                    cand.add(HEAD_KIND[head], 2.5, "pattern:named_description")
                    cand.strong = cand.intro = True
                    return
            if lower or (cand.entry is None and head in _LONG_FORM_TASK_NOUNS
                         and not _names_head(prev[:-len(expansion)])):
                cand.add("method", 3.0, "pattern:generic_abbreviation")  # "Event Extraction (EE)": a task
                cand.defined_generic = True
                if lower:
                    cand.rules.append("pattern:lower_long_form")
                if lower and cand.entry is not None and not _shares_word(expansion, cand.entry.forms):
                    cand.rules.append("pattern:other_long_form")  # "mean absolute error (MAE)" is no MAE model
                return
            if exp_start >= 0:
                self._expansions.append((exp_start, occ.start, cand.key))
            if _PLURAL_ACRONYM.match(name) and expansion[-1].endswith("s"):
                cand.add("method", 3.0, "pattern:generic_abbreviation")  # "Large Reasoning Models (LRMs)": a class
                cand.defined_generic = True
                return
            kind = HEAD_KIND.get(expansion[-1].lower())
            if kind is None:  # a head before a prepositional tail: "a new tweet treebank for English (Tweebank v2)"
                at = next((i for i, w in enumerate(expansion) if i and w in _TAIL_PREPOSITIONS), None)
                kind = HEAD_KIND.get(expansion[at - 1].lower()) if at else None
                kind = kind if kind != "method" else None  # ("Contrastive Learning for ... (CL4SRec)": the naming decides)
            if kind == "method":
                cand.defined_generic = True
            if kind:
                cand.add(kind, 2.0 if kind != "method" else 3.0, "pattern:expansion")
                cand.strong = True
            cand.rules.append(f"expansion:{occ_exp}")
            return
        if cand.entry is None and _PLURAL_ACRONYM.match(name) and prev and prev[-1].endswith("s") and prev[-1].islower() \
                and prev[-1] not in HEAD_KIND:  # ("cross-lingual language models (XLMs)" names the paper's models)
            cand.add("method", 3.0, "pattern:generic_abbreviation")  # "transcripts of earnings calls (ECTs)": a class
            cand.defined_generic = True
            return
        kind = self._bracket_kind(prev, window)
        if kind:
            cand.add(kind, 2.0, "pattern:parenthetical")
            cand.strong = True
            # A new name given to what the sentence's "we <verb>" makes: "We pre-train two models: a BERT
            # model trained from scratch (BERTu), ...", "For this, we (1) build a clean corpus (CaText)".
            # (a known name only after a verb that makes something new: "we propose a ... model (SASRec)",
            # not "we trained two auto-regressive models (Transformer-XL, XLNet)")
            if kind != "method" and _may_introduce(text, sent_s, occ.start):
                lead = len(text[sent_s:occ.start]) - len(text[sent_s:occ.start].lstrip())
                opening = INTRO_RE.match(text, sent_s + lead, occ.start)
                if opening:
                    if cand.entry is None or _strong_intro(opening):
                        cand.intro = True
                else:
                    intro = _last_intro(text, sent_s, occ.start - 1)
                    between = text[intro.end():occ.start - 1] if intro is not None else ""
                    tasks = _TASK_LIST_TAIL.search(between)
                    if intro is not None and (_reaches_object(between) if tasks is None
                                              else not _OBJECT_BREAK.search(between, 0, tasks.start())) \
                            and (cand.entry is None or _strong_intro(intro)):
                        cand.intro = True  # (or a part named in the task list of what the verb introduces:
                        # "we introduce IrokoBench -- a benchmark ... covering three tasks: natural language
                        # inference (AfriXNLI), mathematical reasoning (AfriMGSM)")

    def _bracket_kind(self, prev: list[str], window: str = "") -> str | None:
        """Kind of a name in brackets after the words `prev`: the dataset of a task the gazetteer
        knows, written in lower case ("named entity recognition (NERGrit)", "textual entailment
        (WReTE)"; an abbreviation of the task itself is an expansion, found before this; a
        Title-Case "Swapped Language Modeling (X)" names a method), else what the last head noun
        says ("phoneme-based models (Whistle)"); `window` is the text the words come from."""
        for n in (4, 3, 2, 1):
            words = prev[-n:]
            if len(prev) >= n and all(w.islower() for w in words) \
                    and self.gazetteer.non_entity(" ".join(words)) == "task":
                return "dataset"
        head = _last_head_word([w.lower() for w in prev[-12:]])
        if head in ("task", "tasks") and window:
            # "three tasks: natural language inference (AfriXNLI), mathematical reasoning (AfriMGSM)":
            # a name given to a task written out in lower case is its dataset ("tasks (XSR, NER)"
            # lists tasks; "tasks, called Visual-Linguistic BERT (X)" names something else).
            named = _BRACKETED.sub(" ", window[window.lower().rfind(head) + len(head):])
            words = [w for w in _APOS_WORD.findall(named) if w not in ("and", "or")]
            if words and all(w.islower() for w in words):
                return "dataset"
        return HEAD_KIND.get(head)

    def _coordinated_with_known(self, cands: dict[str, Candidate]) -> None:
        """Names listed together are of one kind: an unknown or dual name coordinated with a known
        model or dataset ("FEVER (dev set), ASNQ, WikiQA, and TREC-QA") gets weak evidence of that kind."""
        known = sum(c.entry is not None for c in cands.values())
        if not known or known == len(cands):
            return  # nothing to learn, or nobody to teach
        text = self.text
        spots = sorted(((o.start, o.end, c) for c in cands.values() for o in c.occurrences), key=itemgetter(0))
        group: list[Candidate] = [spots[0][2]]
        for (_, prev_end, _), (start, _, cand) in zip(spots, spots[1:]):
            if start - prev_end <= 40 and _LIST_GAP.fullmatch(text, prev_end, start):
                group.append(cand)
                continue
            self._type_group(group)
            group = [cand]
        self._type_group(group)

    @staticmethod
    def _type_group(group: list[Candidate]) -> None:
        kinds = {c.entry.kind for c in group if c.entry is not None and not c.entry.dual}
        if len(group) < 2 or len(kinds) != 1:
            return
        kind = kinds.pop()
        # (two known names of one kind make a list of that kind: "on SemEval 2010 Task 8, KBP37, and TACRED")
        weight = 2.0 if sum(c.entry is not None for c in group) >= 2 else 1.0
        for cand in group:  # (a dual name too: "including Alpaca, FLAN-T5, GPT-3.5, and GPT-4" lists models)
            if (cand.entry is None or cand.entry.dual) and "pattern:coordinated_with_known" not in cand.rules:
                # (one known name is enough for a name that nothing else types: "On CAMEO and CASP14 targets")
                alone = cand.entry is None and not cand.plain_word and not any(cand.scores.values()) \
                    and not _ROMAN_NUMERAL.fullmatch(cand.occurrences[0].base)  # ("MIMIC III and IV": an edition's number)
                cand.add(kind, 2.0 if alone else weight, "pattern:coordinated_with_known")

    def _fold_expansions(self, cands: dict[str, Candidate]) -> None:
        """A name that *is* another name's expansion ("the Foo Bar Benchmark (FBB)") is that entity:
        its occurrences and evidence join the abbreviation's, so the long form is an alias, not a
        second entity. A name inside an expansion ("Visual-Linguistic BERT (VL-BERT)", "Biomedical
        Language Understanding & Reasoning Benchmark (BLURB)") is no mention."""
        text = self.text
        self._expansions.extend(_long_forms_after(text))
        spans = self._expansions
        if not spans:
            return
        # start -> (end, owner's key); the end is the abbreviation's start for "Long Form (LF)" and the long
        # form's own end for "LF (Long Form)".
        long_forms = {start: (end, key) for start, end, key in spans}

        def long_form_owner(occ: Occurrence) -> str | None:
            """Key of the abbreviation whose whole long form this occurrence is, else None."""
            end, key = long_forms.get(occ.start, (0, None))
            return key if key is not None and (text[occ.end:end].strip() == "(" or occ.end == end) else None

        for key in list(cands):
            cand = cands[key]
            owners = {long_form_owner(o) for o in cand.occurrences}
            owner = cands.get(owners.pop()) if len(owners) == 1 and cand.entry is None else None
            if owner is None or owner is cand:
                continue
            owner.occurrences.extend(cand.occurrences)  # (after the owner's own: its first names it)
            owner.plain_word &= cand.plain_word
            for kind, weight in cand.scores.items():
                owner.scores[kind] += weight
            owner.rules.extend(r for r in cand.rules if r not in owner.rules)
            owner.strong |= cand.strong
            owner.intro |= cand.intro
            owner.headed |= cand.headed
            del cands[key]
        # A long form written again without its abbreviation is still that name: "the Hausa Visual
        # Genome (HaVG) ... The Hausa Visual Genome is the first dataset" mentions no Visual Genome.
        covered = list(spans)
        for a, b, key in spans:
            long_form = text[a:b].rstrip(" (")
            if " " in long_form:
                at = text.find(long_form)
                while at >= 0:
                    covered.append((at, at + len(long_form), key))
                    at = text.find(long_form, at + len(long_form))
        for cand in cands.values():
            keep = [o for o in cand.occurrences if long_form_owner(o) is not None
                    or not any(a <= o.start and o.end <= b and key != cand.key for a, b, key in covered)]
            if not keep:  # every mention is inside another name's long form: "... Reasoning Benchmark (BLURB)"
                cand.scores = {"model": 0.0, "dataset": 0.0, "method": 0.0}
            cand.occurrences = keep or cand.occurrences

    # ------------------------------------------------------------------ decide
    def _decide(self, cands: dict[str, Candidate]) -> list[Decision]:
        decisions: list[Decision] = []
        for cand in cands.values():
            m, d, x = cand.scores["model"], cand.scores["dataset"], cand.scores["method"]
            affix_only = m == 2.0 and "pattern:family_affix" in cand.rules and cand.headed
            kind = "model" if m > d or (m == d and cand.derived_from != "dataset" and not affix_only) else "dataset"
            # (a tie goes to the model, unless the name extends a known dataset: "variants: X-Hard and X-Para", or
            # only its spelling says model and a head noun right after it dataset: "the new large-scale TrackingNet
            # dataset")
            if cand.entry is not None:
                kind = cand.entry.kind
                spelled = {e.kind for o in cand.occurrences for e in self.gazetteer.lookup_all(o.base)} \
                    if cand.entry.dual else set()
                if len(spelled) > 1:
                    # "Alpaca" model or dataset: decided by context, ties go to the model. (A spelling
                    # of one row only, "OASST" of the OpenAssistant dataset, is that row's.)
                    bonus = len(cand.occurrences) * 3.0
                    mm = m - (bonus if kind == "model" else 0.0)
                    dd = d - (bonus if kind == "dataset" else 0.0)
                    kind = "dataset" if dd > mm else "model"
                    other = self.gazetteer.lookup(cand.occurrences[0].base, kind=kind)
                    if other is not None:
                        cand.entry = other
                    # (the gazetteer's points go to the kind decided, whichever row the matcher kept)
                    score = (mm if kind == "model" else dd) + bonus
                    m, d = (score, 0.0) if kind == "model" else (0.0, score)
                best = max(m, d)
                if best < 3.0:
                    continue
                if cand.entry.needs_context and best - 3.0 < 1.0 and not any(o.variant for o in cand.occurrences):
                    continue
                if kind == "model" and all(_NAMED_AFTER_MODEL.match(self.text, o.end) for o in cand.occurrences):
                    continue  # only "CLIP score", "Chinchilla scaling laws": a metric or law named after the model
                if kind == "dataset" and all(_SCHEME_AFTER.match(self.text, o.end) or _SHARED_TASK_AFTER.match(self.text, o.end)
                                             for o in cand.occurrences):
                    continue  # only "the CoNLL-2003 annotation scheme": conventions named after the dataset; only
                    # "the WMT21 Metrics Shared Task": the event (72 of 76 held-out annotators' readings), not its data
                if "pattern:other_long_form" in cand.rules:
                    continue  # the paper spells the letters out as something else: a term of its own
                name = cand.entry.name
                conf = 0.95 if best > 3.0 else 0.9
                rule = "gazetteer"
            else:
                best = max(m, d)
                singular = cands.get(cand.key[:-1]) if cand.key.endswith("s") else None
                if singular is not None and _PLURAL_ACRONYM.match(cand.occurrences[0].base) \
                        and any(r.startswith("expansion:") for r in singular.rules):
                    continue  # the plural of an abbreviation the paper spells out: "Turing Experiment (TE) ... TEs"
                plural = cands.get(cand.key + "s")
                if plural is not None and "pattern:lower_long_form" in plural.rules \
                        and _PLURAL_ACRONYM.match(plural.occurrences[0].base):
                    continue  # the singular of a class the paper spells out: "Reward models (RMs) ... an RM benchmark"
                # The paper's own name (title colon / definition) needs less typed evidence.
                needed = 1.0 if cand.strong and cand.intro and not cand.plain_word else 2.0
                if best < needed or (x >= best and not (cand.trained and m >= d) and not self._own_network(cand)):
                    continue  # (a method, unless the name is trained itself)
                if cand.defined_generic and not (cand.titled == kind and best > x):
                    continue  # (the title's own benchmark or model named by its task's letters: "AGQA: A Benchmark
                    # for ...", whose abstract spells out "Action Genome Question Answering (AGQA)")
                if cand.plain_word and not (cand.strong or cand.headed or self._listed_name(cand)):
                    continue
                if cand.language_name or cand.occurrences[0].base in self.languages or (
                        cand.plain_word and not cand.headed and list_only(cand.occurrences[0].base)):
                    continue  # a language name (one-word other names such as "Moore" may be other words,
                    # but not names of things by themselves: "a new model for Bokmal, Nynorsk, and ...")
                if cand.plain_word and self._common_word(cand):
                    continue
                if kind == "model" and "pattern:shared_task" in cand.rules:
                    continue
                name = _canonical_unknown(cand)
                if cand.plain_word:  # a listed name the gazetteer knows in another case: "(BERT, Albert, Electra, T5)"
                    name = next((e.name for e in self.gazetteer.lookup_all(name, any_case=True) if e.kind == kind), name)
                conf = round(min(0.9, 0.4 + 0.1 * best), 2)
                rule = next((r for r in cand.rules if r.startswith("pattern:")), "pattern")
            if cand.plain_word:
                self._all_occurrences(cand)
            decisions.append(Decision(kind=kind, name=name, key=name_key(name), confidence=conf, rule=rule,
                                      intro=cand.intro, occurrences=cand.occurrences,
                                      evidence=tuple(cand.rules)))
        return decisions

    def _own_network(self, cand: Candidate) -> bool:
        """The paper's own name with a network's suffix is the network, though the text calls it a framework
        or module: "DeepFilterNet, a two-stage speech enhancement framework", "a neural network module, termed
        OrigamiNet", "a new framework termed BEVFormer", "the ... (MoCoGAN) framework"; not when it calls it a way
        of doing things ("QuokkaNet, a novel approach that uses T5", "a novel MetricGAN approach")."""
        return cand.intro and cand.strong and "pattern:family_affix" in cand.rules \
            and _NETWORK_SUFFIX.search(cand.occurrences[0].base) is not None \
            and not any(_CALLED_A_WAY.match(self.text, o.end) for o in cand.occurrences)

    def _listed_name(self, cand: Candidate) -> bool:
        """A plain capitalised word listed after a plural class noun among known names is one of them:
        "8 different LLMs (Pythia, Dolly 2.0, Palmyra, Camel, ...)"; not the first word of a longer name
        ("... ViGGO, and Cleaned E2E")."""
        return "pattern:head_before" in cand.rules and "pattern:coordinated_with_known" in cand.rules \
            and not any(_NAME_GOES_ON.match(self.text, o.end) for o in cand.occurrences)

    def _all_occurrences(self, cand: Candidate) -> None:
        """Plain words were skipped at sentence starts; once accepted, every occurrence is a mention."""
        word = cand.occurrences[0].base
        seen = {o.start for o in cand.occurrences}
        for at in whole_words(self.text, word, "-", "-"):
            if at not in seen:
                cand.occurrences.append(Occurrence(at, at + len(word), word, word, False))
        cand.occurrences.sort(key=lambda o: o.start)

    def _common_word(self, cand: Candidate) -> bool:
        """A plain capitalised word that the text also writes in lower case, or only
        writes at sentence starts, or a compound naming a task, is an ordinary word
        ("Particularly, the ... model")."""
        word = cand.occurrences[0].base
        if next(whole_words(self.text, word.lower(), "/.-", "/-"), None) is not None:
            return True
        if word.rpartition("-")[2].lower() in _TASK_NOUNS:
            return True  # a Title-Case task compound: "a Span-Extraction dataset", "Question-Answering"
        if "pattern:title_colon" in cand.rules:
            return False  # "Aya Model: ...": the title names it, where every word is capitalised
        return all(_at_sentence_start(self.text, o.start) for o in cand.occurrences)


# ---------------------------------------------------------------------- helpers
_UNNAMED_DETERMINERS = frozenset({"a", "an", "two", "three", "four", "several"})


_NAME_GOES_ON = re.compile(r" [A-Z0-9]")
_BRACKETED_LONG_FORM = re.compile(r"\(([A-Z][\w-]*(?:[ -][\w-]+){1,9})\)")
_ABBREVIATION_BEFORE = re.compile(r"\b[A-Z][A-Za-z]{1,9}$")
# "we introduce Persona Hub -- a collection of ...", "We present Zambezi Voice, a multilingual speech corpus".
_INTRODUCED_PHRASE = re.compile(
    r"[Ww]e\s+(?:\w+\s+)?(?:introduce|present|release|propose|build|construct|create|develop|curate|collect)\s+"
    r"(?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+){1,2})(?=\s*(?:,|--|—|–|:)\s*(?:an?|the)\s)")
_NETWORK_SUFFIX = re.compile(r"(?<=[a-z])Net$|(?<=[A-Za-z]{2})(?:Former|GAN)$")
_CALLED_A_WAY = re.compile(
    r"(?:,\s+an?\s+(?:[\w-]+\s+){0,4}?|\s+)(?:approach|method|algorithm|technique|strategy|procedure)\b")

_EPONYM = re.compile(r"[A-Z][a-z]{2,}(?:-[A-Z][a-z]{2,}){1,2}")


def _long_forms_after(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, key of the abbreviation) of the long forms written after their abbreviation, "BROS
    (BERT Relying On Spatiality)": the initials of the bracketed words spell the abbreviation, so the
    whole is the abbreviation's alias and a name among them ("BERT") no mention."""
    at = text.find(" (")
    while at >= 0:  # (str.find for the brackets, then the two regexes there: one regex would try every position)
        long = _BRACKETED_LONG_FORM.match(text, at + 1)
        abbr = _ABBREVIATION_BEFORE.search(text, max(0, at - 10), at) if long else None
        if abbr is not None:
            letters = abbr.group(0).lower()
            words = re.split(r"[\s-]+", long.group(1))
            if len(words) == len(letters) and "".join(w[:1] for w in words).lower() == letters:
                yield long.start(1), long.end(1), name_key(abbr.group(0))
        at = text.find(" (", at + 2)


def _glued_before(text: str, at: int) -> bool:
    r"""Whether a word character (`\w`: str.isalnum() or "_") comes right before `at`: the check of a
    pattern that leaves its opening `\b` out so that it opens on a literal, which re scans fast."""
    return at > 0 and (text[at - 1].isalnum() or text[at - 1] == "_")


def _eponym(base: str) -> bool:
    """A name of two or three hyphen-joined plain capitalised words, as statistical models are named
    after their authors ("Bradley-Terry", "Plackett-Luce", "Hodgkin-Huxley"): not with a size or
    flavour tail ("Yoor-Base", "Qurawa-Instruct")."""
    return _EPONYM.fullmatch(base) is not None and not VARIANT_TAIL.match(base[base.rfind("-"):])


def _base_facts(base: str) -> tuple[str, bool, bool, bool]:
    """(name key, dataset affix, model affix, family affix counts) of a name without its tail."""
    model_affix = MODEL_AFFIX.search(base) is not None
    family = model_affix and (len(base) > 4 or not _CAPS.match(base.replace("-", "")))
    return name_key(base), DATASET_AFFIX.search(base) is not None, model_affix, family


def name_chunks(text: str) -> Iterator[tuple[int, int]]:
    """Spans of the maximal chunks (runs without whitespace or ,;:()[]{}"“”‘’<>=|!?—) that hold
    a capital or a digit: only those can be names.

    A single regex for that (`[^stop]*[A-Z0-9][^stop]*`) retries every position of every
    lower-case word, quadratic in word length; here the regex starts at the first
    capital/digit, which C scans for, and the chunk start is found by stepping back over
    its (few) leading lower-case characters. tests/test_extraction_speed.py checks both agree."""
    stop = _CHUNK_STOP
    for match in _NAME_TAIL_RE.finditer(text):
        s, e = match.span()
        while s and text[s - 1] not in stop and not text[s - 1].isspace():
            s -= 1
        yield s, e


def whole_words(text: str, word: str, not_before: str, not_after: str) -> Iterator[int]:
    r"""Starts of `word` in `text` where it is not glued to a word character (`\w`, i.e.
    str.isalnum() or "_") nor to one of `not_before` / `not_after`: the matches of
    `(?<![\w<not_before>])word(?![\w<not_after>])`, found with str.find, so no per-word
    regex is compiled (a new name would cost a compile each time). Like `re.finditer`,
    the matches do not overlap when every character of `word` is a word character or in
    `not_before` (true of the names this is used for)."""
    n, size = len(word), len(text)
    before_stops, after_stops = "_" + not_before, "_" + not_after
    at = text.find(word)
    while at >= 0:
        before = text[at - 1] if at else " "
        after = text[at + n] if at + n < size else " "
        if not (before.isalnum() or before in before_stops or after.isalnum() or after in after_stops):
            yield at
        at = text.find(word, at + 1)


def _everyday_phrase(surface: str, entry: GazetteerEntry) -> bool:
    """A name of several words written all in lower case where every spelling of it is capitalised:
    ordinary words ("common voice control", "the pile of papers"), not the name."""
    return surface.islower() and all(not form.islower() for form in entry.forms) \
        and surface.rpartition(" ")[2] not in HEAD_KIND  # ("the massive text embedding benchmark" is MTEB)


def _written_as_word(text: str, word: str, not_next_to: str = "-") -> bool:
    r"""Whether `word` (lower-case letters) occurs in `text` as a whole word, not next to a
    hyphen (or another of `not_next_to`, "/" for URLs): membership in the set of all
    `(?<![\w-])[a-z]+(?![\w-])` matches."""
    return next(whole_words(text, word, not_next_to, not_next_to), None) is not None


_NOUN_PHRASE_END = re.compile(r"[^,;.()]{1,80}(?=[,;.)]|$)")


def _our_noun_phrase_head(tail: str, start: int) -> str | None:
    """Kind of the noun phrase after "X, our": it must end at a comma, full stop or bracket
    within 8 words, on a model/dataset head noun ("our streaming neural audio codec,")."""
    match = _NOUN_PHRASE_END.match(tail, start)
    words = _HYPHEN_WORD.findall(match.group(0)) if match else []
    if not 0 < len(words) <= 8:
        return None
    kind = HEAD_KIND.get(words[-1].lower())
    return kind if kind != "method" else None


def _flavour_alias(name: str, surface: str) -> bool:
    """A gazetteer alias that is the name with a size/flavour tail ("Gemini Ultra", "Yi-34B") is
    written as a variant, like the same tail glued to the name where no alias lists it."""
    return len(surface) > len(name) and surface[:len(name)].lower() == name.lower() \
        and VARIANT_TAIL.match(surface[len(name):]) is not None


def _headed_title_colon(text: str, end: int) -> re.Match | None:
    """A title going on with a model/dataset head noun and a colon after the name: "Aya Model: ...",
    "DeepMine Speech Processing Database: ..." (up to two capitalised words before the head)."""
    match = _HEADED_TITLE_SEP.match(text, end)
    if match and match.start(1) > end + 1 and _plain_word(text[:end]):
        return None  # (words before the head only after a name-shaped word: not "Shopping Queries Dataset:")
    return match if match and HEAD_KIND.get(match.group(1).lower(), "method") != "method" else None


def _inside_longer_title(text: str, start: int, end: int, entry: GazetteerEntry) -> bool:
    """An expansion alias ("Massively Multilingual Speech" for MMS) that a longer Title-Case
    name goes on from ("... Speech Translation") or starts earlier than ("a Latent Diffusion
    Transformer"; with another abbreviation: "Legal General Language Understanding Evaluation
    (LexGLUE)") is part of that name, not a mention. A head noun may follow ("the General
    Language Understanding Evaluation Benchmark")."""
    surface = text[start:end]
    if name_key(surface) == name_key(entry.name) or not all(_PLAIN_TITLE.match(w) for w in surface.split()):
        return False
    if _TITLE_CASE_BEFORE.search(text, max(0, start - 30), start) and text.startswith(" (", end):
        # "the Legal General Language Understanding Evaluation (LexGLUE)": the longer phrase is the
        # long form of another abbreviation; "... Evaluation (GLUE)" is this entry's own.
        close = text.find(")", end + 2, end + 40)
        return close > 0 and not entry.matches(text[end + 2:close])
    before = _TITLE_CASE_BEFORE.search(text, max(0, start - 30), start)
    if before and start > text.find("\n") and not _at_sentence_start(text, before.start()):
        return True  # "a novel Latent Diffusion Transformer, namely Latte" (not in a Title-Case title)
    after = _TITLE_CASE_NEIGHBOUR.match(text, end)
    if not after:
        return False
    word = _APOS_WORD.match(text, end + 1)
    return word is not None and word.group(0).lower() not in HEAD_KIND


def _names_what_precedes(text: str, start: int) -> bool:
    """A name in parentheses after a capitalised phrase abbreviates that name: "the New York
    Times (NYT) dataset", "our Cross-lingual Modular (X-Mod) models"; after a lower-case
    phrase it is a term ("grapheme-to-phoneme (G2P) models")."""
    if text[start - 1:start] != "(":
        return False
    before = text[max(0, start - 40):start - 1].split()
    return bool(before) and before[-1][:1].isupper()


@lru_cache(maxsize=1)
def _lower_language_names() -> frozenset[str]:
    """Lower-cased one-word language names ("vietnamese"), to read lower-cased word windows."""
    return frozenset(name.lower() for name in language_lexicon() if " " not in name)


def _base_verb(intro: re.Match) -> str:
    """The base verb of an introducing match ("releasing" -> "release"; the patterns' `verb` groups
    hold no inflection), "contribution" for the patterns without one."""
    verb = (intro.group("verb") or "contribution").lower()
    return VERB_FORMS.get(verb, verb).replace("-", "")


def _last_intro(text: str, start: int, end: int) -> re.Match | None:
    """The introducing verb nearest before `end` in text[start:end] (a sentence up to a name):
    the last `INTRO_RE` match, else of its variants (coordinated, progressive, "our
    contribution is", "by introducing"), or a later item of an enumerated first-person sentence."""
    intro = None
    if not _may_introduce(text, start, end):
        return None
    for intro in INTRO_RE.finditer(text, start, end):
        pass
    segment = text[start:end].lower()  # (the substring tests are quick necessary conditions for the regexes)
    # A later verb coordinated with the first-person one is nearer the name: "we propose the task of
    # fallacy detection, and provide a new dataset (Logic)".
    after = start if intro is None else intro.end()
    if "and" in segment[after - start:] and (intro is not None or _WE_FIRST.match(text, start, end)):
        for intro in COORDINATED_INTRO.finditer(text, after, end):  # (the last, if any; else intro stays)
            pass
    if intro is None and "are" in segment:
        for intro in PROGRESSIVE_INTRO.finditer(text, start, end):
            pass
    if intro is None and "contribution" in segment:
        for intro in CONTRIBUTION_INTRO.finditer(text, start, end):
            pass
    if intro is None and "by " in segment and OWN_RE.search(text, start, end):
        for intro in GERUND_INTRO.finditer(text, start, end):
            pass
    if ")" in text[start:end] and OWN_RE.search(text, start, end):
        for enumerated in ENUMERATED_INTRO.finditer(text, start, end):
            if intro is None or enumerated.start() > intro.start():
                intro = enumerated  # (the item nearest the name)
    return intro


def _strong_intro(intro: re.Match) -> bool:
    """Whether an introduction's verb makes something new ("propose", "introduce", "present"), not one
    that also describes using a known model ("train", "build", "develop": `WEAK_INTRO_VERBS`)."""
    verb = (intro.groupdict().get("verb") or "contribution").lower()
    return VERB_FORMS.get(verb, verb).replace("-", "") not in WEAK_INTRO_VERBS


def _may_introduce(text: str, start: int, end: int) -> bool:
    """Quick necessary condition for an `INTRO_RE` (or `CONTRIBUTION_INTRO`) match in
    text[start:end]: it holds "we", "this", "the paper", "in this" or "us to" ("enables us
    to build X"), "contribution", or "our" with "by " or ")" (the gerund and enumerated forms of
    `_last_intro` need `OWN_RE`: "the goal of our work is ..., by proposing X") (any case). Only for
    ASCII text, where IGNORECASE is plain ASCII case folding; other text always gets the regex."""
    segment = text[start:end]
    if not segment.isascii():
        return True
    low = segment.lower()
    return "we" in low or "this" in low or "the paper" in low or "contribution" in low or "us to" in low \
        or ("our" in low and ("by " in low or ")" in low))


def _kind_named_after(head: str) -> str | None:
    """Kind of the names right after a head noun ("the dataset X", "models A and B"), None for a
    method head; the named tasks of a benchmark are its datasets ("the tasks RCB, PARus and RuCoS")."""
    kind = "dataset" if head == "tasks" else HEAD_KIND.get(head)
    return None if kind == "method" else kind


_SCORE = re.compile(r"\d+(?:\.\d+)?%?")


def _eval_context(low_before: list[str]) -> bool:
    """Whether the words before a name make it what is evaluated on: "results on", "fine-tuned
    on", "we evaluate X and Y on"."""
    return len(low_before) > 1 and low_before[-1] in {"on", "from", "over"} and (
        low_before[-2] in EVAL_CONTEXT or (len(low_before) > 2 and low_before[-3] in EVAL_CONTEXT)
        or any(w in EVAL_VERBS for w in low_before[-6:-3])
        or (low_before[-1] == "on" and _SCORE.fullmatch(low_before[-2]) is not None))  # "94.8% on MATH"


def _new_modifies(words: list[str]) -> bool:
    """Whether "new" or "novel" among the words before a head noun modifies that head: no
    preposition or article after it ("two new text simplification datasets", not "new splits of
    the standard datasets")."""
    at = max((i for i, w in enumerate(words) if w in ("new", "novel")), default=-1)
    return at >= 0 and not any(w in PREPOSITIONS or w in ("a", "an", "the") for w in words[at + 1:])


_ARTICLES = frozenset({"a", "an", "the", "this", "these", "its", "their"})


def _ours(low_before: list[str], text: str, floor: int, start: int) -> bool:
    """Whether the name at `start` is called the paper's own by the words before it: "our X",
    "Our model, X", "our models: X" (not "on our dataset: a baseline X model", where "our" owns
    another noun phrase)."""
    if not low_before:
        return False
    if low_before[-1] == "our":
        return True
    if HEAD_KIND.get(low_before[-1], "method") == "method":
        return False
    if "our" not in low_before[-4:-1]:
        # a longer modifier list before a head set off from the name: "our BERT and ELECTRA based German
        # language models, GBERT and GELECTRA", "our specialized clinical large language model, Asclepius"
        separator = text[start - 2:start]
        if "our" not in low_before[-8:-4] or not (separator == ", " or (separator == ": " and _plural(low_before[-1]))):
            return False
        owner = len(low_before) - 1 - low_before[::-1].index("our")
        if not _OWNER_BREAK.isdisjoint(low_before[owner + 1:-1]) or not _ARTICLES.isdisjoint(low_before[owner + 1:-1]):
            return False  # "our" owns another noun phrase: "from our experiments on two dialog corpora, X and Y",
            # "our BiMediX outperforms the generic bilingual LLM, Jais-30B"
    segment = text[max(floor, start - 80):start].lower()
    our, head = segment.rfind("our"), segment.rfind(low_before[-1])
    return our < 0 or head < 0 or not any(c in ",;:" for c in segment[our:head])


def _reaches_object(between: str) -> bool:
    """Whether an introducing verb's noun phrase still runs over `between` to a name after it:
    a short stretch with no sentence, enumeration or clause break ("we (1) build a clean corpus (X)").
    Looser than `_is_object`: a longer stretch, and other names may stand in it."""
    return len(between) <= 120 and not _OBJECT_BREAK.search(between)


def _language_pair(parts: list[str]) -> bool:
    """Whether hyphen-joined words are language names, one at least a major one ("Cherokee-English")."""
    major, small = language_lexicon(), small_languages()
    return any(p in major for p in parts) and all(p in major or p in small for p in parts)


def _overlaps(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    for a, b in spans:
        if a >= e:
            return False
        if b > s:
            return True
    return False


def _at_sentence_start(text: str, start: int) -> bool:
    before = text[max(0, start - 3):start].rstrip(" \"'(")
    return start == 0 or not before or before[-1] in ".!?\n:;"


def _shape(chunk: str) -> str | None:
    core = _ascii(chunk.rstrip("+"))
    if _CAMEL.search(core):
        return "camel"
    if _CAPS.match(core) and sum(c.isupper() for c in core) >= 2:
        return "caps"
    if (_DIGITMIX.search(core) and not _LEADING_DIGIT.match(core)) or _LETTER_NUMBER.match(core) \
            or _DIGIT_LED_NAME.match(core):
        return "digits"
    if _HYPHEN_TITLE.match(core):
        # "Values-Targeted" is a Title-Case compound; "Master-ASR", "Phi-2-Legal" are names.
        return "plain" if _TITLE_COMPOUND.fullmatch(core) else "hyphen"
    if _PLAIN_TITLE.match(core):
        return "plain"
    return None


def _ascii(text: str) -> str:
    """Accents and superscripts folded to ASCII for the shape tests: "Fùxì" is a plain word as
    "Fuxi" is, "C³Bench" a name of digits as "C3Bench" is (the name keeps its spelling)."""
    if text.isascii() or not all(c.isascii() or c.isalpha() or c.isdigit() for c in text):
        return text  # (other symbols stay, and keep the chunk from any shape: "English→German")
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def _plain_word(chunk: str) -> bool:
    return _PLAIN_WORD.fullmatch(_ascii(chunk)) is not None


def _split_variant(chunk: str) -> tuple[str, str]:
    """("Llama2-7b-chat" ->) ("Llama2", "-7b-chat"); names without a variant tail come back whole."""
    parts = _BEFORE_SEP.split(chunk)
    for i in range(1, len(parts)):
        tail = "".join(parts[i:])
        if VARIANT_TAIL.match(tail):
            return "".join(parts[:i]), tail
    return chunk, ""


_LEARNING_HEADS = frozenset({"learning", "training", "pretraining", "pre-training"})


def _learning_head(words: list[str]) -> bool:
    """Whether a noun phrase's head (its last word before a preposition or participle) is
    learning itself ("Patent-level Representation Learning using ...")."""
    head = None
    for i, word in enumerate(words):
        low = word.lower()
        if i and (low in PREPOSITIONS or (low.endswith("ing") and low not in HEAD_KIND)):
            break
        head = low
    return head in _LEARNING_HEADS


_FALLBACK_STOPS = frozenset({"for", "that", "which", "who", "whose", "where"})


def _phrase_head(words: list[str], after_preposition: bool = True) -> str | None:
    """Kind of a noun phrase's head: the last head word before the first preposition or
    participle (past "a series/family/pool of"), else (`after_preposition`) the first head word
    after it; a title's subtitle goes without that fallback: in "X: Machine Unlearning for Large
    Language Models" the models are what X is for, not what X is. A weak
    head does not override a strong model/dataset head before it ("a model suite"; but "a
    lifelong learning agent" is an agent), and in a coordination the first conjunct's strong
    head decides ("an open language model and evaluation suite")."""
    last = None
    last_weak = False
    group = False  # the words so far are "a series of"-like: the phrase goes on after "of"
    weak_group = None  # a weak head that is also a group word ("a suite of models"), unless a model/dataset follows
    for i, word in enumerate(words):
        low = word.lower()
        if low in ("and", "or") and last and not last_weak and (
                last != "method" or (i + 1 < len(words) and words[i + 1].lower() in ("a", "an", "the"))):
            break  # (a task or method first conjunct modifies a later head: "Sentiment Analysis and ... Dataset";
            # not a noun phrase of its own: "a platform and a set of sixteen analyses" is a platform)
        if low in PREPOSITIONS and low not in ("and", "or") and i > 0 \
                and not (low == "based" and i + 1 < len(words) and words[i + 1].lower() not in ("on", "upon")):
            # ("based" ends the phrase in "a model based on X", not in "a set of GPT-2 based models")
            if group and low == "of" and (not last or last_weak):
                weak_group, last, group = last, None, False
                continue
            break
        if low == "benchmarking" and i + 1 < len(words) and words[i + 1].lower() in WEAK_HEADS:
            last, last_weak, group = "dataset", False, False  # "a modular benchmarking framework", "an FL
            continue  # benchmarking suite": a benchmark (not a participle ending the phrase)
        if last and low.endswith("ing") and low not in HEAD_KIND \
                and not (i + 1 < len(words) and words[i + 1].lower() in HEAD_KIND
                         and words[i + 1].lower() not in WEAK_HEADS):
            break  # "a framework encompassing data construction ...": a participle ends the phrase
            # (not a noun compound: "a medical language understanding benchmark")
        if low in HEAD_KIND and not _modifies_next(words, i) \
                and not (low in WEAK_HEADS and last in ("model", "dataset") and not last_weak):
            last, last_weak = HEAD_KIND[low], low in WEAK_HEADS
        group = low in GROUP_WORDS
    if weak_group and last in (None, "method"):
        return weak_group  # "a suite of evaluation tasks" is still a suite (of tasks: a benchmark)
    if last or not after_preposition:
        return last
    lowered = [w.lower() for w in words]
    # What the thing is for is not what it is ("a probe designed for dialogue models"; what it is a
    # version of still is: "a reimplementation of CNNs for X"), nor what a relative clause goes on to
    # say ("an architecture that exceeds ... without any pre-training").
    first = next((w for w in lowered[1:] if w in PREPOSITIONS and w not in ("and", "or")), None)
    if "for" in lowered and first != "of":
        return None
    cut = next((i for i, w in enumerate(lowered) if w in _FALLBACK_STOPS), len(words))
    words = words[:cut]
    for i, word in enumerate(words):  # ("languages" after a preposition is what the thing is for)
        if _TRAINING_PARTICIPLE.match(word):  # "versions of B1 and B2 pre-trained on Spanish corpora": the
            return "model" if i == 0 else None  # corpora are what they were trained on ("which is trained on": a model)
        if word.lower() in HEAD_KIND and word.lower() not in ("language", "languages") and not _modifies_next(words, i):
            return HEAD_KIND[word.lower()]
    return None


_TRAINING_PARTICIPLE = re.compile(r"^(?:pre-?|further-?|re-?)?trained$|^fine-?tuned$|^finetuned$|^distilled$",
                                  re.IGNORECASE)


# Nouns after "data"/"set" that make them modifiers of something else: "a new data type".
_DATA_COMPOUND_HEADS = frozenset({"type", "types", "structure", "structures", "format", "formats", "point", "points",
                                  "flow", "center", "centre", "centers", "centres",
                                  # what is done to data: "DAGA: Data Augmentation with a Generation Approach"
                                  "augmentation", "selection", "generation", "curation", "cleaning", "filtering",
                                  "synthesis", "annotation", "efficiency", "contamination", "mining", "processing",
                                  "poisoning", "leakage", "scarcity", "pruning", "attribution", "valuation"})


def _modifies_next(words: list[str], i: int) -> bool:
    """Whether the head word words[i] only modifies what follows: "a new data type", "the first
    natural language (NL) to code generation dataset"."""
    low = words[i].lower()
    if low == "data":
        return i + 1 < len(words) and words[i + 1].lower() in _DATA_COMPOUND_HEADS
    return low == "language" and i > 0 and words[i - 1].lower() == "natural" and i + 1 < len(words)


def _model_word_modifies(sub: list[str]) -> bool:
    """In a Title-Case subtitle, whether its model word only modifies a capitalised noun after it
    that names no kind of thing ("Fantastic LLM Hallucinations", not "A BERT Model for ...")."""
    for i, word in enumerate(sub[:-1]):
        low = word.lower()
        if low in PREPOSITIONS:
            return False
        if low in MODEL_HEADS:
            nxt = sub[i + 1]
            return nxt[:1].isupper() and nxt.isalpha() and nxt.lower() not in HEAD_KIND \
                and nxt.endswith("s") and not nxt.endswith(("ss", "us", "is"))  # (a plural noun, not "Without")
    return False


def _plural(head: str) -> bool:
    return head.endswith("s") or head == "corpora"


def _last_head(words: list[str]) -> str | None:
    return HEAD_KIND.get(_last_head_word(words))


def _head_after_article(words: list[str], articles: tuple[str, ...]) -> str | None:
    """The kind the head of the noun phrase after the last of `articles` in `words` gives (None without one)."""
    article = max((i for i, w in enumerate(words) if w in articles), default=-1)
    return _phrase_head(words[article + 1:], after_preposition=False) if article >= 0 else None


_NP_PREPOSITIONS = frozenset({"for", "toward", "towards", "on", "with", "in", "into", "from"})  # ("to": a verb may follow)


def _head_before_preposition(words: list[str]) -> str | None:
    """The head of the noun phrase (after the last article) when a preposition goes on after it: "a new class
    of unlearning methods for LLMs (called X)" is a method, not an LLM (None without such a head)."""
    article = max((i for i, w in enumerate(words) if w in ("a", "an", "the", "our")), default=-1)
    phrase = words[article + 1:]
    at = next((i for i, w in enumerate(phrase) if w in _NP_PREPOSITIONS), None)
    return _last_head_word(phrase[:at]) if at else None


def _last_head_word(words: list[str]) -> str | None:
    for i in range(len(words) - 1, -1, -1):
        if words[i] in HEAD_KIND and not _modifies_next(words, i):  # (not "natural language inference")
            return words[i]
        tail = words[i].rpartition("-")[2]
        if tail != words[i] and tail in HEAD_KIND:
            return tail  # a compound's head: "a series of decoder-transformers named X"
    return None


# An item is a whole run of [\w.+-] holding a capital or digit (what follows an item, a space
# or ",", cannot continue a run). Written so the engine does not backtrack through every
# split of each run: lazy up to the first capital/digit, possessive to the run's end, and
# only from run starts (a match from inside a run also matches from its start, further left).
_ITEM = r"[\w.+-]*?[A-Z0-9][\w.+-]*+"
_LIST_ITEM_BACK = re.compile(
    rf"(?<![\w.+-])(?:{_ITEM}(?: {_ITEM})?\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or|&)\s+))+$")


_LIST_JOINT = re.compile(r"(?:,|\band|\bor|&)\s*$")


def _head_before_participle(words: list[str]) -> str | None:
    """The plural head noun a participle phrase follows: "three benchmark datasets covering social media
    discussions and online debates, namely ..." (the phrase before the trigger names no head of its own)."""
    for i in range(len(words) - 2, 0, -1):
        word = words[i]
        if word in HEAD_KIND and _plural(word) and words[i + 1].endswith(("ing", "ed")) and words[i + 1] not in HEAD_KIND:
            return word
    return None


def _list_start(text: str, s: int, floor: int) -> int:
    """Start of a coordination list ending at `s` ("X, Y and" before Z), else `s`."""
    window = text[max(floor, s - 6):s].rstrip()
    if not window.endswith((",", "and", "or", "&")) or not _LIST_JOINT.search(text, max(floor, s - 6), s):
        return s  # (the str test is a quick necessary condition for the regex)
    seg = text[max(floor, s - 120):s]
    match = _LIST_ITEM_BACK.search(seg)
    if not match:
        return s
    items = _LIST_SPLIT.split(match.group(0))
    # Every item must look like a name (capital or digit), else it is prose.
    if not all(_CAP_OR_DIGIT.search(item) for item in items if item.strip()):
        return s
    return max(floor, s - 120) + match.start()


_LIST_ITEM_FWD = re.compile(r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)([A-Za-z0-9][\w.+-]*)")


def _list_tail_head(text: str, e: int, ceiling: int) -> str | None:
    """Head noun after "X, Y and Z" when every item looks like a name."""
    # Quick exit (a necessary condition for the first `_LIST_ITEM_FWD` match): a separator
    # is "," or "and"/"or"/"&", after optional whitespace (required before the words).
    e = _past_aside(text, e, ceiling)  # ("OntoNotes (+3.9 F1) and GAP (+11.5 F1) benchmarks")
    if e >= ceiling:
        return None
    if text[e] != ",":
        if not text[e].isspace():
            return None
        j = e + 1
        while j < ceiling and text[j].isspace():
            j += 1
        if not text.startswith((",", "and", "or", "&"), j, ceiling):
            return None
    pos, moved = e, False
    while True:
        match = _LIST_ITEM_FWD.match(text, pos, ceiling)
        if not match or not _CAP_OR_DIGIT.search(match.group(1)):
            break
        pos, moved = _past_aside(text, match.end(), ceiling), True
    if not moved:
        return None
    app = _WHICH_ARE.match(text[pos:ceiling])
    if app:
        kind = _phrase_head(_HYPHEN_WORD.findall(app.group(1))[:8])
        if kind and kind != "method":
            return kind
    words = words_after(text, pos, 3, ceiling)
    for i, word in enumerate(words):
        low = word.lower()
        if low in HEAD_KIND and HEAD_KIND[low] != "method":
            if low in ("set", "sets") and i and words[i - 1].lower() in SYMBOL_SET_WORDS:
                return None
            return HEAD_KIND[low]
        if low in STOP or low in PREPOSITIONS or not word[:1].islower():
            return None
    return None


def _past_aside(text: str, end: int, ceiling: int) -> int:
    """Where the text goes on after a short bracketed aside right after a name ("GAP (+11.5 F1)",
    "Our SOM-DST (Selectively Overwriting Memory for Dialogue State Tracking) model"); else `end`."""
    if not text.startswith(" (", end):
        return end
    close = text.find(")", end + 2, min(ceiling, end + 90))
    return close + 1 if close > 0 and "(" not in text[end + 2:close] else end


def _names_head(words: list[str]) -> bool:
    """Whether words end in a model/dataset head and "for"/"of": "a novel benchmark for" (what
    follows is the name of that benchmark, not a task)."""
    return len(words) > 1 and words[-1].lower() in ("for", "of") and HEAD_KIND.get(words[-2].lower()) in ("model", "dataset")


# A name may open with a dimension: "3D-Speaker", "3DMatch", "4DHumans" (not "3D", "2D-CNN", "3D-aware").
_DIGIT_LED_NAME = re.compile(r"\d[A-Z]+-?[A-Z][a-z]")
_TAIL_PREPOSITIONS = frozenset({"for", "of", "in", "on", "with"})


def _initialism(letters: str, prev: list[str]) -> list[str] | None:
    """The words before "(X)" whose initials spell X (allowing hyphen parts and letters inside words)."""
    if not letters or not prev:
        return None
    for n in range(1, min(10, len(prev)) + 1):
        phrase = prev[-n:]
        if phrase[0][:1].lower() != letters[0]:
            continue
        if _is_subsequence(letters, "".join(phrase).lower()) and len(phrase) >= min(len(letters), 2) - 1:
            initials = "".join(w[0].lower() for w in phrase)
            if sum(1 for c in initials if c in letters) >= max(1, len(phrase) - 2):
                return phrase
            # or the capitals its words open on spell it: "an IMPlicature and PRESupposition diagnostic
            # dataset (IMPPRES)" (each such word goes on in lower case: not a list of names)
            runs = [_CAPITALS_OPENING.match(w).group(0) for w in phrase]
            rests = [w[len(run):] for w, run in zip(phrase, runs)]
            if sum(1 for run, rest in zip(runs, rests) if len(run) > 1 and rest) >= 2 \
                    and all(not run or (rest.isalpha() and rest.islower()) for run, rest in zip(runs, rests)) \
                    and "".join(runs).lower() == letters:
                return phrase
    return None


_CAPITALS_OPENING = re.compile(r"[A-Z]*")


def _shares_word(words: list[str], forms: Iterable[str]) -> bool:
    """Whether a long form may be a known name's own: it shares a content word with one of its
    long forms ("bidirectional encoder representation from transformer" with BERT's; "mean absolute
    error" with none of MAE's), or the gazetteer lists no long form to tell ("video masked
    autoencoders (VideoMAE)")."""
    mine = {w.lower() for w in words if w.lower() not in STOP and len(w) > 2}
    long_forms = [_APOS_WORD.findall(form) for form in forms if " " in form]
    return not long_forms or any(not mine.isdisjoint(w.lower() for w in form) for form in long_forms)


def _is_subsequence(needle: str, hay: str) -> bool:
    it = iter(hay)
    return all(c in it for c in needle)


def _canonical_unknown(cand: Candidate) -> str:
    """The bare name if the paper writes it bare, else the most frequent spelling as written."""
    bare = [o.base for o in cand.occurrences if not o.variant]
    pool = bare or [o.surface.strip() for o in cand.occurrences]
    counts: dict[str, int] = {}
    for s in pool:
        counts[s] = counts.get(s, 0) + 1
    return max(counts, key=lambda s: (counts[s], -pool.index(s)))


def to_entities(decisions: Iterable[Decision], mapper: FieldMapper) -> tuple[list[Entity], list[Entity]]:
    """Decisions -> (models, datasets) `Entity` lists with aliases, variants and mentions."""
    models: dict[str, Entity] = {}
    datasets: dict[str, Entity] = {}
    for dec in decisions:
        target = models if dec.kind == "model" else datasets
        ent = target.get(dec.key)
        if ent is None:
            ent = target[dec.key] = Entity(kind=dec.kind, name=dec.name, key=dec.key,
                                           confidence=dec.confidence, rule=dec.rule)
        for occ in sorted(dec.occurrences, key=lambda o: o.start):
            surface = occ.surface.strip()
            if surface != ent.name and surface not in ent.aliases:
                ent.aliases.append(surface)
            if occ.variant and surface not in ent.variants:
                ent.variants.append(surface)
            ent.mentions.append(mapper.mention(occ.start, occ.start + len(surface)))
    return list(models.values()), list(datasets.values())
