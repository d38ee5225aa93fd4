"""The day-by-day plan of a work-experience placement, and a virtual programme's modules:
the techniques and tools each day or module names.

A placement page sets out its week one day a line ("MONDAY – Welcome and studio tour.
Introduction to hand sketching and scale drawing.", "Day 3: Learn the basics of Revit").
The days' fragments are activities; the techniques and tools in them are skills: what a
day introduces ("Introduction to A and B", "Learn the basics of A and B"), a short activity
with the instrument it uses ("Measured survey with a laser measure"), and a making or
drawing activity before its materials ("Model making in card and balsa").

>>> day_plan_skills("TUESDAY – Site visit with the engineer. Introduction to soil "
...                 "testing and slope surveys.")
['soil testing', 'slope surveys']
>>> day_plan_skills("Day 2: Rock logging with a hand lens; model making in clay.")
['Rock logging', 'hand lens', 'model making']
>>> day_plan_skills("FRIDAY – Try QGIS and drone mapping.")  # a day's hands-on tries
['QGIS', 'drone mapping']
>>> day_plan_skills("Introduction to soil testing and slope surveys.")
[]
"""

from __future__ import annotations

import re
from collections.abc import Callable

from careergraph.guides.roles import practitioner_noun
from careergraph.guides.text import split_items

__all__ = ["day_plan_skills", "module_skills", "rotation_items"]

_DAY = re.compile(r"^\s*(?:MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY|"
                  r"(?:Monday|Tuesday|Wednesday|Thursday|Friday)|Day\s+\d{1,2})\s*[–—:-]\s*")
_INTRODUCED = re.compile(r"^(?:an?\s+)?(?:introduction|intro)\s+to\s+|"
                         r"^(?:learn|learning)\s+(?:the\s+basics\s+of|how\s+to\s+use)\s+|"
                         r"^(?:try|practise|practice)\s+(?!your\b|out\b|to\b|it\b|a\b|an\b|the\b)",
                         re.IGNORECASE)
_WITH_TOOL = re.compile(r"^(?P<activity>[A-Za-z][\w-]*(?:\s[a-z][\w-]*){0,2})\s+with\s+"
                        r"(?:an?|the)\s+(?P<tool>[a-z][\w-]*(?:\s[a-z][\w-]*){0,2})$")
_MAKING_IN = re.compile(r"^(?P<activity>[A-Za-z][\w-]*\s(?:making|drawing|modelling|modeling|"
                        r"sketching))\s+(?:in|with|from)\s+")
_FRAGMENTS = re.compile(r"(?<=[a-z)])[.;!]\s+|;\s*")
_MAX_WORDS = 4


def day_plan_skills(text: str) -> list[str]:
    """The skills one day's line of a placement plan names (see the module's docstring)."""
    day = _DAY.match(text)
    if day is None:
        return []
    found: list[str] = []
    for fragment in _FRAGMENTS.split(text[day.end():].strip().rstrip(".")):
        fragment = fragment.strip(" .")
        if (introduced := _INTRODUCED.match(fragment)) is not None:
            found += [item for item in split_items(fragment[introduced.end():])
                      if 0 < len(item.split()) <= _MAX_WORDS]
        elif (tool := _WITH_TOOL.match(fragment)) is not None and not practitioner_noun(
                tool.group("tool").split()[-1]):  # ("Site visit with the engineer": a person)
            found += [tool.group("activity"), tool.group("tool")]
        elif (making := _MAKING_IN.match(fragment)) is not None:
            found.append(making.group("activity"))
    return found


# "Module 2Legal researchUse Westlaw and …": the number, the title and its task glued.
_MODULE = re.compile(r"^\s*Module\s*\d{1,2}\s*[:.–—-]?\s*(?P<title>[A-Z][^?]{2,60}?)"
                     r"(?:(?<=[a-z)])(?=[A-Z][a-z])|\s+[–—:-]\s+)(?P<task>.+)$")
# A module named after its exercise ("Negotiation challenge") names no technique.
_EXERCISES = frozenset({"challenge", "quiz", "game", "task", "exercise", "simulation",
                        "activity", "project", "steps", "step"})
_TITLE_WORDS = 3


def module_skills(text: str, tools: Callable[[str], list[str]]) -> list[str]:
    """The technique a programme's module line is named after and the tools ``tools`` finds
    in its task (see the module's docstring).

    >>> module_skills("Module 3Site surveyingUse a total station to set out a road.",
    ...               lambda task: ["total station"] if "total station" in task else [])
    ['Site surveying', 'total station']
    >>> module_skills("Module 4Design challengeSketch a bridge.", lambda task: [])
    []
    >>> module_skills("Module 1What does a surveyor do?Meet a graduate.", lambda task: [])
    []
    """
    module = _MODULE.match(text)
    if module is None:
        return []
    title = module.group("title").strip()
    words = title.split()
    named = [title] if len(words) <= _TITLE_WORDS and all(w.isalpha() for w in words) and (
        words[-1].lower() not in _EXERCISES) and words[0].lower() not in ("what", "how",
                                                                          "why", "who") else []
    return named + tools(module.group("task"))


# A residency's or graduate programme's rotation line: its number, the unit, a colon, then
# what is learnt there ("Rotation 2 – Treatment Delivery: linear accelerator treatment on
# …, image guidance with CBCT").  The unit's name is where, not what.
_ROTATION = re.compile(r"^\s*(?:Rotation|Block)\s*\d{1,2}\s*[–—:-]\s*[A-Z][^:]{2,60}:\s+(?=\S)")


def rotation_items(text: str) -> str | None:
    """The list a rotation line sets out after its unit's name, or None for any other line.

    >>> rotation_items("Rotation 1 – Mould Room: mask making, patient positioning")
    'mask making, patient positioning'
    >>> rotation_items("Rotation 1 starts in March.") is None
    True
    """
    rotation = _ROTATION.match(text)
    return None if rotation is None else text[rotation.end():].strip().rstrip(".")

