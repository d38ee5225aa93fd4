"""Employers a careers page lists as hiring now, under a line that says so ("Open
positions", "Current vacancies", "Hubs hiring now"):

- one opening a line, its title, a dash, the employer and its town ("Director of Music –
  St. Cuthbert Parish, Rochdale (part-time)"): the employer of each opening whose title is a
  job title (:func:`opening_employers`);
- a run of places set apart by middle dots or bars, each with its town in brackets ("Eastgate
  Youth Hub (Hull)  ·  The Lantern Project (Goole)"), on the lines right under the line
  (:func:`placed_employers`).

>>> is_title = lambda t: t.split()[-1] in ("Director", "Organist", "Coordinator")
>>> opening_employers([(1, "Open positions (updated monthly)"),
...     (2, "Parish Organist – St. Cuthbert Parish, Rochdale (part-time)"),
...     (3, "Youth Coordinator – Holy Cross, Bury"), (4, "Where we serve: parishes")], is_title)
[('St. Cuthbert Parish', 2), ('Holy Cross', 3)]
>>> placed_employers([(1, "YOUTH HUBS HIRING NOW"),
...     (2, "Eastgate Youth Hub (Hull)  ·  The Lantern Project (Goole)  ·"),
...     (3, "Marsh Lane café church (Selby)"), (4, "")])
[('Eastgate Youth Hub', 2), ('The Lantern Project', 2), ('Marsh Lane café church', 3)]
>>> placed_employers([(1, "News"), (2, "Eastgate Youth Hub (Hull)  ·  The Lantern (Goole)")])
[]
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

__all__ = ["opening_employers", "placed_employers"]

# The line over such a list: "Open positions", "Current vacancies", "… hiring now".
_OPENER = re.compile(r"\b(?:open (?:positions|posts|roles)|current (?:vacancies|openings|posts)|"
                     r"hiring now|now hiring|vacancies now)\b", re.IGNORECASE)
_OPENER_LENGTH = 80
_NAME = r"[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|the|and|&|de|la|du)){0,6}"
# "Title – Employer, Town (note)"
_OPENING = re.compile(rf"(?P<title>[A-Z][\w'’ -]{{2,60}}?)\s+[–—-]\s+(?P<org>{_NAME})"
                      r"(?:,\s*[A-Z][\w.'’ -]{1,30})?(?:\s*\([^()]{1,40}\))?")
# "Employer (Town)", an item of a dotted run (a lower-case word inside a name: "Riverside
# Skate Church project"; the town's bracket closes it)
_PLACED = re.compile(r"(?P<org>[A-Z][\w&'’.-]*(?:\s+[\w&'’.-]+){0,6})\s*\([A-Z][^()]{1,30}\)")
_ITEM_MARKS = re.compile(r"\s+[·|•]\s*|\s*[·|•]\s+|\s*[·|•]$")
_MIN_ITEMS = 2


def _under_opener(lines: Sequence[tuple[int, str]]) -> list[list[tuple[int, str]]]:
    """The runs of non-blank lines right under each opener line."""
    runs: list[list[tuple[int, str]]] = []
    for index, (_, text) in enumerate(lines):
        if not (_OPENER.search(text) and len(text.strip()) < _OPENER_LENGTH):
            continue
        run: list[tuple[int, str]] = []
        for no, line in lines[index + 1:]:
            if not line.strip() or _OPENER.search(line):
                break
            run.append((no, line.strip()))
        runs.append(run)
    return runs


def opening_employers(lines: Sequence[tuple[int, str]], is_title: Callable[[str], bool]
                      ) -> list[tuple[str, int]]:
    """The employers of the openings listed one a line under an opener, two at least."""
    found: list[tuple[str, int]] = []
    for run in _under_opener(lines):
        listed = [(match.group("org"), no) for no, text in run
                  if (match := _OPENING.fullmatch(text)) is not None
                  and _job_title(match.group("title").strip(), is_title)]
        if len(listed) >= _MIN_ITEMS:
            found.extend(listed)
    return found


def _job_title(title: str, is_title: Callable[[str], bool]) -> bool:
    """``title`` is a job title, or its head before "of" is ("Coordinator of Music")."""
    return is_title(title) or (" of " in title and is_title(title.partition(" of ")[0]))


def placed_employers(lines: Sequence[tuple[int, str]]) -> list[tuple[str, int]]:
    """The employers a dotted run of "Name (Town)" items under an opener names, two at
    least, every item so placed."""
    found: list[tuple[str, int]] = []
    for run in _under_opener(lines):
        items = [(item.strip(), no) for no, text in run
                 for item in _ITEM_MARKS.split(text) if item.strip()]
        matches = [(_PLACED.fullmatch(item), no) for item, no in items]
        if len(matches) >= _MIN_ITEMS and all(match is not None for match, _ in matches):
            found.extend((match.group("org"), no) for match, no in matches if match)
    return found
