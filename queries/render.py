"""Print answers: a rich table for people, `--json` or `--csv` for scripts.

Rows are flat dicts with stable field names (the dataclasses' `to_row()`).
Table cells are `rich.text.Text`, never markup, so a paper title like
"[bold]x" or "<script>" prints literally.
"""
from __future__ import annotations

import csv
import sys
from typing import IO, Any

import orjson
from rich.console import Console
from rich.table import Table
from rich.text import Text

FORMATS = ("table", "json", "csv")
LIST_SEPARATOR = "; "


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        return LIST_SEPARATOR.join(_cell(v) for v in value)
    if isinstance(value, dict):
        return orjson.dumps(value, default=str).decode()
    return str(value)


def write_json(data: Any, out: IO[str] | None = None) -> None:
    out = out or sys.stdout
    out.write(orjson.dumps(data, option=orjson.OPT_INDENT_2 | orjson.OPT_NON_STR_KEYS, default=str).decode())
    out.write("\n")


def write_csv(rows: list[dict[str, Any]], columns: list[str], out: IO[str] | None = None) -> None:
    writer = csv.DictWriter(out or sys.stdout, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({c: _cell(row.get(c)) for c in columns})


def table(rows: list[dict[str, Any]], columns: list[str], title: str | None = None,
          headers: dict[str, str] | None = None) -> Table:
    """A rich table of `rows` (plain text cells, no markup interpretation)."""
    headers = headers or {}
    t = Table(title=Text(title) if title else None, show_lines=False, title_justify="left")
    for column in columns:
        t.add_column(Text(headers.get(column, column)), overflow="fold")
    for row in rows:
        t.add_row(*(Text(_cell(row.get(c))) for c in columns))
    return t


def emit(rows: list[dict[str, Any]], columns: list[str], fmt: str, *, title: str | None = None,
         headers: dict[str, str] | None = None, empty: str | None = None,
         table_columns: list[str] | None = None, console: Console | None = None) -> None:
    """Print `rows` in `fmt`; in table form an empty answer prints the `empty` sentence instead.

    `table_columns` narrows what a terminal table shows (JSON/CSV always carry every column).
    """
    if fmt == "json":
        write_json(rows)
    elif fmt == "csv":
        write_csv(rows, columns)
    else:
        console = console or Console()
        if not rows and empty:
            console.print(Text(empty))
        else:
            console.print(table(rows, table_columns or columns, title, headers))
