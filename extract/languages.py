"""Natural languages named in a paper: lexicon, code pairs, ISO 639-3 / BCP-47 codes.

Why a lexicon and not `langcodes.find` on every capitalised word: `find` is
forgiving on purpose ("Turkic" -> Turkish, "Java" -> Javanese, "Indic" ->
Hindi), which is exactly wrong for extraction. So the lexicon is built once per
process from the IANA subtag registry shipped with `language_data` (no network):

* only individual languages and macrolanguages -- registry `collection`
  entries (families and groups: "Romance", "Turkic", "Bantu", "Indic") are
  never names we extract;
* every ISO 639-1 language (the ones papers name without further context) plus
  languages with at least `MIN_POPULATION` speakers; short names of small
  languages that double as English words or surnames ("Dan", "Mon", "Yao",
  "Fur") are only accepted in "the X language" context (`contextual_language`).

Names keep the registry's English descriptions, so dialects/varieties listed
there ("Egyptian Arabic", "Swiss German") match as written, with their base
language as an alias. Other English names of the same languages come from
`language_data`'s English name index ("Luganda", "Kirundi", "Toba Batak",
"Sesotho"); the one-word ones among them are often place or people words
("Scottish", "Moore"), so they count only in a list of languages or as "the X
language", like the ambiguous short names. The names (5 letters or more) of the
languages under `MIN_POPULATION` are looked up only next to accepted languages in
a list ("Asháninka, Aymara, Bribri, Guaraní"), or as "the X language".
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import langcodes
import language_data
from language_data.names import load_trie
from language_data.util import data_filename

from .evidence import LIST_GAP

MIN_POPULATION = 1_000_000
# Short lexicon names that are ordinary English words, given names or common
# surnames: they only count with explicit context ("the Fur language").
AMBIGUOUS_NAMES = frozenset({
    "Afar", "Are", "Bit", "Dan", "Edo", "Even", "Fon", "Fur", "Ga", "Ho", "Ido", "Kuy", "Lao", "Mon",
    "Sena", "Shan", "Teso", "Tiv", "Yao", "Meru", "Soga", "Susu", "Embu", "Garo", "Gayo", "Laki",
    "Bini", "Pedi", "Lisu", "Naxi", "Nuer", "Pali", "Twi", "Manx", "Iban", "Cree", "Komi", "Dari",
    "Krio", "Lozi", "Ndau", "Tulu", "Zaza", "Duala", "Ewe", "Mende", "Bemba", "Luba", "Ngaju",
    "Sango", "Kongo", "Kamba", "Haya", "Nyanja", "Tonga", "Magahi", "Judeo", "Sunda", "Malay",
    "Hmong", "Wolof", "Fula", "Fulah", "Luo", "Venda", "Swati", "Bikol", "Ilocano", "Berber", "Occidental",
})
# ...except these, which papers routinely name without "language".
UNAMBIGUOUS_OVERRIDE = frozenset({"Malay", "Hmong", "Wolof", "Fula", "Fulah", "Luo", "Ewe", "Dari", "Tulu",
                                  "ASL", "BSL"})
# Names people write that the registry spells differently.
EXTRA_NAMES = {
    "Farsi": "fa", "Mandarin": "cmn", "Panjabi": "pa", "Filipino": "fil", "Tagalog": "tl",
    "Sinhalese": "si", "Kiswahili": "sw", "Brazilian Portuguese": "pt-BR", "Flemish": "nl-BE",
    "Simplified Chinese": "zh-Hans", "Traditional Chinese": "zh-Hant", "Uyghur": "ug", "Uighur": "ug",
    "Taiwanese": "nan", "Hokkien": "nan", "Pashto": "ps", "Castilian": "es", "Moldovan": "ro",
    "Greek": "el", "Nepali": "ne", "Oriya": "or", "Odia": "or", "Kirghiz": "ky", "Kyrgyz": "ky",
    "Akuapem Twi": "tw", "Asante Twi": "tw",  # (the index files "Akuapem" alone under Akan)
    # Southern African languages by their own names (CLDR autonyms with the noun-class prefix),
    # as papers on them write them; the prefix is also capitalised at a sentence start.
    "isiZulu": "zu", "IsiZulu": "zu", "isiXhosa": "xh", "IsiXhosa": "xh", "isiNdebele": "nr",
    "IsiNdebele": "nr", "siSwati": "ss", "SiSwati": "ss", "chiShona": "sn", "ChiShona": "sn",
    "tshiVenḓa": "ve", "Tshivenḓa": "ve", "Tshivenda": "ve", "Xitsonga": "ts",
    "Modern Standard Arabic": "arb",  # (the registry's "Standard Arabic"; a variety of Arabic)
    "Kurmanji": "kmr",  # (the registry's "Northern Kurdish"; "Sorani", Central Kurdish, is in its index)
    # Sign languages by the abbreviations papers on them write ("an ASL dataset", "DGS glosses").
    "ASL": "ase", "BSL": "bfi", "DGS": "gsg", "Auslan": "asf",
}
# Small languages by the names papers on them write (the AmericasNLP languages), which the
# registry spells otherwise ("Huichol", "Central Tarahumara", "Mezquital Otomi", "Shipibo-Conibo";
# Nahuatl is a collection there): spelling -> (name, code).
SMALL_EXTRA_NAMES = {
    "Wixarika": ("Wixarika", "hch"), "Wixárika": ("Wixarika", "hch"), "Rarámuri": ("Rarámuri", "tar"),
    "Raramuri": ("Rarámuri", "tar"), "Hñähñu": ("Hñähñu", "ote"), "Shipibo-Konibo": ("Shipibo-Konibo", "shp"),
    "Nahuatl": ("Nahuatl", "nah"), "Náhuatl": ("Nahuatl", "nah"),
    "Otomi": ("Otomi", "ote"), "Otomí": ("Otomi", "ote"), "Maya": ("Maya", "yua"),  # (Yucatec Maya)
    "Yorem Nokki": ("Yorem Nokki", "mfy"), "Yoreme Nokki": ("Yoreme Nokki", "mfy"),  # (Mayo)
    "Mboshi": ("Mboshi", "mdw"),  # (the registry's "Mbosi"; the Mboshi-French speech corpus)
}
# English names by registry subtag where the registry's first description is dated and papers
# (and CLDR) write another: "Pushto" -> "Pashto", "Uighur" -> "Uyghur", "Yue Chinese" -> "Cantonese".
PREFERRED_NAMES = {
    "ky": "Kyrgyz", "pa": "Punjabi", "ps": "Pashto", "ug": "Uyghur", "yue": "Cantonese", "ht": "Haitian Creole",
    "nso": "Northern Sotho", "li": "Limburgish", "ace": "Acehnese", "ff": "Fula", "cmn": "Mandarin",
    "lg": "Luganda", "rn": "Kirundi", "rup": "Aromanian", "mfe": "Mauritian Creole",
    "arb": "Modern Standard Arabic", "ny": "Chichewa", "ckb": "Sorani", "kmr": "Kurmanji", "ach": "Acholi",
}
# Words after a language name that make it a script, numeral system or other non-language use.
NON_LANGUAGE_HEADS = frozenset({"script", "scripts", "alphabet", "numerals", "numeral", "transliteration",
                                "american", "america", "americans",
                                "restaurant", "restaurants"})  # a cuisine: "the Chinese restaurant process"
# A script named with another one or as a base: "the Latin and native scripts", "Arabic-based script".
_SCRIPT_AFTER = re.compile(r"(?:-based)?\s*(?:(?:and|or|&)\s+(?:[\w-]+\s+)?)?(?:scripts?|alphabets?)\b", re.IGNORECASE)
# ...and after "Latin", also the letters of its script ("Latin letters"; "Japanese characters" are Japanese).
SCRIPT_HEADS = {"Latin": frozenset({"letters", "characters", "letter", "character"})}
# ...and "non-Latin", with what it is contrasted with: "non-Latin languages such as Thai", "both Latin and
# non-Latin languages" name scripts ("non-English" still names English: annotators list it).
_NON_SCRIPT = re.compile(r"\s+(?:and|or)\s+non-", re.IGNORECASE)
# Capitalised words before "language" that are no language's name ("The language of Hiligaynon").
NOT_LANGUAGE_NAMES = frozenset({"The", "This", "That", "Each", "Every", "Our", "Their", "Its", "One", "Any", "As",
                                "Which", "Same", "Native", "Target", "Source", "New", "Natural", "Official",
                                "First", "Second", "Sign", "Human", "Spoken", "Written", "Programming"})
# Language-pair notation: "Si<->En", "en-de", "En→Fr", "EN->DE", "de/en".
PAIR_RE = re.compile(
    r"(?<![\w-])([A-Za-z]{2})\s?(<->|<=>|↔|⟷|⇔|->|→|⇒|=>|-|–|/)\s?([A-Za-z]{2})(?![\w-])"
)
# Where a pair can be: a separator's first character right after two letters (and an optional
# space) that start a word. Scanning for the separator first is exact (every PAIR_RE match has
# one there) and skips the per-letter attempts of PAIR_RE's leading lookbehind.
_PAIR_SEPARATOR = re.compile(r"[-/–<=↔⟷⇔→⇒](?:(?<=(?<![\w-])[A-Za-z]{2}.)|(?<=(?<![\w-])[A-Za-z]{2}\s.))")
# Words written like a pair of codes: "Hi-Fi" is no Hindi-Finnish.
NOT_PAIRS = frozenset({"hi-fi", "lo-fi"})
ARROWS = frozenset({"<->", "<=>", "↔", "⟷", "⇔", "->", "→", "⇒", "=>"})
# Plain "xx-yy"/"xx/yy" pairs are only trusted when one side is a major language.
MAJOR_CODES = frozenset({"en", "de", "fr", "es", "zh", "ja", "ru", "ar", "pt", "it", "ko", "hi", "cs", "tr"})


@dataclass(frozen=True, slots=True)
class LanguageInfo:
    """A resolved language: English display name, ISO 639-3 code, BCP-47 tag, base language."""

    name: str
    code: str
    tag: str
    base: str | None = None  # English name of the base language for dialects/varieties


def _registry() -> Path:
    return Path(language_data.__file__).resolve().parent / "data" / "language-subtag-registry.txt"


_FIELD_RE = re.compile(r"^(Type|Subtag|Description|Scope|Deprecated|Macrolanguage): (.+)$", re.MULTILINE)


def _clean_description(text: str) -> str:
    return re.sub(r"\s*\(.*?\)", "", text).strip()


def language_lexicon() -> dict[str, LanguageInfo]:
    """Surface name (as capitalised in English) -> LanguageInfo. Built once per process (~0.2 s)."""
    return _lexicon_tables()[0]


def small_languages() -> dict[str, LanguageInfo]:
    """Names (and their ASCII foldings) of languages under `MIN_POPULATION`: only looked up next
    to accepted names in a list of languages, so they need no matcher patterns (7,000 names
    would double the spaCy vocabulary and slow the tokenizer)."""
    return _lexicon_tables()[2]


@lru_cache(maxsize=1)
def _lexicon_tables() -> tuple[dict[str, LanguageInfo], frozenset[str], dict[str, LanguageInfo]]:
    """(lexicon, its one-word other names that need list or "language" context, small languages)."""
    lexicon: dict[str, LanguageInfo] = {}
    small: dict[str, LanguageInfo] = {}  # languages under MIN_POPULATION: named in lists of languages
    for record in _registry().read_text(encoding="utf-8").split("%%"):
        fields: dict[str, list[str]] = {}
        for key, value in _FIELD_RE.findall(record):
            fields.setdefault(key, []).append(value.strip())
        if fields.get("Type") != ["language"] or "Deprecated" in fields:
            continue
        if fields.get("Scope", [""])[0] in {"collection", "special", "private-use"}:
            continue
        code = fields["Subtag"][0]
        if ".." in code:
            continue
        language = langcodes.Language.get(code)
        first = fields.get("Description", [""])[0]
        sign = first.endswith("Sign Language")  # unambiguous names, whatever the population figure
        target = lexicon
        if len(code) != 2 and not sign and language.speaking_population() < MIN_POPULATION:
            target = small
        info = _info(code, first if "(" not in first and "," not in first else None)
        for description in fields.get("Description", []):
            surface = _clean_description(description)
            if not surface or not surface[0].isupper() or surface in target:
                continue
            if target is small and len(surface) < 5:
                continue  # "Are", "Even", "Bit": short names of small languages are mostly words
            target[surface] = info
    by_code = {info.tag: info for info in lexicon.values()}
    for surface, code in EXTRA_NAMES.items():
        lexicon[surface] = by_code.get(code) or _info(code)
    # Varieties written as "<Modifier> <Language>" get their base language: another code
    # ("Egyptian Arabic") or the same code with a region/script ("Brazilian Portuguese").
    for surface, info in list(lexicon.items()):
        head = surface.rsplit(" ", 1)[-1]
        if " " in surface and head in lexicon and (lexicon[head].code, lexicon[head].tag) != (info.code, info.tag):
            lexicon[surface] = LanguageInfo(surface, info.code, info.tag, base=lexicon[head].name)
    contextual = set()
    for surface, tag in _other_english_names({info.tag for info in lexicon.values()}):
        head = lexicon.get(surface.rsplit(" ", 1)[-1])
        if surface not in lexicon and not (head and head.tag == tag):  # "Modern French" adds nothing
            lexicon[surface] = by_code.get(tag) or _info(tag)
            if " " not in surface:
                contextual.add(surface)
    small = {name: info for name, info in small.items() if name not in lexicon}
    for surface, (name, code) in SMALL_EXTRA_NAMES.items():
        small[surface] = _info(code, name)
    small.update({_fold(name): info for name, info in list(small.items()) if _fold(name) not in lexicon})
    return lexicon, frozenset(contextual), small


def _fold(name: str) -> str:
    """ASCII folding of a name: "Asháninka" -> "Ashaninka"."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


# Words that make an index entry a description rather than a name people write.
_DESCRIPTIVE_WORDS = frozenset({"macrolanguage", "language", "individual", "and", "of", "islands"})


def _other_english_names(tags: set[str]) -> Iterator[tuple[str, str]]:
    """(name, tag) of the other English names `language_data` indexes for these tags, written as
    names are ("toba batak" -> "Toba Batak"): Latin letters only, and no place names inside
    ("Bemba Zambia", "Rwanda", "Myanmar" name countries)."""
    names = load_trie(data_filename("trie/en/name_to_language.marisa"))
    places = load_trie(data_filename("trie/en/name_to_territory.marisa"))
    for key in names.keys():
        tag = names[key][0].decode("utf-8")
        words = key.split()
        if tag not in tags or not all(_LATIN_WORD.fullmatch(w) for w in words):
            continue
        if key in places or any(w in places or w in _DESCRIPTIVE_WORDS for w in words):
            continue
        yield " ".join(w[0].upper() + w[1:] for w in words), tag


_LATIN_WORD = re.compile(r"[a-zà-öø-ÿāăąćčďēėęěğīįıķļľłńņňōőœŕřśşšţťūůűųźżžŋ'’]{3,}")


@lru_cache(maxsize=4096)
def _info(code: str, name: str | None = None) -> LanguageInfo:
    """Codes for `code`; the name is PREFERRED_NAMES', else the registry's plain first
    description when it has one ("Bengali", not CLDR's "Bangla"), else langcodes' English
    display name ("Greek")."""
    # normalize=False: CLDR's normalization folds current codes into others ("tl" Tagalog ->
    # "fil" Filipino, "sh" -> "sr-Latn"); the registry's codes are already the right ones.
    language = langcodes.Language.get(code, normalize=False)
    return LanguageInfo(
        # "Luo (Kenya and Tanzania)": the qualifier tells registry entries apart, it is no name
        name=PREFERRED_NAMES.get(code) or name or _clean_description(language.display_name("en")),
        code=language.to_alpha3(),
        tag=language.to_tag(),
    )


def list_only(surface: str) -> bool:
    """Whether a lexicon name counts only in a list of languages or as "the X language": the
    one-word other names ("Kirundi", "Moore")."""
    return surface in _lexicon_tables()[1]


def needs_context(surface: str) -> bool:
    """Whether a lexicon name is too ambiguous to accept without "language" or list context."""
    if surface in UNAMBIGUOUS_OVERRIDE:
        return False
    if surface in AMBIGUOUS_NAMES or list_only(surface):
        return True
    info = language_lexicon().get(surface)
    return info is not None and len(surface) <= 3


@lru_cache(maxsize=4096)
def contextual_language(surface: str) -> LanguageInfo | None:
    """Resolve a name written as "the X language" even outside the lexicon ("Ainu").

    `langcodes.find` is fuzzy, so the result must spell the same name back.
    """
    info = language_lexicon().get(surface)
    if info is not None:
        return info
    try:
        language = langcodes.find(surface)
    except LookupError:
        return None
    if language.display_name("en").casefold() != surface.casefold():
        return None
    return _info(language.language)


def code_pair_languages(text: str) -> list[tuple[LanguageInfo, int, int]]:
    """Languages written as ISO 639-1 codes in pair notation ("Si<->En", "en-de").

    Arrow forms are trusted for any two valid codes; hyphen/slash forms need
    one major language, and both sides written in the same case style, because
    "AI-ML" or "IT/Go" are not language pairs.
    """
    found: list[tuple[LanguageInfo, int, int]] = []
    for match in _pair_matches(text):
        left, sep, right = match.group(1), match.group(2), match.group(3)
        codes = (left.lower(), right.lower())
        if codes[0] == codes[1] or not all(_valid_code(c) for c in codes) or match.group(0).lower() in NOT_PAIRS:
            continue
        if sep not in ARROWS:
            styles = {_style(left), _style(right)}
            if len(styles) != 1 or None in styles or not (set(codes) & MAJOR_CODES):
                continue
            if sep == "-" and _locale(*codes):
                continue
        for i, code in enumerate(codes):
            start, end = match.span(i * 2 + 1)
            found.append((_info(code), start, end))
    if "{" in text:  # "en->{de, es}": one source, a set of targets
        for match in _FANOUT_RE.finditer(text):
            codes = [(code.group(0).lower(), code.start()) for code in _CODE_ANY_CASE.finditer(match.group(0))]
            if len({c for c, _ in codes}) == len(codes) and all(_valid_code(c) for c, _ in codes):
                found.extend((_info(c), match.start() + at, match.start() + at + 2) for c, at in codes)
    return found


_FANOUT_RE = re.compile(r"(?<![\w-])[A-Za-z]{2}\s?(?:<->|<=>|↔|->|→|⇒|=>)\s?\{\s*[A-Za-z]{2}(?:\s*,\s*[A-Za-z]{2})+\s*\}")
_CODE_ANY_CASE = re.compile(r"(?<![A-Za-z])[A-Za-z]{2}(?![A-Za-z])")


@lru_cache(maxsize=1024)
def _locale(language: str, region: str) -> bool:
    """"PT-BR", "ZH-TW", "FR-CA": a language and a region where over a million people speak it
    (CLDR's figures, shipped with language_data), not a pair of languages (no Breton, no Twi).
    English is spoken by a million people in many regions, so "EN-SI" stays English-Sinhala, and a
    major language on the right ("EN-DE", "ES-AR") stays a pair."""
    if language == "en" or region in MAJOR_CODES:
        return False
    tag = langcodes.Language.get(f"{language}-{region.upper()}")
    return tag.territory == region.upper() and tag.speaking_population() >= 1_000_000


def code_list_languages(text: str) -> list[tuple[LanguageInfo, int, int]]:
    """Languages written as a list of three or more lower-case ISO 639-1 codes in a sentence about
    languages ("low-resource languages (e.g., sw, ko, ja)"): each code must be valid, one a major
    language, so lists of short words ("if, so, to") are no languages."""
    found: list[tuple[LanguageInfo, int, int]] = []
    if "languages" not in text or _CODE_LIST_HINT.search(text) is None:
        return found  # (two necessary conditions, fast to scan; the list pattern opens on every lower-case letter)
    for match in _CODE_LIST.finditer(text):
        codes = [(code.group(1), code.start(1)) for code in _CODE.finditer(match.group(0))]
        if not all(_valid_code(c) for c, _ in codes) or not MAJOR_CODES & {c for c, _ in codes}:
            continue
        found.extend((_info(c), match.start() + at, match.start() + at + 2) for c, at in codes)
    return found


_CODE_LIST = re.compile(r"(?<![\w-])[a-z]{2}(?:,\s*(?:and\s+|or\s+)?[a-z]{2}){2,}(?![\w-])")
# Its second and third items, opening on a comma: in every list it finds.
_CODE_LIST_HINT = re.compile(r",\s*(?:and\s+|or\s+)?[a-z]{2},\s*(?:and\s+|or\s+)?[a-z]{2}(?![\w-])")
# (each item of the list: not the "an" of "and zh", nor "or" before the last item, which is no Odia)
_CODE = re.compile(r"(?:^|,\s*(?:and\s+|or\s+)?)([a-z]{2})")


def _pair_matches(text: str) -> list[re.Match[str]]:
    """`PAIR_RE.finditer(text)`, same matches, but only tried where a separator is."""
    matches: list[re.Match[str]] = []
    last = 0
    for sep in _PAIR_SEPARATOR.finditer(text):
        at = sep.start()
        for start in (at - 3, at - 2):  # leftmost first, as finditer; never inside the last match
            if start >= last and start >= 0:
                match = PAIR_RE.match(text, start)
                if match:
                    matches.append(match)
                    last = match.end()
                    break
    return matches


def _style(code: str) -> str | None:
    if code.islower():
        return "lower"
    if code.isupper():
        return "upper"
    if code[0].isupper() and code[1:].islower():
        return "title"
    return None


@lru_cache(maxsize=1024)
def _valid_code(code: str) -> bool:
    return len(code) == 2 and langcodes.tag_is_valid(code) and code in _iso639_1()


@lru_cache(maxsize=1)
def _iso639_1() -> frozenset[str]:
    codes = set()
    for info in language_lexicon().values():
        tag = info.tag.split("-")[0]
        if len(tag) == 2:
            codes.add(tag)
    return frozenset(codes)


# "(the) X language" / "(the) X Y language". Written to start with the capital (a word start:
# the lookbehind is `\b`) so the regex engine skips ahead to capitals; an optional leading
# "the" would not change group 1, the only part used.
_LANGUAGE_WORD = re.compile(r"([A-Z](?<!\w[A-Z])[a-z]+(?: [A-Z][a-z]+)?)\s+language\b(?!\s+model)")
_CITATION_AFTER = re.compile(r"^\s*(?:et al|(?:and|&) [A-Z][\w'-]+,? \(?\d{4}|,\s*\d{4}|\(\d{4})")


def _listed_with_languages(text: str, found: list, doubtful: list) -> list:
    """Ambiguous names ("Lao", "Fon") listed next to accepted languages ("Khmer, Lao, Tamil")
    are languages too; a list is followed both ways, so chains of them count."""
    accepted = sorted(found, key=lambda item: item[1])
    starts = {s for _, s, _ in accepted}
    ends = {e for _, _, e in accepted}
    taken: list = []
    changed = True
    while changed:
        changed = False
        for item in doubtful:
            _, start, end = item
            if start in starts:
                continue
            before = any(LIST_GAP.fullmatch(text, e, start) for e in ends if e <= start and start - e <= 7)
            after = any(LIST_GAP.fullmatch(text, end, s) for s in starts if s >= end and s - end <= 7)
            if before or after:
                taken.append(item)
                starts.add(start)
                ends.add(end)
                changed = True
    return taken


# One or two capitalised words, right after / right before a list separator.
_NAME_AFTER = re.compile(r"[^\W\d_a-z][\w'’-]*(?: [^\W\d_a-z][\w'’-]*)?")
_PAIRED_BEFORE = re.compile(r"(?<![\w'’-])([^\W\d_a-z][\w'’]*)[-–]$")
_NAME_BEFORE = re.compile(rf"(?<![\w'’-])([^\W\d_a-z][\w'’-]*(?: [^\W\d_a-z][\w'’-]*)?)(?:{LIST_GAP.pattern})$")


@lru_cache(maxsize=4096)
def _registered(name: str) -> LanguageInfo | None:
    """A language of the registry without population figures ("Livonian", "Võro"), by its exact
    English name; only asked for names listed next to accepted languages."""
    return None if name in NOT_LANGUAGE_NAMES or len(name) < 3 else contextual_language(name)  # ("U.S.")


# A list said to be of languages: "three polysynthetic languages (A, B and C)", "the languages (involved) are A, B".
_LANGUAGE_LIST_HEAD = re.compile(r"\blanguages\s*(?:\(|:|,?\s*(?:namely|such\s+as|including)\s|"
                                 r"(?:[a-z]+\s+){0,5}?(?:are|were|include)\s)\s*", re.IGNORECASE)


def _small_listed(text: str, found: list) -> list:
    """Small languages listed next to accepted ones ("Asháninka, Aymara, Bribri and Quechua"),
    followed both ways from each accepted name, so chains of them count; a list headed by
    "languages" ("the languages are Bribri, Maya, and Guarani") counts from its first name."""
    small = small_languages()
    spans = [(s, e) for _, s, e in found]
    starts = {s for s, _ in spans}
    out: list = []
    for head in _LANGUAGE_LIST_HEAD.finditer(text) if "anguages" in text else ():
        words = _NAME_AFTER.match(text, head.end())
        if words and words.start() not in starts:
            spans.append((words.start(), words.start()))  # (an empty span: the list's first name is looked up)
    while spans:
        s, e = spans.pop()
        nearby = []
        if s == e:
            nearby.append((s, _NAME_AFTER.match(text, s).group(0)))
        gap = LIST_GAP.match(text, e)
        if gap and (name := _NAME_AFTER.match(text, gap.end())):
            nearby.append((name.start(), name.group(0)))
        before = _NAME_BEFORE.search(text, max(0, s - 60), s)
        if before:
            nearby.append((before.start(1), before.group(1)))
        elif text[s - 1:s] in ("-", "–") and (paired := _PAIRED_BEFORE.search(text, max(0, s - 30), s)) \
                and (paired.group(1) in small or _fold(paired.group(1)) in small):
            nearby.append((paired.start(1), paired.group(1)))  # a pair: "Mboshi-French speech translation"
        for start, words in nearby:
            for name in (words, words.split(" ")[0]) if " " in words else (words,):
                info = small.get(name) or small.get(_fold(name)) or (_registered(name) if name == words else None)
                if info is not None and start not in starts:
                    out.append((info, start, start + len(name)))
                    spans.append((start, start + len(name)))
                    starts.add(start)
                    break
    return out


_ACCENTED_WORD = re.compile(r"\b[^\W\d_a-z][^\W\d_]*[^\x00-\x7f][^\W\d_]*")  # capitalised, non-ASCII


def _accented_names(text: str, starts: set[int], is_excluded: Callable[[str], bool]) -> list:
    """Names written with their own diacritics ("Yorùbá", "Māori") that the lexicon spells in ASCII."""
    lexicon, out = language_lexicon(), []
    for match in _ACCENTED_WORD.finditer(text):
        if match.start() in starts:
            continue
        folded = _fold(match.group(0))
        info = lexicon.get(folded)
        if info is not None and not needs_context(folded) and not is_excluded(folded):
            longer = _small_language_before(text, match.start())
            out.append((*longer, match.end()) if longer else (info, match.start(), match.end()))
    return out


# Prefixes that make the language name after them part of a family's name ("Sino-Tibetan").
_FAMILY_PREFIX = re.compile(r"\b(?:Sino|Indo|Afro|Austro|Niger|Nilo|Tibeto|Uto|Proto)-$")
_SCRIPT_BEFORE = re.compile(r"\b(?:transliterated|romanized|romanised)\s+(?:in)?to\s+$")
_CAPITALISED_BEFORE = re.compile(r"(?:[A-Z][\w'’-]*\s){1,3}$")
_NAME_WORD = re.compile(r"[\w'’-]+")


def _small_language_before(text: str, start: int) -> tuple[LanguageInfo, int] | None:
    """A small language whose name of several words ends in the lexicon name at `start`
    ("Cook Islands Māori": Rarotongan, not New Zealand Māori), named as written, with where its
    name starts; else None."""
    if start < 2 or text[start - 1] != " ":
        return None
    space = text.rfind(" ", 0, start - 1)
    if not text[space + 1:space + 2].isupper():
        return None  # (the usual case, "in English", told cheaply)
    words = _CAPITALISED_BEFORE.search(text, max(0, start - 40), start)
    if words is None:
        return None
    small = small_languages()
    at = words.start()
    word = _NAME_WORD.match(text, start)
    name = text[at:word.end() if word else start]
    first, _, rest = name.partition(" ")
    if first in NOT_LANGUAGE_NAMES:  # "The Cook Islands Māori ..."
        name, at = rest, at + len(first) + 1
    info = small.get(name) or small.get(_fold(name)) if " " in name else None
    # (the whole capitalised run, not a part: "Modern Standard Arabic" is no "Standard Arabic")
    return (LanguageInfo(name, info.code, info.tag), at) if info is not None else None


# An ambiguous name given the role of a language: "using Acholi as the target language".
_AS_A_LANGUAGE = re.compile(r"\s+as\s+(?:the|a|an|our)\s+(?:[\w-]+\s+){0,2}?languages?\b")


def find_languages(text: str, spans: Iterable[tuple[str, int, int]],
                   is_excluded: Callable[[str], bool] = lambda s: False) -> list[tuple[LanguageInfo, int, int]]:
    """Language mentions in `text`: lexicon matches `spans` (lexicon name, start, end), "the X
    language" names, and code pairs. `is_excluded` rejects names the gazetteer knows as
    something else (programming languages)."""
    found: list[tuple[LanguageInfo, int, int]] = []
    doubtful: list[tuple[LanguageInfo, int, int]] = []  # ambiguous names without "language" after
    lexicon = language_lexicon()
    for surface, start, end in spans:
        info = lexicon.get(surface)
        if info is None or is_excluded(surface) or _FAMILY_PREFIX.search(text, max(0, start - 8), start) \
                or _SCRIPT_BEFORE.search(text, max(0, start - 24), start):
            continue  # (a family's name: "the Sino-Tibetan family"; a script: "transliterated to Latin")
        if surface.isupper() and "-" in (text[start - 1:start], text[end:end + 1]):
            continue  # an abbreviation inside a name: the "ASL" of "MS-ASL", "ASL-LEX"
        longer = _small_language_before(text, start)
        if longer is not None:  # "Cook Islands Māori" is Rarotongan, not (New Zealand) Māori
            info, start = longer
        following = text[end:end + 24]
        next_word = following.split(None, 1)[0].lower().strip(".,;:)") if following.strip() else ""
        if next_word in NON_LANGUAGE_HEADS or next_word in SCRIPT_HEADS.get(surface, ()) \
                or _CITATION_AFTER.match(following) or _SCRIPT_AFTER.match(text, end, end + 40):
            continue
        if surface in SCRIPT_HEADS and (text[start - 4:start] == "non-" or _NON_SCRIPT.match(following)):
            continue
        if needs_context(surface) and next_word != "language" and not _AS_A_LANGUAGE.match(text, end, end + 40):
            doubtful.append((info, start, end))
            continue
        found.append((info, start, end))
    found.extend(_listed_with_languages(text, found, doubtful))
    found.extend(_small_listed(text, found))
    if not text.isascii():
        found.extend(_accented_names(text, {s for _, s, _ in found}, is_excluded))
    covered = {(s, e) for _, s, e in found}
    for match in _LANGUAGE_WORD.finditer(text):
        surface = match.group(1)
        start, end = match.span(1)
        words = surface.split()
        if words[0] in NOT_LANGUAGE_NAMES:  # "The language of X"; "The Hiligaynon language": the name
            if len(words) == 1:
                continue
            surface, words, start = words[-1], words[-1:], end - len(words[-1])
        if (start, end) in covered or surface in lexicon or is_excluded(surface):
            continue
        info = contextual_language(surface) or (
            contextual_language(words[-1]) if len(words) > 1 and words[-1] not in NOT_LANGUAGE_NAMES else None)
        if info is not None:
            if len(words) > 1 and info.name == words[-1]:
                start = match.start(1) + len(surface) - len(words[-1])
                end = start + len(words[-1])
            found.append((info, start, end))
    if "ritten in" in text or "ranslat" in text:
        found.extend(_named_by_use(text, {(s, e) for _, s, e in found}, is_excluded))
    found.extend(code_pair_languages(text))
    found.extend(code_list_languages(text))
    found.sort(key=lambda item: item[1])
    return found


# What is done in a language names it as one, the small and the dead ones too: "texts written in
# Sumerian and Akkadian", "translate Akkadian from cuneiform glyphs to English".
_WRITTEN_IN = re.compile(r"ritten\s+in\s+([A-Z][a-z]+)(?:,?\s+(?:and|or)\s+([A-Z][a-z]+))?")
_TRANSLATED = re.compile(r"ranslat(?:e|es|ed|ing)\s+([A-Z][a-z]+)\b(?=[^.;:]{0,60}?\b(?:in)?to\s+[A-Z])")
# (each pattern opens with a literal, which the regex engine scans for; a leading \b, lookbehind or
# alternation would make it try every position. The word's first letter is checked after a match.)


def _named_by_use(text: str, covered: set[tuple[int, int]], is_excluded: Callable[[str], bool]) -> list:
    """Languages, small and dead ones too, named as what a text is written in or translated from;
    names that are also other words (`needs_context`) are left to "the X language"."""
    out = []
    for match in (*_WRITTEN_IN.finditer(text), *_TRANSLATED.finditer(text)):
        if text[match.start() - 1:match.start()] not in ("w", "W", "t", "T") \
                or text[match.start() - 2:match.start() - 1].isalpha():
            continue  # ("rewritten in" is no "written in")
        for group in range(1, match.re.groups + 1):
            name = match.group(group)
            if name is None or match.span(group) in covered or name in NOT_LANGUAGE_NAMES or is_excluded(name) \
                    or needs_context(name) or name in AMBIGUOUS_NAMES:
                continue  # (names that are also other words still need "the X language": "written in Moore's style")
            if _SCRIPT_AFTER.match(text, match.end(group), match.end(group) + 40):
                continue  # a script: "languages written in Latin script"
            info = contextual_language(name)
            if info is not None:
                out.append((info, *match.span(group)))
    return out
