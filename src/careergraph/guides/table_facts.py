"""The facts the rows of a delimited table state (:mod:`careergraph.guides.delimited`).

- **Pay**: each pay column's cell (a band's low and high cells joined) is the pay of the
  row's title, in the currency and period the header states ("Salary (USD)", "Hourly rate"),
  a currency or pay-type cell of the row states ("hourly" / "salary"), or the page states.
- **Skills**: the skills cell of a row that is the role's own (the role, at a grade or with a
  seniority word); another title's skills are that title's, not the role's.
- **Moves**: a next-role column ("Next step": "C4 or M1") leads each row's title to the
  titles it names, level codes read through the rows' titles; without one, rows whose level
  codes count up in one series ("C1", "C2", "C3") are a ladder.  Feeder columns lead into the
  row's title; lateral columns of the role's own rows are lateral moves.  The role at a grade
  ("Technician II") is the role itself, no rung.
- **Employers**: an employer column's cells.

>>> from careergraph.guides.delimited import find_tables
>>> words = (("pay", ("salary",)), ("next", ("next",)), ("skills", ("skills",)),
...          ("level", ("level",)), ("title", ("title",)))
>>> rows = [(1, "Level\\tTitle\\tSkills\\tSalary (GBP)\\tNext"),
...         (2, "B1\\tBaker\\tProving; icing\\t24,000 - 28,000\\tB2"),
...         (3, "B2\\tHead Baker\\tRotas\\t30,000 - 36,000\\t—")]
>>> [table] = find_tables(rows, words, lambda t: t.endswith("Baker"))
>>> facts = table_facts(table, own=lambda t: t == "Baker", skills_of=lambda c: c.split("; "))
>>> [(line, title, m.low, m.high, m.currency) for line, title, m, _ in facts.pay]
[(2, 'Baker', 24000, 28000, 'GBP'), (3, 'Head Baker', 30000, 36000, 'GBP')]
>>> facts.skills, facts.chains
([(2, 'Proving'), (2, 'icing')], [[('Baker', 2), ('Head Baker', 2)]])
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from careergraph.guides.amounts import find_amounts
from careergraph.guides.delimited import EMPTY, Table, TableRow, level_series, title_core
from careergraph.guides.money_grammar import Money, label_period
from careergraph.guides.salary import Statistic, statistic_of
from careergraph.guides.system_cells import system_names

__all__ = ["TableFacts", "cell_titles", "table_facts"]

# Where a next-role or feeder cell separates the titles it names ("C4 or M1", "A, B").
_TITLE_SPLIT = re.compile(r"\s*(?:[,;/|]|→|->|=>)\s*")
# "C4 or M1", "Baker and Head Baker": two titles when each piece is one ("Trust and Safety
# Analyst" is one title).
_TITLE_JOIN = re.compile(r"\s+(?:or|and)\s+")
_CELL_SPLIT = re.compile(r",|\s/\s")
_ASIDE = re.compile(r"\s*\([^()]*\)\s*$")  # "Insurance Agent (licensed)": the aside
_YEARLY = re.compile(r"\b(?:salar\w*|annual\w*|yearly|exempt)\b", re.IGNORECASE)
_MAX_TITLE_WORDS = 8
_PAY_TYPE_CODES = {"H": "hour", "S": "year"}  # an import file's pay type: hourly, salaried


@dataclass
class TableFacts:
    """What one table's rows state, by line."""

    # line, owner title, pay, and the statistic its header names ("2024 Median Pay")
    pay: list[tuple[int, str, Money, Statistic]] = field(default_factory=list)
    skills: list[tuple[int, str]] = field(default_factory=list)  # the role's own rows'
    chains: list[list[tuple[str, int]]] = field(default_factory=list)  # ladders, two-step moves
    lateral: list[tuple[str, int]] = field(default_factory=list)  # the role's lateral moves
    employers: list[tuple[str, int]] = field(default_factory=list)


def table_facts(table: Table, *, own: Callable[[str], bool],
                skills_of: Callable[[str], list[str]], role: str = "",
                is_title: Callable[[str], bool] = lambda _: True,
                known: Callable[[str], bool] | None = None, dollar: str = "USD",
                home: str = "USD", period: str | None = None) -> TableFacts:
    """The facts of ``table``'s rows.  ``own(title)``: the title is the role's own (at a
    level); ``skills_of(cell)``: the skill names a cell lists; ``role``: the page's role,
    which a title naming it at a grade stands for; ``is_title``: a title a cell may name
    beside the table's own; ``known``: a title the vocabulary knows (each of two a cell
    joins by "or"/"and" must be one; ``is_title`` without it); ``dollar``, ``home``,
    ``period``: the page's currency of a bare
    "$", of a bare figure, and its period."""
    facts = TableFacts()
    codes = table.codes()
    known = known or is_title

    def rung(title: str) -> str:
        # "Data Center Technician II": the role at a grade is the role, no rung of its own;
        # "Clerk, Typist" on the typist's page is the role's rung.
        titles = cell_titles(title, own)
        if len(titles) > 1:
            return role or title
        return role if role and own(title) and title_core(title) == title_core(role) else title

    def parts(cell: str) -> list[str]:
        found: list[str] = []
        for part in _TITLE_SPLIT.split(cell):
            pieces = _TITLE_JOIN.split(part.strip(" ."))
            whole = len(pieces) == 1 or not all(
                piece in codes or known(title_core(_ASIDE.sub("", piece))) for piece in pieces)
            found.extend([part] if whole else pieces)
        return found

    def named(cell: str) -> list[str]:
        found: list[str] = []
        for part in parts(cell):
            part = part.strip(" .")
            if EMPTY.match(part):
                continue  # "—": no further step
            title = codes.get(part) or codes.get(_ASIDE.sub("", part))
            if title is None:
                bare = _ASIDE.sub("", part)
                title = bare if (bare and len(bare.split()) <= _MAX_TITLE_WORDS
                                 and is_title(title_core(bare))) else None
            if title is not None:
                found.append(rung(title))
        return found

    for row in table.rows:
        line, title = row.line, row.title
        for money, head in _row_pay(table, row, dollar=dollar, home=home, period=period):
            point = statistic_of(head) if money.low == money.high else "range"
            facts.pay.append((line, title, money, point))
        mine = not table.titled or own(title)  # (a level of the role, without a title column)
        if mine:
            for column in table.of("skills"):
                facts.skills.extend((line, name) for name in skills_of(row.cell(column)))
            for column in table.of("systems"):  # (a table of recurring work's)
                facts.skills.extend((line, name) for name in system_names(row.cell(column)))
        for column in table.of("next") if table.titled else ():
            facts.chains.extend([(rung(title), line), (target, line)]
                                for target in named(row.cell(column)) if target != rung(title))
        for column in table.of("previous"):
            facts.chains.extend([(source, line), (rung(title), line)]
                                for source in named(row.cell(column)) if source != rung(title))
        for column in table.of("lateral") if mine else ():
            facts.lateral.extend((target, line) for target in named(row.cell(column)))
        for column in table.of("employers"):
            facts.employers.extend((name, line) for name in _TITLE_SPLIT.split(row.cell(column))
                                   if name)
    if table.titled and not table.of("next"):
        for run in level_series(table.rows):
            chain: list[tuple[str, int]] = []
            for row in run:
                if not chain or chain[-1][0] != rung(row.title):
                    chain.append((rung(row.title), row.line))
            if len(chain) >= 2:
                facts.chains.append(chain)
    return facts


def cell_titles(cell: str, own: Callable[[str], bool],
                known: Callable[[str], bool] | None = None) -> list[str]:
    """The titles a table's title cell names: "Clerk, Typist" (one of them the role) is two,
    "Claims Specialist, Large Loss" one title.

    >>> cell_titles("Clerk, Typist", lambda t: t == "Typist")
    ['Clerk', 'Typist']
    >>> cell_titles("Claims Specialist, Large Loss", lambda t: t == "Claims Adjuster")
    ['Claims Specialist, Large Loss']
    >>> cell_titles("Head of Archives / City Archivist", lambda t: False)
    ['Head of Archives', 'City Archivist']

    With ``known`` (a title the vocabulary knows), a part after the role's own that names
    no title is its specialism ((rules51b) "MSL, Haematology": one title).

    >>> cell_titles("MSL, Haematology", lambda t: t == "MSL", lambda t: False)
    ['MSL, Haematology']
    """
    parts = [part.strip() for part in _CELL_SPLIT.split(cell) if part.strip()]
    whole = [part.strip() for part in cell.split(" / ")]  # two whole titles: a figure each
    if len(whole) > 1 and all(len(part.split()) >= 2 for part in whole):
        return whole
    if known is not None and not all(own(part) or known(part) for part in parts):
        return [cell]
    return parts if len(parts) > 1 and any(own(part) for part in parts) else [cell]


def _cell_period(kind: str) -> str | None:
    """The period a pay-type cell states ("Hourly", "H", "Salaried"), or None."""
    if not kind:
        return None
    return label_period(kind) or _PAY_TYPE_CODES.get(kind.upper()) or (
        "year" if _YEARLY.search(kind) else None)


def _row_pay(table: Table, row: TableRow, *, dollar: str, home: str,
             period: str | None) -> list[tuple[Money, str]]:
    """The row's pay: each pay column's band, in the header's or the row's currency and
    period."""
    # (the first period cell that states one: a feed's "WageType" code "Custom" states none,
    # its "WageUnit" "Hourly" does)
    row_period = next((stated for c in table.of("period") if (stated := _cell_period(
        row.cell(c)))), None)
    currency = next((row.cell(c).upper() for c in table.of("currency")
                     if len(row.cell(c)) == 3 and row.cell(c).isalpha()), None)
    found: list[tuple[Money, str]] = []
    for column, text in row.pay_cells(table):
        stated = column.currency or currency  # ("Rate (CAD)" / "$31.25": Canadian dollars)
        amounts = find_amounts(text, bare=True, currency=stated or home,
                               period=row_period or column.period or period,
                               dollar=stated or dollar, home=home)
        found.extend((money, column.head) for money in amounts)
    return found
