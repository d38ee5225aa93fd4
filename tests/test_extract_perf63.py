"""perf63's exact parse cuts: each gives the matches the pattern as written before gave.

- ``heading_data.phrase_alternation(..., by_first=True)``: the phrases grouped by their first
  character; compared with the flat alternation on random phrase lists and texts, in any
  letter case, and on every line of the ``dev`` and ``holdout`` pages for the no-pay phrases
  before a figure (``not_pay._money_words``), the one pattern that uses it.
- ``firm_sentences.trading_firms``: its pattern behind its literal tests (``Gated``): a line
  without a verb of trade is not searched; a firm's sentence is still read.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from careergraph.guides import firm_sentences
from careergraph.guides.heading_data import phrase_alternation, word_lists
from careergraph.guides.not_pay import _money_words

_WORDS = ["a", "ab", "abc", "b", "ba", "Ab", "AB", "pay", "pays", "paid", "per", "Per",
          "x1", "1x", "proof of", "proof", "of funds", "k", "s"]
_TEXT = ["a", "b", "c", "A", "B", "pay", "PAY", "Paid", "per", "proof", "of", "funds", " ",
         "  ", "\n", ",", ".", "1", "x", "K", "\u212a", "\u017f", "s", "S", "k", "-"]


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def test_by_first_groups_by_first_character() -> None:
    assert phrase_alternation(["go on to", "gain", "apply", "go"], by_first=True) == (
        r"g(?:o\s+on\s+to|ain|o)|apply")
    # (two first letters that differ only in case: one group, each written whole)
    assert phrase_alternation(["Ab", "ab", "b"], by_first=True) == "(?:Ab|ab)|b"
    assert phrase_alternation([], by_first=True) == ""


@pytest.mark.parametrize("phrases", [["$x", "pay"], ["\u017fo", "so"], ["-ab", "ab"]])
def test_by_first_is_flat_unless_every_phrase_opens_on_an_ascii_letter_or_digit(
        phrases: list[str]) -> None:
    assert phrase_alternation(phrases, by_first=True) == phrase_alternation(phrases)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=10),
       st.lists(st.sampled_from(_TEXT), max_size=30), st.booleans())
def test_by_first_matches_as_the_flat_alternation(phrases: list[str], pieces: list[str],
                                                  ignore_case: bool) -> None:
    text = "".join(pieces)
    flags = re.IGNORECASE if ignore_case else 0
    for shape in (r"(?:{})", r"\b(?:{})\b", r"(?:\b|(?-i:(?<=[a-z])(?=[A-Z])))(?:{})\b",
                  r"(?P<w>{})\s*(?P<n>\d)?"):
        flat = re.compile(shape.format(phrase_alternation(phrases)), flags)
        grouped = re.compile(shape.format(phrase_alternation(phrases, by_first=True)), flags)
        assert _spans(grouped, text) == _spans(flat, text)
        for pos in range(len(text) + 1):  # (the match at each place, as a reader's .match)
            got, want = grouped.match(text, pos), flat.match(text, pos)
            assert (got and got.span()) == (want and want.span())


_FIXTURES = Path(__file__).parent / "fixtures" / "extraction"


def _dev_lines() -> list[str]:
    return [line for folder in ("dev", "holdout")
            for page in sorted((_FIXTURES / folder).glob("*.txt"))
            for line in page.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_no_pay_phrases_before_a_figure_match_as_written_before() -> None:
    """The grouped pattern finds what the flat one (as written before perf63) finds, on
    every line of two development sets and on invented lines it fires on."""
    before = _money_words()[1]
    flat = re.compile(
        rf"(?:\b|(?-i:(?<=[a-z])(?=[A-Z])))"
        rf"(?:{phrase_alternation(word_lists('money_not_pay').get('before', ())) or '(?!)'})\b",
        re.IGNORECASE)
    assert before.pattern != flat.pattern  # (the grouped form is the one in use)
    phrases = word_lists("money_not_pay").get("before", ())
    invented = [f"Note the {phrase} of GBP 1,000 here" for phrase in phrases]
    invented += [f"per year{phrase.title()} 40,000" for phrase in phrases]
    fired = 0
    for line in [*_dev_lines(), *invented]:
        got = [(m.span(), m.group()) for m in before.finditer(line)]
        assert got == [(m.span(), m.group()) for m in flat.finditer(line)], line
        fired += bool(got)
    assert fired >= len(phrases)  # (every invented line holds its phrase)


def test_trading_firms_still_read_a_firms_sentence() -> None:
    assert firm_sentences.trading_firms("Tarn Crate Pty Ltd makes pallets for growers.") == [
        ("Tarn Crate Pty Ltd", "Tarn Crate")]
    assert firm_sentences.trading_firms("Tarn Crate makes pallets for growers.") == []


class _Refuses:
    """A pattern that fails the test if it is run (the gate must turn the line away)."""

    def finditer(self, *args: object) -> object:
        raise AssertionError("the pattern ran on a line its literal tests rule out")


def test_trading_firms_skip_a_line_without_a_verb_of_trade(monkeypatch: pytest.MonkeyPatch
                                                            ) -> None:
    gated = firm_sentences._trading_sentence()
    monkeypatch.setattr(gated, "_re", _Refuses())
    # (no verb of trade: not searched, though every capital of the line could open a name)
    assert firm_sentences.trading_firms("Harlow Crate Pty Ltd Of Essex, Since 1990.") == []
    with pytest.raises(AssertionError):
        firm_sentences.trading_firms("Harlow Crate Ltd makes pallets.")
