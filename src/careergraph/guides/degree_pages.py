"""A degree page: a page whose title asks what a degree leads to ("What can I do with a
degree in marine biology?", "Careers with a geography degree").  Its subject is a degree,
not a role: the jobs it lists are options open to graduates, not one role's moves, so the
page is no role guide and is rejected with that reason (when nothing else names a role).

>>> degree_title([(1, "What can I do with a degree in marine biology?")])
(1, 'marine biology')
>>> degree_title([(1, "Careers with a Geography degree"), (2, "Overview")])
(1, 'Geography')
>>> degree_title([(3, "What can I do with my degree?")])
(3, '')
>>> degree_title([(1, "Retail buying with a degree")]) is None
True
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from careergraph.guides.headings import bundled_section

__all__ = ["degree_title"]

_HEAD_ROWS = 5  # the page's title is among its first lines
_MAX_WORDS = 14  # (a longer line is a sentence about a degree, no title)
# What follows the question's opener: the degree, named before or after the word.
_DEGREE = re.compile(r"^(?:(?:a|an|my|your|the|this)\s+)?(?:(?P<before>[\w ,&'’-]+?)\s+)?"
                     r"(?:degree|degrees|major)(?:\s+in\s+(?P<after>[\w ,&'’-]+?))?$",
                     re.IGNORECASE)


@cache
def _openers() -> tuple[str, ...]:
    """Openers of a degree page's title (``degree_pages.openers`` in ``data/headings.yaml``)."""
    return tuple(str(p).lower() for p in bundled_section("degree_pages").get("openers") or ())


def degree_title(rows: Sequence[tuple[int, str]]) -> tuple[int, str] | None:
    """The line of a degree page's title among the first rows and the degree it names
    ("" when the title names none: "What can I do with my degree?"), or None."""
    for number, text in rows[:_HEAD_ROWS]:
        line = text.strip().strip("#*").strip().rstrip("?.!:").strip()
        if not line or len(line.split()) > _MAX_WORDS:
            continue
        lowered = line.lower()
        opener = next((o for o in _openers() if lowered.startswith(o)), None)
        if opener is None:
            continue
        found = _DEGREE.match(line[len(opener):].strip())
        if found is not None:
            return number, (found.group("after") or found.group("before") or "").strip()
    return None
