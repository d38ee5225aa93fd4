"""An occupation profile's requirement lists, one kind a line ("Professional requirements:
technical understanding, mechanical skills (hydraulics, pneumatics), splicing of wire ropes";
"Physical requirements: head for heights, good eyesight"): each item is a skill, and so is
each name a bracketed list after an item gives.  The kinds are data (``skill_groups``
``requirement_kinds`` in ``data/headings.yaml``).
"""

from __future__ import annotations

import re
from functools import cache

from careergraph.guides.heading_data import word_lists
from careergraph.guides.text import commas_apart

__all__ = ["requirement_list"]

# "Professional requirements: …": a kind's word, "requirements", a colon, the list.
_LINE = re.compile(r"([A-Z][\w-]*)\s+requirements\s*:\s*(\S.*)$")
# An item, its bracket after it: "mechanical skills (hydraulics, pneumatics)".
_ITEM = re.compile(r"([^()]+?)\s*(?:\(([^()]*)\))?\s*$")
_ITEM_WORDS = 6  # (a longer item is a sentence, and the line prose)
_MIN_ITEMS = 3


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
