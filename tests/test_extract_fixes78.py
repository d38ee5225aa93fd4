"""Wrong facts left by this stop's helpers, each on an invented page (helper fixes78)."""

import pytest
from benchmarks.extraction import facts_of

from careergraph.guides.read import parse_text

_COVERS_PAGE = """Dredger Mate

{heading}
- {lead} hull surveys, winch checks and bridge watchkeeping
- {lead} cargo stowage
- Steady nerves
"""


@pytest.mark.parametrize("heading", ["Skills", "What you need"])
@pytest.mark.parametrize("lead", ["Training covers", "The role covers", "The job involves"])
def test_a_work_lead_in_is_no_word_of_a_skills_bullet(heading: str, lead: str) -> None:
    skills = facts_of(parse_text(_COVERS_PAGE.format(heading=heading, lead=lead),
                                 "dredger-mate.txt")).skills
    assert {"hull surveys", "winch checks", "bridge watchkeeping", "cargo stowage"} <= set(
        skills)
    assert not any(lead.split()[-1] in skill.split() for skill in skills)


_PACK = """Harbourside Learning Trust
HEAD OF CAMPUS
Quayside Primary, Fleetwood

THE ROLE
The Head of Campus is accountable to the Chief Executive.

PERSON SPECIFICATION
Qualified Teacher Status ........................................ E
{served} ... E
Curriculum planning ............................................. E

PAY AND BENEFITS
Pay range: ISR L20 - L26 (£70,100 - £82,400)

GROWING LEADERS
Campus Heads can go on to become a Director of Standards or join the central team as a
Curriculum Adviser.
"""


@pytest.mark.parametrize(("served", "came"), [
    ("Successful leadership as a Deputy Head or Assistant Principal",
     {"Deputy Head", "Assistant Principal"}),
    ("Proven senior leadership as a Deputy or Assistant Head", {"Deputy Head", "Assistant Head"}),
])
def test_a_pack_reads_service_as_moves_in_and_going_on_as_moves(served: str,
                                                                  came: set[str]) -> None:
    facts = facts_of(parse_text(_PACK.format(served=served), "head-of-campus.txt"))
    assert came <= {source for source, target in facts.moves if target == "@self"}
    assert not any(word in skill for skill in facts.skills
                   for word in ("Deputy", "Assistant", "leadership", "Standards", "join"))
    assert {"Curriculum planning"} <= set(facts.skills)
    assert any(target == "Director of Standards" for _, target in facts.moves)


def test_a_list_before_going_on_is_still_read() -> None:
    page = ("Ferry Purser\n\nSkills\nYou learn cash handling, cabin allocation and safety "
            "briefings, and many pursers go on to become a Hotel Manager.\n")
    skills = facts_of(parse_text(page, "ferry-purser.txt")).skills
    assert {"cash handling", "cabin allocation", "safety briefings"} <= set(skills)
    assert "Hotel Manager" not in skills


def test_a_disposition_for_something_is_no_skill() -> None:
    page = ("Soil Adviser Job Description\n\nDuties\n  • Visit growers and sample fields.\n\n"
            "Competencies/Skills: soil sampling, report writing, willingness and ability for "
            "further study, map reading.\n")
    skills = facts_of(parse_text(page, "soil-adviser.txt")).skills
    assert {"soil sampling", "report writing", "map reading"} <= set(skills)
    assert not any(word in skill.lower() for skill in skills
                   for word in ("willingness", "ability", "further study"))


def test_an_adjective_sharing_a_covered_head_is_no_skill_alone() -> None:
    page = ("Swim Coach\n\nWhat does a swim coach do?\nSwim coaches lead training sessions "
            "with their squads, covering turns, aerobic and stroke drills. They plan seasons."
            "\n\nPay\nAround £24,000 a year.\n")
    skills = facts_of(parse_text(page, "swim-coach.txt")).skills
    assert "aerobic" not in skills
    assert "turns" in skills


def test_a_related_occupations_wage_is_its_own() -> None:
    page = ("Seed Bank Curator\n\nWhat does a seed bank curator do?\nSeed bank curators "
            "collect, dry and store seeds and test how well they germinate.\n\nSalary Range\n"
            "No official figures exist for seed bank curators, but the nearest related "
            "occupation, Conservation Scientists (SOC 19-1031), had a median annual wage of "
            "$68,300 in 2023.\n")
    salaries = facts_of(parse_text(page, "seed-bank-curator.txt")).salaries
    assert salaries and all(owner != "@self" for owner, *_ in salaries)


def test_a_spot_in_a_building_and_a_size_are_no_sector() -> None:
    page = ("Museum Attendant\n\nMuseum attendants greet visitors, watch over galleries and "
            "work at the information desk when the shop is busy.\n\nWe asked Priya, a "
            "24-year-old attendant working for a major UK cinema chain.\n\nPay\nAround £21,000 "
            "a year.\n")
    sectors = facts_of(parse_text(page, "museum-attendant.txt")).sectors
    assert not any("desk" in sector or "major" in sector or "UK" in sector
                   for sector in sectors)


_GRADE_PAGE = """Consultant Dermatologist

What does a consultant dermatologist do?
Consultant dermatologists diagnose and treat conditions of the skin, hair and nails.
{path}
Pay
Consultants earn £99,500 to £131,900 a year, depending on years in post.
"""


def test_the_grade_word_of_the_roles_title_alone_is_the_role() -> None:
    salaries = facts_of(parse_text(_GRADE_PAGE.format(path=""),
                                   "consultant-dermatologist.txt")).salaries
    assert [owner for owner, *_ in salaries] == ["@self"]


def test_a_grade_the_page_names_as_a_rung_keeps_its_pay() -> None:
    path = "\nCareer path\nSpecialty registrars can progress to Consultant.\n"
    salaries = facts_of(parse_text(_GRADE_PAGE.format(path=path),
                                   "consultant-dermatologist.txt")).salaries
    assert all(owner != "@self" for owner, *_ in salaries)
