"""Every Cypher statement paperkg can send, checked by Neo4j's own parser.

`@neo4j-cypher/language-support` (npm, pinned in tests/cypher/package-lock.json)
is the parser and semantic analysis behind Neo4j's editors; it runs offline on
Node. tests/cypher/check.cjs lints each statement against the schema's labels
and relationship types and only the parameters the statement is sent with, as
Cypher 5. Checked: the loader's constraints, indexes, node MERGE per label,
relationship MERGE per (type, source label, target label), wipe and count
statements, the import's schema.cypher, the ready-made queries' `CYPHER` dict
(paperkg.queries.neo4j_backend) and the ```cypher examples of docs/usage.md
and README.md. A deliberately broken statement proves the check can fail.
"""
from __future__ import annotations

import functools
import importlib
import importlib.util
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from paperkg.graph import neo4j as N
from paperkg.graph import schema as S

ROOT = Path(__file__).resolve().parent.parent
CHECK_DIR = ROOT / "tests" / "cypher"
PARSER = CHECK_DIR / "node_modules" / "@neo4j-cypher" / "language-support"
DOCS = (ROOT / "docs" / "usage.md", ROOT / "README.md")
PARAM = re.compile(r"\$(\w+)")
FENCE = re.compile(r"^```cypher[^\n]*\n(.*?)^```", re.MULTILINE | re.DOTALL)

pytestmark = pytest.mark.skipif(shutil.which("node") is None,
                                reason="node is not installed (tests/setup-system.sh installs it)")


def _ensure_parser() -> None:
    if PARSER.is_dir():
        return
    npm = shutil.which("npm")
    if npm is None:
        pytest.fail("Neo4j's Cypher parser is not installed and npm is missing: "
                    "run `npm ci --prefix tests/cypher`")
    subprocess.run([npm, "ci", "--prefix", str(CHECK_DIR), "--no-audit", "--no-fund", "--loglevel=error"],
                   check=True, timeout=300)


# Most loader statements come from templates filled with schema names (relationship
# MERGEs alone: 9 types x 8 x 8 labels). Neo4j's full semantic analysis (~0.2 s of CPU
# each) runs on representatives that put every type and every label in every
# position; all the others get the parser's syntax, parameter and schema-name check.
REPRESENTATIVES = {N.relationship_statement(t, S.PAPER, S.PAPER) for t in S.REL_TYPES} | \
    {N.relationship_statement(S.MENTIONS, label, label) for label in S.NODE_LABELS}
TEMPLATED = ({N.relationship_statement(t, a, b) for t in S.REL_TYPES for a in S.NODE_LABELS
              for b in S.NODE_LABELS} - REPRESENTATIVES) \
    | {f(label) for label in S.NODE_LABELS[1:]
       for f in (N.node_statement, N.wipe_statement, N.wipe_relationships_statement, N.count_nodes_statement)} \
    | {N.count_relationships_statement(t) for t in S.REL_TYPES[1:]} \
    | set(N.constraint_statements()[1:])


def lint(statements: list[tuple[str, str, dict]]) -> dict[str, list[dict]]:
    """{id: diagnostics} for (id, query, parameters) triples, one node process for all."""
    _ensure_parser()
    payload = {"schema": {"labels": list(S.NODE_LABELS), "relationshipTypes": list(S.REL_TYPES)},
               "statements": [{"id": i, "query": q, "parameters": p, "mode": "parse" if q in TEMPLATED else "full"}
                              for i, q, p in statements]}
    done = subprocess.run(["node", str(CHECK_DIR / "check.cjs")], input=json.dumps(payload), capture_output=True,
                          text=True, timeout=600, cwd=CHECK_DIR)
    assert done.returncode == 0, done.stderr
    return {entry["id"]: entry["diagnostics"] for entry in json.loads(done.stdout)}


def _declared(query: str) -> dict:
    """Parameters of a statement whose caller fills them by name: every $name it uses."""
    return {name: "x" for name in PARAM.findall(query)}


def loader_statements() -> list[tuple[str, str, dict]]:
    out = [(f"loader:{i}", query, params) for i, (query, params) in enumerate(N.all_statements())]
    schema_file = "".join(f"{statement};\n" for statement in N.schema_statements())
    out.append(("import:schema.cypher", schema_file, {}))
    return out


def query_statements() -> list[tuple[str, str, dict]]:
    if importlib.util.find_spec("paperkg.queries.neo4j_backend") is None:
        return []
    cypher = importlib.import_module("paperkg.queries.neo4j_backend").CYPHER
    return [(f"queries:{name}", query, _declared(query)) for name, query in cypher.items()]


def doc_statements() -> list[tuple[str, str, dict]]:
    out = []
    for path in DOCS:
        if path.exists():
            for n, block in enumerate(FENCE.findall(path.read_text(encoding="utf-8")), 1):
                out.append((f"{path.name}#cypher-{n}", block, _declared(block)))
    return out


BROKEN = [
    ("broken:keyword", "UNWIND $rows AS row MERGE (n:Paper {key: row.key}) SET n += row.props RETRN n",
     {"rows": []}),
    ("broken:parameter", "UNWIND $rows AS row MERGE (n:Paper {key: row.key}) SET n += row.props", {}),
    ("broken:variable", "MATCH (n:Paper) RETURN m", {}),
    ("broken:label", "MATCH (n:Person) RETURN n", {}),
    ("broken:type", "MATCH (:Paper)-[r:KNOWS]->(:Paper) RETURN r", {}),
    ("broken:merge-label", "UNWIND $rows AS row MERGE (n:Person {key: row.key}) SET n += row.props",
     {"rows": []}),
]


@functools.lru_cache(maxsize=1)
def checked() -> tuple[dict[str, list[dict]], dict[str, int]]:
    """Lint everything once per test session: (diagnostics by id, statements per source)."""
    parts = {"loader/import": loader_statements(), "queries": query_statements(), "docs": doc_statements()}
    statements = [st for part in parts.values() for st in part] + BROKEN
    return lint(statements), {name: len(part) for name, part in parts.items()}


def test_every_statement_paperkg_sends_parses_cleanly():
    results, counts = checked()
    problems = {sid: diags for sid, diags in results.items() if diags and not sid.startswith("broken:")}
    assert not problems, json.dumps(problems, indent=1)[:4000]
    assert len(results) == sum(counts.values()) + len(BROKEN)
    assert counts["loader/import"] == len(N.all_statements()) + 1
    print(f"\n{sum(counts.values())} Cypher statements validated by @neo4j-cypher/language-support: "
          + ", ".join(f"{n} {name}" for name, n in counts.items())
          + f" ({len(TEMPLATED)} templated statements parse-checked, the rest fully analysed)")


def test_the_checker_reports_broken_statements():
    results, _ = checked()
    assert any(d["severity"] == "error" and "RETRN" in d["message"] for d in results["broken:keyword"])
    assert any(d["severity"] == "error" and "$rows" in d["message"] for d in results["broken:parameter"])
    assert any(d["severity"] == "error" and "`m`" in d["message"] for d in results["broken:variable"])
    assert any("Person" in d["message"] for d in results["broken:label"])
    assert any("KNOWS" in d["message"] for d in results["broken:type"])
    assert any("Person is not in the paperkg schema" in d["message"] for d in results["broken:merge-label"])


def test_queries_module_is_checked_when_present():
    if importlib.util.find_spec("paperkg.queries.neo4j_backend") is None:
        pytest.skip("paperkg.queries.neo4j_backend does not exist yet")
    results, counts = checked()
    assert counts["queries"] == sum(1 for sid in results if sid.startswith("queries:")) > 0


def test_every_label_and_relationship_combination_is_among_the_checked():
    ids = {q for _, q, _ in loader_statements()}
    assert all(N.node_statement(label) in ids for label in S.NODE_LABELS)
    assert all(N.relationship_statement(t, a, b) in ids
               for t in S.REL_TYPES for a in S.NODE_LABELS for b in S.NODE_LABELS)
