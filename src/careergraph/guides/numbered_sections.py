"""Numbered section headings a page lists first in its table of contents ("Table of Contents"
/ "1. Is it worth it?" / "2. Skills you need" …, or the entries glued on one line "1. What's
the difference?2. Qualifications3. Skills"): further down, a line "6. Progression" repeating
an entry opens that section, however plain its words, and is never an item of the section
above it.  The contents list itself is chrome.

>>> lines = [(1, "Contents"), (2, "1. Why it pays"), (3, "2. Kit you need"), (4, "3. Growth"),
...          (5, "Intro text."), (6, "1. Why it pays"), (7, "Most do."), (8, "2. Kit you need"),
...          (9, "- Van"), (10, "3. Growth"), (11, "Hire staff.")]
>>> sections = contents_sections(lines)
>>> sorted(sections.headings), sorted(sections.contents)
([6, 8, 10], [2, 3, 4])
>>> sorted(contents_sections([(1, "1. Why2. Kit3. Growth"), (2, "x"), (3, "2. Kit")]).headings)
[3]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from careergraph.guides.gated_re import Gated

__all__ = ["ContentsSections", "contents_sections"]

_NUMBERED = re.compile(r"^\s*(\d{1,2})\.\s+(?P<entry>[A-Z][^\n]{1,80})$")
# Entries glued on one line: "1. What's the difference?2. Qualifications3. Skills".
_GLUED = Gated(re.compile(r"(?:^|(?<=[^\d\s]))\s*\d{1,2}\.\s?(?=[A-Z])"))
_MIN_ENTRIES = 3
_HEAD_SHARE = 3  # a contents list stands in the page's first third


@dataclass(frozen=True)
class ContentsSections:
    """The line numbers of the numbered headings and of the contents list naming them."""

    headings: frozenset[int] = field(default_factory=frozenset)
    contents: frozenset[int] = field(default_factory=frozenset)


def _key(entry: str) -> str:
    return " ".join(entry.lower().strip(" .:?").split())


def contents_sections(lines: Sequence[tuple[int, str]]) -> ContentsSections:
    """The numbered headings that repeat a contents list's entries (see the module)."""
    head = lines[: max(len(lines) // _HEAD_SHARE, 12)]
    entries: set[str] = set()
    contents: set[int] = set()
    run: list[tuple[int, str]] = []
    for no, text in [*head, (0, "")]:
        glued = [p for p in _GLUED.split(text) if p.strip()] if text.count(".") >= 2 else []
        if not entries and len(glued) >= _MIN_ENTRIES and len(_GLUED.findall(text)) == len(glued):
            entries, contents = {_key(p) for p in glued}, {no}
            continue
        numbered = _NUMBERED.match(text)
        if numbered is not None and int(numbered.group(1)) == len(run) + 1:
            run.append((no, numbered.group("entry")))
            continue
        if len(run) >= _MIN_ENTRIES and not entries:  # one numbered line after another
            entries = {_key(entry) for _, entry in run}
            contents = {n for n, _ in run}
        run = [(no, numbered.group("entry"))] if numbered and numbered.group(1) == "1" else []
    if not entries:
        return ContentsSections()
    headings = frozenset(no for no, text in lines if no not in contents and (
        numbered := _NUMBERED.match(text)) is not None and _key(numbered.group("entry")) in entries)
    return ContentsSections(headings, frozenset(contents)) if headings else ContentsSections()
