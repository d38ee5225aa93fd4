"""Cards drawn as boxes in plain text: a job board's or a mail's result cards framed with
box-drawing characters ("┌───┐", "│ Title │", "└───┘") or ASCII ("+---+", "| Title |").

A reader sees the card's lines, not its frame: each border is a break between cards (a
blank line) and each framed line its text, so the card reads like any stacked card (title,
company, place and pay).  Only lines inside a box are unframed: a line framed by pipes
right after a border, or after another such line.  A markdown table's row (a pipe inside the
frame) is no card's line.  Lines keep their numbers.

>>> print(unbox("Jobs\\n+--------+\\n| Potter |\\n| Kilnco |\\n+--------+\\n| a | b |"))
Jobs
<BLANKLINE>
Potter
Kilnco
<BLANKLINE>
| a | b |
>>> unbox("Potter\\n| a | b |") is None, unbox("+---+---+\\n| a | b |\\n+---+---+") is None
(True, True)
"""

from __future__ import annotations

import re

__all__ = ["unbox"]

# A border: a corner or a joint, a run of rules, a corner or a joint.
_BORDER = re.compile(r"\s*[┌└├╔╚╠╭╰+][─━═┬┴┼╦╩╬+-]{3,}[┐┘┤╗╝╣╮╯+]\s*")
# A framed line: one cell between two uprights, no upright inside it.
_FRAMED = re.compile(r"\s*[│┃║|]\s?(?P<text>[^│┃║|]*?)\s*[│┃║|]\s*")
_GATE = ("┌", "╔", "╭", "+-", "+=")  # a page with no box opens with none of these


def unbox(text: str) -> str | None:
    """``text`` with its boxed cards' frames removed (see the module), or None when it
    draws no box."""
    if not any(mark in text for mark in _GATE):
        return None
    lines = text.split("\n")
    borders = {i for i, line in enumerate(lines) if _BORDER.fullmatch(line)}
    framed: dict[int, str] = {}
    for i, line in enumerate(lines):
        match = _FRAMED.fullmatch(line) if (i - 1 in borders or i - 1 in framed) else None
        if match is not None:  # (a grid table's row has a pipe inside: no card's line)
            framed[i] = match.group("text")
    # (a grid table's rules are kept: only a border beside a card's line is a break)
    breaks = {i for i in borders if i - 1 in framed or i + 1 in framed}
    if not framed:
        return None
    return "\n".join("" if i in breaks else framed.get(i, line)
                     for i, line in enumerate(lines))
