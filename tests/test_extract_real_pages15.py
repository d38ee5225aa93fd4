"""Structures of real public career pages (helper real15, 2026-12-04), on invented pages.

A university's "Career Options by Sector" list of jobs read as sectors, with its lead-in's
"numerous careers, including"; an employer's interview questions ("Does he/she …?") read as
criteria skills; a degree's name ("Master of Science") giving the skill "Science"; "combine
the two" read as a list of skills; "the top industries" giving the sector "top"; "some popular
employers like A" giving the sector "popular employers"; "RM 300 raise" read as pay; "Salaries
commanded by qualified Xs are …" read as the role's title.
"""

from __future__ import annotations

import pytest

from careergraph.errors import GuideError
from careergraph.guides import parse_text
from careergraph.model import Guide


def _parse(page: str, name: str = "page.txt") -> Guide:
    return parse_text(page, name)


def _skills(guide: Guide) -> set[str]:
    return {skill.text for skill in guide.skills}


def _sectors(guide: Guide) -> set[str]:
    return {fact.text for fact in guide.sectors}


def test_jobs_listed_under_a_sector_heading_are_no_sectors() -> None:
    page = """Oceanographer

Oceanography graduates work in the research, shipping, government and energy sectors.

Career Options by Sector

Oceanography graduates find work in many careers, including:

  • Hydrographic surveyor
  • Fisheries officer
  • Coastal planning officer
  • Marine data analyst
  • Offshore wind consultant
"""
    sectors = _sectors(_parse(page))
    assert not sectors & {"Hydrographic surveyor", "Fisheries officer", "Coastal planning officer",
                          "Marine data analyst", "Offshore wind consultant"}
    assert not any("careers" in s or s == "including" for s in sectors)


def test_kinds_listed_under_a_sector_heading_stay_sectors() -> None:
    page = """Oceanographer

Oceanographers study the seas and the life in them.

Sectors

  • Offshore energy
  • Port authorities
  • Fisheries management
"""
    assert {"Offshore energy", "Port authorities", "Fisheries management"} <= _sectors(_parse(page))


def test_interview_questions_give_no_skills() -> None:
    page = """Site Supervisor Salary in Malaysia

A new site supervisor earns about RM 3100 a month at a mid-sized builder.

Basic Salary

Generally, the basic salary of a new site supervisor is evaluated by employers based on the
following criteria:

  • Does he/she show a calm manner and mindset?
  • Does he/she dress neatly and speak clearly?
"""
    assert not any("he/she" in s for s in _skills(_parse(page)))


def test_degree_name_gives_no_skill() -> None:
    page = """Dietitian

Dietitians advise patients on food and health. Most hold a Bachelor of Science in Nutrition,
and some go on to a Master of Science in Clinical Dietetics to reach senior posts.
"""
    assert "Science" not in _skills(_parse(page))


def test_combining_the_two_names_no_skills() -> None:
    page = """Optometrist Salary

Experience raises an optometrist's pay, and so does a specialist qualification. For some
employers, a qualification counts for more than experience. If you combine the two, the
salary for an optometrist rises sharply.
"""
    skills = _skills(_parse(page))
    assert not skills & {"two", "salary"}


def test_a_rank_adjective_is_no_sector() -> None:
    page = """Optometrist

Optometrists examine eyes and prescribe lenses.

The median wage for optometrists in the top industries in which they worked was $98,400.
"""
    assert "top" not in _sectors(_parse(page))


def test_praised_employers_name_no_sector() -> None:
    page = ("Optometrist\n\nOptometrists examine eyes and prescribe lenses. The average "
            "optometrist salary given by some popular employers like Brightsight and ClearView "
            "is in the range of $71,000 – $96,000.\n")
    guide = _parse(page)
    assert "popular employers" not in _sectors(guide)
    assert {"Brightsight", "ClearView"} <= {fact.text for fact in guide.employers}


def test_a_raise_after_its_figure_is_no_pay() -> None:
    page = """Site Engineer

A fresh graduate site engineer earns a basic salary of around RM 2800 per month at a
small contractor. You will usually get around RM 300 raise of your basic salary once you
pass probation.
"""
    lows = {salary.min for salary in _parse(page).salaries}
    assert 300 not in lows
    assert 2800 in lows


def test_pay_of_a_role_is_no_role_title() -> None:
    page = ("Salaries commanded by qualified chartered surveyors are among the highest in "
            "property and their skills are wanted in banking and insurance.\n"
            "Most trainees join an insurer after a maths degree.\n")
    try:
        role = _parse(page).role.text
    except GuideError:
        return  # no title found: better than the pay's words as one
    assert "Salaries" not in role


@pytest.mark.parametrize("page", ["""Marine Biologist

Marine biologists study sea life. Their skills include specimen sampling, data analysis and
boat handling.
"""])
def test_skill_lists_still_read(page: str) -> None:
    assert {"specimen sampling", "data analysis"} <= _skills(_parse(page))
