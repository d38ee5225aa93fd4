"""Pages that are mostly a delimited table (``guides/delimited.py``): the role named by the
table's title column when no line names it, rows whose cells list names by another separator
than the table's, key/value blocks under the table ("Field,Values") read through the heading
vocabulary, and move cells joining two titles by "or"/"and".  Every page here is invented; three
or more per variant, with different roles, header words, separators and figures."""

from __future__ import annotations

import pytest

from careergraph.errors import GuideError
from careergraph.guides import parse_text
from careergraph.guides.delimited import key_value_lines
from careergraph.guides.longform import Kind, classify_heading
from careergraph.guides.vocab import Vocabulary
from careergraph.lexicon import load_lexicon
from careergraph.model import Guide
from guide_facts import names, pay, steps


@pytest.fixture(scope="module")
def vocab() -> Vocabulary:
    return Vocabulary.from_lexicon(load_lexicon())


def _parse(text: str, name: str, vocab: Vocabulary) -> Guide:
    return parse_text(text, name, vocab=vocab)


# -- one data row: the page's role, cells listing names by another separator ------------------
ARBORIST_SEMI = (
    "Tree care grades - export 2031-04-02\n\n"
    "Tier;Job title;Experience;Pay floor (USD);Pay ceiling (USD);Key skills;Next step;"
    "Comes from\n"
    "T2;Arborist;3-6;52000;61000;Tree climbing, Chainsaw maintenance, Rigging;Senior Arborist;"
    "Groundskeeper\n"
)

ROASTER_CSV = """\
Coffee Roastery job matrix (saved as CSV)

Band,Role,Years,Pay from (EUR),Pay to (EUR),Core skills,Progresses to,Feeder roles
R1,Coffee Roaster,1-3,29000,34000,Green bean grading; Roast profiling; Cupping,Head Roaster,Barista
"""

SURVEYOR_TSV = (
    "Field survey levels (TSV)\n\n"
    "Grade\tPosition\tYrs\tMin salary (GBP)\tMax salary (GBP)\tCompetencies\tNext role\n"
    "S3\tLand Surveyor\t2-5\t34000\t41000\tTotal stations | GNSS receivers | AutoCAD\t"
    "Senior Land Surveyor\n"
)


@pytest.mark.parametrize(("text", "name", "role", "skills", "band", "moves"), [
    (ARBORIST_SEMI, "tree-sheet.txt", "Arborist",
     {"Tree climbing", "Chainsaw maintenance", "Rigging"}, (52000, 61000, "USD"),
     {("Arborist", "Senior Arborist"), ("Groundskeeper", "Arborist")}),
    (ROASTER_CSV, "roastery.txt", "Coffee Roaster",
     {"Green bean grading", "Roast profiling", "Cupping"}, (29000, 34000, "EUR"),
     {("Coffee Roaster", "Head Roaster"), ("Barista", "Coffee Roaster")}),
    (SURVEYOR_TSV, "survey-grades.txt", "Land Surveyor",
     {"Total stations", "GNSS receivers", "AutoCAD"}, (34000, 41000, "GBP"),
     {("Land Surveyor", "Senior Land Surveyor")}),
])
def test_one_row_names_the_role(text: str, name: str, role: str, skills: set[str],
                                band: tuple[int, int, str], moves: set[tuple[str, str]],
                                vocab: Vocabulary) -> None:
    guide = _parse(text, name, vocab)
    assert guide.role is not None and guide.role.text == role
    assert guide.role_signal == "table_title"
    assert skills <= names(guide.skills)
    assert (*band, "year", None) in pay(guide)
    assert moves <= steps(guide)


# -- several rows: the file's name picks the role, else none is guessed ------------------------
KENNEL_LADDER = """\
Kennel staff ladder

Level;Title;Salary (USD);Skills
K1;Kennel Assistant;24000;Cleaning rotas, Feeding plans
K2;Kennel Supervisor;31000;Staff rotas, Stock ordering
"""

DISPATCH_LADDER = (
    "Level\tTitle\tHourly rate (CAD)\tTools\n"
    "D1\tDispatch Clerk\t19.50\tTelematics, Radio\n"
    "D2\tFleet Dispatcher\t24.00\tRoute planners\n"
    "D3\tDispatch Manager\t31.00\tBudgets\n"
)

MASON_LADDER = """\
Grade,Title,Pay,Skills
M1,Apprentice Stonemason,"$18/hr",Lime mortar
M2,Stonemason,"$27/hr",Dry stone walling; Lettering
"""


@pytest.mark.parametrize(("text", "name", "role"), [
    (KENNEL_LADDER, "kennel-supervisor.txt", "Kennel Supervisor"),
    (DISPATCH_LADDER, "fleet_dispatcher.tsv.txt", "Fleet Dispatcher"),
    (MASON_LADDER, "stonemason.csv", "Stonemason"),
])
def test_file_name_picks_a_ladder_row(text: str, name: str, role: str,
                                      vocab: Vocabulary) -> None:
    guide = _parse(text, name, vocab)
    assert guide.role is not None and guide.role.text == role


def test_ladder_without_evidence_names_no_row(vocab: Vocabulary) -> None:
    """A ladder whose file name names none of its rows gives no role from the table: the page
    is rejected, not given the first row's title."""
    with pytest.raises(GuideError):
        _parse(KENNEL_LADDER, "sheet-7.txt", vocab)


# -- key/value blocks ----------------------------------------------------------------------------
KV_PAGES = [
    ("Level,Title,Salary,Skills\nG1,Glassblower,$44000,Annealing; Gathering\n\n"
     "Field,Values\nIndustries,Art studios; Scientific glass\nEmployers,Pyreline Works\n",
     "glassblower.txt", {"Art studios", "Scientific glass"}, {"Pyreline Works"}),
    ("Band;Role;Pay (GBP);Core skills\nB3;Beekeeper;26000;Hive inspection, Queen rearing\n\n"
     "Attribute;Value\nSectors;Agriculture, Honey production\n"
     "Example employers;Meadowcomb Apiaries, Heathline Honey\n",
     "bees.txt", {"Agriculture", "Honey production"}, {"Meadowcomb Apiaries", "Heathline Honey"}),
    ("Grade\tJob title\tSalary (AUD)\tTools\nW2\tWinemaker\t78000\tRefractometer\n\n"
     "Key\tValue\nIndustries\tWineries; Cellar doors\nHiring companies\tSaltbush Estate\n",
     "vintner.txt", {"Wineries", "Cellar doors"}, {"Saltbush Estate"}),
]


@pytest.mark.parametrize(("text", "name", "sectors", "employers"), KV_PAGES)
def test_key_value_block_under_a_table(text: str, name: str, sectors: set[str],
                                       employers: set[str], vocab: Vocabulary) -> None:
    guide = _parse(text, name, vocab)
    assert sectors <= names(guide.sectors)
    assert employers <= names(guide.employers)
    assert not {"Field", "Values", "Attribute", "Value", "Key"} & names(guide.skills)


@pytest.mark.parametrize(("lines", "expected"), [
    ([(1, "Industries;Shipping | Ports"), (2, "Employers;Tidewell Lines")],
     {1: "Industries\tShipping; Ports", 2: "Employers\tTidewell Lines"}),
    ([(1, "Field,Value"), (2, "Sectors,Mining / Quarrying")],
     {1: "", 2: "Sectors\tMining; Quarrying"}),
    ([(1, "Item;Details"), (2, "Skills;Welding, Brazing"), (3, "Founded;1998")],
     {1: "", 2: "Skills\tWelding; Brazing"}),
])
def test_key_value_rows(lines: list[tuple[int, str]], expected: dict[int, str],
                        vocab: Vocabulary) -> None:
    found = key_value_lines(lines, vocab.headings.table_columns, lambda label: (
        classify_heading(label, vocab.headings) is not Kind.OTHER))
    assert found == expected


@pytest.mark.parametrize("lines", [
    [(1, "Skills, knowledge and behaviours matter here.")],  # prose with a comma
    [(1, "Public Sector Employees 3,050 PEN"), (2, "Private Sector Employees 2,720 PEN")],
    [(1, "Sectors;Retail"), (2, "Opening hours;9-5")],  # a row of no label: no block
    [(1, "Industries\tRetail, Food"), (2, "Employers\tShopwell")],  # tab rows read as they are
])
def test_no_key_value_block(lines: list[tuple[int, str]], vocab: Vocabulary) -> None:
    assert key_value_lines(lines, vocab.headings.table_columns, lambda label: (
        classify_heading(label, vocab.headings) is not Kind.OTHER)) == {}


# -- move cells joining titles by "or" / "and" ---------------------------------------------------
@pytest.mark.parametrize(("cell", "name", "role", "targets"), [
    ("Trust and Safety Analyst", "moderator.txt", "Content Moderator",
     {"Trust and Safety Analyst"}),
    ("Baker or Pastry Chef", "cook.txt", "Line Cook", {"Baker", "Pastry Chef"}),
    ("Research and Development Engineer", "tech.txt", "Lab Technician",
     {"Research and Development Engineer"}),
])
def test_or_and_in_a_move_cell(cell: str, name: str, role: str, targets: set[str],
                               vocab: Vocabulary) -> None:
    text = f"Level,Title,Salary,Next role\nL2,{role},$40000,{cell}\n"
    guide = _parse(text, name, vocab)
    assert {target for source, target in steps(guide) if source == role} == targets
