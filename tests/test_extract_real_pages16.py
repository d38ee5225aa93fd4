"""Structures of real public career pages (helper real16, 2026-12-04), on invented pages.

A salary listicle's numbered factor headings ("1. Industry" / prose / "2. Location") with no
blank line between: the next number ended no section, so its heading and a country table's
cells became sectors; a clause like "There, pay is set …" and the examples of "factors such
as" read as sectors; a comparison table writing "C$29.50 ($22.10)" placing the Canadian sign
on its bare US dollars; "a total budget of £84,000" read as pay; "I learned how to …" giving
the skill "learn how"; a national classification's "Skill Type" and dated statistics
("Employment in 2021" / "100,700") read as skills; "X Job, Salary and Career Information"
and "10 Countries With the Highest X Salaries" titles missing the role; "a number of
different areas" read as a skill; "However a X who …" owning a figure.
"""

from __future__ import annotations

from tests.guide_facts import names

from careergraph.guides import parse_text
from careergraph.model import Guide

_PROSE_1 = ('In Canada, surveyors work under provincial licensing boards. There, pay is set '
            'by firms based on factors such as seniority and licensing. Surveyors outside '
            'government offices may earn more. These employers may include mining firms, '
            'pipeline companies and utilities.')
_PROSE_2 = ('I did a placement for nine months after my second year. It was with the county '
            'council in their drainage section as a student surveyor. From the first month I '
            'was leading a small culvert scheme. I was also responsible for working within a '
            "total budget of £84,000. I learned how to work to a client's brief.")
_PROSE_3 = ('Glaziers cut and fit glass in homes and offices. They can specialize in a number '
            'of different areas such as curtain walling, leaded lights and glass balustrades.')
_PROSE_4 = ('The average glazier earns $21.40 per hour. However a glazier who works for a '
            'university earns $27.90 per hour, which is the top hourly wage.')

_PROSE_5 = ('Geologists study rocks and work for mining firms and government surveys. A growing '
            'number of geologists are employed in unconventional careers.')
_PROSE_6 = ('Massage therapists ease pain. Day spas, gyms, hotels and sports clubs fill out the '
            'top five massage therapy employers.')


def _parse(page: str, name: str = "page.txt") -> Guide:
    return parse_text(page, name)


def test_numbered_factor_headings_end_the_sector_section() -> None:
    page = f"""Surveyor Salary Guide
Land surveyors measure property lines and map terrain for builders.
1. Industry
{_PROSE_1}
2. Location
Land surveyors in Alberta earn more than those in Quebec.
"""
    sectors = names(_parse(page).sectors)
    assert {"mining firms", "pipeline companies", "utilities"} <= sectors
    assert not sectors & {"There", "pay", "seniority and licensing", "Location"}


def test_a_marked_dollar_leaves_the_bare_dollars_of_its_line_alone() -> None:
    page = """Surveyor Salary Guide
Land surveyors measure property lines and map terrain for builders.
Pay by country
Surveyor Pay | US | Canada | UK | Australia |
Hourly Wage | $31.20 | C$29.50 ($22.10) | £15.40 ($19.60) | AU$33.10 ($21.90) |
"""
    pay = {(salary.min, salary.currency) for salary in _parse(page).salaries}
    assert (31.2, "USD") in pay and (29.5, "CAD") in pay and (22.1, "USD") in pay
    assert (31.2, "CAD") not in pay and (22.1, "CAD") not in pay


def test_a_budget_managed_is_no_pay_and_learned_how_is_no_skill() -> None:
    page = f"""Case study: Laying the groundwork

Priya Nair, 23, studied geology and did a placement with a county council.

{_PROSE_2}
"""
    guide = _parse(page, "student-surveyor.txt")
    assert not [salary for salary in guide.salaries if salary.min == 84000]
    assert "learn how" not in names(guide.skills)


def test_a_classification_category_and_dated_statistics_are_no_skills() -> None:
    page = """Occupational Outlook Summary

Search Result : Glaziers (7292)

Occupational Outlook
BALANCE: This occupational group is expected to face balanced conditions over the period.
Skill Type
Trades, transport and equipment operators and related occupations
Skill Level
Occupations usually require an apprenticeship.
Employment in 2023
14,200
Median Age of workers in 2023
41.2 years old
"""
    skills = names(_parse(page, "glazier.txt").skills)
    assert not skills & {"Trades", "transport", "equipment operators", "related occupations",
                         "Employment in 2023", "Median Age of workers in 2023"}


def test_a_job_information_title_names_its_role() -> None:
    page = """Glazier Job, Salary and Career Information

Learn about the training needed to become a glazier and what the work pays.
"""
    assert _parse(page).role.text == "Glazier"


def test_a_league_table_title_names_its_role() -> None:
    page = """10 Countries With The Highest Glazier Salaries

Glaziers cut and fit glass in buildings. Below is a list of countries that pay them best.

1. Norway

Salary – $61,000
"""
    guide = _parse(page)
    assert guide.role.text == "Glazier"


def test_a_number_of_areas_is_no_skill() -> None:
    page = f"""Glazier

{_PROSE_3}
"""
    skills = names(_parse(page).skills)
    assert not any(s.startswith("number of") for s in skills)


def test_a_linking_adverb_is_no_part_of_a_pay_owner() -> None:
    page = f"""Glazier Salary

Glaziers cut and fit glass in homes and offices.
{_PROSE_4}
"""
    owners = {salary.role for salary in _parse(page).salaries}
    assert not any(owner and owner.lower().startswith("however") for owner in owners)


def test_unconventional_careers_are_no_sector() -> None:
    page = f"""Geologist

{_PROSE_5}
"""
    sectors = {s.lower() for s in names(_parse(page).sectors)}
    assert not any("careers" in s for s in sectors)


def test_a_count_before_a_technique_is_no_skill() -> None:
    page = f"""Massage Therapist Salary

{_PROSE_6}
"""
    assert not any(s.lower().startswith("five ") for s in names(_parse(page).skills))
