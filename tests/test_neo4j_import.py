"""`neo4j-admin database import full` CSVs: read them back with the csv module,
the way neo4j-admin reads them (header types, array delimiter), and find every
node and relationship of the graph with its properties and their types."""
from __future__ import annotations

import csv
import math
import re
import subprocess
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from paperkg.cli import main
from paperkg.errors import PaperkgError
from paperkg.graph import neo4j as N
from paperkg.graph import schema as S
from paperkg.graph.neo4j_import import ARRAY_DELIMITERS, export_neo4j_import


def _parse(cell: str, kind: str, array_delimiter: str):
    """A cell as neo4j-admin types it; None for an empty (absent) field."""
    if cell == "":
        return None
    if kind.endswith("[]"):
        return [_parse(item, kind[:-2], array_delimiter) for item in cell.split(array_delimiter)]
    if kind == "long":
        return int(cell)
    if kind == "double":
        return float(cell)
    if kind == "boolean":
        assert cell in ("true", "false")
        return cell == "true"
    assert kind == "string", kind
    return cell


def read_back(directory: Path, array_delimiter: str):
    """(nodes {(label, key): props}, rels {(type, src_label, src, dst_label, dst): props})."""
    nodes, rels = {}, {}
    for path in sorted(directory.glob("nodes_*.csv")):
        with path.open(newline="", encoding="utf-8") as handle:
            reader = csv.reader(handle)
            header = next(reader)
            id_space = re.fullmatch(r"key:ID\((\w+)\)", header[0]).group(1)
            assert header[-1] == ":LABEL" and path.name == f"nodes_{id_space}.csv"
            columns = [h.split(":", 1) for h in header[1:-1]]
            for row in reader:
                assert row[-1] == id_space
                props = {name: _parse(cell, kind, array_delimiter)
                         for (name, kind), cell in zip(columns, row[1:-1], strict=True)}
                nodes[(row[-1], row[0])] = {k: v for k, v in props.items() if v is not None}
    for path in sorted(directory.glob("relationships_*.csv")):
        with path.open(newline="", encoding="utf-8") as handle:
            reader = csv.reader(handle)
            header = next(reader)
            src_space = re.fullmatch(r":START_ID\((\w+)\)", header[0]).group(1)
            dst_space = re.fullmatch(r":END_ID\((\w+)\)", header[1]).group(1)
            assert header[-1] == ":TYPE"
            columns = [h.split(":", 1) for h in header[2:-1]]
            for row in reader:
                props = {name: _parse(cell, kind, array_delimiter)
                         for (name, kind), cell in zip(columns, row[2:-1], strict=True)}
                rels[(row[-1], src_space, row[0], dst_space, row[1])] = {k: v for k, v in props.items()
                                                                       if v is not None}
    return nodes, rels


def expected(graph):
    """What the import should hold: the graph's values as the loader cleans them; [] and '' are absent."""
    def props(data, skip):
        clean = N.clean_props(data, "x", skip=skip)
        return {k: v for k, v in clean.items() if v not in ([], "")}
    nodes = {(d["label"], d["key"]): props(d, ("label", "key")) for _, d in graph.nodes(data=True)}
    rels = {(k, graph.nodes[u]["label"], graph.nodes[u]["key"], graph.nodes[v]["label"], graph.nodes[v]["key"]):
            props(d, ("key",)) for u, v, k, d in graph.edges(keys=True, data=True)}
    return nodes, rels


def test_every_node_and_relationship_comes_back_with_types(sample_graph, tmp_path):
    files = export_neo4j_import(sample_graph, tmp_path / "imp")
    assert files.array_delimiter == ";" and not files.multiline
    nodes, rels = read_back(tmp_path / "imp", ";")
    want_nodes, want_rels = expected(sample_graph)
    assert nodes == want_nodes
    assert rels == want_rels
    # types survived, not just text
    assert nodes[("Paper", "arxiv:2211.01786")]["authors_count"] == 19
    assert rels[("MENTIONS", "Paper", "arxiv:2211.01786", "Model", "bloom")]["confidence"] == 1.0
    assert rels[("CITES", "Paper", "title:00000000000000a4", "Paper", "arxiv:2211.01786")] == \
        {"derived": True, "via": ["BLOOMZ"]}
    assert files.nodes == {label: n for label, n in
                           ((lab, sum(1 for _, d in sample_graph.nodes(data=True) if d["label"] == lab))
                            for lab in S.NODE_LABELS) if n}


def test_headers_are_typed_with_per_label_id_spaces(sample_graph, tmp_path):
    export_neo4j_import(sample_graph, tmp_path)
    paper = (tmp_path / "nodes_Paper.csv").read_text().splitlines()[0]
    assert paper == ("key:ID(Paper),abstract:string,arxiv_id:string,authors_count:long,date:string,name:string,"
                     "sources:string[],title:string,:LABEL")
    mentions = (tmp_path / "relationships_MENTIONS_Paper_Model.csv").read_text().splitlines()[0]
    assert mentions == (":START_ID(Paper),:END_ID(Model),aliases:string[],confidence:double,count:long,end:long,"
                        "evidence:string,field:string,origin:string,start:long,variants:string[],:TYPE")
    cites = (tmp_path / "relationships_CITES_Paper_Paper.csv").read_text().splitlines()[0]
    assert cites == ":START_ID(Paper),:END_ID(Paper),derived:boolean,via:string[],:TYPE"


def test_import_script_names_every_file_and_its_options(sample_graph, tmp_path):
    files = export_neo4j_import(sample_graph, tmp_path)
    script = (tmp_path / "import.sh").read_text()
    assert "neo4j-admin" in script and "database" in script and "full" in script
    for path in [*files.node_files.values(), *files.relationship_files.values()]:
        assert f'"--nodes=$DIR/{path.name}"' in script or f'"--relationships=$DIR/{path.name}"' in script
    assert "'--array-delimiter=;'" in script and "--id-type=string" in script
    assert "--multiline-fields" not in script
    # valid POSIX shell
    subprocess.run(["sh", "-n", str(tmp_path / "import.sh")], check=True)
    schema = (tmp_path / "schema.cypher").read_text()
    assert all(f"{statement};" in schema for statement in N.schema_statements())
    assert not list(tmp_path.glob(".*.tmp"))  # atomic writes left nothing behind


def test_semicolons_inside_list_items_switch_the_array_delimiter(sample_graph, tmp_path):
    sample_graph.nodes["Paper:arxiv:2211.01786"]["references"] = ["Smith; Jones 2020", "Lee, 2021"]
    files = export_neo4j_import(sample_graph, tmp_path)
    assert files.array_delimiter == "|"
    assert "'--array-delimiter=|'" in (tmp_path / "import.sh").read_text()
    nodes, _ = read_back(tmp_path, "|")
    assert nodes[("Paper", "arxiv:2211.01786")]["references"] == ["Smith; Jones 2020", "Lee, 2021"]

    sample_graph.nodes["Paper:arxiv:2211.01786"]["references"] = ["a;b", "c|d"]
    files = export_neo4j_import(sample_graph, tmp_path / "second")
    assert files.array_delimiter == "\x1f"
    assert "--array-delimiter=U+001F" in (tmp_path / "second" / "import.sh").read_text()
    nodes, _ = read_back(tmp_path / "second", "\x1f")
    assert nodes[("Paper", "arxiv:2211.01786")]["references"] == ["a;b", "c|d"]


def test_line_breaks_quotes_and_commas_survive_and_enable_multiline(sample_graph, tmp_path):
    nasty = 'Line one, "quoted"\nline two\r\nthree'
    sample_graph.nodes["Paper:title:00000000000000a3"]["abstract"] = nasty
    files = export_neo4j_import(sample_graph, tmp_path)
    assert files.multiline and "--multiline-fields=true" in (tmp_path / "import.sh").read_text()
    nodes, _ = read_back(tmp_path, ";")
    assert nodes[("Paper", "title:00000000000000a3")]["abstract"] == nasty


def test_numbers_mixing_ints_and_floats_become_double_and_special_floats_use_java_spelling(sample_graph, tmp_path):
    sample_graph.nodes["Model:bert"]["score"] = 3
    sample_graph.nodes["Model:lert"]["score"] = 0.5
    sample_graph.nodes["Model:mt5"]["score"] = math.inf
    export_neo4j_import(sample_graph, tmp_path)
    text = (tmp_path / "nodes_Model.csv").read_text()
    assert "score:double" in text.splitlines()[0] and "Infinity" in text
    nodes, _ = read_back(tmp_path, ";")
    assert nodes[("Model", "bert")]["score"] == 3.0 and isinstance(nodes[("Model", "bert")]["score"], float)


def test_conflicting_column_types_are_a_clear_error(sample_graph, tmp_path):
    sample_graph.nodes["Model:bert"]["year"] = 2018
    sample_graph.nodes["Model:lert"]["year"] = "2022"
    with pytest.raises(PaperkgError, match="Model nodes property 'year'"):
        export_neo4j_import(sample_graph, tmp_path)


def test_property_names_that_would_break_a_header_are_refused(sample_graph, tmp_path):
    sample_graph.nodes["Model:bert"]["bad:name"] = "x"
    with pytest.raises(PaperkgError, match="bad:name"):
        export_neo4j_import(sample_graph, tmp_path)


def test_cli_export_from_a_saved_graph(sample_graph, tmp_path, capsys):
    store = pytest.importorskip("paperkg.graph.store")
    store.save_graph(sample_graph, tmp_path / "graph.json")
    code = main(["export", str(tmp_path / "graph.json"), "--neo4j-import", str(tmp_path / "out")])
    out = capsys.readouterr().out
    assert code == 0 and "8 node files" in out
    nodes, rels = read_back(tmp_path / "out", ";")
    want_nodes, want_rels = expected(sample_graph)
    assert nodes == want_nodes and rels == want_rels


def test_cli_export_missing_input_is_an_error(tmp_path, capsys):
    code = main(["export", str(tmp_path / "nope.json"), "--neo4j-import", str(tmp_path / "out")])
    assert code == 1 and "no such file" in capsys.readouterr().err


TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(abstract=TEXT, references=st.lists(TEXT.filter(bool), max_size=4), number=st.floats(allow_nan=False))
@example(abstract="\r", references=["a\rb", "c;d"], number=0.0)  # a lone CR once split a row
def test_any_text_survives_the_round_trip(sample_graph, tmp_path_factory, abstract, references, number):
    """Quotes, commas, delimiters, line breaks, NULs, any Unicode: what goes in comes back."""
    paper = sample_graph.nodes["Paper:arxiv:2211.01786"]
    paper.update(abstract=abstract, references=references, score=number)
    directory = tmp_path_factory.mktemp("imp")
    used = {c for item in references for c in ARRAY_DELIMITERS if c in item}
    if used == set(ARRAY_DELIMITERS):
        with pytest.raises(PaperkgError, match="array delimiter"):
            export_neo4j_import(sample_graph, directory)
        return
    files = export_neo4j_import(sample_graph, directory)
    nodes, _ = read_back(directory, files.array_delimiter)
    back = nodes[("Paper", "arxiv:2211.01786")]
    assert back.get("abstract", "") == abstract
    assert back.get("references", []) == references
    assert back["score"] == number


def test_cli_export_without_input_or_default_graph_is_a_usage_error(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)  # no paperkg-out/graph.json here
    code = main(["export", "--neo4j-import", str(tmp_path / "out")])
    assert code == 2 and "paperkg build" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_cli_export_builds_listings_in_memory(tmp_path, capsys):
    from paperkg import EXAMPLES_DIR

    listing = sorted(EXAMPLES_DIR.glob("*.txt"))[0]
    code = main(["export", str(listing), "--neo4j-import", str(tmp_path / "out")])
    assert code == 0 and "node files" in capsys.readouterr().out
    files = {p.name for p in (tmp_path / "out").iterdir()}
    assert {"nodes_Paper.csv", "import.sh", "schema.cypher"} <= files
    found = re.search(r"--array-delimiter=(U\+001F|[^'\s])", (tmp_path / "out" / "import.sh").read_text())
    nodes, rels = read_back(tmp_path / "out", {"U+001F": "\x1f"}.get(found.group(1), found.group(1)))
    assert any(label == "Paper" for label, _ in nodes) and rels
    assert not (tmp_path / "graph.json").exists()  # nothing but the import files is written
