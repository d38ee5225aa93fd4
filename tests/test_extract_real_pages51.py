"""Structures of real public career pages (helper real51, 2026-12-07), on invented pages.

Kinds of jobs never studied before: tower climbers, pipe fitters, speech and language
therapists, quantity surveyors, stevedores and dockworkers, prosthetists, horticultural
therapists, data protection officers, patent attorneys, tool and die makers, dietitians and
welders, on career encyclopedias, career apps, education portals, salary blogs and
apprenticeship pages.  What was wrong: a "Skills Valued by Employers" list was read as
employers and sectors; "Key Facts <the role>" over a fact box owned the box's median; "with
top earners making over $200,000" was a band; "Stevedores" named no role; a "Career Ladder"
printed top rung first, the role in its middle, was read upside down, and its rung "X
Consultant or Professor" lost its second title; "ports and waterways each year", "extreme
heights on scaffoldings or riggings", "underground or under water" and "in iron plants" were
sectors as printed; "begin as apprentices under the guidance of experienced professionals"
and "go on to become journey-level professionals, supervisors or managers" gave no moves;
"Tool and Die Apprentice" on an apprenticeship page named the role "Tool and Die".
"""

from __future__ import annotations

from page_facts import parse_page as _parse
from page_facts import pay_pairs as _pay
from page_facts import texts as _texts


def test_skills_valued_by_employers_are_skills() -> None:
    guide = _parse(
        "Trade Mark Attorney\n"
        "\n"
        "Trade mark attorneys protect brands.\n"
        "\n"
        "Skills Valued by Employers\n"
        "\n"
        "  • Time management skills\n"
        "  • Interpersonal skills for dealing with clients\n"
        "  • Confidence, eloquence, and tenacity\n")
    assert {"Time management skills", "Interpersonal skills"} <= _texts(guide.skills)
    assert not guide.sectors and not guide.employers


def test_a_key_facts_title_before_the_role_owns_no_pay() -> None:
    guide = _parse(
        "Records Privacy Officer (RPO)\n"
        "\n"
        "Key Facts Records Privacy Officer (RPO)\n"
        "\n"
        "Median Annual Salary\n"
        "$98,300 (March 2025)\n"
        "\n"
        "Employment Outlook\n"
        "Good.\n")
    assert _pay(guide) == {(98300, 98300)}
    assert all(salary.role is None for salary in guide.salaries)


def test_top_earners_told_in_prose_are_no_band() -> None:
    guide = _parse(
        "Trade Mark Attorney\n"
        "\n"
        "Salary Range\n"
        "\n"
        "The national average salary for a trade mark attorney is $121,000 per year, with top "
        "earners making over $190,000 annually.\n")
    assert _pay(guide) == {(121000, 121000)}


def test_port_cargo_handlers_are_roles() -> None:
    guide = _parse(
        "Longshoremen\n"
        "\n"
        "Longshoremen load and unload ships at the docks.\n"
        "\n"
        "Salary Range $30,000 to $70,000\n")
    assert guide.role.text == "Longshoreman"


def test_a_ladder_box_printed_top_first_around_the_role() -> None:
    guide = _parse(
        "Garden Therapists\n"
        "\n"
        "Overview\n"
        "\n"
        "Garden therapists use growing plants as therapy.\n"
        "\n"
        "Career Ladder\n"
        "Garden Therapy Consultant or Lecturer\n"
        "\n"
        "Garden Therapist\n"
        "\n"
        "Garden Therapy Assistant\n"
        "\n"
        "Garden Activities Specialist\n")
    chains = [[step.text for step in chain] for chain in guide.progressions]
    assert ["Garden Activities Specialist", "Garden Therapy Assistant", "Garden Therapist",
            "Garden Therapy Consultant"] in chains
    assert {"Garden Therapy Consultant", "Lecturer"} <= _texts(guide.leads_to) | {
        step.text for chain in guide.progressions for step in chain}
    assert "Garden Therapy Assistant" not in _texts(guide.leads_to)


def test_a_place_told_with_how_often_and_site_conditions_are_cut() -> None:
    guide = _parse(
        "Boilermaker\n"
        "\n"
        "A boilermaker builds boilers.\n"
        "\n"
        "Where do boilermakers work?\n"
        "\n"
        "Boilermakers may be required to work at great heights on scaffoldings or riggings, "
        "underground or under water.\n"
        "\n"
        "More than 3 million tonnes of freight move through U.S. harbours and canals each "
        "year.\n"
        "\n"
        "Boilermakers work in many industries such as energy, in power plants, in paper mills "
        "and more.\n")
    sectors = _texts(guide.sectors)
    assert {"canals", "power plants", "paper mills"} <= sectors
    assert not any(s.startswith(("in ", "great heights")) or s.endswith("each year")
                   for s in sectors)
    assert not {"riggings", "scaffoldings", "underground"} & sectors


def test_apprentices_under_guidance_are_a_move_in() -> None:
    guide = _parse(
        "Mould Maker\n"
        "\n"
        "A mould maker makes moulds for plastic parts.\n"
        "\n"
        "Career Path\n"
        "\n"
        "Some mould makers begin their careers as apprentices under the guidance of "
        "experienced professionals.\n")
    assert "Apprentice" in _texts(guide.moves_in)


def test_a_grade_in_generic_words_leaves_the_list_of_moves() -> None:
    guide = _parse(
        "Mould Maker\n"
        "\n"
        "A mould maker makes moulds for plastic parts.\n"
        "\n"
        "Career Path\n"
        "\n"
        "After gaining experience, mould makers can go on to become journey-level "
        "professionals, supervisors or managers.\n")
    assert {"Supervisor", "Manager"} <= _texts(guide.leads_to)


def test_an_apprenticeship_craft_naming_no_worker_keeps_the_post() -> None:
    guide = _parse(
        "Pattern and Mould Apprentice\n"
        "\n"
        "Pattern and mould makers build patterns for foundries.\n"
        "\n"
        "Pay Scale: $15.10 - $31.40\n"
        "\n"
        "Becoming a Pattern and Mould Apprentice\n"
        "\n"
        "  • 18 years old.\n"
        "  • Applicants apply directly to participating employers for the apprenticeship.\n")
    assert guide.role.text == "Pattern and Mould Apprentice"
    assert not guide.moves_in


def test_the_top_of_the_thing_worked_on_is_no_workplace() -> None:
    guide = _parse(
        "Mast Rigger\n"
        "\n"
        "A mast rigger climbs masts.\n"
        "\n"
        "They place dishes at the top so that signals are available.\n"
        "\n"
        "They place devices at the top of masts.\n")
    assert not {"top so", "top", "top of masts"} & _texts(guide.sectors)
