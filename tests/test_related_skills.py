"""Related skills: wording variants merge, broader/narrower names stay two skills linked by
RELATED_TO, and routes / skills-gap show a held relative instead of listing "to learn"."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from careergraph import CareerGraph
from careergraph.model import EdgeType, NodeType
from careergraph.related import relate_skills


@pytest.mark.parametrize(("broader", "narrower", "rule"), [
    ("Problem-solving and root-cause analysis", "Problem-Solving", "conjunct"),
    ("Cloud platforms and core services", "Cloud Platforms", "conjunct"),
    ("Containers and orchestration", "Containerization", "conjunct"),
    ("Communication", "Cross Team Communication", "modifier"),
])
def test_broader_and_narrower_names_are_related(broader: str, narrower: str,
                                                rule: str) -> None:
    (relation,) = relate_skills({"skill:a": broader, "skill:b": narrower})
    assert (relation.broader, relation.narrower, relation.rule) == ("skill:a", "skill:b", rule)
    assert 0 < relation.score < 1


@pytest.mark.parametrize("pair", [
    ("Incident Management", "Management"),  # a generic head is no relative
    ("Azure DevOps", "DevOps"),  # a named product is not a kind of DevOps
    ("C++", "C#"),
    ("Python", "Java"),
])
def test_unrelated_names_stay_unrelated(pair: tuple[str, str]) -> None:
    assert relate_skills(dict(zip(("skill:a", "skill:b"), pair, strict=True)),
                         products=["Azure DevOps"]) == []


@pytest.fixture()
def graph(tmp_path: Path) -> CareerGraph:
    (tmp_path / "g.yaml").write_text(yaml.safe_dump({"guides": [
        {"role": "Support Engineer", "skills": {"top": ["Problem-Solving", "Python"]},
         "leads_to": ["Reliability Engineer"]},
        {"role": "Reliability Engineer",
         "skills": {"top": ["Problem-solving and root-cause analysis", "Kubernetes",
                            "Monitoring and Observability"]},
         "leads_to": ["Reliability Lead"]},
        {"role": "Reliability Lead",
         "skills": {"top": ["observability and monitoring", "Cloud platforms and core services",
                            "Problem-solving"]}},
        {"role": "Cloud Engineer", "skills": {"top": ["Cloud Platforms"]}},
    ]}), encoding="utf-8")
    return CareerGraph.from_guides(tmp_path)


def test_wording_variants_merge_and_relatives_are_linked(graph: CareerGraph) -> None:
    names = {a["name"] for _, a in graph.nodes(NodeType.SKILL)}
    assert names == {"Cloud platforms and core services", "Cloud Platforms", "Kubernetes",
                     "Monitoring and Observability", "Problem-solving and root-cause analysis",
                     "Problem-Solving", "Python"}  # "Problem-solving" joined "Problem-Solving"
    observability = graph.node(graph.find("observability and monitoring", NodeType.SKILL))
    assert {m["rule"] for m in observability["mentions"]} >= {"same-words"}
    related = {(graph.name(s), graph.name(d), a["rule"]) for s, d, a in
               graph.edges(EdgeType.RELATED_TO)}
    assert related == {
        ("Problem-solving and root-cause analysis", "Problem-Solving", "conjunct"),
        ("Cloud platforms and core services", "Cloud Platforms", "conjunct")}
    for _, _, attrs in graph.edges(EdgeType.RELATED_TO):
        assert attrs["sources"] and 0 < attrs["score"] <= 1


def test_skills_gap_shows_the_held_relative_instead_of_to_learn(graph: CareerGraph) -> None:
    gap = graph.skills_gap("Support Engineer", "Reliability Engineer")
    assert {s.name for s in gap.learn} == {"Kubernetes", "Monitoring and Observability"}
    (covered,) = gap.covered
    assert covered.name == "Problem-solving and root-cause analysis"
    assert covered.by_name == "Problem-Solving" and covered.rule == "conjunct"


def test_route_does_not_relearn_a_relative_gained_earlier(graph: CareerGraph) -> None:
    (route,) = graph.routes("Support Engineer", "Reliability Lead")
    second, third = route.steps[1], route.steps[2]
    assert [c.name for c in second.covered] == ["Problem-solving and root-cause analysis"]
    assert {s.name for s in third.learn} == {"Cloud platforms and core services"}
    assert "Problem-Solving" not in {s.name for s in route.steps[2].learn}
    assert route.skills_to_learn == 3


def test_have_a_relative_covers_a_requirement(graph: CareerGraph) -> None:
    gap = graph.skills_gap("Cloud Engineer", "Reliability Engineer", have="Problem-Solving")
    assert [c.by_name for c in gap.covered] == ["Problem-Solving"]
    assert "Problem-solving and root-cause analysis" not in {s.name for s in gap.learn}
