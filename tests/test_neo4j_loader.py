"""The loader's order of work and its summary, against a recording stand-in for the server.

The loader is the code under test; only the database is replaced, by an
object with the `Neo4jConnection` methods the loader calls that records
each statement and its parameters (what the driver would send). Real-server
behaviour (MERGE idempotence, counts) is in tests/test_neo4j_live.py.
"""
from __future__ import annotations

import pytest

from paperkg.errors import PaperkgError
from paperkg.graph import neo4j as N
from paperkg.graph import schema as S


class RecordingServer:
    """Records (statement, params); answers wipe loops with `pending` deletions per statement text."""

    def __init__(self, pending: dict[str, list[int]] | None = None) -> None:
        self.sent: list[tuple[str, dict]] = []
        self.pending = pending or {}

    def write(self, query: str, /, **params):
        self.sent.append((query, params))
        if "DELETE" in query:
            counts = self.pending.get(query, [])
            return [{"deleted": counts.pop(0) if counts else 0}]
        return []

    def write_counted(self, query: str, /, **params):
        self.sent.append((query, params))
        rows = params["rows"]
        created = "nodes_created" if query.startswith("UNWIND $rows AS row MERGE (n:") else "relationships_created"
        return [], {created: len(rows), "properties_set": sum(len(r["props"]) for r in rows)}

    def read(self, query: str, /, **params):
        self.sent.append((query, params))
        return [{"count": 7}]


def test_load_sends_schema_then_nodes_then_relationships_with_exact_rows(sample_graph):
    server = RecordingServer()
    summary = N.load(server, sample_graph, batch_size=4)
    statements = [q for q, _ in server.sent]
    schema_end = len(N.schema_statements())
    assert statements[:schema_end] == N.schema_statements()
    assert server.sent[schema_end] == (N.AWAIT_INDEXES, {"seconds": N.INDEX_WAIT_SECONDS})
    batches = N.plan(sample_graph, 4)
    sent_batches = server.sent[schema_end + 1: schema_end + 1 + len(batches)]
    assert sent_batches == [(b.statement, {"rows": b.rows}) for b in batches]
    # then the closing counts, one per label and type
    assert statements[schema_end + 1 + len(batches):] == \
        [N.count_nodes_statement(label) for label in S.NODE_LABELS] + \
        [N.count_relationships_statement(t) for t in S.REL_TYPES]
    assert summary.batches == len(batches)
    assert summary.rows == sample_graph.number_of_nodes() + sample_graph.number_of_edges()
    assert summary.nodes_sent["Model"] == 9 and summary.relationships_sent["MENTIONS"] == 18
    assert summary.counters["nodes_created"] == sample_graph.number_of_nodes()
    assert summary.db_nodes == {label: 7 for label in S.NODE_LABELS}
    assert summary.rows_per_second > 0


def test_wipe_runs_first_and_loops_each_label_until_a_short_batch(sample_graph):
    model_rels = N.wipe_relationships_statement("Model")
    model_nodes = N.wipe_statement("Model")
    server = RecordingServer({model_rels: [2, 2, 1], model_nodes: [2, 1]})
    summary = N.load(server, sample_graph, batch_size=2, wipe_first=True)
    assert summary.wiped == 3  # nodes only
    deletes = [(q, p) for q, p in server.sent if "DELETE" in q]
    assert [q for q, _ in deletes].count(model_rels) == 3
    assert [q for q, _ in deletes].count(model_nodes) == 2
    assert all(p == {"limit": 2} for _, p in deletes)
    # every label wiped (relationships, then nodes), and all of it before the first schema statement
    first_schema = next(i for i, (q, _) in enumerate(server.sent) if q.startswith("CREATE CONSTRAINT"))
    assert all(i < first_schema for i, (q, _) in enumerate(server.sent) if "DELETE" in q)
    for label in S.NODE_LABELS:
        assert [q for q, _ in deletes].index(N.wipe_relationships_statement(label)) < \
            [q for q, _ in deletes].index(N.wipe_statement(label))


def test_progress_is_called_once_per_committed_batch(sample_graph):
    seen = []
    N.load(RecordingServer(), sample_graph, batch_size=5, progress=lambda batch: seen.append(len(batch.rows)))
    assert sum(seen) == sample_graph.number_of_nodes() + sample_graph.number_of_edges()
    assert len(seen) == len(N.plan(sample_graph, 5))


def test_a_bad_graph_sends_nothing(sample_graph):
    sample_graph.add_node("Model:weird", label="Model", key="weird", name="W", scores={"a": 1})
    server = RecordingServer()
    with pytest.raises(PaperkgError, match=r"Model:weird.*'scores'"):
        N.load(server, sample_graph, wipe_first=True)
    assert server.sent == []


def test_cli_batch_size_default_matches_the_loader_and_rejects_zero(capsys):
    from paperkg.cli import make_parser

    assert make_parser().parse_args(["load"]).batch_size == N.DEFAULT_BATCH_SIZE
    assert make_parser().parse_args(["load", "--batch-size", "250"]).batch_size == 250
    with pytest.raises(SystemExit) as info:
        make_parser().parse_args(["load", "--batch-size", "0"])
    assert info.value.code == 2 and "at least 1" in capsys.readouterr().err
