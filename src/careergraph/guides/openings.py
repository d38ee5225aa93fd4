"""A page's current openings under a heading that announces them ("Current jobs", "Clients
hiring now", ``openings_headings`` in ``data/headings.yaml``'s ``listings``): the firm each
opening names employs the role, as a labour-hire firm's guide lists its clients' jobs.

An opening is read from three forms of line right under the heading:

- a card "Title – Firm – place or project – roster": the firm (the second cell), with the
  card's title (the firm employs the role when the title names it);
- a place-labelled line "Town: Firm – project": the firm before the dash;
- a project run through a contractor, "Town: Harbour tunnel (via Firm)": the contractor
  (the project itself employs no one).

A line of none of these forms ends the openings.

>>> heading = openings_heading_pattern()
>>> lines = [(3, "LIVE CRANE JOBS"),
...          (4, "• Crane Operator – Basalt Lifting – Port Hedland – 14/14"),
...          (5, "Geelong: Tallow Civil Group – wharf upgrade"),
...          (6, "Hobart: hospital car park (via Quenda Constructions)"),
...          (7, "Register today.")]
>>> for opening in opening_firms(lines, heading): print(opening)
(3, '', None)
(4, 'Basalt Lifting', 'Crane Operator')
(5, 'Tallow Civil Group', None)
(6, 'Quenda Constructions', None)
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from careergraph.guides.headings import bundled_section

__all__ = ["opening_firms", "openings_heading_pattern"]

# between a card's cells (rules48b: or a middle dot, "UX Researcher · Firm · Remote (US)")
_DASH = re.compile(r"\s[–—·-]\s")
_MARK = re.compile(r"^[•▸►*-]\s+")  # a list's marker before a card
# The contractor a project is run through: "… shutdown (via Norvale Services)".
_VIA = re.compile(r"\(via (?P<firm>[^()]{3,60})\)")
# The town an opening is in, as its line's label: "Mackay:  Firm – project".
_PLACE_LABEL = re.compile(r"^(?P<place>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}):\s+(?P<rest>.+)$")
# A firm's name: capitalised words, "&" and "and"/"of" between them ("Pindara Scaffold
# Group", "Birch & Sons Pty Ltd"); no figure, no lower-case word of a description.
_FIRM = re.compile(r"[A-Z][\w&'’.-]*(?: (?:&|and|of|[A-Z][\w&'’.-]*)){0,6}")
_HEADING_WORDS = 6
_CARD_CELLS = 3


@cache
def openings_heading_pattern() -> re.Pattern[str]:
    """The headings that announce current openings (from the bundled vocabulary)."""
    patterns = bundled_section("listings").get("openings_headings") or ()
    return re.compile("|".join(f"(?:{p})" for p in patterns) or "(?!)", re.IGNORECASE)


def _firm(cell: str) -> str | None:
    cell = cell.strip()
    return cell if _FIRM.fullmatch(cell) and not any(ch.isdigit() for ch in cell) else None


def opening_firm(text: str) -> tuple[str, str | None] | None:
    """The firm an opening's line names (see the module) with the card's title (None for a
    line naming no title), None for any other line."""
    text = _MARK.sub("", text.strip())
    if (via := _VIA.search(text)) is not None:
        firm = _firm(via.group("firm"))
        return None if firm is None else (firm, None)
    if (placed := _PLACE_LABEL.match(text)) is not None:
        firm = _firm(_DASH.split(placed.group("rest"))[0])
        return None if firm is None else (firm, None)
    cells = _DASH.split(text)
    firm = _firm(cells[1]) if len(cells) >= _CARD_CELLS and cells[0][:1].isupper() else None
    return None if firm is None else (firm, cells[0].strip())


def opening_firms(lines: Sequence[tuple[int, str]],
                  heading: re.Pattern[str]) -> list[tuple[int, str, str | None]]:
    """The lines of the openings under a heading of ``heading`` in ``lines`` (line number,
    text), each with the firm it names and its card's title (None for none); the heading's
    own line names no firm ("")."""
    found: list[tuple[int, str, str | None]] = []
    printed = [(no, text.strip()) for no, text in lines if text.strip()]
    for index, (_, text) in enumerate(printed):
        head = text.rstrip(":").strip()
        if len(head.split()) > _HEADING_WORDS or not heading.fullmatch(head):
            continue
        found.append((printed[index][0], "", None))
        cards = 0
        for no, line in printed[index + 1:]:
            if (opening := opening_firm(line)) is None:
                if cards and _cut_card(line):
                    found.append((no, "", None))  # (its firm cut: the card names nothing)
                break
            found.append((no, *opening))
            cards += opening[1] is not None
    return found


def _cut_card(line: str) -> bool:
    """(rules48b) A card cut off mid-name after whole ones ("Research Coordinator · Bayfront
    Universi"): a title and the start of a firm, nothing after them.

    >>> _cut_card("Research Coordinator · Bayfront Universi"), _cut_card("Apply today.")
    (True, False)
    """
    cells = _DASH.split(_MARK.sub("", line.strip()))
    return len(cells) == 2 and all(_FIRM.fullmatch(cell.strip()) for cell in cells) and (
        len(cells[0].split()) <= _HEADING_WORDS)
