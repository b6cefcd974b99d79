"""What every reader shares: errors, the read report, opening files safely.

Readers are generators: they open one file, yield `PaperRecord`s as they go
and never hold more than one record (plus one line or XML element) in memory.
A problem with one *record* is a `Skip` (or, with strict, an error); a problem
with the *file* (missing, empty, binary, not UTF-8, unreadable structure) is a
`ListingError` whose message starts with "path" or "path:line".
"""
from __future__ import annotations

import gzip
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from paperkg.errors import PaperkgError

GZIP_MAGIC = b"\x1f\x8b"
SNIFF_BYTES = 64 * 1024


class ListingError(PaperkgError):
    """A listing file (or one record of it, with strict) cannot be read: names the file and line."""


class UnknownFormatError(ListingError):
    """`--format` names no known format: a usage error, exit code 2 like argparse."""

    exit_code = 2


@dataclass(slots=True)
class Skip:
    """A record that was left out, where ("path:line") and why."""

    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


@dataclass(slots=True)
class ReadReport:
    """Filled while reading; the build summary prints it.

    `files`: every file read (even partly); `records`: records yielded;
    `skipped`: records left out; `errors`: one line per file that could not be
    read (completely), the file named in it.
    """

    files: list[str] = field(default_factory=list)
    records: int = 0
    skipped: list[Skip] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


class ReadContext:
    """Per-file state handed to a reader: where to note skips, whether to be strict."""

    def __init__(self, path: Path, report: ReadReport, strict: bool) -> None:
        self.path = path
        self.report = report
        self.strict = strict

    def where(self, line: int | None) -> str:
        return f"{self.path}:{line}" if line else str(self.path)

    def skip(self, line: int | None, reason: str) -> None:
        """Leave a record out; with strict, stop at the first bad record instead."""
        source = self.where(line)
        if self.strict:
            raise ListingError(f"{source}: {reason}")
        self.report.skipped.append(Skip(source, reason))

    def error(self, line: int | None, message: str) -> ListingError:
        return ListingError(f"{self.where(line)}: {message}")


def open_binary(path: Path) -> BinaryIO:
    """Open a listing for reading bytes; gzip-compressed files (by magic number) are decompressed."""
    handle = open(path, "rb")  # noqa: SIM115 - returned to the caller, who closes it
    if handle.read(2) == GZIP_MAGIC:
        handle.close()
        return gzip.open(path, "rb")  # type: ignore[return-value]
    handle.seek(0)
    return handle


def check_readable(path: Path) -> bytes:
    """The file's first bytes, after the checks every format shares: exists, non-empty, not binary.

    Raises ListingError naming the file otherwise.
    """
    if not path.exists():
        raise ListingError(f"{path}: no such file or directory")
    if not path.is_file():
        raise ListingError(f"{path}: not a regular file")
    try:
        with open_binary(path) as handle:
            head = handle.read(SNIFF_BYTES)
    except (OSError, EOFError) as exc:
        raise ListingError(f"{path}: cannot read: {exc.strerror or exc}") from None
    if not head.strip():
        raise ListingError(f"{path}: empty file")
    if b"\x00" in head:
        raise ListingError(f"{path}: binary file, not a paper listing")
    return head


def decode_line(raw: bytes, path: Path, lineno: int) -> str:
    """One line as text, or a ListingError saying which line and column is not UTF-8."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ListingError(
            f"{path}:{lineno}: not valid UTF-8 (byte 0x{raw[exc.start]:02x} at column {exc.start + 1})"
        ) from None


def iter_lines(path: Path) -> Iterator[tuple[int, str]]:
    """(line number, line with its newline) for each line, decoded as UTF-8 line by line.

    A BOM at the start is dropped. Decoding per line lets an error name its line.
    """
    with open_binary(path) as handle:
        for lineno, raw in enumerate(handle, 1):
            if b"\x00" in raw:
                raise ListingError(f"{path}:{lineno}: binary data (NUL byte), not a paper listing")
            line = decode_line(raw, path, lineno)
            if lineno == 1 and line.startswith("\ufeff"):
                line = line[1:]
            yield lineno, line
