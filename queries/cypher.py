"""`paperkg cypher`: Cypher on the saved NetworkX graph (grand-cypher) or on Neo4j (the driver).

grand-cypher matches node labels and relationship types through a
`__labels__` set attribute, and parses a read-only subset of Cypher (see
docs/usage.md). We give it a *view*: a copy of the graph whose node and edge
attribute dicts are shallow copies with `__labels__` added, built once per
graph, so the stored graph is never mutated. Before parsing we accept two
common spellings it lacks (single-quoted strings, lower-case aggregates) and
turn parse failures and write clauses into one-line `PaperkgError`s.
"""
from __future__ import annotations

import re
import weakref
from dataclasses import dataclass, field
from typing import Any

import networkx as nx
from grandcypher import GrandCypher
from lark.exceptions import UnexpectedCharacters, UnexpectedEOF, UnexpectedInput, UnexpectedToken

from ..errors import PaperkgError

WRITE_CLAUSES = ("CREATE", "MERGE", "DELETE", "DETACH", "SET", "REMOVE", "FOREACH", "LOAD", "CALL", "DROP")
_NEO4J_WRITES = ("CREATE", "MERGE", "DELETE", "DETACH", "SET", "REMOVE", "FOREACH", "DROP")  # CALL may be read-only
_AGGREGATES = ("count", "sum", "avg", "max", "min", "collect")
_WORD = re.compile(r"[A-Za-z_][A-Za-z_0-9]*")
_VIEWS: "weakref.WeakKeyDictionary[nx.Graph, nx.MultiDiGraph]" = weakref.WeakKeyDictionary()

SUPPORTED = (
    "MATCH patterns (several MATCH clauses, labels, `{prop: value}` maps, typed and variable-length "
    "relationships with arrows), WHERE (=, <>, <, >, <=, >=, IN [...], CONTAINS, STARTS WITH, ENDS WITH, "
    "IS NULL, AND/OR/NOT), RETURN [DISTINCT] with AS, COUNT/SUM/AVG/MAX/MIN/COLLECT, "
    "id/type/size/toLower/toUpper/trim/coalesce, ORDER BY, SKIP, LIMIT"
)


class CypherError(PaperkgError):
    """A Cypher query the chosen backend cannot run."""


@dataclass(slots=True)
class CypherResult:
    """Rows of a Cypher answer, columns in RETURN order."""

    columns: list[str]
    rows: list[dict[str, Any]] = field(default_factory=list)


def _mask_strings(query: str) -> str:
    """`query` with the inside of every string literal blanked (for keyword scans)."""
    out, quote, i = [], None, 0
    while i < len(query):
        ch = query[i]
        if quote:
            if ch == "\\" and i + 1 < len(query):
                out.append("  ")
                i += 2
                continue
            out.append(ch if ch == quote else " ")
            quote = None if ch == quote else quote
        else:
            out.append(ch)
            if ch in "'\"`":
                quote = ch
        i += 1
    return "".join(out)


def write_clause(query: str, clauses: tuple[str, ...] = WRITE_CLAUSES) -> str | None:
    """The first write clause keyword of `query` outside strings and property names, if any."""
    masked = _mask_strings(query)
    for m in _WORD.finditer(masked):
        if m.group().upper() in clauses and not masked[:m.start()].rstrip().endswith((".", ":", "$")):
            return m.group().upper()
    return None


def to_grand_cypher(query: str) -> str:
    """Rewrite the spellings grand-cypher lacks: 'single-quoted' strings -> "double", count( -> COUNT(."""
    out, i, n = [], 0, len(query)
    while i < n:
        ch = query[i]
        if ch in "'\"":
            j, chars = i + 1, []
            while j < n and query[j] != ch:
                if query[j] == "\\" and j + 1 < n:
                    chars.append({"n": "\n", "t": "\t"}.get(query[j + 1], query[j + 1]))
                    j += 2
                    continue
                chars.append(query[j])
                j += 1
            if j >= n:
                raise CypherError(f"unterminated string literal starting at column {i + 1}")
            text = "".join(chars)
            out.append('"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"')
            i = j + 1
            continue
        m = _WORD.match(query, i)
        if m:
            word = m.group()
            rest = query[m.end():].lstrip()
            out.append(word.upper() if word.lower() in _AGGREGATES and rest.startswith("(") else word)
            i = m.end()
            continue
        out.append(ch)
        i += 1
    return "".join(out).strip().rstrip(";").strip()


def labelled_view(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy of `graph` in grand-cypher's convention (built once per graph; the original is untouched).

    Node label -> `__labels__ = {label}`; relationship type (the edge key) -> `__labels__ = {type}`.
    """
    view = _VIEWS.get(graph)
    if view is None:
        view = nx.MultiDiGraph()
        view.add_nodes_from((n, {**d, "__labels__": {d.get("label")}}) for n, d in graph.nodes(data=True))
        view.add_edges_from((u, v, k, {**d, "__labels__": {k}}) for u, v, k, d in graph.edges(keys=True, data=True))
        _VIEWS[graph] = view
    return view


def _clean(value: Any) -> Any:
    """Plain JSON-able values: no `__labels__`, sets as sorted lists, driver objects as dicts."""
    if isinstance(value, dict):
        return {str(k): _clean(v) for k, v in value.items() if k != "__labels__"}
    if isinstance(value, (set, frozenset)):
        return sorted(_clean(v) for v in value)
    if isinstance(value, (list, tuple)):
        return [_clean(v) for v in value]
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if hasattr(value, "items"):  # neo4j Node / Relationship
        return {str(k): _clean(v) for k, v in value.items()}
    return str(value)


def _return_order(query: str, columns: list[str]) -> list[str]:
    """grand-cypher may return columns out of order: sort them by where they appear after RETURN."""
    upper = _mask_strings(query).upper()
    start = upper.rfind("RETURN")
    clause = query[start:].lower() if start >= 0 else ""

    def position(col: str) -> int:
        pos = clause.find(col.lower())
        return pos if pos >= 0 else len(clause)

    return sorted(columns, key=position)


def run_networkx(graph: nx.MultiDiGraph, query: str) -> CypherResult:
    """Run a read-only Cypher query on the embedded graph through grand-cypher."""
    clause = write_clause(query)
    if clause:
        raise CypherError(f"{clause} is a write clause: the embedded graph is read-only in Cypher; "
                          "load the graph into Neo4j and use `paperkg cypher --neo4j URI --write`")
    text = to_grand_cypher(query)
    try:
        raw = GrandCypher(labelled_view(graph)).run(text)
    except UnexpectedInput as err:
        raise CypherError(_parse_message(err, text)) from None
    except CypherError:
        raise
    except Exception as err:  # grand-cypher raises bare KeyError/ValueError/... on what it cannot evaluate
        raise CypherError(f"grand-cypher could not run this query ({type(err).__name__}: {err}); "
                          f"the embedded graph supports: {SUPPORTED}") from None
    columns = _return_order(text, [str(c) for c in raw])
    values = {str(c): v for c, v in raw.items()}
    count = max((len(v) for v in values.values()), default=0)
    rows = [{c: _clean(values[c][i]) if i < len(values[c]) else None for c in columns} for i in range(count)]
    return CypherResult(columns, rows)


def _parse_message(err: UnexpectedInput, text: str) -> str:
    line, col = getattr(err, "line", "?"), getattr(err, "column", "?")
    if isinstance(err, UnexpectedCharacters):
        lines = text.splitlines() or [""]
        at = lines[line - 1][col - 1:] if isinstance(line, int) and isinstance(col, int) else ""
        near = _WORD.match(at).group() if _WORD.match(at) else at[:10]
    elif isinstance(err, UnexpectedToken):
        near = str(err.token)
    elif isinstance(err, UnexpectedEOF):
        near = "end of query"
    else:
        near = "?"
    return (f"the embedded graph cannot run this Cypher (unsupported or invalid near {near!r}, "
            f"line {line}, column {col}); grand-cypher supports {SUPPORTED}. "
            "For full Cypher use --neo4j URI")


def run_neo4j(conn, query: str, *, write: bool = False, **params: Any) -> CypherResult:
    """Run Cypher on Neo4j through a `paperkg.graph.neo4j` connection (READ access unless `write`)."""
    if not write and (clause := write_clause(query, _NEO4J_WRITES)):
        raise CypherError(f"{clause} is a write clause: add --write to run it on Neo4j")
    records = conn.write(query, **params) if write else conn.read(query, **params)
    rows = [_clean(dict(r)) for r in (records or [])]
    columns = list(rows[0]) if rows else []
    return CypherResult(columns, rows)
