"""Structures of real public career pages (helper real21, 2026-12-05), on invented pages.

Retail, logistics, public health, legal support, fitness, hospitality, trades, laboratory and
energy pages: a qualification framework's level list ("Level 1 – Certificate III in X") was
read as a career ladder; a union's name ("International Brotherhood of X Workers") became a
move on a career-path page; an occupational database's descriptor items ("Active Listening
Giving full attention …") gave the definition's nouns as skills; a "Currently Employed: 430"
count under a "Compare Skills" link was a skill; "Median weekly earnings: < $920" lost its
period and its bound; "Comprehensive Guide on How to become a X" and "The X Profession
Explained" titles named no role.
"""

from __future__ import annotations

import pytest

from careergraph.guides import parse_text
from careergraph.model import Guide


def _parse(page: str, name: str = "page.txt") -> Guide:
    return parse_text(page, name)


def _moves(guide: Guide) -> set[str]:
    return {f.text for bucket in (guide.leads_to, guide.transitions_to, guide.moves_in)
            for f in bucket} | {f.text for chain in guide.progressions for f in chain}


def _skills(guide: Guide) -> list[str]:
    return [s.text for s in guide.skills]


def test_a_qualification_level_list_is_no_ladder() -> None:
    guide = _parse("How to Become a Kennel Attendant\n\n"
                   "A kennel attendant feeds, walks and cleans up after boarded dogs.\n\n"
                   "The qualification levels are:\n\n"
                   "  • Level 1 – Certificate II in Animal Handling\n"
                   "  • Level 2 – Certificate III in Companion Animals\n"
                   "  • Level 3 – Diploma of Animal Welfare\n")
    assert guide.role.text == "Kennel Attendant"
    assert not guide.progressions
    assert not _moves(guide)


def test_a_job_ladder_with_a_degree_rung_keeps_its_jobs() -> None:
    guide = _parse("Orchard Hand Career Path\n\n"
                   "Orchard hands prune, thin and pick fruit trees.\n\n"
                   "Career levels:\n\n"
                   "  • L1: Orchard Hand\n"
                   "  • L2: Bachelor of Horticulture\n"
                   "  • L3: Orchard Supervisor\n")
    assert "Bachelor of Horticulture" not in _moves(guide)


def test_a_union_name_is_no_move() -> None:
    guide = _parse("Glazier Career Path\n\n"
                   "Glaziers cut and fit glass in shopfronts and towers.\n\n"
                   "Union Apprenticeships (UBGW): The United Brotherhood of Glass Workers runs "
                   "joint committees that mix site work with evening classes.\n")
    assert guide.role.text == "Glazier"
    assert not any("Brotherhood" in text for text in _moves(guide))


def test_descriptor_items_give_their_names() -> None:
    guide = _parse("Court Clerk\n\n"
                   "Court clerks keep the records of hearings and schedule cases.\n\n"
                   "Skills\n\n"
                   "  •   Active Listening Giving full attention to what witnesses say and "
                   "asking questions when needed.\n"
                   "  •   Critical Thinking Using logic and reasoning to weigh other answers.\n"
                   "  •   Law and Government Knowledge of statutes, court rules and procedures.\n")
    skills = _skills(guide)
    assert {"Active Listening", "Critical Thinking", "Law and Government"} <= set(skills)
    assert "asking questions" not in skills
    assert "logic" not in skills


def test_a_rated_skill_item_stays_but_a_head_count_goes() -> None:
    guide = _parse("Court Clerk\n\n"
                   "Court clerks keep the records of hearings.\n\n"
                   "Compare Skills\n\n"
                   "Presently Working: 2,150\n\n"
                   "Skills\n\n"
                   "Shorthand: 4\n")
    skills = _skills(guide)
    assert "Presently Working" not in skills
    assert "Shorthand" in skills


@pytest.mark.parametrize(("line", "low", "high"), [
    ("Median weekly earnings: < $1,340", None, 1340),
    ("Median weekly earnings: under $1,340", None, 1340),
    ("Median weekly earnings: > $1,340", 1340, None),
])
def test_a_bounded_weekly_figure_keeps_its_period(line: str, low: float | None,
                                                  high: float | None) -> None:
    guide = _parse(f"Ski Patroller\n\nSki patrollers keep slopes safe and help hurt skiers.\n\n"
                   f"{line}\n")
    (salary,) = guide.salaries
    assert salary.period == "week"
    assert (salary.min, salary.max) == (low, high)


@pytest.mark.parametrize(("title", "role"), [
    ("Comprehensive Guide on How to become a Ski Patroller", "Ski Patroller"),
    ("Complete Guide on How to become a Ski Patroller", "Ski Patroller"),
    ("The Ski Patroller Profession Explained", "Ski Patroller"),
    ("The Ski Patroller Job Description", "Ski Patroller"),
])
def test_guide_and_explainer_titles_name_the_worker(title: str, role: str) -> None:
    guide = _parse(f"{title}\n\n"
                   "As a ski patroller you check runs at dawn, mark hazards and bring injured "
                   "skiers down on a sled.\n\n"
                   "Types of snow workers:\n\n"
                   "  • Lift Operators – These workers load chairs at the base station.\n"
                   "  • Ski Patrollers – These workers keep the runs safe.\n")
    assert guide.role.text == role


def test_people_a_skill_deals_with_are_no_skills() -> None:
    guide = _parse("Ski Patroller\n\n"
                   "Ski patrollers keep slopes safe.\n\n"
                   "Skills required for ski patrollers\n\n"
                   "  • Clear communication to deal with guests, lift staff, and other "
                   "stakeholders every day.\n")
    skills = _skills(guide)
    assert "communication" in skills
    assert not {"guests", "lift staff", "other stakeholders"} & set(skills)


def test_people_in_a_skills_paragraph_are_no_skills() -> None:
    guide = _parse("Ski Patroller\n\n"
                   "Ski patrollers keep slopes safe.\n\n"
                   "Key skills\n\n"
                   "Out on the runs, ski patrollers are in constant contact with their guests "
                   "and staff. They need first aid and rope work.\n")
    skills = _skills(guide)
    assert "first aid" in skills
    assert not {"guests", "staff"} & set(skills)


def test_a_range_of_areas_is_no_skill() -> None:
    guide = _parse("Court Clerk\n\n"
                   "Court clerks keep the records of hearings.\n\n"
                   "Clerks can specialise in a range of different areas including probate, "
                   "licensing and traffic courts.\n")
    skills = _skills(guide)
    assert "probate" in skills
    assert not any("range" in name for name in skills)


def test_a_list_of_chains_ending_in_etc_is_read() -> None:
    guide = _parse("Resort Manager\n\n"
                   "Resort managers run holiday resorts.\n\n"
                   "Large resort groups like Palmcrest, Dunevale and Coral Arc etc. go for campus "
                   "recruitment in top colleges.\n")
    assert {"Palmcrest", "Dunevale", "Coral Arc"} <= {e.text for e in guide.employers}


def test_band_names_over_ladder_rungs_keep_one_chain() -> None:
    guide = _parse("Court Clerk\n\n"
                   "Court clerks keep the records of hearings.\n\n"
                   "Career Path\n\n"
                   "Entry Level\n\nJunior Court Clerk: Filing, basic scheduling.\n\n"
                   "Mid Level\n\nCourt Clerk: Hearings, records, public contact.\n\n"
                   "Senior Level\n\nSenior Court Clerk: Complex trials, mentoring.\n\n"
                   "Leadership\n\nChief Clerk: Running the registry.\n")
    assert {"Junior Court Clerk", "Senior Court Clerk", "Chief Clerk"} <= _moves(guide)
