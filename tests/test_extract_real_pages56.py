"""Structures of real public career pages (helper real56, 2026-12-08), on invented pages.

Kinds of jobs never studied before: diagnostic radiographers, bespoke tailors, forklift
operators, barbers, physiotherapists, custodians, paramedics and a union's apprentice
labourers, on apprenticeship standards, national occupational standards and competency
units, state and county class specifications, a union's wage progression, an ambulance
service's pay bands, college and national careers pages, a newspaper's career piece and
career-test and salary sites.
What was wrong: "What else can a X do?" named the role "Else Can A X"; "Median is $9K below
the national average" was a point of the role's pay; a class specification's "Salary:
Minimum: $ X" / "Midpoint: $ Y" / "Maximum: $ Z" lines were three points, no band;
"Knowledge of how to carry out X, Y or Z" gave the skill "how"; a list's last bullet kept its
full stop ("hydrotherapy."); a "Try Career Planner" button was the owner of the figures
after it.
"""

from __future__ import annotations

from benchmarks.extraction import facts_of

from careergraph.guides.builder import _skill_name
from careergraph.guides.longform_chrome import _markup
from careergraph.guides.stacked_extremes import stacked_extremes
from page_facts import parse_page as _parse
from page_facts import pay_pairs as _pay
from page_facts import texts as _texts


def test_what_else_can_a_worker_do_names_the_worker() -> None:
    guide = _parse(
        "What else can a kiln operator do?\n"
        "\n"
        "Ana, 41, has run kilns for twelve years. She could become a shift supervisor.\n")
    assert guide.role.text == "Kiln Operator"


def test_a_figure_below_the_national_average_is_no_pay() -> None:
    guide = _parse(
        "Sail Maker\n"
        "\n"
        "How much does a Sail Maker earn\n"
        "\n"
        "Bottom 10%Median (average)Top 10%\n"
        "$31K\n"
        "per year\n"
        "$44K\n"
        "per year\n"
        "$67K\n"
        "per year\n"
        "\n"
        "Compared to other careers: Median is $9K below the national average.\n")
    assert (9000, 9000) not in _pay(guide)
    assert (44000, 44000) in _pay(guide)


def test_stacked_minimum_and_maximum_lines_are_one_band() -> None:
    assert stacked_extremes("Salary: Minimum: $ 31,200.00\nMidpoint: $ 38,400.00\n"
                            "Maximum: $ 45,600.00") == (
        "Salary: Minimum: $ 31,200.00 | Maximum: $ 45,600.00\n\n")
    guide = _parse(
        "Grounds Worker\n"
        "\n"
        "Examples of Work:\n"
        "Mows lawns and rakes leaves.\n"
        "Band:\n"
        "02\n"
        "Salary: Minimum: $ 31,200.00\n"
        "Midpoint: $ 38,400.00\n"
        "Maximum: $ 45,600.00\n")
    assert _pay(guide) == {(31200, 45600)}


def test_a_minimum_of_years_alone_stays_as_it_is() -> None:
    text = "Minimum: two years in a workshop\nMaximum: none"
    assert stacked_extremes(text) == text


def test_knowledge_of_how_to_gives_no_skill_how() -> None:
    for tail in ("Knowledge of safe ladder use. Skill in the use of hand tools.",
                 "Skill in the use of floor scrubbers or leaf blowers."):
        guide = _parse(
            "Caretaker\n"
            "\n"
            "Knowledge, Skills and Abilities:\n"
            "Knowledge of how to properly carry out janitorial, laundry or groundskeeping "
            f"tasks. {tail}\n")
        skills = {s.lower() for s in _texts(guide.skills)}
        assert "laundry" in skills
        assert not [s for s in skills if s.startswith("how")]


def test_a_list_items_full_stop_is_no_part_of_the_skill() -> None:
    assert _skill_name("cryotherapy.")[0] == "cryotherapy"
    assert _skill_name("B.Sc.")[0] == "B.Sc."
    assert _skill_name("hand tools etc.")[0] == "hand tools etc."


def test_a_site_tool_button_is_chrome() -> None:
    assert _markup("Try Career Planner") == ""
    assert _markup("Take the career quiz ›") == ""
    assert _markup("Career Planner") == "Career Planner"


def test_a_tool_button_owns_no_figures_after_it() -> None:
    facts = facts_of(_parse(
        "Dialysis Technician: Salary and conditions\n"
        "\n"
        "Try Career Planner\n"
        "\n"
        "  • Salaries start at £23,000, rising to £29,000 with experience.\n"))
    assert facts.salaries == [("@self", 23000.0, 29000.0, "GBP", "year")]
