"""A rate card whose columns are grades: one column a grade, one row a kind of engagement.

Crew unions and guilds print a department's minimum rates as a text table whose header names
the grades across and whose rows name a production type or a budget tier, the period said
once in the caption above the header::

    DAILY RATES (12-hour call) — by venue size
    SIZE          Head Rigger    Ground Rigger    Rigging Planner*
    Arena         $910           $620             $700
    Theatre       $780           $540             —

Each cell is a single rate of its column's grade in its caption's period (the page's own
grade's column its own, every other column that grade's; a dash is no figure).  The caller
tells which column names the page's role: a table without it is left to other readers.

>>> found, taken = grade_columns([(1, "DAILY RATES (12-hour call) — by venue size"),
...     (2, "SIZE          Head Rigger    Ground Rigger    Rigging Planner*"),
...     (3, "Arena         $910           $620             $700"),
...     (4, "A  Theatre    $780           $540             —"), (5, "")],
...     lambda title: title == "Head Rigger")
>>> [(r.line, r.title, r.text, r.label) for r in found]  # doctest: +NORMALIZE_WHITESPACE
[(3, 'Head Rigger', '$910 per day', 'Arena'), (3, 'Ground Rigger', '$620 per day', 'Arena'),
 (3, 'Rigging Planner', '$700 per day', 'Arena'), (4, 'Head Rigger', '$780 per day', 'A Theatre'),
 (4, 'Ground Rigger', '$540 per day', 'A Theatre')]
>>> sorted(taken)
[2, 3, 4]
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

__all__ = ["GradeRate", "grade_columns"]

_CELLS = re.compile(r"\s{2,}|\t+")
# A grade's head: a short name in Title Case, a footnote's star or a bracketed short name
# after it ("Rigging Planner*", "Ground Rigger (Groundie)").
_GRADE = re.compile(r"(?P<title>[A-Z][\w'’-]*(?: (?:of|[A-Z][\w'’-]*)){1,3})\*?"
                    r"(?:\s*\([^()]{1,20}\))?\*?")
# The rate cells ending a row, each after a space (a rate, or a mark for none).
_RATE_CELL = r"(?:[$£€]\s?\d{1,3}(?:,\d{3})*(?:\.\d{1,2})?|[—–-]|n/a|N/A)"
_CELL = re.compile(rf"(?<=\s){_RATE_CELL}(?=\s|$)")
_TAIL = re.compile(rf"(?:\s+{_RATE_CELL})+$")
_EMPTY = frozenset({"—", "–", "-", "n/a", "N/A"})
# The caption's period, its first period word ("Weekly rates (50-hour week)": a week).
_PERIOD = re.compile(r"\b(?P<word>daily|day|weekly|week|hourly|hour|monthly|month|annual|year)"
                     r"\b", re.IGNORECASE)
_PERIODS = {"daily": "day", "weekly": "week", "hourly": "hour", "monthly": "month",
            "annual": "year"}
_CAPTION_LINES = 2  # the caption stands this close above the header
_MIN_GRADES = 2
_MIN_ROWS = 2


@dataclass(frozen=True)
class GradeRate:
    """One rate cell: its row's line, its column's grade, the figure with its period as text
    ("$910 per day") and its row's label (the production type or tier)."""

    line: int
    title: str
    text: str
    label: str


def grade_columns(lines: Sequence[tuple[int, str]], is_role: Callable[[str], bool]
                  ) -> tuple[list[GradeRate], set[int]]:
    """The rate cells of every grade-column table in ``lines`` (``(number, text as printed)``)
    whose header names the page's role (``is_role``), and the lines the tables take."""
    found: list[GradeRate] = []
    taken: set[int] = set()
    for at, (no, text) in enumerate(lines):
        grades = _header(text, is_role)
        if grades is None:
            continue
        period = _caption_period(lines[max(0, at - _CAPTION_LINES):at])
        if period is None:
            continue
        rows = _rows(lines[at + 1:], len(grades))
        if len(rows) < _MIN_ROWS:
            continue
        taken.add(no)
        for line, label, cells in rows:
            taken.add(line)
            found.extend(GradeRate(line, grade, f"{cell} per {period}", label)
                         for grade, cell in zip(grades, cells, strict=True)
                         if cell not in _EMPTY)
    return found, taken


def _header(text: str, is_role: Callable[[str], bool]) -> list[str] | None:
    """The grades a header names after its row label's head, or None when the line is no
    such header (fewer than two grades, or none the page's role)."""
    cells = [cell for cell in _CELLS.split(text.strip()) if cell]
    if len(cells) < 1 + _MIN_GRADES or any(ch.isdigit() for ch in cells[0]):
        return None
    grades = []
    for cell in cells[1:]:
        match = _GRADE.fullmatch(cell)
        if match is None:
            return None
        grades.append(match.group("title"))
    return grades if any(is_role(grade) for grade in grades) else None


def _caption_period(above: Sequence[tuple[int, str]]) -> str | None:
    """The period the caption above a header names, nearest line first."""
    for _, text in reversed(above):
        match = _PERIOD.search(text)
        if match is not None:
            word = match.group("word").lower()
            return _PERIODS.get(word, word)
    return None


def _rows(lines: Sequence[tuple[int, str]], width: int) -> list[tuple[int, str, list[str]]]:
    """The rows right under a header: a label, then ``width`` rate cells (the label may hold
    a gap, "A  Arena > 10k", and its last cell may touch the first rate: "Club night
    $540"); the first line that is no such row ends them."""
    rows = []
    for no, text in lines:
        tail = _TAIL.search(text.rstrip())
        rates = [rate.replace(" ", "") for rate in _CELL.findall(tail.group())] if tail else []
        if tail is None or len(rates) < width or all(cell in _EMPTY for cell in rates[-width:]):
            break
        label = " ".join((text[:tail.start()] + " " + " ".join(rates[:-width])).split())
        if not label or not _CELLS.search(text.strip()):
            break
        rows.append((no, label, rates[-width:]))
    return rows
