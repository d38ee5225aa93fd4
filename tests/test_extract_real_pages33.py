"""Structures of real public career pages (helper real33, 2026-12-05), on invented pages.

Recruitment agencies' job profiles (UK, US and Luxembourg, the last in English translation),
a training provider's career guide, an Australian labour-market occupation profile and its
older job-outlook page, an Australian health-careers job profile, Indian career portals and
an Indian charity's career card, a US city's health-careers page and a US labour
department's video transcript, a UK police force's recruitment page, a UK careers guide, a
UK fire service's recruitment page, a UK careers site's job profile and a local newspaper's
jobs column, an HR institute's career map, Nigerian salary articles, a US licensing guide
and a hospitality job board's posting: a title-case heading with "to be a" and "&" in it
("Skills & Qualities Required to be a X") was no heading, and its bullet list of skills
was lost; a prose statement in a skills section ("X is a very difficult course, and along
with the huge syllabus, one also needs to …", "Candidates are expected to …") gave its
subject and clause pieces as skills; a fact sheet's "Skill Level" / "Lower skill" / "Unemployment
Rate" gave skills; "Once they are regarded as competent, their salaries increase to £N" after
"Crew managers receive …" gave the page's role the figure; "other related activities where
loss or damage to life …" gave "damage"; "Engineering consulting firms" bullets under a
factor list's "Educational qualification" were skills and a flattened pay cell "N500, 000
to N3, 000, 000" gave employers; "2. Oilfield Services Companies: Specialized services …"
gave "Specialized"; "receiving and dispatching goods, whether raw materials or …" gave
"receiving", "goods", "whether raw materials"; "work in very uncomfortable locations, for
example at heights …" gave sectors; "… apply for specialist roles, if you wish" gave skills;
"Police officer recruitment" named no role, "How to become a Chartered Accountant" named
"Accountant", "texas-electrician" named "Texas Electrician", "an entry-level apprenticeship
position" was a move and "working in the X Force, assisting …" one employer.
"""

from __future__ import annotations

from collections.abc import Iterable

from careergraph.guides import parse_text
from careergraph.model import Fact, Guide


def _parse(page: str) -> Guide:
    return parse_text(page, "page.txt")


def _texts(facts: Iterable[Fact]) -> set[str]:
    return {fact.text for fact in facts}


def test_a_title_case_heading_with_to_be_and_an_ampersand_heads_its_skills() -> None:
    guide = _parse(
        "Career as Landscape Architect\n\n"
        "Landscape architects plan parks, gardens and public spaces for councils and firms.\n\n"
        "Skills & Qualities Required to be a Landscape Architect\n\n"
        "Design school is a long course, and along with the studio work, one also needs to "
        "finish a placement year to qualify for the register.\n\n"
        "Listed below are the main skills and qualities a landscape architect needs. Students "
        "are expected to build all or some of the skills early to win good placements.\n\n"
        "  • Planting Design\n  • Site Surveying\n  • Spatial Awareness\n"
        "  • Client Liaison\n  • Patience\n")
    skills = _texts(guide.skills)
    assert {"Planting Design", "Site Surveying", "Spatial Awareness", "Client Liaison",
            "Patience"} <= skills
    assert not skills & {"Design school", "along", "studio work", "one also needs",
                         "Students", "of the skills early"}


def test_a_fact_sheets_skill_level_rating_names_no_skills() -> None:
    guide = _parse(
        "Crane Operators\n\nOCC ID 7212\n\nSummary\n\n"
        "Crane Operators lift and move heavy loads on building sites and at ports.\n\n"
        "Characteristics\n\nJob Type\nMachinery Operators And Drivers\nSkill Level\n"
        "Medium skill\nOCC Occupation group\nUnemployment Rate\nBelow average\n"
        "Industries\nConstruction\n41.2%\nTransport, Postal and Warehousing\n\n"
        "Top skills\n\n  • Load charts\n  • Rigging signals\n")
    skills = _texts(guide.skills)
    assert {"Load charts", "Rigging signals"} <= skills
    assert not skills & {"Medium skill", "OCC Occupation group", "Unemployment Rate",
                         "Below average"}


def test_a_pronoun_pay_sentence_keeps_the_title_of_the_sentence_before() -> None:
    guide = _parse(
        "Prison Officer\n\n"
        "Prison officers look after people held in custody and keep prisons safe.\n\n"
        "Pay and benefits\n\n"
        "Trainee officers receive £20,150 per annum or £9.60 an hour.\n"
        "Custodial managers receive £29,400 per annum or £13.40 an hour while they are "
        "training.\n"
        "Once they are signed off as competent, their salaries rise to £31,900 or £14.60 "
        "an hour.\n")
    owners = {(salary.min, salary.role) for salary in guide.salaries}
    assert (20150, None) in owners
    managed = {role for low, role in owners if low == 29400}
    assert managed and None not in managed
    assert {role for low, role in owners if low in (31900, 14.6)} == managed


def test_a_pointer_with_a_relative_clause_ends_a_cued_list() -> None:
    guide = _parse(
        "Mine Rescue Officer\n\n"
        "Mine rescue officers are trained responders who specialise in rope rescue, "
        "breathing apparatus work and other related tasks where serious injury or harm to "
        "workers and plant is likely.\n")
    skills = _texts(guide.skills)
    assert "rope rescue" in skills
    assert not skills & {"harm", "harm to workers", "plant"}


def test_workplace_kinds_after_factors_and_a_flattened_pay_table_are_no_skills_or_employers(
) -> None:
    guide = _parse(
        "Geologist Salary in Ghana - Career Desk\n\n"
        "Who is a Geologist?\n\n"
        "Geologists study rocks, soils and minerals to find ore and water.\n\n"
        "Major factors that Influence Geologist Salary in Ghana\n\n"
        "Geologist pay in Ghana depends on several factors. Among these factors includes;\n"
        "1.     Place of Work\n2.     Educational qualification\n3.     Years of Experience\n\n"
        "Geologist Salary According to their Place of Work\n\n"
        "Some work opportunities available for geology graduates include;\n"
        "·        Mining companies\n·        Water consultancies\n"
        "·        Government agencies\n·        Technical colleges\n"
        "See below a summary of geologist salaries according to place of work.\n"
        "Place of Employment\nMonthly Geologist Salaries\nAnnual Geologist Salaries\n"
        "Mining companies\nN450, 000 to N2, 100, 000\nN5, 400, 000 to N25, 200, 000\n")
    assert not _texts(guide.skills) & {"Mining companies", "Water consultancies",
                                       "Government agencies", "Technical colleges"}
    assert not any(name.text.startswith("N") and name.text[1:2].isdigit()
                   for name in guide.employers)
    assert "Water consultancies" in _texts(guide.sectors)


def test_a_numbered_run_in_label_naming_employers_gives_that_sector_only() -> None:
    guide = _parse(
        "Mining Engineer Salary Guide\n\n"
        "Mining engineers plan safe and efficient mines.\n\n"
        "Exploring Career Opportunities\n\n"
        "Mining engineering graduates have many career paths to explore:\n\n"
        "  1. Mineral Exploration Companies: These companies focus on locating and sampling "
        "ore and coal, involving activities like core drilling and mapping.\n"
        "  2. Mine Services Contractors: Specialized services such as blasting and haulage "
        "are offered by these firms to support extraction.\n")
    sectors = _texts(guide.sectors)
    assert {"Mineral Exploration Companies", "Mine Services Contractors"} <= sectors
    assert not sectors & {"coal", "involving activities", "mapping", "sampling ore"}
    assert "Specialized" not in _texts(guide.employers)


def test_gerund_tasks_share_an_object_and_drop_a_whether_aside() -> None:
    guide = _parse(
        "Baggage Handler\n\nwhat does a baggage handler do?\n\n"
        "A baggage handler moves luggage between terminals and aircraft. Their duties include "
        "lifting bags onto and pulling bags off the belts, weighing and tagging cases, "
        "whether hold luggage or oversized items.\n")
    skills = _texts(guide.skills)
    assert {"weighing cases", "tagging cases"} <= skills
    assert not skills & {"weighing", "cases", "whether hold luggage", "oversized items",
                         "bags onto", "lifting bags onto"}


def test_the_conditions_worked_in_are_no_sectors() -> None:
    guide = _parse(
        "Scaffolder\n\nScaffolders put up and take down the platforms builders work from.\n\n"
        "This job can be tiring and physically demanding, and you will often work in very "
        "exposed locations, for example on rooftops or in narrow shafts. Scaffolders earn "
        "between £22,000 and £31,000 a year.\n")
    assert not _texts(guide.sectors) & {"very exposed locations", "example on rooftops",
                                        "in narrow shafts", "narrow shafts"}


def test_a_condition_after_a_verb_list_cue_is_no_skill() -> None:
    guide = _parse(
        "Paramedic\n\nParamedics treat people at the scene of emergencies.\n\n"
        "After two years on the road, you will be able to apply for critical care posts, if "
        "you wish.\n")
    assert not _texts(guide.skills) & {"for critical care posts", "if you wish"}


def test_a_recruitment_page_title_names_its_role() -> None:
    guide = _parse(
        "Skip to content Quick exit\n\nPrison officer recruitment\n\n"
        "Every shift is different. Officers keep prisons safe and help people change.\n\n"
        "To be eligible you must be aged 18 or older.\n")
    assert guide.role.text == "Prison Officer"


def test_a_credential_word_before_a_title_is_no_brand() -> None:
    guide = _parse(
        "Career in Chartered Surveying\n\n"
        "How to become a Chartered Surveyor\n\n"
        "Chartered Surveying can be studied after school or as a graduate. Trainees then "
        "log two years of supervised work before their assessment.\n")
    assert guide.role.text == "Chartered Surveyor"


def test_a_workplace_bullet_opening_on_working_in_names_the_employer_only() -> None:
    guide = _parse(
        "Job Profiles\n\nPhysiotherapy Assistant\n\n"
        "Physiotherapy Assistants help physiotherapists run exercise and rehab sessions.\n\n"
        "Where you might work:\n\n"
        "  • Your workplace will most likely be a private clinic, although options include:\n\n"
        "    • community health centres;\n"
        "    • working in the Royal Flying Doctor Service, helping with remote clinics.\n")
    employers = _texts(guide.employers)
    assert "Royal Flying Doctor Service" in employers
    assert not any(name.startswith("working") for name in employers)


def test_a_state_before_a_file_names_title_and_a_kind_of_post_make_no_role_or_move() -> None:
    page = ("In the middle of a building boom, jobs for plumbers in Ohio look promising.\n"
            "The state board handles every step of plumber licensing in Ohio.\n"
            "Step 1. Get the training you need: apply for a union apprenticeship program, or "
            "enroll in a trade school program and transition into an entry-level "
            "apprenticeship position.\n")
    guide = parse_text(page, "plumbingschools-ohio-plumber.txt")
    assert guide.role.text == "Plumber"
    moves = {f.text for f in (*guide.leads_to, *guide.transitions_to, *guide.moves_in)}
    assert not any(name.endswith("Position") for name in moves)


def test_a_profile_cards_title_with_an_ampersand_stays_no_heading() -> None:
    guide = _parse(
        "Freelance board  ·  Search  ·  Post a project\n\nMara Lindqvist\n"
        "Scientific Illustrator & Medical Drawing Specialist\n"
        "📍 Uppsala, Sweden · Remote\nApproximate daily rate   €410\n\nAbout\n\n"
        "Drawings for journals and patent filings. Hourly rate for small edits: €60.\n")
    owners = {salary.role for salary in guide.salaries if salary.min == 410}
    assert owners == {None}


def test_a_list_before_its_copula_still_lists_skills() -> None:
    guide = _parse(
        "Barista\n\nBaristas make coffee and serve customers in cafes.\n\n"
        "Skills\n\nLatte art, milk texturing and grinder calibration are the everyday "
        "skills, and many baristas train for a roasting course later.\n")
    assert {"Latte art", "milk texturing", "grinder calibration"} <= _texts(guide.skills)
