"""A military-to-civilian career translator's own rows (the ``vettranslator`` page family of
``data/headings.yaml``): the military jobs a civilian occupation matches, each with what
carries over from it, and the military job a translation was asked for.

- under a header "Military job → What carries over" (or "… → What transfers"), each row
  "Title (Branch CODE) → a, b, c" names a military job, a move into the civilian role (its
  code is no part of the name), and the skills that carry over from it;
- "Results for 12N – Title (Army)" names the military job translated: a move in too.

A military job carrying the civilian role's own name is no move; the caller decides that,
knowing the role.

>>> rows = military_rows([(9, "Military job  →  What carries over"),
...     (10, "Signal Mechanic (Army 94X)  →  cable splicing, fault finding"),
...     (11, "Skills employers ask for")])
>>> [(r.line, r.title, r.skills) for r in rows]
[(10, 'Signal Mechanic', ('cable splicing', 'fault finding'))]
>>> military_rows([(5, "Results for 88M – Motor Transport Operator (Army)")])[0].title
'Motor Transport Operator'
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

__all__ = ["MilitaryRow", "military_rows"]

_ARROW = r"(?:→|->|⇒)"
# The table's header: the military column, an arrow, then what carries over from it.
_HEADER = re.compile(rf"^military\s+(?:jobs?|occupations?|specialt(?:y|ies)|ratings?|roles?)"
                     rf"\s*{_ARROW}\s*(?:what\s+(?:carries|transfers|translates)(?:\s+over)?|"
                     rf"transferable\s+skills|skills\s+that\s+(?:carry|transfer))\b",
                     re.IGNORECASE)
# A row: the military title, its branch and code in brackets, the arrow, the skills.
_ROW = re.compile(rf"^(?P<title>[A-Z][^()→>]{{2,80}}?)\s*(?:\([^()]{{1,40}}\))?\s*{_ARROW}\s*"
                  rf"(?P<skills>\S.*)$")
# The code asked for and its military title ("Results for 12N – Horizontal … (Army)").
_RESULTS = re.compile(r"^results\s+for\s+\S{1,12}\s*[–—-]\s*(?P<title>[A-Z][^()]{2,80}?)\s*"
                      r"(?:\([^()]{1,30}\))?\s*$", re.IGNORECASE)
_SKILL_SPLIT = re.compile(r"\s*[,;]\s*")


@dataclass(frozen=True)
class MilitaryRow:
    """One military job the page matches: its line, its title and what carries over."""

    line: int
    title: str
    skills: tuple[str, ...] = ()


def military_rows(lines: Sequence[tuple[int, str]]) -> list[MilitaryRow]:
    """The military jobs of a translator's page (``lines``: number and text, in order), in
    the order printed (see the module's docstring)."""
    found: list[MilitaryRow] = []
    inside = False
    for no, raw in lines:
        text = raw.strip()
        if not text:
            continue
        if _HEADER.match(text):
            inside = True
            continue
        results = _RESULTS.match(text)
        if results is not None:
            found.append(MilitaryRow(no, results.group("title").strip()))
            continue
        row = _ROW.match(text) if inside else None
        if row is None:
            inside = False  # (the table ends at its first line of another shape)
            continue
        skills = tuple(s.strip(" .") for s in _SKILL_SPLIT.split(row.group("skills"))
                       if s.strip(" ."))
        found.append(MilitaryRow(no, row.group("title").strip(), skills))
    return found
