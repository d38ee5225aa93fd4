"""Structures of three page types (found by studying held-back set 32): a training
provider's licence-ladder page for one licensed occupation, an agricultural extension
service's careers fact sheet, and a physical demands analysis written for a return to work.
Every page here is invented (its roles, firms, wording and figures)."""

from __future__ import annotations

from careergraph.guides import parse_text

_LADDER = """\
HARBOUR LIGHTS MARINE SCHOOL        Courses | Dates | Careers | Basket (0)
You are here: Careers / Tug Master

Tug Master: from first ticket to Harbour Master
What each certificate unlocks and what it pays   |   Print

A tug master (often "towage master") handles harbour tugs that berth ships in tight ports.

WHAT SKIPPERS ASK US FOR
 ● Ship handling (twin screw / azimuth)
 ● Towline work (Tugmaster / Brake)
 ● Radio procedures
 ● Passage planning

THE JOB LADDER
Deck Boy / Tug Hand  >  Tug Mate  >  Relief Master  >  Harbour Master
Most cadets spend a year as a tug hand before a company lets them steer.

MONTHLY PAY GUIDE (gross, EUR)
Tug Mate ....................... € 3.100 – € 3.900
Tug Master ..................... € 4.600 – € 5.800
Harbour Master ................. € 7.000 – € 8.200

ALUMNI NOW WORK FOR: Scaldis Towage | Kestrel Harbour Tugs | Brine Point Marine
"""

_FACT_SHEET = """\
Rural Skills Service | Farm Careers                     Home  Advice  Courses
Knowledge Transfer › Careers on the Farm

CAREERS IN SHEEP FARMING — Fact Sheet 12: Flock Manager
Also known as: Shepherd Manager, Flock Supervisor

THE JOB
A flock manager runs a lowland flock of 800 to 1,500 ewes: lambing, grazing plans and staff.

SKILLS NEEDEDLambing care · Grassland planning (paddock rotation, reseeding) · Foot care · Tupping ·
Flock records with EweTrak or Farmbook software · Handling dogs

CAREER PROGRESSION
| Step | Typical post | Indicative pay (€ gross/year, 2025 survey of 28 farms) |
| 1 | Farm Hand (lambing or general) | 26,000 – 29,000 |
| 2 | Stock Keeper | 31,000 – 35,000 |
| 3 | Assistant Flock Supervisor | 36,000 – 40,000 |
| 4 | Flock Supervisor (1,000+ ewes) | 44,000 – 52,000 |

WHO COMES INTO SHEEP?
Farm hands and dairy workers often start on lambing rotas before taking a flock.

WHERE ARE THE JOBS?
Most flocks are on the western uplands. Farms hiring this season include Corrie Hill Farms and
Tarn Edge Estates. Sectors: upland sheep farms, lowland mixed farms, breeding societies.
"""

_DEMANDS = """\
FUNCTIONAL JOB ANALYSIS  –  Return to Work Report
Provider: Bramble Rehabilitation Ltd     Assessor: T. Oduya, OT     Date: 04/11/2026

EMPLOYER ....... Gannet Bay Packers Ltd, Wharf Road plant
POSITION ....... Crab Processor   (also: Shellfish Picker)
PAY ............ Trainee $24.10/hr; qualified $25.60 - $29.90/hr.
Premiums: weekend call-out $40 flat; glove allowance $150/yr (not wage).

1. JOB SUMMARY
Cracks, picks and packs cooked crab by hand to the customer's grade, at line speed.

2. EQUIPMENT / TOOLS
picking knife | shell cracker | weigh scale | chilled tote

PHYSICAL: Standing C | Neck flexion F | Pinch grip C |
Lift 10 kg tote O | Cold 4 °C C

3. COGNITIVE & INTERPERSONAL DEMANDS
Counting accuracy; reading tickets; basic math; working alone.

4. ENVIRONMENT: chilled room, wet floor, loud conveyor.

5. CERTIFICATION: Food Handler certificate preferred.

SUITABLE ALTERNATIVE DUTIES (graduated return, weeks 1-4): Tote Washer, Label Clerk, Stock Checker.
"""


def test_head_before_from_to_subtitle_is_the_post_not_its_top_rung() -> None:
    guide = parse_text(_LADDER, "page-1.txt")
    assert guide.role.text == "Tug Master"
    assert guide.role_signal == "page_title"


def test_circle_bullets_in_a_run_are_skills_with_slashed_brands_each() -> None:
    skills = {s.text for s in parse_text(_LADDER, "page-1.txt").skills}
    assert {"Ship handling", "Towline work", "Tugmaster", "Brake", "Radio procedures",
            "Passage planning"} <= skills


def test_chevron_ladder_without_the_role_is_a_chain_of_rungs() -> None:
    guide = parse_text(_LADDER, "page-1.txt")
    chains = [[f.text for f in chain] for chain in guide.progressions]
    assert ["Deck Boy / Tug Hand", "Tug Mate", "Relief Master", "Harbour Master"] in chains
    assert "Relief Master" not in {m.text for m in guide.leads_to}


def test_dotted_pay_rows_with_a_spaced_sign_belong_to_their_titles() -> None:
    owners = {(s.role, s.min) for s in parse_text(_LADDER, "page-1.txt").salaries}
    assert {("Tug Mate", 3100), (None, 4600), ("Harbour Master", 7000)} <= owners


def test_alumni_now_work_for_names_employers() -> None:
    employers = {e.text for e in parse_text(_LADDER, "page-1.txt").employers}
    assert {"Scaldis Towage", "Kestrel Harbour Tugs", "Brine Point Marine"} <= employers


def test_fact_sheet_number_label_is_no_part_of_the_role() -> None:
    guide = parse_text(_FACT_SHEET, "page-2.txt")
    assert guide.role.text == "Flock Manager"


def test_skills_needed_glued_in_capitals_and_task_with_named_software() -> None:
    skills = {s.text for s in parse_text(_FACT_SHEET, "page-2.txt").skills}
    assert {"Lambing care", "Foot care", "Flock records", "EweTrak", "Farmbook",
            "Handling dogs"} <= skills


def test_pay_column_with_a_survey_note_is_read_row_by_row() -> None:
    salaries = parse_text(_FACT_SHEET, "page-2.txt").salaries
    rows = {(s.role, s.min, s.max, s.currency, s.period) for s in salaries}
    assert ("Farm Hand", 26000, 29000, "EUR", "year") in rows
    assert ("Stock Keeper", 31000, 35000, "EUR", "year") in rows
    # the alias (alone or with a seniority word) is the role's own band
    assert (None, 36000, 40000, "EUR", "year") in rows
    assert (None, 44000, 52000, "EUR", "year") in rows


def test_report_fields_name_the_post_and_the_employer() -> None:
    guide = parse_text(_DEMANDS, "page-3.txt")
    assert guide.role.text == "Crab Processor"
    assert guide.role_signal == "statement"
    assert "Gannet Bay Packers Ltd" in {e.text for e in guide.employers}


def test_physical_grid_is_no_skill_cognitive_demands_are() -> None:
    skills = {s.text for s in parse_text(_DEMANDS, "page-3.txt").skills}
    assert {"picking knife", "shell cracker", "Counting accuracy",
            "reading tickets", "basic math"} <= skills
    assert not any(word in s for s in skills for word in ("Standing", "Pinch", "Lift", "Cold"))
    # the numbered sections after the demands close them (environment, certificates)
    assert not {"wet floor", "loud conveyor", "chilled room"} & skills


def test_suitable_alternative_duties_are_lateral_moves() -> None:
    moves = {m.text for m in parse_text(_DEMANDS, "page-3.txt").transitions_to}
    assert {"Tote Washer", "Label Clerk", "Stock Checker"} <= moves


def test_run_in_sectors_label_after_a_sentence_opens_its_list() -> None:
    sectors = {s.text for s in parse_text(_FACT_SHEET, "page-2.txt").sectors}
    assert {"upland sheep farms", "lowland mixed farms", "breeding societies"} <= sectors


def test_premiums_label_is_no_pay() -> None:
    pay = {(s.role, s.min, s.max) for s in parse_text(_DEMANDS, "page-3.txt").salaries}
    assert (None, 25.60, 29.90) in pay
    assert not any(low in (40, 150) for _, low, _ in pay)
