"""Statistics Canada's National Occupational Classification (NOC 2021 V1.0) CSV download.

Two English tables, both keyed by ``Code - NOC 2021 V1.0`` (a string: "00010"):

- ``noc_2021_version_1.0_-_classification_structure.csv`` (``Level``, ``Hierarchical
  structure``, the code, ``Class title``, ``Class definition``): one row per class at five
  levels; a level-5 row (a unit group) is one guide, its definition the summary;
- ``noc_2021_version_1.0_-_elements.csv`` (``Level``, the code, ``Class title``, ``Element
  Type Label English``, ``Element Description English``): one row per element of a unit
  group.  ``Illustrative example(s)`` and ``All examples`` are aliases (subject to the
  rules every taxonomy's alternative titles are); ``Main duties`` responsibilities (but the
  preamble "This group performs some or all of the following duties:"); ``Employment
  requirements`` requirements (but "There are no formal education requirements.");
  ``Additional information`` the moves its progression sentences state, read by the prose
  move reader ("Progression to X, such as Y, is possible with experience": Y is a move up;
  a generic "supervisory positions" names no role).
  ``Inclusion(s)`` and ``Exclusion(s)`` are not read: exclusions name other unit groups,
  which is no move.

Either table alone is enough (the elements repeat the class title on every row).  The
broad categories are kinds of occupations ("Sales and service occupations"), not industries,
so no sector is made.  A code a spreadsheet saved as a number ("11" for the unit group
"00011") is padded back with zeros to its level's length (level 5: five digits).

>>> from pathlib import Path
>>> folder = Path("tests/fixtures/taxonomy/noc")
>>> tables = {"elements": ("noc/e.csv", folder / "noc_2021_version_1.0_-_elements.csv")}
>>> guide = import_noc(tables).guides[0]
>>> guide.role.text, guide.role.source.label
('Orchard supervisors', 'noc/e.csv:2')
"""

from __future__ import annotations

from functools import cache

from careergraph.errors import GuideError
from careergraph.guides.moves import prose_moves
from careergraph.guides.occupation import OccupationDraft
from careergraph.guides.tables import Row, Table, Tables, open_table
from careergraph.guides.taxonomy_result import Imported, RowProblems, new_occupation
from careergraph.guides.vocab import Vocabulary
from careergraph.lexicon import load_lexicon
from careergraph.model import Layout

__all__ = ["NOC_CODE", "NOC_COLUMNS", "import_noc", "noc_kind_of_header", "none_required",
           "taxonomy_vocabulary"]

#: The code column both tables share.
NOC_CODE = "Code - NOC 2021 V1.0"
_TYPE = "Element Type Label English"
_TEXT = "Element Description English"
_TITLE = "Class title"
#: Columns each table must have (checked in the header); others (the bilingual variant's
#: French columns, ``Hierarchical structure``) are ignored.
NOC_COLUMNS: dict[str, tuple[str, ...]] = {
    "occupations": ("Level", NOC_CODE, _TITLE),
    "elements": (NOC_CODE, _TITLE, _TYPE, _TEXT),
}
_UNIT_GROUP = 5
_ALIASES = frozenset({"illustrative example(s)", "all examples"})
_NOT_READ = frozenset({"inclusion(s)", "exclusion(s)"})
_PREAMBLE = "this group performs"
# "There are no formal education requirements.": a statement that none is required.
_NONE_REQUIRED = ("there are no ", "there is no ", "no formal ")


def noc_kind_of_header(header: list[str]) -> str | None:
    """The NOC table (``occupations`` for the structure, ``elements``) a header is.

    >>> noc_kind_of_header(["Level", "Hierarchical structure", NOC_CODE, "Class title",
    ...                     "Class definition"])
    'occupations'
    """
    if all(c in header for c in NOC_COLUMNS["elements"]):
        return "elements"
    if all(c in header for c in NOC_COLUMNS["occupations"]):
        return "occupations"
    return None


@cache
def taxonomy_vocabulary() -> Vocabulary:
    """The vocabulary the prose move reader uses on a taxonomy's text: the bundled
    lexicon's, as for the level words (a taxonomy is read before ``--lexicon``)."""
    return Vocabulary.from_lexicon(load_lexicon())


def none_required(text: str) -> bool:
    """Whether a requirement text states that none is required.

    >>> none_required("There are no formal education requirements.")
    True
    """
    return text.strip().lower().startswith(_NONE_REQUIRED)


def _code(row: Row, level: str) -> str:
    """The code of a row, its leading zeros restored when a spreadsheet removed them."""
    code = row[NOC_CODE].strip()
    if code.isdigit() and level.strip().isdigit():
        return code.zfill(int(level))
    return code


def import_noc(tables: Tables) -> Imported:
    """Guides from the NOC tables given as ``{kind: (label, path)}`` (kinds ``occupations``,
    the classification structure, and ``elements``; at least one).  A table whose header
    lacks a column read is an error problem, and the other table is read alone; raised when
    no table can be read."""
    result = Imported()
    drafts: dict[str, OccupationDraft] = {}
    found: dict[str, Table | None] = {}
    for kind, what in (("occupations", "NOC classification structure"),
                       ("elements", "NOC elements")):
        try:
            found[kind] = open_table(tables, kind, NOC_COLUMNS[kind], ",", what)
        except GuideError as exc:
            if len(tables) == 1:
                raise
            result.error(exc)
    structure, elements = found.get("occupations"), found.get("elements")
    if elements is None and structure is None:
        raise GuideError("NOC", 1, "no classification structure or elements table",
                         hint="give the folder holding noc_2021_version_1.0_-_elements.csv")
    if structure is not None:
        drafts = _structure(structure, result)
    if elements is not None:
        _elements(elements, drafts, result, known=structure is not None)
    return result.finish(drafts.values())


def _structure(table: Table, result: Imported) -> dict[str, OccupationDraft]:
    """A draft per unit group (level 5); the other levels are the classification's groups."""
    drafts: dict[str, OccupationDraft] = {}
    problems = RowProblems(table.label, result)
    for row in table.rows():
        level, title = row["Level"].strip(), row[_TITLE]
        code = _code(row, level)
        if not code or not title or not level.isdigit():
            problems.add(row.line, "class without level, code or title: not read")
        elif int(level) == _UNIT_GROUP and (draft := new_occupation(
                drafts, code, OccupationDraft(table.label, Layout.NOC, title, row.line),
                problems, "NOC code")) is not None:
            draft.describe(row["Class definition"], table.label, row.line)
    problems.finish(table)
    return drafts


def _elements(table: Table, drafts: dict[str, OccupationDraft], result: Imported,
              known: bool) -> None:
    """Add each element row to its unit group; without the structure table, a unit group
    is made from its first row's class title."""
    problems = RowProblems(table.label, result)
    unknown: set[str] = set()
    for row in table.rows():
        code = _code(row, row["Level"] or str(_UNIT_GROUP))
        draft = drafts.get(code)
        if draft is None and not known and code and row[_TITLE]:
            draft = drafts[code] = OccupationDraft(table.label, Layout.NOC, row[_TITLE],
                                                   row.line)
        if draft is None:
            if code not in unknown:  # one warning per code, not one per element row
                unknown.add(code)
                problems.add(row.line, f"unknown NOC code {code!r}: its elements not read")
            continue
        _element(row[_TYPE], row[_TEXT], draft, table.label, row.line)
    problems.finish(table)


def _element(kind: str, text: str, draft: OccupationDraft, file: str, line: int) -> None:
    """One element of a unit group, by its type."""
    kind, text = kind.strip().lower(), text.strip()
    if not text or kind in _NOT_READ:
        return
    if kind in _ALIASES:
        draft.alias(text, file, line)
    elif kind == "main duties":
        if not text.lower().startswith(_PREAMBLE):
            draft.responsibility(text, file, line)
    elif kind == "employment requirements":
        if not none_required(text):
            draft.requirement(text, file, line)
    elif kind == "additional information":
        moves = prose_moves(text, taxonomy_vocabulary(), draft.role.text)
        for title in moves["up"]:
            draft.promotion(title, file, line)
        for title in moves["lateral"]:
            draft.transition(title, file, line)
