"""``careergraph load`` and ``careergraph cypher --uri`` against the live Neo4j (the session's
server, tests/neo4j_server.py): every file of cypher/queries/ through the command line."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from careergraph.cli import app
from careergraph.graph import CareerGraph
from careergraph.resources import cypher_dir
from careergraph.stores.neo4j import Neo4jConfig, Neo4jStore
from cypher_fixtures import holding
from neo4j_server import Neo4jServer
from test_cypher_queries import CORPUS_CASES, run

QUERIES = cypher_dir() / "queries"
#: Equally short routes may differ between engines: these are compared by length instead.
TIES = {"shortest_route", "route_skills", "route_to_level"}

pytestmark = [pytest.mark.neo4j]


@pytest.fixture()
def env(neo4j_server: Neo4jServer, monkeypatch: pytest.MonkeyPatch) -> Neo4jServer:
    """The NEO4J_* variables point at the server (credentials never on the command line)."""
    for key, value in neo4j_server.env().items():
        monkeypatch.setenv(key, value)
    return neo4j_server


@pytest.fixture(scope="module")
def holding_corpus(neo4j_server: Neo4jServer) -> Iterator[Neo4jStore]:
    store = Neo4jStore(Neo4jConfig.resolve(env=neo4j_server.env()))
    yield store
    store.close()


@pytest.fixture(scope="module")
def _read_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One cache folder for the read-only library cases: the first case's local command
    builds the bundled graph and its engine snapshot there, the later ones open the stored
    graph and restore the snapshot instead of building and loading them again (~1.5 CPU s a
    case; a restored engine answering like a fresh load is test_engine_snapshot's)."""
    return tmp_path_factory.mktemp("neo4j-cli-cache") / "cache"


def _json(cli: CliRunner, *args: str) -> dict[str, Any]:
    result = cli.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    document: dict[str, Any] = json.loads(result.output)
    return document


def _params(name: str) -> list[str]:
    return [arg for key, value in CORPUS_CASES[name].items() for arg in ("-p", f"{key}={value}")]


def test_load_then_reload_replace(cli: CliRunner, env: Neo4jServer,
                                  corpus_graph: CareerGraph) -> None:
    first = _json(cli, "load", "--uri", env.uri, "--replace", "--batch-size", "50", "--json")
    assert first["engine"] == "neo4j" and first["replaced"] is True
    assert first["counts"]["nodes"] == corpus_graph.stats().nodes
    again = _json(cli, "load", "--json")  # NEO4J_URI from the environment; an upsert
    assert again["counts"] == first["counts"] and again["replaced"] is False
    out = cli.invoke(app, ["load"])
    assert out.exit_code == 0 and "Loaded" in out.output and env.password not in out.output


@pytest.mark.parametrize("name", sorted(CORPUS_CASES))
def test_every_library_file_through_the_cli(cli: CliRunner, env: Neo4jServer,
                                            holding_corpus: Neo4jStore,
                                            corpus_graph: CareerGraph, name: str,
                                            _read_cache: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    holding(holding_corpus, corpus_graph)  # these cases only read: loaded once, not per case
    monkeypatch.setenv("CAREERGRAPH_CACHE_DIR", str(_read_cache))  # built once, not per case
    file = str(QUERIES / f"{name}.cypher")
    on_neo4j = _json(cli, "cypher", "--uri", env.uri, "-f", file, *_params(name), "--json")
    assert on_neo4j["engine"] == "neo4j" and on_neo4j["rows"]
    library = run(holding_corpus, name, **CORPUS_CASES[name])
    assert on_neo4j["rows"] == library.records()
    local = _json(cli, "cypher", "-f", file, *_params(name), "--json")
    assert local["engine"] == "falkordb" and local["columns"] == on_neo4j["columns"]
    if name not in TIES:
        assert local["rows"] == on_neo4j["rows"]
    else:
        assert [r.get("hops", r.get("step")) for r in local["rows"]] == \
            [r.get("hops", r.get("step")) for r in on_neo4j["rows"]]
    table = cli.invoke(app, ["cypher", "--uri", env.uri, "-f", file, *_params(name)])
    assert table.exit_code == 0 and env.uri.split("://")[1] in table.output


def test_routing_uri_and_write_refusal(cli: CliRunner, env: Neo4jServer,
                                       holding_corpus: Neo4jStore,
                                       corpus_graph: CareerGraph) -> None:
    holding_corpus.load(corpus_graph, replace=True)
    routed = env.with_scheme("neo4j")
    count = _json(cli, "cypher", "--uri", routed, "MATCH (r:CareerGraph:Role) RETURN count(r) AS n",
                  "--json")
    assert count["rows"] == [{"n": corpus_graph.stats().nodes["Role"]}]
    refused = cli.invoke(app, ["cypher", "--uri", routed, "MATCH (n:CareerGraph) DETACH DELETE n"])
    assert refused.exit_code == 5 and "read-only unless --write" in refused.output
    wrote = _json(cli, "cypher", "--uri", routed, "--write",
                  "CREATE (n:CareerGraphTestForeign {v: $v}) DELETE n", "-p", "v=x", "--json")
    assert wrote["summary"] == {"nodes_created": 1, "nodes_deleted": 1, "labels_added": 1,
                                "properties_set": 1}
    assert holding_corpus.counts().nodes["Role"] == corpus_graph.stats().nodes["Role"]


def test_wrong_password_exits_with_a_clear_message(cli: CliRunner, env: Neo4jServer,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEO4J_PASSWORD", "wrong-password-value")
    result = cli.invoke(app, ["cypher", "--uri", env.uri, "RETURN 1"])
    assert result.exit_code == 5 and "refused the credentials" in result.output
    assert "wrong-password-value" not in result.output
