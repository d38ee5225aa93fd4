"""Employers named with an ampersand in brackets after their kind, and names glued into one
row after an acronym (helper "employers4").  Invented organisations and wording."""

from __future__ import annotations

import pytest

from careergraph.guides.vocab import Vocabulary
from careergraph.guides.workplaces import workplaces
from careergraph.lexicon import load_lexicon


@pytest.fixture(scope="module")
def vocab() -> Vocabulary:
    return Vocabulary.from_lexicon(load_lexicon())


def test_bracketed_name_with_an_ampersand(vocab: Vocabulary) -> None:
    found, kinds = workplaces("Two winters now at a family restaurant (Crumb & Kettle), 5am "
                              "starts.", vocab, "cook")
    assert found == ["Crumb & Kettle"]
    assert "Crumb & Kettle" not in kinds


def test_bracketed_name_and_owner_with_ampersands(vocab: Vocabulary) -> None:
    found, _ = workplaces("I was a porter at a 90-room hotel (the Finch & Quill, part of "
                          "Larch & Moss Hotels) for a year.", vocab, "porter")
    assert found == ["Finch & Quill", "Larch & Moss Hotels"]


def test_a_lone_ampersand_word_is_no_name(vocab: Vocabulary) -> None:
    found, _ = workplaces("I temp at a clinic (& love it), mostly nights.", vocab, "nurse")
    assert found == []
