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
>>> piped_pay_table([(1, "Level / step     Fortnightly     Annual"),
...                  (2, "AO2  S1          $2,100.00       $54,790"),
...                  (3, "AO2  S2          $2,180.00       $56,875")])[3]
'| AO2 S2 | $2,180.00 | $56,875 |'
>>> piped_pay_table([(1, "Grade     Step     Rate $"),
...                  (2, "Grade 2   1        61,300"),
...                  (3, "          2        63,050")])[3]
'| Grade 2 | 2 | 63,050 |'
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from careergraph.guides.amounts import column_terms, find_money
from careergraph.guides.heading_data import word_lists
from careergraph.guides.money_grammar import label_period

__all__ = ["grade_titles", "piped_pay_table"]

_GAP = re.compile(r"\s{2,}")
_BARE_FIGURE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d{2})?|\d{4,6}(?:\.\d{2})?")
_MIN_CELLS = 3
_MIN_ROWS = 2
_STEP_DIGITS = 2  # a step's number (not a year, not a figure)


def _column(cell: str, kind: str) -> bool:
    """``cell`` is a header word of ``kind`` in ``table_columns`` (``data/headings.yaml``):
    the column of titles ("Role", "Job title"), of grades ("Level / pay point": the role's
    own pay at each grade; the words after a slash qualify it) or of steps between the grade
    and the pay ("Year", "Pay point")."""
    words = word_lists("table_columns").get(kind, ())
    lowered = cell.lower()
    return lowered in words or (kind == "grade_heads" and "/" in lowered and (
        lowered.partition("/")[0].strip() in words))


def _cells(text: str) -> list[str]:
    return [cell for cell in _GAP.split(text.strip()) if cell]


def _header(text: str) -> tuple[int, bool]:
    """The number of columns of a pay header (a title column, then columns each naming a
    period), 0 for any other line; and whether its figures may be bare (a grade column,
    step columns, "Year", and a pay column naming its currency, "Rate $")."""
    cells = _cells(text)
    if len(cells) >= _MIN_CELLS and "|" not in text and _column(cells[0], "steps"):
        # (fresh51) "Pay point   Current (£)   Recommended (£)": a step column, then columns
        # each naming its currency (two rates of each step side by side)
        return (len(cells), True) if all(
            (found := column_terms(cell)) is not None and found[0] is not None
            for cell in cells[1:]) else (0, False)
    if len(cells) < _MIN_CELLS or "|" in text or not (
            _column(cells[0], "title") or _column(cells[0], "trade_heads")
            or _column(cells[0], "grade_heads")):
        return 0, False
    if all(label_period(cell) for cell in cells[1:]):
        return len(cells), False
    *steps, pay = cells[1:]
    terms = column_terms(pay)
    bare = (_column(cells[0], "grade_heads") and terms is not None
            and terms[0] is not None and all(_column(cell, "steps") for cell in steps))
    return (len(cells), True) if bare else (0, False)


def _priced(cell: str, bare: bool) -> bool:
    """Whether a row's cell holds a figure (with its sign, or bare under a header naming
    its currency)."""
    return find_money(cell) is not None or (bare and _BARE_FIGURE.fullmatch(cell) is not None)


def _row_cells(text: str, width: int, bare: bool = False) -> list[str]:
    """The cells of a row of the table (a title or grade cell, then as many cells as the
    header, one priced; a grade and its pay point set apart, "HP3  PP2", are one cell), or
    [] for a line that is no row."""
    cells = _cells(text)
    if len(cells) == width + 1 and not any(_priced(cell, bare) for cell in cells[:2]):
        cells = [f"{cells[0]} {cells[1]}", *cells[2:]]
    # (a step's number leads a row of a table by step: "1    31,593    32,541")
    led = bool(cells) and (cells[0][:1].isupper() or (
        bare and cells[0].isdigit() and len(cells[0]) <= _STEP_DIGITS))
    return cells if (len(cells) == width and led
                     and any(_priced(cell, bare) for cell in cells[1:])) else []


def _continued(text: str, width: int, bare: bool, above: list[str]) -> list[str]:
    """An indented row whose grade cell is blank ("          2nd year    80,392") under a
    row of a grade and its step: the grade above at the next step, [] for any other line."""
    if not text[:2].isspace() or not above:
        return []
    cells = _cells(text)
    if len(cells) != width - 1 or not _priced(cells[-1], bare):
        return []
    return [above[0], *cells]


def piped_pay_table(lines: Sequence[tuple[int, str]]) -> dict[int, str]:
    """Each line of a fixed-width pay table (see the module) as a delimited row, by line;
    a header needs two rows right under it.  A row whose grade cell is blank continues the
    grade above (an award's table prints each grade once, over its steps)."""
    piped: dict[int, str] = {}
    for index, (no, text) in enumerate(lines):
        width, bare = _header(text) if "  " in text else (0, False)
        if not width:
            continue
        rows = [(no, _cells(text))]
        for row_no, row_text in lines[index + 1:]:
            cells = _row_cells(row_text, width, bare) or (
                _continued(row_text, width, bare, rows[-1][1]) if len(rows) > 1 else [])
            if not cells:
                break
            rows.append((row_no, cells))
        if len(rows) > _MIN_ROWS:
            for at, cells in rows:
                piped[at] = f"| {' | '.join(cells)} |"
    return piped


# A career structure's line: a grade code, a wide gap, the title at that grade and what it
# does ("HP6   Chief Radiographer – leads the department").
_GRADE_LINE = re.compile(r"^\s*(?P<code>[A-Z]{1,4}\d{1,2})\s{2,}(?P<title>[A-Z][\w'’-]*"
                         r"(?:\s[A-Z][\w'’-]*){0,5})(?:\s*\([^()]{1,60}\))?\s*(?:[–—-]\s.*)?$")


def grade_titles(lines: Sequence[tuple[int, str]]) -> dict[str, str]:
    """The title a page's career structure names at each grade code, when it names two or
    more ("HP2   Imaging Assistant – …" / "HP3   Radiographer – …").

    >>> grade_titles([(1, "HP2   Imaging Assistant (radiology) – stocks rooms"),
    ...               (2, "HP3   Radiographer – routine imaging")])
    {'HP2': 'Imaging Assistant', 'HP3': 'Radiographer'}
    """
    found = {m.group("code"): m.group("title") for _, text in lines
             if "  " in text and (m := _GRADE_LINE.match(text)) is not None}
    return found if len(found) >= _MIN_ROWS else {}
