"""ACL Anthology XML: `<collection id="2023.acl"><volume id="long"><paper id="1">`.

The ACL id is built as the Anthology builds it: new-style collections give
"2023.acl-long.1"; old-style ones ("P19", "W19") give "P19-1001" / "W19-3801".
Titles and abstracts carry inline markup (`<fixed-case>`, `<tex-math>`,
`<url>`): its text is kept, the tags dropped. Papers with Code's `<pwccode>`
and `<pwcdataset>` become `CuratedItem`s: links and datasets stated by the
metadata, not by the text. The volume's `<meta>` year (and month) is the date,
as the listing gives no other ("2023-07", ISO 8601 with reduced precision).
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from paperkg.extract.records import CuratedItem, PaperRecord
from paperkg.extract.text import clean_text

from . import fields
from .base import ReadContext
from .xmlstream import iter_events, text_of

ANTHOLOGY_URL = "https://aclanthology.org/"
_OLD_STYLE = re.compile(r"[A-Z]\d{2}")


def anthology_id(collection: str, volume: str, paper: str) -> str:
    """The Anthology's paper id from the three XML ids."""
    if _OLD_STYLE.fullmatch(collection) and volume.isdigit() and paper.isdigit():
        if collection.startswith("W"):
            return f"{collection}-{int(volume):02d}{int(paper):02d}"
        return f"{collection}-{int(volume):01d}{int(paper):03d}"
    return f"{collection}-{volume}.{paper}"


def read_acl_xml(ctx: ReadContext) -> Iterator[PaperRecord]:
    """Records of an ACL Anthology collection (or volume) XML file."""
    collection = volume = ""
    volume_date: str | None = None
    volume_year: int | None = None
    paper_line = 0
    root = current_volume = None
    for event, element, line in iter_events(ctx.path):
        tag = element.tag
        if event == "start":
            if root is None:
                root = element
                if tag not in ("collection", "volume"):
                    raise ctx.error(line, f"not an ACL Anthology file (root element <{tag}>)")
            if tag == "collection":
                collection = element.get("id", "")
            elif tag == "volume":
                volume, volume_date, volume_year = element.get("id", ""), None, None
                current_volume = element
            elif tag == "paper":
                paper_line = line
            continue
        if tag == "meta":
            year = (element.findtext("year") or "").strip()
            if year.isdigit():
                volume_year = int(year)
                month = fields.MONTHS.get((element.findtext("month") or "").strip()[:3].lower())
                volume_date = f"{year}-{month:02d}" if month else year
        elif tag == "paper":
            record = _paper_record(element, ctx, paper_line, (collection, volume), volume_date, volume_year)
            if record is not None:
                yield record
            element.clear()
            if current_volume is not None and len(current_volume) and current_volume[-1] is element:
                del current_volume[-1]  # memory holds one paper at a time, however long the volume
        elif tag == "volume" and root is not None and root is not element:
            root.clear()  # drop the finished volume


def _paper_record(paper: Any, ctx: ReadContext, line: int, where: tuple[str, str],
                  date: str | None, year: int | None) -> PaperRecord | None:
    collection, volume = where
    acl = anthology_id(collection, volume, paper.get("id", "")) if collection and paper.get("id") else None
    title = clean_text(text_of(paper.find("title")))
    abstract = clean_text(text_of(paper.find("abstract")))
    missing = [name for name, value in (("title", title), ("abstract", abstract)) if not value]
    if missing:
        ctx.skip(line, f"paper {acl or '?'} has no {' and no '.join(missing)}")
        return None
    ids: dict[str, str] = {}
    if acl:
        ids["acl"] = acl
    found_doi = fields.doi(paper.findtext("doi"))
    if found_doi:
        ids["doi"] = found_doi
    url = (paper.findtext("url") or "").strip() or None
    if url and not url.startswith(("http://", "https://")):
        url = ANTHOLOGY_URL + url
    authors = []
    for author in paper.findall("author"):
        name = " ".join(clean_text(text_of(author.find(part))) for part in ("first", "last"))
        if name.strip():
            authors.append(name.strip())
    curated = []
    for code in paper.findall("pwccode"):
        href = (code.get("url") or "").strip()
        if href:
            curated.append(CuratedItem("link", href, clean_text(text_of(code)) or None, url=href))
    for dataset in paper.findall("pwcdataset"):
        name = clean_text(text_of(dataset))
        if name:
            curated.append(CuratedItem("dataset", name, name, url=(dataset.get("url") or "").strip() or None))
    properties: dict[str, Any] = {}
    if year:
        properties["year"] = year
    pages = clean_text(paper.findtext("pages"))
    if pages:
        properties["pages"] = pages
    return PaperRecord(title=title, abstract=abstract, source=ctx.where(line), ids=ids, url=url, date=date,
                       authors=authors, properties=properties, curated=curated)
