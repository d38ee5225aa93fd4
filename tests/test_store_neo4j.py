"""The Neo4j store.  Configuration tests always run; the rest need a Neo4j 5 server:

    docker run -d -p7474:7474 -p7687:7687 -e NEO4J_AUTH=neo4j/careergraph-test neo4j:5
    NEO4J_URI=bolt://localhost:7687 NEO4J_PASSWORD=careergraph-test pytest -m neo4j

They write to the database NEO4J_URI names (NEO4J_DATABASE, else the default) and delete
careergraph's own data there (nodes labelled CareerGraph); other data is left alone and a
test checks exactly that.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import pytest

from careergraph.errors import StoreError
from careergraph.graph import CareerGraph
from careergraph.stores.neo4j import Neo4jConfig, Neo4jStore
from careergraph.stores.rows import LoadPlan, LoadStep, load_plan
from cypher_fixtures import dump, synthetic_graph
from test_cypher_queries import CORPUS_CASES, run

needs_server = pytest.mark.skipif(
    not os.environ.get("NEO4J_URI"),
    reason="NEO4J_URI is not set: these tests need a running Neo4j 5 server "
           "(see this module's docstring for a Docker one-liner)")
HOSTILE = "x'}) DETACH DELETE n //"


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


# -- against a server ------------------------------------------------------------------------
@pytest.fixture(scope="module")
def neo4j() -> Iterator[Neo4jStore]:
    if not os.environ.get("NEO4J_URI"):
        pytest.skip("NEO4J_URI is not set")
    store = Neo4jStore(Neo4jConfig.resolve())
    store.verify()
    yield store
    store.run("MATCH (n:CareerGraphTestForeign) DETACH DELETE n", write=True)
    store.close()


@pytest.fixture()
def loaded(neo4j: Neo4jStore, corpus_graph: CareerGraph) -> Neo4jStore:
    neo4j.load(corpus_graph, replace=True, batch_size=40)
    return neo4j


pytestmark = [pytest.mark.neo4j]


@needs_server
@pytest.mark.parametrize("name", sorted(CORPUS_CASES))
def test_every_query_answers_on_neo4j(loaded: Neo4jStore, corpus_graph: CareerGraph,
                                      name: str) -> None:
    import test_cypher_queries as q

    result = run(loaded, name, **CORPUS_CASES[name])
    assert result.rows
    getattr(q, f"check_{name}")(corpus_graph, result, loaded, **CORPUS_CASES[name])


@needs_server
def test_neo4j_and_local_engine_agree(loaded: Neo4jStore, corpus_graph: CareerGraph) -> None:
    from cypher_fixtures import loaded_store

    local = loaded_store("corpus", corpus_graph)
    for name, params in CORPUS_CASES.items():
        if name in ("shortest_route", "route_skills"):
            continue  # equally short routes may differ; their checks compare with networkx
        assert run(loaded, name, **params).rows == run(local, name, **params).rows, name


@needs_server
def test_neo4j_loads_are_idempotent(loaded: Neo4jStore, corpus_graph: CareerGraph) -> None:
    first = dump(loaded)
    loaded.load(corpus_graph)
    assert dump(loaded) == first


@needs_server
def test_neo4j_replace_touches_only_careergraph(loaded: Neo4jStore) -> None:
    loaded.run("CREATE (:CareerGraphTestForeign {name: 'keep me'})", write=True)
    small = synthetic_graph(tracks=2, seed=1)
    report = loaded.load(small, replace=True)
    assert report.counts.nodes["Role"] == 16
    kept = loaded.run("MATCH (n:CareerGraphTestForeign) RETURN n.name")
    assert kept.rows == [["keep me"]]


@needs_server
def test_neo4j_failed_load_rolls_back(loaded: Neo4jStore, corpus_graph: CareerGraph) -> None:
    before = dump(loaded)
    steps = load_plan(synthetic_graph(tracks=3, seed=2)).steps
    bad = LoadStep(statement="load/edges_requires", kind="REQUIRES",
                   rows=[{"src": "role:none", "dst": "skill:none", "props": {}}])
    with pytest.raises(StoreError, match="rolled back"):
        loaded.load_plan(LoadPlan(steps=[*steps[:2], bad, *steps[2:]]), replace=True,
                         batch_size=7)
    assert dump(loaded) == before


@needs_server
def test_neo4j_reads_refuse_writes(loaded: Neo4jStore) -> None:
    before = loaded.counts()
    with pytest.raises(StoreError, match="read-only"):
        loaded.run("MATCH (n:CareerGraph) DETACH DELETE n")
    assert loaded.counts() == before


@needs_server
def test_neo4j_parameters_are_stored_verbatim(loaded: Neo4jStore) -> None:
    result: Any = loaded.run("CREATE (p:CareerGraphTestForeign {v: $v}) RETURN p.v",
                             {"v": HOSTILE}, write=True)
    assert result.rows == [[HOSTILE]]
    assert loaded.counts().nodes["Role"] > 0
