"""``careergraph path`` and ``careergraph skills-gap``: exit codes, messages, JSON shape.

Most tests run on a saved hand-made graph (``--graph FILE``); the corpus ones are at the end.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from careergraph.cli import app
from careergraph.errors import EXIT_CODES, NoRouteError, ResolveError
from careergraph.graph import CareerGraph
from careergraph.routes import Route, SkillsGap, find_routes
from test_routes import ladder


@pytest.fixture()
def graph_file(tmp_path: Path) -> Path:
    return ladder().cg.save(tmp_path / "ladder.json")


def run(cli: CliRunner, *args: str) -> tuple[int, str, str]:
    result = cli.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_path_prints_the_chain_skills_and_sources(cli: CliRunner, graph_file: Path) -> None:
    code, out, _ = run(cli, "path", "MLOps Engineer", "Director", "--graph", str(graph_file))
    assert code == 0
    assert "Route 1/1: 2 move(s)" in out
    assert "MLOps Engineer (mid) → Senior MLOps Engineer (senior) → Head of AI" in out
    assert "Kubernetes" in out and "senior.txt:" in out  # skill with its source line
    assert "LEADS_TO" in out and "eng.txt:" in out  # the move with the guide line
    assert "has no guide" in out


def test_path_json_shape(cli: CliRunner, graph_file: Path) -> None:
    code, out, _ = run(cli, "path", "MLOps Engineer", "Director", "--graph", str(graph_file),
                       "--routes", "3", "--have", "k8s, Basket Weaving", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["options"] == {"k": 3, "have": "k8s, Basket Weaving", "lateral": True,
                               "downward": True, "rank_by": "moves"}
    routes = [Route.model_validate(r) for r in data["routes"]]
    assert [r.moves for r in routes] == [2, 3]
    assert routes[0].unknown_have == ["Basket Weaving"]
    assert routes[0].skills == ["System Design"]  # Kubernetes is had
    expected = find_routes(CareerGraph.load(graph_file), "MLOps Engineer", "Director", k=3,
                           have="k8s, Basket Weaving")
    assert data["routes"] == [r.model_dump(mode="json") for r in expected]


def test_no_lateral_unreachable_exits_4_and_names_the_option(cli: CliRunner,
                                                             graph_file: Path) -> None:
    code, out, err = run(cli, "path", "MLOps Engineer", "VP", "--no-lateral",
                         "--graph", str(graph_file))
    assert code == EXIT_CODES[NoRouteError] == 4
    assert "--no-lateral" in err and "no route from 'MLOps Engineer'" in err
    assert out == ""


def test_unknown_role_exits_3_with_candidates(cli: CliRunner, graph_file: Path) -> None:
    code, _, err = run(cli, "path", "Astronaut", "Director", "--graph", str(graph_file))
    assert code == EXIT_CODES[ResolveError] == 3
    assert "no role named: 'Astronaut'" in err and "closest:" in err


def test_effort_and_no_downward_options(cli: CliRunner, graph_file: Path) -> None:
    code, out, _ = run(cli, "path", "MLOps Engineer", "Director", "--by", "effort",
                       "--no-downward", "--json", "--graph", str(graph_file))
    assert code == 0
    data = json.loads(out)
    assert data["options"]["rank_by"] == "effort" and data["options"]["downward"] is False
    assert data["routes"][0]["rank_by"] == "effort"
    code, _, _ = run(cli, "path", "MLOps Engineer", "Director", "--by", "salary",
                     "--graph", str(graph_file))
    assert code == 2  # usage error from typer


def test_html_hook_writes_a_page(cli: CliRunner, graph_file: Path, tmp_path: Path) -> None:
    out_file = tmp_path / "route.html"
    code, out, err = run(cli, "path", "MLOps Engineer", "Director", "--graph", str(graph_file),
                         "--html", str(out_file))
    assert code == 0, err
    assert out_file.is_file() and "Head of AI Infrastructure" in out_file.read_text("utf-8")
    assert "Wrote the HTML view" in out


def test_skills_gap_text_and_json(cli: CliRunner, graph_file: Path) -> None:
    code, out, _ = run(cli, "skills-gap", "MLOps Engineer", "Senior MLOps Engineer",
                       "--graph", str(graph_file))
    assert code == 0
    assert "to learn (2)" in out and "Kubernetes" in out and "Direct move: LEADS_TO" in out
    code, out, _ = run(cli, "skills-gap", "MLOps Engineer", "Senior MLOps Engineer",
                       "--have", "K8s", "--json", "--graph", str(graph_file))
    gap = SkillsGap.model_validate(json.loads(out))
    assert [s.name for s in gap.learn] == ["System Design"]
    code, _, err = run(cli, "skills-gap", "MLOps Engineer", "Astronaut",
                       "--graph", str(graph_file))
    assert code == 3 and "Astronaut" in err


def test_commands_have_help_with_an_example(cli: CliRunner) -> None:
    for command in ("path", "skills-gap"):
        code, out, _ = run(cli, command, "--help")
        assert code == 0 and "Example:" in out


# -- the bundled corpus ------------------------------------------------------------------


def test_corpus_path_to_director(cli: CliRunner, corpus_graph: CareerGraph) -> None:
    expected = find_routes(corpus_graph, "MLOps Engineer", "Director", k=3)
    code, out, _ = run(cli, "path", "MLOps Engineer", "Director", "--routes", "3", "--json")
    assert code == 0
    data = json.loads(out)
    assert [r["steps"][-1]["role"] for r in data["routes"]] == [r.end.role for r in expected]
    assert len({r["steps"][-1]["role_id"] for r in data["routes"]}) > 1
    assert all(r["steps"][-1]["level"] == "director" for r in data["routes"])
