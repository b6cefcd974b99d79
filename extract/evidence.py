"""Cheap text geometry shared by the extractors: sentences, glued chunks, word windows.

Everything works on plain strings with compiled regexes (C speed) and only
around the few places where something was found, instead of running a
sentencizer over every document.
"""
from __future__ import annotations

import re
from bisect import bisect_right

from .results import Mention

# A sentence ends at . ! ? followed by space and an upper-case letter/digit/quote/bracket.
_SENT_END = re.compile(r"[.!?](?=\s+[\"'(\[A-Z0-9])")
# The same, capturing how far the lookahead reads (see `SentenceIndex`).
_SENT_MARK = re.compile(r"[.!?](?=(\s+[\"'(\[A-Z0-9]))")
# Characters that end a "glued" chunk (a name with its hyphenated/sized parts).
CHUNK_STOP = frozenset(" \t\n\r,;:()[]{}\"'“”‘’<>=|!?—")
_WORD = re.compile(r"[\w][\w.+'’-]*[\w+]|[\w]")
# Between two coordinated names (use with fullmatch): "X, Y", "X and Y", "X, and Y", "X or Y", "X/Y".
LIST_GAP = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+|/")


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """(start, end) of the sentence of `text` around [start, end)."""
    left = 0
    for match in _SENT_END.finditer(text, 0, start + 1):  # +1: the lookahead must see a capital at `start`
        left = match.end()
    right_match = _SENT_END.search(text, end)
    right = right_match.end() if right_match else len(text)
    while left < right and text[left].isspace():
        left += 1
    return left, right


def sentence_index(text: str) -> SentenceIndex:
    """The `SentenceIndex` of `text`, shared by the stages that look at one paper in turn
    (mentions, then relations): the last few texts are kept, so each field is scanned once."""
    index = _RECENT.get(text)
    if index is None:
        if len(_RECENT) >= 8:
            _RECENT.clear()
        index = _RECENT[text] = SentenceIndex(text)
    return index


class SentenceIndex:
    """`sentence_bounds` for many spans of one text from a single regex pass.

    `sentence_bounds` scans from the text start for every span; here each sentence end is
    kept with the offset its lookahead reads up to (`reach`): the scan that stops at
    `start + 1` finds exactly the ends whose reach is within it, so bisecting gives the
    same bounds."""

    def __init__(self, text: str):
        self.text = text
        self.ends: list[int] = []
        self.reach: list[int] = []
        self._strings: dict[tuple[int, int], str] = {}
        for match in _SENT_MARK.finditer(text):
            self.ends.append(match.end())
            self.reach.append(match.end(1))

    def bounds(self, start: int, end: int) -> tuple[int, int]:
        text = self.text
        k = bisect_right(self.reach, start + 1)
        left = self.ends[k - 1] if k else 0
        j = bisect_right(self.ends, end)  # first end after `end`: a mark at or after `end`
        right = self.ends[j] if j < len(self.ends) else len(text)
        while left < right and text[left].isspace():
            left += 1
        return left, right

    def sentence(self, left: int, right: int) -> str:
        """text[left:right].strip(), one string object per sentence: the mentions of one
        sentence share it (less memory in the graph's evidence, smaller worker results)."""
        key = (left, right)
        found = self._strings.get(key)
        if found is None:
            found = self._strings[key] = self.text[left:right].strip()
        return found


_RECENT: dict[str, SentenceIndex] = {}


def sentence_ends(text: str) -> list[int]:
    """Offsets just after each sentence-final punctuation mark, in order."""
    return [m.end() for m in _SENT_END.finditer(text)]


def chunk_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Grow [start, end) to the whole glued chunk ("Llama-2-7b-chat"), minus trailing dots."""
    while start > 0 and text[start - 1] not in CHUNK_STOP:
        start -= 1
    n = len(text)
    while end < n and text[end] not in CHUNK_STOP:
        end += 1
    while end > start and text[end - 1] in ".-/":
        end -= 1
    if text.endswith(("'s", "’s"), start, end) and end - start > 2:
        end -= 2
    return start, end


def words_before(text: str, start: int, count: int, floor: int = 0) -> list[str]:
    """Up to `count` words before `start` (nearest last), not crossing `floor`."""
    window = text[max(floor, start - 12 * count):start]
    return _WORD.findall(window)[-count:]


def lower_words_before(text: str, start: int, count: int, floor: int = 0) -> list[str]:
    """`words_before(...)` lower-cased. An ASCII window is lower-cased once instead of word
    by word (lower() keeps ASCII character classes, so the words are the same)."""
    window = text[max(floor, start - 12 * count):start]
    if window.isascii():
        return _WORD.findall(window.lower())[-count:]
    return [w.lower() for w in _WORD.findall(window)[-count:]]


def words_after(text: str, end: int, count: int, ceiling: int | None = None) -> list[str]:
    """Up to `count` words after `end`, not crossing `ceiling`."""
    stop = len(text) if ceiling is None else ceiling
    return _WORD.findall(text[end:min(stop, end + 12 * count)])[:count]


class FieldMapper:
    """Turns offsets in "title\\nabstract" into Mentions of the right field with their sentence."""

    def __init__(self, title: str, abstract: str):
        self.title = title
        self.abstract = abstract
        self.split = len(title) + 1
        self._sentences: dict[str, SentenceIndex] = {}  # per field, built on first mention

    def mention(self, start: int, end: int) -> Mention:
        if start < self.split:
            text, field, offset = self.title, "title", 0
        else:
            text, field, offset = self.abstract, "abstract", self.split
        s, e = start - offset, end - offset
        index = self._sentences.get(field)
        if index is None:
            index = self._sentences[field] = sentence_index(text)
        left, right = index.bounds(s, e)
        return Mention(text=text[s:e], field=field, start=s, end=e, sentence=index.sentence(left, right))


_REFERENCE_RE = re.compile(
    r"\((?:e\.g\.,?\s*|see\s+)?[A-Z][\w'’-]+(?:\s(?:et al\.|and|&)\s?(?:[A-Z][\w'’-]+)?)?,?\s\d{4}[a-z]?"
    r"(?:;\s*[A-Z][\w'’-]+(?:\s(?:et al\.|and|&)\s?(?:[A-Z][\w'’-]+)?)?,?\s\d{4}[a-z]?)*\)"
    r"|[A-Z][\w'’-]+\s(?:et al\.|and [A-Z][\w'’-]+)\s\(\d{4}[a-z]?\)"
)
# (focus, substrings one of which every match has once lower-cased, pattern): the substring
# test rejects most texts at str.find speed. Probes avoid i/k/s, which IGNORECASE also
# matches as ı/İ/K/ſ (lower() keeps those as they are).
_FOCUS = (
    ("multilingual", ("ngual", "y language"), re.compile(r"\b(?:multi-?lingual|cross-?lingual|many languages)", re.IGNORECASE)),
    ("low-resource", ("ource",), re.compile(r"\b(?:low|under)[- ]resource[d]?\b", re.IGNORECASE)),
)
# Every citation `_REFERENCE_RE` matches ends in a year and ")": a cheap necessary condition
# (written from the ")" so the engine scans for that literal, not for digits).
_YEAR_CLOSE = re.compile(r"\)(?:(?<=\d{4}\))|(?<=\d{4}[a-z]\)))")


def citation_spans(text: str) -> list[tuple[int, int]]:
    """Where the citations of `find_references` are: "(Rösiger, 2018)" names an author, never a model."""
    if not _YEAR_CLOSE.search(text):
        return []
    return [m.span() for m in _REFERENCE_RE.finditer(text)]


def find_references(text: str) -> list[str]:
    """Explicit citation strings: "(Singh et al., 2019)", "Li et al. (2023)"."""
    if not _YEAR_CLOSE.search(text):
        return []
    return list(dict.fromkeys(m.group(0) for m in _REFERENCE_RE.finditer(text)))


def find_focus(text: str) -> list[str]:
    """Paper-level focus the text states ("multilingual", "low-resource")."""
    lowered = text.lower()
    return [name for name, probes, pattern in _FOCUS if _mentions(text, lowered, probes, pattern)]


def _mentions(text: str, lowered: str, probes: tuple[str, ...], pattern: re.Pattern[str]) -> bool:
    """`pattern.search(text)`, run only in small windows around the probes: every match
    holds a probe, at most 9 characters after its start and ending at most 1 after it
    (window end 4 past: a trailing \\b still sees the next character)."""
    if len(lowered) != len(text):  # lower() grew a character ("İ"): offsets differ
        return pattern.search(text) is not None
    for probe in probes:
        at = lowered.find(probe)
        while at >= 0:
            if pattern.search(text, max(0, at - 9), at + len(probe) + 4):
                return True
            at = lowered.find(probe, at + 1)
    return False
