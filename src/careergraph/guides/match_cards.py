"""A career-quiz result's other matches, one card a line: a title, its match percentage and
its pay ("Oceanographer 88% match · ₹7 – 14 LPA", "Radiographer · 86% · £29,970 to
£36,483").  The card's figure belongs to its title, never to the page's top match.

>>> match_card("Oceanographer 88% match · ₹7 – 14 LPA")
('Oceanographer', '₹7 – 14 LPA')
>>> match_card("Radiographer · 86% · £29,970 to £36,483")
('Radiographer', '£29,970 to £36,483')
>>> match_card("Investigative 84% | Realistic 71%") is None
True
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["current_rung", "match_card", "top_match"]

# The label over a quiz result's top match ("#1 MATCH", "Your best match"): the next line
# names the page's role.
_TOP_LABEL = re.compile(r"^(?:#\s?1\s+match|(?:your\s+)?(?:best|top|number one|no\.? 1)\s+"
                        r"(?:career\s+|civilian\s+)?match"
                        # a military-to-civilian translator's ranked list, best first
                        r"|top\s+(?:civilian\s+|career\s+)?matches(?:\s*\(\d{1,3}\))?)\s*:?$",
                        re.IGNORECASE)
_RANK = re.compile(r"^\d{1,2}[.)]?\s+(?=[A-Z])")  # a ranked list's number ("1  Lineworker")
_TOP_LINES = 40  # a result page names its top match near its top

_CARD = re.compile(r"^(?P<title>[A-Z][\w'’&/-]*(?:\s+[\w'’&/()-]+){0,5}?)\s*(?:[·|]\s*)?"
                   r"\d{1,3}\s?%(?:\s+match)?\s*[·|]\s*(?P<pay>\S*\d.*)$")


def match_card(text: str) -> tuple[str, str] | None:
    """(title, pay text) of a match card's line, as printed; None for any other line."""
    found = _CARD.match(text.strip().lstrip("•-* "))
    if found is None:
        return None
    return found.group("title").strip(), found.group("pay").strip()


def top_match(lines: Sequence[tuple[int, str]]) -> tuple[int, str] | None:
    """The line and text of a quiz result's top match: the first line under a "#1 MATCH" or
    "Your best match" label (its match percentage left off); None on any other page.

    >>> top_match([(1, "Hi!"), (2, "#1 MATCH"), (3, "Marine Biologist"), (4, "92% match")])
    (3, 'Marine Biologist')
    >>> top_match([(1, "Your best match"), (2, ""), (3, "GEOLOGIST · 91% match")])
    (3, 'GEOLOGIST')
    >>> top_match([(5, "Top civilian matches (4)"), (6, "1  Lineworker   88% match   $71k")])
    (6, 'Lineworker')
    """
    labelled = False
    for no, text in lines[:_TOP_LINES]:
        text = text.strip()
        if not text:
            continue
        if labelled:
            title = _RANK.sub("", _PERCENT_TAIL.sub("", text)).strip()
            return (no, title) if title else None
        labelled = _TOP_LABEL.match(text) is not None
    return None


# (real42) A career-path strip's mark on the rung the page is about ("Docking Pilot" /
# "Current Position" among "Level 4 Position" rungs).
_CURRENT_MARK = re.compile(r"(?:current|this)\s+(?:position|role|job|rung)|you\s+are\s+here",
                           re.IGNORECASE)
_MARK_WORDS = 4  # words at most of a title line above the mark


def current_rung(lines: Sequence[tuple[int, str]]) -> tuple[int, str] | None:
    """The line and text of the rung a career-path strip marks as the page's own: the title
    line right above a lone "Current Position" ("Current Role", "You are here"), blank lines
    between allowed; None when no line is such a mark, or the mark is printed twice.

    >>> current_rung([(1, "1"), (2, "Deck Cadet"), (3, "Level 1 Position"), (4, "2"),
    ...               (5, "Harbour Pilot"), (6, "Current Position"), (7, "Level 5 Position")])
    (5, 'Harbour Pilot')
    >>> current_rung([(1, "Current position"), (2, "Welder")]) is None
    True
    """
    marks = [index for index, (_, text) in enumerate(lines)
             if _CURRENT_MARK.fullmatch(text.strip())]
    if len(marks) != 1:
        return None
    before = [(no, text.strip()) for no, text in lines[:marks[0]] if text.strip()]
    if not before:
        return None
    no, title = before[-1]
    if len(title.split()) > _MARK_WORDS or not title[:1].isupper() or title[-1:] in ".:":
        return None
    return no, title


_PERCENT_TAIL = re.compile(r"\s*[·|–-]?\s*\d{1,3}\s?%.*$")
