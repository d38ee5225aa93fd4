"""The page-family marks' literal gate: a mark is searched for only on a page holding one of
its literals, and the family found is always the one every mark searched on every line finds.

Lines are drawn from pieces of the marks themselves (so families are found), cased in every
way and with the characters ``re``'s case-insensitive matching pairs with ASCII letters in
other ways (``İ ı ſ K``, Greek ``µ μ``): the gate must never skip a mark that matches.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from hypothesis import given, settings
from hypothesis import strategies as st

from careergraph.guides.page_families import FamilyWords, _family, family_page, family_words
from careergraph.guides.phrase_gate import folded
from careergraph.guides.regex_literals import required_literals

_PIECES = ["Shared chat", "New chat", "You said:", "ChatGPT can make mistakes.", "Copy",
           "Book a session", "Request a call", "Similar mentors", "Top 5% mentor",
           "Image titled Step 1", "Download Article", "Method 2 of 3", "X Research source",
           "Helpful 3 Not Helpful 1", "Upvote", "Related questions", "Your answer",
           "Asked 3 years ago Viewed 10k", "Apply now", "Rotation 2 ok", "Start date:",
           "Support the show", "Apple Podcasts", "Ep. 12 pay", "[12:30] intro",
           "Work placements", "Who can apply", "Monday – visit", "Safeguarding",
           "Interview questions", "Q1. Why? ", "Experience:", "Good for", "Cause areas",
           "Tilers earn $30 an hour.", "ſhared chat", "Book a ſeſſion", "Kelvin: Book a call",
           "İmage tıtled Step 1", "Upvote ı", "µ mentoring time", "MENTORING TİME",
           "Rotatıon 3", "sponsored by", "SPONSORED BY", "Episode description"]
_ODD = "İıſKµμ\u0307ÅSsKkIi:-– ?.\n"


def reference(lines: Sequence[tuple[int, str]]) -> FamilyWords | None:
    """Every family's marks searched on every line (the code before the gate)."""
    for words in family_words():
        shown = sum(any(mark.search(text) for _, text in lines) for mark in words.marks)
        if shown >= words.min_marks:
            return words
    return None


def _recase(piece: str, flips: list[bool]) -> str:
    return "".join(c.swapcase() if flip else c
                   for c, flip in zip(piece, flips + [False] * len(piece), strict=False))


_line = st.one_of(
    st.builds(_recase, st.sampled_from(_PIECES), st.lists(st.booleans(), max_size=30)),
    st.text(alphabet=st.sampled_from(_ODD + "abcdefghijklmnopqrstuvwxyz"), max_size=30),
    st.builds(lambda a, b: a + b, st.sampled_from(_PIECES),
              st.text(alphabet=st.sampled_from(_ODD), max_size=4)))


@settings(max_examples=400, deadline=None)
@given(st.lists(_line, max_size=12))
def test_gated_family_is_the_family_every_mark_finds(texts: list[str]) -> None:
    lines = list(enumerate(texts, 1))
    found, expected = _family(lines), reference(lines)
    assert (found and found.name) == (expected and expected.name)


# (each mark's literals worked out once, not once an example: the same pure function of the
# pattern, which parses it again each call and was most of the property's time)
_literals_of = cache(required_literals)


@settings(max_examples=400, deadline=None)
@given(st.lists(_line, min_size=1, max_size=6))
def test_a_mark_matching_a_line_has_a_literal_in_the_folded_line(texts: list[str]) -> None:
    for words in family_words():
        for mark in words.marks:
            literals = _literals_of(mark.pattern, mark.flags)
            for text in texts:
                lowered = folded(text)
                if mark.search(text) and lowered is not None and literals is not None:
                    assert any(literal in lowered for literal in literals), (mark, text)


def test_literals_of_runs_groups_and_branches() -> None:
    assert required_literals(r"^share\s+improve this (?:answer|question)\b") == (
        "improve this ",)
    assert required_literals(r"\bfor (?:nonprofits|organi[sz]ations)\b") == (
        "nonprofits", "organi")
    assert required_literals(r"^(?:★\s*)?i want to help\b") == ("i want to help",)
    assert required_literals(r"^\d+:\d+$") == (":",)
    assert required_literals(r"^\d+\s*$") is None
    assert required_literals(r"^(?:good|\d+)$|^x") is None  # (a branch without one)
    assert required_literals("^ÉÀ$") is None  # (only ASCII makes a literal)
    assert required_literals(r"(?:ab)+c") == ("ab",)
    assert required_literals(r"(?:ab)*c") == ("c",)


def test_every_bundled_mark_still_finds_its_own_lines() -> None:
    # A literal that is not in every match would hide a family: each family is still found
    # from lines printing its marks, cased oddly and with ſ for s.
    chat = [(1, "SHARED CHAT"), (2, "ChatGPT can make miſtakes. Check important info.")]
    mentor = [(1, "Book a Session"), (2, "request a CALL")]
    assert (page := family_page(chat)) is not None and page.family == "chatexport"
    assert (page := family_page(mentor)) is not None and page.family == "mentorprofile"
    assert family_page([(1, "Shared chat"), (2, "Tilers earn $30.")]) is None
    assert re.search("miſtakes", "mistakes", re.IGNORECASE)
