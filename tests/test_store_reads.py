"""Queries on a store read only what the answer needs: indexed searches, never a whole table,
and the same answers as the in-memory graph (also for reads of one edge type)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from careergraph.errors import DamagedStoreError
from careergraph.graph import CareerGraph
from careergraph.model import EdgeType, NodeType
from careergraph.storage import GraphStore, MemoryGraph


@pytest.fixture(scope="module")
def bundled(tmp_path_factory: pytest.TempPathFactory) -> tuple[CareerGraph, Path]:
    graph = CareerGraph.from_guides()
    return graph, graph.save(tmp_path_factory.mktemp("store") / "graph.db")


def _plans(store: GraphStore, statements: list[str]) -> set[str]:
    plans: set[str] = set()
    for statement in statements:
        plans.update(row[3] for row in store._db.execute(f"EXPLAIN QUERY PLAN {statement}"))
    return plans


def test_route_gap_and_card_search_indexes_and_never_scan_a_table(
    bundled: tuple[CareerGraph, Path]
) -> None:
    _, path = bundled
    graph = CareerGraph.load(path)
    store = graph.store
    assert store is not None
    statements: list[str] = []
    store._db.set_trace_callback(statements.append)
    graph.routes("MLOps Engineer", "Director", k=3, have="Python")
    graph.routes("MLOps Engineer", "Director", rank_by="effort")
    graph.skills_gap("MLOps Engineer", "Machine Learning Operations Manager", have="k8s")
    graph.role("MLOps Engineer")
    store._db.set_trace_callback(None)
    plans = _plans(store, statements)
    assert statements and plans
    assert not [p for p in plans if p.startswith("SCAN")], plans
    assert graph._graph is None


def test_typed_edge_reads_and_links_match_the_memory_graph(
    bundled: tuple[CareerGraph, Path]
) -> None:
    graph, path = bundled
    store, memory = GraphStore(path), MemoryGraph(graph.nx, graph.lexicon)
    related = EdgeType.RELATED_TO.value
    skills = [node for node, _ in graph.nodes(NodeType.SKILL)]
    assert any(store.links(skill, related) for skill in skills)
    for skill in skills:
        assert store.links(skill, related) == memory.links(skill, related)
        for type_ in (related, EdgeType.REQUIRES.value):
            assert store.in_edges(skill, type_) == memory.in_edges(skill, type_)
            assert store.out_edges(skill, type_) == memory.out_edges(skill, type_)


def test_an_edge_hidden_from_a_typed_read_is_noticed(bundled: tuple[CareerGraph, Path],
                                                      tmp_path: Path) -> None:
    """An edge row that no longer answers to its node (a damaged index or row) makes the
    node's count fall short of its recorded degree: a typed read says the file is damaged."""
    graph, path = bundled
    src, dst, _ = next(graph.edges(EdgeType.RELATED_TO))
    damaged = tmp_path / "damaged.db"
    damaged.write_bytes(path.read_bytes())
    with sqlite3.connect(damaged) as db:
        db.execute("UPDATE edges SET dst = 'skill:elsewhere' WHERE src = ? AND dst = ? "
                   "AND key = ?", (src, dst, EdgeType.RELATED_TO.value))
    store = GraphStore(damaged)
    with pytest.raises(DamagedStoreError, match="are missing"):
        store.in_edges(dst, EdgeType.RELATED_TO.value)
    with pytest.raises(DamagedStoreError, match="are missing"):
        store.links(dst, EdgeType.RELATED_TO.value)


def test_a_name_is_read_without_the_attributes_and_still_checked(
    bundled: tuple[CareerGraph, Path], tmp_path: Path
) -> None:
    graph, path = bundled
    store = CareerGraph.load(path).store
    assert store is not None
    statements: list[str] = []
    store._db.set_trace_callback(statements.append)
    assert store.names(["role:lead-mlops-engineer"]) == {
        "role:lead-mlops-engineer": "Lead MLOps Engineer"}
    assert statements and not any("attrs" in s for s in statements)
    damaged = tmp_path / "damaged.db"
    damaged.write_bytes(path.read_bytes())
    with sqlite3.connect(damaged) as db:
        db.execute("UPDATE nodes SET name = 'Lead MLOps Enginear' WHERE id = ?",
                   ("role:lead-mlops-engineer",))
    with pytest.raises(DamagedStoreError, match="checksum"):
        GraphStore(damaged).names(["role:lead-mlops-engineer"])
    assert graph.name("role:lead-mlops-engineer") == "Lead MLOps Engineer"
