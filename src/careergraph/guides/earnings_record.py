"""Tables of what one employee was paid: a record of earnings, no rate of the job.

A verification of employment, an income report or a payroll summary prints what the employee
earned so far and in past years ("Type   Year To Date Thru 11/30/2026   Past Year 2025", or
"Year | Base | Overtime | Bonus | Total" over "2026 YTD | $41,200.10 | …"), and the gross of
recent pay periods ("Pay date | Period | Hours | Gross").  Those sums depend on the hours and
the months worked: the job's pay is its rate, stated elsewhere on the page.

>>> sorted(earnings_lines([(1, "Year | Base | Overtime | Total"),
...                        (2, "2026 YTD | $41,200.10 | $3,100.00 | $44,300.10"),
...                        (3, "2025 | $50,010.00 | $2,950.00 | $52,960.00"),
...                        (4, "Rate of pay   $24.10")]))
[2, 3]
>>> sorted(earnings_lines([(7, "Type        Year To Date Thru 06/30/2026   Past Year 2025"),
...                        (8, "Base Pay    $ 20,118.52                   $ 39,906.10"),
...                        (9, "Overtime    $ 950.30                      $ 1,210.45"),
...                        (10, "15. Average hours per week  40")]))
[8, 9]
>>> sorted(earnings_lines([(1, "Pay date | Period | Hours | Gross"),
...                        (2, "05/28/2026 | 05/16–05/22 | 41.0 | $1,007.00"), (3, "")]))
[2]

A payslip's "Current | YTD" columns keep this period's pay (no record of earnings), and a
table of a job's pay by year names no earnings types:

>>> earnings_lines([(1, "Description | Current | YTD"), (2, "Basic pay | £2,100 | £8,400")])
frozenset()
>>> earnings_lines([(1, "Year | Median salary"), (2, "2025 | $61,000")])
frozenset()
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from careergraph.guides.gated_re import Gated

__all__ = ["earnings_lines", "may_hold_earnings"]

_CELLS = re.compile(r"\s*\|\s*|\s{3,}")
# A header naming the sums earned so far this year ("YTD", "Year To Date Thru …").
_TO_DATE = re.compile(r"(?i:\bytd\b|\byear[ -]to[ -]date\b)")
# A payslip's column for this period's pay: its table states the current pay.
_CURRENT = re.compile(r"(?i:\b(?:current|this period|this pay)\b)")
# A payroll history's date column ("Pay date", "Check date", "Period ending").
_PAY_DATE = re.compile(r"(?i:\b(?:pay|check|cheque|payment)\s+date\b|\bperiod\s+ending\b)")
_GROSS = re.compile(r"(?i:\b(?:gross|net\s+pay|earnings)\b)")
# The kinds of earnings a yearly record adds up, as its columns.
# ((carry53) a payroll's own short names: "Regular | OT | Misc. | Gross total")
_KINDS = frozenset({"base", "base pay", "overtime", "bonus", "bonuses", "commission",
                    "commissions", "other", "total", "gross", "gross pay", "tips", "regular",
                    "regular pay", "ot", "misc.", "misc", "gross total", "total gross"})
_MONEY = re.compile(r"[$£€]\s?\d")
_MIN_CELLS = 2
_MIN_KINDS = 2


_YEAR_COLUMN = re.compile(r"^year\s*\|", re.IGNORECASE | re.MULTILINE)
# (perf62) The gate's patterns behind their literal tests (gated_re): a page without
# "date" or "td" (most pages) skips the scans that open on "\b", tried at every position.
_PAGE_GATES = tuple(Gated(pattern) for pattern in (_TO_DATE, _PAY_DATE, _YEAR_COLUMN))


def may_hold_earnings(page: str) -> bool:
    """Can ``page`` hold a record of earnings (a header word any such header needs)?  A
    cheap page-level gate before :func:`earnings_lines`.

    >>> may_hold_earnings("Type   Year To Date Thru 06/30/2026"), may_hold_earnings("Pay £9")
    (True, False)
    """
    return any(gate.search(page) for gate in _PAGE_GATES)


def _header(text: str) -> bool:
    """``text`` heads a record of earnings (see the module)."""
    cells = [cell.strip().lower() for cell in _CELLS.split(text.strip()) if cell.strip()]
    if len(cells) < _MIN_CELLS or _MONEY.search(text):
        return False
    if _TO_DATE.search(text):
        return _CURRENT.search(text) is None
    if _PAY_DATE.search(text):
        return _GROSS.search(text) is not None
    return cells[0] == "year" and sum(cell in _KINDS for cell in cells[1:]) >= _MIN_KINDS


def earnings_lines(lines: Sequence[tuple[int, str]]) -> frozenset[int]:
    """The numbers of the lines that are rows of a record of earnings: the lines right under
    such a header holding sums in two columns or more (or one in a row of the header's
    cells), to the first line that does not."""
    found: set[int] = set()
    header = ""
    for no, text in lines:
        if header and (len(_MONEY.findall(text)) >= _MIN_CELLS or (
                "|" in text and _MONEY.search(text) and text.count("|") == header.count("|"))):
            found.add(no)  # a row: its sums in columns, or as many cells as the header
            continue
        header = text if ("|" in text or "   " in text) and _header(text) else ""
    return frozenset(found)
