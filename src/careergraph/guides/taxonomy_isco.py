"""The ILO's ISCO-08 structure and definitions, saved as CSV, as guides.

The ILO publishes ISCO-08 as one workbook, ``ISCO-08 EN Structure and definitions.xlsx``:
a row per group of every level (10 major groups, 43 sub-major, 130 minor, 436 unit groups)
with the columns ``Level``, ``ISCO 08 Code``, ``Title EN``, ``Definition``, ``Tasks
include``, ``Included occupations``, ``Excluded occupations`` and ``Notes``.  Saved as CSV,
each unit group (level 4) becomes one guide:

- ``Title EN`` the role, ``Definition`` its summary;
- ``Tasks include`` its responsibilities: the cell is a lead ("Tasks include -") and items
  lettered "(a)", "(b)" …, one a line; the lead is not one;
- ``Included occupations`` its aliases: the "- " items after "Examples of the occupations
  classified here:", under the rules every taxonomy's alternative titles follow;
- ``Excluded occupations`` ("Some related occupations classified elsewhere: - Title - 1234")
  and ``Notes`` are not read: an exclusion says another unit group holds a title, no move.

Levels 1-3 are the classification's groups, not roles, and the hierarchy is no career ladder,
so it gives no edges; the skill levels the major groups state (1-4) grade how complex the
work is, not a rung, so they give no seniority.  A code a spreadsheet saved as a number
("110" for the armed forces' "0110", or "110.0" from a data frame) is padded back to its
level's length.

>>> from pathlib import Path
>>> path = Path("tests/fixtures/taxonomy/isco/ISCO-08 EN Structure and definitions.csv")
>>> guide = import_isco({"occupations": ("isco.csv", path)}).guides[0]
>>> guide.role.text, guide.role.source.label
('Harbour Pilots', 'isco.csv:12')
"""

from __future__ import annotations

import re

from careergraph.errors import GuideError
from careergraph.guides.occupation import OccupationDraft
from careergraph.guides.tables import Table, Tables, open_table
from careergraph.guides.taxonomy_result import (
    Imported,
    RowProblems,
    new_unit_group,
    warn_lone_units,
    whole_number,
)
from careergraph.model import Layout

__all__ = ["ISCO_COLUMNS", "import_isco", "is_isco_header"]

_CODE = "ISCO 08 Code"
_TITLE = "Title EN"
#: Columns the table must have (checked in the header); ``Definition``, ``Tasks include``
#: and ``Included occupations`` are read when present, the others ignored.
ISCO_COLUMNS = ("Level", _CODE, _TITLE)
_UNIT_GROUP = 4
# "(a)  presiding over …;" — a lettered item, at the start of the cell or after white space.
_TASK_MARK = re.compile(r"(?:^|\s)\([a-z]\)\s+")
_TASK_END = re.compile(r"(?:[;,]\s*(?:and|or))?[\s;,.]*$")
# "Examples of the occupations classified here:" (or "Example of …").
_EXAMPLES = re.compile(r"examples? of the occupations classified here\s*:?", re.IGNORECASE)
_BULLET = re.compile(r"^[-\u2013\u2022\u25aa]\s+")
_INLINE_BULLET = re.compile(r"(?:^|\s+)[-\u2013]\s+")
# A bullet naming a group by its code ("1111 Legislators") lists groups, not titles.
_GROUP_ITEM = re.compile(r"^\d{1,4}\s")


def is_isco_header(header: list[str]) -> bool:
    """Whether a CSV header is the ISCO-08 structure's.

    >>> is_isco_header(["Level", "ISCO 08 Code", "Title EN", "Definition"])
    True
    """
    return all(column in header for column in ISCO_COLUMNS)


def import_isco(tables: Tables) -> Imported:
    """Guides from the ISCO-08 structure given as ``{"occupations": (label, path)}``;
    raised when its header lacks a column read."""
    result = Imported()
    table = open_table(tables, "occupations", ISCO_COLUMNS, ",", "ISCO-08 structure")
    if table is None:
        raise GuideError("ISCO-08", 1, "no structure table",
                         hint="save 'ISCO-08 EN Structure and definitions.xlsx' as CSV")
    drafts = _unit_groups(table, result)
    return result.finish(drafts.values())


def _unit_groups(table: Table, result: Imported) -> dict[str, OccupationDraft]:
    """A draft per unit group; a row without a level 1-4, or a unit group whose code is not
    four digits, is reported; a unit group whose minor group the table lacks is read with a
    warning (when the table holds minor groups at all)."""
    drafts: dict[str, OccupationDraft] = {}
    groups: set[str] = set()
    problems = RowProblems(table.label, result)
    for row in table.rows():
        level, title = whole_number(row["Level"]), row[_TITLE]
        code = _code(whole_number(row[_CODE]), level)
        if not title or level not in ("1", "2", "3", "4"):
            problems.add(row.line, "group without a level 1-4 or a title: not read")
        elif int(level) < _UNIT_GROUP:
            groups.add(code)
        elif (draft := new_unit_group(
                drafts, code, _UNIT_GROUP,
                OccupationDraft(table.label, Layout.ISCO, title, row.line), problems,
                "ISCO-08 code")) is not None:
            _read(row.cells, draft, table.label, row.line)
    warn_lone_units(drafts, groups, _UNIT_GROUP, problems)
    problems.finish(table)
    return drafts


def _code(code: str, level: str) -> str:
    """The code of a row, its leading zeros restored when a spreadsheet removed them."""
    if code.isdigit() and level.isdigit():
        return code.zfill(int(level))
    return code


def _read(cells: dict[str, str], draft: OccupationDraft, file: str, line: int) -> None:
    """A unit group's definition, tasks and example titles."""
    draft.describe(cells.get("Definition", ""), file, line)
    for task in tasks(cells.get("Tasks include", "")):
        draft.responsibility(task, file, line)
    for title in examples(cells.get("Included occupations", "")):
        draft.alias(title, file, line)


def tasks(text: str) -> list[str]:
    """The lettered items of a ``Tasks include`` cell, without their letters, the lead and
    the closing ";" / "." ("; and" too).

    >>> tasks("Tasks include -\\n(a)  steering ships into port;\\n(b)  advising masters.")
    ['steering ships into port', 'advising masters']
    """
    parts = _TASK_MARK.split(text)
    return [item for part in parts[1:] if (item := _TASK_END.sub("", part.strip()))]


def examples(text: str) -> list[str]:
    """The titles listed after "Examples of the occupations classified here:", one "- "
    item a line (or, in a cell whose line breaks were lost, between " - ").

    >>> examples("Examples of the occupations classified here:\\n- Dock pilot\\n- Bar pilot")
    ['Dock pilot', 'Bar pilot']
    """
    found = _EXAMPLES.search(text)
    if found is None:
        return []
    rest = text[found.end():].strip()
    if "\n" in rest:  # one item a line; a line without a bullet (a note) is no title
        items = [_BULLET.sub("", line.strip()) for line in rest.splitlines()
                 if _BULLET.match(line.strip())]
    else:
        items = _INLINE_BULLET.split(rest)
    return [item.strip() for item in items
            if item.strip() and not _GROUP_ITEM.match(item.strip())]
