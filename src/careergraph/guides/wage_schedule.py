"""A union's wage schedule printed as a text table: classifications and their hourly rates.

Union locals publish their agreement's rates as a table whose cells are set apart by tabs or
by two spaces or more (a PDF or a web table copied as text):

- a **classification table** with one column per effective date ("Classification  Eff.
  6/1/2026  Eff. 6/1/2027" / "Foreman (Journeyman + $3.00)  $47.15  $48.90"): each rate is a
  point an hour of the row's classification at that date;
- an **apprentice table** whose first column names the periods ("Period  Hours  % of JM
  Hourly Wage  Fringes" / "1st Year  0–1,700  40%  $17.66  H&W only"): the printed rates are
  the trade's own pay at each period, the hours and percentages are no pay;
- a row printed apart from its table with its rates in the table's last columns (an improver's
  rate under the apprentice table).

Which columns hold pay, which rows are the trade's own levels (journey, apprentice, improver),
which are rungs above the journey rate (foremen) and which labels name money that is no wage
(fringe funds, totals, allowances) is vocabulary: ``wage_schedule`` in ``data/headings.yaml``.

>>> rows = [(1, "Classification      Eff. 7/1/2026    Eff. 7/1/2027"),
...         (2, "Journeyman Glazier  $39.10           $40.35"),
...         (3, "Foreman (JM + $2.50)  $41.60         $42.85")]
>>> [(r.line, r.title, r.amount, r.column, r.own) for r in schedule_rates(rows)[0]]
... # doctest: +NORMALIZE_WHITESPACE
[(2, 'Journeyman Glazier', 39.1, 'Eff. 7/1/2026', True),
 (2, 'Journeyman Glazier', 40.35, 'Eff. 7/1/2027', True),
 (3, 'Foreman', 41.6, 'Eff. 7/1/2026', False), (3, 'Foreman', 42.85, 'Eff. 7/1/2027', False)]
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from careergraph.guides.gated_re import Gated
from careergraph.guides.headings import bundled_data
from careergraph.guides.leader_rows import capitals_classification

__all__ = ["Rate", "ScheduleWords", "apprentice_title", "not_pay_heading", "not_wage",
           "schedule_ladder", "schedule_rates", "schedule_words", "work_fee_row"]

# Cells of a text table: set apart by a tab, or by two spaces or more.
_GAP = re.compile(r"\t+\s*|\s{2,}")
# A rate cell: dollars and cents, with an optional "$" and an optional "/ hr".
_RATE = re.compile(r"^\$?\s?(\d{1,3}(?:,\d{3})*\.\d{2})(?:\s*/\s*(?:hr|hour|h))?$")
# An empty cell of a row ("—", "-", "n/a").
_EMPTY = re.compile(r"^(?:[-–—]|n/?a|N/?A)$")
# A column head naming an effective date ("Eff. 6/1/2026", "May 1, 2026", "July 2027",
# "2026-06-01", "Effective 1 July 2026").
_DATE = re.compile(r"\b(?:\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d{2}-\d{2}|"
                   r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+"
                   r"(?:\d{1,2},?\s+)?\d{4}|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|"
                   r"Oct|Nov|Dec)[a-z]*\.?\s+\d{4})\b")
# A row's aside that defines its rate by a formula ("(Journeyman + $3.00)", "(110% of JP)").
_FORMULA = re.compile(r"\s*\([^()]*(?:\d|\+)[^()]*\)\s*$")
# A row's market after its title ("Stagehand — Boise market", "Porter - Reno area"): the
# title's pay in that place.
_MARKET = re.compile(r"\s+[-–—]\s+(?P<place>[A-Z][\w.' ]{0,30}?)\s+(?i:market|area|region|metro)$")
# A place's postal code after its name ("Alberta (AB)", "Texas (TX)"): no part of the name.
_PLACE_CODE = re.compile(r"\s*\([A-Z]{2,3}\)$")
# A row's title read up to a colon ("Improver (C of Q holder …): 95%").
_LABEL_END = re.compile(r":\s")
_MIN_RATES = 2  # a row printed apart from its table must carry this many rates
_HOURLY_CEILING = 500  # a schedule's rates are hourly
# A row of a rate list set off by leader dots ("Journeyman Lineman ........ $52.10").
_LEADER_ROW = re.compile(r"^(?P<title>[A-Za-z0-9][^.$]{1,60}?)\s*\.{3,}[\s.:]*\$?\s?"
                         r"(?P<rate>\d{1,3}(?:,\d{3})*\.\d{2})(?:\s*/\s*(?:hr|hour|h))?\s*$")
# A title naming an apprentice's period ("1st Period", "Year 2", "Step 3").
_PERIOD_TITLE = re.compile(r"^(?:\d{1,2}(?:st|nd|rd|th)?|first|second|third|fourth|fifth|"
                           r"sixth)\s+(?:period|year|step|term|stage|level)\b|"
                           r"^(?:period|year|step|term)\s+\d{1,2}\b", re.IGNORECASE)


@dataclass(frozen=True)
class ScheduleWords:
    """The vocabulary of wage schedules (``wage_schedule`` in ``data/headings.yaml``)."""

    pay_columns: tuple[str, ...]
    not_pay_columns: tuple[str, ...]
    period_columns: tuple[str, ...]
    journey: tuple[str, ...]
    improver: tuple[str, ...]
    apprentice: tuple[str, ...]
    foremen: tuple[str, ...]
    not_wages: tuple[str, ...]
    #: Headings of sections whose money is no pay ("Fees and funding", "Fringe benefits"),
    #: unless they name pay too (``not_pay_headings`` / ``not_pay_headings_unless``).
    not_pay_headings: tuple[str, ...] = ()
    pay_headings: tuple[str, ...] = ()
    place_columns: tuple[str, ...] = ()

    @classmethod
    def from_mapping(cls, raw: Mapping[str, Any]) -> ScheduleWords:
        """Build from ``data/headings.yaml``'s mapping (its ``wage_schedule`` block and the
        ``not_pay_headings`` lists)."""
        block = raw.get("wage_schedule") or {}

        def words(key: str, source: Mapping[str, Any] = block) -> tuple[str, ...]:
            return tuple(str(w).lower() for w in source.get(key) or ())
        return cls(words("pay_columns"), words("not_pay_columns"), words("period_columns"),
                   words("journey"), words("improver"), words("apprentice"), words("foremen"),
                   words("not_wages"), words("not_pay_headings", raw),
                   words("not_pay_headings_unless", raw), words("place_columns"))


@cache
def schedule_words() -> ScheduleWords:
    """The bundled wage-schedule vocabulary."""
    return ScheduleWords.from_mapping(bundled_data())  # (the file read once for every reader)


@cache
def _word_starts(words: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern finding any of ``words`` at a word start."""
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![^\W_])(?:{alternatives})" if words else r"(?!)", re.IGNORECASE)


@cache
def _whole_words(words: tuple[str, ...]) -> Gated:
    """One pattern finding any of ``words`` as a whole word, in the plural too (speed27:
    gated by its words, as most headings and run-in labels it is asked about hold none)."""
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return Gated(re.compile(rf"(?<![^\W_])(?:{alternatives})(?:e?s)?(?![^\W_])" if words
                            else r"(?!)", re.IGNORECASE))


def _has(text: str, words: Sequence[str]) -> bool:
    """Whether one of ``words`` occurs in ``text`` at a word start (case ignored)."""
    return _word_starts(tuple(words)).search(text) is not None


def not_wage(label: str, words: ScheduleWords | None = None) -> bool:
    """Whether a line's label names money per hour that is no wage: a fringe fund, a total
    package, a deduction or an allowance.

    >>> not_wage("Health & Welfare Fund ......"), not_wage("Total Fringes (Journeyperson)")
    (True, True)
    >>> not_wage("Journeyman Plumber")
    False
    """
    return _has(label, (words or schedule_words()).not_wages)


# (carry37) A fee table's row naming a post and its fee for a stretch of work ("Poll Clerk |
# £195.00 for the day", "Count Supervisor | £18.47 per hour"): the post's pay, though the
# table sits under "Fees".
_WORK_FEE_ROW = re.compile(r"[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,5}\s+\|\s+[$€£]\s?\d[\d,.]*\s+"
                           r"(?:for\s+(?:the|a)\s+day|per\s+(?:hour|day|shift)|an\s+hour|a\s+day)"
                           r"\s*$")


def work_fee_row(text: str) -> bool:
    """A fee table's row of a post's fee for a stretch of work: pay under a "Fees" heading.

    >>> work_fee_row("Ballot Runner | £180.00 for the day"), work_fee_row("Course | £95.00")
    (True, False)
    """
    return " | " in text and _WORK_FEE_ROW.match(text.strip()) is not None


def not_pay_heading(heading: str, words: ScheduleWords | None = None) -> bool:
    """Whether a section's heading says its money is no pay: fees, funding, fringe funds or
    allowances, with no pay word before a bracket.

    >>> not_pay_heading("Fees and funding"), not_pay_heading("FRINGE BENEFITS (not wages)")
    (True, True)
    >>> not_pay_heading("Salary and allowances"), not_pay_heading("Salary")
    (False, False)
    >>> not_pay_heading("Incentives and special pay"), not_pay_heading("Pay and incentives")
    (True, False)
    >>> not_pay_heading("Source: a public vacancy feed")
    False
    """
    words = words or schedule_words()
    bare = heading.split("(", 1)[0]
    # (whole words: "fee" is no "feed", a vacancy feed's line)
    found = _whole_words(words.not_pay_headings)
    # (a pay word inside a no-pay phrase, "special pay", "incentive pay", counts for none)
    return found.search(bare) is not None and not _has(found.sub(" ", bare),
                                                       words.pay_headings)


@dataclass(frozen=True)
class Rate:
    """One rate of a wage schedule: ``title``'s pay an hour under the column ``column``.

    ``own``: the trade's own pay (a journey, apprentice-period or improver row); otherwise
    the rate is ``title``'s, which the caller compares with the page's role.  ``level``: the
    level an own rate is paid at ("Journeyman", "Apprentice 1st Year", "Improver").
    """

    line: int
    title: str
    amount: float
    column: str
    own: bool
    level: str = ""
    foreman: bool = False
    table: int = 0  # the line of the table's header (or of its list's first row)
    region: str = ""  # the market a row names after its title ("… — Boise market")


@dataclass
class _Table:
    heads: list[str]
    pay: list[int]  # the indexes of the columns holding pay
    periods: bool  # an apprentice table: its first column names periods
    seats: bool = False  # a scale by year of service: each pay column a title's (a seat's)
    places: bool = False  # a table by place: each row a place, its rates the trade's own
    starts: tuple[int, ...] = ()  # where each head starts on the header's line


def _cells(text: str) -> list[str]:
    return [cell.strip() for cell in _GAP.split(text.strip()) if cell.strip()]


# A head's start on a header line: its first character after the line's start or a wide gap.
_HEAD_START = re.compile(r"(?:^|\s\s|\t)\s*(\S)")


def _aligned_cells(text: str, starts: Sequence[int]) -> list[str] | None:
    """A row's cells cut where the header's heads start, when a cell runs up to the next
    one's column with a single space ("British Columbia (BC) 151"), or None when a cut
    would fall inside a word or leave a cell empty."""
    if any(p <= 0 or p >= len(text) or text[p - 1] != " " or text[p] == " " for p in starts[1:]):
        return None
    bounds = [*starts[1:], len(text)]
    cells = [text[a:b].strip() for a, b in zip([0, *starts[1:]], bounds, strict=True)]
    return cells if all(cells) else None


def _pay_column(head: str, words: ScheduleWords) -> bool:
    if _has(head, words.not_pay_columns):
        return False
    return _DATE.search(head) is not None or _has(head, words.pay_columns)


def _header(text: str, words: ScheduleWords, apprentices: bool,
            is_title: Callable[[str], bool] | None = None) -> _Table | None:
    """The table a header line opens, or None: two cells or more, no rate among them, a pay
    column after the first, or (``is_title`` given) a first column of periods and the other
    columns titles ("Year of service   First Officer   Captain": a seat's rates by year)."""
    if "$" in text:
        return None
    heads = _cells(text)
    if heads and _DATE.search(heads[0]) and all(_DATE.search(head) for head in heads):
        heads = ["", *heads]  # "        6/1/2026    6/1/2027": the title column has no head
    if len(heads) < 2 or not_wage(heads[0], words) or any(
            any(ch.isdigit() for ch in head) and _DATE.search(head) is None for head in heads):
        return None  # (a digit in a head: a date, or the cell is a value: "10% of gross")
    pay = [i for i, head in enumerate(heads) if i and _pay_column(head, words)]
    if not pay and is_title is not None and _has(heads[0], words.period_columns) and all(
            is_title(head) for head in heads[1:]):
        return _Table(heads, list(range(1, len(heads))), periods=False, seats=True)
    if not pay or (not heads[0] and len(pay) < _MIN_RATES):
        return None  # (dates alone, one of them: a dateline, no header)
    places = _has(heads[0], words.place_columns)
    periods = not places and (_has(heads[0], words.period_columns) or (
        apprentices and any(_has(head, ("hours", "%", "percent")) for head in heads[1:])))
    return _Table(heads, pay, periods, places=places)


def _caps_heading(text: str) -> bool:
    """A heading in capitals ("FRINGE BENEFITS (per hour worked)", "APPRENTICE RATES"): its
    words before a bracket in capitals, with no figure."""
    bare = text.split("(", 1)[0].strip()
    return bare.isupper() and not any(ch.isdigit() or ch in "$." for ch in bare)


def _rate(cell: str) -> float | None:
    """An hourly rate's amount ("$44.15"); None for other cells and for amounts no hourly
    wage reaches (a yearly "$120,000.00" in a salary table)."""
    match = _RATE.match(cell)
    amount = None if match is None else float(match.group(1).replace(",", ""))
    return amount if amount is not None and amount < _HOURLY_CEILING else None


def _title(cell: str) -> str:
    """A row's title without an aside defining its rate ("Foreman (Journeyman + $3.00)")."""
    cell = cell.strip()
    if (end := _LABEL_END.search(cell)) is not None:
        cell = cell[: end.start()]
    while (formula := _FORMULA.search(cell)) is not None and formula.start() > 0:
        cell = cell[: formula.start()]
    # ("IRONWORKER, STRUCTURAL": a determination's classification in capitals)
    return capitals_classification(cell.strip(" :"))


def _row_rates(cells: list[str], table: _Table) -> list[tuple[str, float]] | None:
    """The (column head, rate) pairs of a row under ``table``, or None when the row does not
    fit it: as many cells as heads, or rates in the table's last pay columns."""
    if len(cells) == len(table.heads):
        found = [(table.heads[i], rate) for i in table.pay if (rate := _rate(cells[i])) is not None]
        others = [cells[i] for i in table.pay if _rate(cells[i]) is None]
        if found and all(_EMPTY.match(c) or not any(ch.isdigit() for ch in c) for c in others):
            return found
        return None
    trailing: list[float] = []
    for cell in reversed(cells[1:]):
        rate = _rate(cell)
        if rate is None:
            break
        trailing.insert(0, rate)
    last = table.pay[-len(trailing):] if trailing else []
    if len(trailing) < _MIN_RATES or len(trailing) > len(table.pay) or (
            last != list(range(len(table.heads) - len(trailing), len(table.heads)))):
        return None
    return [(table.heads[i], rate) for i, rate in zip(last, trailing, strict=True)]


def _level(title: str, table: _Table, words: ScheduleWords) -> tuple[bool, str]:
    """Whether a row is the trade's own pay, and the level it is paid at."""
    if _has(title, words.improver):
        return True, title
    if table.periods:
        if _has(title, words.apprentice):
            return True, title
        return True, f"Apprentice {title}" if title[:1].isdigit() or (
            title.split()[0].lower() in ("period", "year", "step", "term")) else title
    if _has(title, words.journey) and not _has(title, words.foremen):
        return True, "Journeyman"
    if _has(title, words.apprentice) and not _has(title, words.foremen):
        return True, title  # "Apprentice 1st Year" among the classifications
    if _PERIOD_TITLE.match(title):
        return True, f"Apprentice {title}"  # "1st Period" among leader rows
    return False, ""


def _leader_rates(lines: Sequence[tuple[int, str]], words: ScheduleWords,
                  ) -> tuple[list[Rate], set[int]]:
    """The rates of lists set off by leader dots, one classification a line, when a list
    names a journey or a foreman's classification (a union's rate list, not a price list);
    its fringe lines are taken and give nothing."""
    found: list[Rate] = []
    taken: set[int] = set()
    block: list[tuple[int, str, float]] = []
    column = ""

    def flush() -> None:
        titles = [title for _, title, _ in block]
        if not any(_has(t, words.journey) or _has(t, words.foremen) for t in titles):
            return
        flat = _Table([], [], periods=False)
        first_line = block[0][0]
        for no, title, amount in block:
            taken.add(no)
            if not_wage(title, words):
                continue
            own, level = _level(title, flat, words)
            found.append(Rate(no, title, amount, column, own, level,
                              foreman=not own and _has(title, words.foremen),
                              table=first_line))

    last = -1
    for no, text in lines:
        row = _LEADER_ROW.match(text.strip())
        if row is None:
            if text.strip():
                if block:
                    flush()
                    block = []
                date = _DATE.search(text)
                column = date.group() if date else ""  # ("WAGE RATES (effective June 1, 2026)")
            continue
        if block and no > last + 2:
            flush()
            block = []
        amount = float(row.group("rate").replace(",", ""))
        if amount >= _HOURLY_CEILING:
            continue
        block.append((no, _title(row.group("title")), amount))
        last = no
    if block:
        flush()
    return found, taken


def schedule_rates(lines: Sequence[tuple[int, str]], words: ScheduleWords | None = None,
                   is_title: Callable[[str], bool] | None = None,
                   ) -> tuple[list[Rate], set[int]]:
    """The rates of every wage-schedule table in ``lines`` (line number, text with its
    spacing kept) and the lines the tables take (headers and rows).

    A table runs from its header to the next header or the next line in capitals (a
    heading); lines between its rows that do not fit it (notes, a formula line) are left
    alone, and a row printed apart with its rates in the last pay columns belongs to it.
    The lines under a heading in capitals that names money that is no pay ("FRINGE
    BENEFITS", :func:`not_pay_heading`) are taken too: they give nothing.

    >>> rows = [(5, "Period\\tHours\\t% of JP\\tJan 1, 2026"), (6, "1\\t0-1,000\\t50%\\t$20.10"),
    ...         (7, "2\\t1,001-2,000\\t60%\\t$24.12")]
    >>> [(r.title, r.amount, r.level) for r in schedule_rates(rows)[0]]
    [('1', 20.1, 'Apprentice 1'), ('2', 24.12, 'Apprentice 2')]
    """
    words = words or schedule_words()
    found: list[Rate] = []
    taken: set[int] = set()
    table: _Table | None = None
    table_line = 0
    apprentices = no_pay = False
    for no, text in lines:
        stripped = text.strip()
        if not stripped:
            continue
        header = _header(stripped, words, apprentices, is_title) if (
            "\t" in stripped or "  " in stripped) else None
        if header is not None:
            table, table_line = header, no
            table.starts = tuple(m.start(1) for m in _HEAD_START.finditer(text))
            taken.add(no)
            continue
        if _caps_heading(stripped):
            table = None  # a heading in capitals ends the table
            apprentices = _has(stripped, words.apprentice)
            no_pay = not_pay_heading(stripped, words)
            continue
        if no_pay:
            if not work_fee_row(stripped):
                taken.add(no)  # under "FRINGE BENEFITS": funds, totals, no wage
            continue
        if _has(stripped, words.apprentice) and "$" not in stripped and table is None:
            apprentices = True
        if table is None:
            continue
        cells = _cells(stripped)
        if 2 <= len(cells) < len(table.heads) == len(table.starts):
            cells = _aligned_cells(text, table.starts) or cells
        rates = _row_rates(cells, table) if len(cells) >= 2 else None
        if rates is None:
            continue
        title = _title(cells[0])
        if not title or not_wage(title, words):
            continue
        market = _MARKET.search(title)
        region = market.group("place") if market else ""
        title = title[: market.start()] if market else title
        taken.add(no)
        if table.seats:  # each rate is its column's title's, at the row's year
            found.extend(Rate(no, column, amount, column, False, title, table=table_line)
                         for column, amount in rates)
            continue
        if table.places:  # "Alberta (AB)   …   $23.79/hr": the trade's own rate there
            found.extend(Rate(no, "", amount, column, True, table=table_line,
                              region=_PLACE_CODE.sub("", title)) for column, amount in rates)
            continue
        own, level = _level(title, table, words)
        for column, amount in rates:
            found.append(Rate(no, title, amount, column, own, level,
                              foreman=not own and _has(title, words.foremen), table=table_line,
                              region=region))
    if "..." in "".join(text for _, text in lines):
        listed, leaders = _leader_rates([(no, text) for no, text in lines if no not in taken],
                                        words)
        found.extend(listed)
        taken |= leaders
    return found, taken


def apprentice_title(journey: str, words: ScheduleWords | None = None) -> str | None:
    """The apprentice's title for a journey classification ("Journeyperson Insulator" ->
    "Apprentice Insulator"), or None when the title names no journey word before the trade.

    >>> apprentice_title("Journeyman Sheet Metal Worker")
    'Apprentice Sheet Metal Worker'
    """
    words = words or schedule_words()
    lowered = journey.lower()
    for word in sorted(words.journey, key=len, reverse=True):
        if lowered.startswith(word + " ") and len(journey) > len(word) + 1:
            return f"Apprentice {journey[len(word) + 1:].strip()}"
    return None


def schedule_ladder(rates: Sequence[Rate], words: ScheduleWords | None = None,
                    ) -> list[tuple[str, int]]:
    """The ladder a wage schedule prints: the apprentice (when the schedule has apprentice
    periods), the journey classification, then the foremen's classifications of the journey
    row's own table (another agreement's foremen are not its rungs) from the lowest rate up.
    [] unless a journey row and a foreman row are printed.

    >>> rows = [(1, "Classification   May 1, 2026"), (2, "Journeyperson Glazier   $40.00"),
    ...         (3, "General Foreperson   $46.00"), (4, "Foreperson   $44.00")]
    >>> schedule_ladder(schedule_rates(rows)[0])
    [('Journeyperson Glazier', 2), ('Foreperson', 4), ('General Foreperson', 3)]
    """
    words = words or schedule_words()
    journey = next((r for r in rates if r.own and r.level == "Journeyman"), None)
    first: dict[str, Rate] = {}
    if journey is None:
        return []
    for rate in rates:
        if rate.foreman and rate.table == journey.table and rate.title not in first:
            first[rate.title] = rate
    if not first:
        return []
    chain: list[tuple[str, int]] = []
    periods = [r for r in rates if r.own and r.level.startswith("Apprentice")]
    apprentice = apprentice_title(journey.title, words)
    if periods and apprentice:
        chain.append((apprentice, periods[0].line))
    chain.append((journey.title, journey.line))
    chain.extend((r.title, r.line) for r in sorted(first.values(), key=lambda r: r.amount))
    return chain
