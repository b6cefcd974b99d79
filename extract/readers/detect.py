"""Which reader a file needs: from its extension, confirmed or overridden by its first bytes.

Content wins over the extension where they disagree in a way that is common
in practice: the arXiv snapshot ships as `*.json` but is JSON Lines; a `.txt`
or `.xml` file is whatever its content says. A `.gz` suffix is looked through.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

from .base import ListingError

LISTING_SUFFIXES = (".txt", ".jsonl", ".ndjson", ".json", ".csv", ".tsv", ".xml", ".atom")
ARXIV_SNAPSHOT_KEYS = frozenset({"categories", "authors_parsed", "update_date", "versions", "submitter"})
_XML_ROOT = re.compile(r"<([A-Za-z_][\w.:-]*)")
_XML_PROLOG = re.compile(r"\s*(?:<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^\[>]*(?:\[.*?\]\s*)?>|\s)*", re.DOTALL)


def base_suffix(path: Path) -> str:
    """The extension that says the format: '.jsonl' for 'x.jsonl.gz'."""
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    return suffixes[-1] if suffixes else ""


def is_listing_file(path: Path) -> bool:
    """Files a directory input contributes: known listing extensions, not hidden."""
    return path.is_file() and not path.name.startswith(".") and base_suffix(path) in LISTING_SUFFIXES


def detect_format(path: Path, head: bytes) -> str:
    """The format name (one of FORMATS) for a file whose first bytes are `head`."""
    text = head.decode("utf-8", errors="replace").lstrip("\ufeff \t\r\n")
    suffix = base_suffix(path)
    if text.startswith("<"):
        prolog = _XML_PROLOG.match(text)
        root = _XML_ROOT.match(text, prolog.end() if prolog else 0)
        name = root.group(1).rsplit(":", 1)[-1] if root else ""
        if name == "feed":
            return "arxiv-atom"
        if name in ("collection", "volume"):
            return "acl-xml"
        if suffix in (".xml", ".atom") or text.startswith("<?xml"):
            raise ListingError(f"{path}: unrecognised XML (root element <{name or '?'}>): "
                               "expected an arXiv Atom feed or ACL Anthology XML")
    elif text.startswith("[") and (text[1:].lstrip()[:1] in ("{", "]") or suffix == ".json"):
        return "json"  # a "[Re] Reproducing ..." title line is not JSON
    elif text.startswith("{"):
        first_line = text.split("\n", 1)[0]
        try:
            obj = json.loads(first_line)
        except json.JSONDecodeError:
            obj = None
        if isinstance(obj, dict):
            if {"id", "abstract"} <= obj.keys() and ARXIV_SNAPSHOT_KEYS & obj.keys():
                return "arxiv-jsonl"
            return "jsonl"
        if suffix in (".jsonl", ".ndjson"):
            return "jsonl"
        if suffix == ".json" or first_line.strip() == "{":
            return "json"
    if suffix in (".csv", ".tsv"):
        return "csv"
    if suffix in (".json", ".jsonl", ".ndjson", ".xml", ".atom"):
        raise ListingError(f"{path}: content does not look like {suffix[1:].upper()}; use --format to say the format")
    first_line = text.split("\n", 1)[0].lower()
    if re.match(r'^"?title"?\s*[,;\t|]|[,;\t|]\s*"?title"?\s*(?:[,;\t|]|$)', first_line.strip()):
        return "csv"
    if suffix in (".txt", ".text", ""):
        return "pages"
    raise ListingError(f"{path}: cannot tell the listing format from '{suffix}'; use --format")
