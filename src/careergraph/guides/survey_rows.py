"""Pay tables in fixed-width columns whose figures are a band's ends and its middle.

A salary survey's table by experience or by position ("Experience  n  Lower quartile  Median
Upper quartile", "Position  Median  Range (25th–75th)") and an employer's pay-range schedule
by grade ("Pay ranges (hourly)  Minimum  Midpoint  Maximum"), copied from a PDF as text:
a header naming a low, a middle and a high column (or a middle and a range column), then one
row a line, a label (an experience band, a title, a grade and its title) and its figures.
Each row gives a band (low to high) and a point (the middle, a median or a range's
midpoint); count columns ("n", "Respondents") are no pay.  A median column alone beside a
count column ("Position  n  Median") gives each row's point; a guideline's "Position
Minimum  Maximum" gives each row's band and no point (``middle`` None).  Whose the row is
— the page's role at a level, or another title — is the caller's to decide from the label.

>>> lines = [(1, "Experience     n    Lower quartile   Median    Upper quartile"),
...          (2, "Under 3 years  41   $40,000          $45,500   $51,000"),
...          (3, "Note: figures are base pay.")]
>>> rows, taken = survey_rows(lines)
>>> [(r.label, r.low, r.high, r.middle, r.currency) for r in rows], sorted(taken)
([('Under 3 years', 40000, 51000, 45500, 'USD')], [1, 2])
>>> rows, _ = survey_rows([(1, "Position   Median   Range (25th–75th)"),
...                        (2, "Glazier    $31.20   $28.00 – $35.50")])
>>> [(r.label, r.low, r.high, r.middle) for r in rows]
[('Glazier', 28, 35.5, 31.2)]
>>> rows, _ = survey_rows([(1, "Years     n    Low       Median    High"),
...                        (2, "All map curators 163 $48,000 $56,000 $66,000")])
>>> [(r.label, r.low, r.high, r.middle) for r in rows]
[('All map curators', 48000, 66000, 56000)]
>>> rows, _ = survey_rows([(1, "Pay by post"), (2, "Map curator    41,000   46,500   52,000"),
...                        (3, "Chief curator  55,000   61,000   68,500")])
>>> [(r.label, r.low, r.high, r.middle) for r in rows]
[('Map curator', 41000, 52000, 46500), ('Chief curator', 55000, 68500, 61000)]
>>> rows, _ = survey_rows([(1, "Position          Minimum    Maximum"),
...                        (2, "Parish Organist   $31,000    $38,500")])
>>> [(r.label, r.low, r.high, r.middle) for r in rows]
[('Parish Organist', 31000, 38500, None)]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from careergraph.guides.amounts import find_amounts
from careergraph.guides.money_grammar import Money

__all__ = ["HEADERLESS_ROW", "SurveyRow", "run_header", "survey_rows"]

_GAP = re.compile(r"\s{2,}|\t")
# Column heads by their part of a band; a range column holds a whole band in one cell.
# ("LQ", "UQ", "Q1", "Q3": a survey's quartiles abbreviated)
_LOW = re.compile(r"(?:lower|1st|first|bottom) quartile|25th(?: percentile| pct\.?)?|p25|lq|q1|"
                  r"minimum|min\.?|range minimum|low|lowest", re.IGNORECASE)
_MIDDLE = re.compile(r"median|50th(?: percentile| pct\.?)?|p50|mid-?point|mid point|mid",
                     re.IGNORECASE)
_HIGH = re.compile(r"(?:upper|3rd|third|top) quartile|75th(?: percentile| pct\.?)?|p75|uq|q3|"
                   r"maximum|max\.?|range maximum|high|highest", re.IGNORECASE)
_RANGE = re.compile(r"(?:(?:salary |pay |wage )?range|middle 50\s?%|interquartile range|iqr)"
                    r"(?:\s*\(\s*25th\s?[–—-]\s?75th(?: percentile)?\s*\))?", re.IGNORECASE)
_COUNT = re.compile(r"n|count|respondents|responses|incumbents|sample(?: size)?|employees",
                    re.IGNORECASE)
_PERIODS = (("hour", re.compile(r"\bhourly\b|\bper hour\b|/\s?hr\b", re.IGNORECASE)),
            ("month", re.compile(r"\bmonthly\b|\bper month\b", re.IGNORECASE)),
            ("week", re.compile(r"\bweekly\b|\bper week\b", re.IGNORECASE)),
            ("year", re.compile(r"\bannual\b|\bper annum\b|\byearly\b", re.IGNORECASE)))
_MAX_LABEL = 60  # characters of a row's label
_BARE_KINDS = ("low", "middle", "high")  # a headerless table's figures, as rows print them
_BARE_ROWS = 2
# A cheap test for a headerless table's row: a label, then three figures in columns.
HEADERLESS_ROW = re.compile(r"(?m)^[^\S\n]*[A-Za-z][^\n\d]{0,60}?(?:(?:\t|  +)[$€£]?\d[\d,.]*){3}"
                            r"[^\S\n]*$")
_COUNTED = re.compile(r"(?<=[a-z])\s+\d{1,5}$")
# A label too long for its column, run into its count and figures with single spaces ("All
# map curators 163 $48,000 …"): the words before the count and the first figure.
# An experience band may open the label ("0–2 years 160 $66,500 …").
_RUN_LABEL = re.compile(r"(?P<label>(?:\d{1,2}(?:\s?[–—-]\s?\d{1,2}|\+)\s+)?[A-Za-z][^\d$€£]*?"
                        r"[A-Za-z)])(?:\s+\d{1,5})?\s+(?=[$€£])")
# A header whose cells were run together with single spaces, as a PDF's text can print it
# ("Experience n Lower quartile Median Upper quartile"): a label's head, an optional count,
# then a low, a middle and a high column.
_RUN_HEADER = re.compile(rf"[A-Za-z][A-Za-z ]{{0,30}}? (?:(?:{_COUNT.pattern}) )?"
                         rf"(?:{_LOW.pattern}) (?:{_MIDDLE.pattern}) (?:{_HIGH.pattern})",
                         re.IGNORECASE)


@dataclass(frozen=True)
class SurveyRow:
    """One row: its label, its band's ends, its middle, in one currency and period."""

    line: int
    label: str
    low: float
    high: float
    middle: float | None  # (None: a minimum and a maximum column, no middle)
    currency: str
    period: str
    money: Money  # the middle's amount as found (its currency, its period)


def _columns(text: str) -> list[str] | None:
    """The parts of a band a header's cells name, in order ("low", "middle", "high",
    "range"), or None when the line is no such header (no middle, or no band around it)."""
    cells = [cell.strip() for cell in _GAP.split(text.strip()) if cell.strip()]
    if len(cells) < 3:  # a label column and at least two figures' columns
        return None
    kinds: list[str] = []
    for cell in cells[1:]:
        if _COUNT.fullmatch(cell):
            continue  # ("n": how many answered, no pay)
        kind = next((name for name, pattern in (("low", _LOW), ("middle", _MIDDLE),
                                                ("high", _HIGH), ("range", _RANGE))
                     if pattern.fullmatch(cell)), None)
        if kind is None:
            return None
        kinds.append(kind)
    banded = kinds in (["low", "middle", "high"], ["middle", "range"], ["range", "middle"],
                       ["low", "high"])
    # ("Position  n  Median": a median column alone, beside a count of answers)
    counted = kinds == ["middle"] and len(cells) > 2
    return kinds if banded or counted else None


def run_header(page: str) -> bool:
    """Whether ``page`` holds a survey table's header run together with single spaces
    (a page with no column gaps at all may still hold one)."""
    return any(_RUN_HEADER.fullmatch(line.strip()) for line in page.splitlines()
               if "quartile" in line.lower() or "percentile" in line.lower())


def _period(*texts: str) -> str | None:
    """The period a header or the title above it states ("hourly", "annual"), if any."""
    return next((period for period, pattern in _PERIODS
                 for text in texts if pattern.search(text)), None)


def _row(no: int, text: str, kinds: Sequence[str], period: str | None, dollar: str,
         home: str, *, bare: bool = False) -> SurveyRow | None:
    text = text.strip()
    label = _GAP.split(text)[0].strip()
    run = _RUN_LABEL.match(label) if "$" in label or "€" in label or "£" in label else None
    if run is not None:
        label = text[: run.end()].rstrip()  # (the count stays: it is cut below)
    if not label or len(label) > _MAX_LABEL or find_amounts(label, dollar=dollar):
        return None
    found = find_amounts(text[len(label):], dollar=dollar, home=home, period=period, bare=bare)
    if len(found) != len(kinds):
        return None  # (a note under the table: "… the $55 vehicle allowance")
    parts = dict(zip(kinds, found, strict=True))
    if "middle" not in parts:  # ("Minimum  Maximum": the band's ends alone)
        low, high = parts["low"].low, parts["high"].low
        if low is None or high is None or not low < high:
            return None
        ends = parts["low"]
        return SurveyRow(no, _COUNTED.sub("", label), low, high, None, ends.currency,
                         ends.period, ends)
    middle = parts["middle"]
    if len(parts) == 1:
        low = high = middle.low
    elif "range" in parts:
        band = parts["range"]
        low, high = band.low, band.high
    else:
        low, high = parts["low"].low, parts["high"].low
    if middle.low is None or low is None or high is None or not low <= middle.low <= high:
        return None
    label = _COUNTED.sub("", label)  # ("All respondents 330": the count glued to its label)
    return SurveyRow(no, label, low, high, middle.low, middle.currency, middle.period, middle)


def _headerless(lines: Sequence[tuple[int, str]], index: int, dollar: str,
                home: str) -> list[SurveyRow]:
    """A table from ``index`` whose header was lost in copying: two rows or more in a
    row, each a label in its own column and three figures of pay (a currency, or at least
    1,000) rising from low to middle to high; none after a line of cells (a header of
    other columns, "Title  2023  2024  2025": a figure a year, no band)."""
    if index and len(_GAP.split(lines[index - 1][1].strip())) > 1:
        return []
    table: list[SurveyRow] = []
    for no, text in lines[index:]:
        row = _row(no, text, _BARE_KINDS, None, dollar, home, bare=True) if (
            "  " in text.strip() or "\t" in text) else None
        if row is None or row.middle is None or not row.low < row.middle < row.high:
            break
        table.append(row)
    return table if len(table) >= _BARE_ROWS else []


def survey_rows(lines: Sequence[tuple[int, str]], *, dollar: str = "USD",
                home: str = "USD") -> tuple[list[SurveyRow], set[int]]:
    """The rows of every such table in ``lines`` (number and text as printed, spacing
    kept) and the lines the tables take (their headers and rows)."""
    rows: list[SurveyRow] = []
    taken: set[int] = set()
    index = 0
    while index < len(lines):
        no, text = lines[index]
        kinds = _columns(text) if ("  " in text or "\t" in text) else (
            ["low", "middle", "high"] if _RUN_HEADER.fullmatch(text.strip()) else None)
        if kinds is None:
            bare = _headerless(lines, index, dollar, home) if (
                "  " in text.strip() or "\t" in text) else []
            rows.extend(bare)
            taken |= {row.line for row in bare}
            index += max(1, len(bare))
            continue
        above = lines[index - 1][1] if index else ""
        period = _period(text, above)
        table: list[SurveyRow] = []
        index += 1
        while index < len(lines):
            row = _row(*lines[index], kinds, period, dollar, home)
            if row is None:
                break
            table.append(row)
            index += 1
        if table:
            rows.extend(table)
            taken |= {no} | {row.line for row in table}
    return rows, taken
