"""Structures of real public career pages (helper real54, 2026-12-07), on invented pages.

Kinds of jobs never studied before: able seamen and ships' officers, excavator and highway
plant operators, phone repairers, travel agents, network administrators, aged care workers,
cash-in-transit guards, mud loggers, court ushers, catering assistants, loan processors and
revenue inspectors, on career-profile sites, a careers-guide publisher's "Career Ladder",
labour-market cards, recruiters' and job boards' salary pages and African news reports.
What was wrong: "The X falls above the Y, but below the Z" gave no moves; a "Career Ladder"
list printed top rung first with the role among its rungs (a title the vocabulary lacks) was
read as places the role leads to, the rung below it too; "from a low of about $X to a high of
about $Y" gave two points; "go on to supervise a team of ushers" gave the move "Supervise A
Team of Usher"; "people are employed in the region" gave the sector "region"; "13,560
geological and petroleum technicians worked …" was a salary of $13,560; a tail's figure
restated in another period in brackets ("more than $130,720 ($62.87/hour)") stayed the
role's hourly point.
"""

from __future__ import annotations

from benchmarks.extraction import facts_of

from careergraph.guides.read import parse_text
from page_facts import parse_page as _parse
from page_facts import pay_pairs as _pay
from page_facts import texts as _texts


def test_a_rank_placed_between_two_others_gives_its_moves() -> None:
    guide = _parse(
        "Leading Hand\n"
        "\n"
        "What do Leading Hands do?\n"
        "On a dredger the Leading Hand falls above the Deckhand, but below the Bosun.\n"
        "You keep the winches greased and the mooring lines sound.\n")
    assert "Deckhand" in _texts(guide.moves_in)
    assert "Bosun" in _texts(guide.leads_to)


def test_another_rank_placed_between_two_others_is_no_move_of_the_role() -> None:
    guide = _parse(
        "Leading Hand\n"
        "\n"
        "What do Leading Hands do?\n"
        "A leading hand keeps the winches greased.\n"
        "The Bosun sits above the Leading Hand and below the Mate.\n")
    assert "Mate" not in _texts(guide.leads_to)


def test_a_career_ladder_printed_top_rung_first_around_the_role() -> None:
    found = set(facts_of(parse_text(
        "Claims Processors\n"
        "\n"
        "Claims processors check insurance claims for missing papers.\n"
        "\n"
        "Career Ladder\n"
        "  • Claims Manager\n"
        "  • Claims Adjuster\n"
        "  • Senior Claims Processor or Claims Checker\n"
        "  • Claims Processor\n"
        "  • Bank Teller\n"
        "\n"
        "Related Industries\n", "page.txt")).moves)
    assert ("Bank Teller", "@self") in found
    assert ("@self", "Senior Claims Processor") in found
    assert ("@self", "Bank Teller") not in found
    assert ("@self", "Claims Manager") not in found


def test_a_band_told_from_a_low_to_a_high() -> None:
    guide = _parse(
        "Road Worker\n"
        "\n"
        "Road workers patch potholes and clear verges.\n"
        "Their salaries range from a low of approximately $24100 to a high of approximately "
        "$71000.\n")
    assert (24100, 71000) in _pay(guide)
    assert (24100, 24100) not in _pay(guide)


def test_going_on_to_supervise_a_team_is_no_move() -> None:
    guide = _parse(
        "Tribunal Clerk\n"
        "\n"
        "Tribunal clerks prepare hearing rooms and call the parties.\n"
        "\n"
        "More info\n"
        "  • With experience, go on to supervise a team of clerks, or become a listings "
        "officer\n")
    assert not any("Supervise" in move for move in _texts(guide.leads_to))
    assert "Listings Officer" in _texts(guide.leads_to)


def test_the_region_is_no_sector() -> None:
    guide = _parse(
        "Kitchen Porter\n"
        "\n"
        "Kitchen porters wash pans and keep the kitchen clean.\n"
        "Currently, 8,412 people are employed in the region.\n")
    assert "region" not in _texts(guide.sectors)


def test_a_count_of_workers_of_two_kinds_is_no_pay() -> None:
    guide = _parse(
        "Core Sampler\n"
        "\n"
        "Salary\n"
        "An estimated 11,240 geological and drilling technicians worked in the country last "
        "year. The median salary was $51,300 per year.\n")
    assert (11240, 11240) not in _pay(guide)
    assert (51300, 51300) in _pay(guide)


def test_a_tails_figure_in_another_period_is_no_pay() -> None:
    guide = _parse(
        "Systems Administrator\n"
        "\n"
        "Pay\n"
        "The median is $80,100. The top 10% earn more than $121,300 ($58.32/hour).\n")
    assert (58.32, 58.32) not in _pay(guide)
    assert (80100, 80100) in _pay(guide)
