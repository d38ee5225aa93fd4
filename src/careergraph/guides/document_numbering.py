"""A technical document's numbering copied as text (a competition's contest description, a
standard's specification): its numbered capitals sections ("3 TASK DESCRIPTION",
"4 EQUIPMENT, MATERIAL, CLOTHING"), the decimal items of a section ("2.3 Laying block to
line (stack bond)") and a weighted list's items ("4 Hard landscaping (paving) ..... 35").

Each section's number opens a section however plain its words (the list above it ends
there); a decimal item or a weighted item is a list item (its number and weight are no part
of its name).

>>> numbering = document_numbering([(1, "1 PURPOSE"), (2, "To test."), (3, "2 SKILLS TESTED"),
...     (4, "2.1 Reading plans"), (5, "2.2 Setting out"), (6, "3 TASK DESCRIPTION (day one)")])
>>> sorted(numbering.sections), numbering.items
([1, 3, 6], {4: 'Reading plans', 5: 'Setting out'})
>>> document_numbering([(1, "1 Site safety .......... 10"), (2, "2 Pruning (saws) . 40"),
...     (3, "3 Planting ........ 50")]).items[2]
'Pruning (saws)'
>>> document_numbering([(1, "1. Glass cutting — 40%"), (2, "2. Sealing (silicone) — 60%")]).items
{1: 'Glass cutting', 2: 'Sealing (silicone)'}

In a skills section each item names its skills (:func:`standard_skills`): its head, each
further part of the head, the tools it is done with and each technique in its brackets.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

__all__ = ["DocumentNumbering", "document_numbering", "standard_skills"]

# "3 TASK DESCRIPTION", "6 CAREER CONNECTIONS (sidebar)": a section number without a dot,
# then its title in capitals (a lower-case aside in brackets after it).
_SECTION = re.compile(r"^\s*(\d{1,2})\s+(?=[A-Z]{2})([A-Z][A-Z&,/' –-]{2,60}?)"
                      r"(?:\s*\([^()]{1,30}\))?\s*$")
# "2.3 Laying block to line": a section's decimal item.
_DECIMAL = re.compile(r"^\s*(\d{1,2})\.(\d{1,2})\s+(?P<item>[A-Z][^\n]{2,120}?)\s*$")
# "4 Hard landscaping (paving) ........ 35", "3 Setting out (levels) . 15": an item, a dot
# leader and its weight (marks or a percentage); "2. Carving (chisels) — 30%": a dash
# before a percentage.
_WEIGHTED = re.compile(r"^\s*\d{1,2}\.?\s+(?P<item>[A-Z][^\n]{2,100}?)\s+"
                       r"(?:\.+\s*\d{1,3}(?:\.\d)?\s*%?|[—–]\s*\d{1,3}(?:\.\d)?\s*%)\s*$")
_MIN_SECTIONS = 3  # numbered capitals lines that make a document's sections
_MIN_ITEMS = 2  # decimal or weighted items in a row that make a list


@dataclass(frozen=True)
class DocumentNumbering:
    """The lines of a document's numbered sections, and its list items by line."""

    sections: frozenset[int] = field(default_factory=frozenset)
    items: dict[int, str] = field(default_factory=dict)


def _sections(lines: Sequence[tuple[int, str]]) -> frozenset[int]:
    """The numbered capitals lines whose numbers rise, when at least three do."""
    found: list[int] = []
    last = 0
    for no, text in lines:
        section = _SECTION.match(text) if text[:3].strip()[:1].isdigit() else None
        if section is not None and int(section.group(1)) > last:
            found.append(no)
            last = int(section.group(1))
    return frozenset(found) if len(found) >= _MIN_SECTIONS else frozenset()


def _runs(lines: Sequence[tuple[int, str]], pattern: re.Pattern[str]) -> dict[int, str]:
    """The items of runs of at least two lines matching ``pattern`` (blank lines apart)."""
    items: dict[int, str] = {}
    run: dict[int, str] = {}
    for no, text in [*lines, (0, "")]:
        matched = pattern.match(text) if text[:3].strip()[:1].isdigit() else None
        if matched is not None:
            run[no] = matched.group("item").strip()
            continue
        if len(run) >= _MIN_ITEMS:
            items.update(run)
        run = {}
    return items


def document_numbering(lines: Sequence[tuple[int, str]]) -> DocumentNumbering:
    """The numbered sections and the decimal or weighted items of ``lines`` (non-blank
    ``(number, text)``); none on a page without them."""
    if not any(text[:3].strip()[:1].isdigit() for _, text in lines):
        return DocumentNumbering()
    return DocumentNumbering(_sections(lines),
                             {**_runs(lines, _DECIMAL), **_runs(lines, _WEIGHTED)})


# "… using a spirit level and a rod", "Cutting with a saw, a chisel and a plane": the tools
# the standard is done with, after its own name.
_DONE_WITH = re.compile(r"\s+(?:using|with)\s+(?P<tools>\S.*)$")
_TAIL_ASIDE = re.compile(r"\s*\((?P<aside>[^()]{1,120})\)\s*$")
_CONJUNCTS = re.compile(r",\s*(?:and\s+)?|\s+and\s+")
_ARTICLE = re.compile(r"^(?:an?|the)\s+", re.IGNORECASE)
# Head words a list of qualities shares ("Communication and interpersonal skills").
_SHARED_HEADS = frozenset({"skills", "skill", "abilities", "knowledge"})
# Words too general to name a skill once split from their pair ("Work organisation and
# management": no "management"; "Water features and lighting" still gives "lighting").
_TOO_GENERAL = frozenset({"management", "organisation", "organization", "planning",
                          "administration", "coordination", "co-ordination", "supervision",
                          "control"})


def _parts(text: str) -> list[str]:
    """The conjuncts of ``text`` without their articles ("a rod and a level" -> two)."""
    return [_ARTICLE.sub("", part.strip()) for part in _CONJUNCTS.split(text) if part.strip()]


def standard_skills(item: str) -> list[str]:
    """The skills one weighted standard or numbered skill item names (see the module): its
    head, the head's further parts (two gerunds sharing one object stay whole: "Reading and
    checking drawings"; a shared head is distributed: "Written and spoken skills"), the
    tools after "using"/"with" and each item in its closing brackets.

    >>> standard_skills("Layout and setting out using a laser and a staff")
    ['Layout and setting out', 'setting out', 'laser', 'staff']
    >>> standard_skills("Turning and facing stock (parting off, knurling)")
    ['Turning and facing stock', 'parting off', 'knurling']
    >>> standard_skills("Written and spoken skills")
    ['Written skills', 'spoken skills']
    >>> standard_skills("Site organisation and management"), standard_skills("Paths and lighting")
    (['Site organisation and management'], ['Paths and lighting', 'lighting'])
    """
    aside = _TAIL_ASIDE.search(item)
    head = item[:aside.start()] if aside else item
    done = _DONE_WITH.search(head)
    tools = _parts(done.group("tools")) if done else []
    head = head[:done.start()] if done else head
    parts = _parts(head)
    names = [parts[0]] if "," in head else [head]  # ("Corners, arches and panels": a list)
    first = parts[0].split() if parts else []
    if len(parts) > 1 and parts[-1].split()[-1].lower() in _SHARED_HEADS and not any(
            part.split()[-1].lower() in _SHARED_HEADS for part in parts[:-1]):
        shared = parts[-1].split()[-1]
        names = [f"{part} {shared}" for part in parts[:-1]] + [parts[-1]]
    elif len(parts) > 1 and not (len(first) == 1 and first[0].lower().endswith("ing") and (
            parts[1].split()[0].lower().endswith("ing"))):
        # (a part with its verb's complement, "block to line", is no name of its own)
        names += [part for part in parts[1:]
                  if " to " not in part and part.lower() not in _TOO_GENERAL]
    return [*names, *tools, *(_parts(aside.group("aside")) if aside else [])]
