"""A rate card's pay by market: a title line, then one market a row with its rate.

Staffing agencies and employers with several offices print each position's pay per city: the
position's title on a line of its own, in capitals and often with an aside in brackets (the
licence or kit it needs), then a row per market, the market and its rate set apart by leader
dots::

    NIGHT PORTER (licence required)
       Leeds ............ £11.90 - £12.60 /hr
       All sites ........ £12.10 /hr

Each rate is the title's pay in that market ("All sites", "All markets" and the like name no
one place).  :func:`market_rates` finds them; the caller tells who owns the title's pay.

>>> rates, taken = market_rates([(3, "NIGHT PORTER (licence required)"),
...                              (4, "   Leeds ............ £11.90 - £12.60 /hr"),
...                              (5, "   All sites ........ £12.10 /hr"), (6, "Other text")],
...                             lambda title: title.endswith("Porter"))
>>> [(r.line, r.title, r.place, r.text) for r in rates]
[(4, 'Night Porter', 'Leeds', '£11.90 - £12.60 /hr'), (5, 'Night Porter', None, '£12.10 /hr')]
>>> sorted(taken)
[3, 4, 5]
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from careergraph.guides.roles import title_case

__all__ = ["MarketRate", "market_rates"]

# A title line in capitals, an aside in brackets after it ("ARMED OFFICER (Level III)").
_TITLE = re.compile(r"^\s*(?P<title>[A-Z][A-Z&'’/ -]{2,60}?)\s*(?:\([^()]{1,80}\))?\s*$")
# A market's row: its name, leader dots, a rate that opens with its currency.
_ROW = re.compile(r"^\s*(?P<place>[A-Z][\w .,'’&–-]{1,40}?)\s*\.{3,}\s*"
                  r"(?P<pay>(?:[$€£]|[A-Z]{3}\s?)\s?\d.*)$")
# A row for every market: no place of its own.
_EVERYWHERE = re.compile(r"^(?:all|every|any|other)\s+(?:markets?|sites?|cities|locations?|"
                         r"regions?|areas?|offices?|branches?)$|^(?:nationwide|elsewhere)$",
                         re.IGNORECASE)


@dataclass(frozen=True)
class MarketRate:
    """A rate row: ``title``'s pay ``text`` in ``place`` (None: every market)."""

    line: int
    title: str
    place: str | None
    text: str


def market_rates(lines: Sequence[tuple[int, str]], is_title: Callable[[str], bool],
                 ) -> tuple[list[MarketRate], set[int]]:
    """The market rows under title lines (``lines``: number and text, in order; ``is_title``:
    a role title, in Title Case), and the lines they take (the titles and their rows)."""
    found: list[MarketRate] = []
    taken: set[int] = set()
    title: tuple[int, str] | None = None  # the title line the rows below belong to
    for no, text in lines:
        row = _ROW.match(text) if title is not None else None
        if row is not None and title is not None:
            place = row.group("place").strip()
            found.append(MarketRate(no, title[1], None if _EVERYWHERE.match(place) else place,
                                    row.group("pay").strip()))
            taken.update((title[0], no))
            continue
        head = _TITLE.match(text)
        # (an upper-case heading in Title Case, connectors kept lower: "Head of Rigging")
        named = title_case(head.group("title").lower()) if head is not None else ""
        title = (no, named) if named and is_title(named) else None
    return found, taken
