"""Structures of real public career pages (helper real36, 2026-12-06), on invented pages.

Hospital and health-system clinical ladders (RN I–IV, "clinical ladder program", eligibility
criteria per level) and a staffing firm's and a nurse writer's explainers of them, company
and blog "software engineer levels" ladders (L1/L2 …) and a mentor's levels post, a
university's job-family standards (job code, level code P1–P5), a data-engineering
competency framework and growth tracker, an IT skills framework's level descriptions, a
national skills framework's occupation standard (Singapore), bootcamp and course blogs on
becoming a data analyst or scientist, a data engineer's career-roadmap podcast, and "day in
the life" pieces, a student newspaper's interview and a career site's typical day on
welders. What was wrong: "Mentoring and coaching engineers is a part of my role" named the
role "Mentoring And Coaching Engineer" (a singular verb after a plural head: an activity,
no workers); "step into the shoes of a welder" was a move; "What Is the Clinical Ladder for
Nurses?" named the role "Clinical Ladder for Nurse"; "Workplace Safety and Health
requirements" and "for career, training and education purposes" gave sectors, as did
"roles which include business analyst, IT, cybersecurity …"; "contributions to the
organization" gave the soft skill "organization"; a levels guide's title ("Defining the
Ladder of X Levels", "Understanding X Levels") named no
role, and once named its "… in software engineering, this is
often the Level 1 software engineer. An L1 engineer typically looks like:" made the list
below a skills list (its labels as skills), "L1 Engineer: Entry level Engineer" gave the move
"Engineer" and "transition from beginners to contributors" the entry "Beginner".
"""

from __future__ import annotations

from collections.abc import Iterable

from careergraph.guides import parse_text
from careergraph.model import Fact, Guide


def _parse(page: str) -> Guide:
    return parse_text(page, "page.txt")


def _texts(facts: Iterable[Fact]) -> set[str]:
    return {fact.text for fact in facts}


def test_a_gerund_subject_with_a_singular_verb_names_no_worker() -> None:
    guide = _parse(
        "Product Manager Levels\n\n"
        "Hiring and training analysts is the part of my week I like best. Product managers "
        "plan what a team builds and why.\n")
    assert guide.role.text == "Product Manager"


def test_stepping_into_someones_shoes_is_no_move() -> None:
    guide = _parse(
        "A Day in the Life of a Glazier\n\n"
        "For one morning I got to step into the shoes of a glazier at a busy shopfront firm. "
        "Glaziers cut, fit and seal glass in frames.\n")
    assert guide.role.text == "Glazier"
    assert not _texts(guide.leads_to) & {"Shoes of A Glazier", "Glazier"}


def test_a_ladder_for_the_workers_is_no_title_of_its_own() -> None:
    guide = _parse(
        "What Is the Clinical Ladder for Pharmacists?\n\n"
        "Hospital pharmacists can climb four levels, each with its own criteria for "
        "experience and research.\n")
    assert guide.role.text == "Hospital Pharmacist"


def test_a_levels_guides_title_names_the_role_not_its_top_rung() -> None:
    guide = _parse(
        "Understanding Data Analyst Levels\n\n"
        "Firms sort their analysts into levels by scope and autonomy.\n")
    assert guide.role.text == "Data Analyst"
    kicker = _parse(
        "Climbing Higher: Defining the Ladder of Site Reliability Engineer Levels\n\n"
        "Teams often grade their reliability staff into tiers by scope.\n")
    assert kicker.role.text == "Site Reliability Engineer"
    hospital = _parse(
        "Respiratory Therapist Clinical Ladder Program\n\n"
        "The program rewards bedside expertise at four levels.\n")
    assert hospital.role.text == "Respiratory Therapist"


def test_a_levels_list_under_a_worker_lead_in_is_no_skills_list() -> None:
    guide = _parse(
        "Defining the Ladder of Software Tester Levels\n\n"
        "In software testing, the first step is often the Level 1 software tester or Entry "
        "level Tester. A T1 tester typically looks like:\n"
        "- T1 Tester Experience: Straight from college, with little real-world testing.\n"
        "- T1 Tester Responsibilities: Runs scripted checks on small features.\n"
        "T2 Tester: Junior Tester\n"
        "As testers transition from beginners to contributors, they move into the Level 2 "
        "software tester role.\n"
        "T1 Tester: Entry level Tester\n")
    assert guide.role.text == "Software Tester"
    skills = _texts(guide.skills)
    assert not any(name.startswith("T1 Tester") for name in skills)
    assert not _texts(guide.leads_to) & {"Tester"}
    assert "Beginner" not in _texts(guide.moves_in)


def test_qualified_names_and_role_lists_are_no_sectors() -> None:
    guide = _parse(
        "Senior Baker\n\n"
        "The Senior Baker works in a team to meet output targets while following Food "
        "Safety and Health requirements.\n\n"
        "This sheet informs employers and schools about the skills for training and "
        "education purposes.\n\n"
        "Working at a large bakery means roles which include shift lead, logistics, "
        "quality checker and packer.\n")
    assert not _texts(guide.sectors) & {"Health", "education", "logistics"}


def test_the_organization_is_no_soft_skill() -> None:
    guide = _parse(
        "Payroll Officer\n\n"
        "Payroll officers are ranked by their experience, capabilities and contributions to "
        "the organization.\n\n"
        "Skills\n\n- organization\n- accuracy\n")
    assert "organization" in _texts(guide.skills)  # (listed as a skill, it stays one)
    lone = _parse(
        "Payroll Officer\n\n"
        "Payroll officers are ranked by their experience, capabilities and contributions to "
        "the organization.\n")
    assert "organization" not in _texts(lone.skills)
