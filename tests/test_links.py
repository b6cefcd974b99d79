"""Links: finding, cleaning, normalizing and classifying URLs (extract/links.py).

`fixtures/links/examples.tsv` lists every URL occurrence of the bundled
example listings (data/examples/*.txt): the whitespace-delimited token as
written, and the expected normalized url, kind, resource, owner and subpath,
each row checked by hand against ../shared/eval/GUIDELINES.md ("links").
"""
from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from paperkg import EXAMPLES_DIR
from paperkg.extract.links import LINK_KINDS, classify_url, clean_url, find_links, looks_like_url
from paperkg.extract.results import Link

FIXTURE = Path(__file__).parent / "fixtures" / "links" / "examples.tsv"


def _rows() -> list[dict[str, str]]:
    with FIXTURE.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


ROWS = _rows()


def _expected(row: dict[str, str]) -> tuple:
    return (row["url"], row["kind"], row["resource"], row["owner"] or None, row["subpath"] or None)


def _got(link: Link) -> tuple:
    return (link.url, link.kind, link.resource, link.owner, link.subpath)


# --------------------------------------------------------------------------- the example listings


def test_table_covers_every_url_of_the_examples():
    """Counted independently of links.py: every scheme URL plus the one bare "hf.co/..." form."""
    expected = []
    for path in sorted(Path(EXAMPLES_DIR).glob("*.txt")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            hits = len(re.findall(r"https?://", line)) + len(re.findall(r"(?<![/\w.])hf\.co/", line))
            expected += [f"{path.name}:{n}"] * hits
    assert len(expected) >= 100
    assert sorted(r["location"] for r in ROWS) == sorted(expected)


@pytest.mark.parametrize("row", ROWS, ids=[f"{r['location']}:{r['written'][:60]}" for r in ROWS])
def test_example_token_as_written(row):
    """The token exactly as the listing writes it ("(https://...).", "\\url{...}.", "at~https://...")."""
    links = find_links(row["written"])
    assert [_got(link) for link in links] == [_expected(row)]
    assert row["kind"] in LINK_KINDS


def test_example_lines_in_order_with_offsets():
    """find_links on each whole listing line finds the table's links, in order, with exact offsets."""
    by_line: dict[str, list[dict[str, str]]] = {}
    for row in ROWS:
        by_line.setdefault(row["location"], []).append(row)
    for location, rows in by_line.items():
        name, line_no = location.rsplit(":", 1)
        line = (Path(EXAMPLES_DIR) / name).read_text(encoding="utf-8").splitlines()[int(line_no) - 1]
        links = find_links(line)
        assert [_got(link) for link in links] == [_expected(r) for r in rows], location
        for link in links:
            for m in link.mentions:
                assert line[m.start:m.end] == m.text
                assert m.field == "abstract"
                assert m.text in m.sentence and m.sentence in line


@pytest.mark.parametrize("row", ROWS, ids=[r["location"] for r in ROWS])
def test_classify_url_agrees_with_find_links(row):
    """classify_url (used on curated metadata) gives the same answer for the bare token."""
    token = row["written"]
    start = max(token.find("http"), 0) if "://" in token else token.find("hf.co")
    assert _got(classify_url(token[start:], origin="metadata")) == _expected(row)
    assert classify_url(token[start:], origin="metadata").origin == "metadata"


# --------------------------------------------------------------------------- edge cases beyond the examples

EDGE = [
    # written, url, kind, resource, owner, subpath
    ("See https://en.wikipedia.org/wiki/Python_(programming_language).",
     "https://en.wikipedia.org/wiki/Python_(programming_language)", "website",
     "en.wikipedia.org/wiki/Python_(programming_language)", None, None),
    ("(see https://en.wikipedia.org/wiki/Python_(programming_language))",
     "https://en.wikipedia.org/wiki/Python_(programming_language)", "website",
     "en.wikipedia.org/wiki/Python_(programming_language)", None, None),
    ("code: http://github.com/a-b/c.d_e!", "https://github.com/a-b/c.d_e", "github_repo", "a-b/c.d_e", "a-b", None),
    ("HTTPS://GitHub.com/Org/Repo?", "https://github.com/Org/Repo", "github_repo", "Org/Repo", "Org", None),
    ("at www.github.com/x/y.", "https://github.com/x/y", "github_repo", "x/y", "x", None),
    ("code at github.com/x/y; data", "https://github.com/x/y", "github_repo", "x/y", "x", None),
    ("\\url{github.com/x/y}", "https://github.com/x/y", "github_repo", "x/y", "x", None),
    ("\\href{https://github.com/x/y}{here}", "https://github.com/x/y", "github_repo", "x/y", "x", None),
    ("[code](https://github.com/x/y)", "https://github.com/x/y", "github_repo", "x/y", "x", None),
    ("<https://github.com/x/y>", "https://github.com/x/y", "github_repo", "x/y", "x", None),
    ("\"https://github.com/x/y\"", "https://github.com/x/y", "github_repo", "x/y", "x", None),
    ("“https://github.com/x/y”.", "https://github.com/x/y", "github_repo", "x/y", "x", None),
    ("https://github.com/x/y.git/", "https://github.com/x/y", "github_repo", "x/y", "x", None),
    ("https://github.com/x/y/blob/main/README.md#usage", "https://github.com/x/y/blob/main/README.md",
     "github_repo", "x/y", "x", "blob/main/README.md"),
    ("https://github.com/x/y/tree/main/examples/", "https://github.com/x/y/tree/main/examples",
     "github_repo", "x/y", "x", "tree/main/examples"),
    ("https://github.com/facebookresearch", "https://github.com/facebookresearch", "github_owner",
     "facebookresearch", "facebookresearch", None),
    ("https://github.com/orgs/bigscience-workshop/repositories",
     "https://github.com/orgs/bigscience-workshop/repositories", "github_owner", "bigscience-workshop",
     "bigscience-workshop", "repositories"),
    ("https://github.com/features/copilot", "https://github.com/features/copilot", "website",
     "github.com/features/copilot", None, None),
    ("https://github.com/topics/nlp", "https://github.com/topics/nlp", "website", "github.com/topics/nlp",
     None, None),
    ("https://github.com", "https://github.com", "website", "github.com", None, None),
    ("https://gist.github.com/u/abc123", "https://gist.github.com/u/abc123", "website",
     "gist.github.com/u/abc123", None, None),
    ("https://huggingface.co/datasets/allenai/c4/viewer", "https://huggingface.co/datasets/allenai/c4/viewer",
     "hf_dataset", "datasets/allenai/c4", "allenai", "viewer"),
    ("https://huggingface.co/datasets/squad", "https://huggingface.co/datasets/squad", "hf_dataset",
     "datasets/squad", None, None),
    ("https://hf.co/spaces/org/demo.", "https://huggingface.co/spaces/org/demo", "hf_space", "spaces/org/demo",
     "org", None),
    ("https://hf-mirror.com/bigscience/bloomz/tree/main", "https://huggingface.co/bigscience/bloomz/tree/main",
     "hf_model", "models/bigscience/bloomz", "bigscience", "tree/main"),
    ("https://www.huggingface.co/bert-base-uncased", "https://huggingface.co/bert-base-uncased", "hf_owner",
     "bert-base-uncased", "bert-base-uncased", None),
    ("https://huggingface.co/papers/2401.00001", "https://huggingface.co/papers/2401.00001", "website",
     "huggingface.co/papers/2401.00001", None, None),
    ("https://huggingface.co/docs/transformers", "https://huggingface.co/docs/transformers", "website",
     "huggingface.co/docs/transformers", None, None),
    ("https://huggingface.co/blog/bloom", "https://huggingface.co/blog/bloom", "website",
     "huggingface.co/blog/bloom", None, None),
    ("https://huggingface.co/collections/unicamp-dl", "https://huggingface.co/collections/unicamp-dl",
     "hf_owner", "unicamp-dl", "unicamp-dl", None),
    ("https://huggingface.co/", "https://huggingface.co", "website", "huggingface.co", None, None),
    ("https://user.gitlab.io/proj/", "https://user.gitlab.io/proj", "project_page", "user.gitlab.io/proj",
     None, None),
    ("https://openreview.net/anonymous/abc", "https://openreview.net/anonymous/abc", "anonymous",
     "openreview.net/anonymous/abc", None, None),
    ("https://osf.io/abcd/?view_only=123", "https://osf.io/abcd?view_only=123", "anonymous", "osf.io/abcd",
     None, None),
    ("https://www.aclweb.org/anthology/2020.acl-main.1.pdf.", "https://aclweb.org/anthology/2020.acl-main.1.pdf",
     "website", "aclweb.org/anthology/2020.acl-main.1.pdf", None, None),
    ("http://localhost.example.org:8080/x", "https://localhost.example.org:8080/x", "website",
     "localhost.example.org:8080/x", None, None),
    ("开源代码：https://github.com/x/y。谢谢", "https://github.com/x/y", "github_repo", "x/y", "x", None),
    ("Code:\thttps://github.com/x/y\n", "https://github.com/x/y", "github_repo", "x/y", "x", None),
    ("Code:\xa0https://github.com/x/y", "https://github.com/x/y", "github_repo", "x/y", "x", None),
    ("See WWW.Example.ORG/Path.", "https://example.org/Path", "website", "example.org/Path", None, None),
    ("demos at paralip.github.io.", "https://paralip.github.io", "project_page", "paralip.github.io",
     "paralip", None),
    ("demos at Team.GitHub.io/demo/", "https://team.github.io/demo", "project_page", "team.github.io/demo",
     "team", None),
]


@pytest.mark.parametrize("written,url,kind,resource,owner,subpath", EDGE, ids=[e[0][:50] for e in EDGE])
def test_edge_cases(written, url, kind, resource, owner, subpath):
    links = find_links(written)
    assert [_got(link) for link in links] == [(url, kind, resource, owner, subpath)]


@pytest.mark.parametrize("text", [
    "", "No links here.", "We use e.g. BERT and GPT-2 on .com domains.", "mail me at someone@github.com",
    "https:// is a scheme", "www. alone", "see \\url{}", "https://-bad-.com/x", "http://[::1/x",
    "version 1.2.3 of foo.io", "the hf. prefix", "input/output and/or 3/4 of www",
    "see github.com alone", "a.github.iox/y",
])
def test_no_link(text):
    assert find_links(text) == []


def test_glued_urls_are_split():
    links = find_links("Code: https://github.com/a/b,https://github.com/c/d.")
    assert [link.url for link in links] == ["https://github.com/a/b", "https://github.com/c/d"]


def test_dedup_keeps_every_mention_in_order():
    title = "X"
    text = ("Code at https://github.com/x/y. Models at https://hf.co/x/m! "
            "Again https://github.com/x/y.git, and http://github.com/x/y/")
    links = find_links(text, field="title")
    assert [link.url for link in links] == ["https://github.com/x/y", "https://huggingface.co/x/m"]
    mentions = links[0].mentions
    assert [m.text for m in mentions] == ["https://github.com/x/y", "https://github.com/x/y",
                                          "http://github.com/x/y"]
    assert all(text[m.start:m.end] == m.text and m.field == "title" for m in mentions)
    assert [m.sentence for m in mentions] == [
        "Code at https://github.com/x/y.",
        "Again https://github.com/x/y.git, and http://github.com/x/y/",
        "Again https://github.com/x/y.git, and http://github.com/x/y/",
    ]
    assert links[1].mentions[0].sentence == "Models at https://hf.co/x/m!"
    assert title  # field name passed through, not the title text


def test_sentence_spans_lines_only_within_one_line():
    text = "First line ends here\nCode is at https://github.com/x/y (see README). Next sentence."
    (link,) = find_links(text)
    assert link.mentions[0].sentence == "Code is at https://github.com/x/y (see README)."


@pytest.mark.parametrize("raw,cleaned", [
    ("https://github.com/EmpathYang/TinyHelen.git.", "https://github.com/EmpathYang/TinyHelen"),
    ("https://plyon1.github.io/Text2Lip/.", "https://plyon1.github.io/Text2Lip"),
    ("https://github.com/whittle-org/whittle/,", "https://github.com/whittle-org/whittle"),
    ("(https://github.com/alibaba/EasyNLP).", "https://github.com/alibaba/EasyNLP"),
    ("\\url{https://github.com/Helsinki-NLP/lm-vs-mt}.", "https://github.com/Helsinki-NLP/lm-vs-mt"),
    ("https://x.org/a_(b)", "https://x.org/a_(b)"),
    ("https://x.org/a_(b))", "https://x.org/a_(b)"),
    ("https://x.org/[1]]", "https://x.org/[1]"),
    ("  'https://x.org/a'?!  ", "https://x.org/a"),
    ("https://x.org/a...", "https://x.org/a"),
    ("https://x.org/a.gitx", "https://x.org/a.gitx"),
    ("https://x.org/a.GIT", "https://x.org/a"),
    ("", ""),
])
def test_clean_url(raw, cleaned):
    assert clean_url(raw) == cleaned


def test_classify_url_scheme_and_junk():
    assert classify_url("http://example.org/Path/").url == "https://example.org/Path"
    assert classify_url("ftp://example.org/file").url == "ftp://example.org/file"
    junk = classify_url("N/A")
    assert (junk.kind, junk.url) == ("website", "N/A")
    assert not looks_like_url("N/A") and looks_like_url("github.com/x/y")


def test_urls_in_to_json_are_the_normalized_form():
    """The eval scorer reads links[*].url; the normalized url survives the JSON contract."""
    from dataclasses import asdict

    (link,) = find_links("at hf.co/britllm/CuatroLLM.")
    assert asdict(link)["url"] == "https://huggingface.co/britllm/CuatroLLM"


def test_offsets_survive_characters_whose_lowercase_is_longer():
    """"İ".lower() is two characters: offsets must still index the original text."""
    text = "İstanbul İİ data at WWW.GITHUB.COM/x/y and https://hf.co/a/b."
    links = find_links(text)
    assert [link.url for link in links] == ["https://github.com/x/y", "https://huggingface.co/a/b"]
    for link in links:
        (m,) = link.mentions
        assert text[m.start:m.end] == m.text


def test_bare_gist_is_a_website_link_not_a_repository():
    """"gist.github.com/u/x" is no GitHub repository u/x (the bare github.com pattern must not
    match inside it), but it is a URL in the text."""
    links = find_links("The prompts are at gist.github.com/karpathy/d4dee566867f8291f086.")
    assert [(link.url, link.kind) for link in links] == [
        ("https://gist.github.com/karpathy/d4dee566867f8291f086", "website")]


@pytest.mark.parametrize("written,url", [
    ("The dataset and leaderboard are available at docvqa.org", "https://docvqa.org"),
    ("Visit paperswithcode.com/sota for more.", "https://paperswithcode.com/sota"),
    ("Code is available at Kestrel.AI.", "https://kestrel.ai"),
])
def test_a_bare_domain_that_prose_points_at_is_a_link(written, url):
    assert [link.url for link in find_links(written)] == [url]


@pytest.mark.parametrize("text", ["We look at 3.5.org", "see github.com alone", "Node.js and x.com posts",
                                  "the site kestrel.org is down",
                                  "the input is a product description on Amazon.com",  # a shop, not an address
                                  "it takes videos from VideoLectures.NET by leveraging slides",  # a site named
                                  "Data: Table 2 lists 1.5M pairs. Demo: i.e. below."])
def test_a_bare_domain_without_a_pointer_or_starting_with_a_digit_is_no_link(text):
    assert find_links(text) == []


def test_an_address_after_a_label_is_a_link_whatever_its_top_level_domain():
    text = ("Code: github.com/kestrel/TextWorldKes; video: youtu.be/HLFAnRKuTlE; demo: kestrel-textworld.hf.space\n"
            "Project page: kestrel.space/textworld.")
    assert [link.url for link in find_links(text)] == [
        "https://github.com/kestrel/TextWorldKes", "https://youtu.be/HLFAnRKuTlE",
        "https://kestrel-textworld.hf.space", "https://kestrel.space/textworld"]
    # the data is pointed at in lower case only: "from videos.net" is an address
    assert [link.url for link in find_links("slides taken from videolectures.net/talks")] == [
        "https://videolectures.net/talks"]


def test_a_bare_domain_in_brackets_or_set_off_as_an_address():
    text = ("We release a dataset of queries (fb.me/semanticparsingdialog). A website, syntaxgym.org, which "
            "centralizes evaluation. Modules are available at AdapterHub.ml too.")
    assert {link.url for link in find_links(text)} == {
        "https://fb.me/semanticparsingdialog", "https://syntaxgym.org", "https://adapterhub.ml"}
    # a domain in a list of sites or products is no address given
    assert find_links("We audit four engines: Bing Chat, NeevaAI, perplexity.ai, and YouChat.") == []
