"""A start and a top told in two sentences: "A new worker gets about $29.80 an hour. A worker
with a lot of experience can get up to $35.50 an hour." is one band from the starting figure
to the experienced top (the same pay, told from both ends), not a point and a cap.

A rise tied to time ("Rising to £36,000 in year two", "rises to £14.05 after two years'
service") is the next step's own figure and stays a point: only a top reached with
experience joins the start.
"""

from __future__ import annotations

import re

from careergraph.model import SalaryRange

# Who is starting: "A new worker gets", "New starters earn", "Starting pay is", "start on"
# ("new" before any worker's noun: "A new porter gets", "a newly qualified nurse earns")
_START_CUE = re.compile(r"\b(?:new(?:ly[- ]\w+)?\s+[a-z]+|starting|start(?:s|ers?)?|"
                        r"beginners?|entry[- ]level)\b", re.IGNORECASE)
# The top reached with experience: "with a lot of experience", "experienced staff".
_EXPERIENCE = re.compile(r"\bexperience[d]?\b", re.IGNORECASE)
# The verb right before the top's figure: "can get up to", "this can rise to", "reach about".
_RISE_BEFORE = re.compile(r"\b(?:up\s+to|ris(?:e|es|ing)\s+to|reach(?:es)?|climb(?:s)?\s+to|"
                          r"go(?:es)?\s+up\s+to)(?:\s+(?:about|around))?\s*\S{0,4}$",
                          re.IGNORECASE)
_NEAR_LINES = 6  # the top's sentence follows the start's within this many lines


def starts(clause: str, found: list[SalaryRange]) -> bool:
    """Whether a sentence states one starting figure (``clause``: its words before it).

    >>> s = SalaryRange(min=29.8, max=29.8, period="hour", source={"file": "g", "line": 3})
    >>> starts("A new worker gets about ", [s]), starts("Drivers get about ", [s])
    (True, False)
    """
    return (len(found) == 1 and found[0].min is not None and found[0].min == found[0].max
            and _START_CUE.search(clause) is not None)


def joined_top(start: SalaryRange | None, clause: str, text: str,
               found: list[SalaryRange]) -> SalaryRange | None:
    """The band from ``start`` (the figure the sentence before stated) to the one figure of
    this sentence when it is the top reached with experience; None otherwise.

    >>> at = {"file": "g", "line": 3}
    >>> start = SalaryRange(min=29.8, max=29.8, period="hour", source=at)
    >>> top = SalaryRange(max=35.5, period="hour", source={"file": "g", "line": 5})
    >>> text = "A worker with a lot of experience can get up to $35.50 an hour."
    >>> joined_top(start, text[:text.index("$")], text, [top]).max
    35.5
    >>> joined_top(start, "It rises to ", "It rises to $31 after two years.", [top]) is None
    True
    """
    if start is None or len(found) != 1:
        return None
    top = found[0]
    if top.max is None or (top.min is not None and top.min != top.max) or (
            _RISE_BEFORE.search(clause) is None or _EXPERIENCE.search(text) is None):
        return None
    if (top.currency, top.period, top.role) != (start.currency, start.period, start.role) or (
            start.min is None or not start.min < top.max) or not (
            0 <= top.source.line - start.source.line <= _NEAR_LINES):
        return None
    return start.model_copy(update={"max": top.max, "statistic": "range", "open_ended": False})
