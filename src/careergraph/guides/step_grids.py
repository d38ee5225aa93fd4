"""Step pay grids: a public employer's salary by step, one grid per grade or class.

A civil service, a school district or a council prints its pay as a grid of steps (échelons,
spinal points, increments) and writes each grade's grid under the grade's name:

- a **header row** whose first cell names the step ("Step | Gross index | Duration | Gross
  monthly pay", "STEP   CLASS I   CLASS II", "Point  Annual salary"), cells parted by pipes,
  tabs or wide gaps, then one row a step: its figures are the pay at that step.  Columns
  whose head names pay are read ("… monthly pay", "Salary"); without one, every column but
  indices, durations and dates is a class or lane of the grid ("CLASS I", "Lane B"), its
  figures the pay at that step and class;
- **one step a line**: "Step 3 : IB 408 / IM 375 – duration 2 years – 1 857,41 € gross",
  "Point 12 — £24,496": the figure with a currency sign is the step's pay (indices and
  durations carry none).

- a **grid the other way round**, one column a step and one row a grade ("Pay group |
  Level 1 | Level 2 …" / "EG 5 | 2.915,44 | 3.102,87 …", a German or Austrian public pay
  table; "Band  Point 1  Point 2"): each cell is the pay at the row's grade and the column's
  step.  A grade the page's prose gives to a title ("Masters are assessed in EG 8") is that
  title's grid; a grade no sentence gives away is the page's own;
- **one level a line** with nothing but its figure ("Level 3: 3.368,13 €", "Stufe 2 –
  3.100,00 €"), as "Step N" lines are read.

The line above a grid (or a line of "Grid of the grade: X") names its grade; the caller
decides whose pay each grid is.  A period the header or the line states holds; else the
figure's size tells it (a few dollars an hour, a few thousand a month, more a year).

>>> lines = [(1, "Grid of the grade: Senior Warden (W2)"),
...          (2, "Step | Gross index | Duration | Gross monthly pay"),
...          (3, "1 | 398 | 1 year | 1 822,74 €"), (4, "2 | 401 | 2 years | 1 832,65 €")]
>>> found, taken = step_pay(lines)
>>> [(p.grid, p.step, p.amount, p.sign, p.period) for p in found]
... # doctest: +NORMALIZE_WHITESPACE
[('Senior Warden', 'Step 1', 1822.74, '€', 'month'),
 ('Senior Warden', 'Step 2', 1832.65, '€', 'month')]
>>> sorted(taken)
[2, 3, 4]
>>> found, _ = step_pay([(1, "▶ HEAD WARDEN (scale C3)"),
...                      (2, "Step 1 : IB 449 / IM 400 – duration 1 year – 1 981,24 € gross"),
...                      (3, "Step 2 : IB 460 / IM 409 – 2 025,82 € gross")])
>>> [(p.grid, p.step, p.amount) for p in found]
[('HEAD WARDEN', 'Step 1', 1981.24), ('HEAD WARDEN', 'Step 2', 2025.82)]
>>> found, _ = step_pay([(1, "Monthly gross (euros)"), (2, "Group | Level 1 | Level 2"),
...                      (3, "K 4 | 2.410,10 | 2.520,35"), (4, "K 7 | 2.790,00 | 2.905,50"),
...                      (5, "Foremen are classified in pay group K 7.")])
>>> [(p.grid, p.step, p.column, p.amount, p.period) for p in found]
... # doctest: +NORMALIZE_WHITESPACE
[('', 'Level 1', 'K 4', 2410.1, 'month'), ('', 'Level 2', 'K 4', 2520.35, 'month'),
 ('Foremen', 'Level 1', 'K 7', 2790.0, 'month'), ('Foremen', 'Level 2', 'K 7', 2905.5, 'month')]
>>> found, _ = step_pay([(1, "Level 1: 3.012,45 €"), (2, "Level 2: 3.241,80 €")])
>>> [(p.step, p.amount) for p in found]
[('Step 1', 3012.45), ('Step 2', 3241.8)]
>>> found, _ = step_pay([(1, "STEP   LANE A    LANE B"), (2, "1      48,100    50,250"),
...                      (3, "2      49,900    52,075")])
>>> [(p.step, p.column, p.amount, p.sign, p.period) for p in found][:2]
[('Step 1', 'LANE A', 48100.0, None, 'year'), ('Step 1', 'LANE B', 50250.0, None, 'year')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

__all__ = ["StepPay", "grid_base", "step_pay"]

# A grid's step column head: "Step", "Échelon", "Point", "Spinal point", "Increment".
_STEP_HEAD = re.compile(r"^(?:steps?|échelons?|echelons?|(?:spinal\s+|scale\s+|pay\s+)?points?|"
                        r"increments?)$", re.IGNORECASE)
_CELL_SPLIT = re.compile(r"\s*\|\s*|\t+\s*|\s{2,}")
# A step cell: "1", "12", "A", "Step 3", "M4" (a spine's point); (rules34a2) a note in lower
# case after it ("Point 4 (top)") says where it stands on the scale.
_STEP_CELL = re.compile(r"^(?:(?:step|échelon|echelon|point)\s*)?([A-Z]?\d{1,2}|[A-H])"
                        r"(?:\s*\((?-i:[a-z][a-z ]{0,15})\))?$", re.IGNORECASE)
# Column heads that hold no pay: indices, durations, dates, codes, counts.
_NOT_PAY_HEAD = re.compile(r"\b(?:index|indices|indice|IB|IM|INM|duration|years?|months?\s+in|"
                           r"time|date|effective|code|hours?\s+per|%|percent|units)\b",
                           re.IGNORECASE)
_PAY_HEAD = re.compile(r"\b(?:pay|salary|salaries|wage|wages|treatment|gross|rate|annual|"
                       r"monthly|hourly|weekly|amount|earnings)\b", re.IGNORECASE)
# One step a line: "Step 3 : …", "Échelon 4 – …", "Point 12 — …".
_STEP_LINE = re.compile(r"^\s*(?:step|échelon|echelon|point)\s+(\d{1,2})\s*[:.–—-]\s*(.+)$",
                        re.IGNORECASE)
# A figure with its currency sign before or after it (French notation or English).
_SIGNED = re.compile(r"(?P<pre>[$€£])\s?(?P<a>\d{1,3}(?:[,\u00a0\u202f ]\d{3})*(?:\.\d{1,2})?)"
                     r"|(?P<b>\d{1,3}(?:[ \u00a0\u202f.]\d{3})*(?:,\d{1,2})?|\d+(?:,\d{1,2})?)"
                     r"\s?(?P<post>[€$£])")
# A grid printed the other way round: a grade column's head, then one step a column
# ("Pay group | Level 1 | Level 2", "Entgeltgruppe  Stufe 1  Stufe 2", "Band | Point 1").
_GRADE_HEAD = re.compile(r"^(?:(?:pay|salary|wage)\s+)?(?:groups?|grades?|bands?|scales?|classes?)"
                         r"$|^entgeltgruppen?$|^gehaltsstufen?$", re.IGNORECASE)
_STEP_COLUMN = re.compile(r"^(?:level|stufe|step|échelon|echelon|point|increment)\s*(\d{1,2})$",
                          re.IGNORECASE)
# A row's grade: a letter code and its number ("EG 5", "E 9a", "S 8b", "A13"), or a word's.
_GRADE_ROW = re.compile(r"^(?:[A-Z]{1,3}|Band|Grade|Group|Scale|Class)\s?\d{1,2}[a-z]?(?:\s?Ü)?$")
# A bare figure in a decimal comma's notation ("2.915,44", "915,20").
_BARE_COMMA = re.compile(r"^(?P<n>\d{1,3}(?:\.\d{3})+,\d{2}|\d{1,4},\d{2})$")
# One level a line holding only its figure ("Level 3: 3.368,13 €", "Stufe 2 – 3.100,00 €").
_LEVEL_LINE = re.compile(r"^\s*(?:level|stufe)\s+(\d{1,2})\s*[:–—-]\s*(?P<pay>[$€£]?\s?[\d.,\s]+"
                         r"[$€£]?)\s*(?:gross|brutto)?\s*$", re.IGNORECASE)
# The prose that gives a grade to a title ("Masters for pool operations (…) are assessed in
# EG 8", "Senior clerks are grouped in pay group E 9a"): the clause before the verb.
_GRADED_IN = re.compile(r"(?P<title>[^.,;:()]{3,60}?)(?:\s*\([^()]*\))?\s+(?:is|are)\s+"
                        r"(?:usually\s+|normally\s+|generally\s+)?(?:classified|assessed|grouped|"
                        r"placed|graded|classed)\s+(?:in|into|at)\s+(?:(?:the\s+)?(?:pay\s+)?"
                        r"(?:group|grade|band)\s+)?(?P<grade>[A-Z]{1,3}\s?\d{1,2}[a-z]?)\b")
_CAPTION_SIGNS = (("€", re.compile(r"€|\beuros?\b|\bEUR\b", re.IGNORECASE)),
                  ("£", re.compile(r"£|\bpounds\b|\bGBP\b", re.IGNORECASE)))
_NO_TITLE = re.compile(r"^(?:those|they|these|it|he|she|you|who|which|employees|staff|"
                       r"workers|people)\b", re.IGNORECASE)
_TITLE_WORDS = 6
_BARE = re.compile(r"^(?P<n>\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d{2,6}(?:\.\d{1,2})?)$")
_PERIODS = (("hour", re.compile(r"\b(?:hourly|per hour|an hour|/hr?)\b", re.IGNORECASE)),
            ("week", re.compile(r"\b(?:weekly|per week|a week)\b", re.IGNORECASE)),
            ("month", re.compile(r"\b(?:monthly|per month|a month)\b", re.IGNORECASE)),
            ("year", re.compile(r"\b(?:annual|annually|yearly|per year|a year|per annum)\b",
                                re.IGNORECASE)))
_GRADE_LABEL = re.compile(r"^(?:(?:grid|scale|salary scale|pay scale)\s+of\s+the\s+"
                          r"(?:grade\s*:?\s*)?"
                          r"|(?:grid of the grade|grid|grade|scale|salary scale|pay scale)\s*:\s*)",
                          re.IGNORECASE)
# A grid's word printed after the grade ("Principal Warden 1st class – grid", "Warden: pay scale")
_GRID_WORD_AFTER = re.compile(r"\s*(?:[–—:-]\s*|\s)(?:grid|(?:salary\s+|pay\s+)?scale|pay\s+grid)$",
                              re.IGNORECASE)
_MARKS = " ▶►•*#-–—:"
_HEADING_WORDS = 10
_HOURLY_BELOW = 200  # a figure under this is an hourly rate …
_MONTHLY_BELOW = 12_000  # … under this a monthly one, else a yearly one
_MIN_ROWS = 2


@dataclass(frozen=True)
class StepPay:
    """One figure of a step grid: the grid's grade (its heading, "" without one), the step,
    the column's head ("" for a grid's single pay column), the amount and the currency sign
    printed with it (None for a bare figure) and its period."""

    line: int
    grid: str
    step: str
    column: str
    amount: float
    sign: str | None
    period: str


def _number(text: str, *, french: bool) -> float:
    """A printed figure as a number: French notation ("1 822,74") or English ("56,300.50")."""
    digits = re.sub(r"[\s\u00a0\u202f]", "", text)
    if french:
        return float(digits.replace(".", "").replace(",", "."))
    return float(digits.replace(",", ""))


def _signed(text: str) -> tuple[float, str] | None:
    """The last figure of ``text`` with a currency sign, and its sign."""
    found = list(_SIGNED.finditer(text))
    if not found:
        return None
    match = found[-1]
    if match.group("pre"):
        return _number(match.group("a"), french=False), match.group("pre")
    return _number(match.group("b"), french=True), match.group("post")


def _period(*texts: str) -> str | None:
    return next((period for period, words in _PERIODS for text in texts if words.search(text)),
                None)


def _by_size(amount: float) -> str:
    return "hour" if amount < _HOURLY_BELOW else "month" if amount < _MONTHLY_BELOW else "year"


def grid_base(heading: str) -> str:
    """A grid heading's grade name, its label and its class or scale aside gone
    ("Grid of the grade: Principal Warden of 2nd class (C2)" -> "Principal Warden").

    >>> grid_base("Grid of the grade: Principal Warden of 2nd class (C2)")
    'Principal Warden'
    >>> grid_base("▶ HEAD WARDEN (scale C3)"), grid_base("Warden Grade II")
    ('HEAD WARDEN', 'Warden')
    >>> grid_base("Principal Warden 1st class – grid")
    'Principal Warden'
    >>> grid_base("Scale of the principal warden of 2nd class")
    'principal warden'
    """
    text = _GRADE_LABEL.sub("", heading.strip(_MARKS + " "))
    text = _GRID_WORD_AFTER.sub("", text.strip(_MARKS + " "))
    text = re.sub(r"\s*\([^()]*\)\s*$", "", text)
    text = re.sub(r"\s+(?:of\s+)?(?:\d(?:st|nd|rd|th)|first|second|third)\s+class$", "", text,
                  flags=re.IGNORECASE)
    text = re.sub(r"\s+(?:grade|class|scale|band|level)?\s*(?:[IVX]{1,4}|\d{1,2}|[A-C]\d)$", "",
                  text, flags=re.IGNORECASE)
    return text.strip(_MARKS + " ")


def _heading(lines: Sequence[tuple[int, str]], index: int) -> str:
    """The grade a grid's heading names: the nearest line above ``index``, when it is a
    short title-like line (no figure of money, no definition, no sentence)."""
    for back in range(index - 1, max(-1, index - 3), -1):
        text = lines[back][1].strip()
        if not text:
            continue
        if (len(text.split()) > _HEADING_WORDS or text.endswith(".") or "=" in text
                or _SIGNED.search(text) or _STEP_LINE.match(text)):
            return ""
        return grid_base(text)
    return ""


def _header(text: str) -> list[str] | None:
    cells = [cell for cell in _CELL_SPLIT.split(text.strip().strip("|")) if cell]
    if len(cells) >= 2 and _STEP_HEAD.match(cells[0]) and any(
            not _NOT_PAY_HEAD.search(cell) for cell in cells[1:]):
        return cells
    return None


def _table(lines: Sequence[tuple[int, str]], index: int, heads: list[str],
           ) -> tuple[list[StepPay], set[int]]:
    """The rows under the header at ``index``: each pay column's figure at each step."""
    paid = [i for i, head in enumerate(heads) if i and _PAY_HEAD.search(head)
            and not _NOT_PAY_HEAD.search(head)]
    if not paid:  # "STEP  CLASS I  CLASS II": every class column is pay
        paid = [i for i, head in enumerate(heads) if i and not _NOT_PAY_HEAD.search(head)]
    grid = _heading(lines, index)
    header_period = _period(lines[index][1], grid)
    found: list[StepPay] = []
    taken = {lines[index][0]}
    for no, text in lines[index + 1:]:
        if not text.strip():
            if found:
                break
            continue
        cells = [cell for cell in _CELL_SPLIT.split(text.strip().strip("|")) if cell]
        step = _STEP_CELL.match(cells[0]) if cells else None
        if step is None or len(cells) != len(heads):
            break
        taken.add(no)
        for column in paid:
            cell = cells[column].strip()
            signed = _signed(cell)
            bare = _BARE.match(cell.replace("*", ""))
            if signed is None and bare is None:
                continue  # "–", "n/a": no figure at this step
            amount, sign = signed if signed is not None else (
                _number(bare.group("n") if bare else "0", french=False), None)
            found.append(StepPay(no, grid, f"Step {step.group(1)}",
                                 heads[column] if len(paid) > 1 else "", amount, sign,
                                 header_period or _period(heads[column]) or _by_size(amount)))
    if len(taken) <= _MIN_ROWS:
        return [], set()
    return found, taken


def _grade_key(grade: str) -> str:
    return re.sub(r"\s+", "", grade).lower()


def grade_titles(lines: Sequence[tuple[int, str]]) -> dict[str, str]:
    """The titles the page's prose gives a grade to ("Masters are assessed in EG 8"), by
    the grade's key ("eg8"); the first title named for a grade holds.

    >>> grade_titles([(1, "After training, clerks are classified in pay group K 4."),
    ...               (2, "Head clerks (Oberkassierer) are assessed in K 7 or K 8.")])
    {'k4': 'clerks', 'k7': 'Head clerks'}
    """
    found: dict[str, str] = {}
    for _, text in lines:
        if " in" not in text and " into" not in text:
            continue
        for match in _GRADED_IN.finditer(text):
            title = re.sub(r"^(?:the|an?)\s+", "", match.group("title").strip(), flags=re.I)
            title = re.sub(r"\s+(?:with|at|in|from|after)\s.*$", "", title)
            if (title and len(title.split()) <= _TITLE_WORDS and not _NO_TITLE.match(title)
                    and not any(ch.isdigit() for ch in title)):
                found.setdefault(_grade_key(match.group("grade")), title)
    return found


def _transposed(lines: Sequence[tuple[int, str]], index: int, heads: list[str],
                owners: dict[str, str]) -> tuple[list[StepPay], set[int]]:
    """The grade rows under a header of steps at ``index`` (see the module)."""
    above = next((text for _, text in reversed(lines[max(0, index - 2):index]) if text.strip()),
                 "")
    header_period = _period(lines[index][1], above)
    # (bare cells under "monthly gross in euros": the caption names their currency)
    caption = next((sign for sign, words in _CAPTION_SIGNS
                    if words.search(f"{above} {lines[index][1]}")), None)
    found: list[StepPay] = []
    taken = {lines[index][0]}
    for no, text in lines[index + 1:]:
        cells = [cell for cell in _CELL_SPLIT.split(text.strip().strip("|")) if cell]
        if not cells or not _GRADE_ROW.match(cells[0]) or len(cells) != len(heads):
            break
        taken.add(no)
        for head, cell in zip(heads[1:], cells[1:], strict=True):
            comma = _BARE_COMMA.match(cell.strip())
            signed = _signed(cell)
            bare = _BARE.match(cell.strip())
            if comma is not None:
                amount, sign = _number(comma.group("n"), french=True), caption
            elif signed is not None:
                amount, sign = signed
            elif bare is not None:
                amount, sign = _number(bare.group("n"), french=False), caption
            else:
                continue  # "–": no figure at this step
            found.append(StepPay(no, owners.get(_grade_key(cells[0]), ""), head, cells[0],
                                 amount, sign, header_period or _by_size(amount)))
    if len(taken) <= _MIN_ROWS - 1:
        return [], set()
    return found, taken


def _steps_header(text: str) -> list[str] | None:
    cells = [cell for cell in _CELL_SPLIT.split(text.strip().strip("|")) if cell]
    if len(cells) > 2 and _GRADE_HEAD.match(cells[0]) and all(
            _STEP_COLUMN.match(cell) for cell in cells[1:]):
        return cells
    return None


def step_pay(lines: Sequence[tuple[int, str]]) -> tuple[list[StepPay], set[int]]:
    """Every figure of the page's step grids (see the module), and the lines they take."""
    found: list[StepPay] = []
    taken: set[int] = set()
    owners: dict[str, str] | None = None  # (read once, for a grid of grades by step)
    index = 0
    while index < len(lines):
        text = lines[index][1]
        heads = _header(text) if text[:1].isalpha() else None
        steps = _steps_header(text) if heads is None and text[:1].isalpha() else None
        if steps is not None:
            if owners is None:
                owners = grade_titles(lines)
            rows, lines_read = _transposed(lines, index, steps, owners)
            found += rows
            taken |= lines_read
            index += max(1, len(lines_read))
            continue
        if heads is not None:
            rows, lines_read = _table(lines, index, heads)
            found += rows
            taken |= lines_read
            index += max(1, len(lines_read))
            continue
        run: list[tuple[int, re.Match[str]]] = []
        at = index
        while at < len(lines) and (step := _STEP_LINE.match(lines[at][1]) or _LEVEL_LINE.match(
                lines[at][1])) is not None:
            run.append((lines[at][0], step))
            at += 1
        if len(run) >= _MIN_ROWS:
            grid = _heading(lines, index)
            # (the heading's aside states the period: "Salary table (gross per month)")
            above = lines[index - 1][1] if index and grid else ""
            for line, step in run:
                signed = _signed(step.group(2))
                if signed is None:
                    continue
                amount, sign = signed
                found.append(StepPay(line, grid, f"Step {step.group(1)}", "", amount, sign,
                                     _period(step.group(2), above) or _by_size(amount)))
                taken.add(line)
            index = at
            continue
        index += 1
    return found, taken
