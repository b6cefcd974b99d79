"""Streaming, safe XML parsing that knows line numbers.

defusedxml's `iterparse` (no entity expansion, no external resources: the
files are untrusted) reads its source with `read()`. Handing it one line per
`read()` means every event is reported right after the line that completed it,
so a record can name its line, and invalid UTF-8 is caught on its own line.
Elements are cleared by the readers once used, so memory holds one record.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from xml.etree.ElementTree import Element, ParseError

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException

from .base import ListingError, decode_line, open_binary

_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")


class _LineSource:
    """File-like object whose read() returns one line, counting lines and checking UTF-8."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.handle = open_binary(path)
        self.lineno = 0
        self.check_utf8 = True

    def read(self, _size: int = -1) -> bytes:
        raw = self.handle.readline()
        if raw:
            self.lineno += 1
            if self.lineno == 1:
                declared = _ENCODING.match(raw)
                encoding = declared.group(1).lower().replace(b"_", b"-") if declared else b"utf-8"
                self.check_utf8 = encoding in (b"utf-8", b"utf8")
            if self.check_utf8:
                decode_line(raw, self.path, self.lineno)
        return raw

    def close(self) -> None:
        self.handle.close()


def local(tag: str) -> str:
    """Tag without its namespace: '{http://www.w3.org/2005/Atom}entry' -> 'entry'."""
    return tag.rsplit("}", 1)[-1]


def iter_events(path: Path) -> Iterator[tuple[str, Element, int]]:
    """(event, element, line) for "start" and "end" events; parse problems become ListingErrors."""
    source = _LineSource(path)
    try:
        for event, element in SafeET.iterparse(source, events=("start", "end")):
            yield event, element, source.lineno
    except ParseError as exc:
        line = exc.position[0] if getattr(exc, "position", None) else source.lineno
        message = str(exc).split(":")[0]
        raise ListingError(f"{path}:{line}: malformed XML ({message})") from None
    except DefusedXmlException as exc:
        raise ListingError(f"{path}:{source.lineno}: refused unsafe XML ({type(exc).__name__})") from None
    finally:
        source.close()


def text_of(element: Element | None) -> str:
    """All text inside an element, inline markup (<fixed-case>, <i>...) dropped, tails kept."""
    if element is None:
        return ""
    return "".join(element.itertext())
