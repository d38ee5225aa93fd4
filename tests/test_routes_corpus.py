"""Routes on the bundled corpus: the answers the guides imply.

What the guides say (data/guides/):
- mlops-ml-platform-engineer.card.txt:25 — MLOps Engineer can lead to Senior MLOps;
- senior-mlops-engineer.longform.txt:109 — advancement paths "AI Operations Manager, Head of
  AI Infrastructure";
- lead-mlops-engineer.longform.txt:20 — "Junior MLOps Engineer → MLOps Engineer → Senior MLOps
  Engineer → MLOps Team Lead → Director of MLOps";
- lead-mlops-engineer.longform.txt:108 — the career ladder up to Lead MLOps Engineer, whose
  card (line 33) can lead to Director of Machine Learning Platform.

So from MLOps Engineer the nearest director-level role is Head of AI Infrastructure, two
moves away; Director of MLOps and Director of Machine Learning Platform are three away.
"""

from __future__ import annotations

import pytest

from careergraph.errors import NoRouteError, ResolveError
from careergraph.graph import CareerGraph
from careergraph.model import EdgeType, Seniority
from careergraph.routes import find_routes, skills_gap


def labels(step: object) -> list[str]:
    move = getattr(step, "move", None)
    return [s.label for s in move.sources] if move else []


def test_shortest_route_to_director(corpus_graph: CareerGraph) -> None:
    [route] = find_routes(corpus_graph, "MLOps Engineer", "Director")
    assert route.roles == ["MLOps Engineer", "Senior MLOps Engineer",
                           "Head of AI Infrastructure"]
    assert route.moves == 2 and route.lateral_moves == 0
    assert route.end.level is Seniority.DIRECTOR
    assert "mlops-ml-platform-engineer.card.txt:25" in labels(route.steps[1])
    assert "lead-mlops-engineer.longform.txt:20" in labels(route.steps[1])
    assert labels(route.steps[2]) == ["senior-mlops-engineer.longform.txt:109"]
    assert all(s.move.type is EdgeType.LEADS_TO for s in route.steps[1:] if s.move)


def test_three_routes_reach_three_director_roles(corpus_graph: CareerGraph) -> None:
    routes = find_routes(corpus_graph, "MLOps Engineer", "Director", k=3)
    assert [(r.moves, r.end.role) for r in routes] == [
        (2, "Head of AI Infrastructure"),
        (3, "Director of Machine Learning Platform"),
        (3, "Director of MLOps"),
    ]
    long_form = routes[2]
    assert long_form.roles == ["MLOps Engineer", "Senior MLOps Engineer", "MLOps Team Lead",
                               "Director of MLOps"]
    # the Lead long-form chain states every move of this route on one line
    assert all("lead-mlops-engineer.longform.txt:20" in labels(s) for s in long_form.steps[1:])
    assert labels(routes[1].steps[3]) == ["lead-mlops-engineer.card.txt:33"]
    assert all(r.end.level is Seniority.DIRECTOR for r in routes)


def test_named_director_follows_the_long_form_chain(corpus_graph: CareerGraph) -> None:
    routes = find_routes(corpus_graph, "MLOps Engineer", "Director of MLOps", k=3)
    assert [r.roles for r in routes] == [["MLOps Engineer", "Senior MLOps Engineer",
                                          "MLOps Team Lead", "Director of MLOps"]]


def test_skills_per_step_with_sources(corpus_graph: CareerGraph) -> None:
    [route] = find_routes(corpus_graph, "MLOps Engineer", "Director")
    start, senior, head = route.steps
    assert start.learn == [] and start.requirements_known
    assert {s.sources[0].file for s in senior.learn} == {"senior-mlops-engineer.longform.txt"}
    assert "Apache Kafka" in [s.name for s in senior.learn]
    # the MLOps Engineer card's often-missing skills, on the move out of it
    assert "Kubernetes and cloud deployment experience" in [s.name for s in senior.often_missing]
    assert {s.sources[0].label for s in senior.often_missing} == {
        "mlops-ml-platform-engineer.card.txt:38"}
    # no guide for the Head role: flagged, not "nothing to learn"
    assert not head.requirements_known and head.note and "no guide" in head.note
    assert route.unknown_requirements == ["Head of AI Infrastructure"]
    assert route.skills_to_learn == len(senior.learn) == len(set(route.skills))
    # The card's own bands (the Lead long-form guide's MLOps Engineer figures come too).
    own = [s for s in start.salaries if s.source.file == "mlops-ml-platform-engineer.card.txt"]
    assert own and own[0].min == 120_000


def test_have_subtracts_skills(corpus_graph: CareerGraph) -> None:
    target = "Director of Machine Learning Platform"
    [plain] = find_routes(corpus_graph, "MLOps Engineer", target)
    [had] = find_routes(corpus_graph, "MLOps Engineer", target,
                        have="terraform, MLFlow, Apache Kafka, Basket Weaving")
    assert plain.roles == had.roles
    assert {"Apache Kafka", "Terraform", "MLflow"} <= set(plain.skills)
    assert not {"Apache Kafka", "Terraform", "MLflow"} & set(had.skills)
    assert had.skills_to_learn == plain.skills_to_learn - 3
    # Kubernetes is required by the MLOps Engineer card already, so it is held from the start
    assert "Kubernetes" not in plain.skills
    assert had.unknown_have == ["Basket Weaving"]


def test_effort_ranking_on_the_corpus(corpus_graph: CareerGraph) -> None:
    routes = find_routes(corpus_graph, "MLOps Engineer", "Director", k=3, rank_by="effort")
    assert [r.end.role for r in routes] == ["Head of AI Infrastructure", "Director of MLOps",
                                            "Director of Machine Learning Platform"]
    efforts = [r.skills_to_learn for r in routes]
    assert efforts == sorted(efforts) and efforts[0] < efforts[-1]


def test_no_lateral_on_the_corpus(corpus_graph: CareerGraph) -> None:
    [manager] = find_routes(corpus_graph, "MLOps Engineer", "Manager")
    assert manager.roles == ["MLOps Engineer", "Engineering Manager"]
    assert manager.steps[1].move is not None and manager.steps[1].move.lateral
    [progression] = find_routes(corpus_graph, "MLOps Engineer", "Manager", lateral=False)
    assert progression.roles == ["MLOps Engineer", "Senior MLOps Engineer",
                                 "AI Operations Manager"]
    with pytest.raises(NoRouteError, match="--no-lateral"):
        find_routes(corpus_graph, "Lead MLOps Engineer", "Site Reliability Engineer",
                    lateral=False)


def test_unreachable_and_unknown_on_the_corpus(corpus_graph: CareerGraph) -> None:
    # Only the Machine Learning Operations Manager guide names Head of AI Operations, and no
    # guide leads to that manager role.
    with pytest.raises(NoRouteError, match="no chain"):
        find_routes(corpus_graph, "Lead MLOps Engineer", "Head of AI Operations",
                    lateral=False)
    with pytest.raises(ResolveError) as err:
        find_routes(corpus_graph, "MLOps Engineer", "Chief Astronaut Officer")
    assert err.value.candidates
    [route] = find_routes(corpus_graph, "mlops eng", "Senior MLOps Engineer")
    assert route.source.name == "MLOps Engineer"


def test_skills_gap_on_the_corpus(corpus_graph: CareerGraph) -> None:
    gap = skills_gap(corpus_graph, "MLOps Engineer", "Machine Learning Operations Manager")
    names = [s.name for s in gap.learn]
    assert "Hiring and Coaching" in names and "Stakeholder Management" in names
    assert gap.direct_move is None and gap.target_requirements_known
    assert {s.sources[0].file for s in gap.learn} == {
        "machine-learning-operations-manager.card.txt"}
    assert "Kubernetes and cloud deployment experience" in [s.name for s in gap.often_missing]
