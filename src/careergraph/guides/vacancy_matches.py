"""A redeployment match table: the vacancies matched to a post at risk, one a row, under a
moves heading ("Matched vacancies", "Suitable alternative posts"), its header naming the
post's column ("Vac ref | Post | Grade | Salary | Match % | Outcome").

Each row's post is another job the postholder may move to sideways; the salary printed on
its row is that post's own pay, never the role's.  A row its outcome marks unsuitable
("Below threshold – not suitable", "Not suitable") still owns its salary, but names no
move.  See :meth:`careergraph.guides.longform.LongformParser.content`.

>>> header = vacancy_header("Ref | Post | Team | Grade | Salary | Match | Outcome")
>>> header
('ref', 'post', 'team', 'grade', 'salary', 'match', 'outcome')
>>> row = vacancy_row("R12 | Lettings Officer | Homes | Grade 5 | £27,000 | 81% | Suitable",
...                   header)
>>> row.title, row.suitable, row.pay
('Lettings Officer', True, ('£27,000',))
>>> vacancy_row("R13 | Porter | Estates | Grade 2 | £21,000 | 40% | Not suitable",
...             header).suitable
False

A match letter prints each vacancy on a line of its own instead: a reference, the post, its
grade and its pay, then the score ("Vacancy 5512 Lettings Officer, Grade 5, £27,000 — criteria
met 6 of 7 → SUITABLE"); a post at a higher grade is printed the same way without the score
("Team Leader, Band 5, £29,000 – £31,000").

>>> line = vacancy_line("Vacancy 5512 Lettings Officer, Grade 5, £27,000 — criteria met 6 of 7")
>>> line.title, line.suitable, line.pay
('Lettings Officer', True, ('£27,000',))
>>> vacancy_line("Team Leader, Band 5").pay, vacancy_line("Leeds, York and Hull") is None
((), True)
>>> vacancy_line("Team Leader, Band 5, £29,000 – £31,000 – not suitable")
VacancyRow(title='Team Leader', suitable=False, pay=('£29,000 – £31,000',))
"""

from __future__ import annotations

import re
from typing import NamedTuple

__all__ = ["VacancyRow", "vacancy_header", "vacancy_line", "vacancy_row"]

# The header cell naming the matched post ("Post", "Vacancy", "Job title").
_POST_COLUMNS = frozenset({"post", "post title", "vacancy", "vacancy title", "job", "job title",
                           "role", "position", "position title", "title"})
# Header cells naming a match's score or outcome: what tells a match table from a pay table.
_MATCH_COLUMNS = re.compile(r"^(?:match(?:\s*(?:%|score))?|score|outcome|result|suitab\w*"
                            r"|criteria met)$")
_PAY_COLUMNS = re.compile(r"^(?:salary|pay|salary range|pay range|rate|wage)\b")
# An outcome that rules the post out ("Below threshold (60%) – not suitable").
_UNSUITABLE = re.compile(r"\bnot suitable\b|\bunsuitable\b|\bbelow (?:the )?threshold\b",
                         re.IGNORECASE)


class VacancyRow(NamedTuple):
    """One matched vacancy: its post, whether its outcome keeps it, its pay cells."""

    title: str
    suitable: bool
    pay: tuple[str, ...]


def vacancy_header(text: str) -> tuple[str, ...] | None:
    """The lower-case cells of a match table's header row, or None when ``text`` is no such
    header (it needs a post column and a match or outcome column).

    >>> vacancy_header("Post | Grade | Salary") is None  # a pay table: no match column
    True
    """
    cells = tuple(cell.strip().lower() for cell in text.strip().strip("|").split("|"))
    if not any(cell in _POST_COLUMNS for cell in cells):
        return None
    if not any(_MATCH_COLUMNS.match(cell) for cell in cells):
        return None
    return cells


def vacancy_row(text: str, header: tuple[str, ...]) -> VacancyRow | None:
    """The vacancy a row of the match table under ``header`` names, or None when the row's
    cells do not line up with the header or its post cell is empty."""
    cells = [cell.strip() for cell in text.strip().strip("|").split("|")]
    if len(cells) != len(header):
        return None
    post = next(index for index, cell in enumerate(header) if cell in _POST_COLUMNS)
    title = cells[post]
    if not title or not title[:1].isupper():
        return None
    suitable = not any(_UNSUITABLE.search(cell) for cell in cells)
    pay = tuple(cell for cell, name in zip(cells, header, strict=True)
                if _PAY_COLUMNS.match(name) and cell)
    return VacancyRow(title, suitable, pay)


# A vacancy on its own line: an optional reference, the post, its grade, its pay, a remark.
_VACANCY_LINE = re.compile(
    r"^(?:(?:vacancy|vac\.?|job|post|ref\.?)(?:\s+(?:ref\.?|no\.?|number|id))?:?\s+"
    r"[A-Z]{0,4}[-/]?\d[\w/-]*\s*[-–—:]?\s+)?"
    r"(?P<title>[A-Z][\w'’&/()-]*(?:\s+[\w'’&/()-]+){0,6}),\s+"
    r"(?P<grade>(?:band|grade|level|scale|pay band|spinal point|scp)\s+[\w.+-]{1,6})"
    r"(?:,\s+(?P<pay>[^—;]*?\d[^—;]*?))?"
    # (the remark after a spaced dash; a dash before a figure joins a band's ends)
    r"(?:(?:\s+(?:—|–(?!\s*[£$€]?\d))|;)\s+(?P<remark>.*))?$",
    re.IGNORECASE)


def vacancy_line(text: str) -> VacancyRow | None:
    """The vacancy a match letter's line names (see the module's doc), or None."""
    match = _VACANCY_LINE.match(text.strip())
    if match is None:
        return None
    remark = match.group("remark") or ""
    pay = (match.group("pay").strip(),) if match.group("pay") else ()
    return VacancyRow(match.group("title").strip(), not _UNSUITABLE.search(remark), pay)
