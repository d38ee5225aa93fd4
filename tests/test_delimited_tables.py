"""Delimited tables read by their header row (``guides/delimited.py``, ``guides/table_facts.py``):
CSV exports with quoted cells, TSV exports, semicolon CSV and markdown pipe tables whose header
names title, level, years, pay (band ends, currency, period, pay type), skills and next-role
columns.  Every page here is invented; three or more per variant, with different roles, header
words, separators and figures."""

from __future__ import annotations

import pytest

from careergraph.guides import parse_text
from careergraph.guides.delimited import export_lines, find_tables, split_cells
from careergraph.guides.vocab import Vocabulary
from careergraph.lexicon import load_lexicon
from careergraph.model import Guide
from guide_facts import names, pay, steps


@pytest.fixture(scope="module")
def vocab() -> Vocabulary:
    return Vocabulary.from_lexicon(load_lexicon())


def _parse(text: str, name: str, vocab: Vocabulary) -> Guide:
    return parse_text(text, name, vocab=vocab)


# -- CSV with quoted cells ------------------------------------------------------------------------
PASTRY_CSV = '''\
Pastry Chef Career Matrix (2027),,,,,,,
"Exported from a spreadsheet, tab ""Kitchen Ladder""",,,,,,,
,,,,,,,
Level,Title,Years,Core skills,Salary min,Salary max,Bonus target,Next step
PC1,Commis Pastry Chef,0-2,"Lamination; tempering chocolate","$31,000","$36,000",2%,PC2
PC2,Pastry Chef,2-5,"Viennoiserie; sugar work (isomalt); menu costing","$38,000","$46,000",4%,PC3
PC3,Senior Pastry Chef,5+,"Plated desserts; team rotas","$47,000","$55,000",6%,PC4
PC4,Executive Pastry Chef,8+,"Supplier negotiation; kitchen budgets","$58,000","$70,000",8%,-
'''

GLAZIER_CSV = """\
Glazier pay grid,,,,,
Grade,Job title,Typical years,Key skills,Hourly rate (CAD) min,Hourly rate (CAD) max
G1,Apprentice Glazier,0-4,"Measuring; cutting glass",$19.00,$24.50
G2,Glazier,4+,"Curtain wall installation; sealants; reading shop drawings",$31.25,$38.40
G3,Glazing Foreman,8+,"Crew scheduling; site safety",$40.00,$44.00
,,,,,
Feeder roles,"Construction Labourer, Window Installer",,,,
"""

SURVEYOR_CSV = """\
Level,Position,Experience (years),Skills,Base min (USD),Base max (USD),Pay type,Progresses to
S1,Survey Technician,0-2,"CAD drafting; GNSS setup",$22.00,$27.40,hourly,S2
S2,Land Surveyor,2-6,"Boundary law; AutoCAD Civil 3D; total stations",72k,88k,salary,S3
S3,Senior Land Surveyor,6+,"Plat review; mentoring",90k,108k,salary,M1
M1,Survey Manager,10+,"Budgets; hiring",110k,135k,salary,—
"""


def test_csv_quoted_cells_pay_skills_and_next_codes(vocab: Vocabulary) -> None:
    guide = _parse(PASTRY_CSV, "pastry-chef.txt", vocab)
    assert guide.role.text == "Pastry Chef"
    found = pay(guide)
    assert (38000, 46000, "USD", "year", None) in found
    assert (31000, 36000, "USD", "year", "Commis Pastry Chef") in found
    assert (58000, 70000, "USD", "year", "Executive Pastry Chef") in found
    assert not any(low is not None and low < 100 for low, *_ in found)  # no bonus percentage
    skills = names(guide.skills)
    assert {"Viennoiserie", "menu costing", "Plated desserts"} <= skills
    assert not {"Supplier negotiation", "Lamination"} & skills  # other titles' cells
    assert {("Commis Pastry Chef", "Pastry Chef"), ("Pastry Chef", "Senior Pastry Chef"),
            ("Senior Pastry Chef", "Executive Pastry Chef")} <= steps(guide)


def test_csv_hourly_band_in_header_and_feeder_row(vocab: Vocabulary) -> None:
    guide = _parse(GLAZIER_CSV, "glazier.txt", vocab)
    found = pay(guide)
    assert (31.25, 38.4, "CAD", "hour", None) in found
    assert (19, 24.5, "CAD", "hour", None) in found  # "Apprentice": the role's own level
    assert (40, 44, "CAD", "hour", "Glazing Foreman") in found
    assert {"Curtain wall installation", "sealants"} <= names(guide.skills)
    # the level codes count up in one series: a ladder
    assert ("Apprentice Glazier", "Glazier") in steps(guide)
    assert {"Construction Labourer", "Window Installer"} <= names(guide.moves_in)


def test_csv_pay_type_column_and_thousands(vocab: Vocabulary) -> None:
    guide = _parse(SURVEYOR_CSV, "land-surveyor.txt", vocab)
    found = pay(guide)
    assert (22, 27.4, "USD", "hour", "Survey Technician") in found
    assert (72000, 88000, "USD", "year", None) in found
    assert (90000, 108000, "USD", "year", None) in found  # "Senior": the role's own level
    assert (110000, 135000, "USD", "year", "Survey Manager") in found
    assert {("Land Surveyor", "Senior Land Surveyor"),
            ("Senior Land Surveyor", "Survey Manager")} <= steps(guide)
    assert "AutoCAD Civil 3D" in names(guide.skills)


# -- TSV, a quoted cell wrapping onto the next line ------------------------------------------------
PLUMBER_TSV = (
    "Plumbing track\tRiverbend Services\t\t\t\t\n"
    "Code\tRole\tYrs\tSkills\tPay from (GBP)\tPay to (GBP)\tNext role\n"
    "P1\tTrainee Plumber\t0-1\tPipe bending; soldering\t21k\t24k\tP2\n"
    "P2\tPlumber\t1-5\t\"Unvented systems; gas safety;\n"
    "bathroom fitting\"\t29k\t36k\tP3\n"
    "P3\tLead Plumber\t5+\tSite surveys; quoting\t38k\t45k\tP4 or E1\n"
    "P4\tContracts Manager\t9+\tClient accounts\t48k\t60k\t—\n"
    "E1\tPlumbing Estimator\t6+\tTake-offs\t40k\t47k\t—\n"
)

ARCHIVIST_TSV = (
    "Band\tTitle\tSalary (EUR)\tSkills\n"
    "A1\tArchives Assistant\t€28,000 - €33,000\tCataloguing\n"
    "A2\tArchivist\t€36,000 - €44,000\tDigital preservation; appraisal; EAD encoding\n"
    "A3\tSenior Archivist\t€46,000 - €55,000\tCollection strategy\n"
)

WELDER_TSV = (
    "Step\tJob title\tHourly wage\tSkills\n"
    "1\tWelder Helper\t$18.00 - $21.00\tGrinding; fit-up\n"
    "2\tWelder\t$24.00 - $31.00\tMIG welding; TIG welding; blueprint reading\n"
    "3\tLead Welder\t$32.00 - $36.00\tWeld inspection\n"
    "\n"
    "Weld procedures are reviewed yearly.\n"
)


def test_tsv_wrapped_quoted_cell_and_next_role_fork(vocab: Vocabulary) -> None:
    guide = _parse(PLUMBER_TSV, "plumber.txt", vocab)
    assert {"Unvented systems", "gas safety", "bathroom fitting"} <= names(guide.skills)
    assert (29000, 36000, "GBP", "year", None) in pay(guide)
    assert (40000, 47000, "GBP", "year", "Plumbing Estimator") in pay(guide)
    assert {("Trainee Plumber", "Plumber"), ("Plumber", "Lead Plumber"),
            ("Lead Plumber", "Contracts Manager"),
            ("Lead Plumber", "Plumbing Estimator")} <= steps(guide)


def test_tsv_single_pay_column_with_currency(vocab: Vocabulary) -> None:
    guide = _parse(ARCHIVIST_TSV, "archivist.txt", vocab)
    found = pay(guide)
    assert (36000, 44000, "EUR", "year", None) in found
    assert (28000, 33000, "EUR", "year", "Archives Assistant") in found
    assert {"Digital preservation", "EAD encoding"} <= names(guide.skills)
    assert "Collection strategy" in names(guide.skills)  # Senior Archivist: the role's level


def test_tsv_hourly_header_and_prose_after_the_table(vocab: Vocabulary) -> None:
    guide = _parse(WELDER_TSV, "welder.txt", vocab)
    found = pay(guide)
    assert (24, 31, "USD", "hour", None) in found
    assert (18, 21, "USD", "hour", "Welder Helper") in found
    assert {"MIG welding", "TIG welding"} <= names(guide.skills)
    assert "Grinding" not in names(guide.skills)


# -- semicolon CSV ------------------------------------------------------------------------------
NURSE_SEMI = """\
Level;Title;Years;Skills;Salary (EUR);Next step
N1;Staff Nurse;0-3;Wound care, IV therapy;€34,000 - €41,000;N2
N2;Charge Nurse;3-7;Rostering, triage;€42,000 - €50,000;N3
N3;Nurse Manager;7+;Budgeting;€52,000 - €63,000;—
"""

BREWER_SEMI = """\
Grade;Job title;Hourly rate;Skills
B1;Brewery Assistant;$16.50 - $18.00;Cellar work, cleaning in place
B2;Brewer;$21.00 - $26.00;Wort production, yeast management, recipe scaling
B3;Head Brewer;$28.00 - $33.00;Production planning
"""

TRANSLATOR_SEMI = """\
Level;Role;Experience (years);Key skills;Salary min (GBP);Salary max (GBP)
T1;Junior Translator;0-2;CAT tools, terminology research;24k;28k
T2;Translator;2-6;Transcreation, subtitling;30k;38k
T3;Lead Translator;6+;Vendor management;40k;48k
"""


def test_semicolon_csv_with_comma_skill_lists(vocab: Vocabulary) -> None:
    guide = _parse(NURSE_SEMI, "staff-nurse.txt", vocab)
    assert (34000, 41000, "EUR", "year", None) in pay(guide)
    assert (52000, 63000, "EUR", "year", "Nurse Manager") in pay(guide)
    assert {"Wound care", "IV therapy"} <= names(guide.skills)
    assert {("Staff Nurse", "Charge Nurse"), ("Charge Nurse", "Nurse Manager")} <= steps(guide)


def test_semicolon_hourly_rates(vocab: Vocabulary) -> None:
    guide = _parse(BREWER_SEMI, "brewer.txt", vocab)
    assert (21, 26, "USD", "hour", None) in pay(guide)
    assert (28, 33, "USD", "hour", "Head Brewer") in pay(guide)
    assert {"Wort production", "yeast management"} <= names(guide.skills)


def test_semicolon_band_in_thousands(vocab: Vocabulary) -> None:
    guide = _parse(TRANSLATOR_SEMI, "translator.txt", vocab)
    found = pay(guide)
    assert {(30000, 38000, "GBP", "year", None), (24000, 28000, "GBP", "year", None),
            (40000, 48000, "GBP", "year", None)} <= found  # Junior and Lead: the role's levels
    assert {"Transcreation", "Vendor management"} <= names(guide.skills)
    assert {("Junior Translator", "Translator"), ("Translator", "Lead Translator")} <= steps(
        guide)


# -- markdown pipe tables -------------------------------------------------------------------------
FLORIST_PIPE = """\
Florist

Career levels at a flower studio:

| Level | Title | Skills | Next role |
|---|---|---|---|
| 1 | Florist Assistant | Conditioning stems; wrapping | Florist |
| 2 | Florist | Wedding design; colour theory | Senior Florist |
| 3 | Senior Florist | Event installations | Studio Manager |
"""

PARALEGAL_PIPE = """\
Paralegal

| Grade | Position | Salary min (AUD) | Salary max (AUD) | Progresses to |
|---|---|---|---|---|
| PL1 | Paralegal | 62,000 | 74,000 | PL2 |
| PL2 | Senior Paralegal | 76,000 | 90,000 | PL3 |
| PL3 | Legal Practice Manager | 95,000 | 118,000 | — |
"""

DRONE_PIPE = """\
Drone Pilot

| Tier | Role | Hourly rate (NZD) | Key skills |
| --- | --- | --- | --- |
| D1 | Drone Pilot | 28.00 - 34.00 | Flight planning; photogrammetry |
| D2 | Chief Drone Pilot | 38.00 - 45.00 | Fleet maintenance |
"""


def test_pipe_table_with_next_role_column(vocab: Vocabulary) -> None:
    guide = _parse(FLORIST_PIPE, "florist.txt", vocab)
    assert {"Wedding design", "colour theory", "Event installations"} <= names(guide.skills)
    assert "Conditioning stems" not in names(guide.skills)
    assert {("Florist Assistant", "Florist"), ("Florist", "Senior Florist"),
            ("Senior Florist", "Studio Manager")} <= steps(guide)


def test_pipe_table_with_band_columns_and_codes(vocab: Vocabulary) -> None:
    guide = _parse(PARALEGAL_PIPE, "paralegal.txt", vocab)
    found = pay(guide)
    assert {(62000, 74000, "AUD", "year", None), (76000, 90000, "AUD", "year", None),
            (95000, 118000, "AUD", "year", "Legal Practice Manager")} <= found
    assert ("Senior Paralegal", "Legal Practice Manager") in steps(guide)


def test_pipe_table_hourly_header_currency(vocab: Vocabulary) -> None:
    guide = _parse(DRONE_PIPE, "drone-pilot.txt", vocab)
    assert (28, 34, "NZD", "hour", None) in pay(guide)
    assert (38, 45, "NZD", "hour", "Chief Drone Pilot") in pay(guide)
    assert {"Flight planning", "photogrammetry"} <= names(guide.skills)
    assert "Fleet maintenance" not in names(guide.skills)


# -- the reader's parts -------------------------------------------------------------------------
def test_rows_that_do_not_fit_are_reported(vocab: Vocabulary) -> None:
    text = ("Level,Title,Years,Salary\n"
            "K1,Kennel Assistant,0-1,$24k - $28k\n"
            "K2,Kennel Supervisor,lots,$30k - $35k\n")
    guide = _parse(text, "kennel-assistant.txt", vocab)
    assert (24000, 28000, "USD", "year", None) in pay(guide)
    assert any("does not fit its header" in p.message and p.line == 3 for p in guide.problems)


def test_prose_with_commas_is_no_table(vocab: Vocabulary) -> None:
    lines = [(1, "We weigh skills, pay, and title when hiring"),
             (2, "Good cooks, bakers, and porters apply, often twice")]
    assert find_tables(lines, vocab.headings.table_columns, vocab.is_role_title) == []


def test_split_cells_and_export_lines(vocab: Vocabulary) -> None:
    assert split_cells('A1,"Tiler, wall and floor","$1,200"', ",") == [
        "A1", "Tiler, wall and floor", "$1,200"]
    lines = list(enumerate(GLAZIER_CSV.splitlines(), 1))
    tables = find_tables(lines, vocab.headings.table_columns, vocab.is_role_title)
    plain = export_lines(lines, tables, lambda label: label.startswith("Feeder"))
    assert plain[7] == "Feeder roles: Construction Labourer, Window Installer"
    assert plain[6] == ""


# -- the rest of an export: a skills list with definitions, a competency matrix by level ---------
LOCKSMITH_TSV = (
    "Level\tTitle\tSkills\tSalary (USD)\n"
    "K1\tLocksmith\tRekeying; lock picking\t$40,000 - $48,000\n"
    "K2\tSenior Locksmith\tSafe opening\t$50,000 - $60,000\n"
    "\n"
    "Skill\tDefinition\n"
    "Master keying\tPlanning key systems for a building\n"
    "Access control\tWiring card readers to doors\n"
    "\n"
    "HEADCOUNT\tK1\tK2\n"
    "North\t4\t2\n"
)

ROASTER_CSV = """\
Level,Title,Years,Salary (USD),Skills
R1,Coffee Roaster,0-3,"$38,000 - $45,000",Profile roasting; green coffee grading
R2,Lead Coffee Roaster,3+,"$47,000 - $56,000",Blend design
,,,,
Competency,R1,R2,,
Equipment,Loring; Probat,Probat; Cropster,,
Quality,Cups daily with the team,Runs calibration sessions,,
"""


def test_skills_list_with_definitions_in_an_export(vocab: Vocabulary) -> None:
    guide = _parse(LOCKSMITH_TSV, "locksmith.txt", vocab)
    skills = names(guide.skills)
    assert {"Master keying", "Access control", "Rekeying", "Safe opening"} <= skills
    assert not any("Planning" in s or "Wiring" in s or "North" in s for s in skills)


def test_competency_matrix_columns_of_the_roles_levels(vocab: Vocabulary) -> None:
    guide = _parse(ROASTER_CSV, "coffee-roaster.txt", vocab)
    skills = names(guide.skills)
    assert {"Loring", "Probat", "Cropster"} <= skills
    assert not any("calibration" in s or "Cups" in s for s in skills)  # duties, no names
    assert (47000, 56000, "USD", "year", None) in pay(guide)


# -- pay grade imports: a level column and a band, no title ----------------------------------------
GRADES_CSV = """\
Interpreter pay grades
Grade,Minimum,Midpoint,Maximum
G4,"$51,000","$57,500","$64,000"
G5,"$60,000","$68,000","$76,000"
"""

GRADE_CODES_CSV = """\
Grade,Pay_Type,Minimum,Maximum
T1,H,26.40,31.20
T2,S,"58,000","70,000"
"""


def test_grade_import_is_the_roles_pay_and_the_midpoint_no_figure(vocab: Vocabulary) -> None:
    guide = _parse(GRADES_CSV, "interpreter.txt", vocab)
    found = pay(guide)
    assert {(51000, 64000, "USD", "year", None), (60000, 76000, "USD", "year", None)} <= found
    assert not any(low in (57500, 68000) for low, *_ in found)


def test_pay_type_codes_of_an_import_file(vocab: Vocabulary) -> None:
    guide = _parse(GRADE_CODES_CSV, "tram-driver.txt", vocab)
    found = pay(guide)
    assert (26.4, 31.2, "USD", "hour", None) in found
    assert (58000, 70000, "USD", "year", None) in found


def test_the_company_a_matrix_title_names_employs_the_role(vocab: Vocabulary) -> None:
    for title in ("Ostrava Bakeries - Pastry Career Matrix (2027),,,,,,,",
                  "Pastry Career Framework,Ostrava Bakeries,,rev. 3,,,,"):
        guide = _parse(title + "\n" + PASTRY_CSV, "pastry-chef.txt", vocab)
        assert names(guide.employers) == {"Ostrava Bakeries"}
    guide = _parse(SURVEYOR_CSV, "land-surveyor.txt", vocab)  # no title row: no employer
    assert not guide.employers
