"""The UK Standard Occupational Classification (SOC 2020, ONS), saved as CSV, as guides.

The Office for National Statistics publishes SOC 2020 as workbooks; two sheets are read,
each saved as CSV:

- Volume 1 (``soc2020volume1structureanddescriptionofunitgroups…xlsx``), sheet "SOC2020
  descriptions": a row per group of every level, the code in one of the columns ``SOC 2020
  Major Group``, ``Sub-Major Group``, ``Minor Group`` or ``Unit Group`` (the others hold
  ``<blank>``), then ``Group Title``, ``Group Description``, ``Typical Entry Routes And
  Associated Qualifications``, ``Tasks`` and ``Related Job Titles``.  Each unit group (a
  four-digit code) becomes one guide: the title its role, the description its summary, the
  tasks (items each led by "~") its responsibilities, each sentence of the entry routes a
  requirement (or the move it states, read by the prose move reader), and each related job
  title (one a line, led by "~") an alias, under the rules every taxonomy's alternative
  titles follow.  The other levels are the classification's groups, not roles.
- Volume 2, the coding index (sheet "SOC2020 coding index"): a row per indexed title, its
  unit group in ``SOC 2020`` and the title in ``INDEXOCC - natural word order``.  A title
  is an alias of its unit group only when the row qualifies it by nothing (``ADD`` and
  ``IND`` empty): "Manager" qualified by an industry is another unit group's title.

The workbooks' header cells hold line breaks and stray spaces ("SOC\\n2020 \\nGroup
Title", "Group  Description"), written differently between releases ("SOC2020 Unit Group");
columns are matched with white space and underscores removed, case ignored.  The hierarchy
is no career ladder and the four skill levels of the major groups grade qualifications and
time to competence, not a rung, so they give no edges, no sector and no seniority.

>>> from pathlib import Path
>>> folder = Path("tests/fixtures/taxonomy/uksoc")
>>> tables = {"occupations": ("v1.csv", folder / "soc2020volume1_descriptions.csv")}
>>> guide = import_uksoc(tables).guides[0]
>>> guide.role.text, guide.role.source.label
('Ferry masters', 'v1.csv:10')
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from careergraph.errors import GuideError
from careergraph.guides.moves import prose_moves
from careergraph.guides.occupation import OccupationDraft
from careergraph.guides.table_text import head_text
from careergraph.guides.tables import Row, Table, Tables
from careergraph.guides.taxonomy_noc import none_required, taxonomy_vocabulary
from careergraph.guides.taxonomy_result import (
    Imported,
    RowProblems,
    alias_of_code,
    new_unit_group,
    warn_lone_units,
    whole_number,
)
from careergraph.guides.text import split_sentences
from careergraph.model import Layout

__all__ = ["UKSOC_COLUMNS", "column_key", "find_header", "header_not_found", "import_uksoc",
           "open_sheet", "sheet_columns", "sheet_kind", "uksoc_header"]

_GROUPS = ("SOC 2020 Major Group", "SOC 2020 Sub-Major Group", "SOC 2020 Minor Group")
_UNIT, _TITLE = "SOC 2020 Unit Group", "SOC 2020 Group Title"
_DESCRIPTION, _TASKS = "Group Description", "Tasks"
_ENTRY = "Typical Entry Routes And Associated Qualifications"
_RELATED = "Related Job Titles"
_I_CODE, _I_TITLE = "SOC 2020", "INDEXOCC - natural word order"
#: Columns each table must have, by kind (the others are read when present).
UKSOC_COLUMNS: dict[str, tuple[str, ...]] = {
    "occupations": (_UNIT, _TITLE),
    "titles": (_I_CODE, _I_TITLE, "ADD", "IND"),
}
# Columns that tell the descriptions sheet from the framework sheet (codes and titles only).
_DESCRIBED = (_DESCRIPTION, _TASKS, _RELATED)
_ALIKE = {"framework": "occupations"}
_BLANK = "<blank>"
_UNIT_DIGITS = 4
_HEAD_RECORDS = 20
# A task item: led by "~" (the workbook's bullet); the text before the first one is a lead.
_TASK_MARK = "~"
_TASK_END = re.compile(r"(?:[;,]\s*(?:and|or))?[\s;,.]*$")


def column_key(name: str) -> str:
    """A header cell compared without case, white space and underscores.

    >>> column_key("SOC\\n2020 \\nGroup Title") == column_key("SOC2020 Group Title")
    True
    >>> column_key("INDEXOCC_-_natural_word_order") == column_key(_I_TITLE)
    True
    """
    return re.sub(r"[\s_]+", "", name).lower()


def _kind_of(cells: Sequence[str]) -> str | None:
    """The SOC 2020 table a header is: ``occupations`` (the descriptions sheet),
    ``framework`` (codes and titles only), ``titles`` (the coding index), or None."""
    keys = {column_key(cell) for cell in cells}
    for kind, columns in UKSOC_COLUMNS.items():
        if all(column_key(column) in keys for column in columns):
            if kind == "occupations" and not any(column_key(c) in keys for c in _DESCRIBED):
                return "framework"
            return kind
    return None


def head_records(path: Path) -> list[tuple[int, str, list[str]]]:
    """(start line, delimiter, cells) of a file's first records, read as CSV separated by
    commas, else semicolons (a quoted header cell may span lines)."""
    text = head_text(path)
    found: list[tuple[int, str, list[str]]] = []
    for delimiter in (",", ";"):
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        ended = 0
        try:
            for count, cells in enumerate(reader, 1):
                start, ended = ended + 1, reader.line_num
                found.append((start, delimiter, cells))
                if count == _HEAD_RECORDS:
                    break
        except csv.Error:
            pass  # a damaged head: the records read so far
    return found


def uksoc_header(path: Path) -> tuple[str, int, str, list[str]] | None:
    """(kind, start line, delimiter, cells) of the first of a file's first records that is a
    SOC 2020 table's header, or None.

    >>> uksoc_header(Path("tests/fixtures/taxonomy/uksoc/soc2020volume1_descriptions.csv"))[:3]
    ('occupations', 1, ',')
    """
    return find_header(path, _kind_of)


def find_header(path: Path, kind_of: Callable[[Sequence[str]], str | None]
                ) -> tuple[str, int, str, list[str]] | None:
    """(kind, start line, delimiter, cells) of the first of a file's first records that
    ``kind_of`` names a table's header, or None: a workbook saved as CSV keeps title rows
    above its header, whose quoted cells may span lines."""
    for line, delimiter, cells in head_records(path):
        if (kind := kind_of(cells)) is not None:
            return kind, line, delimiter, [cell.strip() for cell in cells]
    return None


def header_not_found(path: Path, label: str, columns: Sequence[str], what: str) -> GuideError:
    """The error for a sheet without the header of ``columns`` in its first records: raised
    here naming the missing columns when its first line is the header, else returned."""
    Table(path, label, ",").require(columns, what)
    return GuideError(label, 1, f"{what} header not found in the first {_HEAD_RECORDS} rows",
                      hint="save the sheet with its header row")


def sheet_columns(cells: Sequence[str], name_of: Callable[[str], str | None]
                  ) -> dict[str, str]:
    """An importer's column names by the header cell ``name_of`` gives each (the first
    cell of a name kept).

    >>> sheet_columns(["ID", "Title", "title "], lambda c: c.strip().lower())
    {'ID': 'id', 'Title': 'title'}
    """
    found: dict[str, str] = {}
    for cell in cells:
        name = name_of(cell)
        if name is not None and name not in found.values():
            found[cell] = name
    return found


def sheet_kind(cells: Sequence[str], columns: Mapping[str, Sequence[str]],
               name_of: Callable[[str], str | None]) -> str | None:
    """The first kind of ``columns`` (kind: the column names its sheet must have) whose
    columns a header's cells all name (by ``name_of``), or None."""
    names = set(sheet_columns(cells, name_of).values())
    return next((kind for kind, needed in columns.items()
                 if all(column in names for column in needed)), None)


def open_sheet(tables: Tables, kind: str, what: str,
               kind_of: Callable[[Sequence[str]], str | None], columns: Sequence[str],
               names: Callable[[Sequence[str]], dict[str, str]]) -> Table | None:
    """The table of ``kind`` read from the header ``kind_of`` finds on, its cells renamed by
    ``names`` (header cell → the importer's column name); None without the table; raised
    (naming the file and line 1) when no header of ``kind`` has the ``columns`` read."""
    if kind not in tables:
        return None
    label, path = tables[kind]
    found = find_header(path, kind_of)
    if found is None or found[0] != kind:
        raise header_not_found(path, label, columns, what)
    _, line, delimiter, cells = found
    renamed = names(cells)
    return Table(path, label, delimiter, line, [renamed.get(cell, cell) for cell in cells])


def _open(tables: Tables, kind: str, what: str) -> Table | None:
    """The table of ``kind`` read from its header on, its columns renamed to the names this
    module uses; raised (naming the file and line 1) when no header has the columns read."""
    if kind not in tables:
        return None
    label, path = tables[kind]
    found = uksoc_header(path)
    # The framework sheet (codes and titles only) gives the unit groups without content.
    if found is None or _ALIKE.get(found[0], found[0]) != kind:
        raise header_not_found(path, label, UKSOC_COLUMNS[kind], what)
    _, line, delimiter, cells = found
    names = {column_key(c): c for cols in (UKSOC_COLUMNS[kind], _GROUPS, _DESCRIBED, (_ENTRY,))
             for c in cols}
    header = [names.get(column_key(cell), cell) for cell in cells]
    return Table(path, label, delimiter, line, header)


def import_uksoc(tables: Tables) -> Imported:
    """Guides from the SOC 2020 tables ``{"occupations" | "titles": (label, path)}``;
    raised when the descriptions' header lacks a column read."""
    result = Imported()
    table = _open(tables, "occupations", "SOC 2020 descriptions")
    if table is None:
        raise GuideError("SOC 2020", 1, "no descriptions table",
                         hint="save the sheet 'SOC2020 descriptions' of Volume 1 as CSV")
    drafts = _unit_groups(table, result)
    try:
        _index(tables, drafts, result)
    except GuideError as exc:
        result.error(exc)
    return result.finish(drafts.values())


def _cell(row: Row, column: str) -> str:
    """A cell without the workbook's ``<blank>`` marker of an empty one."""
    value = row[column]
    return "" if value == _BLANK else value


def _unit_groups(table: Table, result: Imported) -> dict[str, OccupationDraft]:
    """A draft per unit group; a row without a code or title, or a unit group whose code is
    not four digits, is reported; a unit group whose minor group the table lacks is read
    with a warning (when the table holds minor groups at all)."""
    drafts: dict[str, OccupationDraft] = {}
    groups: set[str] = set()
    problems = RowProblems(table.label, result)
    for row in table.rows():
        unit, title = whole_number(_cell(row, _UNIT)), _cell(row, _TITLE)
        group = next((code for c in _GROUPS if (code := whole_number(_cell(row, c)))), "")
        if not title or not (unit or group):
            problems.add(row.line, "group without a code or a title: not read")
        elif not unit:
            groups.add(group)
        elif (draft := new_unit_group(
                drafts, unit, _UNIT_DIGITS,
                OccupationDraft(table.label, Layout.UK_SOC, title, row.line), problems,
                "SOC 2020 unit group")) is not None:
            _read(row, draft, table.label)
    warn_lone_units(drafts, groups, _UNIT_DIGITS, problems)
    problems.finish(table)
    return drafts


def _read(row: Row, draft: OccupationDraft, file: str) -> None:
    """A unit group's description, tasks, entry routes and related job titles."""
    line = row.line
    draft.describe(_cell(row, _DESCRIPTION), file, line)
    for task in tasks(_cell(row, _TASKS)):
        draft.responsibility(task, file, line)
    for title in related_titles(_cell(row, _RELATED)):
        draft.alias(title, file, line)
    for sentence in split_sentences(" ".join(_cell(row, _ENTRY).split())):
        moves = prose_moves(sentence, taxonomy_vocabulary(), draft.role.text)
        for title in moves["up"]:
            draft.promotion(title, file, line)
        for title in moves["lateral"]:
            draft.transition(title, file, line)
        # A sentence naming where entrants come from ("start as deckhands") is an entry
        # route: a requirement, as a guide states no move into its role.
        if not (moves["up"] or moves["lateral"]) and not none_required(sentence):
            draft.requirement(sentence, file, line)


def tasks(text: str) -> list[str]:
    """The items of a ``Tasks`` cell, each led by "~" (one a line, or run together when the
    cell lost its line breaks), without the closing ";" / "." ("; and" too); the text
    before the first "~" is a lead, not a task.  A cell without "~" holds one task a line.

    >>> tasks("~ plans sailings and crews;\\n~ keeps the deck log.")
    ['plans sailings and crews', 'keeps the deck log']
    """
    parts = text.split(_TASK_MARK)[1:] if _TASK_MARK in text else text.splitlines()
    return [item for part in parts if (item := _TASK_END.sub("", " ".join(part.split())))]


def related_titles(text: str) -> list[str]:
    """The titles of a ``Related Job Titles`` cell: one a line, a leading "~" removed.

    >>> related_titles("~Ferry captain\\n~ Ferry skipper\\n")
    ['Ferry captain', 'Ferry skipper']
    """
    titles = (line.strip().lstrip(_TASK_MARK).strip() for line in text.splitlines())
    return [title for title in titles if title]


def _index(tables: Tables, drafts: dict[str, OccupationDraft], result: Imported) -> None:
    """The coding index's unqualified titles as aliases; a title under a code the
    descriptions lack is reported once per code; the index's uncoded entries ("}}}}") and
    its qualified titles are counted in one note."""
    table = _open(tables, "titles", "SOC 2020 coding index")
    if table is None:
        return
    problems = RowProblems(table.label, result)
    qualified = uncoded = 0
    for row in table.rows():
        code, title = whole_number(row[_I_CODE]), row[_I_TITLE]
        if not code.isdigit():
            uncoded += 1
        elif not title:
            problems.add(row.line, "index row without a title: not read")
        elif row["ADD"] or row["IND"]:
            qualified += 1
        else:
            alias_of_code(drafts, code, title, table.label, row.line, problems,
                          f"SOC 2020 unit group {code} is not in the descriptions: its "
                          "index titles not read")
    problems.finish(table)
    if qualified or uncoded:
        result.note(table.label, f"{qualified} index titles qualified by ADD or IND and "
                                 f"{uncoded} without a unit group code not read as aliases "
                                 "(a qualified title names the occupation only with its "
                                 "qualifier)")
