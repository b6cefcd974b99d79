"""Find, clean, normalize and classify the URLs a paper's title or abstract contains.

Why hand-written regexes rather than a URL-extraction library: this runs on
every abstract (tens of thousands per second), must not download a public
suffix list at run time, and the hard part is not recognising URLs but
cleaning them the way papers write them ("... at https://github.com/x/y.git.",
"(https://x.org/a_(b))", "\\url{...}"). Substring search picks the few words
that may hold a URL, one precompiled pattern finds the candidates in them,
`clean_url` trims them, `urllib.parse.urlsplit` parses them and
`classify_url` maps them onto the graph schema (docs/schema.md):

- `url`: scheme https, host lowercased, path/query kept as written, fragment
  dropped; GitHub and Hugging Face URLs use their canonical host (``hf.co``
  and hub mirrors such as ``hf-mirror.com`` or ``hf.<anything>.<tld>`` become
  ``huggingface.co``), the same rule as ``../shared/eval/score.py``.
- `resource`: the canonical id of what the URL points at ("owner/repo",
  "models/org/name", host+path for websites), as written; the graph builder
  lowercases it for node keys.
"""
from __future__ import annotations

import re
from urllib.parse import urlsplit

from .results import Link, Mention

__all__ = ["LINK_KINDS", "classify_url", "clean_url", "find_links", "looks_like_url"]

LINK_KINDS = (
    "github_repo", "github_owner",
    "hf_model", "hf_dataset", "hf_space", "hf_collection", "hf_owner",
    "project_page", "anonymous", "website",
)

# ---------------------------------------------------------------------------
# Finding candidates
# ---------------------------------------------------------------------------

# Characters that never belong to a URL written in prose: whitespace, the
# delimiters RFC 3986 excludes, LaTeX braces/backslash and CJK punctuation.
_STOP = r"\s<>\"{}\\|^`\u3000-\u303f\uff01\uff08\uff09\uff0c\uff1a\uff1b\uff1f"
_TOKEN = rf"[^{_STOP}]+"
# Hosts also recognised without a scheme ("code at github.com/x/y", "gist.github.com/u/id",
# "paralip.github.io").
_BARE_HOSTS = r"(?:(?:gist\.)?github\.com|huggingface\.co|hf\.co|hf-mirror\.com)"
_BARE = _BARE_HOSTS + "/" + _TOKEN
_BARE_GITHUB_IO = rf"[a-z0-9-]+(?:\.[a-z0-9-]+)*\.github\.io(?![\w-])(?:/{_TOKEN})?"
# Any other bare domain only where prose points at it: "available at docvqa.org", "visit x.ai/demo".
_TLDS = ("org", "com", "io", "ai", "net", "dev", "edu", "me", "ml", "app")
# ("on" and "from" point at an address only in lower case: "a product description on Amazon.com", "videos
# from VideoLectures.NET" name a shop and a site;
# so does a bracket or an apposition: "(fb.me/semanticparsingdialog)", "A website, syntaxgym.org, which")
_POINTED_DOMAIN = (
    r"(?:(?<=\bat[ ])|(?<=\bvisit[ ])|(?<=\bsee[ ])|(?:(?<=\bfrom[ ])|(?<=\bon[ ]))(?=(?-i:[a-z]))"  # ([ ]: verbose)
    r"|(?<=\()(?=(?-i:[a-z][a-z0-9-]*\.[a-z]+[/)]))"  # ("(fb.me/semanticparsingdialog)")
    r"|(?<=,[ ])(?=(?-i:[a-z])))"  # (", syntaxgym.org, which": `_candidates` checks what follows)
    rf"(?!{_BARE_HOSTS})"  # (those only with a path: _BARE)
    rf"[a-z][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:{'|'.join(_TLDS)})(?![\w-])(?:/{_TOKEN})?"
)

# An address after a label, with any top-level domain: "video: youtu.be/HLFAnRKuTlE; demo: x.hf.space".
_LABELS = ("code", "data", "demo", "demos", "video", "videos", "website", "homepage", "page", "project", "url", "link")
_LABELLED_ADDRESS = (
    "(?:" + "|".join(rf"(?<=\b{label}:[ ])" for label in _LABELS) + ")"
    rf"(?!{_BARE_HOSTS})[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{{2,12}}(?![\w-])(?:/{_TOKEN})?"
)

_CANDIDATE = re.compile(
    rf"""
    \\(?:url|href)\{{(?P<wrapped>[^{{}}\s]+)\}}          # LaTeX \url{...} / \href{...}{...}
    | (?P<url>(?:https?://|www\.){_TOKEN})               # scheme or www. form
    | (?<![\w.@/-])(?P<bare>{_BARE}|{_BARE_GITHUB_IO})   # bare github.com/x/y, hf.co/x, x.github.io
    | (?P<domain>{_POINTED_DOMAIN})                      # "available at docvqa.org"
    | (?P<labelled>{_LABELLED_ADDRESS})                  # "demo: x.hf.space"
    """,
    re.IGNORECASE | re.VERBOSE,
)
_NON_SPACE = re.compile(r"\S*")
# What ends an address set off by commas: the clause about it, or the sentence ("A website, x.org, which").
_APPOSED_ADDRESS_END = re.compile(r",\s+(?:which|where|that)\b|\.(?:\s|$)")
# Every candidate contains one of these (in the lowercased text): a "/", a path-less
# "www.x.org" / "x.github.io", or a pointed-at domain's top-level domain (one pattern for all of
# them: a regex with a literal "." prefix scans a text in ~1 us, ten `str.find` calls take ~9 us).
_ANCHORS = ("/", "www.")
_DOMAIN_ANCHOR = re.compile(rf"\.(?:github\.io|{'|'.join(_TLDS)})")
# Two URLs glued by a comma or semicolon: "https://a.org/x,https://b.org/y".
_GLUED = re.compile(r"[,;](?=(?:https?://|www\.))", re.IGNORECASE)


def _ascii_lower(text: str) -> str:
    """`text` lowercased with offsets unchanged (str.lower lengthens only U+0130)."""
    if text.isascii() or "\u0130" not in text:
        return text.lower()
    return text.replace("\u0130", "i").lower()


def _chunks(text: str) -> list[tuple[int, int]]:
    """The whitespace-delimited words of `text` that could hold a URL, as sorted (start, end) spans.

    Why: Python's `re` tries an IGNORECASE pattern with several alternatives
    at every position (~0.3 ms per abstract). URLs cannot contain whitespace,
    so the pattern only needs to run on the few words around an anchor found
    by C-speed substring search (and one literal-prefixed regex for the
    top-level domains); most abstracts have none and cost a few microseconds.
    """
    low = _ascii_lower(text)
    hits = [m.start() for m in _DOMAIN_ANCHOR.finditer(low)]
    for anchor in _ANCHORS:
        hay = text if anchor == "/" else low
        i = hay.find(anchor)
        while i >= 0:
            hits.append(i)
            i = hay.find(anchor, i + 1)
    chunks = set()
    end = -1
    for i in sorted(hits):
        if i < end:
            continue  # in the word found before
        space = text.rfind(" ", 0, i)  # then look for other whitespace only after it
        begin = max(space, text.rfind("\n", space + 1, i), text.rfind("\t", space + 1, i)) + 1
        end = _NON_SPACE.match(text, i).end()
        chunks.add((begin, end))
    i = text.find(": ")
    while i >= 0:  # the word after a label ("demo: x.hf.space"), whatever its top-level domain
        if text[max(text.rfind(" ", 0, i), text.rfind("\n", 0, i)) + 1:i].lower() in _LABELS:
            chunks.add((i + 2, _NON_SPACE.match(text, i + 2).end()))
        i = text.find(": ", i + 2)
    return sorted(chunks)


def _candidates(text: str) -> list[tuple[int, int]]:
    """(start, end) spans of the raw URL candidates in `text`, in order, not overlapping."""
    out: list[tuple[int, int]] = []
    last_end = -1
    for begin, end in _chunks(text):
        for m in _CANDIDATE.finditer(text, begin, end):
            start, stop = m.span(m.lastgroup or "url")
            if start < last_end:
                continue
            if m.lastgroup == "domain" and text[start - 2:start] == ", " and not _APPOSED_ADDRESS_END.match(text, stop):
                continue  # a domain in a list names a site or a product: "NeevaAI, perplexity.ai, and YouChat"
            last_end = stop
            raw = text[start:stop]
            if ("," in raw or ";" in raw) and _GLUED.search(raw):
                for piece in _GLUED.split(raw):
                    out.append((start, start + len(piece)))
                    start += len(piece) + 1
            else:
                out.append((start, stop))
    return out


# ---------------------------------------------------------------------------
# Cleaning
# ---------------------------------------------------------------------------

# Sentence punctuation, quotes and footnote marks that end a sentence, not a URL.
_TRAILING_JUNK = frozenset(".,;:!?'\"*\u2019\u201d\u00bb\u2026\u3002\uff0c")
_LEADING_JUNK = frozenset("'\"<\u2018\u201c\u00ab")
_PAIRS = {")": "(", "]": "[", "}": "{", ">": "<"}
_OPENERS = {v: k for k, v in _PAIRS.items()}


def _closes_at_end(seg: str, opener: str, closer: str) -> bool:
    """True when the bracket opening `seg` is closed by its last character, not before."""
    depth = 0
    for i, ch in enumerate(seg):
        if ch == opener:
            depth += 1
        elif ch == closer:
            depth -= 1
            if depth == 0:
                return i == len(seg) - 1
    return False


def _clean_span(raw: str) -> tuple[int, int]:
    """(start, end) of the cleaned URL inside `raw`: cleaning only ever trims.

    Trims, until nothing changes: surrounding whitespace, a LaTeX ``\\url{``
    prefix, leading quotes and unbalanced opening brackets, trailing sentence
    punctuation / quotes, unbalanced closing brackets, a trailing ".git" and
    trailing "/". Brackets balanced inside the URL ("wiki/A_(b)") are kept.
    """
    a, b = 0, len(raw)
    while True:
        a0, b0 = a, b
        while a < b and raw[a].isspace():
            a += 1
        while b > a and raw[b - 1].isspace():
            b -= 1
        if raw.startswith(("\\url{", "\\href{"), a, b):
            a = raw.index("{", a) + 1
        if a < b and raw[a] in _LEADING_JUNK:
            a += 1
        elif a < b and raw[a] in _OPENERS:
            opener, closer = raw[a], _OPENERS[raw[a]]
            seg = raw[a:b]
            if seg.count(opener) > seg.count(closer):
                a += 1
            elif raw[b - 1] == closer and _closes_at_end(seg, opener, closer):
                a, b = a + 1, b - 1  # "(https://x.org/y)": the pair wraps the URL
        if b > a:
            last = raw[b - 1]
            if last in _TRAILING_JUNK or last == "/":
                b -= 1
            elif last in _PAIRS:
                seg = raw[a:b]
                if seg.count(last) > seg.count(_PAIRS[last]):
                    b -= 1
            elif b - a >= 4 and raw[b - 4:b].lower() == ".git":
                b -= 4
        if (a, b) == (a0, b0):
            return a, b


def clean_url(raw: str) -> str:
    """The cleaning step alone: `raw` trimmed of what prose wraps around a URL.

    "https://github.com/x/y.git." -> "https://github.com/x/y";
    "(https://x.org/a_(b))." -> "https://x.org/a_(b)". Never raises; idempotent.
    """
    a, b = _clean_span(raw)
    return raw[a:b]


# ---------------------------------------------------------------------------
# Normalizing and classifying
# ---------------------------------------------------------------------------

_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*://", re.IGNORECASE)
_HOST_OK = re.compile(r"^(?:[^\W_]|[^\W_][\w-]*[^\W_])(?:\.(?:[^\W_]|[^\W_][\w-]*[^\W_]))*\.[^\W\d_]{2,}$")
_IPV4 = re.compile(r"^\d{1,3}(?:\.\d{1,3}){3}$")

_GITHUB_HOSTS = frozenset({"github.com"})
_HF_HOSTS = frozenset({"huggingface.co", "hf.co", "hf-mirror.com"})

# First path segments of github.com that are product pages, not accounts.
_GITHUB_RESERVED = frozenset("""
about account apps blog collections contact customer-stories dashboard enterprise events explore
features codespaces copilot login logout join marketplace new notifications organizations pricing
pulls issues readme search security settings site sponsors stars team topics trending watching
""".split())
# Prefixes whose next segment is an account: github.com/orgs/x, /users/x, /sponsors/x.
_GITHUB_ACCOUNT_PREFIXES = frozenset({"orgs", "users", "sponsors"})

# First path segments of huggingface.co that are site pages, not organizations.
_HF_RESERVED = frozenset("""
api blog brand careers changelog chat code-of-conduct content-guidelines course docs enterprise
hub inference-api inference-endpoints join learn login logout metrics new new-dataset new-space
organizations papers posts pricing privacy search security settings support tasks terms-of-service
transformers welcome
""".split())
_HF_REPO_TYPES = {"models": "hf_model", "datasets": "hf_dataset", "spaces": "hf_space",
                  "collections": "hf_collection"}

# Hosts (or host suffixes) of project pages.
_PROJECT_PAGE_SUFFIXES = (".github.io", ".gitlab.io", ".netlify.app", ".vercel.app", ".pages.dev",
                          ".notion.site", ".bitbucket.io", ".gitee.io")
_PROJECT_PAGE_HOSTS = frozenset({"sites.google.com"})
# Anonymous-review services.
_ANONYMOUS_HOSTS = frozenset({"anonymous.4open.science", "anonymousfiles.io", "anonfiles.com"})


def _is_hf_host(host: str) -> bool:
    """huggingface.co, hf.co and hub mirrors (score.py: any "hf.<x>.<tld>" host)."""
    return host in _HF_HOSTS or (host.startswith("hf.") and host.count(".") >= 2)


def _split(cleaned: str) -> tuple[str, str, str, str, str] | None:
    """(scheme, host, path, query, fragment) of a cleaned URL; None when it has no usable host."""
    if not _SCHEME.match(cleaned):
        cleaned = "https:" + cleaned if cleaned.startswith("//") else "https://" + cleaned
    try:
        parts = urlsplit(cleaned)
        host = parts.hostname or ""
        port = parts.port
    except ValueError:  # bad port, unbalanced IPv6 brackets...
        return None
    host = host.rstrip(".")
    if host.startswith("www.") and host.count(".") >= 2:
        host = host[4:]
    if not (_HOST_OK.match(host) or _IPV4.match(host)):
        return None
    if port is not None:
        host = f"{host}:{port}"
    scheme = parts.scheme.lower()
    if scheme == "http":
        scheme = "https"
    return scheme, host, parts.path.rstrip("/"), parts.query, parts.fragment


def looks_like_url(text: str) -> bool:
    """True when `text`, once cleaned, has a plausible host (used to reject "N/A" and the like)."""
    return _split(clean_url(text)) is not None


def _join(scheme: str, host: str, path: str, query: str) -> str:
    return f"{scheme}://{host}{path}" + (f"?{query}" if query else "")


def _segments(path: str) -> list[str]:
    return [s for s in path.split("/") if s]


def _github(path: str, query: str, origin: str) -> Link:
    url = _join("https", "github.com", path, query)
    seg = _segments(path)
    if not seg:
        return Link(url=url, kind="website", resource="github.com", origin=origin)
    first = seg[0]
    if first.lower() in _GITHUB_ACCOUNT_PREFIXES and len(seg) >= 2:
        return Link(url=url, kind="github_owner", resource=seg[1], owner=seg[1],
                    subpath="/".join(seg[2:]) or None, origin=origin)
    if first.lower() in _GITHUB_RESERVED:
        return Link(url=url, kind="website", resource="github.com" + path, origin=origin)
    if len(seg) == 1:
        return Link(url=url, kind="github_owner", resource=first, owner=first, origin=origin)
    repo = seg[1][:-4] if seg[1].lower().endswith(".git") else seg[1]
    return Link(url=url, kind="github_repo", resource=f"{first}/{repo}", owner=first,
                subpath="/".join(seg[2:]) or None, origin=origin)


def _huggingface(path: str, query: str, origin: str) -> Link:
    url = _join("https", "huggingface.co", path, query)
    seg = _segments(path)
    website = Link(url=url, kind="website", resource="huggingface.co" + path, origin=origin)
    if not seg:
        return website
    first = seg[0].lower()
    if first in _HF_REPO_TYPES:
        kind = _HF_REPO_TYPES[first]
        if len(seg) >= 3:
            return Link(url=url, kind=kind, resource=f"{first}/{seg[1]}/{seg[2]}", owner=seg[1],
                        subpath="/".join(seg[3:]) or None, origin=origin)
        if len(seg) == 2 and first in ("models", "datasets"):  # legacy ids without owner: datasets/squad
            return Link(url=url, kind=kind, resource=f"{first}/{seg[1]}", origin=origin)
        if len(seg) == 2 and first == "collections":  # an organization's collections page
            return Link(url=url, kind="hf_owner", resource=seg[1], owner=seg[1], origin=origin)
        return website
    if first in _HF_RESERVED:
        return website
    if len(seg) == 1:
        return Link(url=url, kind="hf_owner", resource=seg[0], owner=seg[0], origin=origin)
    return Link(url=url, kind="hf_model", resource=f"models/{seg[0]}/{seg[1]}", owner=seg[0],
                subpath="/".join(seg[2:]) or None, origin=origin)


def _other(scheme: str, host: str, path: str, query: str, origin: str) -> Link:
    url = _join(scheme, host, path, query)
    resource = host + path
    if host.endswith(_PROJECT_PAGE_SUFFIXES) or host in _PROJECT_PAGE_HOSTS:
        owner = host[: -len(".github.io")] if host.endswith(".github.io") else None
        return Link(url=url, kind="project_page", resource=resource, owner=owner, origin=origin)
    if (host in _ANONYMOUS_HOSTS or host.startswith("anonymous.")
            or (host == "openreview.net" and "anonymous" in (path + query).lower())
            or (host == "osf.io" and "view_only=" in query)):
        return Link(url=url, kind="anonymous", resource=resource, origin=origin)
    return Link(url=url, kind="website", resource=resource, origin=origin)


def _classify_clean(cleaned: str, origin: str) -> Link | None:
    parts = _split(cleaned)
    if parts is None:
        return None
    scheme, host, path, query, _fragment = parts
    if scheme == "https":
        if host in _GITHUB_HOSTS:
            return _github(path, query, origin)
        if _is_hf_host(host):
            return _huggingface(path, query, origin)
    return _other(scheme, host, path, query, origin)


def classify_url(url: str, origin: str = "text") -> Link:
    """Clean, normalize and classify one URL (from text or curated metadata such as ACL <pwccode>).

    Never raises: a value without a usable host (e.g. "N/A") comes back as a
    "website" whose url and resource are the cleaned text; check
    `looks_like_url` first to reject such values.
    """
    cleaned = clean_url(url)
    link = _classify_clean(cleaned, origin)
    if link is None:
        return Link(url=cleaned, kind="website", resource=cleaned.lower(), origin=origin)
    return link


# ---------------------------------------------------------------------------
# Finding links in text
# ---------------------------------------------------------------------------

_SENTENCE_ENDS = (". ", "! ", "? ", "\n")
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n")


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence around text[start:end], found by punctuation (cheap; no spaCy needed)."""
    left = -1
    for p in _SENTENCE_ENDS:  # each search only looks after the best boundary found so far
        left = max(left, text.rfind(p, left + 1, start))
    left = 0 if left < 0 else left + (1 if text[left] == "\n" else 2)
    m = _SENTENCE_END.search(text, end)
    right = m.end() if m else len(text)
    return text[left:right].strip()


def find_links(text: str, field: str = "abstract") -> list[Link]:
    """Every URL in `text`, in order of first occurrence, one Link per normalized url.

    Each Link carries a Mention per occurrence: the URL as written (cleaned),
    its offsets into `text` and the sentence around it.
    """
    if not text:
        return []
    links: dict[str, Link] = {}
    for start, end in _candidates(text):
        a, b = _clean_span(text[start:end])
        cleaned = text[start + a:start + b]
        link = _classify_clean(cleaned, "text")
        if link is None or not link.url.startswith("https://"):  # "www.://x.org" and other debris
            continue
        mention = Mention(text=cleaned, field=field, start=start + a, end=start + b,
                          sentence=_sentence(text, start + a, start + b))
        known = links.get(link.url)
        if known is None:
            link.mentions.append(mention)
            links[link.url] = link
        else:
            known.mentions.append(mention)
    return list(links.values())
