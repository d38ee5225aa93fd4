"""A job board's rows printed with dashes between their cells, as newsletters and bulletins
print "this week's jobs": "Hydrographic Surveyor — Southern Cross Subsea — Darwin — A$120k–
A$135k + super".

A run of two lines or more, each a title then at least three more cells set apart by an em
or en dash with spaces, one of them with a figure in its last cell, is a board: its rows are
job cards in the board's order title, company, place and pay (the last cell).  A row
whose last cell holds no figure ("… — Apply by Friday") is an opening with no pay: no card,
but still the board's (its company employs no one the page is about).

>>> rows = board_rows([(4, "JOBS THIS WEEK"), (5, "Tiler — Grout & Co — Leeds — £31,000"),
...                    (6, "Plasterer — Skim Ltd — York — Apply now")])
>>> rows
[(5, ('Tiler', 'Leeds', '£31,000', 'Grout & Co')), (6, None)]
>>> board_rows([(1, "• Baker – Store #12 Leeds – £11.50/hr"), (2, "• Porter – Store #9 – £11")])
[(1, ('Baker', 'Store #12 Leeds', '£11.50/hr', None)), (2, ('Porter', 'Store #9', '£11', None))]
>>> board_rows([(1, "Tiler · Grout & Co · Leeds · £31,000"), (2, "Roofer · Slate · Hull · £29k")])
[(1, ('Tiler', 'Leeds', '£31,000', 'Grout & Co')), (2, ('Roofer', 'Hull', '£29k', 'Slate'))]
>>> board_rows([(1, "Tiler · Grout & Co · Leeds · £31,000 – £34,000 a year · Permanent"),
...             (2, "Tiler · Slate Ltd · Hull · Salary not stated · Contract")])[1]
(2, ('Tiler', 'Hull', 'Salary not stated', 'Slate Ltd'))
>>> board_rows([(1, "Tiler · Grout & Co · Leeds · $31.50"), (2, "Roofer · Slate · Hull · $29.")])
[(1, ('Tiler', 'Leeds', '$31.50', 'Grout & Co')), (2, None)]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from careergraph.guides.amounts import find_amounts
from careergraph.guides.listings import card_title

__all__ = ["board_rows"]

_DASH = re.compile(r"\s[—–]\s")
_DOT = re.compile(r"\s·\s")  # (carry18a) the same board with middle dots between its cells
_MIN_CELLS = 4  # (three cells are a card near you: "Company — Place — Pay", the role's)
_MIN_ROWS = 2
Card = tuple[str, str | None, str, str | None]  # title, place, pay, company
# A card's contract cell ("Full time", "Apprenticeship"): after the pay, no part of the card.
_CONTRACT = re.compile(r"(?:full|part)[ -]time|permanent|temporary|fixed[ -]term|contract|"
                       r"apprenticeship|internship|freelance|seasonal", re.IGNORECASE)
# A dotted card's pay cell saying the pay is not given ("Salary not stated"): still the
# card's pay cell, so the card is read (its company employs a title naming the role).
_UNSTATED = re.compile(r"(?:salary|pay|wage)s?\s+(?:not (?:stated|given|disclosed|specified)|"
                       r"undisclosed|negotiable|on request)", re.IGNORECASE)

# (left54) A last row cut off right after its figure's decimal point ("… · Town, MD · $17."):
# its cents are lost, so the figure is no pay (a card's pay cell ends no sentence).
_CUT_FIGURE = re.compile(r"[^\w\s]{1,3}\s?\d[\d,]*\.")


# (rules51b) A tracker card's own marks: its box, or a note of when it was added or applied.
_TRACKED = re.compile(r"^\s*[☐☑]|·\s*(?:added|applied|saved)\s+\d{1,2}/\d{1,2}\b|"
                      r"·\s*Industry:", re.IGNORECASE)
_NOTE_CELLS = 3  # (the notes after a tracker card's pay: its industry, date and a remark)
# (rules53b) A chain's numbered workplace: "Store #2214 High St", "Branch 12", "DC #4".
_NUMBERED_SITE = re.compile(r"(?i:\b(?:store|branch|shop|site|depot|restaurant|clinic|"
                            r"warehouse|dc|location)\s*(?:#|no\.?\s*)?\d)")

# (fixes98) A figure with no currency, its thousands grouped by spaces, dots or commas
# ("1 060"): the low end of a band whose dash the row's cell dashes also split.
_BARE_FIGURE = re.compile(r"\d{1,3}(?:[  .,]\d{3})*")


def _cells(text: str) -> list[str] | None:
    stripped = text.strip().lstrip("▸►▶•·*-→☐☑✓✔ ")  # (rules51b: a tracker card's box)
    dotted = len(_DOT.findall(stripped)) >= _MIN_CELLS - 1  # (a band's dash inside a cell)
    cells = [cell.strip() for cell in (
        _DASH if _DASH.search(stripped) and not dotted else _DOT).split(stripped)]
    if len(cells) > 1 and _BARE_FIGURE.fullmatch(cells[-2]) and cells[-1][:1].isdigit():
        # (fixes98) "Packer – Firm – Town – 1 060 – 1 300 EUR/month": the band's own dash
        # between two space-grouped figures parts no cells
        cells[-2:] = [f"{cells[-2]} – {cells[-1]}"]
    if len(cells) == _MIN_CELLS - 1 and _NUMBERED_SITE.search(cells[1]) and card_title(
            cells[0]) and find_amounts(cells[2]) and not find_amounts(cells[1]):
        # (rules53b) a chain's job list: "Cashier – Store #2214 High St – $15.25/hr", the
        # title, its numbered store and its pay (no company cell: the chain's own jobs)
        return [cells[0], "", cells[1], cells[2]]
    if len(cells) < _MIN_CELLS or not card_title(cells[0]) or any(not cell for cell in cells):
        return None
    paid = [index for index, cell in enumerate(cells) if find_amounts(cell) or (
        dotted and _UNSTATED.fullmatch(cell))]
    if dotted and len(paid) == 1 and paid[0] >= _MIN_CELLS - 1 and all(
            _CONTRACT.fullmatch(cell) for cell in cells[paid[0] + 1:]) and not any(
            _CONTRACT.fullmatch(cell) for cell in cells[1:paid[0]]):
        # "Title · Company · Place · € 3,200 – € 3,900 per month · Full time": the cells
        # after the pay (the contract) are no part of the card
        return cells[:paid[0] + 1]
    if dotted and len(paid) == 1 and paid[0] >= _MIN_CELLS - 1 and (
            len(cells) - paid[0] - 1 <= _NOTE_CELLS) and _TRACKED.search(text):
        # (rules51b) a tracker board's card "Title · Company · Place · $118k–$142k · Industry:
        # … · added 11/20": the owner's notes after the pay are no part of the card
        return cells[:paid[0] + 1]
    if any(find_amounts(cell) for cell in cells[:-1]):
        return None  # ("Apprentice – Townsville – $19.60 – $30.10": a band split by dashes)
    return cells


def board_rows(lines: Sequence[tuple[int, str]]) -> list[tuple[int, Card | None]]:
    """Every row of every dash-separated job board in ``lines`` (line number, text): its
    card (title, place, pay, company), or None for a row with no pay."""
    found: list[tuple[int, Card | None]] = []
    run: list[tuple[int, list[str]]] = []
    for no, text in [*lines, (-1, "")]:
        cells = _cells(text) if " " in text and ("—" in text or "–" in text or " · " in text
                                                 ) else None
        if cells is not None:
            run.append((no, cells))
            continue
        paid = [(find_amounts(row[-1]) != [] and not _CUT_FIGURE.fullmatch(row[-1]))
                or _UNSTATED.fullmatch(row[-1]) is not None for _, row in run]
        if len(run) >= _MIN_ROWS and any(paid):  # (a ladder's dashes name no figure)
            for (row_no, row), has_pay in zip(run, paid, strict=True):
                found.append((row_no, (row[0], row[2], row[-1], row[1] or None) if has_pay
                               else None))
        run = []
    return found
