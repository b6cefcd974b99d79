"""The title/abstract cleaner (extract/text.py) and the field normalizers of the readers."""
from __future__ import annotations

import pytest

from paperkg.extract.readers.fields import acl_id, arxiv_id, doi, ids_from, iso_date, split_authors
from paperkg.extract.text import clean_text


@pytest.mark.parametrize(("raw", "clean"), [
    # markup: the whitelist of inline tags goes, their text stays
    ("<fixed-case>M</fixed-case>ulti<fixed-case>WOZ</fixed-case> 2.1", "MultiWOZ 2.1"),
    ("In <i>vitro</i> and H<sub>2</sub>O", "In vitro and H2O"),
    ("<tex-math>\\alpha</tex-math>-entmax", "\\alpha-entmax"),
    # text that only looks like markup stays verbatim
    ("Si<->En and Ne<->En", "Si<->En and Ne<->En"),
    ("x < y and y > z", "x < y and y > z"),
    ("<img src=x onerror=alert(1)> title", "<img src=x onerror=alert(1)> title"),
    # entities need their semicolon
    ("Q&amp;A, &lt;mask&gt; &#233;t&#xE9;", "Q&A, <mask> été"),
    ("AT&T and R&D, &para without semicolon", "AT&T and R&D, &para without semicolon"),
    ("&amp;lt;i&amp;gt;nested&amp;lt;/i&amp;gt;", "nested"),
    # LaTeX
    ("Code at \\url{https://github.com/ymcui/LERT}.", "Code at https://github.com/ymcui/LERT."),
    ("SecureBERT\\url{https://github.com/ehsanaghaei/SecureBERT}", "SecureBERT https://github.com/ehsanaghaei/SecureBERT"),
    ("see \\href{https://x.org}{our site}", "see our site (https://x.org)"),
    ("{\\em LERT} beats \\textbf{BERT} and \\emph{RoBERTa}", "LERT beats BERT and RoBERTa"),
    ("$\\textit{Labor Space}$: A Unifying", "Labor Space: A Unifying"),
    ("$n$-gram, $k$ shots, $\\alpha$, costs $5 and $6", "n-gram, k shots, $\\alpha$, costs $5 and $6"),
    ("T\\\"ULU 3, Sabi\\'a-65B, Northern S\\'ami, Poincar\\'{e}, \\c{c}a", "TÜLU 3, Sabiá-65B, Northern Sámi, Poincaré, ça"),
    ("50\\% of data \\& more", "50% of data & more"),
    ("models (\\eg BERT), \\ie fast, Smith \\etal", "models (e.g. BERT), i.e. fast, Smith et al."),
    ("\\ewtune~adds privacy; Fig.~3; ~100 papers", "\\ewtune adds privacy; Fig. 3; ~100 papers"),
    ("\\METHOD learns", "\\METHOD learns"),
    # size subscripts of names become the spaced variant; math subscripts stay
    ("BERT$_{BASE}$, RoBERTa$_{\\text{LARGE}}$, BERT$_{\\rm base}$", "BERT BASE, RoBERTa LARGE, BERT base"),
    ("$\\mathrm{BERT}_{\\mathrm{LARGE}}$, BERT\\textsubscript{BASE}, LLaMA$_{7B}$", "BERT LARGE, BERT BASE, LLaMA 7B"),
    ("$x_i$, a$_{1}$ and $O(n^2)$", "$x_i$, a$_{1}$ and $O(n^2)$"),
    # arrows, in math and with the "$\\" a listing site dropped
    ("En$\\rightarrow$De, Si$\\leftrightarrow$En, A$\\to$B", "En→De, Si↔En, A→B"),
    ("shifts (EnglishrightarrowGerman, EnglishRightarrowFrench), the arrow of time",
     "shifts (English→German, English⇒French), the arrow of time"),
    # whitespace
    ("Towards Making the Most of Multilingual Pretraining for Zero-Shot Neural\n  Machine Translation",
     "Towards Making the Most of Multilingual Pretraining for Zero-Shot Neural Machine Translation"),
    ("  lead\tand trail \r\n", "lead and trail"),
    ("", ""),
    (None, ""),
])
def test_clean_text(raw, clean):
    assert clean_text(raw) == clean
    assert clean_text(clean) == clean


@pytest.mark.parametrize(("value", "expected"), [
    ("2211.01786", "2211.01786"), ("arXiv:2211.01786v2", "2211.01786"), ("ARXIV:2211.01786", "2211.01786"),
    ("http://arxiv.org/abs/2211.01786v2", "2211.01786"), ("https://arxiv.org/pdf/2211.01786v1.pdf", "2211.01786"),
    ("hep-th/9901001v3", "hep-th/9901001"), ("math.GT/0309136", "math.GT/0309136"),
    ("2211.017", None), ("10.18653/v1/P19-1001", None), (None, None), (42, None),
])
def test_arxiv_id(value, expected):
    assert arxiv_id(value) == expected


@pytest.mark.parametrize(("value", "expected"), [
    ("10.18653/v1/2023.acl-long.1", "10.18653/v1/2023.acl-long.1"),
    ("https://doi.org/10.18653/v1/P19-1001", "10.18653/v1/P19-1001"),
    ("http://dx.doi.org/10.1103/PhysRevD.60.014002", "10.1103/PhysRevD.60.014002"),
    ("doi:10.1000/xyz.", "10.1000/xyz"), ("not a doi", None), ("", None),
])
def test_doi(value, expected):
    assert doi(value) == expected


@pytest.mark.parametrize(("value", "expected"), [
    ("2023.acl-long.1", "2023.acl-long.1"), ("https://aclanthology.org/2023.acl-long.1.pdf", "2023.acl-long.1"),
    ("https://aclanthology.org/P19-1001/", "P19-1001"), ("2023.acl-long", None), ("P19-100", None),
])
def test_acl_id(value, expected):
    assert acl_id(value) == expected


def test_ids_from_free_form_values():
    assert ids_from("https://arxiv.org/abs/2110.06696") == {"arxiv": "2110.06696"}
    assert ids_from("https://doi.org/10.1000/x") == {"doi": "10.1000/x"}
    assert ids_from("W19-3801") == {"acl": "W19-3801"}
    assert ids_from("paper-17") == {}


@pytest.mark.parametrize(("value", "expected"), [
    ("2022-11-03", "2022-11-03"), ("2022-11-03T17:48:31Z", "2022-11-03"), ("Nov 3, 2022", "2022-11-03"),
    ("Sat, 16 Oct 2021 11:35:16 GMT", "2021-10-16"), ("Sept 30, 2020", "2020-09-30"),
    ("Jan 7", None), ("Feb 30, 2023", None), ("someday", None), ("", None), (None, None),
])
def test_iso_date(value, expected):
    assert iso_date(value) == expected


@pytest.mark.parametrize(("value", "expected"), [
    ("Zekang Li; Cheng Niu; Fandong Meng", ["Zekang Li", "Cheng Niu", "Fandong Meng"]),
    ("Yiming Cui and Wanxiang Che", ["Yiming Cui", "Wanxiang Che"]),
    ("Guanhua Chen, Shuming Ma, and Furu Wei", ["Guanhua Chen", "Shuming Ma", "Furu Wei"]),
    ("Smith, J. and Doe, K.", ["Smith, J.", "Doe, K."]),
    (["A B", {"name": "C D"}, {"first": "E", "last": "F"}, ["Balázs", "C.", ""], " "], ["A B", "C D", "E F", "C. Balázs"]),
    ("", []), (None, []), (17, []),
])
def test_split_authors(value, expected):
    assert split_authors(value) == expected
