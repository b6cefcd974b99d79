"""JSON Lines, JSON arrays and CSV: rows of title/abstract/... fields, read one row at a time.

- JSON Lines (and the arXiv metadata snapshot, which is JSON Lines): one
  object per line; a malformed line is a Skip naming the line.
- JSON array: streamed element by element with `json.JSONDecoder.raw_decode`
  over a buffer of whole lines, so memory holds one element and every record
  knows its line. A malformed element cannot be resynchronised, so it ends the
  file with an error naming the line (records before it were already read).
- CSV (and TSV): the csv module over a line iterator, so quoted newlines work
  and a record's line is the line its row starts on.
"""
from __future__ import annotations

import csv
import json
from collections.abc import Iterator

from paperkg.extract.records import PaperRecord

from .base import ReadContext, iter_lines
from .mapping import ABSTRACT_KEYS, TITLE_KEYS, record_from_mapping

_DECODER = json.JSONDecoder()
MAX_ELEMENT_CHARS = 64 * 1024 * 1024  # one JSON element larger than this is taken as malformed


def read_jsonl(ctx: ReadContext, arxiv: bool = False) -> Iterator[PaperRecord]:
    """Records of a JSON Lines file; blank lines are ignored."""
    for lineno, line in iter_lines(ctx.path):
        if not line.strip():
            continue
        text = line.rstrip("\r\n")
        try:
            obj = json.loads(text)
        except json.JSONDecodeError as exc:
            ctx.skip(lineno, f"malformed JSON line ({exc.msg} at column {exc.pos + 1})")
            continue
        record = record_from_mapping(obj, ctx, lineno, arxiv=arxiv)
        if record is not None:
            yield record


def read_json_array(ctx: ReadContext) -> Iterator[PaperRecord]:
    """Records of a file holding one JSON array of objects (or a single object)."""
    lines = iter_lines(ctx.path)
    buffer = ""
    start_line = 0  # line where `buffer` starts
    state = "start"  # start -> items -> end
    for lineno, line in lines:
        if not buffer:
            start_line = lineno
        buffer += line
        while True:
            rest = buffer.lstrip()
            start_line += buffer[: len(buffer) - len(rest)].count("\n")
            buffer = rest
            if not buffer:
                break
            if state == "start":
                if buffer[0] == "[":
                    buffer, state = buffer[1:], "items"
                    continue
                if buffer[0] != "{":
                    raise ctx.error(start_line, "expected a JSON array of paper objects")
                state = "single"
            if state == "items" and buffer[0] in ",]":
                if buffer[0] == "]":
                    state = "end"
                buffer = buffer[1:]
                continue
            if state == "end":
                raise ctx.error(start_line, "unexpected data after the end of the JSON array")
            try:
                obj, end = _DECODER.raw_decode(buffer)
            except json.JSONDecodeError as exc:
                if _incomplete(buffer, exc) and len(buffer) < MAX_ELEMENT_CHARS:
                    break  # need more lines
                raise ctx.error(start_line + exc.lineno - 1, f"malformed JSON ({exc.msg})") from None
            if state == "single" and isinstance(obj, dict) and not {"title", "abstract"} & {
                    str(k).lower() for k in obj}:
                keys = ", ".join(map(str, list(obj)[:5])) or "none"
                raise ctx.error(start_line, f"expected a JSON array of paper objects, found an object (keys: {keys})")
            record = record_from_mapping(obj, ctx, start_line)
            if record is not None:
                yield record
            start_line += buffer[:end].count("\n")
            buffer = buffer[end:]
            if state == "single":
                state = "end"
    if buffer.strip() or state in ("items", "start"):
        if state == "start":
            raise ctx.error(None, "expected a JSON array of paper objects")
        raise ctx.error(start_line, "JSON ends before the array is closed")


def _incomplete(buffer: str, exc: json.JSONDecodeError) -> bool:
    """True when the decode error is only the end of the buffer (more lines may complete it).

    JSON strings cannot contain raw newlines and the buffer holds whole lines,
    so an unterminated string is a real error, not a cut-off.
    """
    if exc.msg.startswith("Unterminated string") or exc.msg.startswith("Invalid control character"):
        return False
    return exc.pos >= len(buffer.rstrip())


def read_csv(ctx: ReadContext, delimiter: str | None = None) -> Iterator[PaperRecord]:
    """Records of a CSV/TSV file whose header names at least `title` and `abstract`."""
    lines = (line for _, line in iter_lines(ctx.path))
    first = next(lines, "")
    if delimiter is None:
        try:
            delimiter = csv.Sniffer().sniff(first, delimiters=",;\t|").delimiter
        except csv.Error:
            delimiter = ","

    def chained() -> Iterator[str]:
        yield first
        yield from lines

    reader = csv.reader(chained(), delimiter=delimiter)
    try:
        header = [h.strip().lower() for h in next(reader, [])]
    except csv.Error as exc:
        raise ctx.error(1, f"unreadable CSV header ({exc})") from None
    for required, keys in (("title", TITLE_KEYS), ("abstract", ABSTRACT_KEYS)):
        if not any(k in header for k in keys):
            raise ctx.error(1, f"CSV header has no '{required}' column (columns: {', '.join(header) or 'none'})")
    row_start = reader.line_num + 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            ctx.skip(row_start, f"malformed CSV row ({exc})")
            row_start = reader.line_num + 1
            continue
        if any(cell.strip() for cell in row):
            if len(row) > len(header):
                ctx.skip(row_start, f"CSV row has {len(row)} fields, header has {len(header)}")
            else:
                record = record_from_mapping(dict(zip(header, row, strict=False)), ctx, row_start)
                if record is not None:
                    yield record
        row_start = reader.line_num + 1
