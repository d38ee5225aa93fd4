"""The level bands to show for a role: one guide's own ladder of pay, not a mix of lines.

A role's salaries come from many lines (a level table, a "top earners reach …" sentence, a
regional breakdown, another guide's figures), and several of them can carry the same level.
A one-line summary must not pair the table's "entry" with a sentence's "top": it shows the
largest run of level bands stated together (same file, consecutive lines), in ladder order.
"""

from __future__ import annotations

from collections.abc import Sequence

from careergraph.model import SalaryRange

_LADDER_ORDER = {"entry": 0, "junior": 0, "mid": 1, "senior": 2, "lead": 3, "top": 4}


def _runs(banded: Sequence[SalaryRange]) -> list[list[SalaryRange]]:
    """Level bands grouped into runs of consecutive lines of one file, in source order."""
    runs: list[list[SalaryRange]] = []
    for salary in sorted(banded, key=lambda s: (s.source.file, s.source.line)):
        last = runs[-1][-1] if runs else None
        if (last is not None and last.source.file == salary.source.file
                and salary.source.line - last.source.line <= 1):
            runs[-1].append(salary)
        else:
            runs.append([salary])
    return runs


def headline_bands(salaries: Sequence[SalaryRange], limit: int = 4) -> list[SalaryRange]:
    """The bands a one-line summary shows: the richest level table, else the first ranges.

    The run of consecutive lines naming the most distinct levels wins (ties: the one stated
    first); within it one band per level, in ladder order.  With no level bands at all, the
    first ``limit`` figures (those with an amount) stand for the role.

    >>> from careergraph.model import Source
    >>> def band(level, low, line):
    ...     return SalaryRange(level=level, min=low, source=Source(file="g.txt", line=line))
    >>> lines = [band("top", 135000, 8), band("entry", 85000, 25), band("mid", 110000, 26),
    ...          band("top", 220000, 27)]
    >>> [(s.level, s.min) for s in headline_bands(lines)]
    [('entry', 85000), ('mid', 110000), ('top', 220000)]
    """
    priced = [s for s in salaries if s.min is not None or s.max is not None]
    banded = [s for s in priced if s.level]
    if not banded:
        return priced[:limit]
    best = max(_runs(banded), key=lambda run: len({s.level for s in run}))
    first_per_level: dict[str, SalaryRange] = {}
    for salary in best:
        first_per_level.setdefault(salary.level or "", salary)
    ordered = sorted(first_per_level.values(),
                     key=lambda s: _LADDER_ORDER.get(s.level or "", len(_LADDER_ORDER)))
    return ordered[:limit]
