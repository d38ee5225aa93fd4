"""The cypher-shell script export recreates the graph: every ``:param`` literal is evaluated
by a real Cypher engine (the local one) and every statement is run with it, as cypher-shell
would; the result holds exactly the graph's nodes, properties and relationships."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from careergraph import CareerGraph
from careergraph.cypher_script import cypher_literal, parse_script, write_cypher_script
from careergraph.stores.falkor import FalkorStore
from careergraph.stores.rows import load_plan
from cypher_fixtures import fresh_store

HOSTILE = ['x\'}) DETACH DELETE n //', 'say "hi"\\ now', "tab\there\nnewline", "émoji ✓ 日本"]


def _replay(script: str, store: FalkorStore) -> int:
    params: dict[str, Any] = {}
    ran = 0
    for command in parse_script(script):
        if command.kind == "param":
            params = store.run(f"RETURN {command.text} AS p", write=True).rows[0][0]
        elif command.text.lstrip().startswith("CREATE CONSTRAINT"):
            continue  # Neo4j schema DDL: the local engine has its own index statement
        elif command.text.lstrip().startswith("CREATE INDEX"):
            continue
        else:
            store.run(command.text, params, write=True)
            ran += 1
    return ran


def _stored_nodes(store: FalkorStore) -> dict[str, dict[str, Any]]:
    rows = store.run("MATCH (n:CareerGraph) RETURN n.id, properties(n)").rows
    return {row[0]: row[1] for row in rows}


def _expected_nodes(graph: CareerGraph) -> dict[str, dict[str, Any]]:
    return {row["id"]: row for step in load_plan(graph).steps
            if step.statement.startswith("load/nodes_") for row in step.rows}


def test_script_recreates_the_corpus_graph(corpus_graph: CareerGraph, tmp_path: Path) -> None:
    script = write_cypher_script(corpus_graph.nx, tmp_path / "graph.cypher").read_text()
    store = fresh_store()
    assert _replay(script, store) > 0
    assert _stored_nodes(store) == _expected_nodes(corpus_graph)
    counts = store.counts()
    assert counts.edges == {key: n for key, n in load_plan(corpus_graph).expected().items()
                            if key.isupper()}


def test_hostile_text_survives_as_data(tmp_path: Path) -> None:
    graph = nx.MultiDiGraph()
    for i, text in enumerate(HOSTILE):
        graph.add_node(f"skill:s{i}", type="Skill", name=text, aliases=[text],
                       sources=[{"file": "x.txt", "line": i + 1}])
    script = write_cypher_script(graph, tmp_path / "hostile.cypher").read_text()
    for text in HOSTILE:
        assert text not in script.replace(json.dumps(text, ensure_ascii=False), "")
    store = fresh_store()
    _replay(script, store)
    names = sorted(row["name"] for row in _stored_nodes(store).values())
    assert names == sorted(HOSTILE)


@pytest.mark.parametrize("value", [None, True, 0, -7, 2.5, "", "a\"b", [], {}, {"odd key": [1]}])
def test_literals_evaluate_to_the_value(value: Any) -> None:
    store = fresh_store()
    assert store.run(f"RETURN {cypher_literal(value)} AS v", write=True).rows[0][0] == value
