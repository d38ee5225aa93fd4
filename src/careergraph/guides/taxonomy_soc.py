"""The US Standard Occupational Classification (SOC 2018, BLS) files, saved as CSV, as guides.

The Bureau of Labor Statistics publishes the 2018 SOC as workbooks; two are read here, saved
as CSV (or as the CSV copies that circulate):

- ``soc_2018_definitions``: a row per group of every level, columns ``SOC Group`` (``Major``,
  ``Minor``, ``Broad``, ``Detailed``), ``SOC Code`` ("11-1011"), ``SOC Title``, ``SOC
  Definition``.  Each ``Detailed`` row (867 of them) becomes one guide: the title its role,
  the definition its summary.  The other levels are the classification's groups, not roles.
- ``soc_2018_direct_match_title_file``: a row per title, columns ``2018 SOC Code``, ``2018 SOC
  Title``, ``2018 SOC Direct Match Title`` and ``Illustrative Example`` ("x" when the title is
  printed as an example).  Each direct match title is an alias of its occupation, under the
  rules every taxonomy's alternative titles follow; the flag is not kept (every direct match
  title is a title of that occupation alone).

The definitions workbook keeps title rows above its header (the header is its eighth row):
saved as CSV, the header is found among the first 20 lines and the lines above it are not
read.  Either file alone is enough (the titles file repeats each occupation's title).  With both, a
title whose code is not a detailed occupation of the definitions is reported once per code.
The hierarchy is no career ladder, so the SOC gives no edges, no sector and no seniority.

>>> from pathlib import Path
>>> folder = Path("tests/fixtures/taxonomy/soc")
>>> result = import_soc({"occupations": ("d.csv", folder / "soc_2018_definitions.csv")})
>>> guide = result.guides[0]
>>> guide.role.text, guide.role.source.label
('Orchard Managers', 'd.csv:12')
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

from careergraph.guides.occupation import OccupationDraft
from careergraph.guides.table_text import csv_delimiter
from careergraph.guides.tables import Table, Tables, head_lines
from careergraph.guides.taxonomy_result import (
    Imported,
    RowProblems,
    alias_of_code,
    new_occupation,
)
from careergraph.model import Layout

__all__ = ["SOC_COLUMNS", "import_soc", "soc_header", "soc_kind_of_header"]

_GROUP, _CODE, _TITLE, _DEFINITION = "SOC Group", "SOC Code", "SOC Title", "SOC Definition"
_T_CODE, _T_TITLE = "2018 SOC Code", "2018 SOC Title"
_T_MATCH = "2018 SOC Direct Match Title"
#: Columns each table must have, by kind (``SOC Definition`` is read when present).
SOC_COLUMNS = {"occupations": (_GROUP, _CODE, _TITLE),
               "titles": (_T_CODE, _T_TITLE, _T_MATCH)}
_DETAILED = "detailed"
# "11-1011": two digits, a hyphen, four digits (a detailed occupation's ends in 1-9).
_SOC_CODE = re.compile(r"^\d{2}-\d{4}$")


def soc_kind_of_header(header: list[str]) -> str | None:
    """The SOC table a CSV header is (``occupations`` for the definitions, ``titles`` for
    the direct match title file), or None.

    >>> soc_kind_of_header(["2018 SOC Code", "2018 SOC Title", "2018 SOC Direct Match Title"])
    'titles'
    >>> soc_kind_of_header(["SOC Code", "SOC Title"]) is None
    True
    """
    for kind, columns in SOC_COLUMNS.items():
        if all(column in header for column in columns):
            return kind
    return None


def _head_rows(path: Path) -> list[list[str]]:
    """The cells of a file's first 20 lines, each line read alone (a title row's quoted cell
    may span lines: such a line is then a row of its own, never a header)."""
    rows = []
    for line in head_lines(path):
        try:
            cells = next(csv.reader([line], delimiter=csv_delimiter(line)), [])
        except csv.Error:
            cells = []
        rows.append([cell.strip() for cell in cells])
    return rows


def soc_header(path: Path) -> tuple[str, int] | None:
    """(kind, line) of the first of a file's first 20 lines that is a SOC table's header, or
    None: the BLS workbooks saved as CSV keep their title rows above the header."""
    for number, cells in enumerate(_head_rows(path), 1):
        if (kind := soc_kind_of_header(cells)) is not None:
            return kind, number
    return None


def _open(tables: Tables, kind: str, what: str) -> Table | None:
    """The table of ``kind`` read from its header line on (the first line holding one of
    its columns), its header checked (raised, naming that line, when it lacks a column
    read), or None when the taxonomy has no such table."""
    if kind not in tables:
        return None
    label, path = tables[kind]
    line = next((number for number, cells in enumerate(_head_rows(path), 1)
                 if any(column in cells for column in SOC_COLUMNS[kind])), 1)
    table = Table(path, label, ",", line)
    table.require(SOC_COLUMNS[kind], what)
    return table


def import_soc(tables: Tables) -> Imported:
    """Guides from the SOC 2018 tables ``{"occupations" | "titles": (label, path)}``;
    raised when a table's header lacks a column read."""
    result = Imported()
    drafts: dict[str, OccupationDraft] = {}
    if (table := _open(tables, "occupations", "SOC 2018 definitions")) is not None:
        problems = RowProblems(table.label, result)
        for row in table.rows():
            _definition(row.cells, row.line, table.label, drafts, problems)
        problems.finish(table)
    _titles(tables, drafts, "occupations" not in tables, result)
    return result.finish(drafts.values())


def _definition(cells: dict[str, str], line: int, file: str,
                drafts: dict[str, OccupationDraft], problems: RowProblems) -> None:
    """A ``Detailed`` row's occupation and its definition; a detailed row without a title or
    a well-formed code is reported (the group levels are skipped)."""
    group, code, title = (cells.get(c, "").strip() for c in (_GROUP, _CODE, _TITLE))
    if group.lower() != _DETAILED:
        return
    if not title or not _SOC_CODE.match(code):
        problems.add(line, f"detailed occupation code {code!r} is not like 11-1011 or has no "
                           "title: not read")
        return
    draft = new_occupation(drafts, code, OccupationDraft(file, Layout.SOC, title, line),
                           problems, "SOC code")
    if draft is not None:
        draft.describe(cells.get(_DEFINITION, "").strip(), file, line)


def _titles(tables: Tables, drafts: dict[str, OccupationDraft], create: bool,
            result: Imported) -> None:
    """The direct match titles as aliases; ``create``: the titles file is the only table, so
    its ``2018 SOC Title`` makes each occupation (at the code's first row)."""
    table = _open(tables, "titles", "SOC 2018 direct match titles")
    if table is None:
        return
    problems = RowProblems(table.label, result)
    for row in table.rows():
        code, title, alias = row[_T_CODE], row[_T_TITLE], row[_T_MATCH]
        if not _SOC_CODE.match(code) or not alias:
            problems.add(row.line, f"title row with code {code!r} not like 11-1011 or no "
                                   "direct match title: not read")
            continue
        if code not in drafts and create and title:
            drafts[code] = OccupationDraft(table.label, Layout.SOC, title, row.line)
        alias_of_code(drafts, code, alias, table.label, row.line, problems,
                      f"SOC code {code} is not a detailed occupation of the definitions: its "
                      "titles not read")
    problems.finish(table)
