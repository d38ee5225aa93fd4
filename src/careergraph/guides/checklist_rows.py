"""Rows of a checklist form: an induction checklist's or an onboarding portal's training
items, each printed with its tick, status, initials and date columns at the right.

A form lists one item a row, often behind an item code ("B2*" — the star marks a mandatory
item) and always followed, after a wide gap, by the cells a supervisor fills in: a tick or an
empty box, the initials of whoever covered it, a date, a progress figure ("2 of 3", "100%"),
the module's type ("e-learning", "OJT").  Those cells are one new starter's record, not part of
the item: :func:`checklist_item` returns the item alone, to be read as a bullet of its section.

>>> checklist_item("C3* Using the forklift log on the tablet – start, stop jobs    ✔   RB   06/11")
'Using the forklift log on the tablet – start, stop jobs'
>>> checklist_item("Wheel chocks & cones: placement, removal      OJT      ◔ 1 of 2")
'Wheel chocks & cones: placement, removal'
>>> checklist_item("D4  Radio etiquette                                     ☐")
'Radio etiquette'
>>> checklist_item("Harbour pilot      ✔      ✘") is None  # a comparison table's cells
True
>>> checklist_item("Done   Nov 09   Sign the contract   You") is None  # no tick at the right
True
"""

from __future__ import annotations

import re

__all__ = ["checklist_item"]

# The marks a form's status column prints: ticks, boxes, part-done circles.
_MARKS = "✔✓☐☑☒◔◑◕"
# One cell of the columns at a row's right: a mark with its note ("✔ 100%", "☐ (Dec 02)",
# "◔ 2 of 3", "✔ signed off"), a module's delivery type, initials, a date or a dash.
_CELL = (rf"(?:[{_MARKS}](?:\s(?:\d{{1,3}}%|\d{{1,2}} of \d{{1,2}}|(?i:signed off|done|in progress)"
         r"|\([A-Z][a-z]{2} \d{1,2}\)))?"
         r"|(?i:e-learning|elearning|online|OJT|on the job|classroom|workshop|face-to-face"
         r"|virtual)|[A-Z]{2,3}|--|–|\d{1,2}/\d{1,2}(?:/\d{2,4})?)")
_TRAILER = re.compile(rf"(?:\s{{2,}}{_CELL})+$")
# An item code before the item ("B2*", "C10", "A1"), then a wide gap or the mandatory star.
_CODE = re.compile(r"^[A-Z]\d{1,2}(?:\*\s+|\s{2,})(?=\S)")
_MARK = re.compile(f"[{_MARKS}]")
_MIN_WORDS = 2  # a lone word with ticks beside it is a comparison table's row


def checklist_item(text: str) -> str | None:
    """The item of a checklist row whose right-hand columns hold a tick or a box (its item
    code and those columns cut), or None for any other line."""
    stripped = text.strip()
    if not any(mark in stripped for mark in _MARKS):
        return None  # most lines: no form's mark
    trailer = _TRAILER.search(stripped)
    if trailer is None or _MARK.search(trailer.group()) is None:
        return None
    item = stripped[:trailer.start()]
    code = _CODE.match(item)
    item = item[code.end():] if code else item
    if _MARK.search(item) or len(item.split()) < _MIN_WORDS and code is None:
        return None  # a mark left of the item: a status column first (a task list's row)
    return item.strip() or None
