"""Union wage schedules and university "careers in …" pages (held-back set 11's styles).

Each test writes its own small pages (invented trades, universities, companies and numbers)
in one structure and asserts what the parser reads, with a case beside it where the rule must
not fire.
"""

from __future__ import annotations

import itertools
import math

import pytest

from careergraph.guides import parse_text
from careergraph.guides.pathway import box_titles, pathway_diagrams
from careergraph.guides.wage_schedule import not_pay_heading, not_wage, schedule_rates
from careergraph.model import Guide


def whole(amount: float | None) -> int | None:
    """An amount to the nearest unit (hourly rates keep their cents)."""
    return None if amount is None else math.floor(amount + 0.5)


def pay(guide: Guide) -> set[tuple[int | None, str | None, str]]:
    return {(whole(s.min), s.role, s.period) for s in guide.salaries}


def edges(guide: Guide) -> set[tuple[str, str]]:
    return {(a.text, b.text) for chain in guide.progressions
            for a, b in itertools.pairwise(chain)}


def employers(guide: Guide) -> set[str]:
    return {f.text for f in guide.employers}


# -- a classification table, one column per effective date -------------------------------------
GLAZIERS = """\
Glaziers and Glassworkers Local 88
Home | Members | Wage Sheets | Contact

Glazier
INSIDE AGREEMENT WAGE SHEET

RATES BY CLASSIFICATION
Classification                 Eff. 7/1/2026    Eff. 7/1/2027
Journeyman Glazier             $39.10           $40.35
Foreman (JM + $2.50)           $41.60           $42.85
Storefront Installer           $31.20           $32.05

FRINGE BENEFITS (paid to the trust funds)
Health Fund ............... $9.40
Pension Fund .............. $7.15
TOTAL PACKAGE ............. $55.65
"""

IRONWORKERS = """\
Ironworker
Local 412 Rate Schedule

WAGES
Trade                         January 1, 2026   January 1, 2027   January 1, 2028
Journeyworker Ironworker      $47.80            $49.30            $50.95
General Foreman               $52.80            $54.30            $55.95
Welder Certification premium not included.

Annuity contribution          $6.25 / hr
"""

ELEVATOR = """\
Elevator Constructor
Wage schedule for the metro agreement

Job Class                      Current      Effective 2027-01-01
Journeyperson Mechanic         $58.40       $60.10
Lead Hand                      $61.40       $63.10
Sub-foreman                    $63.90       $65.60
Vacation & Holiday Fund        $5.10        $5.30
"""


def test_each_date_column_gives_a_point_an_hour_to_its_row() -> None:
    guide = parse_text(GLAZIERS, "glazier.txt")
    found = pay(guide)
    assert {(39, None, "hour"), (40, None, "hour")} <= found  # the journeyman: the role's own
    assert {(42, "Foreman", "hour"), (43, "Foreman", "hour")} <= found
    assert {(31, "Storefront Installer", "hour"), (32, "Storefront Installer", "hour")} <= found


@pytest.mark.parametrize(("text", "fringes"), [
    (GLAZIERS, {9, 7, 56}), (IRONWORKERS, {6}), (ELEVATOR, {5})])
def test_fringe_funds_and_the_package_are_no_pay(text: str, fringes: set[int]) -> None:
    amounts = {whole(s.min) for s in parse_text(text, "elevator-constructor.txt").salaries}
    assert not amounts & fringes


def test_a_rate_formula_in_brackets_is_no_pay_of_its_own() -> None:
    assert (2, None, "hour") not in pay(parse_text(GLAZIERS, "glazier.txt"))
    rows = [(1, "Classification    Eff. 7/1/2026"), (2, "Foreman (JM + $2.50)    $41.60")]
    assert [r.title for r in schedule_rates(rows)[0]] == ["Foreman"]


def test_three_dates_give_three_points_and_foremen_own_theirs() -> None:
    found = pay(parse_text(IRONWORKERS, "ironworker.txt"))
    assert {(48, None, "hour"), (49, None, "hour"), (51, None, "hour")} <= found
    assert {(53, "General Foreman", "hour"), (56, "General Foreman", "hour")} <= found


def test_current_and_dated_columns_and_lead_hand_rows() -> None:
    found = pay(parse_text(ELEVATOR, "elevator.txt"))
    assert {(58, None, "hour"), (60, None, "hour")} <= found
    assert {(61, "Lead Hand", "hour"), (66, "Sub-foreman", "hour")} <= found


def test_the_journey_row_and_the_foremen_make_a_ladder() -> None:
    assert edges(parse_text(ELEVATOR, "elevator.txt")) >= {
        ("Journeyperson Mechanic", "Lead Hand"), ("Lead Hand", "Sub-foreman")}
    assert ("Journeyworker Ironworker", "General Foreman") in edges(
        parse_text(IRONWORKERS, "ironworker.txt"))


def test_a_table_of_prices_is_no_schedule() -> None:
    # Columns of figures with no date or wage head: nothing is read as a schedule.
    rows = [(1, "Item              Small      Large"), (2, "Safety boots      $80.00     $95.00")]
    assert schedule_rates(rows)[0] == []


# -- an apprentice table: periods, hours, shares and rates ---------------------------------------
BRICKLAYERS = """\
Bricklayer
Bricklayers Local 5 wage rates

Effective Date:\tJune 1, 2026\tJune 1, 2027
Journeyperson Bricklayer\t$42.00\t$43.50
Foreperson\t$45.00\t$46.50

APPRENTICE RATES (share of the journeyperson rate)
Period\tHours\tPercentage\tJune 1, 2026\tJune 1, 2027
1\t0 - 1,000\t55%\t$23.10\t$23.93
2\t1,001 - 2,000\t65%\t$27.30\t$28.28
3\t2,001 - 3,000\t80%\t$33.60\t$34.80

Improver (certified outside the province, first 500 hours): 90%\t$37.80\t$39.15
"""

PAINTERS = """\
Painter
District Council 9 apprentice schedule

APPRENTICE WAGE SCALE
Step        Hours            % of JP     Hourly Wage    Fringes
Step 1      0–1,000          50%         $16.40         Health only
Step 2      1,001–2,000      60%         $19.68         Full fringes
Step 3      2,001–3,000      75%         $24.60         Full fringes
"""

ROOFERS = """\
Roofer
Roofers Local 30 - apprentice and journeyman rates

Classification            Eff. 5/1/2026
Journeyman Roofer         $38.50
Foreman                   $41.50

APPRENTICE TABLE
Year          Hours        % of JM     Rate
1st Year      0-1,400      45%         $17.33
2nd Year      1,401-2,800  60%         $23.10
"""


def test_apprentice_periods_are_the_trades_own_pay_and_hours_no_pay() -> None:
    guide = parse_text(BRICKLAYERS, "bricklayer.txt")
    found = pay(guide)
    assert {(23, None, "hour"), (24, None, "hour"), (27, None, "hour"), (35, None, "hour")} <= (
        found)
    assert not {s for s in guide.salaries if s.min is not None and s.min >= 1000}
    levels = {s.level for s in guide.salaries}
    assert {"Apprentice 1", "Apprentice 3", "Improver"} <= levels


def test_an_improver_row_printed_apart_joins_the_table() -> None:
    found = pay(parse_text(BRICKLAYERS, "bricklayer.txt"))
    assert {(38, None, "hour"), (39, None, "hour")} <= found


def test_space_aligned_steps_and_years_are_read_with_their_rate_column() -> None:
    painters = pay(parse_text(PAINTERS, "painter.txt"))
    assert {(16, None, "hour"), (20, None, "hour"), (25, None, "hour")} <= painters
    roofers = parse_text(ROOFERS, "roofer.txt")
    assert {(17, None, "hour"), (23, None, "hour")} <= pay(roofers)
    assert not {s for s in roofers.salaries if s.min is not None and s.min >= 1000}


def test_the_apprentice_opens_the_schedule_ladder() -> None:
    assert edges(parse_text(BRICKLAYERS, "bricklayer.txt")) >= {
        ("Apprentice Bricklayer", "Journeyperson Bricklayer"),
        ("Journeyperson Bricklayer", "Foreperson")}
    assert ("Apprentice Roofer", "Journeyman Roofer") in edges(parse_text(ROOFERS, "roofer.txt"))


def test_a_schedule_with_no_foreman_makes_no_ladder() -> None:
    assert edges(parse_text(PAINTERS, "painter.txt")) == set()


# -- labels of money that is no wage -------------------------------------------------------------
@pytest.mark.parametrize("label", ["Health & Welfare", "Total Fringes (Journeyperson)",
                                   "Living Out Allowance:", "Training Trust Fund",
                                   "Vacation/Holiday deduction"])
def test_fringe_and_allowance_labels_are_no_wage(label: str) -> None:
    assert not_wage(label)


@pytest.mark.parametrize("label", ["Journeyman Plumber", "Foreperson", "Service Technician"])
def test_classification_labels_are_wages(label: str) -> None:
    assert not not_wage(label)


@pytest.mark.parametrize(("heading", "expected"), [
    ("Fees and funding", True), ("TUITION", True), ("Travel and allowances", True),
    ("Salary and allowances", False), ("What could I earn?", False)])
def test_sections_whose_money_is_no_pay(heading: str, expected: bool) -> None:
    assert not_pay_heading(heading) is expected


# -- contractors that hire apprentices ------------------------------------------------------------
@pytest.mark.parametrize(("sentence", "names"), [
    ("Signatory contractors hiring apprentices this spring include Hollis Mechanical, "
     "Brightline Ducts and Crane & Daughters.",
     {"Hollis Mechanical", "Brightline Ducts", "Crane & Daughters"}),
    ("Contractors now requesting apprentices through the hall: Pellow Thermal Ltd., "
     "Ashgrove Insulation Inc.", {"Pellow Thermal Ltd.", "Ashgrove Insulation Inc."}),
    ("Member contractors currently hiring include Tamsin Glass and Orrel Storefronts.",
     {"Tamsin Glass", "Orrel Storefronts"}),
])
def test_contractors_hiring_apprentices_are_employers(sentence: str, names: set[str]) -> None:
    page = f"Glazier\n\nAbout the trade\n{sentence}\n"
    found = {name.rstrip(".") for name in employers(parse_text(page, "glazier.txt"))}
    assert {name.rstrip(".") for name in names} <= found


def test_a_contractors_association_is_no_employer() -> None:
    page = ("Glazier\n\nAbout the trade\nThe agreement is negotiated with the Valley Glass "
            "Contractors Association (a regional chapter).\n")
    assert employers(parse_text(page, "glazier.txt")) == set()


# -- a pathway diagram flattened one box a line -------------------------------------------------
PHYSIO = """\
# Physiotherapist: careers in physiotherapy

## Skills you'll develop
- Exercise prescription

## Your career pathway

Student Physiotherapist
↓
Graduate Physiotherapist (Band 5)
↓
Senior / Specialist Physiotherapist (Band 6)
↓
Clinical Lead Physiotherapist or Physiotherapy Service Manager (Band 8)

## Fees and funding
Home students: £9,250 per year.
"""

RADIOGRAPHY = """\
Careers in Diagnostic Radiography
Diagnostic Radiographer

How your career can grow
Assistant Practitioner
⬇
Diagnostic Radiographer
⬇
Reporting / Advanced Radiographer
⬇
Consultant Radiographer
"""

PHARMACY = """\
Pharmacist

CAREER PATHWAY
Pre-registration Trainee Pharmacist
|
Community Pharmacist
|
Pharmacy Manager or Clinical Pharmacist
"""


def test_each_box_leads_to_the_next_and_a_shared_head_is_distributed() -> None:
    found = edges(parse_text(PHYSIO, "physio.md"))
    assert {("Student Physiotherapist", "Graduate Physiotherapist"),
            ("Graduate Physiotherapist", "Senior Physiotherapist"),
            ("Graduate Physiotherapist", "Specialist Physiotherapist"),
            ("Specialist Physiotherapist", "Physiotherapy Service Manager"),
            ("Senior Physiotherapist", "Clinical Lead Physiotherapist")} <= found


def test_arrows_of_other_shapes_and_a_box_with_two_whole_titles() -> None:
    assert {("Assistant Practitioner", "Diagnostic Radiographer"),
            ("Diagnostic Radiographer", "Reporting Radiographer"),
            ("Advanced Radiographer", "Consultant Radiographer")} <= edges(
        parse_text(RADIOGRAPHY, "radiographer.txt"))
    rows = [(no, text) for no, text in enumerate(PHARMACY.splitlines(), 1) if text.strip()]
    diagrams = pathway_diagrams(rows)
    assert [box for d in diagrams for box in d.boxes][-1] == [
        "Pharmacy Manager", "Clinical Pharmacist"]


def test_box_titles_drop_grades_and_keep_whole_titles() -> None:
    assert box_titles("Band 6 Specialist") == ["Specialist"]
    assert box_titles("Senior Lecturer (Grade 8)") == ["Senior Lecturer"]
    assert box_titles("Charge Nurse / Ward Manager") == ["Charge Nurse", "Ward Manager"]


def test_sentences_between_arrows_are_no_diagram() -> None:
    rows = [(1, "Most graduates start in hospitals."), (2, "↓"),
            (3, "Some move into research."), (4, "↓"), (5, "A few teach.")]
    assert pathway_diagrams(rows) == []


def test_fees_under_their_heading_are_no_pay() -> None:
    assert not {s.min for s in parse_text(PHYSIO, "physio.md").salaries} & {9250}


# -- an arrow line whose first box is a placement -------------------------------------------------
@pytest.mark.parametrize(("page", "first"), [
    ("Marine Biologist\n\nCAREER PATHWAY\nSummer intern → Graduate Marine Biologist → Marine "
     "Biologist → Senior Marine Biologist\n", ("Summer Intern", "Graduate Marine Biologist")),
    ("Hydrologist\n\nCareer path\nField assistant → Junior Hydrologist → Hydrologist → "
     "Principal Hydrologist\n", ("Field Assistant", "Junior Hydrologist")),
    ("Town Planner\n\nCareer progression\nPlanning cadet → Graduate Planner → Town Planner → "
     "Planning Manager\n", ("Planning Cadet", "Graduate Planner")),
])
def test_a_placement_opens_the_printed_path(page: str, first: tuple[str, str]) -> None:
    assert first in edges(parse_text(page, "page.txt"))


def test_a_sentence_before_the_arrows_is_no_rung() -> None:
    page = ("Hydrologist\n\nCareer path\nMost people in this field start → Junior Hydrologist "
            "→ Hydrologist\n")
    assert not any(a.startswith("Most") for a, _ in edges(parse_text(page, "page.txt")))


# -- employers listed in columns or parted by dots ------------------------------------------------
@pytest.mark.parametrize(("lines", "names"), [
    ("Bluegum Energy          Coralline Gas           Mallee Pipelines\n"
     "Southern Grid Authority  Harbour Power\n",
     {"Bluegum Energy", "Coralline Gas", "Mallee Pipelines", "Southern Grid Authority",
      "Harbour Power"}),
    ("Quarry Lane Foods      Vintage Brewing Co\n", {"Quarry Lane Foods", "Vintage Brewing Co"}),
    ("Westmere Hospital · Corbel Sports Therapy · the city Health Board\n",
     {"Westmere Hospital", "Corbel Sports Therapy", "city Health Board"}),
])
def test_employers_printed_in_columns_or_dots(lines: str, names: set[str]) -> None:
    page = f"Process Engineer\n\nWHERE DO OUR GRADUATES WORK?\nRecent graduates work at:\n{lines}"
    assert names <= employers(parse_text(page, "page.txt"))


def test_a_page_number_beside_a_running_head_is_no_employer() -> None:
    page = ("Process Engineer\n\nWHERE DO OUR GRADUATES WORK?\n"
            "Recent graduates work at:\n4                    ENGINEERING CAREERS\n")
    assert not employers(parse_text(page, "page.txt")) & {"4", "ENGINEERING CAREERS"}


def test_apprentice_rows_among_classifications_are_the_trades_own() -> None:
    rows = [(1, "Classification          Hourly Rate"), (2, "Journeyman Millwright   $44.00"),
            (3, "Apprentice 2nd Year     $26.40"), (4, "Foreman                 $48.40")]
    found = {(r.title, r.own) for r in schedule_rates(rows)[0]}
    assert found == {("Journeyman Millwright", True), ("Apprentice 2nd Year", True),
                     ("Foreman", False)}


def test_overtime_columns_are_no_pay_columns() -> None:
    rows = [(1, "Period      Base Rate     Double Time"), (2, "1st         $14.00        $28.00")]
    assert [r.amount for r in schedule_rates(rows)[0]] == [14.0]


# -- the programme's skills -----------------------------------------------------------------------
SKILLS_PAGE = """\
Occupational Therapist

Skills you'll develop
- Activity analysis and splinting techniques
- Case management and discharge planning
- Sensory integration and pressure care
- Working safely at heights and in confined spaces
- Maths for estimating and ordering materials
"""


def test_a_bullet_joining_two_noun_phrases_gives_both_skills() -> None:
    found = {s.text for s in parse_text(SKILLS_PAGE, "ot.txt").skills}
    assert {"Activity analysis", "splinting techniques", "Case management",
            "discharge planning", "Sensory integration", "pressure care"} <= found


def test_clauses_are_not_split_into_skills() -> None:
    found = {s.text for s in parse_text(SKILLS_PAGE, "ot.txt").skills}
    assert not found & {"safely at heights", "in confined spaces", "Maths for estimating",
                        "ordering materials"}


@pytest.mark.parametrize(("duty", "tools"), [
    ("- building 3D models in Leapfrog and Micromine", {"Leapfrog", "Micromine"}),
    ("- mapping outcrops in QGIS, ArcGIS or MapInfo", {"QGIS", "ArcGIS", "MapInfo"}),
    ("- scheduling crews with Procore and Fieldwire", {"Procore", "Fieldwire"}),
])
def test_tools_listed_after_a_preposition_of_use(duty: str, tools: set[str]) -> None:
    page = f"Mine Surveyor\n\nWhat does a mine surveyor do?\n{duty}\n"
    assert tools <= {s.text for s in parse_text(page, "page.txt").skills}


def test_a_group_after_listed_names_is_no_tool() -> None:
    page = ("Mine Surveyor\n\nWhat does a mine surveyor do?\n"
            "- meet with Geology and Planning teams\n")
    assert not {s.text for s in parse_text(page, "page.txt").skills} & {"Geology", "Planning"}


# -- the role of a union's page ------------------------------------------------------------------
@pytest.mark.parametrize(("first", "role"), [
    ("Heat & Frost Insulators and Allied Workers - Local 57", "Heat & Frost Insulator"),
    ("Bridge, Structural and Ornamental Ironworkers and Allied Trades, Local 9",
     "Bridge, Structural and Ornamental Ironworker"),
    ("Millwrights and Allied Crafts — Local 1460", "Millwright"),
])
def test_a_unions_name_names_its_trade(first: str, role: str) -> None:
    page = (f"{first}\nHome | Wage Rates | Contact\n\nWAGE RATES\n"
            "The rates below apply to members.\n")
    assert parse_text(page, "local.txt").role.text == role


# -- a trade's classroom subjects ------------------------------------------------------------------
@pytest.mark.parametrize(("sentence", "names"), [
    ("Each year brings 200 hours of classroom instruction at the training centre covering "
     "trade math, print reading and oxy-fuel cutting.",
     {"trade math", "print reading", "oxy-fuel cutting"}),
    ("In year one apprentices learn conduit bending, motor controls and grounding.",
     {"conduit bending", "motor controls", "grounding"}),
    ("In the second year you will learn load calculations, duct sizing and refrigerant handling.",
     {"load calculations", "duct sizing", "refrigerant handling"}),
])
def test_subjects_a_programme_covers_are_skills(sentence: str, names: set[str]) -> None:
    page = f"Electrician\n\nAbout the trade\n{sentence}\n"
    assert names <= {s.text for s in parse_text(page, "electrician.txt").skills}


def test_a_cue_word_inside_a_title_is_no_cue() -> None:
    page = ("Floor Covering Installer\n\nAbout the job\nA Floor Covering Installer measures, "
            "cuts and lays carpet in homes, offices and schools.\n")
    found = {s.text for s in parse_text(page, "installer.txt").skills}
    assert not found & {"Installer measures", "cuts", "offices"}


def test_a_breadcrumb_trail_names_no_skill() -> None:
    page = ("Kestrel University\nYou are here: Home / Study / Statistics / Careers\n\n"
            "CAREERS\nData Analyst\n\nSKILLS\nSQL · Tableau\n")
    assert "Statistics" not in {s.text for s in parse_text(page, "analyst.txt").skills}


# -- a programme's graduate employers and an agreement's sector ----------------------------------
@pytest.mark.parametrize("lead", ["Recent graduates work at:", "Our graduates work for:",
                                  "Graduate employers"])
def test_a_graduates_work_at_lead_opens_an_employer_list(lead: str) -> None:
    page = (f"Quantity Surveyor\n\nOverview\nSurveyors cost buildings.\n\n{lead}\n"
            "Halberd Construction · Pikestaff Consulting · Morrow & Vane\n")
    assert {"Halberd Construction", "Pikestaff Consulting", "Morrow & Vane"} <= employers(
        parse_text(page, "qs.txt"))


def test_the_ici_sector_of_an_agreement_stays_whole() -> None:
    page = ("Boilermaker\n\nWAGE RATES\nThese rates apply to all work in the Industrial, "
            "Commercial and Institutional sector of the province.\n")
    found = {f.text for f in parse_text(page, "boilermaker.txt").sectors}
    assert "Industrial, Commercial and Institutional" in found
    assert not found & {"Industrial", "Commercial", "Institutional"}


@pytest.mark.parametrize(("line", "name"), [
    ("...and engineering consultancies such as Pellucid Hydraulics.", "Pellucid Hydraulics"),
    ("Others join contractors like Barrow & Finch Drilling", "Barrow & Finch Drilling"),
    ("A few start with survey firms such as Meridian Spatial Consultants.",
     "Meridian Spatial Consultants"),
])
def test_one_named_firm_after_its_kind_under_an_employers_heading(line: str, name: str) -> None:
    page = f"Hydrogeology Engineer\n\nWHERE DO OUR GRADUATES WORK?\n{line}\n"
    assert name in employers(parse_text(page, "page.txt"))


def test_a_named_example_in_the_middle_of_a_sentence_is_left_to_other_rules() -> None:
    page = ("Hydrogeology Engineer\n\nWHERE DO OUR GRADUATES WORK?\n"
            "Firms such as Pellucid Hydraulics lead the market in pump testing.\n")
    assert "Pellucid Hydraulics lead the market in pump testing" not in employers(
        parse_text(page, "page.txt"))


# -- a header of dates alone, and rate lists set off by leader dots ------------------------------
WIREMEN = """\
Electrician
Inside wage sheet of Local 77

                              6/1/2026      6/1/2027
Journeyman Wireman            $44.15        $45.90
Foreman                       $48.57        $50.49
"""


def test_a_header_of_dates_alone_has_an_unnamed_title_column() -> None:
    found = pay(parse_text(WIREMEN, "electrician.txt"))
    assert {(44, None, "hour"), (46, None, "hour"), (49, "Foreman", "hour"),
            (50, "Foreman", "hour")} <= found


LINEMEN = """\
Lineman
WAGE RATES (effective June 1, 2026)
Journeyman Lineman ................ $52.10
Foreman ........................... $57.31
Groundman ......................... $33.87
Health & Welfare .................. $9.80
1st Period (60%) .................. $31.26
"""

CARPENTERS = """\
Carpenter
Residential agreement, rates from July 1, 2026
Journeyperson Carpenter ....... 36.80
Lead Hand ..................... 38.80
Pension Fund .................. 4.10
"""

MILLWRIGHTS = """\
Millwright
Rates per hour
General Foreman ..................... $55.40
Journeyman Millwright ............... $47.25
Annuity ............................. $6.00
"""


def test_a_leader_list_with_a_journey_row_is_a_schedule() -> None:
    found = pay(parse_text(LINEMEN, "lineman.txt"))
    assert {(52, None, "hour"), (57, "Foreman", "hour"), (34, "Groundman", "hour"),
            (31, None, "hour")} <= found
    assert (10, None, "hour") not in found  # the health fund
    assert {(37, None, "hour"), (39, "Lead Hand", "hour")} <= pay(
        parse_text(CARPENTERS, "carpenter.txt"))
    assert (4, None, "hour") not in pay(parse_text(CARPENTERS, "carpenter.txt"))
    millwrights = pay(parse_text(MILLWRIGHTS, "millwright.txt"))
    assert {(47, None, "hour"), (55, "General Foreman", "hour")} <= millwrights
    assert (6, None, "hour") not in millwrights


def test_a_leader_list_gives_its_ladder_from_the_lowest_rate() -> None:
    assert ("Journeyman Millwright", "General Foreman") in edges(
        parse_text(MILLWRIGHTS, "millwright.txt"))
    assert ("Apprentice Lineman", "Journeyman Lineman") in edges(
        parse_text(LINEMEN, "lineman.txt"))


def test_a_leader_list_of_levels_is_no_union_schedule() -> None:
    rows = [(1, "Entry level ............ $21.50"), (2, "Experienced ............ $29.75")]
    assert schedule_rates(rows)[0] == []


@pytest.mark.parametrize("arrow", ["⬇️", "→", "->", "▼"])
def test_diagram_boxes_joined_by_other_arrows(arrow: str) -> None:
    page = (f"Sonographer\n\nYour career pathway\nStudent Sonographer\n{arrow}\n"
            f"Sonographer\n{arrow}\nSenior / Lead Sonographer\n{arrow}\nConsultant Sonographer\n")
    found = edges(parse_text(page, "sonographer.txt"))
    assert {("Student Sonographer", "Sonographer"), ("Sonographer", "Lead Sonographer"),
            ("Senior Sonographer", "Consultant Sonographer")} <= found


def test_yearly_amounts_under_dated_columns_are_no_hourly_rates() -> None:
    rows = [(1, "Grade               Jan 1, 2026        Jan 1, 2027"),
            (2, "Senior Foreman      $120,000.00        $124,000.00")]
    assert schedule_rates(rows)[0] == []


def test_a_grade_code_in_a_box_names_the_role_at_that_grade() -> None:
    page = ("Diagnostic Radiographer\n\nYour career pathway\nStudent Radiographer\n↓\n"
            "Band 5 Radiographer\n↓\nSpecialist / Senior Radiographer (Band 6)\n")
    guide = parse_text(page, "radiographer.txt")
    assert {("Student Radiographer", "Radiographer"),
            ("Radiographer", "Senior Radiographer")} <= edges(guide)
    assert not guide.leads_to  # the boxes, read one by one, name no moves


@pytest.mark.parametrize("heading", ["WHAT YOU WILL PRACTICE", "What you'll practise",
                                     "Skills you gain"])
def test_a_course_pages_practice_heading_holds_skills(heading: str) -> None:
    page = (f"Urban Planner\n\n{heading}\nZoning analysis · Site planning · Esri ArcGIS Pro\n\n"
            "Fees\nTuition is $11,240 per year.\n")
    guide = parse_text(page, "planner.txt")
    assert {"Zoning analysis", "Site planning", "Esri ArcGIS Pro"} <= {
        s.text for s in guide.skills}
    assert guide.salaries == []


def test_another_agreements_foreman_is_no_rung_of_the_journey_ladder() -> None:
    page = ("Plumber\n\nCOMMERCIAL AGREEMENT\nClassification        Wage      Fringes\n"
            "Journeyman Plumber    $48.20    $27.15\nForeman               $53.02    $27.15\n\n"
            "RESIDENTIAL AGREEMENT\nClassification        Wage      Fringes\n"
            "Residential Journeyman  $38.60  $18.40\nResidential Foreman   $41.90    $18.40\n")
    found = edges(parse_text(page, "plumber.txt"))
    assert ("Journeyman Plumber", "Foreman") in found
    assert not any("Residential Foreman" in pair for pair in found)


def test_two_sentences_set_apart_by_two_spaces_are_no_columns() -> None:
    page = ("Process Engineer\nIntake          February\n\nWHERE DO OUR GRADUATES WORK?\n"
            "Employers include Quarry Lane Foods.  They also hire from our masters.\n")
    assert not {name for name in employers(parse_text(page, "page.txt"))
                if name.startswith(("Employers", "They"))}
