"""Shared parse helpers made cheaper give exactly what the code they replace gave.

Each test builds texts from the characters and words that decide the case (letters and
digits of several scripts, joiners, cue words) and compares the faster helper with the
plain version of the same rule.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from careergraph.guides.amounts import find_amounts, find_money
from careergraph.guides.headings import _word_starts
from careergraph.guides.text import Line
from careergraph.guides.vocab import Vocabulary
from careergraph.guides.workplaces import _ANY_CUE, _ANY_CUE_GATE, workplaces
from careergraph.guides.wrap import _SPLIT_WORD, _split_words_joined
from careergraph.lexicon import load_lexicon

_VOCAB = Vocabulary.from_lexicon(load_lexicon())


def _starts_by_scan(text: str) -> list[int]:
    """Word starts found character by character (the loop the regex replaced)."""
    return [i for i, char in enumerate(text)
            if char.isalnum() and (i == 0 or not text[i - 1].isalnum())]


@settings(max_examples=400)
@given(st.text(alphabet="aZ9_-' &.\u00e9\u0661\u00b2\u2163\u0300\u4e00\u00a0\t", max_size=30))
def test_word_starts_match_the_character_scan(text: str) -> None:
    assert _word_starts(text) == _starts_by_scan(text)


def test_word_starts_of_a_heading() -> None:
    assert _word_starts("Pay & perks: 2nd-year") == [0, 6, 13, 17]


_PAY_PIECES = ["Junior", " pay", " $", "52,000", " - ", "£", "61k", " a year", " per month",
               "Rs. ", "4 500", ", ", "Level 2", " (", ")", " 2023", "."]


@settings(max_examples=300)
@given(st.lists(st.sampled_from(_PAY_PIECES), max_size=8), st.booleans())
def test_first_money_is_the_first_amount_found(pieces: list[str], bare: bool) -> None:
    text = "".join(pieces)
    amounts = find_amounts(text, bare=bare, only_first=True)
    expected = amounts[0] if amounts else None
    assert find_money(text, bare=bare) == expected
    assert find_money(text, bare=bare) == expected  # the remembered answer is the same


def test_first_money_of_a_repeated_pay_line() -> None:
    first = find_money("Starting pay: $48,500 a year")
    again = find_money("Starting pay: $48,500 a year")
    assert first is not None and first.low == 48500
    assert again == first


_CUE_PIECES = [*_ANY_CUE, "welders ", "fix ", "pipes", " at ", "acme shipyards", ", ",
               "hospitals", ". ", "wor", "k", "e.g", "%", ")"]


@settings(max_examples=400)
@given(st.lists(st.sampled_from(_CUE_PIECES), max_size=6))
def test_workplace_gate_is_the_cue_test(pieces: list[str]) -> None:
    lowered = "".join(pieces)
    assert _ANY_CUE_GATE.search(lowered) == any(cue in lowered for cue in _ANY_CUE)


def test_a_line_without_cues_names_no_workplace() -> None:
    assert workplaces("Welders fix pipes at night.", _VOCAB) == ([], [])


@settings(max_examples=400)
@given(st.text(alphabet="ab-Z \n\t\u00e9", max_size=12))
def test_split_word_needs_a_final_hyphen(text: str) -> None:
    stripped = text.rstrip()
    assert bool(_SPLIT_WORD.search(stripped)) == (
        stripped.endswith("-") and bool(_SPLIT_WORD.search(stripped)))


def test_a_word_broken_at_a_line_end_is_joined() -> None:
    lines = [Line(1, "trained as a ther-"), Line(2, "apist in clinics"), Line(3, "Pay")]
    assert [(line.no, line.text) for line in _split_words_joined(lines)] == [
        (1, "trained as a therapist in clinics"), (3, "Pay")]


def test_names_matched_only_as_written_skip_other_spellings() -> None:
    gazetteer = _VOCAB.gazetteer
    assert gazetteer is not None
    found = [m.text for m in gazetteer.find("Our rangers use R and go-karts, not r or Go.")]
    assert "R" in found and "Go" in found
    assert "r" not in found and "go" not in found
