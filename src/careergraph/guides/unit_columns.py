"""A pay table whose unit (currency and period) is printed once, above or in its columns.

Crewing agencies, rate guides and contractors print a rank's or a vessel type's pay as bare
figures, the unit said once: in each pay column's head ("UKCS (GBP/day)", "International
(USD/day)") or in the table's title line ("WAGE SCALE (USD per month, all-in)", "RANKS AT A
GLANCE (bulk fleet, USD/month)")::

    Rank                  UKCS (GBP/day)      International (USD/day)
    Roustabout            £185 – £205          $230 – $260

    ENGINE RANKS AT A GLANCE (bulk fleet, USD/month)
    Chief Engineer ........ 11,400 - 12,300

Each row's first cell names whose figure it is (a title, or a qualifier of the role's own
pay: a vessel type, a place); each pay cell is read in its column's unit, a column's place
kept ("UKCS").  :func:`unit_rows` finds them; the caller tells who owns each row.

>>> found, taken = unit_rows([(1, "RATES (day rates)"),
...     (2, "Rank          North (GBP/day)     South (USD/day)"),
...     (3, "Deckhand      £150 – £170         $190 – $210"),
...     (4, "Bosun         £200                $260"), (5, "")])
>>> [(p.line, p.title, p.text, p.place) for p in found]  # doctest: +NORMALIZE_WHITESPACE
[(3, 'Deckhand', 'GBP 150 – 170 per day', 'North'),
 (3, 'Deckhand', 'USD 190 – 210 per day', 'South'),
 (4, 'Bosun', 'GBP 200 per day', 'North'), (4, 'Bosun', 'USD 260 per day', 'South')]
>>> sorted(taken)
[2, 3, 4]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

__all__ = ["UnitPay", "has_unit", "unit_rows"]

# A unit: a currency's code and a period ("GBP/day", "USD per month", "EUR a year").
_UNIT = re.compile(r"\b(?P<code>[A-Z]{3})\s*(?:/|per\s+|an?\s+)\s*"
                   r"(?P<period>hour|day|shift|week|month|year)\b")
# Cells set apart by a bar, a tab, leader dots or a run of spaces.
_CELLS = re.compile(r"\s*\|\s*|\t+|\s*\.{3,}\s*|\s{2,}")
# A pay cell: a figure or a band of bare figures (a currency sign allowed on each end).
_FIGURE = r"[£$€]?\s?\d{1,3}(?:,\d{3})*(?:\.\d{1,2})?"
_PAY_CELL = re.compile(rf"(?P<low>{_FIGURE})(?:\s*[–-]\s*(?P<high>{_FIGURE}))?")
_SIGN = re.compile(r"[£$€\s]")
_PLACE = re.compile(r"\s*\([^()]*\)\s*$")  # a column's unit in brackets after its place
_MIN_CELLS = 2  # a title and one pay cell, at least
_MIN_ROWS = 2  # rows that make a table (one row is a sentence's figure)
_TITLE_CELL = re.compile(r"[A-Z][\w'’()/&.,-]*(?:\s[\w'’()/&.,-]+){0,6}")


@dataclass(frozen=True)
class UnitPay:
    """One pay cell: its row's line and first cell, the figure in its unit as text
    ("GBP 185 – 205 per day"), its column's place, if the column names one, and its table's
    first line."""

    line: int
    title: str
    text: str
    place: str | None
    table: int = 0


def _cells(text: str) -> list[str]:
    """A line's cells (no empty ones)."""
    return [cell for cell in _CELLS.split(text.strip()) if cell]


def _units(cells: Sequence[str]) -> list[re.Match[str] | None]:
    """Each cell's unit, if it states one."""
    return [_UNIT.search(cell) for cell in cells]


def _read(cell: str, unit: re.Match[str]) -> str | None:
    """A pay cell as text in its unit, or None when the cell is no figure."""
    match = _PAY_CELL.fullmatch(cell.strip())
    if match is None:
        return None
    low, high = (_SIGN.sub("", part) if part else None for part in match.group("low", "high"))
    band = f"{low} – {high}" if high else f"{low}"
    return f"{unit.group('code')} {band} per {unit.group('period')}"


def _place(head: str) -> str | None:
    """The place a pay column's head names before its unit ("UKCS (GBP/day)": UKCS)."""
    place = _PLACE.sub("", head).strip()
    return place if place and place != head.strip() and not _UNIT.search(place) else None


def _table(lines: Sequence[tuple[int, str]], start: int, title_unit: re.Match[str] | None,
           ) -> tuple[list[UnitPay], set[int]]:
    """The table whose header (or first row) is ``lines[start]``: its pay cells and lines."""
    head = _cells(lines[start][1])
    units = _units(head)
    columns: dict[int, tuple[re.Match[str], str | None]] = {
        index: (unit, _place(head[index])) for index, unit in enumerate(units)
        if unit is not None and index > 0}
    first = start + 1 if columns else start
    if not columns and title_unit is None:
        return [], set()
    found: list[UnitPay] = []
    taken: set[int] = set()
    for no, text in lines[first:]:
        cells = _cells(text)
        if len(cells) < _MIN_CELLS or not _TITLE_CELL.fullmatch(cells[0]):
            break
        row = [UnitPay(no, cells[0], read, columns[index][1] if index in columns else None,
                       lines[start][0])
               for index, cell in enumerate(cells) if index > 0
               for unit in [columns[index][0] if index in columns else (
                   title_unit if not columns else None)] if unit is not None
               for read in [_read(cell, unit)] if read is not None]
        if not row:
            break
        found.extend(row)
        taken.add(no)
    if len(taken) < _MIN_ROWS:
        return [], set()
    if columns:
        taken.add(lines[start][0])
    return found, taken


def has_unit(text: str) -> bool:
    """``text`` states a currency's code with a period somewhere ("(GBP/day)")."""
    return _UNIT.search(text) is not None


def unit_rows(lines: Sequence[tuple[int, str]]) -> tuple[list[UnitPay], set[int]]:
    """Every pay cell of the page's tables whose unit is printed once (see the module's
    docstring), and the lines they take (headers and rows)."""
    found: list[UnitPay] = []
    taken: set[int] = set()
    index = 0
    while index < len(lines):
        no, text = lines[index]
        above = lines[index - 1][1] if index else ""
        title_unit = _UNIT.search(above) if len(_cells(above)) == 1 else None
        if no not in taken and len(_cells(text)) >= _MIN_CELLS:
            pays, lines_taken = _table(lines, index, title_unit)
            if not pays and index + 1 < len(lines) and title_unit is not None:
                # a header with no unit under the title ("Vessel type | 2/E | Contract")
                pays, lines_taken = _table(lines, index + 1, title_unit)
                lines_taken |= {no} if pays else set()
            found.extend(pays)
            taken |= lines_taken
            if lines_taken:
                index = max(i for i, (n, _) in enumerate(lines) if n in lines_taken) + 1
                continue
        index += 1
    return found, taken
