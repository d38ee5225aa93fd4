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

__all__ = ["RATING_MARKS", "AssessedRows", "assessed_units", "rated_attributes", "unit_skills"]


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


@cache
def _record_verdicts() -> frozenset[str]:
    return frozenset(word_lists("assessed_units").get("record_verdicts", ()))


def _unit_column(cells: Sequence[str]) -> int | None:
    """The column of a header naming the units and (last) the verdict: the first, or the
    second after a column of codes ("Code | Unit | Result", carry43); None for any other
    header."""
    heads, verdicts, codes = _words()
    named = [cell.lower().rstrip(":") for cell in cells]
    if len(named) < 2 or named[-1] not in verdicts:
        return None
    if named[0] in heads and not (len(named) >= 3 and named[1] in heads):
        return 0
    if len(named) >= 3 and named[0] in codes and named[1] in heads:
        return 1
    return None


def _record_column(cells: Sequence[str]) -> int | None:
    """(rules45a) The units' column of a sign-off record's header: a column of row numbers
    ("#", "Unit", "No.") then the units ("Competency", "Task / competence"), and a verdict or
    sign-off column after them anywhere ("C / NYC", "Status", "Signed by"); None for any
    other header."""
    heads, _, codes = _words()
    named = [cell.lower().rstrip(":") for cell in cells]
    if len(named) >= 4 and named[0] in codes and named[1] in heads and any(
            cell in _record_verdicts() for cell in named[2:]):
        return 1
    return None


# A record's row number ("1", "12", "3a", "B4").
_ROW_NUMBER = re.compile(r"[A-Z]?\d{1,3}[a-z]?\.?")


# A unit's code before its title: capitals and digits, at least one digit ("SHBHCUT005",
# "BSBWHS211", "HLT-37215"), or a code with a point ("4.2.1").
_UNIT_CODE = re.compile(r"^(?:[A-Z][A-Z0-9-]*\d[A-Z0-9-]*|\d+(?:\.\d+)+)\s+(?=[A-Za-z])")
_MAX_VERDICT_WORDS = 4  # "Not yet competent", "Competent (with gap training)" is no verdict
_MAX_UNIT_WORDS = 16


def _cells(text: str) -> list[str]:
    return [cell.strip() for cell in text.strip().strip("|").split("|")]


def assessed_units(lines: Sequence[tuple[int, str]]) -> AssessedRows:
    """The units of the pipe tables of units assessed in ``lines`` (see the module).

    (rules45a) A sign-off record's table (its verdict among the sign-off columns) gives each
    numbered row's unit, split into the unit and the techniques and tools it names
    (:func:`unit_skills`); its status and signature cells are chrome, blank or not.

    >>> record = assessed_units([(3, "# | Task / competence | Status | Signed by | Date"),
    ...     (4, "1 | Bending conduit (hand bender / hydraulic bender) | ✔ Signed off | J. Roe |"),
    ...     (5, "2 | Cable pulling and termination | ◯ Not started | |")])
    >>> [name for name, _ in record.skills]
    ['Bending conduit', 'Hand bender', 'Hydraulic bender', 'Cable pulling and termination']
    """
    found = AssessedRows()
    width = column = 0
    record = False
    for no, text in lines:
        if "|" not in text:
            width = 0
            continue
        cells = _cells(text)
        if width == 0:
            if (named := _unit_column(cells)) is not None:
                width, column, record = len(cells), named, False
                found.taken.add(no)
            elif (named := _record_column(cells)) is not None:
                width, column, record = len(cells), named, True
                found.taken.add(no)
            continue
        if record:
            if not (column + 2 <= len(cells) <= width and _ROW_NUMBER.fullmatch(cells[0])
                    and cells[column]):
                width = 0
                continue
            found.skills.extend((name, no) for name in unit_skills(cells[column]))
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


# (rules45a) The parts of one sign-off unit's name.
_TAIL = re.compile(r"\s+[–—-]\s+|:\s+")  # "AOAE screening – probe fitting, …", "plant: disc …"
_BRACKET = re.compile(r"\s*\(([^()]{1,80})\)")
_WITH = re.compile(r"\s+with\s+(?:an?\s+|the\s+)?[a-z][\w -]*$")  # "… with a track gauge"
_ADVERB = re.compile(r"\s+[a-z]{3,}ly$")  # "… to parents sensitively", "… correctly"
_GERUND = re.compile(r"^[a-z]+ing\b")
# "(Trust lone working policy)", "(see guidance)": a document the unit points to, no skill
_DOCUMENT = re.compile(r"\b(?:policy|policies|procedure|procedures|guidance|guidelines|sop|"
                       r"manual|see)\b", re.IGNORECASE)
_COUNTED = re.compile(r"^(?:\d+|two|three|four|five|one)\b", re.IGNORECASE)
# "Recording results on S4H and in the Personal Child Health Record": a task, then the
# systems it is done in, each a name
_TASK_IN = re.compile(r"^(?P<task>[A-Z]?[a-z][\w-]*(?: [a-z][\w-]*){0,3}) (?:on|in|into) "
                      r"(?:the )?(?P<tool>[A-Z0-9][\w&-]*(?: [A-Z][\w&-]*){0,5})$")
_PLACE = re.compile(r"^(?:in|on|into) (?:the )?(?P<tool>[A-Z0-9][\w&-]*(?: [A-Z][\w&-]*){0,5})$")
_MAX_PART_WORDS = 10
# A name of capitalised words right before a bracket ("the Personal Child Health Record (red
# book)"): the bracket gives its other name, no skill of its own.
_NAMED_BEFORE = re.compile(r"\b[A-Z][\w-]+(?: [A-Z][\w-]+){2,}$")


def _expansion(inner: str, before: str) -> bool:
    """Whether a bracket spells out the acronym before it ("AOAE screening (automated
    otoacoustic emission)"): its words' initials are the acronym's letters."""
    initials = "".join(word[0] for word in inner.split() if word).upper()
    return len(initials) >= 2 and any(
        word.isupper() and len(word) >= 2 and word[0] == initials[0] and len(word) - 1 <= len(
            initials) <= len(word) and _within(initials, word)
        for word in re.findall(r"[A-Za-z]+", before))  # ("otoacoustic" gives AOAE one letter)


def _within(letters: str, word: str) -> bool:
    """Whether ``letters`` stand in ``word`` in their order."""
    rest = iter(word)
    return all(letter in rest for letter in letters)


def _one(name: str) -> str:
    name = name.strip(" ,.;")
    return name[:1].upper() + name[1:]


def _listed(text: str) -> list[str]:
    """The items of a tail or a bracket ("disc cutter, rail drill", "Kango / Cobra"); a list
    led by a verb's "-ing" form whose later items are its bare objects ("recognising broken
    clips, voids, wet beds") names no items apart, and gives none."""
    items = [item.strip() for item in re.split(r",\s*|;\s*|\s+and\s+(?=\S+$)", text)
             if item.strip()]
    if len(items) > 1 and _GERUND.match(items[0]) and not all(
            _GERUND.match(item) for item in items[1:]):
        return []
    names: list[str] = []
    for item in items:
        item = re.sub(r"^(?:with|using|incl\.?|including|e\.g\.,?)\s+", "", item)
        halves = [half.strip() for half in item.split(" / ")] if " / " in item or (
            "/" in item and " " not in item) else [item]
        if len(halves) > 1 and any(re.match(r"(?:no|not)\b", half) for half in halves[1:]):
            halves = halves[:1]  # "clear response / no clear response": the one outcome
        for half in halves:
            half = half.strip()
            if half and len(half.split()) <= 4 and not _COUNTED.match(half) and not (
                    _DOCUMENT.search(half)):
                names.append(half)
    return names


def _head_parts(head: str) -> list[str]:
    """A unit's head cut at its "and" where both sides name a skill of two words or more
    ("Correct use of PPE and hearing protection"; "Infection prevention and control" and
    "Replacing clips and pads" stay whole); "… on A and in B" gives the task and its
    systems."""
    head = _ADVERB.sub("", _WITH.sub("", head.strip()))
    if " and " not in head:
        return [head]
    left, right = head.split(" and ", 1)
    if (place := _PLACE.match(right)) is not None:
        task = _TASK_IN.match(left)
        return ([task.group("task"), task.group("tool")] if task else [left]) + [
            place.group("tool")]
    if len(left.split()) >= 2 and len(right.split()) >= 2 and not re.match(
            r"(?:on|in|at|near|from|to|with|for|of|or)\b", right):
        return [left, right]
    return [head]


def unit_skills(unit: str) -> list[str]:
    """(rules45a) The skills one competency unit of a sign-off record names: the unit (cut
    at its ";" and at an "and" between two skills), the techniques, tools and kit listed in
    its bracket or after its dash or colon; a bracket spelling out an acronym, a document
    pointed to, a counted item ("two identifiers") and a verb's list of objects give none.

    >>> unit_skills("Use of small plant: disc cutter, rail drill (with HAVS monitoring)")
    ['Use of small plant', 'Disc cutter', 'Rail drill', 'HAVS monitoring']
    >>> unit_skills("AOAE screening (automated otoacoustic emission) – probe fitting")
    ['AOAE screening', 'Probe fitting']
    >>> unit_skills("Basic inspection: recognising loose bolts, cracks, rust")
    ['Basic inspection']
    """
    names: list[str] = []
    for part in unit.split(";"):
        inside: list[str] = []
        for bracket in _BRACKET.finditer(part):
            if not _expansion(bracket.group(1), part[: bracket.start()]) and not (
                    _NAMED_BEFORE.search(part, 0, bracket.start())):
                inside.extend(_listed(bracket.group(1)))
        bare = _BRACKET.sub("", part).strip()
        pieces = _TAIL.split(bare, maxsplit=1)
        head = pieces[0]
        tail = _listed(pieces[1]) if len(pieces) > 1 else []
        for name in [*_head_parts(head), *tail, *inside]:
            if name and len(name.split()) <= _MAX_PART_WORDS:
                names.append(_one(name))
    unique: list[str] = []
    for name in names:
        if name.lower() not in {kept.lower() for kept in unique}:
            unique.append(name)
    return unique
