"""The vis-network JavaScript and CSS that pyvis ships, ready to inline.

Pages must open from disk with no network, so nothing is linked from a CDN:
the files bundled in the pyvis wheel (`pyvis/lib/vis-9.1.2`) are read once and
pasted into each page. The source-map comment is dropped (it would point the
browser's devtools at a file that does not exist beside the page), and the
text is checked so it can never close the surrounding <script>/<style> early.
"""
from __future__ import annotations

import functools
import re
from pathlib import Path

import pyvis

VIS_VERSION = "9.1.2"
_LIB = Path(pyvis.__file__).resolve().parent / "lib" / f"vis-{VIS_VERSION}"
_SOURCE_MAP = re.compile(r"/[/*]#\s*sourceMappingURL=[^\n*]*(\*/)?")


def _read(name: str) -> str:
    path = _LIB / name
    if not path.is_file():
        raise RuntimeError(f"pyvis does not ship {path}; reinstall pyvis>=0.3.2")
    return _SOURCE_MAP.sub("", path.read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=1)
def vis_js() -> str:
    """vis-network's minified JS, safe to put between <script> tags."""
    # "</" could only occur inside a JS string or regex, where "<\/" means the same.
    return re.sub(r"</(?=script)", r"<\\/", _read("vis-network.min.js"), flags=re.IGNORECASE)


@functools.lru_cache(maxsize=1)
def vis_css() -> str:
    """vis-network's CSS (its images are data: URLs), safe to put between <style> tags."""
    css = _read("vis-network.css")
    if re.search(r"</style", css, re.IGNORECASE):
        raise RuntimeError("vis-network.css contains '</style'; cannot inline it safely")
    return css
