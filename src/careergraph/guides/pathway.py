"""A career-pathway diagram flattened into text: one box a line, an arrow line between boxes.

University "careers in …" pages and professional bodies draw the path through a profession as
boxes joined by downward arrows; copied as text, each box is a line and each arrow a line of
its own ("↓", "⬇", "▼", "|").  A box may name two titles: "Advanced / Lead Dietitian" (a
shared head: Advanced Dietitian and Lead Dietitian) or "Consultant Dietitian or Service
Manager" (two whole titles); a grade in brackets after the box ("(Band 6)") is no title.
Each title of one box leads to each title of the next.

>>> lines = [(1, "Trainee Surveyor"), (2, "↓"), (3, "Surveyor (Level 2)"), (4, "↓"),
...          (5, "Senior / Principal Surveyor")]
>>> [(d.boxes, d.first, d.last) for d in pathway_diagrams(lines)]
... # doctest: +NORMALIZE_WHITESPACE
[([['Trainee Surveyor'], ['Surveyor'], ['Senior Surveyor', 'Principal Surveyor']], 1, 5)]
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache

from careergraph.guides.headings import bundled_section

__all__ = ["Diagram", "arrow_line", "box_titles", "diagram_edges", "pathway_diagrams", "study_step"]

# A line that is only an arrow pointing to the next box (an emoji arrow may carry its
# variation selector: "⬇️").
_ARROW = re.compile(r"^\s*(?:[↓⬇▼⇓⇩↡⤓→⟶➜➔]\ufe0f?|\||->|-->)\s*$")
# A grade or an aside in brackets after a box's title ("(Band 5)", "(2–4 years)").
_ASIDE = re.compile(r"\s*\([^()]*\)\s*")
# Two titles in one box: "A / B" or "A or B".
_JOIN = re.compile(r"\s+/\s+|\s+or\s+|\s*/\s*(?=[A-Z])")
# A grade code in a box ("Band 5", "Grade 7", "Level 3"): the rung's grade, no title word.
_GRADE = re.compile(r"\b(?:Band|Grade|Level|Step|Pay [Pp]oint)\s+\d{1,2}[A-Za-z]?\b\s*")
_BOX_WORDS = 8
_MIN_BOXES = 3


def arrow_line(text: str) -> bool:
    """Whether a line is only an arrow between two boxes.

    >>> arrow_line("  ↓ "), arrow_line("⬇️"), arrow_line("→"), arrow_line("↓ then")
    (True, True, True, False)
    """
    return _ARROW.match(text) is not None


@dataclass(frozen=True)
class Diagram:
    """A flattened diagram: its boxes' titles in reading order and its first and last lines."""

    boxes: list[list[str]]
    first: int
    last: int
    lines: tuple[int, ...] = ()  # each box's line


def _plain(text: str) -> str:
    """A box's text without markup and grade codes ("Band 5 Radiographer" is the
    Radiographer at band 5)."""
    return _GRADE.sub("", text.strip().strip("*_#> ")).strip()


def box_titles(box: str) -> list[str]:
    """The titles a box names, its asides dropped; a one-word part before "/" shares the
    last part's head ("Advanced / Lead Dietitian" is two Dietitians).

    >>> box_titles("Advanced / Lead Dietitian (Band 7)")
    ['Advanced Dietitian', 'Lead Dietitian']
    >>> box_titles("Consultant Dietitian or Dietetic Service Manager (Band 8)")
    ['Consultant Dietitian', 'Dietetic Service Manager']
    >>> box_titles("Band 5 Radiographer")
    ['Radiographer']
    """
    bare = " ".join(_ASIDE.sub(" ", _plain(box)).split())
    parts = [part.strip() for part in _JOIN.split(bare) if part.strip()]
    if len(parts) < 2:
        return parts
    last = parts[-1].split()
    head = " ".join(last[1:])
    return [f"{part} {head}" if len(part.split()) == 1 and head else part
            for part in parts[:-1]] + [parts[-1]]


def _box(text: str) -> bool:
    bare = _ASIDE.sub(" ", _plain(text)).strip()
    words = bare.split()
    return bool(words) and len(words) <= _BOX_WORDS and bare[:1].isupper() and not any(
        char in bare for char in ".:;!?,") and not any(char.isdigit() for char in bare)


def pathway_diagrams(lines: Sequence[tuple[int, str]],
                     is_title: Callable[[str], bool] = lambda _: True) -> list[Diagram]:
    """Every diagram in ``lines`` (line number, text; blank lines may be left out): three
    boxes or more, each a short line in capitals' case, joined by arrow lines, whose titles
    all pass ``is_title``.

    >>> pathway_diagrams([(1, "Our graduates work across the sector."), (2, "↓"),
    ...                   (3, "Many continue to study.")])
    []
    """
    found: list[Diagram] = []
    index = 0
    while index < len(lines):
        boxes: list[tuple[int, str]] = []
        at = index
        while at < len(lines) and _box(lines[at][1]) and not _ARROW.match(lines[at][1]):
            boxes.append(lines[at])
            if at + 2 < len(lines) and _ARROW.match(lines[at + 1][1]):
                at += 2
                continue
            break
        if len(boxes) >= _MIN_BOXES:
            titles = [box_titles(text) for _, text in boxes]
            if all(titles) and all(is_title(t) for box in titles for t in box):
                found.append(Diagram(titles, boxes[0][0], boxes[-1][0],
                                     tuple(no for no, _ in boxes)))
                index = at + 1
                continue
        index += 1
    return found


def diagram_edges(diagram: Diagram) -> list[tuple[tuple[str, int], tuple[str, int]]]:
    """Each title of a box leading to each title of the next box, with their boxes' lines.

    >>> [(a, b) for (a, _), (b, _) in diagram_edges(
    ...     Diagram([["A X"], ["B X", "C X"], ["D X"]], 1, 5, (1, 3, 5)))]
    [('A X', 'B X'), ('A X', 'C X'), ('B X', 'D X'), ('C X', 'D X')]
    """
    lines = diagram.lines or tuple(diagram.first for _ in diagram.boxes)
    return [((before, line), (after, next_line))
            for box, following, line, next_line in zip(
                diagram.boxes, diagram.boxes[1:], lines, lines[1:], strict=False)
            for before in box for after in following]


def study_step(step: str) -> bool:
    """Whether a printed path's step is schooling or a degree, no rung ("Class 12 (PCM)",
    "B.Sc. / B.Tech", "M.Sc. Marine Biology"): ``course.study_steps`` in
    ``data/headings.yaml`` names its first words.

    >>> study_step("Class 12 (PCM)"), study_step("B.Sc. / B.Tech"), study_step("Scientist B")
    (True, True, False)
    """
    words = step.split()
    return bool(words) and words[0].lower().rstrip(".,:") in _study_words()


@cache
def _study_words() -> frozenset[str]:
    return frozenset(str(w).lower().rstrip(".") for w in bundled_section("course").get(
        "study_steps") or ())
