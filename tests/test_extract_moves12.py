"""Moves told by the team, department or field they go to, then the title held there ("a
rotation to the claims team as Claims Handler or to audit as Internal Auditor", "the other
route is into payroll as a payroll clerk").

Every page is invented here (roles, teams, places).
"""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.field_moves import field_moves
from careergraph.guides.vocab import Vocabulary
from careergraph.lexicon import load_lexicon

_VOCAB = Vocabulary.from_lexicon(load_lexicon())


def _page(sentence: str) -> str:
    return ("Harbour Pilot\n\n"
            "A harbour pilot guides ships into port and plans each berthing with the crew.\n\n"
            f"Career notes\n\n{sentence}\n")


def _out(sentence: str) -> set[str]:
    guide = parse_text(_page(sentence), "pilot.txt")
    return {f.text for f in (*guide.leads_to, *guide.transitions_to)}


def test_each_choice_of_team_and_title_is_a_move() -> None:
    sentence = ("I am also open to a secondment to the marine operations team as Port "
                "Scheduler or to the safety unit as Risk Analyst for a year.")
    assert field_moves(sentence, _VOCAB, "Harbour Pilot") == ["Port Scheduler", "Risk Analyst"]


def test_a_field_then_as_names_the_title_moved_to() -> None:
    moves = _out("The other route pilots take here is into training as a simulator "
                 "instructor, since they know the channels.")
    assert "Simulator Instructor" in moves
    assert not any("Since" in title or "Channel" in title for title in moves)


def test_apply_to_a_named_team_as_a_title() -> None:
    moves = _out("Pilots with five years' service may also apply to the regional vessel "
                 "traffic team as a Traffic Controller.")
    assert "Traffic Controller" in moves


def test_no_place_or_no_title_is_no_move() -> None:
    for sentence in ("Most pilots go to work as soon as the tide turns.",
                     "The port moved to the new terminal as planned.",
                     "New pilots move to Dunmore as trainees.",
                     "Crews switched to the night roster as a team.",
                     # (an earlier job: the move into the pilot's own field came after it)
                     "Some move into pilotage after working as deckhands or tug masters.",
                     "I moved into pilotage after nine years as a ferry mate."):
        assert field_moves(sentence, _VOCAB, "Harbour Pilot") == [], sentence


def test_the_own_title_is_no_move() -> None:
    assert field_moves("Deck officers often transfer to the pilotage service as harbour "
                       "pilots.", _VOCAB, "Harbour Pilot") == []


def test_a_list_goes_on_past_one_name_the_vocabulary_lacks() -> None:
    guide = parse_text(_page("Applicants need one year of experience as a dock clerk, "
                             "bollard checker or warehouse helper."), "pilot.txt")
    earlier = {f.text for f in guide.moves_in}
    assert {"Dock Clerk", "Warehouse Helper"} <= earlier
    assert not any("Checker" in title for title in earlier)  # (left out, not guessed)


def test_a_list_of_no_titles_still_ends_at_its_first_unknown_item() -> None:
    guide = parse_text(_page("Many start as a deckhand, then learn tides, charts and "
                             "seamanship."), "pilot.txt")
    assert {f.text for f in guide.moves_in} == {"Deckhand"}
