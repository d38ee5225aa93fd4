"""A personnel action's blocks: the position the employee leaves and the one they move to.

A notification of personnel action (a federal SF-50, a city's personnel action form) prints
the position the employee leaves in a block headed "FROM: POSITION TITLE AND NUMBER" or
"CURRENT POSITION", then the one they move to under "TO: …" or "NEW POSITION" (side-by-side
columns are read one after the other by :mod:`careergraph.guides.side_columns`).  The block
left opens with the post's title field ("7. PHYSICAL SCIENCE TECHNICIAN  00418812", "Job
title: Police Records Specialist"): the pay printed in the block is that post's, and its
title is no name of the page's role.

>>> rows = ["CURRENT POSITION", "Job title: Records Clerk", "Hourly rate: $20.10",
...         "NEW POSITION", "Job title: Evidence Clerk", "Hourly rate: $22.40"]
>>> sorted(leaving_rows(rows)), block_title("7. RECORDS CLERK  00418812")
([0, 1, 2], 'Records Clerk')
>>> from_head("FROM: POSITION TITLE AND NUMBER"), to_head("TO: POSITION TITLE AND NUMBER")
(True, True)
>>> from_head("From a position of strength"), block_title("Class code: 4120")
(False, None)
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["BLOCK_ROWS", "block_title", "from_head", "leaving_rows", "to_head"]

# The blocks' heads, in capitals as the forms print them.
_FROM_BLOCK = re.compile(r"(?:FROM\s*:\s*POSITION\b|(?:CURRENT|PRESENT|FORMER|OLD|FROM)\s+"
                         r"POSITION\s*:?\s*$)")
_TO_BLOCK = re.compile(r"(?:TO\s*:\s*POSITION\b|(?:NEW|PROPOSED|TO)\s+POSITION\s*:?\s*$)")
# The left post's title field: numbered, its position number after it, or labelled.
_BLOCK_TITLE = re.compile(r"(?:\d{1,2}[A-Z]?[.)]\s*|(?i:job|position)\s+title\s*:\s*)"
                          r"(?P<title>[A-Za-z][A-Za-z ()'’&/-]{2,60}?)(?:\s{2,}[\dA-Z-]+)?\s*$")
BLOCK_ROWS = 16  # rows a FROM block may run without its TO block


def from_head(text: str) -> bool:
    """``text`` heads the block of the position left."""
    return text[:2].isupper() and _FROM_BLOCK.match(text.strip()) is not None


def to_head(text: str) -> bool:
    """``text`` heads the block of the position moved to."""
    return text[:2].isupper() and _TO_BLOCK.match(text.strip()) is not None


def block_title(text: str) -> str | None:
    """The post a block's title field names (in title case when printed in capitals)."""
    found = _BLOCK_TITLE.match(text.strip())
    if found is None:
        return None
    title = found.group("title").strip()
    return " ".join(word.capitalize() if word.isalpha() else word.title()
                    for word in title.lower().split()) if title.isupper() else title


def leaving_rows(texts: Sequence[str]) -> set[int]:
    """The indexes of ``texts`` inside a block of the position left, its head included."""
    inside: set[int] = set()
    start: int | None = None
    for index, text in enumerate(texts):
        if to_head(text):
            start = None
        elif from_head(text):
            start = index
        elif start is not None and index - start > BLOCK_ROWS:
            start = None
        if start is not None:
            inside.add(index)
    return inside
