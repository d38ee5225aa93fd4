"""The chapter lines of a podcast episode's show notes: the techniques and tools it covers.

Show notes list the episode's chapters with their timestamps ("[14:05] Sensory evaluation
panels, shelf-life testing and water activity", "08:15 – A typical week: personal air
sampling, noise dosimetry and respirator fit testing").  A chapter that lists names gives
skills: the names after the chapter's own label ("A typical week:"), or in its brackets
("Reading a label like a regulator (FDA labeling rules, HACCP)"), split at commas, "and",
"vs" and "for".  Chapters that only frame the show (intro, listener mail, pay talk) are the
family's chrome (``page_families.podcastepisode`` in ``data/headings.yaml``).

>>> chapter_skills("[09:45] Bench-top formulation vs pilot plant scale-up")
['Bench-top formulation', 'pilot plant scale-up']
>>> chapter_skills("21:05 – Data and reports: IHSTAT and exposure modelling")
['IHSTAT', 'exposure modelling']
>>> chapter_skills("[27:50] Reading a label like a regulator (FDA labeling rules, HACCP)")
['FDA labeling rules', 'HACCP']
>>> chapter_skills("[03:12] How Priya got her first job"), chapter_skills("No stamp, A and B")
([], [])
"""

from __future__ import annotations

import re

from careergraph.guides.roles import practitioner_noun
from careergraph.guides.text import split_items

__all__ = ["chapter_skills"]

_STAMP = re.compile(r"^\s*(?:\[\d{1,2}:\d{2}(?::\d{2})?\]|~?\d{1,2}:\d{2}(?::\d{2})?\s+[–—-])\s*")
_JOINS = re.compile(r"\s+(?:vs\.?|versus|for|\+)\s+")
_ARTICLES = re.compile(r"^(?:(?:the|a|an|new|latest|our|your)\s+)+", re.IGNORECASE)
_NOT_NAME = re.compile(r"['’]s\b|\?|\d|^(?:how|why|what|where|who|when)\b", re.IGNORECASE)
_MAX_WORDS = 5
_MIN_ITEMS = 2


def chapter_skills(text: str) -> list[str]:
    """The names a timestamped chapter line lists (see the module's docstring), or []."""
    stamp = _STAMP.match(text)
    if stamp is None:
        return []
    body = text[stamp.end():].strip().rstrip(".")
    if "(" in body and body.endswith(")"):
        body = body[body.rfind("(") + 1:-1]  # "… like a regulator (A, B)": the bracket
    elif ":" in body:
        label, _, body = body.partition(":")  # "A typical week: A, B and C": after the label
        if _NOT_NAME.search(label):
            return []  # "Where Xs go next: A, B": titles and places, no skills
    items = [_ARTICLES.sub("", part.strip()) for item in split_items(body)
             for part in _JOINS.split(item)]
    if len(items) < _MIN_ITEMS or any(
            not item or _NOT_NAME.search(item) or len(item.split()) > _MAX_WORDS
            for item in items):
        return []  # a chapter that tells a story or asks a question lists no names
    # ("writing for site managers": the people a technique serves are no skill)
    return [item for item in items if not practitioner_noun(item.split()[-1], strict=True)
            and not item.lower().endswith(("managers", "manager", "workers"))]
