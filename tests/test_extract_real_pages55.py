"""Structures of real public career pages (helper real55, 2026-12-07), on invented pages.

Kinds of jobs never studied before: animal control officers, hydrographic surveyors, fish
processors, slinger signallers, ferry deckhands and mates, paralegals, greenkeepers, parking
enforcement officers, embalmers, bicycle mechanics and pastry chefs, on county class
specifications, a national careers service, an industry council's career wheel, an
apprenticeship standard and a registration form, career-profile and salary sites.
What was wrong: a class specification's "|CLASS SPECIFICATION | |" header over its "|Grade:
21 | |" rows opened a skills section (its field names were skills); "an extra $1-$3 per hour
for night shifts" was the role's pay; an apprenticeship registration form's "Occupation
Title:" with its value on the next line named no role (the page was rejected); "The X Salary
Guide" named the role "The X".
"""

from __future__ import annotations

from benchmarks.extraction import facts_of

from careergraph.guides.read import parse_text
from page_facts import parse_page as _parse
from page_facts import pay_pairs as _pay
from page_facts import texts as _texts


def test_a_class_specification_header_opens_no_skills_section() -> None:
    guide = parse_text(
        "BROOKFIELD COUNTY\n"
        "\n"
        "|CLASS SPECIFICATION | |\n"
        "\n"
        "|Class Code: 40411 | |\n"
        "\n"
        "|Grade: 17 | |\n"
        "\n"
        "|FLSA: N | |\n"
        "\n"
        "DOG WARDEN, SENIOR\n"
        "\n"
        "DEFINITION OF CLASS:\n"
        "\n"
        "This is the senior level work enforcing dog licensing rules.\n", "dog-warden.txt")
    assert guide.role.text == "Dog Warden"
    assert not {"Grade", "FLSA", "DOG WARDEN", "SENIOR"} & _texts(guide.skills)


def test_a_bare_specification_label_still_lists_skills() -> None:
    guide = _parse(
        "Welder\n"
        "\n"
        "Specification: welding; MIG; TIG\n"
        "\n"
        "We are hiring a welder for our yard.\n")
    assert {"MIG", "TIG"} <= _texts(guide.skills)


def test_an_extra_sum_per_hour_is_no_pay_of_the_role() -> None:
    guide = _parse(
        "Net Mender\n"
        "\n"
        "Pay\n"
        "\n"
        "Net menders earn $16 to $20 per hour. Some employers also offer an extra $1-$3 per "
        "hour for night shifts.\n")
    assert _pay(guide) == {(16, 20)}


def test_an_occupation_title_field_over_its_value_names_the_role() -> None:
    guide = _parse(
        "Registration form\n"
        "Type of submittal:\n"
        "Initial\n"
        "Occupation Title:\n"
        "Kite Repair Technician\n"
        "Narrative Job Description:\n"
        "The worker fixes kites for customers.\n")
    assert guide.role.text == "Kite Repair Technician"


def test_the_article_before_a_salary_guide_title_is_no_part_of_the_role() -> None:
    facts = facts_of(_parse(
        "The Pastry Chef Salary Guide\n"
        "\n"
        "What is the typical pastry chef salary? Here is a short guide.\n"
        "\n"
        "On average, a pastry chef earns $35,000-$45,000 annually.\n"))
    assert facts.role == "Pastry Chef"
    assert facts.salaries == [("@self", 35000.0, 45000.0, "USD", "year")]
