"""A move up whose subject is another rung, named as a plural title: "…, and Kiln Supervisors
may go on to become Plant Manager" on a Kiln Operator's page is the supervisor rung's step, not
the operator's own move. A share of people ("Some …"), a firm or the role itself keeps the old
reading.

Every page is invented here (roles, places, figures).
"""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.moves import prose_moves, prose_steps
from careergraph.guides.vocab import Vocabulary
from careergraph.lexicon import load_lexicon

_VOCAB = Vocabulary.from_lexicon(load_lexicon())

HEARING = ("Kiln Operator\n\nProgression\n\n"
           "The panel heard that operators usually progress to Kiln Supervisor after three "
           "years, and that Kiln Supervisors may go on to become Plant Manager, a salaried "
           "post.\n")


def _up(sentence: str, own: str) -> list[str]:
    return prose_moves(sentence, _VOCAB, own)["up"]


def test_a_plural_titled_subject_owns_the_move() -> None:
    sentence = "Glaze Technicians can go on to become Studio Manager."
    assert _up(sentence, "Kiln Operator") == []
    assert prose_steps(sentence, _VOCAB) == [("Glaze Technician", "Studio Manager")]


def test_the_page_keeps_the_rung_step_and_no_move_of_its_own() -> None:
    ladders = [[fact.text for fact in chain]
               for chain in parse_text(HEARING, "kiln-operator.txt").progressions]
    assert ["Kiln Supervisor", "Plant Manager"] in [ladder[-2:] for ladder in ladders]
    assert _up(HEARING.splitlines()[-1], "Kiln Operator") == ["Kiln Supervisor"]


def test_a_share_of_people_a_firm_or_the_role_itself_keeps_the_role_move() -> None:
    assert _up("Some Glaze Technicians may go on to become Studio Manager.",
               "Kiln Operator") == ["Studio Manager"]
    assert _up("Kiln Operators can go on to become Shift Lead.", "Kiln Operator") == [
        "Shift Lead"]
    assert prose_steps("Harbourside Ceramics may go on to become a Studio Manager.",
                       _VOCAB) == []


def test_the_roles_own_holders_by_a_qualifier_keep_the_role_move() -> None:
    assert _up("Experienced Glaze Technicians can go on to become Studio Manager.",
               "Glaze Technician") == ["Studio Manager"]
    assert prose_steps("Experienced Glaze Technicians can go on to become Studio Manager.",
                       _VOCAB, "Glaze Technician") == []
