"""Connection settings and error handling with the real `neo4j` driver, no server.

Connection refused is exercised for real against a closed localhost port; the
server-side failures (auth, unknown database, permissions, syntax) are the
driver's real exception classes, hydrated from the status codes a Neo4j
server sends, pushed through our mapper. No message may carry credentials.
"""
from __future__ import annotations

import socket

import neo4j
import pytest
from neo4j import exceptions as nx4j

from paperkg.cli import main
from paperkg.errors import PaperkgError
from paperkg.graph import neo4j as N

SECRET_USER = "user-Zq81secret"
SECRET_PASSWORD = "pw-Kx93hunter2"


def closed_port() -> int:
    """A localhost port nothing listens on (bound, then released)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def server_error(code: str, message: str) -> nx4j.Neo4jError:
    """The exception the driver raises when the server answers FAILURE with this code."""
    hydrate = getattr(nx4j.Neo4jError, "_hydrate_neo4j", None) or nx4j.Neo4jError.hydrate
    return hydrate(code=code, message=message)


SETTINGS = N.Settings(uri="bolt://db.example:7687", user=SECRET_USER, password=SECRET_PASSWORD, database="papers")


def assert_no_secrets(text: str) -> None:
    assert SECRET_PASSWORD not in text
    assert SECRET_USER not in text


def test_connection_refused_is_one_clear_line():
    uri = f"bolt://127.0.0.1:{closed_port()}"
    with pytest.raises(PaperkgError) as info:
        N.connect(uri, SECRET_USER, SECRET_PASSWORD)
    message = str(info.value)
    assert message.startswith(f"cannot reach Neo4j at {uri}:")
    assert "refused" in message.lower()
    assert "\n" not in message
    assert_no_secrets(message)


def test_connection_refused_through_a_session_read():
    """The read helper maps errors too (a server that went away after connect)."""
    settings = N.Settings(uri=f"bolt://127.0.0.1:{closed_port()}", password=SECRET_PASSWORD)
    driver = neo4j.GraphDatabase.driver(settings.uri, auth=("neo4j", SECRET_PASSWORD),
                                        max_transaction_retry_time=0.5, connection_timeout=2)
    with N.Neo4jConnection(driver, settings) as conn, pytest.raises(PaperkgError, match="cannot reach Neo4j"):
        conn.read("RETURN 1 AS ok")


def test_cli_connection_failure_prints_no_credentials_and_no_traceback(tmp_path, capsys, monkeypatch):
    graph = tmp_path / "graph.json"
    graph.write_text("{}")
    port = closed_port()
    code = main(["load", str(graph), "--neo4j", f"bolt://127.0.0.1:{port}",
                 "--user", SECRET_USER, "--password", SECRET_PASSWORD])
    out, err = capsys.readouterr()
    assert code == 1
    assert "paperkg: error: cannot reach Neo4j" in err
    assert "Traceback" not in out + err
    assert_no_secrets(out + err)

    monkeypatch.setenv("NEO4J_URI", f"bolt://127.0.0.1:{port}")
    monkeypatch.setenv("NEO4J_USER", SECRET_USER)
    monkeypatch.setenv("NEO4J_PASSWORD", SECRET_PASSWORD)
    code = main(["load", str(graph)])
    out, err = capsys.readouterr()
    assert code == 1 and "cannot reach Neo4j at bolt://127.0.0.1:" in err
    assert_no_secrets(out + err)

    # credentials written into the URI are refused, and not echoed
    monkeypatch.setenv("NEO4J_URI", f"bolt://{SECRET_USER}:{SECRET_PASSWORD}@127.0.0.1:{port}")
    code = main(["load", str(graph)])
    out, err = capsys.readouterr()
    assert code == 1 and "not in the URI" in err
    assert_no_secrets(out + err)


def test_driver_messages_quoting_credentials_are_scrubbed():
    err = nx4j.ConfigurationError(f"cannot use {SETTINGS.uri} for {SECRET_USER} with {SECRET_PASSWORD}")
    mapped = str(N.translate_error(err, SETTINGS))
    assert_no_secrets(mapped)
    assert "***" in mapped


def test_auth_failure_maps_from_the_real_driver_class():
    err = server_error("Neo.ClientError.Security.Unauthorized",
                       "The client is unauthorized due to authentication failure.")
    assert isinstance(err, nx4j.AuthError)
    mapped = N.translate_error(err, SETTINGS)
    assert "rejected the user name or password" in str(mapped)
    assert "bolt://db.example:7687" in str(mapped)
    assert_no_secrets(str(mapped))


def test_rate_limited_auth_is_an_auth_failure():
    err = server_error("Neo.ClientError.Security.AuthenticationRateLimit", "too many failed attempts")
    assert "authentication failed" in str(N.translate_error(err, SETTINGS))


def test_unknown_database():
    err = server_error("Neo.ClientError.Database.DatabaseNotFound",
                       "Graph not found: papers")
    assert isinstance(err, nx4j.ClientError)
    mapped = str(N.translate_error(err, SETTINGS))
    assert mapped.startswith("database 'papers' does not exist on bolt://db.example:7687")
    assert_no_secrets(mapped)


def test_expired_password_and_write_in_read_session():
    err = server_error("Neo.ClientError.Security.CredentialsExpired", "Permission denied: change your password")
    assert "has expired and must be changed" in str(N.translate_error(err, SETTINGS))
    err = server_error("Neo.ClientError.Statement.AccessMode", "Writing in read access mode not allowed.")
    assert "add --write" in str(N.translate_error(err, SETTINGS))


def test_permission_denied():
    err = server_error("Neo.ClientError.Security.Forbidden", "Create node with labels 'Paper' is not allowed")
    assert isinstance(err, nx4j.Forbidden)
    assert "permission denied" in str(N.translate_error(err, SETTINGS))


def test_cypher_syntax_error_keeps_the_first_line_only():
    err = server_error("Neo.ClientError.Statement.SyntaxError",
                       "Invalid input 'RETRN': expected 'RETURN' (line 1, column 1 (offset: 0))\n\"RETRN 1\"\n ^")
    assert isinstance(err, nx4j.CypherSyntaxError)
    assert str(N.translate_error(err, SETTINGS)) == \
        "Cypher syntax error: Invalid input 'RETRN': expected 'RETURN' (line 1, column 1 (offset: 0))"


def test_other_server_errors_name_their_code():
    err = server_error("Neo.TransientError.Transaction.DeadlockDetected", "deadlock")
    assert isinstance(err, nx4j.TransientError)
    assert "Neo.TransientError.Transaction.DeadlockDetected" in str(N.translate_error(err, SETTINGS))


def test_driver_side_errors():
    unavailable = nx4j.ServiceUnavailable(
        "Couldn't connect to db.example:7687 (resolved to ()):\nFailed to establish connection to "
        "ResolvedIPv4Address(('10.0.0.1', 7687)) (reason [Errno 113] No route to host)")
    assert str(N.translate_error(unavailable, SETTINGS)).startswith(
        "cannot reach Neo4j at bolt://db.example:7687 (database 'papers'): [Errno 113] No route to host")
    assert "not a Neo4j server" in str(N.translate_error(nx4j.UnsupportedServerProduct("Memgraph"), SETTINGS))
    assert "connection settings" in str(N.translate_error(nx4j.ConfigurationError("bad"), SETTINGS))
    assert "SessionExpired" not in str(N.translate_error(nx4j.SessionExpired("gone"), SETTINGS))


def test_translated_context_manager_turns_driver_errors_into_paperkg_errors():
    with pytest.raises(PaperkgError, match="authentication failed"), N.translated(SETTINGS):
        raise server_error("Neo.ClientError.Security.Unauthorized", "nope")
    with pytest.raises(KeyError), N.translated(SETTINGS):  # not ours to translate
        raise KeyError("x")


@pytest.mark.parametrize("agent", ["Neo4j/4.4.30", "Neo4j/3.5.35", "Neo4j/v4.0.0"])
def test_servers_older_than_5_are_refused(agent):
    with pytest.raises(PaperkgError, match="needs Neo4j 5 or newer"):
        N.check_server_version(agent, "bolt://x:7687")


@pytest.mark.parametrize("agent", ["Neo4j/5.26.7", "Neo4j/2025.01.0", "Neo4j/5.0.0", "unknown"])
def test_servers_5_and_newer_pass(agent):
    N.check_server_version(agent)


@pytest.mark.parametrize("uri", ["http://127.0.0.1:7474", "localhost:7687", "mysql://x"])
def test_non_bolt_uris_are_refused_before_any_network(uri):
    with pytest.raises(PaperkgError, match="invalid Neo4j URI"):
        N.connect(uri, password=SECRET_PASSWORD)


def test_settings_flags_win_over_environment_and_defaults():
    env = {"NEO4J_URI": "neo4j://env:7687", "NEO4J_USER": "envuser", "NEO4J_PASSWORD": "envpw",
           "NEO4J_DATABASE": "envdb"}
    assert N.Settings.resolve(env=env) == N.Settings("neo4j://env:7687", "envuser", "envpw", "envdb")
    assert N.Settings.resolve("bolt://flag:1", "u", "p", "d", env=env) == N.Settings("bolt://flag:1", "u", "p", "d")
    assert N.Settings.resolve(env={}) == N.Settings("bolt://localhost:7687", "neo4j", None, None)
    assert SECRET_PASSWORD not in repr(SETTINGS)


def test_redact_uri_drops_user_info_and_query():
    assert N.redact_uri(f"neo4j+s://{SECRET_USER}:{SECRET_PASSWORD}@host.example:7687/x?token=abc") == \
        "neo4j+s://host.example:7687/x"
    assert N.redact_uri("bolt://[::1]:7687") == "bolt://[::1]:7687"
