"""A form block's own job title field and its pay field: the post a block of fields
describes owns the pay the block states.

Requests to approve outside (secondary) employment, disclosures of outside activities and
application forms describe other jobs than the page's post in blocks of labelled fields: a
title field ("Your title: Dog Groomer", "Position: Swim Coach (seasonal)") on one line and a
pay field ("Pay: $18 per hour", "Rate of pay: $30.00 per hour, private lessons $45.00") on
the same line or the next.  That pay is the block's job's, never the page's role's.

>>> owner = activity_title([(8, "Organization: Pet Spa    Your title: Dog Groomer (weekends)"),
...                      (9, "Hours: 6 a week    Pay: $18 per hour    Start: 05/2026")], 9)
>>> owner
'Dog Groomer'
>>> pay_field("Hours: 6 a week    Pay: $18 per hour    Start: 05/2026")
'$18 per hour'
>>> activity_title([(9, "Position no.: 58-0214    Pay: $18 per hour")], 9) is None
True
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["activity_title", "pay_field"]

# A field's label at the line's start or after a gap of two spaces or more.
_TITLE_FIELD = re.compile(r"(?:^|\s{2,})(?:Your\s+(?:job\s+)?title|Position|Job\s+title|"
                          r"Title\s+of\s+(?:the\s+)?(?:position|post|job))\s*:\s*"
                          r"(?P<title>[A-Z][\w'’&/-]*(?:\s(?:[A-Z][\w'’&/-]*|of|and|&)){0,5})"
                          r"(?=\s*\(|\s*,|\s{2,}|\s*$)")
_PAY_FIELD = re.compile(r"(?:^|\s{2,})(?:Pay|Rate\s+of\s+pay|Pay\s+rate|Hourly\s+rate|Wage|"
                        r"Wages|Salary)\s*:\s*(?P<pay>\S.*?)(?=\s{3,}|$)")


def pay_field(text: str) -> str | None:
    """The value of a pay field on ``text`` ("Pay: $18 per hour" among other fields), or
    None when the line holds none."""
    found = _PAY_FIELD.search(text)
    return found.group("pay") if found is not None else None


def activity_title(lines: Sequence[tuple[int, str]], line: int) -> str | None:
    """The title a job title field gives on line ``line`` or the line above it (``lines``:
    number and text, in order), or None."""
    texts = dict(lines)
    for no in (line, line - 1):
        found = _TITLE_FIELD.search(texts.get(no, ""))
        if found is not None:
            return found.group("title")
    return None
