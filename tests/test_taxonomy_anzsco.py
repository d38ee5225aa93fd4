"""The ABS's OSCA 2024 / ANZSCO 2022 tables (OSCA's Category Descriptions, Table 1, and the
index of principal titles, alternative titles and specialisations, saved as CSV below their
title block) imported as guides: occupations as roles with their row lines, main tasks as
responsibilities, licensing sentences as requirements, alternative titles and
specialisations as aliases under the rules every taxonomy's alternative titles follow, no
moves, sectors or seniority from the hierarchy or skill levels, and every unusable row
reported with its file and line.  Every title and text in the fixtures is invented."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from careergraph import CareerGraph
from careergraph.errors import GuideError
from careergraph.guides.taxonomy import claim
from careergraph.guides.taxonomy_anzsco import title_items
from careergraph.model import Guide, Layout, Severity
from taxonomy_checks import (
    check_cli_build_and_role,
    check_no_moves_sectors_or_seniority,
    import_folder,
    line_of,
    roles,
)

OSCA = Path(__file__).parent / "fixtures" / "taxonomy" / "osca"
DESCRIPTIONS = "OSCA Category Descriptions.csv"
INDEX = "OSCA index of principal titles alternative titles and specialisations.csv"
HEADER = ("Identifier,Principal Title,Alternative Title,Lead Statement,Main Tasks,"
          "Registration or Licensing,Inclusion and Exclusion Statements,Skill Attributes,"
          "Skill Level,Specialisations,Occupation in NEC category\n")
TITLE_BLOCK = "Invented sheet,,,\nTable 1,,,\n,,,\n"


@pytest.fixture(scope="module")
def graph() -> CareerGraph:
    """The OSCA fixture folder built alone."""
    return CareerGraph.from_guides(OSCA)


@pytest.fixture(scope="module")
def guides() -> dict[str, Guide]:
    """The OSCA fixture folder's guides, by role title."""
    return import_folder(OSCA)


def test_each_occupation_is_a_role_with_its_row(graph: CareerGraph) -> None:
    found = roles(graph)
    assert set(found) == {"Kelp Farmer", "Oyster Grower", "Marine Crop Farmers nec",
                          "Mussel Line Hand"}
    assert "Marine Crop Farmers" not in found  # a unit group row
    kelp = found["Kelp Farmer"]
    # The row's first line (its cells span lines), and the index row of an alias.
    assert [(s["file"], s["line"]) for s in kelp["sources"]] == [
        (DESCRIPTIONS, line_of(OSCA, DESCRIPTIONS, "841111,Kelp Farmer,")),
        (INDEX, line_of(OSCA, INDEX, "Kelp Cultivator"))]
    assert kelp["summary"] == "Grows, tends and harvests kelp on leased coastal lines."
    assert {g.layout for g in graph.report.guides} == {Layout.ANZSCO}
    check_no_moves_sectors_or_seniority(graph)


def test_main_tasks_are_responsibilities(guides: dict[str, Guide]) -> None:
    kelp = guides["Kelp Farmer"]
    assert [r.text for r in kelp.responsibilities] == [
        "setting out seeded ropes along the longlines",
        "checking water temperature and nutrient levels",
        "harvesting, washing and drying the fronds"]
    # One line of items between ";" (the last led by "and").
    assert [r.text for r in guides["Oyster Grower"].responsibilities] == [
        "grading oysters by size", "cleaning and turning baskets", "packing for market"]


def test_licensing_sentences_are_requirements(guides: dict[str, Guide]) -> None:
    kelp = guides["Kelp Farmer"]
    assert [r.text for r in kelp.requirements] == [
        "A marine farming permit is needed in most coastal states.",
        "Boat operators also hold a skipper ticket."]
    assert {r.source.line for r in kelp.requirements} == {kelp.role.source.line}
    assert guides["Oyster Grower"].requirements == []  # "There are no licensing …"


def test_alternative_titles_and_specialisations_are_aliases(graph: CareerGraph) -> None:
    found = roles(graph)
    assert set(found["Kelp Farmer"]["aliases"]) == {
        "Kelp Farmer", "Seaweed Grower", "Kelp Grower", "Sea Urchin Rancher",
        "Spore Line Seeder", "Kelp Cultivator"}
    # A slash specialisation is kept whole with its halves (the taxonomies' slash rule).
    assert {"Pearl Oyster Technician / Pearl Seeder", "Pearl Oyster Technician",
            "Pearl Seeder", "Rock Oyster Spatter", "Oyster Farmer"} <= set(
        found["Oyster Grower"]["aliases"])
    # Another level of the occupation is no alias, and is counted.
    assert "Senior Kelp Farmer" not in found["Kelp Farmer"]["aliases"]
    notes = [p.message for p in graph.report.problems if p.file == DESCRIPTIONS]
    assert any(n.startswith("1 alternative titles name an occupation at another level")
               for n in notes)


def test_a_nec_records_occupations_are_not_its_names(graph: CareerGraph) -> None:
    nec = roles(graph)["Marine Crop Farmers nec"]
    assert nec["aliases"] == ["Marine Crop Farmers nec"]
    assert "Sponge Gardener" not in roles(graph)
    [note] = [p.message for p in graph.report.problems if p.file == INDEX and p.line == 1]
    assert note.startswith("1 index titles of occupations a 'nec' record gathers not read")


def test_unusable_rows_are_reported_with_file_and_line(graph: CareerGraph) -> None:
    found = {(p.file, p.line): p.message for p in graph.report.problems}
    assert found[(DESCRIPTIONS, line_of(OSCA, DESCRIPTIONS, "84111X"))] == (
        "occupation code '84111X' is not six digits: not read")
    assert found[(DESCRIPTIONS, line_of(OSCA, DESCRIPTIONS, "Kelp Farmer Again"))] == (
        "occupation code 841111 given twice: the first row is kept")
    assert found[(DESCRIPTIONS, line_of(OSCA, DESCRIPTIONS, "Untitled Grower"))] == (
        "occupation 841113 has no principal title: not read")
    assert ("1 rows without an occupation code (the sheet's notes) not read"
            in [p.message for p in graph.report.problems if p.file == DESCRIPTIONS])
    assert found[(INDEX, line_of(OSCA, INDEX, "Ghost Fisher"))] == (
        "occupation code 849999 is not in the descriptions: its index titles not read")
    assert found[(INDEX, line_of(OSCA, INDEX, "Short Code Title"))] == (
        "index row with code '84111' not six digits or no title: not read")
    assert "Rumoured Title" in found[(INDEX, line_of(OSCA, INDEX, "Oyster Shucker"))]
    assert "Broken Code Farmer" not in roles(graph) and "Untitled Grower" not in str(
        roles(graph))
    assert not [p for p in graph.report.problems if p.severity is Severity.ERROR]


def test_the_index_alone_makes_each_occupation_from_its_principal_title(
        tmp_path: Path) -> None:
    # ANZSCO 2022 publishes no descriptions table: its index alone, its code column named
    # after the classification, a spreadsheet's float codes, semicolons (a European Excel).
    name = "anzsco 2022 index of principal titles, alternative titles and specialisations.csv"
    (tmp_path / name).write_text(
        "Invented index;;\n;;\nANZSCO Code;Description;Category\n"
        "362711.0;Topiary Cutter;Specialisation\n362711.0;Hedge Sculptor;Principal Title\n"
        "362712;Lawn Bowls Greenkeeper;Principal Title\n", encoding="utf-8")
    graph = CareerGraph.from_guides(tmp_path)
    found = roles(graph)
    assert set(found) == {"Hedge Sculptor", "Lawn Bowls Greenkeeper"}
    assert set(found["Hedge Sculptor"]["aliases"]) == {"Hedge Sculptor", "Topiary Cutter"}
    assert [(s["file"], s["line"]) for s in found["Hedge Sculptor"]["sources"]] == [
        (name, 4), (name, 5)]
    assert not [p for p in graph.report.problems if p.file == name]


def test_tables_are_recognised_by_header_whatever_their_names(tmp_path: Path) -> None:
    shutil.copy(OSCA / DESCRIPTIONS, tmp_path / "Table 1.csv")
    shutil.copy(OSCA / INDEX, tmp_path / "Table 2.csv")
    assert len(CareerGraph.from_guides(tmp_path).report.guides) == 4


def test_a_header_lacking_a_column_read_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "OSCA Category Descriptions - Table 1.csv").write_text(
        TITLE_BLOCK + "Identifier,Title,Main Tasks\n271311,Hedge Sculptor,x\n",
        encoding="utf-8")
    graph = CareerGraph.from_guides(tmp_path)
    [error] = [p for p in graph.report.problems if p.severity is Severity.ERROR]
    assert (error.file, error.line) == ("OSCA Category Descriptions - Table 1.csv", 1)
    assert "header lacks column(s) Identifier, Principal Title" in error.message
    assert graph.report.guides == []
    with pytest.raises(GuideError):
        CareerGraph.from_guides(tmp_path, strict=True)


def test_the_structure_and_workbooks_are_not_read(tmp_path: Path) -> None:
    shutil.copy(OSCA / DESCRIPTIONS, tmp_path / DESCRIPTIONS)
    (tmp_path / "OSCA structure - Table 5.csv").write_text(
        TITLE_BLOCK + "Identifier,,,,,,Skill Level\n8,Invented Workers,,,,,\n",
        encoding="utf-8")
    (tmp_path / "OSCA index of principal titles alternative titles and "
                "specialisations.xlsx").write_bytes(b"PK\x03\x04")
    (tmp_path / "crosswalk.csv").write_text("Identifier,Other\n1,2\n", encoding="utf-8")
    graph = CareerGraph.from_guides(tmp_path)
    assert len(graph.report.guides) == 4
    [skipped] = [p for p in graph.report.problems if p.file.startswith("OSCA structure")]
    assert skipped.severity is Severity.WARNING and "structure" in skipped.message
    [sheet] = [p for p in graph.report.problems if p.file.endswith(".xlsx")]
    assert sheet.severity is Severity.ERROR and "saved as CSV" in sheet.message
    assert not [p for p in graph.report.problems if p.file == "crosswalk.csv"]


def test_a_row_with_a_group_code_is_no_role(tmp_path: Path) -> None:
    (tmp_path / "t.csv").write_text(
        TITLE_BLOCK + HEADER + "3627,Garden Artisans,,,,,,,,,\n"
        "362711,Hedge Sculptor,,Shapes hedges.,,,,,3,,\n", encoding="utf-8")
    graph = CareerGraph.from_guides(tmp_path)
    assert set(roles(graph)) == {"Hedge Sculptor"}
    assert not graph.report.problems


@pytest.mark.parametrize(("cell", "items"), [
    ("- Hedge Sculptor\n- Topiarist;\n", ["Hedge Sculptor", "Topiarist"]),
    ("shaping hedges; clipping; and sweeping up.", ["shaping hedges", "clipping",
                                                    "sweeping up"]),
    ("\u2022 shaping hedges, borders and arches\n\u2022 clipping.", [
        "shaping hedges, borders and arches", "clipping"]),
    ("", []),
])
def test_list_cells_give_their_items(cell: str, items: list[str]) -> None:
    assert title_items(cell) == items


def test_cli_builds_and_answers_from_the_tables(cli: CliRunner) -> None:
    check_cli_build_and_role(cli, OSCA, "4 guides: 4 used, 0 rejected", "kelp cultivator",
                             "Kelp Farmer")


def test_a_table_with_more_columns_than_the_index_is_no_index(tmp_path: Path) -> None:
    (tmp_path / "catalogue.csv").write_text(
        "Identifier,Description,Category,Price\n100001,Garden shears,Tools,12\n",
        encoding="utf-8")
    bundles, _, problems = claim([("catalogue.csv", tmp_path / "catalogue.csv")])
    assert bundles == [] and problems == []  # a CSV of another kind: left alone
