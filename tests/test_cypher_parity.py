"""Three-way parity: every file of cypher/queries/ answers the same on Neo4j (the session's
server, tests/neo4j_server.py), on the local engine (FalkorDB) and in process (networkx and
careergraph.routes: routes, targets, skills gaps), on the bundled corpus and on a generated
graph of 320 roles.

The one difference between the engines is handled, not hidden: when several routes are
equally short, each engine returns one of them (the route files' headers say so).  For those
files the lengths and targets must be equal, and each engine's route is checked to be a
shortest route in the graph and its skills to be that route's skills.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from typing import Any

import pytest
from neo4j import GraphDatabase, NotificationSeverity

import test_cypher_queries as q
from careergraph.graph import CareerGraph
from careergraph.model import NodeType
from careergraph.stores.base import QueryResult, Store
from careergraph.stores.cypher import library, statement
from careergraph.stores.neo4j import Neo4jConfig, Neo4jStore
from cypher_fixtures import distances, holding, loaded_store, synthetic_graph
from neo4j_server import Neo4jServer
from test_cypher_queries import CORPUS_CASES, run

#: Files whose rows name one of several equally short routes: the engine picks which.
TIES = {"shortest_route", "route_skills", "route_to_level"}
#: The synthetic graph's cases run first (after the equal-routes test, on the same graph), so
#: the corpus is loaded for the warnings test next.
CORPORA = ("synthetic", "corpus")

pytestmark = [pytest.mark.neo4j]


@pytest.fixture(scope="module")
def graphs(corpus_graph: CareerGraph) -> dict[str, CareerGraph]:
    return {"corpus": corpus_graph, "synthetic": synthetic_graph()}


@pytest.fixture(scope="module")
def neo4j(neo4j_server: Neo4jServer) -> Iterator[Neo4jStore]:
    store = Neo4jStore(Neo4jConfig.resolve(env=neo4j_server.env()))
    yield store
    store.close()


def synthetic_cases(graph: CareerGraph, name: str) -> list[dict[str, Any]]:
    """Real parameters on the generated graph: reachable pairs, levels with reachable roles,
    roles, skills, and one unreachable pair (both engines must answer nothing)."""
    rng = random.Random(name)
    roles = sorted(n for n, _ in graph.nodes(NodeType.ROLE))
    skills = sorted(n for n, _ in graph.nodes(NodeType.SKILL))
    reachable: list[tuple[str, str]] = []
    unreachable: list[tuple[str, str]] = []
    while len(reachable) < 4 or not unreachable:
        a, b = rng.sample(roles, 2)
        (reachable if b in distances(graph, a) else unreachable).append((a, b))
    pairs = [{"from": graph.name(a), "to": graph.name(b)} for a, b in reachable[:4]]
    if name in ("shortest_route", "route_skills", "skills_gap"):
        a, b = unreachable[0]
        return [*pairs, {"from": graph.name(a), "to": graph.name(b)}]
    if name == "route_to_level":
        return [{"from": graph.name(a), "level": level} for a, _ in reachable[:3]
                for level in ("lead", "director")
                if any(graph.node(t)["level"] == level for t in distances(graph, a) if t != a)]
    if name in ("who_hires", "role_neighbourhood", "role_sectors_employers"):
        return [{"role": graph.name(r)} for r in rng.sample(roles, 4)]
    if name == "roles_requiring_skill":
        return [{"skill": graph.name(s)} for s in rng.sample(skills, 4)]
    return [{"limit": "10"}, {"limit": "40"}]


def cases(corpus: str, graph: CareerGraph, name: str) -> list[dict[str, Any]]:
    return [CORPUS_CASES[name]] if corpus == "corpus" else synthetic_cases(graph, name)


def test_every_library_file_is_compared() -> None:
    assert sorted(CORPUS_CASES) == sorted(s.path.stem for s in library())
    for name in TIES:  # the difference is documented where the query is
        assert "equally short" in statement(f"queries/{name}").text


def test_engines_do_pick_different_equal_routes(graphs: dict[str, CareerGraph],
                                                neo4j: Neo4jStore) -> None:
    """Why the route files are compared by length: on the generated graph Neo4j and the
    local engine really do return different routes of the same length."""
    graph = graphs["synthetic"]
    local, server = loaded_store("synthetic", graph), holding(neo4j, graph)
    differing = [params for params in synthetic_cases(graph, "route_to_level")
                 if run(server, "route_to_level", **params).rows
                 != run(local, "route_to_level", **params).rows]
    assert differing


# Grouped by graph (one graph's cases, then the other's): the server holds one graph at a
# time, and alternating them reloaded it for every case.  The ids stay ``name-corpus``.  The
# test above runs first (the synthetic graph, as the first cases here) and the warnings test
# last (the corpus, as the last cases): the server loads each graph once.
@pytest.mark.parametrize(("name", "corpus"),
                         [(name, corpus) for corpus in CORPORA for name in sorted(CORPUS_CASES)])
def test_three_way_parity(graphs: dict[str, CareerGraph], neo4j: Neo4jStore, corpus: str,
                          name: str) -> None:
    graph = graphs[corpus]
    local = loaded_store(corpus, graph)
    server = holding(neo4j, graph)
    compared = 0
    for params in cases(corpus, graph, name):
        on_neo4j, on_local = run(server, name, **params), run(local, name, **params)
        assert on_neo4j.columns == on_local.columns
        if not on_neo4j.rows and name in ("shortest_route", "route_skills"):
            assert on_local.rows == [], params  # no route, on both engines and in process
            assert q._role_id(graph, params["to"]) not in distances(
                graph, q._role_id(graph, params["from"]))
            continue
        if name in TIES:
            assert _tie_free(name, on_neo4j) == _tie_free(name, on_local), params
        else:
            assert on_neo4j.rows == on_local.rows, params
        for store, result in ((server, on_neo4j), (local, on_local)):
            _in_process(name, graph, result, store, params)
        compared += 1
    assert compared >= 1


def _tie_free(name: str, result: QueryResult) -> Any:
    """What every engine must agree on whichever of the shortest routes it picked."""
    if name == "shortest_route":
        return [(r["from"], r["to"], r["hops"]) for r in result.records()]
    if name == "route_to_level":
        return [(r["from"], r["target"], r["target_id"], r["hops"]) for r in result.records()]
    return len({r["skill"] for r in result.records()}) > 0  # route_skills: checked per route


def _in_process(name: str, graph: CareerGraph, result: QueryResult, store: Store,
                params: dict[str, Any]) -> None:
    check = getattr(q, f"check_{name}")
    check(graph, result, store, **params)


def test_queries_draw_no_warnings_on_neo4j(neo4j_server: Neo4jServer,
                                           graphs: dict[str, CareerGraph],
                                           neo4j: Neo4jStore) -> None:
    """Neo4j 5 plans every portable file without a deprecation or other warning (the
    FalkorDB-compatible forms, such as shortestPath inside WITH, are current Cypher)."""
    holding(neo4j, graphs["corpus"])
    auth = (neo4j_server.username, neo4j_server.password)
    with GraphDatabase.driver(neo4j_server.uri, auth=auth) as driver:
        for name, params in CORPUS_CASES.items():
            stmt = statement(f"queries/{name}", "neo4j")
            summary = driver.execute_query(stmt.statements[0], stmt.bind(params),
                                           database_=neo4j_server.database).summary
            warnings = [s.status_description for s in summary.gql_status_objects
                        if s.is_notification and s.severity == NotificationSeverity.WARNING]
            assert warnings == [], name
