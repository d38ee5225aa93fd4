"""Structures of real public career pages (helper real53, 2026-12-07), on invented pages.

Kinds of jobs never studied before: loss adjusters, insolvency practitioners, mortgage
advisers, game designers, town planners, building control surveyors, compliance officers,
pharmacy technicians, credit controllers, chiropractors, school bus drivers and tax
inspectors, on graduate-careers sites, government occupation profiles, a labour-market
outlook, an occupation explorer, recruiters' salary guides and a union's contract news.
What was wrong: "What Does a X Do? Career Guide 2026" named the role "X Do"; "How to become
one" named the role "One", and "Where Xs are employed" the role "Where X"; an industry's
classification code in brackets stayed in the sector ("Retail trade (NAICS 44-45)"); a
weekly band's yearly equivalent in brackets was a second band; "$19,500 for patrollers working
three hours per day" was paid by the day; meal rates ("$7 for breakfast") were hourly pay;
"the best-paid 10 percent made $91,300" was the role's point; "£48,000 up to £90,000" was a
point at £48,000; an occupation explorer's "4 skills", "Essential knowledge", "Optional
skills / competences" were skills; "both technical and artistic skills" gave the skill "both
technical".
"""

from __future__ import annotations

from page_facts import parse_page as _parse
from page_facts import pay_pairs as _pay
from page_facts import texts as _texts


def test_a_question_title_with_a_subtitle_names_the_worker() -> None:
    guide = _parse(
        "What Does a Loan Officer Do? Career Guide 2026\n"
        "\n"
        "Introduction\n"
        "If you like numbers and people, lending may suit you.\n"
        "What Does a Loan Officer Do Day to Day?\n"
        "Meeting clients is the core of the job.\n")
    assert guide.role.text == "Loan Officer"


def test_how_to_become_one_and_where_they_work_name_no_role() -> None:
    guide = _parse(
        "Glaziers cut and fit glass in windows, doors and shopfronts.\n"
        "\n"
        "Where glaziers are employed\n"
        "\n"
        "Glaziers work for building firms and glazing contractors.\n"
        "\n"
        "How to become one\n"
        "\n"
        "To become a glazier you usually complete an apprenticeship.\n")
    assert guide.role.text == "Glazier"


def test_a_classification_code_is_no_part_of_the_sector() -> None:
    guide = _parse(
        "Optical Assistant\n"
        "\n"
        "Optical assistants help customers choose and fit glasses.\n"
        "\n"
        "Optical assistants mainly work in the following sectors:\n"
        "  • Retail trade (NAICS 44-45): 71%\n"
        "  • Ambulatory health care services (NAICS 621): 24%\n")
    assert {"Retail trade", "Ambulatory health care services"} <= _texts(guide.sectors)
    assert not any("NAICS" in text for text in _texts(guide.sectors))


def test_a_weekly_bands_yearly_equivalent_is_no_second_band() -> None:
    guide = _parse(
        "Osteopath\n"
        "\n"
        "Osteopaths treat muscle and joint problems with their hands.\n"
        "\n"
        "Salary details\n"
        "\n"
        "On average osteopaths can expect to earn between $1,400 and $1,650 per week "
        "($72,800 and $85,800 per year), depending on their experience.\n")
    assert _pay(guide) == {(1400, 1650)}
    assert {s.period for s in guide.salaries} == {"week"}


def test_hours_worked_a_day_are_no_pay_period() -> None:
    guide = _parse(
        "School Crossing Patroller\n"
        "\n"
        "School crossing patrollers help children cross busy roads.\n"
        "\n"
        "The new contract sets starting salaries of $19,500 for patrollers working three "
        "hours per day and $26,000 for four hours per day.\n")
    assert _pay(guide) == {(19500, 19500), (26000, 26000)}
    assert {s.period for s in guide.salaries} == {"year"}


def test_meal_rates_are_no_pay() -> None:
    guide = _parse(
        "Coach Driver\n"
        "\n"
        "Coach drivers take passengers on tours and day trips.\n"
        "\n"
        "Drivers used to pay for a meal at $7 for breakfast, $9 for lunch, or $14 for "
        "supper. The company now pays a flat $18 per meal.\n")
    assert not guide.salaries


def test_hyphenated_paid_tails_are_no_points() -> None:
    guide = _parse(
        "Safety Inspector\n"
        "\n"
        "Safety inspectors check that workplaces follow the rules.\n"
        "\n"
        "Salary\n"
        "The mean annual salary was $58,200. The best-paid 10 percent made $91,300, while "
        "the lowest-paid 10 percent made $33,400.\n")
    assert _pay(guide) == {(58200, 58200)}


def test_a_band_joined_by_up_to() -> None:
    guide = _parse(
        "Transport Planner\n"
        "\n"
        "Transport planners design road and rail schemes.\n"
        "\n"
        "Pay\n"
        "Starting salaries are around £24,000 a year. Principal planners can earn £48,000 up "
        "to £90,000 a year.\n")
    assert (48000, 90000) in _pay(guide)
    assert (48000, 48000) not in _pay(guide)


def test_an_occupation_explorers_counts_and_group_labels_are_no_skills() -> None:
    guide = _parse(
        "Claims Handler\n"
        "\n"
        "Claims handlers process insurance claims for insurers.\n"
        "\n"
        "Skills\n"
        "33 skills are associated with this occupation.\n"
        "0 skills selected\n"
        "Essential knowledge\n"
        "4 skills\n"
        "Essential skills / competences\n"
        "12 skills\n"
        "Optional knowledge\n"
        "2 skills\n"
        "Optional skills / competences\n"
        "15 skills\n")
    skills = {text.lower() for text in _texts(guide.skills)}
    assert not skills & {"0 skills selected", "4 skills", "12 skills", "essential knowledge",
                         "optional knowledge", "optional skills", "competences"}


def test_both_before_a_pair_sharing_skills() -> None:
    guide = _parse(
        "Game Tester\n"
        "\n"
        "Game testers play unreleased games to find faults.\n"
        "\n"
        "To be a successful game tester, you need both technical and artistic skills.\n")
    assert {"technical skills", "artistic skills"} <= _texts(guide.skills)
    assert "both technical" not in _texts(guide.skills)
