"""Reading paper listings: files or directories in, `PaperRecord`s out, one at a time.

    report = ReadReport()
    for record in read_listings(["data/examples", "more.jsonl"], report=report):
        ...

Formats (FORMATS; detected from extension and content, `fmt` overrides):
"pages" (saved listing pages, `pages.py`), "jsonl" / "json" / "csv"
(`tabular.py`), "arxiv-jsonl" / "arxiv-atom" (`arxiv.py`), "acl-xml" (`acl.py`).
Files may be gzip-compressed.

Error policy:
- A bad *record* (malformed JSON line, missing title or abstract, CSV row with
  too many fields) is skipped and listed in `report.skipped` as "path:line:
  reason"; with `strict=True` it raises `ListingError` instead.
- A bad *file* (missing, directory without listings, empty, binary, invalid
  UTF-8, CSV without title/abstract column, malformed XML or JSON array, no
  records at all) is one line in `report.errors`, and the other inputs are still
  read. Records a file yielded before a mid-file error stay yielded (streaming).
  With `strict=True` the first bad file raises.
- If nothing usable was read at all (no record from any input), the generator
  raises `ListingError` at its end: the single problem itself, or the first of
  several with a count.
- An unknown `fmt` raises `UnknownFormatError` (exit code 2) before reading.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from paperkg.extract.records import PaperRecord

from .acl import read_acl_xml
from .arxiv import read_arxiv_atom, read_arxiv_jsonl
from .base import ListingError, ReadContext, ReadReport, Skip, UnknownFormatError, check_readable
from .detect import LISTING_SUFFIXES, base_suffix, detect_format, is_listing_file
from .pages import read_pages
from .tabular import read_csv, read_json_array, read_jsonl

__all__ = ["FORMATS", "ListingError", "ReadReport", "Skip", "UnknownFormatError", "detect_format",
           "expand_inputs", "read_listings"]

FORMATS = ("pages", "jsonl", "json", "csv", "arxiv-jsonl", "arxiv-atom", "acl-xml")


def _csv(ctx: ReadContext) -> Iterator[PaperRecord]:
    return read_csv(ctx, delimiter="\t" if base_suffix(ctx.path) == ".tsv" else None)


READERS: dict[str, Callable[[ReadContext], Iterator[PaperRecord]]] = {
    "pages": read_pages,
    "jsonl": read_jsonl,
    "json": read_json_array,
    "csv": _csv,
    "arxiv-jsonl": read_arxiv_jsonl,
    "arxiv-atom": read_arxiv_atom,
    "acl-xml": read_acl_xml,
}


def expand_inputs(inputs: Iterable[str | Path], errors: list[str], strict: bool = False) -> list[Path]:
    """Files to read: files as given, directories as their listing files (recursive, sorted).

    Each file once, in order of first appearance. Missing paths and directories
    without listing files go to `errors` (or raise with strict).
    """
    files: list[Path] = []
    seen: set[Path] = set()

    def problem(message: str) -> None:
        if strict:
            raise ListingError(message)
        errors.append(message)

    for item in inputs:
        path = Path(item)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if is_listing_file(p)
                           and not any(part.startswith(".") for part in p.relative_to(path).parts))
            if not found:
                problem(f"{path}: directory has no listing files ({', '.join(LISTING_SUFFIXES)}, optionally .gz)")
            candidates = found
        elif not path.exists():
            problem(f"{path}: no such file or directory")
            candidates = []
        else:
            candidates = [path]
        for candidate in candidates:
            resolved = candidate.resolve()
            if resolved not in seen:
                seen.add(resolved)
                files.append(candidate)
    return files


def read_listings(inputs: Iterable[str | Path], fmt: str | None = None, strict: bool = False,
                  report: ReadReport | None = None) -> Iterator[PaperRecord]:
    """Yield the paper records of every input, streaming; see the module docstring for errors."""
    if fmt is not None and fmt not in FORMATS:
        raise UnknownFormatError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    if isinstance(inputs, (str, Path)):
        inputs = [inputs]
    report = report if report is not None else ReadReport()
    return _read(list(inputs), fmt, strict, report)


def _read(inputs: list[str | Path], fmt: str | None, strict: bool, report: ReadReport) -> Iterator[PaperRecord]:
    errors_before = len(report.errors)
    skipped_before = len(report.skipped)
    records = 0
    for path in expand_inputs(inputs, report.errors, strict):
        ctx = ReadContext(path, report, strict)
        try:
            head = check_readable(path)
            reader = READERS[fmt or detect_format(path, head)]
            report.files.append(str(path))
            file_records, file_skips = 0, len(report.skipped)
            for record in reader(ctx):
                file_records += 1
                records += 1
                report.records += 1
                yield record
            if file_records == 0 and len(report.skipped) == file_skips:
                raise ctx.error(None, "no paper records found")
        except (ListingError, OSError, EOFError) as exc:
            if not isinstance(exc, ListingError):  # e.g. a truncated or corrupt .gz file
                exc = ListingError(f"{path}: cannot read ({exc})")
            if strict:
                raise exc from None
            report.errors.append(str(exc))
    if records == 0:
        errors = report.errors[errors_before:]
        skipped = report.skipped[skipped_before:]
        if len(errors) == 1 and not skipped:
            raise ListingError(errors[0])
        if errors or skipped:
            first = errors[0] if errors else str(skipped[0])
            raise ListingError(f"no paper records read ({len(errors)} file problems, {len(skipped)} records "
                               f"skipped); first: {first}")
        raise ListingError("no paper records read: no inputs given")
