"""Delimited tables in a page: a career matrix or pay grid exported from a spreadsheet as CSV
(commas or semicolons) or TSV, or a markdown pipe table, read by its header row.

A table opens with a **header row** whose cells name what each column holds, by the words of
``table_columns`` in ``data/headings.yaml`` (title, level, years, pay with its band end,
currency and period, pay type, skills, next role, feeder and lateral roles, employers, and
columns of money that is no pay: bonus targets, differentials).  A header needs a title or
level column and a column that states something (pay, skills, moves, employers).  Each
later row with the same separator that fits the header (a title the page's vocabulary knows,
figures in its pay cells, years in its years cell) is a :class:`TableRow`; rows that do not
fit right under the header are :class:`Skipped` with the reason, and rows further down (after
a blank row, a section label) are taken only when they fit.  A new header, or a line without
the separator, ends the table.

CSV quoting is honoured: ``"$78,000"`` is one cell, ``""`` a quote inside a quoted cell, and
a quoted cell may wrap onto the next line (the row then spans both lines).

>>> columns = (("pay", ("salary",)), ("skills", ("skills",)), ("level", ("level",)),
...            ("title", ("title",)), ("low", ("min",)), ("high", ("max",)))
>>> lines = [(1, "Level,Title,Skills,Salary min,Salary max"),
...          (2, 'L1,Junior Baker,"Dough; ovens",$30k,$35k'), (3, "L2,Baker,Icing,$36k,$44k")]
>>> [table] = find_tables(lines, columns, lambda t: t.endswith("Baker"))
>>> [(c.kind, c.end) for c in table.columns][3:]
[('pay', 'low'), ('pay', 'high')]
>>> [(row.line, row.title, [text for _, text in row.pay_cells(table)]) for row in table.rows]
[(2, 'Junior Baker', ['$30k - $35k']), (3, 'Baker', ['$36k - $44k'])]
>>> table.codes()
{'L1': 'Junior Baker', 'L2': 'Baker'}
"""

from __future__ import annotations

import csv
import io
import itertools
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cache

from careergraph.guides.amounts import column_terms, find_amounts, find_money
from careergraph.guides.column_content import column_kind
from careergraph.guides.money_grammar import label_period
from careergraph.guides.not_pay import is_not_pay
from careergraph.guides.text import is_title_case

__all__ = [
    "EMPTY",
    "Column",
    "Skipped",
    "Table",
    "TableRow",
    "band_joined",
    "export_lines",
    "find_tables",
    "graded_role",
    "key_value_lines",
    "level_matrix",
    "level_series",
    "matrix_owner",
    "split_cells",
    "table_role",
    "title_core",
    "title_named",
]

#: ``(kind, phrases)`` in the order tried: ``table_columns`` of ``data/headings.yaml``.
ColumnWords = tuple[tuple[str, tuple[str, ...]], ...]

_SEPARATORS = ("\t", "|", ";", ",")
_MIN_CELLS = 2  # a header names at least two columns
_HEAD_WORDS = 5  # a header cell is a short name
_HEAD_CHARS = 40  # (rules51b) an employer column's name, read before the rest of a header
_ROW_TITLE_WORDS = 10
# Kinds that make a header worth reading: the row states one of these.
_STATING = frozenset({"pay", "skills", "next", "previous", "lateral", "employers", "systems"})
# (words of a column kind, or of a key/value block's header: no kinds)
_ENDS = frozenset({"low", "high", "matrix", "key_value", "grade_heads", "trade_heads",
                   "steps"})
_WORK_KINDS = frozenset({"frequency", "systems"})  # (a table of recurring work's columns)
_UNKNOWN = " names no role"
#: An empty cell: a dash, "n/a", "TBC".
EMPTY = re.compile(r"^(?:[-–—]+|n/?a|tbc|tbd|none|nil|\?)?$", re.IGNORECASE)
_YEARS = re.compile(r"^\W{0,2}\d")
_STEP_HEAD = re.compile(r"^step\s+[a-z0-9]{1,2}$")  # "Step A", "Step 3": a grid's column
_YEARS_CELL = re.compile(r"^\d{1,2}\s*(?:[-–—+]|years?\b|yrs?\b)")  # a data cell, no header
_MARKDOWN_RULE = re.compile(r"^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?$")
# A level code: letters then a number ("C3", "DCT4", "IC2", "L-5"), no title.
_CODE = re.compile(r"^(?P<prefix>[A-Z]{1,5})[- ]?(?P<number>\d{1,2})[A-Z]?$")
# A grade after a title ("Data Center Technician II", "Analyst 3"): the title at a grade.
_GRADE = re.compile(r"\s+(?:\d{1,2}|I{1,3}|IV|VI{0,3})$")
# A grade code before a title ("Band 8a Lab Manager", "Grade 3 Clerk"): no part of it.
_LEAD_GRADE = re.compile(r"^(?:band|grade|scale|pay band)\s+\d{1,2}[a-z]?\s+(?=[A-Z])",
                         re.IGNORECASE)
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")  # "SkillsRequired": two words
_ASIDE = re.compile(r"(?<=\w)\s+\([a-z][^()]*\)$")  # "(not yet certified)": lower case only


@dataclass(frozen=True, slots=True)
class Column:
    """One column of a header: its index, header text and kind; a pay column's band end
    (``low``/``high`` or None), currency and period as the header states them."""

    index: int
    head: str
    kind: str
    end: str | None = None
    currency: str | None = None
    period: str | None = None


@dataclass(frozen=True, slots=True)
class TableRow:
    """A data row: the lines it spans (a quoted cell may wrap) and its cells."""

    lines: tuple[int, ...]
    cells: tuple[str, ...]
    title: str  # the title cell (the level cell in a table without one)
    level: str  # the level cell ("" without a level column)

    @property
    def line(self) -> int:
        return self.lines[0]

    def cell(self, column: Column) -> str:
        return self.cells[column.index].strip() if column.index < len(self.cells) else ""

    def pay_cells(self, table: Table) -> list[tuple[Column, str]]:
        """The row's pay as text, each with its column: a band's low and high cells joined
        into one band (``"$30k - $35k"``, with the low cell's column); empty cells left out."""
        pays = table.of("pay")
        ends = {c.end: c for c in pays if c.end is not None}
        if not ends:  # (rules46a) "Step 1 | Step 5 (top)": the first and the top step's cells
            header = [""] * (max((c.index for c in table.columns), default=-1) + 1)
            for column in table.columns:
                header[column.index] = column.head
            by_index = {c.index: c for c in pays}
            ends = {end: by_index[at] for end, (at, *_) in _step_ends(header).items()
                    if at in by_index}
            pays = [c for c in pays if c not in ends.values()] + list(ends.values())
        if any(_MARKED.search(self.cell(c)) for c in pays):
            # (rules46a) a US register's "Range | Step 1 | …" over "48 | $61,360 | …": the
            # pay range's number beside marked figures is a grade, no pay
            pays = [c for c in pays if not (_RANGE_HEAD.match(c.head.strip())
                                            and _RANGE_NUMBER.match(self.cell(c)))]
        low, high = ends.get("low"), ends.get("high")
        found: list[tuple[Column, str]] = []
        if low is not None and high is not None and _figure(self.cell(low), low) and _figure(
                self.cell(high), high):
            found.append((low, f"{_unquote(self.cell(low))} - {_unquote(self.cell(high))}"))
        else:
            found += [(c, _unquote(self.cell(c))) for c in (low, high)
                      if c is not None and _figure(self.cell(c), c)]
        found += [(c, _unquote(self.cell(c))) for c in pays
                  if c not in (low, high) and c.end is None and _figure(self.cell(c), c)]
        return found


_MARKED = re.compile(r"[$€£¥]\s?\d|\d,\d{3}\b")  # a figure with its sign or grouping
_RANGE_HEAD = re.compile(r"^(?:pay\s+|salary\s+)?range(?:\s+(?:no\.?|number|#))?$",
                         re.IGNORECASE)
_RANGE_NUMBER = re.compile(r"^(?:[A-Z]{1,3}[- ]?)?\d{1,3}[A-Z]?$")  # "48", "M-14"


@dataclass(frozen=True, slots=True)
class Skipped:
    """A row right under a header that does not fit it, and why: reported, never guessed."""

    lines: tuple[int, ...]
    text: str
    reason: str
    unknown_title: bool = False  # its title cell names no role the vocabulary knows


@dataclass(frozen=True, slots=True)
class Table:
    """A header and the rows that fit it."""

    header_line: int
    separator: str
    columns: tuple[Column, ...]
    rows: tuple[TableRow, ...]
    skipped: tuple[Skipped, ...]

    def of(self, kind: str) -> list[Column]:
        return [c for c in self.columns if c.kind == kind]

    @property
    def titled(self) -> bool:
        """The table has a title column (else each row's title is its level cell, a level of
        the page's role: "Entry", "Band 5")."""
        return bool(self.of("title"))

    @property
    def lines(self) -> set[int]:
        """The lines the table takes: its header and the rows that fit it (a skipped row is
        left to the page's other rules)."""
        taken = {self.header_line}
        for row in self.rows:
            taken.update(row.lines)
        return taken

    def codes(self) -> dict[str, str]:
        """Each row's level code and the title it stands for ("C3" -> "Senior Adjuster")."""
        return {row.level: row.title for row in self.rows
                if row.level and row.title != row.level and _CODE.match(row.level)}


def split_cells(text: str, separator: str) -> list[str]:
    """The cells of one row: CSV quoting for commas, semicolons and tabs; a pipe row's outer
    pipes dropped.

    >>> split_cells('DCT3,"$78,000","a ""b"" c"', ","), split_cells("| a | b |", "|")
    (['DCT3', '$78,000', 'a "b" c'], ['a', 'b'])
    """
    if separator == "|":
        body = text.strip()
        body = body[1:] if body.startswith("|") else body
        body = body[:-1] if body.endswith("|") else body
        return [cell.strip() for cell in body.split("|")]
    try:
        rows = list(csv.reader(io.StringIO(text), delimiter=separator))
    except csv.Error:  # a stray quote: the plain cells
        return [cell.strip() for cell in text.split(separator)]
    return [cell.strip() for row in rows for cell in row]


def title_core(cell: str) -> str:
    """The title a title cell names, for looking it up: without a grade after it and
    without a specialism after a comma ("Claims Specialist, Large Loss") or an aside in
    brackets after it ("Medical Physicist (certified)", a survey's qualifier).

    >>> title_core("Data Center Technician II"), title_core("Claims Specialist, Large Loss")
    ('Data Center Technician', 'Claims Specialist')
    >>> title_core("Junior Physicist (not yet certified)"), title_core("Band 6 Dietitian")
    ('Junior Physicist', 'Dietitian')
    """
    return _GRADE.sub("", title_named(cell.split(",", 1)[0]))


def title_named(cell: str) -> str:
    """A title cell as the title it names: without a grade code before it or a lower-case
    aside after it ("Band 8a Lab Manager", "Physicist (certified)").

    >>> title_named("Band 5 Trainee Dietitian (rotational)")
    'Trainee Dietitian'
    """
    return _ASIDE.sub("", _LEAD_GRADE.sub("", cell.strip()))


def level_series(rows: Sequence[TableRow]) -> list[list[TableRow]]:
    """Runs of consecutive rows whose level codes count up in one series ("C1", "C2", "C3";
    "DCT1" … "DCT4"; "BPS-9", "BPS-11"): the rungs of one track, in order.  Another series
    ("M1") is another track.

    >>> rows = [TableRow((n,), (), t, code) for n, (code, t) in enumerate(
    ...     [("T1", "A"), ("T2", "B"), ("M1", "C"), ("T3", "D")], 1)]
    >>> [[r.title for r in run] for run in level_series(rows)]
    [['A', 'B']]
    """
    runs: list[list[TableRow]] = []
    run: list[TableRow] = []
    last: tuple[str, int] | None = None
    for row in rows:
        match = _CODE.match(row.level)
        code = (match.group("prefix"), int(match.group("number"))) if match else None
        if code is not None and last is not None and code[0] == last[0] and code[1] > last[1]:
            run.append(row)
        else:
            if len(run) >= _MIN_CELLS:
                runs.append(run)
            run = [row] if code is not None else []
        last = code
    if len(run) >= _MIN_CELLS:
        runs.append(run)
    return runs


# -- reading -----------------------------------------------------------------------------------
def _unquote(cell: str) -> str:
    return cell.strip().strip('"').strip()


def _figure(cell: str, column: Column | None = None) -> bool:
    """The cell holds a figure: any money, or a bare number under a pay column ("Hourly rate
    (NZD)" / "28.00 - 34.00", "Minimum" / "26.40")."""
    if not cell or EMPTY.match(cell.strip()):
        return False
    text = _unquote(cell)
    if find_money(text, bare=True) is not None:
        return True
    return column is not None and bool(find_amounts(
        text, bare=True, currency=column.currency or "USD", period=column.period))


def _separator(text: str) -> str | None:
    """The separator a row uses: a tab, a pipe (two or more), else the semicolon or comma
    that cuts it into the most cells outside quotes."""
    if "\t" in text:
        return "\t"
    if text.count("|") >= _MIN_CELLS:
        return "|"
    best, most = None, 1
    for separator in (";", ","):
        if separator in text:
            count = len(split_cells(text, separator)) if '"' in text else (
                text.count(separator) + 1)
            if count > most:
                best, most = separator, count
    return best


def _same_width(text: str, separator: str, width: int) -> bool:
    """The row cut by ``separator`` has the header's width: a row of the table even where
    another separator is more frequent in it (its cells list names by that separator)."""
    return separator in text and len(split_cells(text, separator)) == width


def _logical_lines(lines: Sequence[tuple[int, str]]) -> Iterator[tuple[tuple[int, ...], str]]:
    """The page's rows: a line whose quoted cell stays open runs on to the lines after it
    (a CSV cell holding a line break), up to a few lines."""
    index = 0
    while index < len(lines):
        numbers, text = [lines[index][0]], lines[index][1]
        index += 1
        while text.count('"') % 2 and index < len(lines) and len(numbers) < 4 and (
                _separator(text) in (",", ";", "\t")):
            numbers.append(lines[index][0])
            text = f"{text}\n{lines[index][1]}"
            index += 1
        yield tuple(numbers), text


@cache
def _patterns(words: ColumnWords) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """One pattern a kind, its phrases as whole words (a header cell is matched against a
    few of these, not against every phrase)."""
    return tuple((kind, re.compile(
        r"(?<![a-z0-9])(?:" + "|".join(re.escape(p) for p in sorted(phrases, key=len,
                                                                      reverse=True))
        + r")(?![a-z0-9])")) for kind, phrases in words if phrases)


def _column(index: int, head: str, words: ColumnWords) -> Column | None:
    """The column a header cell names, or None for a cell no phrase knows."""
    # ("PAY_TYPE": an import file's field; "EmployerName": a feed's field in camel case)
    lowered = re.sub(r"[\s_]+", " ", _CAMEL.sub(" ", head.strip()).lower())
    bare = re.sub(r"\([^()]*\)", " ", lowered)  # "Base min (USD)": the currency aside
    patterns = _patterns(words)
    # ("Hourly (entry)": a bracket holding one end word alone names the column's end)
    asides = [a.strip() for a in re.findall(r"\(([^()]*)\)", lowered)]
    end = next((k for k, pattern in patterns if k in ("low", "high") and (pattern.search(
        bare) or any(pattern.fullmatch(aside) for aside in asides))), None)
    kind = next((k for k, pattern in patterns if k not in _ENDS and pattern.search(bare)),
                None)
    if kind is None and end is not None and len(bare.split()) <= 1:
        kind = "pay"  # a lone "Min" / "Max" cell
    if kind == "level" and "/" in bare and any(
            k == "title" and pattern.search(bare) for k, pattern in patterns):
        kind = "title"  # "Grade / title": each cell a title with its grade ("Band 6 X")
    if kind == "level" and (_STEP_HEAD.match(bare.strip()) or _TOP_HEAD.match(bare.strip())):
        return None  # "Step A", "Top step": one step's column of a schedule, told by its cells
    if kind is None:
        return None
    if kind != "pay":
        return Column(index, head, kind)
    # The words "pay" is appended to only let column_terms read a currency the header puts
    # in brackets after a word it does not know as pay ("Base min (USD)").
    terms = column_terms(head) or column_terms(f"{head} pay") or (None, None)
    return Column(index, head, kind, end, terms[0], terms[1] or label_period(head))


def _single(cell: str) -> float | None:
    """The one figure a cell holds (no band), or None."""
    money = find_money(cell)
    return money.low if money is not None and money.low == money.high else None


_MIDDLE = re.compile(r"\b(?:median|average|mean|mid)", re.I)


def band_joined(header: Sequence[str], cells: Sequence[str], words: ColumnWords) -> list[str]:
    """A pipe row's ``cells`` with its band's two ends joined into one band in the low
    column's place (the high column's cell left empty), when the ``header`` names one
    pay column of each end ("Job | Entry | Experienced", "Post | Minimum | Maximum") and both
    cells hold one figure, the low one the smaller; else the cells as they are.  (A row the
    delimited table skipped, its title unknown, is read cell by cell: the same band.)

    >>> words = (("pay", ("salary",)), ("low", ("min", "entry")), ("high", ("max",)))
    >>> band_joined(["Post", "Min", "Max"], ["Verger", "$21,000", "$26,500"], words)
    ['Verger', '$21,000 – $26,500', '']
    >>> band_joined(["Post", "Min", "Max"], ["Verger", "$26,500", "$21,000"], words)
    ['Verger', '$26,500', '$21,000']
    """
    if len(header) != len(cells):
        return list(cells)
    ends: dict[str, list[int]] = {}
    for index, head in enumerate(header):
        column = _column(index, head, words) if head else None
        if column is not None and column.kind == "pay" and column.end in ("low", "high"):
            ends.setdefault(column.end, []).append(index)
    if not ends:  # (rules46a) a register's "Step 1 | Step 5 (top)": first step to top step
        ends = _step_ends(header)
    low, high = ends.get("low", []), ends.get("high", [])
    if len(low) != 1 or len(high) != 1 or any(
            _MIDDLE.search(head) for head in header[min(low[0], high[0]):max(low[0], high[0])]):
        return list(cells)  # ("Entry | Median | Experienced": a survey's points, read apart;
        # a median column after both ends, "Min | Max | Median actual", is a point of its own)
    ends_low, ends_high = (_single(cells[i]) for i in (low[0], high[0]))
    if ends_low is None or ends_high is None or ends_low >= ends_high:
        return list(cells)  # (a cell that is a band already, or ends out of order)
    joined = list(cells)
    joined[low[0]] = f"{cells[low[0]]} – {cells[high[0]]}"
    joined[high[0]] = ""
    return joined


# A step column's head ("Step 1", "Step 5 (top)"), the bracket naming the step's place.
_STEP_END = re.compile(r"^step\s*(?P<number>\d{1,2})\s*(?:\((?P<aside>[^()]{1,15})\))?$",
                       re.IGNORECASE)
_TOP_STEP = frozenset({"top", "max", "maximum", "top step", "job rate", "last"})
# A step column headed by its place alone ("Top step", "Top of range").
_TOP_HEAD = re.compile(r"^(?:top|final|last|maximum)\s+step$", re.IGNORECASE)


def _step_ends(header: Sequence[str]) -> dict[str, list[int]]:
    """The band's ends a header of two step columns names: "Step 1" the low end, the step
    its bracket calls the top ("Step 5 (top)") the high end; no ends for any other header
    (a full schedule "Step 1 | Step 2 | Step 3" states each step, read apart).

    >>> _step_ends(["Class", "Range", "Step 1", "Step 5 (top)", "Median"])
    {'low': [2], 'high': [3]}
    >>> _step_ends(["Class", "Class code", "Step 1", "Top step", "Median"])
    {'low': [2], 'high': [3]}
    >>> _step_ends(["Class", "Step 1", "Step 2", "Step 3"])
    {}
    """
    steps = [(i, m) for i, head in enumerate(header) if (m := _STEP_END.match(head.strip()))]
    tops = [i for i, head in enumerate(header) if _TOP_HEAD.match(head.strip())]
    if len(steps) == 1 and len(tops) == 1 and tops[0] > steps[0][0]:
        # (fixes92) "Step 1 | Top step": the first step to the top step, the top's place
        # named by the head itself
        (first, low), = steps
        return {"low": [first], "high": tops} if low.group("number") == "1" and not low.group(
            "aside") else {}
    if len(steps) != 2:
        return {}
    (first, low), (last, high) = steps
    aside = (high.group("aside") or "").strip().lower()
    if low.group("number") != "1" or low.group("aside") or aside not in _TOP_STEP:
        return {}
    return {"low": [first], "high": [last]}


def _may_head(cells: Sequence[str]) -> bool:
    """Enough short cells to head a table (what :func:`_header` and :func:`_by_content`
    need first)."""
    named = [cell for cell in cells if cell]
    # (a pay column's note in brackets is no part of its name: "Indicative pay (€ gross a
    # year, 2026 survey of 30 farms)")
    return len(named) >= _MIN_CELLS and not any(
        len(_HEAD_NOTE.sub("", c).split()) > _HEAD_WORDS for c in named)


_HEAD_NOTE = re.compile(r"\s*\([^()]*\)\s*$")


def _header(cells: Sequence[str], words: ColumnWords, separator: str
            ) -> tuple[Column, ...] | None:
    """The columns of a header row, or None for another row.  Besides tables of titles or
    levels, an export's list of skills with their definitions ("Skill<tab>Definition") is a
    table (a pipe table of skills is left to the rules for pipe rows)."""
    if not _may_head(cells):
        return None
    named = [cell for cell in cells if cell]
    columns = _recurring_work(tuple(c for i, cell in enumerate(cells) if cell
                                    and (c := _column(i, cell, words)) is not None))
    kinds = {c.kind for c in columns}
    if len(columns) * 2 < len(named) or not kinds & _STATING:
        return None
    if any(find_money(c) is not None for c in named):
        return None  # a row of figures
    if not kinds & {"title", "level", "frequency"} and (
            separator == "|" or kinds != {"skills", "describe"}):
        return None
    return columns


def _recurring_work(columns: tuple[Column, ...]) -> tuple[Column, ...]:
    """``columns`` as they are for a table of recurring work: a column of how often and one
    of systems, with no title or level column (a handover note's "Task | When | System /
    where"; its systems are the role's tools).  In any other table both kinds are dropped
    (they state nothing there)."""
    kinds = {c.kind for c in columns}
    if {"frequency", "systems"} <= kinds and not kinds & {"title", "level", "skills"}:
        return columns
    return tuple(c for c in columns if c.kind not in _WORK_KINDS)


_LOOK_AHEAD = 12  # rows under a header read to tell its unnamed columns by their cells
_BARE_FIGURE = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?$|^\d{1,6}\.\d{2}$")
_NO_FIGURE = re.compile(r"^(?:[-–—:]*|n/?a)$", re.IGNORECASE)  # (a rule's "---" too)


def _figures(values: Sequence[str]) -> bool:
    """Every filled cell a bare amount with its grouping or cents ("4,942", "28.51"), two
    at least (a code column's "4101" is none)."""
    filled = [v.strip() for v in values if not _NO_FIGURE.match(v.strip())]
    return len(filled) >= _MIN_CELLS and all(_BARE_FIGURE.match(v) for v in filled)


def _by_content(cells: Sequence[str], separator: str, below: Sequence[str],
                columns: tuple[Column, ...] | None, words: ColumnWords,
                is_skill: Callable[[str], bool] | None) -> tuple[Column, ...] | None:
    """The header's columns with those its words leave unnamed told by their cells
    (:func:`careergraph.guides.column_content.column_kind`: pay, years, skills), or
    ``columns`` as they were.  ``below`` are the rows right under the header; only rows of
    its width count.  A row that is no header by its words becomes one when its cells then
    name enough columns."""
    named = [cell for cell in cells if cell]
    if not _may_head(cells) or any(
            find_money(c) is not None or _YEARS_CELL.match(c.strip()) for c in named):
        return columns
    known = {c.index for c in columns or ()}
    unnamed = [i for i, cell in enumerate(cells) if cell and i not in known
               and (columns is not None or _column(i, cell, words) is None)]
    rows = [r for r in (split_cells(text, separator) for text in below) if len(r) == len(cells)]
    if not unnamed or len(rows) < _MIN_CELLS:
        return columns
    base = columns if columns is not None else _recurring_work(tuple(
        c for i, cell in enumerate(cells) if cell and (c := _column(i, cell, words)) is not None))
    # (a schedule's rows state their pay period: its step columns' bare figures are pay,
    # "Period | Step A | Step B" over "Hourly | 28.51 | 29.90")
    timed = any(c.kind == "period" for c in base)
    # (fixes92) a register's "Step 1 | Top step | Median actual" over "63,087 | 76,651 |
    # 72,230": a band's first and top step and the incumbents' median, bare figures that are
    # pay as a schedule's are (a row's "by negotiation" states none)
    stepped = {at for ats in _step_ends(cells).values() for at in ats}
    stepped |= {i for i in unnamed if stepped and _MIDDLE.search(cells[i])}
    found = [Column(i, cells[i], kind, None, *(column_terms(f"{cells[i]} pay") or (None, None)))
             if kind == "pay" else Column(i, cells[i], kind)
             for i in unnamed if (kind := column_kind([r[i] for r in rows], is_skill) or (
                 "pay" if (timed and _figures([r[i] for r in rows])) or (i in stepped and _figures(
                     [r[i] for r in rows if any(ch.isdigit() for ch in r[i])])) else None))
             and not (kind == "pay" and is_not_pay(cells[i]))]  # ("Exam fee": money, no pay)
    if not found:
        return columns
    merged = tuple(sorted((*base, *found), key=lambda c: c.index))
    kinds = {c.kind for c in merged}
    if len(merged) * 2 < len(named) or not kinds & _STATING or not kinds & {"title", "level"}:
        return columns
    return merged


def _fit(cells: Sequence[str], columns: Sequence[Column], width: int,
         is_title: Callable[[str], bool]) -> tuple[str, str] | str:
    """The row's title and level cell when it fits the header, else why it does not."""
    if any(cell for cell in cells[width:]):
        return "more cells than its header"
    def cell(kind: str) -> str:
        column = next((c for c in columns if c.kind == kind), None)
        return cells[column.index].strip() if column and column.index < len(cells) else ""
    level, title = cell("level"), cell("title")
    has_title = any(c.kind == "title" for c in columns)
    if not has_title and not any(c.kind == "level" for c in columns):  # a list of skills
        skill = cell("skills")
        if any(c.kind == "frequency" for c in columns):  # a task of recurring work
            system = cell("systems")
            return ("", "") if system and not EMPTY.match(system) else "no system"
        return ("", "") if skill and len(skill.split()) <= _HEAD_WORDS and not any(
            ch.isdigit() for ch in skill) else "no skill name"
    if not has_title:
        title = level
    if not title or len(title.split()) > _ROW_TITLE_WORDS:
        return "no title"
    if has_title and not is_title(title_core(title)) and not (
            # ((rules51b) a tracker's "Company | Role" row "MSL (6-month contract)": the
            # title before its aside; other tables' rows with an aside are left to the row
            # rules, which know a price schedule's charge columns)
            title.endswith(")") and any(c.kind == "employers" for c in columns)
            and is_title(title_core(_HEAD_NOTE.sub("", title)))):
        return f"{title!r}{_UNKNOWN}"
    for column in columns:
        value = cells[column.index].strip() if column.index < len(cells) else ""
        if not value or EMPTY.match(value):
            continue
        if column.kind == "years" and not _YEARS.match(value):
            return f"{column.head!r} holds no years"
        if column.kind == "pay" and not _figure(value, column):
            return f"{column.head!r} holds no figure"
    stated = any(c.kind in _STATING and c.index < len(cells) and cells[c.index].strip()
                 and not EMPTY.match(cells[c.index].strip()) for c in columns)
    return (title, level) if stated else "states nothing"


def _uncaptioned(cells: list[str]) -> list[str]:
    """(rules51b) A header row whose first cell carries the table's caption before a dash
    ("Applications (table view) — Company"): the cell's column name after the dash.

    >>> _uncaptioned(["Applications (table view) — Company", "Role", "Pay"])
    ['Company', 'Role', 'Pay']
    >>> _uncaptioned(["Senior – Lead", "Pay", "Notes"])
    ['Senior – Lead', 'Pay', 'Notes']
    """
    if len(cells) < _MIN_CELLS + 1 or not cells[0]:
        return cells
    for dash in (" — ", " – "):
        caption, found, head = cells[0].rpartition(dash)
        if found and len(caption.split()) >= 2 and 0 < len(head.split()) <= 2 and (
                "(" in caption or caption.rstrip().endswith(":") or len(caption.split()) >= 3):
            return [head.strip(), *cells[1:]]
    return cells


def employer_table_rows(lines: Sequence[tuple[int, str]], words: ColumnWords) -> frozenset[int]:
    """(rules51b) The rows of a pipe table whose header opens with its employer column and
    names a title column ("Company | Role | … | Salary | Status | Notes": a job seeker's
    applications): read by their header as table rows, never as one-line job cards (whose
    "apply" cells a status such as "Not applying" would otherwise imitate).

    >>> words = (("employers", ("company",)), ("title", ("role",)), ("pay", ("salary",)))
    >>> sorted(employer_table_rows([(1, "Company | Role | Salary"), (2, "Acme | Baker | £1"),
    ...                             (3, "Acme | Cook | £2 | apply"), (4, "")], words))
    [2]
    """
    taken: set[int] = set()
    width = 0
    for no, text in lines:
        if " | " not in text:
            width = 0
            continue
        cells = split_cells(text, "|")
        if width and len(cells) == width:
            taken.add(no)
            continue
        head = _uncaptioned(cells)
        first = _column(0, head[0], words) if len(cells) >= _MIN_CELLS + 1 and len(
            head[0]) < _HEAD_CHARS else None  # (the first cell alone, for most rows)
        width = len(cells) if first is not None and first.kind == "employers" and any(
            (c := _column(0, cell, words)) is not None and c.kind == "title"
            for cell in head[1:]) and not any(
            find_money(cell) is not None for cell in cells) else 0
    return frozenset(taken)


def find_tables(lines: Sequence[tuple[int, str]], words: ColumnWords,
                is_title: Callable[[str], bool],
                is_skill: Callable[[str], bool] | None = None) -> list[Table]:
    """Every delimited table in ``lines`` (line number, text), read by its header row;
    ``words`` are the column phrases, ``is_title`` tells a role title, ``is_skill`` a skill
    or tool's name (a column its header leaves unnamed may be told by its cells)."""
    tables: list[Table] = []
    open_table: tuple[int, str, tuple[Column, ...], int] | None = None
    rows: list[TableRow] = []
    skipped: list[Skipped] = []
    under = False  # right under the header: no blank row between

    def close() -> None:
        if open_table is not None and rows:
            tables.append(Table(open_table[0], open_table[1], open_table[2], tuple(rows),
                                tuple(skipped)))

    def listing() -> bool:  # a list of skills (no title, no level): it ends at an empty row
        return open_table is not None and not any(c.kind in ("title", "level")
                                                  for c in open_table[2])

    logical = list(_logical_lines(lines))
    for position, (numbers, text) in enumerate(logical):
        if not text.strip():
            under = False
            if listing():
                close()
                open_table, rows, skipped = None, [], []
            continue
        separator = _separator(text)
        if open_table is not None and separator != open_table[1] and _same_width(
                text, open_table[1], open_table[3]):
            separator = open_table[1]  # (a semicolon row whose cells list names by commas)
        if separator is None:  # a line of prose ends the table
            close()
            open_table, rows, skipped = None, [], []
            continue
        cells = split_cells(text, separator)
        if open_table is None:  # (rules51b) "Applications (table view) — Company | Role | …"
            cells = _uncaptioned(cells)
        heads = _may_head(cells)  # (a prose line cut at its commas heads no table)
        columns = _header(cells, words, separator) if heads else None
        if heads and (columns is not None or open_table is None):
            below = list(itertools.takewhile(lambda t: bool(t.strip()), (
                t for _, t in logical[position + 1:position + 1 + _LOOK_AHEAD])))
            columns = _by_content(cells, separator, below, columns, words, is_skill)
            columns = _titled_levels(columns, separator, below, is_title)
        if columns is not None:
            close()
            open_table, rows, skipped, under = (numbers[0], separator, columns,
                                                len(cells)), [], [], True
            continue
        if open_table is None:
            continue
        if separator != open_table[1]:
            close()
            open_table, rows, skipped = None, [], []
            continue
        if separator == "|" and _MARKDOWN_RULE.match(text.strip()):
            continue
        if not any(cells):
            under = False
            if listing():
                close()
                open_table, rows, skipped = None, [], []
            continue
        fit = _fit(cells, open_table[2], open_table[3], is_title)
        if isinstance(fit, tuple):
            rows.append(TableRow(numbers, tuple(cells), *fit))
        elif under:
            skipped.append(Skipped(numbers, text, fit, fit.endswith(_UNKNOWN)))
    close()
    return tables


def _titled_levels(columns: tuple[Column, ...] | None, separator: str, below: Sequence[str],
                   is_title: Callable[[str], bool]) -> tuple[Column, ...] | None:
    """``columns`` with a level column whose cells below are titles read as the title
    column, when no column is one ("| Grade | Job Group | Minimum |" over "| Clinical
    Officer III | H | 38,270 |": each grade a post, its letter the level)."""
    if columns is None or any(c.kind == "title" for c in columns):
        return columns
    rows = [split_cells(text, separator) for text in below]
    for column in columns:
        if column.kind != "level":
            continue
        named = [row[column.index].strip() for row in rows if column.index < len(row)
                 and row[column.index].strip() and not EMPTY.match(row[column.index].strip())]
        if len(named) >= _MIN_CELLS and sum(is_title(title_core(n)) for n in named) * 2 > len(
                named):
            return tuple(replace(c, kind="title") if c is column else c for c in columns)
    return columns


def level_matrix(lines: Sequence[tuple[int, str]], tables: Sequence[Table],
                 words: ColumnWords) -> list[tuple[int, dict[str, str]]]:
    """The rows of a competency matrix by level: a header whose first cell names skills
    ("Competency") and whose other cells are level codes of a table read before ("DCT1",
    "DCT2"), then rows up to an empty one.  Each row is its line and its cells by the title
    of their level.

    >>> table = Table(1, ",", (), (TableRow((2,), (), "Baker", "B1"),), ())
    >>> level_matrix([(5, "Skill,B1"), (6, "Tools,Mixer; Oven")], [table],
    ...              (("skills", ("skill",)),))
    [(6, {'Baker': 'Mixer; Oven'})]
    """
    codes: dict[str, str] = {}
    for table in tables:
        codes.update(table.codes())
    found: list[tuple[int, dict[str, str]]] = []
    heads: list[str | None] | None = None
    used = ""  # the header's separator: its rows' too
    for numbers, text in _logical_lines(lines) if codes else ():
        separator = used if heads is not None else _separator(text)
        cells = split_cells(text, separator) if separator else []
        if not any(cells):
            heads = None
            continue
        skills = dict(_patterns(words)).get("skills")
        if skills is not None and skills.search(cells[0].lower()) and len(cells) > 1 and all(
                not cell or cell in codes for cell in cells[1:]) and any(cells[1:]):
            heads, used = [None, *(codes.get(cell) for cell in cells[1:])], separator or ""
            continue
        if heads is not None:
            found.append((numbers[0], {title: cell.strip() for title, cell in zip(
                heads, cells, strict=False) if title and cell.strip()}))
    return found


# -- the rest of an export -----------------------------------------------------------------------
_EXPORT_SHARE = 0.6  # this share of a page's rows padded to the header's width: an export


def export_lines(lines: Sequence[tuple[int, str]], tables: Sequence[Table],
                 is_move_label: Callable[[str], bool]) -> dict[int, str]:
    """The rows of a spreadsheet export that list moves, as text the page's other rules
    read: a row opening with a label of moves ("Feeder roles into C1<tab>A, B<tab><tab>")
    becomes "label: A, B", the rows under a lone label (up to an empty row) join it as
    "label: cell; cell; …", and an empty row (",,,,") is a blank line.  Each
    level code a table defines ("C3", "DCT3 (Senior)") becomes the title of its row.  Other
    rows stay as they are.  Returns the new text by line (a row that ran over several lines
    is given on its first, the others blank); empty when the page is no export (most of its
    rows padded to the width of its table's header).

    >>> lines = [(1, "Level,Title,Salary"), (2, "B1,Baker,$30k"), (3, "B2,Head Baker,$40k"),
    ...          (4, ",,"), (5, "Promotion paths,,"), (6, "B1 -> B2 (Head),B2 to X,")]
    >>> [table] = find_tables(lines, (("pay", ("salary",)), ("level", ("level",)),
    ...                               ("title", ("title",))), lambda t: t.endswith("Baker"))
    >>> export_lines(lines, [table], lambda label: label.startswith("Promotion"))
    {4: '', 5: 'Promotion paths: Baker -> Head Baker; Head Baker to X', 6: ''}
    """
    table = next((t for t in tables if t.separator != "|"), None)
    if table is None:
        return {}
    width = max(c.index for c in table.columns) + 1
    rows = [(numbers, split_cells(text, table.separator))
            for numbers, text in _logical_lines(lines) if text.strip()]
    padded = sum(1 for _, cells in rows if len(cells) >= width)
    if padded < _EXPORT_SHARE * len(rows):
        return {}
    taken = set().union(*(t.lines for t in tables))
    codes: dict[str, str] = {}
    for each in tables:
        codes.update(each.codes())
    out: dict[int, str] = {}
    label = 0  # the line of a lone label of moves: the rows under it join it
    for numbers, cells in rows:
        parts = [_coded(cell, codes) for cell in cells if cell.strip()]
        if numbers[0] in taken or not parts:
            label = 0
            if not parts:
                out[numbers[0]] = ""
            continue
        if is_move_label(parts[0]):
            out[numbers[0]] = parts[0] if len(parts) == 1 else (
                f"{parts[0]}: {', '.join(parts[1:])}")
            label = numbers[0] if len(parts) == 1 else 0
        elif label:
            head = out[label]
            out[label] = f"{head}{'; ' if ':' in head else ': '}{'; '.join(parts)}"
            out[numbers[0]] = ""
        else:
            continue
        for number in numbers[1:]:
            out[number] = ""
    return {no: text.replace("\n", " ") for no, text in out.items()}


def _coded(cell: str, codes: dict[str, str]) -> str:
    """``cell`` with each level code replaced by its row's title; an aside after the code
    that only repeats words of the title ("DCT3 (Senior)") goes with it."""
    if not codes:
        return cell.strip()

    def title(match: re.Match[str]) -> str:
        found = codes[match.group(1)]
        aside = match.group(2)
        if aside and not set(aside.lower().split()) <= set(found.lower().split()):
            return f"{found} ({aside})"
        return found

    pattern = "|".join(re.escape(code) for code in sorted(codes, key=len, reverse=True))
    return re.sub(rf"\b({pattern})\b(?:\s*\(([^()]{{1,40}})\))?", title, cell.strip())


_OWNER_WORDS = 5
_TITLE_DASH = re.compile(r"\s+[-–—]\s+|:\s+")


def matrix_owner(lines: Sequence[tuple[int, str]], table: Table,
                 words: ColumnWords) -> list[tuple[str, int]]:
    """The company whose career matrix or pay grid an export is: in a row above the table's
    header whose cell names the document ("… Career Matrix", "… Pay Grid" by the ``matrix``
    phrases), the name before a dash in that cell ("Vantor Cloud - Operations Career
    Matrix") or another short Title Case cell of that row ("Claims Career Framework<tab>
    Harborline Mutual").

    >>> table = Table(3, ",", (), (), ())
    >>> matrix_owner([(1, "Kestrel Foods - Bakery Career Matrix (2027),,"), (2, ",,")], table,
    ...              (("matrix", ("career matrix",)),))
    [('Kestrel Foods', 1)]
    """
    pattern = dict(_patterns(words)).get("matrix")
    found: list[tuple[str, int]] = []
    if pattern is None:
        return found
    for number, text in lines:
        if number >= table.header_line:
            break
        cells = [cell.strip() for cell in split_cells(text, table.separator) if cell.strip()]
        named = next((cell for cell in cells if pattern.search(cell.lower())), None)
        if named is None:
            continue
        parts = _TITLE_DASH.split(named, maxsplit=1)
        before = [parts[0]] if len(parts) > 1 and not pattern.search(parts[0].lower()) else []
        others = [cell for cell in cells if cell != named]
        found.extend((name, number) for name in [*before, *others] if _owner_name(name))
    return found


def _owner_name(text: str) -> bool:
    words = text.split()
    return 2 <= len(words) <= _OWNER_WORDS and is_title_case(text) and not any(
        char.isdigit() for char in text)


def table_role(tables: Sequence[Table], named: str = "") -> tuple[str, int] | None:
    """The page's role as its tables' title column names it, for a page that is mostly a
    table and names no role in a line of its own: the title of the only data row, or among
    several rows (a ladder) the one ``named`` (the file's name, words apart) names; else
    None (the caller reports it).

    >>> rows = (TableRow((4,), (), "Head Baker", "B2"), TableRow((5,), (), "Baker", "B1"))
    >>> title = (Column(1, "Title", "title"),)
    >>> table_role([Table(3, ",", title, rows[:1], ())])
    ('Head Baker', 4)
    >>> table_role([Table(3, ",", title, rows, ())], "bakery/baker.csv.txt")
    ('Baker', 5)
    >>> table_role([Table(3, ",", title, rows, ())], "bakery-grid.txt") is None
    True
    """
    titled = [(row.title, row.line) for table in tables if table.titled for row in table.rows]
    if len({_key(title) for title, _ in titled}) == 1:
        return titled[0]
    stem = _key(re.split(r"[\\/]", named)[-1].split(".")[0])
    return next(((title, line) for title, line in titled if stem and _key(title) == stem), None)


# A title's grade around its base: a seniority or learner word before it, a numeral, a
# learner word or a bracketed aside after it ("Senior X", "X II", "X Trainee", "X (part-time)").
_GRADE_BEFORE = re.compile(r"^(?:senior|junior|lead|principal|trainee|apprentice|intern)\s+",
                           re.IGNORECASE)
_GRADE_AFTER = re.compile(r"\s+(?:[IVX]{1,4}|\d{1,2}|trainee|apprentice|intern|"
                          r"\([^()]*\))$", re.IGNORECASE)
_GRADED_ROWS = 3  # distinct graded titles that make a schedule one title's grades


def graded_role(tables: Sequence[Table]) -> tuple[str, int] | None:
    """The one title a salary schedule's rows grade, when three of its titles or more are
    that title at a grade ("X Trainee", "X I", "X II", "Senior X"): a classification
    schedule of one occupation, whose role its rows name more surely than its prose.

    >>> title = (Column(1, "Classification", "title"),)
    >>> rows = tuple(TableRow((n,), (), t, "") for n, t in enumerate(
    ...     ["Tram Driver Trainee", "Tram Driver I", "Tram Driver II", "Senior Tram Driver",
    ...      "Depot Supervisor"], start=4))
    >>> graded_role([Table(3, "|", title, rows, ())])
    ('Tram Driver', 4)
    """
    graded: dict[str, tuple[str, int, set[str]]] = {}  # base key: (base, line, titles)
    for row in (row for table in tables if table.titled for row in table.rows):
        title = base = row.title.strip()
        while (bare := _GRADE_AFTER.sub("", _GRADE_BEFORE.sub("", base))) != base:
            base = bare
        if base:
            graded.setdefault(_key(base), (base, row.line, set()))[2].add(title)
    return next(((base, line) for base, line, titles in graded.values()
                 if len(titles) >= _GRADED_ROWS), None)


def _key(text: str) -> str:
    """``text`` lower-cased, its words joined by single spaces ("VP of Search",
    "vp-of-search")."""
    return " ".join(re.split(r"[\W_]+", text.lower())).strip()


_LABEL_WORDS = 4  # a key/value block's label is a short name ("Example employers")
_NAME_SPLIT = re.compile(r"[;|,]|\s/\s")  # where a cell lists names ("A; B", "A | B", "A / B")
_JOINS = {",": ", ", ";": "; ", "\t": "; ", "|": "; "}
# Separators whose rows the page's other rules cannot read as a label and its value (a tab
# row, "Sectors<tab>Retail; Food", they read as it is; a pipe row by the rules for pipe rows).
_PLAIN_SEPARATORS = frozenset({",", ";"})


def key_value_lines(lines: Sequence[tuple[int, str]], words: ColumnWords,
                    is_label: Callable[[str], bool]) -> dict[int, str]:
    """The rows of key/value blocks as tab rows of a label and its value, which the page's
    other rules read like an infobox's rows ("Sectors<tab>Retail; Food"): a
    block of delimited rows under a header naming a key and a value ("Field,Values",
    "Attribute<tab>Value": the ``key_value`` phrases), or two or more semicolon rows with no
    header each opening with a label (``is_label``: a heading the vocabulary knows,
    "Sectors", "Example employers").  The header row becomes a blank line; a row whose first
    cell is no label, and a tab row (read as it is), stay as they are.  Returns the new text
    by line.

    >>> words = (("key_value", ("field", "value", "values")),)
    >>> key_value_lines([(1, "Field;Values"), (2, "Sectors;Retail, Food"), (3, "x;y")],
    ...                 words, lambda label: label == "Sectors")
    {1: '', 2: 'Sectors\\tRetail; Food'}
    """
    pattern = dict(_patterns(words)).get("key_value")
    out: dict[int, str] = {}
    block: list[tuple[tuple[int, ...], list[str]]] = []
    used = ""  # the block's separator

    def flush() -> None:
        headed = bool(block) and pattern is not None and _key_value_head(block[0][1], pattern)
        body = block[1:] if headed else block
        labelled = [(numbers, cells) for numbers, cells in body if _labelled(cells, is_label)]
        # without a header: semicolon rows only, two cells each, every one a label's
        # (a comma splits figures, "3,050"; tab rows are read as they are)
        bare = used == ";" and len(labelled) >= _MIN_CELLS and len(labelled) == len(body) and (
            all(len([cell for cell in cells if cell]) == _MIN_CELLS for _, cells in body))
        if headed:
            out[block[0][0][0]] = ""
        for numbers, cells in labelled if (headed or bare) and used in _PLAIN_SEPARATORS else ():
            out[numbers[0]] = f"{cells[0]}\t{_value(cells[1:], used)}"
            out.update((number, "") for number in numbers[1:])
        block.clear()

    for numbers, text in _logical_lines(lines):
        separator = used if block and _same_width(text, used, 2) else _separator(text)
        if separator is None and text.count("|") == 1:
            # (rules40a) an export's two-cell pipe rows under "Field | Value": the header is
            # no heading ("Field" names no field of work); the rows are read as they are
            separator = "|"
        if separator is None or not text.strip() or (block and separator != used):
            flush()
            if separator is None or not text.strip():
                continue
        used = separator
        block.append((numbers, split_cells(text, separator)))
    flush()
    return out


def _value(cells: Sequence[str], separator: str) -> str:
    """A key/value row's value as one cell: names listed by commas, pipes or slashes (in a
    cell, or across cells) listed by semicolons; a value with figures kept as written
    ("$50,000, $60,000")."""
    value = _JOINS[separator].join(cell for cell in cells if cell)
    if any(char.isdigit() for char in value):
        return value
    return "; ".join(name for name in (part.strip() for part in _NAME_SPLIT.split(value))
                     if name)


def _key_value_head(cells: Sequence[str], pattern: re.Pattern[str]) -> bool:
    named = [cell.lower() for cell in cells if cell]
    return len(named) == _MIN_CELLS and named[0] != named[1] and all(
        pattern.fullmatch(cell) for cell in named)


def _labelled(cells: Sequence[str], is_label: Callable[[str], bool]) -> bool:
    """The row opens with a label and goes on with a value."""
    return len(cells) >= _MIN_CELLS and bool(cells[0]) and len(
        cells[0].split()) <= _LABEL_WORDS and any(cells[1:]) and not any(
        char.isdigit() for char in cells[0]) and is_label(cells[0])
