"""A collective agreement's wage table by step: one row a classification, one column a step.

An agreement's schedule prints its hourly rates as a text table whose header names the steps
("CLASSIFICATION   START   6 MONTHS   12 MONTHS   24 MONTHS (job rate)", "Title   Step 1
Step 2 … Step 6") and whose rows give each classification's rate at every step, with no
currency sign.  Each row is one band, from its first step to its last (the job rate); the
steps between are no separate facts, and a dash cell ("–") is no figure.  Whose band a row is
(the role's own class or another classification's) is the caller's decision.

>>> rows = step_rows([(1, "CLASSIFICATION      START    6 MONTHS   12 MONTHS"),
...                   (2, "Pool Attendant      18.10    18.75      –"),
...                   (3, "Pool Operator II    24.30    25.05      25.90"),
...                   (4, "Rates rise by 2% in 2027.")])
>>> [(r.line, r.title, r.low, r.high) for r in rows]
[(2, 'Pool Attendant', 18.1, 18.75), (3, 'Pool Operator II', 24.3, 25.9)]
>>> step_rows([(1, "Name    Start date    Team"), (2, "Ana P.    12.03    Ops")])
[]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

__all__ = ["StepRow", "step_rows"]

_GAP = re.compile(r"\t+\s*|\s{2,}")  # cells parted by a tab or two spaces or more
# A step column's head: "START", "6 MONTHS", "24 MONTHS (job rate)", "Step 3", "Year 2",
# "Job rate", "Entry" (a bracketed note after it allowed).
_STEP_HEAD = re.compile(r"^(?:start(?:ing)?|entry|probation(?:ary)?|job rate|top|"
                        r"step\s*\d{1,2}|year\s*\d{1,2}|\d{1,2}\s*(?:months?|mos?\.?|years?|yrs?"
                        r"|hours?|hrs?))(?:\s*\([^()]{1,20}\))?$", re.IGNORECASE)
_RATE = re.compile(r"^\$?\d{1,3}\.\d{2}$")  # an hourly rate, dollars and cents
_EMPTY = re.compile(r"^(?:[-–—]|n/?a)$", re.IGNORECASE)
# A classification's title: Title Case words, a class number and a dash-joined unit allowed
# ("Arena Facility Operator II", "Lead Hand – Arenas").
_TITLE = re.compile(r"^[A-Z][\w'’/&-]*(?:\s+(?:[A-Z][\w'’/&-]*|[IVX]{1,4}|\d|of|and|&|–|-)){0,6}$")
_MIN_STEPS = 2


@dataclass(frozen=True)
class StepRow:
    """One classification's row: its line, title, first-step and last-step rates."""

    line: int
    title: str
    low: float
    high: float


def _cells(text: str) -> list[str]:
    return [cell.strip() for cell in _GAP.split(text.strip()) if cell.strip()]


def _header(cells: Sequence[str]) -> bool:
    """A step table's header: a label cell, then two step heads or more, nothing else."""
    return len(cells) > _MIN_STEPS and all(_STEP_HEAD.match(cell) for cell in cells[1:])


def _row(no: int, cells: Sequence[str], steps: int) -> StepRow | None:
    """A classification's row under a header of ``steps`` step columns, or None."""
    if len(cells) < _MIN_STEPS or len(cells) > steps + 1 or not _TITLE.match(cells[0]):
        return None
    rates = cells[1:]
    if not all(_RATE.match(cell) or _EMPTY.match(cell) for cell in rates):
        return None
    figures = [float(cell.lstrip("$")) for cell in rates if _RATE.match(cell)]
    if not figures:
        return None
    return StepRow(no, cells[0], figures[0], figures[-1])


def step_rows(lines: Sequence[tuple[int, str]]) -> list[StepRow]:
    """Every classification row under a step table's header in ``lines``."""
    found: list[StepRow] = []
    steps = 0  # the step columns of the header read last (0: not in a table)
    for no, text in lines:
        cells = _cells(text)
        if _header(cells):
            steps = len(cells) - 1
            continue
        row = _row(no, cells, steps) if steps else None
        if row is None:
            steps = 0
            continue
        found.append(row)
    return found
