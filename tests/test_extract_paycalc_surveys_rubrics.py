"""Take-home pay calculators, pay-survey reports and promotion rubrics (held-back set 14).

Each test writes its own small pages (invented sites, employers, societies and figures) in one
structure, at least three per variant, and asserts what the parser reads from them and the
tempting facts it must not read.
"""

from __future__ import annotations

import pytest

from careergraph.guides import parse_text
from guide_facts import names, pay, steps

# -- take-home pay calculators: a results table by period, a dotted paycheck -------------------
RESULTS_TABLES = [
    ("NetWage UK | Salary calculator | Jobs\n"
     "Dental Hygienist salary after tax\n"
     "The average Dental Hygienist salary in the UK is £39,500 a year.\n"
     "Gross salary: £39,500 per year\nStudent loan: Plan 1\n[ Calculate ]\n"
     "\tYearly\tMonthly\tWeekly\tHourly\n"
     "Gross pay\t£39,500\t£3,292\t£760\t£20.26\n"
     "Income tax\t£5,386\t£449\t£104\t£2.76\n"
     "National Insurance\t£2,154\t£180\t£41\t£1.10\n"
     "Take-home pay\t£31,960\t£2,663\t£615\t£16.39\n"
     "What do Dental Hygienists earn?\n"
     "Dental Hygienists earn between £31,000 and £47,000.\n"
     "Similar jobs\nDental Therapist  £42,800  ›\nDental Nurse  £24,900  ›\n",
     {(39500, 39500, "GBP", "year", None), (31000, 47000, "GBP", "year", None),
      (42800, 42800, "GBP", "year", "Dental Therapist"),
      (24900, 24900, "GBP", "year", "Dental Nurse")}),
    ("PayMate Ireland\nQuantity Surveyor take-home pay 2026\n"
     "A Quantity Surveyor in Ireland earns €58,000 a year on average.\n"
     "  Annual  Monthly  Fortnightly  Weekly\n"
     "Gross  €58,000  €4,833  €2,231  €1,115\n"
     "PAYE  €11,140  €928  €428  €214\n"
     "USC  €1,310  €109  €50  €25\n"
     "PRSI  €2,320  €193  €89  €45\n"
     "Net pay  €43,230  €3,603  €1,663  €831\n"
     "Trainee Quantity Surveyors start at €34,000–€39,000.\n",
     {(58000, 58000, "EUR", "year", None), (34000, 39000, "EUR", "year", None)}),
    ("TakeHome.co.nz\nLandscape Gardener pay after tax\n"
     "Landscape Gardeners in New Zealand earn a median of NZ$54,600 a year.\n"
     "Your results\tYear\tMonth\tWeek\tDay\n"
     "Gross income\tNZ$54,600\tNZ$4,550\tNZ$1,050\tNZ$210\n"
     "PAYE tax\tNZ$8,900\tNZ$742\tNZ$171\tNZ$34\n"
     "KiwiSaver\tNZ$1,638\tNZ$137\tNZ$32\tNZ$6\n"
     "Take home pay\tNZ$44,062\tNZ$3,672\tNZ$847\tNZ$169\n"
     "Head Gardeners average NZ$68,000.\n",
     {(54600, 54600, "NZD", "year", None), (68000, 68000, "NZD", "year", "Head Gardener")}),
]


@pytest.mark.parametrize(("page", "expected"), RESULTS_TABLES)
def test_results_table_restates_and_deducts(page: str, expected: set[tuple]) -> None:  # type: ignore[type-arg]
    guide = parse_text(page, "calc.txt")
    assert pay(guide) == expected  # no monthly gross, no tax, no take-home pay


DOTTED = [
    ("WageWise\nElectrician paycheck calculator — Ohio\n"
     "Electricians in Ohio make a median of $27.10 per hour.\n"
     "Hourly rate ($)      27.10\nHours per week       42\n"
     "YOUR PAYCHECK (weekly)\n"
     "Gross pay ........................ $1,165.30\n"
     "  Regular 40 h × $27.10 ........... $1,084.00\n"
     "  Overtime 2 h × $40.65 ........... $81.30\n"
     "Federal income tax ................ −$118.40\n"
     "Social Security (6.2%) ............ −$72.25\n"
     "Ohio state tax .................... −$31.10\n"
     "Net pay .......................... $926.65\n"
     "Annual gross at this rate ≈ $60,596\n"
     "Percentile\tHourly\n10th\t$19.40\n25th\t$22.80\nMedian\t$27.10\n75th\t$31.90\n"
     "90th\t$38.20\n"
     "Most Ohio electricians earn between $22.80 and $31.90 an hour.\n",
     {(27.1, 27.1, "USD", "hour", None), (22.8, 31.9, "USD", "hour", None)}),
    ("CheckStub Pro\nForklift Operator take-home pay, Tennessee\n"
     "The average Forklift Operator in Tennessee makes $18.60 an hour.\n"
     "Gross pay: $744.00\nFederal tax withheld: $61.20\nMedicare: $10.79\n"
     "Tennessee income tax: $33.40\nTake-home pay: $638.61\n"
     "Forklift Operators in Tennessee typically earn between $16.20 and $21.40 an hour.\n",
     {(18.6, 18.6, "USD", "hour", None), (16.2, 21.4, "USD", "hour", None)}),
    ("SalaryNet\nPharmacy Technician paycheck (biweekly), Arizona\n"
     "Pharmacy Technicians in Arizona earn $21.35 per hour on average.\n"
     "Gross pay .......... $1,708.00\nFICA .......... −$130.66\n"
     "Arizona state tax .......... −$42.70\nNet pay .......... $1,534.64\n"
     "Pharmacy Technicians earn $18.90–$24.10 an hour. Pharmacists average $62.00 an hour.\n",
     {(21.35, 21.35, "USD", "hour", None), (18.9, 24.1, "USD", "hour", None),
      (62, 62, "USD", "hour", "Pharmacist")}),
]


@pytest.mark.parametrize(("page", "expected"), DOTTED)
def test_dotted_paycheck_and_percentiles(page: str, expected: set[tuple]) -> None:  # type: ignore[type-arg]
    guide = parse_text(page, "paycheck.txt")
    assert pay(guide) == expected  # no deductions, net pay, one-sided or restated quartiles


def test_gross_salary_outside_a_calculator_is_pay() -> None:
    page = ("Welder career guide\nWelders join metal parts.\nSalary\n"
            "Gross salary: $52,000 per year\nOvertime pay: $41.00 an hour\n")
    assert (52000, 52000, "USD", "year", None) in pay(parse_text(page, "welder.txt"))


def test_makes_before_a_dollar_names_no_currency() -> None:
    page = "Courier career guide\nThe average Courier in Kentucky makes $19.40 an hour.\n"
    assert pay(parse_text(page, "courier.txt")) == {(19.4, 19.4, "USD", "hour", None)}


# -- promotion rubrics: a tabbed rubric, a rubric flattened one cell a line --------------------
TABBED_RUBRICS = [
    ("KESTREL WATER SERVICES PLC — CONFIDENTIAL\nDoc HR-WT-04 Rev 2   Page 1 of 3\n"
     "Water Treatment Technician promotion criteria\n"
     "Levels: T1 Trainee Water Treatment Technician | T2 Water Treatment Technician | "
     "T3 Senior Water Treatment Technician | T4 Process Supervisor\n"
     "Criterion\tDeveloping (1)\tMeets (2)\tExceeds (3)\n"
     "1.1 Process control & sampling\tTakes samples with help\tAdjusts dosing in Aquatrak"
     "\tTrains others on Aquatrak\n"
     "1.2 Plant maintenance\tReports faults\tLogs work orders in eMaint\tPlans shutdowns\n"
     "1.3 Safety leadership\tFollows permits\tLeads toolbox talks\tInvestigates incidents\n"
     "Pay bands (base, GBP)\n"
     "T1 Trainee Water Treatment Technician  £24,100 – £26,900\n"
     "T2 Water Treatment Technician  £28,300 – £32,600\n"
     "T4 Process Supervisor  £38,900 – £43,000\n"
     "Standby allowance (£25 per night) is not part of the band.\n"
     "Signature: ____________  Date: ___/___/____\n",
     {"Process control", "sampling", "Aquatrak", "Plant maintenance", "eMaint",
      "Safety leadership"},
     {("Trainee Water Treatment Technician", "Water Treatment Technician"),
      ("Water Treatment Technician", "Senior Water Treatment Technician"),
      ("Senior Water Treatment Technician", "Process Supervisor")},
     {"Kestrel Water Services Plc"},
     {(24100, 26900, "GBP", "year", None), (28300, 32600, "GBP", "year", None),
      (38900, 43000, "GBP", "year", "Process Supervisor")}),
    ("Orrin Valley Health District\nPharmacist career ladder — advancement rubric\n"
     "Competency    Emerging    Proficient    Advanced\n"
     "A. Clinical verification    Verifies orders in Epic Willow    Resolves interactions"
     "    Leads audits\n"
     "B. Antimicrobial stewardship    Follows the protocol    Reviews cultures in TheraDoc"
     "    Chairs the stewardship round\n"
     "C. Teaching    —    Precepts students    Designs rotations\n"
     "Pharmacist levels: P1 Staff Pharmacist · P2 Clinical Pharmacist · P3 Senior Pharmacist\n",
     {"Clinical verification", "Epic Willow", "Antimicrobial stewardship", "TheraDoc",
      "Teaching"},
     {("Staff Pharmacist", "Clinical Pharmacist"), ("Clinical Pharmacist", "Senior Pharmacist")},
     {"Orrin Valley Health District"}, set()),
    ("Tallow & Finch Ltd\nSous Chef progression rubric\n"
     "Area | Beginner | Intermediate | Expert\n"
     "Menu costing | Prices dishes in Apicbase | Sets margins | Trains juniors\n"
     "Kitchen hygiene & HACCP | Completes logs | Runs audits | Writes the plan\n"
     "Grade 2 Commis Chef  £23,000 – £25,500\nGrade 3 Chef de Partie  £26,000 – £29,000\n"
     "Grade 4 Sous Chef  £31,000 – £35,000\nGrade 5 Head Chef  by contract\n",
     {"Menu costing", "Apicbase", "Kitchen hygiene", "HACCP"},
     {("Commis Chef", "Chef de Partie"), ("Chef de Partie", "Sous Chef"),
      ("Sous Chef", "Head Chef")},
     {"Tallow & Finch Ltd"},
     {(23000, 25500, "GBP", "year", "Commis Chef"), (26000, 29000, "GBP", "year", "Chef de Partie"),
      (31000, 35000, "GBP", "year", None)}),
]


@pytest.mark.parametrize(("page", "skills", "moves", "employers", "bands"), TABBED_RUBRICS)
def test_tabbed_rubric(page: str, skills: set[str], moves: set[tuple[str, str]],
                       employers: set[str], bands: set[tuple]) -> None:  # type: ignore[type-arg]
    guide = parse_text(page, "rubric.txt")
    found = names(guide.skills)
    assert skills <= found
    # rating headers, duties in the cells, form fields and document control are no skills
    assert not found & {"Developing (1)", "Emerging", "Beginner", "Signature", "Reports faults",
                        "Leads toolbox talks", "Precepts students", "Sets margins"}
    assert moves <= steps(guide)
    assert employers <= names(guide.employers)
    assert bands <= pay(guide)
    assert not {p for p in pay(guide) if p[0] == 25}  # a standby allowance is no pay


FLAT_RUBRICS = [
    ("Marlow Estuary Conservancy\nRanger progression scheme: Ranger to Senior Ranger\n"
     "Collect points in each area.\nArea\nEvidence\nPoints\n"
     "A. Habitat management\nCoppicing, scrub clearance, hedge laying; records surveys in "
     "Recorder 6\nup to 6\n"
     "B. Public engagement\nLeads guided walks; writes leaflets; volunteer coordination\nup to 4\n"
     "C. Tickets\nChainsaw CS30 certificate; brushcutter ticket\n1 point per ticket\n"
     "Total available: 14\n",
     {"Habitat management", "Coppicing", "scrub clearance", "hedge laying", "Recorder 6",
      "Public engagement", "volunteer coordination"},
     {"Tickets", "Leads guided walks", "writes leaflets", "up to 6", "Total available"}),
    ("Brackenfield Borough Council\nPlanning Officer progression rubric\n"
     "Competency\nDescriptor\nScore\n"
     "1. Development management\nCase handling in Uniform; site visits, report writing\n0–3\n"
     "2. Negotiation\nAgrees amendments with agents; chairs pre-application meetings\n0–3\n"
     "3. Legislation & policy\nApplies the NPPF and local plan policies\n0–3\n",
     {"Development management", "Uniform", "site visits", "report writing", "Negotiation",
      "Legislation", "policy"},
     {"Agrees amendments with agents", "0–3", "Descriptor"}),
    ("Harrow Point Marina Trust\nBoatyard Technician promotion rubric\n"
     "Area\nExample evidence\nWeighting\n"
     "(a) Engine servicing\nOutboard servicing, shaft alignment, antifouling; logs jobs in "
     "DockMaster\n40%\n"
     "(b) Rigging\nSplicing, swaging, mast stepping\n30%\n"
     "(c) Customer care\nExplains quotes to owners; customer handovers\n30%\n",
     {"Engine servicing", "Outboard servicing", "shaft alignment", "antifouling", "DockMaster",
      "Rigging", "Splicing", "swaging", "mast stepping", "Customer care", "customer handovers"},
     {"Explains quotes to owners", "40%", "Weighting"}),
]


@pytest.mark.parametrize(("page", "skills", "not_skills"), FLAT_RUBRICS)
def test_rubric_flattened_one_cell_a_line(page: str, skills: set[str],
                                          not_skills: set[str]) -> None:
    guide = parse_text(page, "rubric.txt")
    found = names(guide.skills)
    assert skills <= found
    assert not found & not_skills


# -- pay-survey reports: a table by title with counts, medians and quartile ranges -----------
SURVEY_TABLES = [
    ("Society of Hydrographic Surveyors\n2025 Member Pay Survey: Hydrographic Surveyors\n"
     "Title\tn\tMedian\tRange (P25–P75)\n"
     "Trainee Hydrographic Surveyor\t21\t£31,000\t£28,500 – £33,000\n"
     "Hydrographic Surveyor (chartered)\t88\t£47,500\t£42,000 – £53,000\n"
     "Chief / Head of Survey Operations\t12\t£78,000\t£71,000 – £86,500\n"
     "Marine Technician (comparison)\t--\t--\t--\n",
     {(31000, 31000, "GBP", "year", None), (28500, 33000, "GBP", "year", None),
      (47500, 47500, "GBP", "year", None), (42000, 53000, "GBP", "year", None),
      (78000, 78000, "GBP", "year", "Head of Survey Operations"),
      (71000, 86500, "GBP", "year", "Head of Survey Operations")}),
    ("Veterinary Nurses' Association\nPay Report 2026: Veterinary Nurses\n"
     "Grade / title  |  Respondents  |  Pay band\n"
     "Band 3 Student Veterinary Nurse  |  40  |  £21,000 – £23,500\n"
     "Band 4 Veterinary Nurse  |  152  |  £26,000 – £30,500\n"
     "Band 5 Senior Veterinary Nurse  |  63  |  £31,500 – £35,000\n"
     "Band 6 Clinical Coordinator / Practice Manager  |  18  |  £36,000 – £41,000\n",
     {(26000, 30500, "GBP", "year", None), (31500, 35000, "GBP", "year", None),
      (36000, 41000, "GBP", "year", "Clinical Coordinator"),
      (36000, 41000, "GBP", "year", "Practice Manager")}),
    ("Geotechnical Engineers Forum (Australia)\nRemuneration Survey 2025 — Geotechnical "
     "Engineers\nAll figures AUD base salary.\n"
     "Title\tResponses\tMedian\tRange (P25–P75)\n"
     "Graduate Geotechnical Engineer\t35\t$82,000\t$76,000 – $88,000\n"
     "Geotechnical Engineer\t120\t$118,000\t$105,000 – $131,000\n"
     "Senior Geotechnical Engineer\t64\t$152,000\t$140,000 – $166,000\n"
     "On-call stipends averaged $6,200 a year where paid.\n",
     {(118000, 118000, "AUD", "year", None), (105000, 131000, "AUD", "year", None),
      (152000, 152000, "AUD", "year", None), (140000, 166000, "AUD", "year", None)}),
]


@pytest.mark.parametrize(("page", "bands"), SURVEY_TABLES)
def test_survey_table_by_title(page: str, bands: set[tuple]) -> None:  # type: ignore[type-arg]
    guide = parse_text(page, "survey.txt")
    found = pay(guide)
    assert bands <= found
    # response counts, suppressed cells and on-call stipends are no pay
    assert not {p for p in found if p[0] in (21, 88, 12, 40, 152, 63, 18, 35, 120, 64, 6200)}


# -- calculator pages: job cards near you, related calculators, a place before the title ------
CARD_PAGES = [
    ("PayRight\nPlumber paycheck calculator — Arizona\n"
     "Plumbers in Arizona make a median of $27.50 per hour.\n"
     "Companies hiring plumbers near you\n"
     "Desert Pipe Works — Phoenix, AZ — $25–$31/hr\n"
     "Saguaro Plumbing Co. — Tucson, AZ — pay not listed\n"
     "Related calculators: Pipefitter · Electrician · HVAC Technician\n",
     {"Desert Pipe Works", "Saguaro Plumbing Co."}),
    ("WageWise\nLine Cook take-home pay — Oregon\n"
     "Most Oregon line cooks earn between $17.20 and $21.90 an hour.\n"
     "Employers hiring line cooks near you\n"
     "Riverbend Bistro — Portland, OR — $19/hr + tips\n"
     "Cascade Grill House — Salem, OR — $18–$20/hr\n",
     {"Riverbend Bistro", "Cascade Grill House"}),
    ("CheckMate\nWelder paycheck calculator — Alabama\n"
     "Welders in Alabama make a median of $23.10 per hour.\n"
     "Companies hiring welders near you\n"
     "Gulf Fab Inc. — Mobile, AL — $22–$28/hr\n"
     "Iron Valley Works — Birmingham, AL — $24/hr + per diem\n"
     "Related calculators: Pipefitter · Boilermaker\n",
     {"Gulf Fab Inc.", "Iron Valley Works"}),
]


@pytest.mark.parametrize(("page", "employers"), CARD_PAGES)
def test_job_cards_near_you_employ_the_role(page: str, employers: set[str]) -> None:
    guide = parse_text(page, "cards.txt")
    found = names(guide.employers)
    assert employers <= found
    # the cards' towns and the related calculators' titles are no employers
    assert not found & {"Phoenix", "Tucson", "AZ", "Portland", "Mobile", "Pipefitter",
                        "Electrician", "Boilermaker"}
    assert all(s.role is None for s in guide.salaries)  # "Most Oregon line cooks": the role


def test_survey_statistic_labels_and_counted_moves() -> None:
    page = ("Optometrist pay survey\nOptometrists test eyes.\n"
            "Optometrist (GOC registered): median £46,300\n"
            "Practice Manager: median £41,000\n"
            "Where optometrists move\n"
            "In the last five years 14 respondents moved to Senior Optometrist posts and "
            "6 to Clinical Director.\n")
    guide = parse_text(page, "survey.txt")
    assert {(46300, 46300, "GBP", "year", None),
            (41000, 41000, "GBP", "year", "Practice Manager")} <= pay(guide)
    moved = names(guide.leads_to) | names(guide.transitions_to)
    assert not {m for m in moved if m[:1].isdigit()}


@pytest.mark.parametrize(("page", "gear"), [
    ("Scaffolder career guide\nScaffolders erect platforms.\nEmployers look for experience with "
     "tube and fitting, fall arrest (lanyards and harnesses), and reading drawings.\n",
     {"lanyards", "harnesses"}),
    ("Arborist career guide\nArborists care for trees.\nEmployers look for experience with "
     "climbing systems (ropes and karabiners), chainsaws and rigging.\n",
     {"ropes", "karabiners"}),
    ("Diver career guide\nCommercial divers work underwater.\nEmployers look for experience "
     "with surface-supplied diving (umbilicals and helmets) and underwater welding.\n",
     {"umbilicals", "helmets"}),
])
def test_plain_gear_in_brackets_after_a_skill(page: str, gear: set[str]) -> None:
    found = names(parse_text(page, "gear.txt").skills)
    assert gear <= found
    assert not {"or equivalent", "e.g."} & found


def test_bracket_of_remarks_names_no_skill() -> None:
    page = ("Baker career guide\nBakers make bread.\nEmployers look for experience with "
            "dough handling (full and part time roles) and ovens.\n")
    found = names(parse_text(page, "baker.txt").skills)
    assert not {"full", "part time roles"} & found


@pytest.mark.parametrize(("page", "lateral"), [
    ("Surveyor promotion criteria\nSurveyors measure land.\n6. SIGNATURES\nManager: ______\n"
     "7. OTHER PATHWAYS\nSurveyors can apply for internal transfer to GIS Analyst or "
     "Project Manager roles.\n",
     {"GIS Analyst", "Project Manager"}),
    ("Paramedic progression rubric\nParamedics treat patients.\n4. SCORING\nTotal: 12 points\n"
     "5. OTHER PATHWAYS\nParamedics may move sideways into Emergency Care Assistant "
     "training roles or Dispatcher posts.\n",
     {"Dispatcher"}),
    ("Chemist promotion criteria\nChemists analyse samples.\n2. ELIGIBILITY\nTwo years at C2.\n"
     "3. OTHER PATHWAYS\nChemists can apply for internal transfer to Quality Analyst or "
     "Regulatory Affairs Specialist roles.\n",
     {"Quality Analyst", "Regulatory Affairs Specialist"}),
])
def test_numbered_section_in_capitals(page: str, lateral: set[str]) -> None:
    guide = parse_text(page, "rubric.txt")
    assert lateral <= names(guide.transitions_to)
    assert not {"SIGNATURES", "SCORING", "ELIGIBILITY"} & names(guide.skills)


@pytest.mark.parametrize(("page", "sectors"), [
    ("Dietitian pay survey\nDietitians plan diets.\nWho responded\nRespondents worked in "
     "hospitals (61%), community clinics (24%) and private practices (15%).\n",
     {"hospitals", "community clinics", "private practices"}),
    ("Archivist pay survey\nArchivists keep records.\nMembers worked in universities (40%), "
     "local authorities (35%) and charities (25%).\n",
     {"universities", "local authorities", "charities"}),
    ("Brewer pay survey\nBrewers make beer.\nRespondents worked in craft breweries (70.5%) "
     "and brewpubs (29.5%).\n",
     {"craft breweries", "brewpubs"}),
])
def test_survey_shares_after_worked_in(page: str, sectors: set[str]) -> None:
    found = names(parse_text(page, "survey.txt").sectors)
    assert sectors <= found
    assert not {s for s in found if "%" in s}


@pytest.mark.parametrize(("page", "step"), [
    ("Archivist career guide\nArchivists keep records.\nWhere next\nMost archivists move up "
     "to Senior Archivist, then Keeper of Manuscripts.\n",
     ("Senior Archivist", "Keeper of Manuscripts")),
    ("Conservator career guide\nConservators repair objects.\nWhere next\nMost conservators "
     "move up to Senior Conservator, then Head of Conservation and Collections.\n",
     ("Senior Conservator", "Head of Conservation and Collections")),
    ("Gardener career guide\nGardeners tend gardens.\nWhere next\nMost gardeners move up to "
     "Team Leader, then Curator of Living Collections.\n",
     ("Team Leader", "Curator of Living Collections")),
])
def test_a_rung_named_with_its_charge(page: str, step: tuple[str, str]) -> None:
    assert step in steps(parse_text(page, "next.txt"))


@pytest.mark.parametrize("heading", [
    "Pay – private sector (base, per year)", "Pay in the public sector (gross, annual)",
    "Salaries – voluntary sector (basic, before tax)"])
def test_a_pay_headings_bracket_names_no_sector(heading: str) -> None:
    page = (f"Pharmacist pay survey\nPharmacists dispense medicines.\n{heading}\n"
            "Pharmacist: median £45,000\n")
    found = {s.lower() for s in names(parse_text(page, "survey.txt").sectors)}
    assert not found & {"base", "per year", "gross", "annual", "basic", "before tax"}


@pytest.mark.parametrize(("page", "role", "skills"), [
    ("Knowledge Base Librarian Career Guide: Duties, Pay and Prospects\n"
     "Knowledge Base Librarians keep a help centre's articles current.\n"
     "Skills people in the job use weekly: taxonomy design, Confluence, style guides\n",
     "Knowledge Base Librarian", {"taxonomy design", "Confluence", "style guides"}),
    ("Tools Crib Attendant Job Profile: Tasks, Wages, Outlook\n"
     "A Tools Crib Attendant issues and logs shop tools.\n"
     "Tools attendants handle every shift: torque wrenches, calipers, gauge blocks\n",
     "Tools Crib Attendant", {"torque wrenches", "calipers", "gauge blocks"}),
    ("Skills Assessor Career Guide: Work, Pay and Where It Leads\n"
     "Skills Assessors observe apprentices at work.\n"
     "Skills assessors rely on weekly: e-portfolios, observation notes, OneFile\n",
     "Skills Assessor", {"e-portfolios", "observation notes", "OneFile"}),
])
def test_a_title_in_capitals_heads_no_list(page: str, role: str, skills: set[str]) -> None:
    """A skills word opening a Title Case title ("Knowledge Base Librarian Career Guide:
    Duties, Pay") leaves the title a title; the same word opening a lower-case clause still
    heads a list."""
    guide = parse_text(page, "guide.txt")
    assert guide.role is not None and guide.role.text == role
    found = names(guide.skills)
    assert skills <= found
    assert not {"Duties", "Pay", "Tasks", "Wages", "Work"} & found
