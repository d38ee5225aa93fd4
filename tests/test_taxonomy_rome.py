"""France Travail's ROME 4.0 open data (the RefRomeCsv download) imported as guides: each
fiche a role with its row lines, appellations as aliases, definition and access texts,
block 5's skills from the links, mobilities as moves, and every unusable row reported
with its file and line.  The fixture's rows are invented, in the download's layout."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from careergraph import CareerGraph
from careergraph.errors import GuideError
from careergraph.guides.taxonomy_rome import gendered_forms
from careergraph.model import Guide, Layout, Severity, SkillKind
from taxonomy_checks import (
    check_cli_build_and_role,
    check_windows_1252,
    import_folder,
    line_of,
    roles,
)

ROME = Path(__file__).parent / "fixtures" / "taxonomy" / "rome"
CODES = "unix_referentiel_code_rome_v460_utf8.csv"
APPELLATIONS = "unix_referentiel_appellation_v460_utf8.csv"
TEXTS = "unix_texte_v460_utf8.csv"
LINKS = "unix_liens_rome_referentiels_v460_utf8.csv"
MOBILITY = "unix_rubrique_mobilite_v460_utf8.csv"
COMPETENCES = "unix_referentiel_competence_v460_utf8.csv"
CODES_HEADER = "code_rome,code_ogr,libelle_rome\n"


def _line_of(file: str, text: str) -> int:
    return line_of(ROME, file, text)


@pytest.fixture(scope="module")
def graph() -> CareerGraph:
    return CareerGraph.from_guides(ROME)


@pytest.fixture(scope="module")
def guides() -> dict[str, Guide]:
    return import_folder(ROME)


def test_each_fiche_is_a_role_with_its_rows(graph: CareerGraph) -> None:
    found = roles(graph)
    assert len(found) == 6  # 9 rows: one broken, one code malformed, one code repeated
    assert "Vitraux (doublon)" not in found and "Code mal formé" not in found
    places = {(s["file"], s["line"]) for s in found["Apiculture"]["sources"]}
    assert (CODES, _line_of(CODES, "A1420,")) in places
    assert (APPELLATIONS, _line_of(APPELLATIONS, "Apiculteur / Apicultrice")) in places
    assert {g.layout for g in graph.report.guides} == {Layout.ROME}


def test_appellations_are_aliases_in_each_gendered_form(guides: dict[str, Guide]) -> None:
    beekeeping = guides["Apiculture"]
    assert [a.text for a in beekeeping.aliases] == [
        "Apiculteur", "Apicultrice", "Éleveur de reines d'abeilles",
        "Éleveuse de reines d'abeilles"]
    assert beekeeping.aliases[3].source.line == _line_of(APPELLATIONS, "reines")
    assert [a.text for a in guides["Restauration de vitraux"].aliases] == [
        "Vitrailliste restaurateur", "Vitrailliste restauratrice"]
    # A quoted appellation holding a comma is one title.
    assert [a.text for a in guides["Direction d'atelier de chaudronnerie"].aliases] == [
        "Chef d'atelier chaudronnerie, tôlerie"]


def test_another_fiches_title_is_no_alias(graph: CareerGraph) -> None:
    aliases = roles(graph)["Conduite de rucher collectif"]["aliases"]
    assert "Responsable de rucher collectif" in aliases
    assert "Apiculture" not in aliases  # it would merge the two fiches
    notes = [p.message for p in graph.report.problems
             if p.file == APPELLATIONS and p.line == 1]
    assert any(n.startswith("1 alternative titles are another guide's title") for n in notes)


def test_definition_sentences_in_order_and_access_sentences(
    guides: dict[str, Guide],
) -> None:
    beekeeping = guides["Apiculture"]
    assert beekeeping.summary is not None
    assert beekeeping.summary.text == ("Entretient des colonies d'abeilles et surveille leur "
                                       "état sanitaire. Récolte le miel et le pollen selon "
                                       "les saisons.")  # position_phrase 1, then 2
    assert beekeeping.summary.source.line == _line_of(TEXTS, "A1420,3,definition,1")
    assert [r.text for r in beekeeping.requirements] == [
        "Ce métier est accessible avec un CAP agricole en productions apicoles.",
        "Une expérience en exploitation apicole est demandée."]
    assert beekeeping.requirements[1].source.line == _line_of(TEXTS, "Une expérience")


def test_block_five_links_are_skills_of_their_rubrique(guides: dict[str, Guide]) -> None:
    skills = {(s.text, s.kind): s.source for s in guides["Apiculture"].skills}
    assert set(skills) == {
        ("Conduire la transhumance des ruches", SkillKind.TECHNICAL),  # savoir-faire
        ("Extraire et conditionner le miel", SkillKind.TECHNICAL),
        ("Faire preuve de calme", SkillKind.SOFT),  # savoir-être professionnel
        ("Pathologies des abeilles", SkillKind.TECHNICAL)}  # savoirs
    source = skills[("Pathologies des abeilles", SkillKind.TECHNICAL)]
    assert (source.file, source.line) == (LINKS, _line_of(LINKS, "A1420,5,3,400001"))


def test_contexts_are_counted_never_skills(graph: CareerGraph,
                                          guides: dict[str, Guide]) -> None:
    names = {s.text for guide in guides.values() for s in guide.skills}
    assert "Travail en extérieur" not in names
    note = next(p.message for p in graph.report.problems if p.file == LINKS and p.line == 1)
    assert "2 contextes de travail" in note and "1 block 7" in note


def test_mobilities_are_lateral_moves_with_their_rows(graph: CareerGraph) -> None:
    edge = graph.nx.edges["role:apiculture", "role:conduite-de-rucher-collectif",
                          "TRANSITIONS_TO"]
    assert edge["sources"] == [{"file": MOBILITY, "line": _line_of(MOBILITY, "A1420,A1421")}]
    assert graph.nx.has_edge("role:controle-d-etancheite-de-cuves",
                             "role:direction-d-atelier-de-chaudronnerie", "TRANSITIONS_TO")
    kinds = [d["type"] for _, _, d in graph.nx.edges(data=True)]
    assert kinds.count("TRANSITIONS_TO") == 3
    assert "LEADS_TO" not in kinds  # ROME 4.0 does not say which moves are moves up


#: (file, text on the row's line, the warning at that line)
UNUSABLE_ROWS = [
    (CODES, "K2451", "broken row (9 cells, header has 10): not read"),
    (CODES, "9A123", "ROME code '9A123' is not a letter and four digits: not read"),
    (CODES, "doublon", "ROME code B1730 given twice: the first row is kept"),
    (APPELLATIONS, "Z9999", "unknown ROME code 'Z9999': its appellations not read"),
    (TEXTS, "Q0001", "unknown ROME code 'Q0001': its texts not read"),
    (LINKS, "499999", "unknown savoir code_ogr '499999': skill not read"),
    (LINKS, "H2960,5,7", "code_rubrique '7' is not 1, 2 or 3: skill not read"),
    (LINKS, "Q0001", "unknown ROME code 'Q0001': its links not read"),
    (MOBILITY, "H2960,H2960", "a move from H2960 to itself: not read"),
    (MOBILITY, "Q0002", "unknown target ROME code 'Q0002': move not read"),
    (MOBILITY, "Q0003", "unknown ROME code 'Q0003': move not read"),
]


def test_unusable_rows_are_reported_with_file_and_line(graph: CareerGraph) -> None:
    found = {(p.file, p.line): p.message for p in graph.report.problems}
    assert {(file, _line_of(file, text)): message for file, text, message in UNUSABLE_ROWS
            }.items() <= found.items()
    assert (APPELLATIONS, _line_of(APPELLATIONS, "Carottier")) not in found  # once a code
    skipped = found[("unix_centre_interet_v460_utf8.csv", 1)]
    assert skipped.startswith("skipped: a ROME table careergraph does not read")


def test_rome_3_typed_mobilities_keep_their_direction(tmp_path: Path) -> None:
    (tmp_path / "unix_referentiel_code_rome_v346_utf8.csv").write_text(
        CODES_HEADER + "N1150,1,Pilotage de drones\nN1151,2,Supervision de flotte\n"
        "N1152,3,Maintenance de drones\n", encoding="utf-8")
    (tmp_path / "unix_rubrique_mobilite_v346_utf8.csv").write_text(
        "code_rome,code_appellation_source,code_rome_cible,code_appellation_cible,"
        "code_type_mobilite,libelle_type_mobilite\n"
        "N1150,,N1151,,2,Evolution\nN1150,,N1152,,1,Proche\nN1151,,N1152,,9,Autre\n",
        encoding="utf-8")
    graph = CareerGraph.from_guides(tmp_path)
    assert graph.nx.has_edge("role:pilotage-de-drones", "role:supervision-de-flotte",
                             "LEADS_TO")
    assert graph.nx.has_edge("role:pilotage-de-drones", "role:maintenance-de-drones",
                             "TRANSITIONS_TO")
    assert any(p.line == 4 and "neither 1 (proche) nor 2" in p.message
               for p in graph.report.problems)


def test_a_windows_1252_table_is_read_with_a_note(tmp_path: Path) -> None:
    check_windows_1252(tmp_path, CODES, CODES_HEADER + "G1850,1,Pâtisserie de réception\n",
                       "Pâtisserie de réception")


def test_a_wrong_header_is_an_error_naming_file_line_and_columns(tmp_path: Path) -> None:
    shutil.copytree(ROME, tmp_path / "rome")
    table = tmp_path / "rome" / APPELLATIONS
    text = table.read_text(encoding="utf-8")
    table.write_text(text.replace("libelle_appellation_long", "libelle", 1), encoding="utf-8")
    graph = CareerGraph.from_guides(tmp_path / "rome")
    [error] = [p for p in graph.report.problems if p.severity is Severity.ERROR]
    assert (error.file, error.line) == (APPELLATIONS, 1)
    assert "lacks column(s) libelle_appellation_long" in error.message
    assert len(graph.report.guides) == 6  # the other tables are still read
    with pytest.raises(GuideError) as caught:
        CareerGraph.from_guides(tmp_path / "rome", strict=True)
    assert caught.value.file == APPELLATIONS and caught.value.line == 1


def test_tables_are_recognised_by_header_whatever_their_names(tmp_path: Path) -> None:
    shutil.copy(ROME / CODES, tmp_path / "fiches.csv")
    shutil.copy(ROME / MOBILITY, tmp_path / "mobilites.csv")
    guides = import_folder(tmp_path)
    assert len(guides) == 6
    assert [t.text for t in guides["Apiculture"].transitions_to] == [
        "Conduite de rucher collectif", "Animation de jardins partagés"]


def test_links_without_their_referential_are_an_error(tmp_path: Path) -> None:
    for name in (CODES, LINKS):
        shutil.copy(ROME / name, tmp_path / name)
    graph = CareerGraph.from_guides(tmp_path)
    errors = {p.message.split(" (")[0] for p in graph.report.problems
              if p.severity is Severity.ERROR and p.file == LINKS}
    assert errors == {"links to competences need the competences table: not read",
                      "links to savoirs need the savoirs table: not read"}
    assert not any(d["type"] == "REQUIRES" for _, _, d in graph.nx.edges(data=True))


def test_tables_without_the_fiches_are_not_read(tmp_path: Path) -> None:
    for name in (APPELLATIONS, COMPETENCES):
        shutil.copy(ROME / name, tmp_path / name)
    graph = CareerGraph.from_guides(tmp_path)
    assert not graph.report.guides
    messages = [p.message for p in graph.report.problems if p.severity is Severity.ERROR]
    assert len(messages) == 2
    assert all(m.startswith("ROME table without its occupations table") for m in messages)


def test_cli_builds_and_answers_from_the_download(cli: CliRunner) -> None:
    check_cli_build_and_role(cli, ROME, "6 guides: 6 used, 0 rejected",
                             "vitrailliste restauratrice",
                             "Restauration de vitraux")


@pytest.mark.parametrize(("title", "forms"), [
    ("Soudeur / Soudeuse sur pipeline", ["Soudeur sur pipeline", "Soudeuse sur pipeline"]),
    ("Guide conférencier / conférencière", ["Guide conférencier", "Guide conférencière"]),
    ("Chef d'équipe / Cheffe d'équipe de nuit",
     ["Chef d'équipe de nuit", "Cheffe d'équipe de nuit"]),
    ("Infirmier / Infirmière", ["Infirmier", "Infirmière"]),
    ("Peintre / Plâtrier", ["Peintre / Plâtrier"]),  # two trades: left to the resolver
    ("Conducteur / Convoyeur de bus", ["Conducteur / Convoyeur de bus"]),
    ("Pilote de ligne", ["Pilote de ligne"]),
])
def test_gendered_appellations_give_each_form(title: str, forms: list[str]) -> None:
    assert gendered_forms(title) == forms
