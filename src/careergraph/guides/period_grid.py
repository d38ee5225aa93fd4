"""Salary-portal tables whose columns are pay periods and whose rows are statistics.

A salary portal prints the role's pay as a small grid: one column a period ("Monthly Salary",
"Annual Salary", "Salary Per Week", "Salary Per Hour") and one row a statistic ("Salary
Average", "Salary Median", "1st Quartile", "Highest Salary").  Copied as text, the grid keeps
its header on one line or one head a line, and each row either on one line ("Salary Median
2.980,00 35.760,00 745,00 13,55") or its label then one figure a line.  The average's and the
median's figures are the role's own points in each period; the quartiles, the ceiling, the
highest and the lowest salaries are one-sided figures, no pay.  The figures carry no
currency: the page's.  Portals of countries that write a decimal comma ("7.184,36") are read
in their notation (:func:`grid_figure`).

>>> lines = [(1, "Monthly Salary Annual Salary"), (2, "Salary Average 3.318,72 39.824,64"),
...          (3, "Highest Salary 6.420,90 77.050,80"), (4, "Salary Median"), (5, "2.980,00"),
...          (6, "35.760,00")]
>>> found, taken = period_rows(lines)
>>> [(p.line, p.statistic, p.period, p.amount) for p in found]  # doctest: +NORMALIZE_WHITESPACE
[(2, 'average', 'month', 3318.72), (2, 'average', 'year', 39824.64),
 (5, 'median', 'month', 2980.0), (6, 'median', 'year', 35760.0)]
>>> sorted(taken)
[1, 2, 3, 4, 5, 6]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from careergraph.guides.money_grammar import comma_decimal, label_period
from careergraph.guides.salary import Statistic

__all__ = ["PeriodPay", "PlacePay", "grid_figure", "period_rows", "place_rows"]

# One column head: a period and the word salary/pay/wage around it.
_PERIOD_WORDS = {"month": "month", "monthly": "month", "annual": "year", "yearly": "year",
                 "year": "year", "week": "week", "weekly": "week", "hour": "hour",
                 "hourly": "hour", "day": "day", "daily": "day"}
_HEAD = re.compile(r"\s*(?:(?P<adj>Monthly|Annual|Yearly|Weekly|Hourly|Daily)\s+"
                   r"(?:Salary|Pay|Wage|Income|Earnings)"
                   r"|(?:Salary|Pay|Wage)\s+(?:Per|per|a|by)\s+(?P<noun>Month|Year|Week|Hour|Day)"
                   r"(?![a-z]))", re.IGNORECASE)
_MIN_HEADS = 2
# A row's statistic label: the average and the median are pay, the rest no pay.
_ROW = re.compile(r"(?P<label>(?:Salary\s+|Pay\s+|Wage\s+)?(?:Average|Mean|Median)"
                  r"(?:\s+(?:Salary|Pay|Wage))?"
                  r"|(?:1st|2nd|3rd|First|Third|Lower|Upper)\s+Quartile|(?:\d{1,2}th\s+)?Percentile"
                  r"|(?:Highest|Lowest|Maximum|Minimum|Top|Bottom)\s+(?:Salary|Pay|Wage)"
                  r"|(?:Salary|Pay|Wage)\s+(?:ceiling|floor|cap))(?P<rest>(?:\s+\S+)*)\s*$",
                  re.IGNORECASE)
# A figure cell: English grouping ("7,184.36") or a decimal comma's ("7.184,36", "35,04").
_FIGURE = re.compile(r"\d{1,3}(?:[.,]\d{3})*(?:[.,]\d{1,2})?")
_PIPE = re.compile(r"\s*\|\s*")  # a cell border
_DECIMAL_COMMA = re.compile(r"^\d{1,3}(?:\.\d{3})*,\d{1,2}$|^\d{1,3}(?:\.\d{3})+$")


@dataclass(frozen=True)
class PeriodPay:
    """One figure of such a grid: the page role's ``statistic`` in ``period``."""

    line: int
    label: str
    statistic: Statistic
    period: str
    amount: float


def grid_figure(cell: str, *, decimal_comma: bool) -> float | None:
    """The number ``cell`` prints, in the table's notation; None when it is no figure.

    >>> grid_figure("7.184,36", decimal_comma=True), grid_figure("7,184.36", decimal_comma=False)
    (7184.36, 7184.36)
    >>> grid_figure("35,04", decimal_comma=True), grid_figure("n/a", decimal_comma=True)
    (35.04, None)
    """
    if _FIGURE.fullmatch(cell) is None:
        return None
    if decimal_comma:
        return float(comma_decimal(cell))
    return float(cell.replace(",", ""))


def _unpiped(text: str) -> str:
    """A table line copied with its cell borders ("| Monthly Salary | Annual Salary") as
    the cells alone, one space apart.

    >>> _unpiped(" | Monthly Salary | Annual Salary"), _unpiped("Salary Median | 7.611,90 | 91")
    ('Monthly Salary Annual Salary', 'Salary Median 7.611,90 91')
    """
    return _PIPE.sub(" ", text).strip() if "|" in text else text


def _heads(text: str) -> list[str] | None:
    """The periods a header line names, in order (None unless the line is only heads)."""
    text = _unpiped(text)
    periods: list[str] = []
    position = 0
    while position < len(text.rstrip()):
        match = _HEAD.match(text, position)
        if match is None:
            return None
        periods.append(_PERIOD_WORDS[(match.group("adj") or match.group("noun")).lower()])
        position = match.end()
    return periods or None


def _header(lines: Sequence[tuple[int, str]], index: int) -> tuple[list[str], int] | None:
    """The periods of a header opening at ``lines[index]`` (one line, or one head a line)
    and the index after it."""
    periods = _heads(lines[index][1])
    if periods is None:
        return None
    end = index + 1
    if len(periods) == 1:
        while end < len(lines) and (more := _heads(lines[end][1])) is not None and len(more) == 1:
            periods += more
            end += 1
    return (periods, end) if len(periods) >= _MIN_HEADS else None


def _row(lines: Sequence[tuple[int, str]], index: int, width: int
         ) -> tuple[str, list[tuple[int, str]], int] | None:
    """A statistic row at ``lines[index]``: its label, its cells (line number, text) and the
    index after it; None when the line opens no row of ``width`` figures."""
    match = _ROW.match(_unpiped(lines[index][1].strip()))
    if match is None:
        return None
    no = lines[index][0]
    rest = match.group("rest").split()
    if rest:
        return (match.group("label"), [(no, cell) for cell in rest], index + 1) if (
            len(rest) == width and all(_FIGURE.fullmatch(cell) for cell in rest)) else None
    cells = [(n, text.strip()) for n, text in lines[index + 1 : index + 1 + width]]
    if len(cells) < width or any(_FIGURE.fullmatch(text) is None for _, text in cells):
        return None
    return match.group("label"), cells, index + 1 + width


def _statistic(label: str) -> Statistic | None:
    lowered = label.lower()
    if "median" in lowered:
        return "median"
    if "average" in lowered or "mean" in lowered:
        return "average"
    return None  # (a quartile, a ceiling, the highest salary: one-sided, no pay)


def period_rows(lines: Sequence[tuple[int, str]]) -> tuple[list[PeriodPay], set[int]]:
    """The average and median figures of every period grid in ``lines`` (line number, text)
    and the lines the grids take (headers and every row, the no-pay rows included)."""
    found: list[PeriodPay] = []
    taken: set[int] = set()
    index = 0
    while index < len(lines):
        header = _header(lines, index)
        if header is None:
            index += 1
            continue
        periods, start = header
        head = index
        rows: list[tuple[str, list[tuple[int, str]]]] = []
        index = start
        while index < len(lines) and (row := _row(lines, index, len(periods))) is not None:
            rows.append((row[0], row[1]))
            index = row[2]
        if not rows:
            index = start
            continue
        decimal_comma = any(_DECIMAL_COMMA.match(text) for _, row_cells in rows
                            for _, text in row_cells)
        taken.update(no for no, _ in lines[head:index])
        for label, row_cells in rows:
            statistic = _statistic(label)
            if statistic is None:
                continue
            for (no, text), period in zip(row_cells, periods, strict=True):
                amount = grid_figure(text, decimal_comma=decimal_comma)
                if amount is not None:
                    found.append(PeriodPay(no, label, statistic, period, amount))
    return found, taken


# -- pay by city -----------------------------------------------------------------------------
# The same portals print the role's pay in the cities that hire the most: a place column, then
# pay columns named by statistic ("City | Salary range | Average salary", or the heads run
# together: "City Salary Range Average Salary 1st Quartile Salary Median …"), each row a place
# (its state's code after a dash) and its cells, a range cell "2.600 - 7.900" among them.
_PLACE_HEAD = re.compile(r"\s*(?:City|Cities|Municipality|Town|Location|State|Region"
                         # a job bank's wages by province ("Community/Area | Low | Median | High")
                         r"|Community(?:/Area)?|Province(?:/Territory)?|Economic region)\b\s*\|?",
                         re.IGNORECASE)
_CITY_HEAD = re.compile(
    r"\s*(?:(?P<range>(?:Salary|Pay|Wage)\s+(?:range|band)|Range)"
    r"|(?P<average>(?:Average|Mean)\s+(?:salary|pay|wage)|(?:Salary|Pay)\s+(?:average|mean))"
    r"|(?P<median>Median\s+(?:salary|pay|wage)|(?:Salary|Pay)\s+median)"
    r"|(?P<side>(?:1st|3rd|First|Third|Lower|Upper)\s+Quartile"
    r"|(?:Highest|Lowest|Maximum|Minimum)\s+(?:salary|pay|wage)|(?:Salary|Pay)\s+(?:ceiling|floor))"
    # a job bank's bare heads between cell borders: "Low" and "High" are its 10th and 90th
    # percentiles (one-sided), "Median" the place's median
    r"|(?P<bare>(?:(?<=\|)|(?<=\|\s))\s*(?:(?P<bare_median>Median)|(?P<bare_average>Average|Mean)"
    r"|Low|High|Lowest|Highest)(?=\s*(?:\||$))))"
    r"\s*\|?", re.IGNORECASE)
_CITY_ROW = re.compile(r"(?P<place>[^\W\d][^\d|]{0,60}?)\s*\|?\s*(?=\d)(?P<cells>.*)$")
_RANGE_CELL = re.compile(r"(?P<low>[\d.,]+)\s*[-–]\s*(?P<high>[\d.,]+)$")
_STATE_CODE = re.compile(r"\s*[-–,]\s*[A-Z]{2}$")


@dataclass(frozen=True)
class PlacePay:
    """One pay cell of a table by city: the page role's pay in ``region`` (a band when
    ``high`` differs from ``low``)."""

    line: int
    region: str
    statistic: Statistic
    low: float
    high: float
    head: str
    #: the period the table's caption states ("Prevailing wages in Canada (hourly)"), if any
    period: str | None = None


def _city_columns(text: str) -> list[tuple[str, str]] | None:
    """The pay columns (kind, head) of a city table's header, or None."""
    place = _PLACE_HEAD.match(text)
    if place is None:
        return None
    columns: list[tuple[str, str]] = []
    position = place.end()
    while position < len(text.rstrip()):
        match = _CITY_HEAD.match(text, position)
        if match is None:
            return None
        kind = next(name for name in ("range", "average", "median", "side", "bare_median",
                                      "bare_average", "bare") if match.group(name))
        columns.append((kind.removeprefix("bare_").replace("bare", "side"),
                        match.group().strip(" |")))
        position = match.end()
    if not any(kind != "side" for kind, _ in columns):
        return None  # ("Region | Low | High": no statistic that is pay)
    return columns if len(columns) >= _MIN_HEADS else None


def _city_cells(text: str, width: int) -> list[str] | None:
    """The cells of a row's figures: " | " cells, or space-separated figures where a range
    "a - b" is one cell; None unless there are ``width`` of them."""
    if "|" in text:
        cells = [cell.strip() for cell in text.split("|")]
    else:
        tokens = text.split()
        cells = []
        while tokens:
            if len(tokens) >= 3 and tokens[1] in ("-", "–"):
                cells.append(" ".join(tokens[:3]))
                tokens = tokens[3:]
            else:
                cells.append(tokens.pop(0))
    return cells if len(cells) == width else None


def place_rows(lines: Sequence[tuple[int, str]]) -> tuple[list[PlacePay], set[int]]:
    """The range, average and median cells of every city pay table in ``lines`` and the
    lines the tables take; quartile, highest and ceiling columns are no pay.

    >>> lines = [(1, "City Salary Range Average Salary Highest Salary"),
    ...          (2, "Recife - PE 2.100 - 6.400 3.050,80 6.400,00")]
    >>> found, taken = place_rows(lines)
    >>> [(p.region, p.statistic, p.low, p.high) for p in found], sorted(taken)
    ([('Recife', 'range', 2100.0, 6400.0), ('Recife', 'average', 3050.8, 3050.8)], [1, 2])
    """
    found: list[PlacePay] = []
    taken: set[int] = set()
    index = 0
    while index < len(lines):
        columns = _city_columns(lines[index][1])
        index += 1
        if columns is None:
            continue
        rows: list[tuple[int, str, list[str]]] = []
        while index < len(lines) and (row := _CITY_ROW.match(lines[index][1].strip())):
            cells = _city_cells(row.group("cells"), len(columns))
            if cells is None:
                break
            rows.append((lines[index][0], _STATE_CODE.sub("", row.group("place").strip()), cells))
            index += 1
        if not rows:
            continue
        decimal_comma = any(_DECIMAL_COMMA.match(part) for _, _, cells in rows for cell in cells
                            for part in cell.split(" - "))
        header = index - len(rows) - 1
        taken.add(lines[header][0])
        period = label_period(lines[header - 1][1]) if header > 0 else None
        for no, region, cells in rows:
            taken.add(no)
            for (kind, head), cell in zip(columns, cells, strict=True):
                if kind == "side":
                    continue
                span = _RANGE_CELL.match(cell)
                ends = [span.group("low"), span.group("high")] if span else [cell]
                figures = [grid_figure(end, decimal_comma=decimal_comma) for end in ends]
                if any(figure is None for figure in figures) or (span is None) != (
                        kind != "range"):
                    continue
                low, high = figures[0] or 0.0, figures[-1] or 0.0
                statistic: Statistic = "range" if kind == "range" else (
                    "median" if kind == "median" else "average")
                found.append(PlacePay(no, region, statistic, low, high, head, period))
    return found, taken
