"""Brazil's CBO 2002 (the Ministério do Trabalho e Emprego's "estrutura" download: the
``CBO2002 - <table>.csv`` files, separated by ";", Latin-1 as Windows writes it) imported as
guides: each ocupação a role with its row line (qualified by its code where two ocupações
share a title), its sinônimos (both forms of "X(a)") as aliases, its profile's activities as
responsibilities and the personal competences' area as soft skills, no move, sector or
seniority from the hierarchy, every unusable row reported with its file and line, and a file
that is no text in any encoding the download may come in an error that reads nothing of it.
Every code, title and activity in the fixtures is invented; only the real layout (file names,
headers, code shapes, encoding) is kept."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from careergraph import CareerGraph
from careergraph.errors import AmbiguousNameError, GuideError
from careergraph.guides.taxonomy import claim, import_bundle
from careergraph.guides.taxonomy_cbo import gendered_forms
from careergraph.model import Guide, Layout, Severity, SkillKind
from taxonomy_checks import (
    check_cli_build_and_role,
    check_no_moves_sectors_or_seniority,
    import_folder,
    roles,
)

CBO = Path(__file__).parent / "fixtures" / "taxonomy" / "cbo"
OCCUPATIONS, SYNONYMS = "CBO2002 - Ocupacao.csv", "CBO2002 - Sinonimo.csv"
PROFILE, FAMILIES = "CBO2002 - PerfilOcupacional.csv", "CBO2002 - Familia.csv"
PROFILE_HEADER = ("COD_GRANDE_GRUPO;COD_SUBGRUPO_PRINCIPAL;COD_SUBGRUPO;COD_FAMILIA;"
                  "COD_OCUPACAO;SGL_GRANDE_AREA;NOME_GRANDE_AREA;COD_ATIVIDADE;NOME_ATIVIDADE")
GROWER = "Cultivador de algas marinhas"
NURSERY = "Técnico(a) de viveiro de algas"
SUPERVISOR = "Supervisor de colheita"


def line_of(file: str, text: str) -> int:
    """The 1-based line of a fixture file (Windows-1252, as downloaded) holding ``text``."""
    lines = (CBO / file).read_bytes().decode("cp1252").splitlines()
    return next(number for number, line in enumerate(lines, 1) if text in line)


def write(folder: Path, name: str, text: str, encoding: str = "cp1252") -> None:
    (folder / name).write_bytes(text.replace("\n", "\r\n").encode(encoding))


@pytest.fixture(scope="module")
def graph() -> CareerGraph:
    """The CBO fixture folder built alone."""
    return CareerGraph.from_guides(CBO)


@pytest.fixture(scope="module")
def guides() -> dict[str, Guide]:
    """The fixture folder's guides, by role title."""
    return import_folder(CBO)


def test_each_ocupacao_is_a_role_with_its_row(graph: CareerGraph,
                                              guides: dict[str, Guide]) -> None:
    assert set(guides) == {GROWER, NURSERY, f"{SUPERVISOR} (CBO 631515)",
                           "Mergulhador de coleta de algas", f"{SUPERVISOR} (CBO 631610)",
                           "Catador de ostras de mangue"}
    assert guides[GROWER].role.source.label == f"{OCCUPATIONS}:2"
    assert {g.layout for g in graph.report.guides} == {Layout.CBO}
    # Accents read from the Windows-1252 download, with no note asking for UTF-8.
    assert "Técnica de viveiro de algas" in {a.text for a in guides[NURSERY].aliases}
    assert not [p for p in graph.report.problems if "UTF-8" in p.message]


def test_a_shared_title_is_qualified_by_code_and_never_merges_two_jobs(
        graph: CareerGraph, guides: dict[str, Guide]) -> None:
    first, second = guides[f"{SUPERVISOR} (CBO 631515)"], guides[f"{SUPERVISOR} (CBO 631610)"]
    assert [a.text for a in first.aliases] == [SUPERVISOR, "Chefe de colheita"]
    assert [a.text for a in second.aliases] == [SUPERVISOR, "Chefe de colheita"]
    found = roles(graph)
    assert {f"{SUPERVISOR} (CBO 631515)", f"{SUPERVISOR} (CBO 631610)"} <= set(found)
    with pytest.raises(AmbiguousNameError):
        graph.find(SUPERVISOR)  # the bare title names both, neither alone
    with pytest.raises(AmbiguousNameError):
        graph.find("Chefe de colheita")  # a sinônimo both ocupações list
    # A title one ocupação has stays bare.
    assert GROWER in found


def test_sinonimos_are_aliases_with_both_forms_of_a_gendered_title(
        graph: CareerGraph, guides: dict[str, Guide]) -> None:
    grower = guides[GROWER]
    assert [(a.text, a.source.label) for a in grower.aliases] == [
        ("Algicultor", f"{SYNONYMS}:{line_of(SYNONYMS, 'Algicultor')}"),
        ("Plantador de algas", f"{SYNONYMS}:{line_of(SYNONYMS, 'Plantador(a)')}"),
        ("Plantadora de algas", f"{SYNONYMS}:{line_of(SYNONYMS, 'Plantador(a)')}")]
    assert graph.name(graph.find("Plantadora de algas")) == GROWER
    assert graph.name(graph.find("algicultor")) == GROWER
    # A gendered ocupação title gives both forms (the title's own row).
    assert [a.text for a in guides[NURSERY].aliases][:2] == [
        "Técnico de viveiro de algas", "Técnica de viveiro de algas"]
    # A sinônimo whose ";" the download left unquoted is one title.
    assert [a.text for a in guides["Mergulhador de coleta de algas"].aliases] == [
        "Coletor de algas; submerso"]


def test_gendered_forms() -> None:
    assert gendered_forms("Vendedor(a) de redes") == ["Vendedor de redes", "Vendedora de redes"]
    assert gendered_forms("Médico(a) veterinário(a)") == [
        "Médico veterinário", "Médica veterinária"]
    assert gendered_forms("Cirurgião(ã) de peixes") == [
        "Cirurgião de peixes", "Cirurgiã de peixes"]
    # A bracketed word other than the feminine ending is a qualifier: the title as written.
    assert gendered_forms("Guia (ecoturismo)") == ["Guia (ecoturismo)"]
    assert gendered_forms("Agente(a) de pesca") == ["Agente(a) de pesca"]


def test_activities_are_responsibilities_and_personal_competences_soft_skills(
        guides: dict[str, Guide]) -> None:
    grower = guides[GROWER]
    assert [(r.text, r.source.line) for r in grower.responsibilities] == [
        ("Amarrar mudas nas cordas", line_of(PROFILE, "631505;A;PREPARAR CORDAS DE CULTIVO;1")),
        ("Fixar boias nas linhas; conferir a ancoragem", line_of(PROFILE, "Fixar boias")),
        ("Cortar frondes maduras", line_of(PROFILE, "Cortar frondes")),
        ("Pesar a colheita por linha", line_of(PROFILE, "Pesar a colheita"))]
    assert grower.responsibilities[0].source.file == PROFILE
    assert [(s.text, s.kind) for s in grower.skills] == [
        ("Trabalhar em equipe", SkillKind.SOFT), ("Demonstrar paciência", SkillKind.SOFT)]
    # Each ocupação has its own activities of the family's areas, from its own rows.
    nursery = guides[NURSERY]
    assert [r.text for r in nursery.responsibilities] == [
        "Amarrar mudas nas cordas", "Controlar a salinidade dos tanques"]
    assert nursery.responsibilities[0].source.line == line_of(
        PROFILE, "631510;A;PREPARAR CORDAS DE CULTIVO;1")
    assert not guides["Catador de ostras de mangue"].responsibilities


def test_the_hierarchy_gives_no_move_sector_or_seniority(graph: CareerGraph) -> None:
    check_no_moves_sectors_or_seniority(graph)
    assert {d["type"] for _, _, d in graph.nx.edges(data=True)} == {"REQUIRES"}
    names = {graph.name(n) for n in graph.nx.nodes}
    assert "Cultivadores de algas" not in names  # a família is no role
    assert "PREPARAR CORDAS DE CULTIVO" not in names  # an area heads its activities


def test_unusable_rows_are_reported_with_file_and_line(graph: CareerGraph) -> None:
    found = {(p.file, p.line): p.message for p in graph.report.problems}
    assert found[(OCCUPATIONS, line_of(OCCUPATIONS, "63161X"))] == (
        "ocupação code '63161X' is not six digits: not read")
    assert found[(OCCUPATIONS, line_of(OCCUPATIONS, "631615"))] == (
        "ocupação row of code 631615 has no title: not read")
    assert found[(OCCUPATIONS, line_of(OCCUPATIONS, "repetido"))] == (
        "ocupação 631505 given twice: the first row (line 2) is kept")
    assert found[(OCCUPATIONS, line_of(OCCUPATIONS, "699905"))] == (
        f"ocupação 699905 has no família 6999 in {FAMILIES}: read alone")
    assert found[(FAMILIES, line_of(FAMILIES, "6317"))] == "família 6317 has no title: not read"
    assert found[(SYNONYMS, line_of(SYNONYMS, "999999"))] == (
        "ocupação 999999 is not in the ocupação table: its sinônimos not read")
    assert (SYNONYMS, line_of(SYNONYMS, "Outro sinônimo")) not in found  # once per code
    assert found[(SYNONYMS, line_of(SYNONYMS, "6315X5"))] == (
        "sinônimo code '6315X5' is not six digits: not read")
    assert found[(SYNONYMS, 12)] == "sinônimo row of code 631515 has no title: not read"
    assert found[(PROFILE, line_of(PROFILE, "Secar frondes"))] == (
        "activity B.2 of ocupação 631505 given twice: the first row "
        f"(line {line_of(PROFILE, 'Pesar a colheita')}) is kept")
    assert found[(PROFILE, line_of(PROFILE, "Vistoriar o casco"))] == (
        "ocupação 631605 is not of família 6315: row not read")
    assert found[(PROFILE, line_of(PROFILE, "631699"))] == (
        "ocupação 631699 is not in the ocupação table: its profile not read")
    assert found[(PROFILE, line_of(PROFILE, "Medir a profundidade"))] == (
        "area of competence '1' is not a letter: row not read")
    assert found[(PROFILE, line_of(PROFILE, "COLHER ALGAS;4;"))] == (
        "row without an activity (NOME_ATIVIDADE): not read")
    assert found[(PROFILE, 1)] == (
        "1 rows repeat an earlier activity of their ocupação word for word: read once")
    assert "broken row (6 cells, header has 9)" in found[(PROFILE, 19)]
    names = {graph.name(n) for n in graph.nx.nodes}
    assert not {"Secar frondes ao sol", "Vistoriar o casco do barco", "Ajudante de convés",
                "Coletar algas do fundo"} & names
    assert not [p for p in graph.report.problems if p.severity is Severity.ERROR]


def test_a_utf8_resave_reads_the_same(tmp_path: Path, guides: dict[str, Guide]) -> None:
    for path in CBO.iterdir():
        (tmp_path / path.name).write_bytes(
            path.read_bytes().decode("cp1252").encode("utf-8-sig"))
    again = import_folder(tmp_path)
    assert {t: [a.text for a in g.aliases] for t, g in again.items()} == {
        t: [a.text for a in g.aliases] for t, g in guides.items()}


def test_an_undecodable_table_is_an_error_and_nothing_of_it_is_read(tmp_path: Path) -> None:
    for path in CBO.iterdir():
        shutil.copy(path, tmp_path / path.name)
    # A byte Windows-1252 leaves undefined, on the sinônimo file's last line: not one of
    # its sinônimos is read (none half-loaded), the ocupações still are.
    (tmp_path / SYNONYMS).write_bytes((CBO / SYNONYMS).read_bytes() + b"631505;Alg\x81ueiro\r\n")
    graph = CareerGraph.from_guides(tmp_path)
    [error] = [p for p in graph.report.problems if p.severity is Severity.ERROR]
    last = len((CBO / SYNONYMS).read_bytes().splitlines())
    assert (error.file, error.line) == (SYNONYMS, last + 1)
    assert error.message.startswith("byte 0x81 is not a character in Windows-1252 (Latin-1)")
    assert len(graph.report.guides) == 6
    assert [a for a in import_folder(tmp_path)[GROWER].aliases] == []
    # The same in the ocupação table: no guide at all.
    (tmp_path / OCCUPATIONS).write_bytes(b"CODIGO;TITULO\r\n631505;Cultivador\x9d\r\n")
    graph = CareerGraph.from_guides(tmp_path)
    assert graph.report.guides == []
    assert any(p.file == OCCUPATIONS and p.line == 2 and p.severity is Severity.ERROR
               for p in graph.report.problems)
    with pytest.raises(GuideError, match="byte 0x9d"):
        CareerGraph.from_guides(tmp_path, strict=True)


def test_a_nul_byte_is_an_error(tmp_path: Path) -> None:
    write(tmp_path, OCCUPATIONS, "CODIGO;TITULO\n631505;Cultivador de algas\n", "utf-16-le")
    graph = CareerGraph.from_guides(tmp_path)
    [error] = [p for p in graph.report.problems if p.severity is Severity.ERROR]
    assert (error.file, error.line) == (OCCUPATIONS, 1) and "NUL byte" in error.message
    assert graph.report.guides == []


def test_a_header_ending_in_empty_cells_and_codes_without_leading_zero(tmp_path: Path) -> None:
    # A release whose profile header ends in empty cells; codes a spreadsheet saved as
    # numbers ("20105" for "020105").
    write(tmp_path, OCCUPATIONS, "CODIGO;TITULO\n20105;Patrulheiro de costa\n")
    write(tmp_path, "perfil.csv", f"{PROFILE_HEADER};;\n"
                                  "0;2;20;201;20105;A;VIGIAR A COSTA;1;Percorrer a orla;;\n"
                                  "0;2;20;201;20105;A;VIGIAR A COSTA;2;Anotar avistamentos; "
                                  "marés;\n")
    [guide] = import_folder(tmp_path).values()
    assert guide.role.text == "Patrulheiro de costa"
    assert [r.text for r in guide.responsibilities] == [
        "Percorrer a orla", "Anotar avistamentos; marés"]


def test_a_header_lacking_a_column_is_an_error(tmp_path: Path) -> None:
    write(tmp_path, OCCUPATIONS, "CODIGO;NOME\n631505;Cultivador\n")
    graph = CareerGraph.from_guides(tmp_path)
    [error] = [p for p in graph.report.problems if p.severity is Severity.ERROR]
    assert (error.file, error.line) == (OCCUPATIONS, 1) and "TITULO" in error.message
    assert graph.report.guides == []


def test_the_profile_is_recognised_by_header_and_needs_the_ocupacao_table(
        tmp_path: Path) -> None:
    shutil.copy(CBO / PROFILE, tmp_path / "perfil.csv")
    bundles, _, problems = claim([("perfil.csv", tmp_path / "perfil.csv")])
    assert bundles == []
    [error] = problems
    assert (error.file, error.line, error.severity) == ("perfil.csv", 1, Severity.ERROR)
    assert "without its occupations table" in error.message
    assert "CBO2002 - Ocupacao.csv" in error.message


def test_code_title_tables_are_recognised_by_name_only(tmp_path: Path) -> None:
    # "CODIGO;TITULO" says nothing of which table it is: another name is no CBO table.
    shutil.copy(CBO / OCCUPATIONS, tmp_path / "ocupacoes.csv")
    bundles, rest, problems = claim([("ocupacoes.csv", tmp_path / "ocupacoes.csv")])
    assert (bundles, rest, problems) == ([], [], [])


def test_the_fixed_width_text_download_is_an_error(tmp_path: Path) -> None:
    write(tmp_path, "CBO2002 - Ocupacao.txt", "CODIGO  TITULO\n------  ------\n")
    graph = CareerGraph.from_guides(tmp_path)
    [error] = [p for p in graph.report.problems if p.severity is Severity.ERROR]
    assert "CSV files" in error.message and graph.report.guides == []


def test_a_bundle_imports_through_the_dispatcher() -> None:
    bundles, rest, problems = claim([(p.name, p) for p in sorted(CBO.iterdir())])
    [bundle] = bundles
    assert bundle.format == "cbo" and sorted(bundle.tables) == [
        "family", "major", "occupations", "principal", "profile", "subgroup", "synonyms"]
    assert (rest, problems) == ([], [])
    assert len(import_bundle(bundle).guides) == 6


def test_a_guide_with_the_bare_title_keeps_its_own_role(tmp_path: Path) -> None:
    # A career guide's own "Supervisor de colheita" is a third job: neither ocupação joins it.
    for path in CBO.iterdir():
        shutil.copy(path, tmp_path / path.name)
    (tmp_path / "supervisor.txt").write_text(
        f"{SUPERVISOR}\n\nA {SUPERVISOR} runs a vineyard's picking crews.\n\n"
        "Skills\n- Crew scheduling\n- Grape sampling\n", encoding="utf-8")
    graph = CareerGraph.from_guides(tmp_path)
    found = roles(graph)
    assert {f"{SUPERVISOR} (CBO 631515)", f"{SUPERVISOR} (CBO 631610)"} <= set(found)
    own = graph.find(SUPERVISOR)
    assert graph.nx.nodes[own]["sources"][0]["file"] == "supervisor.txt"
    assert SUPERVISOR not in found[f"{SUPERVISOR} (CBO 631515)"]["aliases"]


def test_cli_builds_and_answers_from_the_download(cli: CliRunner) -> None:
    check_cli_build_and_role(cli, CBO, "6 guides: 6 used, 0 rejected", "algicultor", GROWER)
