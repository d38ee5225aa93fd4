"""A job posting's title confirmed by its own "As a X at Firm" sentence.

A posting whose title word the lexicon does not know ("STREET MAKER I (M/F/X) — DEVENTER",
translated from Dutch) still names its post twice: in its title line, in capitals or title
case, and in the sentence that addresses the reader in the post ("As a street maker I at Van
Wijhe you lay …").  The two together name the role, whatever its head word; either alone
("as a team at Acme", a heading) names none.  The grade after the title ("I", "II", "B") is
the role at that grade, no part of its name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from careergraph.guides.roles import title_case

# "As a street maker I at Van Wijhe", "As an infra technician at Gemeente Ede": the post in
# lower case (a grade after it), then the employer's capitalised name.
_FRAME = re.compile(r"\b[Aa]s an?\s+(?P<title>[a-z][a-z'’-]+(?:\s+[a-z][a-z'’-]+){0,3})"
                    r"(?:\s+(?P<grade>[IVX]{1,3}|[A-D]))?\s+at\s+[A-Z]")
_TITLE_ROWS = 12  # a posting's title line sits at the top of the page
_FRAME_ROWS = 80  # and its "As a …" sentence in its first sections
# The title line's rest after the title: a grade, a separator, a place or hours.
_AFTER_TITLE = re.compile(r"(?:\s+(?:[IVX]{1,3}|[A-D]))?(?:\s*(?:[—–|:,(-]|$))")


def framed_posting_title(rows: Sequence[tuple[int, str]]) -> tuple[str, int] | None:
    """The role a posting names in its title line and again in an "As a X at Firm"
    sentence, and the title line's number; None when the two do not agree.

    >>> framed_posting_title([(1, "DYKE WARDEN II — KAMPEN"), (3, "About the job"),
    ...                       (4, "As a dyke warden II at Waterschap Oost you patrol.")])
    ('Dyke Warden', 1)
    >>> framed_posting_title([(1, "Welcome"), (4, "As a team at Acme we build.")]) is None
    True
    """
    for _, text in rows[:_FRAME_ROWS]:
        for match in _FRAME.finditer(text):
            title = " ".join(match.group("title").split())
            found = _title_line(rows, title)
            if found is not None:
                return title_case(title), found
    return None


def _title_line(rows: Sequence[tuple[int, str]], title: str) -> int | None:
    """The number of a top line that opens with ``title`` (any letter case) and holds
    nothing else but a grade, a place or terms after a separator; None if no line does."""
    for no, text in rows[:_TITLE_ROWS]:
        line = " ".join(text.split())
        if line.lower().startswith(title) and _AFTER_TITLE.match(line[len(title):]):
            return no
    return None
