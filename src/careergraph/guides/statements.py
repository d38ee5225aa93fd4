"""Statement tables of a knowledge base, read as headed lists.

An entity page of a knowledge base lists its facts as a predicate and its values, the
predicate a camelCase name alone in a table cell ("| requiresSkill |") and each value on the
lines below, each followed by a link arrow ("sensory grading" / "→" / "cupping → blending →
|").  Read as they stand, the predicates are no headings and the arrows make the values one
run-on chain.  This rewrites such a table, when a page has one, into what the section rules
read: each predicate a heading in words ("Requires skill:"), its values one list line
("- sensory grading, cupping, blending"), on the line numbers they came from.

>>> from careergraph.guides.text import Line
>>> lines = [Line(1, "| Predicate | Object |"), Line(2, "| requiresSkill |"),
...          Line(3, "cupping"), Line(4, "→"), Line(5, "grading → blending → |"),
...          Line(6, "| careerPathTo |"), Line(7, "head blender"), Line(8, "→"),
...          Line(9, "|"), Line(10, "| usesTool |"), Line(11, "spoon"), Line(12, "→ |")]
>>> [line.text for line in statement_lines(lines)][1:5]
['Requires skill:', '- cupping, grading, blending', 'Career path to:', '- head blender']
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from careergraph.guides.text import Line

__all__ = ["statement_lines"]

# A predicate alone in a cell: "| requiresSkill |", "| careerPathFrom |".
_PREDICATE = re.compile(r"^\|?\s*([a-z]+(?:[A-Z][a-z]+)*)\s*\|\s*$")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_ARROW = re.compile(r"\s*→\s*")
_MIN_PREDICATES = 3  # fewer predicate cells: no statement table


def _words(predicate: str) -> str:
    """"careerPathTo" -> "Career path to"."""
    words = _CAMEL.split(predicate)
    return " ".join([words[0].capitalize(), *(w.lower() for w in words[1:])])


def statement_lines(lines: Sequence[Line]) -> list[Line]:
    """``lines`` with a statement table's predicates as headings and their values as one
    list line each (see the module); ``lines`` unchanged when the page has no such table."""
    if sum(1 for line in lines if "|" in line.text and _CAMEL.search(line.text)
           and _PREDICATE.match(line.text)) < _MIN_PREDICATES:
        return list(lines)
    out: list[Line] = []
    values: list[str] = []
    first = 0
    inside = closed = False

    def flush() -> None:
        if values:
            out.append(Line(first, "- " + ", ".join(values)))
        values.clear()

    for line in lines:
        match = _PREDICATE.match(line.text)
        if match:
            flush()
            out.append(Line(line.no, _words(match.group(1)) + ":"))
            inside, closed = True, False
            continue
        text = line.text.strip()
        if inside and (closed or (text.startswith("|") and len(text) > 1)):
            flush()  # a row closed and no predicate follows, or the next table starts
            inside = False
        closed = inside and text.endswith("|")
        if not inside:
            out.append(line)
            continue
        parts = [p.strip(" |") for p in _ARROW.split(text)]
        for part in parts:
            if part:
                first = first if values else line.no
                values.append(part)
        if not text:
            flush()
            inside = False
            out.append(line)
    flush()
    return out
