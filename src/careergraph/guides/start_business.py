"""A "start your own X business" guide's role: the worker of X ("How to Start a Window
Cleaning Business in the UK" -> "Window Cleaner", "How to Start a Mobile DJ Business" ->
"Mobile DJ"), when the page names that worker too.

>>> business_worker("How to Start a Window Cleaning Business in the UK (2026)")
'Window Cleaner'
>>> business_worker("Starting your own mobile DJ business: the 2026 guide")
'Mobile DJ'
>>> business_worker("How to start a career in nursing") is None
True
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["business_worker", "started_business"]

_START = re.compile(r"^(?:how to\s+)?(?:start|starting|launch|launching|set up|setting up)\s+"
                    r"(?:a|an|your|your own|my own)\s+(?:own\s+)?(?P<trade>[A-Za-z][\w'-]*"
                    r"(?:\s+[A-Za-z][\w'-]*){0,5}?)\s+business\b", re.IGNORECASE)
_JOINS = frozenset({"of", "and", "for", "in", "the"})
_HEAD_LINES = 8  # the guide's title is among its first lines


def business_worker(title: str) -> str | None:
    """The worker a start-a-business title names (see the module), in Title Case; None when
    the line is no such title."""
    found = _START.match(title.strip().lstrip("#* "))
    if found is None:
        return None
    words = found.group("trade").split()
    last = words[-1]
    if last.lower().endswith("ing") and len(last) > 5:
        # "cleaning" -> "cleaner", "walking" -> "walker", "baking" -> "baker"
        last = last[:-3] + "er"
    words[-1] = last
    # ("Director of Logistics Research": joining words stay in lower case)
    return " ".join(w if w.isupper() or (index and w.lower() in _JOINS) else w.capitalize()
                    for index, w in enumerate(words))


def started_business(lines: Sequence[tuple[int, str]], text: str) -> tuple[int, str] | None:
    """The line and worker of a start-a-business guide's title among its first lines, when
    ``text`` (the page, lower case) names that worker again; None otherwise.

    >>> started_business([(2, "How to Start a Dog Walking Business")], "most dog walkers …")
    (2, 'Dog Walker')
    """
    for no, line in lines[:_HEAD_LINES]:
        worker = business_worker(line) if "usiness" in line else None
        if worker is not None and worker.lower() in text:
            return no, worker
    return None
