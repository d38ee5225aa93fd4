"""The O*NET database's tab-delimited text files (the ``db_XX_X_text`` download) as guides.

One guide per row of ``Occupation Data.txt`` (``Title`` the role, ``Description`` its
summary).  Other tables add, by ``O*NET-SOC Code``:

- ``Alternate Titles.txt`` (``Alternate Title``, and ``Short Title`` unless ``n/a``) and
  ``Sample of Reported Titles.txt`` (``Reported Job Title``): aliases;
- ``Skills.txt`` and ``Knowledge.txt``: the element (``Element Name``) as a skill when its
  importance rating (``Scale ID`` IM) is at least ``min_importance`` (default
  :data:`MIN_IMPORTANCE`, on O*NET's 1-5 scale); Social Skills (element ids ``2.B.1.*``)
  are SOFT, the others TECHNICAL; level ratings (LV) are not read; how many importance
  ratings fell below the threshold is reported;
- ``Technology Skills.txt`` (``Example``): TOOL skills (``Hot Technology`` is not kept:
  the graph has no attribute for it); releases before 23.2 have ``Tools and
  Technology.txt`` instead, whose ``T2 Example`` rows of ``T2 Type`` Technology are read the
  same way (its Tools rows are physical equipment, as in the later ``Tools Used.txt``);
- ``Related Occupations.txt`` (and the older ``Career Changers Matrix.txt`` /
  ``Career Starters Matrix.txt``): lateral moves (TRANSITIONS_TO), never promotions, since
  relatedness says two jobs are alike, not that one leads up to the other;
- ``Job Zones.txt``: a requirement, "Job Zone 4: Considerable Preparation Needed".

A row naming a code ``Occupation Data.txt`` does not hold is reported with its line.

>>> from pathlib import Path
>>> folder = Path("tests/fixtures/taxonomy/onet")
>>> tables = {kind: (f"onet/{name}", folder / name) for kind, name in
...           [("occupations", "Occupation Data.txt"), ("skills", "Skills.txt")]}
>>> guide = import_onet(tables).guides[0]
>>> guide.role.text, sorted({s.kind.value for s in guide.skills})
('Data Engineers', ['soft', 'technical'])
"""

from __future__ import annotations

from careergraph.errors import GuideError
from careergraph.guides.occupation import OccupationDraft
from careergraph.guides.tables import Table, Tables, open_table
from careergraph.guides.taxonomy_result import Imported, RowProblems, new_occupation
from careergraph.model import Layout, SkillKind

__all__ = ["MIN_IMPORTANCE", "ONET_COLUMNS", "ONET_FILES", "import_onet"]

#: Default lowest importance (IM, 1-5) for a Skills/Knowledge element to be a requirement:
#: 3 is "important" on O*NET's scale (1 not important … 5 extremely important).
MIN_IMPORTANCE = 3.0
_CODE = "O*NET-SOC Code"
_RATING = (_CODE, "Element ID", "Element Name", "Scale ID", "Data Value")
_RELATED = (_CODE, "Related O*NET-SOC Code")

#: File names of the tables read, by kind.
ONET_FILES: dict[str, str] = {
    "Occupation Data.txt": "occupations",
    "Alternate Titles.txt": "alternate",
    "Sample of Reported Titles.txt": "reported",
    "Technology Skills.txt": "technology",
    "Tools and Technology.txt": "tools_technology",
    "Skills.txt": "skills",
    "Knowledge.txt": "knowledge",
    "Related Occupations.txt": "related",
    "Career Changers Matrix.txt": "changers",
    "Career Starters Matrix.txt": "starters",
    "Job Zones.txt": "zones",
}
#: Columns each table must have (checked in the header); other columns are ignored.
ONET_COLUMNS: dict[str, tuple[str, ...]] = {
    "occupations": (_CODE, "Title", "Description"),
    "alternate": (_CODE, "Alternate Title"),
    "reported": (_CODE, "Reported Job Title"),
    "technology": (_CODE, "Example"),
    "tools_technology": (_CODE, "T2 Type", "T2 Example"),
    "skills": _RATING,
    "knowledge": _RATING,
    "related": _RELATED,
    "changers": _RELATED,
    "starters": _RELATED,
    "zones": (_CODE, "Job Zone"),
}
# Job Zone names as O*NET's Job Zone Reference gives them.
_ZONES = {"1": "Little or No Preparation Needed", "2": "Some Preparation Needed",
          "3": "Medium Preparation Needed", "4": "Considerable Preparation Needed",
          "5": "Extensive Preparation Needed"}
_SOCIAL_SKILLS = "2.B.1."

def _table(tables: Tables, kind: str) -> Table | None:
    return open_table(tables, kind, ONET_COLUMNS[kind], "\t", f"O*NET {kind}")


def import_onet(tables: Tables, *, min_importance: float = MIN_IMPORTANCE) -> Imported:
    """Guides from the O*NET tables given as ``{kind: (label, path)}`` (kinds: the values of
    :data:`ONET_FILES`; ``occupations`` is required).  A table with a wrong header is an
    error problem naming it (the others are still read); the occupations table's error is
    raised."""
    result = Imported()
    occupations = _table(tables, "occupations")
    if occupations is None:
        raise GuideError("O*NET", 1, "no occupations table",
                         hint="give the folder holding 'Occupation Data.txt'")
    drafts = _occupations(occupations, result)
    titles = {code: draft.role.text for code, draft in drafts.items()}
    for kind in ONET_COLUMNS:
        if kind == "occupations":
            continue
        try:
            table = _table(tables, kind)
        except GuideError as exc:
            result.error(exc)
            continue
        if table is None:
            continue
        problems = RowProblems(table.label, result)
        below = 0
        for row in table.rows():
            draft = drafts.get(row[_CODE])
            if draft is None:
                problems.add(row.line, f"unknown O*NET-SOC code {row[_CODE]!r}: row not read")
                continue
            if kind in ("skills", "knowledge"):
                below += _rating(kind, row.cells, draft, table.label, row.line, min_importance,
                                 problems)
            elif kind in ("related", "changers", "starters"):
                related = titles.get(row["Related O*NET-SOC Code"])
                if related is None:
                    problems.add(row.line, "unknown related O*NET-SOC code "
                                           f"{row['Related O*NET-SOC Code']!r}: row not read")
                else:
                    draft.transition(related, table.label, row.line)
            else:
                _other(kind, row.cells, draft, table.label, row.line)
        problems.finish(table)
        if kind in ("skills", "knowledge"):
            result.note(table.label, f"{below} importance ratings below {min_importance:.1f} "
                                     "not read as requirements")
    return result.finish(drafts.values())


def _occupations(table: Table, result: Imported) -> dict[str, OccupationDraft]:
    drafts: dict[str, OccupationDraft] = {}
    problems = RowProblems(table.label, result)
    for row in table.rows():
        code, title = row[_CODE], row["Title"]
        if not code or not title:
            problems.add(row.line, "occupation without code or title: not read")
        elif (draft := new_occupation(
                drafts, code, OccupationDraft(table.label, Layout.ONET, title, row.line),
                problems, "O*NET-SOC code")) is not None:
            draft.describe(row["Description"], table.label, row.line)
    problems.finish(table)
    return drafts


def _rating(kind: str, cells: dict[str, str], draft: OccupationDraft, file: str, line: int,
            min_importance: float, problems: RowProblems) -> int:
    """Read one rating row; 1 when it is an importance rating below the threshold."""
    if cells["Scale ID"].strip() != "IM":
        return 0
    try:
        value = float(cells["Data Value"])
    except ValueError:
        problems.add(line, f"Data Value {cells['Data Value']!r} is not a number: not read")
        return 0
    if value < min_importance:
        return 1
    social = kind == "skills" and cells["Element ID"].strip().startswith(_SOCIAL_SKILLS)
    draft.skill(cells["Element Name"], SkillKind.SOFT if social else SkillKind.TECHNICAL,
                file, line)
    return 0


def _other(kind: str, cells: dict[str, str], draft: OccupationDraft, file: str,
           line: int) -> None:
    if kind == "alternate":
        draft.alias(cells["Alternate Title"], file, line)
        short = cells.get("Short Title", "").strip()
        if short and short.lower() != "n/a":
            draft.alias(short, file, line)
    elif kind == "reported":
        draft.alias(cells["Reported Job Title"], file, line)
    elif kind == "technology":
        draft.skill(cells["Example"], SkillKind.TOOL, file, line)
    elif kind == "tools_technology":
        if cells["T2 Type"].strip().lower() == "technology":
            draft.skill(cells["T2 Example"], SkillKind.TOOL, file, line)
    elif kind == "zones":
        zone = cells["Job Zone"].strip()
        name = _ZONES.get(zone)
        draft.requirement(f"Job Zone {zone}: {name}" if name else f"Job Zone {zone}", file,
                          line)
