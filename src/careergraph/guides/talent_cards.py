"""Talent listings: a marketplace's cards of the people who offer the job, not adverts for it.

A freelance marketplace ("Hire the best X") or a local-services site ("X in Brisbane")
lists people, one **card** each, in one of two shapes:

- **freelancer cards**: the person's name, a headline title ("Interior Designer | Kitchen &
  Bath | NCIDQ", "Senior X · Revit + Enscape"), a place, a **rate line** that opens with the
  hourly rate ("$48/hr   100% Job Success   $90K+ earned   Top Rated"), a snippet, a line of
  **skill chips** parted by wide spaces ("Space Planning   SketchUp   +4") and buttons
  ("[Invite to job]   [View profile]");
- **local-pro cards**: "Name — Business or title", a rating line ("★ 4.9 (148 reviews) ·
  …"), a snippet, credential ticks ("✓ ID verified"), then a **price line** with a button
  ("From $95 / session   [Request a quote]").

A card with an agency mark ("Studio X · Agency · 12 members") is a firm's: its rate is a
price, no pay.  Facets above the first card ("Hourly rate: $10 - $30 · …") are chrome, an
industry facet names sectors.  Whose card it is (the role's, another title's) the long-form
parser decides with its card rules (:func:`careergraph.guides.listings.card_owners`); the
cards are returned as :class:`~careergraph.guides.listings.JobCard` objects, chips included.
The vocabulary (stats, buttons, agency marks) is data: ``talent_cards`` in
``data/headings.yaml``.

>>> page = talent_page([(1, "Ana Ruiz"), (2, "Tiler | Bathrooms"), (3, "Leeds, UK"),
...     (4, "$30/hr   98% Job Success"), (5, "I tile wet rooms and kitchens."),
...     (6, "Wet Rooms   Grouting   Waterproofing"), (7, "[Invite to job]"),
...     (8, "Bo Chen"), (9, "Senior Tiler"), (10, "$45/hr   90% Job Success"),
...     (11, "[Invite to job]"), (12, "Cy Diaz"), (13, "Stone Mason"),
...     (14, "$40/hr   97% Job Success"), (15, "[Invite to job]")])
>>> [(card.title, card.pay) for card in page.cards][:2]
[('Tiler', [(4, '$30/hr')]), ('Senior Tiler', [(10, '$45/hr')])]
>>> page.cards[0].chips, page.cards[0].snippet
([(6, 'Wet Rooms'), (6, 'Grouting'), (6, 'Waterproofing')], [(5, 'I tile wet rooms and kitchens.')])
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from careergraph.guides.amounts import find_amounts
from careergraph.guides.heading_data import phrase_alternation, word_lists
from careergraph.guides.listings import JobCard, SearchPage, read_facets

__all__ = ["card_headline", "talent_page"]

_MIN_CARDS = 3  # fewer rate lines make no listing
_HEAD_REACH = 4  # lines above a rate line that may hold the card's head
_BUTTON = re.compile(r"\[[^\[\]]{1,40}\]")
_CELLS = re.compile(r"\s{3,}|\t")
# "Kirra Bennett — Kirra's Calm Canines", "Dr Aaron Choi — Canine Behaviourist"
_NAMED_HEAD = re.compile(r"^(?:Dr\.?\s+)?[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}\s+[—–]\s+(.+)$")
_PERSON = re.compile(r"^(?:Dr\.?\s+)?[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}(?:\s*[✓✔])?$")
_PLACE = re.compile(r"^[A-Z][\w.'’ -]*(?:,\s*[A-Z][\w.'’ -]*){1,3}$")
_HEADLINE_PARTS = re.compile(r"\s+[|·]\s+")
_OVERFLOW = re.compile(r"^\+\d+$")
_CHIP_WORDS = 4
_MONEY_START = re.compile(r"(?:[A-Z]{1,3}\s?)?[$€£₹]\s?\d|[A-Z]{3}\s?\d")


@cache
def _words() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Stats and buttons of a card's rate line, and the marks of an agency's card."""
    words = word_lists("talent_cards")

    def pattern(key: str) -> re.Pattern[str]:
        return re.compile(rf"(?<!\w)(?:{phrase_alternation(words.get(key, ())) or '(?!)'})"
                          r"(?!\w)", re.IGNORECASE)

    return pattern("stats"), pattern("rate_openers"), pattern("agency_marks")


def _rate_line(text: str) -> str | None:
    """The rate or price that opens a card's rate line ("$48/hr   100% Job Success" ->
    "$48/hr"; "From $95 / session   [Request a quote]" -> "From $95 / session"), or None."""
    stats, openers, _ = _words()
    text = text.strip()
    cells = _CELLS.split(_BUTTON.sub("   ", text).strip())
    first = cells[0] if cells and cells[0] else ""
    lead = openers.match(first)
    money = first[lead.end():].lstrip() if lead is not None else first
    if _MONEY_START.match(money) is None:
        return None
    if not find_amounts(first) and "/" not in first:
        return None
    rest = " ".join(cells[1:])
    if not (_BUTTON.search(text) or stats.search(rest)):
        return None  # a rate with neither a button nor a card's stats: no card
    return first


def card_headline(text: str) -> str:
    """The title a card's headline opens with ("Interior Designer | Kitchen & Bath" ->
    "Interior Designer"; "Senior X · Revit + Enscape" -> "Senior X").

    >>> card_headline("Dog Walker & Pet Sitter"), card_headline("Tiler | Bathrooms | Leeds")
    ('Dog Walker & Pet Sitter', 'Tiler')
    """
    return _HEADLINE_PARTS.split(text.strip())[0].strip()


def _chips(text: str) -> list[str]:
    """A line of skill chips parted by wide spaces ("Revit   Enscape   +4"), or []."""
    cells = [cell.strip() for cell in _CELLS.split(text.strip()) if cell.strip()]
    named = [cell for cell in cells if not _OVERFLOW.match(cell)]
    if len(named) < 2 or any(_BUTTON.search(cell) or cell.endswith((".", ":"))
                             or len(cell.split()) > _CHIP_WORDS or find_amounts(cell)
                             or "%" in cell for cell in named):
        return []
    return named


def _head(lines: Sequence[tuple[int, str]], rate: int, floor: int) -> tuple[int, str, bool]:
    """The card's head above its rate line at index ``rate`` (not above ``floor``): the
    headline's index, its title, and whether an agency's mark names the card."""
    _, _, agency = _words()
    start = max(floor, rate - _HEAD_REACH)
    for index in range(rate - 1, start - 1, -1):
        match = _NAMED_HEAD.match(lines[index][1].strip())
        if match is not None:  # "Name — Business or title" over a local pro's card
            return index, match.group(1).strip(), False
    for index in range(rate - 1, start - 1, -1):
        text = _BUTTON.sub("", lines[index][1]).strip()  # ("[View agency]": a button)
        if agency.search(text):
            return index, re.split(r"\s+·\s+", text)[0].strip(), True
    index = rate - 1
    if index > start and _PLACE.match(lines[index][1].strip()) and not find_amounts(
            lines[index][1]):
        index -= 1  # the freelancer's place
    return index, card_headline(lines[index][1]), False


def _top(rows: Sequence[tuple[int, str]], head: int, floor: int) -> int:
    """The card's first line: the person's name above a freelancer's headline, else the
    headline."""
    above = head - 1
    return above if above >= floor and _PERSON.match(rows[above][1].strip()) and (
        _NAMED_HEAD.match(rows[head][1].strip()) is None) else head


def _body_end(rows: Sequence[tuple[int, str]], rate: int, limit: int) -> int:
    """The index of the card's last line after its rate line (``limit``: the next card's
    first line, or the rows' end): the button line closing it, or the rate line when it
    carries the button itself or no button follows."""
    if _BUTTON.search(rows[rate][1]):
        return rate  # "From $95 / session   [Request a quote]"
    for index in range(rate + 1, min(limit, rate + _BODY_REACH)):
        if not _BUTTON.sub("", rows[index][1]).strip():
            return index  # "[Invite to job]   [View profile]"
    return rate


_BODY_REACH = 6  # lines after a rate line: snippet, chips, buttons


def talent_page(lines: Sequence[tuple[int, str]]) -> SearchPage | None:
    """The cards and facets of a talent listing (``lines``: number and text, in order), or
    None when the page holds fewer than three cards with a rate line."""
    rows = [(no, text) for no, text in lines if text.strip()]
    rates = [index for index, (_, text) in enumerate(rows) if _rate_line(text) is not None]
    if len(rates) < _MIN_CARDS:
        return None
    heads: list[tuple[int, str, bool]] = []
    floor = 0
    for rate in rates:
        heads.append(_head(rows, rate, floor))
        floor = rate + 1
    page = SearchPage()
    floor = 0
    for position, (rate, (head, title, agency)) in enumerate(zip(rates, heads, strict=True)):
        top = max(floor, rate - _HEAD_REACH) if agency else _top(rows, head, floor)
        following = position + 1 < len(rates)
        limit = _top(rows, heads[position + 1][0], rate + 1) if following else len(rows)
        end = _body_end(rows, rate, limit)
        card = JobCard(title=title, line=rows[head][0])
        if not agency:
            card.pay.append((rows[rate][0], _rate_line(rows[rate][1]) or ""))
        for index in range(head + 1, end + 1):
            no, text = rows[index]
            chips = _chips(text) if rate < index else []
            if chips:
                card.chips += [(no, chip) for chip in chips]
            elif index != rate and not agency and text.rstrip().endswith((".", "!")) and len(
                    text.split()) > 2:
                card.snippet.append((no, text.strip()))
        card.lines = {rows[index][0] for index in range(top, end + 1)}
        page.cards.append(card)
        floor = end + 1
    # "Hourly rate: $10 - $30 · $30 - $60", "Industry expertise: Residential (1,840) · …"
    read_facets(page, rows, min(min(card.lines) for card in page.cards))
    return page
