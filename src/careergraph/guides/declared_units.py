"""(fixes73) A field table's currency printed once, in a bracket of units.

An applicant-tracking export prints its pay rows as ``Field | Value`` cells and states the
currency once, in a bracket of units at the end of a row ("Salary Structure | Minimum 46,200 |
Maximum 64,600 (annual, USD)"); the rows below print bare figures ("Proposed Hiring Range |
48,000 - 53,000"). The bracket's currency is the currency of every thousands-grouped bare figure
of that row and of the table's rows after it: :func:`declared_currency` writes the code before
each, so the pay readers see money. A row that counts (its first cell "Number of …",
"Headcount", "Openings") keeps its figures bare, and a row's figure that already carries a sign
or a code is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from careergraph.guides.money_grammar import _CODES
from careergraph.guides.text import Line

__all__ = ["declared_currency"]

_PERIODS = (r"annual|annually|yearly|per\s+(?:year|annum|month|hour|week)|a\s+year|monthly|"
            r"hourly|weekly|gross|base|p\.a\.")
# "(annual, USD)", "(USD, annual)", "(USD per year)", "(in USD)": a bracket of units only.
_UNITS = re.compile(r"\((?:(?:in\s+)?(?P<a>" + "|".join(_CODES) + r")(?:\s*,?\s*(?:" + _PERIODS
                    + r"))?|(?:" + _PERIODS + r")\s*,?\s*(?:in\s+)?(?P<b>" + "|".join(_CODES)
                    + r"))\)\s*$", re.IGNORECASE)
# A bare figure with its thousands grouped ("46,200", "53,900.00"), no sign or code before it.
_BARE = re.compile(r"(?<![\w$€£¥₹₱.,/-])(?<![A-Z]{3} )(\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?)(?![\d,%])")
# A row whose first cell counts people, posts or days: its figures are no money.
_COUNT_CELL = re.compile(r"\s*(?:total\s+)?(?:number\s+of|no\.\s+of|headcount|openings|"
                         r"positions|vacancies|employees|staff|fte|hours|days|applicants|"
                         r"population|students|enrol+ment)\b", re.IGNORECASE)


def declared_currency(lines: Sequence[Line]) -> tuple[list[Line], frozenset[int]]:
    """``lines`` with the currency a field table's bracket of units declares written before
    the bare figures of that row and of the table's rows below it, and the numbers of the
    rows so priced (their figures are pay, as under a pay heading).

    >>> page = [Line(1, "Field | Value"),
    ...         Line(2, "Pay Band | Low 31,500 | High 44,000 (annual, CAD)"),
    ...         Line(3, "Offer Range | 33,000 - 36,500"),
    ...         Line(4, "Number of Openings | 2,000"),
    ...         Line(5, "Grade Above | Team Lead: 40,100 - 52,300"),
    ...         Line(6, ""),
    ...         Line(7, "Budget | 12,000")]
    >>> priced, rows = declared_currency(page)
    >>> for line in priced[1:]:
    ...     print(line.text)
    Pay Band | Low CAD 31,500 | High CAD 44,000 (annual, CAD)
    Offer Range | CAD 33,000 - CAD 36,500
    Number of Openings | 2,000
    Grade Above | Team Lead: CAD 40,100 - CAD 52,300
    <BLANKLINE>
    Budget | 12,000
    >>> rows
    frozenset({2, 3, 5})
    >>> declared_currency(page[2:]) == (page[2:], frozenset())  # no bracket: figures stay bare
    True
    """
    if not any(")" in line.text and " | " in line.text and _UNITS.search(line.text)
               for line in lines):
        return list(lines), frozenset()
    out: list[Line] = []
    priced: set[int] = set()
    code: str | None = None
    for line in lines:
        if " | " not in line.text:
            code = None  # the table ends
            out.append(line)
            continue
        found = _UNITS.search(line.text) if ")" in line.text else None
        if found is not None:
            code = (found.group("a") or found.group("b")).upper()
        if code is None or _COUNT_CELL.match(line.text) or "," not in line.text:
            out.append(line)
            continue
        text = _BARE.sub(rf"{code} \1", line.text)
        if text != line.text:
            priced.add(line.no)
        out.append(Line(line.no, text))
    return out, frozenset(priced)
