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

from careergraph.guides.salary import Statistic

__all__ = ["PeriodPay", "grid_figure", "period_rows"]

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
        return float(cell.replace(".", "").replace(",", "."))
    return float(cell.replace(",", ""))


def _heads(text: str) -> list[str] | None:
    """The periods a header line names, in order (None unless the line is only heads)."""
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
    match = _ROW.match(lines[index][1].strip())
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
