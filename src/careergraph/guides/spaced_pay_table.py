"""A pay table printed in fixed-width columns whose header names a title column and pay
columns by their period ("Role      Hourly      Typical annual" / "Truck Operator   $47 – $52
$132,000 – $145,000"): rewritten as a delimited table ("| Role | Hourly | … |"), so the
delimited table's reader gives each row's figures to its title, by its column's period.

>>> rows = piped_pay_table([(4, "Role             Hourly       Annual"),
...                         (5, "Crib Hand        $30 – $33    $61,000"),
...                         (6, "Rigger           $41          $85,000 – $90,000"),
...                         (7, "+ super on top.")])
>>> rows[4], rows[6]
('| Role | Hourly | Annual |', '| Rigger | $41 | $85,000 – $90,000 |')
>>> sorted(rows)
[4, 5, 6]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from careergraph.guides.amounts import find_money
from careergraph.guides.money_grammar import label_period

__all__ = ["piped_pay_table"]

_GAP = re.compile(r"\s{2,}")
# The header's first cell: the column of titles ("Role", "Job title", "Position").
_TITLE_HEAD = re.compile(r"(?i)(?:role|job(?: title)?|title|position|occupation|trade)")
_MIN_CELLS = 3
_MIN_ROWS = 2


def _cells(text: str) -> list[str]:
    return [cell for cell in _GAP.split(text.strip()) if cell]


def _header(text: str) -> int:
    """The number of columns of a pay header (a title column, then columns each naming a
    period), 0 for any other line."""
    cells = _cells(text)
    if len(cells) < _MIN_CELLS or "|" in text or _TITLE_HEAD.fullmatch(cells[0]) is None:
        return 0
    return len(cells) if all(label_period(cell) for cell in cells[1:]) else 0


def _row(text: str, width: int) -> bool:
    """A row of the table: a title cell, then as many cells as the header, one priced."""
    cells = _cells(text)
    return (len(cells) == width and cells[0][:1].isupper()
            and not any(ch.isdigit() for ch in cells[0])
            and any(find_money(cell) is not None for cell in cells[1:]))


def piped_pay_table(lines: Sequence[tuple[int, str]]) -> dict[int, str]:
    """Each line of a fixed-width pay table (see the module) as a delimited row, by line;
    a header needs two rows right under it."""
    piped: dict[int, str] = {}
    for index, (no, text) in enumerate(lines):
        width = _header(text) if "  " in text else 0
        if not width:
            continue
        rows = []
        for row_no, row_text in lines[index + 1:]:
            if not _row(row_text, width):
                break
            rows.append((row_no, row_text))
        if len(rows) >= _MIN_ROWS:
            for at, cells in [(no, text), *rows]:
                piped[at] = f"| {' | '.join(_cells(cells))} |"
    return piped
