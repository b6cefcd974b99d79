"""One record from one key/value mapping: a JSON object, a CSV row, an arXiv snapshot line.

The three tabular formats differ only in how rows arrive; the meaning of the
columns is decided here, once. Keys are matched case-insensitively.
"""
from __future__ import annotations

from typing import Any

from paperkg.extract.records import PaperRecord
from paperkg.extract.text import clean_text

from . import fields
from .base import ReadContext

TITLE_KEYS = ("title",)
ABSTRACT_KEYS = ("abstract", "summary")
DATE_KEYS = ("date", "published", "publication_date", "submitted", "created")
URL_KEYS = ("url", "link", "abs_url", "pdf_url")
INT_PROPERTIES = ("upvotes", "authors_count", "citations", "year")
TEXT_PROPERTIES = ("venue", "journal-ref", "journal_ref", "comments", "license", "submitter")


def _get(row: dict[str, Any], *names: str) -> Any:
    for name in names:
        value = row.get(name)
        if value not in (None, ""):
            return value
    return None


def _int(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return None


def record_from_mapping(obj: Any, ctx: ReadContext, line: int, arxiv: bool = False) -> PaperRecord | None:
    """The record a mapping describes, or None after noting a Skip (missing title/abstract, not an object).

    `arxiv`: the mapping is an arXiv metadata snapshot line, so `id` is an arXiv
    id and the first version's date is the paper's date.
    """
    if not isinstance(obj, dict):
        ctx.skip(line, f"expected an object with title and abstract, got {type(obj).__name__}")
        return None
    row = {str(k).strip().lower(): v for k, v in obj.items() if k is not None}
    title = clean_text(_text(_get(row, *TITLE_KEYS)))
    abstract = clean_text(_text(_get(row, *ABSTRACT_KEYS)))
    missing = [name for name, value in (("title", title), ("abstract", abstract)) if not value]
    if missing:
        wrong_type = [name for name, keys in (("title", TITLE_KEYS), ("abstract", ABSTRACT_KEYS))
                      if name in missing and _get(row, *keys) is not None and _text(_get(row, *keys)) is None]
        if wrong_type:
            ctx.skip(line, f"record's {' and '.join(wrong_type)} is not text")
        else:
            ctx.skip(line, f"record has no {' and no '.join(missing)}")
        return None

    ids: dict[str, str] = {}
    raw_id = row.get("id")
    if arxiv:
        found = fields.arxiv_id(raw_id)
        if found:
            ids["arxiv"] = found
    elif raw_id not in (None, ""):
        ids.update(fields.ids_from(str(raw_id)))
    for scheme, keys, normalize in (("arxiv", ("arxiv_id", "arxiv"), fields.arxiv_id),
                                    ("doi", ("doi",), fields.doi),
                                    ("acl", ("acl_id", "acl"), fields.acl_id)):
        found = normalize(_get(row, *keys))
        if found:
            ids.setdefault(scheme, found)
    url = _get(row, *URL_KEYS)
    url = url.strip() if isinstance(url, str) else None
    if url:
        for scheme, value in fields.ids_from(url).items():
            ids.setdefault(scheme, value)
    elif ids.get("arxiv") and arxiv:
        url = f"https://arxiv.org/abs/{ids['arxiv']}"

    properties: dict[str, Any] = {}
    if raw_id not in (None, "") and not ids:
        properties["listing_id"] = str(raw_id)
    date = None
    versions = row.get("versions")
    if arxiv and isinstance(versions, list) and versions and isinstance(versions[0], dict):
        date = fields.iso_date(versions[0].get("created"))
    raw_date = _get(row, *DATE_KEYS)
    date = date or fields.iso_date(raw_date)
    if row.get("update_date"):
        properties["update_date"] = fields.iso_date(row["update_date"]) or str(row["update_date"])
        date = date or properties["update_date"]
    if raw_date is not None and date is None:
        properties["date_text"] = str(raw_date)

    categories = row.get("categories")
    if isinstance(categories, str) and categories.strip():
        properties["categories"] = categories.split()
    elif isinstance(categories, list):
        properties["categories"] = [str(c) for c in categories]
    for key in INT_PROPERTIES:
        value = _int(row.get(key))
        if value is not None:
            properties[key] = value
    for key in TEXT_PROPERTIES:
        value = row.get(key)
        if isinstance(value, str) and value.strip():
            properties[key.replace("-", "_")] = clean_text(value)
    if date is None and properties.get("year"):
        date = str(properties["year"])

    authors_value = row.get("authors_parsed") if arxiv and row.get("authors_parsed") else _get(row, "authors", "author")
    authors = [clean_text(a) for a in fields.split_authors(authors_value)]
    return PaperRecord(title=title, abstract=abstract, source=ctx.where(line), ids=ids, url=url, date=date,
                       authors=[a for a in authors if a], properties=properties)


def _text(value: Any) -> str | None:
    """Titles and abstracts must be text; numbers are tolerated (a CSV title "1984"), containers are not."""
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return None
