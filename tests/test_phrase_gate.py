"""Phrase gates (``guides.phrase_gate``) skip only texts their patterns cannot match.

Each gated vocabulary pattern is compared with the same pattern run on every text: on texts
built from its own phrases' words (in any case, with the characters that case-insensitive
matching folds in other ways) the matches are the same.
"""

from __future__ import annotations

import re
import string

from hypothesis import given, settings
from hypothesis import strategies as st

from careergraph.guides import longform, phrase_gate
from careergraph.guides.course import course_words
from careergraph.guides.heading_data import word_lists
from careergraph.guides.hiring_cues import hiring_cues
from careergraph.guides.phrase_gate import PhraseGate, folded, key_words
from careergraph.guides.verb_lists import _vocabulary


def test_other_folds_are_every_character_matched_to_an_ascii_letter() -> None:
    every = "".join(chr(c) for c in range(0x80, 0x110000) if not 0xD800 <= c < 0xE000)
    found = set(re.findall(f"[{string.ascii_lowercase}]", every, re.IGNORECASE))
    assert found == set(phrase_gate._OTHER_FOLDS)


def test_key_words_keep_one_test_per_phrase_that_no_other_implies() -> None:
    assert key_words(["take on", "takes on", "taking on", "recruit"]) == (
        ("recruit",), ("take", "on"), ("taking", "on"))
    assert key_words(["naïve hire"]) is None  # a word that is not ASCII: no gate
    assert key_words([]) == ()


def test_a_gate_skips_a_text_without_its_words_and_searches_one_with_them() -> None:
    gate = PhraseGate(["turned to", "turn to"], r"\b(?:turned|turn)\s+to\s+(?P<x>\w+)")
    assert gate.search("Most of them TURNED   TO carpentry") is not None
    assert gate.search("Nothing about turning here") is None
    assert list(gate.finditer("")) == []
    assert gate.admits(None) and not gate.admits("turned away")


def test_folded_gives_up_on_text_with_other_folds() -> None:
    assert folded("Kiln WORK") == "kiln work"
    for odd in phrase_gate._OTHER_FOLDS:
        assert folded(f"a{odd}b") is None


def _gates() -> list[PhraseGate]:
    cues = hiring_cues()
    return [cues.hiring_list, cues.advert_list, cues.destination, cues.demand, cues.own_moves,
            _vocabulary().cue, course_words().signals, longform._MAIL_MARK,
            longform._LISTING_MARK]


def _pieces() -> list[str]:
    words: set[str] = set()
    for gate in _gates():
        for phrase in gate.words or ():
            words.update(phrase)
    phrases = {p for block in ("hiring", "course", "verb_lists")
               for lists in word_lists(block).values() for p in lists}
    pieces = sorted(words | phrases)
    return [*pieces, *(p.upper() for p in pieces), *(p.title() for p in pieces), " ", "  ",
            "\n", ", ", ": ", ". ", "Acme Ducts", "Brill", "the ", "we ", "s", "ſ", "\u212a",
            "İ", "ı", "é", "-", "'", "\nFROM:", "Date:", "view this email", "Salary:"]


_PIECES = _pieces()
_TEXT = st.lists(st.sampled_from(_PIECES), max_size=12).map("".join)


@settings(max_examples=600, deadline=None)
@given(_TEXT)
def test_gated_patterns_find_what_the_ungated_ones_find(text: str) -> None:
    for gate in _gates():
        expected = [(m.span(), m.groups()) for m in gate.pattern.finditer(text)]
        assert [(m.span(), m.groups()) for m in gate.finditer(text)] == expected
        if expected:
            assert gate.admits(folded(text))


def test_the_gates_let_their_own_phrases_through() -> None:
    cues = hiring_cues()
    for gate, text in [
            (cues.hiring_list, "Yards TAKING ON apprentices include Quay Works"),
            (cues.advert_list, "Latest  vacancies: Tern Ltd"),
            (cues.destination, "Our leavers have gone on to Brill"),
            (cues.demand, "Demand is growing in Ports"),
            (cues.own_moves, "I'm now with Acme Ducts"),
            (_vocabulary().cue, "Apprentices learn how to lay, set and cut"),
            (course_words().signals, "See the course calendar")]:
        assert gate.search(text) is not None and gate.pattern.search(text) is not None
