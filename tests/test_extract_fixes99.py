"""Leftovers of real48 and fixes98 (helper fixes99): a generic plural left alone once a
shared modifier's list is split ("specialised tools and techniques", "transport methods,
costs and benefits"), a language closing a list of school subjects ("credits in maths,
science, and English an asset") and a firm's "Co." before its legal form in a list of
employers ("Brindle & Co. Ltd").  Every page here is invented."""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.languages import language_skills
from careergraph.guides.longform_roles import glued_alias
from careergraph.guides.mentions import section_names
from careergraph.guides.vocab import Vocabulary
from careergraph.lexicon import load_lexicon

_VOCAB = Vocabulary.from_lexicon(load_lexicon())


def _texts(facts: object) -> set[str]:
    return {f.text for f in facts}  # type: ignore[attr-defined]


_CARD = """\
Wheelwright Job Description

A wheelwright builds and repairs wooden wheels for carts, carriages and show wagons.
They use specialised tools and techniques to shape the felloes and fit the iron tyres.
Wheelwrights also need good communication skills to agree the work with owners.

Wheelwright Requirements

- Knowledge of timber grading, costs and benefits
- Steam bending
"""


def test_a_generic_plural_split_from_its_phrase_is_no_skill() -> None:
    skills = _texts(parse_text(_CARD, "wheelwright.txt").skills)
    assert "techniques" not in skills
    assert not {"costs", "benefits"} & skills
    assert "Steam bending" in skills  # the other items of the lists stay


def test_a_generic_plural_kept_with_its_kind_is_a_skill() -> None:
    page = _CARD.replace("- Steam bending", "- Joinery techniques")
    assert "Joinery techniques" in _texts(parse_text(page, "wheelwright.txt").skills)


def test_a_language_after_school_subjects_is_a_subject() -> None:
    assert language_skills("Secondary diploma; credits in maths, science, and English an "
                           "asset") == []
    assert language_skills("Passes in history and French an asset") == []


def test_a_language_list_of_its_own_is_still_read() -> None:
    assert language_skills("fluent English; Welsh and French an asset") == ["Welsh", "French"]
    assert language_skills("Good people skills, and Spanish an asset") == ["Spanish"]


def test_co_before_a_legal_form_keeps_the_firm_whole() -> None:
    employers, _ = section_names("Tallow Organ Works Ltd, Brindle & Co. Ltd, Carrow & Carrow",
                                 _VOCAB)
    assert employers == ["Tallow Organ Works Ltd", "Brindle & Co. Ltd", "Carrow & Carrow"]


def test_a_sentence_ending_in_co_still_ends() -> None:
    employers, _ = section_names("Hartwell Ltd and Brindle & Co. Others hire too", _VOCAB)
    assert "Brindle & Co. Others" not in employers


_SPOTLIGHT = """\
Job Spotlight – Bootmaker
A bootmaker makes and mends boots by hand for riders, walkers and workers.
Quick Facts
Job Title: Bootmaker
Employers: Boot repair shops, outdoor outfitters and theatres
Pay: $21,000 to $26,000 per year
"""


def test_a_sentence_case_kind_opening_an_employers_label_is_a_sector() -> None:
    guide = parse_text(_SPOTLIGHT, "bootmaker.txt")
    assert "Boot repair shops" in _texts(guide.sectors)
    assert "Boot" not in _texts(guide.employers)


def test_a_named_firm_opening_an_employers_label_stays_an_employer() -> None:
    page = _SPOTLIGHT.replace("Boot repair shops, outdoor outfitters and theatres",
                              "Tanwick Boots, Harlan Saddlery")
    assert {"Tanwick Boots", "Harlan Saddlery"} <= _texts(parse_text(page, "b.txt").employers)


_SERVICE = """\
We're improving this service – tell us what you think.

Care worker Care assistant

Care workers help people with their daily lives at home or in residential homes.

Skills
- patience and the ability to stay calm in stressful situations
"""


def test_a_title_line_glued_to_its_other_name_gives_the_role_and_an_alias() -> None:
    guide = parse_text(_SERVICE, "care.txt")
    assert guide.role.text == "Care Worker"
    assert "Care Assistant" in _texts(guide.aliases)


def test_glued_alias_needs_two_known_titles() -> None:
    assert glued_alias("Care Worker Care Assistant", lambda t: True) == (
        "Care Worker", "Care Assistant")
    assert glued_alias("Care Worker Care Homes", lambda t: t != "Care Homes") is None
    assert glued_alias("Senior Care Worker", lambda t: True) is None
