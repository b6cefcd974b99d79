"""Answer the ready-made questions from Neo4j with parameterized Cypher.

Every statement this module sends is in `CYPHER` (checked by the Neo4j
parser in another test). Labels cannot be parameters in Cypher, so each
statement is generated per label from the schema constants at import time;
every value that comes from a user or from paper text is a `$parameter`.
Sorting rules match `NetworkXBackend` exactly (see `backend.py`), so both
backends give the same answers.
"""
from __future__ import annotations

from typing import Any

from ..graph import schema as S
from .backend import NameIndexCache
from .networkx_backend import _snippet, _unique
from .results import MENTIONED_LABELS, CatalogEntry, CoOccurrence, Count, NodeRef, PaperHit, PathStep, Related

NO_LIMIT = 2**31 - 1
MAX_PATH = 10  # variable-length bounds cannot be parameters; shorter limits are applied in Python
_LINK_LABELS = (S.REPOSITORY, S.HF_RESOURCE, S.WEBSITE)
_TARGET_LABELS = (*MENTIONED_LABELS, *_LINK_LABELS, S.ORGANIZATION)
_NAME = "coalesce({v}.name, {v}.title, {v}.key)"
_SKIPPED = "['MENTIONS', 'LINKS_TO', 'CITES']"
_PAPER_ORDER = "ORDER BY coalesce(p.date, '') DESC, p.key"


def _papers_match(label: str) -> tuple[str, str]:
    """(MATCH prefix binding p, r, n for the papers pointing at `$keys`, evidence expression)."""
    if label in MENTIONED_LABELS:
        return f"MATCH (p:Paper)-[r:MENTIONS]->(n:{label}) WHERE n.key IN $keys", "r.evidence"
    if label in _LINK_LABELS:
        return f"MATCH (p:Paper)-[r:LINKS_TO]->(n:{label}) WHERE n.key IN $keys", "r.url"
    return ("MATCH (o:Organization) WHERE o.key IN $keys "
            "OPTIONAL MATCH (res)-[:OWNED_BY]->(o) "
            "WITH collect(DISTINCT o) + collect(DISTINCT res) AS targets "
            "UNWIND targets AS n "
            "MATCH (p:Paper)-[r:LINKS_TO]->(n)"), "r.url"


def _build() -> dict[str, str]:
    q: dict[str, str] = {}
    for label in S.NODE_LABELS:
        n = _NAME.format(v="n")
        q[f"catalog:{label}"] = (f"MATCH (n:{label}) RETURN n.key AS key, {n} AS name, n.aliases AS aliases, "
                                 "n.variants AS variants, n.tag AS tag")
        q[f"properties:{label}"] = f"MATCH (n:{label} {{key: $key}}) RETURN properties(n) AS props"
        o = _NAME.format(v="o")
        q[f"relations:{label}"] = (
            f"MATCH (n:{label} {{key: $key}})-[r]-(o) WHERE NOT type(r) IN {_SKIPPED} "
            "WITH n, r, o, CASE WHEN startNode(r) = n THEN 'out' ELSE 'in' END AS direction "
            "ORDER BY type(r), direction, labels(o)[0], o.key "
            "WITH type(r) AS type, direction, "
            f"collect({{label: labels(o)[0], key: o.key, name: {o}, evidence: r.evidence}})[..$limit] AS items "
            "UNWIND items AS item "
            "RETURN type, direction, item.label AS label, item.key AS key, item.name AS name, "
            "item.evidence AS evidence ORDER BY type, direction, label, key")
    for label in _TARGET_LABELS:
        prefix, evidence = _papers_match(label)
        q[f"papers_count:{label}"] = f"{prefix} RETURN count(DISTINCT p) AS total"
        q[f"papers:{label}"] = (
            f"{prefix} WITH p, r ORDER BY coalesce({evidence}, '') "
            "WITH p, collect(r)[0] AS r "
            f"RETURN p.key AS key, coalesce(p.title, p.name) AS title, p.date AS date, p.url AS url, "
            f"{evidence} AS evidence, r.aliases AS aliases, r.variants AS variants "
            f"{_PAPER_ORDER} LIMIT $limit")
        for other in (*MENTIONED_LABELS, None):
            pattern = f"(o:{other})" if other else "(o)"
            o = _NAME.format(v="o")
            q[f"co_mentions:{label}:{other or 'any'}"] = (
                f"{prefix} WITH collect(DISTINCT p) AS papers, collect(DISTINCT n) AS own "
                f"UNWIND papers AS p MATCH (p)-[:MENTIONS]->{pattern} WHERE NOT o IN own "
                f"RETURN labels(o)[0] AS label, o.key AS key, {o} AS name, count(DISTINCT p) AS papers "
                "ORDER BY papers DESC, label, key LIMIT $limit")
        n = _NAME.format(v="n")
        if label == S.ORGANIZATION:
            q[f"top_papers:{label}"] = (
                "MATCH (n:Organization) OPTIONAL MATCH (res)-[:OWNED_BY]->(n) "
                "WITH n, collect(res) + [n] AS targets UNWIND targets AS t "
                "MATCH (p:Paper)-[:LINKS_TO]->(t) "
                f"RETURN n.key AS key, {n} AS name, count(DISTINCT p) AS papers "
                "ORDER BY papers DESC, key LIMIT $limit")
        else:
            rel = "MENTIONS" if label in MENTIONED_LABELS else "LINKS_TO"
            q[f"top_papers:{label}"] = (
                f"MATCH (p:Paper)-[:{rel}]->(n:{label}) "
                f"RETURN n.key AS key, {n} AS name, count(DISTINCT p) AS papers "
                "ORDER BY papers DESC, key LIMIT $limit")
        q[f"top_relations:{label}"] = (
            f"MATCH (n:{label})-[r]-() WHERE NOT type(r) IN {_SKIPPED} "
            f"RETURN n.key AS key, {n} AS name, count(r) AS papers "
            "ORDER BY papers DESC, key LIMIT $limit")
    for left in MENTIONED_LABELS:
        for right in MENTIONED_LABELS:
            a, b = _NAME.format(v="a"), _NAME.format(v="b")
            q[f"cooccurrence:{left}:{right}"] = (
                f"MATCH (a:{left})<-[:MENTIONS]-(p:Paper)-[:MENTIONS]->(b:{right}) WHERE a <> b "
                f"RETURN a.key AS left_key, {a} AS left_name, b.key AS right_key, {b} AS right_name, "
                "count(DISTINCT p) AS papers ORDER BY papers DESC, left_key, right_key")
    q["shortest_path"] = (
        "MATCH (a) WHERE a.key = $a AND $a_label IN labels(a) "
        "MATCH (b) WHERE b.key = $b AND $b_label IN labels(b) "
        f"MATCH path = shortestPath((a)-[*..{MAX_PATH}]-(b)) "
        f"RETURN [x IN nodes(path) | {{label: labels(x)[0], key: x.key, name: {_NAME.format(v='x')}, "
        "id: elementId(x)}] AS nodes, "
        "[r IN relationships(path) | {type: type(r), start: elementId(startNode(r))}] AS rels")
    q["search"] = (
        "MATCH (p:Paper) WHERE toLower(coalesce(p.title, p.name, '')) CONTAINS $text "
        "OR toLower(coalesce(p.abstract, '')) CONTAINS $text "
        "RETURN p.key AS key, coalesce(p.title, p.name) AS title, p.date AS date, p.url AS url, "
        f"p.abstract AS abstract {_PAPER_ORDER} LIMIT $limit")
    return q


CYPHER: dict[str, str] = _build()


class Neo4jBackend(NameIndexCache):
    """Queries through a `paperkg.graph.neo4j` connection (`.read(query, **params) -> list[dict]`)."""

    name = "neo4j"

    def __init__(self, conn):
        self.conn = conn

    def _read(self, name: str, **params: Any) -> list[dict]:
        return [dict(row) for row in self.conn.read(CYPHER[name], **params)]

    def catalog(self, label: str) -> list[CatalogEntry]:
        return [CatalogEntry(label, r["key"], r["name"] or "", list(r["aliases"] or []), list(r["variants"] or []),
                             r["tag"]) for r in self._read(f"catalog:{label}")]

    def properties(self, ref: NodeRef) -> dict[str, Any]:
        rows = self._read(f"properties:{ref.label}", key=ref.key)
        return {"label": ref.label, **dict(rows[0]["props"])} if rows else {}

    def papers_of(self, refs: list[NodeRef], limit: int | None) -> tuple[int, list[PaperHit]]:
        label, keys = refs[0].label, [r.key for r in refs]
        total = self._read(f"papers_count:{label}", keys=keys)[0]["total"]
        rows = self._read(f"papers:{label}", keys=keys, limit=NO_LIMIT if limit is None else limit)
        hits = [PaperHit(r["key"], r["title"] or "", r["date"], r["url"], r["evidence"],
                         _unique([*(r["aliases"] or []), *(r["variants"] or [])])) for r in rows]
        return total, hits

    def relations(self, ref: NodeRef, limit: int | None = None) -> list[Related]:
        rows = self._read(f"relations:{ref.label}", key=ref.key, limit=NO_LIMIT if limit is None else limit)
        return [Related(r["type"], r["direction"], NodeRef(r["label"], r["key"], r["name"]), r["evidence"])
                for r in rows]

    def co_mentions(self, refs: list[NodeRef], label: str | None, limit: int | None) -> list[Count]:
        rows = self._read(f"co_mentions:{refs[0].label}:{label or 'any'}", keys=[r.key for r in refs],
                          limit=NO_LIMIT if limit is None else limit)
        return [Count(NodeRef(r["label"], r["key"], r["name"]), r["papers"]) for r in rows]

    def co_mention_groups(self, refs: list[NodeRef], labels: tuple[str, ...],
                          limit: int | None) -> dict[str, list[Count]]:
        return {label: self.co_mentions(refs, label, limit) for label in labels}

    def top(self, label: str, by: str, limit: int | None) -> list[Count]:
        rows = self._read(f"top_{by}:{label}", limit=NO_LIMIT if limit is None else limit)
        return [Count(NodeRef(label, r["key"], r["name"]), r["papers"]) for r in rows]

    def shortest_path(self, a: NodeRef, b: NodeRef, max_hops: int) -> list[PathStep] | None:
        rows = self._read("shortest_path", a=a.key, a_label=a.label, b=b.key, b_label=b.label)
        if not rows or len(rows[0]["rels"]) > max_hops:
            return None
        nodes, rels = rows[0]["nodes"], rows[0]["rels"]
        steps = [PathStep(NodeRef(nodes[0]["label"], nodes[0]["key"], nodes[0]["name"]))]
        for i, rel in enumerate(rels):
            node = nodes[i + 1]
            steps.append(PathStep(NodeRef(node["label"], node["key"], node["name"]), rel["type"],
                                  rel["start"] == nodes[i]["id"]))
        return steps

    def search(self, text: str, limit: int | None) -> list[PaperHit]:
        query = text.lower()
        rows = self._read("search", text=query, limit=NO_LIMIT if limit is None else limit)
        return [PaperHit(r["key"], r["title"] or "", r["date"], r["url"],
                         _snippet({"title": r["title"], "abstract": r["abstract"]}, query), []) for r in rows]

    def cooccurrence(self, left: str, right: str) -> list[CoOccurrence]:
        return [CoOccurrence(NodeRef(left, r["left_key"], r["left_name"]), NodeRef(right, r["right_key"], r["right_name"]),
                             r["papers"]) for r in self._read(f"cooccurrence:{left}:{right}")]
