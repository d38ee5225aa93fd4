"""The Australian Bureau of Statistics' occupation classifications (OSCA 2024, ANZSCO 2022),
saved as CSV, as guides.

The ABS publishes OSCA (the Occupation Standard Classification for Australia, which
replaced ANZSCO in 2024) and ANZSCO as workbooks whose sheets keep a title block above a
header row; two kinds of sheet are read, each saved as CSV:

- OSCA's "Category Descriptions" workbook, sheet "Table 1": a row per occupation (a
  six-digit code), columns ``Identifier``, ``Principal Title``, ``Alternative Title``,
  ``Lead Statement``, ``Main Tasks``, ``Registration or Licensing``, ``Inclusion and
  Exclusion Statements``, ``Skill Attributes``, ``Skill Level``, ``Specialisations`` and
  ``Occupation in NEC category``.  Each occupation becomes one guide: the principal title
  its role, the lead statement its summary, each main task (one a line, or between ";") a
  responsibility, each sentence of the registration or licensing a requirement, and each
  alternative title and specialisation (one a line, or between ";") an alias, under the
  rules every taxonomy's alternative titles follow.  The occupations a "nec" (not
  elsewhere classified) record gathers are other occupations, not its names, and the
  inclusion and exclusion statements say where other titles are classified: neither is
  read.  Rows with a shorter code (the groups, if a sheet holds them) are the
  classification's groups, not roles.
- The "Index of principal titles, alternative titles and specialisations" (OSCA's, or
  ANZSCO 2022's: ANZSCO publishes no descriptions table), "Table 1" or "Table 2": a row per
  title, columns ``Identifier`` (or a column named like ``ANZSCO Code``), ``Description``
  (the title) and ``Category`` ("Principal Title", "Alternative Title", "Specialisation",
  or a "nec" category).  Alternative titles and specialisations are aliases of their
  occupation; alone, the index makes each occupation from its principal title.

Column names are matched as the SOC 2020 sheets' are (case, white space and underscores
ignored) and a plural or "(s)" is ignored too ("Alternative Title(s)", "Specialisation").
The header is found among the first 20 records.  The hierarchy is no career ladder and
the skill levels (1-5) grade the qualifications and experience an occupation needs, not a
rung, as ISCO-08's and SOC 2020's do: they give no edges, no sector and no seniority.

>>> from pathlib import Path
>>> folder = Path("tests/fixtures/taxonomy/osca")
>>> tables = {"occupations": ("d.csv", folder / "OSCA Category Descriptions.csv")}
>>> guide = import_anzsco(tables).guides[0]
>>> guide.role.text, guide.role.source.label
('Kelp Farmer', 'd.csv:6')
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from careergraph.errors import GuideError
from careergraph.guides.occupation import OccupationDraft
from careergraph.guides.tables import Row, Table, Tables
from careergraph.guides.taxonomy_noc import none_required
from careergraph.guides.taxonomy_result import (
    Imported,
    RowProblems,
    alias_of_code,
    new_occupation,
    whole_number,
)
from careergraph.guides.taxonomy_uksoc import (
    column_key,
    find_header,
    open_sheet,
    sheet_columns,
)
from careergraph.guides.text import split_sentences
from careergraph.model import Layout

__all__ = ["ANZSCO_COLUMNS", "anzsco_header", "anzsco_kind_of_name", "import_anzsco",
           "title_items"]

_CODE = "Identifier"
_TITLE, _ALTERNATIVE = "Principal Title", "Alternative Title"
_LEAD, _TASKS = "Lead Statement", "Main Tasks"
_LICENSING, _SPECIALISATIONS = "Registration or Licensing", "Specialisations"
_I_TITLE, _I_CATEGORY = "Description", "Category"
#: Columns each table must have, by kind (the others are read when present).
ANZSCO_COLUMNS: dict[str, tuple[str, ...]] = {
    "occupations": (_CODE, _TITLE),
    "titles": (_CODE, _I_TITLE, _I_CATEGORY),
}
_READ = (_ALTERNATIVE, _LEAD, _TASKS, _LICENSING, _SPECIALISATIONS)
_OCCUPATION_DIGITS = 6
# The download's names, as saved ("OSCA Category Descriptions - Table 1.csv", "anzsco 2022
# index of principal titles, alternative titles and specialisations 062023.csv").
_NAMES = re.compile(r"^(?:\d+\s+)?(?:OSCA|ANZSCO)\b.*?"
                    r"(category[ _-]+descriptions|index[ _-]+of[ _-]+principal[ _-]+titles)",
                    re.IGNORECASE)
# The structure workbook (codes, titles and skill levels only), by name: skipped.
ABS_STRUCTURE_NAME = re.compile(r"^(?:\d+(?:\.\d+)?\s+)?(?:OSCA|ANZSCO)\b[\w\s.,-]*?structure",
                                re.IGNORECASE)
# A code column named after the classification ("ANZSCO Code", "OSCA code").
_NAMED_CODE = re.compile(r"^(?:anzsco|osca)(?:\d{4})?code$")
# An item of a list cell: a bullet before it, a closing ";" / "." after it.
_BULLET = re.compile(r"^[-\u2013\u2022\u25aa*~]\s*")
_ITEM_END = re.compile(r"(?:[;,]\s*(?:and|or))?[\s;,.]*$")
_ITEM_AND = re.compile(r"^(?:and|or)\s+")  # "…; and packing": the last item's "and"


def _key(name: str) -> str:
    """A header cell compared as :func:`column_key` does, a plural or "(s)" ignored.

    >>> _key("Alternative Title(s)") == _key("Alternative Titles") == _key(_ALTERNATIVE)
    True
    """
    key = column_key(name).replace("(s)", "")
    return key[:-1] if key.endswith("s") else key


def _columns(cells: Sequence[str]) -> dict[str, str]:
    """This module's column names by the header cell they match."""
    names = {_key(c): c for cols in (*ANZSCO_COLUMNS.values(), _READ) for c in cols}

    def name_of(cell: str) -> str | None:
        key = _key(cell)
        return names.get(key) or (_CODE if _NAMED_CODE.match(key) else None)

    return sheet_columns(cells, name_of)


def _kind_of(cells: Sequence[str]) -> str | None:
    """The ABS table a header is (``occupations``: the descriptions, ``titles``: the title
    index, its three columns alone: "Identifier, Description, Category" beside other
    columns is some other table), or None.

    >>> _kind_of(["Identifier", "Description", "Category", ""]), _kind_of(
    ...     ["Identifier", "Description", "Category", "Price"])
    ('titles', None)
    """
    names = set(_columns(cells).values())
    for kind, columns in ANZSCO_COLUMNS.items():
        if all(column in names for column in columns) and (
                kind != "titles" or sum(1 for cell in cells if cell.strip()) == len(columns)):
            return kind
    return None


def anzsco_header(path: Path) -> tuple[str, int, str, list[str]] | None:
    """(kind, start line, delimiter, cells) of the first of a file's first records that is
    an OSCA / ANZSCO table's header, or None.

    >>> anzsco_header(Path("tests/fixtures/taxonomy/osca/OSCA Category Descriptions.csv"))[:3]
    ('occupations', 4, ',')
    """
    return find_header(path, _kind_of)


def anzsco_kind_of_name(name: str) -> str | None:
    """The ABS table a file name is, or None.

    >>> anzsco_kind_of_name("OSCA Category Descriptions - Table 1.csv")
    'occupations'
    >>> anzsco_kind_of_name("anzsco 2022 index of principal titles, alternative titles.csv")
    'titles'
    """
    found = _NAMES.match(name)
    if found is None:
        return None
    return "occupations" if found.group(1).lower().startswith("category") else "titles"


def _open(tables: Tables, kind: str, what: str) -> Table | None:
    """The table of ``kind`` read from its header on, its columns renamed to this module's
    names; raised (naming the file and line 1) when no header has the columns read."""
    return open_sheet(tables, kind, what, _kind_of, ANZSCO_COLUMNS[kind], _columns)


def import_anzsco(tables: Tables) -> Imported:
    """Guides from the OSCA / ANZSCO tables ``{"occupations" | "titles": (label, path)}``;
    raised when a table's header lacks a column read."""
    result = Imported()
    drafts: dict[str, OccupationDraft] = {}
    if (table := _open(tables, "occupations", "OSCA category descriptions")) is not None:
        _occupations(table, drafts, result)
    try:
        _index(tables, drafts, "occupations" not in tables, result)
    except GuideError as exc:
        if "occupations" not in tables:
            raise
        result.error(exc)
    return result.finish(drafts.values())


def _code(row: Row, column: str) -> str:
    """A row's code: a spreadsheet's float ("111111.0") as its digits."""
    return whole_number(row[column])


def _occupations(table: Table, drafts: dict[str, OccupationDraft], result: Imported) -> None:
    """A draft per occupation row; a coded row without a title, or a code of five or more
    than six digits, is reported; group rows are skipped and the sheet's notes (rows
    without a code) counted in one note."""
    problems = RowProblems(table.label, result)
    notes = 0
    for row in table.rows():
        code, title = _code(row, _CODE), row[_TITLE]
        if _note(code, title):
            notes += 1
        elif not code.isdigit() or len(code) not in (1, 2, 3, 4, _OCCUPATION_DIGITS):
            problems.add(row.line, f"occupation code {code!r} is not six digits: not read")
        elif not title:
            problems.add(row.line, f"occupation {code} has no principal title: not read")
        elif len(code) == _OCCUPATION_DIGITS and (draft := new_occupation(
                drafts, code, OccupationDraft(table.label, Layout.ANZSCO, title, row.line),
                problems, "occupation code")) is not None:
            _read(row, draft, table.label)
        # Otherwise a group (a shorter code), or a repeated code (reported).
    problems.finish(table)
    if notes:
        result.note(table.label, f"{notes} rows without an occupation code (the sheet's "
                                 "notes) not read")


def _note(code: str, title: str) -> bool:
    """Whether a row is one of the notes a sheet keeps below its table (a copyright line):
    no code, nor a title beside what its first cell says.

    >>> _note("\u00a9 Commonwealth of Australia", ""), _note("84111X", "Kelp Farmer")
    (True, False)
    """
    return not code[:1].isdigit() and not title


def _read(row: Row, draft: OccupationDraft, file: str) -> None:
    """An occupation's lead statement, tasks, licensing, alternative titles and
    specialisations."""
    line = row.line
    draft.describe(row[_LEAD], file, line)
    for task in title_items(row[_TASKS]):
        draft.responsibility(task, file, line)
    for sentence in split_sentences(" ".join(row[_LICENSING].split())):
        if not none_required(sentence):
            draft.requirement(sentence, file, line)
    for title in (*title_items(row[_ALTERNATIVE]), *title_items(row[_SPECIALISATIONS])):
        draft.alias(title, file, line)


def title_items(text: str) -> list[str]:
    """The items of a list cell: one a line (a leading bullet removed), or, in a cell of one
    line, between ";"; without the closing ";" / "." ("; and" too).

    >>> title_items("- Kelp Grower\\n- Seaweed Farmer;")
    ['Kelp Grower', 'Seaweed Farmer']
    >>> title_items("harvesting fronds; grading the crop; and drying it.")
    ['harvesting fronds', 'grading the crop', 'drying it']
    """
    lines = [line for line in text.splitlines() if line.strip()]
    if len(lines) > 1:
        parts = [_BULLET.sub("", " ".join(line.split())) for line in lines]
    else:
        parts = [_ITEM_AND.sub("", " ".join(part.split())) for part in text.split(";")]
    items = (_ITEM_END.sub("", part) for part in parts)
    return [item for item in items if item]


def _category(text: str) -> str | None:
    """``principal``, ``alias`` or ``nec`` for an index category, None for another."""
    key = text.strip().lower()
    if key.startswith("principal"):
        return "principal"
    if key.startswith(("alternative", "specialisation", "specialization")):
        return "alias"
    if re.search(r"\bnec\b", key):
        return "nec"
    return None


def _index(tables: Tables, drafts: dict[str, OccupationDraft], create: bool,
           result: Imported) -> None:
    """The index's alternative titles and specialisations as aliases; ``create``: the index
    is the only table, so its principal titles make the occupations (at their rows).  A
    title under a code the descriptions lack is reported once per code; the nec entries
    are counted in one note."""
    table = _open(tables, "titles", "OSCA / ANZSCO title index")
    if table is None:
        return
    problems = RowProblems(table.label, result)
    rows: list[tuple[str, str, int]] = []
    nec = notes = 0
    for row in table.rows():
        code, title, category = _code(row, _CODE), row[_I_TITLE], _category(row[_I_CATEGORY])
        if _note(code, title):
            notes += 1
            continue
        if not (code.isdigit() and len(code) == _OCCUPATION_DIGITS) or not title:
            problems.add(row.line, f"index row with code {code!r} not six digits or no "
                                   "title: not read")
            continue
        if category is None:
            problems.add(row.line, f"index category {row[_I_CATEGORY]!r} is none of "
                                   "Principal Title, Alternative Title, Specialisation: "
                                   "not read")
        elif category == "nec":
            nec += 1
        elif category == "principal":
            if create:
                new_occupation(drafts, code,
                               OccupationDraft(table.label, Layout.ANZSCO, title, row.line),
                               problems, "principal title of code")
        else:
            rows.append((code, title, row.line))
    for code, title, line in rows:  # after every principal title: the index may list
        alias_of_code(drafts, code, title, table.label, line, problems,  # aliases first
                      f"occupation code {code} is not in the descriptions: its index titles "
                      "not read")
    problems.finish(table)
    if nec or notes:
        result.note(table.label, f"{nec} index titles of occupations a 'nec' record gathers "
                                 "not read as aliases (each is another occupation), and "
                                 f"{notes} rows without an occupation code (the sheet's notes)")
