"""Neo4j backend: connection, schema, batched idempotent loader and wipe.

The loader is written the way Neo4j recommends for transactional bulk loads:

* constraints first: one `key` uniqueness constraint per label (which is also
  the index every MERGE and MATCH below uses), then the name indexes;
* `UNWIND $rows AS row MERGE ...` batches, one label per node statement and one
  (type, source label, target label) per relationship statement, so every
  MATCH hits exactly one constraint index and the query plan is cached once
  per statement text;
* each batch in a managed write transaction (`session.execute_write`), which
  the driver retries on transient errors (deadlocks, leader switches);
* MERGE + `SET += props` makes loading idempotent: twice gives the same counts,
  new listings only add.

Labels and relationship types cannot be Cypher parameters, so they are
interpolated into statement text - but only after checking them against the
constants of `graph/schema.py`; paper text only ever travels as parameters.
Credentials live in `Settings.password` (hidden from repr) and never appear in
a message: errors name the URI without any user-info part.
"""
from __future__ import annotations

import contextlib
import math
import os
import re
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from itertools import islice
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import neo4j
import networkx as nx
from neo4j import exceptions as nx4j

from .. import __version__
from ..errors import PaperkgError
from . import schema as S

DEFAULT_URI = "bolt://localhost:7687"
DEFAULT_USER = "neo4j"
# 1000 rows per transaction: Neo4j's guidance for UNWIND batching is 1k-10k
# rows. Paper rows carry an abstract (~1.5 kB) and MENTIONS rows an evidence
# sentence, so 1000 rows is ~1-2 MB per transaction: far below the default
# transaction memory limits, few enough round trips to reach thousands of
# rows/s, and cheap to retry when a transient error replays a batch.
DEFAULT_BATCH_SIZE = 1000
MIN_SERVER_MAJOR = 5
ENV_VARS = ("NEO4J_URI", "NEO4J_USER", "NEO4J_PASSWORD", "NEO4J_DATABASE")
# Bolt schemes only: the driver's HTTP (Query API) support is a preview with other semantics.
URI_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")

# Labels whose `name`/`aliases`/`variants` users look things up by.
NAMED_ENTITY_LABELS = (S.MODEL, S.DATASET, S.LANGUAGE)
FULLTEXT_INDEX = "paperkg_names"
AWAIT_INDEXES = "CALL db.awaitIndexes($seconds)"
INDEX_WAIT_SECONDS = 300
INT64 = (-(2**63), 2**63 - 1)


# --------------------------------------------------------------------------- settings

@dataclass(frozen=True)
class Settings:
    """Where and as whom to connect. `password` is excluded from repr so it never reaches a log."""

    uri: str = DEFAULT_URI
    user: str = DEFAULT_USER
    password: str | None = field(default=None, repr=False)
    database: str | None = None

    @classmethod
    def resolve(cls, uri: str | None = None, user: str | None = None, password: str | None = None,
                database: str | None = None, env: Mapping[str, str] | None = None) -> Settings:
        """Flags win over NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD / NEO4J_DATABASE, then defaults."""
        env = os.environ if env is None else env
        return cls(
            uri=uri or env.get("NEO4J_URI") or DEFAULT_URI,
            user=user or env.get("NEO4J_USER") or DEFAULT_USER,
            password=password if password is not None else env.get("NEO4J_PASSWORD"),
            database=database or env.get("NEO4J_DATABASE") or None,
        )

    @property
    def where(self) -> str:
        """The URI (and database) as it may be shown to the user: no user name, no password."""
        shown = redact_uri(self.uri)
        return f"{shown} (database {self.database!r})" if self.database else shown


def redact_uri(uri: str) -> str:
    """`uri` without any `user:password@` part or query string, safe to print."""
    try:
        parts = urlsplit(uri)
    except ValueError:
        return "<invalid URI>"
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    try:
        port = parts.port
    except ValueError:
        port = None
    netloc = f"{host}:{port}" if port else host
    return urlunsplit((parts.scheme, netloc, parts.path, "", ""))


# --------------------------------------------------------------------------- errors

_REASON = re.compile(r"\(reason ([^)]*)\)")
_AGENT_VERSION = re.compile(r"Neo4j/v?(\d+)\.(\d+)")


def _first_line(text: str) -> str:
    return next((line.strip() for line in str(text).splitlines() if line.strip()), "")


def scrub(text: str, settings: Settings) -> str:
    """`text` with the raw URI, the password and the user name masked: driver messages may quote them."""
    text = text.replace(settings.uri, redact_uri(settings.uri))
    if settings.password:
        text = text.replace(settings.password, "***")
    # the default user name "neo4j" is no secret, and masking it would mangle neo4j:// URIs
    if settings.user and settings.user != DEFAULT_USER and len(settings.user) >= 3:
        text = text.replace(settings.user, "***")
    return text


def translate_error(err: Exception, settings: Settings) -> PaperkgError:
    """One clear line for a driver or server error, with credentials scrubbed (see `_translate`)."""
    return PaperkgError(scrub(str(_translate(err, settings)), settings))


def _translate(err: Exception, settings: Settings) -> PaperkgError:
    """One clear line for a driver or server error; never includes credentials.

    Maps the driver's own exception classes and Neo4j status codes: unreachable
    server, authentication failure, unknown database, missing permission,
    Cypher errors and anything else the driver raises.
    """
    where = settings.where
    code = getattr(err, "code", None) or ""
    message = _first_line(getattr(err, "message", None) or "")
    if isinstance(err, nx4j.AuthError) or code.startswith(("Neo.ClientError.Security.Unauthorized",
                                                            "Neo.ClientError.Security.AuthenticationRateLimit")):
        return PaperkgError(f"Neo4j at {where} rejected the user name or password (authentication failed); "
                            "check NEO4J_USER/NEO4J_PASSWORD or --user/--password")
    if code == "Neo.ClientError.Security.CredentialsExpired":
        return PaperkgError(f"the password of this Neo4j user at {where} has expired and must be changed first "
                            "(Neo4j Browser, or cypher-shell: ALTER CURRENT USER SET PASSWORD FROM ... TO ...)")
    if code == "Neo.ClientError.Statement.AccessMode":
        return PaperkgError(f"the query writes, but ran in a read-only session: {message} "
                            "(paperkg cypher: add --write)")
    if code == "Neo.ClientError.Database.DatabaseNotFound":
        return PaperkgError(f"database {settings.database or '(default)'!r} does not exist on "
                            f"{redact_uri(settings.uri)}; set --database/NEO4J_DATABASE to an existing one "
                            "(Community Edition has only 'neo4j')")
    if isinstance(err, nx4j.Forbidden) or code.startswith("Neo.ClientError.Security."):
        return PaperkgError(f"Neo4j at {where} refused the operation (permission denied): {message}")
    if isinstance(err, nx4j.UnsupportedServerProduct):
        return PaperkgError(f"the server at {where} is not a Neo4j server paperkg supports: {_first_line(err)}")
    if isinstance(err, (nx4j.ServiceUnavailable, nx4j.SessionExpired)):
        found = _REASON.search(str(err))
        reason = found.group(1) if found else _first_line(err) or type(err).__name__
        return PaperkgError(f"cannot reach Neo4j at {where}: {reason}; is the server running "
                            "(`docker compose up -d`) and the URI right?")
    if isinstance(err, nx4j.ConfigurationError):
        return PaperkgError(f"invalid Neo4j connection settings for {where}: {_first_line(err)}")
    if isinstance(err, nx4j.CypherSyntaxError):
        return PaperkgError(f"Cypher syntax error: {message}")
    if isinstance(err, nx4j.Neo4jError):
        return PaperkgError(f"Neo4j error {code or type(err).__name__} at {where}: {message}")
    if isinstance(err, nx4j.DriverError):
        return PaperkgError(f"Neo4j driver error ({type(err).__name__}) at {where}: {_first_line(err)}")
    return PaperkgError(f"Neo4j at {where}: {type(err).__name__}: {_first_line(err)}")


@contextlib.contextmanager
def translated(settings: Settings) -> Iterator[None]:
    """Turn driver/server exceptions raised inside the block into one-line PaperkgErrors."""
    try:
        yield
    except PaperkgError:
        raise
    except (nx4j.Neo4jError, nx4j.DriverError) as err:
        raise translate_error(err, settings) from err


def check_server_version(agent: str, where: str = "the server") -> None:
    """Refuse servers older than Neo4j 5: the statements here are Cypher 5 (e.g. fulltext
    indexes over list properties, `db.awaitIndexes`), and the driver's support ends there too."""
    found = _AGENT_VERSION.search(agent or "")
    if found and int(found.group(1)) < MIN_SERVER_MAJOR:
        raise PaperkgError(f"Neo4j at {where} is version {found.group(1)}.{found.group(2)}; "
                           f"paperkg needs Neo4j {MIN_SERVER_MAJOR} or newer")


# --------------------------------------------------------------------------- connection

class Neo4jConnection:
    """A driver plus the database to use: small helpers for reads and writes.

    `read` runs in a READ access-mode session (a cluster routes it to a
    follower; a write attempted in it fails), `write` in a WRITE one; both use
    managed transactions, so the driver retries transient failures.
    Records come back as plain dicts (`Record.data()`).
    """

    def __init__(self, driver: neo4j.Driver, settings: Settings, server_agent: str = "") -> None:
        self.driver = driver
        self.settings = settings
        self.server_agent = server_agent

    @property
    def database(self) -> str | None:
        return self.settings.database

    def _session(self, mode: str) -> neo4j.Session:
        return self.driver.session(database=self.settings.database, default_access_mode=mode)

    def read(self, query: str, /, **params: Any) -> list[dict[str, Any]]:
        """Run `query` with `params` in a read transaction; the rows as dicts."""
        with translated(self.settings), self._session(neo4j.READ_ACCESS) as session:
            return session.execute_read(_collect, query, params)

    def write(self, query: str, /, **params: Any) -> list[dict[str, Any]]:
        """Run `query` with `params` in a write transaction; the rows as dicts."""
        return self.write_counted(query, **params)[0]

    def write_counted(self, query: str, /, **params: Any) -> tuple[list[dict[str, Any]], dict[str, int]]:
        """As `write`, plus the server's update counters (nodes_created, properties_set, ...)."""
        with translated(self.settings), self._session(neo4j.WRITE_ACCESS) as session:
            return session.execute_write(_collect_counted, query, params)

    def close(self) -> None:
        self.driver.close()

    def __enter__(self) -> Neo4jConnection:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _collect(tx: neo4j.ManagedTransaction, query: str, params: dict) -> list[dict[str, Any]]:
    return [record.data() for record in tx.run(query, params)]


def _collect_counted(tx: neo4j.ManagedTransaction, query: str, params: dict):
    result = tx.run(query, params)
    rows = [record.data() for record in result]
    counters = result.consume().counters
    wanted = ("nodes_created", "nodes_deleted", "relationships_created", "relationships_deleted",
              "properties_set", "constraints_added", "indexes_added")
    return rows, {name: getattr(counters, name) for name in wanted}


def connect(uri: str | None = None, user: str | None = None, password: str | None = None,
            database: str | None = None) -> Neo4jConnection:
    """Open and check a connection (reachable, credentials, server >= 5, database exists).

    Arguments left None come from NEO4J_URI/NEO4J_USER/NEO4J_PASSWORD/NEO4J_DATABASE.
    Every failure is a one-line PaperkgError; use the result as a context manager.
    """
    settings = Settings.resolve(uri, user, password, database)
    scheme = settings.uri.partition("://")[0].lower() if "://" in settings.uri else ""
    if scheme not in URI_SCHEMES:
        raise PaperkgError(f"invalid Neo4j URI {redact_uri(settings.uri)!r}: scheme must be one of "
                           f"{', '.join(URI_SCHEMES)} (e.g. bolt://localhost:7687)")
    if "@" in settings.uri.partition("://")[2].partition("/")[0]:
        raise PaperkgError(f"invalid Neo4j URI {redact_uri(settings.uri)!r}: put credentials in "
                           "NEO4J_USER/NEO4J_PASSWORD (or --user/--password), not in the URI")
    auth = (settings.user, settings.password) if settings.password is not None else None
    try:
        driver = neo4j.GraphDatabase.driver(settings.uri, auth=auth, user_agent=f"paperkg/{__version__}",
                                            connection_timeout=10.0, max_transaction_retry_time=15.0)
    except (nx4j.ConfigurationError, ValueError) as err:
        raise PaperkgError(scrub(f"invalid Neo4j URI {redact_uri(settings.uri)!r}: {_first_line(err)} "
                                 "(expected e.g. bolt://localhost:7687 or neo4j://host:7687)", settings)) from err
    try:
        with translated(settings):
            info = driver.get_server_info()
            check_server_version(info.agent, settings.where)
            conn = Neo4jConnection(driver, settings, info.agent)
            conn.read("RETURN 1 AS ok")  # surfaces an unknown database now, not mid-load
        return conn
    except ValueError as err:  # the driver's address parsing and resolution (bad port, ...)
        driver.close()
        raise PaperkgError(scrub(f"invalid Neo4j URI {redact_uri(settings.uri)!r}: {_first_line(err)}",
                                 settings)) from err
    except BaseException:
        driver.close()
        raise


# --------------------------------------------------------------------------- statements

def checked_label(label: str) -> str:
    """`label` if it is one of the schema's node labels; it will be spliced into Cypher."""
    if label not in S.NODE_LABELS:
        raise PaperkgError(f"unknown node label {label!r}: not in graph/schema.py NODE_LABELS")
    return label


def checked_type(rel_type: str) -> str:
    """`rel_type` if it is one of the schema's relationship types; it will be spliced into Cypher."""
    if rel_type not in S.REL_TYPES:
        raise PaperkgError(f"unknown relationship type {rel_type!r}: not in graph/schema.py REL_TYPES")
    return rel_type


def constraint_name(label: str) -> str:
    return f"paperkg_{checked_label(label).lower()}_key"


def constraint_statements() -> list[str]:
    """One uniqueness constraint on `key` per label; it also backs every MERGE/MATCH by key."""
    return [f"CREATE CONSTRAINT {constraint_name(label)} IF NOT EXISTS "
            f"FOR (n:{label}) REQUIRE n.key IS UNIQUE" for label in S.NODE_LABELS]


def index_statements() -> list[str]:
    """Indexes for the properties queries filter by.

    A RANGE index on `name` per label (equality and prefix lookups: "the model
    named BERT", "papers titled ..."), a RANGE index on Paper.date (date
    filters and sorting), Language.tag (lookups by BCP-47 tag), and one
    FULLTEXT index over the names, aliases and variants of models, datasets
    and languages (Lucene search that also matches any alias in the lists).
    """
    out = [f"CREATE INDEX paperkg_{label.lower()}_name IF NOT EXISTS FOR (n:{label}) ON (n.name)"
           for label in S.NODE_LABELS]
    out.append(f"CREATE INDEX paperkg_paper_date IF NOT EXISTS FOR (n:{S.PAPER}) ON (n.date)")
    out.append(f"CREATE INDEX paperkg_language_tag IF NOT EXISTS FOR (n:{S.LANGUAGE}) ON (n.tag)")
    labels = "|".join(checked_label(label) for label in NAMED_ENTITY_LABELS)
    out.append(f"CREATE FULLTEXT INDEX {FULLTEXT_INDEX} IF NOT EXISTS FOR (n:{labels}) "
               "ON EACH [n.name, n.aliases, n.variants]")
    return out


def schema_statements() -> list[str]:
    """Constraints first (an index backing each), then the other indexes."""
    return constraint_statements() + index_statements()


def node_statement(label: str) -> str:
    """MERGE a batch of nodes of one label by key; `row` is {key, props}."""
    return f"UNWIND $rows AS row MERGE (n:{checked_label(label)} {{key: row.key}}) SET n += row.props"


def relationship_statement(rel_type: str, src_label: str, dst_label: str) -> str:
    """MERGE a batch of relationships of one (type, source label, target label); `row` is {src, dst, props}."""
    return (f"UNWIND $rows AS row "
            f"MATCH (a:{checked_label(src_label)} {{key: row.src}}) "
            f"MATCH (b:{checked_label(dst_label)} {{key: row.dst}}) "
            f"MERGE (a)-[r:{checked_type(rel_type)}]->(b) SET r += row.props")


def wipe_relationships_statement(label: str) -> str:
    """Delete up to $limit relationships touching nodes of one paperkg label; repeat until 0.

    Run before the nodes' deletion so a hub node (Language "English", with a
    MENTIONS from every paper) never puts all its relationships in one transaction.
    """
    return (f"MATCH (:{checked_label(label)})-[r]-() WITH DISTINCT r LIMIT $limit "
            "DELETE r RETURN count(*) AS deleted")


def wipe_statement(label: str) -> str:
    """Delete up to $limit nodes of one paperkg label (and any relationship left); repeat until 0."""
    return (f"MATCH (n:{checked_label(label)}) WITH n LIMIT $limit "
            "DETACH DELETE n RETURN count(*) AS deleted")


def count_nodes_statement(label: str) -> str:
    return f"MATCH (n:{checked_label(label)}) RETURN count(n) AS count"


def count_relationships_statement(rel_type: str) -> str:
    return f"MATCH ()-[r:{checked_type(rel_type)}]->() RETURN count(r) AS count"


def all_statements() -> list[tuple[str, dict[str, Any]]]:
    """Every statement this module can send, with example parameters: for the syntax check.

    Relationship statements are given for every (type, source, target) label
    combination, since which ones a graph uses depends on the data.
    """
    row = {"key": "k", "props": {"name": "n"}}
    rel_row = {"src": "a", "dst": "b", "props": {"confidence": 0.5}}
    out: list[tuple[str, dict[str, Any]]] = [(q, {}) for q in schema_statements()]
    out += [(node_statement(label), {"rows": [row]}) for label in S.NODE_LABELS]
    out += [(relationship_statement(t, a, b), {"rows": [rel_row]})
            for t in S.REL_TYPES for a in S.NODE_LABELS for b in S.NODE_LABELS]
    out += [(wipe_relationships_statement(label), {"limit": 1}) for label in S.NODE_LABELS]
    out += [(wipe_statement(label), {"limit": 1}) for label in S.NODE_LABELS]
    out += [(count_nodes_statement(label), {}) for label in S.NODE_LABELS]
    out += [(count_relationships_statement(t), {}) for t in S.REL_TYPES]
    out.append((AWAIT_INDEXES, {"seconds": INDEX_WAIT_SECONDS}))
    out.append(("RETURN 1 AS ok", {}))
    return out


# --------------------------------------------------------------------------- rows

_SCALARS = (str, bool, int, float)
_PLAIN = frozenset({str, float, bool})  # exact types stored as they are (the fast path)


def _storable_scalar(value: Any, where: str) -> Any:
    if isinstance(value, int) and not isinstance(value, bool) and not INT64[0] <= value <= INT64[1]:
        raise PaperkgError(f"{where}: integer {value} does not fit Neo4j's 64-bit INTEGER")
    return value


def storable(value: Any, where: str) -> Any:
    """`value` as a property Neo4j stores, or None to leave the property out.

    Neo4j stores strings, numbers, booleans and homogeneous lists of those:
    None is dropped (absent means unknown), None items leave lists, ints mixed
    with floats become floats, tuples/sets become lists (sets sorted, so the
    value is stable). Maps, nested lists and mixed-type lists are refused with
    the node/edge and property named - the schema has none, so one is a bug.
    """
    kind = type(value)
    if kind in _PLAIN or (kind is int and INT64[0] <= value <= INT64[1]):
        return value
    if kind is list:  # fast path: a list of one plain type (type checks at C speed)
        kinds = set(map(type, value))
        if len(kinds) <= 1 and (kinds <= _PLAIN or (kinds == {int} and INT64[0] <= min(value)
                                                     and max(value) <= INT64[1])):
            return list(value)
    if value is None:
        return None
    if isinstance(value, _SCALARS):
        return _storable_scalar(value, where)
    if isinstance(value, (list, tuple, set, frozenset)):
        items = [v for v in value if v is not None]
        if isinstance(value, (set, frozenset)):
            items = sorted(items, key=lambda v: (type(v).__name__, v))
        for item in items:
            if not isinstance(item, _SCALARS):
                raise PaperkgError(f"{where}: list item of type {type(item).__name__} "
                                   "cannot be stored in Neo4j (only strings, numbers and booleans)")
            _storable_scalar(item, where)
        kinds = {_kind(item) for item in items}
        if kinds == {"int", "float"}:
            return [float(item) for item in items]
        if len(kinds) > 1:
            raise PaperkgError(f"{where}: list mixes {' and '.join(sorted(kinds))} values; "
                               "Neo4j lists must hold one type")
        return items
    raise PaperkgError(f"{where}: value of type {type(value).__name__} cannot be stored in Neo4j "
                       "(only strings, numbers, booleans and lists of those; no maps)")


def _kind(value: Any) -> str:
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, int):
        return "int"
    if isinstance(value, float):
        return "float"
    return "str"


def clean_props(data: Mapping[str, Any], where: str, skip: Iterable[str] = ()) -> dict[str, Any]:
    """The storable properties of a node/edge attribute dict, without the keys in `skip`."""
    skip = set(skip)
    out: dict[str, Any] = {}
    for name, value in data.items():
        if name in skip:
            continue
        if type(name) is not str or not name:
            raise PaperkgError(f"{where}: property name {name!r} is not a non-empty string")
        kind = type(value)
        if kind in _PLAIN or (kind is int and INT64[0] <= value <= INT64[1]):
            out[name] = value  # most values: no need to build the error context
            continue
        clean = storable(value, f"{where} property {name!r}")
        if clean is not None:
            out[name] = clean
    return out


def node_label_key(graph: nx.MultiDiGraph, nid: str) -> tuple[str, str]:
    """(label, key) of a node: its `label`/`key` attributes, else parsed from the "Label:key" id."""
    data = graph.nodes[nid]
    id_label, id_key = S.split_node_id(str(nid))
    label = data.get("label") or id_label
    key = data.get("key") or id_key
    if label not in S.NODE_LABELS:
        raise PaperkgError(f"node {nid!r}: label {label!r} is not one of the schema's labels "
                           f"({', '.join(S.NODE_LABELS)})")
    if not isinstance(key, str) or not key:
        raise PaperkgError(f"node {nid!r}: missing key")
    return label, key


def node_rows(graph: nx.MultiDiGraph) -> dict[str, list[dict[str, Any]]]:
    """Rows per label, in schema label order then graph order: {"key": ..., "props": {...}}.

    `props` holds every storable attribute except `label` (it is the Neo4j
    label) and `key` (it is the MERGE key).
    """
    out: dict[str, list[dict[str, Any]]] = {}
    for nid, data in graph.nodes(data=True):
        label, key = node_label_key(graph, nid)
        out.setdefault(label, []).append({"key": key, "props": clean_props(data, f"node {nid!r}",
                                                                           skip=("label", "key"))})
    return {label: out[label] for label in S.NODE_LABELS if label in out}


def relationship_rows(graph: nx.MultiDiGraph) -> dict[tuple[str, str, str], list[dict[str, Any]]]:
    """Rows per (type, source label, target label): {"src": key, "dst": key, "props": {...}}.

    The edge key is the relationship type (docs/schema.md); it must be one of
    the schema's types. Groups come in schema type order.
    """
    out: dict[tuple[str, str, str], list[dict[str, Any]]] = {}
    labels: dict[Any, tuple[str, str]] = {}
    for u, v, rel_type, data in graph.edges(keys=True, data=True):
        if rel_type not in S.REL_TYPES:
            raise PaperkgError(f"edge {u!r} -> {v!r}: type {rel_type!r} is not one of the schema's "
                               f"relationship types ({', '.join(S.REL_TYPES)})")
        src = labels.get(u) or labels.setdefault(u, node_label_key(graph, u))
        dst = labels.get(v) or labels.setdefault(v, node_label_key(graph, v))
        out.setdefault((rel_type, src[0], dst[0]), []).append(
            {"src": src[1], "dst": dst[1],
             "props": clean_props(data, f"edge {u!r} -[{rel_type}]-> {v!r}", skip=("key",))})
    order = {t: i for i, t in enumerate(S.REL_TYPES)}
    return dict(sorted(out.items(), key=lambda item: (order[item[0][0]], item[0][1], item[0][2])))


def batched(rows: list, size: int) -> Iterator[list]:
    """Consecutive slices of at most `size` rows (itertools.batched arrives in 3.12)."""
    if size < 1:
        raise PaperkgError(f"batch size must be at least 1, not {size}")
    it = iter(rows)
    while chunk := list(islice(it, size)):
        yield chunk


@dataclass(frozen=True)
class Batch:
    """One transaction's worth of work: a statement and the rows it UNWINDs."""

    kind: str  # "node" or "relationship"
    group: str  # "Paper" or "MENTIONS(Paper->Model)"
    statement: str
    rows: list[dict[str, Any]]


def plan(graph: nx.MultiDiGraph, batch_size: int = DEFAULT_BATCH_SIZE) -> list[Batch]:
    """Every batch a load sends, nodes (all labels) before relationships, in order.

    Pure: no server needed, so tests check exactly which rows each batch carries.
    """
    batches: list[Batch] = []
    for label, rows in node_rows(graph).items():
        statement = node_statement(label)
        batches += [Batch("node", label, statement, chunk) for chunk in batched(rows, batch_size)]
    for (rel_type, src, dst), rows in relationship_rows(graph).items():
        statement = relationship_statement(rel_type, src, dst)
        group = f"{rel_type}({src}->{dst})"
        batches += [Batch("relationship", group, statement, chunk) for chunk in batched(rows, batch_size)]
    return batches


# --------------------------------------------------------------------------- load / wipe

@dataclass
class LoadSummary:
    """What a load sent and what the database holds afterwards."""

    nodes_sent: dict[str, int] = field(default_factory=dict)  # rows per label
    relationships_sent: dict[str, int] = field(default_factory=dict)  # rows per type
    batches: int = 0
    seconds: float = 0.0  # sending the batches (not wipe, schema or counts): what rows/s is about
    wiped: int = 0
    counters: dict[str, int] = field(default_factory=dict)  # summed server update counters
    db_nodes: dict[str, int] = field(default_factory=dict)  # per label, after the load
    db_relationships: dict[str, int] = field(default_factory=dict)  # per type, after the load

    @property
    def rows(self) -> int:
        return sum(self.nodes_sent.values()) + sum(self.relationships_sent.values())

    @property
    def rows_per_second(self) -> float:
        return self.rows / self.seconds if self.seconds > 0 else math.inf


def ensure_schema(conn: Neo4jConnection) -> int:
    """Create the constraints, then the indexes (idempotent: IF NOT EXISTS), and wait until online.

    Each schema statement runs in its own transaction (Neo4j refuses schema
    and data changes in one). Waiting means the first MERGE batch already
    finds its key through the constraint index instead of a label scan.
    Returns the number of statements run.
    """
    statements = schema_statements()
    for statement in statements:
        conn.write(statement)
    conn.write(AWAIT_INDEXES, seconds=INDEX_WAIT_SECONDS)
    return len(statements) + 1


def wipe(conn: Neo4jConnection, batch_size: int = DEFAULT_BATCH_SIZE) -> int:
    """Delete paperkg's nodes (only the schema's labels) and their relationships, in batches.

    Relationships first, then nodes, one managed transaction per `batch_size`
    of them, so each transaction's memory stays bounded whatever the degree
    of a node. Nodes of other labels are left alone. Returns the nodes deleted.
    """
    nodes = 0
    for label in S.NODE_LABELS:
        _repeat(conn, wipe_relationships_statement(label), batch_size)
        nodes += _repeat(conn, wipe_statement(label), batch_size)
    return nodes


def _repeat(conn: Neo4jConnection, statement: str, batch_size: int) -> int:
    """Run a `... LIMIT $limit ... RETURN count(*) AS deleted` statement until a batch comes back short."""
    total = 0
    while True:
        rows = conn.write(statement, limit=batch_size)
        count = rows[0]["deleted"] if rows else 0
        total += count
        if count < batch_size:
            return total


def database_counts(conn: Neo4jConnection) -> tuple[dict[str, int], dict[str, int]]:
    """(nodes per label, relationships per type) currently in the database."""
    nodes = {label: conn.read(count_nodes_statement(label))[0]["count"] for label in S.NODE_LABELS}
    rels = {t: conn.read(count_relationships_statement(t))[0]["count"] for t in S.REL_TYPES}
    return nodes, rels


def load(conn: Neo4jConnection, graph: nx.MultiDiGraph, batch_size: int = DEFAULT_BATCH_SIZE,
         wipe_first: bool = False, progress: Callable[[Batch], None] | None = None) -> LoadSummary:
    """Load `graph` into Neo4j: (wipe,) schema, node batches, relationship batches, counts.

    The plan is built (and every value checked) before anything is written, so
    a bad graph fails without touching the database. `progress` is called
    after each committed batch.
    """
    batches = plan(graph, batch_size)
    summary = LoadSummary()
    if wipe_first:
        summary.wiped = wipe(conn, batch_size)
    ensure_schema(conn)
    started = time.perf_counter()
    for batch in batches:
        _, counters = conn.write_counted(batch.statement, rows=batch.rows)
        for name, value in counters.items():
            summary.counters[name] = summary.counters.get(name, 0) + value
        if batch.kind == "node":
            summary.nodes_sent[batch.group] = summary.nodes_sent.get(batch.group, 0) + len(batch.rows)
        else:
            rel_type = batch.group.split("(", 1)[0]
            summary.relationships_sent[rel_type] = summary.relationships_sent.get(rel_type, 0) + len(batch.rows)
        summary.batches += 1
        if progress is not None:
            progress(batch)
    summary.seconds = time.perf_counter() - started
    summary.db_nodes, summary.db_relationships = database_counts(conn)
    return summary
