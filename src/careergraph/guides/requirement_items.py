"""Skills a requirements list states as plain noun phrases, one a bullet.

A job family's or an advert's "Requirements" list mixes conditions (a degree, years of
experience, the right to work, shifts) with skills written as bare noun phrases: "Vendor
management and basic contract negotiation", "Budget tracking in spreadsheets", "Valid driving
licence".  A bullet of a few words with no figure, no verb first and no word of a condition
(data: ``requirement_items`` in ``data/headings.yaml``) is a skill, or two joined by "and";
a qualifier in front ("valid", "excellent", "basic") and a tail saying where it is used ("in
spreadsheets") are no part of it.

>>> requirement_skills("Vendor management and basic contract negotiation")
['Vendor management', 'contract negotiation']
>>> requirement_skills("Valid driving licence"), requirement_skills("Budget tracking in Excel")
(['driving licence'], ['Budget tracking'])
>>> requirement_skills("Case research using Westlaw or Lexis")
['Case research', 'Westlaw', 'Lexis']
>>> requirement_skills("3+ years in a similar role"), requirement_skills("Bachelor's degree")
([], [])
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from careergraph.guides.heading_data import word_lists
from careergraph.guides.skill_cues import named_alternatives, paired_skills
from careergraph.guides.text import is_title_case

__all__ = ["requirement_skills"]


@dataclass(frozen=True)
class _Vocabulary:
    conditions: frozenset[str]
    qualifiers: frozenset[str]
    not_first: frozenset[str]


@cache
def _vocabulary() -> _Vocabulary:
    words = word_lists("requirement_items")
    return _Vocabulary(*(frozenset(words.get(key, ()))
                         for key in ("conditions", "qualifiers", "not_first")))


_MAX_WORDS = 6
# Where a skill's own words end: the place or tool it is used in ("… in spreadsheets").
_TAIL = re.compile(r"\s+(?:in|on|for|with|using|via|across|at|to)\s.*$", re.IGNORECASE)
_TOOL_TAIL = re.compile(r"\s+(?:in|with|using|via)\s", re.IGNORECASE)
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")


def requirement_skills(item: str) -> list[str]:
    """The skills one requirements bullet names as plain noun phrases (see the module
    docstring), or none."""
    vocabulary = _vocabulary()
    text = item.strip().rstrip(".;")
    words = text.split()
    if not words or len(words) > _MAX_WORDS or any(c.isdigit() for c in text) or any(
            c in text for c in ":;,()[]/&!?@–—|\"'’") or is_title_case(text):
        return []  # (a figure, a clause, a link's or a subject's Title Case name)
    lowered = set(_WORD.findall(text.lower()))
    if lowered & vocabulary.conditions:
        return []
    while words and words[0].lower() in vocabulary.qualifiers:
        words = words[1:]
    if not words or words[0].lower() in vocabulary.not_first or not words[0][:1].isalpha():
        return []
    tail = _TAIL.search(" ".join(words))
    head = _TAIL.sub("", " ".join(words))
    names = paired_skills(head)
    if tail is not None and _TOOL_TAIL.match(tail.group()):
        # "Legal research using Westlaw or Lexis": the products it is done in are skills too
        names += named_alternatives(tail.group().split(maxsplit=1)[1])
    out: list[str] = []
    for name in names:
        parts = name.split()
        while parts and parts[0].lower() in vocabulary.qualifiers:
            parts = parts[1:]
        if parts:
            out.append(" ".join(parts))
    return out
