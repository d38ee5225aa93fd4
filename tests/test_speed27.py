"""Speed round 27: each gate put before a per-line pattern gives what the pattern gave alone.

Every cut is compared with the rule as written before it, on random texts built from the
patterns' own words and on the lines of two development fixture sets (``dev``, ``holdout``;
never the unseen set), plus an invented line each rule fires on and one it must not.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from careergraph.guides import longform_headings, page_money, skill_cues, told_duties
from careergraph.guides.gated_re import Gated
from careergraph.guides.literals import AnyOf
from careergraph.guides.wage_schedule import _whole_words, not_pay_heading, schedule_words

_FIXTURES = Path(__file__).parent / "fixtures" / "extraction"


@cache
def _fixture_lines() -> tuple[str, ...]:
    """The lines of the ``dev`` and ``holdout`` pages (development data only)."""
    lines: list[str] = []
    for folder in ("dev", "holdout"):
        for page in sorted((_FIXTURES / folder).glob("*.txt")):
            lines.extend(page.read_text(encoding="utf-8").splitlines())
    return tuple(line for line in lines if line.strip())


def _recased(pieces: list[str], flips: list[bool]) -> str:
    text = "".join(pieces)
    return "".join(c.swapcase() if flip else c
                   for c, flip in zip(text, flips + [False] * len(text), strict=False))


def _texts(words: list[str]) -> st.SearchStrategy[str]:
    odd = [" ", "  ", ",", ", ", ".", "(", ")", "\n", "İ", "ſ", "K", "é", "’", "s", "S", "2026",
           "a", "A", "Ab", "x"]
    return st.builds(_recased, st.lists(st.sampled_from([*words, *odd]), max_size=14),
                     st.lists(st.booleans(), max_size=40))


# -- the heading's notes: the five note patterns only where the text holds "(" -------------

def _noted_chain_before(text: str) -> str:
    """The first step of ``_noted`` as written before speed27 (no bracket test)."""
    lh = longform_headings
    return lh._DATED_SOURCE.sub("", lh._FROM_DATE.sub("", lh._HEADING_NOTE.sub(
        "", lh._CURRENCY_NOTE.sub("", lh._SURVEY_NOTE.sub("", text) if (
            "urvey" in text or "eview" in text or "enchmark" in text) else text))))


_NOTE_WORDS = ["Pay", "Salary", "Wage rates", " (", "(", ")", "from", "Survey", "Review",
               "2026", "2026/27", " — from", " – via", "NZD", "CAD,", "full time", "hours",
               "the", "union", "Benchmark", "as of", "effective", "1 July", "Earnings"]


@settings(max_examples=400, deadline=None)
@given(_texts(_NOTE_WORDS))
def test_heading_notes_cut_only_where_a_bracket_is(text: str) -> None:
    # (the gate's claim: the chain leaves a text without "(" as it is; with one, _noted
    # runs the same chain as before)
    if "(" not in text:
        assert _noted_chain_before(text) == text


def test_heading_notes_on_fixture_lines_and_invented_headings() -> None:
    for line in _fixture_lines():
        if "(" not in line:
            assert _noted_chain_before(line) == line
    assert longform_headings._noted("Pay guide (NZD, 2026, varies by owner)") == "Pay guide"
    assert longform_headings._noted("Wage rates (from 1 July 2026)") == "Wage rates"
    assert longform_headings._noted("Typical pay by region") == "Typical pay by region"


# -- the capitals test of a heading: the "s"-to-"S" test before the plural pattern ---------

def _caps_before(text: str) -> bool:
    lh = longform_headings
    if not text.isupper() and not ("s " in text and lh._PLURAL_ACRONYM.sub("S", text).isupper()):
        return False
    return lh._caps_heading(text)


@settings(max_examples=400, deadline=None)
@given(_texts(["HOW", "ODPs", "PROGRESS", "HERE", "s ", "Ss", "GPs", "XYZs", "ABCDs", "[02]",
               "SALARY", "s", "ſ", "İ"]))
def test_capitals_heading_as_before(text: str) -> None:
    assert longform_headings._caps_heading(text) == _caps_before(text)


def test_capitals_heading_on_fixture_lines_and_invented_lines() -> None:
    for line in _fixture_lines():
        assert longform_headings._caps_heading(line) == _caps_before(line)
    assert longform_headings._caps_heading("WHERE GPs WORK")
    assert not longform_headings._caps_heading("Where GPs work")


# -- the cue pattern searched from its first cue head ------------------------------------

def _cues() -> tuple[str, ...]:
    from careergraph.guides.vocab import Vocabulary
    from careergraph.lexicon import load_lexicon

    leading, _ = skill_cues._split_cues(Vocabulary.from_lexicon(load_lexicon()).headings.skill_cues)
    return leading


def _spans_both_ways(sentence: str, cues: tuple[str, ...]) -> tuple[list[tuple[int, int]],
                                                                    list[tuple[int, int]]]:
    from careergraph.guides.phrase_gate import folded

    _, pattern = skill_cues._cue_pattern(cues)
    start = skill_cues._first_head(skill_cues._cue_heads(cues), folded(sentence))
    return ([m.span() for m in pattern.finditer(sentence)],
            [m.span() for m in pattern.finditer(sentence, start)])


_CUE_WORDS = ["look for", "Look For", "good at", "Training", "training at the yard covers",
              "the course covers", "learn", "Learn", "we’re assessing", "such as", "skills in",
              "experience with", "x", "knowledge of", "The programme for apprentices covers"]


@settings(max_examples=300, deadline=None)
@given(_texts(_CUE_WORDS))
def test_cue_matches_from_the_first_head_are_every_match(text: str) -> None:
    whole, started = _spans_both_ways(text, _cues())
    assert started == whole


def test_cue_matches_on_fixture_lines_and_invented_sentences() -> None:
    cues = _cues()
    for line in _fixture_lines():
        whole, started = _spans_both_ways(line, cues)
        assert started == whole
    # a cue after other words, one opening its sentence ("^"), one with a gap
    assert skill_cues._first_head(AnyOf(["look for", "good at"]),
                                  "they are good at it; look for more") == 9
    assert skill_cues.cued_skills("Honestly you need to be good at Tarn, Quibble and forecasting.",
                                  ("good at",)) == ["Tarn", "Quibble", "forecasting"]
    assert skill_cues.cued_skills("Learn Brindle and the yard's signalling rules early.",
                                  ("^learn",)) == ["Brindle", "yard's signalling rules"]
    assert skill_cues.cued_skills("Training at Oakvale covers rigging, slinging and welding.",
                                  ("^training … covers",)) == ["rigging", "slinging", "welding"]
    # ("^": a cue word inside the sentence opens nothing)
    assert skill_cues.cued_skills("You should learn Brindle and Tarn.", ("^learn",)) == []


def test_cue_heads_off_for_letters_folded_otherwise() -> None:
    assert skill_cues._cue_heads(("σχέδιο",)) is None  # (Greek: case folding pairs σ and ς)
    assert skill_cues._cue_heads(("we’re assessing",)) is not None  # (’ has no case)
    assert skill_cues._first_head(None, "look for") == 0
    assert skill_cues._first_head(AnyOf(["look for"]), None) == 0


# -- the dollar countries: the pattern only on a line holding one of its literals ----------

def _dollars_before(text: str) -> frozenset[str]:
    return frozenset(page_money._DOLLARS[index]
                     for match in page_money._DOLLAR_SIGNS.finditer(text)
                     for index, group in enumerate(match.groups()) if group)


_DOLLAR_PIECES = ["US", "U.S.", "USD", "US$", "A$", "C$", "CA$", "NZ$", "NZ", "S$", "HK$",
                  "Portland", " OR", ", TX", "Perth", ", WA", "Sydney", "Melbourne", "Toronto",
                  "Ontario", "Québec", "Quebec", "Montréal", "B.C.", " ON", ", VIC", "NOC 72203",
                  "ABN 12", "CAD 72,000", "CAD a year", "Pay (CAD)", "annual, CAD)", "Darwin NT",
                  "Pty Ltd", "Belize", "BZ$", "Taiwan", "NT$", "Jamaica", "Trinidad", "AUDIO",
                  "Aotearoa", "$9", " 2026", "Ab", "Canadian", "CANADIAN", "AHPRA"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from([*_DOLLAR_PIECES, " ", ", ", "x", "a", ".", "\n", "(", ")"]),
                max_size=12))
def test_dollar_countries_gated_are_those_of_the_pattern(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert page_money.named_dollars(text) == _dollars_before(text)
    if _dollars_before(text):
        assert page_money._DOLLAR_WORDS.search(text)  # (the gate's claim)


def test_dollar_countries_on_fixture_lines_and_invented_lines() -> None:
    for line in _fixture_lines():
        assert page_money.named_dollars(line) == _dollars_before(line), line
    assert page_money.named_dollars("Hobart, part-time: $31.10/hr") == {"AUD"}
    assert page_money.named_dollars("Earns $31.10 an hour on the night shift") == frozenset()


# -- two patterns moved behind Gated ------------------------------------------------------

@settings(max_examples=300, deadline=None)
@given(_texts(["helped", "Help", "assisting", " and ", "to ", "assist", "run", "the", "ovens",
               "Helping", "ASSISTED"]))
def test_help_opening_gated_as_the_pattern(text: str) -> None:
    assert isinstance(told_duties._HELP, Gated)
    plain = re.compile(told_duties._HELP.pattern, told_duties._HELP.flags)
    assert told_duties._HELP.sub("", text) == plain.sub("", text)


def test_help_opening_on_invented_items() -> None:
    # (the help verb goes: the duty verb after it opens the item)
    assert told_duties.told_opening("Helped maintain the kiln's burners", base=True)
    assert not told_duties.told_opening("Helpdesk hours: 9 to 5", base=True)


@settings(max_examples=300, deadline=None)
@given(_texts(["Fees", "and", "funding", "FRINGE", "BENEFITS", "special pay", "Salary",
               "fee", "feed", "bursaries", "Incentives", "(not wages)", "_fees"]))
def test_no_pay_heading_words_gated_as_the_pattern(text: str) -> None:
    gated = _whole_words(schedule_words().not_pay_headings)
    plain = re.compile(gated.pattern, gated.flags)
    assert isinstance(gated, Gated) and gated.tests
    assert (gated.search(text) is None) == (plain.search(text) is None)
    assert gated.sub(" ", text) == plain.sub(" ", text)


def test_no_pay_headings_on_invented_headings() -> None:
    assert not_pay_heading("Bursaries and course costs")
    assert not not_pay_heading("What the crew earn")
