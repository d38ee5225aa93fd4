"""A table by kind of employer, copied from a PDF as fixed-width text: a survey's "Employer
type   Share of respondents" or "Type of employer   Median salary", then one row a line.

Each row's first cell names a kind of workplace ("Colleges and universities", "Local
government"): a sector, never an employer, since it names no one body.  A figure in the row
is the page's role's pay in that sector; a share or a count is no pay.  A catch-all row
("Other / consulting", "All employers") names no sector.

>>> rows, taken = employer_kind_rows([
...     (4, "Employer type            Median salary"),
...     (5, "Local government         $61,500"),
...     (6, "Other / consulting       $58,000"),
...     (7, "Tree care businesses     $55,200"),
...     (8, "Note: base pay only."),
...     (9, "Type of employer    Share"), (10, "Museums"), (11, ""), (12, "Archivists earn more.")])
>>> [(r.kind, r.pay, r.line) for r in rows], sorted(taken), rows[0].point
([('Local government', '$61,500', 5), ('Tree care businesses', '$55,200', 7), \
('Museums', '', 10)], [4, 5, 6, 7, 9, 10], True)
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from careergraph.guides.amounts import find_money

__all__ = ["KindRow", "employer_kind_rows"]

_GAP = re.compile(r"\s{2,}|\t")
# The header: the kind column first, then at least one more column after a gap.
_HEADER = re.compile(r"^(?:employer\s+types?|types?\s+of\s+employer|employer\s+categor(?:y|ies)|"
                     r"kinds?\s+of\s+employer)(?:\s{2,}|\t)\S", re.IGNORECASE)
_POINT = re.compile(r"\b(?:median|average|mean)\b", re.IGNORECASE)
_CATCH_ALL = re.compile(r"^(?:other|all|total|any|none)\b", re.IGNORECASE)
_KIND_WORDS = 6  # words of one kind of employer, at most


@dataclass(frozen=True)
class KindRow:
    """One row: the kind of employer, the text of its pay cells ("" for none), its line, and
    whether the table's header calls its figures medians or averages."""

    kind: str
    pay: str
    line: int
    point: bool = False


def employer_kind_rows(lines: Sequence[tuple[int, str]]) -> tuple[list[KindRow], set[int]]:
    """The rows of every table by kind of employer in ``lines`` (``(number, text as
    printed)``), and the lines read (headers and catch-all rows too)."""
    rows: list[KindRow] = []
    taken: set[int] = set()
    last: int | None = None  # the line of the table's previous row, while inside one
    point = False
    for no, text in lines:
        if _HEADER.match(text.strip()):
            taken.add(no)
            last = no
            point = _POINT.search(text) is not None
            continue
        if last is None:
            continue
        cells = [c for c in _GAP.split(text.strip()) if c]
        if no != last + 1 or not cells or find_money(cells[0]) is not None or len(
                cells[0].split()) > _KIND_WORDS or not cells[0][:1].isupper() or (
                cells[0][-1:] in ".:;!?"):
            last = None  # (a blank line or a note ends the table; a row whose share a
            continue     # page family cut off keeps its one cell)
        taken.add(no)
        last = no
        if not _CATCH_ALL.match(cells[0]):
            pay = "  ".join(c for c in cells[1:] if find_money(c) is not None)
            rows.append(KindRow(cells[0], pay, no, point))
    return rows, taken
