"""Taxonomy tables as real downloads and spreadsheet re-saves come (structures found in real
O*NET, ESCO and schema.org files; the fixtures' content is invented): Excel's quoted
tab-separated cells in Windows-1252 or UTF-16, O*NET's pre-23.2 ``Tools and Technology.txt``,
ESCO tables trimmed to a few columns, v1.2 relations naming their skill, level variants among
the alternative titles, and salaries as sites write them."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path
from typing import Any

import pytest

from careergraph import CareerGraph
from careergraph.guides import load_corpus, parse_file

TAXONOMY = Path(__file__).parent / "fixtures" / "taxonomy"
EXCEL = TAXONOMY / "onet-excel"
TRIMMED = TAXONOMY / "esco-trimmed"
OCC = "Occupation Data.txt"


def _roles(graph: CareerGraph) -> dict[str, dict[str, Any]]:
    return {a["name"]: a for _, a in graph.nx.nodes(data=True) if a["type"] == "Role"}


def _skills(graph: CareerGraph, role: str) -> dict[str, list[str]]:
    return {graph.nx.nodes[skill]["name"]: attrs["kinds"]
            for _, skill, attrs in graph.nx.out_edges(role, data=True)
            if attrs["type"] == "REQUIRES"}


def _notes(graph: CareerGraph) -> dict[str, list[tuple[int, str]]]:
    notes: dict[str, list[tuple[int, str]]] = {}
    for problem in graph.report.problems:
        notes.setdefault(problem.file, []).append((problem.line, problem.message))
    return notes


@pytest.fixture(scope="module")
def onet() -> CareerGraph:
    return CareerGraph.from_guides(EXCEL)


def test_excel_quoted_cells_are_unquoted(onet: CareerGraph) -> None:
    names = set(_roles(onet))
    assert {"Brewers, Head and Assistant", "Kitchen Workers, All Other"} <= names
    assert not any('"' in name for name in names)
    summary = onet.nx.nodes["role:bakery-managers"]["summary"]
    assert summary == "Plan, direct, or coordinate bakery work. Invented for tests."


def test_a_windows_1252_table_is_read_with_a_note_naming_the_first_line(
    onet: CareerGraph,
) -> None:
    assert "Pâtissiers" in _roles(onet)
    [(line, message)] = [n for n in _notes(onet)[OCC] if "UTF-8" in n[1]]
    assert line == 4 and "read as Windows-1252" in message


def test_a_utf16_save_reads_the_same_without_a_note(tmp_path: Path) -> None:
    folder = tmp_path / "onet"
    shutil.copytree(EXCEL, folder)
    text = (EXCEL / OCC).read_bytes().decode("cp1252")
    (folder / OCC).write_bytes(text.encode("utf-16"))  # with its byte-order mark
    graph = CareerGraph.from_guides(folder)
    assert set(_roles(graph)) == set(_roles(CareerGraph.from_guides(EXCEL)))
    assert not [n for n in _notes(graph).get(OCC, []) if "UTF-8" in n[1]]


def test_the_technology_rows_of_tools_and_technology_are_tools(onet: CareerGraph) -> None:
    assert _skills(onet, "role:bakery-managers") == {"Recipe costing software": ["tool"]}
    assert "Dough sheeters" not in {a["name"] for _, a in onet.nx.nodes(data=True)}
    edge = onet.nx.edges["role:bakery-managers", "skill:recipe-costing-software", "REQUIRES"]
    assert edge["sources"] == [{"file": "Tools and Technology.txt", "line": 3}]


def test_an_alternative_title_at_another_level_is_no_alias(onet: CareerGraph) -> None:
    aliases = _roles(onet)["Bakery Managers"]["aliases"]
    assert "Bakeshop Manager" in aliases and "Senior Bakery Manager" not in aliases
    [(line, message)] = [n for n in _notes(onet)["Alternate Titles.txt"] if "level" in n[1]]
    assert line == 1
    assert message.startswith("1 alternative titles name an occupation at another level")
    assert "'Senior Bakery Manager' for 'Bakery Managers'" in message


def test_trimmed_esco_tables_and_v12_relations_are_read() -> None:
    graph = CareerGraph.from_guides(TRIMMED)
    assert not [p for p in graph.report.problems if p.severity.value == "error"]
    # The skills table's name wins over the relation's label; a skill id the skills table
    # lacks is named by the relation's skillLabel.
    assert _skills(graph, "role:baker") == {"knead dough": ["technical"],
                                            "yeast biology": ["optional"]}
    assert _skills(graph, "role:brewer") == {"hop varieties": ["technical"]}


def test_v12_relations_need_no_skills_table(tmp_path: Path) -> None:
    for name in ("occupations_en.csv", "occupationSkillRelations_en.csv"):
        shutil.copy(TRIMMED / name, tmp_path / name)
    graph = CareerGraph.from_guides(tmp_path)
    assert _skills(graph, "role:baker") == {"kneading": ["technical"],
                                            "yeast biology": ["optional"]}


def test_level_variants_stay_apart_so_a_guide_can_climb_to_them(tmp_path: Path) -> None:
    shutil.copytree(TRIMMED, tmp_path / "esco")
    (tmp_path / "baker.yaml").write_text("role: Baker\nleads_to: [Senior Baker]\n",
                                         encoding="utf-8")
    graph = CareerGraph.from_guides(tmp_path)
    aliases = graph.nx.nodes["role:baker"]["aliases"]
    assert "bread maker" in aliases and "senior baker" not in aliases
    assert graph.nx.has_edge("role:baker", "role:senior-baker", "LEADS_TO")
    brewer = graph.nx.nodes["role:brewer"]["aliases"]
    assert "head brewer" not in brewer and "beer maker" in brewer


def test_schema_org_salaries_as_sites_write_them() -> None:
    guides = parse_file(TAXONOMY / "schemaorg" / "salaries.jsonld", name="salaries.jsonld")
    pay = {g.role.text: [(s.statistic, s.min, s.max, s.currency, s.period)
                         for s in g.salaries] for g in guides}
    assert pay == {
        "Cloud Architect": [("range", 18000, 25000, "AED", "month")],  # MonetaryAmount min/max
        "Pastry Chef": [("median", 41500, 41500, "USD", "year")],  # "$41,500"
        "Line Cook": [("range", 2100, 2900, "SGD", "month"),  # "Gross Monthly Wage"
                      ("median", 2500, 2500, "SGD", "month")],
        "Sous Chef": [("range", 18, 24, "GBP", "hour")],  # unitText "per hour"
        "Portfolio Designer": [],  # a distribution with a currency and no figure
    }


def test_the_corpus_loader_reports_the_encoding_note_once() -> None:
    corpus = load_corpus([EXCEL])
    assert sum("Windows-1252" in p.message for p in corpus.problems) == 1


def _rejected(graph: CareerGraph) -> dict[str, str]:
    return {r.file: r.reason for r in graph.report.rejected}


def test_an_excel_download_is_named_with_what_to_download_instead(tmp_path: Path) -> None:
    shutil.copy(EXCEL / OCC, tmp_path / OCC)
    (tmp_path / "Skills.xlsx").write_bytes(b"PK\x03\x04 not opened")
    (tmp_path / "occupations_de.ods").write_bytes(b"PK\x03\x04 not opened")
    (tmp_path / "budget.xlsx").write_bytes(b"PK\x03\x04 not opened")  # no taxonomy: ignored
    graph = CareerGraph.from_guides(tmp_path)
    rejected = _rejected(graph)
    assert set(rejected) == {"Skills.xlsx", "occupations_de.ods"}
    assert "O*NET database's text download" in rejected["Skills.xlsx"]
    assert "db_XX_X_text.zip" in rejected["Skills.xlsx"]
    assert "ESCO CSV" in rejected["occupations_de.ods"]
    assert len(graph.report.guides) == 4  # the text table is still read


def test_an_onet_online_export_is_named_as_such(tmp_path: Path) -> None:
    export = tmp_path / "All_Occupations.txt"
    export.write_text("Job Zone\tCode\tOccupation\tData-level\n"
                      "4\t11-9901.00\tBakery Managers\tY\n"
                      'n/a\t11-9904.00\t"Kitchen Workers, All Other"\t\n', encoding="utf-8")
    graph = CareerGraph.from_guides(tmp_path)
    assert "O*NET OnLine table export" in _rejected(graph)["All_Occupations.txt"]


def test_a_table_alone_names_the_taxonomy_properly(tmp_path: Path) -> None:
    shutil.copy(EXCEL / "Tools and Technology.txt", tmp_path)
    graph = CareerGraph.from_guides(tmp_path)
    assert _rejected(graph)["Tools and Technology.txt"].startswith(
        "O*NET table without its occupations table")


def _kitchen(folder: Path) -> None:
    """An ESCO table whose alternative labels name other occupations (as ESCO's do: it
    lists "chiropractor" for physiotherapist, "sous chef" for head chef)."""
    folder.mkdir()
    (folder / "occupations_en.csv").write_text(
        "conceptType,conceptUri,iscoGroup,preferredLabel,altLabels,description\n"
        'Occupation,http://example.org/occ/physio,2264,physiotherapist,"physical therapist\n'
        'chiropractor\nosteopath",Invented.\n'
        'Occupation,http://example.org/occ/osteo,2269,osteopath,"bone setter",Invented.\n'
        'Occupation,http://example.org/occ/head,3434,head chef,"chef de cuisine\n'
        'sous chef",Invented.\n', encoding="utf-8")


def test_a_label_that_is_another_guides_title_merges_nothing(tmp_path: Path) -> None:
    _kitchen(tmp_path / "esco")
    (tmp_path / "onet").mkdir()
    (tmp_path / "onet" / OCC).write_text(
        "O*NET-SOC Code\tTitle\tDescription\n29-9911.00\tChiropractors\tInvented.\n",
        encoding="utf-8")
    (tmp_path / "sous-chef.yaml").write_text("role: Sous Chef\nleads_to: [Head Chef]\n",
                                             encoding="utf-8")
    graph = CareerGraph.from_guides(tmp_path)
    assert {"physiotherapist", "osteopath", "Chiropractors", "head chef",
            "Sous Chef"} <= set(_roles(graph))
    assert graph.nx.nodes["role:physiotherapist"]["aliases"] == [
        "physical therapist", "physiotherapist"]
    assert graph.nx.has_edge("role:sous-chef", "role:head-chef", "LEADS_TO")
    [note] = [m for _, m in _notes(graph)["esco/occupations_en.csv"] if "another guide" in m]
    assert note.startswith("3 alternative titles are another guide's title")
    assert "'chiropractor' for 'physiotherapist', a title in onet/Occupation Data.txt" in note


def test_skill_collections_of_the_download_do_not_replace_the_skills_table(
    tmp_path: Path,
) -> None:
    """ESCO v1.1+ ships digCompSkillsCollection_en.csv, digitalSkillsCollection_en.csv …
    with the skills table's columns; sorted first, one took the skills table's place and
    skills_en.csv was rejected as a second one."""
    folder = tmp_path / "esco"
    shutil.copytree(TAXONOMY / "esco", folder)
    header = ("conceptType,conceptUri,skillType,reuseLevel,preferredLabel,status,altLabels,"
              "description,broaderConceptUri,broaderConceptPT\n")
    for name in ("digCompSkillsCollection_en.csv", "greenSkillsCollection_en.csv"):
        (folder / name).write_text(
            header + "KnowledgeSkillCompetence,http://example.org/skill/x,knowledge,"
                     "cross-sector,invented skill,released,,,,\n", encoding="utf-8")
    (folder / "my-collection.csv").write_text(header, encoding="utf-8")  # any name
    graph = CareerGraph.from_guides(folder)
    assert not graph.report.rejected
    assert _skills(graph, "role:data-engineer") == _skills(
        CareerGraph.from_guides(TAXONOMY / "esco"), "role:data-engineer")
    skipped = {p.file for p in graph.report.problems if "does not read" in p.message}
    assert {"digCompSkillsCollection_en.csv", "greenSkillsCollection_en.csv",
            "my-collection.csv"} <= skipped


def test_a_semicolon_csv_from_a_european_excel_is_read(tmp_path: Path) -> None:
    for table in TRIMMED.iterdir():
        rows = list(csv.reader(table.open(encoding="utf-8", newline="")))
        with (tmp_path / table.name).open("w", encoding="utf-8", newline="") as handle:
            csv.writer(handle, delimiter=";").writerows(rows)
    assert ";" in (tmp_path / "occupations_en.csv").read_text(encoding="utf-8").split("\n")[0]
    graph = CareerGraph.from_guides(tmp_path)
    assert not graph.report.rejected
    assert _skills(graph, "role:baker") == {"knead dough": ["technical"],
                                            "yeast biology": ["optional"]}
    assert "bread maker" in graph.nx.nodes["role:baker"]["aliases"]


def test_alternative_labels_joined_by_pipes_are_split(tmp_path: Path) -> None:
    (tmp_path / "occupations_en.csv").write_text(
        "conceptUri,iscoGroup,preferredLabel,altLabels\n"
        "http://example.org/occ/baker,7512,baker,bread maker | artisan baker | pastry baker\n",
        encoding="utf-8")
    graph = CareerGraph.from_guides(tmp_path)
    assert graph.nx.nodes["role:baker"]["aliases"] == [
        "artisan baker", "baker", "bread maker", "pastry baker"]
