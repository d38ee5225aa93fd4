"""A ladder printed in columns, each title wrapped down its own column, over a row of figures
(an infographic's recognised text, a poster's ladder):

```
Lab          Forensic        Senior           Crime Lab
Technician   Scientist       Forensic         Director
                             Scientist
$38K         $52K            $78K             $120K
```

Each column's words, top to bottom, are one title; the titles, left to right, are a ladder;
the figure under a column is that title's pay.  Cells are told apart by their starting
column, so the block must keep its spacing (text recognised from an image, a PDF's text).

>>> lines = [(1, "Lab          Forensic        Senior           Crime Lab"),
...          (2, "Technician   Scientist       Forensic         Director"),
...          (3, "                             Scientist"),
...          (4, "$38K         $52K            $78K             $120K")]
>>> def titled(title: str) -> bool:
...     return title.split()[-1] in {"Technician", "Scientist", "Director"}
>>> found = column_rungs(lines, titled)
>>> [title for title, _ in found.stages]
['Lab Technician', 'Forensic Scientist', 'Senior Forensic Scientist', 'Crime Lab Director']
>>> [(title, cell) for title, cell, _ in found.pay][:2]
[('Lab Technician', '$38K'), ('Forensic Scientist', '$52K')]
>>> column_rungs([(1, "Name    Team     Town"), (2, "Ada     Sales    Leeds")], titled) is None
True
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from careergraph.guides.amounts import find_money
from careergraph.guides.stage_matrix import StageMatrix

__all__ = ["column_rungs"]

_GAP = re.compile(r"\S+(?: \S+)*")  # a cell: words parted by single spaces
_MIN_COLUMNS = 3
_SLACK = 1  # characters a wrapped word may stand off its column's start
# A title's words: capitalised (or a grade's numeral), "of" and "and" between them.
_TITLE_WORDS = re.compile(r"[A-Z0-9][\w&'’.-]*(?: (?:of|and|&|[A-Z0-9][\w&'’.-]*))*")


def _cells(text: str) -> list[tuple[int, str]]:
    """``(start, words)`` of each cell of a line whose cells are parted by two spaces or
    more."""
    return [(match.start(), match.group()) for match in _GAP.finditer(text)]


def _column_of(start: int, starts: Sequence[int]) -> int | None:
    """The index of the column starting at ``start`` (within a character), or None."""
    for index, column in enumerate(starts):
        if abs(column - start) <= _SLACK:
            return index
    return None


def _block(lines: Sequence[tuple[int, str]], at: int) -> tuple[list[list[str]], int] | None:
    """The columns' words of the block of title lines opening at ``at`` and the index of the
    line after it, or None when the lines there are no wrapped columns."""
    starts = [start for start, _ in _cells(lines[at][1])]
    if len(starts) < _MIN_COLUMNS or "   " not in lines[at][1]:
        return None
    words: list[list[str]] = [[cell] for _, cell in _cells(lines[at][1])]
    end = at + 1
    while end < len(lines) and lines[end][0] == lines[end - 1][0] + 1:
        cells = _cells(lines[end][1])
        columns = [_column_of(start, starts) for start, _ in cells]
        if not cells or any(column is None for column in columns) or any(
                find_money(cell) is not None for _, cell in cells):
            break
        for column, (_, cell) in zip(columns, cells, strict=True):
            words[column or 0].append(cell)
        end += 1
    return (words, end) if end > at + 1 else None


def _kin(title: str, titles: Sequence[str]) -> bool:
    """``title`` names another column's title at a level, or is named so by one ("Senior
    Glassblower" beside "Glassblower"): one trade's rungs, whether or not the lexicon knows
    its head word."""
    return any(other != title and (other.endswith(f" {title}") or title.endswith(f" {other}"))
               for other in titles)


def column_rungs(lines: Sequence[tuple[int, str]],
                 is_title: Callable[[str], bool]) -> StageMatrix | None:
    """The ladder a block of titles wrapped in columns prints, with the figures of the row
    under it (see the module); None when the page has no such block whose columns are all
    words of titles, most of them titles ``is_title`` knows."""
    for at in range(len(lines)):
        found = _block(lines, at)
        if found is None:
            continue
        words, end = found
        titles = [" ".join(column) for column in words]
        known = sum(1 for title in titles if is_title(title) or _kin(title, titles))
        if known * 2 < len(titles) or not all(_TITLE_WORDS.fullmatch(t) for t in titles):
            continue  # (most columns known titles, every one a title's words)
        line = lines[at][0]
        taken = {no for no, _ in lines[at:end]}
        pay: list[tuple[str, str, int]] = []
        if end < len(lines) and lines[end][0] == lines[end - 1][0] + 1:
            figures = [cell for _, cell in _cells(lines[end][1])]
            if len(figures) == len(titles) and all(find_money(cell) for cell in figures):
                pay = [(title, cell, lines[end][0]) for title, cell in zip(
                    titles, figures, strict=True)]
                taken.add(lines[end][0])
        return StageMatrix(tuple((title, line) for title in titles), (), tuple(pay),
                           frozenset(taken))
    return None
