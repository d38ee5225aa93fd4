"""Structures of real public career pages (helper real17, 2026-12-05), on invented pages.

Trades, care and listicle pages: a worker spelt out before its bracketed acronym ("A
Heavy Goods Vehicle (HGV) driver transports …") defined no role; "How to Become an HGV
driver" lost its acronym to the rule for a platform's brand ("Become a Zipdrop courier");
a pay bullet "Trained with experience X drivers can earn …" was read as the role; a bare
"What is Welder?" title line was taken whole as the title; a ranked list's "1. " stayed in
the role; a certification body ("certification from organizations such as the X Society")
was read as an employer; praise alone before "skills" ("learn valuable skills") was a
skill.
"""

from __future__ import annotations

from tests.guide_facts import names

from careergraph.guides import parse_text
from careergraph.model import Guide


def _parse(page: str, name: str = "page.txt") -> Guide:
    return parse_text(page, name)


def test_a_spelt_out_name_before_its_acronym_defines_the_role() -> None:
    page = """A Refuse Collection Vehicle (RCV) loader empties bins along a set round.
The Job
  • Emptying wheeled bins into the vehicle
  • Reporting missed streets to the depot
  • Fully trained with experience RCV loaders can earn in the region of £24,500 a year
"""
    assert _parse(page).role.text == "RCV Loader"


def test_initials_that_do_not_match_leave_the_definition_alone() -> None:
    page = """Night Loader

A Night Shift (QX) loader empties bins along a set round.
"""
    assert _parse(page).role.text == "Night Loader"


def test_how_to_become_an_acronym_worker_keeps_the_acronym() -> None:
    page = """How to Become an ICU nurse

Intensive care work, shifts and what to expect.

An ICU nurse looks after critically ill patients on ventilators.
"""
    assert _parse(page).role.text == "ICU Nurse"


def test_a_bare_what_is_title_line_names_its_worker() -> None:
    page = """What is Glazier?
A glazier is a skilled tradesperson who cuts and fits glass in windows and shopfronts.
How to Become a Glazier?
- Finish school: most firms take school leavers.
"""
    guide = _parse(page)
    assert guide.role.text == "Glazier"
    assert not [move for chain in guide.progressions for move in chain
                if move.text == "Glazier"]


def test_a_ranked_list_item_number_is_no_word_of_the_role() -> None:
    page = """Most people in Ghana look for work with good pay. Here is our list.

  1. Warehouse Supervisor Jobs

    Warehouse supervisors keep stock moving. They earn between GH₵4,000 – GH₵6,500 a month.

  2. Bank Teller Jobs

    Tellers serve customers at the counter.
"""
    assert not _parse(page).role.text[:1].isdigit()


def test_a_certification_body_is_no_employer() -> None:
    page = """Rigger

A rigger moves heavy loads with cranes and slings on building sites.

Employers often require certification from organizations such as the National Lifting Guild.
Riggers are employed by firms such as Tallowby Cranes and Marsh Heavy Lift.
"""
    employers = names(_parse(page).employers)
    assert "National Lifting Guild" not in employers
    assert {"Tallowby Cranes", "Marsh Heavy Lift"} <= employers


def test_praise_before_skills_names_no_skill() -> None:
    page = """Glazier

A glazier cuts and fits glass in windows and shopfronts.

During the apprenticeship you will learn valuable skills such as glass cutting and sealing.
Useful skills include measuring and reading plans.
"""
    skills = {name.lower() for name in names(_parse(page).skills)}
    assert not skills & {"valuable skills", "useful skills"}
    assert "glass cutting" in skills
