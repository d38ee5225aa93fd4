"""The Bundesagentur für Arbeit's KldB 2010 (revised 2020) tables (the Klassifikationsserver's
structure with explanations, separated by ";", and the Gesamtberufsliste der BA saved as CSV
below its title block) imported as guides: each Berufsgattung a role with its row line, its
tasks as responsibilities, its example titles and the list's job titles (both gendered forms)
as aliases, no moves, sectors or seniority from the hierarchy or the Anforderungsniveau, and
every unusable row reported with its file and line.  Every title and text in the fixtures is
invented; only the real layout (headers, code shapes) is kept."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from careergraph import CareerGraph
from careergraph.errors import GuideError
from careergraph.guides.taxonomy import claim, import_bundle
from careergraph.guides.taxonomy_aliases import separate_titles
from careergraph.guides.taxonomy_kldb import german_forms
from careergraph.model import Fact, Guide, Layout, Severity, Source
from taxonomy_checks import (
    check_cli_build_and_role,
    check_no_moves_sectors_or_seniority,
    import_folder,
    line_of,
    roles,
)

KLDB = Path(__file__).parent / "fixtures" / "taxonomy" / "kldb"
STRUCTURE = "KldB_2010_Gliederung_mit_Erlaeuterung.csv"
TITLES = "Gesamtberufsliste_der_BA.csv"
HEADER = ("Schlüssel KldB 2010, V. 2020;Ebene;Titel;Kurztitel;Allgemeine Bemerkungen;"
          "Einschlüsse;Umfasst ferner;Ausschlüsse;\n")
KELP = "Berufe in der Seetangzucht – fachlich ausgerichtete Tätigkeiten"
BOATS = "Bootsführung der Küstenwache – hoch komplexe Tätigkeiten"


@pytest.fixture(scope="module")
def graph() -> CareerGraph:
    """The KldB fixture folder built alone."""
    return CareerGraph.from_guides(KLDB)


@pytest.fixture(scope="module")
def guides() -> dict[str, Guide]:
    """The KldB fixture folder's guides, by role title."""
    return import_folder(KLDB)


def test_each_berufsgattung_is_a_role_with_its_row(graph: CareerGraph) -> None:
    found = roles(graph)
    assert set(found) == {KELP, BOATS, "Berufe in der Seetangzucht – komplexe "
                          "Spezialistentätigkeiten", "Berufe in der Muschelzucht – "
                          "Helfertätigkeiten"}
    assert "Berufe in der Seetangzucht" not in found  # levels 1-4 are groups
    kelp = found[KELP]
    assert {(STRUCTURE, line_of(KLDB, STRUCTURE, "17112;5;")),
            (TITLES, line_of(KLDB, TITLES, "B 17112-105"))} <= {
        (s["file"], s["line"]) for s in kelp["sources"]}
    assert kelp["summary"].endswith("setzen Leinen aus und ernten Tang, z. B. an Küstenfarmen.")
    assert {g.layout for g in graph.report.guides} == {Layout.KLDB}
    check_no_moves_sectors_or_seniority(graph)  # the Anforderungsniveau is no rung


def test_tasks_are_responsibilities(guides: dict[str, Guide]) -> None:
    # Items apart by a run of spaces (the export's line breaks) or a line break.
    assert [r.text for r in guides[KELP].responsibilities] == [
        "Saatleinen an Bojen befestigen", "Wasserproben nehmen, z. B. Salzgehalt messen",
        "Tang ernten, waschen und trocknen"]
    assert not guides[KELP].requirements  # tasks are no requirements, as ISCO's


def test_example_and_listed_titles_are_aliases_in_both_forms(guides: dict[str, Guide]) -> None:
    aliases = [a.text for a in guides[KELP].aliases]
    assert aliases[:6] == ["Tangpflanzer", "Tangpflanzerin", "Seetangwirt", "Seetangwirtin",
                           "Oberarzt - Algenkunde", "Oberärztin - Algenkunde"]
    # The list's masculine and feminine columns; a "-" cell is no title.
    assert {"Algenbauer", "Algenbäuerin", "Algenbauer (Küstenfarm)"} <= set(aliases)
    assert not any("/" in alias or alias == "-" for alias in aliases)
    # "01214": the armed-forces-like leading zero a spreadsheet dropped, padded back.
    assert [a.text for a in guides[BOATS].aliases] == ["Bootsführer (Küstenwache)",
                                                       "Bootsführerin (Küstenwache)"]


def test_unusable_rows_are_reported_with_file_and_line(graph: CareerGraph) -> None:
    found = {(p.file, p.line): p.message for p in graph.report.problems}
    assert found[(STRUCTURE, line_of(KLDB, STRUCTURE, "17129;6;"))] == (
        "level (Ebene) '6' is not 1-5: not read")
    assert found[(STRUCTURE, line_of(KLDB, STRUCTURE, "171234;5;"))] == (
        "code '171234' is not a level 5 code of 5 digits: not read")
    assert found[(STRUCTURE, line_of(KLDB, STRUCTURE, "17124;5;"))] == (
        "position 17124 has no title: not read")
    assert found[(STRUCTURE, line_of(KLDB, STRUCTURE, "doppelt"))] == (
        "Berufsgattung code 17112 given twice: the first row is kept")
    assert found[(STRUCTURE, 1)] == "1 rows without a code or title (the sheet's notes) not read"
    assert found[(TITLES, line_of(KLDB, TITLES, "B 17999-100"))] == (
        "Berufsgattung 17999 is not in the structure: its job titles not read")
    assert found[(TITLES, line_of(KLDB, TITLES, "B 17112-106"))] == (
        "job title row of code 17112 has no title: not read")
    assert found[(TITLES, 1)].startswith("1 titles not coded under a Berufsgattung")
    assert "Riffwächter" not in str(roles(graph))
    assert not [p for p in graph.report.problems if p.severity is Severity.ERROR]


def test_a_neutral_list_gives_both_forms_and_the_slash_rule_keeps_two_titles(
        tmp_path: Path) -> None:
    # A list trimmed to its neutral titles; comma separated, header on line 1.
    (tmp_path / "s.csv").write_text(HEADER + "43219;5;Berufe im Erfundenen – Experten;x;;;;;\n",
                                    encoding="utf-8")
    (tmp_path / "liste.csv").write_text(
        "DKZ-ID,Codenummer,Bezeichnung neutral kurz\n1,B 43219-100,Wolkenplaner/in\n"
        "2,B 43219-101,Wolkenwart/-wartin\n3,B 43219-102,Hebamme/Entbindungspfleger\n",
        encoding="utf-8")
    graph = CareerGraph.from_guides(tmp_path)
    aliases = roles(graph)["Berufe im Erfundenen – Experten"]["aliases"]
    assert {"Wolkenplaner", "Wolkenplanerin", "Wolkenwart", "Wolkenwartin",
            "Hebamme/Entbindungspfleger", "Hebamme", "Entbindungspfleger"} <= set(aliases)
    assert not [p for p in graph.report.problems if p.severity is Severity.ERROR]


def test_a_listed_title_that_is_another_guides_title_is_not_merged() -> None:
    # Two titles the BA files under one Berufsgattung ("Programmierer" and "Informatiker"
    # alike) are aliases of it; one a career guide makes its own role stays that role.
    found = import_folder(KLDB)
    source = Source(file="algenbauer.md", line=1)
    card = Guide(file="algenbauer.md", layout=Layout.CARD,
                 role=Fact(text="Algenbauer", source=source))
    kept, notes = separate_titles([*found.values(), card])
    kelp = next(g for g in kept if g.role.text == KELP)
    assert "Algenbauer" not in [a.text for a in kelp.aliases]
    assert "Tangpflanzer" in [a.text for a in kelp.aliases]
    assert any("another guide's title" in note.message for note in notes)


def test_the_list_alone_is_no_taxonomy(tmp_path: Path) -> None:
    shutil.copy(KLDB / TITLES, tmp_path / TITLES)
    bundles, _, problems = claim([(TITLES, tmp_path / TITLES)])
    assert bundles == []
    [error] = problems
    assert (error.file, error.line, error.severity) == (TITLES, 1, Severity.ERROR)
    assert "without its occupations table" in error.message


def test_tables_are_recognised_by_header_whatever_their_names(tmp_path: Path) -> None:
    shutil.copy(KLDB / STRUCTURE, tmp_path / "export.csv")
    shutil.copy(KLDB / TITLES, tmp_path / "berufe.csv")
    assert len(CareerGraph.from_guides(tmp_path).report.guides) == 4


def test_a_header_lacking_a_column_read_is_an_error(tmp_path: Path) -> None:
    name = "KldB_2010,_V._2020-DE-2026-01-01-Gliederung_mit_Erläuterung.csv"
    (tmp_path / name).write_text("Schlüssel KldB 2010, V. 2020;Titel\n43219;Erfunden\n",
                                 encoding="utf-8")
    graph = CareerGraph.from_guides(tmp_path)
    [error] = [p for p in graph.report.problems if p.severity is Severity.ERROR]
    assert (error.file, error.line) == (name, 1)
    assert "KldB 2010 structure" in error.message
    assert graph.report.guides == []  # nothing half-loaded
    with pytest.raises(GuideError):
        CareerGraph.from_guides(tmp_path, strict=True)


def test_the_workbooks_are_an_error_saying_to_save_them_as_csv(tmp_path: Path) -> None:
    (tmp_path / "Gesamtberufsliste_der_BA.xlsx").write_bytes(b"PK\x03\x04")
    graph = CareerGraph.from_guides(tmp_path)
    [sheet] = [p for p in graph.report.problems if p.file.endswith(".xlsx")]
    assert sheet.severity is Severity.ERROR and "saved as CSV" in sheet.message


def test_a_bundle_imports_through_the_dispatcher() -> None:
    bundles, _, _ = claim([(p.name, p) for p in sorted(KLDB.iterdir())])
    [bundle] = bundles
    assert bundle.format == "kldb" and sorted(bundle.tables) == ["occupations", "titles"]
    assert len(import_bundle(bundle).guides) == 4


@pytest.mark.parametrize(("title", "forms"), [
    ("Wolkenplaner/in", ["Wolkenplaner", "Wolkenplanerin"]),
    ("Wolkenplaner/-in (Luftbild)", ["Wolkenplaner (Luftbild)", "Wolkenplanerin (Luftbild)"]),
    ("Deichbeauftragte/r", ["Deichbeauftragter", "Deichbeauftragte"]),
    ("Chefarzt/-ärztin - Wolkenkunde", ["Chefarzt - Wolkenkunde", "Chefärztin - Wolkenkunde"]),
    ("Deichkaufmann/-frau", ["Deichkaufmann", "Deichkauffrau"]),
    ("Wolkenwart/-wartin", ["Wolkenwart", "Wolkenwartin"]),
    ("Hebamme/Entbindungspfleger", ["Hebamme/Entbindungspfleger"]),
    ("Deichgraf", ["Deichgraf"]),
])
def test_german_forms(title: str, forms: list[str]) -> None:
    assert german_forms(title) == forms


def test_cli_builds_and_answers_from_the_tables(cli: CliRunner) -> None:
    check_cli_build_and_role(cli, KLDB, "4 guides: 4 used, 0 rejected", "Algenbäuerin", KELP)
