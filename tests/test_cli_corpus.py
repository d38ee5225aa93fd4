"""CLI: build, stats, role, export — exit codes, messages, then the state via the library."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from careergraph import CareerGraph
from careergraph.cli import app
from careergraph.resources import guides_dir


def test_build_prints_a_summary_and_saves(cli: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "graph.json"
    result = cli.invoke(app, ["build", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "Built 5 guides" in result.output
    assert "machine-learning-operations-manager.card.txt" in result.output
    graph = CareerGraph.load(out)
    assert graph.role("MLOps Engineer").name == "MLOps Engineer"


def test_build_takes_guides_as_option_like_every_other_command(
    cli: CliRunner, tmp_path: Path
) -> None:
    one, two = tmp_path / "a", tmp_path / "b"
    one.mkdir()
    two.mkdir()
    (one / "tiler.txt").write_text(
        "Floor Tiler\nKey Responsibilities\n- Lay tiles\nTop Skills\nGrouting\n"
        "Career Progression\nCan Lead To\nTiling Supervisor\n", encoding="utf-8")
    (two / "glazier.txt").write_text(
        "Glazier\nKey Responsibilities\n- Fit glass\nTop Skills\nGlass cutting\n"
        "Career Progression\nCan Lead To\nGlazing Supervisor\n", encoding="utf-8")
    out = tmp_path / "graph.json"
    result = cli.invoke(app, ["build", str(one), "--guides", str(two), "--out", str(out),
                              "--no-cache"])
    assert result.exit_code == 0, result.output
    assert "Built 2 guides" in result.output
    graph = CareerGraph.load(out)
    assert {graph.role("Floor Tiler").name, graph.role("Glazier").name} == {
        "Floor Tiler", "Glazier"}


def test_build_a_users_folder_and_query_it_with_guides_and_graph(
    cli: CliRunner, tmp_path: Path
) -> None:
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "de.txt").write_text(
        "Data Engineer\nCareer GuideKey Responsibilities\n- Build pipelines\n"
        "Top Skills for Success\nSQL\nPython\nCareer Progression\nCan Lead To\n"
        "Senior Data Engineer\nTransition Opportunities\nAnalytics Engineer\n",
        encoding="utf-8",
    )
    result = cli.invoke(app, ["role", "Data Engineer", "--guides", str(folder), "--json"])
    assert result.exit_code == 0, result.output
    card = json.loads(result.output)
    assert card["name"] == "Data Engineer"
    assert [r["name"] for r in card["leads_to"]] == ["Senior Data Engineer"]
    saved = tmp_path / "mine.json"
    assert cli.invoke(app, ["build", str(folder), "--out", str(saved)]).exit_code == 0
    again = cli.invoke(app, ["role", "data engineer", "--graph", str(saved), "--json"])
    assert json.loads(again.output)["id"] == "role:data-engineer"


def test_stats_shows_coverage_per_guide(cli: CliRunner) -> None:
    result = cli.invoke(app, ["stats"])
    assert result.exit_code == 0, result.output
    for path in guides_dir().iterdir():
        assert path.name in result.output
    assert "100.0%" in result.output
    data = json.loads(cli.invoke(app, ["stats", "--json"]).output)
    assert data["nodes"]["Employer"] == 19
    assert {g["file"] for g in data["guides"]} == {p.name for p in guides_dir().iterdir()}


def test_stats_unused_lists_lines_with_file_and_line(cli: CliRunner) -> None:
    result = cli.invoke(app, ["stats", "--unused"])
    assert result.exit_code == 0
    assert "senior-mlops-engineer.longform.txt:" in result.output


def test_role_card_shows_aliases_with_who_said_them(cli: CliRunner) -> None:
    result = cli.invoke(app, ["role", "Senior Machine Learning Operations (MLOps) Engineer"])
    assert result.exit_code == 0, result.output
    assert "Senior MLOps Engineer" in result.output
    assert "Senior MLOps / Senior ML Platform Engineer" in result.output
    assert "mlops-ml-platform-engineer.card.txt:25" in result.output


def test_unknown_role_exits_3_with_candidates(cli: CliRunner) -> None:
    result = cli.invoke(app, ["role", "Astronaut"])
    assert result.exit_code == 3
    assert "no role named" in result.output


def test_debug_shows_the_traceback_instead_of_the_short_message(cli: CliRunner) -> None:
    short = cli.invoke(app, ["role", "Astronaut"])
    assert short.exit_code == 3 and short.exception is not None  # SystemExit
    assert isinstance(short.exception, SystemExit)
    debug = cli.invoke(app, ["--debug", "role", "Astronaut"])
    assert type(debug.exception).__name__ == "ResolveError"
    again = cli.invoke(app, ["role", "Astronaut"])  # --debug does not leak into the next run
    assert again.exit_code == 3


def test_bad_guide_is_reported_and_strict_fails(cli: CliRunner, tmp_path: Path) -> None:
    folder = tmp_path / "g"
    folder.mkdir()
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "ok.txt").write_text(
        "Data Engineer\nCareer GuideKey Responsibilities\n- Build pipelines\n", encoding="utf-8")
    # A rejected guide is reported, then build exits 2 (bad input) unless --keep-going.
    rejecting = cli.invoke(app, ["build", str(folder)])
    assert rejecting.exit_code == 2, rejecting.output
    assert "2 guides: 1 used, 1 rejected" in rejecting.output
    assert "empty.txt: rejected — empty guide file" in rejecting.output
    lenient = cli.invoke(app, ["build", str(folder), "--keep-going"])
    assert lenient.exit_code == 0, lenient.output
    assert "empty.txt" in lenient.output
    strict = cli.invoke(app, ["build", str(folder), "--strict"])
    assert strict.exit_code == 2
    assert "empty.txt" in strict.output


def test_export_formats(cli: CliRunner, tmp_path: Path) -> None:
    for fmt, target in (("json", "g.json"), ("graphml", "g.graphml"), ("csv", "csvdir"),
                        ("cypher", "g.cypher")):
        result = cli.invoke(app, ["export", "--format", fmt, "--out", str(tmp_path / target)])
        assert result.exit_code == 0, result.output
        assert (tmp_path / target).exists()
    assert (tmp_path / "csvdir" / "nodes_Role.csv").is_file()
    assert ":param {rows: [" in (tmp_path / "g.cypher").read_text()


def test_graph_file_that_is_not_a_graph_is_a_clear_error(cli: CliRunner, tmp_path: Path) -> None:
    bogus = tmp_path / "x.json"
    bogus.write_text("{\"hello\": 1}", encoding="utf-8")
    result = cli.invoke(app, ["stats", "--graph", str(bogus)])
    assert result.exit_code == 2
    assert "not a careergraph graph file" in result.output
