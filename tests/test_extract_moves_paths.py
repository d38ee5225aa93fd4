"""Moves told across a line break and paths listed with ", then" (helper moves7, studied real
sets).

Each test writes its own invented sentence or small page in one structure and asserts the
moves read; each rule has a case where it must not fire.
"""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.moves import prose_steps
from careergraph.guides.vocab import Vocabulary
from careergraph.guides.workplace_kinds import places_in
from careergraph.lexicon import load_lexicon
from guide_facts import names, steps

VOCAB = Vocabulary.from_lexicon(load_lexicon())


# -- a move's sentence broken at the end of a line ---------------------------------------------
def test_a_move_sentence_read_on_into_the_next_line() -> None:
    guide = parse_text(
        "Ferry Purser\n"
        "Ferry pursers run the passenger desk and the ship's cash on crossings of the lake.\n"
        "\n"
        "Where our pursers come from: many trained at hotel schools; others were\n"
        "airline stewards or cruise receptionists before joining.\n"
        "\n"
        "Pay is agreed each season.\n",
        "fp.txt")
    assert {"Airline Steward", "Cruise Receptionist"} <= names(guide.moves_in)


def test_a_finished_sentence_takes_nothing_from_the_next_line() -> None:
    guide = parse_text(
        "Ferry Purser\n"
        "Ferry pursers run the passenger desk and the ship's cash on crossings of the lake.\n"
        "\n"
        "Some pursers started as deckhands.\n"
        "harbour clerks and ticket agents also apply each spring.\n",
        "fp.txt")
    assert "Harbour Clerk" not in names(guide.moves_in)
    assert "Ticket Agent" not in names(guide.moves_in)


# -- a path listed with ", then" ----------------------------------------------------------------
def test_a_lower_case_path_listed_with_then_is_a_ladder() -> None:
    found = prose_steps("Most curators described their route as gallery assistant, then "
                        "assistant curator, then curator and head of collections.", VOCAB)
    assert found == [("Gallery Assistant", "Assistant Curator"),
                     ("Assistant Curator", "Curator"), ("Curator", "Head of Collections")]


def test_titles_listed_before_then_are_earlier_steps() -> None:
    found = prose_steps("The usual climb is deck cadet, junior officer, then watch officer.",
                        VOCAB)
    assert found == [("Deck Cadet", "Junior Officer"), ("Junior Officer", "Watch Officer")]


def test_a_place_after_the_first_title_and_to_or_an_adverb_are_no_part_of_a_step() -> None:
    found = prose_steps("The job usually starts as trainee plasterer in a small firm, then "
                        "usually site plasterer, then to plastering supervisor.", VOCAB)
    assert found == [("Trainee Plasterer", "Site Plasterer"),
                     ("Site Plasterer", "Plastering Supervisor")]


def test_a_path_ends_at_an_item_that_is_no_title_or_at_an_alternative() -> None:
    assert prose_steps("Work as a porter, then retrain in nursing.", VOCAB) == []
    assert prose_steps("Start as a cook, then a chef or a baker.", VOCAB) == []
    # ("director of lettings and sales" is one title: no step to its first half)
    assert ("Branch Negotiator", "Director of Lettings") not in prose_steps(
        "The next step is often branch negotiator, then director of lettings and sales.", VOCAB)


def test_items_that_are_not_people_name_no_path() -> None:
    assert prose_steps("We stock oak, ash, then walnut for the benches.", VOCAB) == []


def test_a_listed_path_on_a_page_is_its_ladder() -> None:
    guide = parse_text(
        "Kiln Operator\n"
        "Kiln operators fire brick and tile in tunnel kilns.\n"
        "\n"
        "Most operators describe the path as yard hand, then kiln operator, then shift "
        "supervisor and plant manager.\n",
        "ko.txt")
    assert {("Yard Hand", "Kiln Operator"), ("Kiln Operator", "Shift Supervisor"),
            ("Shift Supervisor", "Plant Manager")} <= steps(guide)


def test_a_sentences_capital_on_the_first_item_of_a_lower_case_path() -> None:
    assert prose_steps("It is a real ladder. Scaffolder, then lead scaffolder, then a design "
                       "ticket.", VOCAB) == [("Scaffolder", "Lead Scaffolder")]
    assert prose_steps("The next rungs are Yard Manager, then Head of Logistics.", VOCAB) == []


def test_become_after_then_is_left_to_the_move_cues() -> None:
    # ("start as A, then become B": B is a rung into the role, read with the "start as" cue)
    assert prose_steps("Most start as a deck boy, then become an assistant purser.", VOCAB) == []
    assert prose_steps("I began as a junior rigger, then became a rigger.", VOCAB) == []


# -- kinds of workplace listed after "in" --------------------------------------------------------
def test_three_or_more_kinds_of_workplace_after_in_are_sectors() -> None:
    assert places_in("Ushers seat guests and check tickets in theatres, cafes and concert "
                     "venues.") == ["theatres", "cafes", "concert venues"]
    # (the preposition again before each item)
    assert places_in("Riggers work at height in ports, in paper mills and in shipyards."
                     ) == ["ports", "paper mills", "shipyards"]


def test_a_list_after_in_with_an_item_that_is_no_place_names_no_sector() -> None:
    assert places_in("Shifts are longer in winter, spring and summer.") == []
    assert places_in("Trainees rotate in kitchens, teams and classrooms.") == []
    assert places_in("Most work in hotels and restaurants.") == []  # (two: read by "work in")


def test_places_listed_in_a_related_careers_section_are_another_jobs() -> None:
    guide = parse_text(
        "Usher\n"
        "Ushers seat guests and check tickets.\n"
        "\n"
        "Related careers\n"
        "Caterers cook and serve food in hotels, pubs and conference venues.\n",
        "u.txt")
    assert "pubs" not in names(guide.sectors)
