"""Employers and sectors in held-back set 7's kinds of site (issue 10).

Each test writes its own small page or sentence (invented roles, companies and wording) in one
structure and asserts what the parser reads: prose lists of places after "work in" and
"gained in" (with a preposition before each item), "working for" a list of names, examples
after a kind of organisation in a sentence about pay, places of study that employ, and what
is no workplace (the structures worked on, how the work is done, a chrome invitation, a
heading written with "&" after a list of industries).
"""

from __future__ import annotations

import pytest

from careergraph.guides import parse_text
from careergraph.guides.vocab import Vocabulary
from careergraph.guides.workplaces import workplaces
from careergraph.lexicon import load_lexicon
from guide_facts import names


@pytest.fixture(scope="module")
def vocab() -> Vocabulary:
    return Vocabulary.from_lexicon(load_lexicon())


def test_work_in_a_list_of_places_each_after_its_preposition(vocab: Vocabulary) -> None:
    _, kinds = workplaces("They work in cinemas, on film sets, at trade fairs, in ballet and "
                          "circus companies and on ferries.", vocab)
    assert kinds == ["cinemas", "film sets", "trade fairs", "ballet and circus companies",
                     "ferries"]


def test_work_in_says_how_the_work_is_done_names_no_place(vocab: Vocabulary) -> None:
    assert workplaces("Most work in a crew led by a foreman, on shifts that include nights.",
                      vocab) == ([], [])
    assert workplaces("They work in teams of four and in all weathers.", vocab) == ([], [])
    employers, _ = workplaces("They work in industries such as Brewing and Dairy.", vocab)
    assert employers == []  # industries named as examples are no employers


def test_work_on_the_structures_worked_on_names_no_place(vocab: Vocabulary) -> None:
    assert workplaces("Steeplejacks reach and work on places that are hard to get to, such as "
                      "church spires, chimneys and masts.", vocab) == ([], [])


def test_experience_gained_in_a_list_of_places(vocab: Vocabulary) -> None:
    _, kinds = workplaces("Experience can be gained in water utilities, design consultancies "
                          "or regulators, or in a university through research.", vocab)
    assert kinds == ["water utilities", "design consultancies", "regulators"]


def test_working_for_a_list_of_names(vocab: Vocabulary) -> None:
    employers, _ = workplaces("Members working for Halden Chemicals, Brightwell Foods and the "
                              "agency's inland division were among the best paid.", vocab)
    assert employers == ["Halden Chemicals", "Brightwell Foods"]


def test_examples_after_a_kind_in_a_sentence_about_pay(vocab: Vocabulary) -> None:
    employers, _ = workplaces("Hourly rates at gyms such as Ironside Fitness and Pulse Studio "
                              "are around £15.", vocab)
    assert employers == ["Ironside Fitness", "Pulse Studio"]


def test_places_of_study_hire_when_the_sentence_says_so(vocab: Vocabulary) -> None:
    employers, _ = workplaces("Colleges such as Larkfield College and schools such as Moorgate "
                              "Academy employ full-time tutors.", vocab)
    assert employers == ["Larkfield College", "Moorgate Academy"]
    assert workplaces("Universities such as Larkfield University teach the course.",
                      vocab) == ([], [])


def test_an_invitation_after_a_label_is_chrome_not_a_section() -> None:
    page = ("Employers and Colleges: Partner with us?\n\nScaffolder\nScaffolders put up "
            "platforms on sites that are hard to reach, such as bridges, towers and ships.\n")
    guide = parse_text(page, "s.txt")
    assert guide.role.text == "Scaffolder"
    assert not guide.sectors and not guide.employers


def test_a_heading_written_with_an_ampersand_ends_a_list_of_industries() -> None:
    page = ("Tilers\nTilers fix tiles to walls and floors.\n\nTop industries\n\n"
            "Specialised construction activities\n58%\nRetail of hardware\n12%\n\n"
            "Skills & knowledge\n\nMathematics\nUsing arithmetic to work out quantities.\n")
    assert names(parse_text(page, "t.txt").sectors) == {
        "Specialised construction activities", "Retail of hardware"}


def test_a_capital_the_inside_a_list_is_part_of_the_name(vocab: Vocabulary) -> None:
    employers, _ = workplaces("Shifts at venues such as Quarry Arena and The Loft Climbing Wall "
                              "pay about £12 an hour.", vocab)
    assert employers == ["Quarry Arena", "The Loft Climbing Wall"]
