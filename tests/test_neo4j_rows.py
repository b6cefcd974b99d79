"""Row building and batching of the Neo4j loader: pure functions, no server.

These pin down exactly what each transaction carries, that every node and edge
of a graph is sent once, and that every value is one Neo4j stores (checked
with our rules and by a round trip through the driver's own Bolt encoder).
"""
from __future__ import annotations

import math

import pytest

from paperkg.errors import PaperkgError
from paperkg.graph import neo4j as N
from paperkg.graph import schema as S


def test_statement_templates_are_exact():
    assert N.node_statement("Model") == \
        "UNWIND $rows AS row MERGE (n:Model {key: row.key}) SET n += row.props"
    assert N.relationship_statement("MENTIONS", "Paper", "Model") == (
        "UNWIND $rows AS row MATCH (a:Paper {key: row.src}) MATCH (b:Model {key: row.dst}) "
        "MERGE (a)-[r:MENTIONS]->(b) SET r += row.props")
    assert N.constraint_statements()[0] == \
        "CREATE CONSTRAINT paperkg_paper_key IF NOT EXISTS FOR (n:Paper) REQUIRE n.key IS UNIQUE"
    assert len(N.constraint_statements()) == len(S.NODE_LABELS)
    # constraints come before indexes: the MERGEs need the key index from the start
    assert N.schema_statements()[:len(S.NODE_LABELS)] == N.constraint_statements()


@pytest.mark.parametrize("bad", ["Paper) DETACH DELETE n //", "paper", "Person", "", "Model`"])
def test_labels_and_types_outside_the_schema_are_refused(bad):
    with pytest.raises(PaperkgError, match="unknown node label"):
        N.node_statement(bad)
    with pytest.raises(PaperkgError, match="unknown node label"):
        N.wipe_statement(bad)
    with pytest.raises(PaperkgError, match="unknown node label"):
        N.wipe_relationships_statement(bad)
    with pytest.raises(PaperkgError, match="unknown relationship type"):
        N.relationship_statement(bad, "Paper", "Model")


def test_node_rows_carry_key_and_every_property_but_label_and_key(sample_graph):
    rows = N.node_rows(sample_graph)
    assert list(rows) == [label for label in S.NODE_LABELS if label in rows]  # schema order
    xlmr = next(r for r in rows["Model"] if r["key"] == "xlmr")
    assert xlmr == {"key": "xlmr", "props": {"name": "XLM-R", "aliases": ["XLM-R", "XLM-RoBERTa"],
                                             "variants": ["XLM-R large"]}}
    # every node exactly once, with its attributes
    sent = {(label, r["key"]): r["props"] for label, group in rows.items() for r in group}
    assert len(sent) == sample_graph.number_of_nodes() == sum(len(g) for g in rows.values())
    for _nid, data in sample_graph.nodes(data=True):
        expected = {k: v for k, v in data.items() if k not in ("label", "key")}
        assert sent[(data["label"], data["key"])] == expected


def test_relationship_rows_grouped_by_type_and_end_labels(sample_graph):
    rows = N.relationship_rows(sample_graph)
    based_on = rows[("BASED_ON", "Model", "Model")]
    assert {"src": "sixt", "dst": "xlmr",
            "props": {"evidence": "SixT+ initializes the decoder embedding and the full encoder with XLM-R large.",
                      "rule": "initialized-with", "confidence": 0.9,
                      "papers": ["Paper:title:00000000000000a2"]}} in based_on
    assert rows[("OWNED_BY", "Repository", "Organization")] == [
        {"src": "bigscience-workshop/xmtf", "dst": "github:bigscience-workshop", "props": {}},
        {"src": "ymcui/lert", "dst": "github:ymcui", "props": {}}]
    types = [t for t, _, _ in rows]
    assert types == sorted(types, key=S.REL_TYPES.index)
    sent = {(t, row["src"], row["dst"]) for (t, _, _), group in rows.items() for row in group}
    expected = {(k, sample_graph.nodes[u]["key"], sample_graph.nodes[v]["key"])
                for u, v, k in sample_graph.edges(keys=True)}
    assert sent == expected and sum(len(g) for g in rows.values()) == sample_graph.number_of_edges()


@pytest.mark.parametrize("size", [1, 2, 3, 1000])
def test_plan_batches_hold_every_row_once_and_respect_the_size(sample_graph, size):
    batches = N.plan(sample_graph, size)
    nodes = [b for b in batches if b.kind == "node"]
    rels = [b for b in batches if b.kind == "relationship"]
    assert batches == nodes + rels  # all nodes before any relationship
    assert all(1 <= len(b.rows) <= size for b in batches)
    assert sum(len(b.rows) for b in nodes) == sample_graph.number_of_nodes()
    assert sum(len(b.rows) for b in rels) == sample_graph.number_of_edges()
    groups = {**{label: len(g) for label, g in N.node_rows(sample_graph).items()},
              **{f"{t}({a}->{b})": len(g) for (t, a, b), g in N.relationship_rows(sample_graph).items()}}
    assert len(batches) == sum(math.ceil(n / size) for n in groups.values())
    for batch in batches:  # one label / one (type, src, dst) per statement
        if batch.kind == "node":
            assert batch.statement == N.node_statement(batch.group)
        else:
            rel_type, ends = batch.group.split("(")
            src, dst = ends.rstrip(")").split("->")
            assert batch.statement == N.relationship_statement(rel_type, src, dst)


def test_plan_with_batch_size_three_exact_rows(sample_graph):
    batches = N.plan(sample_graph, 3)
    assert [(b.group, [r["key"] for r in b.rows]) for b in batches if b.kind == "node"][:4] == [
        ("Paper", ["arxiv:2211.01786", "title:00000000000000a2", "title:00000000000000a3"]),
        ("Paper", ["title:00000000000000a4"]),
        ("Model", ["bloom", "bloomz", "mt5"]),
        ("Model", ["mt0", "xlmr", "sixt"]),
    ]
    cites = [b for b in batches if b.group == "CITES(Paper->Paper)"]
    assert cites == [N.Batch("relationship", "CITES(Paper->Paper)", N.relationship_statement("CITES", "Paper", "Paper"),
                             [{"src": "title:00000000000000a4", "dst": "arxiv:2211.01786",
                               "props": {"derived": True, "via": ["BLOOMZ"]}}])]


def test_batched_rejects_nonpositive_size():
    with pytest.raises(PaperkgError):
        list(N.batched([1, 2], 0))
    assert list(N.batched([1, 2, 3, 4, 5], 2)) == [[1, 2], [3, 4], [5]]


def test_storable_cleans_what_neo4j_cannot_hold():
    assert N.clean_props({"a": None, "b": [1, None, 2], "c": (1, 2.5), "d": {"z", "a"}, "e": True, "f": ""},
                         "node x") == {"b": [1, 2], "c": [1.0, 2.5], "d": ["a", "z"], "e": True, "f": ""}
    assert N.storable([], "x") == []


@pytest.mark.parametrize("value, message", [
    ({"nested": 1}, "no maps"),
    ([{"a": 1}], "list item of type dict"),
    ([[1], [2]], "list item of type list"),
    (["a", 1], "list mixes int and str"),
    ([True, 1], "list mixes bool and int"),
    (2**63, "64-bit"),
    (b"bytes", "type bytes"),
])
def test_storable_refuses_with_the_place_named(value, message):
    with pytest.raises(PaperkgError, match=message) as info:
        N.clean_props({"prop": value}, "node 'Model:x'")
    assert "node 'Model:x' property 'prop'" in str(info.value)


def test_bad_graph_fails_before_anything_is_planned(sample_graph):
    sample_graph.add_node("Person:alice", label="Person", key="alice", name="Alice")
    with pytest.raises(PaperkgError, match="Person"):
        N.plan(sample_graph)
    sample_graph.remove_node("Person:alice")
    sample_graph.add_edge("Model:bert", "Model:roberta", key="KNOWS")
    with pytest.raises(PaperkgError, match="KNOWS"):
        N.plan(sample_graph)


def test_node_without_label_attribute_uses_its_id(sample_graph):
    sample_graph.add_node("Dataset:squad", name="SQuAD")
    rows = N.node_rows(sample_graph)
    assert {"key": "squad", "props": {"name": "SQuAD"}} in rows["Dataset"]


def _storable_types(value) -> bool:
    scalar = (str, bool, int, float)
    if isinstance(value, scalar):
        return True
    return isinstance(value, list) and all(isinstance(v, scalar) for v in value) \
        and len({type(v) for v in value}) <= 1


def test_every_parameter_is_neo4j_storable_and_survives_the_bolt_encoder(sample_graph):
    """Each batch's $rows goes through the driver's own PackStream codec unchanged."""
    packstream = pytest.importorskip("neo4j._codec.packstream.v1")
    for batch in N.plan(sample_graph, 4):
        for row in batch.rows:
            assert all(_storable_types(v) for v in row["props"].values()), row
        buffer = packstream.Packer.new_packable_buffer()
        packstream.Packer(buffer).pack({"rows": batch.rows})
        unpackable = packstream.Unpacker.new_unpackable_buffer()
        unpackable.data = bytearray(buffer.data)
        unpackable.used = len(buffer.data)
        assert packstream.Unpacker(unpackable).unpack() == {"rows": batch.rows}


def test_all_statements_cover_every_label_and_type_combination():
    statements = [q for q, _ in N.all_statements()]
    for label in S.NODE_LABELS:
        assert N.node_statement(label) in statements
        assert N.wipe_statement(label) in statements
        assert N.wipe_relationships_statement(label) in statements
    for t in S.REL_TYPES:
        assert N.relationship_statement(t, "Paper", "Model") in statements
    assert len(statements) == len(set(statements))
