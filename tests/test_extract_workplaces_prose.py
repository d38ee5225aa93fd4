"""Kinds of workplace named in running prose, in shapes found across the studied sets
(helper "movesect"): a past-tense "worked in" list, and the role's holders "at" several
kinds with their pay.  Each page is written here, with invented roles and numbers."""

from __future__ import annotations

import pytest

from careergraph.guides import parse_text
from careergraph.guides.vocab import Vocabulary
from careergraph.guides.workplaces import workplaces
from careergraph.lexicon import load_lexicon


@pytest.fixture(scope="module")
def vocab() -> Vocabulary:
    return Vocabulary.from_lexicon(load_lexicon())


def test_worked_in_lists_the_kinds_of_workplace(vocab: Vocabulary) -> None:
    sentence = ("Of those surveyed, most worked in council depots, bus garages and "
                "coach firms.")
    assert workplaces(sentence, vocab)[1] == ["council depots", "bus garages", "coach firms"]
    # how or whose, not where: no kind
    assert workplaces("She worked in teams of four, working in people's homes.", vocab) == (
        [], [])


def test_holders_at_several_kinds_with_their_pay(vocab: Vocabulary) -> None:
    sentence = ("Salaried groomers at pet superstores, boarding kennels and mobile vans are "
                "usually paid $18 to $24 an hour.")
    assert workplaces(sentence, vocab, "Groomer")[1] == [
        "pet superstores", "boarding kennels", "mobile vans"]
    # one kind with a figure compares pay ("at large chains earn more"): no sector
    assert workplaces("Groomers at large grooming chains earn $30 an hour.", vocab,
                      "Groomer")[1] == []
    # another role's holders say nothing of this role's workplaces
    assert workplaces("Receptionists at vet clinics and kennels earn $15.", vocab,
                      "Groomer")[1] == []


def test_worked_in_on_a_page_gives_sectors() -> None:
    page = ("Farrier\n\nOur 2025 survey\n\nIn last year's survey, 60 per cent worked in "
            "racing stables, riding schools and livery yards.\n")
    sectors = [fact.text for fact in parse_text(page, "farrier.txt").sectors]
    assert {"racing stables", "riding schools", "livery yards"} <= set(sectors)
