"""Property-based tests: what is written in a format is what the reader gives back; the cleaner is safe."""
from __future__ import annotations

import csv
import io
import os
import json
import tempfile
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from paperkg.extract.readers import ReadReport, read_listings
from paperkg.extract.readers.fields import arxiv_id, doi, split_authors
from paperkg.extract.text import clean_text

# Any text except NUL (a NUL byte marks a file as binary).
TEXT = st.text(st.characters(blacklist_characters="\x00", blacklist_categories=("Cs",)), max_size=80)
# Text with LaTeX/HTML-ish fragments mixed in, to exercise every cleaning rule.
FRAGMENTS = st.sampled_from([
    "\\url{", "}", "{", "\\emph{", "{\\em ", "\\'", '\\"', "$", "&amp;", "&lt;", "&gt;", "&#65;", "<i>", "</i>",
    "<fixed-case>", "</fixed-case>", "\\href{", "~", "\\%", "\\eg", "\n", "  ", "\t", "https://x.org/a", "é",
])
MARKUP_TEXT = st.lists(st.one_of(FRAGMENTS, TEXT), max_size=12).map("".join)
# PAPERKG_HYPOTHESIS_EXAMPLES=3000 for a longer hunt; the default keeps the suite fast.
SETTINGS = settings(max_examples=int(os.environ.get("PAPERKG_HYPOTHESIS_EXAMPLES", "150")), deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])
PAPER = st.tuples(st.one_of(TEXT, MARKUP_TEXT), st.one_of(TEXT, MARKUP_TEXT))


def read_file(name: str, content: str) -> tuple[list, ReadReport]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        path.write_text(content, encoding="utf-8", newline="")
        report = ReadReport()
        try:
            records = list(read_listings([path], report=report))
        except Exception:  # noqa: BLE001 - "nothing usable" is checked by the caller via the report
            records = []
        return records, report


def expected(papers):
    return [(clean_text(t), clean_text(a)) for t, a in papers if clean_text(t) and clean_text(a)]


@SETTINGS
@given(st.lists(PAPER, min_size=1, max_size=5))
def test_jsonl_round_trip(papers):
    content = "".join(json.dumps({"title": t, "abstract": a}, ensure_ascii=False) + "\n" for t, a in papers)
    records, report = read_file("p.jsonl", content)
    assert [(r.title, r.abstract) for r in records] == expected(papers)
    assert len(records) + len(report.skipped) == len(papers)
    assert [int(r.source.rsplit(":", 1)[1]) for r in records] == [
        i + 1 for i, (t, a) in enumerate(papers) if clean_text(t) and clean_text(a)]


@SETTINGS
@given(st.lists(PAPER, min_size=1, max_size=5), st.booleans())
def test_json_array_round_trip(papers, indent):
    content = json.dumps([{"title": t, "abstract": a} for t, a in papers], ensure_ascii=False,
                         indent=2 if indent else None)
    records, report = read_file("p.json", content)
    assert [(r.title, r.abstract) for r in records] == expected(papers)
    assert report.errors == [] or not expected(papers)


@SETTINGS
@given(st.lists(PAPER, min_size=1, max_size=5))
def test_csv_round_trip(papers):
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["title", "abstract"])
    writer.writerows(papers)
    records, report = read_file("p.csv", buffer.getvalue())
    assert [(r.title, r.abstract) for r in records] == expected(papers)


@SETTINGS
@given(MARKUP_TEXT)
def test_clean_text_idempotent_and_normalized(text):
    once = clean_text(text)
    assert clean_text(once) == once
    assert once == once.strip() and "  " not in once and "\n" not in once and "\t" not in once


@SETTINGS
@given(st.text(st.characters(blacklist_characters="\\&<$~{}\x00", blacklist_categories=("Cs",)), max_size=200))
def test_clean_text_keeps_plain_text_verbatim(text):
    assert clean_text(text) == " ".join(text.split())


@SETTINGS
@given(st.from_regex(r"\d{4}\.\d{4,5}", fullmatch=True), st.integers(1, 20),
       st.sampled_from(["", "arXiv:", "https://arxiv.org/abs/", "http://arxiv.org/abs/"]))
def test_arxiv_ids_drop_prefix_and_version(number, version, prefix):
    assert arxiv_id(f"{prefix}{number}v{version}") == number
    assert arxiv_id(f"{prefix}{number}") == number


@SETTINGS
@given(st.from_regex(r"10\.\d{4,6}/[A-Za-z0-9][A-Za-z0-9.\-]{0,20}", fullmatch=True),
       st.sampled_from(["", "doi:", "https://doi.org/", "http://dx.doi.org/"]))
def test_doi_prefixes_dropped(value, prefix):
    assert doi(prefix + value) == value.rstrip(".")


@SETTINGS
@given(st.lists(st.from_regex(r"[A-Z][a-z]{1,8} [A-Z][a-z]{1,10}", fullmatch=True), min_size=1, max_size=6))
def test_author_strings_split_back(names):
    assert split_authors("; ".join(names)) == names
    assert split_authors(names) == names
    if len(names) > 1:
        assert split_authors(", ".join(names[:-1]) + " and " + names[-1]) == names


LINE = st.text(st.characters(blacklist_characters="\x00", blacklist_categories=("Cs", "Zl", "Zp", "Cc")),
               min_size=1, max_size=60).filter(lambda s: clean_text(s) and not _looks_like_page_furniture(s))


def _looks_like_page_furniture(line: str) -> bool:
    from paperkg.extract.readers.pages import _AUTHORS, _DATE, _SEPARATOR, _UPVOTES, CHROME

    text = line.strip()
    return (text.lower() in CHROME or text.startswith("Subscribe") or any(
        p.fullmatch(text) for p in (_AUTHORS, _DATE, _SEPARATOR, _UPVOTES)))


@SETTINGS
@given(st.lists(st.tuples(LINE, LINE, st.none() | st.tuples(st.integers(1, 99), st.dates(date(1000, 1, 1)), st.integers(0, 500))),
                min_size=1, max_size=5), st.booleans())
def test_pages_round_trip(papers, chrome):
    """Any title/abstract lines, in the compact or the Daily Papers layout, read back with their meta."""
    # a first line starting like JSON or XML makes the content say "not a page" (see detect.py)
    assume(chrome or not papers[0][0].lstrip().startswith(("{", "[", "<")))
    daily = any(meta for _, _, meta in papers)
    out = ["Get trending papers in your email inbox!", "Subscribe", "Daily Papers", "Jan 7"] if chrome else []
    for title, abstract, meta in papers:
        out += [title, abstract]
        if meta:
            authors, day, upvotes = meta
            out += [f"  • {authors} authors", "·", f"{day:%b} {day.day}, {day.year}" + (f" {upvotes}" if upvotes else "")]
    records, report = read_file("p.txt", ("\n\n" if daily else "\n").join(out) + "\n")
    assert [(r.title, r.abstract) for r in records] == [(clean_text(t), clean_text(a)) for t, a, _ in papers]
    for record, (_, _, meta) in zip(records, papers, strict=True):
        if meta:
            assert record.date == meta[1].isoformat()
            assert record.properties == {"authors_count": meta[0], **({"upvotes": meta[2]} if meta[2] else {})}
        else:
            assert record.date is None and record.properties == {}


XML_TEXT = st.one_of(
    st.text(st.characters(blacklist_categories=("Cs", "Cc", "Cn")), max_size=80), MARKUP_TEXT,
).map(lambda s: "".join(ch for ch in s if ch in "\t\n" or (ch >= " " and ch not in "\ufffe\uffff")))


@SETTINGS
@given(st.lists(st.tuples(XML_TEXT, XML_TEXT), min_size=1, max_size=4))
def test_atom_and_acl_round_trip(papers):
    """Any title/abstract, escaped into an arXiv Atom feed or an ACL volume, reads back cleaned."""
    from xml.sax.saxutils import escape

    atom = ['<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">']
    acl = ["<?xml version='1.0' encoding='UTF-8'?>\n<collection id=\"2023.acl\">\n<volume id=\"long\">"]
    for i, (title, abstract) in enumerate(papers, 1):
        atom.append(f"<entry>\n<id>http://arxiv.org/abs/2301.{i:05d}v2</id>\n<title>{escape(title)}</title>\n"
                    f"<summary>{escape(abstract)}</summary>\n</entry>")
        acl.append(f'<paper id="{i}">\n<title>{escape(title)}</title>\n<abstract>{escape(abstract)}</abstract>\n</paper>')
    atom.append("</feed>\n")
    acl.append("</volume>\n</collection>\n")
    kept = [(i, clean_text(t), clean_text(a)) for i, (t, a) in enumerate(papers, 1) if clean_text(t) and clean_text(a)]
    for name, content, scheme, key in (("p.atom", atom, "arxiv", "2301.{:05d}"), ("p.xml", acl, "acl", "2023.acl-long.{}")):
        records, report = read_file(name, "\n".join(content))
        assert [(r.title, r.abstract) for r in records] == [(t, a) for _, t, a in kept]
        assert [r.ids[scheme] for r in records] == [key.format(i) for i, _, _ in kept]
        assert len(report.skipped) == len(papers) - len(kept) and report.errors == [] or not kept
