"""The US SOC 2018 (BLS definitions and direct match title file, saved as CSV) imported as
guides: detailed occupations as roles with their row lines, definitions as summaries, direct
match titles as aliases under the rules every taxonomy's alternative titles follow, no moves,
and every unusable row reported with its file and line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from careergraph import CareerGraph
from careergraph.cli import app
from careergraph.errors import GuideError
from careergraph.model import Guide, Layout, Severity
from taxonomy_checks import (
    check_cli_build_and_role,
    check_no_moves_sectors_or_seniority,
    check_titles_left_out,
    import_folder,
)
from taxonomy_checks import roles as _roles

TAXONOMY = Path(__file__).parent / "fixtures" / "taxonomy"
SOC = TAXONOMY / "soc"
DEFINITIONS = "soc_2018_definitions.csv"
TITLES = "soc_2018_direct_match_title_file.csv"
TITLES_HEADER = "2018 SOC Code,2018 SOC Title,2018 SOC Direct Match Title,Illustrative Example\n"


def _line_of(name: str, text: str) -> int:
    """The 1-based line of a fixture table where ``text`` first occurs."""
    encoding = "cp1252" if name == TITLES else "utf-8-sig"
    lines = (SOC / name).read_text(encoding=encoding).splitlines()
    return next(number for number, line in enumerate(lines, 1) if text in line)


@pytest.fixture(scope="module")
def graph() -> CareerGraph:
    """The SOC fixture folder built alone."""
    return CareerGraph.from_guides(SOC)


@pytest.fixture(scope="module")
def guides() -> dict[str, Guide]:
    """The SOC fixture folder's guides, by role title."""
    return import_folder(SOC)


def test_each_detailed_occupation_is_a_role_with_its_row(graph: CareerGraph) -> None:
    roles = _roles(graph)
    assert len(roles) == 12  # 15 detailed rows: a broken one, a bad code, a repeat
    assert "Orchard and Nursery Managers" not in roles  # a broad group
    assert "Farming and Growing Occupations" not in roles  # a major group
    managers = roles["Orchard Managers"]
    lines = {(s["file"], s["line"]) for s in managers["sources"]}
    assert (DEFINITIONS, _line_of(DEFINITIONS, ",45-1011,")) in lines
    assert (TITLES, _line_of(TITLES, "Orchardist")) in lines
    assert managers["summary"].startswith("Plan, direct, or coordinate the pruning")
    assert {g.layout for g in graph.report.guides} == {Layout.SOC}
    # The title rows the workbook keeps above its header are neither rows nor problems.
    header = _line_of(DEFINITIONS, "SOC Group,")
    assert header > 1
    assert not [p for p in graph.report.problems if p.file == DEFINITIONS and p.line < header]


def test_a_definition_spanning_lines_keeps_its_first_line(guides: dict[str, Guide]) -> None:
    growers = guides["Greenhouse Growers"]
    assert growers.role.source.line == _line_of(DEFINITIONS, ",45-1021,")
    assert growers.summary is not None and "Excludes" in growers.summary.text
    # The next row starts after the two lines of that cell.
    assert guides["Fruit Pickers"].role.source.line == _line_of(DEFINITIONS, ",45-2011,")


def test_direct_match_titles_are_aliases_but_other_levels_and_titles(graph: CareerGraph) -> None:
    aliases = {name: set(role["aliases"]) for name, role in _roles(graph).items()}
    assert {"Fruit Farm Manager", "Orchardist"} <= aliases["Orchard Managers"]
    assert "Senior Orchard Manager" not in aliases["Orchard Managers"]  # another rung
    assert "Trainee Fruit Picker" not in aliases["Fruit Pickers"]
    assert "Mushroom Grower" not in aliases["Greenhouse Growers"]  # another role's title
    assert "Pépinière Manager" in aliases["Nursery Managers"]  # read as Windows-1252
    check_titles_left_out(graph, TITLES, levels=2, others=1)


def test_the_hierarchy_gives_no_moves_sectors_or_seniority(graph: CareerGraph) -> None:
    check_no_moves_sectors_or_seniority(graph)


def test_unusable_rows_are_reported_with_file_and_line(graph: CareerGraph) -> None:
    found = {(p.file, p.line): p.message for p in graph.report.problems}
    assert found[(DEFINITIONS, _line_of(DEFINITIONS, "Hop Growers"))] == (
        "broken row (3 cells, header has 4): not read")
    assert found[(DEFINITIONS, _line_of(DEFINITIONS, "Vine Pruners"))] == (
        "detailed occupation code '45-201X' is not like 11-1011 or has no title: not read")
    assert found[(DEFINITIONS, _line_of(DEFINITIONS, "Fruit Harvesters"))] == (
        "SOC code 45-2011 given twice: the first row is kept")
    assert found[(TITLES, _line_of(TITLES, "Field Scout"))] == (
        "SOC code 45-2099 is not a detailed occupation of the definitions: its titles not read")
    assert (TITLES, _line_of(TITLES, "Pest Scout")) not in found  # once per code
    assert found[(TITLES, _line_of(TITLES, "Queen Rearer"))].startswith(
        "title row with code '4X-2013' not like 11-1011")
    assert "Crop Scouts" not in _roles(graph)


def test_the_titles_file_alone_makes_the_occupations(tmp_path: Path) -> None:
    (tmp_path / "titles.csv").write_text(
        TITLES_HEADER + "47-2061,Scaffold Erectors,Scaffolder,x\n"
        '47-2061,Scaffold Erectors,Tube and Fitting Erector,\n'
        '47-2099,"Erectors, All Other",Rigging Hand,\n', encoding="utf-8")
    graph = CareerGraph.from_guides(tmp_path)
    roles = _roles(graph)
    assert set(roles) == {"Scaffold Erectors", "Erectors, All Other"}
    assert set(roles["Scaffold Erectors"]["aliases"]) == {
        "Scaffold Erectors", "Scaffolder", "Tube and Fitting Erector"}
    first = roles["Scaffold Erectors"]["sources"][0]
    assert (first["file"], first["line"]) == ("titles.csv", 2)
    assert not graph.report.problems


def test_a_resaved_table_with_title_rows_and_semicolons_is_read(tmp_path: Path) -> None:
    text = ("Occupation definitions;;;\r\n;;;\r\nSOC Group;SOC Code;SOC Title;SOC "
            "Definition\r\nBroad;27-2030;Café Workers;\r\nDetailed;27-2031;Café Baristas;"
            '"Brew coffee; steam milk."\r\n')
    (tmp_path / "defs.csv").write_bytes(text.encode("cp1252"))
    graph = CareerGraph.from_guides(tmp_path)
    [guide] = graph.report.guides
    assert guide.role == "Café Baristas"
    assert _roles(graph)["Café Baristas"]["summary"] == "Brew coffee; steam milk."
    assert [(s["file"], s["line"]) for s in _roles(graph)["Café Baristas"]["sources"]] == [
        ("defs.csv", 5)]


def test_a_wrong_header_is_an_error_naming_file_line_and_columns(tmp_path: Path) -> None:
    text = (SOC / DEFINITIONS).read_text(encoding="utf-8-sig")
    (tmp_path / DEFINITIONS).write_text(text.replace("SOC Title", "Title", 1),
                                        encoding="utf-8")
    graph = CareerGraph.from_guides(tmp_path)
    [error] = [p for p in graph.report.problems if p.severity is Severity.ERROR]
    header = _line_of(DEFINITIONS, "SOC Group,")  # below the title rows
    assert (error.file, error.line) == (DEFINITIONS, header)
    assert "SOC 2018 definitions header lacks column(s) SOC Title (found: SOC Group" in (
        error.message)
    assert graph.report.guides == []
    with pytest.raises(GuideError) as caught:
        CareerGraph.from_guides(tmp_path, strict=True)
    assert caught.value.file == DEFINITIONS and caught.value.line == header


def test_detection_by_header_and_other_csv_files_left_alone(tmp_path: Path) -> None:
    shutil.copy(SOC / DEFINITIONS, tmp_path / "definitions.csv")
    shutil.copy(SOC / TITLES, tmp_path / "titles.csv")
    # A crosswalk with SOC columns is another table: ignored in a folder.
    (tmp_path / "crosswalk.csv").write_text("2018 SOC Code,ISCO 08 Code\n45-1011,6112\n",
                                            encoding="utf-8")
    (tmp_path / "soc_2018_definitions.xlsx").write_bytes(b"PK\x03\x04")
    graph = CareerGraph.from_guides(tmp_path)
    assert len(graph.report.guides) == 12
    assert not [p for p in graph.report.problems if p.file == "crosswalk.csv"]
    [sheet] = [p for p in graph.report.problems if p.file.endswith(".xlsx")]
    assert sheet.severity is Severity.ERROR and "saved as CSV" in sheet.message


def test_built_with_the_other_taxonomies(cli: CliRunner) -> None:
    folders = [TAXONOMY / name for name in ("soc", "isco", "onet", "esco", "noc")]
    graph = CareerGraph.from_guides(folders)
    roles = _roles(graph)
    # The same occupation in SOC, ISCO-08 and O*NET is one role, joined by its title…
    engineers = roles["Data Engineers"]
    assert {s["file"] for s in engineers["sources"]} >= {
        DEFINITIONS, "ISCO-08 EN Structure and definitions.csv", "Occupation Data.txt"}
    # …but a direct match title that is another taxonomy's occupation is no alias.
    assert "Data Scientist" not in engineers["aliases"]
    assert "Data Scientists" in roles
    assert "Orchard Managers" in roles and "Orchard Supervisors" in roles
    args = ["explain", "Data Engineers"] + [a for f in folders for a in ("-g", str(f))]
    result = cli.invoke(app, args)
    assert result.exit_code == 0, result.output
    said = " ".join(result.output.split())
    line = _line_of(DEFINITIONS, ",15-1249,")
    assert f"Data Engineers {DEFINITIONS}:{line} — canonical" in said
    assert "Data Engineers Occupation Data.txt:2 — canonical" in said


def test_cli_builds_and_answers_from_the_tables(cli: CliRunner) -> None:
    check_cli_build_and_role(cli, SOC, "12 guides: 12 used, 0 rejected", "apiarist",
                             "Beekeepers")
