"""Rows of an assessment of one occupation: the units a recognition decision assessed, and
the attributes an interview scorecard rates.

A qualification-recognition decision (a migration skills assessment's outcome letter, a
trade test's result) prints the **competency units assessed** as a pipe table: a header
whose first cell names the units ("Units assessed", "Unit of competency") and whose last
names the verdict ("Result", "Outcome"), then a row a unit, its code before its title and
its verdict after ("SHBX101 Trim beards | Competent").  Each unit's title is a skill of the
occupation (the code and the verdict are no facts: :func:`assessed_units`).  The words of
the header live in ``assessed_units`` in ``data/headings.yaml``.

>>> units = assessed_units([(4, "Unit assessed | Outcome"),
...     (5, "ABCHAIR012 Trim and shape beards | Competent"),
...     (6, "ABCHAIR014 Apply temporary hair colour | Competent"), (7, "The assessor noted …")])
>>> units.skills
[('Trim and shape beards', 5), ('Apply temporary hair colour', 6)]
>>> sorted(units.taken)
[4, 5, 6]

An applicant-tracking system's **interview scorecard** prints each attribute on its own line
with a rating scale after it, a mark before each grade ("Forklift operation   ○ Strong no  ○
No  ○ Mixed  ○ Yes  ○ Strong yes").  An attribute rated on a scale of three grades or more is
a skill of the role; a line rated only yes or no ("Right to work in the UK   ○ Yes  ○ No") is
a check of eligibility (a degree, travel, a permit: no fact), and an overall verdict's label
("Overall:") rates the candidate, no attribute.  The scale's words are chrome
(:func:`rated_attributes`).

>>> rated = rated_attributes([(8, "  Stock rotation     ○ Poor  ○ Fair  ○ Good  ○ Great"),
...     (9, "  Holds a forklift licence   ○ Yes  ○ No"),
...     (10, "Overall:  ○ Hire  ○ Maybe  ○ No hire")])
>>> rated.skills, sorted(rated.taken)
([('Stock rotation', 8)], [8, 9, 10])
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

from careergraph.guides.heading_data import word_lists

__all__ = ["RATING_MARKS", "AssessedRows", "assessed_units", "rated_attributes"]


@dataclass
class AssessedRows:
    """The skills read from an assessment's rows (each with its line) and every line those
    rows and their header take (read here: no other rule reads them)."""

    skills: list[tuple[str, int]] = field(default_factory=list)
    taken: set[int] = field(default_factory=set)


@cache
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    lists = word_lists("assessed_units")
    return (frozenset(lists.get("heads", ())), frozenset(lists.get("verdicts", ())),
            frozenset(lists.get("codes", ())))


def _unit_column(cells: Sequence[str]) -> int | None:
    """The column of a header naming the units and (last) the verdict: the first, or the
    second after a column of codes ("Code | Unit | Result", carry43); None for any other
    header."""
    heads, verdicts, codes = _words()
    named = [cell.lower().rstrip(":") for cell in cells]
    if len(named) < 2 or named[-1] not in verdicts:
        return None
    if named[0] in heads:
        return 0
    if len(named) >= 3 and named[0] in codes and named[1] in heads:
        return 1
    return None


# A unit's code before its title: capitals and digits, at least one digit ("SHBHCUT005",
# "BSBWHS211", "HLT-37215"), or a code with a point ("4.2.1").
_UNIT_CODE = re.compile(r"^(?:[A-Z][A-Z0-9-]*\d[A-Z0-9-]*|\d+(?:\.\d+)+)\s+(?=[A-Za-z])")
_MAX_VERDICT_WORDS = 4  # "Not yet competent", "Competent (with gap training)" is no verdict
_MAX_UNIT_WORDS = 16


def _cells(text: str) -> list[str]:
    return [cell.strip() for cell in text.strip().strip("|").split("|")]


def assessed_units(lines: Sequence[tuple[int, str]]) -> AssessedRows:
    """The units of the pipe tables of units assessed in ``lines`` (see the module)."""
    found = AssessedRows()
    width = column = 0
    for no, text in lines:
        if "|" not in text:
            width = 0
            continue
        cells = _cells(text)
        if width == 0:
            if (named := _unit_column(cells)) is not None:
                width, column = len(cells), named
                found.taken.add(no)
            continue
        unit = _UNIT_CODE.sub("", cells[column]).strip() if len(cells) == width else ""
        if len(cells) != width or not unit or not cells[-1] or len(
                cells[-1].split()) > _MAX_VERDICT_WORDS or len(unit.split()) > _MAX_UNIT_WORDS:
            width = 0
            continue
        found.skills.append((unit, no))
        found.taken.add(no)
    return found


#: The marks printed before each grade of a rating scale (a radio button, a check box).
RATING_MARKS = "○◯◦●◉☐☑□◻◼"
_MARK = f"[{RATING_MARKS}]"
_RATED = re.compile(rf"^\s*(?P<name>[^{RATING_MARKS}]*?[^{RATING_MARKS}\s])\s+"
                    rf"(?P<scale>{_MARK}\s*[^{RATING_MARKS}]{{1,30}}(?:{_MARK}\s*"
                    rf"[^{RATING_MARKS}]{{1,30}})+)$")
_MIN_GRADES = 3  # a scale of three grades or more rates an attribute; yes / no checks one
_MAX_NAME_WORDS = 10


def rated_attributes(lines: Sequence[tuple[int, str]]) -> AssessedRows:
    """The attributes rated on a scale in ``lines`` (see the module)."""
    found = AssessedRows()
    for no, text in lines:
        match = _RATED.match(text)
        if match is None:
            continue
        found.taken.add(no)
        name = match.group("name").strip()
        grades = len(re.findall(_MARK, match.group("scale")))
        if grades >= _MIN_GRADES and not name.endswith(":") and len(
                name.split()) <= _MAX_NAME_WORDS:
            found.skills.append((name, no))
    return found
