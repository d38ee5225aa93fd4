"""Structures of real public career pages (helper real22, 2026-12-05), on invented pages.

Agriculture, transport, beauty, childcare, IT support, machining, emergency services,
accounting and journalism pages: "employers include experience with …" and "work for firms
of all sizes" gave sectors, as did "their financial records"; "specialise in enterprises
such as A or B" made a skill of "enterprises", "a particular type of X or part" two skills;
"… for industries such as A, B, and more" read its examples (and "more") as skills; a task
list's "providing meals and snacks" gave "meals" and "snacks"; "by applying and advising on
make-up" gave two techniques; "What is a X Job?" named no role; "Career Interest Types: …"
in a skills list, "the right beauty therapy job" and "… from experienced staff" made skills.
"""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.model import Guide


def _parse(page: str, name: str = "page.txt") -> Guide:
    return parse_text(page, name)


def _skills(guide: Guide) -> set[str]:
    return {s.text for s in guide.skills}


def _sectors(guide: Guide) -> set[str]:
    return {s.text for s in guide.sectors}


def test_what_employers_prefer_is_no_workplace() -> None:
    guide = _parse("Forklift Operator\n\n"
                   "Forklift operators move pallets around warehouses and yards.\n\n"
                   "Extra qualifications that may be preferred by employers include "
                   "experience operating a reach truck, experience with chilled loads, and a "
                   "clean licence.\n")
    assert not _sectors(guide)


def test_firms_of_any_size_and_a_bigger_firm_are_no_sectors() -> None:
    guide = _parse("Payroll Clerk\n\n"
                   "As a payroll clerk, you could work for firms of all sizes. If you're "
                   "employed by a bigger firm, you might handle only one part of the run.\n")
    assert not _sectors(guide)


def test_their_financial_records_name_no_sector() -> None:
    guide = _parse("Bookkeeper\n\n"
                   "As a bookkeeper you will help shops and other businesses keep and check "
                   "their financial records.\n")
    assert "financial" not in {s.lower() for s in _sectors(guide)}


def test_a_kind_before_its_examples_is_no_specialism() -> None:
    guide = _parse("Grower\n\n"
                   "Growers raise plants for sale.\n\n"
                   "Growers may specialise in enterprises such as viticulture or floriculture.\n")
    assert "enterprises" not in _skills(guide)
    assert {"viticulture", "floriculture"} <= _skills(guide)


def test_a_particular_type_of_thing_names_no_skill() -> None:
    guide = _parse("Marine Mechanic\n\n"
                   "Marine mechanics repair boat engines.\n\n"
                   "With experience, marine mechanics can run a workshop, or specialise in a "
                   "particular type of outboard engine or gearbox.\n")
    assert not {"particular type of outboard engine", "gearbox"} & _skills(guide)


def test_an_open_list_of_industries_gives_no_skills() -> None:
    guide = _parse("Pattern Maker\n\n"
                   "A pattern maker shapes moulds for foundries.\n\n"
                   "They use modelling software to plan and cut moulds that make castings for "
                   "use in many industries, such as shipbuilding, rail, pumps, and more.\n")
    assert not {"rail", "pumps", "more"} & _skills(guide)
    assert "more" not in _sectors(guide)


def test_light_verbs_keep_their_objects_in_the_task() -> None:
    guide = _parse("Cabin Attendant\n\n"
                   "Cabin attendants look after travellers on long coach trips.\n\n"
                   "Typical tasks include checking tickets at the door, providing blankets and "
                   "water, assisting with boarding and seating, and answering questions.\n")
    skills = _skills(guide)
    assert {"providing blankets and water", "assisting with boarding and seating"} <= skills
    assert not {"blankets", "water", "boarding", "seating"} & skills


def test_verbs_before_their_object_are_no_techniques() -> None:
    guide = _parse("Nail Technician\n\n"
                   "What you will do:\n\n"
                   "  • do a hand treatment by shaping and advising on nail care\n"
                   "  • give a pedicure\n")
    assert not {"shaping", "advising"} & _skills(guide)


def test_what_is_a_job_question_names_the_worker() -> None:
    guide = _parse("What is a Tree Surgeon Job?\n\n"
                   "A tree surgeon prunes and fells trees in parks and gardens.\n")
    assert guide.role.text == "Tree Surgeon"


def test_an_interest_code_label_is_no_skill() -> None:
    guide = _parse("Welder\n\n"
                   "Welders join metal parts.\n\n"
                   "Knowledge & Skills:\n\n"
                   "  1. Reading Weld Symbols\n"
                   "  2. Quality Control\n\n"
                   "Career Interest Types: RI - Realistic, Investigative\n")
    assert "Career Interest Types" not in _skills(guide)


def test_the_right_therapy_job_is_no_technique() -> None:
    guide = _parse("Massage Therapist\n\n"
                   "Massage therapists ease sore muscles.\n\n"
                   "Signing up with an agency is a quick way to find the right sports therapy "
                   "job.\n")
    assert not any("therapy" in s for s in _skills(guide))


def test_who_teaches_a_skill_is_no_part_of_it() -> None:
    guide = _parse("Barber\n\n"
                   "Most barbers start as juniors in a shop, where they can learn skills such as "
                   "fades, beard trims and hot towel shaves from senior barbers.\n")
    skills = _skills(guide)
    assert "hot towel shaves" in skills
    assert not any("from" in s for s in skills)


def test_various_modules_before_examples_are_no_topic() -> None:
    guide = _parse("Nursery Nurse\n\n"
                   "The diploma covers various modules such as child nutrition, play work and "
                   "safeguarding.\n")
    assert "various modules" not in _skills(guide)
