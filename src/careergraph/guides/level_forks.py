"""Slash-joined level words before one title ("Lead/Principal Data Architect"): two
titles, the shared title distributed (the truth convention for "Senior/Staff X")."""

from __future__ import annotations

import re

from careergraph.lexicon import bundled_level_words

# Level words joined by slashes before one title ("Lead/Principal Data Architect").
# (what goes before them stays: "4. Lead/Principal …", "Level 5: Lead/Principal …")
_LEVEL_FORK = re.compile(
    r"(?P<before>(?:.*\s)?)(?P<levels>[A-Z][\w.-]*(?:/[A-Z][\w.-]*)+)\s+(?P<rest>\S.*)")


def level_forks(title: str) -> list[str]:
    """The titles a slash between level words names, the shared title distributed, else
    ``[title]``.

    >>> level_forks("Lead/Principal Data Architect")
    ['Lead Data Architect', 'Principal Data Architect']
    >>> level_forks("4. Senior/Staff Analyst")
    ['4. Senior Analyst', '4. Staff Analyst']
    >>> level_forks("AI/ML Engineer"), level_forks("Senior Data Architect")
    (['AI/ML Engineer'], ['Senior Data Architect'])
    """
    match = _LEVEL_FORK.fullmatch(title.strip())
    if match is None:
        return [title]
    levels = match.group("levels").split("/")
    if not all(level.lower() in bundled_level_words(single=True) for level in levels):
        return [title]
    return [f"{match.group('before')}{level} {match.group('rest')}" for level in levels]
