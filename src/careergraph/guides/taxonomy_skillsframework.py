"""SkillsFuture Singapore's Skills Framework dataset (the workbook of every sector's
framework), its sheets saved as CSV, as guides.

The download (``jobsandskills-skillsfuture-skills-framework-dataset.xlsx``, published on
the Jobs-Skills Portal) keeps one row per fact in each sheet, every sheet keyed by the job
role's ``Sector``, ``Track`` and ``Job Role`` (a title alone is not unique: "Data Analyst"
is a job role of several sectors).  Three sheets are read, each found by its header (or its
name, ``Job Role_Description`` …, as the sheet is saved):

- ``Job Role_Description`` (``Sector``, ``Track``, ``Job Role``, ``Job Role Description``,
  ``Performance Expectation``): one guide per job role, its row the role's source; the
  description is the summary, the performance expectation a requirement (the standard of
  work the role is held to), the sector an ``IN_SECTOR`` fact.  A title that names job roles
  of more than one row is qualified by the sector ("Data Analyst (Finance)"), or by sector
  and track when one sector repeats it, so that two different jobs never become one node;
  the bare title is then an alias of each (a name that resolves to neither and lists both).
- ``Job Role_CWF_KT`` (``Critical Work Function``, ``Key Tasks``): each key task a
  responsibility, as every taxonomy's tasks are; the critical work function is the heading
  that groups them (a row with a function and no task gives the function itself).
- ``Job Role_TCS_CCS`` (the workbook's own spelling; ``TSC_CCS Title``, ``TSC_CCS Type``,
  ``Proficiency Level``, ``TSC_CCS Code``): each title a skill the role requires, a
  technical skill and competency (type ``tsc``) TECHNICAL, a critical core skill (``ccs``,
  the "soft skills" of the framework, as O*NET's social skills are SOFT; older releases'
  generic skills ``gsc`` too) SOFT.  The proficiency level (1-6, or Basic / Intermediate /
  Advanced for some core skills) grades how much of a skill the role needs, not the role's
  rung: it is checked, never made seniority (the graph's requirement has no level).

The other sheets (``TSC_CCS_Key``, ``TSC_CCS_K&A``, ``TSC_CCS_Key_Retired``: the skills'
definitions and knowledge and ability items) are skipped with a note.  The dataset states
no move between job roles (the career pathway diagrams are published as pictures), and a
track is a family of job roles, not a move: no ``LEADS_TO`` or ``TRANSITIONS_TO`` edge.

Every fact's source is the row it was read from.  A row naming a job role the description
sheet does not hold is reported at its line (once per job role); a row without a title, or
with a type or proficiency level the framework does not use, at its own line (not read).

>>> from pathlib import Path
>>> folder = Path("tests/fixtures/taxonomy/skillsframework")
>>> tables = {"roles": ("d.csv", folder / "Job Role_Description.csv")}
>>> guide = import_skills_framework(tables).guides[0]
>>> guide.role.text, guide.role.source.label, guide.sectors[0].text
('Kelp Farm Technician', 'd.csv:2', 'Aquaculture')
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from careergraph.errors import GuideError
from careergraph.guides.occupation import OccupationDraft
from careergraph.guides.tables import Row, Table, Tables
from careergraph.guides.taxonomy_result import Imported, RowProblems
from careergraph.guides.taxonomy_uksoc import (
    column_key,
    find_header,
    open_sheet,
    sheet_columns,
    sheet_kind,
)
from careergraph.model import Layout, SkillKind

__all__ = ["SFW_COLUMNS", "SFW_WORKBOOK", "import_skills_framework", "sfw_header",
           "sfw_kind_of_name", "sfw_other_name"]

_SECTOR, _TRACK, _ROLE = "Sector", "Track", "Job Role"
_DESCRIPTION, _EXPECTATION = "Job Role Description", "Performance Expectation"
_FUNCTION, _TASK = "Critical Work Function", "Key Tasks"
_SKILL, _TYPE, _LEVEL, _CODE = "TSC_CCS Title", "TSC_CCS Type", "Proficiency Level", "TSC_CCS Code"
_KEY = (_SECTOR, _TRACK, _ROLE)
#: Columns each sheet must have, by kind (the others are read when present).
SFW_COLUMNS: dict[str, tuple[str, ...]] = {
    "roles": (*_KEY, _DESCRIPTION),
    "tasks": (*_KEY, _FUNCTION, _TASK),
    "skills": (*_KEY, _SKILL, _TYPE, _LEVEL),
}
# Header cells by their key (case, spaces and underscores ignored); some exports name the
# skill's title column "skill_sector_title".
_NAMES = {column_key(name): name for name in (
    *_KEY, _DESCRIPTION, _EXPECTATION, _FUNCTION, _TASK, _SKILL, _TYPE, _LEVEL, _CODE)}
_NAMES[column_key("skill_sector_title")] = _SKILL
_NAMES[column_key("Key Task")] = _TASK
# The sheets read, as saved ("Job Role_Description.csv", "…dataset - Job Role_CWF_KT.csv").
_SHEETS = re.compile(r"job[ _-]*role[ _-]*(description|cwf[ _&-]*kt|t[cs][cs][ _&-]*ccs)",
                     re.IGNORECASE)
#: The workbook's other sheets (skill definitions, knowledge and abilities, retired skills).
_OTHER_SHEETS = re.compile(r"(?:^|[^a-z])tsc[ _-]*ccs[ _-]*(key|k[ _&-]*a)", re.IGNORECASE)
#: The workbook itself, by its file stem.
SFW_WORKBOOK = re.compile(r"skills?[ _-]*framework[ _-]*data[ _-]*set", re.IGNORECASE)
_SOFT_TYPES = frozenset({"ccs", "gsc"})  # critical core skills; older generic skills
_WORDED_LEVELS = frozenset({"basic", "intermediate", "advanced"})
_HIGHEST = 6


def _column(cell: str) -> str | None:
    return _NAMES.get(column_key(cell))


def _names(cells: Sequence[str]) -> dict[str, str]:
    """This module's column names by the header cell they match (the first match kept)."""
    return sheet_columns(cells, _column)


def _kind_of(cells: Sequence[str]) -> str | None:
    """The sheet a header is (``roles``, ``tasks``, ``skills``), or None.

    >>> _kind_of(["Sector", "Track", "Job Role", "Job Role Description",
    ...           "Performance Expectation"])
    'roles'
    >>> _kind_of(["Sector", "Track", "Job Role", "skill_sector_title", "TSC_CCS Type",
    ...           "Proficiency Level", "TSC_CCS Code"]), _kind_of(["Sector", "Job Role"])
    ('skills', None)
    """
    return sheet_kind(cells, SFW_COLUMNS, _column)


def sfw_header(path: Path) -> tuple[str, int, str, list[str]] | None:
    """(kind, start line, delimiter, cells) of the first of a file's first records that is
    a Skills Framework sheet's header, or None.

    >>> sfw_header(Path("tests/fixtures/taxonomy/skillsframework/Job Role_CWF_KT.csv"))[:3]
    ('tasks', 1, ',')
    """
    return find_header(path, _kind_of)


def sfw_kind_of_name(name: str) -> str | None:
    """The sheet a file name is, or None.

    >>> sfw_kind_of_name("jobsandskills-skillsfuture-skills-framework-dataset - "
    ...                  "Job Role_TCS_CCS.csv")
    'skills'
    >>> sfw_kind_of_name("Job Role_Description.csv"), sfw_kind_of_name("roles.csv")
    ('roles', None)
    """
    found = _SHEETS.search(name)
    if found is None:
        return None
    sheet = found.group(1).lower()
    return "roles" if sheet == "description" else "tasks" if sheet.startswith("cwf") else "skills"


def sfw_other_name(name: str) -> bool:
    """Whether a file name is one of the workbook's sheets careergraph does not read.

    >>> sfw_other_name("TSC_CCS_K&A.csv"), sfw_other_name("jobsandskills-TSC_CCS_K_A_3.csv")
    (True, True)
    >>> sfw_other_name("TSC_CCS_Key_Retired.csv"), sfw_other_name("tscs.csv")
    (True, False)
    """
    return _OTHER_SHEETS.search(name) is not None


def _open(tables: Tables, kind: str, what: str) -> Table | None:
    """The sheet of ``kind`` read from its header on, its columns renamed to this module's
    names; raised (naming the file and line 1) when no header has the columns read."""
    return open_sheet(tables, kind, what, _kind_of, SFW_COLUMNS[kind], _names)


def _clean(cell: str) -> str:
    return " ".join(cell.split())


_RoleKey = tuple[str, str, str]


def _key(row: Row, seen: dict[_RoleKey, _RoleKey] | None = None) -> _RoleKey:
    """A row's job role: sector, track and title, compared without case or spacing;
    ``seen``: the keys of the cells met so far (a job role's rows follow each other)."""
    cells = (row[_SECTOR], row[_TRACK], row[_ROLE])
    if seen is not None and (key := seen.get(cells)) is not None:
        return key
    key = (_clean(cells[0]).casefold(), _clean(cells[1]).casefold(),
           _clean(cells[2]).casefold())
    if seen is not None:
        seen[cells] = key
    return key


def _named(row: Row) -> str:
    """A job role as a message names it."""
    return (f"job role {_clean(row[_ROLE])!r} of sector {_clean(row[_SECTOR])!r}, "
            f"track {_clean(row[_TRACK])!r}")


@dataclass(frozen=True)
class _Described:
    """A row of the description sheet that names a job role."""

    row: Row
    sector: str
    track: str
    title: str


def import_skills_framework(tables: Tables) -> Imported:
    """Guides from the Skills Framework sheets ``{"roles" | "tasks" | "skills": (label,
    path)}``; raised when the description sheet's header lacks a column read (the other
    sheets' are reported)."""
    result = Imported()
    table = _open(tables, "roles", "Skills Framework job role description sheet")
    if table is None:
        raise GuideError("Skills Framework", 1, "no job role description sheet",
                         hint="keep 'Job Role_Description' saved as CSV in the folder")
    drafts = _roles(table, result)
    for kind, what, read in (("tasks", "critical work function and key task", _tasks),
                             ("skills", "TSC and CCS", _skills)):
        try:
            sheet = _open(tables, kind, f"Skills Framework job role {what} sheet")
        except GuideError as exc:
            result.error(exc)
            continue
        if sheet is not None:
            read(sheet, drafts, result)
    return result.finish(drafts.values())


def _roles(table: Table, result: Imported) -> dict[_RoleKey, OccupationDraft]:
    """A draft per job role; a title several rows name is qualified by sector (and track).
    A row without sector, track or title is reported; a job role given twice keeps its first
    row (the repeat reported, or counted in a note when it repeats the row word for word)."""
    problems = RowProblems(table.label, result)
    rows: dict[_RoleKey, _Described] = {}
    repeats = 0
    for row in table.rows():
        sector, track, title = _clean(row[_SECTOR]), _clean(row[_TRACK]), _clean(row[_ROLE])
        if not (sector and track and title):
            missing = [c for c, v in zip(_KEY, (sector, track, title), strict=True) if not v]
            problems.add(row.line, f"job role row without {' or '.join(missing)}: not read")
        elif (first := rows.get(_key(row))) is None:
            rows[_key(row)] = _Described(row, sector, track, title)
        elif _same(first.row, row):
            repeats += 1
        else:
            problems.add(row.line, f"{_named(row)} given twice: the first row "
                                   f"(line {first.row.line}) is kept")
    qualifiers = _qualifiers(list(rows.values()))
    drafts = {key: _draft(described, table.label, qualifiers.get(key, ""))
              for key, described in rows.items()}
    problems.finish(table)
    if repeats:
        result.note(table.label, f"{repeats} rows repeat an earlier job role row word for "
                                 "word: read once")
    return drafts


def _same(first: Row, second: Row) -> bool:
    return all(_clean(first[c]) == _clean(second[c]) for c in (_DESCRIPTION, _EXPECTATION))


def _qualifiers(every: Sequence[_Described]) -> dict[_RoleKey, str]:
    """The qualifier of each job role whose title another job role has too: its sector, or
    its sector and track when another job role of the same sector has the title."""
    by_title: dict[str, list[_Described]] = {}
    for described in every:
        by_title.setdefault(described.title.casefold(), []).append(described)
    found: dict[_RoleKey, str] = {}
    for same in by_title.values():
        if len(same) < 2:
            continue
        sectors = Counter(d.sector.casefold() for d in same)
        for d in same:
            key = (d.sector.casefold(), d.track.casefold(), d.title.casefold())
            found[key] = (f"{d.sector}, {d.track}" if sectors[d.sector.casefold()] > 1
                          else d.sector)
    return found


def _draft(described: _Described, file: str, qualifier: str) -> OccupationDraft:
    row, line = described.row, described.row.line
    title = f"{described.title} ({qualifier})" if qualifier else described.title
    draft = OccupationDraft(file, Layout.SKILLS_FRAMEWORK, title, line)
    if qualifier:
        draft.alias(described.title, file, line)
    draft.describe(_clean(row[_DESCRIPTION]), file, line)
    draft.sector(described.sector, file, line)
    if expectation := _clean(row[_EXPECTATION]):
        draft.requirement(expectation, file, line)
    return draft


def _tasks(table: Table, drafts: dict[_RoleKey, OccupationDraft],
           result: Imported) -> None:
    """Key tasks as responsibilities; a function without tasks as one itself."""
    problems = RowProblems(table.label, result)
    functions: dict[tuple[_RoleKey, str], tuple[int, str]] = {}
    with_tasks: set[tuple[_RoleKey, str]] = set()
    seen: dict[_RoleKey, _RoleKey] = {}
    for row in table.rows():
        role = _key(row, seen)
        if (draft := _draft_of(row, role, drafts, problems, "its key tasks")) is None:
            continue
        function, task = _clean(row[_FUNCTION]), _clean(row[_TASK])
        if not function and not task:
            problems.add(row.line, "row without a critical work function or key task: not read")
            continue
        key = (role, function.casefold())
        functions.setdefault(key, (row.line, function))
        if task:
            with_tasks.add(key)
            draft.responsibility(task, table.label, row.line)
    for key, (line, function) in functions.items():
        if key not in with_tasks and function:
            drafts[key[0]].responsibility(function, table.label, line)
    problems.finish(table)


def _skills(table: Table, drafts: dict[_RoleKey, OccupationDraft],
            result: Imported) -> None:
    """Each TSC a TECHNICAL skill, each CCS a SOFT one; the levels checked, not kept."""
    problems = RowProblems(table.label, result)
    seen: dict[_RoleKey, _RoleKey] = {}
    for row in table.rows():
        draft = _draft_of(row, _key(row, seen), drafts, problems, "its skills")
        if draft is None:
            continue
        title, kind, level = _clean(row[_SKILL]), row[_TYPE].casefold(), row[_LEVEL]
        if not title:
            problems.add(row.line, "skill row without a TSC_CCS Title: not read")
        elif kind not in _SOFT_TYPES and kind != "tsc":
            problems.add(row.line, f"TSC_CCS Type {row[_TYPE]!r} is neither tsc nor ccs: "
                                   "skill not read")
        elif not _level(level):
            problems.add(row.line, f"Proficiency Level {level!r} is not 1-{_HIGHEST} or Basic, "
                                   "Intermediate, Advanced: skill not read")
        else:
            skill = SkillKind.SOFT if kind in _SOFT_TYPES else SkillKind.TECHNICAL
            draft.skill(title, skill, table.label, row.line)
    problems.finish(table)


def _level(cell: str) -> bool:
    """Whether a proficiency level is one the framework uses ("3", "3.0", "Advanced").

    >>> [_level(c) for c in ("3", "6.0", "Advanced", "7", "", "Expert")]
    [True, True, True, False, False, False]
    """
    number = cell[:-2] if cell.endswith(".0") else cell
    if number.isdigit():
        return 1 <= int(number) <= _HIGHEST
    return cell.casefold() in _WORDED_LEVELS


def _draft_of(row: Row, key: _RoleKey, drafts: dict[_RoleKey, OccupationDraft],
              problems: RowProblems, what: str) -> OccupationDraft | None:
    """The draft of a row's job role (``key``); an unknown one is reported at its first
    row."""
    if (draft := drafts.get(key)) is None:
        problems.once("\x1f".join(key), row.line,
                      f"{_named(row)} is not in the job role description sheet: "
                      f"{what} not read")
    return draft
