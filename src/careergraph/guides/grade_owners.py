"""Owners of figures a page states by grade, its grade table naming each grade's post.

A staffing answer (a public body's reply to an information request, a workforce table) prints
a table of posts by grade ("Grade | Post title | Headcount", "Band | Job title | WTE") and
then the pay of the grades in prose ("Band 3 £24,937 - £26,598; Band 5 …", "the Support
Assistant Grade 4 (£25,183 - £26,409)").  A grade named right before a figure, in a page
whose grade table gives that grade one post, makes the figure that post's pay:
:func:`grade_posts` reads the table, :func:`grade_before` the grade before a figure.

>>> posts = grade_posts(["Grade | Post title | Headcount", "Grade 4 | Support Worker | 3",
...                      "Grade 7 | Case Officer | 8"])
>>> posts
{'4': 'Support Worker', '7': 'Case Officer'}
>>> text = "The Support Worker Grade 4 (£21,100 - £22,300)."
>>> posts[grade_before(text, text.index("£"))]
'Support Worker'
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["grade_before", "grade_posts"]

# A grade column's head and a title column's head in a staffing table.
_GRADE_HEADS = frozenset({"grade", "band", "pay band", "grade/band", "band/grade", "pay grade",
                          "afc band", "salary grade", "scale"})
_TITLE_HEADS = frozenset({"post title", "job title", "post", "title", "role", "position",
                          "position title", "job role", "role title"})
_GRADE_WORD = re.compile(r"^(?:(?:pay\s+)?(?:grade|band|scale|level)\s+)?", re.IGNORECASE)
_GRADE_CODE = re.compile(r"[0-9]{1,2}[a-d]?|[A-Z]{1,2}[0-9]{1,2}", re.IGNORECASE)
# A grade named right before a figure: "Grade 4 (", "Band 3 ", "is Grade 10: "
_BEFORE = re.compile(r"\b(?:grade|band|scale)\s+(?P<code>[0-9]{1,2}[a-d]?|[A-Z]{1,2}[0-9]{1,2})"
                     r"\s*[:(–-]?\s*(?:from\s+)?[£$€]?$", re.IGNORECASE)
_REACH = 24  # characters before a figure its grade may stand in


def _grade_key(cell: str) -> str | None:
    code = _GRADE_WORD.sub("", cell.strip())
    return code.lower() if _GRADE_CODE.fullmatch(code) else None


def grade_posts(lines: Iterable[str]) -> dict[str, str]:
    """Each grade's post, from the page's pipe tables with a grade column and a title column
    (a grade that two posts share names neither).

    >>> grade_posts(["Band | Job title | WTE", "3 | Support Worker | 9.2",
    ...              "6 | Nurse (Specialist) | 22.4", "6 | Lead Nurse | 1.0"])
    {'3': 'Support Worker'}
    """
    posts: dict[str, str] = {}
    shared: set[str] = set()
    columns: tuple[int, int, int] | None = None
    for line in lines:
        if "|" not in line:
            columns = None
            continue
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        heads = [cell.lower() for cell in cells]
        grade = next((i for i, head in enumerate(heads) if head in _GRADE_HEADS), None)
        title = next((i for i, head in enumerate(heads) if head in _TITLE_HEADS), None)
        if grade is not None and title is not None:
            columns = (grade, title, len(cells))
            continue
        if columns is None or len(cells) != columns[2]:
            continue
        key, name = _grade_key(cells[columns[0]]), cells[columns[1]]
        if key is None or not name[:1].isupper():
            continue
        if key in posts and posts[key] != name:
            shared.add(key)
        posts.setdefault(key, name)
    return {key: name for key, name in posts.items() if key not in shared}


def grade_before(text: str, start: int) -> str | None:
    """The grade named right before the figure starting at ``start`` ("Grade 4 (£…", "Band 8a
    £…"), as :func:`grade_posts` keys it, or None.

    >>> grade_before("Band 8a £55,690 - £62,682", 8), grade_before("In 2026 £40,000", 8)
    ('8a', None)
    """
    found = _BEFORE.search(text, max(0, start - _REACH), start + 1 if text[start:start + 1] in
                           "£$€" else start)
    return found.group("code").lower() if found is not None else None
