"""The ready-made questions on the hand-written `sample_graph` (known answers)."""
from __future__ import annotations

import pytest

from paperkg.errors import PaperkgError
from paperkg.queries import api
from paperkg.queries.backend import Backend
from paperkg.queries.networkx_backend import NetworkXBackend
from paperkg.queries.resolve import UnknownNameError, owner_key, repo_key

P1 = "Crosslingual Generalization through Multitask Finetuning"
P2 = "Towards Making the Most of Multilingual Pretraining for Zero-Shot Neural Machine Translation"
P3 = "LERT: A Linguistically-motivated Pre-trained Language Model"
P4 = "<img src=x onerror=alert(1)> An injected title"


@pytest.fixture
def backend(sample_graph):
    return NetworkXBackend(sample_graph)


def titles(hits):
    return [h.title for h in hits]


def test_backend_satisfies_the_protocol(backend):
    assert isinstance(backend, Backend)


@pytest.mark.parametrize("name", ["XLM-R", "xlm-roberta", "XLMR", "xlm r", "XLM-R large", "xlm_r_LARGE"])
def test_papers_mentioning_xlmr_by_alias_and_variant_newest_first(backend, name):
    hits = api.papers_mentioning(backend, "model", name)
    assert titles(hits) == [P4, P2]  # 2023-05-01, then 2021-10-16
    assert hits[1].evidence == "SixT+ initializes the decoder embedding and the full encoder with XLM-R large."
    assert hits[1].matched == ["XLM-R large"]
    assert hits[0].date == "2023-05-01"


def test_family_finds_its_variant_mentions(backend):
    hits = api.papers_mentioning(backend, "model", "bert")
    assert titles(hits) == [P3] and hits[0].matched == ["BERT-base"]
    assert titles(api.papers_mentioning(backend, "model", "BERT-base")) == [P3]


def test_papers_without_date_come_last_and_ties_by_key(sample_graph):
    sample_graph.nodes["Paper:title:00000000000000a4"]["date"] = "2022-11-03"  # same date as P1
    hits = api.papers_mentioning(NetworkXBackend(sample_graph), "model", "BLOOMZ")
    assert [h.key for h in hits] == ["arxiv:2211.01786", "title:00000000000000a4"]
    hits = api.papers_mentioning(NetworkXBackend(sample_graph), "language", "English")
    assert titles(hits) == [P1, P2]


def test_limit_and_total(backend):
    answer = api.find_papers(backend, "language", "Korean", limit=1)
    assert answer.total == 2 and titles(answer.papers) == [P4]
    assert [r.key for r in answer.subjects] == ["kor"]


@pytest.mark.parametrize("name", ["ko", "kor", "Korean", "KOREAN", "ko-KR"])
def test_language_by_name_or_code(backend, name):
    assert titles(api.papers_mentioning(backend, "language", name)) == [P4, P2]


def test_language_names_in_other_languages_resolve_through_langcodes(backend):
    assert titles(api.papers_mentioning(backend, "language", "Koreen")) == [P4, P2]  # Dutch


def test_language_known_to_langcodes_but_absent_is_an_error(backend):
    with pytest.raises(UnknownNameError, match="no language named 'Swahili'"):
        api.papers_mentioning(backend, "language", "Swahili")


def test_misspelling_suggests_the_closest_names(backend):
    with pytest.raises(UnknownNameError) as err:
        api.papers_mentioning(backend, "model", "BLOMZ")
    assert err.value.suggestions[0] == "BLOOMZ"
    assert str(err.value).startswith("no model named 'BLOMZ'; did you mean: BLOOMZ")
    assert isinstance(err.value, PaperkgError)


def test_unknown_name_without_close_match_says_so(backend):
    with pytest.raises(UnknownNameError, match=r"no dataset named 'qqqqzzzz' in the graph$"):
        api.papers_mentioning(backend, "dataset", "qqqqzzzz")


def test_dataset_question(backend):
    hits = api.papers_mentioning(backend, "dataset", "xnli")
    assert titles(hits) == [P4] and hits[0].evidence == "Evaluated on XNLI with XLM-R and BLOOMZ in Korean."


@pytest.mark.parametrize("name", ["ymcui/LERT", "YMCUI/lert", "https://github.com/ymcui/LERT/tree/main"])
def test_repo_case_insensitive(backend, name):
    hits = api.papers_mentioning(backend, "repo", name)
    assert titles(hits) == [P3] and hits[0].evidence == "https://github.com/ymcui/LERT"


def test_org_finds_papers_linking_its_repos_and_hf_resources(backend):
    hits = api.papers_mentioning(backend, "org", "bigscience-workshop")
    assert titles(hits) == [P1] and hits[0].evidence == "https://github.com/bigscience-workshop/xmtf"
    hits = api.papers_mentioning(backend, "org", "BigScience")
    assert titles(hits) == [P1] and hits[0].evidence == "https://huggingface.co/bigscience/bloomz"
    assert titles(api.papers_mentioning(backend, "org", "github:ymcui")) == [P3]


def test_org_on_two_platforms_is_one_answer(sample_graph):
    g = sample_graph
    g.add_node("Organization:github:bigscience", label="Organization", key="github:bigscience", name="bigscience",
               platform="github")
    g.add_node("Repository:bigscience/other", label="Repository", key="bigscience/other", name="bigscience/other")
    g.add_edge("Repository:bigscience/other", "Organization:github:bigscience", key="OWNED_BY")
    g.add_edge("Paper:title:00000000000000a3", "Repository:bigscience/other", key="LINKS_TO",
               url="https://github.com/bigscience/other")
    answer = api.find_papers(NetworkXBackend(g), "org", "bigscience")
    assert sorted(r.key for r in answer.subjects) == ["github:bigscience", "huggingface:bigscience"]
    assert titles(answer.papers) == [P1, P3]


def test_key_helpers():
    assert repo_key("https://www.github.com/Owner/Repo.git/") == "owner/repo"
    assert owner_key("https://huggingface.co/BigScience") == "bigscience"


def test_entity_profile_of_bloomz(backend):
    profile = api.entity_profile(backend, "bloomz")
    assert (profile.node.kind, profile.node.name, profile.paper_count) == ("model", "BLOOMZ", 2)
    assert titles(profile.papers) == [P4, P1]
    assert [r.other.name for r in profile.introduced_by] == [P1]
    assert [r.other.name for r in profile.based_on] == ["BLOOM"]
    assert [r.other.key for r in profile.code] == ["bigscience-workshop/xmtf"]
    assert [c.node.name for c in profile.co_languages] == ["English", "Korean"]
    assert [c.node.name for c in profile.co_datasets] == ["XNLI", "xP3"]
    data = profile.to_json()
    assert data["kind"] == "model" and data["based_on"][0]["evidence"].startswith("We apply MTF")


def test_profile_of_xlmr_shows_what_builds_on_it(backend):
    profile = api.entity_profile(backend, "XLM-RoBERTa")
    assert profile.variants == ["XLM-R large"] and "XLM-RoBERTa" in profile.aliases
    assert [r.other.name for r in profile.built_on_by] == ["SixT+"]


def test_profile_of_a_language_and_a_repository(backend):
    profile = api.entity_profile(backend, "ko")
    assert profile.node.key == "kor" and profile.properties["tag"] == "ko"
    assert [(c.node.key, c.papers) for c in profile.co_models] == [("xlmr", 2), ("bloomz", 1), ("sixt", 1)]
    repo = api.entity_profile(backend, "bigscience-workshop/xmtf")
    assert repo.node.kind == "repo"
    assert {(r.type, r.direction, r.other.key) for r in repo.code} == {
        ("HAS_CODE", "in", "bloomz"), ("OWNED_BY", "out", "github:bigscience-workshop")}


def test_top_models_languages_repos(backend):
    assert [(c.node.name, c.papers) for c in api.top(backend, "models", 3)] == [
        ("BLOOMZ", 2), ("XLM-R", 2), ("BERT", 1)]
    assert [(c.node.name, c.papers) for c in api.top(backend, "languages")] == [
        ("English", 2), ("Korean", 2), ("Chinese", 1)]
    assert [c.node.key for c in api.top(backend, "repos")] == ["bigscience-workshop/xmtf", "ymcui/lert"]
    by_rel = api.top(backend, "models", 2, by="relations")
    assert by_rel[0].node.name == "BLOOMZ" and by_rel[0].papers == 3  # INTRODUCES, BASED_ON, HAS_CODE
    with pytest.raises(PaperkgError, match="cannot rank by"):
        api.top(backend, "models", by="stars")


def test_related_to_bloom(backend):
    related = api.related(backend, "BLOOM")
    assert [(c.node.kind, c.node.name) for c in related] == [
        ("dataset", "xP3"), ("language", "English"), ("model", "BLOOMZ"), ("model", "mT0"), ("model", "mT5")]
    assert [c.node.name for c in api.related(backend, "BLOOM", among="language")] == ["English"]
    assert [c.node.name for c in api.related(backend, "Korean", n=1)] == ["XLM-R"]


def test_path_bloomz_to_korean(backend):
    steps = api.path(backend, "BLOOMZ", "Korean")
    assert [s.node.name for s in steps] == ["BLOOMZ", P4, "Korean"]
    assert [(s.rel, s.forward) for s in steps[1:]] == [("MENTIONS", False), ("MENTIONS", True)]


def test_path_between_a_paper_and_an_entity_and_no_path(backend):
    steps = api.path(backend, "arxiv:2211.01786", "XNLI")
    assert steps[0].node.kind == "paper" and steps[-1].node.name == "XNLI" and len(steps) == 3
    assert len(api.path(backend, "2211.01786", P1)) == 1
    with pytest.raises(PaperkgError, match="no path between 'BLOOMZ' and 'LERT'"):
        api.path(backend, "BLOOMZ", "LERT")
    with pytest.raises(PaperkgError, match="within 1 hops"):
        api.path(backend, "BLOOMZ", "Korean", max_hops=1)


def test_entity_name_suggestions_span_kinds(backend):
    with pytest.raises(UnknownNameError) as err:
        api.entity_profile(backend, "Korian")
    assert "Korean" in err.value.suggestions


def test_search_title_and_abstract(backend):
    assert titles(api.search(backend, "MULTILINGUAL")) == [P1, P2]  # abstract of P1, title of P2
    hits = api.search(backend, "xlm-r")
    assert titles(hits) == [P4, P2]
    assert "XLM-R" in hits[1].evidence
    assert titles(api.search(backend, "ual pre")) == [P2]  # inside words, across a space
    assert titles(api.search(backend, "korean and english")) == [P2]
    assert titles(api.search(backend, "<script>")) == [P4]
    assert api.search(backend, "no such phrase anywhere") == []
    assert titles(api.search(backend, "multilingual", n=1)) == [P1]
    with pytest.raises(PaperkgError, match="empty search"):
        api.search(backend, "  ")


def test_cooccurrence_projections(backend):
    pairs = api.cooccurrence(backend, "model", "language")
    assert (pairs[0].left.name, pairs[0].right.name, pairs[0].papers) == ("XLM-R", "Korean", 2)
    md = {(p.left.key, p.right.key): p.papers for p in api.cooccurrence(backend, "model", "dataset")}
    assert md == {("bloom", "xp3"): 1, ("bloomz", "xp3"): 1, ("mt5", "xp3"): 1, ("mt0", "xp3"): 1,
                  ("xlmr", "xnli"): 1, ("bloomz", "xnli"): 1}
    dl = api.cooccurrence(backend, "dataset", "language")
    assert {(p.left.key, p.right.key) for p in dl} == {("xp3", "eng"), ("xnli", "kor")}
    graph = api.cooccurrence_graph(backend, "model", "language", min_papers=2)
    assert list(graph.edges(data="weight")) == [("Model:xlmr", "Language:kor", 2)]
    with pytest.raises(PaperkgError, match="no model-repo projection"):
        api.cooccurrence(backend, "model", "repo")


def test_name_index_is_built_once_per_graph(backend):
    assert backend.name_index("Model") is backend.name_index("Model")


def test_warm_builds_everything_and_answers_stay_the_same(sample_graph):
    """Indexes built up front by `warm()` or lazily by the first question that needs them."""
    warm = NetworkXBackend(sample_graph)
    warm.warm()

    def cold():  # each question first on a fresh backend
        return NetworkXBackend(sample_graph)

    for name in ("BLOOM", "Korean", "English", "XLM-R", "bigscience-workshop/xmtf", "bigscience"):
        assert api.related(cold(), name) == api.related(warm, name)
        assert api.entity_profile(cold(), name).to_json() == api.entity_profile(warm, name).to_json()
    for kind in ("models", "languages", "repos", "orgs"):
        assert api.top(cold(), kind) == api.top(warm, kind)
    assert api.cooccurrence(cold(), "model", "language") == api.cooccurrence(warm, "model", "language")
    assert api.search(warm, "korean") == api.search(cold(), "korean")
    assert api.path(warm, "BLOOMZ", "Korean") == api.path(cold(), "BLOOMZ", "Korean")


def test_search_never_matches_across_title_and_abstract(sample_graph):
    backend = NetworkXBackend(sample_graph)
    # P3's title ends "Language Model", its abstract starts "We propose": no hit for the join.
    assert api.search(backend, "model\nwe propose") == []
    assert api.search(backend, "modelwe") == []


def _brute_force(graph, query):
    query = query.lower()
    papers = [d for _, d in graph.nodes(data=True) if d["label"] == "Paper"
              and (query in d.get("title", "").lower() or query in d.get("abstract", "").lower())]
    papers.sort(key=lambda d: d["key"])
    papers.sort(key=lambda d: d.get("date") or "", reverse=True)
    return [d["key"] for d in papers]


@pytest.mark.parametrize("block, overlap", [(1 << 20, 256), (64, 8), (7, 2)])
def test_search_equals_brute_force_whatever_the_filter_blocks(sample_graph, monkeypatch, block, overlap):
    """Tiny filter blocks make matches straddle blocks and needles outgrow the overlap."""
    import paperkg.queries.networkx_backend as nxb

    monkeypatch.setattr(nxb._TextIndex, "BLOCK", block)
    monkeypatch.setattr(nxb._TextIndex, "OVERLAP", overlap)
    backend = NetworkXBackend(sample_graph)
    texts = [d.get("abstract", "") + " " + d.get("title", "") for _, d in sample_graph.nodes(data=True)
             if d["label"] == "Paper"]
    queries = {t[i:i + n] for t in texts for n in (1, 2, 3, 5, 11, 30) for i in range(0, len(t), 13)}
    queries |= {"zzqx", "xlm-r large", "KOREAN", "é", "<script>", "families.", "translation"}
    for query in sorted(q for q in queries if q.strip()):
        assert [h.key for h in api.search(backend, query, n=None)] == _brute_force(sample_graph, query), query
        assert [h.key for h in api.search(backend, query, n=1)] == _brute_force(sample_graph, query)[:1], query


def test_profile_lists_at_most_limit_relations_per_kind(sample_graph):
    for i in range(5):
        nid = f"Model:child{i}"
        sample_graph.add_node(nid, label="Model", key=f"child{i}", name=f"Child {i}", aliases=[], variants=[])
        sample_graph.add_edge(nid, "Model:bloom", key="BASED_ON", evidence=f"Child {i} builds on BLOOM.")
    backend = NetworkXBackend(sample_graph)
    profile = api.entity_profile(backend, "BLOOM", limit=3)
    assert [r.other.key for r in profile.built_on_by] == ["bloomz", "child0", "child1"]
    assert len(api.entity_profile(backend, "BLOOM", limit=100).built_on_by) == 6


@pytest.mark.parametrize("kind, name", [("hf", "bigscience/bloomz"), ("hf", "https://huggingface.co/bigscience/bloomz"),
                                        ("hf", "models/bigscience/bloomz"), ("website", "https://lert.github.io/"),
                                        ("website", "lert.github.io")])
def test_hf_resources_and_websites_by_name_or_url(backend, kind, name):
    assert len(api.papers_mentioning(backend, kind, name)) == 1


@pytest.mark.parametrize("seed", range(5))
def test_bidirectional_bfs_finds_shortest_paths(seed):
    """Our BFS (hub-avoiding, C-level set steps) against NetworkX's own, on random multigraphs."""
    import random

    import networkx as nx

    from paperkg.queries.networkx_backend import _bidirectional_bfs

    rng = random.Random(seed)
    g = nx.MultiDiGraph()
    nodes = [f"N:{i}" for i in range(60)]
    g.add_nodes_from(nodes)
    for _ in range(90):
        g.add_edge(rng.choice(nodes), rng.choice(nodes), key=rng.choice(["MENTIONS", "CITES"]))
    undirected = g.to_undirected(as_view=True)
    for _ in range(200):
        a, b = rng.choice(nodes), rng.choice(nodes)
        found = _bidirectional_bfs(g, a, b, max_hops=60)
        if not nx.has_path(undirected, a, b):
            assert found is None
            continue
        assert found[0] == a and found[-1] == b
        assert len(found) - 1 == nx.shortest_path_length(undirected, a, b)
        assert all(undirected.has_edge(u, v) for u, v in zip(found, found[1:]))
        assert _bidirectional_bfs(g, a, b, max_hops=60) == found  # deterministic
        if len(found) > 2:
            assert _bidirectional_bfs(g, a, b, max_hops=len(found) - 2) is None
