"""An "X vs Y" comparison page ("Chiropractor vs Physical Therapist: Which Career Is Right
for You?"): two roles side by side.  The page's role is the one its title puts first; the
second role's figures belong to it, wherever the page sets them beside the first role's:

- a comparison table's row, its cells glued ("Median pay$79,400$101,300") or between pipes,
  pairs its first figure with the first role and its second with the second;
- a line or paragraph opened by the second role's name ("Physical therapists: the median is
  $101,300") is about that role.

>>> versus_titles("Chiropractor vs Physical Therapist: Which Career Is Right for You?")
('Chiropractor', 'Physical Therapist')
>>> versus_titles("Mortgage Adviser vs. Financial Adviser – which should you choose?")
('Mortgage Adviser', 'Financial Adviser')
>>> versus_titles("How to compare two job offers") is None
True
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["comparison_row", "opened_by", "versus_pair", "versus_titles"]

_TITLE = r"[A-Z][\w'’&-]*(?:\s+(?:of\s+|and\s+|&\s+)?[A-Z][\w'’&-]*){0,5}"
# "X vs Y", "X vs. Y", "X versus Y", "X or Y?" is left out: a title asking "X or Y" is often
# no comparison of two jobs.
_VERSUS = re.compile(rf"^(?:[^:]{{0,40}}:\s+)?(?P<first>{_TITLE})\s+(?:[Vv][Ss]\.?|[Vv]ersus)\s+"
                     rf"(?P<second>{_TITLE})\s*(?:[:?|–—(,]|\s-\s|$)")
_HEAD_LINES = 8
_CRUMBS = re.compile(r"\s[›»>/]\s")  # a comparison's title is among the page's first lines
# A table row: pipes between cells, or a label glued to two figures.
_PIPES = re.compile(r"^\s*\|.*\|.*\|")
_GLUED_FIGURES = re.compile(r"[a-z)][$€£₹]\s?\d|\d[$€£₹]\s?\d")


def versus_titles(text: str) -> tuple[str, str] | None:
    """The two roles an "X vs Y" title line compares, as printed, or None."""
    match = _VERSUS.match(text.strip().lstrip("#* ").strip())
    if match is None:
        return None
    return match.group("first"), match.group("second")


def versus_pair(lines: Sequence[tuple[int, str]]) -> tuple[int, str, str] | None:
    """The line of a comparison page's title and the two roles it compares (first, second),
    from the page's first lines (a breadcrumb's last crumb too); None on any other page.

    >>> versus_pair([(1, "Menu"), (2, "Tiler vs Plasterer: which trade?"), (3, "…")])
    (2, 'Tiler', 'Plasterer')
    >>> versus_pair([(1, "Home › Compare › Tiler vs Plasterer")])
    (1, 'Tiler', 'Plasterer')
    """
    for no, text in lines[:_HEAD_LINES]:
        pair = versus_titles(_CRUMBS.split(text)[-1]) if " vs" in text or "ersus " in text else None
        if pair is not None:
            return no, *pair
    return None


def comparison_row(text: str) -> bool:
    """``text`` is a row of a two-column comparison table: cells between pipes, or a label
    glued to its figures ("Median pay$79,400$101,300").

    >>> comparison_row("Median pay$79,400$101,300"), comparison_row("| Pay | £1 | £2 |")
    (True, True)
    >>> comparison_row("Tilers earn $30,000 and plasterers $32,000.")
    False
    """
    return _PIPES.match(text) is not None or _GLUED_FIGURES.search(text) is not None


def opened_by(text: str, title: str) -> bool:
    """``text`` opens with ``title`` (singular or plural, any case) as its label or subject
    ("Physical therapists: the median is …", "Plasterers earn …").

    >>> opened_by("Physical therapists: the median is $101,300", "Physical Therapist")
    True
    >>> opened_by("Chiropractors: the median is $79,400", "Physical Therapist")
    False
    """
    words = text.strip().split()
    size = len(title.split())
    if len(words) < size:
        return False
    head, name = " ".join(words[:size]).rstrip(":,;").lower(), title.lower()
    return head in (name, name + "s", name + "es")
