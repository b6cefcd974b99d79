"""CSV files for `neo4j-admin database import full`: the bulk path for very large graphs.

The transactional loader (graph/neo4j.py) is right for incremental loads;
for millions of papers the offline importer is orders of magnitude faster. It
reads one header per file, so each label gets `nodes_<Label>.csv` and each
(type, source label, target label) `relationships_<TYPE>_<Src>_<Dst>.csv`.

Decisions:
* Per-label ID spaces (`key:ID(Model)`, `:START_ID(Paper)`): keys are unique
  per label only (a Model and a Dataset may both be `xnli`), and `key:ID`
  also stores the key as the `key` property the constraints and the loader use.
* Typed columns from the values themselves: `string`, `long` (Python ints are
  64-bit, like Cypher's INTEGER - `int` would be 32-bit), `double` (`float`
  would round to 32 bits), `boolean`, and `[]` arrays of those.
* The array delimiter is `;` unless some list item contains `;` (citation
  strings may), then the first of `|` and U+001F that no item contains; the
  chosen one is passed to neo4j-admin in import.sh, so values arrive unchanged.
* `--multiline-fields=true` only when some value has a line break (it makes
  the importer slower).
* Values are cleaned exactly as the loader does (`storable`): what Neo4j holds
  is the same either way, except that an empty list or empty string, written
  as an empty field, is imported as an absent property.
Every file is written atomically, and `schema.cypher` holds the constraints
and indexes to run once the database is started (the importer creates none).
"""
from __future__ import annotations

import contextlib
import csv
import math
import os
import re
import shlex
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx

from ..errors import PaperkgError
from ..files import atomic_write
from . import neo4j as N

ARRAY_DELIMITERS = (";", "|", "\x1f")
# RFC 4180 line ends: the csv module quotes a field holding any character of the line
# terminator, so with CRLF a lone "\r" (or "\n") in a value is quoted too, never a row break.
LINE_END = "\r\n"
_ADMIN_DELIMITER_SPELLING = {";": ";", "|": "|", "\x1f": "U+001F"}
_PROPERTY_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


@dataclass
class ImportFiles:
    """What `export_neo4j_import` wrote."""

    directory: Path
    node_files: dict[str, Path] = field(default_factory=dict)  # label -> file
    relationship_files: dict[tuple[str, str, str], Path] = field(default_factory=dict)
    nodes: dict[str, int] = field(default_factory=dict)
    relationships: dict[str, int] = field(default_factory=dict)
    array_delimiter: str = ";"
    multiline: bool = False
    command: list[str] = field(default_factory=list)


_TYPE_NAMES = {str: "string", int: "long", float: "double", bool: "boolean"}


@dataclass
class _Scan:
    """One pass over a group's rows: value types per property and delimiter characters in list items."""

    scalars: dict[str, set[type]] = field(default_factory=dict)
    lists: dict[str, set[type]] = field(default_factory=dict)
    used: set[str] = field(default_factory=set)

    def add(self, rows: list[dict[str, Any]]) -> _Scan:
        scalars, lists, used = self.scalars, self.lists, self.used
        for row in rows:
            for name, value in row["props"].items():
                if type(value) is list:
                    kinds = lists.setdefault(name, set())
                    for item in value:
                        kinds.add(type(item))
                        if type(item) is str and len(used) < len(ARRAY_DELIMITERS):
                            used.update(c for c in ARRAY_DELIMITERS if c in item)
                else:
                    scalars.setdefault(name, set()).add(type(value))
        return self

    def columns(self, where: str) -> list[tuple[str, str]]:
        """(property, neo4j-admin type) for every property, sorted by name; conflicts are errors.

        A header field is `name:type`, so a name must be a plain identifier.
        """
        out = []
        for name in sorted({*self.scalars, *self.lists}):
            if not _PROPERTY_NAME.fullmatch(name):
                raise PaperkgError(f"{where}: property name {name!r} cannot be a neo4j-admin CSV header "
                                   "(letters, digits and _ only)")
            if name in self.scalars and name in self.lists:
                raise PaperkgError(f"{where} property {name!r}: some values are lists and some are not; "
                                   "a CSV column has one type")
            kinds = set(self.scalars.get(name) or self.lists.get(name) or ())
            if kinds == {int, float}:
                kinds = {float}
            if len(kinds) > 1:
                names = ", ".join(sorted(_TYPE_NAMES[k] for k in kinds))
                raise PaperkgError(f"{where} property {name!r}: values of types {names}; "
                                   "a CSV column has one type")
            kind = _TYPE_NAMES[kinds.pop()] if kinds else "string"
            out.append((name, kind + "[]" if name in self.lists else kind))
        return out


def _double(value: Any) -> str:
    number = float(value)
    if math.isnan(number):
        return "NaN"  # Java's Double.parseDouble spellings
    if math.isinf(number):
        return "Infinity" if number > 0 else "-Infinity"
    return repr(number)


def _boolean(value: Any) -> str:
    return "true" if value else "false"


class _Writer:
    """Cell converters per column type; notes whether any string holds a line break."""

    def __init__(self, delimiter: str) -> None:
        self.delimiter = delimiter
        self.multiline = False

    def _string(self, value: Any) -> str:
        if not self.multiline and ("\n" in value or "\r" in value):
            self.multiline = True
        return value

    def converter(self, column_type: str):
        scalar = {"string": self._string, "long": str, "double": _double, "boolean": _boolean}[
            column_type.removesuffix("[]")]
        if not column_type.endswith("[]"):
            return scalar
        join = self.delimiter.join
        return lambda items: join([scalar(item) for item in items])

    def row_cells(self, columns: list[tuple[str, str]]):
        """A function props -> the property cells of one CSV row (empty for an absent value)."""
        convert = [(name, self.converter(kind)) for name, kind in columns]

        def cells(props: dict[str, Any]) -> list[str]:
            out = []
            for name, conv in convert:
                value = props.get(name)
                out.append("" if value is None else conv(value))
            return out
        return cells


def choose_array_delimiter(used: set[str]) -> str:
    """`;` unless a list item contains it; then the first candidate no list item contains."""
    for candidate in ARRAY_DELIMITERS:
        if candidate not in used:
            return candidate
    raise PaperkgError("every candidate array delimiter (; | U+001F) occurs inside some list value; "
                       "cannot write lossless neo4j-admin CSV")


def node_header(label: str, columns: list[tuple[str, str]]) -> list[str]:
    return [f"key:ID({N.checked_label(label)})", *(f"{name}:{kind}" for name, kind in columns), ":LABEL"]


def relationship_header(rel_type: str, src: str, dst: str, columns: list[tuple[str, str]]) -> list[str]:
    N.checked_type(rel_type)
    return [f":START_ID({N.checked_label(src)})", f":END_ID({N.checked_label(dst)})",
            *(f"{name}:{kind}" for name, kind in columns), ":TYPE"]


def admin_command(files: ImportFiles, database: str = "neo4j", base: str = "$DIR") -> list[str]:
    """argv of the `neo4j-admin database import full` run for these files (paths under `base`)."""
    argv = ["neo4j-admin", "database", "import", "full",
            "--id-type=string", "--delimiter=,", "--quote=\"",
            f"--array-delimiter={_ADMIN_DELIMITER_SPELLING[files.array_delimiter]}"]
    if files.multiline:
        argv.append("--multiline-fields=true")
    argv += [f"--nodes={base}/{path.name}" for path in files.node_files.values()]
    argv += [f"--relationships={base}/{path.name}" for path in files.relationship_files.values()]
    argv += ["--overwrite-destination=${OVERWRITE:-false}", database]
    return argv


def _shell_line(argv: list[str]) -> str:
    """The command as shell text: quoted, but $DIR and ${OVERWRITE...} left for the shell to expand."""
    parts = []
    for arg in argv:
        if "$" in arg:
            parts.append('"' + arg.replace('"', '\\"') + '"')
        else:
            parts.append(shlex.quote(arg))
    return " \\\n    ".join(parts)


IMPORT_SH = """#!/usr/bin/env sh
# Bulk import written by `paperkg export --neo4j-import`. The database must be
# stopped (or not exist yet); then start Neo4j and run schema.cypher, e.g.
#   cypher-shell -u neo4j -p "$NEO4J_PASSWORD" -f schema.cypher
# With the repository's docker compose service, which mounts
# paperkg-out/neo4j-import at /import (export there):
#   docker compose stop neo4j
#   docker compose run --rm -e OVERWRITE=true neo4j sh /import/import.sh
#   docker compose up -d
# OVERWRITE=true replaces an existing database (the server creates `neo4j` on first start).
set -eu
DIR="${{IMPORT_DIR:-$(cd "$(dirname "$0")" && pwd)}}"
{command}
"""


def export_neo4j_import(graph: nx.MultiDiGraph, directory: str | os.PathLike,
                        database: str = "neo4j") -> ImportFiles:
    """Write node/relationship CSVs, import.sh and schema.cypher for `neo4j-admin database import full`.

    Two passes: rows are built (and checked) and scanned for column types and
    delimiter characters, then each file is streamed out atomically.
    """
    directory = Path(directory)
    if directory.exists() and not directory.is_dir():
        raise PaperkgError(f"{directory}: exists and is not a directory")
    nodes = N.node_rows(graph)
    rels = N.relationship_rows(graph)
    used: set[str] = set()
    node_columns, rel_columns = {}, {}
    for label, rows in nodes.items():
        scan = _Scan(used=used).add(rows)
        node_columns[label] = scan.columns(f"{label} nodes")
    for group, rows in rels.items():
        scan = _Scan(used=used).add(rows)
        rel_columns[group] = scan.columns(f"{group[0]}({group[1]}->{group[2]}) relationships")
    files = ImportFiles(directory=directory, array_delimiter=choose_array_delimiter(used))
    writer = _Writer(files.array_delimiter)
    try:
        for label, rows in nodes.items():
            columns = node_columns[label]
            cells = writer.row_cells(columns)
            path = directory / f"nodes_{label}.csv"
            with atomic_write(path) as handle:
                out = csv.writer(handle, lineterminator=LINE_END)
                out.writerow(node_header(label, columns))
                out.writerows([row["key"], *cells(row["props"]), label] for row in rows)
            files.node_files[label] = path
            files.nodes[label] = len(rows)
        for (rel_type, src, dst), rows in rels.items():
            columns = rel_columns[(rel_type, src, dst)]
            cells = writer.row_cells(columns)
            path = directory / f"relationships_{rel_type}_{src}_{dst}.csv"
            with atomic_write(path) as handle:
                out = csv.writer(handle, lineterminator=LINE_END)
                out.writerow(relationship_header(rel_type, src, dst, columns))
                out.writerows([row["src"], row["dst"], *cells(row["props"]), rel_type] for row in rows)
            files.relationship_files[(rel_type, src, dst)] = path
            files.relationships[rel_type] = files.relationships.get(rel_type, 0) + len(rows)
        files.multiline = writer.multiline
        files.command = admin_command(files, database)
        with atomic_write(directory / "import.sh") as handle:
            handle.write(IMPORT_SH.format(command=_shell_line(files.command)))
        with contextlib.suppress(OSError):
            os.chmod(directory / "import.sh", 0o755)
        with atomic_write(directory / "schema.cypher") as handle:
            handle.write("// Constraints and indexes for a paperkg graph; run after the import.\n")
            handle.write("".join(f"{statement};\n" for statement in N.schema_statements()))
    except OSError as err:
        raise PaperkgError(f"{directory}: cannot write neo4j-admin import files: {err.strerror or err}") from err
    return files
