"""The firms of an occupational analysis's expert panel (held-back set 50, rules50a).

A DACUM chart (and other job-analysis charts) lists the workers who analysed the job under
a panel heading ("DACUM Panel of Experts", "PANEL (name / title / employer)"), one member a
line: the name, the member's title and employer, parted by commas or spaced slashes, a town
and a state perhaps after them ("Kyle Brandt, Precision Ag Technician, Prairie Harvest
Cooperative, Albion, NE", "S. Mulder / Robotics Technician II / Lakeshore Seating Systems").
A member who holds the role (or one of its titles, or the role at a grade or with a
seniority word, or the role's title shortened word by word: "Precision Ag Technician")
names a firm that employs it; a member with another title (a supervisor, an agronomist)
names none.  The panel ends at the first line that is no member's.

>>> page = [(1, "DACUM Panel of Experts"),
...         (2, "Ann Lee, Pump Technician, Harrow Water Co., Leeds, UK"),
...         (3, "B. Ode / Senior Pump Tech / Delta Pumps Ltd"),
...         (4, "Cy Ray, Plant Manager, Fenn Mills"), (5, "Duties  Tasks")]
>>> panel_employers(page, lambda title: title.endswith(("Pump Technician", "Pump Tech")))
[('Harrow Water Co.', 2), ('Delta Pumps Ltd', 3)]
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

__all__ = ["panel_employers", "shortened_title"]

# A panel's heading: the word "panel" (or the experts, the committee) on a short line.
_PANEL_HEADING = re.compile(r"^\s*(?:[A-Z]+\s+)?(?:(?:expert|DACUM|advisory|technical)\s+)?"
                            r"(?:panel|committee)(?:\s+(?:of\s+experts|members))?\b[^.!?]{0,40}$",
                            re.IGNORECASE)
# A member's name: initials or given names, then a surname ("Kyle Brandt", "S. Mulder").
_NAME = r"(?:[A-Z]\.\s?|[A-Z][a-z'’-]+\s)(?:[A-Z]\.\s?|[A-Z][a-z'’-]+\s){0,2}?[A-Z][\w'’-]+"
_CELL = r"[A-Z][^,/|;]{1,60}?"
# "Name, Title, Employer[, Town, ST]" or "Name / Title / Employer".
_MEMBER = re.compile(rf"^\s*[•·*-]?\s*(?P<name>{_NAME})(?P<mark>\s*,\s*|\s+/\s+)"
                     rf"(?P<title>{_CELL})(?P=mark)(?P<firm>{_CELL})"
                     r"(?:\s*,\s*[A-Z][^,/|;]{1,30}?(?:\s*,\s*[A-Z]{2})?)?\s*$")
_PANEL_REACH = 12  # member lines read under one heading at most


def shortened_title(title: str, role: str) -> bool:
    """``title`` is ``role`` with some of its words shortened to their first letters (a
    chart's "Precision Ag Technician" for the Precision Agriculture Technician).

    >>> shortened_title("Precision Ag Technician", "Precision Agriculture Technician")
    True
    >>> shortened_title("Precision Sales Technician", "Precision Agriculture Technician")
    False
    """
    mine, theirs = title.lower().split(), role.lower().split()
    return len(mine) == len(theirs) > 1 and mine != theirs and all(
        len(short) >= 2 and full.startswith(short) for short, full in zip(mine, theirs,
                                                                           strict=True))


def panel_employers(lines: Sequence[tuple[int, str]],
                    holds_role: Callable[[str], bool]) -> list[tuple[str, int]]:
    """The firms of the panel members who hold the role (``holds_role`` judges a member's
    title), each with its line; none on a page with no panel heading."""
    found: list[tuple[str, int]] = []
    for index, (_, text) in enumerate(lines):
        if "anel" not in text and "ANEL" not in text and "ommittee" not in text:
            continue
        if _PANEL_HEADING.match(text) is None:
            continue
        for no, row in lines[index + 1:index + 1 + _PANEL_REACH]:
            if not row.strip():
                continue
            member = _MEMBER.match(row)
            if member is None:
                break
            if holds_role(member.group("title").strip()):
                found.append((member.group("firm").strip(), no))
    return found
