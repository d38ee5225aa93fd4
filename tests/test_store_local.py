"""The local engine as a store: loads are idempotent, namespaced and all-or-nothing; reads
are read-only; values travel as parameters and come back verbatim.  Real engine, no mocks."""

from __future__ import annotations

import networkx as nx
import pytest

from careergraph.errors import StoreError
from careergraph.graph import CareerGraph
from careergraph.stores.falkor import FalkorStore
from careergraph.stores.rows import LoadPlan, LoadStep, load_plan
from cypher_fixtures import dump, fresh_store, shared_engine, synthetic_graph

HOSTILE = "x'}) DETACH DELETE n //"


@pytest.fixture()
def store() -> FalkorStore:
    s = fresh_store()
    yield s
    s._drop(s.graph)


def _expected_counts(graph: CareerGraph) -> tuple[dict[str, int], dict[str, int]]:
    stats = graph.stats()
    return ({k: v for k, v in stats.nodes.items() if v},
            {k: v for k, v in stats.edges.items() if v})


def test_load_writes_every_node_and_edge_verbatim(store: FalkorStore,
                                                  corpus_graph: CareerGraph) -> None:
    report = store.load(corpus_graph, batch_size=50)
    nodes, edges = _expected_counts(corpus_graph)
    assert (report.counts.nodes, report.counts.edges) == (nodes, edges)
    assert report.batches > len(report.counts.nodes)  # batch size 50 split the big steps
    stored, _ = dump(store)
    for step in load_plan(corpus_graph).steps:
        for row in step.rows:
            if "src" not in row:
                assert stored[row["id"]]["props"] == row
                assert stored[row["id"]]["labels"] == sorted(["CareerGraph", step.kind])


def test_loading_twice_gives_the_same_graph(store: FalkorStore,
                                            corpus_graph: CareerGraph) -> None:
    store.load(corpus_graph)
    first = dump(store)
    report = store.load(corpus_graph)
    assert dump(store) == first
    assert report.counts.as_plan_counts() == {**_expected_counts(corpus_graph)[0],
                                               **_expected_counts(corpus_graph)[1]}


def test_replace_touches_only_careergraph_data(store: FalkorStore,
                                               corpus_graph: CareerGraph) -> None:
    store.load(corpus_graph)
    store.run("CREATE (:Person {name: 'Ada'})-[:KNOWS]->(:Person {name: 'Grace'})",
              write=True)
    small = synthetic_graph(tracks=2, seed=1)
    report = store.load(small, replace=True)
    nodes, edges = _expected_counts(small)
    assert (report.counts.nodes, report.counts.edges) == (nodes, edges)
    people = store.run("MATCH (a:Person)-[:KNOWS]->(b:Person) RETURN a.name, b.name")
    assert people.rows == [["Ada", "Grace"]]
    gone = store.run("MATCH (n:CareerGraph {id: 'role:mlops-engineer'}) RETURN n")
    assert gone.rows == []


def test_load_without_replace_keeps_earlier_careergraph_nodes(store: FalkorStore) -> None:
    store.load(synthetic_graph(tracks=2, seed=1))
    g = nx.MultiDiGraph()
    g.add_node("role:other", type="Role", name="Other", aliases=["Other"], sources=[])
    store.load(CareerGraph(g))
    assert store.counts().nodes["Role"] == 17  # upsert: nothing is deleted without --replace


def _failing_plan(graph: CareerGraph, bad: LoadStep) -> LoadPlan:
    steps = load_plan(graph).steps
    return LoadPlan(steps=[*steps[:2], bad, *steps[2:]])  # fails after two steps wrote rows


@pytest.mark.parametrize("bad", [
    LoadStep(statement="load/edges_requires", kind="REQUIRES",
             rows=[{"src": "role:no-such-role", "dst": "skill:nothing", "props": {}}]),
    LoadStep(statement="load/nodes_skill", kind="Skill",
             rows=[{"id": "skill:bad", "nested": {"a": 1}}]),
], ids=["missing-endpoint", "engine-rejects-a-value"])
def test_failed_load_leaves_the_previous_graph_intact(store: FalkorStore,
                                                      corpus_graph: CareerGraph,
                                                      bad: LoadStep) -> None:
    store.load(corpus_graph)
    before = dump(store)
    other = synthetic_graph(tracks=3, seed=2)
    with pytest.raises(StoreError) as caught:
        store.load_plan(_failing_plan(other, bad), replace=True, batch_size=7)
    message = str(caught.value)
    assert "intact" in message and "failed while" in message
    assert bad.statement in message
    assert dump(store) == before
    assert store.run("MATCH (r:Role {id: 'role:mlops-engineer'}) RETURN r.name").rows \
        == [["MLOps Engineer"]]
    keys = shared_engine().client().connection.execute_command("GRAPH.LIST")
    assert not [k for k in keys if str(k).startswith(f"{store.graph}.staging")]


def test_reads_refuse_writes(store: FalkorStore, corpus_graph: CareerGraph) -> None:
    store.load(corpus_graph)
    before = store.counts()
    with pytest.raises(StoreError, match="read-only unless --write"):
        store.run("MATCH (n:CareerGraph) DETACH DELETE n")
    with pytest.raises(StoreError, match="read-only"):
        store.run("CREATE (:Person {name: $name})", {"name": "x"})
    assert store.counts() == before


@pytest.mark.parametrize("text", [
    HOSTILE, '" }) MATCH (n) DETACH DELETE n //', "a\\", "line\nbreak", "`$x`", "漢字 🙂", "",
])
def test_parameter_text_is_stored_verbatim(store: FalkorStore, text: str) -> None:
    store.run("CREATE (:Probe {value: $value})", {"value": text}, write=True)
    assert store.run("MATCH (p:Probe) RETURN p.value, count(*)").rows == [[text, 1]]


def test_guide_text_with_cypher_in_it_loads_verbatim(store: FalkorStore) -> None:
    g = nx.MultiDiGraph()
    g.add_node("role:x", type="Role", name=HOSTILE, aliases=[HOSTILE, 'Quote " role'],
               sources=[{"file": "evil'}).txt", "line": 1}], summary="a\\b\n")
    store.load(CareerGraph(g))
    [[name, aliases, source, summary]] = store.run(
        "MATCH (r:Role) RETURN r.name, r.aliases, r.sources, r.summary").rows
    assert (name, aliases, source, summary) == (HOSTILE, [HOSTILE, 'Quote " role'],
                                                ["evil'}).txt:1"], "a\\b\n")


@pytest.mark.parametrize("value", ["nul\x00", float("nan"), 2**70, object()])
def test_parameters_the_engine_cannot_carry_are_refused(store: FalkorStore,
                                                        value: object) -> None:
    with pytest.raises(StoreError, match=r"parameter \$v"):
        store.run("RETURN $v", {"v": value})


def test_missing_statement_parameter_is_named(store: FalkorStore) -> None:
    from careergraph.stores.cypher import statement

    with pytest.raises(StoreError, match=r"needs parameter \$role"):
        statement("queries/who_hires").bind({})


def test_bad_batch_size_is_refused_before_writing(store: FalkorStore,
                                                  corpus_graph: CareerGraph) -> None:
    with pytest.raises(StoreError, match="batch size"):
        store.load(corpus_graph, batch_size=0)
    assert store.counts().nodes == {}
