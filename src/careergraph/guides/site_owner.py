"""(fixes81) The organisation whose own system or site a page was printed from.

An employer's intranet, its HR system's record or its own vacancies page prints the
organisation's name in its first lines, beside the system's marks: "StaffNet — Soar Valley
Community Health NHS Trust   Intranet home | My HR", "UniPeople Self-Service | Tamar Valley
University", "Brightwater Distribution Co. · Tenant: BWD-PROD", "Severnside Learning Trust —
Vacancies   Home  About the Trust".  That organisation employs the role.  The name must read
as a body (it ends on a public body's head word, ``posting_bodies.heads``, or a firm's legal
form) and its line must carry one of the marks of an organisation's own system
(``site_owner.marks`` in ``data/headings.yaml``): a job board's header names its boards and
no employer of its own, and a body named in a menu without such a mark is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from careergraph.guides.heading_data import word_lists
from careergraph.legal_forms import legal_forms

__all__ = ["site_owner"]

_HEAD_LINES = 3  # the system's header stands among the page's first lines
# Parts of a header line: set apart by a dash, a bar, a middle dot or a wide gap.
_PARTS = re.compile(r"\s+[—–|·•]\s+|\s{3,}|\s+[|·]|[|·]\s+")
_NAME = re.compile(r"[A-Z][\w&'’.-]*(?:\s+(?:of|and|&|for|[A-Z][\w&'’.-]*)){1,7}")


@cache
def _marks() -> tuple[str, ...]:
    return tuple(word_lists("site_owner").get("marks", ()))


@cache
def _heads() -> frozenset[str]:
    return frozenset(word_lists("posting_bodies").get("heads", ()))


def _body(name: str) -> bool:
    """Whether ``name`` reads as an organisation: its last word a public body's head word
    ("Trust", "University") or a firm's legal form ("Co.", "Ltd").

    >>> _body("Tamar Valley University"), _body("Brightwater Distribution Co."), _body("My HR")
    (True, True, False)
    """
    words = name.split()
    if len(words) < 2 or not _NAME.fullmatch(name):
        return False
    last = words[-1].rstrip(".")
    return last.lower() in _heads() or last in legal_forms("firm")


def site_owner(lines: Sequence[tuple[int, str]]) -> tuple[str, int] | None:
    """The organisation a page's header names as the owner of its system or site, with its
    line; None when no first line holds both such a name and a system's mark.  ``lines``:
    the page's lines as (number, text), in order.

    >>> site_owner([(1, "UniPeople Self-Service | Tamar Valley University   Welcome")])
    ('Tamar Valley University', 1)
    >>> site_owner([(1, "Brightwater Distribution Co. · Tenant: BWD-PROD")])
    ('Brightwater Distribution Co.', 1)
    >>> site_owner([(1, "Jobs Hub — Search   Harton Academy   Sign in")]) is None
    True
    """
    for no, text in lines:
        if no > _HEAD_LINES:
            break
        lowered = text.lower()
        if not any(mark in lowered for mark in _marks()):
            continue
        names = [part.strip() for part in _PARTS.split(text.strip()) if _body(part.strip())]
        if len(names) == 1:  # (two bodies on one line: a menu of others, no owner)
            return names[0], no
    return None
