"""Requirement lines of one kind ("Professional requirements: technical understanding,
mechanical skills (hydraulics, pneumatics), splicing of wire ropes"; "Physical requirements:
head for heights, good eyesight"), read two ways:

- :func:`requirement_list`: a plain line anywhere on an occupation profile whose kind word is
  data (``skill_groups`` ``requirement_kinds`` in ``data/headings.yaml``): each item is a
  skill as printed, and so is each name a bracketed list after an item gives;
- :func:`kinded_requirements`: the list after a label that a requirements section's heading
  vocabulary names as requirements: each item read as one requirements bullet
  (:func:`careergraph.guides.requirement_items.requirement_skills`), conditions naming none.
"""

from __future__ import annotations

import re
from functools import cache

from careergraph.guides.heading_data import word_lists
from careergraph.guides.requirement_items import requirement_skills
from careergraph.guides.text import clean, commas_apart

__all__ = ["kinded_requirements", "requirement_list"]

# "Professional requirements: …": a kind's word, "requirements", a colon, the list.
_LINE = re.compile(r"([A-Z][\w-]*)\s+requirements\s*:\s*(\S.*)$")
# An item, its bracket after it: "mechanical skills (hydraulics, pneumatics)".
_ITEM = re.compile(r"([^()]+?)\s*(?:\(([^()]*)\))?\s*$")
_ITEM_WORDS = 6  # (a longer item is a sentence, and the line prose)
_MIN_ITEMS = 3
_KINDED_ITEM_WORDS = 4  # (after a requirements label: a longer item is a clause)


@cache
def _kinds() -> frozenset[str]:
    return frozenset(word_lists("skill_groups").get("requirement_kinds", ()))


def requirement_list(line: str) -> list[str] | None:
    """The skills a requirement line of one kind lists, or None for any other line.  A
    bracket holding a list gives each of its names; a bracket of one phrase is the item's
    aside ("customer orientation (contact with guests)").

    >>> requirement_list("Physical requirements: steady hands, good eyesight, stamina")
    ['steady hands', 'good eyesight', 'stamina']
    >>> requirement_list("Professional requirements: drafting (CAD, BIM), surveying, "
    ...                  "estimating (contact with clients)")
    ['drafting', 'CAD', 'BIM', 'surveying', 'estimating']
    >>> requirement_list("Entry requirements: GCSEs in maths, English, science") is None
    True
    """
    match = _LINE.match(line.strip().rstrip("."))
    if match is None or match.group(1).lower() not in _kinds():
        return None
    items = commas_apart(match.group(2))
    if len(items) < _MIN_ITEMS:
        return None
    names: list[str] = []
    for item in items:
        parts = _ITEM.match(item)
        if parts is None or len(parts.group(1).split()) > _ITEM_WORDS or any(
                char.isdigit() for char in item):
            return None  # (a sentence or a figure: no list of qualities)
        names.append(parts.group(1))
        inner = parts.group(2) or ""
        if "," in inner:
            names.extend(name.strip() for name in inner.split(",") if name.strip())
    return names


def kinded_requirements(listed: str) -> list[str]:
    """The skills of a comma list after a label naming a kind of requirement ("Physical
    requirements: early shifts, standing work"): each item read as a requirements bullet.
    Two items are enough (the label says what the list holds); a long item is a clause.

    >>> kinded_requirements("punctuality, teamwork, head for heights")
    ['punctuality', 'teamwork', 'head for heights']
    """
    items = [part.strip() for part in clean(listed).strip().rstrip(".;").split(",")]
    if len(items) < 2 or any(not part or len(part.split()) > _KINDED_ITEM_WORDS for part in items):
        return []
    return [name for part in items for name in _whole_trait(part, requirement_skills(part))]


def _whole_trait(item: str, names: list[str]) -> list[str]:
    """``names`` read from ``item``, or the item whole when they cut it to its first word
    ("head for heights" is a trait, not "head")."""
    if len(names) == 1 and " " not in names[0] and item.lower().startswith(
            names[0].lower() + " "):
        return [item]
    return names
