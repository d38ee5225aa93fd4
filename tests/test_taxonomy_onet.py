"""O*NET's text database: occupations, titles, rated skills and knowledge, technology skills,
related occupations and job zones built into the graph, with each fact's row line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from careergraph import CareerGraph
from careergraph.cli import app
from careergraph.guides import load_corpus
from careergraph.guides.taxonomy import TaxonomyOptions
from careergraph.model import Severity

ONET = Path(__file__).parent / "fixtures" / "taxonomy" / "onet"
ENGINEERS = "role:data-engineers"


@pytest.fixture(scope="module")
def graph() -> CareerGraph:
    return CareerGraph.from_guides(ONET)


def _kinds(graph: CareerGraph, role: str) -> dict[str, list[str]]:
    return {graph.nx.nodes[skill]["name"]: attrs["kinds"]
            for _, skill, attrs in graph.nx.out_edges(role, data=True)
            if attrs["type"] == "REQUIRES"}


def test_occupations_titles_and_aliases(graph: CareerGraph) -> None:
    roles = {a["name"]: a for _, a in graph.nx.nodes(data=True) if a["type"] == "Role"}
    assert len(roles) == 12
    engineers = roles["Data Engineers"]
    assert {"file": "Occupation Data.txt", "line": 2} in engineers["sources"]
    assert {"Big Data Engineer", "Data Pipeline Engineer"} <= set(engineers["aliases"])
    assert "DW Architect" in roles["Database Architects"]["aliases"]  # a Short Title


def test_rated_elements_above_the_threshold_are_skills_with_their_kind(
    graph: CareerGraph,
) -> None:
    kinds = _kinds(graph, ENGINEERS)
    assert kinds["Programming"] == ["technical"]
    assert kinds["Coordination"] == ["soft"]  # a Social Skill (2.B.1.*)
    assert kinds["Computers and Electronics"] == ["technical"]  # Knowledge.txt
    assert kinds["Apache Spark"] == ["tool"]  # Technology Skills.txt
    assert "Speaking" not in kinds  # importance 2.75 < 3.0
    edge = graph.nx.edges[ENGINEERS, "skill:programming", "REQUIRES"]
    assert edge["sources"] == [{"file": "Skills.txt", "line": 4}]


def test_the_threshold_is_an_option_and_what_it_leaves_out_is_counted() -> None:
    default = load_corpus([ONET])
    notes = {p.file: p.message for p in default.problems if p.line == 1}
    assert notes["Skills.txt"] == "3 importance ratings below 3.0 not read as requirements"
    assert notes["Knowledge.txt"] == "1 importance ratings below 3.0 not read as requirements"
    lower = CareerGraph.from_guides(ONET, taxonomy=TaxonomyOptions(onet_min_importance=2.5))
    assert "Speaking" in _kinds(lower, ENGINEERS)


def test_related_occupations_are_lateral_moves_never_promotions(graph: CareerGraph) -> None:
    moves = {(u, v, t) for u, v, t in graph.nx.edges(keys=True) if t != "REQUIRES"}
    assert (ENGINEERS, "role:database-architects", "TRANSITIONS_TO") in moves
    assert not [m for m in moves if m[2] == "LEADS_TO"]
    edge = graph.nx.edges[ENGINEERS, "role:database-architects", "TRANSITIONS_TO"]
    assert edge["sources"] == [{"file": "Related Occupations.txt", "line": 2}]


def test_job_zone_is_a_requirement_and_the_dictionary_layout_is_read() -> None:
    # Job Zones.txt has no Title column (the data dictionary's layout).
    guide = next(g for g in load_corpus([ONET]).guides if g.role.text == "Data Scientists")
    assert [(r.text, r.source.label) for r in guide.requirements] == [
        ("Job Zone 5: Extensive Preparation Needed", "Job Zones.txt:4")]


def test_unusable_rows_and_unread_tables_are_reported(graph: CareerGraph) -> None:
    found = {(p.file, p.line): p.message for p in graph.report.problems}
    assert found[("Technology Skills.txt", 11)] == (
        "unknown O*NET-SOC code '99-9999.00': row not read")
    assert found[("Related Occupations.txt", 12)].startswith(
        "unknown related O*NET-SOC code '15-9999.99'")
    assert found[("Alternate Titles.txt", 7)] == "broken row (3 cells, header has 5): not read"
    assert found[("Skills.txt", 5)] == "Data Value 'high' is not a number: not read"
    assert found[("Abilities.txt", 1)] == "skipped: an O*NET table careergraph does not read"
    assert found[("Read Me.txt", 1)].startswith("skipped: not a guide")
    assert not graph.report.rejected


def test_a_shared_reported_title_is_ambiguous(graph: CareerGraph) -> None:
    assert "Data Specialist" in {a.name for a in graph.report.ambiguous}


def test_a_known_file_name_with_other_columns_is_an_error(tmp_path: Path) -> None:
    folder = tmp_path / "onet"
    shutil.copytree(ONET, folder)
    skills = folder / "Skills.txt"
    skills.write_text(skills.read_text(encoding="utf-8").replace("Data Value", "Value", 1),
                      encoding="utf-8")
    graph = CareerGraph.from_guides(folder)
    [error] = [p for p in graph.report.problems if p.severity is Severity.ERROR]
    assert (error.file, error.line) == ("Skills.txt", 1)
    assert "lacks column(s) Data Value" in error.message
    assert len(graph.report.guides) == 12  # the other tables are still read
    (folder / "Occupation Data.txt").write_text("Title\nData Engineers\n", encoding="utf-8")
    rejected = CareerGraph.from_guides(folder).report.rejected
    assert ("Occupation Data.txt", 1) in {(r.file, r.line) for r in rejected}


def test_a_text_guide_beside_the_tables_stays_a_guide(tmp_path: Path) -> None:
    folder = tmp_path / "onet"
    shutil.copytree(ONET, folder)
    (folder / "data-steward.txt").write_text(
        "Data Steward\nCareer Guide\nCan Lead To\nData Governance Lead\n", encoding="utf-8")
    graph = CareerGraph.from_guides(folder)
    assert {"data-steward.txt"} == {g.file for g in graph.report.guides
                                    if g.layout.value == "card"}
    assert len(graph.report.guides) == 13


def test_cli_build_with_and_without_the_threshold_option(cli: CliRunner) -> None:
    result = cli.invoke(app, ["build", str(ONET)])
    assert result.exit_code == 0, result.output
    assert "12 guides: 12 used, 0 rejected" in result.output
    assert "3 importance ratings below 3.0" in result.output
    # Another threshold is another graph: the cached one is not reused, nor overwritten.
    lower = cli.invoke(app, ["build", str(ONET), "--onet-min-importance", "2.5"])
    assert "1 importance ratings below 2.5" in lower.output
    again = cli.invoke(app, ["build", str(ONET)])
    assert "3 importance ratings below 3.0" in again.output
