"""Held-back set 31 studied again by rules31b2: an award's pay table in fixed-width columns
by grade and year whose pay column names only its currency ("Rate $") and whose
continuation rows leave the grade blank; "> " list markers under a heading of names; a
labour-hire guide's current openings naming the firms that employ the role; a career
pathway's prose (a ladder wrapped inside a step, "and on to", fields glossed with their
titles, "cross-train into" the role's field, an aside after "or").

Every page is invented here (professions, services, figures).
"""

from __future__ import annotations

import itertools

from careergraph.guides import parse_text

AWARD_TABLE = """Tablelands Health Service — Careers in allied health
Audiologist
Classification: Health Professional, Grades 1–3

Key skills
  • pure tone audiometry
  • hearing aid fitting

Salary schedule (per annum, extract)
Grade     Increment     Salary $
Grade 1   Year 1        68,420
          Year 2        71,305
          Year 3        74,880
Grade 2   Year 1        86,010
          Year 2        88,760
Grade 3   Year 1        97,345
Grade 3 is the senior clinician's grade.

Where you could work
Hearing clinics and outpatient departments.
"""


def test_award_table_with_blank_grade_cells_gives_each_step_a_rate() -> None:
    guide = parse_text(AWARD_TABLE, "page-21.txt")
    pay = sorted((s.min, s.max, s.period) for s in guide.salaries)
    assert pay == [(v, v, "year") for v in (68420, 71305, 74880, 86010, 88760, 97345)]
    assert all(s.role is None for s in guide.salaries)


CHEVRON_SKILLS = """IRONLEAF LABOUR HIRE            Find work | Hire staff | Contact
Home › Trades › Glazing › Glazier guide

Glazier – Tickets, Pay Rates & Career Path (Victoria, 2026)

WHAT WE LOOK FOR
 > curtain wall installation (unitised, stick-built)
 > glass handling and lifting
 > silicone sealing
 > reading shop drawings

CAREER PATH
Glazing Labourer ➜ Glazier ➜ Leading Hand Glazier
"""

CHEVRON_PATH = """HOW TO GET IN
Diploma in viticulture
> internship at a winery
> hired as Cellar Hand
Cellar Hand is the entry job of a Winemaker.
"""


def test_chevron_marked_items_under_a_skills_heading_lose_the_marker() -> None:
    guide = parse_text(CHEVRON_SKILLS, "page-22.txt")
    skills = {s.text for s in guide.skills}
    assert {"curtain wall installation", "silicone sealing", "reading shop drawings"} <= skills
    assert not any(s.startswith(">") for s in skills)


def test_chevron_lines_after_a_sentence_are_no_list() -> None:
    guide = parse_text(CHEVRON_PATH, "winemaker.txt")
    assert not any("internship" in s.text for s in guide.skills)


OPENINGS = """QUARRYMEN WORKFORCE  |  Quarrying · Civil        Jobs   Clients   Timesheets
Home / Role guides / Excavator Operator

Excavator Operator – pay, tickets and career path
Also called: Digger Driver, Plant Operator (Excavator)

Skills our clients ask for
- bulk earthworks to grade
- trenching and benching

LIVE EXCAVATOR JOBS
• Excavator Operator – Westbrook Earthmoving – Toowoomba bypass – 10/4
• Digger Driver (nights) – Carrow Civil Pty Ltd – rail corridor, Ipswich – 5/2
• Dump Truck Driver – Fennel Haulage – Gympie – 7/7

CLIENTS HIRING NOW
Rockhampton: Stonebridge Quarries – crusher expansion
Cairns: airport apron works (via Larkspur Contracting)

Quarrymen Workforce Pty Ltd  ABN 00 000 000 000  | Privacy
"""


def test_current_openings_name_the_firms_that_employ_the_role() -> None:
    guide = parse_text(OPENINGS, "page-24.txt")
    employers = {e.text for e in guide.employers}
    assert {"Westbrook Earthmoving", "Stonebridge Quarries", "Larkspur Contracting"} <= employers
    assert any(e.startswith("Carrow Civil") for e in employers)  # (an alias's card)
    assert "Fennel Haulage" not in employers  # another title's opening
    assert not any("airport" in e or "Toowoomba" in e for e in employers)
    assert not any("Excavator Operator" in s.text or "Westbrook" in s.text
                   or "HIRING" in s.text for s in guide.skills)


PATHWAYS = """Harbourside Health | Careers
Home > Allied health careers > Our professions > Cardiac physiology        Search  Menu

Cardiac physiologist
Health Practitioner stream, levels 3 to 6

Cardiac physiologists record and analyse the electrical activity of the heart, run exercise
stress tests and check pacemakers in clinics, wards and the catheter laboratory every day.

Career pathways
Trainee Cardiac Physiologist → Cardiac Physiologist → Senior Cardiac Physiologist → Lead Cardiac
Physiologist → Cardiac Services Manager
Some of our sonographers cross-train into cardiac physiology.  From level 3 physiologists
progress to Clinical Specialist and on to Department Head.  Others move sideways into
research (Research Officer) or teaching (Clinical Educator).  Experienced physiologists
also move into roles as a Device Specialist or, outside the health service, a Product Trainer
with a pacemaker maker.
"""


def test_career_pathway_prose_and_a_wrapped_ladder() -> None:
    guide = parse_text(PATHWAYS, "page-25.txt")
    steps = {(a.text, b.text) for chain in guide.progressions
             for a, b in itertools.pairwise(chain)}
    assert ("Senior Cardiac Physiologist", "Lead Cardiac Physiologist") in steps
    assert ("Lead Cardiac Physiologist", "Cardiac Services Manager") in steps
    assert ("Clinical Specialist", "Department Head") in steps  # "and on to"
    lateral = {m.text for m in guide.transitions_to}
    assert {"Research Officer", "Clinical Educator", "Product Trainer"} <= lateral
    assert not any("Officer Clinical" in t for t in lateral)
    assert "Sonographer" in {m.text for m in guide.moves_in}


SERVICE_PAGE = """Tasman Health | Careers
Home > Allied health careers > Our professions > Sonography        Search  Menu

Sonographer
Health Practitioner stream · Clinical · HP3 to HP5

Sonographers use ultrasound to image organs, vessels and babies before birth, working with
radiologists, midwives and vascular surgeons in busy imaging departments and in small
clinics across the region.  New graduates rotate through general, obstetric and vascular
lists in their first year and are supervised by a senior sonographer until they are signed
off for solo scanning.

Key skillsObstetric scanning · vascular Doppler studies · probe handling · report writing

Where we employ sonographers
Northern Hospital and Health Service (Harbour View Hospital), Ridge Hospital and Health
Service, Delta Hospital and Health Service.

Apply now on CareersHub   |   Student open days in May   |   Regional incentives
Last updated: 3 March 2026      © Tasman Health 2026
"""


def test_glued_heading_list_and_names_holding_and_and_a_call_strip() -> None:
    guide = parse_text(SERVICE_PAGE, "page-26.txt")
    assert {"Obstetric scanning", "vascular Doppler studies", "probe handling",
            "report writing"} <= {s.text for s in guide.skills}
    employers = {e.text for e in guide.employers}
    assert {"Northern Hospital and Health Service", "Ridge Hospital and Health Service",
            "Delta Hospital and Health Service", "Harbour View Hospital"} <= employers
    assert not any(e.startswith(("Apply", "Student", "Ridge Hospital ", "Health Service"))
                   and "and" not in e for e in employers)
    assert not any("Apply" in e or "open days" in e for e in employers)


STANDARDS = """Skills Nationals  |  Events  |  Volunteer
Events / Construction / Wall and Floor Tiling

WALL AND FLOOR TILING
Occupation: Wall and Floor Tiler (also Tiler)

WHAT IS JUDGED – Occupational standards (weighting %)
  1 Site organisation and management ............................ 10
  2 Substrate preparation and waterproofing ...................... 20
  3 Setting out and cutting (wet saw, nippers) ................... 30
  4 Grouting and sealing ......................................... 40
Total                                                            100
"""


def test_a_general_word_split_from_its_pair_is_no_skill() -> None:
    skills = {s.text for s in parse_text(STANDARDS, "page-27.txt").skills}
    assert {"Site organisation and management", "waterproofing", "wet saw"} <= skills
    assert "management" not in skills
