"""Defects noticed at the end of stop 37, each on an invented page (helper fixes44)."""

from __future__ import annotations

import itertools

from careergraph.guides import parse_text
from careergraph.model import Guide


def _texts(facts: list) -> list[str]:  # type: ignore[type-arg]
    return [fact.text for fact in facts]


def _steps(guide: Guide) -> set[tuple[str, str]]:
    """Every move the guide states, as (from, to); the role's own moves from its title."""
    found = {(guide.role.text, fact.text) for fact in (*guide.leads_to, *guide.transitions_to)}
    for chain in guide.progressions:
        found |= {(a.text, b.text) for a, b in itertools.pairwise(chain)}
    return found


# -- titles ------------------------------------------------------------------------------------

def test_a_question_about_being_one_names_the_role() -> None:
    guide = parse_text("What does it mean to be a Loss Adjuster?\n\nLoss adjusters visit "
                       "homes after storms to value the damage.\n\nSkills\n- Estimating\n",
                       "page.txt")
    assert guide.role.text == "Loss Adjuster"


def test_a_known_heading_spelt_with_an_ampersand_is_cut_off_the_title() -> None:
    guide = parse_text("Work Context & ConditionsOrthoptist\n\nOrthoptists test how the eyes "
                       "move together.\n\nSkills\n- Vision screening\n", "page.txt")
    assert guide.role.text == "Orthoptist"


def test_a_modifier_printed_in_both_numbers_is_one_title() -> None:
    guide = parse_text("Functions/Function Coordinator\n\nFunction coordinators run banquets "
                       "at hotels.\n\nSkills\n- Seating plans\n", "page.txt")
    assert guide.role.text == "Functions Coordinator"


# -- sectors -----------------------------------------------------------------------------------

def test_a_labelled_field_of_piped_names_lists_each() -> None:
    guide = parse_text("Reach Truck Driver\n\nReach truck drivers stack pallets on high "
                       "racking.\n\nSector: Cold storage | Brewing | Parcel delivery\n",
                       "page.txt")
    assert _texts(guide.sectors) == ["Cold storage", "Brewing", "Parcel delivery"]


def test_a_piped_table_row_with_figures_is_no_field() -> None:
    guide = parse_text("Reach Truck Driver\n\nReach truck drivers stack pallets on high "
                       "racking.\n\nSector: Cold storage | $41,000 | $47,000\n", "page.txt")
    assert "$41,000" not in " ".join(_texts(guide.sectors))


# -- pay ---------------------------------------------------------------------------------------

def test_a_penalty_or_sunday_rate_is_no_pay_of_the_role() -> None:
    guide = parse_text("Cafe Attendant\n\nA cafe attendant serves drinks and clears tables."
                       "\n\nPay\nThe ordinary rate is $25.30 an hour. The Sunday rate is "
                       "$44.10 an hour and the penalty rate on public holidays $57.00 an "
                       "hour.\n", "page.txt")
    assert [s.min for s in guide.salaries] == [25.3]


# -- skills ------------------------------------------------------------------------------------

def test_kit_listed_with_an_article_each_after_a_verb_of_use() -> None:
    guide = parse_text("Cellar Hand\n\nWhat you will do\nYou will use a keg lifter, a line "
                       "cleaner and a pressure gauge every shift.\n", "page.txt")
    assert {"keg lifter", "line cleaner", "pressure gauge"} <= set(_texts(guide.skills))


def test_qualities_with_an_article_are_no_kit() -> None:
    guide = parse_text("Cellar Hand\n\nWhat you will do\nYou use a steady hand and a calm "
                       "voice with customers.\n", "page.txt")
    assert not {"steady hand", "calm voice"} & set(_texts(guide.skills))


def test_a_system_named_with_the_after_a_product_is_a_tool_too() -> None:
    guide = parse_text("Maintenance Planner\n\nWhat you will do\nUse Maximo and the Asset "
                       "Register System to schedule work.\n", "page.txt")
    assert {"Maximo", "Asset Register System"} <= set(_texts(guide.skills))


def test_machines_a_story_says_were_run_are_skills() -> None:
    guide = parse_text("Quarry Operator\n\nQuarry operators work the face and the crusher."
                       "\n\nMy story\nBefore this I ran dozers, graders and backhoes for a "
                       "council crew, and I ran a team of four.\n", "page.txt")
    assert {"dozers", "graders", "backhoes"} <= set(_texts(guide.skills))
    assert "team" not in " ".join(_texts(guide.skills))


# -- moves -------------------------------------------------------------------------------------

def test_a_sentence_case_rung_with_a_relative_clause_owns_its_step() -> None:
    guide = parse_text("Store Packer\n\nStore packers pack orders for couriers.\n\nRates of "
                       "pay\nPacker: $23.40 an hour\nTeam Lead: $26.90 an hour\n\nTeam leads "
                       "who pass the module can train to Dock Manager.\n", "page.txt")
    assert ("Team Lead", "Dock Manager") in _steps(guide)
    assert ("Store Packer", "Dock Manager") not in _steps(guide)


def test_the_senior_rung_of_the_role_owns_its_step() -> None:
    guide = parse_text("Ward Clerk\n\nWard clerks keep patient records on the ward.\n\n"
                       "Career progression\nSenior clerks can go on to become office "
                       "managers.\n", "page.txt")
    assert ("Senior Clerk", "Office Manager") in _steps(guide)


def test_a_plans_long_term_goal_is_reached_from_its_next_post() -> None:
    guide = parse_text("Personal development plan\n\nName: R. Okafor\nCurrent role: Lab "
                       "Technician\n\nNext step: Apply for the Senior Lab Technician post "
                       "next year; long term, become Laboratory Manager.\n", "page.txt")
    steps = _steps(guide)
    assert ("Senior Lab Technician", "Laboratory Manager") in steps
    assert ("Lab Technician", "Laboratory Manager") not in steps
