"""The UK SOC 2020 (ONS Volume 1 "SOC2020 descriptions" and Volume 2 coding index, saved as
CSV) imported as guides: unit groups as roles with their row lines (a header whose quoted
cells span lines), "~" tasks as responsibilities, entry routes as requirements or the moves
they state, related job titles and unqualified index titles as aliases under the rules every
taxonomy's alternative titles follow, and every unusable row reported with its file and
line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from careergraph import CareerGraph
from careergraph.cli import app
from careergraph.errors import GuideError
from careergraph.guides.taxonomy_uksoc import related_titles, tasks
from careergraph.model import Guide, Layout, Severity
from taxonomy_checks import check_cli_build_and_role, import_folder
from taxonomy_checks import roles as _roles

TAXONOMY = Path(__file__).parent / "fixtures" / "taxonomy"
UKSOC = TAXONOMY / "uksoc"
DESCRIPTIONS = "soc2020volume1_descriptions.csv"
INDEX = "soc2020volume2_coding_index.csv"
# The workbook's header as Excel writes it: cells with line breaks are quoted.
HEADER = ('"SOC\n2020 Major Group","SOC\n2020 Sub-Major Group","SOC\n2020 Minor Group",'
          'SOC 2020 Unit Group,"SOC\n2020 \nGroup Title",Group  Description,'
          'Typical Entry Routes And Associated Qualifications,Tasks,Related Job Titles\n')


def _line_of(name: str, text: str) -> int:
    """The 1-based line of a fixture table where ``text`` first occurs."""
    encoding = "cp1252" if name == INDEX else "utf-8-sig"
    lines = (UKSOC / name).read_text(encoding=encoding).splitlines()
    return next(number for number, line in enumerate(lines, 1) if text in line)


@pytest.fixture(scope="module")
def graph() -> CareerGraph:
    """The SOC 2020 fixture folder built alone."""
    return CareerGraph.from_guides(UKSOC)


@pytest.fixture(scope="module")
def guides() -> dict[str, Guide]:
    """The SOC 2020 fixture folder's guides, by role title."""
    return import_folder(UKSOC)


def test_each_unit_group_is_a_role_with_its_row(graph: CareerGraph) -> None:
    roles = _roles(graph)
    # 15 unit-group rows (a broken one, a bad code, a repeat) and a move target
    assert len(roles) == 13 and "Fleet Superintendent" in roles
    assert "Vessel Crews" not in roles  # a minor group
    assert "TRANSPORT AND WATERWAY OPERATIVES" not in roles  # a major group
    masters = roles["Ferry masters"]
    lines = {(s["file"], s["line"]) for s in masters["sources"]}
    # The header's quoted cells span six lines; the row is the tenth.
    assert (DESCRIPTIONS, 10) in lines and _line_of(DESCRIPTIONS, ",8211,Ferry masters,") == 10
    assert (INDEX, _line_of(INDEX, "Master, ferry")) in lines
    assert masters["summary"].startswith("Ferry masters command passenger")
    assert {g.layout for g in graph.report.guides} == {Layout.UK_SOC}


def test_a_row_after_cells_spanning_lines_keeps_its_first_line(
        guides: dict[str, Guide]) -> None:
    assert guides["Deckhands"].role.source.line == _line_of(DESCRIPTIONS, ",8212,Deckhands,")
    assert guides["Data engineers"].role.source.line == _line_of(DESCRIPTIONS, ",2135,")


def test_tasks_are_responsibilities(guides: dict[str, Guide]) -> None:
    duties = [r.text for r in guides["Deckhands"].responsibilities]
    assert duties == ["handles mooring lines when berthing and casting off",
                      "directs vehicles and passengers on and off the car deck",
                      "paints, scrubs and greases deck gear", "keeps watch at night"]
    assert tasks("Job holders:\n~ sorts the post;~ weighs parcels, and\n~ sells stamps.") == [
        "sorts the post", "weighs parcels", "sells stamps"]
    assert tasks("tunes pianos\nregulates actions") == ["tunes pianos", "regulates actions"]


def test_entry_routes_are_requirements_and_progression_a_move(graph: CareerGraph,
                                                               guides: dict[str, Guide]) -> None:
    masters = guides["Ferry masters"]
    assert [r.text for r in masters.requirements] == [
        "Entrants usually start as deckhands and qualify as masters after several seasons "
        "on the water.", "A boatmaster licence is required."]
    assert [m.text for m in masters.leads_to] == ["Fleet Superintendent"]
    # "There are no formal academic entry requirements." states none.
    assert [r.text for r in guides["Deckhands"].requirements] == [
        "A sea survival certificate is needed before sailing."]
    edges = {(graph.nx.nodes[u]["name"], d["type"], graph.nx.nodes[v]["name"])
             for u, v, d in graph.nx.edges(data=True) if d["type"] in (
                 "LEADS_TO", "TRANSITIONS_TO", "IN_SECTOR")}
    assert edges == {("Ferry masters", "LEADS_TO", "Fleet Superintendent")}
    assert all(role.get("seniority") is None for role in _roles(graph).values())


def test_related_and_index_titles_are_aliases_but_other_levels(graph: CareerGraph) -> None:
    aliases = {name: set(role["aliases"]) for name, role in _roles(graph).items()}
    assert {"Ferry captain", "Ferry skipper", "Ferry master", "Ferry pilot"} <= aliases[
        "Ferry masters"]
    assert "Senior ferry master" not in aliases["Ferry masters"]  # another rung
    assert "Trainee deckhand" not in aliases["Deckhands"]
    # Index titles qualified by ADD or IND name the occupation only with the qualifier.
    assert "Master" not in aliases["Ferry masters"] and "Hand" not in aliases["Deckhands"]
    assert "Deck assistant" not in aliases["Deckhands"]
    assert "Toilière cutter" in aliases["Sailmakers"]  # read as Windows-1252
    assert any(p.message.startswith("2 alternative titles name an occupation at another "
                                    "level") for p in graph.report.problems
               if (p.file, p.line) == (DESCRIPTIONS, 1))
    notes = [p.message for p in graph.report.problems if (p.file, p.line) == (INDEX, 1)]
    assert notes == ["3 index titles qualified by ADD or IND and 1 without a unit group code "
                     "not read as aliases (a qualified title names the occupation only with "
                     "its qualifier)"]
    assert related_titles("~Piano tuner\n\n~ Piano technician") == [
        "Piano tuner", "Piano technician"]


def test_unusable_rows_are_reported_with_file_and_line(graph: CareerGraph) -> None:
    found = {(p.file, p.line): p.message for p in graph.report.problems}
    assert found[(DESCRIPTIONS, _line_of(DESCRIPTIONS, "Oar makers"))] == (
        "broken row (8 cells, header has 10): not read")
    assert found[(DESCRIPTIONS, _line_of(DESCRIPTIONS, "82X4"))] == (
        "unit group code '82X4' is not four digits: not read")
    assert found[(DESCRIPTIONS, _line_of(DESCRIPTIONS, "Quay hands"))] == (
        "SOC 2020 unit group 8222 given twice: the first row is kept")
    assert found[(DESCRIPTIONS, _line_of(DESCRIPTIONS, "Canal wardens"))] == (
        "unit group 8241 has no minor group 824 in the table: read alone")
    assert found[(INDEX, _line_of(INDEX, "Scout, canal"))] == (
        "SOC 2020 unit group 8299 is not in the descriptions: its index titles not read")
    assert (INDEX, _line_of(INDEX, "Spotter, canal")) not in found  # once per code
    assert found[(INDEX, _line_of(INDEX, "Stitcher, sail"))] == (
        "broken row (6 cells, header has 9): not read")


def test_a_resaved_sheet_with_semicolons_and_float_codes_is_read(tmp_path: Path) -> None:
    text = (HEADER.replace(",", ";") + "<blank>;<blank>;541.0;<blank>;Piano Trades;<blank>;"
            "<blank>;<blank>;<blank>\r\n<blank>;<blank>;<blank>;5411.0;Piano tuners;"
            "Piano tuners tune and regulate pianos.;An apprenticeship is usual.;"
            '"~ tunes strings;\n~ regulates actions.";"~Piano technician\n~Tuner-technician"\r\n')
    (tmp_path / "descriptions.csv").write_bytes(text.encode("cp1252"))
    graph = CareerGraph.from_guides(tmp_path)
    [guide] = graph.report.guides
    assert guide.role == "Piano tuners"
    role = _roles(graph)["Piano tuners"]
    assert set(role["aliases"]) == {"Piano tuners", "Piano technician", "Tuner-technician"}
    assert [(s["file"], s["line"]) for s in role["sources"]] == [("descriptions.csv", 8)]
    assert not [p for p in graph.report.problems if p.file == "descriptions.csv"]


def test_a_header_lacking_a_column_read_is_an_error(tmp_path: Path) -> None:
    name = "soc2020volume1structureanddescriptionofunitgroupsexcel01022025.csv"
    (tmp_path / name).write_text("SOC 2020 Unit Group,Title,Tasks\n5411,Piano tuners,x\n",
                                 encoding="utf-8")
    graph = CareerGraph.from_guides(tmp_path)
    [error] = [p for p in graph.report.problems if p.severity is Severity.ERROR]
    assert (error.file, error.line) == (name, 1)
    assert "SOC 2020 descriptions header lacks column(s) SOC 2020 Group Title" in error.message
    assert graph.report.guides == []
    with pytest.raises(GuideError) as caught:
        CareerGraph.from_guides(tmp_path, strict=True)
    assert caught.value.file == name and caught.value.line == 1


def test_detection_leaves_other_files_alone(tmp_path: Path) -> None:
    shutil.copy(UKSOC / DESCRIPTIONS, tmp_path / "sheet1.csv")
    # The framework sheet (codes and titles) is skipped; a crosswalk is another table.
    (tmp_path / "framework.csv").write_text(
        "Unique ID,SOC2020 Major Group,SOC2020 Unit Group,SOC2020 Group Title\n"
        "U1,<blank>,5411,Piano tuners\n", encoding="utf-8")
    (tmp_path / "crosswalk.csv").write_text("SOC 2020,SOC 2010\n5411,5449\n", encoding="utf-8")
    (tmp_path / "soc2020volume2thecodingindexexcel01022025.xlsx").write_bytes(b"PK\x03\x04")
    graph = CareerGraph.from_guides(tmp_path)
    assert len(graph.report.guides) == 12
    assert not [p for p in graph.report.problems if p.file == "crosswalk.csv"]
    [skipped] = [p for p in graph.report.problems if p.file == "framework.csv"]
    assert skipped.severity is Severity.WARNING and "framework sheet" in skipped.message
    [sheet] = [p for p in graph.report.problems if p.file.endswith(".xlsx")]
    assert sheet.severity is Severity.ERROR and "saved as CSV" in sheet.message


def test_the_index_alone_is_an_error(tmp_path: Path) -> None:
    shutil.copy(UKSOC / INDEX, tmp_path / INDEX)
    graph = CareerGraph.from_guides(tmp_path)
    [error] = [p for p in graph.report.problems if p.severity is Severity.ERROR]
    assert error.file == INDEX and "without its occupations table" in error.message
    assert graph.report.guides == []


def test_built_with_the_other_taxonomies(cli: CliRunner) -> None:
    folders = [TAXONOMY / name for name in ("uksoc", "soc", "isco", "onet", "esco", "noc")]
    graph = CareerGraph.from_guides(folders)
    roles = _roles(graph)
    # The same occupation in SOC 2020 and the others is one role, joined by its words…
    engineers = roles["Data Engineers"]
    assert {s["file"] for s in engineers["sources"]} >= {
        DESCRIPTIONS, INDEX, "soc_2018_definitions.csv", "Occupation Data.txt"}
    # …but a related title that is another taxonomy's occupation is no alias.
    assert "Data scientist" not in engineers["aliases"] and "Data Scientists" in roles
    assert "Tug master" not in roles["Ferry masters"]["aliases"] and "Tug Masters" in roles
    assert "Ferry masters" in roles and "Deckhands" in roles and "Data engineers" not in roles
    args = ["explain", "Data Engineers"] + [a for f in folders for a in ("-g", str(f))]
    result = cli.invoke(app, args)
    assert result.exit_code == 0, result.output
    said = " ".join(result.output.split())
    line = _line_of(DESCRIPTIONS, ",2135,")
    assert f"Data engineers {DESCRIPTIONS}:{line}" in said
    assert "Data Engineers Occupation Data.txt:2 — canonical" in said


def test_cli_builds_and_answers_from_the_tables(cli: CliRunner) -> None:
    check_cli_build_and_role(cli, UKSOC, "12 guides: 12 used, 0 rejected", "boatwright",
                             "Boat builders")
