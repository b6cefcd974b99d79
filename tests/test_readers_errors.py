"""Bad input: each case gives one clear line naming the file (and line), or a listed skip."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from paperkg.errors import PaperkgError
from paperkg.extract.readers import ListingError, ReadReport, UnknownFormatError, read_listings

FIXTURES = Path(__file__).parent / "fixtures" / "readers"
GOOD = FIXTURES / "papers.csv"  # 2 records, 1 skipped


def fail(inputs, match, **kwargs) -> str:
    """The error message reading `inputs` raises; it must be one line and a PaperkgError."""
    with pytest.raises(ListingError, match=match) as info:
        list(read_listings(inputs, **kwargs))
    message = str(info.value)
    assert "\n" not in message and isinstance(info.value, PaperkgError)
    return message


def read_with_good(bad: Path, **kwargs):
    report = ReadReport()
    records = list(read_listings([bad, GOOD], report=report, **kwargs))
    return records, report


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    return path


def test_missing_file(tmp_path):
    missing = tmp_path / "nope.jsonl"
    assert fail([missing], "no such file") == f"{missing}: no such file or directory"
    records, report = read_with_good(missing)
    assert len(records) == 2 and report.errors == [f"{missing}: no such file or directory"]
    assert report.files == [str(GOOD)]


def test_directory_without_listings(tmp_path):
    (tmp_path / "readme.md").write_text("hello")
    message = fail([tmp_path], "directory has no listing files")
    assert message.startswith(f"{tmp_path}: ")
    records, report = read_with_good(tmp_path)
    assert len(records) == 2 and len(report.errors) == 1


def test_unknown_format_is_a_usage_error():
    with pytest.raises(UnknownFormatError, match="unknown format 'yaml'; use one of pages, jsonl") as info:
        read_listings([GOOD], fmt="yaml")  # raised at the call, before anything is read
    assert info.value.exit_code == 2


@pytest.mark.parametrize("content", [b"", b"  \n\n\t\n"])
def test_empty_file(tmp_path, content):
    path = write(tmp_path, "empty.jsonl", content)
    assert fail([path], "empty") == f"{path}: empty file"
    records, report = read_with_good(path)
    assert len(records) == 2 and report.errors == [f"{path}: empty file"]


def test_binary_file(tmp_path):
    path = write(tmp_path, "figure.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    assert fail([path], "binary") == f"{path}: binary file, not a paper listing"


@pytest.mark.parametrize(("name", "content", "line"), [
    ("p.jsonl", '{"title": "T1", "abstract": "A1"}\n{"title": "T\xff", "abstract": "A2"}\n', 2),
    ("p.txt", "Title one\nAbstract one.\nTitle two\nAbstract \xe9 two.\n", 4),
    ("p.csv", "title,abstract\nT1,A1\nT2,\"A2\n\xfe\"\n", 4),
])
def test_invalid_utf8_names_the_line(tmp_path, name, content, line):
    path = write(tmp_path, name, content.encode("latin-1"))
    report = ReadReport()
    records = list(read_listings([path], report=report))
    assert [r.title for r in records][:1] == ["T1" if "T1" in content else "Title one"]  # read up to the bad line
    assert len(report.errors) == 1
    assert report.errors[0].startswith(f"{path}:{line}: not valid UTF-8 (byte 0x")
    with pytest.raises(ListingError, match=rf"^{path}:{line}: not valid UTF-8"):
        list(read_listings([path], strict=True))


def test_invalid_utf8_in_xml(tmp_path):
    data = (FIXTURES / "2023.acl.xml").read_bytes().replace(b"Yajiao", b"Yaj\xefao")
    path = write(tmp_path, "acl.xml", data)
    fail([path], rf"^{path}:21: not valid UTF-8 \(byte 0xef at column 25\)")  # first <author> line


def test_malformed_json_line_skipped_or_strict(tmp_path):
    path = write(tmp_path, "p.jsonl", '{"title": "T1", "abstract": "A1"}\n{"title": "T2", "abstract": \n'
                                      '{"title": "T3", "abstract": "A3"}\n')
    report = ReadReport()
    assert [r.title for r in read_listings([path], report=report)] == ["T1", "T3"]
    assert [(s.source, s.reason.split(" (")[0]) for s in report.skipped] == [(f"{path}:2", "malformed JSON line")]
    assert fail([path], "malformed JSON line", strict=True).startswith(f"{path}:2: malformed JSON line (Expecting value")


def test_csv_without_title_column(tmp_path):
    path = write(tmp_path, "p.csv", "name,abstract\nBERT,Some text\n")
    assert fail([path], "no 'title' column") == f"{path}:1: CSV header has no 'title' column (columns: name, abstract)"
    records, report = read_with_good(path)
    assert len(records) == 2 and len(report.errors) == 1


def test_record_missing_title_or_abstract(tmp_path):
    path = write(tmp_path, "p.jsonl", '{"title": "T1", "abstract": "A1"}\n{"title": "  ", "abstract": "A2"}\n'
                                      '{"abstract": "A3"}\n{"title": "T4"}\n[1, 2]\n')
    report = ReadReport()
    assert [r.title for r in read_listings([path], report=report)] == ["T1"]
    assert [str(s) for s in report.skipped] == [
        f"{path}:2: record has no title", f"{path}:3: record has no title",
        f"{path}:4: record has no abstract", f"{path}:5: expected an object with title and abstract, got list"]
    assert fail([path], "record has no title", strict=True) == f"{path}:2: record has no title"


def test_strict_stops_at_first_bad_file(tmp_path):
    missing = tmp_path / "missing.csv"
    with pytest.raises(ListingError, match="no such file"):
        list(read_listings([GOOD, missing], strict=True))
    # without strict the good file's records are kept, the bad record listed
    records, report = read_with_good(missing)
    assert len(records) == 2 and len(report.skipped) == 1


def test_nothing_usable_at_all_raises_with_count(tmp_path):
    empty = write(tmp_path, "a.jsonl", "")
    binary = write(tmp_path, "b.txt", b"\x00\x01")
    report = ReadReport()
    with pytest.raises(ListingError, match=r"no paper records read \(2 file problems, 0 records skipped\); "
                                           rf"first: {empty}: empty file"):
        list(read_listings([empty, binary], report=report))
    assert len(report.errors) == 2


def test_all_records_skipped_is_nothing_usable(tmp_path):
    path = write(tmp_path, "p.jsonl", '{"title": "only a title"}\n')
    fail([path], r"no paper records read \(0 file problems, 1 records skipped\)")


def test_header_only_csv_has_no_records(tmp_path):
    path = write(tmp_path, "p.csv", "title,abstract\n")
    assert fail([path], "no paper records") == f"{path}: no paper records found"


@pytest.mark.parametrize(("name", "content", "match"), [
    ("bad.xml", "<?xml version='1.0'?>\n<collection id='x'>\n<volume id='1'>\n<paper id='1'>\n</volume>\n",
     r":5: malformed XML \(mismatched tag"),
    ("bomb.xml", '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]>\n'
                 "<collection id='x'>&lol2;</collection>\n", r"refused unsafe XML \(EntitiesForbidden\)"),
    ("other.xml", "<?xml version='1.0'?>\n<html><body/></html>\n", r"unrecognised XML \(root element <html>\)"),
    ("bad.json", '[\n  {"title": "T2" "abstract": "A2"}\n]\n',
     r":2: malformed JSON \(Expecting ',' delimiter\)"),
    ("open.json", '[\n  {"title": "T1",\n', r":2: JSON ends before the array is closed"),
    ("text.json", "just words\n", "content does not look like JSON; use --format"),
    ("data.bin", "some,thing\n1,2\n", r"cannot tell the listing format from '\.bin'; use --format"),
])
def test_unreadable_structure(tmp_path, name, content, match):
    path = write(tmp_path, name, content)
    message = fail([path], match)
    assert message.startswith(str(path))


def test_malformed_json_array_keeps_records_before_the_error(tmp_path):
    path = write(tmp_path, "bad.json", '[\n  {"title": "T1", "abstract": "A1"},\n  {"title": "T2" "abstract": 1}\n]\n')
    report = ReadReport()
    assert [r.title for r in read_listings([path], report=report)] == ["T1"]
    assert report.errors == [f"{path}:3: malformed JSON (Expecting ',' delimiter)"]


def test_arxiv_api_error_feed(tmp_path):
    feed = ('<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n'
            "  <entry>\n    <id>http://arxiv.org/api/errors#incorrect_id_format_for_1234.12345</id>\n"
            "    <title>Error</title>\n    <summary>incorrect id format for 1234.12345</summary>\n"
            "  </entry>\n</feed>\n")
    path = write(tmp_path, "q.atom", feed)
    assert fail([path], "arXiv API error") == (
        f"{path}:3: the feed is an arXiv API error: incorrect id format for 1234.12345")


def test_directory_with_one_bad_file_reads_the_rest(tmp_path):
    shutil.copy(GOOD, tmp_path / "a.csv")
    write(tmp_path, "b.jsonl", b"\x00binary")
    report = ReadReport()
    assert len(list(read_listings([tmp_path], report=report))) == 2
    assert report.errors == [f"{tmp_path / 'b.jsonl'}: binary file, not a paper listing"]


def test_truncated_gzip(tmp_path):
    import gzip

    data = gzip.compress(("\n".join('{"title": "T%d", "abstract": "A"}' % i for i in range(5000))).encode())
    path = write(tmp_path, "p.jsonl.gz", data[: len(data) // 2])
    report = ReadReport()
    records = list(read_listings([path], report=report))
    assert 0 < len(records) < 5000
    assert len(report.errors) == 1 and report.errors[0].startswith(f"{path}: cannot read (")
    with pytest.raises(ListingError, match="cannot read"):
        list(read_listings([path], strict=True))


def test_json_object_that_is_not_a_paper(tmp_path):
    path = write(tmp_path, "p.json", '{\n  "papers": [{"title": "T", "abstract": "A"}]\n}\n')
    assert fail([path], "expected a JSON array") == (
        f"{path}:1: expected a JSON array of paper objects, found an object (keys: papers)")


def test_title_that_is_not_text(tmp_path):
    path = write(tmp_path, "p.jsonl", '{"title": ["T"], "abstract": "A"}\n{"title": "T", "abstract": "A"}\n')
    report = ReadReport()
    assert len(list(read_listings([path], report=report))) == 1
    assert [str(s) for s in report.skipped] == [f"{path}:1: record's title is not text"]
