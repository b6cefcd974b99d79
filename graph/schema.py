"""The one graph schema both backends share (documented in docs/schema.md).

NetworkX: a `MultiDiGraph` whose node ids are "Label:key" strings and whose
edge keys are relationship types, so each (source, target, type) exists once
and rebuilding is idempotent. Neo4j: the same labels, a uniqueness constraint
on `key` per label, the same relationship types and properties.

Every property value is a string, number, boolean or a list of one of those:
the types Neo4j can store (no nested maps, no nulls - absent means unknown).
"""
from __future__ import annotations

SCHEMA_VERSION = 1

# Node labels.
PAPER = "Paper"
MODEL = "Model"
DATASET = "Dataset"
LANGUAGE = "Language"
REPOSITORY = "Repository"
ORGANIZATION = "Organization"
HF_RESOURCE = "HFResource"
WEBSITE = "Website"

NODE_LABELS = (PAPER, MODEL, DATASET, LANGUAGE, REPOSITORY, ORGANIZATION, HF_RESOURCE, WEBSITE)
ENTITY_LABELS = {"model": MODEL, "dataset": DATASET, "language": LANGUAGE}

# Relationship types.
MENTIONS = "MENTIONS"  # Paper -> Model | Dataset | Language
INTRODUCES = "INTRODUCES"  # Paper -> Model | Dataset
LINKS_TO = "LINKS_TO"  # Paper -> Repository | HFResource | Website | Organization
OWNED_BY = "OWNED_BY"  # Repository | HFResource -> Organization
BASED_ON = "BASED_ON"  # Model -> Model
TRAINED_ON = "TRAINED_ON"  # Model | Paper -> Dataset
EVALUATED_ON = "EVALUATED_ON"  # Model | Paper -> Dataset
HAS_CODE = "HAS_CODE"  # Model | Dataset | Paper -> Repository
CITES = "CITES"  # Paper -> Paper (derived: true)

REL_TYPES = (MENTIONS, INTRODUCES, LINKS_TO, OWNED_BY, BASED_ON, TRAINED_ON, EVALUATED_ON, HAS_CODE, CITES)


def node_id(label: str, key: str) -> str:
    """NetworkX node id of the node with this label and key."""
    return f"{label}:{key}"


def split_node_id(nid: str) -> tuple[str, str]:
    """Inverse of `node_id`: ("Model", "bert") from "Model:bert"."""
    label, _, key = nid.partition(":")
    return label, key
