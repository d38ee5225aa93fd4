"""Defects noticed last stop and left alone (fixes61).

- A stage word opening a sentence under a career-path heading ("Trainee welders earn …") is
  no rung of its own; a stage word with only an aside ("Intern (10 weeks)") is the role's rung.
- "A and B" with a plural people noun first ("Lifeguards and Swim Coach", "EMTs and
  Paramedic") names two roles.
- "Floor: X · Ceiling: Y" (a dot or bar between the two ends) is one range.
- A credential named for a subject ("Level 3 Diploma for Teaching Assistant") is no role title.

Every page is invented here (roles, bodies, figures).
"""

from __future__ import annotations

import itertools

import pytest
from tests.guide_facts import names

from careergraph.guides import parse_text
from careergraph.guides.vocab import Vocabulary
from careergraph.lexicon import load_lexicon


def _moves(page: str) -> set[tuple[str, str]]:
    """Every ordered pair of a ladder and every move up from the role, lower-cased."""
    guide = parse_text(page, "page.txt")
    pairs = {(a.text.lower(), b.text.lower()) for chain in guide.progressions
             for a, b in itertools.pairwise(chain)}
    role = guide.role.text.lower()
    return pairs | {(role, f.text.lower()) for f in guide.leads_to + guide.transitions_to}


def test_a_sentence_opening_with_a_stage_word_is_no_rung() -> None:
    moves = _moves("# Welder\n\nWelders join metal parts in workshops and on site.\n\n"
                   "## Career path\n\n- Journeyman Welder\n- Welding Supervisor\n\n"
                   "Trainee welders earn around $17 an hour.\n")
    assert not any(name == "trainee" for pair in moves for name in pair)


def test_a_stage_word_with_an_aside_is_the_roles_rung() -> None:
    moves = _moves("# Tax Accountant\n\nTax accountants prepare returns for firms.\n\n"
                   "## Career path\n\n- Intern (10 weeks)\n- Tax Accountant\n"
                   "- Senior Tax Accountant\n")
    assert ("intern tax accountant", "tax accountant") in moves
    assert not any(name == "intern" for pair in moves for name in pair)


@pytest.mark.parametrize(("item", "first", "second"), [
    ("Lifeguards and Swim Coach", "lifeguard", "swim coach"),
    ("EMTs and Paramedic", "emt", "paramedic"),
])
def test_a_plural_people_noun_and_a_title_are_two_roles(item: str, first: str,
                                                        second: str) -> None:
    guide = parse_text("# Pool Attendant\n\nPool attendants keep swimmers safe and the pool "
                       f"clean.\n\n## Related careers\n\n- {item}\n- Leisure Centre Manager\n",
                       "page.txt")
    found = {n.lower().rstrip("s") for n in names(guide.leads_to + guide.transitions_to)}
    assert {first, second} <= found
    assert item.lower().rstrip("s") not in found


def test_sales_and_marketing_stays_one_title() -> None:
    guide = parse_text("# Copywriter\n\nCopywriters write adverts and web pages.\n\n"
                       "## Related careers\n\n- Sales and Marketing Manager\n- Editor\n",
                       "page.txt")
    assert "Sales and Marketing Manager" in names(guide.leads_to + guide.transitions_to)


@pytest.mark.parametrize("mark", ["·", "|", "•"])
def test_floor_and_ceiling_across_a_dot_are_one_range(mark: str) -> None:
    guide = parse_text("# Receptionist\n\nReceptionists greet visitors and answer calls.\n\n"
                       f"## Salary\n\nFloor: $2,150 {mark} Ceiling: $3,480 per month\n",
                       "page.txt")
    assert [(b.min, b.max) for b in guide.salaries] == [(2150, 3480)]


@pytest.mark.parametrize(("text", "role"), [
    ("A Level 3 Diploma for Teaching Assistant", False),
    ("Level 2 Award for Door Supervisor", False),
    ("Certificate in Welder", False),
    ("Certification Manager", True),
    ("Director of Certification", True),
    ("Degree Apprentice", True),
])
def test_a_credential_named_for_a_subject_is_no_role_title(text: str, role: bool) -> None:
    assert Vocabulary.from_lexicon(load_lexicon()).is_role_title(text) is role


def test_a_page_heading_that_says_nothing_of_pay_labels_no_figure() -> None:
    guide = parse_text("# Optician\n\nOpticians fit glasses and contact lenses.\n\n"
                       "## Salary\n\nThe median pay for opticians is $43,100 per year.\n\n"
                       "## Useful Links\n\nOpticians earn $38,000 to $52,500 a year.\n",
                       "page.txt")
    labels = {band.min: band.label for band in guide.salaries}
    assert labels[43100] == "Salary"
    assert "Useful Links" not in labels[38000]


def test_a_middle_dot_step_ladder_owns_its_pay() -> None:
    guide = parse_text("# Restaurant Manager careers\n\nRestaurant managers run one of our "
                       "diners.\n\n## Grow with us\n\nSTEP 1 · Kitchen Assistant — $24,500\n"
                       "STEP 2 · Crew Trainer — $27,000\nSTEP 3 · Restaurant Manager — "
                       "$49,000\n", "page.txt")
    assert [[f.text for f in chain] for chain in guide.progressions] == [
        ["Kitchen Assistant", "Crew Trainer", "Restaurant Manager"]]
    owners = {band.min: band.role for band in guide.salaries}
    assert owners == {24500: "Kitchen Assistant", 27000: "Crew Trainer", 49000: None}


def test_a_low_median_high_strip_is_one_range_and_its_median() -> None:
    guide = parse_text("# Claims Adjuster Salary\n\nClaims adjusters check insurance claims "
                       "and agree payouts.\n\nHow much does a Claims Adjuster make?\n"
                       "$58,200 / yr\nSee More Insights\n$42K\nMedian: $57K\n$79K\n"
                       "See More Insights\n", "page.txt")
    bands = {(band.min, band.max, band.statistic) for band in guide.salaries}
    assert (42000, 79000, "range") in bands
    assert (57000, 57000, "median") in bands
    assert not any(low in (42000, 79000) and high == low for low, high, _ in bands)


def test_three_figures_not_climbing_stay_apart() -> None:
    guide = parse_text("# Claims Adjuster Salary\n\nClaims adjusters check insurance claims "
                       "and agree payouts.\n\n$42K\nMedian: $37K\n$79K\n", "page.txt")
    assert (42000, 79000) not in {(band.min, band.max) for band in guide.salaries}


def test_pay_under_a_certificate_bullet_is_the_roles() -> None:
    guide = parse_text("# Crane Operator\n\nCrane operators lift steel and loads on building "
                       "sites.\n\n## Pay by ticket\n\n- Certified Crane Operator\n"
                       "  $52,000 per year\n- Tower Crane Certification\n  $61,500 per year\n",
                       "page.txt")
    assert {band.min: band.role for band in guide.salaries} == {52000: None, 61500: None}


def test_pay_after_a_nested_certificate_list_is_the_levels() -> None:
    guide = parse_text("Water Treatment Operators\n\n1. OVERVIEW\n\nWater treatment operators "
                       "run the plants that clean drinking water.\n\nENTRY LEVEL\n\n"
                       "  • Certifications (Recommended):\n\n    • Grade 1 Water Licence\n\n"
                       "    • Certified Chlorine Handler (CCH)\n\n"
                       "  • Salary Range: $41,000 - $53,000\n", "page.txt")
    assert [(band.min, band.role) for band in guide.salaries] == [(41000, None)]
