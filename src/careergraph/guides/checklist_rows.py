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

__all__ = ["checklist_item", "checklist_parts"]

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
    if _MARK.search(text) is None:
        return None  # most lines: no form's mark (one search, before the line is stripped)
    stripped = text.strip()
    if " | " in stripped:
        return _celled_item(stripped)
    trailer = _TRAILER.search(stripped)
    if trailer is None or _MARK.search(trailer.group()) is None:
        return None
    item = stripped[:trailer.start()]
    code = _CODE.match(item)
    item = item[code.end():] if code else item
    if _MARK.search(item) or (len(item.split()) < _MIN_WORDS and code is None):
        return None  # a mark left of the item: a status column first (a task list's row)
    return item.strip() or None


# (fixes71) A blank cell of a ruled form, its underscores gone: "", "/" (a "__/__" date).
_BLANK_CELL = re.compile(r"[\s_/.]*")
_CELL_RE = re.compile(_CELL)
_STAR = re.compile(r"^\*\s+")  # the mandatory item's star before the item


def _celled_item(text: str) -> str | None:
    """The item of a ruled checklist row ("* Moving and handling | ☐ | / "): its first
    cell, when every other cell is a tick, a box, initials, a date or left blank.

    >>> _celled_item("* Manual handling incl. hoists | ☐ | /")
    'Manual handling incl. hoists'
    >>> _celled_item("Item | ✓ | Init | Date") is None  # the form's header row
    True
    """
    item, *cells = (cell.strip() for cell in text.split(" | "))
    if not any(_MARK.search(cell) for cell in cells) or not all(
            _CELL_RE.fullmatch(cell) or _BLANK_CELL.fullmatch(cell) for cell in cells):
        return None
    item = _STAR.sub("", item)
    if _MARK.search(item) or len(item.split()) < _MIN_WORDS:
        return None
    return item


# A bracket after an item that is no list of its parts: a level or a figure, how the module
# is delivered, when it is due, who attends ("(Level 2)", "(e-learning)", "(after 60 days)",
# "(with ward staff)"), or a quoted slogan.
_ASIDE_WORDS = "e-learning|elearning|online|classroom|OJT|with|after|before|by|within|during"
_ASIDE = re.compile(rf"(?:{_ASIDE_WORDS})\b", re.IGNORECASE)
_NOT_PARTS = re.compile(rf"\d|^(?:{_ASIDE_WORDS}|optional|mandatory)\b|[\"“”]|"
                        r"\b(?:team|teams|staff|crew|colleagues)$", re.IGNORECASE)
_LAST_BRACKET = re.compile(r"\s*\((?:incl\.?|including|e\.g\.?,?)?\s*(?P<parts>[^()]{2,80})\)$")
_INCLUDING = re.compile(r"\s+(?:incl\.|including)\s+")
# A dash before a qualifier of the item: who, when, which steps ("– people", "– week 3",
# "– accept, start, complete jobs").
_DASH_TAIL = re.compile(r"\s+[–—-]\s+[a-z0-9][^–—A-Z()]*$")
_USING = re.compile(r"^(?:Using|Use of)\s+(?:the|a|an|our)\s+(?=\S)")
_PART_SPLIT = re.compile(r"\s*,\s*|\s+/\s+")
_COLON_LIST = re.compile(r"^(?P<label>[^:,]{3,50}):\s+(?P<parts>\S.*)$")
_PART_WORDS = 5  # a part of an item is a short name


def _parts(text: str) -> list[str]:
    """The names of a list of parts ("slide sheets, hoists, bed and trolley moving"; "ski
    sheets / evac chairs"; "FOD, jet blast & engine ingestion zones": the last "&" joins
    the list), or [] when any piece is too long to be one name."""
    pieces = [piece.strip() for piece in _PART_SPLIT.split(text) if piece.strip()]
    if len(pieces) >= 2 and " & " in pieces[-1]:
        pieces[-1:] = [piece.strip() for piece in pieces[-1].split(" & ")]
    elif len(pieces) >= 2 and len(pieces[-1].split()) > _PART_WORDS and " and " in pieces[-1]:
        # (fixes71) "hand hygiene, PPE donning and doffing and zoning": the last "and" joins
        # the list
        pieces[-1:] = [piece.strip() for piece in pieces[-1].rsplit(" and ", 1)]
    if any(len(piece.split()) > _PART_WORDS for piece in pieces):
        return []
    return pieces


def checklist_parts(item: str) -> list[str]:
    """A checklist item as the names it covers: the item itself (its qualifier after a
    dash cut) and the parts it lists in a closing bracket, after "incl." or after a colon;
    two short names either side of a slash are two items.

    >>> checklist_parts("Manual handling – loads (incl. pallet trucks / sack barrows)")
    ['Manual handling', 'pallet trucks', 'sack barrows']
    >>> checklist_parts("Safe use of ladders and steps incl. podium steps")
    ['Safe use of ladders and steps', 'podium steps']
    >>> checklist_parts("Cab safety basics: mirrors, blind spots & reversing aids")
    ['Cab safety basics', 'mirrors', 'blind spots', 'reversing aids']
    >>> checklist_parts("First aid at work (Level 3)")
    ['First aid at work (Level 3)']
    >>> checklist_parts("Stock transfers to the store (with stores staff) – week 2")
    ['Stock transfers to the store']
    >>> checklist_parts("Complaint handling / escalation")
    ['Complaint handling', 'escalation']
    """
    parts: list[str] = []
    item = _DASH_TAIL.sub("", item)
    bracket = _LAST_BRACKET.search(item)
    if bracket is not None and not _NOT_PARTS.search(bracket.group("parts")):
        parts = _parts(bracket.group("parts"))
        item = item[:bracket.start()] if parts else item
    elif bracket is not None and _ASIDE.match(bracket.group("parts")):
        item = item[:bracket.start()]  # ("… to the store (with stores staff)": who, when)
    item = _DASH_TAIL.sub("", item)
    including = _INCLUDING.split(item, maxsplit=1)
    if len(including) == 2 and (named := _parts(including[1])):
        item, parts = including[0], [*named, *parts]
    colon = _COLON_LIST.match(item)
    if colon is not None and (named := _parts(colon.group("parts"))):
        item, parts = colon.group("label"), [*named, *parts]
    item = _USING.sub("", item)  # "Using the Teletracking job system": the system
    halves = [half.strip() for half in item.split(" / ")]
    if len(halves) == 2 and all(0 < len(half.split()) <= _PART_WORDS for half in halves):
        return [*halves, *parts]
    return [item.strip(), *parts]

