"""A single figure that repeats one end of a band stated on the same line.

An examination notice's "The current minimum salary is $68,940 per annum … The salary range
for this title is $68,940 - $93,115 per annum" states one band: the first figure is its
floor, printed again, and no salary of its own.
"""

from __future__ import annotations

from careergraph.model import SalaryRange


def _owner(band: SalaryRange) -> tuple[object, ...]:
    """What two figures must share to be one band's: line, owner, level, place, unit."""
    return (band.source.line, band.role, band.level, band.region, band.currency, band.period,
            band.statistic)


def without_repeated_ends(salaries: list[SalaryRange]) -> list[SalaryRange]:
    """``salaries`` less each single figure equal to an end of a band (two different ends)
    on its own line for the same owner, unit and statistic.

    >>> from careergraph.guides.trusted import source
    >>> at = source("g.txt", 3)
    >>> floor = SalaryRange(min=68940, max=68940, source=at)
    >>> band = SalaryRange(min=68940, max=93115, source=at)
    >>> other = SalaryRange(min=70000, max=70000, source=at)
    >>> [(s.min, s.max) for s in without_repeated_ends([floor, band, other])]
    [(68940, 93115), (70000, 70000)]
    """
    ends: dict[tuple[object, ...], set[float]] = {}
    for band in salaries:
        if band.min is not None and band.max is not None and band.min != band.max:
            ends.setdefault(_owner(band), set()).update((band.min, band.max))
    if not ends:
        return salaries
    return [band for band in salaries
            if not (band.min is not None and band.min == band.max
                    and band.min in ends.get(_owner(band), ()))]
