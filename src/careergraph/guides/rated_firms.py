"""The hiring firm a job board prints with its rating or its verification badge.

Boards print the firm under a posting's title with what users need to judge it: a star
rating and a count of reviews ("Nordlicht LLC ★ 4.2 · 87 reviews", "Acme Inc 3.9 ★") or a
badge ("Polar Montazh JSC   ✔ Verified employer   on the site 6 years").  Such a line names
the employer whatever the posting's title line looks like (a translated title, "🔥 URGENT!
Fitter of …", need not start with the role's name).  The firm is named by its legal form;
the rating, the count and the badge are no part of it.
"""

from __future__ import annotations

import re
from functools import cache

from careergraph.guides.title_frames import legal_form
from careergraph.legal_forms import legal_forms

__all__ = ["rated_firm"]

# The cells of a board's firm line: parted by middle dots, bars or wide gaps.
_CELLS = re.compile(r"\s+[·|]\s+|\s{2,}")
# A star rating glued after the firm's name ("X LLC ★ 4.6", "X Inc 3.9 ★", "X Ltd 4.1/5").
_RATING = re.compile(r"\s+(?:[★⭐]\s*\d(?:[.,]\d)?|\d(?:[.,]\d)?\s*(?:[★⭐]|/\s*5\b|out of 5"
                     r"(?: stars)?))$")
# A cell that is the rating, a count of reviews or a verification badge.
_BADGE = re.compile(r"(?:[★⭐]\s*)?\d(?:[.,]\d)?\s*(?:[★⭐]|/\s*5|out of 5(?: stars)?)?"
                    r"|\d[\d ,.]*\s+(?:reviews?|ratings?)"
                    r"|[✔✓☑✅]?\s*verified\s+(?:employer|company|business|recruiter)",
                    re.IGNORECASE)
_NAME_WORDS = 6  # a firm's name, not a sentence


@cache
def _firm_forms() -> frozenset[str]:
    """Every legal form as written ("JSC", "LLC"): beside a rating or a badge a form not
    trusted alone in a page's head (``legal_form``) names a firm too."""
    return frozenset(form.rstrip(".") for form in legal_forms("firm"))


def rated_firm(line: str) -> str | None:
    """The firm a board's line names with its rating or badge, or None: the first cell is
    capitalised words ending in a legal form, with a rating glued after it or a badge cell
    after it.

    >>> rated_firm("Nordlicht LLC ★ 4.2 · 87 reviews   Accredited IT company")
    'Nordlicht LLC'
    >>> rated_firm("Polar Montazh JSC   ✔ Verified employer   on the site 6 years")
    'Polar Montazh JSC'
    >>> rated_firm("Acme Widgets Inc 3.9 ★")
    'Acme Widgets Inc'
    >>> rated_firm("Polar Montazh JSC   Moscow   Full time") is None
    True
    >>> rated_firm("Welder ★ 4.2") is None
    True
    """
    cells = [cell.strip() for cell in _CELLS.split(line.strip()) if cell.strip()]
    if not cells:
        return None
    first = cells[0]
    rated = _RATING.search(first)
    name = first[:rated.start()].strip() if rated else first
    words = name.split()
    if len(words) < 2 or len(words) > _NAME_WORDS or not name[:1].isupper() or not (
            legal_form(words[-1]) or words[-1].rstrip(".") in _firm_forms()):
        return None
    if rated is None and not any(_BADGE.fullmatch(cell) for cell in cells[1:]):
        return None
    return name
