"""A department a title names after a dash ("Assistant Manager – Credit").

A dash after a title may set off a place or an employer ("Site Manager – Leeds") as well as
the department the post is in; only a department the data names (``title_departments`` in
``data/headings.yaml``) is read as part of the title, so "Credit" joins "Assistant Manager"
and "Leeds" does not.

>>> dashed_department("later Assistant Manager – Credit, and then", 23)
' – Credit'
>>> dashed_department("Site Manager – Leeds, then", 12) is None
True
"""

from __future__ import annotations

import re
from functools import cache

from careergraph.guides.heading_data import phrase_alternation, word_lists

__all__ = ["dashed_department"]


@cache
def _department_after() -> re.Pattern[str]:
    """A spaced dash and a department in Title Case, then the end of the item."""
    words = phrase_alternation(word_lists("title_departments").get("words", ()))
    return re.compile(rf"\s+[–—-]\s+(?i:(?P<dept>{words}))"
                      r"(?=\s*(?:[,.;:)]|$)|\s+(?:and|or|then)\b)")


def dashed_department(text: str, end: int) -> str | None:
    """The dash and department right after a title ending at ``end`` in ``text``, as
    written (" – Credit"), or None when none follows or the word is in lower case."""
    found = _department_after().match(text, end)
    if found is None or not found.group("dept")[:1].isupper():
        return None
    return found.group()
