"""SkillsFuture Singapore's Skills Framework dataset (the workbook's ``Job Role_Description``,
``Job Role_CWF_KT`` and ``Job Role_TCS_CCS`` sheets saved as CSV) imported as guides: each
job role a role with its row line (qualified by sector, or sector and track, where several
job roles share a title), its sector as a sector, its key tasks as responsibilities, its
TSCs as technical and its CCSs as soft skills, no move and no seniority from tracks or
proficiency levels, and every unusable row reported with its file and line.  Every title
and text in the fixtures is invented; only the real layout (sheet names, headers) is kept."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from careergraph import CareerGraph
from careergraph.errors import AmbiguousNameError, GuideError
from careergraph.guides.taxonomy import claim, import_bundle
from careergraph.model import Guide, Layout, Severity, SkillKind
from taxonomy_checks import check_cli_build_and_role, import_folder, line_of, roles

SFW = Path(__file__).parent / "fixtures" / "taxonomy" / "skillsframework"
ROLES, TASKS, SKILLS = "Job Role_Description.csv", "Job Role_CWF_KT.csv", "Job Role_TCS_CCS.csv"
KELP = "Kelp Farm Technician"
HEADER = "Sector,Track,Job Role,Job Role Description,Performance Expectation\n"


@pytest.fixture(scope="module")
def graph() -> CareerGraph:
    """The Skills Framework fixture folder built alone."""
    return CareerGraph.from_guides(SFW)


@pytest.fixture(scope="module")
def guides() -> dict[str, Guide]:
    """The fixture folder's guides, by role title."""
    return import_folder(SFW)


def test_each_job_role_is_a_role_with_its_row_and_sector(graph: CareerGraph) -> None:
    found = roles(graph)
    assert set(found) == {
        KELP, f"Senior {KELP}", "Hatchery Supervisor", "Water Quality Analyst (Aquaculture)",
        "Water Quality Analyst (Harbour Services)",
        "Tide Planner (Harbour Services, Vessel Support)",
        "Tide Planner (Harbour Services, Port Planning)"}
    kelp = found[KELP]
    assert (ROLES, 2) in {(s["file"], s["line"]) for s in kelp["sources"]}
    assert kelp["summary"].startswith("The Kelp Farm Technician rigs and tends")
    assert {g.layout for g in graph.report.guides} == {Layout.SKILLS_FRAMEWORK}
    sectors = {(graph.name(a), graph.name(b)) for a, b, d in graph.nx.edges(data=True)
               if d["type"] == "IN_SECTOR"}
    assert (KELP, "Aquaculture") in sectors
    assert ("Water Quality Analyst (Harbour Services)", "Harbour Services") in sectors


def test_a_shared_title_is_qualified_and_never_merges_two_jobs(graph: CareerGraph,
                                                               guides: dict[str, Guide]) -> None:
    # Two sectors' job roles of one title: two roles, each its sector's; the bare title
    # names both (an ambiguous name), never one of them.
    farm, harbour = (guides[f"Water Quality Analyst ({s})"] for s in ("Aquaculture",
                                                                    "Harbour Services"))
    assert farm.summary is not None and harbour.summary is not None
    assert "farm waters" in farm.summary.text and "ballast" in harbour.summary.text
    assert [a.text for a in farm.aliases] == ["Water Quality Analyst"]
    with pytest.raises(AmbiguousNameError):
        graph.find("Water Quality Analyst")
    # One sector's two tracks: the track tells them apart.
    assert {"Tide Planner (Harbour Services, Vessel Support)",
            "Tide Planner (Harbour Services, Port Planning)"} <= set(guides)
    # A title one job role has stays bare.
    assert not guides[KELP].aliases


def test_key_tasks_are_responsibilities(guides: dict[str, Guide]) -> None:
    assert [r.text for r in guides[KELP].responsibilities] == [
        "Inspect seeded ropes for breakage", "Replace worn buoys on the long lines",
        "Cut mature fronds to length", "Log harvest weights per line"]
    assert guides[KELP].responsibilities[0].source.label == (
        f"{TASKS}:{line_of(SFW, TASKS, 'Inspect seeded ropes')}")
    # A critical work function without key tasks is the responsibility itself.
    assert [r.text for r in guides[f"Senior {KELP}"].responsibilities] == ["Plan seeding cycles"]


def test_performance_expectation_is_a_requirement(guides: dict[str, Guide]) -> None:
    assert [r.text for r in guides[KELP].requirements] == [
        "Works to the farm's marine safety rules and the buyer's crop grading."]
    # A multi-line cell is one requirement, read from the row's first line.
    [senior] = guides[f"Senior {KELP}"].requirements
    assert senior.text.endswith("Keeps the crew's dive and boat logs.")
    assert senior.source.line == 3
    assert not guides["Hatchery Supervisor"].requirements


def test_tscs_are_technical_and_ccss_soft_skills_each_once(guides: dict[str, Guide]) -> None:
    skills = [(s.text, s.kind, s.source.line) for s in guides[KELP].skills]
    assert skills == [
        ("Grow Line Rigging", SkillKind.TECHNICAL, line_of(SFW, SKILLS, "Grow Line Rigging,tsc,2")),
        ("Marine Equipment Maintenance", SkillKind.TECHNICAL,
         line_of(SFW, SKILLS, "Marine Equipment")),
        ("Communication", SkillKind.SOFT, line_of(SFW, SKILLS, "Communication,ccs,Basic")),
        ("Teamwork", SkillKind.SOFT, line_of(SFW, SKILLS, "Teamwork"))]
    # The same TSC at a second proficiency level is one requirement, its first row kept.


def test_proficiency_levels_and_tracks_give_no_rung_or_move(graph: CareerGraph) -> None:
    kinds = {d["type"] for _, _, d in graph.nx.edges(data=True)}
    assert kinds == {"IN_SECTOR", "REQUIRES"}  # no LEADS_TO, no TRANSITIONS_TO
    # "Senior" in a title is the title's word, as in any guide; a level-4 TSC adds nothing.
    found = roles(graph)
    assert found[KELP].get("seniority") is None


def test_unusable_rows_are_reported_with_file_and_line(graph: CareerGraph) -> None:
    found = {(p.file, p.line): p.message for p in graph.report.problems}
    assert found[(ROLES, line_of(SFW, ROLES, "A second description"))] == (
        "job role 'Hatchery Supervisor' of sector 'Aquaculture', track 'Farm Operations' "
        "given twice: the first row (line 5) is kept")
    assert found[(ROLES, line_of(SFW, ROLES, "Net Mender"))] == (
        "job role row without Sector: not read")
    assert found[(ROLES, 1)] == "1 rows repeat an earlier job role row word for word: read once"
    assert found[(TASKS, line_of(SFW, TASKS, "Seaweed Chef"))] == (
        "job role 'Seaweed Chef' of sector 'Aquaculture', track 'Farm Operations' is not in "
        "the job role description sheet: its key tasks not read")
    assert (TASKS, line_of(SFW, TASKS, "Dry fronds")) not in found  # once per job role
    assert found[(TASKS, line_of(SFW, TASKS, "Technician,,"))] == (
        "row without a critical work function or key task: not read")
    assert found[(SKILLS, line_of(SFW, SKILLS, "xyz"))] == (
        "TSC_CCS Type 'xyz' is neither tsc nor ccs: skill not read")
    assert found[(SKILLS, line_of(SFW, SKILLS, "Tidal Modelling"))] == (
        "Proficiency Level '7' is not 1-6 or Basic, Intermediate, Advanced: skill not read")
    assert found[(SKILLS, line_of(SFW, SKILLS, "Planner,,tsc"))] == (
        "skill row without a TSC_CCS Title: not read")
    assert found[("TSC_CCS_Key.csv", 1)].startswith("skipped: a Skills Framework sheet")
    names = str(roles(graph))
    assert "Net Mender" not in names and "Seaweed Chef" not in names
    assert "Ballast Auditing" not in {graph.name(n) for n in graph.nx.nodes}
    assert not [p for p in graph.report.problems if p.severity is Severity.ERROR]


def test_the_skill_sheet_alone_is_no_taxonomy(tmp_path: Path) -> None:
    shutil.copy(SFW / SKILLS, tmp_path / SKILLS)
    bundles, _, problems = claim([(SKILLS, tmp_path / SKILLS)])
    assert bundles == []
    [error] = problems
    assert (error.file, error.line, error.severity) == (SKILLS, 1, Severity.ERROR)
    assert "without its occupations table" in error.message


def test_sheets_are_recognised_by_header_whatever_their_names(tmp_path: Path) -> None:
    for name, saved in ((ROLES, "a.csv"), (TASKS, "b.csv"), (SKILLS, "c.csv")):
        shutil.copy(SFW / name, tmp_path / saved)
    graph = CareerGraph.from_guides(tmp_path)
    assert len(graph.report.guides) == 7
    assert any(p.file == "c.csv" and "xyz" in p.message for p in graph.report.problems)


def test_other_header_spellings_and_semicolons_are_read(tmp_path: Path) -> None:
    # A sheet saved in a European locale (";"), the title column as some exports name it.
    (tmp_path / "roles.csv").write_text(HEADER + "Ropeworks,Rigging,Splicer,Splices rope.,\n",
                                        encoding="utf-8")
    (tmp_path / "skills.csv").write_text(
        "Sector;Track;Job Role;skill_sector_title;TSC_CCS Type;Proficiency Level;TSC_CCS Code\n"
        "Ropeworks;Rigging;Splicer;Eye Splicing;TSC;3.0;ROP-RIG-3001-1.1\n", encoding="utf-8")
    [guide] = CareerGraph.from_guides(tmp_path).report.guides
    assert guide.role == "Splicer"
    [skill] = import_folder(tmp_path)["Splicer"].skills
    assert (skill.text, skill.kind) == ("Eye Splicing", SkillKind.TECHNICAL)


def test_a_header_lacking_a_column_read_is_an_error(tmp_path: Path) -> None:
    (tmp_path / ROLES).write_text("Sector,Job Role,Job Role Description\nA,B,C\n",
                                  encoding="utf-8")
    graph = CareerGraph.from_guides(tmp_path)
    [error] = [p for p in graph.report.problems if p.severity is Severity.ERROR]
    assert (error.file, error.line) == (ROLES, 1)
    assert "job role description sheet" in error.message and "Track" in error.message
    assert graph.report.guides == []  # nothing half-loaded
    with pytest.raises(GuideError):
        CareerGraph.from_guides(tmp_path, strict=True)


def test_a_damaged_skill_sheet_is_an_error_and_the_roles_still_read(tmp_path: Path) -> None:
    shutil.copy(SFW / ROLES, tmp_path / ROLES)
    (tmp_path / SKILLS).write_text("Sector,Track,Job Role,TSC_CCS Title\nA,B,C,D\n",
                                   encoding="utf-8")
    graph = CareerGraph.from_guides(tmp_path)
    [error] = [p for p in graph.report.problems if p.severity is Severity.ERROR]
    assert (error.file, error.line) == (SKILLS, 1) and "TSC_CCS Type" in error.message
    assert len(graph.report.guides) == 7
    assert not [e for e in graph.nx.edges(data=True) if e[2]["type"] == "REQUIRES"]


def test_the_workbook_is_an_error_saying_to_save_its_sheets_as_csv(tmp_path: Path) -> None:
    (tmp_path / "jobsandskills-skillsfuture-skills-framework-dataset.xlsx").write_bytes(
        b"PK\x03\x04")
    graph = CareerGraph.from_guides(tmp_path)
    [sheet] = [p for p in graph.report.problems if p.file.endswith(".xlsx")]
    assert sheet.severity is Severity.ERROR and "Job Role_Description" in sheet.message


def test_a_bundle_imports_through_the_dispatcher() -> None:
    bundles, _, problems = claim([(p.name, p) for p in sorted(SFW.iterdir())])
    [bundle] = bundles
    assert bundle.format == "sfw" and sorted(bundle.tables) == ["roles", "skills", "tasks"]
    assert [p.file for p in problems] == ["TSC_CCS_Key.csv"]
    assert len(import_bundle(bundle).guides) == 7


def test_cli_builds_and_answers_from_the_sheets(cli: CliRunner) -> None:
    check_cli_build_and_role(cli, SFW, "7 guides: 7 used, 0 rejected",
                             "kelp farm technician", KELP)


def test_a_guide_with_the_bare_title_keeps_its_own_role(tmp_path: Path) -> None:
    # A career guide's own "Water Quality Analyst" is a third job: neither sector's job role
    # joins it (the bare-title alias is left out, the qualified titles stay apart).
    for path in SFW.iterdir():
        shutil.copy(path, tmp_path / path.name)
    (tmp_path / "analyst.txt").write_text(
        "Water Quality Analyst\n\nA Water Quality Analyst tests rivers for a river board.\n\n"
        "Skills\n- Titration\n- Field sampling\n", encoding="utf-8")
    graph = CareerGraph.from_guides(tmp_path)
    found = roles(graph)
    assert {"Water Quality Analyst", "Water Quality Analyst (Aquaculture)",
            "Water Quality Analyst (Harbour Services)"} <= set(found)
    assert graph.name(graph.find("Water Quality Analyst")) == "Water Quality Analyst"
    assert "Water Quality Analyst" not in found["Water Quality Analyst (Aquaculture)"]["aliases"]
    assert any("another guide's title" in p.message for p in graph.report.problems
               if p.file == ROLES)
