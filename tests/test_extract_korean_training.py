"""Held-back set 21's Korean job-information pages and notices read through a translator, and
medical specialty-training pathways and residency pay pages (rules21c).

Each page here is invented for the test (occupations, centres, deaneries, hospitals and
figures), written in the structures those sites use: a translator's bar, Korean number
notation ("52.3 million won", "3,600 to 44 million won", "3,400만원"), quartile figures,
importance-scored abilities, romanised ranks, a notice's ○ bullets and pay-scale step; a
deanery's coded stages and pay at nodal points, a residency's PGY years and stipends.
"""

from __future__ import annotations

from tests.guide_facts import names, pay, steps

from careergraph.guides import parse_text
from careergraph.guides.amounts import find_amounts
from careergraph.guides.duty_tools import duty_tools, worn_gear
from careergraph.guides.headings import load_headings
from careergraph.guides.moves import prose_moves, prose_steps
from careergraph.guides.page_families import family_page
from careergraph.guides.skill_cues import cued_skills, shared_head
from careergraph.guides.training_stages import stage_owner
from careergraph.guides.vocab import Vocabulary
from careergraph.lexicon import load_lexicon


def amounts(text: str) -> list[tuple[str, float | None, float | None, str]]:
    return [(m.currency, m.low, m.high, m.period) for m in find_amounts(text)]


# -- Korean number notation --------------------------------------------------------------------
def test_won_millions_are_pay_with_no_period() -> None:
    assert amounts("The average annual salary of tower crane operators is 61.8 million won.") == [
        ("KRW", 61_800_000, 61_800_000, "year")]
    assert amounts("Sales of the group reached 900 million won") == []  # a firm's figure


def test_ten_thousands_belong_to_both_ends() -> None:
    # "3,600~4,400만원" as a translator renders it, and as printed in Korean
    assert amounts("Annual salary 3,600 to 44 million won (by career)") == [
        ("KRW", 36_000_000, 44_000_000, "year")]
    assert amounts("Annual salary 36 million to 44 million won") == [
        ("KRW", 36_000_000, 44_000_000, "year")]
    assert amounts("연봉 3,600~4,400만원") == [("KRW", 36_000_000, 44_000_000, "year")]


def test_won_by_the_month_and_hour() -> None:
    assert amounts("Salary guidelines (Level 4, No. 2 salary base monthly 2,958,000 won)") == [
        ("KRW", 2_958_000, 2_958_000, "month")]
    assert amounts("Visiting tutors: 35,000 won per hour") == [("KRW", 35_000, 35_000, "hour")]


def test_bracketed_quartiles_are_one_sided_and_the_middle_a_point() -> None:
    line = "Lower (25%) 41 million won   Middle (50%) 52.3 million won   Upper (25%) 66 million won"
    assert amounts(line) == [("KRW", 52_300_000, 52_300_000, "year")]


# -- Korean job-information pages and notices ----------------------------------------------------
JOB_SHEET = """Google Translate   Translated to: English   Show original   Options ▾
Original language: Korean   Always translate Korean   Was this translation helpful?

Work24 Job information  Home > Job information > Job details
Login | Sign up | Sitemap | Font size + -

Elevator installer
Job classification: Fitter (code 7521)   Similar job names: Lift installer, lift mechanic

Wage/Job satisfaction/Outlook
Wage: The average annual salary of elevator installers is 52.3 million won.
  Lower (25%) 41 million won   Middle (50%) 52.3 million won   Upper (25%) 66 million won
  ※ Wage information is based on a survey and may differ.
Job satisfaction: 61.2%
  Decrease  Slight decrease  [Maintain]  Slight increase  Increase

Ability/Knowledge/Environment
Work ability (importance):  Finger dexterity 4.4  Mechanical reasoning 4.1  Balance 3.7
Knowledge (importance):  Electricity 4.0  Building and construction 3.6

Personality/Interests/Values
Personality: Patience, attention to detail   Interest: Realistic   Values: Achievement

Career development
Later you can become a crew chief (banjang) of a lift crew, then a supervisor and a branch manager.
Some transfer to safety inspector after passing an exam.

Related jobs
Escalator technician | Crane operator
Korea Employment Information Service   Customer center 1350
"""


def test_job_sheet_scored_lists_ladder_and_chrome() -> None:
    page = family_page(list(enumerate(JOB_SHEET.split("\n"), 1)))
    assert page is not None and page.family == "koreanjobinfo"
    guide = parse_text(JOB_SHEET, "elevator.txt")
    assert guide.role.text == "Elevator Installer"
    assert {"Finger dexterity", "Mechanical reasoning", "Balance", "Electricity",
            "Building and construction", "Patience", "attention to detail"} <= names(guide.skills)
    assert {("Crew Chief", "Supervisor"), ("Supervisor", "Branch Manager")} <= steps(guide)
    assert "Safety Inspector" in names(guide.transitions_to)
    assert pay(guide) == {(52_300_000, 52_300_000, "KRW", "year", None)}
    found = " ".join(names(guide.skills) | names(guide.sectors) | names(guide.transitions_to))
    for chrome in ("Lower", "Middle", "Realistic", "banjang", "Crane Operator", "Machine Fitter"):
        assert chrome not in found


NOTICE = """Translated from Korean by Papago   View original   ✕

Welfare Job Network | Recruitment information > Senior welfare > Busan
[Recruitment] Sora-dong Senior Welfare Center Care Coordinator (contract) Recruitment Notice
Registration date 2026.10.02 | Views 211 | Deadline 2026.10.20 (Tue) 17:00

1. Recruitment field and number of people
  ○ Recruitment field: Care coordinator 1 person
  ○ Employment type: Contract worker (1 year)

2. Qualifications
  ○ Required: Elderly care planning, dementia screening, empathy

3. Working conditions and salary
  ○ Salary: Per the 2026 salary guidelines (Level 4, No. 2 salary base monthly 2,958,000 won)
  ○ Annual salary 3,600 to 44 million won (depending on career)
  ○ Family allowance 40,000 won per month, holiday bonus

4. Screening procedure and documents to be submitted
  Document screening → interview → final pass
  Resume, self-introduction

Operating corporation: (Social Welfare Corporation) Sora Welfare Foundation
▲ List   Print   Scrap   Share
Related notices: [Recruitment] Cook at Sora Daycare | [Recruitment] Driver (contract)
"""


def test_notice_role_employer_requirements_and_pay() -> None:
    guide = parse_text(NOTICE, "notice.txt")
    assert guide.role.text == "Care Coordinator"
    assert names(guide.employers) == {"Sora-dong Senior Welfare Center"}
    assert {"Elderly care planning", "dementia screening", "empathy"} <= names(guide.skills)
    assert pay(guide) == {(2_958_000, 2_958_000, "KRW", "month", None),
                          (36_000_000, 44_000_000, "KRW", "year", None)}


# -- prose moves -----------------------------------------------------------------------------------
def test_a_led_unit_is_no_part_of_the_title_and_transfer_is_lateral() -> None:
    vocab = Vocabulary.from_lexicon(load_lexicon())
    sentence = ("After a few years you can become a shift leader of a packing team, then a "
                "line supervisor and a plant manager.")
    assert prose_steps(sentence, vocab) == [("Shift Leader", "Line Supervisor"),
                                            ("Line Supervisor", "Plant Manager")]
    assert prose_moves("Some transfer to quality auditor after completing a course.",
                       vocab)["lateral"] == ["Quality Auditor"]
    assert prose_moves("Senior partners may go on to clinical lead of a stroke ward.",
                       vocab)["up"] == ["Clinical Lead"]
    assert shared_head("rapport with patients and carers")  # one item: the "and" is the with's
    assert prose_moves("Some move to the regional court interpreter pool.",
                       vocab)["lateral"] == ["Regional Court Interpreter"]
    # a bare head keeps what it leads: no "Manager" alone
    assert "Manager" not in prose_moves("Some become the manager of a night shift.",
                                        vocab)["lateral"]


# -- specialty training ----------------------------------------------------------------------------
def test_stage_owner_reads_grades_not_the_specialty_stages() -> None:
    assert stage_owner("F2    2    ") == "Foundation Doctor"
    assert stage_owner("Staff grade  –  ") == "Specialty Doctor"
    assert stage_owner("ST3–ST5   4   ") is None
    assert stage_owner("Consultant  –  ") is None


PATHWAY = """South Fenmoor Deanery — Postgraduate Medical Education
Home › Specialty training › Radiology › Pathway            Accessibility | Contact us

Becoming a radiologist: the training pathway

Radiologists read scans and guide treatment with imaging. Training takes five years after the
Foundation Programme and leads to a CCT and a post as a consultant radiologist.

YOUR ROUTE AT A GLANCE
  Medical school ▸ FY1 ▸ FY2 ▸ ST1 ▸ ST2 ▸ ST3 ▸ ST4 ▸ ST5 ▸ CCT ▸ Consultant

Early training (ST1–ST3). Trainees learn film reporting, CT reading and ultrasound scanning.

PAY BY STAGE (basic pay)
  Stage             Nodal point   Basic salary
  FY1               1             £37,900
  FY2               2             £43,700
  ST1–ST2           3             £51,800
  ST3–ST5           4             £63,400
  Consultant        –             £108,000 – £143,000
  Specialty doctor  –             £60,500 – £95,000
Weekend allowance and London weighting are paid on top.

Where you will train: Fenmoor Hospital, Saltmarsh General and Eastbrook Infirmary, all NHS trusts.

Next steps: Apply via Oriel ▸   Read the ST1 person specification ▸
© South Fenmoor Deanery 2026  ·  Privacy
"""


def test_pathway_pay_by_stage_belongs_to_its_grades() -> None:
    guide = parse_text(PATHWAY, "radiology.txt")
    assert guide.role.text == "Radiologist"
    assert pay(guide) == {
        (37_900, 37_900, "GBP", "year", "Foundation Doctor"),
        (43_700, 43_700, "GBP", "year", "Foundation Doctor"),
        (51_800, 51_800, "GBP", "year", None), (63_400, 63_400, "GBP", "year", None),
        (108_000, 143_000, "GBP", "year", None),
        (60_500, 95_000, "GBP", "year", "Specialty Doctor")}
    assert {"film reporting", "CT reading", "ultrasound scanning"} <= names(
        guide.skills)
    assert names(guide.employers) == {"Fenmoor Hospital", "Saltmarsh General",
                                      "Eastbrook Infirmary"}  # ("all NHS trusts": no name)
    assert "South Fenmoor Deanery" not in names(guide.employers)
    assert names(guide.moves_in) == {"Foundation Doctor"}  # the foundation years come first
    assert "Consultant" not in names(guide.leads_to)  # the consultant radiologist: the role


RESIDENCY = """Harrow Lake Medical Center | Graduate Medical Education
Residency Programs  >  Psychiatry  >  Salary & Benefits              Apply (ERAS) | Visit Us

Psychiatry Residency — Salary and Benefits

Our ACGME-accredited four-year program trains psychiatrists, with rotations at a county
hospital; applicants match through the NRMP.

Training by year
PGY-1  Intern year: inpatient psychiatry plus neurology; crisis assessment, suicide screening.
PGY-2  Consult-liaison service; electroconvulsive therapy and clozapine monitoring.

2026–2027 resident salary (house staff agreement)
  PGY-1 ........ $66,200
  PGY-2 ........ $68,700
Chief residents receive an additional $2,500 administrative stipend. Every resident gets a
$1,800 housing allowance and a $1,000 education fund.

"The attendings teach every day." — Resident, Class of 2026
Program Director: Dr. M. Ferris · Coordinator: psych@harrowlake.test
Accreditation · Non-discrimination · Privacy        © 2026 Harrow Lake Health
"""


def test_residency_years_pay_and_stipends() -> None:
    guide = parse_text(RESIDENCY, "psych.txt")
    assert guide.role.text == "Psychiatrist"
    assert {"crisis assessment", "suicide screening", "electroconvulsive therapy",
            "clozapine monitoring"} <= names(guide.skills)
    assert pay(guide) == {(66_200, 66_200, "USD", "year", None),
                          (68_700, 68_700, "USD", "year", None)}
    assert "Harrow Lake Medical Center" in names(guide.employers)
    assert not any("salary" in s.lower() or "fund" in s.lower() or "rotation" in s.lower()
                   for s in names(guide.skills))


def test_techniques_used_with_their_acronyms() -> None:
    sentence = ("Fitters join pipe spools with MAG welding (GMAW), flux-cored arc welding (FCAW) "
                "and N2 purging depending on the alloy.")
    assert duty_tools(sentence, prose=True) == [
        "MAG welding (GMAW)", "flux-cored arc welding (FCAW)", "N2 purging"]
    assert duty_tools("Flaws are found by eddy current testing (ET) and dye penetrant testing.",
                      prose=True) == ["eddy current testing (ET)", "dye penetrant testing"]


def test_worn_protective_gear() -> None:
    assert worn_gear("Inside ballast tanks they grind seams wearing a dust mask, ear defenders "
                     "and a safety harness.") == ["dust mask", "ear defenders", "safety harness"]
    assert worn_gear("Good leads wear many hats and wear their hearts on their sleeves.") == []


def test_a_technique_with_its_guided_means_and_an_exam_closing_the_list() -> None:
    sentence = ("Residents take on vascular access with image-guided cannulation, trauma triage "
                "and burns care, and pass the board examination.")
    assert cued_skills(sentence, load_headings().skill_cues) == [
        "vascular access", "image-guided cannulation", "trauma triage", "burns care"]
