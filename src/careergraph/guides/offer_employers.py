"""Firms a page's list of current offers names ("Current offers: Bergwerk Lifte AG (Tyrol)
- Lift technician, full-time  |  Nordhang GmbH (Carinthia) - Apprentice", "Training as a
tiler 2027 - Fliesen Maier GmbH, 80331 Munich"): each offer's firm, named with its legal
form on one side of the offer's dash, employs the role.  The forms are data
(``data/legal_forms.yaml``).
"""

from __future__ import annotations

import re
from functools import cache

from careergraph.legal_forms import legal_forms

__all__ = ["offer_employers"]


@cache
def _firm() -> re.Pattern[str]:
    """A firm's name ending with its legal form, then its place ("(Tyrol)", ", 80331
    Munich") or nothing."""
    forms = "|".join(re.escape(form) for form in sorted(legal_forms("firm"), key=len,
                                                        reverse=True))
    return re.compile(rf"((?:[A-ZÄÖÜ][\w&'’.-]*\s+){{1,4}}(?:{forms}))"
                      r"(?:\s*\([^()]{1,30}\)|,\s*\d{4,5}\s+[A-ZÄÖÜ][\w -]{1,30})?\s*$")


def offer_employers(line: str) -> list[str]:
    """The firms of the offers a line lists (cells parted by " | ", each "firm - job" or
    "job - firm"); none for a line of another shape.

    >>> offer_employers("Offers: Talstation Lifte AG (Tyrol) - Lift technician  |  "
    ...                 "Nordhang GmbH (Carinthia) - Apprentice lift technician")
    ['Talstation Lifte AG', 'Nordhang GmbH']
    >>> offer_employers("Trainee tiler (m/f/d) - Fliesen Maier OHG, 80331 Munich")
    ['Fliesen Maier OHG']
    >>> offer_employers("Lift technician - a demanding job")
    []
    """
    names: list[str] = []
    for cell in re.split(r"\s+\|\s+", line.strip()):
        cell = cell.split(": ", 1)[-1]  # ("Current offers in the job room: …": its label)
        left, dash, right = cell.partition(" - ")
        if not dash or not left.strip() or not right.strip():
            continue
        for side in (left, right):
            firm = _firm().fullmatch(side.strip())
            if firm is not None:
                names.append(firm.group(1))
                break
    return names
