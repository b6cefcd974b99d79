"""Property-based tests (hypothesis) of the URL cleaner, classifier and finder, and their agreement
with the eval scorer's URL normalization (links F1 = 1.000 on the dev set)."""
from __future__ import annotations

import re
from urllib.parse import urlsplit

from hypothesis import example, given, settings
from hypothesis import strategies as st

from paperkg.extract.links import LINK_KINDS, classify_url, clean_url, find_links

SENTENCE_PUNCT = ".,;:!?"


def scorer_norm_url(u: str) -> str:
    """Copy of `norm_url` in ../shared/eval/score.py (tests must not read ../shared)."""
    u = str(u).strip()
    if u.endswith(".git"):
        u = u[:-4]
    u = u.rstrip("/")
    if "://" not in u:
        u = "https://" + u
    parts = urlsplit(u)
    host = parts.netloc.lower()
    if host.startswith("www."):
        host = host[4:]
    if host == "hf.co" or (host.startswith("hf.") and host.count(".") >= 2):
        host = "huggingface.co"
    return (host + parts.path.rstrip("/")).lower()


# --------------------------------------------------------------------------- strategies

_label = st.from_regex(r"[a-z0-9]([a-z0-9-]{0,10}[a-z0-9])?", fullmatch=True)
_word = st.from_regex(r"[A-Za-z0-9][A-Za-z0-9_-]{0,12}", fullmatch=True)
_host = st.one_of(
    st.sampled_from(["github.com", "www.github.com", "huggingface.co", "hf.co", "hf-mirror.com",
                     "hf.barry1.top", "anonymous.4open.science", "sites.google.com"]),
    st.builds(lambda a, b: f"{a}.github.io", _label, st.just("")),
    st.builds(lambda a, tld: f"{a}.{tld}", _label, st.sampled_from(["org", "com", "io", "ai", "info", "de"])),
)
# A path segment: a word, maybe with a balanced "(...)" Wikipedia-style, maybe a dotted file name.
_segment = st.one_of(
    _word,
    st.builds(lambda w, x: f"{w}_({x})", _word, _word),
    st.builds(lambda w, x: f"{w}.{x}", _word, st.sampled_from(["html", "pdf", "md"])),
)


@st.composite
def urls(draw):
    """A clean URL as a paper would print it: no trailing punctuation, '/' or '.git'."""
    scheme = draw(st.sampled_from(["https://", "http://", "HTTPS://", ""]))
    host = draw(_host)
    if not scheme and not (host.startswith("www.") or host in ("github.com", "huggingface.co", "hf.co")):
        scheme = "https://"
    segs = draw(st.lists(_segment, min_size=0 if scheme else 1, max_size=5))
    return scheme + host + "".join("/" + s for s in segs)


_junk = st.text(alphabet=".,;:!?)'\"/", max_size=4)
_wrapper = st.sampled_from([("", ""), ("(", ")"), ("[", "]"), ("\\url{", "}"), ('"', '"'), ("<", ">")])


# --------------------------------------------------------------------------- clean_url


@settings(deadline=None)  # no per-example deadline: a loaded CI machine must not fail the test
@given(st.text(max_size=200))
@example("https://x.org/a.git.git./")
@example("((((https://x.org))")
@example("https://")
def test_clean_url_never_raises_is_idempotent_and_only_trims(raw):
    out = clean_url(raw)
    assert clean_url(out) == out
    assert out in raw
    assert out == out.strip()
    assert not out.endswith(tuple(SENTENCE_PUNCT))
    assert not out.endswith("/")
    assert not out.lower().endswith(".git")


@settings(deadline=None)
@given(urls(), _wrapper, _junk)
@example("https://github.com/a/b", ("", ""), ".git.")
@example("https://en.wikipedia.org/wiki/A_(b)", ("(", ")"), ".")
def test_clean_url_recovers_the_url_from_prose_wrapping(url, wrapper, junk):
    left, right = wrapper
    assert clean_url(f"{left}{url}{right}{junk}") == url


# --------------------------------------------------------------------------- classify_url


@settings(deadline=None)
@given(st.text(max_size=120))
def test_classify_url_never_raises(raw):
    link = classify_url(raw, origin="metadata")
    assert link.kind in LINK_KINDS
    assert link.origin == "metadata"


@settings(deadline=None)
@given(urls())
def test_classify_url_agrees_with_the_scorer(url):
    link = classify_url(url)
    assert link.url.startswith("https://")
    # The scorer knows hf.co and "hf.<x>.<tld>" mirrors; links.py also maps the hf-mirror.com mirror.
    assert scorer_norm_url(link.url) == scorer_norm_url(url.replace("hf-mirror.com", "huggingface.co"))
    assert classify_url(link.url) == link  # the normalized form is a fixed point
    if link.kind in ("github_repo", "github_owner", "hf_model", "hf_dataset", "hf_space", "hf_collection",
                     "hf_owner"):
        assert link.owner and link.owner in link.resource
        assert re.match(r"https://(github\.com|huggingface\.co)/", link.url)


# --------------------------------------------------------------------------- find_links


# Text made of URL pieces, so that candidates, brackets and glued URLs actually occur.
_url_soup = st.lists(st.sampled_from(["https://", "http://", "www.", "github.com/", "hf.co/", ".github.io",
                                      "\\url{", "}", "(", ")", "[", "]", ".", ",", ";", " ", "\n", "\xa0",
                                      "/", "x", "Y", "-", ".git", "İ", "huggingface.co/", "datasets/"]),
                     max_size=40).map("".join)


@settings(deadline=None)
@given(st.one_of(st.text(max_size=300), _url_soup))
@example("WWW.://0.AA")
@example("(https://github.com/a/b),https://hf.co/c/d.git.")
def test_find_links_never_raises_and_offsets_are_exact(text):
    links = find_links(text)
    assert len({link.url for link in links}) == len(links)
    for link in links:
        assert link.kind in LINK_KINDS
        assert link.url.startswith("https://")
        for m in link.mentions:
            assert text[m.start:m.end] == m.text
            assert clean_url(m.text) == m.text
            assert m.text in m.sentence


@settings(deadline=None)
@given(st.lists(st.tuples(urls(), _wrapper, _junk), min_size=1, max_size=4),
       st.sampled_from(["Code at ", "See: ", "available (", "at~", "\n"]))
def test_find_links_finds_every_url_embedded_in_prose(items, glue):
    text = "We propose X. " + " and ".join(f"{glue}{left}{u}{right}{j}" for u, (left, right), j in items) + " Thanks."
    found = [link.url for link in find_links(text)]
    expected = list(dict.fromkeys(classify_url(u).url for u, _, _ in items))
    assert found == expected


def test_gold_dev_links_exactly():
    """Links F1 = 1.000 on the hand-annotated dev set (title, abstract and gold links copied from
    ../shared/eval/gold-dev.jsonl), compared the way score.py compares them."""
    import json
    from pathlib import Path

    path = Path(__file__).parent / "fixtures" / "links" / "gold_dev_links.jsonl"
    papers = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(papers) == 60 and sum(len(p["links"]) for p in papers) >= 13
    for p in papers:
        found = {scorer_norm_url(link.url) for link in find_links(p["title"] + "\n" + p["abstract"])}
        assert found == {scorer_norm_url(u) for u in p["links"]}, p["title"]
