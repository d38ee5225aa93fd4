"""Structures of real public career pages (helper real23, 2026-12-05), on invented pages.

Legal, warehousing, laboratory, fitness, hospitality, social work, energy, public service,
architecture and retail pages: a provincial profile's "Employers that recruited in the last
2 years" gave an employer and its "Employed 2,400" a salary; a comparison page's "takes 4-6
years to become both a A and a B" gave moves; "Be determined", "Have patience and tact"
stayed whole as skills; "start on $X a year, and can progress to $Y" gave two points; "How
to become Lab Technician?" (no article) named a role "How to Become …" and a move; "a
variety of fields", "high heights for long periods" gave sectors; "(NOC 72203)" and "B.C."
did not make the dollar Canadian; a soft-skills item "understanding, empathetic, patient and
honest" stayed whole and "able to cope …" gave "able"; "knowledge of social policy and how it
is developed", "familiarity with a warehouse system" and "An eye for detail" gave "how it is
developed", "familiarity" and "eye"; "Salary expectations: A X's average salary is $N" was
read as a candidate's wish.
"""

from __future__ import annotations

from collections.abc import Iterable

from careergraph.guides import parse_text
from careergraph.model import Fact, Guide


def _parse(page: str) -> Guide:
    return parse_text(page, "page.txt")


def _texts(facts: Iterable[Fact]) -> set[str]:
    """The names of a guide's facts ("guide.skills", "guide.sectors")."""
    return {fact.text for fact in facts}


def _pay(guide: Guide) -> set[tuple[float | None, float | None, str, str]]:
    return {(s.min, s.max, s.currency, s.period) for s in guide.salaries}


def test_a_recruiting_span_and_a_headcount_are_no_facts() -> None:
    guide = _parse("Gas Fitter\n\n"
                   "Gas fitters install and repair gas lines and appliances.\n\n"
                   "  • Avg. Salary $88,410.00\n"
                   "  • Avg. Wage $41.10\n"
                   "  • Employed 3,150\n\n"
                   "Employers that Recruited in the Last 3 Years\n\n"
                   "In general, gas fitters test lines for leaks.\n")
    assert not _texts(guide.employers)
    assert not any(s.min == 3150 for s in guide.salaries)
    assert any(s.min == 88410 for s in guide.salaries)


def test_becoming_both_of_two_compared_titles_is_no_move() -> None:
    guide = _parse("Regional Sales Manager\n\n"
                   "It typically takes 3-5 years to become both a regional sales manager "
                   "and a branch manager. A regional sales manager earns more.\n")
    assert not _texts(guide.leads_to) and not _texts(guide.transitions_to)


def test_ordered_traits_give_the_traits() -> None:
    guide = _parse("Swimming Coach\n\n"
                   "Key Skills and Interests\n\n"
                   "  • Be patient and encouraging\n"
                   "  • Have good listening skills\n"
                   "  • Have stamina and focus\n"
                   "  • Be able to plan sessions for mixed groups\n")
    skills = _texts(guide.skills)
    assert {"patient", "encouraging", "listening skills", "stamina", "focus"} <= skills
    assert not any(s.startswith(("Be ", "Have ")) for s in skills)


def test_a_start_and_its_progression_are_one_band() -> None:
    guide = _parse("Youth Worker\n\n"
                   "Pay for youth workers varies.\n\n"
                   "  • Qualified youth workers start on $51,200 a year, and can progress to "
                   "$63,900 a year.\n")
    assert (51200, 63900, "NZD", "year") in _pay(guide) or (
        51200, 63900, "USD", "year") in _pay(guide)
    assert not any(s.min == s.max == 51200 for s in guide.salaries)


def test_how_to_become_without_an_article_names_the_role() -> None:
    guide = _parse("What is Dental Hygienist?\n\n"
                   "A dental hygienist cleans teeth and teaches patients about oral care.\n\n"
                   "How to become Dental Hygienist?\n\n"
                   "You need a diploma in oral health.\n")
    assert guide.role.text == "Dental Hygienist"
    assert not _texts(guide.leads_to)


def test_vague_fields_and_a_held_condition_are_no_sectors() -> None:
    guide = _parse("Rope Access Technician\n\n"
                   "Rope access technicians may work in a variety of fields, including "
                   "offshore energy and telecoms. They must be able to work at high heights "
                   "for long periods.\n")
    sectors = {s.lower() for s in _texts(guide.sectors)}
    assert not any("variety" in s or "heights" in s for s in sectors)


def test_a_classification_code_or_province_initials_make_dollars_canadian() -> None:
    guide = _parse("Crane operators\n\n"
                   "(NOC 72500)\n"
                   "Annual Earnings\n"
                   "$84,300\n\n"
                   "Crane operators lift and move heavy loads on sites.\n")
    assert guide.salaries and all(s.currency == "CAD" for s in guide.salaries)
    guide = _parse("Ferry Deckhand\n\n"
                   "Ferry deckhands earn a median of $31.40 an hour.\n\n"
                   "Source: B.C. Labour Market Outlook, 2024\n")
    assert guide.salaries and all(s.currency == "CAD" for s in guide.salaries)


def test_a_soft_list_item_gives_each_trait_and_no_bare_able() -> None:
    guide = _parse("Probation Officer\n\n"
                   "Personal Qualities\n\n"
                   "Probation officers need to be:\n\n"
                   "  • calm, fair, firm and observant\n"
                   "  • organised, tactful and able to cope with hostility\n")
    skills = _texts(guide.skills)
    assert {"calm", "fair", "firm", "observant"} <= skills
    assert "able" not in skills


def test_clauses_and_bare_nouns_cut_from_their_object_are_no_skills() -> None:
    guide = _parse("Housing Officer\n\n"
                   "Skills and knowledge\n\n"
                   "Housing officers need to have:\n\n"
                   "  • knowledge of tenancy law and how it is applied\n\n"
                   "Most adverts ask for prior casework experience, familiarity with a "
                   "rent system, and negotiating skills.\n")
    skills = _texts(guide.skills)
    assert "tenancy law" in skills
    assert not {"familiarity", "how it is applied"} & skills


def test_a_knack_is_kept_whole() -> None:
    guide = _parse("Bookkeeper\n\n"
                   "What's required for the role?\n"
                   "- A head for figures\n"
                   "- Spreadsheet skills\n")
    skills = _texts(guide.skills)
    assert "head for figures" in skills and "head" not in skills


def test_a_salary_expectations_label_before_a_stated_average_is_pay() -> None:
    guide = _parse("Conveyancing Clerk\n\n"
                   "Salary expectations: A conveyancing clerk's average salary is $46,300 per "
                   "year, but pay depends on the firm.\n")
    assert (46300, 46300, "USD", "year") in _pay(guide)


def test_a_sentence_case_site_menu_opens_no_section() -> None:
    guide = _parse("Browse jobs\n"
                   "Find local jobs\n"
                   "Explore salaries\n"
                   "Top companies\n"
                   "Explore companies\n"
                   "The differences between shift leads and floor supervisors are small.\n"
                   "| Shift Lead | Floor Supervisor |\n"
                   "| Yearly salary | $38,200 | $44,900 |\n"
                   "| Most common degree | High School Diploma, 51% | Associate Degree, 40% |\n")
    assert not _texts(guide.employers)


def test_a_compared_holders_average_salary_is_theirs() -> None:
    guide = _parse("Night Auditor\n\n"
                   "A night auditor has an average salary of $41,200, which is higher than the "
                   "$33,800 average annual salary of a front desk clerk.\n\n"
                   "For comparison, the average salary of a hotel porter is $29,650.\n")
    owners = {(s.min, s.role) for s in guide.salaries}
    assert (41200, None) in owners
    assert not {(33800, None), (29650, None)} & owners
