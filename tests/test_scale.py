"""Scale behaviour (issue 8) on small synthetic corpora: generator, --jobs, streaming, incremental rebuilds.

The corpora come from bench/synth.py (assembled from the bundled example
listings, so no fixture files are needed); sizes stay <= 2,000 abstracts so
the suite is fast. The large sizes are bench/bench_pipeline.py's job.
"""
from __future__ import annotations

import gc
import importlib.util
import re
import sys
import tracemalloc
from itertools import islice
from pathlib import Path

import orjson
import pytest

from paperkg.cli import main
from paperkg.extract.pipeline import Extractor
from paperkg.extract.readers import read_listings
from paperkg.extract.records import PaperRecord
from paperkg.extract.results import PaperExtraction
from paperkg.graph.build import GraphBuilder
from paperkg.graph.store import dump_graph

ROOT = Path(__file__).resolve().parent.parent


def _load_bench(name: str):
    spec = importlib.util.spec_from_file_location(f"paperkg_bench_{name}", ROOT / "bench" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


synth = _load_bench("synth")
SNAPSHOT_FIELDS = {"id", "title", "abstract", "authors", "categories", "update_date"}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("scale") / "synth-300.jsonl"
    synth.write_corpus(path, 300, seed=7)
    return path


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


# -- generator ---------------------------------------------------------------------------------------

def test_generator_is_deterministic_by_seed(tmp_path):
    a, b, c = tmp_path / "a.jsonl", tmp_path / "b.jsonl", tmp_path / "c.jsonl"
    synth.write_corpus(a, 150, seed=1)
    synth.write_corpus(b, 150, seed=1)
    synth.write_corpus(c, 150, seed=2)
    assert a.read_bytes() == b.read_bytes()
    assert a.read_bytes() != c.read_bytes()
    assert list(synth.generate(20, seed=1)) == [orjson.loads(line) for line in a.read_bytes().splitlines()[:20]]


def test_gzip_output_is_deterministic_and_readable(tmp_path):
    a, b = tmp_path / "a.jsonl.gz", tmp_path / "b.jsonl.gz"
    synth.write_corpus(a, 40, seed=3)
    synth.write_corpus(b, 40, seed=3)
    assert a.read_bytes() == b.read_bytes()
    assert len(list(read_listings([a]))) == 40


def test_rows_are_arxiv_snapshot_records_the_reader_detects(corpus):
    rows = [orjson.loads(line) for line in corpus.read_bytes().splitlines()]
    assert len(rows) == 300
    assert all(SNAPSHOT_FIELDS <= row.keys() for row in rows)
    assert len({row["id"] for row in rows}) == 300
    assert all(re.fullmatch(r"\d{4}\.\d{5}", row["id"]) for row in rows)
    assert all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", row["update_date"]) for row in rows)
    assert any("\n" in row["abstract"].strip() for row in rows)  # hard line-wraps like the snapshot
    records = list(read_listings([corpus]))  # no --format: detected as the snapshot format
    assert len(records) == 300
    assert records[0].ids == {"arxiv": rows[0]["id"]}
    assert records[0].authors and records[0].properties["categories"] == rows[0]["categories"].split()
    assert "\n" not in records[0].abstract


def test_slots_are_filled_with_names_links_and_languages(corpus, extractor):
    records = list(read_listings([corpus]))
    text = " ".join(r.abstract for r in records)
    assert text.count("https://") >= 50  # about a third of the papers link code, models or data
    extractions = list(extractor.pipe(records[:150]))
    assert sum(len(e.models) for e in extractions) >= 100
    assert sum(len(e.datasets) for e in extractions) >= 30
    assert sum(len(e.languages) for e in extractions) >= 50
    assert sum(len(e.links) for e in extractions) >= 30
    names = {m.name for e in extractions for m in e.models}
    assert len(names) >= 50  # randomized names, not the bundled examples' few


def test_generator_streams_memory_does_not_grow_with_n():
    def peak(n: int) -> int:
        gen = synth.CorpusGenerator(n, seed=0)  # pools are equal for these n (minimum sizes)
        gc.collect()
        tracemalloc.start()
        for _ in gen.rows():
            pass
        peak_bytes = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        return peak_bytes

    small, large = peak(200), peak(2000)
    assert large < small * 1.5 + 200_000  # 10x the rows, about the same peak: one row at a time


# -- parallel extraction -------------------------------------------------------------------------------

def test_jobs_2_gives_the_same_extractions_and_graph_as_jobs_1(corpus, extractor):
    records = list(read_listings([corpus]))
    one = list(extractor.pipe(records, batch_size=32, jobs=1))
    two = list(extractor.pipe(records, batch_size=32, jobs=2))
    assert [e.to_json() for e in one] == [e.to_json() for e in two]

    def graph_bytes(extractions) -> bytes:
        builder = GraphBuilder()
        for extraction in extractions:
            builder.add(extraction)
        builder.finish()
        return dump_graph(builder.graph)

    assert graph_bytes(one) == graph_bytes(two)


def test_cli_build_jobs_2_equals_jobs_1(corpus, tmp_path):
    g1, g2 = tmp_path / "g1.json", tmp_path / "g2.json"
    assert main(["build", str(corpus), "--no-viz", "-o", str(g1)]) == 0
    assert main(["build", str(corpus), "--no-viz", "--jobs", "2", "-o", str(g2)]) == 0
    assert g1.read_bytes() == g2.read_bytes()


# -- streaming -----------------------------------------------------------------------------------------

class _Counted:
    """An iterator over records that counts how many were pulled."""

    def __init__(self, records):
        self.records = iter(records)
        self.pulled = 0

    def __iter__(self):
        return self

    def __next__(self):
        record = next(self.records)
        self.pulled += 1
        return record


@pytest.mark.parametrize("jobs", [1, 2])
def test_extraction_pulls_records_lazily(corpus, extractor, jobs):
    source = _Counted(read_listings([corpus]))
    stream = extractor.pipe(source, batch_size=16, jobs=jobs)
    first = next(stream)
    assert isinstance(first, PaperExtraction)
    assert source.pulled <= 16 * (2 * jobs + 1)  # a bounded read-ahead, not the whole file
    stream.close()


def _live(kind: type) -> int:
    gc.collect()
    return sum(1 for obj in gc.get_objects() if type(obj) is kind)


def test_read_extract_build_holds_a_bounded_number_of_papers(tmp_path, extractor):
    """Memory grows with the graph, not the input: records and extractions are dropped once built."""
    path = tmp_path / "synth-2000.jsonl"
    synth.write_corpus(path, 2000, seed=11)
    builder = GraphBuilder()
    baseline_records = _live(PaperRecord)
    most_alive = 0
    for i, extraction in enumerate(extractor.pipe(read_listings([path]), batch_size=64)):
        builder.add(extraction)
        if i % 500 == 250:
            most_alive = max(most_alive, _live(PaperRecord) - baseline_records, _live(PaperExtraction))
    del extraction
    assert i == 1999
    assert 0 < most_alive <= 3 * 64  # about one batch in flight, whatever the corpus size
    assert _live(PaperExtraction) == 0
    assert _live(PaperRecord) - baseline_records == 0
    assert sum(1 for _, d in builder.graph.nodes(data=True) if d["label"] == "Paper") == 2000


# -- incremental rebuilds ------------------------------------------------------------------------------

def test_rebuild_re_extracts_only_changed_papers(tmp_path, capsys):
    corpus = tmp_path / "synth-200.jsonl"
    synth.write_corpus(corpus, 200, seed=5)
    graph = tmp_path / "graph.json"
    assert main(["build", str(corpus), "--no-viz", "-o", str(graph)]) == 0
    first = graph.read_bytes()
    capsys.readouterr()

    assert main(["build", str(corpus), "--no-viz", "-o", str(graph)]) == 0
    assert "not re-extracted (text already built): 200" in capsys.readouterr().out
    assert graph.read_bytes() == first

    lines = corpus.read_bytes().splitlines()
    row = orjson.loads(lines[17])
    row["abstract"] += " We also evaluate ZorblaxNet on the WMT14 benchmark."
    lines[17] = orjson.dumps(row)
    corpus.write_bytes(b"\n".join(lines) + b"\n")
    assert main(["build", str(corpus), "--no-viz", "-o", str(graph)]) == 0
    assert "not re-extracted (text already built): 199" in capsys.readouterr().out


def test_synth_cli_writes_n_rows(tmp_path):
    out = tmp_path / "c.jsonl"
    assert synth.main(["-n", "25", "--seed", "4", "-o", str(out)]) == 0
    assert len(out.read_bytes().splitlines()) == 25
    with pytest.raises(SystemExit):
        synth.main(["-n", "0", "-o", str(out)])


def test_first_rows_do_not_depend_on_how_many_are_read():
    """Streaming consumers can stop early: islice of the stream equals the same rows of a full run."""
    head = list(islice(synth.generate(500, seed=9), 10))
    assert head == list(synth.generate(500, seed=9))[:10]


# -- tokenizer cache (the hot path) ------------------------------------------------------------------

def test_tokenizer_has_no_exception_rules_and_splits_names_at_a_full_stop():
    """No special cases: whitespace ones turn spaCy's chunk cache off (spaCy #13950), the others
    cost a PhraseMatcher pass per doc and glue a name's last letter to a full stop ("o.")."""
    from paperkg.extract.nlp import build_nlp

    nlp = build_nlp()
    assert nlp.tokenizer.rules == {}
    words = [t.text for t in nlp.make_doc("We use GPT-4o. ImageNet-21k.\nTitle\n\nwith\todd  spacing, e.g. this.")]
    assert words[2:11] == ["GPT", "-", "4", "o", ".", "ImageNet", "-", "21", "k"]
    assert "e.g" in words  # abbreviations are split by the ordinary suffix rules


# -- the benchmark's own wiring --------------------------------------------------------------------------

def test_bench_query_step_reads_the_graph_this_run_built(tmp_path, monkeypatch):
    """Not a graph.json an earlier run's cli step left behind (other code, maybe another corpus)."""
    bench = _load_bench("bench_pipeline")
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("")
    stale = tmp_path / "pipeline" / "10" / "graph.json"
    stale.parent.mkdir(parents=True)
    stale.write_text("left by an earlier run")
    calls: list[list[str]] = []
    monkeypatch.setattr(bench, "OUT", tmp_path)
    monkeypatch.setattr(bench, "ensure_corpus", lambda n, seed: (corpus, None))
    monkeypatch.setattr(bench, "run_child", lambda argv, label: calls.append(argv) or {"wall_s": 1.0})

    def query_reads(steps: set[str]) -> str:
        calls.clear()
        bench.bench_size(10, 0, 2, steps)
        query = next(argv for argv in calls if "query" in argv)
        return Path(query[query.index("query") + 1]).name

    assert query_reads({"stages", "query"}) == "stages.json"
    assert query_reads({"stages", "cli", "query"}) == "graph.json"
    assert bench.check_steps({"query"}) and bench.check_steps({"rebuild", "stages"})
    assert bench.check_steps({"stages", "cli", "rebuild", "query"}) is None


def test_stage_breakdown_times_every_stage_and_puts_the_extractor_back():
    """The timers wrap the real stages and are removed afterwards: same extractions after."""
    bench = _load_bench("bench_extraction")
    from paperkg.extract import pipeline
    from paperkg.extract.pipeline import Extractor

    _, records = bench.workload(40)
    extractor = Extractor()
    before = [e.to_json() for e in extractor.pipe(records)]
    stages = bench.stage_breakdown(extractor, records)
    assert {"models/datasets (EntityFinder.find)", "spaCy tokenizer + matchers", "relations", "languages",
            "links", "mentions of models/datasets"} <= set(stages)
    assert all(value > 0 for name, value in stages.items() if name != "rest of pipe")
    assert stages["total"] >= sum(v for k, v in stages.items() if k not in ("total", "rest of pipe"))
    assert [e.to_json() for e in extractor.pipe(records)] == before
    assert "timed" not in repr(pipeline.to_entities) and "timed" not in repr(extractor.finder.find)


def test_machine_scale_compares_the_statistical_pipeline_with_its_published_speed():
    bench = _load_bench("bench_extraction")
    assert bench.machine_scale({"words_per_s": 3000.0, "published_words_per_s": 9000.0}) == 3.0
    assert bench.machine_scale({"words_per_s": 3000.0, "published_words_per_s": None}) is None  # no meta figure
    assert bench.machine_scale({"skipped": "en_core_web_sm not importable"}) is None
