"""A figure quoted in answer to a question naming a title: "A shop owner like Marco? 'Some
years $120k.'"  A writer asks what another rung earns and quotes its holder's answer: the
figure in the quote is that title's pay, not the page role's.

>>> asked_owner('Most earn $60,000. A Shop Owner like Marco? "Some years $120k."', 120000)
'Shop Owner'
>>> asked_owner('A Director of Survey Operations? "About $210k."', 210000)
'Director of Survey Operations'
>>> asked_owner('Most earn $60,000. A Shop Owner? "Some years $120k."', 60000) is None
True
"""

from __future__ import annotations

import re

__all__ = ["asked_owner"]

_ASKED = re.compile(r"(?:^|[.!?]\s+)(?:An?|The)\s+(?P<title>[\w][\w' -]{2,60}?)"
                    r"(?:\s+like\s+[A-Z][\w'-]*)?\?\s+[\"“](?P<quote>[^\"”]{1,160})")
_FIGURES = re.compile(r"\$\s?(?P<n>\d[\d,.]*)\s?(?P<k>[kK]\b)?")


def _amounts(quote: str) -> set[float]:
    out: set[float] = set()
    for match in _FIGURES.finditer(quote):
        number = float(match.group("n").rstrip(".,").replace(",", ""))
        out.add(number * 1000 if match.group("k") else number)
    return out


def asked_owner(sentence: str, amount: float) -> str | None:
    """The title a question in ``sentence`` names when ``amount`` is printed in the quoted
    answer after it, else None (the title as printed)."""
    for match in _ASKED.finditer(sentence):
        if amount in _amounts(match.group("quote")):
            return match.group("title").strip()
    return None
