"""The Neo4j store against a live Neo4j 5 (the session's server, see tests/neo4j_server.py;
``NEO4J_URI`` points these tests at a server of your own).  Configuration tests need no
server.

The tests write to the server's default database (or ``NEO4J_DATABASE``) and delete
careergraph's own data there (nodes labelled ``CareerGraph``); other data is left alone and
a test checks exactly that.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from careergraph.cypher_script import parse_script, write_cypher_script
from careergraph.errors import StoreError
from careergraph.graph import CareerGraph
from careergraph.stores.neo4j import READ_ONLY_CODE, Neo4jConfig, Neo4jStore
from careergraph.stores.rows import LoadPlan, LoadStep, load_plan
from cypher_fixtures import dump, synthetic_graph
from neo4j_server import Neo4jServer
from test_cypher_queries import CORPUS_CASES, run

HOSTILE = "x'}) DETACH DELETE n //"
FOREIGN = "CareerGraphTestForeign"  # a label careergraph never writes


# -- configuration (no server) ---------------------------------------------------------------
def test_flags_win_over_environment() -> None:
    env = {"NEO4J_URI": "bolt://env:7687", "NEO4J_USERNAME": "envuser",
           "NEO4J_PASSWORD": "envpass", "NEO4J_DATABASE": "envdb"}
    config = Neo4jConfig.resolve(uri="neo4j://flag:7687", username="flaguser", env=env)
    assert (config.uri, config.username, config.database) == \
        ("neo4j://flag:7687", "flaguser", "envdb")
    assert config.password is not None and config.password.get_secret_value() == "envpass"
    assert config.routing and not Neo4jConfig.resolve(env=env).routing


@pytest.mark.parametrize("scheme", ["bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s",
                                    "neo4j+ssc"])
def test_every_driver_scheme_is_accepted(scheme: str) -> None:
    store = Neo4jStore(Neo4jConfig.resolve(uri=f"{scheme}://db.example:7687", env={}))
    store.close()


def test_password_never_shows() -> None:
    config = Neo4jConfig.resolve(uri="bolt://u@db:7687", password="s3cr3t-value", env={})
    store = Neo4jStore(config)
    shown = [repr(config), str(config), repr(store), store.target, config.model_dump_json()]
    assert not any("s3cr3t-value" in s for s in shown)
    assert config.username == "u"
    store.close()


def test_password_in_the_uri_is_refused() -> None:
    with pytest.raises(StoreError, match="NEO4J_PASSWORD") as caught:
        Neo4jConfig.resolve(uri="bolt://u:pw-in-uri@db:7687", env={})
    assert "pw-in-uri" not in str(caught.value)


def test_unreachable_server_is_a_clear_store_error() -> None:
    store = Neo4jStore(Neo4jConfig.resolve(uri="bolt://127.0.0.1:1", password="x", env={}))
    with pytest.raises(StoreError, match=r"cannot reach Neo4j at bolt://127\.0\.0\.1:1"):
        store.verify()
    store.close()


# -- against the live server -----------------------------------------------------------------
pytestmark = [pytest.mark.neo4j]


def connect(server: Neo4jServer, *, uri: str | None = None,
            password: str | None = None, database: str | None = None) -> Neo4jStore:
    store = Neo4jStore(Neo4jConfig.resolve(
        uri=uri or server.uri, username=server.username,
        password=server.password if password is None else password,
        database=database or server.database, env={}))
    return store


@pytest.fixture(scope="module")
def neo4j(neo4j_server: Neo4jServer) -> Iterator[Neo4jStore]:
    store = connect(neo4j_server)
    store.verify()
    yield store
    store.run(f"MATCH (n:{FOREIGN}) DETACH DELETE n", write=True)
    store.close()


@pytest.fixture()
def loaded(neo4j: Neo4jStore, corpus_graph: CareerGraph) -> Neo4jStore:
    neo4j.load(corpus_graph, replace=True, batch_size=40)
    return neo4j


@pytest.mark.parametrize("name", sorted(CORPUS_CASES))
def test_every_query_answers_on_neo4j(loaded: Neo4jStore, corpus_graph: CareerGraph,
                                      name: str) -> None:
    import test_cypher_queries as q

    result = run(loaded, name, **CORPUS_CASES[name])
    assert result.rows
    getattr(q, f"check_{name}")(corpus_graph, result, loaded, **CORPUS_CASES[name])


def test_load_holds_exactly_the_graph(loaded: Neo4jStore, corpus_graph: CareerGraph) -> None:
    plan = load_plan(corpus_graph)
    assert loaded.counts().as_plan_counts() == plan.expected()
    nodes, _ = dump(loaded)
    expected = {row["id"]: row for step in plan.steps if step.statement.startswith("load/nodes_")
                for row in step.rows}
    assert {i: n["props"] for i, n in nodes.items()} == expected
    assert all(n["labels"][0] == "CareerGraph" and len(n["labels"]) == 2 for n in nodes.values())


def test_loads_are_idempotent(loaded: Neo4jStore, corpus_graph: CareerGraph) -> None:
    first = dump(loaded)
    report = loaded.load(corpus_graph)
    assert dump(loaded) == first
    assert report.counts == loaded.counts() and not report.replaced


def test_load_without_replace_is_an_upsert(neo4j: Neo4jStore) -> None:
    big, small = synthetic_graph(tracks=3, seed=4), synthetic_graph(tracks=2, seed=4)
    neo4j.load(big, replace=True)
    neo4j.load(small)  # the third ladder's roles stay until a --replace
    assert neo4j.counts().nodes["Role"] == 24
    report = neo4j.load(small, replace=True)
    assert report.counts.nodes["Role"] == 16 and report.replaced
    assert dump(neo4j)[0].keys() == {r["id"] for s in load_plan(small).steps
                                     if s.statement.startswith("load/nodes_") for r in s.rows}


def test_replace_touches_only_careergraph(loaded: Neo4jStore) -> None:
    # An unrelated node, even one carrying a careergraph id, and its relationship survive.
    loaded.run(f"CREATE (:{FOREIGN} {{id: 'role:mlops-engineer', name: 'keep me'}})"
               f"-[:{FOREIGN}_REL]->(:{FOREIGN} {{name: 'me too'}})", write=True)
    report = loaded.load(synthetic_graph(tracks=2, seed=1), replace=True)
    assert report.counts.nodes["Role"] == 16
    kept = loaded.run(f"MATCH (a:{FOREIGN})-[r]->(b:{FOREIGN}) RETURN a.id, a.name, b.name")
    assert kept.rows == [["role:mlops-engineer", "keep me", "me too"]]
    loaded.run(f"MATCH (n:{FOREIGN}) DETACH DELETE n", write=True)


def _with_bad_row(bad: LoadStep) -> LoadPlan:
    steps = load_plan(synthetic_graph(tracks=3, seed=2)).steps
    return LoadPlan(steps=[*steps[:2], bad, *steps[2:]])


def test_failed_load_missing_endpoint_rolls_back(loaded: Neo4jStore) -> None:
    before = dump(loaded)
    bad = LoadStep(statement="load/edges_requires", kind="REQUIRES",
                   rows=[{"src": "role:none", "dst": "skill:none", "props": {}}])
    with pytest.raises(StoreError, match=r"edges_requires batch 1/1.*rolled back.*intact"):
        loaded.load_plan(_with_bad_row(bad), replace=True, batch_size=7)
    assert dump(loaded) == before


def test_failed_load_refused_by_the_server_rolls_back(loaded: Neo4jStore) -> None:
    # A row the server itself refuses mid-load (a map is no property value in Neo4j), after
    # --replace's delete and two statements' batches ran in the same transaction.
    before = dump(loaded)
    bad = LoadStep(statement="load/nodes_skill", kind="Skill",
                   rows=[{"id": "skill:bad", "name": "bad", "nested": {"not": "storable"}}])
    with pytest.raises(StoreError, match=r"nodes_skill batch 1/1.*Property values.*"
                                         r"rolled back") as caught:
        loaded.load_plan(_with_bad_row(bad), replace=True, batch_size=7)
    assert getattr(caught.value.__cause__, "code", "").startswith("Neo.ClientError.")
    assert dump(loaded) == before


def test_reads_refuse_writes_with_the_servers_code(loaded: Neo4jStore) -> None:
    before = loaded.counts()
    for query in ("MATCH (n:CareerGraph) DETACH DELETE n",
                  f"CREATE (:{FOREIGN})",
                  "CREATE INDEX careergraph_test_ro IF NOT EXISTS FOR (n:CareerGraph) ON (n.x)"):
        with pytest.raises(StoreError, match="read-only unless --write") as caught:
            loaded.run(query)
        assert getattr(caught.value.__cause__, "code", None) == READ_ONLY_CODE
    assert loaded.counts() == before
    assert loaded.run(f"MATCH (n:{FOREIGN}) RETURN count(n)").rows == [[0]]


def test_writes_run_with_write(loaded: Neo4jStore) -> None:
    result = loaded.run(f"CREATE (p:{FOREIGN} {{v: $v}}) RETURN p.v", {"v": HOSTILE},
                        write=True)
    assert result.rows == [[HOSTILE]]
    assert result.summary == {"nodes_created": 1, "labels_added": 1, "properties_set": 1}
    assert loaded.counts().nodes["Role"] > 0
    loaded.run(f"MATCH (n:{FOREIGN}) DETACH DELETE n", write=True)


def test_routing_scheme_against_one_server(neo4j_server: Neo4jServer,
                                           corpus_graph: CareerGraph) -> None:
    # neo4j:// asks the server for a routing table and sends reads and writes where it says;
    # a single server names itself for both, so its advertised address must be right.
    with connect(neo4j_server, uri=neo4j_server.with_scheme("neo4j")) as routed:
        assert routed.config.routing
        routed.verify()
        report = routed.load(corpus_graph, replace=True)
        assert report.counts.nodes["Role"] == corpus_graph.stats().nodes["Role"]
        who = run(routed, "who_hires", role="Lead MLOps Engineer")
        assert who.rows
        with pytest.raises(StoreError, match="read-only"):
            routed.run("MATCH (n:CareerGraph) DETACH DELETE n")


def test_wrong_password_is_refused_clearly(neo4j_server: Neo4jServer) -> None:
    with connect(neo4j_server, password="not-the-password") as store, \
            pytest.raises(StoreError, match="refused the credentials of user 'neo4j'") as caught:
        store.verify()
    assert "not-the-password" not in str(caught.value)
    assert neo4j_server.password not in str(caught.value)


def test_unknown_database_is_named(neo4j_server: Neo4jServer) -> None:
    with connect(neo4j_server, database="nosuchdb") as store, \
            pytest.raises(StoreError, match=r"no database 'nosuchdb'.*NEO4J_DATABASE"):
        store.run("RETURN 1")


def test_exported_script_replays_through_the_driver(neo4j: Neo4jStore,
                                                    corpus_graph: CareerGraph,
                                                    tmp_path: Path) -> None:
    """The cypher-shell script, run command by command as cypher-shell would (``:param``
    literals evaluated by the server), recreates what ``load`` writes."""
    neo4j.load(corpus_graph, replace=True)
    loaded = dump(neo4j)
    neo4j.run("MATCH (n:CareerGraph) DETACH DELETE n", write=True)
    script = write_cypher_script(corpus_graph.nx, tmp_path / "graph.cypher").read_text()
    params: dict[str, Any] = {}
    for command in parse_script(script):
        if command.kind == "param":
            params = neo4j.run(f"RETURN {command.text} AS p").rows[0][0]
        else:
            neo4j.run(command.text, params, write=True)
    assert dump(neo4j) == loaded
