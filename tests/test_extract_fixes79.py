"""Wrong facts and misses left by stop 51's helpers, each on an invented page (helper fixes79)."""

import pytest
from benchmarks.extraction import facts_of

from careergraph.guides.read import parse_text

_DEGREES_PAGE = """Kennel Supervisor

Skills
- {degree} organisational skills
- {degree} record keeping skills
- kennel hygiene
"""


@pytest.mark.parametrize("degree", ["high", "strong", "excellent", "Highly developed",
                                    "Strong"])
def test_a_degree_word_is_no_part_of_a_skill(degree: str) -> None:
    skills = facts_of(parse_text(_DEGREES_PAGE.format(degree=degree),
                                 "kennel-supervisor.txt")).skills
    assert {"organisational skills", "record keeping skills", "kennel hygiene"} <= set(skills)
    assert not any(degree.split()[0].lower() in skill.lower().split() for skill in skills)


@pytest.mark.parametrize("work", ["high voltage switching", "Sound insulation testing",
                                  "solid modelling"])
def test_a_kind_of_work_keeps_its_first_word(work: str) -> None:
    page = f"Cable Jointer\n\nSkills\n- {work}\n- cable jointing\n"
    skills = facts_of(parse_text(page, "cable-jointer.txt")).skills
    assert work in skills


_GLUED_TOOLS = """Orchard Mapping Technician

Tools
{tools}

About the job
You fly survey drones over fruit farms.
"""


@pytest.mark.parametrize(("tools", "names"), [
    ("Route plottingTree3DCanopy Scan", {"Route plotting", "Tree3D", "Canopy Scan"}),
    ("Soil samplingGeo5XLeaf Counter", {"Soil sampling", "Geo5X", "Leaf Counter"}),
    ("Yield mappingNikon Z50Lightroom", {"Yield mapping", "Nikon Z50", "Lightroom"}),
    ("Drone logsCropBIFieldbook", {"Drone logs", "CropBI", "Fieldbook"}),
])
def test_a_code_glued_to_the_next_tool_is_cut(tools: str, names: set[str]) -> None:
    skills = facts_of(parse_text(_GLUED_TOOLS.format(tools=tools),
                                 "orchard-mapping-technician.txt")).skills
    assert names <= set(skills)


@pytest.mark.parametrize("tool", ["IW41", "3D modelling", "PostgreSQL", "iOS"])
def test_a_code_or_brand_alone_is_not_cut(tool: str) -> None:
    skills = facts_of(parse_text(_GLUED_TOOLS.format(tools=f"Tree countsPlot sketching\n\n"
                                                     f"Skills\n- {tool}\n- orchard survey"),
                                 "orchard-mapping-technician.txt")).skills
    assert tool in skills


_WHERE_PAGE = """Float Therapist

Where you could work
{sentence}

Skills
- client care
"""


@pytest.mark.parametrize(("sentence", "kind", "wrong"), [
    ("Most therapists work in health spas and cruise ships.", "health spas", "health"),
    ("Some work in water parks, lidos and hotels.", "water parks", "water"),
])
def test_a_word_before_a_kind_of_place_is_no_industry(sentence: str, kind: str,
                                                       wrong: str) -> None:
    sectors = facts_of(parse_text(_WHERE_PAGE.format(sentence=sentence),
                                  "float-therapist.txt")).sectors
    assert kind in sectors
    assert wrong not in sectors


def test_an_industry_before_its_firms_stays() -> None:
    page = _WHERE_PAGE.format(sentence="Many work in energy companies and in retail.")
    assert "energy" in facts_of(parse_text(page, "float-therapist.txt")).sectors or (
        "energy companies" in facts_of(parse_text(page, "float-therapist.txt")).sectors)


@pytest.mark.parametrize("field", ["mechanics", "physics", "economics"])
def test_a_field_of_knowledge_is_no_sector(field: str) -> None:
    page = _WHERE_PAGE.format(sentence=f"If you work in {field}, you will need a steady hand.")
    assert field not in facts_of(parse_text(page, "float-therapist.txt")).sectors


_KRONE_TABLE = """Kerb Layer
Kantstein AS, Tromsø, Norway

Pay and conditions
Hourly wage: kr 250,40 (group 2)
Tariff table Kerb Deal 2026
Group | Title | {header}
1 | Yard hand / unskilled | kr 239,20
2 | Paving operative | kr 250,40
3 | Gang leader | kr 288,60

Skills
- kerb setting
"""


@pytest.mark.parametrize("header", ["Hourly wage", "Pay per hour"])
def test_a_krone_table_takes_its_period_from_the_header(header: str) -> None:
    salaries = facts_of(parse_text(_KRONE_TABLE.format(header=header),
                                   "paving-operative.txt")).salaries
    figures = {(owner, low, period) for owner, low, _, _, period in salaries}
    assert {("yard hand", 239.2, "hour"), ("@self", 250.4, "hour"),
            ("gang leader", 288.6, "hour")} <= figures
    assert not any(period == "year" for *_, period in salaries)


_SKILLS_HEADING = """Harbour Constable

About
Harbour constables patrol quays and marinas.

{heading}
Boat handling
Radio procedure
Knot tying
Calm judgement

Salary
Rs 24,000 per month.
"""


@pytest.mark.parametrize("heading", ["Skills required for a harbour constable",
                                     "Skills needed for the job", "Skills wanted",
                                     "SKILLS REQUIRED", "Skills you need in this job"])
def test_a_skills_heading_over_short_lines(heading: str) -> None:
    skills = facts_of(parse_text(_SKILLS_HEADING.format(heading=heading),
                                 "harbour-constable.txt")).skills
    assert {"Boat handling", "Radio procedure", "Knot tying", "Calm judgement"} <= set(skills)


@pytest.mark.parametrize("glued", ["SKILLS REQUIREDBoat handling, radio procedure",
                                   "Skills WantedBoat handling, radio procedure",
                                   "Skills NeededBoat handling, radio procedure"])
def test_a_skills_heading_glued_to_its_list(glued: str) -> None:
    page = _SKILLS_HEADING.format(heading=glued).replace(
        "Boat handling\nRadio procedure\nKnot tying\nCalm judgement\n", "")
    skills = facts_of(parse_text(page, "harbour-constable.txt")).skills
    assert {"Boat handling", "radio procedure"} <= set(skills)
    assert not any("Skills" in skill or "SKILLS" in skill for skill in skills)


def test_a_heading_about_becoming_the_role_owns_no_pay() -> None:
    page = _SKILLS_HEADING.format(heading="Skills Required To Become A Harbour Constable")
    salaries = facts_of(parse_text(page, "harbour-constable.txt")).salaries
    assert salaries and all(owner == "@self" for owner, *_ in salaries)


_HANDOVER = """Shelf Planner

About the role
Shelf planners plan stock layouts for shops.

Skills
- space planning
- stock analysis
{line}
"""


@pytest.mark.parametrize(("line", "name"), [
    ("Page owner: Maeve Tolland, careers team", "Tolland"),
    ("Questions about this profile: contact Quarshie in the planning office.", "Quarshie"),
    ("Handover to Brunhilde on 4 May.", "Brunhilde"),
    ("For more information contact Mr Ekwueme (planning lead).", "Ekwueme"),
])
def test_a_contact_or_handover_name_is_chrome(line: str, name: str) -> None:
    facts = facts_of(parse_text(_HANDOVER.format(line=line), "shelf-planner.txt"))
    assert {"space planning", "stock analysis"} <= set(facts.skills)
    assert not any(name in fact for fact in [*facts.skills, *facts.employers, *facts.sectors])


def test_a_contact_centre_skill_stays() -> None:
    skills = facts_of(parse_text(_HANDOVER.format(line="- Contact centre systems"),
                                 "shelf-planner.txt")).skills
    assert "Contact centre systems" in skills


_STUDY_PAGE = """Dental Hygienist

About the role
Dental hygienists clean teeth and teach patients to look after their gums.

Training
{sentence}
"""


@pytest.mark.parametrize("sentence", [
    "Expect 3 years of studies to become a hygienist or therapist.",
    "Most students train to become a dental nurse or a practice receptionist.",
    "While studying to become a hygienist, many work weekends.",
])
def test_studying_to_become_is_no_move(sentence: str) -> None:
    moves = facts_of(parse_text(_STUDY_PAGE.format(sentence=sentence),
                                "dental-hygienist.txt")).moves
    assert not moves


def test_a_qualified_holder_training_on_still_moves() -> None:
    page = _STUDY_PAGE.format(sentence="Experienced hygienists can train to become a "
                                       "practice manager.")
    moves = facts_of(parse_text(page, "dental-hygienist.txt")).moves
    assert ("@self", "Practice Manager") in moves


@pytest.mark.parametrize("sentence", [
    "Drivers are placed with regional operators (Citylink, Redline, Westway).",
    "We supply drivers to bus companies (Citylink, Redline and Westway).",
])
def test_names_in_a_bracket_after_a_kind_of_firm_are_employers(sentence: str) -> None:
    page = ("Coach Driver\n\nAbout the role\nCoach drivers carry passengers on long routes.\n\n"
            f"Our clients\n{sentence}\n")
    employers = facts_of(parse_text(page, "coach-driver.txt")).employers
    assert {"Citylink", "Redline", "Westway"} <= set(employers)


def test_times_in_a_bracket_after_services_are_no_employers() -> None:
    page = ("Coach Driver\n\nAbout the role\nCoach drivers carry passengers on long routes.\n\n"
            "Our week\nWe run three services (Early 7:15, Midday 12:30, Late 18:45) daily.\n")
    employers = facts_of(parse_text(page, "coach-driver.txt")).employers
    assert not any(":" in name or name.split()[0] in ("Early", "Midday", "Late")
                   for name in employers)
