"""The synthetic corpus generator (benchmarks/generate.py): deterministic, covers every
layout and kind of messiness, and the real parsers + resolution recover its ground truth."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from benchmarks.generate import corpus_digest, generate

from careergraph import CareerGraph
from careergraph.model import EdgeType, NodeType

SEED = 17  # a seed whose 50 guides include three acronyms, slash titles, bundles


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("corpus-50")
    generate(50, root, seed=SEED)
    return root


@pytest.fixture(scope="module")
def truth(corpus: Path) -> dict[str, Any]:
    document: dict[str, Any] = json.loads((corpus / "truth.json").read_text("utf-8"))
    return document


@pytest.fixture(scope="module")
def graph(corpus: Path) -> CareerGraph:
    return CareerGraph.from_guides([corpus / "guides"])


def test_same_seed_same_bytes_other_seed_other_bytes(tmp_path: Path, corpus: Path) -> None:
    generate(50, tmp_path / "again", seed=SEED)
    generate(50, tmp_path / "other", seed=SEED + 1)
    assert corpus_digest(tmp_path / "again") == corpus_digest(corpus)
    assert corpus_digest(tmp_path / "other") != corpus_digest(corpus)


def test_every_layout_and_messiness_is_present(corpus: Path, truth: dict[str, Any]) -> None:
    assert len(truth["guides"]) == 50
    layouts = {g["layout"] for g in truth["guides"]}
    assert layouts == {"card", "longform", "yaml", "json"}
    texts = {p.name: p.read_text("utf-8") for p in (corpus / "guides").iterdir()}
    cards = [t for n, t in texts.items() if n.endswith(".card.txt")]
    longforms = [t for n, t in texts.items() if n.endswith(".longform.txt")]
    assert any("Career GuideKey Responsibilities" in t for t in cards)  # glued heading
    assert any(re.search(r"Major Employers\n[^\n]*[a-z][A-Z]", t) for t in cards)  # glued list
    assert any(re.search(r"[a-z]2\n", t) for t in cards)  # glued step number
    assert any(" / " in t.splitlines()[0] for t in cards)  # slash title
    assert any(not t.startswith(("Overview",)) for t in longforms)
    assert any(t.startswith("Overview") for t in longforms)  # long-form without a title line
    assert any(" → " in t for t in longforms)
    assert truth["acronyms"], "an acronym spelt out in a title (e.g. 'Data Operations (DataOps)')"
    spelt = [s for r in truth["roles"].values() for s in r["spellings"]]
    assert any(s.startswith("Sr. ") for s in spelt)
    assert any(s.endswith(")") for s in spelt)  # "(remote)", "(ACR)" qualifiers
    assert any('"guides"' in t or t.startswith("guides:") for t in texts.values())  # bundles


def test_roles_recovered_one_node_each(graph: CareerGraph, truth: dict[str, Any]) -> None:
    role_nodes = [n for n, _ in graph.nodes(NodeType.ROLE)]
    node_of = {key: graph.find(role["title"]) for key, role in truth["roles"].items()}
    assert len(set(node_of.values())) == len(truth["roles"])  # no two roles merged
    assert sorted(node_of.values()) == sorted(role_nodes)  # and no extra role nodes
    assert len(role_nodes) == 49
    for key, role in truth["roles"].items():
        assert graph.node(node_of[key])["level"] == role["level"], role["title"]
        for spelling in role["spellings"]:  # aliases, acronyms, "Sr.", slash titles
            assert graph.find(spelling) == node_of[key], (spelling, role["title"])


def test_guide_subjects_and_moves_recovered(graph: CareerGraph, truth: dict[str, Any]) -> None:
    node_of = {key: graph.find(role["title"]) for key, role in truth["roles"].items()}
    subjects = sorted((g.file, g.role_id) for g in graph.report.guides)
    assert subjects == sorted((g["file"], node_of[g["role"]]) for g in truth["guides"])
    for edge_type, field in ((EdgeType.LEADS_TO, "leads_to"),
                             (EdgeType.TRANSITIONS_TO, "transitions_to")):
        found = sorted((s, d) for s, d, _ in graph.edges(edge_type))
        expected = sorted((node_of[a], node_of[b]) for a, b in truth[field])
        assert found == expected, edge_type
    assert len(truth["leads_to"]) == 54 and len(truth["transitions_to"]) == 52
    assert graph.report.dropped == []


def test_skills_employers_sectors_of_card_and_structured_guides(
    graph: CareerGraph, truth: dict[str, Any]
) -> None:
    requires = {(s, d) for s, d, _ in graph.edges(EdgeType.REQUIRES)}
    hires = {(s, d) for s, d, _ in graph.edges(EdgeType.HIRES)}
    sectors = {(s, d) for s, d, _ in graph.edges(EdgeType.IN_SECTOR)}
    checked = 0
    for guide in truth["guides"]:
        if guide["layout"] == "longform":
            continue
        role = graph.find(truth["roles"][guide["role"]]["title"])
        for names in guide["skills"].values():
            for name in names:
                assert (role, graph.find(name, NodeType.SKILL)) in requires, name
                checked += 1
        for name in guide["employers"]:
            assert (graph.find(name, NodeType.EMPLOYER), role) in hires, name
        for name in guide["sectors"]:
            assert (role, graph.find(name, NodeType.SECTOR)) in sectors, name
    assert checked > 500
