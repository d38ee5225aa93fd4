"""Exports round-trip: what is written reads back as the same graph."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx

from careergraph import CareerGraph
from careergraph.export import ExportFormat, read_csv, read_graphml, read_json, write_export


def _same(a: nx.MultiDiGraph, b: nx.MultiDiGraph) -> None:
    assert dict(a.nodes(data=True)) == dict(b.nodes(data=True))
    assert sorted(a.edges(keys=True, data=True)) == sorted(b.edges(keys=True, data=True))


def test_node_link_json_round_trip(corpus_graph: CareerGraph, tmp_path: Path) -> None:
    path = write_export(corpus_graph.nx, ExportFormat.JSON, tmp_path / "g.json")
    data = json.loads(path.read_text())
    node = next(n for n in data["nodes"] if n["id"] == "role:mlops-engineer")
    assert node["type"] == "Role" and node["name"] == "MLOps Engineer"
    assert "MLOps / ML Platform Engineer" in node["aliases"]
    assert {e["type"] for e in data["edges"]} == {"LEADS_TO", "TRANSITIONS_TO", "REQUIRES",
                                                  "HIRES", "IN_SECTOR", "RELATED_TO"}
    _same(read_json(path), corpus_graph.nx)


def test_graphml_is_readable_by_networkx(corpus_graph: CareerGraph, tmp_path: Path) -> None:
    path = write_export(corpus_graph.nx, ExportFormat.GRAPHML, tmp_path / "g.graphml")
    plain = nx.read_graphml(path)  # what Gephi/Cytoscape/yEd see: scalar attributes
    assert plain.nodes["role:mlops-engineer"]["name"] == "MLOps Engineer"
    _same(read_graphml(path), corpus_graph.nx)


def test_neo4j_admin_csv_round_trip(corpus_graph: CareerGraph, tmp_path: Path) -> None:
    folder = write_export(corpus_graph.nx, ExportFormat.CSV, tmp_path / "csv")
    header = (folder / "nodes_Role.csv").read_text().splitlines()[0]
    assert header.startswith("id:ID,name,aliases:string[]") and header.endswith(":LABEL")
    rel_header = (folder / "relationships_LEADS_TO.csv").read_text().splitlines()[0]
    assert rel_header.startswith(":START_ID,:END_ID") and rel_header.endswith(":TYPE")
    script = (folder / "import.sh").read_text()
    assert "neo4j-admin database import full" in script
    assert "--nodes=Role=/import/nodes_Role.csv" in script
    _same(read_csv(folder), corpus_graph.nx)
