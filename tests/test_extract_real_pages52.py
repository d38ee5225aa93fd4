"""Structures of real public career pages (helper real52, 2026-12-07), on invented pages.

Kinds of jobs never studied before: wind turbine technicians, occupational hygienists,
probation officers, archaeologists, bailiffs, train drivers, fundraisers, HVAC technicians,
hospital porters, laboratory animal technicians and ecologists, on national careers
services, professional bodies, union pay pages, labour-market profiles, newspaper "my job"
columns and salary blogs.  What was wrong: "since I was a lad" was a move in from "Lad";
"$30-40,000" was a band from $30; "A bailiff should have:" opened no skills list; the
economy-wide "median annual wage for all workers" was the role's pay; "training or
education" gave the sector "education"; a top decile's bracketed exact figure ("nearly
$44/hour ($43.82)") and "the highest salaries often exceeding £65,000" were the role's
points; "a number of different sites", "other countries", "experience different cultures",
"a strong financial future" and "(paid or voluntary) in relevant sectors" gave sectors;
"employed in the HVAC field" named the employer "HVAC"; "officer–>senior officer" was no
ladder; "move into a different field" was a move; "court-appointed officers" a move up;
"Archaeologist" and "Fundraiser" were no titles; a "Source: … information for X" line named
the role.
"""

from __future__ import annotations

import pytest

from careergraph.errors import GuideError
from page_facts import parse_page as _parse
from page_facts import pay_pairs as _pay
from page_facts import texts as _texts


def _moves(guide) -> set[str]:  # type: ignore[no-untyped-def]
    return _texts(guide.leads_to) | _texts(guide.transitions_to) | _texts(guide.moves_in)


def test_a_lad_alone_is_a_boy_no_earlier_job() -> None:
    guide = _parse(
        "Senior Ecologist\n"
        "\n"
        "What is your background?\n"
        "I've been interested in birds since I was a lad. My father farmed sheep.\n")
    assert not _moves(guide)
    yard = _parse(
        "Racehorse Groom\n"
        "\n"
        "Grooms care for horses in a racing yard. Good riders are promoted to Head Lad.\n")
    assert "Head Lad" in _texts(yard.leads_to)  # a yard's lad is still a post


def test_thousands_written_once_for_both_ends() -> None:
    guide = _parse(
        "Marine Ecologist\n"
        "\n"
        "Pay: Depending on qualifications starts at $35-45,000 rising to $45-60,000\n")
    assert _pay(guide) == {(35000, 45000), (45000, 60000)}


def test_a_worker_should_have_heading_lists_skills() -> None:
    guide = _parse(
        "Enforcement Agent\n"
        "\n"
        "An enforcement agent should have:\n"
        "\n"
        "  • excellent negotiation skills\n"
        "  • discretion and tact\n")
    assert {"negotiation skills", "discretion", "tact"} <= _texts(guide.skills)


def test_the_median_for_all_workers_is_no_pay_and_schooling_no_sector() -> None:
    guide = _parse(
        "Solar Panel Technician\n"
        "\n"
        "Quick Facts: Solar Panel Technicians | |\n"
        "---|---|\n"
        "2024 Median Pay ?Half earned more. In May 2024, the median annual wage for all "
        "workers was $49,500. | $58,300 per year |\n"
        "Work Experience in a Related Occupation ?Experience that employers consider "
        "necessary, or an accepted substitute for more formal types of training or "
        "education. | None |\n")
    assert _pay(guide) == {(58300, 58300)}
    assert "education" not in _texts(guide.sectors)


def test_a_top_decile_and_its_bracketed_exact_figure_are_no_pay() -> None:
    guide = _parse(
        "Survey Technician\n"
        "\n"
        "The median hourly wage is $25.40, and those in the top 10% of their field bring in "
        "nearly $41/hour ($40.75).\n")
    assert _pay(guide) == {(25.40, 25.40)}


def test_often_exceeding_is_no_point_and_exceeding_a_floor() -> None:
    guide = _parse(
        "Tram Driver\n"
        "\n"
        "The average tram driver salary is £41,200 per year, with the highest salaries "
        "often exceeding £57,000.\n"
        "\n"
        "Experienced drivers earn salaries exceeding £50,000.\n")
    assert _pay(guide) == {(41200, 41200), (50000, None)}


def test_counted_places_and_other_lands_are_no_sectors() -> None:
    guide = _parse(
        "Ward Porter\n"
        "\n"
        "Larger trusts may want a driving licence so you can work at a number of different "
        "sites each day. In bigger groups there may be chances to work in other countries "
        "and experience different cultures. The trade offers a strong financial future.\n"
        "\n"
        "You may benefit from experience (paid or voluntary) in relevant sectors such as "
        "housing or social care.\n")
    assert not {"number of different sites", "other countries", "experience different cultures",
                "financial", "paid", "voluntary) in relevant"} & _texts(guide.sectors)


def test_a_trade_before_field_is_no_employer() -> None:
    guide = _parse(
        "Refrigeration Technician\n"
        "\n"
        "Nationally, some 120,000 people are employed in the HVACR field, according to "
        "the latest survey.\n")
    assert "HVACR" not in _texts(guide.employers)


def test_a_dash_arrow_joins_a_ladder() -> None:
    guide = _parse(
        "Community Fundraiser\n"
        "\n"
        "The usual track: Fundraising Assistant –> Fundraising Officer –> Head of "
        "Fundraising.\n")
    assert {"Fundraising Officer", "Head of Fundraising"} <= {
        step.text for ladder in guide.progressions for step in ladder}


def test_a_different_field_is_no_move() -> None:
    guide = _parse(
        "Community Fundraiser\n"
        "\n"
        "Frustrated fundraisers either move into a different field or progress into a "
        "management role for which they are ill suited.\n")
    assert "Different Field" not in _moves(guide)


def test_a_court_appointed_officer_is_no_appointment() -> None:
    guide = _parse(
        "Bailiff\n"
        "\n"
        "There are several types of officer:\n"
        "\n"
        "  • court-appointed officers (county court sheriffs, and civilian or high court "
        "enforcement officers), responsible for collecting money owed under court orders\n")
    assert "Officer" not in _moves(guide)


def test_bare_heritage_and_charity_titles_name_the_role() -> None:
    assert _parse("Archaeologist\n\nThe work is varied.\n").role.text == "Archaeologist"
    assert _parse("Fundraiser\n\nThe work is varied.\n").role.text == "Fundraiser"


def test_a_source_citation_names_no_role() -> None:
    with pytest.raises(GuideError):
        _parse(
            "Median Annual Wage: $61,100\n"
            "Source: O*NET OnLine information for Geologists.\n"
            "- Teach history at colleges and universities.\n")
