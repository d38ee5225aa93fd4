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

- A **metro pay table** printed as text, its header broken one cell a line or glued into one
  line ("City/AreaEmployeesMedian" / "Annual Salary" / … / "Job Density") and each row a place
  and its cells ("Akron 410 $33,700 $16.20 $38,250 $18.39 8.2%"): each median (mean, typical,
  percentile) column's cell is the page role's pay in that place; one-sided "Top 25%" columns,
  counts and densities are no pay (:func:`region_rows`).

- A **text table in fixed-width columns** (a PDF's appendix copied as text) whose header
  names a column of money that is no pay beside the pay column ("Classification  Base range
  (hourly)  Ladder differential"): the figures in that column are add-ons, not pay
  (:func:`not_pay_cells`).

- A **pay table flattened one cell a line, row by row** (a PDF brochure's table copied as
  text): a title column's head and the pay columns' heads one a line ("Position" /
  "Starting" / "Experienced"), then each row a title line and one figure a line under it
  ("Forestry Aide (seasonal)" / "$17.75/hr" / "$21.40/hr"): each figure is its row's title's,
  in its column (:func:`cell_rows`).

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
from dataclasses import dataclass, replace

from careergraph.guides.amounts import column_terms, find_amounts
from careergraph.guides.money_grammar import Money
from careergraph.guides.not_pay import is_not_pay
from careergraph.guides.salary import Statistic

__all__ = ["CellPay", "RegionPay", "StaffPay", "cell_rows", "column_pay", "glued_header",
           "grid_rows", "not_pay_cells", "region_rows", "row_title", "staff_rows",
           "title_column_line", "title_parts"]

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


@dataclass(frozen=True)
class CellPay:
    """A figure of a pay table flattened one cell a line: ``title``'s pay in column ``head``."""

    line: int
    title: str
    head: str
    money: Money


_COLUMN_HEAD_WORDS = 3  # a pay column's head: "Starting", "Mid-career", "Top of scale"
_MAX_PAY_COLUMNS = 4
_MIN_CELL_ROWS = 2
_CELL_FIGURE = re.compile(r"^[^A-Za-z]*(?:/\s?[a-z]{1,5}|\s+(?:a|an|per)\s+[a-z]+)?\s*$")


def _cell_figure(text: str, dollar: str, home: str) -> Money | None:
    """The one figure a line holds and nothing else ("$17.75/hr", "$42,300")."""
    found = find_amounts(text, dollar=dollar, home=home)
    return found[0] if len(found) == 1 and _CELL_FIGURE.match(text) else None


def _cell_title(text: str) -> bool:
    words = text.split()
    return bool(words) and len(words) <= _TITLE_WORDS and text[:1].isupper() and (
        _DIGIT.search(text) is None)


def title_column_line(page: str) -> bool:
    """``page`` (lines joined by newlines) has a title column's head alone on a line
    ("Position"): a pay table flattened one cell a line may follow (:func:`cell_rows`).

    >>> title_column_line("Pay\\nPosition\\nStarting"), title_column_line("The position")
    (True, False)
    """
    return re.search(rf"^(?:{_TITLE_COLUMN.pattern})$", page, re.MULTILINE) is not None


def cell_rows(lines: Sequence[tuple[int, str]], *, dollar: str = "USD", home: str = "USD"
              ) -> tuple[list[CellPay], set[int]]:
    """The figures of every pay table flattened one cell a line, row by row, in ``lines``
    (line number, text): a title column's head ("Position", "Job title") and one to four
    short heads a line, then rows of a title line and one figure a line per head, two rows
    at least.  Returns the figures and the table's lines (header included).

    >>> rows = [(1, "Position"), (2, "Starting"), (3, "Experienced"), (4, "Aide (seasonal)"),
    ...         (5, "$17.75/hr"), (6, "$21.40/hr"), (7, "Forester"), (8, "$61,000"),
    ...         (9, "$84,500"), (10, "Source: a survey.")]
    >>> found, taken = cell_rows(rows)
    >>> for p in found:
    ...     print(p.title, p.head, p.money.low, p.money.period)
    Aide Starting 17.75 hour
    Aide Experienced 21.4 hour
    Forester Starting 61000 year
    Forester Experienced 84500 year
    >>> sorted(taken) == list(range(1, 10))
    True
    """
    found: list[CellPay] = []
    taken: set[int] = set()
    index = 0
    while index < len(lines):
        if _TITLE_COLUMN.fullmatch(lines[index][1].strip()) is None:
            index += 1
            continue
        heads: list[str] = []
        at = index + 1
        while at < len(lines) and len(heads) <= _MAX_PAY_COLUMNS and _cell_title(lines[at][1]) and (
                len(lines[at][1].split()) <= _COLUMN_HEAD_WORDS) and (
                _cell_figure(lines[at + 1][1], dollar, home) if at + 1 < len(lines) else None
        ) is None:
            heads.append(lines[at][1].strip())
            at += 1
        rows: list[CellPay] = []
        while heads and len(heads) <= _MAX_PAY_COLUMNS and at + len(heads) < len(lines) and (
                _cell_title(lines[at][1])):
            cells = [_cell_figure(text, dollar, home)
                     for _, text in lines[at + 1 : at + 1 + len(heads)]]
            if any(cell is None for cell in cells):
                break
            title = _ASIDE.sub("", lines[at][1].strip())
            rows.extend(CellPay(lines[at + 1 + n][0], title, head, cell)
                        for n, (head, cell) in enumerate(zip(heads, cells, strict=True))
                        if cell is not None)
            at += 1 + len(heads)
        if len(rows) >= _MIN_CELL_ROWS * len(heads) > 0:
            found.extend(rows)
            taken.update(no for no, _ in lines[index:at])
            index = at
        else:
            index += 1
    return found, taken


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


# -- metro pay tables --------------------------------------------------------------------------
# A column head of a pay table by place, as a grammar: the place column, a count column, or a
# pay column made of an optional statistic ("Median", "Top 25%", "25th Percentile"), an
# optional period and a pay noun.  The heads may be glued to each other ("City/AreaEmployees").
_PLACE_HEAD = (r"City/Area|City / Area|City/Town|Metro(?:politan)? Area|Metro|City|Area|"
               r"Location|State|Region|County|Province")
_HEAD = re.compile(
    rf"\s*(?:(?P<place>{_PLACE_HEAD})"
    r"|(?P<count>Employees|Employment|Number Employed|Jobs|Job Density|Density|"
    r"Location Quotient)"
    r"|(?:(?P<stat>Median|Mean|Average|Typical|Entry[- ]Level|"
    r"(?P<side>Top|Bottom|Upper|Lower|Highest|Lowest) \d{1,2}%|"
    r"(?P<rank>\d{1,2})(?:st|nd|rd|th) Percentile)\s*)?"
    r"(?P<per>Annual|Yearly|Hourly|Monthly|Weekly)?\s*"
    r"(?P<pay>Salary|Salaries|Wages?|Pay|Earnings|Income))")
_PLACE_START = re.compile(_PLACE_HEAD)
_HEAD_PERIODS = {"Annual": "year", "Yearly": "year", "Hourly": "hour", "Monthly": "month",
                 "Weekly": "week"}
_HEAD_LINE_WORDS = 4  # a header broken one cell a line: each line a short head
_CELL = r"(?:NA|N/A|n/a|-|[-+]?\$?\d[\d,]*(?:\.\d+)?%?)"
_PLACE_ROW = re.compile(rf"(?P<place>[A-Z][^\d$|%]{{0,60}}?)\s+"
                        rf"(?P<cells>{_CELL}(?:\s+{_CELL})+)\s*$")
_MIN_HEADS = 3
_MEDIAN_RANK = 50


@dataclass(frozen=True)
class _Column:
    pay: bool  # a pay column (else a count, a density …)
    one_sided: bool  # "Top 25%": what a share earns at least, no point of pay
    statistic: Statistic
    period: str | None
    head: str


@dataclass(frozen=True)
class RegionPay:
    """A figure of a metro pay table: the page role's pay in ``region``."""

    line: int
    region: str
    money: Money
    statistic: Statistic
    head: str


def _columns(text: str) -> list[_Column] | None:
    """The columns a header names, the place column first; None when ``text`` is not such a
    header (every character must belong to a head)."""
    columns: list[_Column] = []
    position = 0
    while position < len(text.rstrip()):
        match = _HEAD.match(text, position)
        if match is None or match.end() == position:
            return None
        position = match.end()
        if match.group("place"):
            if columns:
                return None
            columns.append(_Column(False, False, "range", None, match.group().strip()))
            continue
        if not columns:
            return None
        stat, rank = match.group("stat") or "", match.group("rank")
        statistic: Statistic = "median" if stat == "Median" or (
            rank is not None and int(rank) == _MEDIAN_RANK) else (
            "average" if stat in ("Mean", "Average") else "range")
        columns.append(_Column(
            pay=bool(match.group("pay")), one_sided=bool(match.group("side")),
            statistic=statistic, period=_HEAD_PERIODS.get(match.group("per") or ""),
            head=match.group().strip()))
    return columns if len(columns) >= _MIN_HEADS and any(c.pay for c in columns) else None


def _header(lines: Sequence[tuple[int, str]], index: int) -> tuple[list[_Column], int] | None:
    """The header that opens at ``lines[index]`` (one line, or short lines joined until the
    first row) and the index of the line after it."""
    text = lines[index][1]
    end = index + 1
    while end < len(lines) and len(lines[end][1].split()) <= _HEAD_LINE_WORDS and (
            "$" not in lines[end][1]) and _PLACE_ROW.match(lines[end][1]) is None:
        text = f"{text} {lines[end][1]}"
        end += 1
    columns = _columns(text)
    while columns is None and end > index + 1:  # (a short line after the header: a row)
        end -= 1
        columns = _columns(" ".join(t for _, t in lines[index:end]))
    return None if columns is None else (columns, end)


def region_rows(lines: Sequence[tuple[int, str]], *, dollar: str = "USD",
                home: str = "USD") -> tuple[list[RegionPay], set[int]]:
    """The figures of every metro pay table in ``lines`` (line number, text) and the lines
    the tables take (headers and rows): each row's cell under a pay column that is no
    one-sided share is the page role's pay in the row's place.

    >>> lines = [(1, "City/AreaEmployeesMedian"), (2, "Annual Salary"), (3, "Top 25%"),
    ...          (4, "Annual Salary"), (5, "Job Density"), (6, "Dayton 250 $41,200 $47,900 3.1%")]
    >>> found, taken = region_rows(lines)
    >>> [(p.line, p.region, p.money.low, p.statistic) for p in found], sorted(taken)
    ([(6, 'Dayton', 41200, 'median')], [1, 2, 3, 4, 5, 6])
    """
    found: list[RegionPay] = []
    taken: set[int] = set()
    index = 0
    while index < len(lines):
        header = _header(lines, index) if _PLACE_START.match(lines[index][1]) else None
        if header is None:
            index += 1
            continue
        columns, start, index = header[0], index, header[1]
        taken.update(no for no, _ in lines[start:index])
        while index < len(lines) and (row := _PLACE_ROW.match(lines[index][1])) is not None:
            cells = row.group("cells").split()
            if len(cells) != len(columns) - 1:
                break
            no = lines[index][0]
            taken.add(no)
            for cell, column in zip(cells, columns[1:], strict=True):
                if not column.pay or column.one_sided:
                    continue
                for money in find_amounts(cell, bare=True, period=column.period,
                                          dollar=dollar, home=home):
                    found.append(RegionPay(no, row.group("place").strip(), money,
                                           column.statistic, column.head))
            index += 1
    return found, taken


# Cells of a fixed-width text table are set apart by two spaces or more.
_CELL_GAP = re.compile(r"\S(?:\S| (?=\S))*")
_MIN_CELLS = 3


_BRACKET = re.compile(r"\([^()]*\)")
# (rules33a) A pipe table's cells, each trimmed ("State | Bond | Initial fee").
_PIPE_CELL = re.compile(r"[^|\s](?:[^|]*[^|\s])?")


def _cells(text: str) -> list[re.Match[str]]:
    return list((_PIPE_CELL if " | " in text else _CELL_GAP).finditer(text))


def not_pay_cells(lines: Sequence[tuple[int, str]]) -> dict[int, list[tuple[int, int]]]:
    """The spans of cells that hold no pay in the rows of a fixed-width text table, by line:
    the header names a column of money that is no pay ("Ladder differential", "Sign-on
    bonus") beside others, and each row below with as many cells has that column's figure
    there.  ``lines`` are line numbers and texts in order.

    >>> rows = [(4, "Grade    Hourly range       Shift differential"),
    ...         (5, "Tech I   $20.00 - $25.00    $0.75"), (6, "Tech II  $22.00 - $28.00    none")]
    >>> not_pay_cells(rows)
    {5: [(28, 33)], 6: [(28, 32)]}
    >>> not_pay_cells([(1, "Grade    Hourly range       Annual"), (2, "A   $20 - $25    $41,600")])
    {}
    >>> not_pay_cells([(1, "State | Exam | Initial fee"), (2, "Utah | Written | $150")])
    {2: [(17, 21)]}
    """
    found: dict[int, list[tuple[int, int]]] = {}
    header: list[int] | None = None  # the no-pay columns' indexes while under a header
    width, last = 0, 0
    for no, text in lines:
        cells = _cells(text)
        if header is not None and no == last + 1 and len(cells) == width:
            found[no] = [cells[i].span() for i in header]
            last = no
            continue
        header = None
        if len(cells) < _MIN_CELLS or any(c.isdigit() for c in _BRACKET.sub("", text)):
            continue  # (a head's bracket may hold a figure: "Licence fee (3 yrs)")
        marked = [i for i, cell in enumerate(cells) if is_not_pay(cell.group())]
        if marked and len(marked) < len(cells):
            header, width, last = marked, len(cells), no
    return found


@dataclass(frozen=True)
class StaffPay:
    """A row of an open salary table: ``title``'s pay (a point) at ``level`` in ``place``."""

    line: int
    title: str
    level: str | None
    place: str | None
    money: Money


# A staff table's column heads: a person, the title, the place and the pay.
_STAFF_TITLE = frozenset({"role", "title", "job title", "position", "job"})
_STAFF_PAY = frozenset({"salary", "pay", "base salary", "base pay", "base", "annual salary"})
_STAFF_PLACE = frozenset({"location", "city", "place", "country", "office", "based in"})
_LEVEL_ASIDE = re.compile(r"\s*\((?P<level>[A-Z]{1,3}\d{1,2}|[A-Z][a-z]+(?: [A-Z]?\d{1,2})?)\)"
                          r"\s*$")


def staff_rows(lines: Sequence[tuple[int, str]], *, dollar: str = "USD",
               home: str = "USD") -> tuple[list[StaffPay], set[int]]:
    """The rows of a company's open salary table printed in fixed-width columns, whose header
    names a title column and a pay column ("Name   Role   Location   Salary"): each row's
    figure is its title's, the level in brackets after the title its level ("Copy Editor
    (L2)"), the place its place; and the lines the tables take (headers and rows).

    >>> rows = [(3, "Name      Role                   Location        Salary"),
    ...         (4, "Ana P.    Copy Editor (L2)       Lisbon          $61,000"),
    ...         (5, "Bo K.     Head of Copy           Oslo, Norway    $98,500*")]
    >>> found, taken = staff_rows(rows)
    >>> [(p.line, p.title, p.level, p.place, p.money.low) for p in found]
    [(4, 'Copy Editor', 'L2', 'Lisbon', 61000), (5, 'Head of Copy', None, 'Oslo, Norway', 98500)]
    >>> sorted(taken)
    [3, 4, 5]
    """
    found: list[StaffPay] = []
    taken: set[int] = set()
    header: list[str] | None = None
    last = 0
    for no, text in lines:
        cells = [cell.group().strip() for cell in _cells(text)]
        if header is not None and no == last + 1 and len(cells) == len(header):
            row = dict(zip(header, cells, strict=True))
            title_cell = next(row[h] for h in header if h in _STAFF_TITLE)
            pay_cell = next(row[h] for h in header if h in _STAFF_PAY)
            amounts = find_amounts(pay_cell, dollar=dollar, home=home)
            aside = _LEVEL_ASIDE.search(title_cell)
            title = title_cell[: aside.start()] if aside else title_cell
            if len(amounts) == 1 and title and not any(c.isdigit() for c in title):
                place = next((row[h] for h in header if h in _STAFF_PLACE), None)
                found.append(StaffPay(no, title.strip(), aside.group("level") if aside else None,
                                      place or None, replace(amounts[0], high=amounts[0].low)))
                taken.add(no)
                last = no
                continue
        header = None
        heads = [cell.lower() for cell in cells]
        if len(cells) >= _MIN_CELLS and not any(c.isdigit() for c in text) and (
                _STAFF_TITLE.intersection(heads)) and _STAFF_PAY.intersection(heads):
            header, last = heads, no
            taken.add(no)
    return found, taken
