"""Field normalization shared by the readers: identifiers, dates, author lists.

Identity comes from external ids when the listing gives them, so the same
paper read from an arXiv feed, an ACL volume and a CSV file gets one key. The
normalizers return None for anything that does not look like the id, rather
than inventing a key from a malformed value.
"""
from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from typing import Any

_ARXIV_NEW = re.compile(r"(\d{4}\.\d{4,5})(?:v\d+)?")
_ARXIV_OLD = re.compile(r"([a-z][a-z-]*(?:\.[A-Z]{2})?/\d{7})(?:v\d+)?")
_ARXIV_PREFIX = re.compile(r"^(?:arxiv:|https?://(?:www\.|export\.)?arxiv\.org/(?:abs|pdf)/)", re.IGNORECASE)
_DOI_PREFIX = re.compile(r"^(?:doi:\s*|https?://(?:dx\.)?doi\.org/)", re.IGNORECASE)
_DOI = re.compile(r"10\.\d{4,9}/\S+")
_ACL_NEW = re.compile(r"\d{4}\.[a-z0-9]+-[a-z0-9]+\.\d+")
_ACL_OLD = re.compile(r"[A-Z]\d{2}-\d{4}")
_ACL_PREFIX = re.compile(r"^https?://(?:www\.)?aclanthology\.org/|^https?://(?:www\.)?aclweb\.org/anthology/",
                         re.IGNORECASE)

MONTHS = {m: i for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}
_MONTH_DAY_YEAR = re.compile(r"([A-Za-z]{3})[a-z]*\.? (\d{1,2})(?:, (\d{4}))?")


def arxiv_id(value: Any) -> str | None:
    """'arXiv:2211.01786v2', 'http://arxiv.org/abs/2211.01786v2', '2211.01786' -> '2211.01786'."""
    if not isinstance(value, str):
        return None
    text = _ARXIV_PREFIX.sub("", value.strip())
    if text.endswith(".pdf"):
        text = text[:-4]
    for pattern in (_ARXIV_NEW, _ARXIV_OLD):
        match = pattern.fullmatch(text)
        if match:
            return match.group(1)
    return None


def doi(value: Any) -> str | None:
    """'https://doi.org/10.18653/v1/2023.acl-long.1' or 'doi:10.x/y' -> '10.18653/v1/2023.acl-long.1'."""
    if not isinstance(value, str):
        return None
    text = _DOI_PREFIX.sub("", value.strip()).rstrip(".")
    return text if _DOI.fullmatch(text) else None


def acl_id(value: Any) -> str | None:
    """'2023.acl-long.1', 'P19-1001' or their aclanthology.org URLs (with or without '.pdf')."""
    if not isinstance(value, str):
        return None
    text = _ACL_PREFIX.sub("", value.strip()).rstrip("/")
    if text.endswith(".pdf"):
        text = text[:-4]
    return text if (_ACL_NEW.fullmatch(text) or _ACL_OLD.fullmatch(text)) else None


def ids_from(value: Any) -> dict[str, str]:
    """Whichever known id scheme a free-form id or URL is in: {"arxiv": ...} / {"doi": ...} / {"acl": ...}."""
    for scheme, normalize in (("arxiv", arxiv_id), ("doi", doi), ("acl", acl_id)):
        found = normalize(value)
        if found:
            return {scheme: found}
    return {}


def iso_date(value: Any) -> str | None:
    """A date as 'YYYY-MM-DD' from ISO dates/datetimes, RFC 2822 ('Mon, 2 Apr 2007 ...') or 'Nov 3, 2022'.

    Dates without a year ('Jan 7') give None: the year is not stated and not guessed.
    """
    if isinstance(value, (date, datetime)):
        return value.strftime("%Y-%m-%d")
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    try:
        return date.fromisoformat(text[:10]).isoformat()
    except ValueError:
        pass
    match = _MONTH_DAY_YEAR.fullmatch(text)
    if match:
        return month_day_year(*match.groups())
    try:
        return parsedate_to_datetime(text).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def month_day_year(month: str, day: str, year: str | None) -> str | None:
    """('Nov', '3', '2022') -> '2022-11-03'; None without a year or for an impossible date."""
    number = MONTHS.get(month[:3].lower())
    if not number or not year:
        return None
    try:
        return date(int(year), number, int(day)).isoformat()
    except ValueError:
        return None


def split_authors(value: Any) -> list[str]:
    """Author names from a list, or from a string "A; B", "A and B", "A, B and C".

    Commas split only when every part looks like a full name (has a space), so
    "Smith, J. and Doe, K." stays two authors in "Last, First" form.
    """
    if value is None:
        return []
    if isinstance(value, (list, tuple)):
        names = []
        for item in value:
            if isinstance(item, dict):
                item = item.get("name") or " ".join(
                    str(item[k]) for k in ("first", "given", "last", "family") if item.get(k))
            elif isinstance(item, (list, tuple)):  # arXiv authors_parsed: [last, first, suffix]
                item = " ".join(str(p) for p in (*item[1:2], *item[:1], *item[2:3]) if p)
            if isinstance(item, str) and item.strip():
                names.append(" ".join(item.split()))
        return names
    if not isinstance(value, str):
        return []
    text = " ".join(value.split())
    if not text:
        return []
    if ";" in text:
        parts = text.split(";")
    else:
        parts = re.split(r",?\s+and\s+", text)
        comma_parts = [p for part in parts for p in part.split(",")]
        if len(comma_parts) > len(parts) and all(" " in p.strip() for p in comma_parts):
            parts = comma_parts
    return [p.strip() for p in parts if p.strip()]
