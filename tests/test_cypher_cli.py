"""``careergraph cypher`` and ``careergraph load``: exit codes, messages, then the answers."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from careergraph.cli import app
from careergraph.resources import cypher_dir

QUERIES = cypher_dir() / "queries"


@pytest.fixture(scope="module")
def _warm_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A cache folder holding the bundled graph and its engine snapshot, made once by a
    command in this process."""
    folder = tmp_path_factory.mktemp("cypher-cli") / "cache"
    made = CliRunner().invoke(app, ["cypher", "RETURN 1"],
                              env={"CAREERGRAPH_CACHE_DIR": str(folder)})
    assert made.exit_code == 0, made.output
    return folder


@pytest.fixture()
def cli(cli: CliRunner, tmp_path: Path, _warm_cache: Path) -> CliRunner:
    """The shared ``cli`` fixture (a cache folder of the test's own), the folder starting as
    a copy of :func:`_warm_cache`: these tests check the command's answers and messages, not
    builds or snapshots (test_storage, test_engine_snapshot), and each built the bundled
    graph and loaded a fresh engine before (~1 CPU s a test).  A write changes its own copy."""
    shutil.copytree(_warm_cache, tmp_path / "cache")
    return cli


def _ok(cli: CliRunner, *args: str) -> str:
    result = cli.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def test_ad_hoc_query_prints_a_table(cli: CliRunner) -> None:
    out = _ok(cli, "cypher", "MATCH (r:Role)-[:LEADS_TO]->(n:Role) "
                             "RETURN r.name, n.name ORDER BY r.name, n.name LIMIT 5")
    assert "r.name" in out and "5 rows" in out and "local engine" in out


def test_library_file_with_params_as_json(cli: CliRunner) -> None:
    out = _ok(cli, "cypher", "-f", str(QUERIES / "route_to_level.cypher"),
              "-p", "from=MLOps Engineer", "-p", "level=director", "--json")
    document = json.loads(out)
    assert document["engine"] == "falkordb"
    assert document["columns"] == ["from", "target", "target_id", "hops", "roles"]
    hops = {row["target"]: row["hops"] for row in document["rows"]}
    assert hops["Director of MLOps"] == 3
    assert min(hops.values()) == 2


def test_typed_parameters_from_the_file_header(cli: CliRunner) -> None:
    document = json.loads(_ok(cli, "cypher", "-f", str(QUERIES / "top_skills.cypher"),
                              "-p", "limit=2", "--json"))
    assert len(document["rows"]) == 2
    default = json.loads(_ok(cli, "cypher", "-f", str(QUERIES / "top_skills.cypher"),
                             "--json"))
    assert len(default["rows"]) == 10  # the header's (default 10)


def test_nodes_relationships_and_paths_render(cli: CliRunner) -> None:
    query = ("MATCH p = (a:Role {id: 'role:mlops-engineer'})-[r:LEADS_TO]->(b:Role) "
             "RETURN p, a, r ORDER BY b.name LIMIT 1")
    document = json.loads(_ok(cli, "cypher", query, "--json"))
    [row] = document["rows"]
    assert row["p"]["kind"] == "path" and len(row["p"]["nodes"]) == 2
    assert row["a"]["kind"] == "node" and row["a"]["properties"]["name"] == "MLOps Engineer"
    assert row["r"]["kind"] == "relationship" and row["r"]["type"] == "LEADS_TO"
    table = _ok(cli, "cypher", query)
    assert "-[:LEADS_TO]->" in table and "(:Role {name:" in table and "[:LEADS_TO]" in table


def test_writes_are_refused_without_write(cli: CliRunner) -> None:
    result = cli.invoke(app, ["cypher", "MATCH (n) DETACH DELETE n"])
    assert result.exit_code == 5
    assert "read-only unless --write" in result.output


def test_write_with_cypher_text_in_a_parameter_stores_it_verbatim(cli: CliRunner) -> None:
    hostile = "x'}) DETACH DELETE n //"
    document = json.loads(_ok(cli, "cypher", "--write", "--json",
                              "CREATE (p:Probe {v: $v}) WITH p MATCH (n:CareerGraph) "
                              "RETURN p.v AS v, count(n) AS kept", "-p", f"v={hostile}"))
    [row] = document["rows"]
    assert row["v"] == hostile and row["kept"] > 100
    assert document["summary"]["nodes_created"] == 1


def test_missing_parameter_is_named(cli: CliRunner) -> None:
    result = cli.invoke(app, ["cypher", "-f", str(QUERIES / "who_hires.cypher")])
    assert result.exit_code == 5
    assert "needs parameter $role" in result.output


def test_bad_param_syntax_is_a_usage_error(cli: CliRunner) -> None:
    result = cli.invoke(app, ["cypher", "RETURN 1", "-p", "novalue"])
    assert result.exit_code == 2


def test_syntax_errors_are_store_errors(cli: CliRunner) -> None:
    result = cli.invoke(app, ["cypher", "MATCH (n RETURN n"])
    assert result.exit_code == 5 and "local engine" in result.output


def test_engine_missing_points_to_uri(cli: CliRunner, monkeypatch: pytest.MonkeyPatch,
                                      tmp_path: Path) -> None:
    monkeypatch.setenv("CAREERGRAPH_REDIS_SERVER", str(tmp_path / "none"))
    monkeypatch.setenv("CAREERGRAPH_FALKORDB_MODULE", str(tmp_path / "none.so"))
    result = cli.invoke(app, ["cypher", "RETURN 1"])
    assert result.exit_code == 5 and "--uri" in result.output


def test_load_needs_a_uri(cli: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NEO4J_URI", raising=False)
    result = cli.invoke(app, ["load"])
    assert result.exit_code == 5 and "NEO4J_URI" in result.output


def test_load_rejects_other_schemes(cli: CliRunner) -> None:
    result = cli.invoke(app, ["load", "--uri", "http://localhost:7474"])
    assert result.exit_code == 5 and "bolt" in result.output


def test_unreachable_neo4j_fails_fast_without_showing_the_password(
        cli: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CAREERGRAPH_DEBUG", "0")
    for args in (["load"], ["cypher", "RETURN 1"]):
        result = cli.invoke(app, [*args, "--uri", "bolt://127.0.0.1:1",
                                  "--password", "hunter2-secret"])
        assert result.exit_code == 5, result.output
        assert "cannot reach Neo4j at bolt://127.0.0.1:1" in result.output
        assert "hunter2-secret" not in result.output
