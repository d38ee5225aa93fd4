"""A take-home pay calculator's arithmetic: figures that restate or deduct from the job's pay.

Pay calculators for a job title (a "salary after tax" page, a paycheck calculator) run the
stated pay through a form and print the results: the same gross a month, a week, a day and
an hour, overtime rates, every deduction (income tax, National Insurance, Social Security,
Medicare, pension, student loan), the net or take-home pay.  None of that is further pay of
the job; the page's own statements ("The average X salary is …", "X earn between …") are.
The lines holding such arithmetic (:func:`calculator_lines`):

- a **results table** whose header names three periods or more ("Yearly  Monthly  Weekly
  Daily  Hourly*"): its rows, down to the first line without a figure;
- a **labelled line** whose label, before its figure, opens with a form or result label
  ("Gross pay ........ $1,064.00", "Federal income tax …… −$93.18", "Net pay", "Annual gross
  at this rate ≈ $55,328", the form's "Gross salary: £48,000 per year" and "Hourly rate ($)
  22.40"), and any line of the breakdown set off by leader dots ("Texas state tax ....
  $0.00"), on a page that labels two lines or more by a deduction or the net pay (or has a
  results table);
- a **percentile row** that is one-sided ("10th  $15.90", "90th percentile $31.50"), or a
  quartile row ("25th  $18.75") whose figure ends a band the page states elsewhere ("earn
  between $18.75 and $26.10"): the band restates it.

The labels are data (``paycheck`` in ``data/headings.yaml``).

>>> calculator_lines([(1, "\\tYearly\\tMonthly\\tWeekly"),
...                   (2, "Gross pay\\t£30,000\\t£2,500\\t£577"),
...                   (3, "Take-home pay\\t£24,100\\t£2,008\\t£463"), (4, "Skills")])
{1, 2, 3}
>>> sorted(calculator_lines([(4, "Income tax .... −$93.18"), (5, "Net pay ........ $889.42"),
...     (6, "Median $22.40"), (7, "90th  $31.50"), (8, "Roofers earn $22.40 an hour")]))
[4, 5, 7]
>>> sorted(calculator_lines([(1, "- Gross pay"), (2, "- £3,000.00"), (3, "- Income tax"),
...     (4, "- £410.00"), (5, "- Take-home pay"), (6, "- £2,420.00")]))
[2, 4, 6]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from careergraph.guides.amounts import find_amounts
from careergraph.guides.heading_data import phrase_alternation, word_lists
from careergraph.guides.text import may_hold_cells

__all__ = ["calculator_lines"]

_MIN_PERIODS = 3  # a results table's header names this many periods at least
_MIN_RESULTS = 2  # … or this many lines are labelled by a deduction or the net pay
_CELLS = re.compile(r"\t|\s{2,}| \| ")
_FIGURE = re.compile(r"\d")
_BULLET = re.compile(r"^\s*[-•*·]\s+")
# A payslip row's element code and empty cells before its label ("9001 | PAYE | | | -792.40",
# "|| NET PAY | | | 2,951.33"): no part of the label.
_ELEMENT_CODE = re.compile(r"^\s*(?:\|\s*)*(?:\d{3,5}\s*\|\s*)?(?:\|\s*)*")
# A row whose only figure is negative ("NI | | | -276.18"): a deduction on a calculator page.
_NEGATIVE_ONLY = re.compile(r"^[^\d−–-]*(?:\|\s*)*[−-]\s?\S{0,3}\d[\d,.]*\s*$")
# A figure alone on its line: "£1,625.00", "−$93.18", "€ 712.40 / month".
_FIGURE_ALONE = re.compile(r"^[−–-]?\s*(?:[A-Z]{0,3}[$£€¥₹]|[A-Z]{3})?\s?\d[\d,.]*\s*"
                           r"(?:/\s*\w+|%)?$")
_LABEL_WORDS = 5  # a form or results label printed alone is this short
_LEADER_DOTS = re.compile(r"\.{4,}\s*[−–-]?\s*\S{0,3}\d")  # "Net pay ...... $889.42"


@cache
def _words() -> dict[str, tuple[str, ...]]:
    return word_lists("paycheck")


def _opens(text: str, key: str) -> bool:
    """The line opens with a phrase of the ``key`` list, as whole words."""
    return bool(_opening(key).match(text))


def _closes(label: str, key: str) -> bool:
    """A line's label ends with a phrase of the ``key`` list ("Ohio state tax: $31.10")."""
    return bool(_closing(key).search(label)) and not _FIGURE.search(label)


@cache
def _closing(key: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{phrase_alternation(_words().get(key, ()))})\s*$",
                      re.IGNORECASE)


@cache
def _opening(key: str) -> re.Pattern[str]:
    return re.compile(rf"[\s•*-]*(?:{phrase_alternation(_words().get(key, ()))})(?![\w-])",
                      re.IGNORECASE)


def _one_sided() -> re.Pattern[str]:
    return _percentile("one_sided")


@cache
def _percentile(key: str) -> re.Pattern[str]:
    words = phrase_alternation(_words().get(key, ()))
    return re.compile(rf"\s*(?:{words})(?![\w-])(?:\s+percentile)?[\s:]*\S{{0,3}}\d",
                      re.IGNORECASE)


def _band_ends(lines: Sequence[tuple[int, str]]) -> set[float]:
    """The ends of every band (low and high differ) the lines state."""
    return {end for _, text in lines if "between" in text or "–" in text or "-" in text
            or " to " in text for money in find_amounts(text)
            if money.low is not None and money.high is not None and money.low != money.high
            for end in (money.low, money.high)}


@cache
def _periods() -> frozenset[str]:
    return frozenset(_words().get("periods", ()))


def _period_header(text: str) -> bool:
    """A results table's header: its cells are periods ("Yearly", "Monthly", "Hourly*")."""
    if not may_hold_cells(text):
        return False  # one cell (most lines): fewer than _MIN_PERIODS periods
    periods = _periods()
    cells = [cell.strip(" *").lower() for cell in _CELLS.split(text) if cell.strip(" *")]
    named = sum(cell in periods for cell in cells)
    return named >= _MIN_PERIODS and named >= len(cells) - 1 and not _FIGURE.search(text)


def calculator_lines(lines: Sequence[tuple[int, str]]) -> set[int]:
    """The lines of ``lines`` (number, text) that hold a pay calculator's form fields,
    results or one-sided percentiles: no pay of the job (see the module doc)."""
    found: set[int] = set()
    labelled: set[int] = set()
    results = 0  # lines labelled by a deduction or the net pay: the page is a calculator
    in_table = table = False
    label = ""  # a label printed alone, its figure on the next line ("- Income tax", "- £1")
    for no, raw in lines:
        text = _BULLET.sub("", raw)
        if "|" in text:
            text = _ELEMENT_CODE.sub("", text)
        if label and _FIGURE_ALONE.match(text):
            labelled.add(no)
            results += label == "results"
            label = ""
            continue
        label = ("results" if _opens(text, "results") else "form" if _opens(text, "form")
                 else "") if text and not _FIGURE.search(text) and len(text.split()) <= (
            _LABEL_WORDS) else ""
        if _period_header(text):
            in_table = table = True
            found.add(no)
            continue
        if in_table and _FIGURE.search(text) and _CELLS.search(text.strip()):
            found.add(no)
            continue
        in_table = False
        if not _FIGURE.search(text):
            continue
        if _one_sided().match(text):
            found.add(no)
        elif ":" in text and _closes(text.split(":", 1)[0], "tools"):
            found.add(no)  # (carry50) "Gross-to-net calculator: 2.100 EUR bruto → …"
        elif _opens(text, "results") or _closes(text.split(":", 1)[0], "results"):
            labelled.add(no)
            results += 1
        elif (_opens(text, "form") or _LEADER_DOTS.search(text)
              or ("|" in text and _NEGATIVE_ONLY.match(text))):
            labelled.add(no)
    quartiles = [(no, text) for no, text in lines if _percentile("quartiles").match(text)]
    if quartiles:
        ends = _band_ends(lines)
        found |= {no for no, text in quartiles
                  if any(m.low in ends for m in find_amounts(text, only_first=True))}
    return found | labelled if results >= _MIN_RESULTS or table else found
