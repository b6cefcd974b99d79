"""What a paper newly proposes or releases, from the evidence `entities` collected.

A name is introduced when the paper presents it as its own: the title names it
before a colon ("UniVL: A Unified ... Model"), a first-person definition
precedes it ("we propose X", "This paper introduces X", "we release X"), a
naming phrase in a first-person sentence gives it ("... variants called BLOOMZ
and mT0"), or the text says "our X". Kept separate from detection because
"mentions" and "introduces" are different graph edges (MENTIONS, INTRODUCES).
"""
from __future__ import annotations

from collections.abc import Iterable

from .entities import Decision


def introduced_names(decisions: Iterable[Decision]) -> list[str]:
    """Canonical names of the decided models/datasets the paper introduces, in text order."""
    chosen = [d for d in decisions if d.intro]
    chosen.sort(key=lambda d: min((o.start for o in d.occurrences), default=0))
    return list(dict.fromkeys(d.name for d in chosen))
