"""Which layout a text guide uses, and the card layout's headings (glued or not).

Card headings are often glued to their neighbours by scraping ("Career GuideKey
Responsibilities", "Entry LevelUSD 140,000", "…increase.Companies Hiring");
:func:`card_segments` cuts every line into heading and content segments, each keeping its line
number.

>>> from careergraph.guides.text import number_lines
>>> [(s.line, s.heading, s.text) for s in card_segments(number_lines("Entry LevelUSD 1 to 2"))]
[(1, 'Entry Level', ''), (1, None, 'USD 1 to 2')]
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from careergraph.guides.text import Line
from careergraph.model import Layout

__all__ = ["CARD_HEADINGS", "Segment", "card_segments", "detect_layout", "split_card_line"]

#: Every heading of the card layout, in the order cards use them.
CARD_HEADINGS: tuple[str, ...] = (
    "Career Guide",
    "Key Responsibilities",
    "Top Skills for Success",
    "Career Progression",
    "Can Lead To",
    "Transition Opportunities",
    "Common Skill Gaps",
    "Often Missing Skills",
    "Development Suggestions",
    "Salary & Demand",
    "Median Salary Range",
    "Entry Level",
    "Mid Level",
    "Senior Level",
    "Growth Trend",
    "Companies Hiring",
    "Major Employers",
    "Industry Sectors",
    "Recommended Next Steps",
)
# Headings only cards use; two of them make a text a card.
_CARD_ONLY = frozenset(CARD_HEADINGS) - {
    "Key Responsibilities",
    "Career Progression",
    "Entry Level",
    "Mid Level",
    "Senior Level",
}
_LONGEST_FIRST = sorted(CARD_HEADINGS, key=len, reverse=True)
_BY_LOWER = {h.lower(): h for h in CARD_HEADINGS}
_LONGEST = max(map(len, CARD_HEADINGS))
_ANY = tuple(CARD_HEADINGS)
# A heading that opens or ends a line shares its first (last) _SHORTEST characters: the
# candidates are looked up by them, longest first, not tried one by one.
_SHORTEST = min(map(len, CARD_HEADINGS))
_BY_HEAD: dict[str, list[str]] = {}
_BY_TAIL: dict[str, list[str]] = {}
for _heading in _LONGEST_FIRST:
    _BY_HEAD.setdefault(_heading[:_SHORTEST], []).append(_heading)
    _BY_TAIL.setdefault(_heading[-_SHORTEST:], []).append(_heading)


class Segment(NamedTuple):
    """Part of a line: a heading (``heading`` set, ``text`` empty) or content."""

    line: int
    text: str
    heading: str | None = None


def _leading_heading(text: str) -> str | None:
    for heading in _BY_HEAD.get(text[:_SHORTEST], ()):
        if text.startswith(heading):
            rest = text[len(heading) :]
            # Glued text after a heading starts with a capital, a digit or a symbol; a
            # lowercase letter means the words just happen to begin a sentence.
            if not rest or not rest[0].islower():
                return heading
    return None


def _trailing_heading(text: str) -> str | None:
    for heading in _BY_TAIL.get(text[-_SHORTEST:], ()):
        if len(text) > len(heading) and text.endswith(heading):
            before = text[-len(heading) - 1]
            if not before.isspace():
                return heading
    return None


def split_card_line(text: str) -> list[tuple[str | None, str]]:
    """Cut one line into ``(heading, "")`` and ``(None, content)`` parts, in order.

    >>> split_card_line("Career GuideKey Responsibilities")
    [('Career Guide', ''), ('Key Responsibilities', '')]
    >>> split_card_line("Strong growth.Companies Hiring")
    [(None, 'Strong growth.'), ('Companies Hiring', '')]
    >>> split_card_line("Growth trends are strong")
    [(None, 'Growth trends are strong')]
    """
    rest = text.strip()
    if not _may_hold_heading(rest):
        return [(None, rest)] if rest else []  # most lines: no heading glued on
    return _split_headings(rest)


def _may_hold_heading(rest: str) -> bool:
    """False for a stripped line that holds no heading, whole or glued (most lines)."""
    # Longer than any heading and no trailing ":" to strip: not a heading line (lowering
    # never shortens a string), so the common content line skips building its key.
    # (A line whose first or last characters are a heading's may still hold none: the
    # caller's exact tests say.)
    return (len(rest) <= _LONGEST or rest.endswith(":") or rest[:_SHORTEST] in _BY_HEAD
            or rest[-_SHORTEST:] in _BY_TAIL)


def _split_headings(rest: str) -> list[tuple[str | None, str]]:
    """:func:`split_card_line` of a stripped line that may hold a heading."""
    if len(rest) <= _LONGEST or rest.endswith(":"):
        whole = _BY_LOWER.get(rest.rstrip(":").strip().lower())
        if whole:
            return [(whole, "")]
    if not rest.startswith(_ANY) and not rest.endswith(_ANY):
        return [(None, rest)] if rest else []
    head: list[tuple[str | None, str]] = []
    while rest:
        heading = _leading_heading(rest)
        if heading is None:
            break
        head.append((heading, ""))
        rest = rest[len(heading) :].lstrip(" :")
    tail: list[tuple[str | None, str]] = []
    while rest:
        heading = _trailing_heading(rest)
        if heading is None:
            break
        tail.insert(0, (heading, ""))
        rest = rest[: -len(heading)].rstrip()
    middle: list[tuple[str | None, str]] = [(None, rest)] if rest else []
    return [*head, *middle, *tail]


# Named tuples made by tuple.__new__ directly: the class's own __new__ adds a Python call to
# each of a card's ~90 segments.
_new_segment = tuple.__new__


def card_segments(lines: Sequence[Line]) -> list[Segment]:
    """Heading and content segments of every non-blank line."""
    segments: list[Segment] = []
    append = segments.append
    for no, text in lines:
        rest = text.strip()
        if not rest:
            continue  # a blank line
        # _split_headings, its common outcomes written out: a heading alone, or no heading.
        if len(rest) <= _LONGEST or rest.endswith(":"):
            whole = _BY_LOWER.get(rest.rstrip(":").strip().lower())
            if whole:
                append(_new_segment(Segment, (no, "", whole)))
                continue
        if rest[:_SHORTEST] not in _BY_HEAD and rest[-_SHORTEST:] not in _BY_TAIL:
            append(_new_segment(Segment, (no, rest, None)))
            continue
        for heading, part in _split_headings(rest):
            append(_new_segment(Segment, (no, part, heading)))
    return segments


def detect_layout(lines: Sequence[Line]) -> Layout:
    """CARD when at least two card-only headings appear (glued or not), else LONGFORM.

    >>> from careergraph.guides.text import number_lines
    >>> detect_layout(number_lines("X\\nCareer GuideKey Responsibilities\\nCan Lead To\\nY"))
    <Layout.CARD: 'card'>
    >>> detect_layout(number_lines("Overview\\nA Lead MLOps Engineer is a senior role."))
    <Layout.LONGFORM: 'longform'>
    """
    seen: set[str] = set()
    for _, text in lines:
        rest = text.strip()
        if not rest or not _may_hold_heading(rest):
            continue  # blank, or no heading on it: split_card_line would find none
        for heading, _ in _split_headings(rest):
            if heading in _CARD_ONLY:
                seen.add(heading)
                if len(seen) >= 2:
                    return Layout.CARD
    return Layout.LONGFORM
