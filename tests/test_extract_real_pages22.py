"""Structures of real public career pages (helper real22, 2026-12-05), on invented pages.

Agriculture, transport, beauty, childcare, IT support, machining, emergency services,
accounting and journalism pages: "employers include experience with …" and "work for firms
of all sizes" gave sectors, as did "their financial records"; "specialise in enterprises
such as A or B" made a skill of "enterprises", "a particular type of X or part" two skills;
"… for industries such as A, B, and more" read its examples (and "more") as skills; a task
list's "providing meals and snacks" gave "meals" and "snacks"; "by applying and advising on
make-up" gave two techniques; "What is a X Job?" named no role, nor did a page whose
numbered roadmap (a title and its line a number) was read as a slide deck; "Career Interest
Types: …" in a skills list, "the right beauty therapy job" and "… from experienced staff"
made skills.
"""

from __future__ import annotations

from collections.abc import Iterable

import pytest

from careergraph.guides import parse_text
from careergraph.model import Fact, Guide


def _parse(page: str) -> Guide:
    return parse_text(page, "page.txt")


def _texts(facts: Iterable[Fact]) -> set[str]:
    """The names of a guide's facts ("guide.skills", "guide.sectors")."""
    return {fact.text for fact in facts}


def test_what_employers_prefer_is_no_workplace() -> None:
    guide = _parse("Forklift Operator\n\n"
                   "Forklift operators move pallets around warehouses and yards.\n\n"
                   "Extra qualifications that may be preferred by employers include "
                   "experience operating a reach truck, experience with chilled loads, and a "
                   "clean licence.\n")
    assert not _texts(guide.sectors)


def test_firms_of_any_size_and_a_bigger_firm_are_no_sectors() -> None:
    guide = _parse("Payroll Clerk\n\n"
                   "As a payroll clerk, you could work for firms of all sizes. If you're "
                   "employed by a bigger firm, you might handle only one part of the run.\n")
    assert not _texts(guide.sectors)


def test_their_financial_records_name_no_sector() -> None:
    guide = _parse("Bookkeeper\n\n"
                   "As a bookkeeper you will help shops and other businesses keep and check "
                   "their financial records.\n")
    assert "financial" not in {s.lower() for s in _texts(guide.sectors)}


def test_a_kind_before_its_examples_is_no_specialism() -> None:
    guide = _parse("Grower\n\n"
                   "Growers raise plants for sale.\n\n"
                   "Growers may specialise in enterprises such as viticulture or floriculture.\n")
    assert "enterprises" not in _texts(guide.skills)
    assert {"viticulture", "floriculture"} <= _texts(guide.skills)


def test_an_open_list_of_industries_gives_no_skills() -> None:
    guide = _parse("Pattern Maker\n\n"
                   "A pattern maker shapes moulds for foundries.\n\n"
                   "They use modelling software to plan and cut moulds that make castings for "
                   "use in many industries, such as shipbuilding, rail, pumps, and more.\n")
    assert not {"rail", "pumps", "more"} & _texts(guide.skills)
    assert "more" not in _texts(guide.sectors)


def test_light_verbs_keep_their_objects_in_the_task() -> None:
    guide = _parse("Cabin Attendant\n\n"
                   "Cabin attendants look after travellers on long coach trips.\n\n"
                   "Typical tasks include checking tickets at the door, providing blankets and "
                   "water, assisting with boarding and seating, and answering questions.\n")
    skills = _texts(guide.skills)
    assert {"providing blankets and water", "assisting with boarding and seating"} <= skills
    assert not {"blankets", "water", "boarding", "seating"} & skills


def test_what_is_a_job_question_names_the_worker() -> None:
    guide = _parse("What is a Tree Surgeon Job?\n\n"
                   "A tree surgeon prunes and fells trees in parks and gardens.\n")
    assert guide.role.text == "Tree Surgeon"


def test_who_teaches_a_skill_is_no_part_of_it() -> None:
    guide = _parse("Barber\n\n"
                   "Most barbers start as juniors in a shop, where they can learn skills such as "
                   "fades, beard trims and hot towel shaves from senior barbers.\n")
    skills = _texts(guide.skills)
    assert "hot towel shaves" in skills
    assert not any("from" in s for s in skills)


def test_a_numbered_roadmap_deep_in_a_page_is_no_slide_deck() -> None:
    guide = _parse("Career Pathway: Glazing Technician\n\n"
                   "Fit and seal glass in shopfronts and towers.\n\n"
                   "A Day in the Life\n\nYou measure openings and cut panes to size.\n\n"
                   "Career Roadmap\n\n"
                   "1\n\nGlazing Apprentice\n\nCarry panes and learn to cut under guidance.\n\n"
                   "2\n\nGlazing Technician\n\nFit and seal units on your own.\n\n"
                   "3\n\nGlazing Estimator\n\nPrice jobs from drawings.\n\n"
                   "4\n\nContracts Manager\n\nRun sites and crews.\n\n"
                   "Skills Required\n\n  • Measuring\n  • Glass cutting\n")
    assert guide.role.text == "Glazing Technician"


@pytest.mark.parametrize(("page", "wrong"), [
    # a generic choice names no skill
    ("Marine Mechanic\n\nMarine mechanics repair boat engines.\n\nWith experience, marine "
     "mechanics can run a workshop, or specialise in a particular type of outboard engine or "
     "gearbox.\n", {"particular type of outboard engine", "gearbox"}),
    # verbs before their object are no techniques
    ("Nail Technician\n\nWhat you will do:\n\n"
     "  • do a hand treatment by shaping and advising on nail care\n  • give a pedicure\n",
     {"shaping", "advising"}),
    # an interest code's label in a skills list
    ("Welder\n\nWelders join metal parts.\n\nKnowledge & Skills:\n\n"
     "  1. Reading Weld Symbols\n  2. Quality Control\n\n"
     "Career Interest Types: RI - Realistic, Investigative\n", {"Career Interest Types"}),
    # the role's own field, and a field naming jobs
    ("Massage Therapist\n\nMassage therapists ease sore muscles.\n\nSigning up with an "
     "agency is a quick way to find the right sports therapy job.\n",
     {"right sports therapy", "sports therapy"}),
    # a vague kind of topic before a course's examples
    ("Nursery Nurse\n\nThe diploma covers various modules such as child nutrition, play work "
     "and safeguarding.\n", {"various modules"}),
])
def test_no_skill_is_read(page: str, wrong: set[str]) -> None:
    assert not wrong & _texts(_parse(page).skills)
