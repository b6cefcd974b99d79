"""How each node type and relationship type looks, in one table.

The legend, the type filter and the node/edge data all read these tables, so
a colour can never disagree between the picture and its legend. Colours are
the Tableau 10 palette (distinguishable, colour-blind friendly); shapes are
vis-network shapes that draw their label *under* the shape, so node size can
carry the paper count.
"""
from __future__ import annotations

from dataclasses import dataclass

from paperkg.graph import schema as S


@dataclass(frozen=True, slots=True)
class NodeStyle:
    label: str  # graph label ("Model")
    plural: str  # for the legend ("models")
    option: str  # name used by `--types` ("model")
    color: str
    shape: str  # vis-network shape
    symbol: str  # the same shape as a character, for the HTML legend


NODE_STYLES: dict[str, NodeStyle] = {
    s.label: s
    for s in (
        NodeStyle(S.PAPER, "papers", "paper", "#4e79a7", "square", "\u25a0"),
        NodeStyle(S.MODEL, "models", "model", "#f28e2b", "dot", "\u25cf"),
        NodeStyle(S.DATASET, "datasets", "dataset", "#59a14f", "diamond", "\u25c6"),
        NodeStyle(S.LANGUAGE, "languages", "language", "#e15759", "triangle", "\u25b2"),
        NodeStyle(S.REPOSITORY, "repositories", "repo", "#76b7b2", "star", "\u2605"),
        NodeStyle(S.ORGANIZATION, "organizations", "org", "#b07aa1", "hexagon", "\u2b22"),
        NodeStyle(S.HF_RESOURCE, "Hugging Face resources", "hf", "#edc948", "triangleDown", "\u25bc"),
        NodeStyle(S.WEBSITE, "websites", "website", "#9c755f", "dot", "\u25cf"),
    )
}
UNKNOWN_STYLE = NodeStyle("Other", "other", "other", "#bab0ac", "dot", "\u25cf")

EDGE_COLORS: dict[str, str] = {
    S.MENTIONS: "#a0a0a0",
    S.INTRODUCES: "#f28e2b",
    S.LINKS_TO: "#76b7b2",
    S.OWNED_BY: "#b07aa1",
    S.BASED_ON: "#d62728",
    S.TRAINED_ON: "#59a14f",
    S.EVALUATED_ON: "#2ca02c",
    S.HAS_CODE: "#17becf",
    S.CITES: "#4e79a7",
}
UNKNOWN_EDGE_COLOR = "#bab0ac"

# `--types` names -> graph labels (entities only: papers are always shown).
TYPE_OPTIONS: dict[str, str] = {s.option: s.label for s in NODE_STYLES.values() if s.label != S.PAPER}
DEFAULT_OVERVIEW_TYPES: tuple[str, ...] = (S.MODEL, S.DATASET, S.LANGUAGE, S.REPOSITORY)


def node_style(label: str) -> NodeStyle:
    return NODE_STYLES.get(label, UNKNOWN_STYLE)


def edge_color(rel_type: str) -> str:
    return EDGE_COLORS.get(rel_type, UNKNOWN_EDGE_COLOR)
