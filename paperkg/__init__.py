"""paperkg: research-paper listings in, a queryable knowledge graph out.

The flow is read -> extract -> build graph -> store -> query / visualise,
one sub-package each: `paperkg.extract` (readers and spaCy extraction),
`paperkg.graph` (building, saving, Neo4j), `paperkg.queries`, `paperkg.viz`.
"""
from pathlib import Path

__version__ = "0.1.0"

REPO_ROOT = Path(__file__).resolve().parent.parent
EXAMPLES_DIR = REPO_ROOT / "data" / "examples"
DEFAULT_GRAPH = Path("paperkg-out") / "graph.json"
