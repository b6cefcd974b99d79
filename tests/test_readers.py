"""Each reader on small realistic fixtures, and the bundled example listings."""
from __future__ import annotations

import gzip
import shutil
from collections import Counter
from pathlib import Path

import pytest

from paperkg import EXAMPLES_DIR
from paperkg.extract.readers import FORMATS, ListingError, ReadReport, Skip, detect_format, read_listings
from paperkg.extract.readers.acl import anthology_id
from paperkg.extract.readers.pages import CHROME
from paperkg.extract.records import CuratedItem, name_key

FIXTURES = Path(__file__).parent / "fixtures" / "readers"


def read(path, **kwargs):
    report = ReadReport()
    records = list(read_listings([path], report=report, **kwargs))
    return records, report


def line_of(record) -> int:
    return int(record.source.rsplit(":", 1)[1])


# --- the bundled examples -------------------------------------------------------------------

EXPECTED_PER_FILE = {  # counted by hand: (lines - 2 chrome lines) / 2 for the compact pages,
    "000_fd0a624775d05776.txt": 119,  # 35 title/abstract/meta blocks in the Daily Papers page
    "001_e3a4ffef631c67f9.txt": 35,
    "002_2f41d7ff94428d79.txt": 119,
    "003_13fbea7f1d599d1c.txt": 242,
}


@pytest.fixture(scope="module")
def examples():
    report = ReadReport()
    return list(read_listings([EXAMPLES_DIR], report=report)), report


def test_examples_record_counts(examples):
    records, report = examples
    per_file = Counter(Path(r.source.rsplit(":", 1)[0]).name for r in records)
    assert dict(per_file) == EXPECTED_PER_FILE
    assert len(records) == report.records == 515
    assert report.skipped == [] and report.errors == []
    assert len(report.files) == 4
    assert len({name_key(r.title) for r in records}) == 440
    assert len({r.key for r in records}) == 440


def test_examples_chrome_is_never_a_paper(examples):
    records, _ = examples
    for record in records:
        assert record.title.lower() not in CHROME
        assert not record.title.startswith("Subscribe")
        assert "Get trending papers" not in record.title + record.abstract
        assert record.title != "Jan 7"
        assert len(record.abstract) > len(record.title) or len(record.abstract) > 100


def test_examples_compact_layout_strips_glued_chrome(examples):
    records, _ = examples
    first = {Path(r.source.rsplit(":", 1)[0]).name: r for r in reversed(records)}
    assert first["000_fd0a624775d05776.txt"].title.startswith("UniVL: A Unified Video and Language")
    assert first["002_2f41d7ff94428d79.txt"].title == "LERT: A Linguistically-motivated Pre-trained Language Model"
    assert first["003_13fbea7f1d599d1c.txt"].title.startswith("ProKD: An Unsupervised Prototypical")
    assert line_of(first["000_fd0a624775d05776.txt"]) == 3
    assert first["000_fd0a624775d05776.txt"].abstract.startswith("With the recent success of the pre-training")


def test_examples_daily_papers_layout_keeps_meta(examples):
    records, _ = examples
    daily = [r for r in records if "001_" in r.source]
    crosslingual = daily[0]
    assert crosslingual.title == "Crosslingual Generalization through Multitask Finetuning"
    assert line_of(crosslingual) == 13
    assert crosslingual.date == "2022-11-03"
    assert crosslingual.properties == {"authors_count": 19}
    codet5 = next(r for r in daily if r.title.startswith("CodeT5+"))
    assert codet5.date == "2023-05-13" and codet5.properties == {"authors_count": 6, "upvotes": 2}
    assert all(r.date and r.properties["authors_count"] >= 1 for r in daily)
    assert sum("upvotes" in r.properties for r in daily) == 8
    # compact pages state no meta
    assert all(r.date is None and r.properties == {} for r in records if "001_" not in r.source)


def test_examples_latex_cleaned(examples):
    records, _ = examples
    texts = [r.title + " " + r.abstract for r in records]
    assert not any("\\url{" in t for t in texts)
    assert any("SecureBERT https://github.com/ehsanaghaei/SecureBERT" in t for t in texts)
    assert any(r.title.startswith("Labor Space: A Unifying Representation") for r in records)
    assert any("TÜLU 3" in t for t in texts) and any("Northern Sámi" in t for t in texts)


# --- pages layouts on crafted input -----------------------------------------------------------

def test_pages_daily_layout_edge_cases(tmp_path):
    page = tmp_path / "daily.txt"
    page.write_text(
        "new\n\nSubscribe\n\nDaily Papers\n\nbyAK and the research community\n\nJan 7\n\n"
        "A Paper Of This Year\n\nIts abstract, dated without a year.\n\n  • 3 authors\n·\nJan 5 12\n\n"
        "A Title Without Abstract\n\n  • 2 authors\n·\nFeb 1, 2024\n\n"
        "Last Paper\n\nLast abstract with upvotes on their own line.\n\n  • 1 author\n·\nMar 3, 2021\n7\n",
        encoding="utf-8")
    records, report = read(page)
    assert [r.title for r in records] == ["A Paper Of This Year", "Last Paper"]
    this_year, last = records
    assert this_year.date is None
    assert this_year.properties == {"authors_count": 3, "date_text": "Jan 5", "upvotes": 12}
    assert last.date == "2021-03-03" and last.properties == {"authors_count": 1, "upvotes": 7}
    assert report.skipped == [Skip(f"{page}:19", "title without abstract: 'A Title Without Abstract'")]


def test_pages_compact_odd_line_count_skips_last_title(tmp_path):
    page = tmp_path / "compact.txt"
    page.write_text("Get trending papers in your email inbox!\nSubscribeFirst Title\nFirst abstract.\n"
                    "Second Title\nSecond abstract &amp; more.\nDangling Title\n", encoding="utf-8")
    records, report = read(page)
    assert [(r.title, r.abstract, line_of(r)) for r in records] == [
        ("First Title", "First abstract.", 2), ("Second Title", "Second abstract & more.", 4)]
    assert [s.source for s in report.skipped] == [f"{page}:6"]


# --- JSON Lines, JSON arrays, CSV ---------------------------------------------------------------

def test_jsonl_reader():
    records, report = read(FIXTURES / "papers.jsonl")
    assert [line_of(r) for r in records] == [1, 2, 6]
    first, acl, lert = records
    assert first.ids == {"arxiv": "2211.01786"} and first.key == "arxiv:2211.01786"
    assert first.date == "2022-11-03" and first.authors == ["Niklas Muennighoff", "Thomas Wang"]
    assert acl.ids == {"acl": "P19-1001", "doi": "10.18653/v1/P19-1001"}
    assert acl.date == "2019-07-28" and acl.authors == ["Zekang Li", "Cheng Niu", "Fandong Meng"]
    assert lert.ids == {} and lert.key.startswith("title:") and lert.properties == {"upvotes": 3}
    assert lert.authors == ["Yiming Cui", "Wanxiang Che"]
    assert [(s.source.rsplit(":", 1)[1], s.reason.split(" (")[0]) for s in report.skipped] == [
        ("4", "malformed JSON line"), ("5", "record has no abstract")]


def test_json_array_reader_matches_jsonl_and_knows_lines():
    records, report = read(FIXTURES / "papers.json")
    jsonl, _ = read(FIXTURES / "papers.jsonl")
    assert [(r.title, r.abstract, r.ids, r.date, r.authors) for r in records] == [
        (r.title, r.abstract, r.ids, r.date, r.authors) for r in jsonl]
    text = (FIXTURES / "papers.json").read_text().splitlines()
    assert [text[line_of(r) - 1].strip() for r in records] == ["{"] * 3
    assert report.skipped == []


def test_json_single_line_array_and_single_object(tmp_path):
    one_line = tmp_path / "a.json"
    one_line.write_text('[{"title": "T1", "abstract": "A1"}, {"title": "T2", "abstract": "A2"}]')
    assert [r.title for r in read(one_line)[0]] == ["T1", "T2"]
    single = tmp_path / "b.json"
    single.write_text('{\n  "title": "Only",\n  "abstract": "One object."\n}\n')
    assert [r.title for r in read(single)[0]] == ["Only"]


def test_csv_reader_quoted_newlines():
    records, report = read(FIXTURES / "papers.csv")
    lert, mengzi = records
    assert line_of(lert) == 2 and line_of(mengzi) == 5  # the first row spans lines 2-4
    assert lert.abstract.startswith("Pre-trained Language Model (PLM) has become a representative foundation model. In")
    assert '"a linguistically-motivated"' in lert.abstract
    assert lert.ids == {"arxiv": "2211.05344"} and lert.url is None
    assert lert.authors == ["Yiming Cui", "Wanxiang Che", "Shijin Wang"]
    assert mengzi.ids == {"arxiv": "2110.06696"} and mengzi.date == "2021-10-13"
    assert mengzi.authors == ["Zhuosheng Zhang", "Hanqing Zhang"]
    assert [str(s) for s in report.skipped] == [f"{FIXTURES / 'papers.csv'}:6: record has no title"]


def test_tsv_and_semicolon_csv(tmp_path):
    tsv = tmp_path / "p.tsv"
    tsv.write_text("Title\tAbstract\nA, with comma\tSome; text\n")
    semi = tmp_path / "p.csv"
    semi.write_text("title;abstract\nT;Abs, with comma\n")
    assert [(r.title, r.abstract) for r in read(tsv)[0]] == [("A, with comma", "Some; text")]
    assert [(r.title, r.abstract) for r in read(semi)[0]] == [("T", "Abs, with comma")]


# --- arXiv ------------------------------------------------------------------------------------

def test_arxiv_atom_reader():
    records, report = read(FIXTURES / "arxiv_feed.atom")
    assert [r.ids.get("arxiv") for r in records] == ["2211.01786", "2211.05344", "2110.08547"]
    bloomz, lert, sixt = records
    assert bloomz.ids["doi"] == "10.18653/v1/2023.acl-long.891"
    assert bloomz.date == "2022-11-03" and bloomz.url == "https://arxiv.org/abs/2211.01786"
    assert bloomz.authors == ["Niklas Muennighoff", "Thomas Wang", "Lintang Sutawika"]
    assert bloomz.properties["categories"] == ["cs.CL", "cs.AI", "cs.LG"]
    assert bloomz.properties["update_date"] == "2023-05-29"
    assert bloomz.abstract.endswith("publicly available at https://github.com/bigscience-workshop/xmtf.")
    assert "\n" not in bloomz.abstract and "  " not in bloomz.abstract
    assert "we propose LERT, a pre-trained" in lert.abstract and "over various comparable" in lert.abstract
    assert sixt.title == "Towards Making the Most of Multilingual Pretraining for Zero-Shot Neural Machine Translation"
    assert "Si<->En" in sixt.abstract
    assert [line_of(r) for r in records] == [10, 42, 65]
    assert [(s.source.rsplit(":", 1)[1], s.reason) for s in report.skipped] == [("86", "entry has no abstract")]


def test_arxiv_snapshot_reader():
    path = FIXTURES / "arxiv_snapshot.json"  # the snapshot is JSON Lines despite its name
    assert detect_format(path, path.read_bytes()) == "arxiv-jsonl"
    (sixt, old), report = read(path)
    assert sixt.key == "arxiv:2110.08547" and sixt.date == "2021-10-16"  # first version, not update_date
    assert sixt.properties["update_date"] == "2022-03-16" and sixt.properties["categories"] == ["cs.CL"]
    assert sixt.authors == ["Guanhua Chen", "Shuming Ma", "Furu Wei"]  # from authors_parsed
    assert sixt.title.endswith("Zero-Shot Neural Machine Translation") and "\n" not in sixt.abstract
    assert old.ids == {"arxiv": "hep-th/9901001", "doi": "10.1103/PhysRevD.60.014002"}
    assert old.title == "A Note on Supersymmetric Poincaré Charges"
    assert old.abstract == "We compute k charges; 50% of them vanish. See http://example.org/charges."
    assert old.authors == ["C. Balázs", "E. L. Berger"]


def test_gzip_compressed_snapshot(tmp_path):
    packed = tmp_path / "arxiv.jsonl.gz"
    with gzip.open(packed, "wb") as handle:
        handle.write((FIXTURES / "arxiv_snapshot.json").read_bytes())
    records, _ = read(packed)
    assert [r.ids["arxiv"] for r in records] == ["2110.08547", "hep-th/9901001"]


# --- ACL Anthology -------------------------------------------------------------------------------

def test_acl_xml_reader():
    records, report = read(FIXTURES / "2023.acl.xml")
    assert [r.ids["acl"] for r in records] == ["2023.acl-long.1", "2023.acl-long.2", "2023.acl-short.7"]
    must, safeconv, short = records
    assert must.ids["doi"] == "10.18653/v1/2023.acl-long.1"
    assert must.url == "https://aclanthology.org/2023.acl-long.1"
    assert must.authors == ["Yajiao Liu", "Xin Jiang", "Yichun Yin"]
    assert must.date == "2023-07" and must.properties["year"] == 2023
    assert "reinforcement learning (RL)-based" in must.abstract and "evaluated on MultiWOZ 2.1" in must.abstract
    assert must.abstract.endswith("Code: https://github.com/truthless11/MUST")
    assert must.curated == [
        CuratedItem("link", "https://github.com/truthless11/MUST", "truthless11/MUST",
                    url="https://github.com/truthless11/MUST"),
        CuratedItem("dataset", "MultiWOZ", "MultiWOZ", url="https://paperswithcode.com/dataset/multiwoz")]
    assert safeconv.title == "SafeConv: Explaining and Correcting Conversational Unsafe Behavior"
    assert "recall & precision" in safeconv.abstract
    assert [c.value for c in safeconv.curated if c.kind == "dataset"] == ["SafeConv", "BAD"]
    assert short.title.endswith("A Case Study in Financial NLP") and short.date == "2023"
    assert [line_of(r) for r in records] == [19, 32, 56]
    assert [s.reason for s in report.skipped] == ["paper 2023.acl-long.3 has no abstract"]


@pytest.mark.parametrize(("ids", "expected"), [
    (("2023.acl", "long", "1"), "2023.acl-long.1"),
    (("P19", "1", "1"), "P19-1001"),
    (("W19", "38", "1"), "W19-3801"),
    (("2020.emnlp", "main", "745"), "2020.emnlp-main.745"),
])
def test_anthology_ids(ids, expected):
    assert anthology_id(*ids) == expected


# --- inputs, detection, format override --------------------------------------------------------

def test_directory_input_is_recursive_sorted_and_skips_hidden(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    shutil.copy(FIXTURES / "papers.jsonl", tmp_path / "b" / "z.jsonl")
    shutil.copy(FIXTURES / "papers.csv", tmp_path / "a.csv")
    shutil.copy(FIXTURES / "papers.csv", tmp_path / ".git" / "hidden.csv")
    (tmp_path / "notes.md").write_text("# not a listing")
    records, report = read(tmp_path)
    assert report.files == [str(tmp_path / "a.csv"), str(tmp_path / "b" / "z.jsonl")]
    assert len(records) == 5


def test_same_file_twice_is_read_once(tmp_path):
    records, report = read(FIXTURES / "papers.csv")
    again = list(read_listings([FIXTURES / "papers.csv", FIXTURES, FIXTURES / "papers.csv"]))
    assert len([r for r in again if r.source.startswith(str(FIXTURES / "papers.csv"))]) == len(records)


@pytest.mark.parametrize(("name", "fmt"), [
    ("papers.jsonl", "jsonl"), ("papers.json", "json"), ("papers.csv", "csv"),
    ("arxiv_snapshot.json", "arxiv-jsonl"), ("arxiv_feed.atom", "arxiv-atom"), ("2023.acl.xml", "acl-xml"),
])
def test_detection_by_content(tmp_path, name, fmt):
    data = (FIXTURES / name).read_bytes()
    assert detect_format(FIXTURES / name, data) == fmt
    if fmt != "csv":  # content decides, whatever the extension says
        assert detect_format(tmp_path / "listing.txt", data) == fmt
    assert fmt in FORMATS


def test_detection_of_examples_and_override(tmp_path):
    for path in EXAMPLES_DIR.glob("*.txt"):
        assert detect_format(path, path.read_bytes()) == "pages"
    odd = tmp_path / "feed.dat"
    shutil.copy(FIXTURES / "papers.jsonl", odd)
    assert len(read(odd, fmt="jsonl")[0]) == 3
    listing = tmp_path / "looks-like-pages.txt"
    listing.write_text('{"title": "T", "abstract": "A"}\n')
    assert [r.title for r in read(listing, fmt="jsonl")[0]] == ["T"]
    # forcing "pages" on a one-line JSON file finds a title without abstract: nothing usable
    with pytest.raises(ListingError, match="nothing usable|no paper records read .*title without abstract"):
        read(listing, fmt="pages")


# --- streaming -----------------------------------------------------------------------------------

@pytest.mark.parametrize("fmt", ["pages", "jsonl", "json", "csv", "arxiv-atom", "acl-xml"])
def test_readers_stream(tmp_path, fmt):
    """Peak memory while reading stays far below the file size: records are not all held at once."""
    import sys
    import tracemalloc

    sys.path.insert(0, str(Path(__file__).parent.parent / "bench"))
    try:
        from bench_readers import write_files
    finally:
        sys.path.pop(0)
    base = list(read_listings([EXAMPLES_DIR / "003_13fbea7f1d599d1c.txt"]))
    records = (base * 3)[:600]
    path = write_files(records, tmp_path)[fmt]
    size = path.stat().st_size
    assert size > 700_000
    tracemalloc.start()
    try:
        count = sum(1 for _ in read_listings([path], fmt=fmt))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert count == 600
    assert peak < size / 5, f"{fmt}: peak {peak} bytes for a {size}-byte file"


def test_xml_in_a_declared_legacy_encoding(tmp_path):
    path = tmp_path / "old.xml"
    path.write_bytes('<?xml version="1.0" encoding="ISO-8859-1"?>\n<collection id="P19">\n<volume id="1">\n'
                     '<meta><year>2019</year></meta>\n<paper id="1">\n<title>Caf\xe9 Talk</title>\n'
                     '<abstract>Na\xefve models.</abstract>\n</paper>\n</volume>\n</collection>\n'.encode("latin-1"))
    (record,), _ = read(path)
    assert (record.title, record.abstract, record.ids, record.date) == (
        "Café Talk", "Naïve models.", {"acl": "P19-1001"}, "2019")
    assert record.source == f"{path}:5"


def test_page_titles_that_start_like_json_or_xml(tmp_path):
    page = tmp_path / "p.txt"
    page.write_text("[Re] Reproducing a Study\nAn abstract.\n<Title> in brackets\nAnother abstract.\n")
    assert detect_format(page, page.read_bytes()) == "pages"
    assert [r.title for r in read(page)[0]] == ["[Re] Reproducing a Study", "<Title> in brackets"]
