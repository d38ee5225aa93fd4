"""Every file in cypher/queries/ runs on the local engine with real parameters, and its
answers equal what networkx and careergraph.routes compute in process."""

from __future__ import annotations

from itertools import pairwise
from typing import Any

import pytest

from careergraph.graph import CareerGraph
from careergraph.model import EdgeType, NodeType
from careergraph.routes import find_routes
from careergraph.stores.base import QueryResult
from careergraph.stores.cypher import library, statement
from careergraph.stores.falkor import FalkorStore
from cypher_fixtures import (
    MAX_HOPS,
    distances,
    loaded_store,
    moves_graph,
    names,
    node_id_by_name,
    pairs,
    sources,
    synthetic_graph,
    targets,
    top_skills,
)


@pytest.fixture(scope="module")
def corpus(corpus_graph: CareerGraph) -> tuple[CareerGraph, FalkorStore]:
    return corpus_graph, loaded_store("corpus", corpus_graph)


@pytest.fixture(scope="module")
def synthetic() -> tuple[CareerGraph, FalkorStore]:
    graph = synthetic_graph()
    return graph, loaded_store("synthetic", graph)


def run(store: Any, name: str, **params: Any) -> QueryResult:
    stmt = statement(f"queries/{name}", store.engine)
    return store.run("\n".join(stmt.statements), stmt.bind(params))


# Real parameters for every library query (a new file without an entry fails below).
CORPUS_CASES: dict[str, dict[str, Any]] = {
    "shortest_route": {"from": "MLOps Engineer", "to": "Director of MLOps"},
    "route_to_level": {"from": "MLOps Engineer", "level": "director"},
    "route_skills": {"from": "MLOps Engineer", "to": "Director of MLOps"},
    "skills_gap": {"from": "Senior MLOps Engineer", "to": "Lead MLOps Engineer"},
    "who_hires": {"role": "Lead MLOps Engineer"},
    "roles_requiring_skill": {"skill": "kubernetes"},
    "role_neighbourhood": {"role": "MLOps Engineer"},
    "role_sectors_employers": {"role": "MLOps Engineer"},
    "top_skills": {"limit": "5"},
}


def test_every_library_query_has_a_case() -> None:
    assert sorted(CORPUS_CASES) == sorted(s.path.stem for s in library())


@pytest.mark.parametrize("name", sorted(CORPUS_CASES))
def test_every_query_answers_on_the_corpus(corpus: tuple[CareerGraph, FalkorStore],
                                           name: str) -> None:
    graph, store = corpus
    result = run(store, name, **CORPUS_CASES[name])
    assert result.rows, f"{name} returned nothing for {CORPUS_CASES[name]}"
    check = globals()[f"check_{name}"]
    check(graph, result, store, **CORPUS_CASES[name])


# -- per-query checks against the in-process graph -------------------------------------------
def _role_id(graph: CareerGraph, name: str) -> str:
    return graph.find(name, NodeType.ROLE)


def check_shortest_route(graph: CareerGraph, result: QueryResult, store: Any,
                         **p: str) -> None:
    src, dst = _role_id(graph, p["from"]), _role_id(graph, p["to"])
    [row] = result.records()
    assert row["hops"] == distances(graph, src)[dst]
    assert row["hops"] == find_routes(graph, p["from"], p["to"])[0].moves
    _assert_valid_route(graph, row["roles"], src, dst)


def _assert_valid_route(graph: CareerGraph, roles: list[str], src: str, dst: str) -> None:
    ids = [node_id_by_name(graph, n) for n in roles]
    assert ids[0] == src and ids[-1] == dst
    moves = moves_graph(graph)
    assert all(moves.has_edge(u, v) for u, v in pairwise(ids))


def check_route_to_level(graph: CareerGraph, result: QueryResult, store: Any,
                         **p: str) -> None:
    src = _role_id(graph, p["from"])
    reach = distances(graph, src)
    expected = {n: reach[n] for n, a in graph.nodes(NodeType.ROLE)
                if a.get("level") == p["level"] and n in reach and n != src}
    assert {r["target_id"]: r["hops"] for r in result.records()} == expected
    assert result.column("hops") == sorted(result.column("hops"))
    nearest = find_routes(graph, p["from"], p["level"])[0]
    assert nearest.moves == min(expected.values())


def check_route_skills(graph: CareerGraph, result: QueryResult, store: Any,
                       **p: str) -> None:
    src, dst = _role_id(graph, p["from"]), _role_id(graph, p["to"])
    route = run_route(graph, store, p)
    have = targets(graph, src, EdgeType.REQUIRES)
    expected: dict[str, tuple[int, str]] = {}
    for step, role in enumerate(route[1:], 1):
        for skill in sorted(targets(graph, role, EdgeType.REQUIRES) - have):
            expected.setdefault(graph.name(skill), (step, graph.name(role)))
    got = {r["skill"]: (r["step"], r["role"]) for r in result.records()}
    assert got == expected
    assert len(route) - 1 == distances(graph, src)[dst]


def run_route(graph: CareerGraph, store: Any, p: dict[str, str]) -> list[str]:
    """The route the engine picked (ties between equally short routes are the engine's)."""
    [row] = run(store, "shortest_route", **{"from": p["from"], "to": p["to"]}).records()
    return [node_id_by_name(graph, n) for n in row["roles"]]


def check_skills_gap(graph: CareerGraph, result: QueryResult, store: Any,
                     **p: str) -> None:
    src, dst = _role_id(graph, p["from"]), _role_id(graph, p["to"])
    gap = targets(graph, dst, EdgeType.REQUIRES) - targets(graph, src, EdgeType.REQUIRES)
    assert set(result.column("skill")) == names(graph, gap)
    assert all(kinds for kinds in result.column("kinds"))


def check_who_hires(graph: CareerGraph, result: QueryResult, store: Any,
                    **p: str) -> None:
    role = _role_id(graph, p["role"])
    assert result.column("employer") == sorted(names(graph, sources(graph, role,
                                                                     EdgeType.HIRES)))


def check_roles_requiring_skill(graph: CareerGraph, result: QueryResult, store: Any,
                                **p: str) -> None:
    skill = graph.find(p["skill"], NodeType.SKILL)
    assert set(result.column("role")) == names(graph, sources(graph, skill, EdgeType.REQUIRES))


def check_role_neighbourhood(graph: CareerGraph, result: QueryResult, store: Any,
                             **p: str) -> None:
    role = _role_id(graph, p["role"])
    expected = {(k, "out", v) for _, v, k in graph.nx.out_edges(role, keys=True)}
    expected |= {(k, "in", u) for u, _, k in graph.nx.in_edges(role, keys=True)}
    assert {(r["relation"], r["direction"], r["id"]) for r in result.records()} == expected
    assert all(r["kind"] == graph.node(r["id"])["type"] for r in result.records())


def check_role_sectors_employers(graph: CareerGraph, result: QueryResult, store: Any,
                                 **p: str) -> None:
    role = _role_id(graph, p["role"])
    [row] = result.records()
    assert row["sectors"] == sorted(names(graph, targets(graph, role, EdgeType.IN_SECTOR)))
    assert row["employers"] == sorted(names(graph, sources(graph, role, EdgeType.HIRES)))


def check_top_skills(graph: CareerGraph, result: QueryResult, store: Any,
                     **p: str) -> None:
    assert [tuple(r) for r in result.rows] == top_skills(graph, int(p["limit"]))


# -- routes on a synthetic graph with hundreds of roles ----------------------------------------
def test_synthetic_graph_is_large(synthetic: tuple[CareerGraph, FalkorStore]) -> None:
    graph, store = synthetic
    assert graph.stats().nodes["Role"] >= 300
    assert store.counts().nodes["Role"] == graph.stats().nodes["Role"]


def test_shortest_routes_match_networkx_on_synthetic(
        synthetic: tuple[CareerGraph, FalkorStore]) -> None:
    graph, store = synthetic
    checked = unreachable = 0
    for src, dst in pairs(graph, 60):
        rows = run(store, "shortest_route", **{"from": src, "to": dst}).records()
        expected = distances(graph, src).get(dst)
        if expected is None:
            assert rows == []
            unreachable += 1
            continue
        [row] = rows
        assert row["hops"] == expected
        _assert_valid_route(graph, [graph.name(node_id_by_name(graph, n)) for n in row["roles"]],
                            src, dst)
        checked += 1
    assert checked >= 10 and unreachable >= 1  # the sample covers both cases


@pytest.mark.parametrize("level", ["lead", "director", "c-level"])
def test_routes_to_level_match_networkx_on_synthetic(
        synthetic: tuple[CareerGraph, FalkorStore], level: str) -> None:
    graph, store = synthetic
    for src, _ in pairs(graph, 8, seed=11):
        result = run(store, "route_to_level", **{"from": src, "level": level})
        reach = distances(graph, src)
        expected = {n: reach[n] for n, a in graph.nodes(NodeType.ROLE)
                    if a["level"] == level and n in reach and n != src}
        assert {r["target_id"]: r["hops"] for r in result.records()} == expected
        assert max(expected.values(), default=0) <= MAX_HOPS


def test_routes_match_find_routes_on_synthetic(
        synthetic: tuple[CareerGraph, FalkorStore]) -> None:
    graph, store = synthetic
    compared = 0
    for src, dst in pairs(graph, 40, seed=5):
        if dst not in distances(graph, src):
            continue
        [row] = run(store, "shortest_route", **{"from": src, "to": dst}).records()
        assert row["hops"] == find_routes(graph, graph.name(src), graph.name(dst))[0].moves
        compared += 1
    assert compared >= 5
