"""Cleaning of titles and abstracts as listings deliver them.

Listings carry leftovers of the systems that produced them: inline XML/HTML
markup (`<fixed-case>`, `<i>`), HTML entities (`&amp;`), LaTeX from arXiv
(`\\url{...}`, `{\\em ...}`, `\\textbf{...}`, accents like `\\'e`) and hard
line-wraps. Extraction offsets refer to the *cleaned* text, so cleaning must be
conservative: it removes markup and keeps every other character verbatim
(`$\\alpha$`, unknown macros like `\\METHOD`, `<->` or `x < y` stay as written).

`clean_text` is idempotent (cleaning twice gives the result of cleaning once)
and never raises; it runs its steps until nothing changes, so double-escaped
input (`&amp;lt;i&amp;gt;`) ends in the same place however often it is cleaned.
"""
from __future__ import annotations

import html
import re
import unicodedata

__all__ = ["clean_text", "collapse_whitespace", "strip_markup", "unwrap_latex", "unescape_entities"]

# Inline markup seen in paper metadata (HTML formatting, MathML-free ACL/JATS tags).
# A whitelist, not "anything in angle brackets": text like "Si<->En", "a<b>c" in
# math-free prose, or an injected "<img onerror=...>" stays verbatim and is
# escaped by whoever renders it.
_INLINE_TAGS = (
    "fixed-case", "tex-math", "i", "b", "em", "strong", "sub", "sup", "tt", "u", "s", "small",
    "span", "a", "br", "p", "code", "var", "mark", "abbr", "cite", "q", "font", "jats:[a-z-]+",
    "italic", "bold", "sc", "mml:[a-z]+", "math", "inline-formula", "url", "variant",
)
_TAG = re.compile(r"</?(?:%s)(?:\s[^<>]*)?/?>" % "|".join(_INLINE_TAGS), re.IGNORECASE)

# Entities need their semicolon: "AT&T", "R&D" and "&para" inside a word stay text.
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")

_URL_CMD = re.compile(r"\\(?:url|nolinkurl)\s*\{([^{}]*)\}")
_HREF_CMD = re.compile(r"\\href\s*\{([^{}]*)\}\s*\{([^{}]*)\}")
_FONT_CMD = re.compile(
    r"\\(?:emph|textbf|textit|texttt|textsc|textsf|textrm|textsl|textup|textmd|textnormal|underline|mbox|text|"
    r"mathrm|mathbf|mathit|mathsf|mathtt)\s*\{([^{}]*)\}"
)
_FONT_GROUP = re.compile(r"\{\\(?:em|bf|it|tt|sc|sf|rm|sl|up|md|bfseries|itshape|ttfamily|scshape)\s+([^{}]*)\}")

# LaTeX accents -> combining characters, then NFC: "Poincar\'e" -> "Poincaré".
_ACCENTS = {"'": "\u0301", "`": "\u0300", "^": "\u0302", '"': "\u0308", "~": "\u0303", "=": "\u0304",
            ".": "\u0307", "c": "\u0327", "v": "\u030c", "u": "\u0306", "H": "\u030b", "k": "\u0328"}
# "{\\'e}", "\\'{e}", "\\'e"; braces are removed only in pairs.
_ACCENT_SYM = re.compile(r"""\{\\(['`^"~=.])\s*([A-Za-z])\}|\\(['`^"~=.])\s*(?:\{([A-Za-z])\}|([A-Za-z]))""")
_ACCENT_LETTER = re.compile(r"\{\\([cvuHk])\s([A-Za-z])\}|\\([cvuHk])(?:\{([A-Za-z])\}|\s([A-Za-z]))")

# Plain words in math mode ("$\\textit{Labor Space}$" -> "$Labor Space$" -> "Labor Space", "$n$-gram").
# Only letters/digits/spaces inside, first character a letter: "$5 and $6" and "$\\alpha$" stay.
_PLAIN_MATH = re.compile(r"\$([A-Za-z](?:[A-Za-z0-9 .,'-]*[A-Za-z0-9])?)\$")
_ESCAPED = re.compile(r"\\([&%_#])")
# Arrows: in math ("En$\\rightarrow$De", "$\\to$") and as a macro whose "$\\" a listing site dropped,
# glued between two words ("EnglishrightarrowGerman").
_MATH_ARROW = re.compile(r"\$\\(?:(?:[Ll]ong)?([Ll]eftright|[Rr]ight|[Ll]eft)arrow|(to))\$")
_BARE_ARROW = re.compile(r"(?<=[A-Za-z])(?:[Ll]ong)?([Ll]eftright|[Rr]ight|[Ll]eft)arrow(?=[A-Z])")
_ARROWS = {"right": "→", "left": "←", "leftright": "↔", "Right": "⇒", "Left": "⇐", "Leftright": "⇔"}
# A size written as a subscript of a name: "BERT$_{BASE}$", "RoBERTa$_{\\rm LARGE}$",
# "$BERT_{base}$", "BERT\\textsubscript{BASE}" -> "BERT BASE" (the spaced variant the extractor
# folds onto the family). Only size words: "$x_i$" and "a$_{1}$" are math and stay.
_SIZE = r"(?i:base|large|small|medium|tiny|mini|xl|xxl|huge|giant)|\d+(?:\.\d+)?[BMK]"
_SUBSCRIPT = rf"_\s*(?:\{{\s*)?(?:\\rm\s+)?({_SIZE})\s*\}}?\$"
_NAME_SUBSCRIPT = re.compile(rf"(?<=[A-Za-z0-9])\${_SUBSCRIPT}|\$([A-Za-z][A-Za-z0-9.-]+){_SUBSCRIPT}")
_TEXT_SUBSCRIPT = re.compile(rf"(?<=[A-Za-z0-9])\\textsubscript\s*\{{({_SIZE})\}}")
_TIE = re.compile(r"(?<=[A-Za-z0-9.}])~(?=[A-Za-z0-9])")  # "Fig.~3", "\\ewtune~adds"; "~100" stays
_ABBREVIATIONS = {"eg": "e.g.", "ie": "i.e.", "etal": "et al.", "etc": "etc."}
_ABBREVIATION = re.compile(r"\\(eg|ie|etal|etc)\b\.?")

_TRIGGER = re.compile(r"[&<\\~$]")  # characters some cleaning step starts from


def unescape_entities(text: str) -> str:
    """Replace HTML entities that end in ';' by their characters."""
    return _ENTITY.sub(lambda m: html.unescape(m.group(0)), text)


def strip_markup(text: str) -> str:
    """Remove inline XML/HTML tags of the whitelist, keeping their content."""
    return _TAG.sub("", text)


def _accent(match: re.Match) -> str:
    accent, letter = (g for g in match.groups() if g)
    return unicodedata.normalize("NFC", letter + _ACCENTS[accent])


def unwrap_latex(text: str) -> str:
    """Unwrap `\\url{u}` to u, `\\href{u}{t}` to "t (u)", drop font commands, turn accents into letters.

    Also: escaped specials (`50\\%`), the ties `~` between words, the common
    abbreviation macros (`\\eg`, `\\ie`, `\\etal`), `$...$` around plain words and
    size subscripts of names (`BERT$_{BASE}$` -> "BERT BASE").
    Unknown macros (a paper's own `\\METHOD`) stay as written.
    """
    if "\\" in text:  # most abstracts have no backslash: skip the command patterns
        # A URL glued to a word ("SecureBERT\\url{https://...}") gets a space so it stays a separate token.
        text = _URL_CMD.sub(lambda m: (" " if m.start() and text[m.start() - 1].isalnum() else "") + m.group(1),
                            text)
        text = _HREF_CMD.sub(lambda m: f"{m.group(2)} ({m.group(1)})" if m.group(2).strip() else m.group(1), text)
        text = _FONT_CMD.sub(r"\1", text)
        text = _FONT_GROUP.sub(r"\1", text)
        text = _ACCENT_SYM.sub(_accent, text)
        text = _ACCENT_LETTER.sub(_accent, text)
        text = _ESCAPED.sub(r"\1", text)
        text = _TEXT_SUBSCRIPT.sub(r" \1", text)
        text = _ABBREVIATION.sub(lambda m: _ABBREVIATIONS[m.group(1)], text)
    if "~" in text:
        text = _TIE.sub(" ", text)
    if "$" in text:
        text = _MATH_ARROW.sub(lambda m: _ARROWS["right" if m.group(2) else m.group(1)], text)
        text = _NAME_SUBSCRIPT.sub(lambda m: " " + m.group(1) if m.group(1) else f"{m.group(2)} {m.group(3)}", text)
        text = _PLAIN_MATH.sub(r"\1", text)
    return text


def collapse_whitespace(text: str) -> str:
    """Hard line-wraps, tabs and runs of spaces become one space; ends trimmed."""
    return " ".join(text.split())


def _clean_once(text: str) -> str:
    if "arrow" in text:
        text = _BARE_ARROW.sub(lambda m: _ARROWS[m.group(1)], text)
    if "&" in text:
        text = unescape_entities(text)
    if "<" in text:
        text = strip_markup(text)
    return collapse_whitespace(unwrap_latex(text))


def clean_text(text: str | None) -> str:
    """Cleaned title or abstract; "" for None. Idempotent, never raises.

    Every step only removes characters (or replaces a run by a shorter one), so
    repeating until nothing changes ends, usually after one or two rounds.
    """
    if not text:
        return ""
    text = text.replace("\x00", "")
    for _ in range(len(text) + 1):  # each change shortens or settles whitespace: bounded
        cleaned = _clean_once(text)
        if cleaned == text or not _TRIGGER.search(cleaned):
            return cleaned  # nothing left that another round could change
        text = cleaned
    return text
