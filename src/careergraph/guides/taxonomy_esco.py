"""ESCO's CSV download (occupations, skills, occupation-skill relations) as guides.

One guide per occupation of ``occupations_<lang>.csv``: ``preferredLabel`` is the role,
``altLabels`` (one label per line inside the field) its aliases, ``description`` its summary.
Each row of ``occupationSkillRelations_<lang>.csv`` adds the skill's ``preferredLabel`` from
``skills_<lang>.csv``: an ``essential`` relation as a TECHNICAL skill, an ``optional`` one as
an OPTIONAL skill (listed, never counted as a skill to learn).  Every fact's source is the
row it was read from.  ESCO states no progression, so no move is made; the rows of
``broaderRelationsOccPillar_<lang>.csv`` place an occupation in the ISCO classification (a
hierarchy of groups, not a career ladder): they are counted and checked, never turned into
moves.  A relation naming an occupation or skill the other files do not hold is reported
with its line.

>>> from pathlib import Path
>>> folder = Path("tests/fixtures/taxonomy/esco")
>>> tables = {kind: (f"esco/{path.name}", path) for kind, path in
...           [("occupations", folder / "occupations_en.csv"),
...            ("skills", folder / "skills_en.csv"),
...            ("relations", folder / "occupationSkillRelations_en.csv")]}
>>> result = import_esco(tables)
>>> guide = result.guides[0]
>>> guide.role.text, guide.role.source.label
('data engineer', 'esco/occupations_en.csv:2')
"""

from __future__ import annotations

import re

from careergraph.errors import GuideError
from careergraph.guides.occupation import OccupationDraft
from careergraph.guides.tables import Table, Tables, open_table
from careergraph.guides.taxonomy_result import Imported, RowProblems
from careergraph.model import Layout, SkillKind

__all__ = ["ESCO_COLUMNS", "ESCO_MARKS", "esco_kind_of_header", "import_esco"]

#: Columns each table must have (checked in the header); other columns are ignored, so a
#: table trimmed to the columns read is accepted.
ESCO_COLUMNS: dict[str, tuple[str, ...]] = {
    "occupations": ("conceptUri", "preferredLabel"),
    "skills": ("conceptUri", "preferredLabel"),
    "relations": ("occupationUri", "relationType", "skillUri"),
    "broader": ("conceptUri", "broaderUri"),
}
#: A column that tells the table apart when its file is not named as ESCO names it (any one
#: of them, besides the columns read): the ISCO group of an occupation, the type or reuse
#: level of a skill.
ESCO_MARKS: dict[str, tuple[str, ...]] = {
    "occupations": ("iscoGroup",),
    "skills": ("skillType", "reuseLevel"),
    "relations": (),
}
_SKILL_LABEL = "skillLabel"  # v1.2's relations name the skill too
# Labels in one cell: one a line as downloaded; " | " as the collections and many
# re-exports write them.
_LABEL_BREAK = re.compile(r"\r?\n| \| ")


def esco_kind_of_header(header: list[str]) -> str | None:
    """The ESCO table (occupations, skills, relations) a header is, whatever the file name.

    >>> esco_kind_of_header(["conceptUri", "reuseLevel", "preferredLabel", "altLabels"])
    'skills'
    """
    for kind, marks in ESCO_MARKS.items():
        if all(c in header for c in ESCO_COLUMNS[kind]) and (
                not marks or any(m in header for m in marks)):
            return kind
    return None
_KINDS = {"essential": SkillKind.TECHNICAL, "optional": SkillKind.OPTIONAL}

def _table(tables: Tables, kind: str) -> Table | None:
    return open_table(tables, kind, ESCO_COLUMNS[kind], ",", f"ESCO {kind}")


def import_esco(tables: Tables) -> Imported:
    """Guides from the ESCO tables given as ``{kind: (label, path)}`` (kinds: ``occupations``,
    required; ``skills``, ``relations``, ``broader``).  A table with a wrong header is an
    error problem naming it (the other tables are still read); the occupations table's
    error is raised, as nothing can be read without it."""
    result = Imported()
    occupations = _table(tables, "occupations")
    if occupations is None:
        raise GuideError("ESCO", 1, "no occupations table",
                         hint="give the folder holding occupations_<lang>.csv")
    drafts = _occupations(occupations, result)
    skills: dict[str, str] = {}
    for kind in ("skills", "relations", "broader"):
        try:
            table = _table(tables, kind)
        except GuideError as exc:
            result.error(exc)
            continue
        if table is None:
            continue
        if kind == "skills":
            skills = _skills(table, result)
        elif kind == "relations":
            if "skills" not in tables and not table.has([_SKILL_LABEL]):
                result.error(GuideError(table.label, 1, "relations need the skills table",
                                        hint="keep skills_<lang>.csv beside it"))
                continue
            _relations(table, drafts, skills, result)
        else:
            _broader(table, drafts, result)
    return result.finish(drafts.values())


def _occupations(table: Table, result: Imported) -> dict[str, OccupationDraft]:
    drafts: dict[str, OccupationDraft] = {}
    problems = RowProblems(table.label, result)
    for row in table.rows():
        uri, title = row["conceptUri"], row["preferredLabel"]
        if not uri or not title:
            problems.add(row.line, "occupation without conceptUri or preferredLabel: not read")
            continue
        if uri in drafts:
            problems.add(row.line, f"occupation {uri} given twice: the first row is kept")
            continue
        draft = drafts[uri] = OccupationDraft(table.label, Layout.ESCO, title, row.line)
        for alias in _LABEL_BREAK.split(row["altLabels"]):
            draft.alias(alias, table.label, row.line)
        draft.describe(row["description"] or row["definition"], table.label, row.line)
    problems.finish(table)
    return drafts


def _skills(table: Table, result: Imported) -> dict[str, str]:
    names: dict[str, str] = {}
    problems = RowProblems(table.label, result)
    for row in table.rows():
        uri, name = row["conceptUri"], row["preferredLabel"]
        if not uri or not name:
            problems.add(row.line, "skill without conceptUri or preferredLabel: not read")
            continue
        names.setdefault(uri, name)
    problems.finish(table)
    return names


def _relations(table: Table, drafts: dict[str, OccupationDraft], skills: dict[str, str],
               result: Imported) -> None:
    problems = RowProblems(table.label, result)
    for row in table.rows():
        draft = drafts.get(row["occupationUri"])
        name = skills.get(row["skillUri"]) or row[_SKILL_LABEL] or None
        kind = _KINDS.get(row["relationType"].lower())
        if draft is None:
            problems.add(row.line, f"unknown occupation id {row['occupationUri']!r}: "
                                   "relation not read")
        elif name is None:
            problems.add(row.line, f"unknown skill id {row['skillUri']!r}: relation not read")
        elif kind is None:
            problems.add(row.line, f"relationType {row['relationType']!r} is neither "
                                   "essential nor optional: relation not read")
        else:
            draft.skill(name, kind, table.label, row.line)
    problems.finish(table)


def _broader(table: Table, drafts: dict[str, OccupationDraft], result: Imported) -> None:
    problems = RowProblems(table.label, result)
    count = 0
    for row in table.rows():
        count += 1
        if row["conceptType"] == "Occupation" and row["conceptUri"] not in drafts:
            problems.add(row.line, f"unknown occupation id {row['conceptUri']!r} in a broader "
                                   "relation")
    problems.finish(table)
    result.note(table.label, f"{count} broader relations read: ESCO's classification "
                             "hierarchy (ISCO groups), not career moves: no edges made")
