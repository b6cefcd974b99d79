#!/usr/bin/env python3
"""Synthetic arXiv-snapshot corpus for the scale benchmarks (issue 8).

Why synthetic: the real snapshot is 4 GB and not shipped; the benchmark needs
corpora of any size (1k .. 1M) that look like real abstracts to the extractor
(same sentence structure, names, links, hard line-wraps) and are reproducible.

How: every real sentence of the bundled listings (data/examples) becomes a
template once, with its model, dataset and language names and its URLs cut
out as slots: where paperkg's own Extractor finds them in the examples (so the
corpus follows the extractor version; names the example introduces become
"introduced here" slots that get a name no other synthetic paper introduces).
Each synthetic paper is a real title template plus 4-9 sentence templates with
the slots filled from Zipf-distributed name pools: gazetteer names (so popular
nodes exist, as in a real graph) mixed with invented names whose pools grow
with N (so the graph grows with the corpus). About a third of the papers get a
code/model/data link (GitHub, Hugging Face, project page).

Output is the arXiv metadata snapshot's JSON Lines format (id, submitter,
authors, title, comments, categories, abstract, versions, update_date,
authors_parsed), one line per paper, written as it is generated: memory holds
the pools and one paper, never the corpus. Same (n, seed) -> same bytes.

    .venv/bin/python bench/synth.py -n 100000 --seed 1 -o bench/out/corpus-100000.jsonl
"""
from __future__ import annotations

import argparse
import bisect
import collections
import datetime as dt
import gzip
import itertools
import random
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import orjson

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(REPO))

from paperkg import EXAMPLES_DIR  # noqa: E402
from paperkg.extract.readers import read_listings  # noqa: E402
from paperkg.files import atomic_write  # noqa: E402

DATA_DIR = REPO / "extract" / "data"

# Languages filled into language slots: common enough that the extractor's lexicon has them.
LANGUAGES = (
    "English", "German", "French", "Spanish", "Chinese", "Japanese", "Korean", "Arabic", "Russian",
    "Hindi", "Bengali", "Portuguese", "Italian", "Dutch", "Turkish", "Vietnamese", "Thai", "Indonesian",
    "Swahili", "Yoruba", "Hausa", "Amharic", "Urdu", "Persian", "Polish", "Czech", "Ukrainian",
    "Greek", "Hebrew", "Finnish", "Swedish", "Norwegian", "Danish", "Hungarian", "Romanian",
    "Tamil", "Telugu", "Marathi", "Gujarati", "Punjabi", "Nepali", "Sinhala", "Burmese", "Khmer",
    "Zulu", "Xhosa", "Igbo", "Somali", "Tagalog", "Malay", "Catalan", "Basque", "Welsh", "Irish",
    "Icelandic", "Estonian", "Latvian", "Lithuanian", "Bulgarian", "Serbian", "Croatian", "Slovak",
)
CATEGORIES = ("cs.CL", "cs.LG", "cs.AI", "cs.CV", "cs.IR", "stat.ML", "cs.SD", "eess.AS", "cs.MM")
FIRST = ("Ana", "Wei", "Priya", "Jonas", "Fatima", "Kenji", "Olga", "Mateo", "Amara", "Lukas", "Mei",
         "Omar", "Sofia", "Ravi", "Elena", "Tomás", "Yuki", "Noah", "Aisha", "Chen", "Ingrid", "Kofi",
         "Lea", "Diego", "Hana", "Ivan", "Zara", "Minh", "Sara", "Emre")
LAST = ("Garcia", "Wang", "Sharma", "Müller", "Okafor", "Tanaka", "Ivanova", "Rossi", "Nguyen", "Kim",
        "Smith", "Haddad", "Silva", "Kowalski", "Larsen", "Chen", "Patel", "Dubois", "Yilmaz", "Mensah",
        "Novak", "Sato", "Costa", "Berg", "Ali", "Park", "Lopez", "Fischer", "Moreau", "Singh")
SYLLABLES = ("ar", "be", "co", "da", "el", "fi", "ga", "hu", "io", "ka", "lu", "mo", "na", "or", "pi",
             "qu", "ra", "si", "ta", "ul", "ve", "wa", "xi", "yo", "ze", "tron", "lex", "gen", "ner", "vis")
MODEL_SUFFIXES = ("", "", "-7B", "-13B", "-Base", "-Large", "-XL", "-2", "-3", "-Instruct", "-v2", "-Mini")
DATASET_SUFFIXES = ("", "Bench", "QA", "-1K", "Corpus", "-X", "Eval", "-500", "Set", "NLI")
LINK_SENTENCES = (
    "Code is available at {url}.",
    "Our code and models are publicly available at {url}.",
    "We release the data and code at {url}.",
    "The project page is {url}.",
)
SENTENCE_RE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'(])")
CONSONANTS, VOWELS = "bdfgklmnprstvz", "aeiou"
FRESH_SYLLABLES = tuple(c + v for c in CONSONANTS for v in VOWELS)  # 70: 4 syllables -> 24M names
FRESH_SPREAD = 7919  # prime, so counter -> name is one-to-one for 24M names
RECENT_INTRODUCED = 2000  # introduced names later papers may mention (bounded memory)
MENTION_RECENT = 0.12  # share of model/dataset mentions that name a recently introduced one
# An introducing word at most three words before a slot ("we propose a new model, X").
INTRO_HINT = re.compile(r"(?:\b[Pp]ropos|\b[Pp]resent|\b[Ii]ntroduc|\b[Rr]eleas|\bcalled|\bnamed|\bdubbed|"
                        r"\b[Oo]ur)\w*\W+(?:[\w-]+\W+){0,3}$")
TITLE_NAME = re.compile(r"([^\s:]{2,30}):\s")
SLUG_RE = re.compile(r"[^A-Za-z0-9._]+")
ZIPF_S = 1.07
SLOTTED_SHARE = 0.35
LINE_WIDTH = 78


@dataclass(frozen=True)
class Template:
    """A real sentence with slots: `parts[0] slot[0] parts[1] slot[1] ... parts[-1]`."""

    parts: tuple[str, ...]
    slots: tuple[str, ...]  # "M" model, "D" dataset, "L" language, "U" url, "NM"/"ND" introduced here


def _gazetteer_names(name: str) -> list[str]:
    names = []
    for line in (DATA_DIR / name).read_text(encoding="utf-8").splitlines()[1:]:
        if line and not line.startswith("#"):
            first = line.split("\t", 1)[0].strip()
            if first and first != "name":
                names.append(first)
    return sorted(set(names))


def _slots(extraction) -> dict[str, list[tuple[int, int, str]]]:
    """field -> (start, end, slot) of every name and URL the extractor found in a bundled record.

    The extractor, not a list, decides what is a name: it also finds the novel
    names of the examples ("UniVL"), which would otherwise repeat verbatim in
    thousands of synthetic papers (and all of them would "introduce" UniVL).
    """
    introduced = set(extraction.introduces)
    spans: dict[str, list[tuple[int, int, str]]] = {"title": [], "abstract": []}
    for kind, entities in (("M", extraction.models), ("D", extraction.datasets), ("L", extraction.languages)):
        for entity in entities:
            slot = "N" + kind if kind != "L" and entity.name in introduced else kind
            for m in entity.mentions:
                if m.field in spans:
                    spans[m.field].append((m.start, m.end, slot))
    for link in extraction.links:
        for m in link.mentions:
            if m.field in spans:
                spans[m.field].append((m.start, m.end, "U"))
    return spans


def _template(text: str, spans: list[tuple[int, int, str]]) -> Template:
    """`text` with the non-overlapping `spans` (longest first at a position) cut out as slots."""
    parts, slots, pos = [], [], 0
    for start, end, slot in sorted(spans, key=lambda s: (s[0], -s[1], not s[2].startswith("N"))):
        if start < pos or end > len(text) or start >= end:
            continue
        if slot in ("M", "D") and INTRO_HINT.search(text[max(0, start - 80):start]):
            slot = "N" + slot  # "we propose <slot>": a popular name filled in here would be "introduced"
        parts.append(text[pos:start])
        slots.append(slot)
        pos = end
    parts.append(text[pos:])
    return Template(tuple(parts), tuple(slots))


def _sentence_bounds(text: str) -> list[tuple[int, int]]:
    ends = [m.start() for m in SENTENCE_RE.finditer(text)] + [len(text)]
    return list(zip([0, *ends[:-1]], ends))


def _sentence_templates(text: str, spans: list[tuple[int, int, str]]) -> Iterator[Template]:
    for start, end in _sentence_bounds(text):
        sentence = text[start:end]
        lead = len(sentence) - len(sentence.lstrip())
        inside = [(s - start - lead, e - start - lead, k) for s, e, k in spans if start <= s and e <= end]
        if sentence.strip():
            yield _template(sentence.strip(), inside)


def _example_slots(records: list) -> list[dict[str, list[tuple[int, int, str]]]]:
    """Slots of every bundled record, found by the Extractor in two contexts, then by spelling.

    1. the record as a whole (title + abstract);
    2. each abstract sentence alone, as the generator will use it: a sentence lifted out
       of its paper can make the extractor see a name (and an introduction: "we propose
       VLP") that it did not see in the whole record;
    3. the name before the colon of a title ("ProKD: ..."), whatever the extractor decided;
    4. (in `_template`) a slot right after an introducing phrase ("we propose X");
    5. every other literal occurrence of a name introduced anywhere in 1-3, in any record:
       a verbatim copy left in a sentence would be "introduced" again by each paper reusing
       it, and the derived CITES edges (mentioner -> introducer) would grow quadratically.
    """
    from paperkg.extract.pipeline import Extractor
    from paperkg.extract.records import PaperRecord

    extractor = Extractor()
    found = [_slots(extraction) for extraction in extractor.pipe(records)]
    pieces = [(i, start, record.abstract[start:end]) for i, record in enumerate(records)
              for start, end in _sentence_bounds(record.abstract)]
    alone = (PaperRecord(title="Sentence", abstract=text, source=f"synth:{k}") for k, (_, _, text) in enumerate(pieces))
    for (i, offset, text), extraction in zip(pieces, extractor.pipe(alone)):
        found[i]["abstract"].extend((s + offset, e + offset, k) for s, e, k in _slots(extraction)["abstract"])
    for record, spans in zip(records, found):  # "ProKD: An Unsupervised ...": the paper's own name
        own = TITLE_NAME.match(record.title)
        if own:
            spans["title"].append((0, own.end(1), "NM"))
    introduced: dict[str, str] = {}
    for record, spans in zip(records, found):
        for field, text in (("title", record.title), ("abstract", record.abstract)):
            for s, e, slot in spans[field]:
                if slot.startswith("N") and len(text[s:e]) >= 2:
                    introduced.setdefault(text[s:e], slot)
    if introduced:
        alternation = "|".join(re.escape(n) for n in sorted(introduced, key=lambda n: (-len(n), n)))
        pattern = re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])")
        for record, spans in zip(records, found):
            for field, text in (("title", record.title), ("abstract", record.abstract)):
                spans[field].extend((m.start(), m.end(), introduced[m.group()]) for m in pattern.finditer(text))
    return found


def _zipf_cum(n: int) -> list[float]:
    return list(itertools.accumulate(1.0 / (rank + 1) ** ZIPF_S for rank in range(n)))


class Pool:
    """Names drawn with Zipf popularity (rank 0 most popular), reproducibly from the caller's rng."""

    def __init__(self, names: list[str], rng: random.Random) -> None:
        self.names = list(names)
        rng.shuffle(self.names)  # which names are popular depends on the seed
        self.cum = _zipf_cum(len(self.names))

    def draw(self, rng: random.Random) -> str:
        return self.names[bisect.bisect(self.cum, rng.random() * self.cum[-1]) % len(self.names)]


def _invented(rng: random.Random, count: int, suffixes: tuple[str, ...], taken: set[str]) -> list[str]:
    """`count` distinct made-up names ("Kalutron-7B", "ZeqaBench")."""
    out: list[str] = []
    while len(out) < count:
        stem = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3)))
        stem = stem[0].upper() + stem[1:]
        if rng.random() < 0.3:
            stem = stem[:2].upper() + stem[2:]
        name = stem + rng.choice(suffixes)
        if name.lower() not in taken:
            taken.add(name.lower())
            out.append(name)
    return out


class CorpusGenerator:
    """Makes synthetic snapshot rows (see module docstring); `rows(n)` yields them one by one."""

    def __init__(self, n: int, seed: int = 0, examples: Path = EXAMPLES_DIR) -> None:
        self.n, self.seed = n, seed
        self.rng = random.Random(seed)
        models, datasets = _gazetteer_names("models.tsv"), _gazetteer_names("datasets.tsv")
        records = list(read_listings([examples]))
        spans = _example_slots(records)
        titles, sentences = [], []
        for record, found in zip(records, spans):
            titles.append(_template(record.title, found["title"]))
            sentences.extend(_sentence_templates(record.abstract, found["abstract"]))
        self.titles = titles
        self.openers = [t for t in sentences if not t.slots or t.slots[0] != "U"]
        self.sentences = sentences
        # Real ML abstracts name a few models/datasets each; the bundled sentences with a slot are
        # ~16% of all, so they are drawn more often (SLOTTED_SHARE of the picks).
        self.slotted = [t for t in sentences if t.slots]
        rng = self.rng
        taken = {x.lower() for x in (*models, *datasets)}
        # Invented-name pools grow with N: a bigger corpus has more distinct models and datasets.
        self.models = Pool(models, rng)
        self.new_models = Pool(_invented(rng, max(200, n // 25), MODEL_SUFFIXES, taken), rng)
        self.datasets = Pool(datasets, rng)
        self.new_datasets = Pool(_invented(rng, max(100, n // 50), DATASET_SUFFIXES, taken), rng)
        self.languages = Pool(list(LANGUAGES), rng)
        self.taken = taken
        self.fresh_counter = 0
        self.recent: dict[str, collections.deque] = {"M": collections.deque(maxlen=RECENT_INTRODUCED),
                                                      "D": collections.deque(maxlen=RECENT_INTRODUCED)}
        self.orgs = Pool([o.lower() for o in _invented(rng, max(100, n // 40), ("", "-lab", "ai", "-nlp"), set())],
                         rng)

    # -- filling slots ----------------------------------------------------------------------------

    def _model(self) -> str:
        roll = self.rng.random()
        if roll < MENTION_RECENT and self.recent["M"]:
            return self.rng.choice(self.recent["M"])
        return (self.models if roll < 0.6 else self.new_models).draw(self.rng)

    def _dataset(self) -> str:
        roll = self.rng.random()
        if roll < MENTION_RECENT and self.recent["D"]:
            return self.rng.choice(self.recent["D"])
        return (self.datasets if roll < 0.6 else self.new_datasets).draw(self.rng)

    def _introduced(self, kind: str) -> str:
        """A name no other paper of the corpus introduces: a counter spelled in syllables."""
        while True:
            # A multiplier coprime to 70**4 spreads consecutive counters over the syllables.
            number = self.fresh_counter * FRESH_SPREAD % len(FRESH_SYLLABLES) ** 4
            self.fresh_counter += 1
            syllables = []
            for _ in range(4):
                number, digit = divmod(number, len(FRESH_SYLLABLES))
                syllables.append(FRESH_SYLLABLES[digit])
            name = "".join(syllables).capitalize() + ("" if kind == "M" else "Bench")
            if name.lower() not in self.taken:
                break
        self.recent[kind].append(name)
        return name

    def _url(self) -> str:
        rng, org = self.rng, self.orgs.draw(self.rng)
        roll = rng.random()
        if roll < 0.55:
            return f"https://github.com/{org}/{_slug(self._model()).lower()}"
        if roll < 0.75:
            return f"https://huggingface.co/{org}/{_slug(self._model())}"
        if roll < 0.85:
            return f"https://huggingface.co/datasets/{org}/{_slug(self._dataset()).lower()}"
        return f"https://{org}.github.io/{_slug(self._model()).lower()}/"

    def _fill(self, template: Template) -> str:
        fill = {"M": self._model, "D": self._dataset, "L": lambda: self.languages.draw(self.rng), "U": self._url,
                "NM": lambda: self._introduced("M"), "ND": lambda: self._introduced("D")}
        out = [template.parts[0]]
        for slot, part in zip(template.slots, template.parts[1:]):
            out.append(fill[slot]())
            out.append(part)
        return "".join(out)

    # -- rows -------------------------------------------------------------------------------------

    def _abstract(self) -> str:
        rng = self.rng
        sentences = [self._fill(rng.choice(self.openers))]
        for _ in range(rng.randint(3, 8)):
            pool = self.slotted if rng.random() < SLOTTED_SHARE else self.sentences
            sentences.append(self._fill(rng.choice(pool)))
        if rng.random() < 0.33:
            sentences.append(rng.choice(LINK_SENTENCES).format(url=self._url()))
        return " ".join(sentences)

    def _authors(self) -> list[tuple[str, str]]:
        rng = self.rng
        return [(rng.choice(LAST), rng.choice(FIRST)) for _ in range(rng.randint(1, 6))]

    def row(self, i: int) -> dict:
        """Paper `i` (0-based) of the corpus; call in order: rows share one random stream."""
        rng = self.rng
        authors = self._authors()
        names = [f"{first} {last}" for last, first in authors]
        month = i // 20_000  # arXiv-style ids: yymm.nnnnn, 20k papers a month from 2015-01
        year, mon = 2015 + month // 12, month % 12 + 1
        created = dt.datetime(year, mon, 1 + (i % 28), 9 + i % 9, i % 60, 0)
        updated = created + dt.timedelta(days=rng.randint(0, 400))
        return {
            "id": f"{year % 100:02d}{mon:02d}.{i % 20_000 + 1:05d}",
            "submitter": names[0],
            "authors": ", ".join(names[:-1]) + (" and " if len(names) > 1 else "") + names[-1],
            "title": _wrap(self._fill(rng.choice(self.titles)), indent=""),
            "comments": f"{rng.randint(4, 30)} pages" if rng.random() < 0.6 else None,
            "journal-ref": None,
            "doi": None,
            "report-no": None,
            "categories": " ".join(sorted(set(rng.sample(CATEGORIES, rng.randint(1, 3))))),
            "license": None,
            "abstract": _wrap(self._abstract(), indent="  ") + "\n",
            "versions": [{"version": "v1", "created": created.strftime("%a, %d %b %Y %H:%M:%S GMT")}],
            "update_date": updated.date().isoformat(),
            "authors_parsed": [[last, first, ""] for last, first in authors],
        }

    def rows(self) -> Iterator[dict]:
        for i in range(self.n):
            yield self.row(i)


def _slug(name: str) -> str:
    """A name as a URL path segment ("Bing Translator" -> "Bing-Translator")."""
    return SLUG_RE.sub("-", name).strip("-") or "x"


def _wrap(text: str, indent: str) -> str:
    """Hard line-wraps like the snapshot's (textwrap is several times slower for no gain here)."""
    lines, line = [], indent
    for word in text.split():
        if len(line) + len(word) > LINE_WIDTH and line.strip():
            lines.append(line)
            line = ""
        line = f"{line} {word}" if line.strip() else line + word
    lines.append(line)
    return "\n".join(lines)


def generate(n: int, seed: int = 0) -> Iterator[dict]:
    """The n rows of corpus `seed`, streaming."""
    return CorpusGenerator(n, seed).rows()


def write_corpus(path: str | Path, n: int, seed: int = 0) -> int:
    """Write corpus (n, seed) as JSON Lines to `path` (".gz": gzip), atomically, line by line; returns n."""
    path = Path(path)
    lines = (orjson.dumps(row, option=orjson.OPT_APPEND_NEWLINE) for row in generate(n, seed))
    with atomic_write(path, "wb") as handle:
        if path.suffix == ".gz":
            with gzip.GzipFile(fileobj=handle, mode="wb", compresslevel=1, mtime=0) as gz:
                gz.writelines(lines)
        else:
            # Buffered by the file object; writelines pulls one line at a time from the generator.
            handle.writelines(lines)
    return n


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write a synthetic arXiv-snapshot corpus (JSON Lines).")
    parser.add_argument("-n", type=int, required=True, help="number of abstracts")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("-o", "--output", type=Path, required=True, help="output .jsonl (or .jsonl.gz)")
    args = parser.parse_args(argv)
    if args.n < 1:
        parser.error("-n must be at least 1")
    write_corpus(args.output, args.n, args.seed)
    print(f"{args.n} abstracts -> {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
