"""Pay league tables: employers ranked by what they pay one role.

A trade or legal magazine ranks employers by one figure for one job ("Rank | Chambers | Base |
Pupillage award | Change", "Rank<TAB>Retailer<TAB>Base rate<TAB>London rate"): a header whose
first cell names the rank and one cell names the kind of employer ranked (words:
``league_tables`` in ``data/headings.yaml``), then one row an employer, its rank a number, a
tie ("2=", "5=") or a dash for an unranked one.  Every ranked employer employs the role, one
that does not disclose its figure too; the cells of pay columns (a head naming pay, "award",
"rate") are the role's pay at that employer, a column naming a place ("London rate") the pay
there; change, headcount and date columns are no pay.

>>> lines = [(1, "Rank | Firm | City | Starting salary | Change"),
...          (2, "1    | Moss & Reed | Leeds | £52,000 | ▲ £2,000"),
...          (3, "2=   | Harte LLP | York | £48,500* | –"),
...          (4, "–    | Quill Partners | Hull | Not disclosed | –")]
>>> rows, taken = league_rows(lines)
>>> [(r.line, r.employer, r.cells) for r in rows]  # doctest: +NORMALIZE_WHITESPACE
[(2, 'Moss & Reed', (('Starting salary', '£52,000'),)),
 (3, 'Harte LLP', (('Starting salary', '£48,500*'),)),
 (4, 'Quill Partners', (('Starting salary', 'Not disclosed'),))]
>>> sorted(taken)
[1, 2, 3, 4]

A round-up may rank them in numbered lines instead, each an employer, a dash and its pay
("1. Moss & Reed – £13.60 an hour (£14.95 in London)", ties "2=."): three such lines or more
make a league, each employer the role's (:func:`ranked_employers`).

>>> ranked_employers([(5, "1. Hob's – £13.60 an hour"), (6, "2=. Lark Foods – £13.40 an hour"),
...                   (7, "2=. Penn & Co – £13.40 an hour"), (8, "Perks: a discount.")])
[("Hob's", 5), ('Lark Foods', 6), ('Penn & Co', 7)]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from careergraph.guides.heading_data import word_lists

__all__ = ["LeagueRow", "league_rows", "place_of", "ranked_employers"]

_CELL_SPLIT = re.compile(r"\s*\|\s*|\t+\s*|\s{2,}")
_RANK_HEAD = re.compile(r"^(?:rank(?:ing)?|#|no\.?|pos(?:ition|\.)?)$", re.IGNORECASE)
_RANK_CELL = re.compile(r"^(?:=?\d{1,3}=?|[–—-])$")
_PLACE_HEAD = re.compile(r"\b(London|inner London|outer London|national|regional)\b",
                         re.IGNORECASE)
_MIN_ROWS = 2
# A numbered league line: its rank (a tie "2=" too), the employer, a dash, then its pay.
_RANKED_LINE = re.compile(r"^\s*\d{1,2}=?[.)]?\s+"
                          r"(?P<name>[A-Z0-9][\w'’&.,-]*(?:\s+[\w'’&.-]+){0,4}?)"
                          r"\s+[–—-]\s+[£$€]\s?\d")
_MIN_RANKED = 3


@dataclass(frozen=True)
class LeagueRow:
    """A ranked employer: its line, its name and its pay cells as (column head, cell)."""

    line: int
    employer: str
    cells: tuple[tuple[str, str], ...]


@cache
def _words() -> tuple[frozenset[str], re.Pattern[str], re.Pattern[str]]:
    lists = word_lists("league_tables")
    employer = frozenset(lists.get("employer_columns", ()))
    pay = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in lists.get("pay_columns", ()))
                     + r")\b", re.IGNORECASE)
    not_pay = re.compile(r"\b(?:" + "|".join(
        re.escape(w) for w in lists.get("not_pay_columns", ())) + r")", re.IGNORECASE)
    return employer, pay, not_pay


def _cells(text: str) -> list[str]:
    return [cell.strip() for cell in _CELL_SPLIT.split(text.strip().strip("|")) if cell.strip()]


def place_of(head: str) -> str | None:
    """The place a pay column's head names ("London rate" -> "London"), or None."""
    match = _PLACE_HEAD.search(head)
    return None if match is None or match.group(1).lower() in ("national", "regional") else (
        match.group(1))


def league_rows(lines: Sequence[tuple[int, str]]) -> tuple[list[LeagueRow], set[int]]:
    """The ranked employers of the page's league tables, and the lines the tables take."""
    employer_words, pay, not_pay = _words()
    found: list[LeagueRow] = []
    taken: set[int] = set()
    for index, (no, text) in enumerate(lines):
        heads = _cells(text)
        if len(heads) < 3 or not _RANK_HEAD.match(heads[0]):
            continue
        # (the kind ranked, or a kind of it: "Pharmacy chain", "Practice group")
        named = next((i for i, head in enumerate(heads) if head.lower() in employer_words
                      or head.lower().rsplit(" ", 1)[-1] in employer_words), None)
        if named is None:
            continue
        # ("Starting salary (regions)": pay; the bracket's place word makes no place column)
        paid = [i for i, head in enumerate(heads) if i != named and pay.search(head)
                and not not_pay.search(re.sub(r"\([^()]*\)", "", head))]
        rows: list[LeagueRow] = []
        lines_read = {no}
        for row_no, row_text in lines[index + 1:]:
            cells = _cells(row_text)
            if not cells:
                if rows:
                    break
                continue
            if not _RANK_CELL.match(cells[0]) or len(cells) != len(heads):
                break
            rows.append(LeagueRow(row_no, cells[named],
                                  tuple((heads[i], cells[i]) for i in paid)))
            lines_read.add(row_no)
        if len(rows) >= _MIN_ROWS:
            found += rows
            taken |= lines_read
    return found, taken


def ranked_employers(lines: Sequence[tuple[int, str]]) -> list[tuple[str, int]]:
    """The employers of a league told in numbered lines (see the module), with their lines."""
    found = [(match.group("name"), no) for no, text in lines
             if text[:1].isdigit() and (match := _RANKED_LINE.match(text)) is not None]
    return found if len(found) >= _MIN_RANKED else []
