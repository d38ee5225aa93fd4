"""(rules51b) A resume scanner's keyword match table, read as the job ad's skills.

A resume scanner compares one resume with one job ad and prints the ad's keywords in a
fixed-width table, one keyword a row, with a column per document and the count (or a
YES / NO) of each keyword in it::

    HARD SKILLS                      Resume    Job description
    Cash forecasting                     1          3
    Tableau                              2          0

    KEYWORDS THE JOB AD USES                  FOUND IN YOUR RESUME?
    ---------------------------------------   ---------------------
    loop checks                               YES (2)

The table's first column names skills; its count columns are no part of them (read as
they were, "Cash forecasting 1 3" was one skill and the header's "Resume Job description"
another).  Every keyword the job ad uses is a skill of the role, found in the resume or
not; a keyword with a zero in the job description's column is the resume's alone, no
skill of the role (set 51's convention: `optional`), and is left out.

:func:`match_table_lines` rewrites such a table as a skills list: the header as its
heading (the table's own heading when it names skills, else "Skills"), each keyword as a
bullet, the rule lines and the resume-only rows blank.  A header is one whose columns
after the first name the resume or the job ad, with a row of counts or YES / NO under it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from careergraph.guides.text import Line

# A header: its first column's name, then one or two column names (two spaces or more
# apart), one of them the resume or the job description / ad.
_HEADER = re.compile(
    r"\s*(?P<head>[A-Za-z][A-Za-z '&/?-]{1,60}?)(?P<cols>(?:\s{2,}[A-Za-z][A-Za-z '?/-]{1,40}"
    r"){1,2})\s*")
_DOCUMENT = re.compile(r"\b(?:resume|résumé|cv|job\s+description|job\s+ad|the\s+ad|jd)\b",
                       re.IGNORECASE)
_AD_COLUMN = re.compile(r"\b(?:job\s+description|job\s+ad|the\s+ad|jd)\b", re.IGNORECASE)
# One row: the keyword, then its counts or verdicts, two spaces or more before each.
_VALUE = r"(?:\d{1,3}|yes|no|[✓✗✔✘])(?:\s?\(\d{1,3}\))?"
_ROW = re.compile(rf"\s*(?P<name>\S(?:[^\s]|\s(?!\s)){{0,80}}?)"
                  rf"(?P<values>(?:\s{{2,}}{_VALUE}){{1,2}})\s*", re.IGNORECASE)
_RULE = re.compile(r"[\s=_-]*-{3,}[\s=_-]*")
_SPACES = re.compile(r"\s{2,}")


# A bracket of the keyword's kinds ("transmitters (pressure, level, flow)", "analyzers (pH,
# O2)"): single words, no tool's name in capitals among them ("Excel (XLOOKUP, pivot
# tables)" names tools: kept).
_KINDS_BRACKET = re.compile(r"\s*\((?P<items>[^()]{1,60})\)$")
_CAPITALS = re.compile(r"[A-Z]{3}")


def _unqualified(name: str) -> str:
    """``name`` without a bracket of its kinds (see ``_KINDS_BRACKET``).

    >>> _unqualified("transmitters (pressure, level, flow)"), _unqualified("Excel (VBA, pivots)")
    ('transmitters', 'Excel (VBA, pivots)')
    """
    found = _KINDS_BRACKET.search(name)
    if found is None:
        return name
    items = [item.strip() for item in found["items"].split(",")]
    if len(items) < 2 or any(len(item.split()) != 1 or _CAPITALS.search(item) for item in items):
        return name
    return name[:found.start()]


_ACRONYM_BRACKET = re.compile(r"\s*\((?P<acronym>[A-Z]{2,6})\)$")  # "lockout/tagout (LOTO)"
_NAME_PARTS = re.compile(r"[\s/-]+")  # the words an acronym spells ("lockout/tagout")


def _without_own_acronym(name: str) -> str:
    """(fixes100) A keyword row names one keyword: its long form and its own short name in
    brackets ("lockout/tagout (LOTO)", "safety instrumented systems (SIS)") are one skill,
    the long form; a bracket that spells no such name stays.

    >>> _without_own_acronym("lockout/tagout (LOTO)"), _without_own_acronym("HMI (PLC)")
    ('lockout/tagout', 'HMI (PLC)')
    """
    found = _ACRONYM_BRACKET.search(name) if name.endswith(")") else None
    if found is None or not spelt_by(found["acronym"], name[:found.start()]):
        return name
    return name[:found.start()]


def spelt_by(acronym: str, name: str) -> bool:
    """(fixes100) Whether ``acronym`` is ``name``'s own short name: its letters in order in
    ``name``, each word's first letter among them ("SIS" of "safety instrumented systems",
    "LOTO" of "lockout/tagout", a compound's second word counted too).

    >>> spelt_by("LOTO", "lockout/tagout"), spelt_by("SIS", "safety instrumented systems")
    (True, True)
    >>> spelt_by("PLC", "process control"), spelt_by("SQL", "data analysis")
    (False, False)
    """
    words = [word for word in _NAME_PARTS.split(name.lower()) if word]
    target = acronym.lower()

    def spell(i: int, j: int) -> bool:  # target[i:] spelt by words[j:], each word's initial
        if j == len(words):
            return i == len(target)
        word = words[j]
        if i == len(target) or target[i] != word[0]:
            return False
        at = i + 1
        for char in word[1:]:  # more letters of this word, then the next word's
            if spell(at, j + 1):
                return True
            if at < len(target) and char == target[at]:
                at += 1
        return spell(at, j + 1)

    return bool(words) and len(target) >= len(words) and spell(0, 0)


def match_table_lines(lines: Sequence[Line]) -> list[Line]:
    """``lines`` with each resume scanner's keyword match table rewritten as a skills list
    (see the module's doc); unchanged when the page has none.

    >>> page = [Line(1, "HARD SKILLS          Resume    Job description"),
    ...         Line(2, "Cash forecasting        1          3"),
    ...         Line(3, "Tableau                 2          0"), Line(4, "")]
    >>> [line.text for line in match_table_lines(page)]
    ['HARD SKILLS', '- Cash forecasting', '', '']
    >>> page = [Line(1, "Skills we found        Count"), Line(2, "Welding   3")]
    >>> match_table_lines(page) == page
    True
    """
    out = list(lines)
    index = 0
    while index < len(out):
        header = _HEADER.fullmatch(out[index].text) if len(out[index].text) < 200 else None
        columns = _SPACES.split(header["cols"].strip()) if header is not None else []
        if header is None or not any(_DOCUMENT.search(column) for column in columns):
            index += 1
            continue
        ad = next((at for at, column in enumerate(columns) if _AD_COLUMN.search(column)
                   and not _DOCUMENT.search(_AD_COLUMN.sub("", column))), None)
        rows: list[tuple[int, str | None]] = []
        at = index + 1
        while at < len(out) and out[at].text.strip():
            text = out[at].text
            if _RULE.fullmatch(text):
                rows.append((at, None))
                at += 1
                continue
            row = _ROW.fullmatch(text) if len(text) < 200 else None
            if row is None:
                break
            values = _SPACES.split(row["values"].strip())
            if len(values) != len(columns):
                break
            resume_only = ad is not None and values[ad].strip() == "0"
            rows.append((at, None if resume_only else _without_own_acronym(
                _unqualified(row["name"].strip()))))
            at += 1
        if not any(name for _, name in rows):
            index += 1
            continue
        head = header["head"].strip()
        out[index] = Line(out[index].no, head if "skill" in head.lower() else "Skills")
        for position, name in rows:
            out[position] = Line(out[position].no, f"- {name}" if name else "")
        index = at
    return out
