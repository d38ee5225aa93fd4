"""A mentoring platform's mentor profile: the mentor's own path and next step.

A profile lists the mentor's jobs newest first, as an "Experience" list (title, "Employer ·
Full-time", "Mar 2021 – Present · 3 yrs 9 mos") or a "Work history" timeline ("2019–2022
Associate Curator, Fenwick Museum"), read by :func:`careergraph.guides.resume_jobs.dated_jobs`.
Read earliest first, the jobs are a ladder up to the current one (the profile's role), and a
"Career goal: X" or "her own next step … is X" (``goal_cues`` of ``page_families.
mentorprofile`` in ``data/headings.yaml``) is the rung above it.  The employer of the current
job employs the role; earlier employers employed other jobs.

>>> path = mentor_path([(1, "Senior Buyer"), (2, "Keel Foods · Full-time"),
...     (3, "May 2020 – Present · 4 yrs"), (4, "Buyer"), (5, "Oar Ltd"),
...     (6, "Jan 2017 – Apr 2020"), (7, "Career goal: Head of Purchasing")])
>>> path.ladder, path.employer
([('Buyer', 4), ('Senior Buyer', 1), ('Head of Purchasing', 7)], ('Keel Foods', 1))
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

from careergraph.guides.heading_data import phrase_alternation
from careergraph.guides.headings import bundled_section
from careergraph.guides.howto import listed_titles
from careergraph.guides.resume_jobs import dated_jobs

__all__ = ["MentorPath", "mentor_path"]

_TITLE = r"[A-Z][\w&'’-]*(?:\s+(?:of|and|&|[A-Z][\w&'’-]*)){0,5}"
_HEAD_LINES = 8  # the headline stands among a profile's first lines (chrome gone)
# "UX Designer at Brightloop", "Curator · Fenwick Museum, Cleveland OH", "Buyer @ Oar Ltd".
_HEADLINE = re.compile(rf"^(?P<title>{_TITLE})\s+(?:at|@|·|\|)\s+(?P<firm>[A-Z][^,·|]{{1,60}}?)"
                       r"(?:,.*)?$")


def _cues(key: str) -> str:
    """The alternation of one cue list of ``page_families.mentorprofile``."""
    raw = bundled_section("page_families").get("mentorprofile") or {}
    return phrase_alternation(str(c) for c in raw.get(key) or ()) or "(?!)"


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Mentees' arrivals ("my mentees come in as Registrars or Collections Managers and …")
    and the mentor's goal ("Career goal: X", "own next step, she says, is X")."""
    return (re.compile(rf"\b(?i:{_cues('arrival_cues')})\s+(?P<titles>(?:an?\s+)?[A-Z][^,.;:]*?)"
                       r"(?=\s+(?:and|who|to|from|but)\s+[a-z]|[,.;:]|$)"),
            re.compile(rf"\b(?i:{_cues('goal_cues')})\b[^.:;]{{0,40}}?(?::|\bis\b)\s*"
                       rf"(?i:to\s+become\s+)?(?:(?i:an?|the)\s+)?(?P<title>{_TITLE})"))


@dataclass
class MentorPath:
    """The mentor's jobs earliest first with the goal above them, and the current employer."""

    ladder: list[tuple[str, int]] = field(default_factory=list)
    employer: tuple[str, int] | None = None
    #: The current job's title (the profile's role, however the headline words it).
    current: str | None = None
    #: The headline's title and its line ("Procurement Manager at Halden Marine").
    headline: tuple[str, int] | None = None
    #: Titles the mentor's mentees "come in as" to the role.
    arrivals: list[tuple[str, int]] = field(default_factory=list)


def mentor_path(lines: Sequence[tuple[int, str]]) -> MentorPath:
    """The path a mentor profile states (``lines``: number and text, in order)."""
    path = MentorPath()
    for no, text in [(no, text.strip()) for no, text in lines if text.strip()][:_HEAD_LINES]:
        head = _HEADLINE.match(text)
        if head is not None:
            path.headline = (head.group("title"), no)
            path.employer = (head.group("firm").strip(), no)
            break
    jobs = sorted(dated_jobs(lines), key=lambda job: (job[3], -job[2]))
    for title, _, no, _, _ in jobs:
        if not path.ladder or path.ladder[-1][0] != title:
            path.ladder.append((title, no))
    if jobs:
        current = [job for job in jobs if job[4]] or jobs[-1:]
        path.employer = (current[-1][1], current[-1][2])
        path.current = current[-1][0]
    for no, text in lines:
        for arrival in _patterns()[0].finditer(text):
            path.arrivals += [(title, no) for title in listed_titles(arrival.group("titles"))]
    for no, text in lines:
        goal = _patterns()[1].search(text)
        if goal is not None and jobs:
            path.ladder.append((goal.group("title").strip(), no))
            break
    return path
