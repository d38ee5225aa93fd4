"""Pay tables that lost their grid, as salary surveys copied to document sites print them.

Two structures:

- A table flattened **column by column**: the title column one title a line, then each other
  column on one line under its header, the pay column among them ("Monthly Salary Range
  (HK$)" / "95,000 - 140,000+ 58,000 - 80,000 …"): the n-th figure is the n-th title's pay
  (:func:`column_pay`).
- A **wage grid flattened into one line**, each classification's title then its rates with no
  currency ("Warehouseperson 19.40 20.90 22.10 Courier Driver 22.10 23.60 24.80 …", a
  collective agreement's schedule): each rate is that title's (:func:`grid_rows`).
- Rows with **every cell glued** under a header that names a title column first and a pay
  column with its currency ("Position Job Description Salary (HK$) Experience Education" /
  "Shipping Clerk Prepare invoices … $14,000 - $17,500 0-2 yrs F.5"): each row's title
  opens it (:func:`glued_header`, :func:`row_title`).

A row whose title column holds "A / B" gives the figure to both titles.

>>> def known(text: str) -> bool:
...     return text.lower().endswith(("clerk", "manager", "coordinator"))
>>> lines = [(1, "Job Title"), (2, "Manager"), (3, "Senior clerk"), (4, "Clerk"),
...          (5, "Monthly Pay (HK$)"), (6, "40,000 - 50,000 20,000 - 25,000 12,000 - 15,000")]
>>> for no, title, m in column_pay(lines, known):
...     print(no, title, m.low, m.high, m.currency, m.period)
6 Manager 40000 50000 HKD month
6 Senior clerk 20000 25000 HKD month
6 Clerk 12000 15000 HKD month
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from careergraph.guides.salary import Money, column_terms, find_amounts

__all__ = ["column_pay", "glued_header", "grid_rows", "row_title", "title_parts"]

# A pay column's header that names its currency in brackets ("Salary (HK$)", "Monthly
# Salary Range (S$)"); looked for only on lines ending with ")".
_PAY_HEAD = re.compile(r"\b(?:[Ss]alar(?:y|ies)|[Pp]ay|[Ww]ages?|[Rr]ates?)\b"
                       r"(?:\s+[Rr]anges?)?\s*\([^()]{1,5}\)")
# A glued header row opens with its title column.
_TITLE_COLUMN = re.compile(r"(?:Position|Job Title|Job|Title|Role|Designation|Post)s?\b")
_MIN_COLUMN = 3  # a column of fewer titles is no table
_TITLE_WORDS = 7
_DIGIT = re.compile(r"\d")
# "Temp Shipping Clerk (peak season, 3 months)": an engagement word and an aside around a title.
_ENGAGEMENT = re.compile(r"^(?:Temp(?:orary)?|Contract|Part-time|Freelance|Relief|Locum|Interim)"
                         r"\s+(?=[A-Z])")
_ASIDE = re.compile(r"\s*\([^()]{1,60}\)\s*$")
_NUMBERED = re.compile(r"^\s*\d{1,2}[.)]\s+")  # "2. Senior Officer (BS-18) Rs. …": a list's number


def title_parts(cell: str) -> list[str]:
    """The titles a title cell names ("Head of sourcing / Merchandising director" is two).

    >>> title_parts("Head of sourcing / Merchandising director")
    ['Head of sourcing', 'Merchandising director']
    """
    return [part.strip() for part in cell.split(" / ") if part.strip()]


def _title_line(text: str, is_title: Callable[[str], bool]) -> bool:
    if _DIGIT.search(text) or len(text.split()) > _TITLE_WORDS or not text[:1].isupper():
        return False
    return all(is_title(part) for part in title_parts(text))


def column_pay(lines: Sequence[tuple[int, str]], is_title: Callable[[str], bool], *,
               dollar: str = "USD", home: str = "USD") -> list[tuple[int, str, Money]]:
    """The figures of every table flattened column by column in ``lines`` (line number,
    text), each with the title in the same position of the title column above it: a pay
    header naming its currency in brackets, a line of as many figures as the nearest run of
    title lines above has titles.  A title cell naming two titles gives its figure to both.
    """
    paid: list[tuple[int, str, Money]] = []
    for index, (_, head) in enumerate(lines[:-1]):
        if not head.endswith(")") or _PAY_HEAD.search(head) is None or _DIGIT.search(head):
            continue
        terms = column_terms(head)
        if terms is None or terms[0] is None:
            continue
        no, figures = lines[index + 1]
        found = find_amounts(figures, bare=True, currency=terms[0], period=terms[1],
                             dollar=dollar, home=home)
        if len(found) < _MIN_COLUMN:
            continue
        titles = _title_run(lines[:index], is_title)
        if len(titles) != len(found):
            continue
        for cell, money in zip(titles, found, strict=True):
            paid.extend((no, title, money) for title in title_parts(cell))
    return paid


def _title_run(lines: Sequence[tuple[int, str]], is_title: Callable[[str], bool]
               ) -> list[str]:
    """The nearest run of title lines above (other columns' lines skipped on the way)."""
    run: list[str] = []
    for _, text in reversed(lines):
        if _title_line(text, is_title):
            run.append(text)
        elif run:
            break
    return run[::-1]


def glued_header(text: str) -> str | None:
    """The currency of a header row whose cells are glued, when it opens with a title
    column and names a pay column with its currency ("Position Job Description Salary
    (HK$) Experience Education"); None for any other line.

    >>> glued_header("Position Job Description Salary (HK$) Experience Education")
    'HKD'
    >>> glued_header("Salary (HK$)") is None
    True
    """
    if "(" not in text or _TITLE_COLUMN.match(text) is None or _DIGIT.search(text):
        return None
    head = _PAY_HEAD.search(text)
    terms = column_terms(head.group()) if head is not None else None
    return terms[0] if terms is not None else None


def row_title(lead: str, is_title: Callable[[str], bool]) -> str | None:
    """The title a glued row or a priced line opens with: the longest known title at the
    start of ``lead`` (the text before the row's figure), or the whole lead without an
    engagement word and a bracketed aside ("Temp Shipping Clerk (peak season, 3 months)" is
    a Shipping Clerk's rate); None when no title opens it.

    >>> row_title("Temp Store Clerk (peak season) ", lambda t: t == "Store Clerk")
    'Store Clerk'
    >>> row_title("Store Clerk Prepares invoices. ", lambda t: t == "Store Clerk")
    'Store Clerk'
    """
    bare = _ENGAGEMENT.sub("", _ASIDE.sub("", _NUMBERED.sub("", lead))).strip()
    if bare and not _DIGIT.search(bare) and is_title(bare):
        return bare
    words = lead.split()[:_TITLE_WORDS]
    for size in range(len(words), 0, -1):
        candidate = " ".join(words[:size])
        if candidate[:1].isupper() and is_title(candidate):
            return candidate
    return None


# A wage grid's row: a title, then at least two rates with cents (a "-" for an empty cell).
_GRID_ROW = re.compile(r"(?P<title>[A-Z][A-Za-z'’-]+(?: [A-Z][A-Za-z'’-]+){0,3})\*{0,3}"
                       r"(?P<rates>(?: (?:\d{1,3}\.\d\d|-)){1,12})(?=\s+[A-Z*]|\s*$)")
_GRID_CUE = re.compile(r"\d\.\d\d \d{1,3}\.\d\d \d{1,3}\.\d\d")
# The line must say it lists wages or rates by the hour.
_GRID_WORDS = re.compile(r"\b(?:hourly|wages?|rates?|wage grid|per hour)\b", re.IGNORECASE)


# Column heads of a wage grid printed before its first row ("0-3 4-10 Mths Mths").
_GRID_HEADS = frozenset({"mths", "months", "month", "yrs", "years", "year", "hrs", "hours",
                         "step", "steps", "rate", "rates", "classification", "start"})


def grid_rows(text: str) -> list[tuple[str, list[float]]]:
    """The rows of a wage grid flattened into one line: each row's title (the column heads
    printed before the first row left out) and its rates (cells with a "-" left out).  Only
    on a line that names wages or rates and prints three rates with cents in a row.

    >>> grid_rows("HOURLY 0-3 4-10 11+ Mths Porter 18.20 19.10 20.30 Van Driver 21.40 - -")
    [('Porter', [18.2, 19.1, 20.3]), ('Van Driver', [21.4])]
    >>> grid_rows("Porter 18.20 19.10 20.30")
    []
    """
    if text.count(".") < 3 or _GRID_CUE.search(text) is None or not _GRID_WORDS.search(text):
        return []
    rows: list[tuple[str, list[float]]] = []
    for match in _GRID_ROW.finditer(text + " "):
        rates = [float(cell) for cell in match.group("rates").split() if cell != "-"]
        words = match.group("title").split()
        while words and words[0].lower() in _GRID_HEADS:
            words = words[1:]  # "Mths Mths Warehouseperson": the column heads before a title
        if rates and words:
            rows.append((" ".join(words), rates))
    return rows
