"""Held-back set 25 (rules25b): a professional body's competency matrix exported to text (by
stage columns, or by level codes with one line a level), a filled-in development plan or
appraisal form, and a Japanese job posting's marked sections read through a translator.

Every page is invented here (bodies, firms, people, figures).
"""

from __future__ import annotations

from careergraph.guides import parse_text

STAGE_MATRIX = (
    "Northfield Survey Guild — Competency Grid for Land Surveyors (2027)\n"
    'Exported from "grid.xlsx", sheet "Stages"\n'
    "\n"
    "Competency\tAssistant Land Surveyor (S1)\tLand Surveyor (S2)\tSenior Land Surveyor (S3)"
    "\tSurvey Director (S4)\n"
    "Control networks\tHolds the staff with supervision\tSets out traverses with a total "
    "station\tAdjusts networks in StarNet\tApproves control reports\n"
    "Point clouds\tRuns scans on a Leica RTC360\tRegisters scans in Cyclone\tAudits "
    "registration accuracy\tChooses scanners\n"
    "Typical pay (2027)\t£23,000–£26,000\t£29,000–£35,000\t£38,000–£45,000\t£52,000–£61,000\n"
    "Years in practice\t0–2\t2–5\t5–9\t9+\n"
    "Guild grade\tStudent\tAffiliate\tMember\tFellow\n"
    "\n"
    "Notes: S4 holders sometimes move on to Chief Geospatial Officer.\n")


def test_a_stage_matrix_gives_a_ladder_skills_and_each_stages_band() -> None:
    guide = parse_text(STAGE_MATRIX, "land-surveyor.txt")
    chains = [[f.text for f in chain] for chain in guide.progressions]
    assert ["Assistant Land Surveyor", "Land Surveyor", "Senior Land Surveyor",
            "Survey Director"] in chains
    skills = {s.text for s in guide.skills}
    assert {"Control networks", "Point clouds", "total station", "StarNet", "Cyclone",
            "Leica RTC360"} <= skills
    assert not skills & {"Competency", "Years in practice", "Guild grade", "supervision",
                         "Student", "Fellow"}
    bands = {(s.min, s.role) for s in guide.salaries}
    assert (29_000, None) in bands and (52_000, "Survey Director") in bands
    assert len(guide.salaries) == 4  # (the pay row read once, by its columns)


CODED_MATRIX = (
    "HIVEWORKS SKILLS COUNCIL\n"
    "Beekeeper Competency Grid  |  Levels B1–B3\n"
    "LEVELS\n"
    "B1  Apprentice Beekeeper    inspects colonies with a mentor\n"
    "B2  Beekeeper               runs an out-apiary alone\n"
    "B3  Apiary Operations       plans the season, trains staff\n"
    "    Manager\n"
    "UNIT 1  COLONY INSPECTION AND SWARM CONTROL\n"
    " B1: Smoker use and frame handling.\n"
    " B2: Performs Varroa counts with a sugar roll.\n"
    " B3: Records treatments in HiveTrack.\n"
    "UNIT 2  HARVEST\n"
    " B1: Uncapping and extraction.\n"
    " B2: Runs the honey press.\n"
    " B3: Approves batch labels.\n"
    "PAY GUIDANCE (hourly):  B1 £11.90–£12.60  ·  B2 £13.40–£15.10  ·\n"
    "B3 £16.80–£19.00.\n")


def test_a_level_coded_matrix_reads_its_legend_units_and_pay_by_code() -> None:
    guide = parse_text(CODED_MATRIX, "beekeeper.txt")
    chains = [[f.text for f in chain] for chain in guide.progressions]
    assert ["Apprentice Beekeeper", "Beekeeper", "Apiary Operations Manager"] in chains
    skills = {s.text for s in guide.skills}
    assert {"Colony inspection", "Swarm control", "Smoker use", "frame handling",
            "Varroa counts", "HiveTrack", "Uncapping", "extraction"} <= skills
    assert not any("Skills Council" in s or "Levels" in s for s in skills)
    pay = {(s.min, s.role, s.period) for s in guide.salaries}
    assert (16.8, "Apiary Operations Manager", "hour") in pay
    assert (13.4, None, "hour") in pay


PLAN = (
    "WESTMERE COMMUNITY HEALTH TRUST — PEOPLE TEAM\n"
    "PERSONAL DEVELOPMENT PLAN (PDP) — annual review\n"
    "Section 1 of 3 – About you\n"
    "\n"
    "Job title ............ Podiatrist\n"
    "Pay band ............. Band 5 (£30,100 – £36,900)\n"
    "Base ................. Foot Health Service, Harwell Road Clinic\n"
    "\n"
    "Section 2 of 3 – Looking back\n"
    "Previous posts: Podiatry Assistant (2019–2021); Student Podiatrist (2021–2023)\n"
    "\n"
    "Section 3 of 3 – Career aspirations\n"
    "Short term (1–2 yrs): apply for a Senior Podiatrist post. Posts are advertised at\n"
    "Band 6: £37,900 – £45,600.\n"
    "Long term (3–5 yrs): Head Podiatrist.\n"
    "Alternative goal: Orthotist\n"
    "Appraisee signature ........ Date ........\n")


def test_a_development_plan_reads_its_fields_goals_and_bands() -> None:
    guide = parse_text(PLAN, "plan.txt")
    assert guide.role is not None and guide.role.text == "Podiatrist"
    skills = {s.text for s in guide.skills}
    assert not any("Section" in s or "About you" in s for s in skills)
    chains = [[f.text for f in chain] for chain in guide.progressions]
    assert ["Podiatry Assistant", "Student Podiatrist", "Podiatrist", "Senior Podiatrist",
            "Head Podiatrist"] in chains
    assert [f.text for f in guide.transitions_to] == ["Orthotist"]
    employers = {e.text for e in guide.employers}
    assert {"Westmere Community Health Trust", "Harwell Road Clinic"} <= employers
    bands = {(s.min, s.role) for s in guide.salaries}
    assert (30_100, None) in bands and (37_900, None) in bands  # (Senior: the role's level)


POSTING = (
    "Google Translate   Japanese > English   Show original   Rate this translation\n"
    "[Full-time employee] Noodle maker / No experience needed\n"
    "\n"
    "■ Job description\n"
    "・Kneading with a Tanaka dough mixer\n"
    "・Cutting noodles on the slicer\n"
    "\n"
    "■ Career step\n"
    "Noodle maker → Line leader → Factory chief\n"
    "Staff who pass the in-house test can aim for line leader within two years.\n"
    "\n"
    "■ Holidays\n"
    "110 days a year\n")


def test_marked_sections_and_dot_bullets_of_a_translated_posting() -> None:
    guide = parse_text(POSTING, "noodle-maker.txt")
    duties = [r.text for r in guide.responsibilities]
    assert "Kneading with a Tanaka dough mixer" in duties  # (a bullet of its own)
    assert "Cutting noodles on the slicer" in duties
    assert not any("Holidays" in d or "110 days" in d for d in duties)


def test_a_list_of_employers_broken_after_its_joiner_goes_on() -> None:
    page = ("Coppersmith Competency Grid\n"
            "Competency\tJunior Coppersmith\tCoppersmith\tSenior Coppersmith\n"
            "Annealing\tAnneals sheet with a torch\tAnneals tube\tSets annealing schedules\n"
            "\n"
            "Firms consulted: Brightwell Metals, Ostler Roofing &\n"
            "Sons Ltd and Hale Marine.\n")
    employers = {e.text for e in parse_text(page, "coppersmith.txt").employers}
    assert "Ostler Roofing & Sons Ltd" in employers or "Ostler Roofing & Sons" in employers
    assert not any(name.endswith("&") for name in employers)
