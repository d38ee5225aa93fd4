"""The writer's own next job, as a leaver's note or a farewell post states it: "I've accepted
a GIS Analyst position with the water authority", "I'm joining the Trust as a Grants
Adviser".  The job is a move from the role the writer leaves, and a figure in the same
sentence ("(about £46,000)") is that job's pay.

>>> next_job("I've accepted a Survey Analyst position with the port (about $71,000).")
'Survey Analyst'
>>> next_job("I'm joining Harbour Trust as a Funding Adviser on the other side, so stay in touch.")
'Funding Adviser'
>>> next_job("I have accepted that the rota is hard.") is None
True

The organisation the writer says she is leaving employs the role she leaves:

>>> left_employer("Purpose: I'm leaving Fenwick District Highways on Dec 12. These notes …")
'Fenwick District Highways'
"""

from __future__ import annotations

import re

__all__ = ["left_employer", "next_job"]

_TITLE = r"[A-Z][\w'’&/-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w'’&/-]*){0,4}"
_NEXT = re.compile(
    rf"\bI(?:'ve|’ve| have)\s+accepted\s+(?:an?\s+)?(?:offer\s+(?:as|for)\s+(?:an?\s+)?)?"
    rf"(?P<taken>{_TITLE})\s+(?:position|role|post|job|offer)\b"
    rf"|\bI(?:'m|’m| am)\s+(?:joining|moving to|going to)\s+(?:the\s+)?{_TITLE}\s+as\s+(?:an?\s+)?"
    rf"(?P<joined>{_TITLE})")


def next_job(text: str) -> str | None:
    """The title of the job ``text`` says its writer is leaving for, or None."""
    if "I" not in text:
        return None
    found = _NEXT.search(text)
    return None if found is None else (found.group("taken") or found.group("joined"))


_LEAVING = re.compile(rf"\bI(?:'m|’m| am)\s+leaving\s+(?:the\s+)?(?P<org>{_TITLE})"
                      r"(?=\s+(?:on|at|in|after|this|next|when)\b|[.,;])")


def left_employer(text: str) -> str | None:
    """The organisation ``text`` says its writer is leaving, or None."""
    if "leaving" not in text:
        return None
    found = _LEAVING.search(text)
    return None if found is None else found.group("org")
