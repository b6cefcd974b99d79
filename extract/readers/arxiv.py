"""arXiv sources: the API's Atom feed, and the metadata snapshot (JSON Lines).

The snapshot is JSON Lines with arXiv's field names (`id`, `authors_parsed`,
`versions`, `update_date`, `categories`), read by the JSON Lines reader with
the arXiv field meaning (`read_arxiv_jsonl`). The Atom feed is XML: one
`<entry>` per paper, id `http://arxiv.org/abs/2211.01786v2` -> "2211.01786"
(the version is dropped: all versions are one paper). arXiv text carries hard
line-wraps and LaTeX, which `clean_text` removes.
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from paperkg.extract.records import PaperRecord
from paperkg.extract.text import clean_text

from . import fields
from .base import ReadContext
from .tabular import read_jsonl
from .xmlstream import iter_events, local, text_of

ATOM = "{http://www.w3.org/2005/Atom}"
ARXIV = "{http://arxiv.org/schemas/atom}"


def read_arxiv_jsonl(ctx: ReadContext) -> Iterator[PaperRecord]:
    """Records of an arXiv metadata snapshot (JSON Lines, possibly gzip-compressed)."""
    return read_jsonl(ctx, arxiv=True)


def read_arxiv_atom(ctx: ReadContext) -> Iterator[PaperRecord]:
    """Records of an arXiv API Atom feed, one per <entry>."""
    entry_line = 0
    root = None
    seen_feed = False
    for event, element, line in iter_events(ctx.path):
        tag = local(element.tag)
        if event == "start":
            if root is None:
                root = element
                if tag != "feed":
                    raise ctx.error(line, f"not an Atom feed (root element <{tag}>)")
                seen_feed = True
            elif tag == "entry" and element.tag == ATOM + "entry":
                entry_line = line
            continue
        if element.tag != ATOM + "entry":
            continue
        record = _entry_record(element, ctx, entry_line)
        if record is not None:
            yield record
        element.clear()
        if root is not None:
            root.clear()  # drop finished entries: memory holds one entry at a time
    if not seen_feed:
        raise ctx.error(None, "not an Atom feed")


def _entry_record(entry: Any, ctx: ReadContext, line: int) -> PaperRecord | None:
    raw_id = (entry.findtext(ATOM + "id") or "").strip()
    if "/api/errors" in raw_id:
        raise ctx.error(line, f"the feed is an arXiv API error: {clean_text(entry.findtext(ATOM + 'summary'))}")
    title = clean_text(text_of(entry.find(ATOM + "title")))
    abstract = clean_text(text_of(entry.find(ATOM + "summary")))
    missing = [name for name, value in (("title", title), ("abstract", abstract)) if not value]
    if missing:
        ctx.skip(line, f"entry has no {' and no '.join(missing)}")
        return None
    ids: dict[str, str] = {}
    arxiv = fields.arxiv_id(raw_id)
    if arxiv:
        ids["arxiv"] = arxiv
    url = f"https://arxiv.org/abs/{arxiv}" if arxiv else (raw_id or None)
    for link in entry.findall(ATOM + "link"):
        if link.get("title") == "doi" and fields.doi(link.get("href")):
            ids.setdefault("doi", fields.doi(link.get("href")))
    found_doi = fields.doi(entry.findtext(ARXIV + "doi"))
    if found_doi:
        ids["doi"] = found_doi
    properties: dict[str, Any] = {}
    updated = fields.iso_date(entry.findtext(ATOM + "updated"))
    if updated:
        properties["update_date"] = updated
    categories = [c.get("term") for c in entry.findall(ATOM + "category") if c.get("term")]
    if categories:
        properties["categories"] = categories
    primary = entry.find(ARXIV + "primary_category")
    if primary is not None and primary.get("term"):
        properties["primary_category"] = primary.get("term")
    for name in ("comment", "journal_ref"):
        value = clean_text(entry.findtext(ARXIV + name))
        if value:
            properties[name] = value
    authors = [clean_text(a.findtext(ATOM + "name")) for a in entry.findall(ATOM + "author")]
    return PaperRecord(title=title, abstract=abstract, source=ctx.where(line), ids=ids, url=url,
                       date=fields.iso_date(entry.findtext(ATOM + "published")) or updated,
                       authors=[a for a in authors if a], properties=properties)
