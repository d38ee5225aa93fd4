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


# Lines from one figure of a salary site's strip to the next (a blank line between allowed).
_STRIP_GAP = 2


def _strip_figure(band: SalaryRange) -> bool:
    """A single figure, no open end: a possible end or middle of a strip."""
    return band.min is not None and band.min == band.max and not band.open_ended


def _strip_key(band: SalaryRange) -> tuple[object, ...]:
    """What a strip's three figures share: owner, level, place, currency, unit."""
    return band.role, band.level, band.region, band.currency, band.period


def _is_strip(low: SalaryRange, middle: SalaryRange, high: SalaryRange) -> bool:
    """Whether three single figures on successive lines are a low / median / high strip."""
    return (middle.statistic != "range" and low.statistic == high.statistic == "range"
            and 0 < middle.source.line - low.source.line <= _STRIP_GAP
            and 0 < high.source.line - middle.source.line <= _STRIP_GAP
            and _strip_key(low) == _strip_key(middle) == _strip_key(high)
            and (low.min or 0) < (middle.min or 0) < (high.min or 0))


def joined_strips(salaries: list[SalaryRange]) -> list[SalaryRange]:
    """``salaries`` with each salary site's strip printed a figure a line, low, then
    "Median: X", then high ("$36K" / "Median: $56K" / "$88K"), read as one band from the
    low to the high figure beside its median (fixes61): the ends are no points of their own.

    >>> from careergraph.guides.trusted import source
    >>> low = SalaryRange(min=31000, max=31000, source=source("g.txt", 7))
    >>> mid = SalaryRange(min=48000, max=48000, statistic="median", source=source("g.txt", 8))
    >>> high = SalaryRange(min=69000, max=69000, source=source("g.txt", 9))
    >>> [(s.min, s.max, s.statistic) for s in joined_strips([low, mid, high])]
    [(31000, 69000, 'range'), (48000, 48000, 'median')]
    """
    figures = sorted((band for band in salaries if _strip_figure(band)),
                     key=lambda band: band.source.line)
    joined: dict[int, SalaryRange] = {}
    highs: set[int] = set()
    for low, middle, high in zip(figures, figures[1:], figures[2:], strict=False):
        if id(low) not in highs and _is_strip(low, middle, high):
            joined[id(low)] = low.model_copy(update={"max": high.max})
            highs.add(id(high))
    if not joined:
        return salaries
    return [joined.get(id(band), band) for band in salaries if id(band) not in highs]


# Lines from one bracket to the next (a blank line between allowed) and the fewest
# brackets that make a schedule; a bracket opens at most one unit above the last one's top,
# or at it only in a run that opens below ("Up to £13,399" / "Over £13,399 to £18,031", as
# HMRC prints tiers, carry45): "entry $120k–155k / mid $155k–210k / senior $210k–300k+"
# meet at their ends too, and are a role's bands.
_BRACKET_GAP = 2
_BRACKETS = 3
_NEXT_UNIT = 1.0


def _follows(low: SalaryRange, high: SalaryRange, meeting: bool = False) -> bool:
    """Whether ``high`` opens right above where ``low`` closes (or at it, when ``meeting``),
    a line or two below it, in the same currency and unit ("£13,401 to £28,100" under "up to
    £13,400")."""
    return (low.max is not None and high.min is not None and low.max != low.min
            and high.max != high.min
            and (high.min - low.max > 0 or (meeting and high.min == low.max))
            and high.min - low.max <= _NEXT_UNIT
            and 0 < high.source.line - low.source.line <= _BRACKET_GAP
            and (low.currency, low.period) == (high.currency, high.period))


def _schedule(run: list[SalaryRange]) -> bool:
    """Whether a run of chained ranges is a schedule of brackets: three or more, the first
    open below ("up to £13,400") or the last open above ("£65,901 and above") — levels'
    pay ranges that happen to meet ("$20-24", "$25-31", "$32-39") close at both ends."""
    return len(run) >= _BRACKETS and (run[0].min is None or run[-1].max is None
                                      or run[-1].open_ended)


def without_brackets(salaries: list[SalaryRange]) -> list[SalaryRange]:
    """``salaries`` less each schedule of brackets (rules45b): three or more ranges on
    successive lines, each opening one unit above the last one's top ("up to £13,400",
    "£13,401 to £28,100", "£28,101 to £34,250", … "£65,901 and above"), the first open
    below or the last open above.  Such a run cuts
    all pay into tiers (a pension's contribution rates, a tax or a loan repayment's
    thresholds, a survey's earnings brackets): the tiers are where a rate changes, no
    one's pay.  A pay scale's grades overlap or leave gaps, so they never chain so.

    >>> from careergraph.guides.trusted import source
    >>> tiers = [SalaryRange(min=low, max=high, source=source("g.txt", line))
    ...          for line, (low, high) in enumerate([(None, 13400), (13401, 28100),
    ...                                              (28101, 34250), (34251, None)], 4)]
    >>> band = SalaryRange(min=31049, max=37796, source=source("g.txt", 12))
    >>> [(s.min, s.max) for s in without_brackets([*tiers, band])]
    [(31049, 37796)]
    """
    ranged = sorted((band for band in salaries if band.min != band.max),
                    key=lambda band: band.source.line)
    dropped: set[int] = set()
    run: list[SalaryRange] = []
    for band in ranged:
        if run and _follows(run[-1], band, meeting=run[0].min is None):
            run.append(band)
            continue
        if _schedule(run):
            dropped.update(id(member) for member in run)
        run = [band]
    if _schedule(run):
        dropped.update(id(member) for member in run)
    if not dropped:
        return salaries
    return [band for band in salaries if id(band) not in dropped]
