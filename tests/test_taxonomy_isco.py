"""The ILO's ISCO-08 structure and definitions, saved as CSV, imported as guides: unit groups
as roles with their row lines, lettered tasks as responsibilities, example titles as aliases
under the rules every taxonomy's alternative titles follow, no moves, and every unusable row
reported with its file and line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from careergraph import CareerGraph
from careergraph.cli import app
from careergraph.errors import GuideError
from careergraph.guides.taxonomy_isco import examples, tasks
from careergraph.model import Guide, Layout, Severity
from taxonomy_checks import check_cli_build_and_role, import_folder

TAXONOMY = Path(__file__).parent / "fixtures" / "taxonomy"
ISCO = TAXONOMY / "isco"
TABLE = "ISCO-08 EN Structure and definitions.csv"
HEADER = ("Level,ISCO 08 Code,Title EN,Definition,Tasks include,Included occupations,"
          "Excluded occupations,Notes\n")


def _line_of(text: str) -> int:
    """The 1-based line where ``text`` first occurs (read as plain text, not as CSV)."""
    lines = (ISCO / TABLE).read_text(encoding="utf-8-sig").splitlines()
    return next(number for number, line in enumerate(lines, 1) if text in line)


def _roles(graph: CareerGraph) -> dict[str, dict]:
    return {a["name"]: a for _, a in graph.nx.nodes(data=True) if a["type"] == "Role"}


@pytest.fixture(scope="module")
def graph() -> CareerGraph:
    return CareerGraph.from_guides(ISCO)


@pytest.fixture(scope="module")
def guides() -> dict[str, Guide]:
    return import_folder(ISCO)


def test_each_unit_group_is_a_role_with_its_row(graph: CareerGraph) -> None:
    roles = _roles(graph)
    assert len(roles) == 13  # 16 unit-group rows: a broken one, a bad code, a repeat
    assert "Pilotage and Towage Workers" not in roles  # a minor group
    assert "Port and Waterway Workers" not in roles  # a major group
    pilots = roles["Harbour Pilots"]
    assert [(s["file"], s["line"]) for s in pilots["sources"]] == [
        (TABLE, _line_of(",7111,Harbour Pilots,"))]
    assert pilots["summary"].startswith("Harbour pilots board vessels")
    assert {g.layout for g in graph.report.guides} == {Layout.ISCO}


def test_lettered_tasks_are_responsibilities(guides: dict[str, Guide]) -> None:
    duties = [fact.text for fact in guides["Tug Masters"].responsibilities]
    assert duties[0] == "commanding a tug and its crew"  # no "(a)", no ";"
    assert "keeping the tug’s logbook" in duties  # ", and" closing the item is dropped
    assert not any(d.lower().startswith("tasks include") for d in duties)
    line = _line_of(",7112,Tug Masters,")
    assert {fact.source.line for fact in guides["Tug Masters"].responsibilities} == {line}
    # A cell whose line breaks were lost: the letters still split it.
    assert len(guides["Pilot Launch Crews"].responsibilities) == 3


def test_examples_are_aliases_but_other_levels_and_other_titles(graph: CareerGraph) -> None:
    aliases = {name: set(role["aliases"]) for name, role in _roles(graph).items()}
    assert {"Dock pilot", "Bar pilot"} <= aliases["Harbour Pilots"]
    assert "Senior harbour pilot" not in aliases["Harbour Pilots"]  # another rung
    assert "Trainee mooring hand" not in aliases["Mooring Hands"]
    assert "Tug master" not in aliases["Harbour Pilots"]  # another unit group's title
    assert "Harbour pilot" not in aliases["Tug Masters"]  # an exclusion is not read
    assert {"Launch coxswain", "Pilot boat deckhand"} <= aliases["Pilot Launch Crews"]
    notes = [p.message for p in graph.report.problems if p.file == TABLE and p.line == 1]
    assert any(n.startswith("3 alternative titles name an occupation at another level")
               for n in notes)
    assert any(n.startswith("1 alternative titles are another guide's title") for n in notes)


def test_the_hierarchy_gives_no_moves_sectors_or_seniority(graph: CareerGraph) -> None:
    kinds = {d["type"] for _, _, d in graph.nx.edges(data=True)}
    assert not kinds & {"LEADS_TO", "TRANSITIONS_TO", "IN_SECTOR"}
    assert all(role.get("seniority") is None for role in _roles(graph).values())


def test_unusable_rows_are_reported_with_file_and_line(graph: CareerGraph) -> None:
    found = {(p.file, p.line): p.message for p in graph.report.problems}
    assert found[(TABLE, _line_of("Ship Chandlers"))] == (
        "broken row (4 cells, header has 8): not read")
    assert found[(TABLE, _line_of("Bunkering Hands"))] == (
        "unit group code '72X5' is not four digits: not read")
    assert found[(TABLE, _line_of("Canal Lock Keepers"))] == (
        "ISCO-08 code 7122 given twice: the first row is kept")
    assert found[(TABLE, _line_of("Sea-going Tug Masters"))] == (
        "unit group 7391 has no minor group 739 in the table: read alone")
    assert "Sea-going Tug Masters" in _roles(graph)


def test_codes_saved_as_numbers_are_padded_back(graph: CareerGraph) -> None:
    # "110" at level 4 is the armed forces' 0110, under the minor group "11" (011), which
    # is not the sub-major group 11 of another major group.
    assert "Naval Boarding Officers" in _roles(graph)
    line = _line_of("Naval Boarding Officers")
    assert not [p for p in graph.report.problems if p.line == line]


def test_codes_a_data_frame_wrote_as_floats_are_read(tmp_path: Path) -> None:
    (tmp_path / "structure.csv").write_text(
        HEADER + "3.0,11.0,Signal Officers,,,,,\n4.0,110.0,Signal Watch Officers,,,,,\n",
        encoding="utf-8")
    graph = CareerGraph.from_guides(tmp_path)
    assert [g.role for g in graph.report.guides] == ["Signal Watch Officers"]
    assert not graph.report.problems  # 0110 is under the minor group 011


def test_task_and_example_cells_in_their_shapes() -> None:
    assert tasks("In such cases tasks would include -\n(a) hauling nets;\n(b) mending "
                 "them; and\n(c) salting fish.") == ["hauling nets", "mending them",
                                                      "salting fish"]
    assert tasks("Tasks performed usually include: hauling nets; mending them.") == []
    assert examples("Examples of the occupations classified here:\n- Net mender\n"
                    "Note: seasonal crews are included.") == ["Net mender"]
    assert examples("Example of the occupations classified here: - Net mender - Gutter "
                    "(fish)") == ["Net mender", "Gutter (fish)"]
    assert examples("Occupations in this minor group are classified into the following "
                    "unit groups:\n- 6221 Fishers") == []


def test_a_resaved_table_with_semicolons_in_windows_1252_is_read(tmp_path: Path) -> None:
    row = ('4;5141;Café Baristas;Baristas brew coffee.;"Tasks include -\n(a)  grinding '
           'beans;\n(b)  steaming milk.";"Examples of the occupations classified here:\n'
           '- Crème barista";;\n')
    (tmp_path / "isco.csv").write_bytes((HEADER.replace(",", ";") + row).encode("cp1252"))
    graph = CareerGraph.from_guides(tmp_path)
    [guide] = graph.report.guides
    assert guide.role == "Café Baristas"
    assert _roles(graph)["Café Baristas"]["aliases"] == ["Café Baristas", "Crème barista"]
    assert any("UTF-8" in p.message for p in graph.report.problems if p.file == "isco.csv")


def test_a_wrong_header_is_an_error_naming_file_line_and_columns(tmp_path: Path) -> None:
    text = (ISCO / TABLE).read_text(encoding="utf-8-sig")
    (tmp_path / TABLE).write_text(text.replace("Title EN", "Title", 1), encoding="utf-8")
    graph = CareerGraph.from_guides(tmp_path)
    [error] = [p for p in graph.report.problems if p.severity is Severity.ERROR]
    assert (error.file, error.line) == (TABLE, 1)
    assert "ISCO-08 structure header lacks column(s) Title EN" in error.message
    assert graph.report.guides == []
    with pytest.raises(GuideError) as caught:
        CareerGraph.from_guides(tmp_path, strict=True)
    assert caught.value.file == TABLE and caught.value.line == 1


def test_detection_by_header_and_other_csv_files_left_alone(tmp_path: Path) -> None:
    shutil.copy(ISCO / TABLE, tmp_path / "occupations-structure.csv")
    # A crosswalk with an ISCO code column is another table: ignored in a folder.
    (tmp_path / "crosswalk.csv").write_text("SOC code,ISCO 08 Code\n1111,1111\n",
                                            encoding="utf-8")
    (tmp_path / "ISCO-08 EN Structure and definitions.xlsx").write_bytes(b"PK\x03\x04")
    graph = CareerGraph.from_guides(tmp_path)
    assert len(graph.report.guides) == 13
    assert not [p for p in graph.report.problems if p.file == "crosswalk.csv"]
    [sheet] = [p for p in graph.report.problems if p.file.endswith(".xlsx")]
    assert sheet.severity is Severity.ERROR and "save its sheet as CSV" in sheet.message


def test_built_with_the_other_taxonomies(cli: CliRunner) -> None:
    folders = [TAXONOMY / name for name in ("isco", "onet", "esco", "noc")]
    graph = CareerGraph.from_guides(folders)
    roles = _roles(graph)
    # The same occupation in ISCO-08 and O*NET is one role, joined by its title…
    engineers = roles["Data Engineers"]
    assert {s["file"] for s in engineers["sources"]} >= {TABLE, "Occupation Data.txt"}
    # …but an example title that is another taxonomy's occupation is no alias.
    assert "Data scientist" not in engineers["aliases"]
    assert "Data Scientists" in roles
    assert "Tug Masters" in roles and "Sea-going Tug Masters" in roles
    args = ["explain", "Data Engineers"] + [a for f in folders for a in ("-g", str(f))]
    result = cli.invoke(app, args)
    assert result.exit_code == 0, result.output
    said = " ".join(result.output.split())
    assert f"Data Engineers {TABLE}:{_line_of(',2526,Data Engineers,')} — canonical" in said
    assert "Data Engineers Occupation Data.txt:2 — canonical" in said


def test_cli_builds_and_answers_from_the_table(cli: CliRunner) -> None:
    check_cli_build_and_role(cli, ISCO, "13 guides: 13 used, 0 rejected", "dock pilot",
                             "Harbour Pilots")
