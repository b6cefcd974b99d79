"""GraphBuilder memory: repeated values stored once, the paper index reading nodes, finish() and the collector."""
from __future__ import annotations

import gc

from paperkg.extract.records import PaperRecord, name_key
from paperkg.extract.results import Entity, Mention, PaperExtraction, Relation
from paperkg.graph import schema as S
from paperkg.graph.build import GraphBuilder, ValuePool
from paperkg.graph.store import dump_graph


def fresh(text: str) -> str:
    """An equal string that is a new object (as each extraction, or each unpickled worker batch, makes)."""
    return "".join(list(text))


def mention(text: str, sentence: str, start: int) -> Mention:
    return Mention(text=fresh(text), field=fresh("abstract"), start=start, end=start + len(text),
                   sentence=fresh(sentence))


def paper(n: int) -> PaperExtraction:
    """A paper naming BERT and SQuAD in one sentence, introducing BERT-X, with a relation stated there."""
    sentence = f"Paper {n} fine-tunes BERT on SQuAD."
    bert = Entity(kind="model", name=fresh("BERT"), key="bert", aliases=[fresh("BERT")], rule=fresh("gazetteer"),
                  confidence=float(fresh("0.95")), mentions=[mention("BERT", sentence, 17)])
    squad = Entity(kind="dataset", name=fresh("SQuAD"), key="squad", aliases=[fresh("SQuAD")],
                   rule=fresh("gazetteer"), mentions=[mention("SQuAD", sentence, 25)])
    record = PaperRecord(title=f"Paper {n}", abstract=sentence, source=f"list.txt:{n}",
                         ids={"arxiv": f"2301.{n:05d}"}, authors=[fresh("Ada Lovelace")])
    return PaperExtraction(paper=record, models=[bert], datasets=[squad], introduces=["BERT"],
                           relations=[Relation("TRAINED_ON", ("model", "bert"), ("dataset", "squad"),
                                               fresh(sentence), fresh("trained_on:verb"), 0.9)])


def test_value_pool_returns_the_first_equal_value_of_the_same_type():
    pool = ValuePool()
    first = fresh("gazetteer")
    assert pool(first) is first and pool(fresh("gazetteer")) is first
    one_float = float(fresh("1.0"))
    assert pool(one_float) is one_float
    assert type(pool(1)) is int and type(pool(True)) is bool  # 1 == 1.0 == True, yet each keeps its type
    assert str(pool(-0.0)) == "-0.0" and str(pool(0.0)) == "0.0"  # -0.0 == 0.0 but saves differently
    assert pool(None) is None and pool("") == ""


def test_repeated_values_are_stored_once_and_the_file_is_unchanged():
    builder = GraphBuilder()
    for n in (1, 2):
        builder.add(paper(n))
    builder.finish()
    g = builder.graph
    m1, m2 = (g.edges[f"Paper:arxiv:2301.0000{n}", "Model:bert", S.MENTIONS] for n in (1, 2))
    # Across papers: names, rules, fields, scores, offsets, authors.
    assert m1["aliases"][0] is m2["aliases"][0] is g.nodes["Model:bert"]["aliases"][0]
    for prop in ("rule", "field", "confidence", "start", "end"):
        assert m1[prop] is m2[prop], prop
    p1, p2 = (g.nodes[f"Paper:arxiv:2301.0000{n}"] for n in (1, 2))
    assert p1["authors"][0] is p2["authors"][0]
    # Within a paper: one sentence object for the evidence of all its edges.
    squad = g.edges["Paper:arxiv:2301.00001", "Dataset:squad", S.MENTIONS]
    intro = g.edges["Paper:arxiv:2301.00001", "Model:bert", S.INTRODUCES]
    assert m1["evidence"] is squad["evidence"] is intro["evidence"]
    assert m1["evidence"] is not m2["evidence"]
    assert p1["text_hash"] is p1["text_hashes"][0]
    # The relation edge keeps the first paper's sentence; its papers accumulate.
    trained = g.edges["Model:bert", "Dataset:squad", S.TRAINED_ON]
    assert trained["evidence"] == m1["evidence"] and trained["papers"] == ["Paper:arxiv:2301.00001",
                                                                                     "Paper:arxiv:2301.00002"]

    unshared = GraphBuilder()  # the same content, all values equal: the same bytes
    for n in (1, 2):
        unshared.add(paper(n))
    unshared.finish()
    assert dump_graph(unshared.graph) == dump_graph(g)


def test_index_reads_titles_and_ids_from_the_nodes():
    builder = GraphBuilder()
    first = PaperRecord(title="A Study", abstract="x", source="a.txt:1")
    builder.add_paper(first)
    nid = S.node_id(S.PAPER, first.key)
    # A second listing of it (same title) brings a DOI; a third (same DOI, another title) adds an alias.
    builder.add_paper(PaperRecord(title="A Study", abstract="x", source="b.txt:1", ids={"doi": "10.1/AB"}))
    alias = PaperRecord(title="A study (long version)", abstract="x", source="b.txt:1", ids={"doi": "10.1/ab"})
    assert builder.index.find(alias) == nid  # same DOI (case-insensitive)
    builder.add_paper(alias)
    assert builder.graph.nodes[nid]["aliases"] == ["A study (long version)"]
    # The same source line again with the alias title goes to the same node without ids.
    assert builder.index.find(PaperRecord(title="A STUDY (long version)", abstract="", source="b.txt:1")) == nid
    # Same title, a DOI the node does not have: another paper (the node's DOI came from a merge).
    assert builder.index.find(PaperRecord(title="A Study", abstract="", source="c.txt:1",
                                          ids={"doi": "10.1/zz"})) is None
    assert name_key("A Study") in builder.index._by_title


def test_finish_restores_the_collector_state():
    for enabled in (True, False):
        (gc.enable if enabled else gc.disable)()
        try:
            builder = GraphBuilder()
            builder.add(paper(1))
            builder.finish()
            assert gc.isenabled() is enabled
        finally:
            gc.enable()


def test_extract_keeps_its_lines_on_disk_not_extractions_in_memory():
    """`paperkg extract` cannot write before the last record is read (a paper's duplicates
    merge), but it holds only each paper's identity and where its spilled line is: a few
    hundred bytes per paper, not the extraction (~14 KB as objects for a real abstract)."""
    import tracemalloc

    from paperkg.commands.build import write_unique_extractions
    from paperkg.extract.pipeline import Extractor

    abstract = " ".join(f"Model {n} fine-tunes BERT and XLM-R on XNLI, SQuAD and MLQA for Korean, Swahili "
                        f"and English ({n} runs)." for n in range(8))

    def records(count: int, first: int = 0):
        return (PaperRecord(title=f"Paper {n} on Parsing", abstract=abstract, source=f"list.txt:{n}",
                            ids={"arxiv": f"2301.{n:05d}"}) for n in range(first, first + count))

    extractor = Extractor()
    write_unique_extractions(records(100), extractor, lambda line: None)  # caches and vocabulary warm
    live: list[tracemalloc.Snapshot] = []
    lines: list[bytes] = []

    def write(line: bytes) -> None:
        if not lines:  # every record is extracted by now, none written yet
            live.append(tracemalloc.take_snapshot())
        lines.append(line)

    tracemalloc.start()
    try:
        start = tracemalloc.take_snapshot()
        assert write_unique_extractions(records(400, first=300), extractor, write) == 400
    finally:
        tracemalloc.stop()
    # (spaCy's own allocations aside: its tokenizer cache grows in steps, a doubling of ~0.8 MB whose
    # moment depends on how many strings the gazetteer already put in the vocabulary, not per paper)
    not_spacy = [tracemalloc.Filter(False, "*/spacy/*")]
    grown = live[0].filter_traces(not_spacy).compare_to(start.filter_traces(not_spacy), "filename")
    per_paper = sum(stat.size_diff for stat in grown) / 400
    assert len(lines) == 400 and b'"name":"XLM-R"' in lines[0]
    assert per_paper < 6000, f"{per_paper:.0f} bytes held per paper"  # (~3,200 here; holding them: ~17,000)
