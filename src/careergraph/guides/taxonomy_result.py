"""What importing a taxonomy gives: guides, and problems that each name a file and line.

Rows a taxonomy importer cannot use are reported one by one, up to :data:`ROW_REPORT_LIMIT`
per table; beyond that one more problem gives the count, so nothing is dropped silently and a
damaged 100,000-row file does not flood the report.

>>> result = Imported()
>>> problems = RowProblems("rel.csv", result)
>>> problems.add(7, "unknown skill id 'x': relation not read")
>>> [p.label for p in result.problems]
["rel.csv:7: warning: unknown skill id 'x': relation not read"]
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass, field

from careergraph.errors import GuideError
from careergraph.guides.occupation import OccupationDraft
from careergraph.guides.tables import Table
from careergraph.model import Guide, Problem, Severity

__all__ = ["ROW_REPORT_LIMIT", "Imported", "RowProblems", "alias_of_code", "new_occupation",
           "new_unit_group", "warn_lone_units", "whole_number"]

#: Row problems reported one by one per table; the rest are counted in one more problem.
ROW_REPORT_LIMIT = 200
_NUMBERS = {4: "four", 5: "five", 6: "six"}


@dataclass
class Imported:
    """Guides read from a taxonomy, and every problem met."""

    guides: list[Guide] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def error(self, exc: GuideError) -> None:
        """A table that could not be read at all."""
        message = exc.problem + (f" ({exc.hint})" if exc.hint else "")
        self.problems.append(Problem(file=exc.file, line=max(1, exc.line), message=message,
                                     severity=Severity.ERROR))

    def note(self, file: str, message: str) -> None:
        """A fact about a whole table (counts of rows read or left out)."""
        self.problems.append(Problem(file=file, line=1, message=message))

    def finish(self, drafts: Collection[OccupationDraft]) -> Imported:
        """Take the drafts as the guides, counting the alternative titles left out."""
        self.note_level_variants(drafts)
        self.guides = [draft.guide() for draft in drafts]
        return self

    def note_level_variants(self, drafts: Iterable[OccupationDraft]) -> None:
        """Count, per file, the alternative titles left out for naming another level."""
        found: dict[str, list[str]] = {}
        for draft in drafts:
            for file, title in draft.dropped:
                found.setdefault(file, []).append(f"{title!r} for {draft.role.text!r}")
        for file, titles in found.items():
            self.note(file, f"{len(titles)} alternative titles name an occupation at another "
                            "level: not read as aliases, as they are another rung (e.g. "
                            f"{'; '.join(titles[:3])})")


class RowProblems:
    """Warnings about single rows of one table, capped at :data:`ROW_REPORT_LIMIT`."""

    def __init__(self, file: str, result: Imported) -> None:
        self.file = file
        self.result = result
        self.count = 0
        self._once: set[str] = set()

    def add(self, line: int, message: str) -> None:
        self.count += 1
        if self.count <= ROW_REPORT_LIMIT:
            self.result.problems.append(Problem(file=self.file, line=line, message=message))

    def once(self, key: str, line: int, message: str) -> None:
        """A warning given only for the first row of ``key`` (an unknown code's rows)."""
        if key not in self._once:
            self._once.add(key)
            self.add(line, message)

    def finish(self, table: Table) -> None:
        """Report a guessed encoding, the rows the table skipped for a wrong number of cells,
        and the count of problems not listed one by one."""
        if (note := table.encoding.note) is not None:
            self.result.problems.append(Problem(file=self.file, line=table.encoding.line,
                                                message=note))
        for line, why in table.broken:
            self.add(line, f"broken row ({why}): not read")
        table.broken.clear()
        if self.count > ROW_REPORT_LIMIT:
            self.result.note(self.file, f"{self.count} rows could not be used; the first "
                                        f"{ROW_REPORT_LIMIT} are listed")


def new_occupation(drafts: dict[str, OccupationDraft], key: str, draft: OccupationDraft,
                   problems: RowProblems, what: str) -> OccupationDraft | None:
    """``draft``, kept in ``drafts``, for a key not seen before; a repeated key is reported
    at the draft's row ("``what`` ``key`` given twice") and gives None."""
    if key in drafts:
        problems.add(draft.role.source.line, f"{what} {key} given twice: the first row is kept")
        return None
    drafts[key] = draft
    return draft


def whole_number(cell: str) -> str:
    """A number a data-frame export wrote as a float ("4.0", "110.0") as its digits.

    >>> whole_number("5411.0"), whole_number("5411"), whole_number("x.0")
    ('5411', '5411', 'x.0')
    """
    return cell[:-2] if cell.endswith(".0") and cell[:-2].isdigit() else cell


def warn_lone_units(drafts: dict[str, OccupationDraft], groups: set[str], digits: int,
                    problems: RowProblems) -> None:
    """Warn, at its row, of each unit group (a code of ``digits`` digits) whose minor group
    (its code without the last digit) is not among ``groups``; nothing when the table
    holds no minor group at all (a table trimmed to the unit groups)."""
    if not any(len(group) == digits - 1 for group in groups):
        return
    for code, draft in drafts.items():
        if code[:-1] not in groups:
            problems.add(draft.role.source.line, f"unit group {code} has no minor group "
                                                 f"{code[:-1]} in the table: read alone")


def new_unit_group(drafts: dict[str, OccupationDraft], code: str, digits: int,
                   draft: OccupationDraft, problems: RowProblems,
                   what: str) -> OccupationDraft | None:
    """:func:`new_occupation` for a unit group whose code must be ``digits`` digits; another
    code is reported at the draft's row and gives None."""
    if not (code.isdigit() and len(code) == digits):
        count = _NUMBERS.get(digits, str(digits))
        problems.add(draft.role.source.line,
                     f"unit group code {code!r} is not {count} digits: not read")
        return None
    return new_occupation(drafts, code, draft, problems, what)


def alias_of_code(drafts: dict[str, OccupationDraft], code: str, title: str, file: str,
                  line: int, problems: RowProblems, unknown: str) -> None:
    """``title`` as an alias of the occupation ``code``; a code no draft has is reported
    (``unknown``) at its first row only."""
    if (draft := drafts.get(code)) is not None:
        draft.alias(title, file, line)
    else:
        problems.once(code, line, unknown)
