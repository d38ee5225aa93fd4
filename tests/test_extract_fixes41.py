"""Defects of round 41, each on an invented page: "Lead" and "Associate" after a noun, a
label naming a kind of tools before its tools."""

from __future__ import annotations

from careergraph.guides import parse_text

PICKING = """Job Offer Information (Full-time)

Business name         Tarumi Logistics
Industry              Warehousing
Occupation            Picking team lead
Place of work         Kofu City

Job description
・Planning the pick waves

Career path: picking team lead → Senior → Warehouse manager.
"""


def _ladders(page: str) -> list[list[str]]:
    guide = parse_text(page, "posting.txt")
    return [[step.text for step in ladder] for ladder in guide.progressions]


def test_lead_after_a_noun_is_part_of_the_title_a_bare_level_word_completes() -> None:
    ladder = ["Picking Team Lead", "Senior Picking Team Lead", "Warehouse Manager"]
    assert ladder in _ladders(PICKING)


def test_associate_after_a_noun_is_part_of_the_title() -> None:
    page = PICKING.replace("Picking team lead", "Picking associate").replace(
        "picking team lead →", "picking associate →")
    assert ["Picking Associate", "Senior Picking Associate", "Warehouse Manager"] in _ladders(
        page)


def test_lead_before_a_noun_stays_a_level() -> None:
    page = PICKING.replace("Picking team lead", "Lead picker").replace(
        "picking team lead →", "lead picker →")
    assert any("Senior Picker" in ladder for ladder in _ladders(page)), _ladders(page)


STORES = """Stores Clerk
Stores clerks receive deliveries and keep stock records.

Skills
- Software: Stockmate, Calcsheet
- Office computer: Textpad, Slidemaker
- Forklift driving
"""


def _skill_names(page: str) -> set[str]:
    return {s.text for s in parse_text(page, "stores-clerk.txt").skills}


def test_a_label_naming_a_kind_of_tools_is_no_skill_its_items_are() -> None:
    skills = _skill_names(STORES)
    assert {"Stockmate", "Calcsheet", "Textpad", "Slidemaker", "Forklift driving"} <= skills
    assert not {"Software", "Office computer"} & skills


def test_a_label_naming_a_subject_or_a_capitalised_kind_stays_a_skill() -> None:
    page = STORES.replace("Software:", "Stock control:").replace("Office computer:",
                                                                  "CAD software:")
    assert {"Stock control", "CAD software", "Textpad"} <= _skill_names(page)
