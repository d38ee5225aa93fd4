"""The parser's regex gates find exactly what the patterns without them find.

A pattern scanned over a whole page or line may open with a test of the characters a match
can start with (``(?=[…])`` or ``\\b(?=[…])``): the regex engine tries every position, and a
one-character test fails faster than the alternatives behind it.  These properties compare
each gated pattern with the same pattern without its gate, and the other shortcuts (the
first amount found alone, a rung subject found by two patterns, the years pre-check) with
the general code, on texts built from the pieces that make the cases differ.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from careergraph.guides import (
    amounts,
    items,
    ladders,
    longform_headings,
    longform_ladders,
    longform_lines,
    money_grammar,
    page_money,
    pay_owners,
    roles,
    stated_ladders,
    workplaces,
)
from careergraph.guides.amounts import find_amounts, find_money

# (pattern, its gate): the reference is the pattern with the gate taken out.
_GATED = [
    (page_money._MARK, "(?=[$€£₹¥₦₱৳A-Z])"),
    (page_money._DOLLAR_SIGNS, "(?=[A-Z])"),
    (money_grammar._CURRENCY, "(?=[A-Z$€£₹¥₦₱৳₩฿₪₮₽₸₼lcywbk円원元₫\\d])"),
    (amounts._SPLIT_GROUP, "(?=[$€£₹₱KPR])"),
    (amounts._SPACED, "(?=[R$€£CZESND])"),
    (stated_ladders._LADDER_SAID, "(?=[utncs])"),
    (stated_ladders._RANKS_SAID, "(?=[pcdsrt])"),
    (workplaces._WORKPLACE_CUE, "(?=[ehrwgsbdpfjovintl])"),
    (pay_owners._RELATIVE, "(?=[A-Z])"),
    (longform_headings._PRICED, "(?=[€£₹₱₦¥৳A-Z\\d])"),
    (longform_lines._SKILL_INTRO, "(?=[sacywte])"),
    (items.IMPERATIVE_LEAD, "(?=[nhoms])"),
    (roles._SUFFIX_WORD, "(?=[acjrfspwtdli])"),
]

_PIECES = [
    "yen", "円", "万", "₫", "VND", "US", "US$", "U.S.", "Canada", "Australian", "Hong Kong",
    "Jamaican Dollars", "$", "€",
    "£", "₹", "Rs.", "R", "Ksh", "KShs.", "Php", "RM", "Tk.", "S/", "N", "CHF", "EUR", "GBP",
    "lakh", "LPA", "crore", "L", "4", "12", "500", "4 500", "31, 534", "1,200", "2.5", " ",
    " ", ", ", ". ", "-", "–", "to", "x", "a", "Senior ", "senior ", "Lead ", "usual ",
    "Typical ", "career ", "path ", "route ", "is ", "are: ", "promoted ", "Rise ", "through ",
    "to ", "the ranks of ", "employed by ", "Work for ", "works at ", "gained in ",
    "starts as a ", "demand came from ", "nurse ", "at ", "The ", "ſ", "\u212a", "İ", "é", "&",
    "(", ")",
    "Chief Nurse", ", who is paid", " earning", "skills", "You will learn", "need to", "Must",
    " won", "3,400만원", "8千元", "1.5万元",
    ":", "Career", "FAQ", "salary", "Roadmap", "PEN", "1,940", "and Allied Workers",
    "Promotion Criteria", "Levelling Guide", "Competency Matrix", "Interview Questions",
    "find them in ", "worked in ", "Clear ", "direct ", "structured ", "defined ", "pathway ",
    "the path ", "leads ", "then ",
    "Jobs are found mainly with ", "openings are common at ", "in demand at ", "needed in ",
]
_TEXT = st.lists(st.sampled_from(_PIECES), max_size=14).map("".join)


_Found = list[tuple[tuple[int, int], tuple[str | None, ...]]]


def _matches(pattern: re.Pattern[str], text: str) -> _Found:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


@pytest.mark.parametrize(("pattern", "gate"), _GATED, ids=lambda p: getattr(p, "pattern", p)[:24])
def test_every_gate_is_in_its_pattern(pattern: re.Pattern[str], gate: str) -> None:
    assert gate in pattern.pattern


@settings(max_examples=400, deadline=None)
@given(_TEXT)
def test_gated_patterns_match_as_without_their_gate(text: str) -> None:
    for pattern, gate in _GATED:
        plain = re.compile(pattern.pattern.replace(gate, "", 1), pattern.flags)
        assert _matches(pattern, text) == _matches(plain, text), pattern.pattern


@settings(max_examples=400, deadline=None)
@given(_TEXT)
def test_rung_subject_in_two_patterns_is_the_one_pattern(text: str) -> None:
    one = re.compile(rf"(?:^|[.!?]\s)(?:{longform_ladders._RUNG_WORDS})\s", re.IGNORECASE)
    two = longform_ladders._RUNG_OPENING.match(text) or longform_ladders._RUNG_SUBJECT.search(text)
    assert (two is not None) == (one.search(text) is not None)


@settings(max_examples=400, deadline=None)
@given(_TEXT, st.booleans())
def test_first_amount_alone_is_the_first_of_all(text: str, bare: bool) -> None:
    every = find_amounts(text, bare=bare)
    assert find_money(text, bare=bare) == (every[0] if every else None)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["Junior ", "Baker ", "Head ", "0", "2", "9", " - ", " to ",
                                 "+", " ", "$40k "]), max_size=14).map("".join))
def test_no_years_range_means_no_titled_years(text: str) -> None:
    if ladders._YEARS.search(text) is None:
        assert ladders._TITLE_YEARS.search(text) is None


def test_first_amount_of_a_range_then_another() -> None:
    money = find_money("between $90,000 and $120,000 a year, or £50k in London")
    assert money is not None and (money.low, money.high, money.currency) == (90000, 120000, "USD")


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["- ", "L", "Level ", "IC", "M", "3", ": ", "Manager ", "IC ",
                                 "Track", "track:", " ", "Senior Baker"]), max_size=8)
       .map("".join))
def test_a_track_line_is_never_a_level_line(text: str) -> None:
    # level_tracks tests the level first and the track only on a level line
    assert not (ladders._TRACK_LINE.match(text) and ladders._LEVEL_LINE.match(text))
