"""A single figure that repeats one end of a band stated on the same line, and a
fortnight's rate that restates a year's on the same line.

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


# A year holds 365.25 / 14 fortnights; a table's annual column rounds its fortnightly rate
# times that (or times 26) to the dollar.
_FORTNIGHTS = (26.0, 365.25 / 14)
_ROUNDING = 0.01


def _payee(band: SalaryRange) -> tuple[object, ...]:
    """What a fortnight's and a year's rate must share to be one pay: line, owner, level,
    place, currency, statistic."""
    return (band.source.line, band.role, band.level, band.region, band.currency,
            band.statistic)


def _restates(fortnight: float, year: float) -> bool:
    """Whether ``year`` is ``fortnight`` counted over a year."""
    return any(abs(fortnight * times - year) <= year * _ROUNDING for times in _FORTNIGHTS)


def without_restated_fortnights(salaries: list[SalaryRange]) -> list[SalaryRange]:
    """``salaries`` less each fortnight's rate whose line gives the same owner a year's
    rate that is that rate counted over a year (an award table's "Fortnightly | Annual"
    columns print one pay twice; the year's is kept).

    >>> from careergraph.guides.trusted import source
    >>> at = source("g.txt", 5)
    >>> fortnight = SalaryRange(min=2400, max=2400, period="fortnight", source=at)
    >>> year = SalaryRange(min=62614, max=62614, period="year", source=at)
    >>> [(s.min, s.period) for s in without_restated_fortnights([fortnight, year])]
    [(62614, 'year')]
    """
    years: dict[tuple[object, ...], list[float]] = {}
    for band in salaries:
        if band.period == "year" and band.min is not None:
            years.setdefault(_payee(band), []).append(band.min)
    if not years:
        return salaries
    return [band for band in salaries
            if not (band.period == "fortnight" and band.min is not None and any(
                _restates(band.min, year) for year in years.get(_payee(band), ())))]
