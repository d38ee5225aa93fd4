"""Statistics Canada's NOC 2021 V1.0 CSV download (classification structure and elements)
imported as guides: unit groups as roles with their row lines, examples as aliases under the
rules every taxonomy's alternative titles follow, duties, requirements, the moves the
progression sentences state, and every unusable row reported with its file and line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from careergraph import CareerGraph
from careergraph.errors import GuideError
from careergraph.model import Guide, Layout, Severity
from taxonomy_checks import check_cli_build_and_role, check_windows_1252, import_folder

NOC = Path(__file__).parent / "fixtures" / "taxonomy" / "noc"
STRUCTURE = "noc_2021_version_1.0_-_classification_structure.csv"
ELEMENTS = "noc_2021_version_1.0_-_elements.csv"
HEADER = ("Level,Code - NOC 2021 V1.0,Class title,Element Type Label English,"
          "Element Description English\n")


def _line_of(file: str, text: str) -> int:
    """The 1-based line where ``text`` first occurs (read as plain text, not as CSV)."""
    lines = (NOC / file).read_text(encoding="utf-8-sig").splitlines()
    return next(number for number, line in enumerate(lines, 1) if text in line)


@pytest.fixture(scope="module")
def graph() -> CareerGraph:
    return CareerGraph.from_guides(NOC)


@pytest.fixture(scope="module")
def guides() -> dict[str, Guide]:
    return import_folder(NOC)


def test_each_unit_group_is_a_role_with_its_rows(graph: CareerGraph) -> None:
    roles = {a["name"]: a for _, a in graph.nx.nodes(data=True) if a["type"] == "Role"}
    assert len(roles) == 12  # 13 unit groups, one broken row; levels 1-4 are no roles
    assert "Orchard and nursery supervisors" not in roles  # a minor group
    places = {(s["file"], s["line"]) for s in roles["Orchard supervisors"]["sources"]}
    assert (STRUCTURE, _line_of(STRUCTURE, ",82010,")) in places
    assert (ELEMENTS, _line_of(ELEMENTS, "orchard crew boss")) in places
    assert roles["Orchard supervisors"]["summary"].startswith("Orchard supervisors plan")
    assert {g.layout for g in graph.report.guides} == {Layout.NOC}


def test_duties_and_requirements_keep_their_lines(guides: dict[str, Guide]) -> None:
    orchard = guides["Orchard supervisors"]
    duties = [fact.text for fact in orchard.responsibilities]
    assert duties[0] == "Plan and assign picking, pruning and thinning work to crews"
    assert not any(d.startswith("This group performs") for d in duties)  # the preamble
    assert orchard.responsibilities[1].source.line == _line_of(ELEMENTS, "Check fruit quality")
    assert [r.text for r in orchard.requirements] == [
        "Several seasons of orchard work are usually required."]
    assert guides["Fruit pickers"].requirements == []  # "There are no … requirements."
    assert all(not guide.sectors for guide in guides.values())  # categories are no industry


def test_examples_are_aliases_but_other_levels_and_other_titles(graph: CareerGraph) -> None:
    aliases = {a["name"]: a["aliases"] for _, a in graph.nx.nodes(data=True)
               if a["type"] == "Role"}
    orchard = aliases["Orchard supervisors"]
    assert {"orchard crew boss", "fruit farm foreman/woman"} <= set(orchard)
    assert "senior orchard supervisor" not in orchard  # another rung
    assert "apprentice irrigation technician" not in aliases["Irrigation technicians"]
    assert "arborist" not in aliases["Greenhouse workers"]  # another unit group's title
    assert "orchard supervisors" not in aliases["Fruit pickers"]
    assert "pump station attendant" not in aliases["Irrigation technicians"]  # an inclusion
    notes = [p.message for p in graph.report.problems if p.file == ELEMENTS and p.line == 1]
    assert any(n.startswith("2 alternative titles name an occupation at another level")
               for n in notes)
    assert any(n.startswith("2 alternative titles are another guide's title") for n in notes)


def test_progression_sentences_become_moves_up(graph: CareerGraph) -> None:
    edge = graph.nx.edges["role:fruit-pickers", "role:orchard-supervisors", "LEADS_TO"]
    assert edge["sources"] == [{"file": ELEMENTS,
                                "line": _line_of(ELEMENTS, "such as orchard supervisor")}]
    assert graph.nx.has_edge("role:irrigation-technicians", "role:irrigation-designers")
    # An exclusion names another unit group: no move either way.
    assert not graph.nx.has_edge("role:orchard-supervisors", "role:fruit-pickers")
    moves = [(u, v) for u, v, d in graph.nx.edges(data=True)
             if d["type"] in ("LEADS_TO", "TRANSITIONS_TO")]
    assert len(moves) == 2  # "farm management positions" names no role


def test_unusable_rows_are_reported_with_file_and_line(graph: CareerGraph) -> None:
    found = {(p.file, p.line): p.message for p in graph.report.problems}
    assert found[(STRUCTURE, _line_of(STRUCTURE, "Agricultural records clerks"))] == (
        "broken row (4 cells, header has 5): not read")
    assert found[(ELEMENTS, _line_of(ELEMENTS, "rain gauge reader"))] == (
        "unknown NOC code '99999': its elements not read")  # once, not for each row
    # The first "Greenhouse workers,Main duties" line is the row without a description.
    broken = _line_of(ELEMENTS, "Greenhouse workers,Main duties")
    assert found[(ELEMENTS, broken)] == "broken row (4 cells, header has 5): not read"


def test_the_elements_alone_are_enough(tmp_path: Path) -> None:
    shutil.copy(NOC / ELEMENTS, tmp_path / ELEMENTS)
    guides = import_folder(tmp_path)
    assert guides["Orchard supervisors"].role.source.line == 2
    assert "Weather station observers" in guides  # no structure to check its code against
    assert guides["Fruit pickers"].leads_to[0].text == "Orchard Supervisor"


def test_codes_saved_as_numbers_are_padded_back(tmp_path: Path) -> None:
    (tmp_path / STRUCTURE).write_text(
        "Level,Hierarchical structure,Code - NOC 2021 V1.0,Class title,Class definition\n"
        "5,Unit group,42,Harbour pilots,Harbour pilots steer ships into port.\n",
        encoding="utf-8")
    (tmp_path / ELEMENTS).write_text(
        HEADER + "5,00042,Harbour pilots,All examples,docking pilot\n", encoding="utf-8")
    [pilot] = import_folder(tmp_path).values()
    assert [a.text for a in pilot.aliases] == ["docking pilot"]


def test_a_windows_1252_table_is_read_with_a_note(tmp_path: Path) -> None:
    check_windows_1252(tmp_path, ELEMENTS,
                       HEADER + "5,31050,Café owners,All examples,crêpe stand operator\n",
                       "Café owners")


def test_a_wrong_header_is_an_error_naming_file_line_and_columns(tmp_path: Path) -> None:
    shutil.copytree(NOC, tmp_path / "noc")
    table = tmp_path / "noc" / ELEMENTS
    text = table.read_text(encoding="utf-8-sig")
    table.write_text(text.replace("Element Description English", "Description", 1),
                     encoding="utf-8")
    graph = CareerGraph.from_guides(tmp_path / "noc")
    [error] = [p for p in graph.report.problems if p.severity is Severity.ERROR]
    assert (error.file, error.line) == (ELEMENTS, 1)
    assert "lacks column(s) Element Description English" in error.message
    assert len(graph.report.guides) == 12  # the structure is still read
    with pytest.raises(GuideError) as caught:
        CareerGraph.from_guides(tmp_path / "noc", strict=True)
    assert caught.value.file == ELEMENTS and caught.value.line == 1


def test_a_table_is_recognised_by_its_header_and_the_french_one_skipped(
    tmp_path: Path,
) -> None:
    shutil.copy(NOC / ELEMENTS, tmp_path / "unit-groups.csv")
    (tmp_path / "cnp_2021_version_1.0_-_elements.csv").write_text(
        "Niveau,Code dela CNP 2021 v1.0,Titres de classes\n5,82010,Superviseurs\n",
        encoding="utf-8")
    graph = CareerGraph.from_guides(tmp_path)
    assert len(graph.report.guides) == 7  # the elements alone: 99999 is a unit group too
    [skipped] = [p for p in graph.report.problems if p.file.startswith("cnp_")]
    assert skipped.message.startswith("skipped: a NOC table careergraph does not read")


def test_a_broken_structure_header_leaves_the_elements_read(tmp_path: Path) -> None:
    shutil.copytree(NOC, tmp_path / "noc")
    table = tmp_path / "noc" / STRUCTURE
    text = table.read_text(encoding="utf-8-sig")
    table.write_text(text.replace("Class title", "Title", 1), encoding="utf-8")
    graph = CareerGraph.from_guides(tmp_path / "noc")
    [error] = [p for p in graph.report.problems if p.severity is Severity.ERROR]
    assert (error.file, error.line) == (STRUCTURE, 1)
    assert "lacks column(s) Class title" in error.message
    assert len(graph.report.guides) == 7  # the unit groups the elements name


def test_cli_builds_and_answers_from_the_download(cli: CliRunner) -> None:
    check_cli_build_and_role(cli, NOC, "12 guides: 12 used, 0 rejected", "apple picker",
                             "Fruit pickers")
