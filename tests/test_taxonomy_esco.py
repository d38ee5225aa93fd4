"""ESCO's CSV download: occupations, skills and relations built into the graph through the
public API and the CLI, with every fact's row line, and every unusable row reported."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from careergraph import CareerGraph
from careergraph.errors import GuideError
from careergraph.model import Severity
from taxonomy_checks import check_cli_build_and_role

ESCO = Path(__file__).parent / "fixtures" / "taxonomy" / "esco"
OCC = "occupations_en.csv"
REL = "occupationSkillRelations_en.csv"


def _line_of(file: str, text: str) -> int:
    """The 1-based line where ``text`` first occurs (read as plain text, not as CSV)."""
    lines = (ESCO / file).read_text(encoding="utf-8").splitlines()
    return next(number for number, line in enumerate(lines, 1) if text in line)


@pytest.fixture(scope="module")
def graph() -> CareerGraph:
    return CareerGraph.from_guides(ESCO)


def test_each_occupation_is_a_role_with_its_row_line(graph: CareerGraph) -> None:
    roles = {a["name"]: a for _, a in graph.nx.nodes(data=True) if a["type"] == "Role"}
    assert len(roles) == 12
    # Rows after multi-line altLabels fields start on the line csv says, not the row index.
    for name in ("data engineer", "ICT help desk agent", "ICT project manager"):
        places = {(s["file"], s["line"]) for s in roles[name]["sources"]}
        assert (OCC, _line_of(OCC, f",{name},")) in places
    assert "big data engineer" in roles["data engineer"]["aliases"]  # 2nd line of the field
    assert roles["data engineer"]["summary"].startswith("Data engineers build")


def test_relations_become_requires_edges_keeping_essential_and_optional(
    graph: CareerGraph,
) -> None:
    sql = graph.nx.edges["role:data-engineer", "skill:sql", "REQUIRES"]
    assert sql["kinds"] == ["technical"]
    assert sql["sources"] == [{"file": REL, "line": 3}]
    cloud = graph.nx.edges["role:data-engineer", "skill:cloud-technologies", "REQUIRES"]
    assert cloud["kinds"] == ["optional"]
    requires = [e for e in graph.nx.edges(data=True) if e[2]["type"] == "REQUIRES"]
    assert len(requires) == 39  # 41 relation rows, 2 naming unknown ids


def test_optional_skills_are_not_skills_to_learn(graph: CareerGraph) -> None:
    gap = graph.skills_gap("data analyst", "data engineer")
    learn = {item.name for item in gap.learn}
    assert "manage data pipelines" in learn
    assert "cloud technologies" not in learn  # optional for the data engineer


def test_no_moves_are_made_from_the_classification(graph: CareerGraph) -> None:
    types = {a["type"] for _, _, a in graph.nx.edges(data=True)}
    assert not types & {"LEADS_TO", "TRANSITIONS_TO"}
    [note] = [p for p in graph.report.problems if p.file == "broaderRelationsOccPillar_en.csv"]
    assert "13 broader relations read" in note.message and "not career moves" in note.message


def test_unusable_rows_are_reported_with_their_lines(graph: CareerGraph) -> None:
    found = {(p.file, p.line): p.message for p in graph.report.problems}
    unknown = _line_of(REL, "000000000404")
    assert "unknown occupation id" in found[(REL, unknown)]
    assert "unknown skill id" in found[(REL, unknown + 1)]
    broken = _line_of(OCC, "broken occupation")
    assert found[(OCC, broken)].startswith("broken row (6 cells, header has 14)")
    assert found[("ISCOGroups_en.csv", 1)] == "skipped: an ESCO table careergraph does not read"
    assert not graph.report.rejected


def test_shared_alternative_labels_are_ambiguous(graph: CareerGraph) -> None:
    ambiguous = {a.name: sorted(a.candidates) for a in graph.report.ambiguous}
    assert ambiguous["CISO"] == ["role:chief-ict-security-officer",
                                 "role:ict-security-administrator"]


def _copy(tmp_path: Path) -> Path:
    folder = tmp_path / "esco"
    shutil.copytree(ESCO, folder)
    return folder


def test_a_wrong_header_is_an_error_naming_file_line_and_columns(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    table = folder / REL
    text = table.read_text(encoding="utf-8")
    table.write_text(text.replace("relationType", "relation", 1), encoding="utf-8")
    graph = CareerGraph.from_guides(folder)
    [error] = [p for p in graph.report.problems if p.severity is Severity.ERROR]
    assert (error.file, error.line) == (REL, 1)
    assert "lacks column(s) relationType" in error.message
    assert len(graph.report.guides) == 12  # the occupations are still read
    with pytest.raises(GuideError) as caught:
        CareerGraph.from_guides(folder, strict=True)
    assert caught.value.file == REL and caught.value.line == 1


def test_a_bad_occupations_header_rejects_the_bundle(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    table = folder / OCC
    text = table.read_text(encoding="utf-8")
    table.write_text(text.replace("preferredLabel", "label", 1), encoding="utf-8")
    graph = CareerGraph.from_guides(folder)
    assert [(r.file, r.line) for r in graph.report.rejected] == [(OCC, 1)]
    assert "preferredLabel" in graph.report.rejected[0].reason
    assert not graph.report.guides


def test_skills_without_occupations_are_an_error(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    (folder / OCC).unlink()
    graph = CareerGraph.from_guides(folder)
    assert "skills_en.csv" in {r.file for r in graph.report.rejected}
    assert all("without its occupations table" in r.reason for r in graph.report.rejected)


def test_an_occupations_table_is_recognised_by_its_header_alone(tmp_path: Path) -> None:
    renamed = tmp_path / "my-export.csv"
    shutil.copy(ESCO / OCC, renamed)
    graph = CareerGraph.from_guides(renamed)
    assert len(graph.report.guides) == 12
    assert graph.report.guides[0].layout.value == "esco"


def test_cli_builds_and_answers_from_the_download(cli: CliRunner) -> None:
    check_cli_build_and_role(cli, ESCO, "12 guides: 12 used, 0 rejected", "big data engineer",
                             "data engineer")


def test_many_unusable_rows_are_listed_up_to_a_limit_then_counted(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    rows = "".join(f"http://example.org/occupation/{n},essential,knowledge,"
                   f"http://example.org/skill/{n}\r\n" for n in range(250))
    with open(folder / REL, "a", encoding="utf-8", newline="") as table:
        table.write(rows)
    problems = [p for p in CareerGraph.from_guides(folder).report.problems if p.file == REL]
    listed = [p for p in problems if p.message.startswith("unknown")]
    assert len(listed) == 200  # the fixture's two, then the first 198 added
    assert listed[-1].message.startswith("unknown occupation id 'http://example.org/occupation/197'")
    assert problems[-1].message == "252 rows could not be used; the first 200 are listed"
