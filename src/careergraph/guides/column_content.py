"""What a delimited table's column holds, told from its cells when its header word is unknown.

A header names its columns in the site's own words ("Band", "Title", "Package", "XP",
"Stack"); the words ``table_columns`` knows cover most, not all.  A column whose every filled
cell is plainly of one kind is classified by its content instead:

- **pay**: every cell is money with a currency mark or a pay word ("$52,000 - $61,000",
  "£18.40/hr", "EUR 48k");
- **years**: every cell is a span of years ("2-4 yrs", "5+ years", "0–1");
- **skills**: every cell lists two names or more (by ";", "," or " / ") and at least half of
  all the names are skills or tools the vocabulary knows ("Kafka; dbt; SQL").

Two filled cells at least; one cell of another kind and the column stays unknown.  (A
section's lines are judged so by :mod:`careergraph.guides.by_content`; a table's column is
judged here, every cell agreeing, since one column's cells are one kind by design.)

>>> column_kind(["$52,000 - $61,000", "$64,000 - $75,000", "-"])
'pay'
>>> column_kind(["2-4 yrs", "5+ years"])
'years'
>>> column_kind(["Kafka; SQL", "dbt; Airflow"], lambda name: name in {"Kafka", "SQL", "dbt"})
'skills'
>>> column_kind(["London; Leeds", "Hull; York"], lambda name: False) is None
True
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from careergraph.guides.amounts import find_money

__all__ = ["column_kind"]

_MIN_CELLS = 2
_EMPTY = re.compile(r"^(?:[-–—]+|n/?a|tbc|tbd|none|nil|\?)?$", re.IGNORECASE)
_YEARS = re.compile(r"^\d{1,2}(?:\s*(?:[-–—]|to)\s*\d{1,2}|\s*\+)?\s*(?:years?|yrs?|y)?\.?$",
                    re.IGNORECASE)
_YEAR_WORD = re.compile(r"\b(?:years?|yrs?)\b|\d\s*\+|\d\s*[-–—]\s*\d", re.IGNORECASE)
_LIST_SEPARATOR = re.compile(r"\s*(?:;|,|\s/\s)\s*")
_MAX_NAME_WORDS = 4


def _filled(values: Sequence[str]) -> list[str]:
    return [v.strip().strip('"').strip() for v in values
            if v.strip().strip('"').strip() and not _EMPTY.match(v.strip())]


def column_kind(values: Sequence[str],
                 is_skill: Callable[[str], bool] | None = None) -> str | None:
    """``pay``, ``years`` or ``skills`` when every filled cell of a column is plainly that
    (see the module), else None."""
    cells = _filled(values)
    if len(cells) < _MIN_CELLS:
        return None
    if all(find_money(cell) is not None for cell in cells):
        return "pay"
    if all(_YEARS.match(cell) for cell in cells) and any(_YEAR_WORD.search(c) for c in cells):
        return "years"  # (bare numbers alone may be counts or codes: one cell says years)
    if is_skill is None:
        return None
    names: list[str] = []
    for cell in cells:
        items = [i for i in _LIST_SEPARATOR.split(cell) if i]
        if len(items) < _MIN_CELLS or any(
                len(i.split()) > _MAX_NAME_WORDS or any(ch.isdigit() for ch in i)
                for i in items):
            return None
        names.extend(items)
    known = sum(1 for name in names if is_skill(name))
    return "skills" if known * 2 >= len(names) else None
