"""Whose pay a medical training page's row states: a row labelled with a grade that comes
before the specialty or beside it ("FY1  1  £38,200", "Specialty doctor – £61,000 – £96,000")
belongs to that grade's doctor, while the specialty's own stages (CT1–CT2, ST6–ST7, PGY-3)
and its consultant band stay the role's.

The grades and their labels are data (``stage_owners`` in ``data/headings.yaml``: an owner's
title and the row labels that name it, codes and words, case ignored; ``before`` the grades
a specialty's trainees pass through first, ``beside`` the others).  A pathway printed as a
chain of stages ("Medical school ▸ FY1 ▸ FY2 ▸ CT1 ▸ … ▸ Consultant") names the doctors of
the earlier grades it passes through, who move in (:func:`earlier_grades`), and ends in the
specialty's own post (:func:`final_grade`): "Consultant X" is the role at its last grade.
A label is the row's text before its figure, without the columns of numbers between it and
the figure (a nodal point, a step) and the dash or dotted leader before the figure.

>>> stage_owner("FY1               1             "), stage_owner("Specialty doctor  –  ")
('Foundation Doctor', 'Specialty Doctor')
>>> stage_owner("CT1–CT2           3             ") is None
True
>>> stage_owner("FY2 (foundation doctor) ....... "), stage_owner("Specialty Doctor in Urology ..")
('Foundation Doctor', 'Specialty Doctor in Urology')
"""

from __future__ import annotations

import re
from functools import cache

from careergraph.guides.headings import bundled_section

__all__ = ["earlier_grades", "final_grade", "spanned_grades", "stage_owner"]

# What follows a row's label before its figure: numbers of other columns, dashes, leaders.
# (a number glued to the label is its own: "FY1")
_TRAILER = re.compile(r"(?:\s+\d[\d.]*|\s*[:|–—-]+|\s*\.{2,})*\s*$")
_LONGEST_LABEL = 40  # characters: a row's label, never a sentence


@cache
def _labels() -> dict[str, tuple[str, bool]]:
    """Each row label (lowercase), its owner's title and whether the grade comes first."""
    return {str(label).lower(): (str(owner), side == "before")
            for side, owners in bundled_section("stage_owners").items()
            for owner, labels in (owners or {}).items() for label in labels or ()}


# The marks between a pathway's stages.
_CHAIN = re.compile(r"\s*(?:▸|►|→|->|›|»|>)\s*")
_CHAIN_STAGES = 3  # a pathway names this many stages at least


def earlier_grades(text: str) -> list[str]:
    """The doctors of the earlier grades a pathway of stages passes through.

    >>> earlier_grades("Medical school ▸ FY1 ▸ FY2 ▸ CT1 ▸ ST4 ▸ CCT ▸ Consultant")
    ['Foundation Doctor']
    >>> earlier_grades("FY1 and FY2 pay")
    []
    """
    steps = _CHAIN.split(text.strip())
    if len(steps) < _CHAIN_STAGES:
        return []
    found = [_labels().get(step.strip().lower()) for step in steps]
    return list(dict.fromkeys(owner for owner, first in filter(None, found) if first))


def final_grade(text: str) -> str | None:
    """The grade a pathway of stages ends in, when it is a word and no stage's code: the
    specialty's own post that training leads to ("… ▸ ST7 ▸ CCT ▸ Consultant").

    >>> final_grade("FY1 ▸ FY2 ▸ CT1 ▸ ST4 ▸ CCT ▸ Consultant"), final_grade("FY1 ▸ FY2 ▸ ST3")
    ('Consultant', None)
    >>> final_grade("Apprentice ▸ Journeyman ▸ Master") is None
    True
    """
    steps = _CHAIN.split(text.strip())
    last = steps[-1].strip(" .") if len(steps) >= _CHAIN_STAGES else ""
    if not (last.isalpha() and last[:1].isupper() and not last.isupper()):
        return None
    # (a medical pathway, which passes a grade of ``stage_owners``: a trade's "Apprentice ▸
    # Journeyman ▸ Master" ends in a rung above the role)
    return last if any(_labels().get(step.strip().lower()) for step in steps) else None


def stage_owner(lead: str) -> str | None:
    """The title of the grade a pay row's label ``lead`` (its text before the figure) names,
    or None for a label that names no such grade (the role's own stages)."""
    if len(lead) > _LONGEST_LABEL * 3:  # (a glossed label: "Specialty Doctor in X (…)")
        return None
    label = _TRAILER.sub("", lead).strip()
    # "FY1 (foundation doctor)": a code glossed in brackets; "Specialty Doctor in Urology
    # (non-training grade)": the grade of a specialty, its note in brackets
    label = _GLOSS.sub("", label).strip()
    specialty = _OF_SPECIALTY.search(label)
    label = label[: specialty.start()] if specialty else label
    if not label or len(label) > _LONGEST_LABEL:
        return None
    owner = _labels().get(label.lower())
    if owner is None:
        return None
    # (the grade's post in a named specialty is named so: "Specialty Doctor in Urology")
    return f"{owner[0]}{specialty.group()}" if specialty and not owner[1] else owner[0]


def spanned_grades(role: str) -> frozenset[str]:
    """(rules44a) The owners of the earlier grades (lowercase) that a page's own role spans
    by its title (``stage_umbrellas``: "Resident Doctor" covers the foundation years), whose
    rows are then the role's own pay; empty for a specialty's or any other title.

    >>> sorted(spanned_grades("Resident Doctor")), spanned_grades("Anaesthetist")
    (['foundation doctor'], frozenset())
    """
    if role.strip().lower() not in _umbrellas():
        return frozenset()
    return frozenset(owner.lower() for owner, first in _labels().values() if first)


@cache
def _umbrellas() -> frozenset[str]:
    return frozenset(str(title).lower() for title in bundled_section("stage_umbrellas").get(
        "titles") or ())


_GLOSS = re.compile(r"\s*\([^()]{1,60}\)$")
_OF_SPECIALTY = re.compile(r"\s+in\s+[A-Z][\w&' -]{1,60}$")
