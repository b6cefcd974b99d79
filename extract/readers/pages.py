"""Paper listing pages saved as text (the bundled data/examples/*.txt).

Two layouts occur, and one reader handles both because blank lines carry no
meaning in either once page chrome is dropped:

- compact: "title line / abstract line" pairs; the first title may be glued to
  the chrome before it ("SubscribeUniVL: ...").
- "Daily Papers": blank-line separated blocks: title, abstract, then a meta
  block "• N authors", "·", a date "Nov 3, 2022" optionally followed by the
  upvote count ("Apr 5, 2025 2").

A date without a year ("Jan 7") is how the page shows dates of the current
year; that year is not in the file, so it is kept as `date_text` and `date`
stays None rather than guessing. Before the first paper such a line is the
page's own date: chrome.

A record is yielded once the next title (or the end of the file) shows that
its meta block is complete; `source` is the path and line of its title.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from paperkg.extract.records import PaperRecord
from paperkg.extract.text import clean_text

from .base import ReadContext, iter_lines
from .fields import month_day_year

CHROME = frozenset({
    "new", "subscribe", "daily papers", "byak and the research community",
    "get trending papers in your email inbox!", "get trending papers in your email inbox once a day!",
    "get trending papers in your email inbox", "trending papers", "load more", "previous", "next",
})
_GLUED_CHROME = re.compile(r"^(Subscribe)(?=[A-Z0-9])")
_AUTHORS = re.compile(r"[•·*-]?\s*(\d+) authors?", re.IGNORECASE)
_SEPARATOR = re.compile(r"[·•|]")
_DATE = re.compile(r"([A-Z][a-z]{2}) (\d{1,2})(?:, (\d{4}))?(?:\s+(\d+))?")
_UPVOTES = re.compile(r"\d+")


@dataclass
class _Pending:
    line: int
    title: str
    abstract: str | None = None
    properties: dict[str, Any] = field(default_factory=dict)
    date: str | None = None
    has_meta: bool = False


_CHROME_MAX = max(map(len, CHROME))


def _is_chrome(text: str) -> bool:
    return len(text) <= _CHROME_MAX and text.lower() in CHROME  # length first: abstracts are long


def read_pages(ctx: ReadContext) -> Iterator[PaperRecord]:
    """Records of a saved listing page in either layout."""
    pending: _Pending | None = None
    after_chrome = True  # the next title may carry glued chrome ("SubscribeTitle")

    def finish(item: _Pending) -> PaperRecord | None:
        if not item.title:
            ctx.skip(item.line, "empty title")
            return None
        if not item.abstract:
            ctx.skip(item.line, f"title without abstract: {item.title[:60]!r}")
            return None
        return PaperRecord(title=item.title, abstract=item.abstract, source=ctx.where(item.line),
                           date=item.date, properties=item.properties)

    for lineno, raw in iter_lines(ctx.path):
        text = raw.strip()
        if not text:
            continue
        if _is_chrome(text):
            after_chrome = True
            continue
        if pending is not None and pending.abstract is not None and _meta(pending, text):
            continue
        if pending is None and (_DATE.fullmatch(text) or _AUTHORS.fullmatch(text) or _SEPARATOR.fullmatch(text)):
            continue  # the page's own date ("Jan 7") or a stray meta line before any paper
        if pending is not None and pending.abstract is None:
            if _AUTHORS.fullmatch(text) or _SEPARATOR.fullmatch(text):
                pending.abstract = ""  # a meta block right after a title: the abstract is missing
                _meta(pending, text)
            else:
                pending.abstract = clean_text(text)
            continue
        if pending is not None:
            record = finish(pending)
            if record is not None:
                yield record
        if after_chrome:
            text = _GLUED_CHROME.sub("", text)
        after_chrome = False
        pending = _Pending(line=lineno, title=clean_text(text))
    if pending is not None:
        record = finish(pending)
        if record is not None:
            yield record


def _meta(item: _Pending, text: str) -> bool:
    """Take `text` as part of the meta block of `item` if it is one; True when it was."""
    match = _AUTHORS.fullmatch(text)
    if match:
        item.properties["authors_count"] = int(match.group(1))
        item.has_meta = True
        return True
    if _SEPARATOR.fullmatch(text):
        item.has_meta = True
        return True
    match = _DATE.fullmatch(text)
    if match and "date_text" not in item.properties and item.date is None:
        month, day, year, upvotes = match.groups()
        item.date = month_day_year(month, day, year)
        if item.date is None:
            item.properties["date_text"] = f"{month} {day}" + (f", {year}" if year else "")
        if upvotes:
            item.properties["upvotes"] = int(upvotes)
        item.has_meta = True
        return True
    if item.has_meta and _UPVOTES.fullmatch(text) and "upvotes" not in item.properties:
        item.properties["upvotes"] = int(text)
        return True
    return False
