"""Leftover wrong facts of real pages and fresh corpora (helper fixes101, 2026-12-07), on
invented pages.

What was wrong: a qualities sentence's "requires someone who is …" and "being able to …"
gave skills "requires someone", "being able"; a duty sentence's "… suit their diets and meet
their budgets" gave skills; "they work for an individual or a large group" gave the sector
"individual"; "they use advanced tools and techniques" gave the skill "tools"; "certification
agencies such as the X (X)" gave the agency as an employer and the agencies as a sector.
"""

from __future__ import annotations

from careergraph.guides.items import sentence_skills
from careergraph.guides.longform_workplaces import awarding_body
from careergraph.guides.vocab import Vocabulary
from careergraph.lexicon import load_lexicon
from page_facts import parse_page as _parse
from page_facts import texts as _texts


def _vocab() -> Vocabulary:
    return Vocabulary.from_lexicon(load_lexicon())


def test_a_verb_with_a_person_or_a_possessive_object_is_no_skill() -> None:
    found = sentence_skills(
        "Guiding can be tiring and requires someone who is patient, a strong paddler and in "
        "good health.", _vocab())
    assert "requires someone" not in found
    served = sentence_skills(
        "Good chefs plan dishes that match the seasons, suit their diets and meet their "
        "budgets.", _vocab())
    assert not {"suit their diets", "meet their budgets"} & set(served)


def test_being_able_cut_at_its_to_is_no_skill() -> None:
    found = sentence_skills(
        "Qualities that suit this work are friendliness, being cheerful, being able to stay "
        "calm in rough water and being a good listener.", _vocab())
    assert "being able" not in found
    assert "being cheerful" in found


def test_a_gerund_with_a_possessive_stays_a_skill() -> None:
    found = sentence_skills("Focus on managing your time, pricing and invoicing.", _vocab())
    assert "managing your time" in found


def test_one_person_served_is_no_sector() -> None:
    guide = _parse(
        "How to Become a Caption Writer\n\n"
        "Caption writers turn speech into text for broadcasts and events.\n\n"
        "Where They Work\n"
        "Caption writers work in many settings where accurate text matters. They generally "
        "work for an individual or a large group and help them with whatever writing that is "
        "needed.\n")
    assert "individual" not in _texts(guide.sectors)


def test_tools_alone_is_no_skill() -> None:
    guide = _parse(
        "How to Become a Map Maker\n\n"
        "Map makers draw maps of land and sea.\n\n"
        "What They Do\n"
        "They use advanced tools and techniques to measure the land and record where "
        "boundaries lie.\n")
    assert "tools" not in _texts(guide.skills)


def test_certification_bodies_given_as_examples_award_no_employment() -> None:
    text = ("There are several certification agencies such as the Guild of Rope Technicians "
            "(GRT). GRT offers courses.")
    assert awarding_body(text, "Guild of Rope Technicians")
    assert not awarding_body("Employers such as Rope Works hire certified staff.", "Rope Works")


def test_certification_bodies_worked_for_stay_employers() -> None:
    text = "Others work for private certification bodies such as Orchard Standards Board."
    assert not awarding_body(text, "Orchard Standards Board")
    assert not awarding_body("Some work for certification bodies like Grain Check Ltd.",
                             "Grain Check Ltd")
